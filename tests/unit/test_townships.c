/* test_townships.c - township lookup by county and name, against the real
 * table in ontology/lexicon/ and against small tables written per case. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cnkg_ontology.h"
#include "fixture.h"

/* --- helpers ------------------------------------------------------------ */

static const cnkg_township *find(const cnkg_ontology *onto, const char *county, const char *name)
{
    return cnkg_ontology_township(onto, county, name, strlen(name));
}

static const char *code_of(const cnkg_ontology *onto, const char *county, const char *name)
{
    const cnkg_township *t = find(onto, county, name);
    return t ? t->code : NULL;
}

/* A directory holding the contract's names and lexicon/townships.tsv with
 * this text, or with no table at all when text is NULL. */
static char *make_dir(const char *text)
{
    char *dir = fixture_schema_dir_new("town");
    char path[512];
    snprintf(path, sizeof path, "%s/lexicon", dir);
    assert_int_equal(mkdir(path, 0700), 0);
    if (text)
        fixture_file_write(dir, "lexicon/townships.tsv", text);
    return dir;
}

/* --- the real table ----------------------------------------------------- */

/* 邻水县高滩镇 and its short form 高滩; 紫阳县 has a 高滩镇 too. */
static void test_gaotan(void **state)
{
    const cnkg_ontology *onto = *state;
    const cnkg_township *t = find(onto, "511623", "高滩镇");
    assert_non_null(t);
    assert_string_equal(t->code, "511623109");
    assert_string_equal(t->parent, "511623");
    assert_string_equal(t->name, "高滩镇");
    assert_ptr_equal(find(onto, "511623", "高滩"), t);
    assert_string_equal(code_of(onto, "610924", "高滩镇"), "610924111");
    assert_string_equal(code_of(onto, "610924", "高滩"), "610924111");
}

/* 城关镇 names towns under 88 counties: each county finds its own. */
static void test_same_name_elsewhere(void **state)
{
    const cnkg_ontology *onto = *state;
    const char *wuqing = code_of(onto, "120114", "城关镇");
    const char *horinger = code_of(onto, "150123", "城关镇");
    assert_non_null(wuqing);
    assert_non_null(horinger);
    assert_string_equal(wuqing, "120114110");
    assert_string_equal(horinger, "150123100");
    assert_string_equal(code_of(onto, "500113", "麻柳嘴镇"), "500113111");
}

static void test_unknown(void **state)
{
    const cnkg_ontology *onto = *state;
    assert_null(find(onto, "511623", "不存在镇"));
    assert_null(find(onto, "500113", "高滩镇")); /* a county without one */
    assert_null(find(onto, "999999", "高滩镇"));
    assert_null(find(onto, "5116", "高滩镇")); /* a city code is no county */
    assert_null(find(onto, "511623", ""));
    assert_null(cnkg_ontology_township(onto, NULL, "高滩镇", strlen("高滩镇")));
    assert_null(cnkg_ontology_township(onto, "511623", "高滩镇", 3)); /* only 高 */
}

/* The name is a byte range, not a string: the extractor passes spans. */
static void test_span(void **state)
{
    const cnkg_ontology *onto = *state;
    const char *text = "高滩镇以东";
    assert_string_equal(cnkg_ontology_township(onto, "511623", text, strlen("高滩镇"))->code,
                        "511623109");
    assert_string_equal(cnkg_ontology_township(onto, "511623", text, strlen("高滩"))->code,
                        "511623109");
}

/* 封丘县 has both 城关镇 and 城关乡: full names resolve, 城关 is nobody's. */
static void test_shared_short_form(void **state)
{
    const cnkg_ontology *onto = *state;
    assert_string_equal(code_of(onto, "410727", "城关镇"), "410727100");
    assert_string_equal(code_of(onto, "410727", "城关乡"), "410727200");
    assert_null(find(onto, "410727", "城关"));
}

/* Subdistricts keep their full name only; ethnic townships drop the people
 * from their short form. */
static void test_short_forms(void **state)
{
    const cnkg_ontology *onto = *state;
    assert_string_equal(code_of(onto, "110101", "东华门街道"), "110101001");
    assert_null(find(onto, "110101", "东华门"));
    assert_string_equal(code_of(onto, "110112", "于家务回族乡"), "110112209");
    assert_string_equal(code_of(onto, "110112", "于家务"), "110112209");
    assert_null(find(onto, "110112", "于家务回族"));
}

static void test_count(void **state)
{
    const cnkg_ontology *onto = *state;
    assert_true(cnkg_ontology_township_count(onto) > 30000);
    assert_true(cnkg_ontology_township_count(onto) < 50000);
}

/* --- small tables ------------------------------------------------------- */

/* A full name outranks another township's short form; two short forms
 * cancel; comments, blank lines, CRLF and a missing last column pass. */
static void test_small_table(void **state)
{
    (void)state;
    char *dir = make_dir("# a comment\n"
                         "\n"
                         "100001001\t100001\t甲乙镇\t甲乙\r\n"
                         "100001002\t100001\t甲乙\t\n"
                         "100001003\t100001\t丙丁镇\t丙丁\n"
                         "100001004\t100001\t丙丁乡\t丙丁\n"
                         "100002001\t100002\t丙丁镇\n");
    cnkg_ontology *onto;
    cnkg_error err = {{0}};
    assert_int_equal(cnkg_ontology_load(&onto, dir, &err), 0);
    assert_int_equal(cnkg_ontology_township_count(onto), 5);
    assert_int_equal(cnkg_ontology_term_count(onto), 0); /* not Turtle */
    assert_string_equal(code_of(onto, "100001", "甲乙"), "100001002");
    assert_string_equal(code_of(onto, "100001", "甲乙镇"), "100001001");
    assert_null(find(onto, "100001", "丙丁"));
    assert_string_equal(code_of(onto, "100001", "丙丁乡"), "100001004");
    assert_string_equal(code_of(onto, "100002", "丙丁镇"), "100002001");
    assert_null(find(onto, "100002", "丙丁"));
    cnkg_ontology_free(onto);
    fixture_dir_remove(dir);
}

static void test_malformed(void **state)
{
    (void)state;
    char *dir = make_dir("# header\n"
                         "100001001\t100001\t甲乙镇\t甲乙\n"
                         "100001002\t甲乙\n");
    cnkg_ontology *onto = (cnkg_ontology *)1;
    cnkg_error err = {{0}};
    assert_int_equal(cnkg_ontology_load(&onto, dir, &err), -1);
    assert_null(onto);
    assert_non_null(strstr(err.message, "townships.tsv:3:"));
    fixture_dir_remove(dir);

    dir = make_dir("1000x1001\t100001\t甲乙镇\t甲乙\n");
    assert_int_equal(cnkg_ontology_load(&onto, dir, &err), -1);
    assert_non_null(strstr(err.message, "townships.tsv:1:"));
    fixture_dir_remove(dir);

    dir = make_dir("100001001\t100001\t甲乙镇\t甲乙\textra\n");
    assert_int_equal(cnkg_ontology_load(&onto, dir, &err), -1);
    assert_non_null(strstr(err.message, "townships.tsv:1:"));
    fixture_dir_remove(dir);
}

static void test_no_table(void **state)
{
    (void)state;
    char *dir = make_dir(NULL);
    cnkg_ontology *onto;
    cnkg_error err = {{0}};
    assert_int_equal(cnkg_ontology_load(&onto, dir, &err), 0);
    assert_int_equal(cnkg_ontology_township_count(onto), 0);
    assert_null(find(onto, "511623", "高滩镇"));
    cnkg_ontology_free(onto);
    fixture_dir_remove(dir);
}

/* Start-up stays fast: the table alone, without any Turtle, loads well
 * under 100 ms (the bound leaves room for sanitizer builds). */
/* Loads the whole table from the ontology directory's own copy; the time
 * is printed for the record, never asserted (speed belongs in bench/). */
static void test_load_from_dir(void **state)
{
    (void)state;
    char *dir = make_dir(NULL);
    char link[256];
    snprintf(link, sizeof link, "%s/lexicon/townships.tsv", dir);
    assert_int_equal(symlink(CNKG_SOURCE_DIR "/ontology/lexicon/townships.tsv", link), 0);
    cnkg_ontology *onto;
    cnkg_error err = {{0}};
    double best = 1e9;
    for (int i = 0; i < 5; i++) {
        double t0 = fixture_now();
        assert_int_equal(cnkg_ontology_load(&onto, dir, &err), 0);
        double dt = fixture_now() - t0;
        best = dt < best ? dt : best;
        assert_true(cnkg_ontology_township_count(onto) > 30000);
        cnkg_ontology_free(onto);
    }
    printf("# townships: table loaded in %.1f ms (best of 5)\n", best * 1e3);
    fixture_dir_remove(dir);
}

int main(void)
{
    cnkg_ontology *onto;
    cnkg_error err = {{0}};
    if (cnkg_ontology_load(&onto, CNKG_SOURCE_DIR "/ontology", &err) != 0) {
        fprintf(stderr, "cannot load the ontology: %s\n", err.message);
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_prestate(test_gaotan, onto),
        cmocka_unit_test_prestate(test_same_name_elsewhere, onto),
        cmocka_unit_test_prestate(test_unknown, onto),
        cmocka_unit_test_prestate(test_span, onto),
        cmocka_unit_test_prestate(test_shared_short_form, onto),
        cmocka_unit_test_prestate(test_short_forms, onto),
        cmocka_unit_test_prestate(test_count, onto),
        cmocka_unit_test(test_small_table),
        cmocka_unit_test(test_malformed),
        cmocka_unit_test(test_no_table),
        cmocka_unit_test(test_load_from_dir),
    };
    int failed = cmocka_run_group_tests_name("townships", tests, NULL, NULL);
    cnkg_ontology_free(onto);
    return failed;
}
