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
 * DIR/jena/pending/  chunks Virtuoso has loaded, waiting for TDB2
 * DIR/jena/current   written when tdb2 holds what Virtuoso holds; a load
 *                    removes it first, and a failed one removes the copy:
 *                    the graphs it replaced in Virtuoso would be stale
 *                    there (Virtuoso then answers everything, -v says so)
 *
 * TDB2 keeps numbers by value too ("01"^^xsd:integer reads back "1"), but
 * keeps every term apart that SPARQL tells apart. */
#define _XOPEN_SOURCE 700 /* nftw */
#include "store_internal.h"

#include <errno.h>
#include <ftw.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char *jena_path(const cnkg_store *s, const char *name)
{
    cnkg_buf b = {0};
    cnkg_buf_printf(&b, "%s/jena%s%s", s->dir, *name ? "/" : "", name);
    return cnkg_buf_detach(&b);
}

char *cnkg_store_jena_begin(cnkg_store *s)
{
    cnkg_error ignored;
    const char *env = getenv("CNKG_STORE_JENA");
    char *current = s->dir ? jena_path(s, "current") : NULL;
    if (current)
        unlink(current);
    free(current);
    if (!s->dir || (env && strcmp(env, "0") == 0) || cnkg_jena_available(&ignored))
        return NULL;
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
    return pending;
}

int cnkg_store_jena_end(cnkg_store *s, char *const *drop, size_t n_drop, cnkg_error *err)
{
    char *pending = jena_path(s, "pending"), *loc = jena_path(s, "tdb2");
    char **files;
    size_t n = cnkg_store_nq_files_in(pending, &files);
    /* made even when this load brought nothing, so that the next one
     * knows the store has a copy (an empty directory is an empty TDB2) */
    int rc = mkdir(loc, 0755) == 0 || errno == EEXIST
                 ? 0
                 : cnkg_error_set(err, "cannot create %s: %s", loc, strerror(errno));
    if (rc == 0)
        rc = cnkg_jena_tdb2_update(loc, drop, n_drop, files, n, err);
    for (size_t i = 0; i < n; i++) {
        if (rc == 0)
            unlink(files[i]);
        free(files[i]);
    }
    free(files);
    if (rc == 0) {
        char *current = jena_path(s, "current");
        FILE *fp = fopen(current, "w");
        if (!fp || fclose(fp) != 0)
            rc = cnkg_error_set(err, "cannot write %s: %s", current, strerror(errno));
        free(current);
    }
    free(pending);
    free(loc);
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
    int rc = cnkg_jena_tdb2_query(loc, text.data, shift, &px, format, out, err);
    if (rc == 0 && (fflush(out) != 0 || ferror(out)))
        rc = cnkg_error_set(err, "cannot write the results: %s", strerror(errno));
    free(loc);
    cnkg_buf_free(&filtered);
    cnkg_buf_free(&text);
    cnkg_prefixes_free(&px);
    return rc;
}
