/*
 * cnkg_output.h - from the model to RDF files: N-Triples and N-Quads
 * formatted directly, Turtle and RDF/XML through raptor's serializers.
 * (Diagrams are render/'s.)
 *
 * The RDF writer streams: each article is written as soon as it is added,
 * so N-Triples and N-Quads keep memory bounded whatever the corpus size.
 * Turtle and RDF/XML need the whole graph to group subjects and are held in
 * memory until close. See README "The RDF cnkg writes" for the mapping.
 *
 * Duplicate triples are dropped: exactly over the whole document for Turtle
 * and RDF/XML; within each article, and across articles through a bounded
 * cache, for N-Triples and N-Quads (so a repeat may remain there; `sort -u`
 * merges such outputs and concatenated shards). N-Triples/N-Quads are
 * written in UTF-8, not \u escapes. In N-Quads an article's triples sit in
 * the named graph of the article's IRI; the one prov:SoftwareAgent triple is
 * in the default graph. RDF/XML cannot carry C0 control characters and drops
 * them from literals.
 */
#ifndef CNKG_OUTPUT_H
#define CNKG_OUTPUT_H

#include <stdio.h>

#include "cnkg_common.h"
#include "cnkg_graph.h"

typedef enum cnkg_rdf_format {
    CNKG_FORMAT_TURTLE,
    CNKG_FORMAT_NTRIPLES,
    CNKG_FORMAT_NQUADS,
    CNKG_FORMAT_RDFXML,
} cnkg_rdf_format;

/* "turtle", "ntriples", "nquads", "rdfxml"; returns -1 when unknown. */
int cnkg_rdf_format_from_name(const char *name, cnkg_rdf_format *out);
/* From a file name's extension, in any case (.ttl .turtle .nt .nq .rdf .xml
 * .owl); -1 when none fits. */
int cnkg_rdf_format_from_path(const char *path, cnkg_rdf_format *out);

/* How much of where each fact came from is written. Mentions are most of
 * the output (a NIF phrase of nine triples for every name found), so
 * whoever wants the facts and the sentences that state them can leave them
 * out; NONE keeps entities, relations and the articles' own data. */
typedef enum cnkg_rdf_provenance {
    CNKG_PROVENANCE_MENTIONS,  /* the default: context, mentions, sentences, statements */
    CNKG_PROVENANCE_SENTENCES, /* context, the facts' sentences and statements */
    CNKG_PROVENANCE_NONE,      /* no NIF, no statements */
} cnkg_rdf_provenance;

/* "mentions", "sentences", "none"; returns -1 when unknown. */
int cnkg_rdf_provenance_from_name(const char *name, cnkg_rdf_provenance *out);

typedef struct cnkg_rdf_writer cnkg_rdf_writer;

/* Writes to fp, which stays the caller's to close. */
int cnkg_rdf_writer_open(cnkg_rdf_writer **out, FILE *fp, cnkg_rdf_format format, cnkg_error *err);
/* Before the first article; mentions unless set. */
void cnkg_rdf_writer_set_provenance(cnkg_rdf_writer *w, cnkg_rdf_provenance p);
int cnkg_rdf_writer_add_article(cnkg_rdf_writer *w, const cnkg_article *a, cnkg_error *err);
/* Flushes what is held, ends the document and frees the writer, also when
 * it returns -1 (a write error, or raptor's first error). fp is flushed, not
 * closed. After add_article failed, close still must be called. */
int cnkg_rdf_writer_close(cnkg_rdf_writer *w, cnkg_error *err);

/* An article's N-Triples or N-Quads, formatted apart from any writer, so
 * that threads can format articles at once while one writer writes them in
 * order: chunk_format then writer_add_chunk writes exactly what
 * writer_add_article would. A chunk is reused from article to article and
 * belongs to one thread at a time. */
typedef struct cnkg_rdf_chunk cnkg_rdf_chunk;

/* Fails for the formats that are not line-based (Turtle, RDF/XML). */
int cnkg_rdf_chunk_new(cnkg_rdf_chunk **out, cnkg_rdf_format format, cnkg_error *err);
void cnkg_rdf_chunk_set_provenance(cnkg_rdf_chunk *c, cnkg_rdf_provenance p);
/* Replaces the chunk's contents with article a. */
int cnkg_rdf_chunk_format(cnkg_rdf_chunk *c, const cnkg_article *a, cnkg_error *err);
/* Writes a formatted chunk; the writer's format must be the chunk's. */
int cnkg_rdf_writer_add_chunk(cnkg_rdf_writer *w, const cnkg_rdf_chunk *c, cnkg_error *err);
void cnkg_rdf_chunk_free(cnkg_rdf_chunk *c);

#endif
