/* raptor.c - one raptor set-up for every component. raptor reports errors
 * through its world's log handler and would print them; the first one is
 * kept here, with its line, so that the caller can return "FILE:LINE:
 * message" like any other error. */
#include "cnkg_raptor.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void cnkg_raptor_on_log(void *data, raptor_log_message *m)
{
    cnkg_raptor *r = data;
    if (m->level < RAPTOR_LOG_LEVEL_ERROR || r->failed)
        return; /* warnings, and errors after the first, are noise */
    r->failed = 1;
    r->line = m->locator && m->locator->line > 0 ? m->locator->line : 0;
    cnkg_buf_puts(&r->message, m->text ? m->text : "error");
}

void cnkg_raptor_forget(cnkg_raptor *r)
{
    cnkg_buf_free(&r->message);
    r->failed = 0;
    r->line = 0;
}

int cnkg_raptor_fail(const cnkg_raptor *r, const char *where, const char *fallback, cnkg_error *err)
{
    const char *what = r->failed ? r->message.data : fallback;
    if (r->line)
        return cnkg_error_set(err, "%s:%d: %s", where, r->line, what);
    return cnkg_error_set(err, "%s: %s", where, what);
}

int cnkg_raptor_open(cnkg_raptor *r, cnkg_error *err)
{
    memset(r, 0, sizeof *r);
    r->world = raptor_new_world();
    if (r->world) {
        raptor_world_set_log_handler(r->world, r, cnkg_raptor_on_log);
        if (raptor_world_open(r->world) == 0)
            return 0;
    }
    cnkg_raptor_close(r);
    return cnkg_error_set(err, "cannot start the raptor RDF library");
}

void cnkg_raptor_close(cnkg_raptor *r)
{
    if (r->world)
        raptor_free_world(r->world);
    r->world = NULL;
    cnkg_raptor_forget(r);
}

const char *cnkg_raptor_syntax_of_path(const char *path)
{
    static const char *const by_ext[][2] = {
        {".ttl", "turtle"}, {".turtle", "turtle"}, {".nt", "ntriples"}, {".nq", "nquads"},
        {".rdf", "rdfxml"}, {".xml", "rdfxml"},    {".owl", "rdfxml"},  {".trig", "trig"},
    };
    const char *dot = path ? strrchr(path, '.') : NULL;
    const char *slash = path ? strrchr(path, '/') : NULL;
    if (!dot || (slash && dot < slash))
        return NULL;
    for (size_t i = 0; i < sizeof by_ext / sizeof by_ext[0]; i++)
        if (strcasecmp(dot, by_ext[i][0]) == 0)
            return by_ext[i][1];
    return NULL;
}

/* A parser of syntax (NULL: Turtle) that hands statements to handler,
 * with path as the base IRI; the caller feeds it. */
static raptor_parser *parser_new(cnkg_raptor *r, const char *path, const char *syntax,
                                 raptor_statement_handler handler, void *data, raptor_uri **base)
{
    cnkg_raptor_forget(r);
    raptor_parser *parser = raptor_new_parser(r->world, syntax ? syntax : "turtle");
    /* a text's name may be an IRI already (urn:cnkg:data), which raptor
     * would not take for a file's name */
    const unsigned char *name = (const unsigned char *)path;
    *base = raptor_uri_uri_string_is_absolute(name) > 0
                ? raptor_new_uri(r->world, name)
                : raptor_new_uri_from_uri_or_file_string(r->world, NULL, name);
    if (parser)
        raptor_parser_set_statement_handler(parser, data, handler);
    return parser;
}

static void parser_free(raptor_parser *parser, raptor_uri *base)
{
    if (base)
        raptor_free_uri(base);
    if (parser)
        raptor_free_parser(parser);
}

/* Fed in blocks rather than by raptor_parser_parse_file_stream, so that a
 * handler that has set *stop ends the parse. */
static int feed(raptor_parser *parser, raptor_uri *base, FILE *fp, const int *stop)
{
    int rc = raptor_parser_parse_start(parser, base);
    unsigned char block[65536];
    size_t got = 0;
    while (rc == 0 && !(stop && *stop) && (got = fread(block, 1, sizeof block, fp)) > 0)
        rc = raptor_parser_parse_chunk(parser, block, got, 0);
    if (rc == 0 && !(stop && *stop))
        rc = ferror(fp) ? -1 : raptor_parser_parse_chunk(parser, NULL, 0, 1);
    return rc;
}

int cnkg_raptor_parse_file(cnkg_raptor *r, const char *path, const char *syntax,
                           raptor_statement_handler handler, void *data, const int *stop,
                           cnkg_error *err)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return cnkg_error_set(err, "cannot open %s: %s", path, strerror(errno));
    raptor_uri *base;
    raptor_parser *parser = parser_new(r, path, syntax, handler, data, &base);
    int rc = parser && base ? feed(parser, base, fp, stop) : -1;
    fclose(fp);
    parser_free(parser, base);
    if (stop && *stop)
        return -1; /* the handler has said why */
    if (rc || r->failed)
        return cnkg_raptor_fail(r, path, "cannot parse the file", err);
    return 0;
}

int cnkg_raptor_parse_text(cnkg_raptor *r, const char *path, const char *syntax, const char *text,
                           size_t len, raptor_statement_handler handler, void *data,
                           cnkg_error *err)
{
    raptor_uri *base;
    raptor_parser *parser = parser_new(r, path, syntax, handler, data, &base);
    int rc = parser && base ? raptor_parser_parse_start(parser, base) : -1;
    /* in blocks: raptor's N-Triples parser moves what it has not read yet
     * after each line, so one block of megabytes would take quadratic time */
    while (rc == 0 && len > 65536) {
        rc = raptor_parser_parse_chunk(parser, (const unsigned char *)text, 65536, 0);
        text += 65536;
        len -= 65536;
    }
    if (rc == 0)
        rc = raptor_parser_parse_chunk(parser, (const unsigned char *)text, len, 1);
    parser_free(parser, base);
    if (rc || r->failed)
        return cnkg_raptor_fail(r, path, "cannot parse the file", err);
    return 0;
}
