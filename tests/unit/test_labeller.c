/* test_labeller.c - the statistical labeller: the shipped model finds the
 * names in sentences written for this test, bad model files are refused
 * with a message, and the trainer's JSON reader decodes escapes exactly. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cluener.h"
#include "cnkg_labeller.h"
#include "fixture.h"
#include "lab_internal.h"

#define MODEL CNKG_SOURCE_DIR "/models/cluener.model"

static int setup(void **state)
{
    cnkg_labeller *l;
    cnkg_error err;
    if (cnkg_labeller_load(&l, MODEL, &err) < 0) {
        fprintf(stderr, "%s\n", err.message);
        return -1;
    }
    *state = l;
    return 0;
}

static int teardown(void **state)
{
    cnkg_labeller_free(*state);
    return 0;
}

typedef struct expect {
    size_t begin, end;
    cnkg_label_type type;
} expect;

/* Whether tagging text finds the span exactly, with a positive margin. */
static int has_span(const cnkg_labeller *l, const char *text, expect e)
{
    size_t n, cap = 0;
    uint32_t *cps = cnkg_utf8_to_cps(text, strlen(text), &n);
    cnkg_label_span *spans = NULL;
    size_t found = cnkg_labeller_tag(l, cps, n, &spans, &cap);
    int hit = 0;
    for (size_t k = 0; k < found; k++) {
        assert_true(spans[k].begin < spans[k].end && spans[k].end <= n);
        if (spans[k].begin == e.begin && spans[k].end == e.end && spans[k].type == e.type)
            hit = spans[k].score > 0;
    }
    free(spans);
    free(cps);
    return hit;
}

static void test_government_and_company(void **state)
{
    const char *s = "记者从重庆市经济和信息化委员会获悉，华为技术有限公司与长安汽车签约。";
    /* 重庆市经济和信息化委员会 = [3, 15), 华为技术有限公司 = [18, 26) */
    assert_true(has_span(*state, s, (expect){3, 15, CNKG_LABEL_GOVERNMENT}));
    assert_true(has_span(*state, s, (expect){18, 26, CNKG_LABEL_COMPANY}));
}

static void test_name_and_company(void **state)
{
    const char *s = "张伟明昨天在北京市海淀区参加了阿里巴巴集团的发布会。";
    assert_true(has_span(*state, s, (expect){0, 3, CNKG_LABEL_NAME}));
    assert_true(has_span(*state, s, (expect){15, 21, CNKG_LABEL_COMPANY}));
    assert_false(has_span(*state, s, (expect){15, 19, CNKG_LABEL_COMPANY}));
}

static void test_name_and_government(void **state)
{
    const char *s = "李晓红表示，深圳市市场监督管理局将加强对食品企业的检查。";
    assert_true(has_span(*state, s, (expect){0, 3, CNKG_LABEL_NAME}));
    assert_true(has_span(*state, s, (expect){6, 16, CNKG_LABEL_GOVERNMENT}));
}

static void test_spans_reuse_the_array(void **state)
{
    const char *s = "张伟明昨天在北京市海淀区参加了阿里巴巴集团的发布会。";
    size_t n, cap = 0;
    uint32_t *cps = cnkg_utf8_to_cps(s, strlen(s), &n);
    cnkg_label_span *spans = NULL;
    size_t first = cnkg_labeller_tag(*state, cps, n, &spans, &cap);
    assert_true(first >= 2 && cap >= first);
    cnkg_label_span copy = spans[0];
    assert_int_equal(cnkg_labeller_tag(*state, cps, n, &spans, &cap), first);
    assert_memory_equal(&copy, &spans[0], sizeof copy);
    free(spans);
    free(cps);
}

static void test_empty_input(void **state)
{
    cnkg_label_span *spans = NULL;
    size_t cap = 0;
    uint32_t none = 0;
    assert_int_equal(cnkg_labeller_tag(*state, &none, 0, &spans, &cap), 0);
    assert_null(spans);
}

typedef struct job {
    const cnkg_labeller *l;
    int ok;
} job;

static void *tag_many(void *arg)
{
    job *j = arg;
    j->ok = 1;
    for (int k = 0; k < 50; k++)
        j->ok &= has_span(j->l, "李晓红表示，深圳市市场监督管理局将加强对食品企业的检查。",
                          (expect){6, 16, CNKG_LABEL_GOVERNMENT});
    return NULL;
}

static void test_threads_share_a_model(void **state)
{
    pthread_t t[4];
    job jobs[4];
    for (int k = 0; k < 4; k++) {
        jobs[k] = (job){*state, 0};
        assert_int_equal(pthread_create(&t[k], NULL, tag_many, &jobs[k]), 0);
    }
    for (int k = 0; k < 4; k++) {
        pthread_join(t[k], NULL);
        assert_true(jobs[k].ok);
    }
}

/* The tagger keeps what frequent features find in the model as it meets
 * them: a fresh model (each lookup made for the first time) and the same
 * model again (found in its cache) must give the same spans and the same
 * margins to the bit, also for characters beyond the BMP (never kept). */
static void test_cached_lookups_change_nothing(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "北京市朝阳区人民政府与中国银行股份有限公司签署协议，王小明出席。",
        "𠮷野家在上海开了新店，ＡＢＣ公司的张三说：“好！”",
        "第三十二届重庆市运动会在万州区开幕，比赛持续十天。",
    };
    cnkg_labeller *l;
    cnkg_error err;
    assert_int_equal(cnkg_labeller_load(&l, MODEL, &err), 0);
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        size_t n, cap[2] = {0, 0}, found[2];
        uint32_t *cps = cnkg_utf8_to_cps(texts[t], strlen(texts[t]), &n);
        cnkg_label_span *spans[2] = {NULL, NULL};
        for (int pass = 0; pass < 2; pass++)
            found[pass] = cnkg_labeller_tag(l, cps, n, &spans[pass], &cap[pass]);
        assert_int_equal(found[0], found[1]);
        assert_true(found[0] > 0);
        assert_memory_equal(spans[0], spans[1], found[0] * sizeof *spans[0]);
        free(spans[0]);
        free(spans[1]);
        free(cps);
    }
    cnkg_labeller_free(l);
}

/* Writes the first len bytes of the shipped model (or a literal) to a
 * temporary file and tries to load it. */
static int load_copy(const char *bytes, size_t len, cnkg_error *err)
{
    char path[] = "/tmp/cnkg-test-labeller-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, bytes, len), (ssize_t)len);
    close(fd);
    cnkg_labeller *l = (cnkg_labeller *)1;
    int rc = cnkg_labeller_load(&l, path, err);
    assert_null(l);
    unlink(path);
    return rc;
}

static void test_bad_model_files(void **state)
{
    FILE *f = fopen(MODEL, "rb");
    assert_non_null(f);
    size_t cap = 1 << 16;
    char *head = cnkg_xmalloc(cap);
    size_t got = fread(head, 1, cap, f);
    fclose(f);
    assert_int_equal(got, cap);
    cnkg_error err = {{0}};

    assert_int_equal(load_copy(head, cap, &err), -1);
    assert_non_null(strstr(err.message, "truncated"));
    assert_int_equal(load_copy(head, 20, &err), -1);
    assert_non_null(strstr(err.message, "truncated"));
    assert_int_equal(load_copy("", 0, &err), -1);
    assert_non_null(strstr(err.message, "truncated"));
    memcpy(head, "NOTAMODL", 8);
    assert_int_equal(load_copy(head, cap, &err), -1);
    assert_non_null(strstr(err.message, "bad magic"));

    cnkg_labeller *l = NULL;
    assert_int_equal(cnkg_labeller_load(&l, "/nonexistent/cnkg.model", &err), -1);
    assert_non_null(strstr(err.message, "/nonexistent/cnkg.model"));
    free(head);
}

static void test_json_reader_decodes_escapes(void **state)
{
    /* 华为在😀深圳: the emoji is a surrogate pair but one code point. */
    const char *line =
        "{\"id\": 7, \"text\": \"\\u534e\\u4e3a\\u5728\\ud83d\\ude00\\u6df1\\u5733\\\"\", "
        "\"label\": {\"company\": {\"\\u534e\\u4e3a\": [[0, 1]]}, "
        "\"address\": {\"深圳\": [[4, 5]]}}, \"x\": [true, {\"y\": null}]}";
    cnkg_cluener_line out = {0};
    cnkg_error err = {{0}};
    assert_int_equal(cnkg_cluener_parse(line, strlen(line), &out, &err), 0);
    assert_string_equal(out.text, "华为在😀深圳\"");
    assert_int_equal(out.n, 7);
    assert_int_equal(out.cps[3], 0x1F600);
    assert_int_equal(out.n_spans, 2);
    assert_string_equal(out.spans[0].type, "company");
    assert_int_equal(out.spans[0].begin, 0);
    assert_int_equal(out.spans[0].end, 2);
    assert_string_equal(out.spans[1].type, "address");
    assert_int_equal(out.spans[1].begin, 4);
    assert_int_equal(out.spans[1].end, 6);
    cnkg_cluener_line_free(&out);
}

static void test_json_reader_rejects(void **state)
{
    static const char *bad[] = {
        "{\"text\": \"abc\", \"label\": {\"name\": {\"abc\": [[1, 3]]}}}", /* past the end */
        "{\"text\": \"\\udc00\"}",                                         /* lone low surrogate */
        "{\"text\": \"\\ud83dx\"}",                                        /* unpaired high one */
        "{\"text\": \"abc}",                                               /* unterminated */
        "{\"label\": {}}",                                                 /* no text */
        "{\"text\": \"a\"} x",                                             /* trailing */
    };
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        cnkg_cluener_line out = {0};
        cnkg_error err = {{0}};
        assert_int_equal(cnkg_cluener_parse(bad[k], strlen(bad[k]), &out, &err), -1);
        assert_true(strncmp(err.message, "JSON: ", 6) == 0);
        cnkg_cluener_line_free(&out);
    }
}

/* --- the decoder against a plain one ------------------------------------ */

static float random_weight(uint32_t *seed)
{
    *seed = *seed * 1664525u + 1013904223u;
    return (float)(*seed >> 8) / (float)(1u << 24) * 10.0f - 5.0f;
}

/* Viterbi and max-marginals over every tag pair, forbidden ones included
 * (their -1e30 never wins): what cnkg_lab_viterbi must find, however it
 * organises the work. Ties go to the lowest tag, as there. */
static void plain_viterbi(const cnkg_lab_trans *t, const float *emit, size_t n, int *path,
                          float *margin)
{
    int T = t->n_tags;
    float *alpha = calloc(n * T, sizeof *alpha), *beta = calloc(n * T, sizeof *beta);
    int *bp = calloc(n * T, sizeof *bp);
    for (int b = 0; b < T; b++)
        alpha[b] = t->start[b] + emit[b];
    for (size_t i = 1; i < n; i++)
        for (int b = 0; b < T; b++) {
            float best = CNKG_LAB_FORBIDDEN * 4;
            for (int a = 0; a < T; a++) {
                float s = alpha[(i - 1) * T + a] + t->trans[a * T + b];
                if (s > best)
                    best = s, bp[i * T + b] = a;
            }
            alpha[i * T + b] = best + emit[i * T + b];
        }
    for (int a = 0; a < T; a++)
        beta[(n - 1) * T + a] = t->end[a];
    for (size_t i = n - 1; i-- > 0;)
        for (int a = 0; a < T; a++) {
            float best = CNKG_LAB_FORBIDDEN * 4;
            for (int b = 0; b < T; b++) {
                float s = t->trans[a * T + b] + emit[(i + 1) * T + b] + beta[(i + 1) * T + b];
                if (s > best)
                    best = s;
            }
            beta[i * T + a] = best;
        }
    int last = 0;
    for (int b = 1; b < T; b++)
        if (alpha[(n - 1) * T + b] + t->end[b] > alpha[(n - 1) * T + last] + t->end[last])
            last = b;
    path[n - 1] = last;
    for (size_t i = n - 1; i > 0; i--)
        path[i - 1] = bp[i * T + path[i]];
    for (size_t i = 0; i < n; i++) {
        float mine = alpha[i * T + path[i]] + beta[i * T + path[i]], other = CNKG_LAB_FORBIDDEN;
        for (int b = 0; b < T; b++)
            if (b != path[i] && alpha[i * T + b] + beta[i * T + b] > other)
                other = alpha[i * T + b] + beta[i * T + b];
        margin[i] = mine - other;
    }
    free(alpha);
    free(beta);
    free(bp);
}

/* Tag sets of 1, 6 and 10 entity types (the shipped model) take the
 * decoder's vector path; 15 types are too many for it and take the loop
 * over neighbours. All must agree with the plain decoder. */
static void test_viterbi_matches_plain_decoder(void **state)
{
    int types[] = {1, 6, 10, 15};
    uint32_t seed = 12345;
    for (size_t k = 0; k < sizeof types / sizeof types[0]; k++) {
        int T = 1 + 4 * types[k];
        float *trans = malloc(sizeof(float) * (size_t)(T * T + 2 * T));
        float *start = trans + T * T, *end = start + T;
        cnkg_lab_trans_init(T, trans, start, end);
        for (int i = 0; i < T * T + 2 * T; i++)
            if (trans[i] == 0.0f)
                trans[i] = random_weight(&seed);
        cnkg_lab_trans t = {T, trans, start, end, NULL, NULL, NULL};
        for (size_t n = 1; n <= 40; n += 13) {
            float *emit = malloc(sizeof(float) * n * (size_t)T);
            for (size_t i = 0; i < n * (size_t)T; i++)
                emit[i] = random_weight(&seed);
            /* as in text, O leading at most positions: the decoder skips
             * the rows that cannot win there */
            for (size_t i = 0; n % 2 == 0 && i < n; i++)
                emit[i * (size_t)T] += i % 5 ? 25.0f : 0.0f;
            void *scratch = malloc(cnkg_lab_scratch_size(n, T));
            int path[40], want_path[40];
            float margin[40], want_margin[40];
            cnkg_lab_viterbi(&t, emit, n, scratch, path, margin);
            plain_viterbi(&t, emit, n, want_path, want_margin);
            for (size_t i = 0; i < n; i++) {
                assert_int_equal(path[i], want_path[i]);
                assert_float_equal(margin[i], want_margin[i], 1e-3);
                assert_true(cnkg_lab_tag_allowed(i ? path[i - 1] : -1, path[i]));
            }
            free(scratch);
            free(emit);
        }
        free(trans);
    }
}

/* The types of a model trained with news (cnkg-train --types 15), in the
 * trainer's tag order. */
static const char *const news_types[15] = {
    "company", "government", "organization", "address", "name",    "scene",   "book",     "game",
    "movie",   "position",   "park",         "project", "program", "product", "industry",
};

/* Writes a model of the 15 types by hand that tags text with tags[i] at
 * code point i: each character's unigram feature (feature 3: template
 * F_U + 2) carries one weight, for the tag it should get. */
static void write_news_model(const char *path, const char *text, const int *tags)
{
    size_t n;
    uint32_t *cps = cnkg_utf8_to_cps(text, strlen(text), &n);
    void *mem = malloc(cnkg_lab_text_size(n));
    cnkg_lab_text t;
    cnkg_lab_prepare(cps, n, mem, &t);
    enum { TYPES = 15, T = 1 + 4 * TYPES, SLOTS = 64 };
    cnkg_lab_header h = {CNKG_LAB_MAGIC, CNKG_LAB_VERSION, T, SLOTS, 0, 1.0f / 64, 0};
    char names[T][CNKG_LAB_TAG_NAME] = {"O"};
    for (int k = 0; k < TYPES; k++)
        for (int part = 0; part < 4; part++)
            snprintf(names[CNKG_LAB_TAG(k, part)], CNKG_LAB_TAG_NAME, "%c-%s", "BIES"[part],
                     news_types[k]);
    float trans[T * T + 2 * T];
    cnkg_lab_trans_init(T, trans, trans + T * T, trans + T * T + T);
    cnkg_lab_slot slots[SLOTS] = {{0}};
    uint32_t entries[64];
    for (size_t i = 0; i < n; i++) {
        uint64_t keys[CNKG_LAB_MAX_FEATURES];
        cnkg_lab_features(&t, i, keys);
        size_t s = cnkg_lab_key_slot(keys[3], SLOTS);
        while (slots[s].fp && slots[s].fp != cnkg_lab_key_fp(keys[3]))
            s = (s + 1) % SLOTS;
        if (slots[s].fp)
            continue; /* a character seen before keeps its first tag */
        slots[s].fp = cnkg_lab_key_fp(keys[3]);
        slots[s].info = CNKG_LAB_SLOT_PACK(h.n_entries, 1);
        entries[h.n_entries++] = (uint32_t)tags[i] << 16 | 640; /* weight 10 */
    }
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fwrite(&h, sizeof h, 1, f);
    fwrite(names, sizeof names, 1, f);
    fwrite(trans, sizeof trans, 1, f);
    fwrite(slots, sizeof slots, 1, f);
    fwrite(entries, sizeof *entries, h.n_entries, f);
    fclose(f);
    free(mem);
    free(cps);
}

/* A model with the news types loads, and its park and product spans come
 * out as those types, which the extractor reads as an industrial park and
 * a product (its --explain trace names each proposal's class). */
static void test_news_types(void **state)
{
    (void)state;
    const char *text = "青禾智谷造云舟";
    enum { PARK = 10, PRODUCT = 13 };
    int tags[7] = {CNKG_LAB_TAG(PARK, CNKG_LAB_B),
                   CNKG_LAB_TAG(PARK, CNKG_LAB_I),
                   CNKG_LAB_TAG(PARK, CNKG_LAB_I),
                   CNKG_LAB_TAG(PARK, CNKG_LAB_E),
                   0,
                   CNKG_LAB_TAG(PRODUCT, CNKG_LAB_B),
                   CNKG_LAB_TAG(PRODUCT, CNKG_LAB_E)};
    char path[] = "/tmp/cnkg-news-model-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    write_news_model(path, text, tags);
    cnkg_labeller *l;
    cnkg_error err = {{0}};
    assert_int_equal(cnkg_labeller_load(&l, path, &err), 0);
    assert_true(has_span(l, text, (expect){0, 4, CNKG_LABEL_PARK}));
    assert_true(has_span(l, text, (expect){5, 7, CNKG_LABEL_PRODUCT}));

    cnkg_extractor *x;
    assert_int_equal(cnkg_extractor_new(&x, fixture_ontology(), l, &err), 0);
    char *trace = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&trace, &len);
    cnkg_extractor_set_trace(x, out);
    cnkg_article_free(cnkg_extractor_article(x, text, strlen(text), "test"));
    fclose(out);
    assert_non_null(strstr(trace, "labeller IndustrialPark"));
    assert_non_null(strstr(trace, "labeller Product"));
    free(trace);
    cnkg_extractor_free(x);
    cnkg_labeller_free(l);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_government_and_company),
        cmocka_unit_test(test_name_and_company),
        cmocka_unit_test(test_name_and_government),
        cmocka_unit_test(test_spans_reuse_the_array),
        cmocka_unit_test(test_empty_input),
        cmocka_unit_test(test_threads_share_a_model),
        cmocka_unit_test(test_cached_lookups_change_nothing),
        cmocka_unit_test(test_bad_model_files),
        cmocka_unit_test(test_json_reader_decodes_escapes),
        cmocka_unit_test(test_json_reader_rejects),
        cmocka_unit_test(test_viterbi_matches_plain_decoder),
        cmocka_unit_test(test_news_types),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
