/* test_output.c - the RDF writer and the diagram, on a made-up article
 * about a fictional company settling in a fictional district. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <raptor2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cnkg_output.h"
#include "rdf_internal.h"
#include "cnkg_render.h"
#include "fixture.h"

#define KG "https://w3id.org/cnkg/ontology#"
#define SKOS "http://www.w3.org/2004/02/skos/core#"
#define RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NIF "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define XSD_NNI "<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>"

static const char *const TEXT = "蓝鲸智造有限公司宣布落户青川区。"
                                "青川区将与奇\"怪<公司>&合作，发展储能电池产业。";
/* Every character a serializer has to escape, newline and a control too. */
static const char *const NASTY = "引\"号\\斜<尖>{括}\n换\x01行\r回车\t";
static const char *const ODD_COMPANY = "奇\"怪<公司>&";

/* Code point offset of the n-th (from 0) occurrence of needle in TEXT. */
static size_t cp_at(const char *needle, int nth)
{
    const char *p = TEXT;
    for (;;) {
        p = strstr(p, needle);
        assert_non_null(p);
        if (nth-- == 0)
            break;
        p++;
    }
    char *prefix = strndup(TEXT, (size_t)(p - TEXT));
    size_t n = cnkg_utf8_length(prefix);
    free(prefix);
    return n;
}

static void mention(cnkg_article *a, size_t entity, const char *surface, int nth)
{
    size_t b = cp_at(surface, nth);
    cnkg_article_add_mention(a, entity, b, b + cnkg_utf8_length(surface));
}

enum { COMPANY, DISTRICT, INDUSTRY, ODD, PERSON };

static cnkg_article *make_article(void)
{
    cnkg_article *a = cnkg_article_new(fixture_names(), TEXT);
    cnkg_article_set(&a->id, "test-001");
    cnkg_article_set(&a->url, "https://example.com/news?id=1&lang=zh");
    cnkg_article_set(&a->title, "蓝鲸智造落户青川区");
    cnkg_article_set(&a->date, "2024-05-06");
    cnkg_article_set(&a->publisher, "青川日报");
    cnkg_article_add_author(a, "林晓");
    size_t s1 = cp_at("。", 0) + 1;
    cnkg_article_add_sentence(a, 0, s1);
    cnkg_article_add_sentence(a, s1, cnkg_utf8_length(TEXT));

    assert_int_equal(cnkg_article_entity(a, CNKG_COMPANY, "蓝鲸智造有限公司"), COMPANY);
    assert_int_equal(cnkg_article_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "青川区"), DISTRICT);
    assert_int_equal(cnkg_article_entity(a, CNKG_INDUSTRY, "储能电池"), INDUSTRY);
    assert_int_equal(cnkg_article_entity(a, CNKG_COMPANY, ODD_COMPANY), ODD);
    assert_int_equal(cnkg_article_entity(a, CNKG_PERSON, NASTY), PERSON);
    cnkg_entity_add_alias(&a->entities[COMPANY], "蓝鲸智造");
    cnkg_article_set(&a->entities[DISTRICT].code, "500999");
    cnkg_article_set(&a->entities[DISTRICT].broader, "https://w3id.org/cnkg/id/division/500000");

    mention(a, COMPANY, "蓝鲸智造有限公司", 0);
    mention(a, DISTRICT, "青川区", 0);
    mention(a, DISTRICT, "青川区", 1);
    mention(a, ODD, ODD_COMPANY, 0);
    mention(a, INDUSTRY, "储能电池", 0);
    cnkg_article_add_fact(a, COMPANY, CNKG_LOCATED_IN, DISTRICT, 0);
    cnkg_article_add_fact(a, DISTRICT, CNKG_DEVELOPS_INDUSTRY, INDUSTRY, 1);
    cnkg_article_add_fact(a, DISTRICT, CNKG_COLLABORATES_WITH, ODD, 1);
    return a;
}

/* The article written n times through one writer, as a string; at a
 * provenance level when level is not NULL, else at the writer's default. */
static char *write_rdf_at(cnkg_rdf_format format, const cnkg_article *a, int n,
                          const cnkg_rdf_provenance *level)
{
    char *out = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&out, &len);
    assert_non_null(fp);
    cnkg_rdf_writer *w = NULL;
    cnkg_error err = {{0}};
    if (cnkg_rdf_writer_open(&w, fp, format, &err) != 0)
        fail_msg("open: %s", err.message);
    if (level)
        cnkg_rdf_writer_set_provenance(w, *level);
    for (int i = 0; i < n; i++)
        if (cnkg_rdf_writer_add_article(w, a, &err) != 0)
            fail_msg("add: %s", err.message);
    if (cnkg_rdf_writer_close(w, &err) != 0)
        fail_msg("close: %s", err.message);
    fclose(fp);
    return out;
}

static char *write_rdf(cnkg_rdf_format format, const cnkg_article *a, int n)
{
    return write_rdf_at(format, a, n, NULL);
}

static char *entity_iri(const cnkg_article *a, size_t i)
{
    return cnkg_iri_entity(a->names, &a->entities[i]);
}

static void assert_contains(const char *haystack, const char *needle)
{
    if (!strstr(haystack, needle))
        fail_msg("missing: %s", needle);
}

/* --- parsing back with raptor ---------------------------------------- */

typedef struct parsed {
    size_t count;
    const char *subject, *predicate; /* the literal wanted */
    char *literal;
    char *graph; /* of the first statement */
} parsed;

static void on_statement(void *user, raptor_statement *st)
{
    parsed *p = user;
    p->count++;
    if (!p->graph && st->graph && st->graph->type == RAPTOR_TERM_TYPE_URI)
        p->graph = strdup((const char *)raptor_uri_as_string(st->graph->value.uri));
    if (!p->subject || st->subject->type != RAPTOR_TERM_TYPE_URI ||
        st->object->type != RAPTOR_TERM_TYPE_LITERAL)
        return;
    if (strcmp((const char *)raptor_uri_as_string(st->subject->value.uri), p->subject) == 0 &&
        strcmp((const char *)raptor_uri_as_string(st->predicate->value.uri), p->predicate) == 0) {
        free(p->literal);
        p->literal = strdup((const char *)st->object->value.literal.string);
    }
}

static void parse(const char *syntax, const char *text, parsed *p)
{
    raptor_world *world = raptor_new_world();
    assert_int_equal(raptor_world_open(world), 0);
    raptor_parser *parser = raptor_new_parser(world, syntax);
    assert_non_null(parser);
    raptor_parser_set_statement_handler(parser, p, on_statement);
    raptor_uri *base = raptor_new_uri(world, (const unsigned char *)"http://example.org/");
    assert_int_equal(raptor_parser_parse_start(parser, base), 0);
    assert_int_equal(
        raptor_parser_parse_chunk(parser, (const unsigned char *)text, strlen(text), 1), 0);
    raptor_free_uri(base);
    raptor_free_parser(parser);
    raptor_free_world(world);
}

static size_t count_triples(const char *syntax, const char *text)
{
    parsed p = {0};
    parse(syntax, text, &p);
    free(p.graph);
    return p.count;
}

/* --- RDF ------------------------------------------------------------------ */

static void test_format_names(void **state)
{
    cnkg_rdf_format f;
    assert_int_equal(cnkg_rdf_format_from_name("nquads", &f), 0);
    assert_int_equal(f, CNKG_FORMAT_NQUADS);
    assert_int_equal(cnkg_rdf_format_from_name("json", &f), -1);
    assert_int_equal(cnkg_rdf_format_from_path("out/kg.ttl", &f), 0);
    assert_int_equal(f, CNKG_FORMAT_TURTLE);
    assert_int_equal(cnkg_rdf_format_from_path("kg.rdf", &f), 0);
    assert_int_equal(f, CNKG_FORMAT_RDFXML);
    assert_int_equal(cnkg_rdf_format_from_path("kg", &f), -1);
}

static void test_ntriples_mapping(void **state)
{
    cnkg_article *a = make_article();
    char *nt = write_rdf(CNKG_FORMAT_NTRIPLES, a, 1);
    char *art = cnkg_iri_article(a), *co = entity_iri(a, COMPANY), *di = entity_iri(a, DISTRICT);
    char line[1024];

    snprintf(line, sizeof line, "<%s> <" RDF "type> <" KG "Company> .\n", co);
    assert_contains(nt, line);
    /* UTF-8, not \u escapes: the output can be grepped for Chinese. */
    snprintf(line, sizeof line, "<%s> <" SKOS "prefLabel> \"蓝鲸智造有限公司\"@zh .\n", co);
    assert_contains(nt, line);
    snprintf(line, sizeof line, "<%s> <" SKOS "altLabel> \"蓝鲸智造\"@zh .\n", co);
    assert_contains(nt, line);
    snprintf(line, sizeof line, "<%s> <" SKOS "notation> \"500999\" .\n", di);
    assert_contains(nt, line);
    assert_contains(nt, "<https://w3id.org/cnkg/id/division/500999> <" SKOS
                        "broader> <https://w3id.org/cnkg/id/division/500000> .\n");
    snprintf(line, sizeof line,
             "<%s> <https://schema.org/datePublished> "
             "\"2024-05-06\"^^<http://www.w3.org/2001/XMLSchema#date> .\n",
             art);
    assert_contains(nt, line);
    snprintf(line, sizeof line,
             "<%s> <https://schema.org/url> "
             "<https://example.com/news?id=1&lang=zh> .\n",
             art);
    assert_contains(nt, line);

    /* The second 青川区 mention: its offsets and what it points at. */
    size_t b = cp_at("青川区", 1), e = b + 3;
    snprintf(line, sizeof line, "<%s#char=%zu,%zu> <" NIF "beginIndex> \"%zu\"^^" XSD_NNI " .\n",
             art, b, e, b);
    assert_contains(nt, line);
    snprintf(line, sizeof line, "<%s#char=%zu,%zu> <" NIF "endIndex> \"%zu\"^^" XSD_NNI " .\n", art,
             b, e, e);
    assert_contains(nt, line);
    snprintf(line, sizeof line, "<%s#char=%zu,%zu> <" NIF "anchorOf> \"青川区\" .\n", art, b, e);
    assert_contains(nt, line);
    snprintf(line, sizeof line,
             "<%s#char=%zu,%zu> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <%s> .\n", art, b, e,
             di);
    assert_contains(nt, line);

    /* The fact and its reification, named by the hash of what it states. */
    snprintf(line, sizeof line, "<%s> <" KG "locatedIn> <%s> .\n", co, di);
    assert_contains(nt, line);
    char key[1024], hex[33];
    snprintf(key, sizeof key, "%s\nlocatedIn\n%s\n%s#char=0,%zu", co, di, art, cp_at("。", 0) + 1);
    cnkg_hash_hex128(key, strlen(key), hex);
    snprintf(line, sizeof line,
             "<https://w3id.org/cnkg/id/statement/%s> <" RDF "type> <" RDF "Statement> .\n", hex);
    assert_contains(nt, line);
    snprintf(line, sizeof line, "<https://w3id.org/cnkg/id/statement/%s> <" RDF "subject> <%s> .\n",
             hex, co);
    assert_contains(nt, line);
    snprintf(line, sizeof line,
             "<https://w3id.org/cnkg/id/statement/%s> <http://www.w3.org/ns/prov#wasDerivedFrom> "
             "<%s#char=0,%zu> .\n",
             hex, art, cp_at("。", 0) + 1);
    assert_contains(nt, line);

    free(art);
    free(co);
    free(di);
    free(nt);
    cnkg_article_free(a);
}

static void test_turtle_prefixes(void **state)
{
    cnkg_article *a = make_article();
    char *ttl = write_rdf(CNKG_FORMAT_TURTLE, a, 1);
    assert_contains(ttl, "@prefix kg: <https://w3id.org/cnkg/ontology#> .");
    assert_contains(ttl, "@prefix ent: <https://w3id.org/cnkg/id/> .");
    assert_contains(ttl, "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .");
    assert_contains(ttl, "@prefix nif: <" NIF "> .");
    assert_contains(ttl, "@prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .");
    assert_contains(ttl, "@prefix prov: <http://www.w3.org/ns/prov#> .");
    assert_contains(ttl, "@prefix schema: <https://schema.org/> .");
    assert_contains(ttl, "kg:Company");
    assert_contains(ttl, "\"蓝鲸智造有限公司\"@zh");
    free(ttl);
    cnkg_article_free(a);
}

/* Every syntax carries the same triples, and raptor reads each back. */
static void test_formats_agree(void **state)
{
    cnkg_article *a = make_article();
    char *nt = write_rdf(CNKG_FORMAT_NTRIPLES, a, 1);
    char *nq = write_rdf(CNKG_FORMAT_NQUADS, a, 1);
    char *ttl = write_rdf(CNKG_FORMAT_TURTLE, a, 1);
    char *xml = write_rdf(CNKG_FORMAT_RDFXML, a, 1);
    size_t n = count_triples("ntriples", nt);
    assert_true(n > 60);
    assert_int_equal(count_triples("turtle", ttl), n);
    assert_int_equal(count_triples("rdfxml", xml), n);
    parsed q = {0};
    parse("nquads", nq, &q);
    assert_int_equal(q.count, n);
    /* The article's own triples sit in its named graph. */
    char *art = cnkg_iri_article(a);
    assert_non_null(q.graph);
    assert_string_equal(q.graph, art);
    free(q.graph);
    free(art);
    free(nt);
    free(nq);
    free(ttl);
    free(xml);
    cnkg_article_free(a);
}

static void assert_label_round_trips(const char *syntax, cnkg_rdf_format format)
{
    cnkg_article *a = make_article();
    char *out = write_rdf(format, a, 1);
    char *person = entity_iri(a, PERSON);
    parsed p = {.subject = person, .predicate = SKOS "prefLabel"};
    parse(syntax, out, &p);
    assert_non_null(p.literal);
    assert_string_equal(p.literal, NASTY);
    free(p.literal);
    free(p.graph);
    free(person);
    free(out);
    cnkg_article_free(a);
}

static void test_escaping_round_trips(void **state)
{
    assert_label_round_trips("ntriples", CNKG_FORMAT_NTRIPLES);
    assert_label_round_trips("nquads", CNKG_FORMAT_NQUADS);
    /* raptor's Turtle writer leaves a bare CR in short strings; the sink
     * must have escaped it. */
    assert_label_round_trips("turtle", CNKG_FORMAT_TURTLE);
}

static void test_deterministic_and_deduplicated(void **state)
{
    cnkg_article *a = make_article();
    char *one = write_rdf(CNKG_FORMAT_NTRIPLES, a, 1);
    char *again = write_rdf(CNKG_FORMAT_NTRIPLES, a, 1);
    assert_string_equal(one, again);
    /* The same article twice in one document adds nothing. */
    char *ttl1 = write_rdf(CNKG_FORMAT_TURTLE, a, 1);
    char *ttl2 = write_rdf(CNKG_FORMAT_TURTLE, a, 2);
    assert_string_equal(ttl1, ttl2);
    char *twice = write_rdf(CNKG_FORMAT_NTRIPLES, a, 2);
    assert_string_equal(twice, one);
    free(one);
    free(again);
    free(ttl1);
    free(ttl2);
    free(twice);
    cnkg_article_free(a);
}

/* An article's place in its page is written, so that Turtle, sorted by
 * IRI, still tells the order of the text; unknown (0), it is not. */
static void test_position(void **state)
{
    (void)state;
    cnkg_article *a = make_article();
    char *none = write_rdf(CNKG_FORMAT_NTRIPLES, a, 1);
    assert_null(strstr(none, "schema.org/position"));
    a->position = 2;
    char *nt = write_rdf(CNKG_FORMAT_NTRIPLES, a, 1);
    assert_non_null(strstr(
        nt, "<https://schema.org/position> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer>"));
    free(none);
    free(nt);
    cnkg_article_free(a);
}

static void test_provenance_levels(void **state)
{
    cnkg_article *a = make_article();
    const cnkg_rdf_provenance levels[] = {CNKG_PROVENANCE_MENTIONS, CNKG_PROVENANCE_SENTENCES,
                                          CNKG_PROVENANCE_NONE};
    char *all = write_rdf_at(CNKG_FORMAT_NTRIPLES, a, 1, &levels[0]);
    char *sentences = write_rdf_at(CNKG_FORMAT_NTRIPLES, a, 1, &levels[1]);
    char *none = write_rdf_at(CNKG_FORMAT_NTRIPLES, a, 1, &levels[2]);
    char *plain = write_rdf(CNKG_FORMAT_NTRIPLES, a, 1);
    assert_string_equal(all, plain);
    assert_non_null(strstr(all, "nif-core#Phrase>"));
    assert_null(strstr(sentences, "nif-core#Phrase>"));
    assert_non_null(strstr(sentences, "nif-core#Sentence>"));
    assert_non_null(strstr(sentences, "rdf-syntax-ns#Statement>"));
    assert_null(strstr(none, "nif-core#"));
    assert_null(strstr(none, "rdf-syntax-ns#Statement>"));
    assert_non_null(strstr(none, "ontology#locatedIn>"));
    assert_true(strlen(none) < strlen(sentences) && strlen(sentences) < strlen(all));
    cnkg_rdf_provenance p;
    assert_int_equal(cnkg_rdf_provenance_from_name("sentences", &p), 0);
    assert_int_equal(p, CNKG_PROVENANCE_SENTENCES);
    assert_int_equal(cnkg_rdf_provenance_from_name("some", &p), -1);
    free(all);
    free(sentences);
    free(none);
    free(plain);
    cnkg_article_free(a);
    (void)state;
}

/* N-Triples are formatted by cnkg, not raptor: the exact escapes, which
 * are the ones raptor's serializer wrote, non-ASCII unescaped. */
static void test_ntriples_escapes(void **state)
{
    cnkg_article *a = make_article();
    size_t odd = cnkg_article_entity(a, CNKG_PERSON, "控\xc2\x85制\xc2\xa0空\x7f格");
    char *nt = write_rdf(CNKG_FORMAT_NTRIPLES, a, 1);
    assert_contains(nt, "> \"引\\\"号\\\\斜<尖>{括}\\n换\\u0001行\\r回车\\t\"@zh .\n");
    /* U+0085 and DEL stay escaped, U+00A0 is written as itself. */
    assert_contains(nt, "> \"控\\u0085制\xc2\xa0空\\u007F格\"@zh .\n");
    /* & and ? are plain in an IRI. */
    assert_contains(nt, "<https://example.com/news?id=1&lang=zh>");
    char *iri = entity_iri(a, odd);
    assert_non_null(strstr(nt, iri)); /* IRIs need no escape: cnkg mints them safe */
    free(iri);
    free(nt);
    cnkg_article_free(a);
}

/* Long runs are checked sixteen bytes at a time: a character that needs
 * an escape is found at every offset from a run's start, after ASCII and
 * after two- and three-byte characters (a literal's bytes from 0x80 up
 * are taken as they are, but for the lead byte of U+0080-U+009F). */
static void test_ntriples_escapes_in_long_runs(void **state)
{
    static const struct {
        const char *raw, *written;
    } cases[] = {{"\"", "\\\""},           {"\\", "\\\\"},          {"\n", "\\n"},
                 {"\x01", "\\u0001"},      {"\x7f", "\\u007F"},     {"\xc2\x85", "\\u0085"},
                 {"\xc3\xa9", "\xc3\xa9"}, {"\xc2\xa0", "\xc2\xa0"}};
    static const char *const fillers[] = {"a", "\xc3\xa9", "\xe6\xb1\x89"}; /* a, é, 汉 */
    for (size_t f = 0; f < sizeof fillers / sizeof fillers[0]; f++) {
        for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
            for (int k = 0; k < 40; k++) {
                char prefix[160] = "", label[256], want[256];
                for (int j = 0; j < k; j++)
                    strcat(prefix, fillers[f]);
                snprintf(label, sizeof label, "%s%s%s", prefix, cases[c].raw,
                         "bbbbbbbbbbbbbbbbbbbb");
                snprintf(want, sizeof want, "\"%s%s%s\"@zh .\n", prefix, cases[c].written,
                         "bbbbbbbbbbbbbbbbbbbb");
                cnkg_article *a = make_article();
                cnkg_article_entity(a, CNKG_PERSON, label);
                char *nt = write_rdf(CNKG_FORMAT_NTRIPLES, a, 1);
                assert_contains(nt, want);
                free(nt);
                cnkg_article_free(a);
            }
        }
    }
    (void)state;
}

/* The same for an IRI, where more characters need an escape and every
 * byte from 0x80 up is decoded; cnkg mints its IRIs safe, so the line
 * writer is called directly. */
static void test_ntriples_iri_escapes_in_long_runs(void **state)
{
    static const struct {
        const char *raw, *written;
    } cases[] = {{" ", "\\u0020"},
                 {"<", "\\u003C"},
                 {">", "\\u003E"},
                 {"\"", "\\u0022"},
                 {"{", "\\u007B"},
                 {"|", "\\u007C"},
                 {"}", "\\u007D"},
                 {"^", "\\u005E"},
                 {"`", "\\u0060"},
                 {"\\", "\\u005C"},
                 {"\x7f", "\\u007F"},
                 {"\xc2\x85", "\\u0085"},
                 {"~", "~"},
                 {"=", "="},
                 {"]", "]"},
                 {"_", "_"},
                 {"\xc3\xa9", "\xc3\xa9"},
                 {"\xe6\xb1\x89", "\xe6\xb1\x89"}};
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        for (int k = 0; k < 40; k++) {
            char iri[160], want[160];
            snprintf(iri, sizeof iri, "https://example.com/%.*s%s%s", k,
                     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", cases[c].raw,
                     "bbbbbbbbbbbbbbbbbbbb");
            snprintf(want, sizeof want, "<https://example.com/%.*s%s%s> <p> \"x\" .\n", k,
                     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", cases[c].written,
                     "bbbbbbbbbbbbbbbbbbbb");
            rdf_triple t = {.s = iri, .p = "p", .o = "x", .kind = 'L'};
            t.len[0] = strlen(iri), t.len[1] = 1, t.len[2] = 1;
            rdf_lines l = {0};
            rdf_lines_put(&l, &t, (cnkg_key){1, 1}, 0);
            assert_string_equal(l.text.data, want);
            rdf_lines_free(&l);
        }
    }
    (void)state;
}

/* The article formatted n times as a chunk of chunk_format and written
 * through a writer of writer_format; NULL when a call failed (err says). */
static char *write_chunks(cnkg_rdf_format writer_format, cnkg_rdf_format chunk_format,
                          const cnkg_article *a, int n, cnkg_error *err)
{
    char *out = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&out, &len);
    assert_non_null(fp);
    cnkg_rdf_writer *w = NULL;
    cnkg_rdf_chunk *c = NULL;
    int rc = cnkg_rdf_writer_open(&w, fp, writer_format, err);
    if (rc == 0)
        rc = cnkg_rdf_chunk_new(&c, chunk_format, err);
    for (int i = 0; rc == 0 && i < n; i++) {
        rc = cnkg_rdf_chunk_format(c, a, err);
        if (rc == 0)
            rc = cnkg_rdf_writer_add_chunk(w, c, err);
    }
    cnkg_error ignored;
    if (w && cnkg_rdf_writer_close(w, rc == 0 ? err : &ignored) != 0)
        rc = -1;
    cnkg_rdf_chunk_free(c);
    fclose(fp);
    if (rc == 0)
        return out;
    free(out);
    return NULL;
}

/* A chunk formatted apart and written through a writer gives the bytes
 * add_article gives, duplicates across articles dropped alike; a chunk is
 * only ever N-Triples or N-Quads, and only for a writer of its format. */
static void test_chunks_equal_articles(void **state)
{
    cnkg_article *a = make_article();
    cnkg_error err = {{0}};
    cnkg_rdf_format formats[] = {CNKG_FORMAT_NTRIPLES, CNKG_FORMAT_NQUADS};
    for (size_t f = 0; f < 2; f++) {
        char *want = write_rdf(formats[f], a, 2);
        char *out = write_chunks(formats[f], formats[f], a, 2, &err);
        if (!out)
            fail_msg("%s", err.message);
        assert_string_equal(out, want);
        free(out);
        free(want);
    }
    assert_null(write_chunks(CNKG_FORMAT_NTRIPLES, CNKG_FORMAT_NQUADS, a, 1, &err));
    assert_non_null(strstr(err.message, "format"));
    cnkg_rdf_chunk *c = NULL;
    assert_int_equal(cnkg_rdf_chunk_new(&c, CNKG_FORMAT_TURTLE, &err), -1);
    assert_null(c);
    assert_non_null(strstr(err.message, "N-Triples"));
    cnkg_article_free(a);
}

/* --- diagram ---------------------------------------------------------- */

static char *slurp(const char *path)
{
    FILE *fp = fopen(path, "rb");
    assert_non_null(fp);
    char *data = NULL;
    size_t len = 0, cap = 0, n;
    char chunk[4096];
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
        if (len + n + 1 > cap) {
            cap = (len + n + 1) * 2;
            data = realloc(data, cap);
        }
        memcpy(data + len, chunk, n);
        len += n;
    }
    fclose(fp);
    assert_non_null(data);
    data[len] = '\0';
    return data;
}

static char *diagram_file_with(const cnkg_ontology *onto, const char *format)
{
    char *dir = fixture_dir_new("test-output");
    char path[256];
    snprintf(path, sizeof path, "%s/kg.%s", dir, format);
    cnkg_article *a = make_article();
    cnkg_diagram *d = cnkg_render_diagram_new(onto);
    cnkg_render_diagram_add_article(d, a);
    cnkg_render_diagram_add_article(d, a); /* merged, not doubled */
    cnkg_error err = {{0}};
    if (cnkg_render_diagram_write(d, path, NULL, &err) != 0)
        fail_msg("%s", err.message);
    cnkg_render_diagram_free(d);
    cnkg_article_free(a);
    char *text = slurp(path);
    fixture_dir_remove(dir);
    return text;
}

/* A diagram with the shipped ontology's labels and styles. */
static char *diagram_file(const char *format)
{
    char *text = diagram_file_with(fixture_ontology(), format);
    return text;
}

static size_t occurrences(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

static void test_diagram_dot(void **state)
{
    char *dot = diagram_file("dot");
    assert_contains(dot, "蓝鲸智造有限公司");
    assert_contains(dot, "图例");
    assert_contains(dot, "行政区划");
    assert_contains(dot, "位于");
    assert_contains(dot, "Noto Sans CJK SC");
    /* DOT quotes the ", and Graphviz's own & escape is kept. */
    assert_contains(dot, "奇\\\"怪<公司>&amp;");
    /* A person in no fact is not drawn; the company is drawn once. */
    assert_null(strstr(dot, "换"));
    assert_int_equal(occurrences(dot, "label=发展产业") + occurrences(dot, "label=\"发展产业\""),
                     1);
    free(dot);
}

static void test_diagram_svg(void **state)
{
    char *svg = diagram_file("svg");
    assert_contains(svg, "<svg");
    assert_contains(svg, "蓝鲸智造有限公司");
    assert_contains(svg, "图例");
    assert_contains(svg, "合作");
    assert_contains(svg, "奇&quot;怪&lt;公司&gt;&amp;");
    assert_null(strstr(svg, "怪<"));
    if (access("/usr/bin/xmllint", X_OK) == 0) {
        char path[] = "/tmp/cnkg-test-svg-XXXXXX";
        int fd = mkstemp(path);
        assert_true(fd >= 0);
        assert_int_equal(write(fd, svg, strlen(svg)), (ssize_t)strlen(svg));
        close(fd);
        char cmd[512];
        snprintf(cmd, sizeof cmd, "/usr/bin/xmllint --noout %s", path);
        assert_int_equal(system(cmd), 0);
        unlink(path);
    }
    free(svg);
}

/* The styles and labels are the ontology's (cnkg.ttl holds them; C holds
 * none). */
static void test_diagram_ontology_style(void **state)
{
    const cnkg_ontology *onto = fixture_ontology();
    const char *colour = cnkg_ontology_class_colour(onto, CNKG_COMPANY);
    const char *label = cnkg_ontology_relation_label(onto, CNKG_DEVELOPS_INDUSTRY, "zh");
    char *dot = diagram_file_with(onto, "dot");
    if (colour)
        assert_contains(dot, colour);
    assert_contains(dot, label);
    assert_contains(dot, "图例");
    assert_contains(dot, cnkg_ontology_class_label(onto, CNKG_INDUSTRY, "zh"));
    free(dot);
}

/* Without an ontology the diagram is plain: local names, boxes, no
 * Chinese class or relation labels from anywhere but the ontology. */
static void test_diagram_without_ontology(void **state)
{
    char *dot = diagram_file_with(NULL, "dot");
    assert_contains(dot, "蓝鲸智造有限公司");
    assert_contains(dot, "locatedIn");
    assert_contains(dot, "AdministrativeDivision");
    assert_null(strstr(dot, "位于"));
    assert_null(strstr(dot, "行政区划"));
    assert_null(strstr(dot, "shape=house"));
    free(dot);
    (void)state;
}

static void test_diagram_errors(void **state)
{
    cnkg_diagram *d = cnkg_render_diagram_new(NULL);
    cnkg_error err = {{0}};
    assert_int_equal(cnkg_render_diagram_write(d, "/tmp/kg.bmpx", NULL, &err), -1);
    assert_non_null(strstr(err.message, "unknown diagram format"));
    /* Graphviz itself would only print this one. */
    assert_int_equal(cnkg_render_diagram_write(d, "/nonexistent-cnkg-dir/kg.svg", NULL, &err), -1);
    assert_non_null(strstr(err.message, "/nonexistent-cnkg-dir/kg.svg"));
    cnkg_render_diagram_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_format_names),
        cmocka_unit_test(test_ntriples_mapping),
        cmocka_unit_test(test_turtle_prefixes),
        cmocka_unit_test(test_formats_agree),
        cmocka_unit_test(test_escaping_round_trips),
        cmocka_unit_test(test_deterministic_and_deduplicated),
        cmocka_unit_test(test_ntriples_escapes),
        cmocka_unit_test(test_ntriples_escapes_in_long_runs),
        cmocka_unit_test(test_ntriples_iri_escapes_in_long_runs),
        cmocka_unit_test(test_provenance_levels),
        cmocka_unit_test(test_position),
        cmocka_unit_test(test_chunks_equal_articles),
        cmocka_unit_test(test_diagram_dot),
        cmocka_unit_test(test_diagram_svg),
        cmocka_unit_test(test_diagram_ontology_style),
        cmocka_unit_test(test_diagram_without_ontology),
        cmocka_unit_test(test_diagram_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
