/* rdf_writer.c - the writer core: one raptor world and serializer per
 * writer, duplicate triples dropped before they reach raptor.
 *
 * Turtle and RDF/XML keep a set of every triple's hash for the whole
 * document (raptor holds those graphs in memory anyway). N-Triples and
 * N-Quads stream, so they keep an exact set for the current article only
 * plus a fixed-size cache of earlier articles' triples: memory is bounded,
 * and the rare repeat that slips through is merged by `sort -u`. */
#include <raptor2.h>
#include <stdlib.h>
#include <string.h>

#include "keyset.h"
#include "rdf_internal.h"
#include "rdf_sink.h"

/* Slots of the streaming formats' cache of earlier articles (16 bytes each). */
#define RECENT_SLOTS (1u << 15)

struct cnkg_rdf_writer {
    cnkg_rdf_format format;
    const cnkg_ontology *onto;
    raptor_world *world;
    raptor_serializer *ser;
    raptor_iostream *iostr;
    cnkg_rdf_sink sink;
    cnkg_keyset seen;  /* the document's triples, or the article's when streaming */
    cnkg_key *recent;  /* streaming only: direct-mapped cache, NULL otherwise */
    const char *graph; /* named graph for N-Quads, or NULL */
    cnkg_buf key;      /* scratch: the triple being hashed */
    cnkg_buf clean;    /* scratch: a literal made safe for the syntax */
    int agent_written;
    int failed;
    char message[512]; /* raptor's first error */
};

static const struct {
    const char *prefix, *ns;
} prefixes[] = {
    {"kg", CNKG_NS}, {"ent", CNKG_ID_NS},   {"rdf", NS_RDF},       {"rdfs", NS_RDFS},
    {"xsd", NS_XSD}, {"skos", NS_SKOS},     {"schema", NS_SCHEMA}, {"dcterms", NS_DCTERMS},
    {"nif", NS_NIF}, {"itsrdf", NS_ITSRDF}, {"prov", NS_PROV},
};

int cnkg_rdf_format_from_name(const char *name, cnkg_rdf_format *out)
{
    static const struct {
        const char *name;
        cnkg_rdf_format format;
    } names[] = {
        {"turtle", CNKG_FORMAT_TURTLE},     {"ttl", CNKG_FORMAT_TURTLE},
        {"ntriples", CNKG_FORMAT_NTRIPLES}, {"nt", CNKG_FORMAT_NTRIPLES},
        {"nquads", CNKG_FORMAT_NQUADS},     {"nq", CNKG_FORMAT_NQUADS},
        {"rdfxml", CNKG_FORMAT_RDFXML},     {"xml", CNKG_FORMAT_RDFXML},
    };
    for (size_t i = 0; name && i < sizeof names / sizeof names[0]; i++) {
        if (strcmp(name, names[i].name) == 0) {
            *out = names[i].format;
            return 0;
        }
    }
    return -1;
}

int cnkg_rdf_format_from_path(const char *path, cnkg_rdf_format *out)
{
    static const struct {
        const char *ext;
        cnkg_rdf_format format;
    } exts[] = {
        {".ttl", CNKG_FORMAT_TURTLE}, {".nt", CNKG_FORMAT_NTRIPLES}, {".nq", CNKG_FORMAT_NQUADS},
        {".rdf", CNKG_FORMAT_RDFXML}, {".xml", CNKG_FORMAT_RDFXML},  {".owl", CNKG_FORMAT_RDFXML},
    };
    const char *dot = path ? strrchr(path, '.') : NULL;
    for (size_t i = 0; dot && i < sizeof exts / sizeof exts[0]; i++) {
        if (strcmp(dot, exts[i].ext) == 0) {
            *out = exts[i].format;
            return 0;
        }
    }
    return -1;
}

static int streaming(const cnkg_rdf_writer *w)
{
    return w->format == CNKG_FORMAT_NTRIPLES || w->format == CNKG_FORMAT_NQUADS;
}

/* raptor reports through the world's log handler; keep the first error
 * for the caller instead of letting raptor print it. */
static void on_raptor_log(void *user_data, raptor_log_message *m)
{
    cnkg_rdf_writer *w = user_data;
    if (m->level < RAPTOR_LOG_LEVEL_ERROR || w->failed)
        return;
    w->failed = 1;
    snprintf(w->message, sizeof w->message, "%s", m->text ? m->text : "raptor error");
}

static const char *serializer_name(cnkg_rdf_format format)
{
    switch (format) {
    case CNKG_FORMAT_TURTLE:
        return "turtle";
    case CNKG_FORMAT_NTRIPLES:
        return "ntriples";
    case CNKG_FORMAT_NQUADS:
        return "nquads";
    case CNKG_FORMAT_RDFXML:
        return "rdfxml-abbrev";
    }
    return NULL;
}

static cnkg_rdf_sink_mode sink_mode(cnkg_rdf_format format)
{
    if (format == CNKG_FORMAT_TURTLE)
        return CNKG_SINK_TURTLE;
    if (format == CNKG_FORMAT_NTRIPLES || format == CNKG_FORMAT_NQUADS)
        return CNKG_SINK_NTRIPLES;
    return CNKG_SINK_RAW;
}

static void writer_free(cnkg_rdf_writer *w)
{
    if (w->ser)
        raptor_free_serializer(w->ser);
    if (w->iostr)
        raptor_free_iostream(w->iostr);
    if (w->world)
        raptor_free_world(w->world);
    cnkg_keyset_free(&w->seen);
    free(w->recent);
    cnkg_buf_free(&w->key);
    cnkg_buf_free(&w->clean);
    free(w);
}

static void declare_prefixes(cnkg_rdf_writer *w)
{
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
        raptor_uri *ns = raptor_new_uri(w->world, (const unsigned char *)prefixes[i].ns);
        raptor_serializer_set_namespace(w->ser, ns, (const unsigned char *)prefixes[i].prefix);
        raptor_free_uri(ns);
    }
}

int cnkg_rdf_writer_open(cnkg_rdf_writer **out, FILE *fp, cnkg_rdf_format format,
                         const cnkg_ontology *onto, cnkg_error *err)
{
    *out = NULL;
    const char *name = serializer_name(format);
    if (!name)
        return cnkg_error_set(err, "unknown RDF format %d", (int)format);
    cnkg_rdf_writer *w = cnkg_xcalloc(1, sizeof *w);
    w->format = format;
    w->onto = onto;
    w->sink.fp = fp;
    w->sink.mode = sink_mode(format);
    w->world = raptor_new_world();
    if (w->world) {
        raptor_world_set_log_handler(w->world, w, on_raptor_log);
        if (raptor_world_open(w->world) == 0)
            w->ser = raptor_new_serializer(w->world, name);
    }
    if (w->ser)
        w->iostr = cnkg_rdf_sink_iostream(w->world, &w->sink);
    if (!w->iostr) {
        writer_free(w);
        return cnkg_error_set(err, "cannot create the raptor %s serializer", name);
    }
    declare_prefixes(w);
    if (raptor_serializer_start_to_iostream(w->ser, NULL, w->iostr) != 0 || w->failed) {
        cnkg_error_set(err, "cannot start the %s serializer: %s", name, w->message);
        writer_free(w);
        return -1;
    }
    if (streaming(w))
        w->recent = cnkg_xcalloc(RECENT_SLOTS, sizeof *w->recent);
    *out = w;
    return 0;
}

void cnkg_rdf_set_graph(cnkg_rdf_writer *w, const char *graph)
{
    w->graph = w->format == CNKG_FORMAT_NQUADS ? graph : NULL;
}

/* cnkg_key_of, value for value, with its two FNV-1a lanes run side by
 * side: each lane is a chain of dependent multiplies, so two at once cost
 * about what one does, and every triple is hashed. */
static cnkg_key triple_key(const void *data, size_t len)
{
    const unsigned char *p = data;
    uint64_t a = 0xcbf29ce484222325ULL, b = 0xcbf29ce484222325ULL ^ 0x9e3779b97f4a7c15ULL;
    for (size_t i = 0; i < len; i++) {
        a = (a ^ p[i]) * 0x100000001b3ULL;
        b = (b ^ p[i]) * 0x100000001b3ULL;
    }
    a ^= a >> 33, a *= 0xff51afd7ed558ccdULL, a ^= a >> 33;
    b ^= b >> 33, b *= 0xff51afd7ed558ccdULL, b ^= b >> 33;
    cnkg_key k = {a, b};
    if (k.hi == 0 && k.lo == 0)
        k.lo = 1;
    return k;
}

/* Whether this triple was written already (see the file comment for how
 * far back that reaches); records it when not. */
static int already_written(cnkg_rdf_writer *w, const char *s, const char *p, char kind,
                           const char *o, const char *tag)
{
    cnkg_buf *k = &w->key;
    cnkg_buf_clear(k);
    const char *parts[] = {s, p, o, tag ? tag : "", w->graph ? w->graph : ""};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        cnkg_buf_append(k, parts[i], strlen(parts[i]) + 1); /* NUL separates */
    cnkg_buf_putc(k, kind);
    cnkg_key key = triple_key(k->data, k->len);
    int added;
    cnkg_keyset_insert(&w->seen, key, 0, &added);
    if (!added)
        return 1;
    if (!w->recent)
        return 0;
    cnkg_key *slot = &w->recent[key.lo % RECENT_SLOTS];
    if (slot->hi == key.hi && slot->lo == key.lo)
        return 1;
    *slot = key;
    return 0;
}

/* XML 1.0 cannot carry most C0 controls nor U+FFFE/U+FFFF, even as
 * character references; RDF/XML drops them. */
static int xml_allows(uint32_t cp)
{
    if (cp < 0x20)
        return cp == '\t' || cp == '\n' || cp == '\r';
    return cp != 0xFFFE && cp != 0xFFFF;
}

/* The literal as the serializer may take it: invalid UTF-8 becomes
 * U+FFFD, which keeps code point offsets as cnkg_utf8_to_cps counts them. */
static const char *clean_literal(cnkg_rdf_writer *w, const char *text)
{
    size_t len = strlen(text), i = 0;
    int rewrite = 0;
    while (i < len && !rewrite) {
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

static raptor_term *iri_term(cnkg_rdf_writer *w, const char *iri)
{
    return raptor_new_term_from_uri_string(w->world, (const unsigned char *)iri);
}

static raptor_term *literal_term(cnkg_rdf_writer *w, char kind, const char *text, const char *tag)
{
    if (kind == 'L') {
        size_t n = tag ? strlen(tag) : 0;
        return raptor_new_term_from_counted_literal(w->world, (const unsigned char *)text,
                                                    strlen(text), NULL, (const unsigned char *)tag,
                                                    (unsigned char)n);
    }
    raptor_uri *dt = raptor_new_uri(w->world, (const unsigned char *)tag);
    raptor_term *t = raptor_new_term_from_counted_literal(w->world, (const unsigned char *)text,
                                                          strlen(text), dt, NULL, 0);
    if (dt)
        raptor_free_uri(dt);
    return t;
}

/* kind: 'I' IRI object, 'L' literal with optional language tag, 'T' typed
 * literal with datatype tag. */
static void emit(cnkg_rdf_writer *w, const char *s, const char *p, char kind, const char *o,
                 const char *tag)
{
    if (!s || !p || !o)
        return;
    if (kind != 'I')
        o = clean_literal(w, o);
    if (already_written(w, s, p, kind, o, tag))
        return;
    raptor_term *terms[4] = {iri_term(w, s), iri_term(w, p),
                             kind == 'I' ? iri_term(w, o) : literal_term(w, kind, o, tag),
                             w->graph ? iri_term(w, w->graph) : NULL};
    if (!terms[0] || !terms[1] || !terms[2] || (w->graph && !terms[3])) {
        for (size_t i = 0; i < 4; i++)
            if (terms[i])
                raptor_free_term(terms[i]);
        if (!w->failed)
            snprintf(w->message, sizeof w->message, "cannot build the triple <%s> <%s>", s, p);
        w->failed = 1;
        return;
    }
    raptor_statement *st =
        raptor_new_statement_from_nodes(w->world, terms[0], terms[1], terms[2], terms[3]);
    if (!st || raptor_serializer_serialize_statement(w->ser, st) != 0) {
        if (!w->failed)
            snprintf(w->message, sizeof w->message, "cannot serialize a triple of <%s>", s);
        w->failed = 1;
    }
    if (st)
        raptor_free_statement(st);
}

void cnkg_rdf_emit_iri(cnkg_rdf_writer *w, const char *s, const char *p, const char *o)
{
    emit(w, s, p, 'I', o, NULL);
}

void cnkg_rdf_emit_text(cnkg_rdf_writer *w, const char *s, const char *p, const char *text,
                        const char *lang)
{
    emit(w, s, p, 'L', text, lang);
}

void cnkg_rdf_emit_typed(cnkg_rdf_writer *w, const char *s, const char *p, const char *text,
                         const char *datatype)
{
    emit(w, s, p, 'T', text, datatype);
}

void cnkg_rdf_emit_count(cnkg_rdf_writer *w, const char *s, const char *p, size_t n)
{
    char digits[32];
    snprintf(digits, sizeof digits, "%zu", n);
    emit(w, s, p, 'T', digits, NS_XSD "nonNegativeInteger");
}

void cnkg_rdf_emit_agent(cnkg_rdf_writer *w)
{
    if (w->agent_written)
        return;
    w->agent_written = 1;
    const char *graph = w->graph;
    w->graph = NULL;
    cnkg_rdf_emit_iri(w, CNKG_AGENT_IRI, RDF_TYPE, NS_PROV "SoftwareAgent");
    w->graph = graph;
}

int cnkg_rdf_writer_add_article(cnkg_rdf_writer *w, const cnkg_article *a, cnkg_error *err)
{
    if (w->failed)
        return cnkg_error_set(err, "RDF output failed earlier: %s", w->message);
    cnkg_rdf_article_emit(w, a);
    w->graph = NULL;
    if (streaming(w))
        cnkg_keyset_clear(&w->seen); /* bounded by one article */
    if (w->failed)
        return cnkg_error_set(err, "%s: cannot write RDF: %s", a->source ? a->source : "article",
                              w->message);
    return 0;
}

int cnkg_rdf_writer_close(cnkg_rdf_writer *w, cnkg_error *err)
{
    if (!w)
        return 0;
    int rc = 0;
    if (raptor_serializer_serialize_end(w->ser) != 0 && !w->failed) {
        w->failed = 1;
        snprintf(w->message, sizeof w->message, "cannot end the document");
    }
    /* Freeing the serializer ends its iostream use; ours ends the sink. */
    raptor_free_serializer(w->ser);
    w->ser = NULL;
    raptor_iostream_write_end(w->iostr);
    if (!w->failed && (fflush(w->sink.fp) != 0 || ferror(w->sink.fp))) {
        w->failed = 1;
        snprintf(w->message, sizeof w->message, "write error");
    }
    if (w->failed)
        rc = cnkg_error_set(err, "cannot write RDF: %s", w->message);
    writer_free(w);
    return rc;
}
