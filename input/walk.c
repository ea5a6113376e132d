/* walk.c - paths to files. A directory is walked recursively and its
 * matching files are sorted by full path with strcmp, so that two runs over
 * the same tree read the same documents in the same order whatever the
 * file system returns. Pages are *.txt, *.html and *.htm. Hidden entries (".git", editor backups)
 * are skipped, and so are symbolic links to directories, which could loop. */
#include "input_internal.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void files_push(cnkg_input_files *files, const char *path, cnkg_input_format format,
                       size_t size)
{
    if (files->n == files->cap) {
        files->cap = files->cap ? files->cap * 2 : 16;
        files->items = cnkg_xrealloc(files->items, files->cap * sizeof *files->items);
    }
    files->items[files->n++] =
        (cnkg_input_file){.path = cnkg_xstrdup(path), .format = format, .size = size};
}

void cnkg_input_files_add_error(cnkg_input_files *files, const char *path, const char *message)
{
    files_push(files, path, CNKG_INPUT_TEXT, 0);
    files->items[files->n - 1].error = cnkg_xstrdup(message);
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Which files of a walked directory are read, and as what. */
static int wanted(const char *name, cnkg_input_format mode, cnkg_input_format *format)
{
    if (ends_with(name, ".txt") || cnkg_input_html_named(name)) {
        *format = CNKG_INPUT_TEXT;
        return 1;
    }
    if (mode == CNKG_INPUT_JSONL && (ends_with(name, ".jsonl") || ends_with(name, ".json"))) {
        *format = CNKG_INPUT_JSONL;
        return 1;
    }
    return 0;
}

static int walk(cnkg_input_files *found, const char *dir, cnkg_input_format mode, cnkg_error *err)
{
    DIR *d = opendir(dir);
    if (!d)
        return cnkg_error_set(err, "cannot open '%s': %s", dir, strerror(errno));
    int rc = 0;
    struct dirent *e;
    cnkg_buf path = {0};
    while (rc == 0 && (e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        cnkg_buf_clear(&path);
        cnkg_buf_printf(&path, "%s%s%s", dir, ends_with(dir, "/") ? "" : "/", e->d_name);
        struct stat st, lst;
        cnkg_input_format format;
        if (stat(path.data, &st) < 0) {
            /* A dangling link among files cnkg would not read is no concern. */
            if (wanted(e->d_name, mode, &format))
                rc = cnkg_error_set(err, "cannot open '%s': %s", path.data, strerror(errno));
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            if (lstat(path.data, &lst) == 0 && !S_ISLNK(lst.st_mode))
                rc = walk(found, path.data, mode, err);
        } else if (S_ISREG(st.st_mode) && wanted(e->d_name, mode, &format)) {
            files_push(found, path.data, format, (size_t)st.st_size);
        }
    }
    cnkg_buf_free(&path);
    closedir(d);
    return rc;
}

static int by_path(const void *a, const void *b)
{
    return strcmp(((const cnkg_input_file *)a)->path, ((const cnkg_input_file *)b)->path);
}

int cnkg_input_files_add(cnkg_input_files *files, const char *path, cnkg_input_format format,
                         cnkg_error *err)
{
    if (strcmp(path, "-") == 0) {
        files_push(files, path, format, 0);
        return 0;
    }
    struct stat st;
    if (stat(path, &st) < 0)
        return cnkg_error_set(err, "cannot open '%s': %s", path, strerror(errno));
    if (!S_ISDIR(st.st_mode)) {
        /* .jsonl says what the file is: read as text, its lines of JSON
         * made one page of garbage, or were refused past the limit. */
        if (ends_with(path, ".jsonl"))
            format = CNKG_INPUT_JSONL;
        files_push(files, path, format, S_ISREG(st.st_mode) ? (size_t)st.st_size : 0);
        return 0;
    }
    cnkg_input_files found = {0};
    if (walk(&found, path, format, err) < 0) {
        cnkg_input_files_free(&found);
        return -1;
    }
    if (found.n == 0) {
        cnkg_input_files_free(&found);
        return cnkg_error_set(err, "no input files in directory '%s' (looked for %s)", path,
                              format == CNKG_INPUT_JSONL ? "*.txt, *.html, *.htm, *.jsonl, *.json"
                                                         : "*.txt, *.html, *.htm");
    }
    qsort(found.items, found.n, sizeof *found.items, by_path);
    for (size_t i = 0; i < found.n; i++) {
        files_push(files, found.items[i].path, found.items[i].format, found.items[i].size);
    }
    cnkg_input_files_free(&found);
    return 0;
}

void cnkg_input_files_free(cnkg_input_files *files)
{
    for (size_t i = 0; i < files->n; i++) {
        free(files->items[i].path);
        free(files->items[i].error);
    }
    free(files->items);
    memset(files, 0, sizeof *files);
}
