/* walk.c - finds the ontology's Turtle files. Sorting the whole list makes
 * the load order, and so every tie the builder breaks by file order, the
 * same on every machine whatever readdir returns. */
#include "onto_internal.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Deep enough for any sensible layout; stops a symlink loop. */
#define MAX_DEPTH 16

typedef struct path_list {
    char **v;
    size_t n, cap;
} path_list;

static void push(path_list *l, char *path)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 16;
        l->v = cnkg_xrealloc(l->v, l->cap * sizeof *l->v);
    }
    l->v[l->n++] = path;
}

static int is_turtle(const char *name)
{
    size_t len = strlen(name);
    return len > 4 && strcmp(name + len - 4, ".ttl") == 0;
}

static int walk_dir(const char *dir, int depth, path_list *out, cnkg_error *err)
{
    DIR *d = opendir(dir);
    if (!d)
        return cnkg_error_set(err, "%s: cannot open ontology directory: %s", dir, strerror(errno));
    int rc = 0;
    struct dirent *e;
    while (rc == 0 && (e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char *path = cnkg_path_join(dir, e->d_name);
        struct stat st;
        if (stat(path, &st) != 0) {
            free(path); /* a dangling link: nothing to load */
        } else if (S_ISDIR(st.st_mode)) {
            if (depth >= MAX_DEPTH)
                rc = cnkg_error_set(err, "%s: ontology directories nested too deep", path);
            else
                rc = walk_dir(path, depth + 1, out, err);
            free(path);
        } else if (S_ISREG(st.st_mode) && is_turtle(e->d_name)) {
            push(out, path);
        } else {
            free(path);
        }
    }
    closedir(d);
    return rc;
}

static int compare_paths(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int onto_walk(const char *dir, char ***paths, size_t *n, cnkg_error *err)
{
    path_list l = {0};
    if (walk_dir(dir, 0, &l, err) != 0) {
        onto_walk_free(l.v, l.n);
        return -1;
    }
    if (l.n > 1)
        qsort(l.v, l.n, sizeof *l.v, compare_paths);
    *paths = l.v;
    *n = l.n;
    return 0;
}

void onto_walk_free(char **paths, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(paths[i]);
    free(paths);
}

int cnkg_ontology_files(const char *dir, char ***paths, size_t *n, cnkg_error *err)
{
    return onto_walk(dir, paths, n, err);
}

void cnkg_ontology_files_free(char **paths, size_t n)
{
    onto_walk_free(paths, n);
}
