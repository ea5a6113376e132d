/* test_input_robust.c - the input library against messy archives: GBK and
 * GB18030, binary junk, saved web pages, oversized documents and lines,
 * paths that fail while others are read. Fixtures are written to a fresh
 * temporary directory by each test. */
#define _XOPEN_SOURCE 700
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cnkg_input.h"
#include "fixture.h"
#include "input_internal.h"

/* s in another encoding, through glibc's iconv. */
static char *encode(const char *s, const char *to, size_t *len)
{
    iconv_t cd = iconv_open(to, "UTF-8");
    assert_true(cd != (iconv_t)-1);
    size_t in_left = strlen(s), cap = in_left * 2 + 8, out_left = cap;
    char *out = cnkg_xmalloc(cap), *o = out, *in = (char *)s;
    assert_int_not_equal(iconv(cd, &in, &in_left, &o, &out_left), (size_t)-1);
    iconv_close(cd);
    *len = cap - out_left;
    return out;
}

/* Reads the only document of path; returns 1 with *text set, or -1 with
 * err filled. */
static int read_one(const char *path, const cnkg_input_options *opts, char **text, cnkg_error *err)
{
    cnkg_input *in = NULL;
    char *paths[] = {(char *)path};
    assert_int_equal(cnkg_input_open_with(&in, paths, 1, opts, err), 0);
    cnkg_document doc;
    int rc = cnkg_input_next(in, &doc, err);
    if (rc == 1) {
        assert_int_equal(strlen(doc.text), doc.length);
        *text = cnkg_xstrdup(doc.text);
        cnkg_error ignored;
        assert_int_equal(cnkg_input_next(in, &doc, &ignored), 0);
    }
    cnkg_input_close(in);
    return rc;
}

static char *read_ok(const char *path, cnkg_input_encoding enc)
{
    cnkg_input_options opts = {.encoding = enc};
    char *text = NULL;
    cnkg_error err = {{0}};
    if (read_one(path, &opts, &text, &err) != 1)
        fail_msg("%s: %s", path, err.message);
    return text;
}

static void expect_error(const char *path, const cnkg_input_options *opts, const char *needle)
{
    char *text = NULL;
    cnkg_error err = {{0}};
    int rc = read_one(path, opts, &text, &err);
    free(text);
    assert_int_equal(rc, -1);
    if (!strstr(err.message, needle))
        fail_msg("message \"%s\" lacks \"%s\"", err.message, needle);
}

/* --- encodings ------------------------------------------------------------ */

static const char sentence[] = "重庆市璧山区的示例科技有限公司位于高新区。\n第二段：€和😀。\n";

static void test_gbk_and_gb18030_read_like_utf8(void **state)
{
    fixture_tmp *f = *state;
    size_t n;
    /* GBK has neither the emoji nor (in glibc) every symbol: its file
     * holds the first line only. */
    char *gbk = encode("重庆市璧山区的示例科技有限公司位于高新区。\r\n", "GBK", &n);
    fixture_tmp_put(f, "gbk.txt", gbk, n);
    free(gbk);
    char *text = read_ok(fixture_tmp_at(f, "gbk.txt"), CNKG_ENCODING_AUTO);
    assert_string_equal(text, "重庆市璧山区的示例科技有限公司位于高新区。\n");
    free(text);
    text = read_ok(fixture_tmp_at(f, "gbk.txt"), CNKG_ENCODING_GBK);
    assert_string_equal(text, "重庆市璧山区的示例科技有限公司位于高新区。\n");
    free(text);

    /* GB18030 reaches all of Unicode with four-byte sequences. */
    char *gb = encode(sentence, "GB18030", &n);
    fixture_tmp_put(f, "gb18030.txt", gb, n);
    free(gb);
    text = read_ok(fixture_tmp_at(f, "gb18030.txt"), CNKG_ENCODING_AUTO);
    assert_string_equal(text, sentence);
    free(text);
    text = read_ok(fixture_tmp_at(f, "gb18030.txt"), CNKG_ENCODING_GB18030);
    assert_string_equal(text, sentence);
    free(text);
}

static void test_gb18030_byte_order_mark_is_dropped(void **state)
{
    fixture_tmp *f = *state;
    size_t n;
    char *gb = encode("\xEF\xBB\xBF中文\n", "GB18030", &n);
    assert_memory_equal(gb, "\x84\x31\x95\x33", 4);
    fixture_tmp_put(f, "bom.txt", gb, n);
    free(gb);
    char *text = read_ok(fixture_tmp_at(f, "bom.txt"), CNKG_ENCODING_AUTO);
    assert_string_equal(text, "中文\n");
    free(text);
}

static void test_encoding_option_overrides_detection(void **state)
{
    fixture_tmp *f = *state;
    /* "中" in UTF-8 is E4 B8 AD: E4 B8 is a GBK pair, AD is cut short. */
    fixture_tmp_put(f, "utf8.txt", "中", 3);
    cnkg_input_options gbk = {.encoding = CNKG_ENCODING_GBK};
    expect_error(fixture_tmp_at(f, "utf8.txt"), &gbk,
                 "is not valid GBK: invalid byte 0xAD at byte offset 2");
    /* "中文" in GBK read as UTF-8 */
    fixture_tmp_put(f, "gbk.txt", "\xD6\xD0\xCE\xC4", 4);
    cnkg_input_options utf8 = {.encoding = CNKG_ENCODING_UTF8};
    expect_error(fixture_tmp_at(f, "gbk.txt"), &utf8,
                 "is not valid UTF-8: invalid byte 0xD6 at byte offset 0");
    char *text = read_ok(fixture_tmp_at(f, "gbk.txt"), CNKG_ENCODING_AUTO);
    assert_string_equal(text, "中文");
    free(text);
}

static void test_neither_encoding_names_file_and_offset(void **state)
{
    fixture_tmp *f = *state;
    /* 0x80 and 0xFF start nothing in UTF-8 or GB18030. */
    fixture_tmp_put(f, "junk.txt", "abc\x80xyz", 7);
    char want[600];
    snprintf(want, sizeof want, "'%s' is not valid UTF-8: invalid byte 0x80 at byte offset 3",
             fixture_tmp_at(f, "junk.txt"));
    cnkg_input_options opts = {0};
    expect_error(f->path, &opts, want);
    expect_error(fixture_tmp_at(f, "junk.txt"), &opts, "nor GBK/GB18030");
    /* GBK text that turns bad further on: the GB18030 offset is reported */
    fixture_tmp_put(f, "gbk-bad.txt", "\xD6\xD0\xCE\xC4\xD6\xD0\xFF", 7);
    expect_error(fixture_tmp_at(f, "gbk-bad.txt"), &opts,
                 "not valid GB18030: invalid byte 0xFF at byte offset 6 (nor UTF-8");
}

static void test_encoding_names(void **state)
{
    cnkg_input_encoding e;
    assert_int_equal(cnkg_input_encoding_from_name("UTF-8", &e), 0);
    assert_int_equal(e, CNKG_ENCODING_UTF8);
    assert_int_equal(cnkg_input_encoding_from_name("gbk", &e), 0);
    assert_int_equal(e, CNKG_ENCODING_GBK);
    assert_int_equal(cnkg_input_encoding_from_name("GB18030", &e), 0);
    assert_int_equal(e, CNKG_ENCODING_GB18030);
    assert_int_equal(cnkg_input_encoding_from_name("latin1", &e), -1);
}

/* --- binary --------------------------------------------------------------- */

static void test_binary_files_are_refused(void **state)
{
    fixture_tmp *f = *state;
    cnkg_input_options opts = {0};
    fixture_tmp_put(f, "nul.txt", "text\0more", 9);
    expect_error(fixture_tmp_at(f, "nul.txt"), &opts,
                 "is not a text file: NUL byte at byte offset 4");
    /* No NUL, but control characters everywhere. */
    char junk[256];
    for (size_t i = 0; i < sizeof junk; i++)
        junk[i] = (char)(i % 2 ? 0x01 + (i % 7) : 'a');
    fixture_tmp_put(f, "controls.txt", junk, sizeof junk);
    expect_error(fixture_tmp_at(f, "controls.txt"), &opts,
                 "is not a text file: 128 control characters in 256 bytes (the first at byte "
                 "offset 1)");
    /* A stray escape in a long page is text. */
    char page[200];
    memset(page, 'x', sizeof page);
    page[50] = 0x1B;
    fixture_tmp_put(f, "stray.txt", page, sizeof page);
    free(read_ok(fixture_tmp_at(f, "stray.txt"), CNKG_ENCODING_AUTO));
}

/* --- HTML ----------------------------------------------------------------- */

static char *strip(const char *html)
{
    cnkg_buf out = {0};
    cnkg_input_html_strip(html, strlen(html), &out);
    return cnkg_buf_detach(&out);
}

static void expect_strip(const char *html, const char *want)
{
    char *got = strip(html);
    if (strcmp(got, want) != 0)
        fail_msg("strip(%s)\n  got  \"%s\"\n  want \"%s\"", html, got, want);
    free(got);
}

static void test_html_markup_and_furniture_are_dropped(void **state)
{
    expect_strip("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>站点 - 标题</title>"
                 "<style>p { color: red }</style></head><body>"
                 "<nav><a href=\"/\">首页</a><nav>子</nav> 更多</nav>"
                 "<header>报头</header><h1>示例标题</h1>"
                 "<p>第一段<b>加粗</b>文字。</p><aside>相关阅读</aside>"
                 "<script type=\"text/javascript\">var s = \"</p><p>\";</script>"
                 "<!-- <p>注释</p> --><p class='x' data-y=\"a>b\">第二段</p>"
                 "<footer>版权所有</footer></body></html>",
                 "示例标题\n第一段加粗文字。\n第二段\n");
}

static void test_html_breaks_and_white_space(void **state)
{
    /* br, li, div and headings end lines; a source line break between
     * Chinese characters is no word break, between Latin words it is. */
    expect_strip("<div>一<br>二<BR/>三</div><ul><li>甲</li><li>乙</li></ul>",
                 "一\n二\n三\n甲\n乙\n");
    expect_strip("<p>重庆\n  市</p><p>new\n  energy   car</p>", "重庆市\nnew energy car\n");
    expect_strip("<p>  </p><p></p>", "");
    expect_strip("<table><tr><td>a</td><td>b</td></tr></table>", "a b\n");
}

static void test_html_entities(void **state)
{
    expect_strip("<p>A&amp;B &lt;C&gt; &quot;D&quot; &#20013;&#x6587; &mdash;&hellip;</p>",
                 "A&B <C> \"D\" 中文 —…\n");
    /* nbsp indents; unknown and unterminated references stay as text;
     * NUL, surrogates and out-of-range references become U+FFFD. */
    expect_strip("<p>&nbsp;&nbsp;正文 &unknown; &amp x &#0; &#xD800; &#x110000;</p>",
                 "正文 &unknown; &amp x \xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD\n");
}

static void test_html_broken_markup_never_fails(void **state)
{
    expect_strip("<p>未闭合<!-- 注释", "未闭合\n");
    expect_strip("<p>未闭合 <a href=\"x", "未闭合\n");
    expect_strip("<script>alert(1)", "");
    expect_strip("a < b and c<5 </ >", "a < b and c<5\n");
    expect_strip("<head><title>t</title><body><p>无 head 结束</p>", "无 head 结束\n");
    expect_strip("", "");
}

static void test_html_detected_by_name_and_content(void **state)
{
    fixture_tmp *f = *state;
    static const char page[] = "<!doctype html>\n<html><body><p>正文一</p><p>正文二</p></body>";
    fixture_tmp_put(f, "saved.txt", page, sizeof page - 1);
    char *text = read_ok(fixture_tmp_at(f, "saved.txt"), CNKG_ENCODING_AUTO);
    assert_string_equal(text, "正文一\n正文二\n");
    free(text);
    static const char frag[] = "<p>片段</p>";
    fixture_tmp_put(f, "frag.htm", frag, sizeof frag - 1);
    text = read_ok(fixture_tmp_at(f, "frag.htm"), CNKG_ENCODING_AUTO);
    assert_string_equal(text, "片段\n");
    free(text);
    /* A text page that happens to start with '<' is left alone. */
    static const char plain[] = "<十四五>规划\n正文";
    fixture_tmp_put(f, "plain.txt", plain, sizeof plain - 1);
    text = read_ok(fixture_tmp_at(f, "plain.txt"), CNKG_ENCODING_AUTO);
    assert_string_equal(text, plain);
    free(text);
    /* GBK HTML: decoded first, stripped second */
    size_t n;
    char *gbk = encode("<html><body><p>中文网页</p></body></html>", "GBK", &n);
    fixture_tmp_put(f, "gbk.html", gbk, n);
    free(gbk);
    text = read_ok(fixture_tmp_at(f, "gbk.html"), CNKG_ENCODING_AUTO);
    assert_string_equal(text, "中文网页\n");
    free(text);
}

static void test_walk_takes_html(void **state)
{
    fixture_tmp *f = *state;
    fixture_tmp_put(f, "a.html", "<p>a</p>", 8);
    fixture_tmp_put(f, "b.HTM", "<p>b</p>", 8);
    fixture_tmp_put(f, "c.txt", "c", 1);
    fixture_tmp_put(f, "d.xml", "<p>d</p>", 8);
    cnkg_input *in = NULL;
    cnkg_error err = {{0}};
    char *paths[] = {f->dir};
    assert_int_equal(cnkg_input_open(&in, paths, 1, CNKG_INPUT_TEXT, &err), 0);
    cnkg_document doc;
    const char *want[] = {"a\n", "b\n", "c"};
    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(cnkg_input_next(in, &doc, &err), 1);
        assert_string_equal(doc.text, want[i]);
    }
    assert_int_equal(cnkg_input_next(in, &doc, &err), 0);
    cnkg_input_close(in);
}

/* --- limits --------------------------------------------------------------- */

/* Reads path whole as its pieces; returns how many there were. The text
 * goes to out, the first error to err (and reading stops). */
static size_t read_pieces(const char *path, const cnkg_input_options *opts, cnkg_buf *out,
                          cnkg_error *err)
{
    cnkg_input *in = NULL;
    char *paths[] = {(char *)path};
    assert_int_equal(cnkg_input_open_with(&in, paths, 1, opts, err), 0);
    cnkg_document doc;
    size_t n = 0;
    int rc, more = 1;
    while ((rc = cnkg_input_next(in, &doc, err)) == 1) {
        assert_true(doc.piece);
        assert_true(more); /* nothing after the last piece */
        cnkg_buf_append(out, doc.text, doc.length);
        more = doc.more, n++;
    }
    if (rc == 0)
        assert_false(more);
    cnkg_input_close(in);
    return rc < 0 ? 0 : n;
}

static void test_oversized_text_is_refused_not_truncated(void **state)
{
    fixture_tmp *f = *state;
    /* A plain text file over the limit comes in pieces that make it up
     * (its articles are held to the limit, by the extractor); GBK
     * characters and CRLFs cut at a piece's end are whole again, and a
     * bad byte in a later piece is named by its file offset. */
    cnkg_buf utf8 = {0}, want = {0}, got = {0};
    for (int i = 0; i < 6000; i++)
        cnkg_buf_printf(&utf8, "第%d段：重庆市璧山区的示例科技有限公司。\r\n", i);
    for (size_t i = 0; i < utf8.len; i++)
        if (utf8.data[i] != '\r')
            cnkg_buf_putc(&want, utf8.data[i]);
    size_t len;
    char *gbk = encode(utf8.data, "GBK", &len);
    fixture_tmp_put(f, "big.txt", gbk, len);
    cnkg_input_options opts = {.max_text = 500};
    cnkg_error err = {{0}};
    assert_true(read_pieces(fixture_tmp_at(f, "big.txt"), &opts, &got, &err) > 2);
    assert_string_equal(got.data, want.data);
    gbk[len - 100] = '\xFF';
    fixture_tmp_put(f, "big.txt", gbk, len);
    cnkg_buf_clear(&got);
    assert_int_equal(read_pieces(fixture_tmp_at(f, "big.txt"), &opts, &got, &err), 0);
    char offset[64];
    snprintf(offset, sizeof offset, "at byte offset %zu", len - 100);
    if (!strstr(err.message, offset))
        fail_msg("message \"%s\" lacks \"%s\"", err.message, offset);
    free(gbk);
    cnkg_buf_free(&utf8);
    cnkg_buf_free(&want);
    cnkg_buf_free(&got);
    /* HTML is read whole: over the limit, it is refused. */
    char big[1000];
    memset(big, 'x', sizeof big);
    fixture_tmp_put(f, "big.html", big, sizeof big);
    char message[600];
    snprintf(message, sizeof message, "'%s' is too large: more than 500 bytes of text",
             fixture_tmp_at(f, "big.html"));
    expect_error(f->path, &opts, message);
    /* Raw bytes beyond four times the limit are not even read. */
    opts.max_text = 100;
    expect_error(fixture_tmp_at(f, "big.html"), &opts, "more than 100 bytes of text");
    /* HTML counts the text kept, not the markup. */
    cnkg_buf html = {0};
    for (int i = 0; i < 50; i++)
        cnkg_buf_puts(&html, "<span class=\"c\">字</span>");
    fixture_tmp_put(f, "page.html", html.data, html.len);
    cnkg_buf_free(&html);
    opts.max_text = 400;
    char *text = NULL;
    assert_int_equal(read_one(fixture_tmp_at(f, "page.html"), &opts, &text, &err), 1);
    assert_int_equal(strlen(text), 151);
    free(text);
}

static int next_skipping(cnkg_input *in, cnkg_document *doc, cnkg_error *err)
{
    int rc;
    while ((rc = cnkg_input_next(in, doc, err)) < 0)
        ;
    return rc;
}

static void test_jsonl_bad_lines_are_skippable(void **state)
{
    fixture_tmp *f = *state;
    cnkg_buf b = {0};
    cnkg_buf_puts(&b, "{\"text\":\"一\"}\n{\"text\":\"");
    for (int i = 0; i < 300; i++)
        cnkg_buf_putc(&b, 'x');
    cnkg_buf_puts(&b, "\"}\n{\"text\":\"二\"}\n");
    cnkg_buf_append(&b, "{\"text\":\"a\0b\"}\n", 15); /* a NUL byte, not an escape */
    cnkg_buf_puts(&b, "{\"text\":\"");
    for (int i = 0; i < 1000; i++)
        cnkg_buf_putc(&b, 'y');
    cnkg_buf_puts(&b, "\"}\n{broken\n{\"text\":\"三\"}");
    fixture_tmp_put(f, "r.jsonl", b.data, b.len);
    cnkg_buf_free(&b);

    cnkg_input *in = NULL;
    cnkg_error err = {{0}};
    char *paths[] = {(char *)fixture_tmp_at(f, "r.jsonl")};
    cnkg_input_options opts = {.format = CNKG_INPUT_JSONL, .max_text = 200};
    assert_int_equal(cnkg_input_open_with(&in, paths, 1, &opts, &err), 0);
    cnkg_document doc;
    assert_int_equal(cnkg_input_next(in, &doc, &err), 1);
    assert_string_equal(doc.text, "一");
    assert_int_equal(cnkg_input_next(in, &doc, &err), -1);
    assert_non_null(
        strstr(err.message, "r.jsonl:2: \"text\" is 300 bytes, more than the limit of 200"));
    assert_int_equal(cnkg_input_next(in, &doc, &err), 1);
    assert_string_equal(doc.text, "二");
    assert_int_equal(doc.line, 3);
    assert_int_equal(cnkg_input_next(in, &doc, &err), -1);
    assert_non_null(strstr(err.message, "r.jsonl:4: invalid JSON"));
    assert_int_equal(cnkg_input_next(in, &doc, &err), -1);
    assert_non_null(strstr(err.message, "r.jsonl:5: line longer than 800 bytes"));
    assert_int_equal(cnkg_input_next(in, &doc, &err), -1);
    assert_non_null(strstr(err.message, "r.jsonl:6: invalid JSON"));
    assert_int_equal(cnkg_input_next(in, &doc, &err), 1);
    assert_string_equal(doc.text, "三");
    assert_int_equal(doc.line, 7);
    assert_int_equal(next_skipping(in, &doc, &err), 0);
    cnkg_input_close(in);
}

static void test_deferred_errors_come_in_turn(void **state)
{
    fixture_tmp *f = *state;
    fixture_tmp_put(f, "a.txt", "甲", 3);
    fixture_tmp_put(f, "c.txt", "丙", 3);
    char a[512], gone[512], c[512];
    strcpy(a, fixture_tmp_at(f, "a.txt"));
    strcpy(gone, fixture_tmp_at(f, "gone.txt"));
    strcpy(c, fixture_tmp_at(f, "c.txt"));
    char *paths[] = {a, gone, c};
    cnkg_input *in = NULL;
    cnkg_error err = {{0}};
    cnkg_input_options opts = {.defer_errors = 1};
    assert_int_equal(cnkg_input_open_with(&in, paths, 3, &opts, &err), 0);
    cnkg_document doc;
    assert_int_equal(cnkg_input_next(in, &doc, &err), 1);
    assert_string_equal(doc.text, "甲");
    assert_int_equal(cnkg_input_next(in, &doc, &err), -1);
    char want[600];
    snprintf(want, sizeof want, "cannot open '%s': No such file or directory", gone);
    assert_string_equal(err.message, want);
    assert_int_equal(cnkg_input_next(in, &doc, &err), 1);
    assert_string_equal(doc.text, "丙");
    assert_int_equal(cnkg_input_next(in, &doc, &err), 0);
    cnkg_input_close(in);
}

/* Whether reading path as the unprivileged user nobody fails with a message
 * holding needle: root reads everything, so as root the reading is done by a
 * child that has given its rights up. The child leaves by _exit, never by a
 * cmocka assertion, which would carry it back into the test runner. */
static int fails_as_nobody(const char *path, const char *needle)
{
    pid_t pid = fork();
    if (pid == 0) {
        if (setgid(65534) != 0 || setuid(65534) != 0)
            _exit(2);
        cnkg_input *in = NULL;
        char *paths[] = {(char *)path};
        cnkg_input_options opts = {0};
        cnkg_error err = {{0}};
        int rc = cnkg_input_open_with(&in, paths, 1, &opts, &err);
        if (rc == 0) {
            cnkg_document doc;
            rc = cnkg_input_next(in, &doc, &err);
            cnkg_input_close(in);
        }
        _exit(rc == -1 && strstr(err.message, needle) ? 0 : 1);
    }
    int status = 0;
    return pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) &&
           WEXITSTATUS(status) == 0;
}

static void test_unreadable_file_is_named(void **state)
{
    fixture_tmp *f = *state;
    fixture_tmp_put(f, "locked.txt", "x", 1);
    assert_int_equal(chmod(f->path, 0), 0);
    const char *path = fixture_tmp_at(f, "locked.txt"), *needle = "locked.txt': Permission denied";
    if (geteuid() == 0) {
        assert_int_equal(chmod(f->dir, 0755), 0); /* nobody may look in, not read it */
        assert_true(fails_as_nobody(path, needle));
        return;
    }
    cnkg_input_options opts = {0};
    expect_error(path, &opts, needle);
}

int main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, fixture_tmp_setup, fixture_tmp_teardown)
    const struct CMUnitTest tests[] = {
        T(test_gbk_and_gb18030_read_like_utf8),
        T(test_gb18030_byte_order_mark_is_dropped),
        T(test_encoding_option_overrides_detection),
        T(test_neither_encoding_names_file_and_offset),
        cmocka_unit_test(test_encoding_names),
        T(test_binary_files_are_refused),
        cmocka_unit_test(test_html_markup_and_furniture_are_dropped),
        cmocka_unit_test(test_html_breaks_and_white_space),
        cmocka_unit_test(test_html_entities),
        cmocka_unit_test(test_html_broken_markup_never_fails),
        T(test_html_detected_by_name_and_content),
        T(test_walk_takes_html),
        T(test_oversized_text_is_refused_not_truncated),
        T(test_jsonl_bad_lines_are_skippable),
        T(test_deferred_errors_come_in_turn),
        T(test_unreadable_file_is_named),
    };
#undef T
    return cmocka_run_group_tests(tests, NULL, NULL);
}
