/* engine.c - one librdf world and in-memory model per engine: files are
 * parsed into the model and SPARQL is answered by rasqal through librdf.
 *
 * librdf, raptor and rasqal report errors through a logger; ours records
 * the first error of each call in the engine instead of printing it, and
 * the call turns it into a cnkg_error naming the file and line. */
#include "cnkg_query.h"
#include "query_internal.h"

#include <errno.h>
#include <librdf.h>
#include <rasqal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct cnkg_query_engine {
    librdf_world *world;
    librdf_storage *storage;
    librdf_model *model;
    int failed;        /* an error was logged since the call began */
    int line;          /* its line, or 0 when it came without one */
    char message[768]; /* its text */
};

static int on_log(void *data, librdf_log_message *m)
{
    cnkg_query_engine *q = data;
    if (librdf_log_message_level(m) < LIBRDF_LOG_ERROR || q->failed)
        return 1; /* warnings, and errors that follow the first, are noise */
    raptor_locator *loc = librdf_log_message_locator(m);
    const char *text = librdf_log_message_message(m);
    q->failed = 1;
    q->line = loc && loc->line > 0 ? loc->line : 0;
    snprintf(q->message, sizeof q->message, "%s", text ? text : "unknown error");
    return 1;
}

static void log_reset(cnkg_query_engine *q)
{
    q->failed = 0;
    q->line = 0;
    q->message[0] = '\0';
}

/* "where:line: message", from what the logger caught, or fallback. */
static int fail_logged(cnkg_query_engine *q, cnkg_error *err, const char *where,
                       const char *fallback)
{
    const char *text = q->failed ? q->message : fallback;
    if (q->line)
        return cnkg_error_set(err, "%s:%d: %s", where, q->line, text);
    return cnkg_error_set(err, "%s: %s", where, text);
}

int cnkg_query_engine_new(cnkg_query_engine **out, cnkg_error *err)
{
    cnkg_query_engine *q = cnkg_xcalloc(1, sizeof *q);
    *out = NULL;
    q->world = librdf_new_world();
    if (!q->world) {
        free(q);
        return cnkg_error_set(err, "cannot create a librdf world");
    }
    librdf_world_set_logger(q->world, q, on_log);
    librdf_world_open(q->world);
    /* Indexed hashes keep pattern lookups fast on large graphs; contexts
     * keep the named graphs of N-Quads and TriG. */
    q->storage =
        librdf_new_storage(q->world, "hashes", "cnkg", "hash-type='memory',contexts='yes'");
    q->model = q->storage ? librdf_new_model(q->world, q->storage, NULL) : NULL;
    if (!q->model) {
        fail_logged(q, err, "librdf", "cannot create an in-memory model");
        cnkg_query_engine_free(q);
        return -1;
    }
    *out = q;
    return 0;
}

void cnkg_query_engine_free(cnkg_query_engine *q)
{
    if (!q)
        return;
    if (q->model)
        librdf_free_model(q->model);
    if (q->storage)
        librdf_free_storage(q->storage);
    if (q->world)
        librdf_free_world(q->world);
    free(q);
}

static const char *syntax_for_path(const char *path)
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

int cnkg_query_engine_load(cnkg_query_engine *q, const char *path, cnkg_error *err)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return cnkg_error_set(err, "cannot open %s: %s", path, strerror(errno));
    log_reset(q);
    librdf_parser *parser = librdf_new_parser(q->world, syntax_for_path(path), NULL, NULL);
    librdf_uri *base = librdf_new_uri_from_filename(q->world, path);
    if (!parser || !base) {
        fclose(fp);
        if (parser)
            librdf_free_parser(parser);
        if (base)
            librdf_free_uri(base);
        return fail_logged(q, err, path, "cannot create a parser");
    }
    int rc = librdf_parser_parse_file_handle_into_model(parser, fp, 1, base, q->model);
    librdf_free_uri(base);
    librdf_free_parser(parser);
    if (rc || q->failed)
        return fail_logged(q, err, path, "cannot parse the file");
    return 0;
}

/* --- running ----------------------------------------------------------- */

static void term_from_node(librdf_node *n, cnkg_term *t)
{
    memset(t, 0, sizeof *t);
    if (!n) {
        t->kind = CNKG_TERM_UNBOUND;
    } else if (librdf_node_is_resource(n)) {
        t->kind = CNKG_TERM_IRI;
        t->value = (const char *)librdf_uri_as_string(librdf_node_get_uri(n));
    } else if (librdf_node_is_blank(n)) {
        t->kind = CNKG_TERM_BNODE;
        t->value = (const char *)librdf_node_get_blank_identifier(n);
    } else {
        librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(n);
        t->kind = CNKG_TERM_LITERAL;
        t->value = (const char *)librdf_node_get_literal_value(n);
        t->lang = librdf_node_get_literal_value_language(n);
        t->datatype = dt ? (const char *)librdf_uri_as_string(dt) : NULL;
    }
    if (!t->value)
        t->value = "";
}

/* librdf names no variable once the results are over, so an empty
 * result would lose its header: rasqal, parsing the text again, names
 * them. */
static size_t projected_names(librdf_world *world, const char *text, char ***out)
{
    rasqal_query *rq = rasqal_new_query(librdf_world_get_rasqal(world), "sparql", NULL);
    raptor_sequence *seq = NULL;
    if (rq && rasqal_query_prepare(rq, (const unsigned char *)text, NULL) == 0)
        seq = rasqal_query_get_bound_variable_sequence(rq);
    size_t n = seq ? (size_t)raptor_sequence_size(seq) : 0;
    *out = cnkg_xcalloc(n, sizeof **out);
    for (size_t i = 0; i < n; i++) {
        rasqal_variable *v = raptor_sequence_get_at(seq, (int)i);
        (*out)[i] = cnkg_xstrdup(v && v->name ? (const char *)v->name : "");
    }
    if (rq)
        rasqal_free_query(rq);
    return n;
}

static size_t binding_names(librdf_world *world, librdf_query_results *res, const char *text,
                            char ***out)
{
    int n = librdf_query_results_get_bindings_count(res);
    if (n <= 0)
        return projected_names(world, text, out);
    *out = cnkg_xcalloc((size_t)n, sizeof **out);
    for (int i = 0; i < n; i++) {
        const char *name = librdf_query_results_get_binding_name(res, i);
        (*out)[i] = cnkg_xstrdup(name ? name : "");
    }
    return (size_t)n;
}

static void write_bindings(librdf_world *world, librdf_query_results *res, const char *text,
                           cnkg_results_format format, const cnkg_prefixes *px, FILE *out)
{
    char **vars;
    size_t n_vars = binding_names(world, res, text, &vars);
    cnkg_results_writer *w = cnkg_results_writer_new(format, out, px);
    cnkg_results_writer_begin(w, (const char *const *)vars, n_vars);
    cnkg_term *terms = cnkg_xcalloc(n_vars, sizeof *terms);
    librdf_node **nodes = cnkg_xcalloc(n_vars, sizeof *nodes);
    while (!librdf_query_results_finished(res)) {
        for (size_t i = 0; i < n_vars; i++) {
            nodes[i] = librdf_query_results_get_binding_value(res, (int)i);
            term_from_node(nodes[i], &terms[i]);
        }
        cnkg_results_writer_row(w, terms);
        for (size_t i = 0; i < n_vars; i++)
            if (nodes[i])
                librdf_free_node(nodes[i]);
        if (librdf_query_results_next(res))
            break;
    }
    cnkg_results_writer_end(w);
    cnkg_results_writer_free(w);
    free(nodes);
    free(terms);
    for (size_t i = 0; i < n_vars; i++)
        free(vars[i]);
    free(vars);
}

static void mark_prefix(const cnkg_prefixes *px, librdf_uri *uri, char *used)
{
    if (!uri)
        return;
    const char *iri = (const char *)librdf_uri_as_string(uri);
    const cnkg_prefix *m = cnkg_prefixes_match(px, iri, 1);
    if (m)
        used[m - px->items] = 1;
}

/* Declaring only the prefixes the graph uses keeps the Turtle short. */
static void declare_used_prefixes(librdf_world *world, librdf_model *graph, const cnkg_prefixes *px,
                                  librdf_serializer *ser)
{
    char *used = cnkg_xcalloc(px->n ? px->n : 1, 1);
    librdf_stream *st = librdf_model_as_stream(graph);
    for (; st && !librdf_stream_end(st); librdf_stream_next(st)) {
        librdf_statement *s = librdf_stream_get_object(st);
        librdf_node *nodes[3] = {librdf_statement_get_subject(s), librdf_statement_get_predicate(s),
                                 librdf_statement_get_object(s)};
        for (int i = 0; i < 3; i++) {
            if (librdf_node_is_resource(nodes[i]))
                mark_prefix(px, librdf_node_get_uri(nodes[i]), used);
            else if (librdf_node_is_literal(nodes[i]))
                mark_prefix(px, librdf_node_get_literal_value_datatype_uri(nodes[i]), used);
        }
    }
    if (st)
        librdf_free_stream(st);
    for (size_t i = 0; i < px->n; i++) {
        librdf_uri *ns = used[i] && *px->items[i].name
                             ? librdf_new_uri(world, (const unsigned char *)px->items[i].ns)
                             : NULL;
        if (ns) {
            librdf_serializer_set_namespace(ser, ns, px->items[i].name);
            librdf_free_uri(ns);
        }
    }
    free(used);
}

/* A CONSTRUCT graph or DESCRIBE description: gathered into a model of its
 * own so that Turtle can group it by subject and name its namespaces. */
static int write_graph(cnkg_query_engine *q, librdf_query_results *res, int describe,
                       const cnkg_prefixes *px, FILE *out, cnkg_error *err)
{
    librdf_storage *storage = librdf_new_storage(q->world, "memory", NULL, NULL);
    librdf_model *graph = storage ? librdf_new_model(q->world, storage, NULL) : NULL;
    librdf_serializer *ser = librdf_new_serializer(q->world, "turtle", NULL, NULL);
    int rc = -1;
    if (graph && ser) {
        if (describe) {
            cnkg_describe_collect(q->world, q->model, res, graph);
            rc = 0;
        } else {
            librdf_stream *st = librdf_query_results_as_stream(res);
            rc = st && librdf_model_add_statements(graph, st) == 0 ? 0 : -1;
            if (st)
                librdf_free_stream(st);
        }
    }
    if (rc == 0) {
        declare_used_prefixes(q->world, graph, px, ser);
        rc = librdf_serializer_serialize_model_to_file_handle(ser, out, NULL, graph) ? -1 : 0;
    }
    if (ser)
        librdf_free_serializer(ser);
    if (graph)
        librdf_free_model(graph);
    if (storage)
        librdf_free_storage(storage);
    return rc ? fail_logged(q, err, "query", "cannot write the graph as Turtle") : 0;
}

static int write_results(cnkg_query_engine *q, librdf_query_results *res, const char *text,
                         int describe, const cnkg_prefixes *px, cnkg_results_format format,
                         FILE *out, cnkg_error *err)
{
    if (describe || librdf_query_results_is_graph(res))
        return write_graph(q, res, describe, px, out, err);
    if (librdf_query_results_is_bindings(res)) {
        write_bindings(q->world, res, text, format, px, out);
        return 0;
    }
    if (librdf_query_results_is_boolean(res)) {
        cnkg_results_write_boolean(format, librdf_query_results_get_boolean(res) > 0, out);
        return 0;
    }
    return cnkg_error_set(err, "query: results of an unknown kind");
}

static int run_text(cnkg_query_engine *q, const char *text, int shift, int describe,
                    const cnkg_prefixes *px, cnkg_results_format format, FILE *out, cnkg_error *err)
{
    log_reset(q);
    librdf_query *query =
        librdf_new_query(q->world, "sparql", NULL, (const unsigned char *)text, NULL);
    librdf_query_results *res = query && !q->failed ? librdf_query_execute(query, q->model) : NULL;
    int rc = -1;
    if (res && !q->failed)
        rc = write_results(q, res, text, describe, px, format, out, err);
    if (res)
        librdf_free_query_results(res);
    if (query)
        librdf_free_query(query);
    if (q->failed) {
        q->line = q->line > shift ? q->line - shift : 0; /* lines of the caller's text */
        return fail_logged(q, err, "query", "cannot run the query");
    }
    if (rc == 0 && (fflush(out) != 0 || ferror(out)))
        rc = cnkg_error_set(err, "cannot write the results: %s", strerror(errno));
    else if (rc && !res)
        rc = cnkg_error_set(err, "query: %s",
                            query ? "cannot run the query" : "cannot parse the query");
    return rc;
}

int cnkg_query_engine_run(cnkg_query_engine *q, const char *sparql, cnkg_results_format format,
                          FILE *out, cnkg_error *err)
{
    cnkg_prefixes px = {0};
    cnkg_prefixes_from_query(&px, sparql);
    cnkg_buf text = {0};
    cnkg_prefixes_prologue(&px, &text);
    int shift = text.len ? 1 : 0;
    int describe = cnkg_describe_rewrite(sparql, &text);
    if (!describe)
        cnkg_buf_puts(&text, sparql);
    int rc = run_text(q, text.data, shift, describe, &px, format, out, err);
    cnkg_buf_free(&text);
    cnkg_prefixes_free(&px);
    return rc;
}
