/* buf.c - a growable, always NUL-terminated byte string. */
#include "cnkg_common.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cnkg_buf_reserve(cnkg_buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1)
        cap *= 2;
    b->data = cnkg_xrealloc(b->data, cap);
    b->cap = cap;
}

void cnkg_buf_append(cnkg_buf *b, const char *s, size_t n)
{
    cnkg_buf_reserve(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void cnkg_buf_puts(cnkg_buf *b, const char *s)
{
    cnkg_buf_append(b, s, strlen(s));
}

void cnkg_buf_put_size(cnkg_buf *b, size_t n)
{
    char digits[24], *p = digits + sizeof digits;
    do
        *--p = (char)('0' + n % 10);
    while (n /= 10);
    cnkg_buf_append(b, p, (size_t)(digits + sizeof digits - p));
}

/* Formats into the room the buffer has and only when that was too small
 * grows it and formats again: one pass for most calls instead of two. */
void cnkg_buf_printf(cnkg_buf *b, const char *fmt, ...)
{
    cnkg_buf_reserve(b, 64);
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
    va_end(ap);
    if (n <= 0) {
        b->data[b->len] = '\0';
        return;
    }
    if ((size_t)n >= b->cap - b->len) {
        cnkg_buf_reserve(b, (size_t)n);
        va_start(ap, fmt);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    b->len += (size_t)n;
}

static const char *named_escape(unsigned char c, int json)
{
    switch (c) {
    case '"':
        return "\\\"";
    case '\\':
        return "\\\\";
    case '\n':
        return "\\n";
    case '\r':
        return "\\r";
    case '\t':
        return "\\t";
    case '\b':
        return json ? "\\b" : NULL;
    case '\f':
        return json ? "\\f" : NULL;
    }
    return NULL;
}

/* Whether style writes c as a \u escape (when it has no name). */
static int coded(unsigned char c, cnkg_escape style)
{
    if (style == CNKG_ESCAPE_JSON)
        return c < 0x20;
    if (style == CNKG_ESCAPE_IRI && (c == ' ' || (c && strchr("<>\"{}|^`\\", c))))
        return 1;
    return c < 0x20 || c == 0x7F;
}

void cnkg_buf_put_escaped_byte(cnkg_buf *b, unsigned char c, cnkg_escape style)
{
    int json = style == CNKG_ESCAPE_JSON;
    const char *named = style == CNKG_ESCAPE_IRI ? NULL : named_escape(c, json);
    if (named)
        cnkg_buf_puts(b, named);
    else if (coded(c, style))
        cnkg_buf_printf(b, json ? "\\u%04x" : "\\u%04X", c);
    else
        cnkg_buf_putc(b, (char)c);
}

void cnkg_buf_put_escaped(cnkg_buf *b, const char *s, cnkg_escape style)
{
    for (const unsigned char *c = (const unsigned char *)s; *c; c++)
        cnkg_buf_put_escaped_byte(b, *c, style);
}

void cnkg_buf_clear(cnkg_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

void cnkg_buf_free(cnkg_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

char *cnkg_buf_detach(cnkg_buf *b)
{
    char *d = b->data ? b->data : cnkg_xstrdup("");
    b->data = NULL;
    b->len = b->cap = 0;
    return d;
}
