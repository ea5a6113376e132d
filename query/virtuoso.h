/*
 * virtuoso.h - the Virtuoso server behind a large store, private to query/:
 *   virtuoso_server.c  the supervisor: starts, finds and stops a private
 *                      instance, or takes a server of the user's
 *   virtuoso_sql.c     SQL through isql, and the bulk load in chunks
 *   virtuoso_run.c     queries over its SPARQL endpoint (through http.h)
 *   virtuoso_proc.c    the programs and files both the supervisor and the
 *                      SQL client use (spawn, wait, read, write)
 */
#ifndef CNKG_QUERY_VIRTUOSO_H
#define CNKG_QUERY_VIRTUOSO_H

#include <stdio.h>
#include <sys/types.h>

#include "cnkg_common.h"
#include "query_internal.h"

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

/* --- programs and files (virtuoso_proc.c) --------------------------------- */

/* getenv(name) when set and not empty, else fallback. */
const char *virtuoso_env_or(const char *name, const char *fallback);
/* Starts argv with stdin from in_path (or /dev/null) and stdout and stderr
 * to out_path, in directory cwd when given (the child's, never cnkg's).
 * Its pid, or -1. */
pid_t virtuoso_spawn(char *const *argv, const char *in_path, const char *out_path, const char *cwd);
/* Waits at most timeout_s seconds for pid. Its exit status, or -1. */
int virtuoso_wait(pid_t pid, int timeout_s);
/* A file's text; "" when it cannot be read (no output, no lock file). */
char *virtuoso_slurp(const char *path);
int virtuoso_write_file(const char *path, const char *text);

#endif
