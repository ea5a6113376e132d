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

static void on_log(void *data, raptor_log_message *m)
{
    cnkg_raptor *r = data;
    if (m->level < RAPTOR_LOG_LEVEL_ERROR || r->failed)
        return; /* warnings, and errors after the first, are noise */
    r->failed = 1;
    r->line = m->locator && m->locator->line > 0 ? m->locator->line : 0;
    cnkg_buf_puts(&r->message, m->text ? m->text : "error");
}

/* Forgets an error, before the next parse. */
static void forget(cnkg_raptor *r)
{
    cnkg_buf_free(&r->message);
    r->failed = 0;
    r->line = 0;
}

int cnkg_raptor_open(cnkg_raptor *r, cnkg_error *err)
{
    memset(r, 0, sizeof *r);
    r->world = raptor_new_world();
    if (r->world) {
        raptor_world_set_log_handler(r->world, r, on_log);
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
    forget(r);
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

/* A parser of syntax that hands statements to handler, with path as the
 * base IRI; the caller feeds it. */
static raptor_parser *parser_new(cnkg_raptor *r, const char *path, const char *syntax,
                                 raptor_statement_handler handler, void *data, raptor_uri **base)
{
    forget(r);
    raptor_parser *parser = raptor_new_parser(r->world, syntax);
    *base = raptor_new_uri_from_uri_or_file_string(r->world, NULL, (const unsigned char *)path);
    if (parser)
        raptor_parser_set_statement_handler(parser, data, handler);
    return parser;
}

/* Frees what parser_new made; rc is the parse's; fallback says what failed
 * when raptor did not. */
static int parser_end(cnkg_raptor *r, raptor_parser *parser, raptor_uri *base, int rc,
                      const char *path, const char *fallback, cnkg_error *err)
{
    if (base)
        raptor_free_uri(base);
    if (parser)
        raptor_free_parser(parser);
    if (rc == 0 && !r->failed)
        return 0;
    const char *what = r->failed ? r->message.data : fallback;
    if (r->line)
        return cnkg_error_set(err, "%s:%d: %s", path, r->line, what);
    return cnkg_error_set(err, "%s: %s", path, what);
}

int cnkg_raptor_parse_file(cnkg_raptor *r, const char *path, const char *syntax,
                           raptor_statement_handler handler, void *data, cnkg_error *err)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return cnkg_error_set(err, "%s: cannot open: %s", path, strerror(errno));
    raptor_uri *base;
    raptor_parser *parser = parser_new(r, path, syntax, handler, data, &base);
    int rc = -1;
    if (parser && base)
        rc = raptor_parser_parse_file_stream(parser, fp, path, base);
    fclose(fp);
    return parser_end(r, parser, base, rc, path, "cannot parse the file", err);
}

int cnkg_raptor_parse_text(cnkg_raptor *r, const char *path, const char *syntax, const char *text,
                           size_t len, raptor_statement_handler handler, void *data,
                           cnkg_error *err)
{
    raptor_uri *base;
    raptor_parser *parser = parser_new(r, path, syntax, handler, data, &base);
    int rc = -1;
    if (parser && base && raptor_parser_parse_start(parser, base) == 0)
        rc = raptor_parser_parse_chunk(parser, (const unsigned char *)text, len, 1);
    return parser_end(r, parser, base, rc, path, "cannot parse the file", err);
}
