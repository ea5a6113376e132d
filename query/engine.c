/* engine.c - SPARQL over RDF files in memory, answered by rasqal alone:
 * each file is a data graph of the query, parsed by rasqal's own raptor
 * triple store, as roqet does.
 *
 * Why not a librdf model: librdf 1.0.17's "hashes" storage with contexts
 * makes loading quadratic (every statement lands under the one empty
 * context key, whose value list is scanned on each add: 8 s for the
 * 2,900-line industries lexicon), and even without contexts a join
 * through librdf's triple source took 164 s on 10,000 triples where rasqal
 * over its own data graphs takes under 1 s.
 *
 * Files are parsed at load (an error names FILE:LINE before any query
 * runs) into N-Triples text without graph names, which rasqal reads when
 * the query runs: rasqal 0.9.33 joins wrongly over N-Quads data graphs
 * (an OPTIONAL picks up values of other subjects), and a text of its own
 * keeps the blank nodes of different files apart. Errors reach us through
 * raptor's logger. */
#include "cnkg_query.h"
#include "query_internal.h"

#if defined(__SANITIZE_ADDRESS__)
#define CNKG_LSAN 1
#include <sanitizer/lsan_interface.h>
#endif

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct cnkg_query_engine {
    rasqal_world *world;
    cnkg_raptor raptor; /* rasqal's raptor world, whose errors rasqal's join */
    cnkg_buf *data;     /* N-Triples, one text a file */
    uint64_t *seen;     /* hashes of the triples in data, open addressing */
    size_t n_seen, cap_seen;
    char **paths;
    size_t n_paths;
    size_t n_triples;
    char answered_by[256]; /* for --verbose */
    cnkg_buf quads;        /* the statements of named graphs, N-Quads */
};

/* rasqal 0.9.33 never frees two XSD datatype URIs it makes when its world
 * opens; the leak checker is told to look away, once, there. */
static int world_open(rasqal_world *world)
{
#ifdef CNKG_LSAN
    __lsan_disable();
#endif
    int rc = rasqal_world_open(world);
#ifdef CNKG_LSAN
    __lsan_enable();
#endif
    return rc;
}

int cnkg_query_engine_new(cnkg_query_engine **out, cnkg_error *err)
{
    cnkg_query_engine *q = cnkg_xcalloc(1, sizeof *q);
    *out = NULL;
    if (cnkg_raptor_open(&q->raptor, err) != 0) {
        free(q);
        return -1;
    }
    q->world = rasqal_new_world();
    if (q->world) /* rasqal uses it and leaves it to us to free */
        rasqal_world_set_raptor(q->world, q->raptor.world);
    if (!q->world || world_open(q->world)) {
        cnkg_query_engine_free(q);
        return cnkg_error_set(err, "cannot create a rasqal world");
    }
    rasqal_world_set_log_handler(q->world, &q->raptor, cnkg_raptor_on_log);
    *out = q;
    return 0;
}

void cnkg_query_engine_free(cnkg_query_engine *q)
{
    if (!q)
        return;
    for (size_t i = 0; i < q->n_paths; i++) {
        free(q->paths[i]);
        cnkg_buf_free(&q->data[i]);
    }
    free(q->paths);
    free(q->data);
    free(q->seen);
    cnkg_buf_free(&q->quads);
    if (q->world)
        rasqal_free_world(q->world);
    cnkg_raptor_close(&q->raptor);
    free(q);
}

typedef struct loading {
    cnkg_query_engine *q;
    cnkg_buf text, line;
    size_t n;
    char prefix[32];
} loading;

/* The merged graph is a set: a triple that several articles (graphs of
 * N-Quads) state is kept once. rasqal 0.9.33 also joins wrongly over
 * duplicate triples (an OPTIONAL picks up values of other subjects). */
static int seen_before(cnkg_query_engine *q, uint64_t h)
{
    if (h == 0)
        h = 1; /* 0 marks a free slot */
    if ((q->n_seen + 1) * 2 > q->cap_seen) {
        size_t cap = q->cap_seen ? q->cap_seen * 2 : 1024;
        uint64_t *slots = cnkg_xcalloc(cap, sizeof *slots);
        for (size_t i = 0; i < q->cap_seen; i++) {
            size_t j = q->seen[i] & (cap - 1);
            while (q->seen[i] && slots[j])
                j = (j + 1) & (cap - 1);
            if (q->seen[i])
                slots[j] = q->seen[i];
        }
        free(q->seen);
        q->seen = slots;
        q->cap_seen = cap;
    }
    size_t j = h & (q->cap_seen - 1);
    for (; q->seen[j]; j = (j + 1) & (q->cap_seen - 1))
        if (q->seen[j] == h)
            return 1;
    q->seen[j] = h;
    q->n_seen++;
    return 0;
}

static void add_statement(void *data, raptor_statement *st)
{
    loading *l = data;
    cnkg_buf_clear(&l->line);
    cnkg_rdf_term_append(&l->line, st->subject, l->prefix);
    cnkg_buf_putc(&l->line, ' ');
    cnkg_rdf_term_append(&l->line, st->predicate, l->prefix);
    cnkg_buf_putc(&l->line, ' ');
    cnkg_rdf_term_append(&l->line, st->object, l->prefix);
    cnkg_buf_puts(&l->line, " .\n");
    if (st->graph && st->graph->type == RAPTOR_TERM_TYPE_URI &&
        strcmp((const char *)raptor_uri_as_string(st->graph->value.uri),
               CNKG_STORE_DEFAULT_GRAPH) != 0) {
        /* the quad too, for GRAPH patterns, which only ARQ is given */
        cnkg_buf_append(&l->q->quads, l->line.data, l->line.len - 2);
        cnkg_buf_printf(&l->q->quads, "<%s> .\n",
                        (const char *)raptor_uri_as_string(st->graph->value.uri));
    }
    if (seen_before(l->q, cnkg_hash64(l->line.data, l->line.len, 0x6b67)))
        return;
    cnkg_buf_append(&l->text, l->line.data, l->line.len);
    l->n++;
}

int cnkg_query_engine_load(cnkg_query_engine *q, const char *path, cnkg_error *err)
{
    loading l;
    memset(&l, 0, sizeof l);
    l.q = q;
    snprintf(l.prefix, sizeof l.prefix, "f%zu", q->n_paths);
    int rc = -1;
    if (cnkg_file_check_graph(path, err) == 0)
        rc = cnkg_raptor_parse_file(&q->raptor, path, cnkg_raptor_syntax_of_path(path),
                                    add_statement, &l, NULL, err);
    cnkg_buf_free(&l.line);
    if (rc) {
        cnkg_buf_free(&l.text);
        return -1;
    }
    q->paths = cnkg_xrealloc(q->paths, (q->n_paths + 1) * sizeof *q->paths);
    q->data = cnkg_xrealloc(q->data, (q->n_paths + 1) * sizeof *q->data);
    q->paths[q->n_paths] = cnkg_xstrdup(path);
    q->data[q->n_paths++] = l.text;
    q->n_triples += l.n;
    return 0;
}

size_t cnkg_query_engine_triples(const cnkg_query_engine *q)
{
    return q->n_triples;
}

/* --- running ----------------------------------------------------------- */

/* t borrows from the node form of l, which the caller frees. */
static rasqal_literal *term_from_literal(rasqal_literal *l, cnkg_term *t)
{
    memset(t, 0, sizeof *t);
    rasqal_literal *node = l ? rasqal_literal_as_node(l) : NULL;
    if (!node) {
        t->kind = CNKG_TERM_UNBOUND;
    } else if (node->type == RASQAL_LITERAL_URI) {
        t->kind = CNKG_TERM_IRI;
        t->value = (const char *)raptor_uri_as_string(node->value.uri);
    } else if (node->type == RASQAL_LITERAL_BLANK) {
        t->kind = CNKG_TERM_BNODE;
        t->value = (const char *)node->string;
    } else {
        t->kind = CNKG_TERM_LITERAL;
        t->value = (const char *)node->string;
        t->lang = node->language;
        t->datatype = node->datatype ? (const char *)raptor_uri_as_string(node->datatype) : NULL;
    }
    if (!t->value)
        t->value = "";
    return node;
}

/* The projected names; results with no row name none, so the query,
 * which always knows them, names them then. */
static const char **binding_names(rasqal_query *rq, rasqal_query_results *res, size_t *n_vars)
{
    int n = rasqal_query_results_get_bindings_count(res);
    raptor_sequence *seq = n > 0 ? NULL : rasqal_query_get_bound_variable_sequence(rq);
    if (seq)
        n = raptor_sequence_size(seq);
    *n_vars = n > 0 ? (size_t)n : 0;
    const char **vars = cnkg_xcalloc(*n_vars + 1, sizeof *vars);
    for (size_t i = 0; i < *n_vars; i++) {
        const unsigned char *name = NULL;
        if (seq) {
            rasqal_variable *v = raptor_sequence_get_at(seq, (int)i);
            name = v ? v->name : NULL;
        } else {
            name = rasqal_query_results_get_binding_name(res, (int)i);
        }
        vars[i] = name ? (const char *)name : "";
    }
    return vars;
}

/* Writes the rows; returns how many there were. */
static size_t write_bindings(rasqal_query *rq, rasqal_query_results *res,
                             cnkg_results_format format, const cnkg_prefixes *px, FILE *out)
{
    size_t n_vars, n_rows = 0;
    const char **vars = binding_names(rq, res, &n_vars);
    cnkg_results_writer *w = cnkg_results_writer_new(format, out, px);
    cnkg_results_writer_begin(w, vars, n_vars);
    cnkg_term *terms = cnkg_xcalloc(n_vars + 1, sizeof *terms);
    rasqal_literal **nodes = cnkg_xcalloc(n_vars + 1, sizeof *nodes);
    for (; !rasqal_query_results_finished(res); rasqal_query_results_next(res)) {
        for (size_t i = 0; i < n_vars; i++)
            nodes[i] =
                term_from_literal(rasqal_query_results_get_binding_value(res, (int)i), &terms[i]);
        cnkg_results_writer_row(w, terms);
        n_rows++;
        for (size_t i = 0; i < n_vars; i++)
            if (nodes[i])
                rasqal_free_literal(nodes[i]);
    }
    cnkg_results_writer_end(w);
    cnkg_results_writer_free(w);
    free(nodes);
    free(terms);
    free(vars);
    return n_rows;
}

static int write_graph(cnkg_query_engine *q, rasqal_query_results *res, int describe,
                       const cnkg_prefixes *px, FILE *out, cnkg_error *err)
{
    cnkg_statements graph = {0};
    if (describe) {
        if (cnkg_describe_collect(&q->raptor, q->data, q->n_paths, res, &graph, err)) {
            cnkg_statements_free(&graph);
            return -1;
        }
    } else {
        for (raptor_statement *st; (st = rasqal_query_results_get_triple(res)) != NULL;) {
            cnkg_statements_add(&graph, st);
            if (rasqal_query_results_next_triple(res))
                break;
        }
    }
    int rc = cnkg_statements_write_turtle(q->raptor.world, &graph, px, out);
    cnkg_statements_free(&graph);
    return rc ? cnkg_error_set(err, "query: cannot write the graph as Turtle") : 0;
}

/* *n_rows gets the number of rows of a SELECT. */
static int write_results(cnkg_query_engine *q, rasqal_query *rq, rasqal_query_results *res,
                         int describe, const cnkg_prefixes *px, cnkg_results_format format,
                         FILE *out, size_t *n_rows, cnkg_error *err)
{
    if (describe || rasqal_query_results_is_graph(res))
        return write_graph(q, res, describe, px, out, err);
    if (rasqal_query_results_is_bindings(res)) {
        *n_rows = write_bindings(rq, res, format, px, out);
        return 0;
    }
    if (rasqal_query_results_is_boolean(res)) {
        cnkg_results_write_boolean(format, rasqal_query_results_get_boolean(res) > 0, out);
        return 0;
    }
    return cnkg_error_set(err, "query: results of an unknown kind");
}

/* The streams must outlive the query, which reads them when it runs. */
static int add_data_graphs(cnkg_query_engine *q, rasqal_query *rq, raptor_iostream **streams)
{
    for (size_t i = 0; i < q->n_paths; i++) {
        if (!q->data[i].len)
            continue;
        raptor_uri *uri = raptor_new_uri_from_uri_or_file_string(
            q->raptor.world, NULL, (const unsigned char *)q->paths[i]);
        streams[i] =
            raptor_new_iostream_from_string(q->raptor.world, q->data[i].data, q->data[i].len);
        rasqal_data_graph *dg =
            uri && streams[i] ? rasqal_new_data_graph_from_iostream(q->world, streams[i], uri, NULL,
                                                                    RASQAL_DATA_GRAPH_BACKGROUND,
                                                                    NULL, "ntriples", NULL)
                              : NULL;
        if (uri)
            raptor_free_uri(uri);
        if (!dg || rasqal_query_add_data_graph(rq, dg)) /* the query owns dg */
            return -1;
    }
    return 0;
}

/* The answer of rasqal goes to out; with check_rows, to memory first, and
 * an answer of at most one row is not written: *rejected is set instead
 * (see cnkg_route_has_aggregate). *refused is set when rasqal cannot parse
 * the query. */
static int run_rasqal(cnkg_query_engine *q, const char *text, int shift, int describe,
                      int check_rows, const cnkg_prefixes *px, cnkg_results_format format,
                      FILE *out, int *refused, int *rejected, cnkg_error *err)
{
    cnkg_raptor_forget(&q->raptor);
    rasqal_query *rq = rasqal_new_query(q->world, "sparql", NULL);
    raptor_iostream **streams = cnkg_xcalloc(q->n_paths + 1, sizeof *streams);
    char *held = NULL;
    size_t held_len = 0, n_rows = SIZE_MAX; /* stays so unless a SELECT */
    FILE *to = check_rows ? open_memstream(&held, &held_len) : out;
    int rc = -1;
    if (!rq || !to) {
        rc = cnkg_error_set(err, "query: cannot create a rasqal query");
    } else if (rasqal_query_prepare(rq, (const unsigned char *)text, NULL) || q->raptor.failed) {
        q->raptor.line = q->raptor.line > shift ? q->raptor.line - shift : 0; /* the caller's */
        rc = cnkg_raptor_fail(&q->raptor, "query", "cannot parse the query", err);
        *refused = 1;
    } else if (add_data_graphs(q, rq, streams)) {
        rc = cnkg_error_set(err, "query: cannot add the data files");
    } else {
        rasqal_query_results *res = rasqal_query_execute(rq);
        if (res && !q->raptor.failed)
            rc = write_results(q, rq, res, describe, px, format, to, &n_rows, err);
        else
            rc = cnkg_raptor_fail(&q->raptor, "query", "cannot run the query", err);
        if (res)
            rasqal_free_query_results(res);
    }
    if (rq)
        rasqal_free_query(rq);
    for (size_t i = 0; i < q->n_paths; i++)
        if (streams[i])
            raptor_free_iostream(streams[i]);
    free(streams);
    if (check_rows && to) {
        fclose(to);
        /* grouped: a row for an empty group; not grouped: no row at all */
        if (rc == 0 && n_rows <= (size_t)(check_rows > 1))
            *rejected = 1;
        else if (rc == 0)
            fwrite(held, 1, held_len, out);
        free(held);
    }
    return rc;
}

static void answered_by(cnkg_query_engine *q, const char *engine, const char *why)
{
    snprintf(q->answered_by, sizeof q->answered_by, "%s%s%s%s (%zu triples in %zu files)", engine,
             why ? " (" : "", why ? why : "", why ? ")" : "", q->n_triples, q->n_paths);
}

static int run_jena(cnkg_query_engine *q, const char *text, int shift, const char *why,
                    const cnkg_prefixes *px, cnkg_results_format format, FILE *out, cnkg_error *err)
{
    answered_by(q, "Jena ARQ", why);
    int rc = cnkg_jena_query(q->data, q->n_paths, &q->quads, text, shift, px, format, out, err);
    if (rc == 0 && (fflush(out) != 0 || ferror(out)))
        rc = cnkg_error_set(err, "cannot write the results: %s", strerror(errno));
    return rc;
}

/* GRAPH and FROM NAMED need the named graphs of N-Quads, which rasqal
 * does not see over its data graphs; ARQ is given them. */
static int has_graph_pattern(const char *sparql)
{
    static const char *const words[] = {"GRAPH", "NAMED"};
    return cnkg_sparql_find_word(sparql, words, 2, NULL) != NULL;
}

/* CNKG_QUERY_ENGINE=rasqal or jena forces one engine (for comparisons). */
static const char *forced_engine(void)
{
    const char *e = getenv("CNKG_QUERY_ENGINE");
    return e && *e ? e : "";
}

int cnkg_query_engine_run(cnkg_query_engine *q, const char *sparql, cnkg_results_format format,
                          FILE *out, cnkg_error *err)
{
    cnkg_prefixes px = {0};
    cnkg_prefixes_from_query(&px, sparql);
    cnkg_buf head = {0}, text = {0};
    int shift = 0;
    const char *rest = cnkg_prefixes_lead(&px, sparql, &head, &shift);
    cnkg_buf_append(&text, head.data ? head.data : "", head.len);
    int describe = cnkg_describe_rewrite(rest, &text);
    if (!describe)
        cnkg_buf_puts(&text, rest);
    const char *force = forced_engine();
    const char *feature = *force ? NULL : cnkg_route_reason(sparql);
    cnkg_buf reason = {0};
    if (feature)
        cnkg_buf_printf(&reason, "rasqal cannot answer %s right", feature);
    else if (strcmp(force, "jena") == 0)
        cnkg_buf_puts(&reason, "CNKG_QUERY_ENGINE=jena");
    else if (!*force && q->quads.len && has_graph_pattern(sparql))
        cnkg_buf_puts(&reason, "rasqal does not see the named graphs");
    const char *why = reason.data;
    int rc, refused = 0, rejected = 0;
    if (why) {
        /* the caller's own DESCRIBE: ARQ runs it as it is */
        cnkg_buf_puts(&head, rest);
        rc = run_jena(q, head.data, shift, why, &px, format, out, err);
    } else {
        int check = *force ? 0 : cnkg_route_has_aggregate(sparql);
        answered_by(q, "rasqal in memory", NULL);
        rc = run_rasqal(q, text.data, shift, describe, check, &px, format, out, &refused, &rejected,
                        err);
        if (rc == 0 && (fflush(out) != 0 || ferror(out)))
            rc = cnkg_error_set(err, "cannot write the results: %s", strerror(errno));
        /* What rasqal cannot parse (property paths, EXISTS, MINUS, ...) is
         * asked of ARQ, whose message then stands if it fails too; without
         * ARQ, rasqal's own message stands. */
        cnkg_error jerr = {{0}};
        if (!*force && ((rc && refused && cnkg_jena_available(&jerr) == 0) || rejected)) {
            cnkg_buf_puts(&head, rest);
            rc = run_jena(q, head.data, shift,
                          rejected ? "rasqal miscounts empty groups"
                                   : "rasqal cannot parse the query",
                          &px, format, out, err);
        }
    }
    cnkg_buf_free(&reason);
    cnkg_buf_free(&head);
    cnkg_buf_free(&text);
    cnkg_prefixes_free(&px);
    return rc;
}

const char *cnkg_query_engine_answered_by(const cnkg_query_engine *q)
{
    return q->answered_by;
}
