/*
 * cnkg_output.h - from the model to files: RDF through raptor's serializers
 * and diagrams through Graphviz (cgraph + gvc).
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
#include "cnkg_ontology.h"

typedef enum cnkg_rdf_format {
    CNKG_FORMAT_TURTLE,
    CNKG_FORMAT_NTRIPLES,
    CNKG_FORMAT_NQUADS,
    CNKG_FORMAT_RDFXML,
} cnkg_rdf_format;

/* "turtle", "ntriples", "nquads", "rdfxml"; returns -1 when unknown. */
int cnkg_rdf_format_from_name(const char *name, cnkg_rdf_format *out);
/* From a file name's extension (.ttl .nt .nq .rdf .xml); -1 when none fits. */
int cnkg_rdf_format_from_path(const char *path, cnkg_rdf_format *out);

typedef struct cnkg_rdf_writer cnkg_rdf_writer;

/* Writes to fp, which stays the caller's to close. onto may be NULL (class
 * labels then fall back to local names). */
int cnkg_rdf_writer_open(cnkg_rdf_writer **out, FILE *fp, cnkg_rdf_format format,
                         const cnkg_ontology *onto, cnkg_error *err);
int cnkg_rdf_writer_add_article(cnkg_rdf_writer *w, const cnkg_article *a, cnkg_error *err);
/* Flushes what is held, ends the document and frees the writer, also when
 * it returns -1 (a write error, or raptor's first error). fp is flushed, not
 * closed. After add_article failed, close still must be called. */
int cnkg_rdf_writer_close(cnkg_rdf_writer *w, cnkg_error *err);

/* A diagram gathers entities and relations of many articles (merged by
 * IRI) and lays them out once. */
typedef struct cnkg_diagram cnkg_diagram;

cnkg_diagram *cnkg_diagram_new(const cnkg_ontology *onto);
void cnkg_diagram_add_article(cnkg_diagram *d, const cnkg_article *a);
/* format: "svg", "png", "pdf" or "dot"; NULL takes it from path's extension
 * (.gv counts as dot). Draws entities in a fact or of a headline class, with
 * "dot" up to 300 nodes and "sfdp" beyond. May be called more than once.
 * Graphviz's context is shared by the process and never freed (see
 * diagram.c); under LeakSanitizer, Graphviz/fontconfig leaks need
 * suppressing (tests/unit/test_output.c shows the list). */
int cnkg_diagram_write(cnkg_diagram *d, const char *path, const char *format, cnkg_error *err);
void cnkg_diagram_free(cnkg_diagram *d);

#endif
