/* nquads_line.c - the N-Triples terms the query engine and the store
 * write for what raptor read, and the N-Quads lines cnkg writes,
 * recognised without a parser. A load reads hundreds of megabytes of them; raptor spends a
 * dozen allocations on each statement (7 us a quad, as much CPU as the
 * server's bulk loader), and the store writes the statement back out in
 * the form it came in. So a line in the plain form below is passed on as
 * it is, and any other line goes through raptor: the plain form is
 * exactly the set of lines raptor would read and cnkg_rdf_term_append
 * write back byte for byte.
 *
 * Plain: terms separated by one space, ending in " ." and nothing after;
 * IRIs absolute, valid UTF-8 with no ASCII that N-Triples escapes or
 * raptor resolves (no "\", no "/." segment); literals valid UTF-8 with no
 * control characters and no escapes but \\ \" \n \r (some of those
 * cnkg_rdf_term_append writes), then a lower-case language tag or a plain
 * datatype IRI; no blank nodes. */
#include "query_internal.h"

#include <stdint.h>
#include <string.h>

void cnkg_rdf_term_append(cnkg_buf *b, const raptor_term *t, const char *bnode_prefix)
{
    if (t->type == RAPTOR_TERM_TYPE_BLANK) {
        cnkg_buf_printf(b, "_:%s%s", bnode_prefix, (const char *)t->value.blank.string);
        return;
    }
    if (t->type == RAPTOR_TERM_TYPE_LITERAL) {
        /* raptor's serializer leaves line breaks raw in literals, which
         * strict N-Triples readers (Jena ARQ's) refuse; UTF-8 stays */
        cnkg_buf_putc(b, '"');
        cnkg_buf_put_escaped(b, (const char *)t->value.literal.string, CNKG_ESCAPE_NTRIPLES);
        cnkg_buf_putc(b, '"');
        if (t->value.literal.language)
            cnkg_buf_printf(b, "@%s", (const char *)t->value.literal.language);
        else if (t->value.literal.datatype)
            cnkg_buf_printf(b, "^^<%s>",
                            (const char *)raptor_uri_as_string(t->value.literal.datatype));
        return;
    }
    size_t len = 0;
    unsigned char *s = raptor_term_to_counted_string((raptor_term *)t, &len);
    if (s)
        cnkg_buf_append(b, (const char *)s, len);
    raptor_free_memory(s);
}

/* Past one UTF-8 character of 2 to 4 bytes at p, or NULL when it is not
 * a valid one (common's decoder refuses overlong forms, surrogates and
 * code points past U+10FFFF). */
static const char *utf8_end(const char *p, const char *end)
{
    uint32_t cp;
    size_t n = cnkg_utf8_decode(p, (size_t)(end - p), &cp);
    return n >= 2 ? p + n : NULL;
}

/* Past an IRI at p, "<...>", or NULL. */
static const char *iri_end(const char *p, const char *end)
{
    if (p >= end || *p != '<')
        return NULL;
    const char *q = ++p, *colon = NULL;
    for (; q < end && *q != '>'; q++) {
        unsigned char c = (unsigned char)*q;
        if (c >= 0x80) {
            if (!(q = utf8_end(q, end)))
                return NULL;
            q--; /* to the character's last byte */
            continue;
        }
        if (c <= 0x20 || c == 0x7F || strchr("<\"{}|^`\\", c))
            return NULL;
        if (c == ':' && !colon)
            colon = q;
        if (c == '.' && q > p && q[-1] == '/')
            return NULL;
    }
    /* a scheme: a letter, then letters, digits, + - . up to the colon */
    if (q == end || !colon || colon == p || !((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z'))
        return NULL;
    for (const char *s = p; s < colon; s++)
        if (!((*s | 0x20) >= 'a' && (*s | 0x20) <= 'z') && !(*s >= '0' && *s <= '9') &&
            !strchr("+-.", *s))
            return NULL;
    return q + 1;
}

/* Past a literal at p with its tag or datatype, or NULL. */
static const char *literal_end(const char *p, const char *end)
{
    if (p >= end || *p != '"')
        return NULL;
    for (p++; p < end && *p != '"';) {
        unsigned char c = (unsigned char)*p;
        if (c == '\\') {
            if (p + 1 == end || !strchr("\\\"nr", p[1]))
                return NULL;
            p += 2;
        } else if (c < 0x20 || c == 0x7F) {
            return NULL;
        } else if (c < 0x80) {
            p++;
        } else if (!(p = utf8_end(p, end))) {
            return NULL;
        }
    }
    if (p == end)
        return NULL;
    p++;
    if (p < end && *p == '@') {
        const char *tag = ++p;
        while (p < end &&
               ((*p >= 'a' && *p <= 'z') || (p > tag && (*p == '-' || (*p >= '0' && *p <= '9')))))
            p++;
        return p > tag && p[-1] != '-' ? p : NULL;
    }
    if (p + 1 < end && p[0] == '^' && p[1] == '^')
        return iri_end(p + 2, end);
    return p;
}

int cnkg_nquads_line(const char *line, size_t len, size_t *spo_len, const char **graph,
                     size_t *graph_len)
{
    const char *p = line, *end = line + len;
    if (len == 0)
        return 0;
    for (int term = 0; term < 3; term++) {
        p = term < 2 ? iri_end(p, end) : *p == '"' ? literal_end(p, end) : iri_end(p, end);
        if (!p || p == end || *p != ' ')
            return -1;
        if (term < 2)
            p++;
    }
    *spo_len = (size_t)(p - line);
    *graph = NULL;
    *graph_len = 0;
    p++;
    if (p < end && *p == '<') {
        const char *g = p;
        if (!(p = iri_end(p, end)) || p == end || *p != ' ')
            return -1;
        *graph = g + 1;
        *graph_len = (size_t)(p - g - 2);
        p++;
    }
    return end - p == 1 && *p == '.' ? 1 : -1;
}

/* Appends IRI's text, non-ASCII characters as \\u or \\U escapes, as
 * raptor writes an IRI term. */
static const char *iri_append(cnkg_buf *b, const char *p)
{
    const char *q = p;
    for (; *q != '>'; q++) {
        unsigned char c = (unsigned char)*q;
        if (c < 0x80)
            continue;
        cnkg_buf_append(b, p, (size_t)(q - p));
        size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        uint32_t cp = c & (0x7F >> n);
        for (size_t i = 1; i < n; i++)
            cp = cp << 6 | ((unsigned char)q[i] & 0x3F);
        cnkg_buf_printf(b, cp < 0x10000 ? "\\u%04X" : "\\U%08X", (unsigned)cp);
        q += n - 1;
        p = q + 1;
    }
    cnkg_buf_append(b, p, (size_t)(q + 1 - p));
    return q + 1;
}

void cnkg_nquads_spo_append(cnkg_buf *b, const char *spo, size_t len)
{
    const char *p = spo, *end = spo + len;
    for (int term = 0; term < 3 && p < end; term++) {
        if (*p != '<')
            break; /* a literal: the rest, as it is */
        p = iri_append(b, p);
        if (term < 2 && p < end)
            cnkg_buf_putc(b, *p++);
    }
    cnkg_buf_append(b, p, (size_t)(end - p));
}
