/* answer.c - an answer from another engine (Virtuoso's endpoint, Jena
 * ARQ) written by cnkg's own writers, so that the output does not depend on
 * which engine answered: SELECT and ASK arrive as SPARQL JSON, CONSTRUCT
 * and DESCRIBE as N-Triples, written as Turtle. */
#define _GNU_SOURCE /* qsort_r */
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

/* SPARQL's order of terms for ORDER BY: unbound, blank nodes, IRIs, then
 * literals, numbers by value when both are, others by their text. */
static int term_rank(const cnkg_term *t)
{
    return t->kind == CNKG_TERM_UNBOUND ? 0
           : t->kind == CNKG_TERM_BNODE ? 1
           : t->kind == CNKG_TERM_IRI   ? 2
                                        : 3;
}

static int is_number(const cnkg_term *t)
{
    static const char *const types[] = {"integer", "decimal", "float", "double", "int", "long"};
    if (!t->datatype || strncmp(t->datatype, CNKG_XSD_NS, strlen(CNKG_XSD_NS)) != 0)
        return 0;
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (strcmp(t->datatype + strlen(CNKG_XSD_NS), types[i]) == 0)
            return 1;
    return 0;
}

static int term_order(const cnkg_term *a, const cnkg_term *b)
{
    int ra = term_rank(a), rb = term_rank(b);
    if (ra != rb || ra == 0)
        return ra - rb;
    if (ra == 3 && is_number(a) && is_number(b)) {
        double x = strtod(a->value, NULL), y = strtod(b->value, NULL);
        if (x != y)
            return x < y ? -1 : 1;
    }
    return strcmp(a->value, b->value);
}

typedef struct sort_ctx {
    const cnkg_term *cells;
    size_t n_vars;
    const size_t *columns; /* of the keys */
    const cnkg_order_key *keys;
    size_t n_keys;
} sort_ctx;

static int row_order(const void *pa, const void *pb, void *data)
{
    const sort_ctx *s = data;
    size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
    for (size_t k = 0; k < s->n_keys; k++) {
        const cnkg_term *ta = &s->cells[a * s->n_vars + s->columns[k]];
        const cnkg_term *tb = &s->cells[b * s->n_vars + s->columns[k]];
        int c = term_order(ta, tb);
        if (c)
            return s->keys[k].descending ? -c : c;
    }
    return a < b ? -1 : a > b; /* ties keep the engine's order */
}

void cnkg_answer_write_rows(const char *const *vars, size_t n_vars, const cnkg_term *cells,
                            size_t n_rows, const cnkg_order_key *keys, size_t n_keys,
                            cnkg_results_format format, const cnkg_prefixes *px, FILE *out)
{
    size_t *order = cnkg_xcalloc(n_rows + 1, sizeof *order);
    for (size_t r = 0; r < n_rows; r++)
        order[r] = r;
    /* a key that names no column sorts nothing: every row has it unbound */
    size_t *columns = cnkg_xcalloc(n_keys + 1, sizeof *columns), n_columns = 0;
    cnkg_order_key *known = cnkg_xcalloc(n_keys + 1, sizeof *known);
    for (size_t k = 0; k < n_keys; k++)
        for (size_t i = 0; i < n_vars; i++)
            if (strcmp(keys[k].name, vars[i]) == 0) {
                known[n_columns] = keys[k];
                columns[n_columns++] = i;
                break;
            }
    if (n_columns && n_rows > 1) {
        sort_ctx ctx = {cells, n_vars, columns, known, n_columns};
        qsort_r(order, n_rows, sizeof *order, row_order, &ctx);
    }
    cnkg_results_writer *w = cnkg_results_writer_new(format, out, px);
    cnkg_results_writer_begin(w, vars, n_vars);
    for (size_t r = 0; r < n_rows; r++)
        cnkg_results_writer_row(w, &cells[order[r] * n_vars]);
    cnkg_results_writer_end(w);
    cnkg_results_writer_free(w);
    free(known);
    free(columns);
    free(order);
}

int cnkg_answer_write_json_sorted(const char *body, const cnkg_order_key *keys, size_t n_keys,
                                  cnkg_results_format format, const cnkg_prefixes *px, FILE *out,
                                  cnkg_error *err)
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
        cnkg_term *cells = cnkg_xcalloc(rows->n * vars->n + 1, sizeof *cells);
        for (size_t r = 0; r < rows->n; r++)
            for (size_t i = 0; i < vars->n; i++)
                term_from_json(cnkg_json_get(&rows->items[r], names[i]), &cells[r * vars->n + i]);
        cnkg_answer_write_rows(names, vars->n, cells, rows->n, keys, n_keys, format, px, out);
        free(cells);
        free(names);
    } else {
        cnkg_json_free(&root);
        return cnkg_error_set(err, "query: the engine's results are not SPARQL JSON");
    }
    cnkg_json_free(&root);
    return 0;
}

int cnkg_answer_write_json(const char *body, cnkg_results_format format, const cnkg_prefixes *px,
                           FILE *out, cnkg_error *err)
{
    return cnkg_answer_write_json_sorted(body, NULL, 0, format, px, out, err);
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
