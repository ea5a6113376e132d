/* file.c - paths, and a whole file into memory, for the data files cnkg
 * reads at start (ontology, lexicons, OpenCC's dictionaries when checking
 * them). */
#include "cnkg_common.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

char *cnkg_path_join(const char *dir, const char *name)
{
    cnkg_buf b = {0};
    cnkg_buf_printf(&b, "%s/%s", dir, name);
    return cnkg_buf_detach(&b);
}

char *cnkg_file_read(const char *path, size_t *len, cnkg_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        int why = errno;
        cnkg_error_set(err, "%s: %s", path, strerror(why));
        errno = why; /* the caller may take a missing file apart */
        return NULL;
    }
    cnkg_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        cnkg_buf_append(&b, chunk, n);
    int failed = ferror(f);
    fclose(f);
    if (failed) {
        cnkg_buf_free(&b);
        cnkg_error_set(err, "%s: read error", path);
        errno = EIO;
        return NULL;
    }
    cnkg_buf_putc(&b, '\0'); /* an empty file still yields a string */
    *len = b.len - 1;
    return cnkg_buf_detach(&b);
}

/* An article given where a graph is wanted is the commonest slip of a new
 * user; raptor would only say "syntax error" at its first Chinese byte. */
static int is_article_name(const char *path)
{
    static const char *const exts[] = {".txt", ".text", ".html", ".htm", ".json", ".jsonl"};
    const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');
    if (!dot || (slash && dot < slash))
        return 0;
    for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++)
        if (strcasecmp(dot, exts[i]) == 0)
            return 1;
    return 0;
}

int cnkg_file_check_graph(const char *path, cnkg_error *err)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return cnkg_error_set(err, "cannot open %s: %s", path, strerror(errno));
    if (S_ISDIR(st.st_mode))
        return cnkg_error_set(err,
                              "%s is a directory, not a graph file; give a .ttl, .nt or .nq "
                              "file, or make one: cnkg extract %s -o kg.ttl",
                              path, path);
    if (is_article_name(path))
        return cnkg_error_set(err,
                              "%s is an article, not an RDF graph; make its graph first: "
                              "cnkg extract %s -o kg.ttl",
                              path, path);
    return 0;
}
