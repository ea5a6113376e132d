/* test_common.c - the string buffer, the hashes and the JSON reader
 * everything else builds on: growth at every boundary, numbers without
 * printf, hash values that IRIs depend on and so must never change, and
 * JSON refused at its first fault. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "cnkg_common.h"
#include "cnkg_json.h"

/* Formatted output of every length from 0 to 300 bytes, appended to a
 * buffer already holding 0 to 70 bytes: the first try fits, or falls one
 * byte short, or far short, and the text is whole each time. */
static void test_buf_printf_grows(void **state)
{
    char expect[512];
    char fill[301];
    memset(fill, 'x', 300);
    fill[300] = '\0';
    for (int prefix = 0; prefix <= 70; prefix += 7) {
        for (int len = 0; len <= 300; len++) {
            cnkg_buf b = {0};
            cnkg_buf_append(&b, fill, (size_t)prefix);
            cnkg_buf_printf(&b, "%.*s|%d", len, fill, len);
            snprintf(expect, sizeof expect, "%.*s%.*s|%d", prefix, fill, len, fill, len);
            assert_string_equal(b.data, expect);
            assert_int_equal(b.len, strlen(expect));
            cnkg_buf_free(&b);
        }
    }
    (void)state;
}

/* A key set cleared after many keys and then few gives its room back,
 * and forgets every key either way. */
static void test_keyset_clear_shrinks_and_forgets(void **state)
{
    (void)state;
    cnkg_keyset s = {0};
    int added;
    for (uint64_t round = 0; round < 3; round++) {
        size_t n = round == 0 ? 20000 : 10;
        for (uint64_t k = 1; k <= n; k++) {
            cnkg_keyset_insert(&s, (cnkg_key){k, round}, k, &added);
            assert_true(added);
        }
        cnkg_keyset_insert(&s, (cnkg_key){1, round}, 0, &added);
        assert_false(added);
        assert_int_equal(s.len, n);
        cnkg_keyset_clear(&s);
        assert_int_equal(s.len, 0);
        cnkg_keyset_insert(&s, (cnkg_key){2, round}, 0, &added);
        assert_true(added); /* forgotten */
        cnkg_keyset_clear(&s);
    }
    assert_true(s.cap <= 256);
    cnkg_keyset_free(&s);
}

/* find answers what insert stored, NULL for a key never added, an empty
 * set included, and adds nothing. */
static void test_keyset_find(void **state)
{
    (void)state;
    cnkg_keyset s = {0};
    assert_null(cnkg_keyset_find(&s, cnkg_key_of("a", 1)));
    int added;
    for (size_t k = 0; k < 500; k++)
        cnkg_keyset_insert(&s, cnkg_key_of(&k, sizeof k), k * 3, &added);
    for (size_t k = 0; k < 500; k++) {
        const size_t *v = cnkg_keyset_find(&s, cnkg_key_of(&k, sizeof k));
        assert_non_null(v);
        assert_int_equal(*v, k * 3);
    }
    size_t absent = 500;
    assert_null(cnkg_keyset_find(&s, cnkg_key_of(&absent, sizeof absent)));
    assert_int_equal(s.len, 500);
    cnkg_keyset_free(&s);
}

static void test_buf_putc_and_sizes(void **state)
{
    cnkg_buf b = {0};
    for (int i = 0; i < 1000; i++)
        cnkg_buf_putc(&b, (char)('a' + i % 26));
    assert_int_equal(b.len, 1000);
    assert_int_equal(b.data[1000], '\0');
    assert_int_equal(b.data[999], 'a' + 999 % 26);
    cnkg_buf_clear(&b);
    const size_t values[] = {0, 7, 10, 675, 4294967296u, SIZE_MAX};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        char expect[32];
        snprintf(expect, sizeof expect, "%zu", values[i]);
        cnkg_buf_clear(&b);
        cnkg_buf_put_size(&b, values[i]);
        assert_string_equal(b.data, expect);
    }
    cnkg_buf_free(&b);
    (void)state;
}

/* IRIs are minted from these digits; a different value would split every
 * graph built before from every graph built after. */
/* The one join of a directory and a name: query's store, its Virtuoso
 * and its streamed load build every path with it. */
static void test_path_join(void **state)
{
    (void)state;
    char *p = cnkg_path_join("/tmp/store", "virtuoso");
    assert_string_equal(p, "/tmp/store/virtuoso");
    free(p);
    p = cnkg_path_join("rel", "db/virtuoso.lck");
    assert_string_equal(p, "rel/db/virtuoso.lck");
    free(p);
}

/* The hash fed in parts is the hash of the parts joined: the pair
 * classifier hashes a feature's key and its characters without joining
 * them first, and a model trained on either must read the same. */
static void test_hash64_in_parts(void **state)
{
    const char *whole = "ot=区 and 重庆市璧山区";
    size_t len = strlen(whole);
    for (size_t cut = 0; cut <= len; cut++) {
        uint64_t h = cnkg_hash64_begin(7);
        h = cnkg_hash64_add(h, whole, cut);
        h = cnkg_hash64_add(h, whole + cut, len - cut);
        assert_true(cnkg_hash64_end(h) == cnkg_hash64(whole, len, 7));
    }
    assert_true(cnkg_hash64("a", 1, 0) != cnkg_hash64("a", 1, 7));
}

static void test_hash_hex128_is_stable(void **state)
{
    const char *texts[] = {"", "重庆市璧山区", "https://example.com/a?b=1"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        char hex[33], expect[33];
        size_t len = strlen(texts[i]);
        cnkg_hash_hex128(texts[i], len, hex);
        snprintf(expect, sizeof expect, "%016llx%016llx",
                 (unsigned long long)cnkg_hash64(texts[i], len, 0),
                 (unsigned long long)cnkg_hash64(texts[i], len, 0x9e3779b97f4a7c15ULL));
        assert_string_equal(hex, expect);
    }
    /* Pinned: the value every cnkg since the first has given. */
    char hex[33];
    cnkg_hash_hex128(texts[1], strlen(texts[1]), hex);
    assert_string_equal(hex, "661424b87c4c7f894bb708fb3d853743");
    (void)state;
}

/* The inline decoder agrees with the full one on every lead byte and
 * every pair of following bytes, truncations included. */
static void test_utf8_decode_fast_path_agrees(void **state)
{
    for (int lead = 0; lead < 256; lead++) {
        for (int b1 = 0; b1 < 256; b1++) {
            for (int b2 = 0; b2 < 256; b2 += lead >= 0xE0 && lead <= 0xEF ? 1 : 17) {
                const char s[4] = {(char)lead, (char)b1, (char)b2, (char)0x80};
                for (size_t len = 0; len <= 4; len++) {
                    uint32_t fast = 0, full = 0;
                    size_t a = cnkg_utf8_decode(s, len, &fast);
                    size_t b = cnkg_utf8_decode_any(s, len, &full);
                    assert_int_equal(a, b);
                    if (a)
                        assert_int_equal(fast, full);
                }
            }
        }
    }
    (void)state;
}

/* Each kind of data: the variable wins, else the source tree's copy. */
static void test_data_path(void **state)
{
    (void)state;
    static const struct {
        cnkg_data what;
        const char *env, *source;
    } cases[] = {
        {CNKG_DATA_ONTOLOGY, "CNKG_ONTOLOGY", CNKG_SOURCE_DIR "/ontology"},
        {CNKG_DATA_MODEL, "CNKG_MODEL", CNKG_SOURCE_DIR "/models/cluener.model"},
        {CNKG_DATA_QUERIES, "CNKG_QUERIES", CNKG_SOURCE_DIR "/queries"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        setenv(cases[i].env, "/somewhere/else", 1);
        assert_string_equal(cnkg_data_path(cases[i].what), "/somewhere/else");
        unsetenv(cases[i].env);
        assert_string_equal(cnkg_data_path(cases[i].what), cases[i].source);
    }
}

/* common's JSON reader, which input/, query/ and labeller/ share: the
 * tree of a nested document, and the first fault with its byte offset. */
static void test_json_tree(void **state)
{
    (void)state;
    const char *doc = " {\"a\": [1, -2.5e3, true, null], \"b\": {\"c\": \"\\u534e\\ud83d\\ude00\"},"
                      " \"d\": false} ";
    cnkg_json v;
    cnkg_error err = {{0}};
    size_t where = 0;
    assert_int_equal(cnkg_json_parse(doc, strlen(doc), &v, &where, &err), 0);
    assert_int_equal(v.kind, CNKG_JSON_OBJECT);
    assert_int_equal(v.n, 3);
    const cnkg_json *a = cnkg_json_get(&v, "a");
    assert_non_null(a);
    assert_int_equal(a->kind, CNKG_JSON_ARRAY);
    assert_int_equal(a->n, 4);
    assert_string_equal(cnkg_json_text(&a->items[1]), "-2.5e3");
    assert_int_equal(a->items[2].kind, CNKG_JSON_TRUE);
    assert_int_equal(a->items[3].kind, CNKG_JSON_NULL);
    assert_string_equal(cnkg_json_text(cnkg_json_get(cnkg_json_get(&v, "b"), "c")), "华😀");
    assert_int_equal(cnkg_json_get(&v, "d")->kind, CNKG_JSON_FALSE);
    assert_null(cnkg_json_get(&v, "e"));
    assert_null(cnkg_json_get(a, "a")); /* not an object */
    assert_null(cnkg_json_text(a));
    cnkg_json_free(&v);
    assert_int_equal(v.n, 0);
}

static void test_json_faults(void **state)
{
    (void)state;
    static const struct {
        const char *doc;
        size_t where;
        const char *what;
    } bad[] = {
        {"{\"a\": 1, \"a\": 2}", 9, "duplicate member name"},
        {"[1, 2", 5, "',' or ']' expected"},
        {"[01]", 2, "',' or ']' expected"},
        {"\"\\u0000\"", 1, "\\u0000 is not allowed"},
        {"\"\\udc00\"", 1, "lone low surrogate in \\u escape"},
        {"\"a\nb\"", 2, "control character in string"},
        {"\"\xff\"", 1, "invalid UTF-8 in string"},
        {"{} x", 3, "unexpected text after the value"},
        {"", 0, "value expected"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        cnkg_json v;
        cnkg_error err = {{0}};
        size_t where = 99;
        assert_int_equal(cnkg_json_parse(bad[i].doc, strlen(bad[i].doc), &v, &where, &err), -1);
        if (where != bad[i].where || strcmp(err.message, bad[i].what) != 0)
            fail_msg("%s: %zu %s", bad[i].doc, where, err.message);
        assert_int_equal(v.n, 0);
    }
    /* A line of brackets is refused, not followed down the stack. */
    char deep[600];
    memset(deep, '[', sizeof deep);
    cnkg_json v;
    cnkg_error err = {{0}};
    size_t where;
    assert_int_equal(cnkg_json_parse(deep, sizeof deep, &v, &where, &err), -1);
    assert_string_equal(err.message, "nested too deeply");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_buf_printf_grows),
        cmocka_unit_test(test_buf_putc_and_sizes),
        cmocka_unit_test(test_keyset_clear_shrinks_and_forgets),
        cmocka_unit_test(test_keyset_find),
        cmocka_unit_test(test_path_join),
        cmocka_unit_test(test_hash64_in_parts),
        cmocka_unit_test(test_hash_hex128_is_stable),
        cmocka_unit_test(test_utf8_decode_fast_path_agrees),
        cmocka_unit_test(test_data_path),
        cmocka_unit_test(test_json_tree),
        cmocka_unit_test(test_json_faults),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
