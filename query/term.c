/* term.c - RDF terms written as text: N-Triples/Turtle syntax for TSV and
 * JSON strings for the JSON results format. */
#include "query_internal.h"

#include <string.h>

int cnkg_term_has_xsd_type(const cnkg_term *t, const char *local)
{
    size_t ns = sizeof CNKG_XSD_NS - 1;
    return t->kind == CNKG_TERM_LITERAL && t->datatype &&
           strncmp(t->datatype, CNKG_XSD_NS, ns) == 0 && strcmp(t->datatype + ns, local) == 0;
}

static const char *digits(const char *s)
{
    while (*s >= '0' && *s <= '9')
        s++;
    return s;
}

static const char *sign(const char *s)
{
    return (*s == '+' || *s == '-') ? s + 1 : s;
}

/* The Turtle grammar's INTEGER, DECIMAL and DOUBLE: only a lexical form
 * that reads back as the same literal may be written bare. */
static int bare_integer(const char *s)
{
    const char *d = sign(s);
    const char *e = digits(d);
    return e > d && *e == '\0';
}

static int bare_decimal(const char *s)
{
    const char *d = digits(sign(s));
    if (*d != '.')
        return 0;
    const char *e = digits(d + 1);
    return e > d + 1 && *e == '\0';
}

static int bare_double(const char *s)
{
    const char *m = sign(s);
    const char *d = digits(m);
    int n = (int)(d - m);
    if (*d == '.') {
        const char *f = digits(d + 1);
        n += (int)(f - d - 1);
        d = f;
    }
    if (n == 0 || (*d != 'e' && *d != 'E'))
        return 0;
    const char *x = sign(d + 1);
    const char *e = digits(x);
    return e > x && *e == '\0';
}

static int bare_literal(const cnkg_term *t)
{
    if (t->lang)
        return 0;
    if (cnkg_term_has_xsd_type(t, "integer"))
        return bare_integer(t->value);
    if (cnkg_term_has_xsd_type(t, "decimal"))
        return bare_decimal(t->value);
    if (cnkg_term_has_xsd_type(t, "double"))
        return bare_double(t->value);
    if (cnkg_term_has_xsd_type(t, "boolean"))
        return strcmp(t->value, "true") == 0 || strcmp(t->value, "false") == 0;
    return 0;
}

/* IRIREF forbids controls, space and <>"{}|^`\ even though a parser may hold
 * them; UCHAR escapes keep the term parseable. */
static void append_iri(cnkg_buf *out, const char *iri)
{
    cnkg_buf_putc(out, '<');
    cnkg_buf_put_escaped(out, iri, CNKG_ESCAPE_IRI);
    cnkg_buf_putc(out, '>');
}

void cnkg_term_append_turtle(const cnkg_term *t, cnkg_buf *out)
{
    switch (t->kind) {
    case CNKG_TERM_UNBOUND:
        return;
    case CNKG_TERM_IRI:
        append_iri(out, t->value);
        return;
    case CNKG_TERM_BNODE:
        cnkg_buf_printf(out, "_:%s", t->value);
        return;
    case CNKG_TERM_LITERAL:
        if (bare_literal(t)) {
            cnkg_buf_puts(out, t->value);
            return;
        }
        cnkg_buf_putc(out, '"');
        cnkg_buf_put_escaped(out, t->value, CNKG_ESCAPE_NTRIPLES);
        cnkg_buf_putc(out, '"');
        if (t->lang && *t->lang) {
            cnkg_buf_printf(out, "@%s", t->lang);
        } else if (t->datatype && !cnkg_term_has_xsd_type(t, "string")) {
            cnkg_buf_puts(out, "^^");
            append_iri(out, t->datatype);
        }
        return;
    }
}
