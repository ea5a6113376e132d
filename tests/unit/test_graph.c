/*
 * test_graph.c - the model: IRIs as functions of content, one entity per
 * thing within an article, facts stored once, sentences found by offset.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "cnkg_graph.h"
#include "fixture.h"

/* --- IRIs ------------------------------------------------------------------ */

static char *entity_iri(cnkg_class cls, const char *label, const char *code)
{
    cnkg_entity e = {.cls = cls, .label = (char *)label, .code = (char *)code};
    return cnkg_iri_entity(fixture_names(), &e);
}

static void test_iri_from_class_and_label(void **state)
{
    (void)state;
    char *iri = entity_iri(CNKG_COMPANY, "比亚迪", NULL);
    assert_string_equal(iri, CNKG_ID_NS "company/比亚迪");
    free(iri);
    iri = entity_iri(CNKG_INDUSTRIAL_PARK, "璧山高新区", NULL);
    assert_string_equal(iri, CNKG_ID_NS "park/璧山高新区");
    free(iri);
}

static void test_iri_of_a_division_is_its_code(void **state)
{
    (void)state;
    char *iri = entity_iri(CNKG_ADMINISTRATIVE_DIVISION, "璧山区", "500120");
    assert_string_equal(iri, CNKG_ID_NS "division/500120");
    free(iri);
    /* A code only names a division: a company's code is not its IRI. */
    iri = entity_iri(CNKG_COMPANY, "长安汽车", "000625");
    assert_string_equal(iri, CNKG_ID_NS "company/长安汽车");
    free(iri);
}

static void test_iri_of_a_known_concept_is_kept(void **state)
{
    (void)state;
    cnkg_entity e = {
        .cls = CNKG_INDUSTRY, .label = "动力电池", .iri = CNKG_ID_NS "industry/动力电池"};
    char *iri = cnkg_iri_entity(fixture_names(), &e);
    assert_string_equal(iri, CNKG_ID_NS "industry/动力电池");
    free(iri);
}

/* No label may break out of <...>: ASCII outside the unreserved set, the
 * ideographic space and invalid bytes are percent-encoded. */
static void test_iri_encodes_what_an_iri_forbids(void **state)
{
    (void)state;
    cnkg_buf b = {0};
    cnkg_iri_append_label(&b, "A B<C>\"{|}^`\\");
    assert_string_equal(b.data, "A%20B%3CC%3E%22%7B%7C%7D%5E%60%5C");
    cnkg_buf_clear(&b);
    cnkg_iri_append_label(&b, "重庆\xE3\x80\x80两江");
    assert_string_equal(b.data, "重庆%E3%80%80两江");
    cnkg_buf_clear(&b);
    cnkg_iri_append_label(&b, "x\xFFy");
    assert_string_equal(b.data, "x%FFy");
    cnkg_buf_clear(&b);
    cnkg_iri_append_label(&b, "Micro-LED_2.0~");
    assert_string_equal(b.data, "Micro-LED_2.0~");
    cnkg_buf_free(&b);
}

static void test_article_iri_is_a_hash_of_the_text(void **state)
{
    (void)state;
    cnkg_article *a = cnkg_article_new(fixture_names(), "璧山区新签约一批项目。");
    cnkg_article *same = cnkg_article_new(fixture_names(), "璧山区新签约一批项目。");
    cnkg_article *other = cnkg_article_new(fixture_names(), "江津区新签约一批项目。");
    char *ia = cnkg_iri_article(a), *is = cnkg_iri_article(same), *io = cnkg_iri_article(other);
    assert_string_equal(ia, is);
    assert_string_not_equal(ia, io);
    assert_int_equal(strncmp(ia, CNKG_ID_NS "article/", strlen(CNKG_ID_NS "article/")), 0);
    free(ia);
    free(is);
    free(io);
    cnkg_article_free(a);
    cnkg_article_free(same);
    cnkg_article_free(other);
}

/* --- entities ---------------------------------------------------------------- */

static void test_one_entity_per_class_and_label(void **state)
{
    (void)state;
    cnkg_article *a = cnkg_article_new(fixture_names(), "");
    size_t co = cnkg_article_entity(a, CNKG_COMPANY, "长安汽车");
    assert_int_equal(cnkg_article_entity(a, CNKG_COMPANY, "长安汽车"), co);
    size_t other = cnkg_article_entity(a, CNKG_PRODUCT, "长安汽车");
    assert_int_not_equal(other, co);
    assert_int_equal(a->n_entities, 2);
    assert_int_equal(cnkg_article_find_entity(a, CNKG_COMPANY, "长安汽车"), co);
    assert_int_equal(cnkg_article_find_entity(a, CNKG_COMPANY, "长安"), (size_t)-1);
    cnkg_article_free(a);
}

/* Two known divisions of one name (朝阳区 of Beijing and of Changchun) are
 * two entities; the same IRI twice is one. */
static void test_known_entities_are_one_per_iri(void **state)
{
    (void)state;
    cnkg_article *a = cnkg_article_new(fixture_names(), "");
    size_t bj = cnkg_article_entity_known(a, CNKG_ADMINISTRATIVE_DIVISION, "朝阳区",
                                          CNKG_ID_NS "division/110105");
    size_t cc = cnkg_article_entity_known(a, CNKG_ADMINISTRATIVE_DIVISION, "朝阳区",
                                          CNKG_ID_NS "division/220104");
    assert_int_not_equal(bj, cc);
    assert_int_equal(cnkg_article_entity_known(a, CNKG_ADMINISTRATIVE_DIVISION, "朝阳区",
                                               CNKG_ID_NS "division/110105"),
                     bj);
    cnkg_article_free(a);
}

static void test_set_label_keeps_the_old_form_as_alias(void **state)
{
    (void)state;
    cnkg_article *a = cnkg_article_new(fixture_names(), "");
    size_t i = cnkg_article_entity(a, CNKG_COMPANY, "长安"); /* may move a->entities */
    cnkg_entity *e = &a->entities[i];
    cnkg_entity_add_alias(e, "长安汽车");
    cnkg_entity_add_alias(e, "长安"); /* the label itself is no alias */
    assert_int_equal(e->n_aliases, 1);
    cnkg_entity_set_label(e, "长安汽车");
    assert_string_equal(e->label, "长安汽车");
    assert_int_equal(e->n_aliases, 1);
    assert_string_equal(e->aliases[0], "长安");
    cnkg_article_free(a);
}

/* --- facts and sentences -------------------------------------------------------- */

static void test_facts_are_stored_once(void **state)
{
    (void)state;
    cnkg_article *a = cnkg_article_new(fixture_names(), "");
    size_t co = cnkg_article_entity(a, CNKG_COMPANY, "江西光速电子");
    size_t park = cnkg_article_entity(a, CNKG_INDUSTRIAL_PARK, "荣昌高新区");
    size_t partner = cnkg_article_entity(a, CNKG_ORGANIZATION, "西部先进材料研究院");
    assert_int_equal(cnkg_article_add_fact(a, co, CNKG_LOCATED_IN, park, 0), 1);
    assert_int_equal(cnkg_article_add_fact(a, co, CNKG_LOCATED_IN, park, 3), 0);
    assert_true(cnkg_article_has_fact(a, co, CNKG_LOCATED_IN, park));
    assert_false(cnkg_article_has_fact(a, park, CNKG_LOCATED_IN, co));
    /* A symmetric relation is one fact whichever way it is stated. */
    assert_int_equal(cnkg_article_add_fact(a, partner, CNKG_COLLABORATES_WITH, co, 1), 1);
    assert_int_equal(cnkg_article_add_fact(a, co, CNKG_COLLABORATES_WITH, partner, 1), 0);
    assert_true(cnkg_article_has_fact(a, co, CNKG_COLLABORATES_WITH, partner));
    assert_int_equal(a->n_facts, 2);
    assert_true(a->facts[1].subject < a->facts[1].object);
    cnkg_article_free(a);
}

/* The entity filter drops an endpoint: its mentions and facts go, and the
 * entities after it move down, their mentions and facts with them. */
static void test_dropped_entities_take_their_facts(void **state)
{
    (void)state;
    cnkg_article *a = cnkg_article_new(fixture_names(), "江西光速电子落户荣昌高新区。");
    cnkg_article_add_sentence(a, 0, 14);
    size_t co = cnkg_article_entity(a, CNKG_COMPANY, "江西光速电子");
    size_t park = cnkg_article_entity(a, CNKG_INDUSTRIAL_PARK, "荣昌高新区");
    size_t partner = cnkg_article_entity(a, CNKG_ORGANIZATION, "西部先进材料研究院");
    size_t town = cnkg_article_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "荣昌区");
    cnkg_article_add_mention(a, co, 0, 6);
    cnkg_article_add_mention(a, park, 8, 13);
    cnkg_article_add_fact(a, co, CNKG_LOCATED_IN, park, 0);
    cnkg_article_add_fact(a, partner, CNKG_LOCATED_IN, town, 0);
    cnkg_article_add_fact(a, park, CNKG_LOCATED_IN, town, 0);
    cnkg_article_add_fact(a, co, CNKG_COLLABORATES_WITH, partner, 0);
    unsigned char drop[4] = {0};
    drop[park] = 1;
    cnkg_article_drop_entities(a, drop);
    assert_int_equal(a->n_entities, 3);
    assert_string_equal(a->entities[1].label, "西部先进材料研究院");
    assert_string_equal(a->entities[2].label, "荣昌区");
    assert_int_equal(a->n_mentions, 1);
    assert_int_equal(a->mentions[0].entity, 0);
    assert_int_equal(a->n_facts, 2);
    assert_true(cnkg_article_has_fact(a, 1, CNKG_LOCATED_IN, 2));
    assert_true(cnkg_article_has_fact(a, 0, CNKG_COLLABORATES_WITH, 1));
    assert_int_equal(cnkg_article_find_entity(a, CNKG_INDUSTRIAL_PARK, "荣昌高新区"), (size_t)-1);
    cnkg_article_free(a);
}

static void test_sentence_at_an_offset(void **state)
{
    (void)state;
    cnkg_article *a = cnkg_article_new(fixture_names(), "甲。乙丙。丁");
    cnkg_article_add_sentence(a, 0, 2);
    cnkg_article_add_sentence(a, 2, 5);
    cnkg_article_add_sentence(a, 5, 6);
    assert_int_equal(cnkg_article_sentence_at(a, 0), 0);
    assert_int_equal(cnkg_article_sentence_at(a, 1), 0);
    assert_int_equal(cnkg_article_sentence_at(a, 2), 1);
    assert_int_equal(cnkg_article_sentence_at(a, 4), 1);
    assert_int_equal(cnkg_article_sentence_at(a, 5), 2);
    size_t co = cnkg_article_entity(a, CNKG_PERSON, "乙丙");
    cnkg_article_add_mention(a, co, 2, 4);
    assert_int_equal(a->mentions[0].sentence, 1);
    cnkg_article_free(a);
}

/* Mentions come in any order (a byline's is added last); the earliest
 * sentence is the one a fact about the entity cites. */
static void test_first_sentence_of_an_entity(void **state)
{
    (void)state;
    cnkg_article *a = cnkg_article_new(fixture_names(), "甲。乙丙。乙丙");
    cnkg_article_add_sentence(a, 0, 2);
    cnkg_article_add_sentence(a, 2, 5);
    cnkg_article_add_sentence(a, 5, 7);
    size_t named = cnkg_article_entity(a, CNKG_PERSON, "乙丙");
    size_t unnamed = cnkg_article_entity(a, CNKG_PERSON, "丁");
    cnkg_article_add_mention(a, named, 5, 7);
    cnkg_article_add_mention(a, named, 2, 4);
    assert_int_equal(cnkg_article_first_sentence(a, named), 1);
    assert_int_equal(cnkg_article_first_sentence(a, unnamed), (size_t)-1);
    cnkg_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_iri_from_class_and_label),
        cmocka_unit_test(test_iri_of_a_division_is_its_code),
        cmocka_unit_test(test_iri_of_a_known_concept_is_kept),
        cmocka_unit_test(test_iri_encodes_what_an_iri_forbids),
        cmocka_unit_test(test_article_iri_is_a_hash_of_the_text),
        cmocka_unit_test(test_one_entity_per_class_and_label),
        cmocka_unit_test(test_known_entities_are_one_per_iri),
        cmocka_unit_test(test_set_label_keeps_the_old_form_as_alias),
        cmocka_unit_test(test_facts_are_stored_once),
        cmocka_unit_test(test_dropped_entities_take_their_facts),
        cmocka_unit_test(test_sentence_at_an_offset),
        cmocka_unit_test(test_first_sentence_of_an_entity),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
