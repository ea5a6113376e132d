/* parse.c - Turtle files into interned triples, through raptor.
 *
 * A reader owns one raptor world (common/raptor.c) for one load, so
 * nothing raptor keeps is shared between ontologies or threads; raptor's
 * first error comes back with the file and line instead of being printed. */
#include "onto_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cnkg_raptor.h"

struct onto_reader {
    cnkg_raptor raptor;
    unsigned file_no;
    onto_strtab *strs;
    onto_triples *out;
};

typedef struct onto_reader parse_ctx;

/* Interns a node. Blank node labels are only unique within a file, so they
 * are qualified by the file's number. */
static onto_sym intern_node(parse_ctx *ctx, raptor_term *t, uint8_t *kind, onto_sym *lang)
{
    *lang = 0;
    switch (t->type) {
    case RAPTOR_TERM_TYPE_URI: {
        size_t len;
        const unsigned char *s = raptor_uri_as_counted_string(t->value.uri, &len);
        *kind = ONTO_IRI;
        return onto_strtab_intern(ctx->strs, (const char *)s, len);
    }
    case RAPTOR_TERM_TYPE_BLANK: {
        char buf[512];
        int n =
            snprintf(buf, sizeof buf, "_:%u:%s", ctx->file_no, (const char *)t->value.blank.string);
        *kind = ONTO_BLANK;
        return onto_strtab_intern(ctx->strs, buf, n < (int)sizeof buf ? (size_t)n : sizeof buf - 1);
    }
    case RAPTOR_TERM_TYPE_LITERAL:
        *kind = ONTO_LITERAL;
        if (t->value.literal.language)
            *lang = onto_strtab_intern(ctx->strs, (const char *)t->value.literal.language,
                                       t->value.literal.language_len);
        return onto_strtab_intern(ctx->strs, (const char *)t->value.literal.string,
                                  t->value.literal.string_len);
    default:
        *kind = ONTO_BLANK;
        return 0;
    }
}

static void on_statement(void *data, raptor_statement *st)
{
    parse_ctx *ctx = data;
    onto_triples *out = ctx->out;
    if (out->n == out->cap) {
        out->cap = out->cap ? out->cap * 2 : 4096;
        out->v = cnkg_xrealloc(out->v, out->cap * sizeof *out->v);
    }
    onto_triple *t = &out->v[out->n++];
    uint8_t p_kind;
    onto_sym ignored;
    t->s = intern_node(ctx, st->subject, &t->s_kind, &ignored);
    t->p = intern_node(ctx, st->predicate, &p_kind, &ignored);
    t->o = intern_node(ctx, st->object, &t->o_kind, &t->lang);
}

onto_reader *onto_reader_new(onto_strtab *strs, onto_triples *out, cnkg_error *err)
{
    onto_reader *r = cnkg_xcalloc(1, sizeof *r);
    r->strs = strs;
    r->out = out;
    if (cnkg_raptor_open(&r->raptor, err) == 0)
        return r;
    onto_reader_free(r);
    return NULL;
}

void onto_reader_free(onto_reader *r)
{
    if (!r)
        return;
    cnkg_raptor_close(&r->raptor);
    free(r);
}

/* Turtle is UTF-8; raptor passes broken bytes through into literals, where
 * they would reach labels, IRIs and diagrams. Refuse the file instead. */
static int check_utf8(const char *path, const char *text, size_t len, cnkg_error *err)
{
    size_t line = 1;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t used = cnkg_utf8_decode(text + i, len - i, &cp);
        if (!used)
            return cnkg_error_set(err, "%s:%zu: not valid UTF-8 (byte offset %zu)", path, line, i);
        line += cp == '\n';
        i += used;
    }
    return 0;
}

int onto_reader_parse(onto_reader *r, const char *path, cnkg_error *err)
{
    size_t len = 0;
    char *text = cnkg_file_read(path, &len, err);
    if (!text)
        return -1;
    if (check_utf8(path, text, len, err) != 0) {
        free(text);
        return -1;
    }

    r->file_no++;
    int rc = cnkg_raptor_parse_text(&r->raptor, path, "turtle", text, len, on_statement, r, err);
    free(text);
    return rc;
}
