/*
 * test_learn.c - learn/: the linear model (training, its file), gold files,
 * matching an article to them as the scorer does, the pair
 * classifier's candidates, and the entity filter. Articles are made by hand from sentences
 * written for these tests, so that each test says which names and facts
 * it starts from.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "cnkg_learn.h"
#include "fixture.h"

/* --- the linear model ----------------------------------------------------- */

static void bucket_list(cnkg_features *f, const char *a, const char *b)
{
    cnkg_features_clear(f);
    cnkg_features_add(f, a);
    if (b)
        cnkg_features_add(f, b);
}

/* Separable data: "good" only in positives, "bad" only in negatives, and
 * "shared" in both. */
static cnkg_linear *toy_model(void)
{
    cnkg_linear *m;
    cnkg_error err;
    assert_int_equal(cnkg_linear_new(&m, 12, "toy", &err), 0);
    cnkg_features f[4] = {{.bits = 12}, {.bits = 12}, {.bits = 12}, {.bits = 12}};
    bucket_list(&f[0], "good", "shared");
    bucket_list(&f[1], "good", NULL);
    bucket_list(&f[2], "bad", "shared");
    bucket_list(&f[3], "bad", NULL);
    cnkg_example ex[4];
    for (int i = 0; i < 4; i++)
        ex[i] = (cnkg_example){f[i].idx, f[i].n, i < 2};
    cnkg_linear_options o = {.epochs = 100, .rate = 1.0, .seed = 7};
    cnkg_linear_train(m, ex, 4, NULL, &o);
    for (int i = 0; i < 4; i++)
        cnkg_features_free(&f[i]);
    return m;
}

static double score_of(const cnkg_linear *m, const char *a, const char *b)
{
    cnkg_features f = {.bits = cnkg_linear_bits(m)};
    bucket_list(&f, a, b);
    double s = cnkg_linear_score(m, f.idx, f.n);
    cnkg_features_free(&f);
    return s;
}

static void test_linear_learns_separable(void **state)
{
    cnkg_linear *m = toy_model();
    assert_true(score_of(m, "good", "shared") > 0.8);
    assert_true(score_of(m, "bad", "shared") < 0.2);
    assert_true(score_of(m, "good", NULL) > score_of(m, "bad", NULL));
    cnkg_linear_free(m);
}

static void test_linear_is_deterministic(void **state)
{
    cnkg_linear *a = toy_model(), *b = toy_model();
    assert_true(score_of(a, "good", "shared") == score_of(b, "good", "shared"));
    cnkg_linear_free(a);
    cnkg_linear_free(b);
}

static void test_linear_round_trip(void **state)
{
    fixture_tmp *t = *state;
    cnkg_linear *m = toy_model();
    cnkg_linear_set_threshold(m, 0.375);
    assert_int_equal(cnkg_linear_set_named_threshold(m, "produces", 0.25), 0);
    assert_int_equal(cnkg_linear_set_named_threshold(m, "bad name", 0.25), -1);
    cnkg_error err;
    const char *path = fixture_tmp_at(t, "toy.model");
    assert_int_equal(cnkg_linear_save(m, path, &err), 0);
    cnkg_linear *back;
    assert_int_equal(cnkg_linear_load(&back, path, &err), 0);
    assert_int_equal(cnkg_linear_bits(back), 12);
    assert_string_equal(cnkg_linear_features(back), "toy");
    assert_true(cnkg_linear_threshold(back) == 0.375);
    assert_true(cnkg_linear_named_threshold(back, "produces") == 0.25);
    assert_int_equal(cnkg_linear_n_named(back), 1);
    /* the file keeps nine digits: the same scores to far below a threshold's grain */
    const char *cases[][2] = {{"good", "shared"}, {"bad", "shared"}, {"good", NULL}, {"x", NULL}};
    for (int i = 0; i < 4; i++)
        assert_true(fabs(score_of(m, cases[i][0], cases[i][1]) -
                         score_of(back, cases[i][0], cases[i][1])) < 1e-7);
    cnkg_linear_free(m);
    cnkg_linear_free(back);
}

static void test_linear_bad_file_names_line(void **state)
{
    cnkg_linear *m = NULL;
    cnkg_error err = {{0}};
    const char *text = "cnkg-linear 1 bits=8 threshold=0.5 features=toy\nbias\t0.5\n3\tabc\n";
    assert_int_equal(cnkg_linear_parse(&m, text, strlen(text), "toy.model", &err), -1);
    assert_non_null(strstr(err.message, "toy.model:3:"));
    assert_null(m);
    text = "cnkg-linear 1 bits=8 threshold=0.5 features=toy\n300\t1\n";
    assert_int_equal(cnkg_linear_parse(&m, text, strlen(text), "toy.model", &err), -1);
    assert_non_null(strstr(err.message, "toy.model:2:"));
    text = "a labeller model\n";
    assert_int_equal(cnkg_linear_parse(&m, text, strlen(text), "x.model", &err), -1);
    assert_non_null(strstr(err.message, "x.model:1:"));
    assert_int_equal(cnkg_linear_load(&m, "/nonexistent/pairs.model", &err), -1);
    assert_non_null(strstr(err.message, "/nonexistent/pairs.model"));
}

/* --- gold files ------------------------------------------------------------- */

static const char gold_text[] = "# a comment\n"
                                "A\t1\ttitle\t星河公司落户青山区\n"
                                "E\tCompany\t星河科技有限公司\t星河公司|星河\n"
                                "E\tAdministrativeDivision\t青山区\t青山\n"
                                "E\tCompany\t月湖集团\t\t?\n"
                                "R\t星河科技有限公司\tlocatedIn\t青山区\n"
                                "R\t月湖集团\tcollaboratesWith\t星河科技有限公司\t?\n"
                                "R\t星河科技有限公司\tcollaboratesWith\t月湖集团\n";

static cnkg_gold *gold_of(const char *text)
{
    cnkg_gold *g = NULL;
    cnkg_error err;
    assert_int_equal(cnkg_gold_parse(&g, text, strlen(text), "t.tsv", fixture_names(), &err), 0);
    return g;
}

static void test_gold_reads_lines(void **state)
{
    cnkg_gold *g = gold_of(gold_text);
    assert_int_equal(g->n_entities, 3);
    assert_int_equal(g->entities[0].cls, CNKG_COMPANY);
    assert_int_equal(g->entities[0].n_aliases, 3);
    assert_string_equal(g->entities[0].aliases[1], "星河公司");
    assert_true(g->entities[2].optional);
    assert_int_equal(g->n_facts, 3);
    assert_int_equal(cnkg_gold_fact_state(g, 0, CNKG_LOCATED_IN, 1, 0), CNKG_GOLD_REQUIRED);
    assert_int_equal(cnkg_gold_fact_state(g, 1, CNKG_LOCATED_IN, 0, 0), CNKG_GOLD_ABSENT);
    /* symmetric: either way round, and required wins over optional */
    assert_int_equal(cnkg_gold_fact_state(g, 2, CNKG_COLLABORATES_WITH, 0, 1), CNKG_GOLD_REQUIRED);
    cnkg_gold_free(g);
    g = gold_of("E\tCompany\t甲\nE\tCompany\t乙\nR\t甲\tleads\t乙\t?\n");
    assert_int_equal(cnkg_gold_fact_state(g, 0, CNKG_LEADS, 1, 0), CNKG_GOLD_OPTIONAL);
    cnkg_gold_free(g);
}

static void assert_gold_error(const char *text, const char *where)
{
    cnkg_gold *g = NULL;
    cnkg_error err = {{0}};
    assert_int_equal(cnkg_gold_parse(&g, text, strlen(text), "bad.tsv", fixture_names(), &err), -1);
    assert_null(g);
    if (!strstr(err.message, where))
        fail_msg("'%s' does not name %s", err.message, where);
}

static void test_gold_bad_lines_name_file_and_line(void **state)
{
    assert_gold_error("E\tCompany\t甲\nX\t甲\n", "bad.tsv:2:");
    assert_gold_error("# c\nE\tFirm\t甲\n", "bad.tsv:2: unknown class Firm");
    assert_gold_error("E\tCompany\t甲\nR\t甲\tlocatedIn\t乙\n", "bad.tsv:2: 乙 is not an E label");
    assert_gold_error("E\tCompany\t甲\nE\tCompany\t乙\n\nR\t甲\tsells\t乙\n", "bad.tsv:4:");
    assert_gold_error("R\t甲\tlocatedIn\n", "bad.tsv:1:");
    cnkg_error err;
    cnkg_gold *g;
    assert_int_equal(cnkg_gold_load(&g, "/nonexistent/g.tsv", fixture_names(), &err), -1);
    assert_non_null(strstr(err.message, "/nonexistent/g.tsv"));
}

static void test_gold_norm(void **state)
{
    cnkg_buf b = {0};
    cnkg_gold_norm("“Ｍｉｃｒｏ LED”《规划》\u3000", &b);
    assert_string_equal(b.data, "microled规划");
    cnkg_buf_free(&b);
}

/* --- matching --------------------------------------------------------------- */

static void test_match_like_the_scorer(void **state)
{
    cnkg_gold *g = gold_of(gold_text);
    cnkg_article *a = cnkg_article_new(fixture_names(), "星河公司落户青山区。");
    size_t firm = cnkg_article_entity(a, CNKG_COMPANY, "星河公司");
    size_t twin = cnkg_article_entity(a, CNKG_ORGANIZATION, "星河"); /* wrong class */
    size_t again = cnkg_article_entity(a, CNKG_COMPANY, "星河");     /* a second node */
    size_t place = cnkg_article_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "青山区");
    size_t other = cnkg_article_entity(a, CNKG_COMPANY, "海风公司");
    cnkg_gold_match m[5];
    cnkg_gold_match_article(g, a, m);
    assert_int_equal(m[firm].gold, 0);
    assert_true(m[firm].typed && !m[firm].duplicate);
    assert_int_equal(m[twin].gold, 0); /* relations are scored by label */
    assert_false(m[twin].typed);
    assert_int_equal(m[again].gold, 0);
    assert_true(m[again].typed && m[again].duplicate);
    assert_int_equal(m[place].gold, 1);
    assert_int_equal(m[other].gold, (size_t)-1);
    cnkg_article_free(a);
    cnkg_gold_free(g);
}

/* --- candidates ------------------------------------------------------------- */

/* 星河公司落户青山区。: a firm and a district in one sentence. */
static cnkg_article *firm_and_district(void)
{
    cnkg_article *a =
        cnkg_article_new(fixture_names(), "星河公司落户青山区。海风集团与星河公司签约。");
    cnkg_article_add_sentence(a, 0, 10);
    cnkg_article_add_sentence(a, 10, 22);
    size_t firm = cnkg_article_entity(a, CNKG_COMPANY, "星河公司");
    size_t place = cnkg_article_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "青山区");
    size_t sea = cnkg_article_entity(a, CNKG_COMPANY, "海风集团");
    cnkg_article_add_mention(a, firm, 0, 4);
    cnkg_article_add_mention(a, place, 6, 9);
    cnkg_article_add_mention(a, sea, 10, 14);
    cnkg_article_add_mention(a, firm, 15, 19);
    return a;
}

static int proposes(const cnkg_pair_set *s, const cnkg_article *a, const char *subject,
                    cnkg_relation rel, const char *object)
{
    int n = 0;
    for (size_t i = 0; i < s->n; i++)
        n += s->items[i].relation == rel &&
             strcmp(a->entities[s->items[i].subject].label, subject) == 0 &&
             strcmp(a->entities[s->items[i].object].label, object) == 0;
    return n;
}

static void test_candidates_follow_domain_and_range(void **state)
{
    const cnkg_ontology *onto = fixture_ontology();
    cnkg_article *a = firm_and_district();
    cnkg_pair_set s = {0};
    cnkg_pair_reader *r = cnkg_pair_reader_new(onto);
    cnkg_pairs_candidates(r, a, 16, &s);
    assert_int_equal(proposes(&s, a, "星河公司", CNKG_LOCATED_IN, "青山区"), 1);
    assert_int_equal(proposes(&s, a, "星河公司", CNKG_ORIGIN_FROM, "青山区"), 1);
    /* nothing the ontology does not let join a division to a firm */
    for (size_t i = 0; i < s.n; i++) {
        const cnkg_pair *p = &s.items[i];
        unsigned dom = cnkg_ontology_relation_domain(onto, p->relation);
        unsigned ran = cnkg_ontology_relation_range(onto, p->relation);
        cnkg_class cs = a->entities[p->subject].cls, co = a->entities[p->object].cls;
        int ok = (dom >> cs & 1u) && (ran >> co & 1u);
        if (cnkg_relation_is_symmetric(a->names, p->relation))
            ok |= (dom >> co & 1u) && (ran >> cs & 1u);
        assert_true(ok);
        assert_true(p->end > p->begin); /* it has features */
    }
    /* a symmetric relation once per pair, in one sentence only */
    assert_int_equal(proposes(&s, a, "星河公司", CNKG_COLLABORATES_WITH, "海风集团") +
                         proposes(&s, a, "海风集团", CNKG_COLLABORATES_WITH, "星河公司"),
                     1);
    /* the firm and the district never share a sentence with 海风集团 */
    assert_int_equal(proposes(&s, a, "海风集团", CNKG_LOCATED_IN, "青山区"), 0);
    cnkg_pair_set_free(&s);
    cnkg_pair_reader_free(r);
    cnkg_article_free(a);
}

/* Only the relations asked for are read (the shipped model leaves out the
 * relations it adds nothing to, and their candidates cost nothing). */
static void test_candidates_of_the_relations_asked(void **state)
{
    cnkg_article *a = firm_and_district();
    cnkg_pair_set s = {0};
    cnkg_pair_reader *r = cnkg_pair_reader_new(fixture_ontology());
    cnkg_pairs_candidates_with(r, a, 16, 0, 1u << CNKG_ORIGIN_FROM, &s);
    assert_int_equal(proposes(&s, a, "星河公司", CNKG_ORIGIN_FROM, "青山区"), 1);
    for (size_t i = 0; i < s.n; i++)
        assert_int_equal(s.items[i].relation, CNKG_ORIGIN_FROM);
    cnkg_pair_set_free(&s);
    cnkg_pair_reader_free(r);
    cnkg_article_free(a);
}

static void test_candidates_skip_the_rules_facts(void **state)
{
    cnkg_article *a = firm_and_district();
    cnkg_article_add_fact(a, 0, CNKG_LOCATED_IN, 1, 0);
    cnkg_article_add_fact(a, 2, CNKG_COLLABORATES_WITH, 0, 1);
    cnkg_pair_set s = {0};
    cnkg_pair_reader *r = cnkg_pair_reader_new(fixture_ontology());
    cnkg_pairs_candidates(r, a, 16, &s);
    assert_int_equal(proposes(&s, a, "星河公司", CNKG_LOCATED_IN, "青山区"), 0);
    assert_int_equal(proposes(&s, a, "星河公司", CNKG_ORIGIN_FROM, "青山区"), 1);
    assert_int_equal(proposes(&s, a, "星河公司", CNKG_COLLABORATES_WITH, "海风集团") +
                         proposes(&s, a, "海风集团", CNKG_COLLABORATES_WITH, "星河公司"),
                     0);
    cnkg_pair_set_free(&s);
    cnkg_pair_reader_free(r);
    cnkg_article_free(a);
}

/* A model that believes originFrom and nothing else adds that fact,
 * marked as the pair model's (the rules' are marked as theirs). */
static void test_pairs_apply_adds_what_the_model_believes(void **state)
{
    char text[256];
    snprintf(text, sizeof text,
             "cnkg-linear 1 bits=16 threshold=0.5 features=%s\nbias\t-4\n%u\t8\n",
             CNKG_PAIRS_FEATURES, cnkg_pairs_feature_bucket("originFrom", "bias", 16));
    cnkg_linear *m;
    cnkg_error err;
    assert_int_equal(cnkg_linear_parse(&m, text, strlen(text), "t.model", &err), 0);
    cnkg_pairs *p = cnkg_pairs_from_linear(m, fixture_ontology());
    cnkg_article *a = firm_and_district();
    assert_int_equal(cnkg_pairs_apply(p, a), 1);
    assert_true(cnkg_article_has_fact(a, 0, CNKG_ORIGIN_FROM, 1));
    assert_false(cnkg_article_has_fact(a, 0, CNKG_LOCATED_IN, 1));
    for (size_t i = 0; i < a->n_facts; i++)
        assert_int_equal(a->facts[i].origin, a->facts[i].relation == CNKG_ORIGIN_FROM
                                                 ? CNKG_FACT_LEARNED
                                                 : CNKG_FACT_RULE);
    cnkg_article_free(a);
    cnkg_pairs_free(p);
}

/* Format 2's per-relation thresholds: a relation's own threshold decides
 * (originFrom's 0.999 keeps the fact out though the header's 0.5 would
 * let it in; then 0.5 lets it in with a header of 1.01 that adds
 * nothing); a format 3 file is refused with the formats read. */
static void test_pairs_apply_relation_thresholds(void **state)
{
    char text[320];
    unsigned b = cnkg_pairs_feature_bucket("originFrom", "bias", 16);
    const char *fmt = "cnkg-linear 2 bits=16 threshold=%s features=%s\nthreshold\toriginFrom\t%s\n"
                      "bias\t-4\n%u\t8\n";
    cnkg_linear *m;
    cnkg_error err;
    snprintf(text, sizeof text, fmt, "0.5", CNKG_PAIRS_FEATURES, "0.999", b);
    assert_int_equal(cnkg_linear_parse(&m, text, strlen(text), "t.model", &err), 0);
    assert_true(cnkg_linear_named_threshold(m, "originFrom") > 0.99);
    assert_true(cnkg_linear_named_threshold(m, "locatedIn") == 0.5);
    cnkg_pairs *p = cnkg_pairs_from_linear(m, fixture_ontology());
    cnkg_article *a = firm_and_district();
    assert_int_equal(cnkg_pairs_apply(p, a), 0);
    cnkg_article_free(a);
    cnkg_pairs_free(p);
    snprintf(text, sizeof text, fmt, "1.01", CNKG_PAIRS_FEATURES, "0.5", b);
    assert_int_equal(cnkg_linear_parse(&m, text, strlen(text), "t.model", &err), 0);
    p = cnkg_pairs_from_linear(m, fixture_ontology());
    a = firm_and_district();
    assert_int_equal(cnkg_pairs_apply(p, a), 1);
    assert_true(cnkg_article_has_fact(a, 0, CNKG_ORIGIN_FROM, 1));
    cnkg_article_free(a);
    cnkg_pairs_free(p);
    const char *v3 = "cnkg-linear 3 bits=8 threshold=0.5 features=toy\nbias\t0\n";
    assert_int_equal(cnkg_linear_parse(&m, v3, strlen(v3), "v3.model", &err), -1);
    assert_non_null(strstr(err.message, "formats 1 to 2"));
}

/* Adds what a model believing one feature (and a bias against everything
 * else) adds to firm_and_district. */
static size_t added_by_feature(const char *relation, const char *feature, cnkg_article **out)
{
    char text[256];
    snprintf(text, sizeof text,
             "cnkg-linear 1 bits=16 threshold=0.5 features=%s\nbias\t-4\n%u\t8\n",
             CNKG_PAIRS_FEATURES, cnkg_pairs_feature_bucket(relation, feature, 16));
    cnkg_linear *m;
    cnkg_error err;
    assert_int_equal(cnkg_linear_parse(&m, text, strlen(text), "t.model", &err), 0);
    cnkg_pairs *p = cnkg_pairs_from_linear(m, fixture_ontology());
    *out = firm_and_district();
    size_t n = cnkg_pairs_apply(p, *out);
    cnkg_pairs_free(p);
    return n;
}

/* What the features read beside the words between: the subject that is
 * its class's most mentioned entity (星河公司, twice), the last
 * character of the object's label (区), the two characters after the
 * subject's mention (落户). Each is a feature a model can weigh. */
static void test_pairs_features_read_the_names(void **state)
{
    cnkg_article *a;
    assert_int_equal(added_by_feature("originFrom", "s_top", &a), 1);
    assert_true(cnkg_article_has_fact(a, 0, CNKG_ORIGIN_FROM, 1));
    cnkg_article_free(a);
    /* 海风集团 and 青山区 are named once: neither is its class's top */
    assert_int_equal(added_by_feature("collaboratesWith", "o_top", &a), 0);
    cnkg_article_free(a);
    assert_int_equal(added_by_feature("originFrom", "o_top", &a), 0);
    cnkg_article_free(a);
    assert_int_equal(added_by_feature("locatedIn", "ot=区", &a), 1);
    assert_true(cnkg_article_has_fact(a, 0, CNKG_LOCATED_IN, 1));
    cnkg_article_free(a);
    assert_int_equal(added_by_feature("locatedIn", "s_next=落户", &a), 1);
    assert_true(cnkg_article_has_fact(a, 0, CNKG_LOCATED_IN, 1));
    cnkg_article_free(a);
    assert_int_equal(added_by_feature("locatedIn", "s_next=签约", &a), 0);
    cnkg_article_free(a);
}

static void test_pairs_load_refuses_other_features(void **state)
{
    fixture_tmp *t = *state;
    const char *text = "cnkg-linear 1 bits=8 threshold=0.5 features=entities-1\nbias\t0\n";
    fixture_tmp_put(t, "other.model", text, strlen(text));
    cnkg_pairs *p = NULL;
    cnkg_error err;
    assert_int_equal(
        cnkg_pairs_load(&p, fixture_tmp_at(t, "other.model"), fixture_ontology(), &err), -1);
    assert_non_null(strstr(err.message, "other.model:1:"));
    assert_null(p);
}

/* --- the entity filter -------------------------------------------------------- */

/* The filter's standing towards entity e of a (cnkg_entities_standing). */
static int standing_of(const cnkg_article *a, size_t e)
{
    unsigned char *standing = cnkg_xcalloc(a->n_entities + 1, 1);
    cnkg_entities_standing(a, standing);
    int s = standing[e];
    free(standing);
    return s;
}

/* 新能源产业、汽车制造在青山区集聚。青山区发布新能源产业规划。: two
 * sectors listed together, a district that develops the second, and a
 * paper of the byline named in the text. */
static cnkg_article *sectors_and_district(void)
{
    cnkg_article *a = cnkg_article_new(
        fixture_names(), "新能源产业、汽车制造在青山区集聚。青山区发布新能源产业规划。晨报报道。");
    cnkg_article_add_sentence(a, 0, 17);
    cnkg_article_add_sentence(a, 17, 30);
    cnkg_article_add_sentence(a, 30, 35);
    size_t energy = cnkg_article_entity(a, CNKG_INDUSTRY, "新能源产业");
    size_t cars = cnkg_article_entity(a, CNKG_INDUSTRY, "汽车制造");
    size_t place = cnkg_article_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "青山区");
    size_t paper = cnkg_article_entity(a, CNKG_ORGANIZATION, "晨报");
    cnkg_article_add_mention(a, energy, 0, 5);
    cnkg_article_add_mention(a, cars, 6, 10);
    cnkg_article_add_mention(a, place, 11, 14);
    cnkg_article_add_mention(a, place, 17, 20);
    cnkg_article_add_mention(a, energy, 22, 27);
    cnkg_article_add_mention(a, paper, 30, 32);
    cnkg_article_add_fact(a, place, CNKG_DEVELOPS_INDUSTRY, cars, 0);
    cnkg_article_set(&a->publisher, "晨报");
    return a;
}

/* A filter that keeps every entity (bias 4) but one with the feature
 * (weight -8), judging the classes given thresholds (0.5) only. */
static cnkg_entities *filter_of(const char *feature, const char *classes)
{
    char text[512];
    int n = snprintf(text, sizeof text, "cnkg-linear 2 bits=16 threshold=0 features=%s\n",
                     CNKG_ENTITIES_FEATURES);
    for (const char *c = classes; *c;) {
        size_t len = strcspn(c, ",");
        n += snprintf(text + n, sizeof text - (size_t)n, "threshold\t%.*s\t0.5\n", (int)len, c);
        c += len + (c[len] == ',');
    }
    snprintf(text + n, sizeof text - (size_t)n, "bias\t4\n%u\t-8\n",
             cnkg_feature_bucket(feature, strlen(feature), 16));
    cnkg_linear *m;
    cnkg_error err;
    assert_int_equal(cnkg_linear_parse(&m, text, strlen(text), "t.model", &err), 0);
    return cnkg_entities_from_linear(m, fixture_names());
}

static int has_entity(const cnkg_article *a, const char *label)
{
    for (size_t e = 0; e < a->n_entities; e++)
        if (strcmp(a->entities[e].label, label) == 0)
            return 1;
    return 0;
}

/* The entity goes with its mentions; the others stay, their mentions and
 * facts renumbered. */
static void test_entities_apply_drops_with_mentions(void **state)
{
    cnkg_entities *f = filter_of("Industry|t1=业", "Industry");
    cnkg_article *a = sectors_and_district();
    assert_int_equal(cnkg_entities_apply(f, a), 1);
    assert_false(has_entity(a, "新能源产业"));
    assert_int_equal(a->n_entities, 3);
    assert_int_equal(a->n_mentions, 4);
    assert_int_equal(a->n_facts, 1);
    const cnkg_fact *k = &a->facts[0];
    assert_string_equal(a->entities[k->subject].label, "青山区");
    assert_string_equal(a->entities[k->object].label, "汽车制造");
    for (size_t i = 0; i < a->n_mentions; i++)
        assert_true(a->mentions[i].entity < a->n_entities);
    cnkg_article_free(a);
    cnkg_entities_free(f);
}

/* What the features read: the label's ends, a list of names of the class,
 * how often it is named; a class without a threshold is kept whole, and a
 * name a rule's fact joins (汽车制造, 青山区) is never judged. */
static void test_entities_features_read_the_names(void **state)
{
    static const struct {
        const char *feature, *classes, *dropped;
        size_t n;
    } cases[] = {
        {"Industry|list=same", "Industry", "新能源产业", 1},
        {"Industry|h2=新能", "Industry", "新能源产业", 1},
        {"Industry|m=2", "Industry", "新能源产业", 1},
        {"Industry|m=1", "Industry", NULL, 0},
        {"Industry|t1=造", "Industry", NULL, 0},
        {"AdministrativeDivision|bias", "Industry", NULL, 0},
        {"AdministrativeDivision|bias", "Industry,AdministrativeDivision", NULL, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        cnkg_entities *f = filter_of(cases[i].feature, cases[i].classes);
        cnkg_article *a = sectors_and_district();
        assert_int_equal(cnkg_entities_apply(f, a), cases[i].n);
        if (cases[i].dropped)
            assert_false(has_entity(a, cases[i].dropped));
        cnkg_article_free(a);
        cnkg_entities_free(f);
    }
}

/* A name only the pair model joins (汽车制造, its fact with 青山区 made
 * learned) is judged against its class's joined threshold, with the
 * features of its facts; a class without one keeps its joined names. */
static void test_entities_judge_joined_names(void **state)
{
    static const struct {
        const char *feature, *classes;
        size_t n;
    } cases[] = {
        {"Industry|fc=developsIndustry|o|l|AdministrativeDivision", "Industry+joined", 1},
        {"Industry|f=developsIndustry|o|l", "Industry+joined", 1},
        {"Industry|fo=developsIndustry|o|l|only", "Industry+joined", 1},
        {"Industry|nl=1", "Industry+joined", 1},
        {"Industry|f=developsIndustry|o|r", "Industry+joined", 0},
        {"Industry|fc=developsIndustry|o|l|AdministrativeDivision", "Industry", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        cnkg_entities *f = filter_of(cases[i].feature, cases[i].classes);
        cnkg_article *a = sectors_and_district();
        /* a rule's fact vouches for it */
        assert_int_equal(standing_of(a, 1), CNKG_ENTITY_UNJUDGED);
        a->facts[0].origin = CNKG_FACT_LEARNED;
        assert_int_equal(standing_of(a, 1), CNKG_ENTITY_JOINED);
        assert_int_equal(standing_of(a, 0), CNKG_ENTITY_ALONE);
        assert_int_equal(cnkg_entities_apply(f, a), cases[i].n);
        if (cases[i].n)
            assert_false(has_entity(a, "汽车制造"));
        cnkg_article_free(a);
        cnkg_entities_free(f);
    }
}

/* The byline's paper is written whatever the filter says, and a rule's
 * fact vouches for its names: neither is judged. */
static void test_entities_leave_the_byline_and_related(void **state)
{
    cnkg_entities *f = filter_of("Organization|bias", "Organization");
    cnkg_article *a = sectors_and_district();
    assert_int_equal(standing_of(a, 0), CNKG_ENTITY_ALONE);
    assert_int_equal(standing_of(a, 1), CNKG_ENTITY_UNJUDGED);
    assert_int_equal(standing_of(a, 2), CNKG_ENTITY_UNJUDGED);
    assert_int_equal(standing_of(a, 3), CNKG_ENTITY_UNJUDGED);
    assert_int_equal(cnkg_entities_apply(f, a), 0);
    assert_true(has_entity(a, "晨报"));
    cnkg_article_free(a);
    cnkg_entities_free(f);
}

static void test_entities_load_refuses_other_features(void **state)
{
    fixture_tmp *t = *state;
    const char *text = "cnkg-linear 1 bits=8 threshold=0.5 features=pairs-3\nbias\t0\n";
    fixture_tmp_put(t, "other.model", text, strlen(text));
    cnkg_entities *p = NULL;
    cnkg_error err;
    assert_int_equal(
        cnkg_entities_load(&p, fixture_tmp_at(t, "other.model"), fixture_names(), &err), -1);
    assert_non_null(strstr(err.message, "other.model:1:"));
    assert_null(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_linear_learns_separable),
        cmocka_unit_test(test_linear_is_deterministic),
        cmocka_unit_test_setup_teardown(test_linear_round_trip, fixture_tmp_setup,
                                        fixture_tmp_teardown),
        cmocka_unit_test(test_linear_bad_file_names_line),
        cmocka_unit_test(test_gold_reads_lines),
        cmocka_unit_test(test_gold_bad_lines_name_file_and_line),
        cmocka_unit_test(test_gold_norm),
        cmocka_unit_test(test_match_like_the_scorer),
        cmocka_unit_test(test_candidates_follow_domain_and_range),
        cmocka_unit_test(test_candidates_of_the_relations_asked),
        cmocka_unit_test(test_candidates_skip_the_rules_facts),
        cmocka_unit_test(test_pairs_apply_adds_what_the_model_believes),
        cmocka_unit_test(test_pairs_apply_relation_thresholds),
        cmocka_unit_test(test_pairs_features_read_the_names),
        cmocka_unit_test_setup_teardown(test_pairs_load_refuses_other_features, fixture_tmp_setup,
                                        fixture_tmp_teardown),
        cmocka_unit_test(test_entities_apply_drops_with_mentions),
        cmocka_unit_test(test_entities_features_read_the_names),
        cmocka_unit_test(test_entities_judge_joined_names),
        cmocka_unit_test(test_entities_leave_the_byline_and_related),
        cmocka_unit_test_setup_teardown(test_entities_load_refuses_other_features,
                                        fixture_tmp_setup, fixture_tmp_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
