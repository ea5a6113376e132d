/* answer.c - an answer from another engine (Virtuoso's endpoint, Jena
 * ARQ) written by cnkg's own writers, so that the output does not depend on
 * which engine answered: SELECT and ASK arrive as SPARQL JSON, CONSTRUCT
 * and DESCRIBE as N-Triples, written as Turtle. */
#include "store_internal.h"

#include "cnkg_json.h"

#include <stdlib.h>
#include <string.h>

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

int cnkg_answer_write_json(const char *body, cnkg_results_format format, const cnkg_prefixes *px,
                           FILE *out, cnkg_error *err)
{
    cnkg_json root;
    cnkg_error why;
    size_t where;
    /* Not JSON: root is empty, and the answer is refused below. */
    cnkg_json_parse(body, strlen(body), &root, &where, &why);
    const cnkg_json *boolean = cnkg_json_get(&root, "boolean");
    const cnkg_json *vars = cnkg_json_get(cnkg_json_get(&root, "head"), "vars");
    const cnkg_json *rows = cnkg_json_get(cnkg_json_get(&root, "results"), "bindings");
    if (boolean) {
        /* true, or "true" as some engines write it */
        const char *yes = cnkg_json_text(boolean);
        cnkg_results_write_boolean(format, yes && strcmp(yes, "true") == 0, out);
    } else if (vars && rows && vars->kind == CNKG_JSON_ARRAY && rows->kind == CNKG_JSON_ARRAY) {
        const char **names = cnkg_xcalloc(vars->n + 1, sizeof *names);
        for (size_t i = 0; i < vars->n; i++)
            names[i] = cnkg_json_text(&vars->items[i]) ? cnkg_json_text(&vars->items[i]) : "";
        cnkg_term *terms = cnkg_xcalloc(vars->n + 1, sizeof *terms);
        cnkg_results_writer *w = cnkg_results_writer_new(format, out, px);
        cnkg_results_writer_begin(w, names, vars->n);
        for (size_t r = 0; r < rows->n; r++) {
            for (size_t i = 0; i < vars->n; i++)
                term_from_json(cnkg_json_get(&rows->items[r], names[i]), &terms[i]);
            cnkg_results_writer_row(w, terms);
        }
        cnkg_results_writer_end(w);
        cnkg_results_writer_free(w);
        free(terms);
        free(names);
    } else {
        cnkg_json_free(&root);
        return cnkg_error_set(err, "query: the engine's results are not SPARQL JSON");
    }
    cnkg_json_free(&root);
    return 0;
}

static void on_statement(void *data, raptor_statement *st)
{
    cnkg_statements_add(data, st);
}

int cnkg_answer_write_ntriples(const char *body, size_t len, const cnkg_prefixes *px, FILE *out,
                               cnkg_error *err)
{
    cnkg_raptor raptor;
    cnkg_statements graph = {0};
    int rc = cnkg_raptor_open(&raptor, NULL);
    if (rc == 0)
        rc = cnkg_raptor_parse_text(&raptor, "urn:cnkg:results", "ntriples", body, len,
                                    on_statement, &graph, NULL);
    if (rc == 0)
        rc = cnkg_statements_write_turtle(raptor.world, &graph, px, out);
    cnkg_statements_free(&graph);
    cnkg_raptor_close(&raptor);
    return rc ? cnkg_error_set(err, "query: cannot read the graph the engine answered") : 0;
}
