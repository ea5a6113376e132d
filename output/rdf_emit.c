/* rdf_emit.c - the emitter: what every triple goes through before a back
 * end writes it. Literals are made safe for the syntax, duplicates within
 * the emitter's reach (the document for Turtle and RDF/XML, the article for
 * a chunk) are dropped, and the rest is handed on with its key. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "rdf_internal.h"

void rdf_emitter_init(rdf_emitter *e, cnkg_rdf_format format)
{
    memset(e, 0, sizeof *e);
    e->format = format;
}

void rdf_emitter_clear(rdf_emitter *e)
{
    cnkg_keyset_free(&e->seen);
    cnkg_buf_free(&e->clean);
}

void rdf_emitter_fail(rdf_emitter *e, const char *fmt, ...)
{
    if (e->failed)
        return;
    e->failed = 1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->message, sizeof e->message, fmt, ap);
    va_end(ap);
}

void rdf_set_graph(rdf_emitter *w, const char *graph)
{
    w->graph = w->format == CNKG_FORMAT_NQUADS ? graph : NULL;
}

/* The key of a triple: its five parts and its kind, each part with its
 * length so that no two different triples feed the same words. Every
 * triple is hashed, so the parts are read eight bytes at a time, into two
 * lanes with different multipliers that make the two halves of the key;
 * a multiply per eight bytes instead of one per byte. The key lives only
 * within a run (de-duplication), so it may change between versions; IRIs
 * never depend on it. */
typedef struct key_state {
    uint64_t a, b;
} key_state;

static void key_word(key_state *k, uint64_t w)
{
    k->a = (k->a ^ w) * 0x9E3779B97F4A7C15ULL;
    k->a ^= k->a >> 32;
    k->b = (k->b ^ w) * 0xC2B2AE3D27D4EB4FULL;
    k->b ^= k->b >> 29;
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define KEY_LITTLE_ENDIAN 1
#else
#define KEY_LITTLE_ENDIAN 0
#endif

static void key_feed(key_state *k, const char *s, size_t len)
{
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        key_word(k, w);
    }
    uint64_t tail = 0;
    if (KEY_LITTLE_ENDIAN && i < len && len >= 8) {
        /* the last eight bytes, shifted so that those read above drop
         * out: the same word as byte by byte, in one load */
        memcpy(&tail, s + len - 8, 8);
        tail >>= 8 * (8 - (len - i));
    } else {
        for (size_t j = 0; i + j < len; j++)
            tail |= (uint64_t)(unsigned char)s[i + j] << (8 * j);
    }
    key_word(k, tail);
    key_word(k, len);
}

static cnkg_key key_end(key_state *k)
{
    uint64_t a = k->a, b = k->b;
    a ^= a >> 33, a *= 0xff51afd7ed558ccdULL, a ^= a >> 33;
    b ^= b >> 33, b *= 0xc4ceb9fe1a85ec53ULL, b ^= b >> 33;
    cnkg_key key = {a, b};
    if (key.hi == 0 && key.lo == 0)
        key.lo = 1;
    return key;
}

/* Measures the triple's parts, makes its key and sets *fresh when the
 * emitter has not seen it. */
static cnkg_key remember(rdf_emitter *w, rdf_triple *t, int *fresh)
{
    key_state k = {0xcbf29ce484222325ULL, 0x84222325cbf29ce4ULL};
    key_word(&k, (unsigned char)t->kind);
    const char *parts[] = {t->s, t->p, t->o, t->tag, t->graph};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        t->len[i] = parts[i] ? strlen(parts[i]) : 0;
        key_feed(&k, parts[i] ? parts[i] : "", t->len[i]);
    }
    cnkg_key key = key_end(&k);
    cnkg_keyset_insert(&w->seen, key, 0, fresh);
    return key;
}

/* XML 1.0 cannot carry most C0 controls nor U+FFFE/U+FFFF, even as
 * character references; RDF/XML drops them. */
static int xml_allows(uint32_t cp)
{
    if (cp < 0x20)
        return cp == '\t' || cp == '\n' || cp == '\r';
    return cp != 0xFFFE && cp != 0xFFFF;
}

/* The literal as the back end may take it: invalid UTF-8 becomes U+FFFD,
 * which keeps code point offsets as cnkg_utf8_to_cps counts them. */
static const char *clean_literal(rdf_emitter *w, const char *text)
{
    size_t len = strlen(text), i = 0;
    int rewrite = 0;
    while (i < len && !rewrite) {
        if ((unsigned char)text[i] < 0x80 && text[i] >= 0x20) {
            i++; /* the common case, without decoding */
            continue;
        }
        uint32_t cp;
        size_t used = cnkg_utf8_decode(text + i, len - i, &cp);
        rewrite = used == 0 || (w->format == CNKG_FORMAT_RDFXML && !xml_allows(cp));
        i += used;
    }
    if (!rewrite)
        return text;
    cnkg_buf_clear(&w->clean);
    cnkg_buf_append(&w->clean, "", 0);
    for (i = 0; i < len;) {
        uint32_t cp = 0xFFFD;
        size_t used = cnkg_utf8_decode(text + i, len - i, &cp);
        if (used == 0)
            used = 1, cp = 0xFFFD;
        i += used;
        if (w->format == CNKG_FORMAT_RDFXML && !xml_allows(cp))
            continue;
        char utf8[4];
        cnkg_buf_append(&w->clean, utf8, cnkg_utf8_encode(cp, utf8));
    }
    return w->clean.data;
}

static void emit(rdf_emitter *w, const char *s, const char *p, char kind, const char *o,
                 const char *tag, int once)
{
    if (!s || !p || !o || w->failed)
        return;
    if (kind != 'I')
        o = clean_literal(w, o);
    rdf_triple t = {.s = s, .p = p, .o = o, .tag = tag, .graph = w->graph, .kind = kind};
    int fresh;
    cnkg_key key = remember(w, &t, &fresh);
    if (!fresh)
        return;
    if (w->lines)
        rdf_lines_put(w->lines, &t, key, once);
    else if (w->raptor) {
        cnkg_error err;
        if (rdf_raptor_write(w->raptor, &t, &err) != 0)
            rdf_emitter_fail(w, "%s", err.message);
    }
}

void rdf_emit_iri(rdf_emitter *w, const char *s, const char *p, const char *o)
{
    emit(w, s, p, 'I', o, NULL, 0);
}

void rdf_emit_text(rdf_emitter *w, const char *s, const char *p, const char *text, const char *lang)
{
    emit(w, s, p, 'L', text, lang, 0);
}

void rdf_emit_typed(rdf_emitter *w, const char *s, const char *p, const char *text,
                    const char *datatype)
{
    emit(w, s, p, 'T', text, datatype, 0);
}

void rdf_emit_count(rdf_emitter *w, const char *s, const char *p, size_t n)
{
    char digits[24], *d = digits + sizeof digits;
    *--d = '\0';
    do
        *--d = (char)('0' + n % 10);
    while (n /= 10);
    emit(w, s, p, 'T', d, CNKG_XSD_NON_NEGATIVE_INTEGER, 0);
}

void rdf_emit_agent(rdf_emitter *w)
{
    if (w->agent_written)
        return;
    w->agent_written = 1;
    const char *graph = w->graph;
    w->graph = NULL;
    emit(w, CNKG_AGENT_IRI, CNKG_RDF_TYPE, 'I', CNKG_PROV_SOFTWARE_AGENT, NULL, 1);
    w->graph = graph;
}
