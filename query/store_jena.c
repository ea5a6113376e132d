/* store_jena.c - the copy of a Virtuoso store that Jena ARQ answers from.
 *
 * Virtuoso is fast on a large store but answers some of SPARQL 1.1 wrongly
 * (route.c, cnkg_route_virtuoso_reason), and its database cannot be the
 * data for another engine: it keeps typed literals as values ("01" and
 * "1.0e0" become one 1, "true" a 1 too). So every load into a store's
 * Virtuoso also goes, from the same N-Quads chunks, into a TDB2 database
 * beside it, which Jena ARQ queries with the union of the named graphs as
 * its default graph (a set, as the store's union graph is in Virtuoso).
 *
 * DIR/jena/tdb2      the TDB2 database
 * DIR/jena/pending/  the running load's chunks once Virtuoso has loaded
 *                    them (SEQ-1-NAME.nq), each after the graphs it
 *                    replaces there (SEQ-0-drop, written before Virtuoso
 *                    clears them), SEQ in the order they went to
 *                    Virtuoso; a killed load's stay for the load run again
 * DIR/jena/queue/N/  a completed load's pending/, waiting for TDB2
 * DIR/jena/current   written when tdb2 and the queue, applied in order,
 *                    hold what Virtuoso holds; a load removes it first,
 *                    and a failed one removes the copy: the graphs it
 *                    replaced in Virtuoso would be stale there (Virtuoso
 *                    then answers everything, -v says so)
 *
 * The queue goes into TDB2 when a query first needs the copy
 * (cnkg_store_jena_query), not at the load: no shipped query does, and
 * TDB2's loader took a 1 M-triple load from 17 s to 45 s. A load's batch
 * is applied in its order, a graph a chunk replaces dropped just before
 * it (a graph the store held in memory and the load brings again is in
 * two chunks). CNKG_STORE_JENA=load builds the copy with the
 * load, as before; CNKG_STORE_JENA=0 keeps none.
 *
 * TDB2 keeps numbers by value too ("01"^^xsd:integer reads back "1"), but
 * keeps every term apart that SPARQL tells apart. */
#define _XOPEN_SOURCE 700 /* nftw */
#include "store_internal.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

static char *jena_path(const cnkg_store *s, const char *name)
{
    cnkg_buf b = {0};
    cnkg_buf_printf(&b, "%s/jena%s%s", s->dir, *name ? "/" : "", name);
    return cnkg_buf_detach(&b);
}

/* The copy was made without graphs Virtuoso has, or will be: it goes. */
static char *no_copy(cnkg_store *s)
{
    cnkg_store_jena_forget(s);
    return NULL;
}

static int is_entry(const struct dirent *e)
{
    return e->d_name[0] != '.';
}

/* The entries of a folder (the queue's batches, a batch's chunks and
 * drops, whose names start with a number of one width), in the order of
 * their names; chunks an older cnkg left unnumbered come last. */
static size_t numbered_in(const char *folder, char ***out)
{
    struct dirent **list = NULL;
    int n = scandir(folder, &list, is_entry, alphasort);
    *out = NULL;
    if (n <= 0)
        return 0;
    *out = cnkg_xcalloc((size_t)n, sizeof **out);
    for (int i = 0; i < n; i++) {
        (*out)[i] = cnkg_path_join(folder, list[i]->d_name);
        free(list[i]);
    }
    free(list);
    return (size_t)n;
}

static void free_list(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

/* The number after the entries' largest. */
static unsigned long next_number(const char *folder)
{
    char **v;
    size_t n = numbered_in(folder, &v);
    unsigned long next = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned long k = strtoul(strrchr(v[i], '/') + 1, NULL, 10);
        next = k >= next ? k + 1 : next;
    }
    free_list(v, n);
    return next;
}

char *cnkg_store_jena_begin(cnkg_store *s, unsigned long *seq)
{
    cnkg_error ignored;
    const char *env = getenv("CNKG_STORE_JENA");
    char *current = s->dir ? jena_path(s, "current") : NULL;
    if (current)
        unlink(current);
    free(current);
    if (!s->dir)
        return NULL;
    if ((env && strcmp(env, "0") == 0) || cnkg_jena_available(&ignored))
        return no_copy(s);
    /* a Virtuoso store loaded without a copy (before copies were kept, or
     * with CNKG_STORE_JENA=0, or after a failed load) gets none: a copy of
     * this load alone would answer without the rest */
    char *loc = jena_path(s, "tdb2");
    int has_copy = access(loc, F_OK) == 0;
    free(loc);
    if (!has_copy && cnkg_store_uses_virtuoso(s))
        return NULL;
    char *top = jena_path(s, ""), *pending = jena_path(s, "pending");
    mkdir(top, 0755);
    free(top);
    if (mkdir(pending, 0755) != 0 && errno != EEXIST) {
        free(pending);
        return NULL;
    }
    *seq = next_number(pending);
    return pending;
}

char *cnkg_store_jena_chunk_path(const char *pending, unsigned long seq, const char *chunk)
{
    const char *base = strrchr(chunk, '/');
    cnkg_buf b = {0};
    cnkg_buf_printf(&b, "%s/%010lu-1-%s", pending, seq, base ? base + 1 : chunk);
    return cnkg_buf_detach(&b);
}

int cnkg_store_jena_drop(const char *pending, unsigned long seq, char *const *names, size_t n,
                         cnkg_error *err)
{
    if (n == 0)
        return 0;
    cnkg_buf path = {0};
    cnkg_buf_printf(&path, "%s/%010lu-0-drop", pending, seq);
    FILE *fp = fopen(path.data, "w");
    for (size_t i = 0; fp && i < n; i++)
        fprintf(fp, "%s\n", names[i]);
    int rc = fp && fclose(fp) == 0
                 ? 0
                 : cnkg_error_set(err, "cannot write %s: %s", path.data, strerror(errno));
    cnkg_buf_free(&path);
    return rc;
}

int cnkg_store_jena_end(cnkg_store *s, cnkg_error *err)
{
    char *pending = jena_path(s, "pending"), *queue = jena_path(s, "queue");
    char *loc = jena_path(s, "tdb2");
    /* tdb2 made even when this load brought nothing, so that the next one
     * knows the store has a copy (an empty directory is an empty TDB2) */
    int rc = 0;
    if ((mkdir(loc, 0755) != 0 && errno != EEXIST) || (mkdir(queue, 0755) != 0 && errno != EEXIST))
        rc = cnkg_error_set(err, "cannot create %s: %s", queue, strerror(errno));
    cnkg_buf batch = {0};
    cnkg_buf_printf(&batch, "%s/%010lu", queue, next_number(queue));
    if (rc == 0 && rename(pending, batch.data) != 0)
        rc = cnkg_error_set(err, "cannot move %s to %s: %s", pending, batch.data, strerror(errno));
    if (rc == 0) {
        char *current = jena_path(s, "current");
        FILE *fp = fopen(current, "w");
        if (!fp || fclose(fp) != 0)
            rc = cnkg_error_set(err, "cannot write %s: %s", current, strerror(errno));
        free(current);
    }
    const char *env = getenv("CNKG_STORE_JENA");
    if (rc == 0 && env && strcmp(env, "load") == 0)
        rc = cnkg_store_jena_flush(s, err);
    cnkg_buf_free(&batch);
    free(pending);
    free(queue);
    free(loc);
    return rc;
}

/* Drops the graphs named in drop_path (none when NULL), then loads the n
 * chunks; then they go. */
static int apply_run(const char *loc, const char *drop_path, char *const *files, size_t n,
                     cnkg_error *err)
{
    cnkg_error ignored;
    size_t len = 0, n_drop = 0;
    char *text = drop_path ? cnkg_file_read(drop_path, &len, &ignored) : NULL;
    char **drop = NULL;
    for (char *save = NULL, *line = text ? strtok_r(text, "\n", &save) : NULL; line;
         line = strtok_r(NULL, "\n", &save)) {
        drop = cnkg_xrealloc(drop, (n_drop + 1) * sizeof *drop);
        drop[n_drop++] = line;
    }
    int rc = drop_path && !text ? cnkg_error_set(err, "cannot read %s", drop_path)
                                : cnkg_jena_tdb2_update(loc, drop, n_drop, files, n, err);
    for (size_t i = 0; rc == 0 && i < n; i++)
        unlink(files[i]);
    if (rc == 0 && drop_path)
        unlink(drop_path);
    free(drop);
    free(text);
    return rc;
}

/* One load's batch into TDB2 in its order: each drop, then the chunks up
 * to the next drop, in one run of TDB2's tools (a load that replaces no
 * graph is one run). Each run done is removed, and doing one again gives
 * the same copy, so a flush killed part way can be run again. */
static int apply_batch(const char *loc, const char *batch, cnkg_error *err)
{
    char **v;
    size_t n = numbered_in(batch, &v), from = 0;
    const char *drop = NULL;
    int rc = 0;
    for (size_t i = 0; rc == 0 && i <= n; i++) {
        int is_drop = i < n && strstr(v[i] + strlen(batch), "-0-drop") != NULL;
        if (i < n && !is_drop)
            continue;
        if (drop || i > from)
            rc = apply_run(loc, drop, v + from, i - from, err);
        drop = is_drop ? v[i] : NULL;
        from = i + 1;
    }
    if (rc == 0)
        rmdir(batch);
    free_list(v, n);
    return rc;
}

int cnkg_store_jena_flush(cnkg_store *s, cnkg_error *err)
{
    char *queue = jena_path(s, "queue"), *loc = jena_path(s, "tdb2");
    char *lock = jena_path(s, "lock");
    /* a query applying the queue at the same time finishes first */
    int fd = open(lock, O_RDWR | O_CREAT, 0644);
    if (fd >= 0)
        flock(fd, LOCK_EX);
    char **batches;
    size_t n = numbered_in(queue, &batches);
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < n; i++)
        rc = apply_batch(loc, batches[i], err);
    free_list(batches, n);
    if (fd >= 0)
        close(fd);
    free(lock);
    free(loc);
    free(queue);
    return rc;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

void cnkg_store_jena_forget(cnkg_store *s)
{
    char *top = s->dir ? jena_path(s, "") : NULL;
    if (top)
        nftw(top, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    free(top);
}

int cnkg_store_jena_current(const cnkg_store *s)
{
    if (!s->dir)
        return 0;
    char *current = jena_path(s, "current");
    int yes = access(current, F_OK) == 0;
    free(current);
    return yes;
}

int cnkg_store_jena_query(cnkg_store *s, const char *sparql, cnkg_results_format format, FILE *out,
                          cnkg_error *err)
{
    cnkg_prefixes px = {0};
    cnkg_prefixes_from_query(&px, sparql);
    /* GRAPH ?g sees the articles' graphs, not the store's default graph */
    static const char *const hidden[] = {CNKG_STORE_DEFAULT_GRAPH};
    cnkg_buf filtered = {0}, text = {0};
    cnkg_route_graph_filter(sparql, hidden, 1, &filtered);
    int shift = 0;
    const char *rest = cnkg_prefixes_lead(&px, filtered.data, &text, &shift);
    cnkg_buf_puts(&text, rest);
    char *loc = jena_path(s, "tdb2");
    int rc = cnkg_store_jena_flush(s, err);
    if (rc == 0)
        rc = cnkg_jena_tdb2_query(loc, text.data, shift, &px, format, out, err);
    if (rc == 0 && (fflush(out) != 0 || ferror(out)))
        rc = cnkg_error_set(err, "cannot write the results: %s", strerror(errno));
    free(loc);
    cnkg_buf_free(&filtered);
    cnkg_buf_free(&text);
    cnkg_prefixes_free(&px);
    return rc;
}
