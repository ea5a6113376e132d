/* rdf_ntriples.c - N-Triples and N-Quads lines, formatted directly.
 *
 * The bytes are those raptor's N-Triples serializer wrote before, followed
 * by the unescaping of non-ASCII that cnkg always applied to them (so
 * outputs of older and newer versions merge by `sort -u`):
 *   - IRIs: the characters N-Triples forbids in IRIREF (U+0000-U+0020,
 *     <>"{}|^`\) and U+007F-U+009F as \u00XX; everything else as UTF-8;
 *   - literals: \" \\ \t \n \r, the other C0 controls and U+007F-U+009F as
 *     \u00XX, everything else as UTF-8 (N-Triples 1.1 allows it);
 *   - escapes use upper-case hex digits.
 * Literals reach here valid UTF-8 (the emitter cleans them); an invalid
 * byte in an IRI is written as U+FFFD rather than cutting the line. */
#include <stdlib.h>
#include <string.h>

#include "rdf_internal.h"

static void put_escape(cnkg_buf *b, uint32_t c)
{
    static const char hex[] = "0123456789ABCDEF";
    char e[6] = {'\\', 'u', '0', '0', hex[(c >> 4) & 0xF], hex[c & 0xF]};
    cnkg_buf_append(b, e, sizeof e);
}

/* Bit c of a mask is set when ASCII byte c is written as itself:
 * IRI_PLAIN: U+0021-U+007E except <>"{}|^`\ ;
 * LITERAL_PLAIN: U+0020-U+007E except " and \ .
 * A mask test is two instructions where a chain of compares is ten, and
 * it runs for every byte written. */
static const uint64_t IRI_PLAIN[2] = {0xaffffffa00000000ULL, 0x47fffffeafffffffULL};
static const uint64_t LITERAL_PLAIN[2] = {0xfffffffb00000000ULL, 0x7fffffffefffffffULL};

static int plain(const uint64_t mask[2], unsigned char c)
{
    return (mask[c >> 6] >> (c & 63)) & 1;
}

/* A literal is valid UTF-8 (the emitter cleans it), so each of its bytes
 * from 0x80 up is part of a character written as itself, except in the
 * two-byte forms of U+0080-U+009F, which start with 0xC2: any other such
 * byte is written as it is, lead or continuation, without decoding. */
static int literal_plain_high(unsigned char c)
{
    return c >= 0x80 && c != 0xC2;
}

/* Whether the 16 bytes at p are all written as themselves: the same test
 * as plain() (and literal_plain_high for a literal), sixteen lanes at once
 * (GCC and clang vector types: SSE2 or NEON, or plain code elsewhere).
 * IRIs and datatypes are mostly long ASCII runs, a third of all bytes
 * written; literals mostly Chinese text. */
typedef unsigned char bytes16 __attribute__((vector_size(16)));
typedef signed char sbytes16 __attribute__((vector_size(16)));

static bytes16 splat(unsigned char c)
{
    return (bytes16){0} + c;
}

/* The IRI test in fewer lane operations: as signed bytes, < 0x21 also
 * takes 0x80 and up, > 0x7A takes {|}~ and DEL (~ is let back in), and
 * c | 2 folds < onto > and \\ onto ^. */
static inline __attribute__((always_inline)) bytes16 iri_bad16(bytes16 v)
{
    sbytes16 sv = (sbytes16)v;
    bytes16 v2 = v | splat(2);
    return (bytes16)((sv < (sbytes16)splat(0x21)) |
                     ((sv > (sbytes16)splat(0x7A)) & (v != splat('~'))) | (v2 == splat('>')) |
                     (v2 == splat('^')) | (v == splat('"')) | (v == splat('`')));
}

static inline __attribute__((always_inline)) int plain16(const unsigned char *p, int iri)
{
    bytes16 v;
    memcpy(&v, p, sizeof v);
    bytes16 bad;
    if (iri)
        bad = iri_bad16(v);
    else
        bad = (bytes16)((v < splat(0x20)) | (v == splat('"')) | (v == splat('\\')) |
                        (v == splat(0x7F)) | (v == splat(0xC2)));
    uint64_t half[2];
    memcpy(half, &bad, sizeof half);
    return (half[0] | half[1]) == 0;
}

/* Whether all of p[0, len), at least 16 bytes, is written as itself:
 * sixteen bytes at a time, the last block overlapping the one before.
 * Most IRIs and literals are, and this spares them the byte-by-byte test
 * of their last few bytes (a third of an IRI's cost). A false answer may
 * be wrong for a literal (0xC2 starts U+00A0-U+07FF too): the caller then
 * takes the byte-by-byte path, which is right either way. */
static int all_plain(const unsigned char *p, size_t len, int iri)
{
    size_t i = 0;
    for (; i + 16 <= len; i += 16)
        if (!plain16(p + i, iri))
            return 0;
    return i == len || plain16(p + len - 16, iri);
}

/* Writes s[0, len) escaped for an IRI (iri set) or a literal (valid
 * UTF-8). Runs of bytes that need no escape are appended at once: for
 * Chinese text that is all of it. */
static void put_escaped(cnkg_buf *b, const char *s, size_t len, int iri)
{
    const unsigned char *p = (const unsigned char *)s, *run = p, *end = p + len;
    if (len >= 16 && all_plain(p, len, iri)) {
        cnkg_buf_append(b, s, len);
        return;
    }
    const uint64_t *mask = iri ? IRI_PLAIN : LITERAL_PLAIN;
    while (p < end) {
        unsigned char c = *p;
        if (c < 0x80 ? plain(mask, c) : !iri && literal_plain_high(c)) {
            p++;
            while (end - p >= 16 && plain16(p, iri))
                p += 16;
            continue;
        }
        if (c >= 0x80) {
            uint32_t cp;
            size_t used = cnkg_utf8_decode((const char *)p, (size_t)(end - p), &cp);
            if (used && cp >= 0xA0) {
                p += used;
                continue;
            }
            cnkg_buf_append(b, (const char *)run, (size_t)(p - run));
            if (used)
                put_escape(b, cp);
            else
                cnkg_buf_append(b, "\xEF\xBF\xBD", 3);
            p += used ? used : 1;
            run = p;
            continue;
        }
        cnkg_buf_append(b, (const char *)run, (size_t)(p - run));
        /* a control, DEL, " or \\; in an IRI also space and <>{}|^` */
        cnkg_buf_put_escaped_byte(b, c, iri ? CNKG_ESCAPE_IRI : CNKG_ESCAPE_NTRIPLES);
        run = ++p;
    }
    cnkg_buf_append(b, (const char *)run, (size_t)(p - run));
}

static void put_iri(cnkg_buf *b, const char *iri, size_t len)
{
    cnkg_buf_putc(b, '<');
    put_escaped(b, iri, len, 1);
    cnkg_buf_putc(b, '>');
}

static void put_object(cnkg_buf *b, const rdf_triple *t)
{
    if (t->kind == 'I') {
        put_iri(b, t->o, t->len[2]);
        return;
    }
    cnkg_buf_putc(b, '"');
    put_escaped(b, t->o, t->len[2], 0);
    cnkg_buf_putc(b, '"');
    if (t->kind == 'L' && t->tag && *t->tag) {
        cnkg_buf_putc(b, '@');
        cnkg_buf_append(b, t->tag, t->len[3]);
    } else if (t->kind == 'T') {
        cnkg_buf_append(b, "^^", 2);
        put_iri(b, t->tag, t->len[3]);
    }
}

void rdf_lines_put(rdf_lines *l, const rdf_triple *t, cnkg_key key, int once)
{
    cnkg_buf *b = &l->text;
    put_iri(b, t->s, t->len[0]);
    cnkg_buf_putc(b, ' ');
    put_iri(b, t->p, t->len[1]);
    cnkg_buf_putc(b, ' ');
    put_object(b, t);
    if (t->graph) {
        cnkg_buf_putc(b, ' ');
        put_iri(b, t->graph, t->len[4]);
    }
    cnkg_buf_append(b, " .\n", 3);
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 64;
        l->line = cnkg_xrealloc(l->line, l->cap * sizeof *l->line);
    }
    l->line[l->n++] = (rdf_line){b->len, key, once};
}

void rdf_lines_clear(rdf_lines *l)
{
    cnkg_buf_clear(&l->text);
    l->n = 0;
}

void rdf_lines_free(rdf_lines *l)
{
    cnkg_buf_free(&l->text);
    free(l->line);
    memset(l, 0, sizeof *l);
}
