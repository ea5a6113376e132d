/* json.c - a strict RFC 8259 reader for one object per line. It keeps the
 * top-level scalars and validates, then drops, anything nested: a corpus
 * line with a broken "label" field is still a broken line. */
#include "input_internal.h"

#include <stdlib.h>
#include <string.h>

/* Deep enough for any real record, shallow enough that a hostile line of
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
        char c = p->s[p->pos];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
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
    uint32_t hi, lo;
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
    /* Documents are NUL-terminated C strings. */
    if (cp == 0) {
        p->pos -= 6;
        return fail(p, "\\u0000 is not allowed");
    }
    char enc[4];
    cnkg_buf_append(out, enc, cnkg_utf8_encode(cp, enc));
    return 0;
}

/* At the opening quote. out may be NULL to only validate. */
static int string(json_parser *p, cnkg_buf *out)
{
    cnkg_buf scratch = {0};
    cnkg_buf *b = out ? out : &scratch;
    int rc = -1;
    p->pos++;
    cnkg_buf_append(b, "", 0);
    while (p->pos < p->len) {
        unsigned char c = (unsigned char)p->s[p->pos];
        if (c == '"') {
            p->pos++;
            rc = 0;
            break;
        }
        if (c < 0x20) {
            fail(p, "control character in string");
            goto done;
        }
        if (c == '\\') {
            p->pos++;
            if (p->pos >= p->len)
                break;
            if (escape(p, b) < 0)
                goto done;
            continue;
        }
        uint32_t cp;
        size_t n = c < 0x80 ? 1 : cnkg_utf8_decode(p->s + p->pos, p->len - p->pos, &cp);
        if (n == 0) {
            fail(p, "invalid UTF-8 in string");
            goto done;
        }
        cnkg_buf_append(b, p->s + p->pos, n);
        p->pos += n;
    }
    if (rc < 0 && p->pos >= p->len)
        fail(p, "unterminated string");
done:
    cnkg_buf_free(&scratch);
    return rc;
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

static int value(json_parser *p, int depth, cnkg_json_kind *kind, cnkg_buf *out);

/* Validates a nested object or array, from its opening bracket. */
static int container(json_parser *p, int depth, char close)
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
        cnkg_json_kind kind;
        if (close == '}') {
            skip_space(p);
            if (p->pos >= p->len || p->s[p->pos] != '"')
                return fail(p, "member name expected");
            if (string(p, NULL) < 0 || expect(p, ':', "':' expected") < 0)
                return -1;
        }
        if (value(p, depth + 1, &kind, NULL) < 0)
            return -1;
        skip_space(p);
        if (p->pos < p->len && p->s[p->pos] == ',') {
            p->pos++;
            continue;
        }
        return expect(p, close, close == '}' ? "',' or '}' expected" : "',' or ']' expected");
    }
}

/* Parses any value; the text of a string (decoded) or number (as written)
 * goes to out when out is not NULL. */
static int value(json_parser *p, int depth, cnkg_json_kind *kind, cnkg_buf *out)
{
    skip_space(p);
    if (p->pos >= p->len)
        return fail(p, "value expected");
    size_t start = p->pos;
    switch (p->s[p->pos]) {
    case '"':
        *kind = CNKG_JSON_STRING;
        return string(p, out);
    case '{':
        *kind = CNKG_JSON_OBJECT;
        return container(p, depth, '}');
    case '[':
        *kind = CNKG_JSON_ARRAY;
        return container(p, depth, ']');
    case 't':
        *kind = CNKG_JSON_TRUE;
        return literal(p, "true");
    case 'f':
        *kind = CNKG_JSON_FALSE;
        return literal(p, "false");
    case 'n':
        *kind = CNKG_JSON_NULL;
        return literal(p, "null");
    default:
        *kind = CNKG_JSON_NUMBER;
        if (p->s[p->pos] != '-' && (p->s[p->pos] < '0' || p->s[p->pos] > '9'))
            return fail(p, "unexpected character");
        if (number(p) < 0)
            return -1;
        if (out)
            cnkg_buf_append(out, p->s + start, p->pos - start);
        return 0;
    }
}

static void add_member(cnkg_json_object *obj, char *key, cnkg_json_kind kind, char *text)
{
    if (obj->n == obj->cap) {
        obj->cap = obj->cap ? obj->cap * 2 : 8;
        obj->members = cnkg_xrealloc(obj->members, obj->cap * sizeof *obj->members);
    }
    obj->members[obj->n++] = (cnkg_json_member){key, kind, text};
}

static int member(json_parser *p, cnkg_json_object *obj)
{
    cnkg_buf key = {0}, text = {0};
    cnkg_json_kind kind;
    skip_space(p);
    if (p->pos >= p->len || p->s[p->pos] != '"') {
        fail(p, "member name expected");
        goto error;
    }
    size_t key_at = p->pos;
    if (string(p, &key) < 0)
        goto error;
    if (cnkg_json_object_get(obj, key.data)) {
        p->pos = key_at;
        fail(p, "duplicate member name");
        goto error;
    }
    if (expect(p, ':', "':' expected") < 0 || value(p, 1, &kind, &text) < 0)
        goto error;
    if (kind != CNKG_JSON_STRING && kind != CNKG_JSON_NUMBER)
        cnkg_buf_free(&text);
    add_member(obj, cnkg_buf_detach(&key), kind, text.data ? cnkg_buf_detach(&text) : NULL);
    return 0;
error:
    cnkg_buf_free(&key);
    cnkg_buf_free(&text);
    return -1;
}

static int object(json_parser *p, cnkg_json_object *obj)
{
    if (expect(p, '{', "'{' expected: each line must be a JSON object") < 0)
        return -1;
    skip_space(p);
    if (p->pos < p->len && p->s[p->pos] == '}') {
        p->pos++;
        return 0;
    }
    for (;;) {
        if (member(p, obj) < 0)
            return -1;
        skip_space(p);
        if (p->pos < p->len && p->s[p->pos] == ',') {
            p->pos++;
            continue;
        }
        return expect(p, '}', "',' or '}' expected");
    }
}

int cnkg_json_parse_object(const char *s, size_t len, cnkg_json_object *obj, size_t *where,
                           cnkg_error *err)
{
    json_parser p = {s, len, 0, err};
    memset(obj, 0, sizeof *obj);
    int rc = object(&p, obj);
    if (rc == 0) {
        skip_space(&p);
        if (p.pos < p.len)
            rc = fail(&p, "unexpected text after the object");
    }
    if (rc < 0) {
        cnkg_json_object_free(obj);
        *where = p.pos;
    }
    return rc;
}

const cnkg_json_member *cnkg_json_object_get(const cnkg_json_object *obj, const char *key)
{
    for (size_t i = 0; i < obj->n; i++)
        if (strcmp(obj->members[i].key, key) == 0)
            return &obj->members[i];
    return NULL;
}

void cnkg_json_object_free(cnkg_json_object *obj)
{
    for (size_t i = 0; i < obj->n; i++) {
        free(obj->members[i].key);
        free(obj->members[i].value);
    }
    free(obj->members);
    memset(obj, 0, sizeof *obj);
}
