/*
 * store_internal.h - what the store's files share: a loopback HTTP client,
 * a JSON reader for SPARQL results, and the Virtuoso server the store
 * starts, loads and queries.
 */
#ifndef CNKG_STORE_INTERNAL_H
#define CNKG_STORE_INTERNAL_H

#include "cnkg_query.h"
#include "query_internal.h"

#include <sys/types.h>

/* --- HTTP (http.c) ------------------------------------------------------ */

typedef struct cnkg_http_response {
    int status;
    char *body;
    size_t body_len;
} cnkg_http_response;

/* POSTs form (application/x-www-form-urlencoded) and reads the answer. */
int cnkg_http_post(const char *host, int port, const char *path, const char *accept,
                   const char *form, int timeout_s, cnkg_http_response *resp, cnkg_error *err);
void cnkg_http_response_free(cnkg_http_response *resp);
void cnkg_url_encode(cnkg_buf *out, const char *s);

/* --- Virtuoso (virtuoso.c, virtuoso_run.c) ------------------------------ */

typedef struct cnkg_virtuoso {
    char host[256];
    int http_port;
    int sql_port;
    char *dir;      /* the private instance's directory; NULL for a server of the user's */
    char *load_dir; /* where files to bulk-load go, a directory the server may read */
    char *password; /* of the dba account */
} cnkg_virtuoso;

/* SQL running in isql while the caller goes on. */
typedef struct cnkg_virtuoso_job {
    pid_t pid; /* isql's, or -1 when it could not start */
    char sql_path[32], out_path[40];
} cnkg_virtuoso_job;

/* The private instance under dir: started when not running (then an idle
 * watcher stops it after idle_s seconds without use), marked as used. */
int cnkg_virtuoso_private(cnkg_virtuoso *v, const char *dir, int idle_s, cnkg_error *err);
/* A running server of the user's, "HOST:PORT[?sql=PORT]" (PORT is HTTP). */
int cnkg_virtuoso_remote(cnkg_virtuoso *v, const char *spec, cnkg_error *err);
void cnkg_virtuoso_free(cnkg_virtuoso *v);
/* Stops the private instance under dir, if it runs. */
int cnkg_virtuoso_stop(const char *dir, cnkg_error *err);
/* True when a private instance under dir is running. */
int cnkg_virtuoso_running(const char *dir);

/* Finds, for a server of the user's, where files to bulk-load can go. */
int cnkg_virtuoso_load_dir(cnkg_virtuoso *v, cnkg_error *err);
/* Runs SQL through isql; its output goes to *output when wanted. */
int cnkg_virtuoso_sql(const cnkg_virtuoso *v, const char *sql, char **output, cnkg_error *err);
/* The same in two halves: isql runs between them. */
int cnkg_virtuoso_sql_start(const cnkg_virtuoso *v, const char *sql, cnkg_virtuoso_job *job,
                            cnkg_error *err);
int cnkg_virtuoso_sql_finish(cnkg_virtuoso_job *job, char **output, cnkg_error *err);

/* Bulk loading in chunks, resumable: the bulk loader records each file
 * loaded in DB.DBA.load_list, under a name that starts with a prefix of
 * the load's own.
 *   load_start   clears the graphs named in clear (n_clear of them), then
 *                bulk-loads an N-Quads file of the load dir and adds the
 *                triples of graphs (n_graphs) to the union graph, in isql
 *                while the caller writes the next; load_finish waits
 *   load_resume  the names of the files of prefix loaded before (by a load
 *                that was interrupted), one a line, in *done; forgets the
 *                others; *quads: how many the store holds
 *   load_end     fills the union graph from the whole store (union_pass
 *                CNKG_UNION_ADD) or makes it again (CNKG_UNION_REBUILD),
 *                forgets the files of prefix and checkpoints */
enum { CNKG_UNION_DONE, CNKG_UNION_ADD, CNKG_UNION_REBUILD };
int cnkg_virtuoso_load_start(const cnkg_virtuoso *v, const char *nq_path, char *const *clear,
                             size_t n_clear, char *const *graphs, size_t n_graphs,
                             cnkg_virtuoso_job *job, cnkg_error *err);
int cnkg_virtuoso_load_finish(cnkg_virtuoso_job *job, cnkg_error *err);
int cnkg_virtuoso_load_resume(const cnkg_virtuoso *v, const char *prefix, char **done,
                              size_t *quads, cnkg_error *err);
int cnkg_virtuoso_load_end(const cnkg_virtuoso *v, const char *prefix, int union_pass,
                           cnkg_error *err);
/* Answers a query, results written as the engine in memory writes them. */
int cnkg_virtuoso_query(const cnkg_virtuoso *v, const char *sparql, cnkg_results_format format,
                        FILE *out, cnkg_error *err);

/* --- the store (store.c, store_load.c) ------------------------------------ */

#define CNKG_STORE_VIRTUOSO_MARK "holds-the-store"
/* Virtuoso: every triple of every graph, once: the default graph that
 * queries see, so that a triple stated by many articles is one triple
 * (SPARQL's default graph is a set; Virtuoso's union of graphs is not). */
#define CNKG_STORE_UNION_GRAPH "urn:cnkg:union-graph"
#define CNKG_STORE_CREATED_DIR 1      /* the directory itself */
#define CNKG_STORE_CREATED_CONTENTS 2 /* the store's files, in an empty directory */

struct cnkg_store {
    char *dir;  /* NULL for a server of the user's */
    char *vdir; /* dir/virtuoso */
    char *remote;
    cnkg_virtuoso virt;
    int virt_open;
    size_t memory_limit;
    int idle_s;
    size_t loaded_triples, loaded_graphs; /* by the last load */
    int created;                          /* what opening made: CNKG_STORE_CREATED_... or 0 */
    char engine[512];
};

/* The store lives in Virtuoso (it outgrew memory, or is a server). */
/* The N-Quads files of DIR/graphs (a store in memory), sorted, so that
 * answers and loads do not depend on the order of the directory; the
 * caller frees each and the array. */
size_t cnkg_store_graph_files(const char *dir, char ***out);
int cnkg_store_uses_virtuoso(const cnkg_store *s);
/* Opens (starting it when needed) the store's Virtuoso. */
int cnkg_store_open_virtuoso(cnkg_store *s, cnkg_error *err);
/* Streams the inputs into the store's Virtuoso, after the graphs it held
 * in memory when from_memory (store_stream.c); *quads says how many. */
int cnkg_store_stream(cnkg_store *s, char *const *paths, size_t n_paths, int from_memory,
                      size_t *quads, cnkg_error *err);

/* The store's copy for Jena ARQ (store_jena.c). jena_begin: where a load
 * leaves its chunks once Virtuoso has them (NULL: the store keeps no copy:
 * a server of the user's, CNKG_STORE_JENA=0, or no Jena here); the copy is
 * no longer current until jena_end has dropped the graphs the load
 * replaced and loaded those chunks. */
char *cnkg_store_jena_begin(cnkg_store *s);
int cnkg_store_jena_end(cnkg_store *s, char *const *drop, size_t n_drop, cnkg_error *err);
int cnkg_store_jena_current(const cnkg_store *s);
/* Removes the copy (after a failed load). */
void cnkg_store_jena_forget(cnkg_store *s);
int cnkg_store_jena_query(cnkg_store *s, const char *sparql, cnkg_results_format format, FILE *out,
                          cnkg_error *err);

#endif
