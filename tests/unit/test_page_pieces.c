/*
 * test_page_pieces.c - a page read in pieces (cnkg_page_reader, for page
 * files too large to read whole) gives the articles the page gives whole:
 * the same headlines, texts and page data, wherever the pieces end. The
 * page holds what makes a split depend on what came before or comes next:
 * a masthead on the first piece only, source lines, headlines after blank
 * lines, a headline above a byline, lines the export broke, information
 * lines, a site's list of links at the end.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "cnkg_extractor.h"

typedef struct fixture {
    cnkg_ontology *onto;
    cnkg_extractor *x;
    cnkg_page_reader *reader;
    char *page; /* the test page, built at set-up */
    size_t len;
} fixture;

/* Pieces' articles are extracted as the whole page's are: extraction
 * names the publisher by its canonical name. */
static cnkg_extractor *extractor;

static const char masthead[] = "重庆日报 2024年11月21日 星期四 第3版\n\n";

static const char tail[] = "\n\n\n\n\n\n长寿经开区再添新项目\n"
                           "重庆日报讯(记者 王芳芳)3月5日，长寿经开区举行项目集中签约仪式。\n"
                           "\n\n\n"
                           "长江汽车配套产业园开工 总投资约30亿元\n"
                           "发布时间：2011-05-12\n"
                           "发布人：大江网-江南都市报\n"
                           "5月10日，长江汽车配套产业园在芜湖举行开工仪式，首期将建设车身"
                           "冲压、焊装和涂装车间，\n"
                           "预计明年建成投产。\n"
                           "\n"
                           "两江新区新项目开工\n"
                           "新重庆-重庆日报记者 周明远\n"
                           "两江新区一批新项目近日集中开工。\n"
                           "\n\n"
                           "2024年11月20日全市新签约项目一览\n"
                           "（记者 王芳）全市新签约项目十二个。\n"
                           "据《重庆日报》\n"
                           "阀门企业订单增长\n"
                           "新重庆-重庆日报记者 林晓岚\n"
                           "今年一季度，多家阀门企业的订单同比增长两成以上。\n"
                           "业内人士认为，基建投资回暖带动了阀门需求。\n"
                           "今年一季度，多家阀门企业的订单同比增长两成以上。\n"
                           "据《重庆日报》。\n"
                           "---\n"
                           "1、2011（第三届）中国阀门行业优秀供应商评价推介\n"
                           "2、2011（第二届）中国泵业优秀供应商评价推介\n"
                           "3、2011（第一届）中国管件行业优秀供应商评价推介\n";

static char *read_sample(size_t *len)
{
    FILE *fp = fopen(CNKG_SOURCE_DIR "/examples/cqnews-sample.txt", "rb");
    if (!fp)
        return NULL;
    char *buf = malloc(1 << 16);
    *len = fread(buf, 1, (1 << 16) - 1, fp);
    buf[*len] = '\0';
    fclose(fp);
    return buf;
}

static int setup(void **state)
{
    static fixture fx;
    cnkg_error err = {{0}};
    if (cnkg_ontology_load(&fx.onto, CNKG_SOURCE_DIR "/ontology", &err) != 0 ||
        cnkg_extractor_new(&fx.x, fx.onto, NULL, &err) != 0 ||
        cnkg_page_reader_new(&fx.reader, fx.onto, 1 << 20, &err) != 0) {
        fprintf(stderr, "setup: %s\n", err.message);
        return -1;
    }
    extractor = fx.x;
    size_t n;
    char *sample = read_sample(&n);
    if (!sample)
        return -1;
    fx.len = strlen(masthead) + n + strlen(tail);
    fx.page = malloc(fx.len + 1);
    snprintf(fx.page, fx.len + 1, "%s%s%s", masthead, sample, tail);
    free(sample);
    *state = &fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    cnkg_page_reader_free(fx->reader);
    cnkg_extractor_free(fx->x);
    cnkg_ontology_free(fx->onto);
    free(fx->page);
    return 0;
}

/* An article's page data and text, one string to compare. */
static void describe(const cnkg_article *a, cnkg_buf *out)
{
    cnkg_buf_printf(
        out, "title=%s kicker=%s publisher=%s date=%s url=%s authors=", a->title ? a->title : "-",
        a->kicker ? a->kicker : "-", a->publisher ? a->publisher : "-", a->date ? a->date : "-",
        a->url ? a->url : "-");
    for (size_t i = 0; i < a->n_authors; i++)
        cnkg_buf_printf(out, "%s,", a->authors[i]);
    cnkg_buf_printf(out, "\n%s\n----\n", a->text);
}

static int whole_article(const cnkg_article *a, void *ctx)
{
    describe(a, ctx);
    return 0;
}

static int piece_article(cnkg_article *a, void *ctx)
{
    cnkg_extractor_fill(extractor, a);
    describe(a, ctx);
    cnkg_article_free(a);
    return 0;
}

static int refused(const cnkg_error *why, void *ctx)
{
    (void)ctx;
    fail_msg("refused: %s", why->message);
    return 1;
}

/* The page fed in pieces that end at the given offsets. */
static void read_in_pieces(fixture *fx, const size_t *cuts, size_t n_cuts, cnkg_buf *out)
{
    size_t from = 0;
    for (size_t i = 0; i <= n_cuts; i++) {
        size_t to = i < n_cuts ? cuts[i] : fx->len;
        assert_int_equal(cnkg_page_reader_feed(fx->reader, "page", fx->page + from, to - from,
                                               i == n_cuts, piece_article, refused, out),
                         0);
        from = to;
    }
}

static void whole(fixture *fx, cnkg_buf *out)
{
    cnkg_extractor_page(fx->x, fx->page, fx->len, "page", whole_article, out);
}

/* The page as the test means it: its masthead names the paper and day of
 * articles that name none, and it has its articles. */
static void test_page_as_meant(void **state)
{
    fixture *fx = *state;
    cnkg_buf w = {0};
    whole(fx, &w);
    assert_non_null(strstr(w.data, "title=璧山高新区精密制造产业链加速成形"));
    assert_non_null(strstr(w.data, "title=阀门企业订单增长"));
    assert_non_null(strstr(w.data, "date=2024-11-21"));
    /* a headline above a byline after one blank line; a headline that
     * could be a masthead, after two */
    assert_non_null(strstr(w.data, "title=两江新区新项目开工"));
    assert_non_null(strstr(w.data, "title=2024年11月20日全市新签约项目一览"));
    assert_null(strstr(w.data, "评价推介"));
    cnkg_buf_free(&w);
}

/* Two pieces, cut at every line end. */
static void test_two_pieces_every_line(void **state)
{
    fixture *fx = *state;
    cnkg_buf w = {0}, p = {0};
    whole(fx, &w);
    for (size_t i = 0; i < fx->len; i++) {
        if (fx->page[i] != '\n')
            continue;
        size_t cut = i + 1;
        cnkg_buf_clear(&p);
        read_in_pieces(fx, &cut, 1, &p);
        if (strcmp(w.data, p.data) != 0) {
            print_message("in pieces:\n%s\nwhole:\n%s\n", p.data, w.data);
            fail_msg("cut after byte %zu differs", cut);
        }
    }
    cnkg_buf_free(&w);
    cnkg_buf_free(&p);
}

/* A piece per line, and a piece per character (mid-line cuts, as for a
 * line longer than a piece). */
static void test_many_small_pieces(void **state)
{
    fixture *fx = *state;
    cnkg_buf w = {0}, p = {0};
    whole(fx, &w);
    size_t *cuts = malloc(fx->len * sizeof *cuts), n = 0;
    for (size_t i = 0; i < fx->len; i++)
        if (fx->page[i] == '\n')
            cuts[n++] = i + 1;
    read_in_pieces(fx, cuts, n, &p);
    assert_string_equal(p.data, w.data);
    n = 0;
    for (size_t i = 1; i < fx->len; i++)
        if (((unsigned char)fx->page[i] & 0xC0) != 0x80)
            cuts[n++] = i;
    cnkg_buf_clear(&p);
    read_in_pieces(fx, cuts, n, &p);
    assert_string_equal(p.data, w.data);
    free(cuts);
    cnkg_buf_free(&w);
    cnkg_buf_free(&p);
}

/* Blank lines between pages are no article: however many there are, the
 * reader keeps no more of them than it needs. */
static int count_article(cnkg_article *a, void *ctx)
{
    (*(size_t *)ctx)++;
    cnkg_article_free(a);
    return 0;
}

static void test_blank_lines_between_pages(void **state)
{
    fixture *fx = *state;
    cnkg_page_reader *small;
    cnkg_error err;
    assert_int_equal(cnkg_page_reader_new(&small, fx->onto, 100, &err), 0);
    static const char page[] = "长文章的标题\n（记者 王芳）第一段。\n";
    char blanks[64];
    memset(blanks, '\n', sizeof blanks);
    size_t n = 0;
    assert_int_equal(
        cnkg_page_reader_feed(small, "p.txt", page, strlen(page), 0, count_article, refused, &n),
        0);
    for (int i = 0; i < 100; i++)
        assert_int_equal(cnkg_page_reader_feed(small, "p.txt", blanks, sizeof blanks, 0,
                                               count_article, refused, &n),
                         0);
    assert_int_equal(
        cnkg_page_reader_feed(small, "p.txt", page, strlen(page), 1, count_article, refused, &n),
        0);
    assert_int_equal(n, 2);
    cnkg_page_reader_free(small);
}

/* An article over the limit is refused naming its line (counting the
 * empty lines the reader keeps no more of); the articles after it are
 * read. */
static int note_refusal(const cnkg_error *why, void *ctx)
{
    cnkg_buf_printf(ctx, "REFUSED %s\n", why->message);
    return 0;
}

static void test_article_over_limit(void **state)
{
    fixture *fx = *state;
    cnkg_page_reader *small;
    cnkg_error err;
    assert_int_equal(cnkg_page_reader_new(&small, fx->onto, 600, &err), 0);
    cnkg_buf text = {0}, out = {0};
    cnkg_buf_puts(
        &text, "第一篇短文章\n（记者 王芳）短文第一段。\n据《重庆日报》\n\n\n\n\n长文章的标题\n");
    for (int i = 0; i < 40; i++)
        cnkg_buf_printf(&text, "这是一篇很长的文章中的第%d段，每段都不一样。\n", i);
    cnkg_buf_puts(&text, "据《重庆日报》\n\n\n最后一篇文章\n（记者 李明）最后一段。\n");
    for (size_t from = 0; from < text.len;) {
        size_t n = text.len - from < 200 ? text.len - from : 200;
        while (from + n < text.len && text.data[from + n - 1] != '\n')
            n--;
        cnkg_page_reader_feed(small, "big.txt", text.data + from, n, from + n == text.len,
                              piece_article, note_refusal, &out);
        from += n;
    }
    assert_non_null(strstr(out.data, "title=第一篇短文章"));
    assert_non_null(strstr(out.data, "REFUSED big.txt:8:"));
    assert_null(strstr(out.data, "title=长文章的标题"));
    assert_non_null(strstr(out.data, "title=最后一篇文章"));
    cnkg_page_reader_free(small);
    cnkg_buf_free(&text);
    cnkg_buf_free(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_page_as_meant),
        cmocka_unit_test(test_two_pieces_every_line),
        cmocka_unit_test(test_many_small_pieces),
        cmocka_unit_test(test_article_over_limit),
        cmocka_unit_test(test_blank_lines_between_pages),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
