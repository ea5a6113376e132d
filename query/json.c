/* json.c - a small JSON reader for SPARQL JSON results: the whole text
 * becomes a tree of values; strings are decoded to UTF-8. Numbers are kept
 * as their text, which is all the results format needs. */
#include "store_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct reader {
    const char *s;
    int depth;
} reader;

static void skip_ws(reader *r)
{
    while (*r->s == ' ' || *r->s == '\t' || *r->s == '\n' || *r->s == '\r')
        r->s++;
}

static int hex4(const char *s, uint32_t *out)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        char c = s[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (uint32_t)(c - 'A' + 10);
        else
            return -1;
    }
    *out = v;
    return 0;
}

static int read_escape(reader *r, cnkg_buf *b)
{
    static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
    const char *at = strchr(from, *r->s);
    if (*r->s && at) {
        cnkg_buf_putc(b, to[at - from]);
        r->s++;
        return 0;
    }
    uint32_t cp, lo;
    if (*r->s != 'u' || hex4(r->s + 1, &cp))
        return -1;
    r->s += 5;
    if (cp >= 0xD800 && cp < 0xDC00 && r->s[0] == '\\' && r->s[1] == 'u' &&
        hex4(r->s + 2, &lo) == 0 && lo >= 0xDC00 && lo < 0xE000) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        r->s += 6;
    }
    char enc[4];
    cnkg_buf_append(b, enc, cnkg_utf8_encode(cp, enc));
    return 0;
}

static char *read_string(reader *r)
{
    cnkg_buf b = {0};
    cnkg_buf_puts(&b, "");
    r->s++; /* the opening quote */
    while (*r->s && *r->s != '"') {
        if (*r->s == '\\') {
            r->s++;
            if (read_escape(r, &b)) {
                cnkg_buf_free(&b);
                return NULL;
            }
        } else {
            cnkg_buf_putc(&b, *r->s++);
        }
    }
    if (*r->s != '"') {
        cnkg_buf_free(&b);
        return NULL;
    }
    r->s++;
    return cnkg_buf_detach(&b);
}

static cnkg_json *read_value(reader *r);

static void add_child(cnkg_json *parent, char *key, cnkg_json *child)
{
    parent->items = cnkg_xrealloc(parent->items, (parent->n + 1) * sizeof *parent->items);
    parent->keys = cnkg_xrealloc(parent->keys, (parent->n + 1) * sizeof *parent->keys);
    parent->items[parent->n] = child;
    parent->keys[parent->n++] = key;
}

static cnkg_json *read_container(reader *r, cnkg_json *v, char close)
{
    r->s++;
    skip_ws(r);
    if (*r->s == close) {
        r->s++;
        return v;
    }
    for (;;) {
        char *key = NULL;
        skip_ws(r);
        if (close == '}') {
            if (*r->s != '"' || !(key = read_string(r)))
                break;
            skip_ws(r);
            if (*r->s++ != ':') {
                free(key);
                break;
            }
        }
        cnkg_json *child = read_value(r);
        if (!child) {
            free(key);
            break;
        }
        add_child(v, key, child);
        skip_ws(r);
        if (*r->s == ',') {
            r->s++;
            continue;
        }
        if (*r->s == close) {
            r->s++;
            return v;
        }
        break;
    }
    cnkg_json_free(v);
    return NULL;
}

static cnkg_json *read_value(reader *r)
{
    skip_ws(r);
    if (++r->depth > 64)
        return NULL;
    cnkg_json *v = cnkg_xcalloc(1, sizeof *v);
    const char *start = r->s;
    if (*r->s == '{') {
        v->kind = CNKG_JSON_OBJECT;
        v = read_container(r, v, '}');
    } else if (*r->s == '[') {
        v->kind = CNKG_JSON_ARRAY;
        v = read_container(r, v, ']');
    } else if (*r->s == '"') {
        v->kind = CNKG_JSON_STRING;
        if (!(v->text = read_string(r))) {
            free(v);
            v = NULL;
        }
    } else {
        while (*r->s && !strchr(",]} \t\r\n", *r->s))
            r->s++;
        v->kind = CNKG_JSON_ATOM; /* number, true, false, null */
        v->text = cnkg_xstrndup(start, (size_t)(r->s - start));
        if (r->s == start) {
            cnkg_json_free(v);
            v = NULL;
        }
    }
    r->depth--;
    return v;
}

cnkg_json *cnkg_json_parse(const char *text)
{
    reader r = {text, 0};
    cnkg_json *v = read_value(&r);
    skip_ws(&r);
    if (v && *r.s) {
        cnkg_json_free(v);
        v = NULL;
    }
    return v;
}

void cnkg_json_free(cnkg_json *v)
{
    if (!v)
        return;
    for (size_t i = 0; i < v->n; i++) {
        cnkg_json_free(v->items[i]);
        free(v->keys[i]);
    }
    free(v->items);
    free(v->keys);
    free(v->text);
    free(v);
}

const cnkg_json *cnkg_json_get(const cnkg_json *v, const char *key)
{
    if (!v || v->kind != CNKG_JSON_OBJECT)
        return NULL;
    for (size_t i = 0; i < v->n; i++)
        if (v->keys[i] && strcmp(v->keys[i], key) == 0)
            return v->items[i];
    return NULL;
}

const char *cnkg_json_text(const cnkg_json *v)
{
    return v && (v->kind == CNKG_JSON_STRING || v->kind == CNKG_JSON_ATOM) ? v->text : NULL;
}
