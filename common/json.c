/* json.c - a strict RFC 8259 reader (cnkg_json.h). It reports the first
 * fault with its byte offset, so that a corpus line or an engine's answer
 * that is not JSON is refused with a reason, never half read. */
#include "cnkg_json.h"

#include <stdlib.h>
#include <string.h>

/* Deep enough for any real document, shallow enough that a hostile line of
 * brackets cannot exhaust the stack. */
#define JSON_MAX_DEPTH 256

typedef struct json_parser {
    const char *s;
    size_t len, pos;
    cnkg_error *err;
} json_parser;

static int fail(json_parser *p, const char *what)
{
    return cnkg_error_set(p->err, "%s", what);
}

static void skip_space(json_parser *p)
{
    while (p->pos < p->len) {
        char c = p->s[p->pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        p->pos++;
    }
}

static int expect(json_parser *p, char c, const char *what)
{
    skip_space(p);
    if (p->pos >= p->len || p->s[p->pos] != c)
        return fail(p, what);
    p->pos++;
    return 0;
}

static int hex4(json_parser *p, uint32_t *out)
{
    if (p->len - p->pos < 4)
        return fail(p, "truncated \\u escape");
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        int d = cnkg_hex_digit(p->s[p->pos]);
        if (d < 0)
            return fail(p, "bad hex digit in \\u escape");
        v = v << 4 | (uint32_t)d;
        p->pos++;
    }
    *out = v;
    return 0;
}

/* After "\u": one code point, joining a surrogate pair. */
static int unicode_escape(json_parser *p, uint32_t *cp)
{
    size_t start = p->pos - 2;
    uint32_t hi = 0, lo = 0; /* set by hex4 when it succeeds */
    if (hex4(p, &hi) < 0)
        return -1;
    if (hi >= 0xDC00 && hi <= 0xDFFF) {
        p->pos = start;
        return fail(p, "lone low surrogate in \\u escape");
    }
    if (hi < 0xD800 || hi > 0xDBFF) {
        *cp = hi;
        return 0;
    }
    if (p->len - p->pos < 2 || p->s[p->pos] != '\\' || p->s[p->pos + 1] != 'u') {
        p->pos = start;
        return fail(p, "high surrogate not followed by a low one");
    }
    p->pos += 2;
    if (hex4(p, &lo) < 0)
        return -1;
    if (lo < 0xDC00 || lo > 0xDFFF) {
        p->pos = start;
        return fail(p, "high surrogate not followed by a low one");
    }
    *cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
    return 0;
}

static int escape(json_parser *p, cnkg_buf *out)
{
    static const char names[] = "\"\\/bfnrt";
    static const char decoded[] = "\"\\/\b\f\n\r\t";
    char c = p->s[p->pos++];
    const char *plain = c ? strchr(names, c) : NULL;
    if (plain) {
        cnkg_buf_putc(out, decoded[plain - names]);
        return 0;
    }
    if (c != 'u') {
        p->pos--;
        return fail(p, "unknown escape");
    }
    uint32_t cp = 0;
    if (unicode_escape(p, &cp) < 0)
        return -1;
    /* Texts are NUL-terminated C strings. */
    if (cp == 0) {
        p->pos -= 6;
        return fail(p, "\\u0000 is not allowed");
    }
    char enc[4];
    cnkg_buf_append(out, enc, cnkg_utf8_encode(cp, enc));
    return 0;
}

/* At the opening quote: the string, decoded, into out. */
static int string(json_parser *p, cnkg_buf *out)
{
    p->pos++;
    cnkg_buf_append(out, "", 0);
    while (p->pos < p->len) {
        unsigned char c = (unsigned char)p->s[p->pos];
        if (c == '"') {
            p->pos++;
            return 0;
        }
        if (c < 0x20)
            return fail(p, "control character in string");
        if (c == '\\') {
            p->pos++;
            if (p->pos >= p->len)
                break;
            if (escape(p, out) < 0)
                return -1;
            continue;
        }
        uint32_t cp;
        size_t n = c < 0x80 ? 1 : cnkg_utf8_decode(p->s + p->pos, p->len - p->pos, &cp);
        if (n == 0)
            return fail(p, "invalid UTF-8 in string");
        cnkg_buf_append(out, p->s + p->pos, n);
        p->pos += n;
    }
    return fail(p, "unterminated string");
}

static int digits(json_parser *p)
{
    size_t start = p->pos;
    while (p->pos < p->len && p->s[p->pos] >= '0' && p->s[p->pos] <= '9')
        p->pos++;
    return p->pos > start ? 0 : fail(p, "digit expected in number");
}

static int number(json_parser *p)
{
    if (p->s[p->pos] == '-')
        p->pos++;
    if (p->pos < p->len && p->s[p->pos] == '0') {
        p->pos++;
    } else if (digits(p) < 0) {
        return -1;
    }
    if (p->pos < p->len && p->s[p->pos] == '.') {
        p->pos++;
        if (digits(p) < 0)
            return -1;
    }
    if (p->pos < p->len && (p->s[p->pos] == 'e' || p->s[p->pos] == 'E')) {
        p->pos++;
        if (p->pos < p->len && (p->s[p->pos] == '+' || p->s[p->pos] == '-'))
            p->pos++;
        if (digits(p) < 0)
            return -1;
    }
    return 0;
}

static int literal(json_parser *p, const char *word)
{
    size_t n = strlen(word);
    if (p->len - p->pos < n || memcmp(p->s + p->pos, word, n) != 0)
        return fail(p, "unexpected character");
    p->pos += n;
    return 0;
}

static int value(json_parser *p, int depth, cnkg_json *v);

/* A new item of container v, to be filled. */
static cnkg_json *add_item(cnkg_json *v, char *key)
{
    if (v->n == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 8;
        v->items = cnkg_xrealloc(v->items, v->cap * sizeof *v->items);
        if (v->kind == CNKG_JSON_OBJECT)
            v->keys = cnkg_xrealloc(v->keys, v->cap * sizeof *v->keys);
    }
    if (v->kind == CNKG_JSON_OBJECT)
        v->keys[v->n] = key;
    cnkg_json *item = &v->items[v->n++];
    memset(item, 0, sizeof *item);
    return item;
}

/* A member's name and ':', at the name's opening quote (or where one
 * should be). */
static int member_name(json_parser *p, const cnkg_json *obj, char **key)
{
    skip_space(p);
    if (p->pos >= p->len || p->s[p->pos] != '"')
        return fail(p, "member name expected");
    size_t at = p->pos;
    cnkg_buf name = {0};
    if (string(p, &name) < 0) {
        cnkg_buf_free(&name);
        return -1;
    }
    if (cnkg_json_get(obj, name.data)) {
        cnkg_buf_free(&name);
        p->pos = at;
        return fail(p, "duplicate member name");
    }
    *key = cnkg_buf_detach(&name);
    return expect(p, ':', "':' expected");
}

/* An object or array, from its opening bracket. */
static int container(json_parser *p, int depth, cnkg_json *v, char close)
{
    if (depth >= JSON_MAX_DEPTH)
        return fail(p, "nested too deeply");
    p->pos++;
    skip_space(p);
    if (p->pos < p->len && p->s[p->pos] == close) {
        p->pos++;
        return 0;
    }
    for (;;) {
        char *key = NULL;
        if (close == '}' && member_name(p, v, &key) < 0) {
            free(key);
            return -1;
        }
        if (value(p, depth + 1, add_item(v, key)) < 0)
            return -1;
        skip_space(p);
        if (p->pos < p->len && p->s[p->pos] == ',') {
            p->pos++;
            continue;
        }
        return expect(p, close, close == '}' ? "',' or '}' expected" : "',' or ']' expected");
    }
}

/* Any value into v, which is empty. */
static int value(json_parser *p, int depth, cnkg_json *v)
{
    skip_space(p);
    if (p->pos >= p->len)
        return fail(p, "value expected");
    size_t start = p->pos;
    int rc;
    switch (p->s[p->pos]) {
    case '"': {
        v->kind = CNKG_JSON_STRING;
        cnkg_buf text = {0};
        rc = string(p, &text);
        v->text = cnkg_buf_detach(&text);
        return rc;
    }
    case '{':
        v->kind = CNKG_JSON_OBJECT;
        return container(p, depth, v, '}');
    case '[':
        v->kind = CNKG_JSON_ARRAY;
        return container(p, depth, v, ']');
    case 't':
        v->kind = CNKG_JSON_TRUE;
        rc = literal(p, "true");
        break;
    case 'f':
        v->kind = CNKG_JSON_FALSE;
        rc = literal(p, "false");
        break;
    case 'n':
        v->kind = CNKG_JSON_NULL;
        rc = literal(p, "null");
        break;
    default:
        v->kind = CNKG_JSON_NUMBER;
        if (p->s[p->pos] != '-' && (p->s[p->pos] < '0' || p->s[p->pos] > '9'))
            return fail(p, "unexpected character");
        rc = number(p);
        break;
    }
    if (rc == 0)
        v->text = cnkg_xstrndup(p->s + start, p->pos - start);
    return rc;
}

int cnkg_json_parse(const char *s, size_t len, cnkg_json *out, size_t *where, cnkg_error *err)
{
    json_parser p = {s, len, 0, err};
    memset(out, 0, sizeof *out);
    int rc = value(&p, 0, out);
    if (rc == 0) {
        skip_space(&p);
        if (p.pos < p.len)
            rc = fail(&p, "unexpected text after the value");
    }
    if (rc < 0) {
        cnkg_json_free(out);
        *where = p.pos;
    }
    return rc;
}

void cnkg_json_free(cnkg_json *v)
{
    for (size_t i = 0; i < v->n; i++) {
        cnkg_json_free(&v->items[i]);
        if (v->keys)
            free(v->keys[i]);
    }
    free(v->items);
    free(v->keys);
    free(v->text);
    memset(v, 0, sizeof *v);
}

const cnkg_json *cnkg_json_get(const cnkg_json *v, const char *key)
{
    if (!v || v->kind != CNKG_JSON_OBJECT)
        return NULL;
    for (size_t i = 0; i < v->n; i++)
        if (strcmp(v->keys[i], key) == 0)
            return &v->items[i];
    return NULL;
}

const char *cnkg_json_text(const cnkg_json *v)
{
    return v ? v->text : NULL;
}

/* --- writing ------------------------------------------------------------ */

void cnkg_json_append_string(cnkg_buf *out, const char *s)
{
    cnkg_buf_putc(out, '"');
    cnkg_buf_put_escaped(out, s, CNKG_ESCAPE_JSON);
    cnkg_buf_putc(out, '"');
}
