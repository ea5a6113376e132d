/*
 * rdf_internal.h - what the parts of the RDF writer share: the emitter the article mapping
 * (rdf_article.c) writes triples to.
 *
 * An emitter drops duplicate triples (rdf_emit.c) and hands the rest to one
 * of two back ends: raptor's serializers for Turtle and RDF/XML, which need
 * the whole graph to group subjects (rdf_raptor.c), or lines of N-Triples or
 * N-Quads formatted directly into a chunk (rdf_ntriples.c): a line format
 * needs no grouping, and formatting it by hand is several times faster than
 * raptor's byte-at-a-time iostreams, and can run in many threads at once.
 */
#ifndef CNKG_RDF_INTERNAL_H
#define CNKG_RDF_INTERNAL_H

#include <stddef.h>

#include "cnkg_output.h"

typedef struct rdf_raptor rdf_raptor;

/* One formatted N-Triples/N-Quads line of a chunk: where it ends in the
 * chunk's text, its triple's key (for the writer's cache of earlier
 * articles) and whether it belongs once per document (the agent). */
typedef struct rdf_line {
    size_t end;
    cnkg_key key;
    int once;
} rdf_line;

typedef struct rdf_lines {
    cnkg_buf text; /* the lines, one after another */
    rdf_line *line;
    size_t n, cap;
} rdf_lines;

typedef struct rdf_emitter {
    cnkg_rdf_format format;
    const char *graph;  /* named graph for N-Quads, or NULL */
    cnkg_keyset seen;   /* triples written: the document's, or the chunk's */
    cnkg_buf clean;     /* scratch: a cleaned literal */
    int agent_written;  /* per document, or per chunk */
    rdf_raptor *raptor; /* back end for Turtle and RDF/XML, else NULL */
    rdf_lines *lines;   /* back end for N-Triples and N-Quads, else NULL */
    cnkg_rdf_provenance provenance;
    int failed;
    char message[512]; /* the first error */
} rdf_emitter;

/* An emitter without a back end yet; emitter_clear frees what it holds. */
void rdf_emitter_init(rdf_emitter *e, cnkg_rdf_format format);
void rdf_emitter_clear(rdf_emitter *e);
/* Records the first error; later ones are dropped. */
void rdf_emitter_fail(rdf_emitter *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The named graph of the triples that follow (N-Quads only); NULL for the
 * default graph. The string must live until the next call. */
void rdf_set_graph(rdf_emitter *w, const char *graph);

/* s p o, each an absolute IRI. */
void rdf_emit_iri(rdf_emitter *w, const char *s, const char *p, const char *o);
/* s p "text"@lang; lang may be NULL for a plain string. */
void rdf_emit_text(rdf_emitter *w, const char *s, const char *p, const char *text,
                   const char *lang);
/* s p "text"^^datatype. */
void rdf_emit_typed(rdf_emitter *w, const char *s, const char *p, const char *text,
                    const char *datatype);
/* s p n^^xsd:nonNegativeInteger. */
void rdf_emit_count(rdf_emitter *w, const char *s, const char *p, size_t n);

/* <agent/cnkg> a prov:SoftwareAgent, in the default graph, once per
 * document. */
void rdf_emit_agent(rdf_emitter *w);

/* Writes one article's triples through the emitters, in a fixed order. */
void rdf_article_emit(rdf_emitter *w, const cnkg_article *a);

/* --- back ends ------------------------------------------------------------ */

/* One triple as the emitter hands it on. kind: 'I' IRI object, 'L' literal
 * with optional language tag, 'T' literal with datatype tag. graph is NULL
 * in the default graph. */
typedef struct rdf_triple {
    const char *s, *p, *o, *tag, *graph;
    char kind;
    /* strlen of s, p, o, tag and graph (0 when NULL), measured once by
     * the emitter for the key and reused by the formatter. */
    size_t len[5];
} rdf_triple;

/* Turtle and RDF/XML through raptor, written to fp. Each call returns 0,
 * or -1 with err set (raptor's own message when it gave one). */
rdf_raptor *rdf_raptor_open(FILE *fp, cnkg_rdf_format format, cnkg_error *err);
int rdf_raptor_write(rdf_raptor *r, const rdf_triple *t, cnkg_error *err);
/* Ends the document; 0 or -1 (the emitter says why). Frees r. */
int rdf_raptor_close(rdf_raptor *r, cnkg_error *err);

/* Appends t as one N-Triples or N-Quads line (by t->graph), with its key. */
void rdf_lines_put(rdf_lines *l, const rdf_triple *t, cnkg_key key, int once);
void rdf_lines_clear(rdf_lines *l);
void rdf_lines_free(rdf_lines *l);

#endif
