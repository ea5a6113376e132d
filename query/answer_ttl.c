/* answer_ttl.c - a SELECT answer in the Turtle that Virtuoso writes for
 * the SPARQL result-set vocabulary, read by hand.
 *
 * Virtuoso 7.2 writes SPARQL JSON in a procedure of its own language, one
 * call per value, and Turtle in C: on the 44,322 rows of fact-sources over
 * a week of news the endpoint took 7 to 10 s for JSON and 1.1 to 1.7 s
 * for the same rows as Turtle. raptor would take another second to read
 * that Turtle; this reads only the lines Virtuoso's writer makes
 * (sparql_rset_ttl_write_row):
 *
 *   @prefix ns0:	<IRI> .
 *   _:_ a res:ResultSet .
 *   _:_ res:resultVariable "a" , "b" .
 *   _:_ res:solution [
 *         res:binding [ res:variable "a" ; res:value VALUE ] ;
 *         res:binding [ res:variable "b" ; res:value VALUE ] ] .
 *
 * rows in the order of the answer, an unbound variable left out. Anything
 * else makes the reader give up without writing, and the caller asks for
 * JSON. */
#include "store_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct prefix {
    char *name, *iri;
} prefix;

typedef struct rset {
    const char *s, *end;
    char **vars;
    size_t n_vars;
    prefix *prefixes;
    size_t n_prefixes;
    cnkg_term *cells;
    size_t n_rows, cap_rows;
    cnkg_buf scratch; /* where a string is decoded before it is kept */
    char **strings;   /* every string the cells point to */
    size_t n_strings, cap_strings;
} rset;

static const char *keep(rset *r, char *s)
{
    if (r->n_strings == r->cap_strings) {
        r->cap_strings = r->cap_strings ? r->cap_strings * 2 : 1024;
        r->strings = cnkg_xrealloc(r->strings, r->cap_strings * sizeof *r->strings);
    }
    return r->strings[r->n_strings++] = s;
}

static void skip_space(rset *r)
{
    while (r->s < r->end && (*r->s == ' ' || *r->s == '\t' || *r->s == '\n' || *r->s == '\r'))
        r->s++;
}

/* Skips white space, then text; 0 when it was there. */
static int eat(rset *r, const char *text)
{
    size_t n = strlen(text);
    skip_space(r);
    if ((size_t)(r->end - r->s) < n || memcmp(r->s, text, n) != 0)
        return -1;
    r->s += n;
    return 0;
}

static int hex(rset *r, int digits, uint32_t *cp)
{
    *cp = 0;
    for (int i = 0; i < digits; i++, r->s++) {
        int d = cnkg_hex_digit(r->s < r->end ? *r->s : 0);
        if (d < 0)
            return -1;
        *cp = *cp << 4 | (uint32_t)d;
    }
    return *cp == 0 || *cp > 0x10FFFF || (*cp >= 0xD800 && *cp <= 0xDFFF) ? -1 : 0;
}

/* From after the opening quote or <, up to close: the text with its
 * escapes decoded, kept; NULL when it is not in the expected form. */
static const char *unescape(rset *r, char close)
{
    cnkg_buf *b = &r->scratch;
    cnkg_buf_clear(b);
    while (r->s < r->end && *r->s != close) {
        const char *run = r->s;
        while (r->s < r->end && *r->s != close && *r->s != '\\' && *r->s != '\n')
            r->s++;
        cnkg_buf_append(b, run, (size_t)(r->s - run));
        if (r->s >= r->end || *r->s == close)
            break;
        if (*r->s == '\n' || r->end - r->s < 2)
            return NULL;
        char c = r->s[1], plain = c == 't'                                         ? '\t'
                                  : c == 'n'                                       ? '\n'
                                  : c == 'r'                                       ? '\r'
                                  : c == 'b'                                       ? '\b'
                                  : c == 'f'                                       ? '\f'
                                  : c == '"' || c == '\'' || c == '\\' || c == '>' ? c
                                                                                   : 0;
        r->s += 2;
        uint32_t cp;
        char utf8[4];
        if (plain) {
            cnkg_buf_putc(b, plain);
        } else if ((c == 'u' && hex(r, 4, &cp) == 0) || (c == 'U' && hex(r, 8, &cp) == 0)) {
            cnkg_buf_append(b, utf8, cnkg_utf8_encode(cp, utf8));
        } else {
            return NULL;
        }
    }
    if (r->s >= r->end)
        return NULL;
    r->s++; /* the closing character */
    return keep(r, cnkg_xstrndup(b->data ? b->data : "", b->len));
}

static const char *quoted(rset *r)
{
    skip_space(r);
    if (r->s >= r->end || *r->s != '"' || (r->end - r->s >= 3 && memcmp(r->s, "\"\"\"", 3) == 0))
        return NULL; /* long strings: not written by Virtuoso's writer */
    r->s++;
    return unescape(r, '"');
}

static size_t span(const rset *r, const char *set)
{
    const char *p = r->s;
    while (p < r->end && strchr(set, *p) && *p)
        p++;
    return (size_t)(p - r->s);
}

#define NAME_CHARS "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"

/* A prefixed name whose prefix was declared, as a full IRI. */
static const char *pname(rset *r)
{
    size_t n = span(r, NAME_CHARS);
    if (r->s + n >= r->end || r->s[n] != ':')
        return NULL;
    for (size_t i = r->n_prefixes; i-- > 0;) { /* the latest declaration */
        if (strlen(r->prefixes[i].name) != n || memcmp(r->prefixes[i].name, r->s, n) != 0)
            continue;
        r->s += n + 1;
        size_t local = span(r, NAME_CHARS ".");
        while (local && r->s[local - 1] == '.') /* a name does not end with a dot */
            local--;
        if (r->s + local < r->end && (r->s[local] == '\\' || r->s[local] == '%' ||
                                      r->s[local] == ':' || (r->s[local] & 0x80)))
            return NULL;
        cnkg_buf b = {0};
        cnkg_buf_puts(&b, r->prefixes[i].iri);
        cnkg_buf_append(&b, r->s, local);
        r->s += local;
        return keep(r, cnkg_buf_detach(&b));
    }
    return NULL;
}

static const char *iri(rset *r)
{
    skip_space(r);
    if (r->s < r->end && *r->s == '<') {
        r->s++;
        return unescape(r, '>');
    }
    return pname(r);
}

static int literal_suffix(rset *r, cnkg_term *t)
{
    if (r->s < r->end && *r->s == '@') {
        r->s++;
        size_t n = span(r, NAME_CHARS);
        if (!n)
            return -1;
        t->lang = keep(r, cnkg_xstrndup(r->s, n));
        r->s += n;
    } else if (r->end - r->s >= 2 && r->s[0] == '^' && r->s[1] == '^') {
        r->s += 2;
        t->datatype = iri(r);
        return t->datatype ? 0 : -1;
    }
    return 0;
}

/* A number or boolean written bare, with its datatype as Turtle says. */
static int bare(rset *r, cnkg_term *t)
{
    size_t n = span(r, "+-0123456789.eE");
    const char *type = "boolean";
    if (n && r->s[n - 1] == '.') /* the dot that ends a statement */
        n--;
    if (n) {
        type = memchr(r->s, 'e', n) || memchr(r->s, 'E', n) ? "double"
               : memchr(r->s, '.', n)                       ? "decimal"
                                                            : "integer";
    } else if (r->end - r->s >= 4 && memcmp(r->s, "true", 4) == 0) {
        n = 4;
    } else if (r->end - r->s >= 5 && memcmp(r->s, "false", 5) == 0) {
        n = 5;
    } else {
        return -1;
    }
    t->kind = CNKG_TERM_LITERAL;
    t->value = keep(r, cnkg_xstrndup(r->s, n));
    char dt[64];
    snprintf(dt, sizeof dt, "%s%s", CNKG_XSD_NS, type);
    t->datatype = keep(r, cnkg_xstrdup(dt));
    r->s += n;
    return 0;
}

static int value(rset *r, cnkg_term *t)
{
    skip_space(r);
    if (r->s >= r->end)
        return -1;
    if (*r->s == '"') {
        t->kind = CNKG_TERM_LITERAL;
        t->value = quoted(r);
        return t->value ? literal_suffix(r, t) : -1;
    }
    if (r->end - r->s > 2 && r->s[0] == '_' && r->s[1] == ':') {
        r->s += 2;
        size_t n = span(r, NAME_CHARS);
        if (!n)
            return -1;
        t->kind = CNKG_TERM_BNODE;
        t->value = keep(r, cnkg_xstrndup(r->s, n));
        r->s += n;
        return 0;
    }
    if (strchr("+-.0123456789", *r->s) || *r->s == 't' || *r->s == 'f') {
        const char *at = r->s;
        if (bare(r, t) == 0)
            return 0;
        r->s = at; /* a prefix named t... or f... */
    }
    t->kind = CNKG_TERM_IRI;
    t->value = iri(r);
    return t->value ? 0 : -1;
}

static int prefix_line(rset *r)
{
    skip_space(r);
    size_t n = span(r, NAME_CHARS);
    if (r->s + n >= r->end || r->s[n] != ':')
        return -1;
    prefix p = {cnkg_xstrndup(r->s, n), NULL};
    r->s += n + 1;
    skip_space(r);
    if (r->s < r->end && *r->s == '<') {
        r->s++;
        const char *i = unescape(r, '>');
        p.iri = i ? cnkg_xstrdup(i) : NULL;
    }
    if (!p.iri || eat(r, ".") != 0) {
        free(p.name);
        free(p.iri);
        return -1;
    }
    r->prefixes = cnkg_xrealloc(r->prefixes, (r->n_prefixes + 1) * sizeof *r->prefixes);
    r->prefixes[r->n_prefixes++] = p;
    return 0;
}

static int variables_line(rset *r)
{
    do {
        const char *name = quoted(r);
        if (!name)
            return -1;
        r->vars = cnkg_xrealloc(r->vars, (r->n_vars + 1) * sizeof *r->vars);
        r->vars[r->n_vars++] = (char *)name;
    } while (eat(r, ",") == 0);
    return eat(r, ".");
}

static int solution(rset *r)
{
    if (!r->n_vars)
        return -1;
    if (r->n_rows == r->cap_rows) {
        r->cap_rows = r->cap_rows ? r->cap_rows * 2 : 256;
        r->cells = cnkg_xrealloc(r->cells, r->cap_rows * r->n_vars * sizeof *r->cells);
    }
    cnkg_term *row = &r->cells[r->n_rows++ * r->n_vars];
    memset(row, 0, r->n_vars * sizeof *row);
    int first = 1;
    while (eat(r, "]") != 0) {
        if ((!first && eat(r, ";") != 0) || eat(r, "res:binding [") != 0 ||
            eat(r, "res:variable") != 0)
            return -1;
        first = 0;
        const char *name = quoted(r);
        size_t i = 0;
        while (name && i < r->n_vars && strcmp(r->vars[i], name) != 0)
            i++;
        if (!name || i == r->n_vars || row[i].kind != CNKG_TERM_UNBOUND || eat(r, ";") != 0 ||
            eat(r, "res:value") != 0 || value(r, &row[i]) != 0 || eat(r, "]") != 0)
            return -1;
    }
    return eat(r, ".");
}

static int read_all(rset *r)
{
    for (skip_space(r); r->s < r->end; skip_space(r)) {
        int rc = eat(r, "@prefix") == 0                  ? prefix_line(r)
                 : eat(r, "_:_ a res:ResultSet .") == 0  ? 0
                 : eat(r, "_:_ res:resultVariable") == 0 ? variables_line(r)
                 : eat(r, "_:_ res:solution [") == 0     ? solution(r)
                                                         : -1;
        if (rc)
            return -1;
    }
    return 0;
}

static void rset_free(rset *r)
{
    for (size_t i = 0; i < r->n_strings; i++)
        free(r->strings[i]);
    for (size_t i = 0; i < r->n_prefixes; i++) {
        free(r->prefixes[i].name);
        free(r->prefixes[i].iri);
    }
    cnkg_buf_free(&r->scratch);
    free(r->strings);
    free(r->prefixes);
    free(r->vars);
    free(r->cells);
}

int cnkg_answer_write_rset_ttl(const char *body, size_t len, const cnkg_order_key *keys,
                               size_t n_keys, cnkg_results_format format, const cnkg_prefixes *px,
                               FILE *out)
{
    rset r = {.s = body, .end = body + len};
    int rc = read_all(&r) == 0 && r.n_vars ? 0 : 1;
    if (rc == 0)
        cnkg_answer_write_rows((const char *const *)r.vars, r.n_vars, r.cells, r.n_rows, keys,
                               n_keys, format, px, out);
    rset_free(&r);
    return rc;
}
