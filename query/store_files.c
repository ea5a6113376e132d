/* store_files.c - what a store directory holds: its graphs' N-Quads files
 * in order (store.c answers from them, store_jena.c's TDB2 copy loads
 * them) and whether the store has moved to Virtuoso. Apart from store.c
 * so that store_jena.c, which store.c calls, does not call back into it. */
#include "store_internal.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

size_t cnkg_store_nq_files_in(const char *folder, char ***out)
{
    DIR *d = opendir(folder);
    struct dirent *e;
    size_t n = 0;
    *out = NULL;
    while (d && (e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (len < 4 || strcmp(e->d_name + len - 3, ".nq") != 0)
            continue;
        *out = cnkg_xrealloc(*out, (n + 1) * sizeof **out);
        (*out)[n++] = cnkg_path_join(folder, e->d_name);
    }
    if (d)
        closedir(d);
    if (n)
        qsort(*out, n, sizeof **out, cmp_str);
    return n;
}

size_t cnkg_store_graph_files(const char *dir, char ***out)
{
    char *graphs = cnkg_path_join(dir, "graphs");
    size_t n = cnkg_store_nq_files_in(graphs, out);
    free(graphs);
    return n;
}

/* The store has moved to Virtuoso once it outgrew memory. */
int cnkg_store_uses_virtuoso(const cnkg_store *s)
{
    if (s->remote)
        return 1;
    char *list = cnkg_path_join(s->vdir, CNKG_STORE_VIRTUOSO_MARK);
    struct stat st;
    int yes = stat(list, &st) == 0;
    free(list);
    return yes;
}
