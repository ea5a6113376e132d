/* test_input.c - the input library: directory walk order, text decoding,
 * JSON lines and the messages a user sees when input is wrong. Fixtures are
 * written to a fresh temporary directory by each test. */
#define _XOPEN_SOURCE 700
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cnkg_input.h"
#include "fixture.h"

static void puts_file(fixture_tmp *f, const char *name, const char *text)
{
    fixture_tmp_put(f, name, text, strlen(text));
}

static void mkdir_in(fixture_tmp *f, const char *name)
{
    assert_int_equal(mkdir(fixture_tmp_at(f, name), 0755), 0);
}

static cnkg_input *open_one(const char *path, cnkg_input_format format)
{
    cnkg_input *in = NULL;
    cnkg_error err = {{0}};
    char *paths[] = {(char *)path};
    if (cnkg_input_open(&in, paths, 1, format, &err) < 0)
        fail_msg("open %s: %s", path, err.message);
    return in;
}

/* The one document of a text file. */
static char *read_text(fixture_tmp *f, const char *name)
{
    cnkg_input *in = open_one(fixture_tmp_at(f, name), CNKG_INPUT_TEXT);
    cnkg_document doc;
    cnkg_error err = {{0}};
    assert_int_equal(cnkg_input_next(in, &doc, &err), 1);
    assert_int_equal(doc.line, 0);
    assert_int_equal(strlen(doc.text), doc.length);
    char *text = cnkg_xstrdup(doc.text);
    assert_int_equal(cnkg_input_next(in, &doc, &err), 0);
    cnkg_input_close(in);
    return text;
}

/* The error the first cnkg_input_next of path gives. */
static void expect_next_error(const char *path, cnkg_input_format format, const char *needle)
{
    cnkg_input *in = open_one(path, format);
    cnkg_document doc;
    cnkg_error err = {{0}};
    int rc;
    while ((rc = cnkg_input_next(in, &doc, &err)) == 1)
        ;
    cnkg_input_close(in);
    assert_int_equal(rc, -1);
    if (!strstr(err.message, needle))
        fail_msg("message \"%s\" lacks \"%s\"", err.message, needle);
}

static void test_walk_is_sorted_by_full_path(void **state)
{
    fixture_tmp *f = *state;
    mkdir_in(f, "a");
    mkdir_in(f, "b");
    mkdir_in(f, ".git");
    puts_file(f, "b/1.txt", "b1");
    puts_file(f, "a/z.txt", "az");
    puts_file(f, "a.txt", "a");
    puts_file(f, "A.txt", "A");
    puts_file(f, "notes.md", "skipped: not .txt");
    puts_file(f, "c.jsonl", "{\"text\":\"skipped in text mode\"}\n");
    puts_file(f, ".hidden.txt", "skipped: hidden");
    puts_file(f, ".git/x.txt", "skipped: hidden directory");

    /* strcmp puts "a.txt" before "a/z.txt" ('.' < '/') and "A" first. */
    const char *want[] = {"A.txt", "a.txt", "a/z.txt", "b/1.txt"};
    const char *texts[] = {"A", "a", "az", "b1"};
    cnkg_input *in = open_one(f->dir, CNKG_INPUT_TEXT);
    assert_int_equal(cnkg_input_total_bytes(in), 1 + 1 + 2 + 2);
    cnkg_document doc;
    cnkg_error err = {{0}};
    for (size_t i = 0; i < 4; i++) {
        assert_int_equal(cnkg_input_next(in, &doc, &err), 1);
        assert_string_equal(doc.source, fixture_tmp_at(f, want[i]));
        assert_string_equal(doc.text, texts[i]);
    }
    assert_int_equal(cnkg_input_next(in, &doc, &err), 0);
    assert_int_equal(cnkg_input_bytes_read(in), cnkg_input_total_bytes(in));
    cnkg_input_close(in);
}

static void test_walk_in_jsonl_mode_takes_records_and_pages(void **state)
{
    fixture_tmp *f = *state;
    mkdir_in(f, "d");
    puts_file(f, "d/b.jsonl", "{\"text\":\"one\"}\n{\"text\":\"two\"}\n");
    puts_file(f, "d/a.txt", "page");
    puts_file(f, "d/c.json", "{\"text\":\"three\"}");
    puts_file(f, "d/e.csv", "text\nskipped\n");

    cnkg_input *in = open_one(fixture_tmp_at(f, "d"), CNKG_INPUT_JSONL);
    cnkg_document doc;
    cnkg_error err = {{0}};
    const char *texts[] = {"page", "one", "two", "three"};
    const size_t lines[] = {0, 1, 2, 1};
    for (size_t i = 0; i < 4; i++) {
        assert_int_equal(cnkg_input_next(in, &doc, &err), 1);
        assert_string_equal(doc.text, texts[i]);
        assert_int_equal(doc.line, lines[i]);
    }
    assert_int_equal(cnkg_input_next(in, &doc, &err), 0);
    cnkg_input_close(in);
}

static void test_walk_links(void **state)
{
    fixture_tmp *f = *state;
    mkdir_in(f, "w");
    mkdir_in(f, "w/real");
    puts_file(f, "w/real/page.txt", "once");
    /* a link back up would loop; a dangling link to a file cnkg ignores is
     * harmless */
    assert_int_equal(symlink("..", fixture_tmp_at(f, "w/real/loop")), 0);
    assert_int_equal(symlink("nowhere", fixture_tmp_at(f, "w/stale.md")), 0);
    cnkg_input *in = open_one(fixture_tmp_at(f, "w"), CNKG_INPUT_TEXT);
    cnkg_document doc;
    cnkg_error err = {{0}};
    assert_int_equal(cnkg_input_next(in, &doc, &err), 1);
    assert_string_equal(doc.text, "once");
    assert_int_equal(cnkg_input_next(in, &doc, &err), 0);
    cnkg_input_close(in);

    /* a dangling link that looks like a page is an error naming it */
    assert_int_equal(symlink("nowhere", fixture_tmp_at(f, "w/stale.txt")), 0);
    char *paths[] = {(char *)fixture_tmp_at(f, "w")};
    assert_int_equal(cnkg_input_open(&in, paths, 1, CNKG_INPUT_TEXT, &err), -1);
    assert_non_null(strstr(err.message, "stale.txt': No such file or directory"));
}

static void test_several_paths_keep_their_order(void **state)
{
    fixture_tmp *f = *state;
    puts_file(f, "z.txt", "zed");
    puts_file(f, "y.txt", "why");
    char z[512], y[512];
    strcpy(z, fixture_tmp_at(f, "z.txt"));
    strcpy(y, fixture_tmp_at(f, "y.txt"));
    char *paths[] = {z, y};
    cnkg_input *in = NULL;
    cnkg_error err = {{0}};
    assert_int_equal(cnkg_input_open(&in, paths, 2, CNKG_INPUT_TEXT, &err), 0);
    cnkg_document doc;
    assert_int_equal(cnkg_input_next(in, &doc, &err), 1);
    assert_string_equal(doc.text, "zed");
    assert_int_equal(cnkg_input_next(in, &doc, &err), 1);
    assert_string_equal(doc.text, "why");
    cnkg_input_close(in);
}

static void test_missing_path_is_named(void **state)
{
    fixture_tmp *f = *state;
    puts_file(f, "here.txt", "x");
    char here[512], gone[512];
    strcpy(here, fixture_tmp_at(f, "here.txt"));
    strcpy(gone, fixture_tmp_at(f, "gone.txt"));
    char *paths[] = {here, gone};
    cnkg_input *in = (cnkg_input *)&in; /* must be left alone on failure */
    cnkg_error err = {{0}};
    assert_int_equal(cnkg_input_open(&in, paths, 2, CNKG_INPUT_TEXT, &err), -1);
    assert_ptr_equal(in, (cnkg_input *)&in);
    char want[600];
    snprintf(want, sizeof want, "cannot open '%s': No such file or directory", gone);
    assert_string_equal(err.message, want);
}

static void test_empty_directory_is_an_error(void **state)
{
    fixture_tmp *f = *state;
    mkdir_in(f, "empty");
    puts_file(f, "empty/readme.md", "no text here");
    cnkg_input *in = NULL;
    cnkg_error err = {{0}};
    char *paths[] = {(char *)fixture_tmp_at(f, "empty")};
    assert_int_equal(cnkg_input_open(&in, paths, 1, CNKG_INPUT_TEXT, &err), -1);
    assert_non_null(strstr(err.message, "no input files"));
    assert_non_null(strstr(err.message, "empty"));
}

static void test_bom_and_line_ends_are_normalised(void **state)
{
    fixture_tmp *f = *state;
    static const char bytes[] = "\xEF\xBB\xBF"
                                "标题\r\n\r\n正文第一段\r正文第二段\n末行\r";
    fixture_tmp_put(f, "page.txt", bytes, sizeof bytes - 1);
    char *text = read_text(f, "page.txt");
    assert_string_equal(text, "标题\n\n正文第一段\n正文第二段\n末行\n");
    free(text);
}

static void test_empty_file_is_an_empty_document(void **state)
{
    fixture_tmp *f = *state;
    fixture_tmp_put(f, "empty.txt", "", 0);
    char *text = read_text(f, "empty.txt");
    assert_string_equal(text, "");
    free(text);
}

static void test_invalid_utf8_names_file_and_offset(void **state)
{
    fixture_tmp *f = *state;
    /* "重庆市" is 9 bytes of UTF-8, enough to call the file damaged UTF-8
     * rather than GBK; 0xD6D8 is "重" in GBK, not UTF-8. */
    static const char bytes[] = "重庆市\n\xD6\xD8";
    fixture_tmp_put(f, "gbk.txt", bytes, sizeof bytes - 1);
    char want[600];
    snprintf(want, sizeof want, "'%s' is not valid UTF-8: invalid byte 0xD6 at byte offset 10",
             fixture_tmp_at(f, "gbk.txt"));
    expect_next_error(f->path, CNKG_INPUT_TEXT, want);
}

/* As expect_next_error, reading text as UTF-8 only: in detection these
 * bytes would be tried as GB18030. */
static void expect_utf8_error(const char *path, const char *needle)
{
    cnkg_input *in = NULL;
    cnkg_error err = {{0}};
    char *paths[] = {(char *)path};
    cnkg_input_options opts = {.format = CNKG_INPUT_TEXT, .encoding = CNKG_ENCODING_UTF8};
    assert_int_equal(cnkg_input_open_with(&in, paths, 1, &opts, &err), 0);
    cnkg_document doc;
    int rc = cnkg_input_next(in, &doc, &err);
    cnkg_input_close(in);
    assert_int_equal(rc, -1);
    if (!strstr(err.message, needle))
        fail_msg("message \"%s\" lacks \"%s\"", err.message, needle);
}

static void test_utf8_validation_is_strict(void **state)
{
    fixture_tmp *f = *state;
    /* overlong '/', a UTF-16 surrogate, a truncated sequence at the end */
    fixture_tmp_put(f, "overlong.txt", "ab\xC0\xAF", 4);
    expect_utf8_error(fixture_tmp_at(f, "overlong.txt"), "at byte offset 2");
    fixture_tmp_put(f, "surrogate.txt", "\xED\xA0\x80", 3);
    expect_utf8_error(fixture_tmp_at(f, "surrogate.txt"), "at byte offset 0");
    fixture_tmp_put(f, "cut.txt", "中\xE6\x96", 5);
    expect_utf8_error(fixture_tmp_at(f, "cut.txt"), "at byte offset 3");
    fixture_tmp_put(f, "nul.txt", "a\0b", 3);
    expect_next_error(fixture_tmp_at(f, "nul.txt"), CNKG_INPUT_TEXT, "NUL byte at byte offset 1");
    /* the offset counts the byte order mark: it is an offset into the file */
    fixture_tmp_put(f, "bom.txt", "\xEF\xBB\xBF\xFF", 4);
    expect_next_error(fixture_tmp_at(f, "bom.txt"), CNKG_INPUT_TEXT, "at byte offset 3");
}

static void test_jsonl_fields_and_escapes(void **state)
{
    fixture_tmp *f = *state;
    puts_file(
        f, "news.jsonl",
        "\xEF\xBB\xBF{\"id\": 42, \"text\": \"q\\\"b\\\\s\\/n\\nt\\tu\\u4e2d\\u6587e"
        "\\ud83d\\ude00\\b\\f\\r\", \"title\": \"T\\u00e9\", \"label\": {\"company\": "
        "{\"比亚迪\": [[0, 2]]}, \"x\": [1, -2.5e3, true, false, null]}}\r\n"
        "\n   \t\n"
        "{\"text\":\"璧山区\",\"id\":\"a-7\",\"date\":\"2025-11-20\",\"url\":\"https://e.x/1\","
        "\"title\":null}\n"
        "{\"text\":\"\"}");
    cnkg_input *in = open_one(fixture_tmp_at(f, "news.jsonl"), CNKG_INPUT_JSONL);
    cnkg_document doc;
    cnkg_error err = {{0}};

    assert_int_equal(cnkg_input_next(in, &doc, &err), 1);
    assert_int_equal(doc.line, 1);
    assert_string_equal(doc.source, f->path);
    assert_string_equal(doc.text, "q\"b\\s/n\nt\tu中文e\xF0\x9F\x98\x80\b\f\r");
    assert_int_equal(doc.length, strlen(doc.text));
    assert_string_equal(doc.id, "42");
    assert_string_equal(doc.title, "T\xC3\xA9");
    assert_null(doc.date);
    assert_null(doc.url);

    assert_int_equal(cnkg_input_next(in, &doc, &err), 1);
    assert_int_equal(doc.line, 4); /* the blank lines count */
    assert_string_equal(doc.text, "璧山区");
    assert_string_equal(doc.id, "a-7");
    assert_string_equal(doc.date, "2025-11-20");
    assert_string_equal(doc.url, "https://e.x/1");
    assert_null(doc.title);

    assert_int_equal(cnkg_input_next(in, &doc, &err), 1);
    assert_int_equal(doc.line, 5);
    assert_string_equal(doc.text, "");
    assert_null(doc.id);

    assert_int_equal(cnkg_input_next(in, &doc, &err), 0);
    assert_int_equal(cnkg_input_bytes_read(in), cnkg_input_total_bytes(in));
    cnkg_input_close(in);
}

static void test_jsonl_missing_text_names_line(void **state)
{
    fixture_tmp *f = *state;
    puts_file(f, "bad.jsonl", "{\"text\":\"ok\"}\n\n{\"id\":3,\"title\":\"no text\"}\n");
    char want[600];
    snprintf(want, sizeof want, "%s:3: missing \"text\" field", fixture_tmp_at(f, "bad.jsonl"));
    expect_next_error(f->path, CNKG_INPUT_JSONL, want);
}

/* Each malformed line gives "FILE:LINE: ..." and what is wrong. */
static void test_jsonl_malformed_lines(void **state)
{
    fixture_tmp *f = *state;
    static const struct {
        const char *line, *why;
    } cases[] = {
        {"{\"text\":\"x\"", "column 12: ',' or '}' expected"},
        {"{\"text\":\"x\"} {}", "column 14: unexpected text after the value"},
        {"[\"text\"]", "column 1: '{' expected"},
        {"{\"text\":'x'}", "column 9: unexpected character"},
        {"{\"text\":\"a\tb\"}", "control character in string"},
        {"{\"text\":\"\\ud800x\"}", "column 10: high surrogate not followed by a low one"},
        {"{\"text\":\"\\udc00\"}", "lone low surrogate"},
        {"{\"text\":\"\\u0000\"}", "\\u0000 is not allowed"},
        {"{\"text\":\"\\x\"}", "unknown escape"},
        {"{\"text\":\"\\u12g4\"}", "bad hex digit"},
        {"{\"text\":\"\xFF\"}", "invalid UTF-8 in string"},
        {"{\"text\":\"x\",\"text\":\"y\"}", "column 13: duplicate member name"},
        {"{\"text\":\"x\",}", "member name expected"},
        {"{\"text\":\"x\",\"n\":01}", "',' or '}' expected"},
        {"{\"text\":\"x\",\"n\":1.}", "digit expected in number"},
        {"{\"text\":\"x\",\"n\":-}", "digit expected in number"},
        {"{\"text\":\"x\",\"a\":[1,]}", "unexpected character"},
        {"{\"text\":\"x\",\"a\":tru}", "unexpected character"},
        {"{\"text\":\"unterminated}", "unterminated string"},
        {"{\"text\":7}", "\"text\" must be a string"},
        {"{\"text\":\"x\",\"title\":1}", "\"title\" must be a string"},
        {"{\"text\":\"x\",\"id\":true}", "\"id\" must be a string or a number"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char body[256], name[32], want[600];
        snprintf(body, sizeof body, "{\"text\":\"fine\"}\n%s\n", cases[i].line);
        snprintf(name, sizeof name, "case%zu.jsonl", i);
        puts_file(f, name, body);
        snprintf(want, sizeof want, "%s:2: ", f->path);
        expect_next_error(f->path, CNKG_INPUT_JSONL, want);
        expect_next_error(f->path, CNKG_INPUT_JSONL, cases[i].why);
    }
}

static void test_jsonl_deep_nesting_is_refused(void **state)
{
    fixture_tmp *f = *state;
    cnkg_buf b = {0};
    cnkg_buf_puts(&b, "{\"text\":\"x\",\"deep\":");
    for (int i = 0; i < 100000; i++)
        cnkg_buf_putc(&b, '[');
    fixture_tmp_put(f, "deep.jsonl", b.data, b.len);
    cnkg_buf_free(&b);
    expect_next_error(f->path, CNKG_INPUT_JSONL, "nested too deeply");
}

static void test_stdin_only_once(void **state)
{
    char *paths[] = {"-", "-"};
    cnkg_input *in = NULL;
    cnkg_error err = {{0}};
    assert_int_equal(cnkg_input_open(&in, paths, 2, CNKG_INPUT_TEXT, &err), -1);
    assert_non_null(strstr(err.message, "standard input"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_walk_is_sorted_by_full_path, fixture_tmp_setup,
                                        fixture_tmp_teardown),
        cmocka_unit_test_setup_teardown(test_walk_in_jsonl_mode_takes_records_and_pages,
                                        fixture_tmp_setup, fixture_tmp_teardown),
        cmocka_unit_test_setup_teardown(test_walk_links, fixture_tmp_setup, fixture_tmp_teardown),
        cmocka_unit_test_setup_teardown(test_several_paths_keep_their_order, fixture_tmp_setup,
                                        fixture_tmp_teardown),
        cmocka_unit_test_setup_teardown(test_missing_path_is_named, fixture_tmp_setup,
                                        fixture_tmp_teardown),
        cmocka_unit_test_setup_teardown(test_empty_directory_is_an_error, fixture_tmp_setup,
                                        fixture_tmp_teardown),
        cmocka_unit_test_setup_teardown(test_bom_and_line_ends_are_normalised, fixture_tmp_setup,
                                        fixture_tmp_teardown),
        cmocka_unit_test_setup_teardown(test_empty_file_is_an_empty_document, fixture_tmp_setup,
                                        fixture_tmp_teardown),
        cmocka_unit_test_setup_teardown(test_invalid_utf8_names_file_and_offset, fixture_tmp_setup,
                                        fixture_tmp_teardown),
        cmocka_unit_test_setup_teardown(test_utf8_validation_is_strict, fixture_tmp_setup,
                                        fixture_tmp_teardown),
        cmocka_unit_test_setup_teardown(test_jsonl_fields_and_escapes, fixture_tmp_setup,
                                        fixture_tmp_teardown),
        cmocka_unit_test_setup_teardown(test_jsonl_missing_text_names_line, fixture_tmp_setup,
                                        fixture_tmp_teardown),
        cmocka_unit_test_setup_teardown(test_jsonl_malformed_lines, fixture_tmp_setup,
                                        fixture_tmp_teardown),
        cmocka_unit_test_setup_teardown(test_jsonl_deep_nesting_is_refused, fixture_tmp_setup,
                                        fixture_tmp_teardown),
        cmocka_unit_test(test_stdin_only_once),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
