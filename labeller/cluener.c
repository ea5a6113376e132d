/* cluener.c - a recursive-descent reader for the one JSON shape the
 * training data has. Strings decode \uXXXX escapes, surrogate pairs
 * included, so offsets count code points exactly as the annotators did. */
#include "cluener.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct reader {
    const char *begin, *s, *end;
    cnkg_error *err;
} reader;

static int fail(reader *r, const char *what)
{
    return cnkg_error_set(r->err, "JSON: %s at byte %zu", what, (size_t)(r->s - r->begin));
}

static void skip_ws(reader *r)
{
    while (r->s < r->end && (*r->s == ' ' || *r->s == '\t' || *r->s == '\n' || *r->s == '\r'))
        r->s++;
}

static int expect(reader *r, char c)
{
    skip_ws(r);
    if (r->s >= r->end || *r->s != c)
        return -1;
    r->s++;
    return 0;
}

static int hex4(reader *r, uint32_t *out)
{
    if (r->end - r->s < 4)
        return -1;
    uint32_t v = 0;
    for (int k = 0; k < 4; k++) {
        char c = r->s[k];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (d < 0)
            return -1;
        v = v * 16 + (uint32_t)d;
    }
    r->s += 4;
    *out = v;
    return 0;
}

static int escape(reader *r, cnkg_buf *out)
{
    char c = *r->s++;
    const char *plain = "\"\\/bfnrt", *meant = "\"\\/\b\f\n\r\t";
    const char *p = strchr(plain, c);
    if (c && p) {
        cnkg_buf_putc(out, meant[p - plain]);
        return 0;
    }
    uint32_t cp, lo;
    if (c != 'u' || hex4(r, &cp) < 0)
        return -1;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        if (r->end - r->s < 6 || r->s[0] != '\\' || r->s[1] != 'u')
            return -1;
        r->s += 2;
        if (hex4(r, &lo) < 0 || lo < 0xDC00 || lo > 0xDFFF)
            return -1;
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
        return -1;
    }
    char enc[4];
    cnkg_buf_append(out, enc, cnkg_utf8_encode(cp, enc));
    return 0;
}

/* Reads a string into out (cleared first), as UTF-8. */
static int string(reader *r, cnkg_buf *out)
{
    cnkg_buf_clear(out);
    cnkg_buf_append(out, "", 0);
    if (expect(r, '"') < 0)
        return fail(r, "expected a string");
    while (r->s < r->end && *r->s != '"') {
        if ((unsigned char)*r->s < 0x20)
            return fail(r, "control character in a string");
        if (*r->s != '\\') {
            cnkg_buf_putc(out, *r->s++);
            continue;
        }
        r->s++;
        if (r->s >= r->end || escape(r, out) < 0)
            return fail(r, "bad escape");
    }
    if (r->s >= r->end)
        return fail(r, "unterminated string");
    r->s++;
    return 0;
}

static int integer(reader *r, long *out)
{
    skip_ws(r);
    const char *start = r->s;
    int neg = r->s < r->end && *r->s == '-';
    if (neg)
        r->s++;
    long v = 0;
    while (r->s < r->end && *r->s >= '0' && *r->s <= '9' && v < 100000000)
        v = v * 10 + (*r->s++ - '0');
    if (r->s == start + neg)
        return fail(r, "expected an integer");
    *out = neg ? -v : v;
    return 0;
}

/* Calls member(r, key, ctx) for each member of an object; the callback
 * consumes the value. */
typedef int (*member_fn)(reader *r, const char *key, void *ctx);

static int object(reader *r, member_fn member, void *ctx)
{
    cnkg_buf key = {0};
    int rc = -1;
    if (expect(r, '{') < 0) {
        fail(r, "expected an object");
        goto out;
    }
    skip_ws(r);
    if (r->s < r->end && *r->s == '}') {
        r->s++;
        rc = 0;
        goto out;
    }
    for (;;) {
        if (string(r, &key) < 0)
            goto out;
        if (expect(r, ':') < 0) {
            fail(r, "expected ':'");
            goto out;
        }
        if (member(r, key.data, ctx) < 0)
            goto out;
        if (expect(r, ',') == 0)
            continue;
        if (expect(r, '}') < 0) {
            fail(r, "expected ',' or '}'");
            goto out;
        }
        break;
    }
    rc = 0;
out:
    cnkg_buf_free(&key);
    return rc;
}

static int skip_value(reader *r);

static int skip_member(reader *r, const char *key, void *ctx)
{
    return skip_value(r);
}

static int skip_value(reader *r)
{
    skip_ws(r);
    if (r->s >= r->end)
        return fail(r, "expected a value");
    if (*r->s == '{')
        return object(r, skip_member, NULL);
    if (*r->s == '"') {
        cnkg_buf tmp = {0};
        int rc = string(r, &tmp);
        cnkg_buf_free(&tmp);
        return rc;
    }
    if (*r->s == '[') {
        r->s++;
        if (expect(r, ']') == 0)
            return 0;
        do {
            if (skip_value(r) < 0)
                return -1;
        } while (expect(r, ',') == 0);
        return expect(r, ']') < 0 ? fail(r, "expected ']'") : 0;
    }
    /* numbers, true, false, null */
    const char *start = r->s;
    while (r->s < r->end && strchr("+-.0123456789eEtruefalsn", *r->s))
        r->s++;
    return r->s == start ? fail(r, "unexpected character") : 0;
}

typedef struct label_ctx {
    cnkg_cluener_line *line;
    const char *type;
} label_ctx;

static void span_add(cnkg_cluener_line *line, const char *type, size_t begin, size_t end)
{
    if (line->n_spans == line->cap) {
        line->cap = line->cap ? 2 * line->cap : 8;
        line->spans = cnkg_xrealloc(line->spans, line->cap * sizeof *line->spans);
    }
    cnkg_cluener_span *s = &line->spans[line->n_spans++];
    snprintf(s->type, sizeof s->type, "%s", type);
    s->begin = begin;
    s->end = end;
}

/* surface: [[b, e], ...] */
static int surface_member(reader *r, const char *surface, void *vctx)
{
    label_ctx *ctx = vctx;
    if (expect(r, '[') < 0)
        return fail(r, "expected '['");
    if (expect(r, ']') == 0)
        return 0;
    do {
        long b, e;
        if (expect(r, '[') < 0 || integer(r, &b) < 0 || expect(r, ',') < 0 || integer(r, &e) < 0 ||
            expect(r, ']') < 0)
            return fail(r, "expected [begin, end]");
        if (b < 0 || e < b)
            return fail(r, "bad span");
        span_add(ctx->line, ctx->type, (size_t)b, (size_t)e + 1);
    } while (expect(r, ',') == 0);
    return expect(r, ']') < 0 ? fail(r, "expected ']'") : 0;
}

static int type_member(reader *r, const char *type, void *vctx)
{
    label_ctx *ctx = vctx;
    ctx->type = type;
    return object(r, surface_member, ctx);
}

static int top_member(reader *r, const char *key, void *vctx)
{
    cnkg_cluener_line *line = vctx;
    if (strcmp(key, "label") == 0) {
        label_ctx ctx = {line, NULL};
        return object(r, type_member, &ctx);
    }
    if (strcmp(key, "text") != 0)
        return skip_value(r);
    cnkg_buf text = {0};
    if (string(r, &text) < 0) {
        cnkg_buf_free(&text);
        return -1;
    }
    free(line->text);
    free(line->cps);
    line->cps = cnkg_utf8_to_cps(text.data, text.len, &line->n);
    line->text = cnkg_buf_detach(&text);
    return 0;
}

int cnkg_cluener_parse(const char *json, size_t len, cnkg_cluener_line *out, cnkg_error *err)
{
    reader r = {json, json, json + len, err};
    free(out->text);
    free(out->cps);
    out->text = NULL;
    out->cps = NULL;
    out->n = out->n_spans = 0;
    if (object(&r, top_member, out) < 0)
        return -1;
    skip_ws(&r);
    if (r.s != r.end)
        return fail(&r, "trailing characters");
    if (!out->cps)
        return cnkg_error_set(err, "JSON: no \"text\" member");
    for (size_t k = 0; k < out->n_spans; k++)
        if (out->spans[k].end > out->n)
            return cnkg_error_set(err, "JSON: span [%zu, %zu) beyond the text's %zu characters",
                                  out->spans[k].begin, out->spans[k].end, out->n);
    return 0;
}

void cnkg_cluener_line_free(cnkg_cluener_line *line)
{
    free(line->text);
    free(line->cps);
    free(line->spans);
    memset(line, 0, sizeof *line);
}
