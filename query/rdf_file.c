/* rdf_file.c - reading an RDF file with raptor, statement by statement:
 * the query engine checks and counts its data files this way, DESCRIBE
 * collects descriptions, and the store splits its input by named graph.
 *
 * Raptor reports errors to the world's log handler; the first one is kept
 * with its line so that the caller can say "FILE:LINE: message". */
#include "query_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *cnkg_rdf_syntax_for_path(const char *path)
{
    static const char *const by_ext[][2] = {
        {".ttl", "turtle"}, {".turtle", "turtle"}, {".nt", "ntriples"}, {".nq", "nquads"},
        {".rdf", "rdfxml"}, {".xml", "rdfxml"},    {".owl", "rdfxml"},  {".trig", "trig"},
    };
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, '/');
    if (dot && (!slash || dot > slash))
        for (size_t i = 0; i < sizeof by_ext / sizeof by_ext[0]; i++)
            if (strcasecmp(dot, by_ext[i][0]) == 0)
                return by_ext[i][1];
    return "turtle";
}

void cnkg_rdf_log_on_message(void *data, raptor_log_message *m)
{
    cnkg_rdf_log *log = data;
    if (m->level < RAPTOR_LOG_LEVEL_ERROR || log->failed)
        return; /* warnings, and errors after the first, are noise */
    log->failed = 1;
    log->line = m->locator && m->locator->line > 0 ? m->locator->line : 0;
    snprintf(log->message, sizeof log->message, "%s", m->text ? m->text : "unknown error");
}

void cnkg_rdf_log_attach(raptor_world *world, cnkg_rdf_log *log)
{
    raptor_world_set_log_handler(world, log, cnkg_rdf_log_on_message);
}

void cnkg_rdf_log_reset(cnkg_rdf_log *log)
{
    log->failed = 0;
    log->line = 0;
    log->message[0] = '\0';
}

int cnkg_rdf_log_fail(const cnkg_rdf_log *log, cnkg_error *err, const char *where,
                      const char *fallback)
{
    const char *text = log->failed ? log->message : fallback;
    if (log->line)
        return cnkg_error_set(err, "%s:%d: %s", where, log->line, text);
    return cnkg_error_set(err, "%s: %s", where, text);
}

int cnkg_rdf_file_parse(raptor_world *world, cnkg_rdf_log *log, const char *path,
                        raptor_statement_handler handler, void *data, cnkg_error *err)
{
    return cnkg_rdf_file_parse_until(world, log, path, handler, data, NULL, err);
}

/* Fed in blocks rather than by raptor_parser_parse_file_stream, so that a
 * handler that has failed (a store that cannot take more) ends the parse
 * instead of seeing the rest of a file of gigabytes. */
int cnkg_rdf_file_parse_until(raptor_world *world, cnkg_rdf_log *log, const char *path,
                              raptor_statement_handler handler, void *data, const int *stop,
                              cnkg_error *err)
{
    if (cnkg_file_check_graph(path, err) != 0)
        return -1;
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return cnkg_error_set(err, "cannot open %s: %s", path, strerror(errno));
    cnkg_rdf_log_reset(log);
    raptor_parser *parser = raptor_new_parser(world, cnkg_rdf_syntax_for_path(path));
    raptor_uri *base =
        raptor_new_uri_from_uri_or_file_string(world, NULL, (const unsigned char *)path);
    int rc = -1;
    if (parser && base) {
        raptor_parser_set_statement_handler(parser, data, handler);
        rc = raptor_parser_parse_start(parser, base);
        unsigned char block[65536];
        size_t got = 0;
        while (rc == 0 && !(stop && *stop) && (got = fread(block, 1, sizeof block, fp)) > 0)
            rc = raptor_parser_parse_chunk(parser, block, got, 0);
        if (rc == 0 && !(stop && *stop))
            rc = ferror(fp) ? -1 : raptor_parser_parse_chunk(parser, NULL, 0, 1);
    }
    fclose(fp);
    if (parser)
        raptor_free_parser(parser);
    if (base)
        raptor_free_uri(base);
    if (stop && *stop)
        return -1; /* the handler has said why */
    if (rc || log->failed)
        return cnkg_rdf_log_fail(log, err, path, "cannot parse the file");
    return 0;
}

void cnkg_rdf_term_append(cnkg_buf *b, const raptor_term *t, const char *bnode_prefix)
{
    if (t->type == RAPTOR_TERM_TYPE_BLANK) {
        cnkg_buf_printf(b, "_:%s%s", bnode_prefix, (const char *)t->value.blank.string);
        return;
    }
    if (t->type == RAPTOR_TERM_TYPE_LITERAL) {
        /* raptor leaves line breaks raw in literals, which strict N-Triples
         * readers (Jena ARQ's) refuse; UTF-8 stays as it is */
        const unsigned char *v = t->value.literal.string;
        cnkg_buf_putc(b, '"');
        for (size_t i = 0; i < t->value.literal.string_len; i++) {
            switch (v[i]) {
            case '\\':
                cnkg_buf_puts(b, "\\\\");
                break;
            case '"':
                cnkg_buf_puts(b, "\\\"");
                break;
            case '\n':
                cnkg_buf_puts(b, "\\n");
                break;
            case '\r':
                cnkg_buf_puts(b, "\\r");
                break;
            default:
                cnkg_buf_putc(b, (char)v[i]);
            }
        }
        cnkg_buf_putc(b, '"');
        if (t->value.literal.language)
            cnkg_buf_printf(b, "@%s", (const char *)t->value.literal.language);
        else if (t->value.literal.datatype)
            cnkg_buf_printf(b, "^^<%s>",
                            (const char *)raptor_uri_as_string(t->value.literal.datatype));
        return;
    }
    size_t len = 0;
    unsigned char *s = raptor_term_to_counted_string((raptor_term *)t, &len);
    if (s)
        cnkg_buf_append(b, (const char *)s, len);
    raptor_free_memory(s);
}

int cnkg_rdf_text_parse(raptor_world *world, cnkg_rdf_log *log, const char *text, size_t len,
                        raptor_statement_handler handler, void *data)
{
    cnkg_rdf_log_reset(log);
    raptor_parser *p = raptor_new_parser(world, "ntriples");
    raptor_uri *base = raptor_new_uri(world, (const unsigned char *)"urn:cnkg:data");
    int rc = -1;
    if (p && base) {
        raptor_parser_set_statement_handler(p, data, handler);
        rc = raptor_parser_parse_start(p, base) ||
             raptor_parser_parse_chunk(p, (const unsigned char *)text, len, 1) || log->failed;
    }
    if (base)
        raptor_free_uri(base);
    if (p)
        raptor_free_parser(p);
    return rc ? -1 : 0;
}
