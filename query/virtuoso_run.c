/* virtuoso_run.c - a query answered by Virtuoso's SPARQL endpoint, its
 * results written by the same writers as the engine in memory (answer.c):
 * SELECT and ASK come back as SPARQL JSON, CONSTRUCT and DESCRIBE as
 * N-Triples and are written as Turtle.
 *
 * The default graph is the store's union graph, every triple of every graph
 * once, as the merged files are in memory (Virtuoso's own union of graphs
 * repeats a triple once for each graph that states it); GRAPH ?g sees the
 * articles' graphs, not the union, the default graph or Virtuoso's own. */
#include "store_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const char *const system_graphs[] = {
    "http://www.openlinksw.com/schemas/virtrdf#",
    "http://www.w3.org/ns/ldp#",
    "http://localuriqaserver/sparql",
};

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

/* One query to the endpoint; a SELECT's rows sorted by keys[0, n_keys). */
static int query_once(const cnkg_virtuoso *v, const char *sparql, const cnkg_order_key *keys,
                      size_t n_keys, cnkg_results_format format, FILE *out, cnkg_error *err)
{
    static const char *const forms[] = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"};
    size_t which = 0;
    cnkg_sparql_find_word(sparql, forms, 4, &which);
    int graph = which >= 2;
    cnkg_prefixes px = {0};
    cnkg_prefixes_from_query(&px, sparql);
    cnkg_buf text = {0};
    /* the default graph is the union graph, a set (store_internal.h) */
    cnkg_buf_puts(&text, "define input:default-graph-uri <" CNKG_STORE_UNION_GRAPH "> ");
    for (size_t i = 0; i < sizeof system_graphs / sizeof system_graphs[0]; i++)
        cnkg_buf_printf(&text, "define input:named-graph-exclude <%s> ", system_graphs[i]);
    /* Virtuoso takes a graph excluded from the named ones out of the
     * default graph too: the store's own graphs are filtered instead */
    static const char *const hidden[] = {CNKG_STORE_UNION_GRAPH, CNKG_STORE_DEFAULT_GRAPH};
    cnkg_buf filtered = {0}, separated = {0};
    cnkg_route_graph_filter(sparql, hidden, 2, &filtered);
    /* "Required argument delim": Virtuoso wants GROUP_CONCAT's separator */
    cnkg_route_concat_separator(filtered.data, &separated);
    sparql = separated.data;
    int shift = 0;
    const char *rest = cnkg_prefixes_lead(&px, sparql, &text, &shift);
    if (rest == sparql && text.data[text.len - 1] != '\n')
        cnkg_buf_putc(&text, '\n');
    shift = rest == sparql ? 1 : 0;
    cnkg_buf_puts(&text, rest);
    cnkg_buf form = {0};
    cnkg_buf_puts(&form, "query=");
    cnkg_url_encode(&form, text.data);
    cnkg_http_response resp;
    /* A SELECT's rows come as Turtle, which Virtuoso writes several times
     * faster than JSON (answer_ttl.c); JSON when that reader gives up. */
    int ttl = which == 0;
    const char *accept = graph ? "application/n-triples"
                         : ttl ? "text/turtle"
                               : "application/sparql-results+json";
    int rc = cnkg_http_post(v->host, v->http_port, "/sparql", accept, form.data, 3600, &resp, err);
    if (rc == 0 && ttl && resp.status == 200 &&
        cnkg_answer_write_rset_ttl(resp.body, resp.body_len, keys, n_keys, format, &px, out) != 0) {
        cnkg_http_response_free(&resp);
        ttl = 0;
        rc = cnkg_http_post(v->host, v->http_port, "/sparql", "application/sparql-results+json",
                            form.data, 3600, &resp, err);
    }
    if (rc == 0 && resp.status != 200)
        rc = query_error(resp.body, shift, err);
    else if (rc == 0 && graph)
        rc = cnkg_answer_write_ntriples(resp.body, resp.body_len, &px, out, err);
    else if (rc == 0 && !ttl)
        rc = cnkg_answer_write_json_sorted(resp.body, keys, n_keys, format, &px, out, err);
    if (rc == 0 && (fflush(out) != 0 || ferror(out)))
        rc = cnkg_error_set(err, "cannot write the results: %s", strerror(errno));
    cnkg_http_response_free(&resp);
    cnkg_buf_free(&form);
    cnkg_buf_free(&text);
    cnkg_buf_free(&filtered);
    cnkg_buf_free(&separated);
    cnkg_prefixes_free(&px);
    return rc;
}

/* A query that ends with an ORDER BY of the variables it projects is
 * asked without it, and cnkg sorts the rows. Virtuoso sorts whole rows in
 * a temporary table: on fact-sources over a week of news (44,322 rows with
 * their sentences) that was 0.4 s of its 0.9 s of CPU, and a row with a
 * value past about 4 KB (a GROUP_CONCAT of many names) fails with SR319,
 * "Max row length is exceeded". */
int cnkg_virtuoso_query(const cnkg_virtuoso *v, const char *sparql, cnkg_results_format format,
                        FILE *out, cnkg_error *err)
{
    cnkg_order_key keys[16];
    size_t cut, n;
    if (!cnkg_route_order_split(sparql, &cut, keys, 16, &n))
        return query_once(v, sparql, NULL, 0, format, out, err);
    char *head = cnkg_xstrndup(sparql, cut);
    int rc = query_once(v, head, keys, n, format, out, err);
    free(head);
    return rc;
}
