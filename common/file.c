/* file.c - a whole file into memory, for the data files cnkg reads at start
 * (ontology, lexicons, OpenCC's dictionaries when checking them). */
#include "cnkg_common.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

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
