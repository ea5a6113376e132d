/* store.c - a persistent store of graphs: `cnkg load` adds files to it,
 * `cnkg query --store` asks it. A store is a directory; small stores are
 * answered in memory by rasqal (no server), large ones by a private
 * Virtuoso kept in the directory. `virtuoso://HOST:PORT` is a running
 * server of the user's instead.
 *
 * Each named graph (an article, in cnkg's N-Quads) is the unit of loading:
 * loading a graph again replaces it, so loading the same article twice
 * adds nothing. Triples without a graph belong to the store's default
 * graph (CNKG_STORE_DEFAULT_GRAPH), which loads add to.
 *
 * DIR/cnkg-store   marks the directory as a store
 * DIR/graphs/      the in-memory engine's data: one N-Quads file a graph
 * DIR/virtuoso/    the private Virtuoso, once the store outgrew memory
 *                  (holds-the-store: written once it does) */
#define _XOPEN_SOURCE 700 /* nftw */
#include "cnkg_query.h"
#include "store_internal.h"

#include <dirent.h>
#include <ftw.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define CNKG_STORE_MEMORY_LIMIT 20000 /* triples: rasqal joins in about 1 s at 10k */
#define CNKG_STORE_IDLE 900           /* seconds a private Virtuoso stays up unused */

static int exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static long env_long(const char *name, long fallback)
{
    const char *v = getenv(name);
    return v && *v ? strtol(v, NULL, 10) : fallback;
}

static int dir_is_empty(const char *path)
{
    DIR *d = opendir(path);
    struct dirent *e;
    int empty = 1;
    while (d && empty && (e = readdir(d)) != NULL)
        empty = strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0;
    if (d)
        closedir(d);
    return empty;
}

int cnkg_store_open(cnkg_store **out, const char *spec, int create, cnkg_error *err)
{
    cnkg_store *s = cnkg_xcalloc(1, sizeof *s);
    *out = NULL;
    s->memory_limit = (size_t)env_long("CNKG_STORE_MEMORY_LIMIT", CNKG_STORE_MEMORY_LIMIT);
    s->idle_s = (int)env_long("CNKG_STORE_IDLE", CNKG_STORE_IDLE);
    if (strncmp(spec, "virtuoso://", 11) == 0) {
        s->remote = cnkg_xstrdup(spec + 11);
        if (cnkg_virtuoso_remote(&s->virt, s->remote, err)) {
            cnkg_store_free(s);
            return -1;
        }
        s->virt_open = 1;
        *out = s;
        return 0;
    }
    s->dir = cnkg_xstrdup(spec);
    s->vdir = cnkg_path_join(spec, "virtuoso");
    char *mark = cnkg_path_join(spec, "cnkg-store"), *graphs = cnkg_path_join(spec, "graphs");
    int rc = 0;
    /* Only load makes a store: a mistyped --store must not answer
     * "(0 rows)" over a directory it just created. */
    if (!create && !exists(mark))
        rc = cnkg_error_set(err, "no store at %s; create it with cnkg load", spec);
    else if (mkdir(spec, 0755) == 0)
        s->created = CNKG_STORE_CREATED_DIR;
    else if (errno != EEXIST)
        rc = cnkg_error_set(err, "cannot create the store %s: %s", spec, strerror(errno));
    if (rc == 0 && !exists(mark) && !dir_is_empty(spec))
        rc = cnkg_error_set(err, "%s is not a cnkg store (no cnkg-store file) and not empty", spec);
    else if (rc == 0 && !exists(mark)) {
        FILE *fp = fopen(mark, "w");
        rc = fp && fputs("cnkg store 1\n", fp) >= 0 && fclose(fp) == 0
                 ? 0
                 : cnkg_error_set(err, "cannot write %s: %s", mark, strerror(errno));
        if (!s->created)
            s->created = CNKG_STORE_CREATED_CONTENTS;
    }
    if (rc == 0 && mkdir(graphs, 0755) != 0 && errno != EEXIST)
        rc = cnkg_error_set(err, "cannot create %s: %s", graphs, strerror(errno));
    free(mark);
    free(graphs);
    /* absolute: Virtuoso runs in a directory of its own */
    char *abs = rc == 0 ? realpath(spec, NULL) : NULL;
    if (rc == 0 && !abs)
        rc = cnkg_error_set(err, "cannot resolve %s: %s", spec, strerror(errno));
    if (rc) {
        cnkg_store_discard(s);
        cnkg_store_free(s);
        return -1;
    }
    free(s->dir);
    free(s->vdir);
    s->dir = cnkg_xstrdup(abs);
    s->vdir = cnkg_path_join(abs, "virtuoso");
    free(abs);
    *out = s;
    return 0;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

/* A failed first load leaves nothing behind: what cnkg_store_open made
 * (the directory, or the store's files in an empty one) is removed, after
 * the Virtuoso it may have started is stopped. */
void cnkg_store_discard(cnkg_store *s)
{
    if (!s || !s->dir || !s->created)
        return;
    cnkg_error ignored = {{0}};
    if (s->vdir && cnkg_virtuoso_running(s->vdir))
        cnkg_virtuoso_stop(s->vdir, &ignored);
    if (s->created == CNKG_STORE_CREATED_DIR) {
        nftw(s->dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
        return;
    }
    static const char *const parts[] = {"graphs", "virtuoso", "jena", "cnkg-store"};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        char *path = cnkg_path_join(s->dir, parts[i]);
        nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
        free(path);
    }
}

void cnkg_store_free(cnkg_store *s)
{
    if (!s)
        return;
    if (s->virt_open)
        cnkg_virtuoso_free(&s->virt);
    free(s->dir);
    free(s->vdir);
    free(s->remote);
    free(s);
}

const char *cnkg_store_engine(const cnkg_store *s)
{
    return s->engine;
}

int cnkg_store_open_virtuoso(cnkg_store *s, cnkg_error *err)
{
    if (!s->virt_open) {
        if (cnkg_virtuoso_private(&s->virt, s->vdir, s->idle_s, err))
            return -1;
        s->virt_open = 1;
    }
    if (s->remote)
        snprintf(s->engine, sizeof s->engine, "virtuoso at %s:%d (SPARQL over HTTP)", s->virt.host,
                 s->virt.http_port);
    else
        snprintf(s->engine, sizeof s->engine,
                 "virtuoso, the store's private instance (%s, 127.0.0.1:%d)", s->vdir,
                 s->virt.http_port);
    return 0;
}

int cnkg_store_stop(cnkg_store *s, cnkg_error *err)
{
    if (s->remote)
        return cnkg_error_set(err, "cnkg stops only the Virtuoso of a store directory");
    return cnkg_virtuoso_stop(s->vdir, err);
}

int cnkg_store_running(const cnkg_store *s)
{
    return s->vdir && cnkg_virtuoso_running(s->vdir);
}

/* --- the graphs in memory ------------------------------------------------ */

static void free_strings(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

static int query_memory(cnkg_store *s, const char *sparql, cnkg_results_format format, FILE *out,
                        cnkg_error *err)
{
    char **files;
    size_t n = cnkg_store_graph_files(s->dir, &files);
    cnkg_query_engine *q = NULL;
    int rc = cnkg_query_engine_new(&q, err);
    for (size_t i = 0; rc == 0 && i < n; i++)
        rc = cnkg_query_engine_load(q, files[i], err);
    if (rc == 0) {
        rc = cnkg_query_engine_run(q, sparql, format, out, err);
        snprintf(s->engine, sizeof s->engine, "%s", cnkg_query_engine_answered_by(q));
    }
    cnkg_query_engine_free(q);
    free_strings(files, n);
    return rc;
}

int cnkg_store_query(cnkg_store *s, const char *sparql, cnkg_results_format format, FILE *out,
                     cnkg_error *err)
{
    if (!cnkg_store_uses_virtuoso(s))
        return query_memory(s, sparql, format, out, err);
    cnkg_buf reason = {0};
    const char *why = cnkg_route_virtuoso(sparql, &reason) ? reason.data : NULL;
    int rc;
    if (why && cnkg_store_jena_current(s)) {
        snprintf(s->engine, sizeof s->engine,
                 "Jena ARQ over the store's TDB2 copy (%s/jena/tdb2; Virtuoso cannot answer %s "
                 "right)",
                 s->dir, why);
        rc = cnkg_store_jena_query(s, sparql, format, out, err);
        cnkg_buf_free(&reason);
        return rc;
    }
    if (cnkg_store_open_virtuoso(s, err)) {
        cnkg_buf_free(&reason);
        return -1;
    }
    if (why) { /* -v says the answer may be wrong, and why */
        size_t len = strlen(s->engine);
        snprintf(s->engine + len, sizeof s->engine - len,
                 "; Virtuoso may answer %s wrongly, and this store keeps no copy for Jena ARQ",
                 why);
    }
    rc = cnkg_virtuoso_query(&s->virt, sparql, format, out, err);
    cnkg_buf_free(&reason);
    return rc;
}
