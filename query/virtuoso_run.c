/* virtuoso_run.c - a query answered by Virtuoso's SPARQL endpoint, its
 * results written by the same writers as the engine in memory: SELECT and
 * ASK come back as SPARQL JSON, CONSTRUCT and DESCRIBE as N-Triples and
 * are written as Turtle.
 *
 * Virtuoso's default graph is the union of all its graphs, as the merged
 * files are in memory; its own system graphs are left out of it. */
#include "store_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const char *const system_graphs[] = {
    "http://www.openlinksw.com/schemas/virtrdf#",
    "http://www.w3.org/ns/ldp#",
    "http://localuriqaserver/sparql",
};

static int term_from_json(const cnkg_json *j, cnkg_term *t)
{
    memset(t, 0, sizeof *t);
    const char *type = cnkg_json_text(cnkg_json_get(j, "type"));
    t->value = cnkg_json_text(cnkg_json_get(j, "value"));
    if (!type || !t->value) {
        t->kind = CNKG_TERM_UNBOUND;
        return 0;
    }
    if (strcmp(type, "uri") == 0) {
        t->kind = CNKG_TERM_IRI;
    } else if (strcmp(type, "bnode") == 0) {
        t->kind = CNKG_TERM_BNODE;
        if (strncmp(t->value, "nodeID://", 9) == 0)
            t->value += 9;
    } else {
        t->kind = CNKG_TERM_LITERAL; /* "literal", or Virtuoso's "typed-literal" */
        t->lang = cnkg_json_text(cnkg_json_get(j, "xml:lang"));
        t->datatype = cnkg_json_text(cnkg_json_get(j, "datatype"));
    }
    return 0;
}

static int write_json_results(const char *body, cnkg_results_format format, const cnkg_prefixes *px,
                              FILE *out, cnkg_error *err)
{
    cnkg_json *root = cnkg_json_parse(body);
    const cnkg_json *boolean = cnkg_json_get(root, "boolean");
    const cnkg_json *vars = cnkg_json_get(cnkg_json_get(root, "head"), "vars");
    const cnkg_json *rows = cnkg_json_get(cnkg_json_get(root, "results"), "bindings");
    if (boolean) {
        cnkg_results_write_boolean(format, strcmp(cnkg_json_text(boolean), "true") == 0, out);
    } else if (vars && rows && vars->kind == CNKG_JSON_ARRAY && rows->kind == CNKG_JSON_ARRAY) {
        const char **names = cnkg_xcalloc(vars->n + 1, sizeof *names);
        for (size_t i = 0; i < vars->n; i++)
            names[i] = cnkg_json_text(vars->items[i]) ? cnkg_json_text(vars->items[i]) : "";
        cnkg_term *terms = cnkg_xcalloc(vars->n + 1, sizeof *terms);
        cnkg_results_writer *w = cnkg_results_writer_new(format, out, px);
        cnkg_results_writer_begin(w, names, vars->n);
        for (size_t r = 0; r < rows->n; r++) {
            for (size_t i = 0; i < vars->n; i++)
                term_from_json(cnkg_json_get(rows->items[r], names[i]), &terms[i]);
            cnkg_results_writer_row(w, terms);
        }
        cnkg_results_writer_end(w);
        cnkg_results_writer_free(w);
        free(terms);
        free(names);
    } else {
        cnkg_json_free(root);
        return cnkg_error_set(err, "virtuoso: the results are not SPARQL JSON");
    }
    cnkg_json_free(root);
    return 0;
}

static void on_statement(void *data, raptor_statement *st)
{
    cnkg_statements_add(data, st);
}

static int write_ntriples_as_turtle(const char *body, size_t len, const cnkg_prefixes *px,
                                    FILE *out, cnkg_error *err)
{
    raptor_world *world = raptor_new_world();
    cnkg_rdf_log log = {0};
    cnkg_statements graph = {0};
    int rc = -1;
    if (world && raptor_world_open(world) == 0) {
        cnkg_rdf_log_attach(world, &log);
        raptor_parser *p = raptor_new_parser(world, "ntriples");
        raptor_uri *base = raptor_new_uri(world, (const unsigned char *)"urn:cnkg:results");
        if (p && base) {
            raptor_parser_set_statement_handler(p, &graph, on_statement);
            rc = raptor_parser_parse_start(p, base) ||
                 raptor_parser_parse_chunk(p, (const unsigned char *)body, len, 1) || log.failed;
        }
        if (rc == 0)
            rc = cnkg_statements_write_turtle(world, &graph, px, out);
        if (base)
            raptor_free_uri(base);
        if (p)
            raptor_free_parser(p);
    }
    cnkg_statements_free(&graph);
    if (world)
        raptor_free_world(world);
    return rc ? cnkg_error_set(err, "virtuoso: cannot read the graph it answered") : 0;
}

/* "... SPARQL compiler, line N: message" becomes "query:LINE: message" in
 * the lines of the caller's text. */
static int query_error(const char *body, int shift, cnkg_error *err)
{
    const char *at = strstr(body, ", line ");
    const char *nl = strchr(body, '\n');
    int line = 0, used = 0;
    if (at && (!nl || at < nl) && sscanf(at, ", line %d: %n", &line, &used) == 1 && used > 0) {
        const char *msg = at + used;
        line -= shift;
        if (line > 0)
            return cnkg_error_set(err, "query:%d: %.*s", line, (int)strcspn(msg, "\n"), msg);
        return cnkg_error_set(err, "query: %.*s", (int)strcspn(msg, "\n"), msg);
    }
    return cnkg_error_set(err, "query: %.*s", (int)strcspn(body, "\n"), body);
}

int cnkg_virtuoso_query(const cnkg_virtuoso *v, const char *sparql, cnkg_results_format format,
                        FILE *out, cnkg_error *err)
{
    static const char *const forms[] = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"};
    size_t which = 0;
    cnkg_sparql_find_word(sparql, forms, 4, &which);
    int graph = which >= 2;
    cnkg_prefixes px = {0};
    cnkg_prefixes_from_query(&px, sparql);
    cnkg_buf text = {0};
    for (size_t i = 0; i < sizeof system_graphs / sizeof system_graphs[0]; i++)
        cnkg_buf_printf(&text,
                        "define input:default-graph-exclude <%s> "
                        "define input:named-graph-exclude <%s> ",
                        system_graphs[i], system_graphs[i]);
    cnkg_prefixes_prologue(&px, &text);
    if (text.data[text.len - 1] != '\n')
        cnkg_buf_putc(&text, '\n');
    cnkg_buf_puts(&text, sparql);
    cnkg_buf form = {0};
    cnkg_buf_puts(&form, "query=");
    cnkg_url_encode(&form, text.data);
    cnkg_http_response resp;
    int rc = cnkg_http_post(v->host, v->http_port, "/sparql",
                            graph ? "application/n-triples" : "application/sparql-results+json",
                            form.data, 3600, &resp, err);
    if (rc == 0 && resp.status != 200)
        rc = query_error(resp.body, 1, err);
    else if (rc == 0 && graph)
        rc = write_ntriples_as_turtle(resp.body, resp.body_len, &px, out, err);
    else if (rc == 0)
        rc = write_json_results(resp.body, format, &px, out, err);
    if (rc == 0 && (fflush(out) != 0 || ferror(out)))
        rc = cnkg_error_set(err, "cannot write the results: %s", strerror(errno));
    cnkg_http_response_free(&resp);
    cnkg_buf_free(&form);
    cnkg_buf_free(&text);
    cnkg_prefixes_free(&px);
    return rc;
}
