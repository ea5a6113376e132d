/*
 * test_extractor_text.c - the extractor's text helpers that exist for
 * speed (extractor/text.c): each must answer exactly what the plain
 * definition it replaces answers.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "fixture.h"
#include "internal.h"

/* The plain definitions: a scan of the list, word by word. */
static size_t scan_match(const uint32_t *cps, size_t n, size_t pos, const word_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        if (text_has_at(cps, n, pos, l->words[i]))
            return cnkg_utf8_length(l->words[i]);
    return 0;
}

static int scan_holds(const word_list *l, const uint32_t *cps, size_t b, size_t e)
{
    for (size_t i = 0; i < l->n; i++)
        if (cnkg_utf8_length(l->words[i]) == e - b && text_has_at(cps, e, b, l->words[i]))
            return 1;
    return 0;
}

/* Words sharing a first code point, longest first; one past the BMP; and
 * U+5DE5 (工) and U+6DE5 (淥), whose code points agree modulo the filter
 * size, so a filter hit must still be checked. */
static const char *const words[] = {"工业园区", "工业园", "工业", "𠀀甲", "淥水", "园区", "区"};

static const char *const texts[] = {
    "南岸区工业园区里有一家工业企业，园区外是淥水和𠀀甲。",
    "工",
    "",
    "区区工业园",
};

static void check_list(const word_list *l)
{
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
        size_t n;
        uint32_t *cps = cnkg_utf8_to_cps(texts[k], strlen(texts[k]), &n);
        for (size_t limit = 0; limit <= n; limit++)
            for (size_t pos = 0; pos <= n + 1; pos++)
                assert_int_equal(text_match_list(cps, limit, pos, l),
                                 scan_match(cps, limit, pos, l));
        for (size_t b = 0; b <= n; b++)
            for (size_t e = b; e <= n; e++)
                assert_int_equal(text_list_holds(l, cps, b, e), scan_holds(l, cps, b, e));
        free(cps);
    }
}

static void test_indexed_list_answers_as_the_scan(void **state)
{
    (void)state;
    word_list l = {.words = words, .n = sizeof words / sizeof *words};
    check_list(&l); /* no index: the scan itself */
    word_list_index(&l);
    assert_non_null(l.first);
    check_list(&l);
    word_list_index_free(&l);
    assert_null(l.first);
}

static void test_list_with_empty_or_bad_word(void **state)
{
    (void)state;
    /* an empty word ends the scan of text_match_list but not of
     * text_list_holds; a word that is not UTF-8 never matches */
    const char *const odd[] = {"工业", "\xff\xfe", "", "园区"};
    word_list l = {.words = odd, .n = sizeof odd / sizeof *odd};
    word_list_index(&l);
    check_list(&l);
    word_list_index_free(&l);
}

/* OpenCC's t2s on one text, as text.c would convert it without the table. */
static char *opencc_t2s(opencc_t cc, const char *s)
{
    char *conv = opencc_convert_utf8(cc, s, strlen(s));
    assert_non_null(conv);
    char *out = strdup(conv);
    opencc_convert_utf8_free(conv);
    return out;
}

static void test_t2s_table_needs_the_data_it_was_made_from(void **state)
{
    (void)state;
    assert_null(text_t2s_changes("/nonexistent/opencc/"));
    assert_null(text_t2s_changes(""));
    assert_null(text_t2s_changes(NULL));
}

/* OpenCC's converter with the table of what it may change, made from the
 * data the set-up installs; skipped (so reported, and failing CI) when they
 * are elsewhere or differ from the table's. */
static t2s_converter t2s_open(void)
{
    uint8_t *changes = text_t2s_changes("/usr/share/opencc/");
    opencc_t cc = opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
    if (!changes || cc == (opencc_t)-1) {
        free(changes);
        if (cc != (opencc_t)-1)
            opencc_close(cc);
        skip();
    }
    return (t2s_converter){cc, changes};
}

static void t2s_close(t2s_converter *t2s)
{
    opencc_close(t2s->cc);
    free((void *)t2s->changes);
}

static void test_t2s_table_is_exact(void **state)
{
    (void)state;
    t2s_converter t2s = t2s_open();
    opencc_t cc = t2s.cc;
    uint32_t fa = 0x767C, fa_simple = 0x53D1; /* 發, 发 */
    assert_true(text_t2s_may_change(&t2s, &fa, 1));
    assert_false(text_t2s_may_change(&t2s, &fa_simple, 1));
    /* 乾 is left alone by the character table (its first value is itself)
     * but changed in phrases such as 乾燥: it must be listed */
    uint32_t qian = 0x4E7E;
    assert_true(text_t2s_may_change(&t2s, &qian, 1));
    /* every code point the table calls safe is left as it is by OpenCC */
    static const uint32_t ranges[][2] = {{0x20, 0x7E},       {0xA0, 0x2FF},     {0x2000, 0x206F},
                                         {0x3000, 0x303F},   {0x3400, 0x4DBF},  {0x4E00, 0x9FFF},
                                         {0xF900, 0xFAFF},   {0xFF00, 0xFFEF},  {0x20000, 0x2A6DF},
                                         {0x2A700, 0x2EBEF}, {0x2F800, 0x2FA1F}};
    size_t safe = 0;
    for (size_t r = 0; r < sizeof ranges / sizeof *ranges; r++)
        for (uint32_t cp = ranges[r][0]; cp <= ranges[r][1]; cp++) {
            if (text_t2s_may_change(&t2s, &cp, 1))
                continue;
            char one[5] = {0};
            cnkg_utf8_encode(cp, one);
            char *conv = opencc_t2s(cc, one);
            assert_string_equal(conv, one);
            free(conv);
            safe++;
        }
    assert_true(safe > 80000);
    /* and so are sentences without a listed code point */
    const char *const simple[] = {"干燥的天气里，后来的皇后在里面发表了讲话。",
                                  "南岸区工业园区里有一家工业企业。", "Micro LED 与 33618 计划"};
    for (size_t i = 0; i < sizeof simple / sizeof *simple; i++) {
        size_t n;
        uint32_t *cps = cnkg_utf8_to_cps(simple[i], strlen(simple[i]), &n);
        assert_false(text_t2s_may_change(&t2s, cps, n));
        char *conv = opencc_t2s(cc, simple[i]);
        assert_string_equal(conv, simple[i]);
        free(conv);
        free(cps);
    }
    /* a traditional text still goes through OpenCC */
    const char *trad = "比亞迪在璧山區建設動力電池基地。";
    text_view t;
    text_view_init(&t, trad, &t2s);
    char *got = cnkg_cps_to_utf8(t.cps, 0, t.n);
    assert_string_equal(got, "比亚迪在璧山区建设动力电池基地。");
    free(got);
    text_view_free(&t);
    t2s_close(&t2s);
}

/* Converting only the pieces between barriers that hold a changeable code
 * point gives what converting the whole text gives (the converter without
 * its table), here with phrases next to barriers and barriers of each kind. */
static void test_t2s_pieces_equal_the_whole(void **state)
{
    (void)state;
    t2s_converter pieces = t2s_open(), whole = {pieces.cc, NULL};
    opencc_t cc = pieces.cc;
    const char *const mixed[] = {
        "乾燥的天氣裡，後來的皇后在裡面發表了講話。\n乾隆年間，他說：覆蓋率達到九成！",
        "沈陽的公司（瀋陽分公司）與《乾坤》雜誌、【覆蓋】計劃; 什麼? 乾杯!乾淨.",
        "乾",
        "乾燥",
        "簡單，",
        "，乾淨",
        "南岸区的企业，覆盖全市。",
    };
    for (size_t i = 0; i < sizeof mixed / sizeof *mixed; i++) {
        text_view a, b;
        text_view_init(&a, mixed[i], &pieces);
        text_view_init(&b, mixed[i], &whole);
        assert_int_equal(a.n, b.n);
        assert_memory_equal(a.cps, b.cps, a.n * sizeof *a.cps);
        text_view_free(&a);
        text_view_free(&b);
    }
    /* a barrier alone is left as it is, and cuts no phrase: 乾燥 either side */
    for (size_t i = 0; i < t2s_n_barriers; i++) {
        char text[32] = "乾燥", one[5] = {0};
        cnkg_utf8_encode(t2s_barriers[i], one);
        strcat(text, one);
        strcat(text, "乾燥");
        char *conv = opencc_t2s(cc, text);
        char want[32] = "干燥";
        strcat(want, one);
        strcat(want, "干燥");
        assert_string_equal(conv, want);
        free(conv);
    }
    t2s_close(&pieces);
}

/* merge.c: a firm's bare two-character core (中铝|公司) is no short form of
 * every firm whose name begins with it; a short name that stands whole in
 * the fuller one (宏齐科技 in 台湾宏齐科技股份有限公司) is. */
static size_t entity_of(const cnkg_article *a, const char *label)
{
    return cnkg_article_find_entity(a, CNKG_COMPANY, label);
}

static void test_merge_two_character_core(void **state)
{
    (void)state;
    const cnkg_ontology *onto = fixture_ontology();
    lexicon lx;
    lexicon_init(&lx, onto);
    cnkg_article *a = cnkg_article_new(
        cnkg_ontology_names(onto),
        "中铝公司成立中铝稀土(江苏)有限公司。台湾宏齐科技股份有限公司即宏齐科技。");
    static const char *const names[] = {"中铝公司", "中铝稀土(江苏)有限公司",
                                        "台湾宏齐科技股份有限公司", "宏齐科技"};
    for (size_t i = 0; i < 4; i++)
        cnkg_article_add_mention(a, cnkg_article_entity(a, CNKG_COMPANY, names[i]), 2 * i,
                                 2 * i + 1);
    /* the division that heads the fuller name */
    cnkg_article_add_mention(a, cnkg_article_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "台湾"), 9,
                             10);
    gazetteer *gaz = gazetteer_build(onto);
    merge_entities(&lx, gaz, a);
    gazetteer_free(gaz);
    assert_int_not_equal(entity_of(a, "中铝公司"), (size_t)-1);
    assert_int_equal(entity_of(a, "宏齐科技"), (size_t)-1);
    cnkg_article_free(a);
    lexicon_free(&lx);
}

/* merge.c: a firm named by the head of its name and 公司 (康华公司) is the
 * one firm whose name opens with that head, after a division or not
 * (江苏康华精密仪器有限公司); not where two firms open with it (德利公司 beside
 * 德利纸业 and 德利物流), nor a subsidiary named by its place (蓝海公司 and
 * 蓝海能源(安徽)有限公司; 白鹭公司 and 白鹭德国公司, the country known to the
 * ontology though the story names it nowhere else). */
static void test_merge_headed_firm(void **state)
{
    (void)state;
    const cnkg_ontology *onto = fixture_ontology();
    lexicon lx;
    lexicon_init(&lx, onto);
    cnkg_article *a =
        cnkg_article_new(cnkg_ontology_names(onto),
                         "江苏康华精密仪器有限公司即康华公司。德利公司有德利纸业和德利物流。"
                         "蓝海公司设蓝海能源(安徽)有限公司。白鹭公司设白鹭德国公司。");
    static const char *const names[] = {
        "江苏康华精密仪器有限公司", "康华公司", "德利公司",    "德利纸业", "德利物流", "蓝海公司",
        "蓝海能源(安徽)有限公司",   "白鹭公司", "白鹭德国公司"};
    for (size_t i = 0; i < 9; i++)
        cnkg_article_add_mention(a, cnkg_article_entity(a, CNKG_COMPANY, names[i]), 2 * i,
                                 2 * i + 1);
    cnkg_article_add_mention(a, cnkg_article_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "江苏"), 20,
                             21);
    gazetteer *gaz = gazetteer_build(onto);
    merge_entities(&lx, gaz, a);
    gazetteer_free(gaz);
    assert_int_equal(entity_of(a, "康华公司"), (size_t)-1);
    assert_int_not_equal(entity_of(a, "江苏康华精密仪器有限公司"), (size_t)-1);
    assert_int_not_equal(entity_of(a, "德利公司"), (size_t)-1);
    assert_int_not_equal(entity_of(a, "蓝海公司"), (size_t)-1);
    assert_int_not_equal(entity_of(a, "白鹭公司"), (size_t)-1);
    cnkg_article_free(a);
    lexicon_free(&lx);
}

/* merge.c: a firm named by its head and 公司 is the one firm whose name
 * opens with that head even where that name is as long (青禾公司 and
 * 青禾集团), but not a shorter one (青禾公司 and 青禾云). */
static void test_merge_headed_firm_as_long(void **state)
{
    (void)state;
    const cnkg_ontology *onto = fixture_ontology();
    lexicon lx;
    lexicon_init(&lx, onto);
    cnkg_article *a =
        cnkg_article_new(cnkg_ontology_names(onto), "青禾公司即青禾集团。白桦公司不是白桦云。");
    static const char *const names[] = {"青禾公司", "青禾集团", "白桦公司", "白桦云"};
    for (size_t i = 0; i < 4; i++)
        cnkg_article_add_mention(a, cnkg_article_entity(a, CNKG_COMPANY, names[i]), 2 * i,
                                 2 * i + 1);
    gazetteer *gaz = gazetteer_build(onto);
    merge_entities(&lx, gaz, a);
    gazetteer_free(gaz);
    assert_int_equal(entity_of(a, "青禾公司"), (size_t)-1);
    assert_int_not_equal(entity_of(a, "青禾集团"), (size_t)-1);
    assert_int_not_equal(entity_of(a, "白桦公司"), (size_t)-1);
    assert_int_not_equal(entity_of(a, "白桦云"), (size_t)-1);
    cnkg_article_free(a);
    lexicon_free(&lx);
}

/* merge.c: a ministry's short name after the state word (国家|工信部) is
 * the known ministry, as its name without the state word is. */
static void test_merge_state_word_before_short_name(void **state)
{
    (void)state;
    const cnkg_ontology *onto = fixture_ontology();
    lexicon lx;
    lexicon_init(&lx, onto);
    cnkg_article *a = cnkg_article_new(cnkg_ontology_names(onto), "工业和信息化部即国家工信部。");
    size_t known = cnkg_article_entity(a, CNKG_GOVERNMENT_AGENCY, "工业和信息化部");
    for (size_t t = 0; t < cnkg_ontology_term_count(onto); t++)
        if (strcmp(cnkg_ontology_term(onto, t)->label, "工业和信息化部") == 0)
            entity_link_term(&a->entities[known], cnkg_ontology_term(onto, t));
    assert_non_null(a->entities[known].iri);
    cnkg_article_add_mention(a, known, 0, 7);
    cnkg_article_add_mention(a, cnkg_article_entity(a, CNKG_GOVERNMENT_AGENCY, "国家工信部"), 8,
                             13);
    gazetteer *gaz = gazetteer_build(onto);
    merge_entities(&lx, gaz, a);
    gazetteer_free(gaz);
    assert_int_equal(cnkg_article_find_entity(a, CNKG_GOVERNMENT_AGENCY, "国家工信部"), (size_t)-1);
    cnkg_article_free(a);
    lexicon_free(&lx);
}

/* lexicon.c: every list its table names is in the shipped ontology, so a
 * misspelt name cannot leave a rule without its words. */
static void test_lexicon_lists_are_in_the_ontology(void **state)
{
    (void)state;
    const cnkg_ontology *onto = fixture_ontology();
    lexicon lx;
    lexicon_init(&lx, onto);
    const char *missing = lexicon_missing_list(&lx);
    if (missing)
        fail_msg("kg:%s is not in the ontology", missing);
    lexicon_free(&lx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_indexed_list_answers_as_the_scan),
        cmocka_unit_test(test_list_with_empty_or_bad_word),
        cmocka_unit_test(test_t2s_table_needs_the_data_it_was_made_from),
        cmocka_unit_test(test_t2s_table_is_exact),
        cmocka_unit_test(test_t2s_pieces_equal_the_whole),
        cmocka_unit_test(test_merge_two_character_core),
        cmocka_unit_test(test_merge_headed_firm),
        cmocka_unit_test(test_merge_headed_firm_as_long),
        cmocka_unit_test(test_merge_state_word_before_short_name),
        cmocka_unit_test(test_lexicon_lists_are_in_the_ontology),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
