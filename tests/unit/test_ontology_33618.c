/* test_ontology_33618.c - Chongqing's 33618 cluster system as the ontology
 * states it: the scheme, its four tiers and their members, the kg:inCluster
 * links from finer industries, and the declarations in cnkg.ttl.
 *
 * The loader keeps only what the extractor needs (terms, cues), so the
 * triples are read here with raptor straight from the Turtle files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <raptor2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cnkg_common.h"
#include "cnkg_graph.h"
#include "cnkg_ontology.h"

#define ONTO_DIR CNKG_SOURCE_DIR "/ontology"
#define IND CNKG_ID_NS "industry/"
#define SCHEME CNKG_ID_NS "scheme/33618"
#define SKOS "http://www.w3.org/2004/02/skos/core#"
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define OWL "http://www.w3.org/2002/07/owl#"
#define DCT_SOURCE "http://purl.org/dc/terms/source"

/* --- a tiny triple list ------------------------------------------------- */

typedef struct triple {
    char *s, *p, *o; /* IRIs, or the lexical form of a literal object */
    char *lang;      /* a literal's language tag, or NULL */
    int literal;
} triple;

typedef struct triples {
    triple *t;
    size_t n, cap;
} triples;

static char *term_text(raptor_term *term)
{
    switch (term->type) {
    case RAPTOR_TERM_TYPE_URI:
        return cnkg_xstrdup((const char *)raptor_uri_as_string(term->value.uri));
    case RAPTOR_TERM_TYPE_LITERAL:
        return cnkg_xstrdup((const char *)term->value.literal.string);
    default:
        return cnkg_xstrdup("_:");
    }
}

static void on_statement(void *data, raptor_statement *st)
{
    triples *ts = data;
    if (ts->n == ts->cap) {
        ts->cap = ts->cap ? 2 * ts->cap : 1024;
        ts->t = cnkg_xrealloc(ts->t, ts->cap * sizeof *ts->t);
    }
    triple *t = &ts->t[ts->n++];
    t->s = term_text(st->subject);
    t->p = term_text(st->predicate);
    t->o = term_text(st->object);
    t->literal = st->object->type == RAPTOR_TERM_TYPE_LITERAL;
    t->lang = t->literal && st->object->value.literal.language
                  ? cnkg_xstrdup((const char *)st->object->value.literal.language)
                  : NULL;
}

static int parse_file(triples *ts, const char *path)
{
    raptor_world *world = raptor_new_world();
    raptor_parser *parser = raptor_new_parser(world, "turtle");
    unsigned char *uri_string = raptor_uri_filename_to_uri_string(path);
    raptor_uri *uri = raptor_new_uri(world, uri_string);
    raptor_parser_set_statement_handler(parser, ts, on_statement);
    int rc = raptor_parser_parse_file(parser, uri, uri);
    raptor_free_uri(uri);
    raptor_free_memory(uri_string);
    raptor_free_parser(parser);
    raptor_free_world(world);
    return rc;
}

static void triples_free(triples *ts)
{
    for (size_t i = 0; i < ts->n; i++) {
        free(ts->t[i].s);
        free(ts->t[i].p);
        free(ts->t[i].o);
        free(ts->t[i].lang);
    }
    free(ts->t);
}

static int has(const triples *ts, const char *s, const char *p, const char *o)
{
    for (size_t i = 0; i < ts->n; i++)
        if (strcmp(ts->t[i].s, s) == 0 && strcmp(ts->t[i].p, p) == 0 && strcmp(ts->t[i].o, o) == 0)
            return 1;
    return 0;
}

static size_t count(const triples *ts, const char *s, const char *p)
{
    size_t n = 0;
    for (size_t i = 0; i < ts->n; i++)
        if ((!s || strcmp(ts->t[i].s, s) == 0) && strcmp(ts->t[i].p, p) == 0)
            n++;
    return n;
}

static int has_label(const triples *ts, const char *s, const char *p, const char *lang)
{
    for (size_t i = 0; i < ts->n; i++)
        if (strcmp(ts->t[i].s, s) == 0 && strcmp(ts->t[i].p, p) == 0 && ts->t[i].lang &&
            strcmp(ts->t[i].lang, lang) == 0)
            return 1;
    return 0;
}

/* --- fixture: programs.ttl + industries.ttl + cnkg.ttl ------------------ */

static int setup(void **state)
{
    static const char *const files[] = {ONTO_DIR "/cnkg.ttl", ONTO_DIR "/lexicon/programs.ttl",
                                        ONTO_DIR "/lexicon/industries.ttl"};
    triples *ts = cnkg_xcalloc(1, sizeof *ts);
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        if (parse_file(ts, files[i]) != 0) {
            fprintf(stderr, "cannot parse %s\n", files[i]);
            triples_free(ts);
            free(ts);
            return -1;
        }
    }
    *state = ts;
    return 0;
}

static int teardown(void **state)
{
    triples_free(*state);
    free(*state);
    return 0;
}

/* --- the tiers ------------------------------------------------------------ */

typedef struct tier {
    const char *collection; /* local name under scheme/33618/ */
    const char *name;       /* its kg:clusterTier */
    size_t size;            /* members listed (the 新星 tier: confirmed ones) */
    const char *members[6];
} tier;

static const tier tiers[] = {
    {"万亿级主导产业集群", "万亿级", 3, {"智能网联新能源汽车", "新一代电子信息制造业", "先进材料"}},
    {"五千亿级支柱产业集群",
     "五千亿级",
     3,
     {"智能装备及智能制造", "食品及农产品加工", "软件信息服务"}},
    {"千亿级特色优势产业集群",
     "千亿级",
     6,
     {"新型显示", "高端摩托车", "轻合金材料", "轻纺", "生物医药", "新能源及新型储能"}},
    /* 18 officially; 6 are named by a cited page (programs.ttl). */
    {"新星产业集群",
     "新星",
     6,
     {"低空经济", "卫星互联网", "农机装备", "AI及服务机器人", "传感器及仪器仪表", "医疗器械"}},
};

/* The high-growth half of the 新星 tier: a view of it, not a fifth tier. */
static const char *const high_growth[] = {"传感器及仪器仪表", "医疗器械"};
#define HIGH_GROWTH SCHEME "/高成长性产业集群"

static void check_member(const triples *ts, const tier *t, const char *name)
{
    char iri[512];
    snprintf(iri, sizeof iri, IND "%s", name);
    if (!has(ts, iri, SKOS "inScheme", SCHEME))
        fail_msg("%s is not in the 33618 scheme", name);
    if (!has(ts, iri, CNKG_NS "clusterTier", t->name))
        fail_msg("%s has no kg:clusterTier \"%s\"", name, t->name);
    assert_int_equal(count(ts, iri, CNKG_NS "clusterTier"), 1);
    /* The contract counts kg:Industry nodes: a cluster is one, nothing else. */
    assert_true(has(ts, iri, RDF_TYPE, CNKG_NS "Industry"));
    assert_true(has(ts, iri, RDF_TYPE, SKOS "Concept"));
    assert_int_equal(count(ts, iri, RDF_TYPE), 2);
}

static void test_tiers(void **state)
{
    const triples *ts = *state;
    size_t total = 0;
    for (size_t i = 0; i < sizeof tiers / sizeof *tiers; i++) {
        const tier *t = &tiers[i];
        char coll[512];
        snprintf(coll, sizeof coll, SCHEME "/%s", t->collection);
        assert_true(has(ts, coll, RDF_TYPE, SKOS "Collection"));
        if (count(ts, coll, SKOS "member") != t->size)
            fail_msg("%s has %zu members, want %zu", t->collection, count(ts, coll, SKOS "member"),
                     t->size);
        for (size_t j = 0; j < t->size; j++) {
            char iri[512];
            snprintf(iri, sizeof iri, IND "%s", t->members[j]);
            if (!has(ts, coll, SKOS "member", iri))
                fail_msg("%s is not a member of %s", t->members[j], t->collection);
            check_member(ts, t, t->members[j]);
        }
        total += t->size;
    }
    /* No tier beyond the four, no member outside them, none in two. */
    size_t members = 0, in_scheme = 0;
    for (size_t i = 0; i < ts->n; i++) {
        const triple *t = &ts->t[i];
        if (strncmp(t->s, SCHEME "/", strlen(SCHEME "/")) == 0 &&
            strcmp(t->p, SKOS "member") == 0 && strcmp(t->s, HIGH_GROWTH) != 0)
            members++;
        if (strcmp(t->p, SKOS "inScheme") == 0 && strcmp(t->o, SCHEME) == 0)
            in_scheme++;
    }
    assert_int_equal(members, total);
    assert_int_equal(in_scheme, total);
}

/* The high-growth collection holds only 新星 members, each with its source. */
static void test_high_growth(void **state)
{
    const triples *ts = *state;
    assert_true(has(ts, HIGH_GROWTH, RDF_TYPE, SKOS "Collection"));
    assert_int_equal(count(ts, HIGH_GROWTH, SKOS "member"),
                     sizeof high_growth / sizeof *high_growth);
    for (size_t i = 0; i < sizeof high_growth / sizeof *high_growth; i++) {
        char iri[512];
        snprintf(iri, sizeof iri, IND "%s", high_growth[i]);
        if (!has(ts, HIGH_GROWTH, SKOS "member", iri))
            fail_msg("%s is not in the high-growth collection", high_growth[i]);
        if (!has(ts, SCHEME "/新星产业集群", SKOS "member", iri))
            fail_msg("high-growth %s is not in the 新星 tier", high_growth[i]);
        assert_true(count(ts, iri, DCT_SOURCE) >= 1);
    }
    /* The tier says it is partial. */
    assert_true(count(ts, SCHEME "/新星产业集群", SKOS "scopeNote") >= 1);
}

/* Every 新星 member is backed by a source; the tier never exceeds 18. */
static void test_new_star_sources(void **state)
{
    const triples *ts = *state;
    const char *coll = SCHEME "/新星产业集群";
    size_t n = 0;
    for (size_t i = 0; i < ts->n; i++) {
        const triple *t = &ts->t[i];
        if (strcmp(t->s, coll) != 0 || strcmp(t->p, SKOS "member") != 0)
            continue;
        n++;
        if (count(ts, t->o, DCT_SOURCE) == 0)
            fail_msg("新星 member %s cites no dcterms:source", t->o);
    }
    assert_true(n >= 1 && n <= 18);
    assert_true(count(ts, SCHEME, DCT_SOURCE) >= 3);
}

/* --- kg:inCluster ----------------------------------------------------------- */

static void test_in_cluster_links(void **state)
{
    static const char *const links[][2] = {
        {"集成电路", "新一代电子信息制造业"},
        {"体外诊断", "医疗器械"},
        {"服务机器人", "AI及服务机器人"},
        {"生物制药", "生物医药"},
        {"化学药", "生物医药"},
        {"现代中药", "生物医药"},
        {"动力电池", "智能网联新能源汽车"},
        {"OLED", "新型显示"},
        {"铝合金", "轻合金材料"},
        {"无人机", "低空经济"},
        {"服装", "轻纺"},
        {"工业机器人", "智能装备及智能制造"},
        {"预制菜", "食品及农产品加工"},
        {"储能电池", "新能源及新型储能"},
        {"工业软件", "软件信息服务"},
        {"汽车制造业", "智能网联新能源汽车"},
    };
    const triples *ts = *state;
    for (size_t i = 0; i < sizeof links / sizeof *links; i++) {
        char from[512], to[512];
        snprintf(from, sizeof from, IND "%s", links[i][0]);
        snprintf(to, sizeof to, IND "%s", links[i][1]);
        if (!has(ts, from, CNKG_NS "inCluster", to))
            fail_msg("no kg:inCluster from %s to %s", links[i][0], links[i][1]);
        assert_int_equal(count(ts, from, CNKG_NS "inCluster"), 1);
    }
}

/* kg:inCluster leads from an industry into the scheme, never from a cluster. */
static void test_in_cluster_targets(void **state)
{
    const triples *ts = *state;
    size_t n = 0;
    for (size_t i = 0; i < ts->n; i++) {
        const triple *t = &ts->t[i];
        if (strcmp(t->p, CNKG_NS "inCluster") != 0)
            continue;
        n++;
        if (!has(ts, t->o, SKOS "inScheme", SCHEME))
            fail_msg("%s points to %s, which is not a 33618 cluster", t->s, t->o);
        if (has(ts, t->s, SKOS "inScheme", SCHEME))
            fail_msg("cluster %s has a kg:inCluster of its own", t->s);
        assert_true(has(ts, t->s, RDF_TYPE, CNKG_NS "Industry"));
    }
    assert_true(n >= 100);
}

/* --- cnkg.ttl declares what the schemes use ------------------------------- */

static void test_declarations(void **state)
{
    static const char *const props[][2] = {
        {CNKG_NS "inCluster", OWL "ObjectProperty"},
        {CNKG_NS "clusterTier", OWL "DatatypeProperty"},
        {CNKG_NS "strategicEmerging", OWL "DatatypeProperty"},
    };
    const triples *ts = *state;
    for (size_t i = 0; i < sizeof props / sizeof *props; i++) {
        const char *p = props[i][0];
        if (!has(ts, p, RDF_TYPE, props[i][1]))
            fail_msg("%s is not declared a %s", p, props[i][1]);
        assert_true(has(ts, p, RDFS "domain", CNKG_NS "Industry"));
        assert_true(has_label(ts, p, RDFS "label", "zh"));
        assert_true(has_label(ts, p, RDFS "label", "en"));
        assert_true(has_label(ts, p, RDFS "comment", "en"));
    }
    assert_true(has(ts, CNKG_NS "inCluster", RDFS "range", CNKG_NS "Industry"));
}

/* --- the loader sees every cluster as an industry term ------------------- */

static void test_clusters_are_industry_terms(void **state)
{
    (void)state;
    cnkg_ontology *onto = NULL;
    cnkg_error err = {{0}};
    if (cnkg_ontology_load(&onto, ONTO_DIR, &err) != 0)
        fail_msg("%s", err.message);
    for (size_t i = 0; i < sizeof tiers / sizeof *tiers; i++) {
        for (size_t j = 0; j < tiers[i].size; j++) {
            char iri[512];
            snprintf(iri, sizeof iri, IND "%s", tiers[i].members[j]);
            const cnkg_term *t = cnkg_ontology_term_by_iri(onto, iri);
            if (!t)
                fail_msg("the loader has no term %s", iri);
            assert_int_equal(t->cls, CNKG_INDUSTRY);
            assert_string_equal(t->label, tiers[i].members[j]);
        }
    }
    /* The commission's name for the low-altitude 新星 cluster finds it. */
    const cnkg_term *t = cnkg_ontology_term_by_iri(onto, IND "低空经济");
    assert_non_null(t);
    int found = 0;
    for (size_t k = 0; k < t->n_forms; k++)
        found |= strcmp(t->forms[k], "低空装备") == 0;
    assert_true(found);
    cnkg_ontology_free(onto);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tiers),
        cmocka_unit_test(test_new_star_sources),
        cmocka_unit_test(test_high_growth),
        cmocka_unit_test(test_in_cluster_links),
        cmocka_unit_test(test_in_cluster_targets),
        cmocka_unit_test(test_declarations),
        cmocka_unit_test(test_clusters_are_industry_terms),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
