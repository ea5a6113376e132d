/* error.c - error messages returned to the caller, and allocation that exits
 * on exhaustion. */
#include "cnkg_common.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cnkg_error_set(cnkg_error *err, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
    }
    return -1;
}

static void *check(void *p, size_t size)
{
    if (!p && size) {
        fprintf(stderr, "cnkg: out of memory (asked for %zu bytes)\n", size);
        exit(3);
    }
    return p;
}

void *cnkg_xmalloc(size_t size)
{
    return check(malloc(size ? size : 1), size);
}

void *cnkg_xcalloc(size_t count, size_t size)
{
    return check(calloc(count ? count : 1, size ? size : 1), count * size);
}

void *cnkg_xcalloc_aligned(size_t align, size_t count, size_t size)
{
    size_t bytes = count * size;
    bytes = (bytes + align - 1) / align * align; /* aligned_alloc wants a multiple */
    void *p = check(aligned_alloc(align, bytes ? bytes : align), bytes);
    return memset(p, 0, bytes);
}

void *cnkg_xrealloc(void *ptr, size_t size)
{
    return check(realloc(ptr, size ? size : 1), size);
}

char *cnkg_xstrdup(const char *s)
{
    return cnkg_xstrndup(s, strlen(s));
}

char *cnkg_xstrndup(const char *s, size_t n)
{
    char *d = cnkg_xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}
