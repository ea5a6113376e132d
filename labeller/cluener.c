/* cluener.c - one line of CLUENER2020: common's JSON reader parses it, this
 * file reads the one shape the training data has out of the tree. The
 * reader decodes \uXXXX escapes, surrogate pairs included, so offsets count
 * code points exactly as the annotators did. */
#include "cluener.h"

#include "cnkg_json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* A whole number written as such (no fraction, no exponent), or -1. */
static long integer(const cnkg_json *v)
{
    if (v->kind != CNKG_JSON_NUMBER)
        return -1;
    const char *s = v->text + (v->text[0] == '-');
    if (strspn(s, "0123456789") != strlen(s) || strlen(s) > 9)
        return -1;
    return strtol(v->text, NULL, 10);
}

/* surface: [[b, e], ...], e inclusive */
static int read_surface(cnkg_cluener_line *line, const char *type, const cnkg_json *spans,
                        cnkg_error *err)
{
    if (spans->kind != CNKG_JSON_ARRAY)
        return cnkg_error_set(err, "JSON: expected '['");
    for (size_t i = 0; i < spans->n; i++) {
        const cnkg_json *pair = &spans->items[i];
        if (pair->kind != CNKG_JSON_ARRAY || pair->n != 2 ||
            pair->items[0].kind != CNKG_JSON_NUMBER || pair->items[1].kind != CNKG_JSON_NUMBER)
            return cnkg_error_set(err, "JSON: expected [begin, end]");
        long b = integer(&pair->items[0]), e = integer(&pair->items[1]);
        if (b < 0 || e < b)
            return cnkg_error_set(err, "JSON: bad span");
        span_add(line, type, (size_t)b, (size_t)e + 1);
    }
    return 0;
}

/* label: {type: {surface: [[b, e], ...]}} */
static int read_label(cnkg_cluener_line *line, const cnkg_json *label, cnkg_error *err)
{
    if (label->kind != CNKG_JSON_OBJECT)
        return cnkg_error_set(err, "JSON: expected an object");
    for (size_t t = 0; t < label->n; t++) {
        const cnkg_json *surfaces = &label->items[t];
        if (surfaces->kind != CNKG_JSON_OBJECT)
            return cnkg_error_set(err, "JSON: expected an object");
        for (size_t s = 0; s < surfaces->n; s++)
            if (read_surface(line, label->keys[t], &surfaces->items[s], err) < 0)
                return -1;
    }
    return 0;
}

static int read_line(cnkg_cluener_line *out, const cnkg_json *root, cnkg_error *err)
{
    if (root->kind != CNKG_JSON_OBJECT)
        return cnkg_error_set(err, "JSON: expected an object");
    const cnkg_json *label = cnkg_json_get(root, "label");
    if (label && read_label(out, label, err) < 0)
        return -1;
    const cnkg_json *text = cnkg_json_get(root, "text");
    if (!text)
        return cnkg_error_set(err, "JSON: no \"text\" member");
    if (text->kind != CNKG_JSON_STRING)
        return cnkg_error_set(err, "JSON: expected a string");
    out->text = cnkg_xstrdup(text->text);
    out->cps = cnkg_utf8_to_cps(out->text, strlen(out->text), &out->n);
    for (size_t k = 0; k < out->n_spans; k++)
        if (out->spans[k].end > out->n)
            return cnkg_error_set(err, "JSON: span [%zu, %zu) beyond the text's %zu characters",
                                  out->spans[k].begin, out->spans[k].end, out->n);
    return 0;
}

int cnkg_cluener_parse(const char *json, size_t len, cnkg_cluener_line *out, cnkg_error *err)
{
    free(out->text);
    free(out->cps);
    out->text = NULL;
    out->cps = NULL;
    out->n = out->n_spans = 0;
    cnkg_json root;
    cnkg_error why;
    size_t where;
    if (cnkg_json_parse(json, len, &root, &where, &why) < 0)
        return cnkg_error_set(err, "JSON: %s at byte %zu", why.message, where);
    int rc = read_line(out, &root, err);
    cnkg_json_free(&root);
    return rc;
}

void cnkg_cluener_line_free(cnkg_cluener_line *line)
{
    free(line->text);
    free(line->cps);
    free(line->spans);
    memset(line, 0, sizeof *line);
}

int cnkg_cluener_each(const char *path, cnkg_cluener_fn fn, void *ctx, cnkg_error *err)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return cnkg_error_set(err, "%s: cannot open", path);
    char *buf = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t len;
    cnkg_cluener_line line = {0};
    int rc = 0;
    while ((len = getline(&buf, &cap, f)) > 0) {
        lineno++;
        while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
            len--;
        if (len == 0)
            continue;
        if (cnkg_cluener_parse(buf, (size_t)len, &line, err) < 0) {
            char msg[sizeof err->message];
            snprintf(msg, sizeof msg, "%s", err->message);
            rc = cnkg_error_set(err, "%s:%zu: %s", path, lineno, msg);
            break;
        }
        fn(&line, ctx);
    }
    cnkg_cluener_line_free(&line);
    free(buf);
    fclose(f);
    return rc;
}
