/*
 * cnkg_output.h - from the model to files: RDF (N-Triples and N-Quads
 * formatted directly, Turtle and RDF/XML through raptor's serializers) and
 * diagrams through Graphviz (cgraph + gvc).
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

/* Writes to fp, which stays the caller's to close. onto may be NULL (class
 * labels then fall back to local names). */
int cnkg_rdf_writer_open(cnkg_rdf_writer **out, FILE *fp, cnkg_rdf_format format,
                         const cnkg_ontology *onto, cnkg_error *err);
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

/* A diagram gathers entities and relations of many articles (merged by
 * IRI) and lays them out once. */
typedef struct cnkg_diagram cnkg_diagram;

cnkg_diagram *cnkg_diagram_new(const cnkg_ontology *onto);
void cnkg_diagram_add_article(cnkg_diagram *d, const cnkg_article *a);
/* format: "svg", "png", "pdf" or "dot"; NULL takes it from path's extension
 * (.gv counts as dot). Draws the default view (see cnkg_diagram_render):
 * entities in a fact or of a headline class, places as clusters, "dot" up
 * to 300 nodes and "sfdp" beyond, a summary past CNKG_DIAGRAM_MAX_NODES.
 * May be called more than once.
 * Graphviz's context is shared by the process and never freed (see
 * diagram_draw.c); under LeakSanitizer, Graphviz/fontconfig leaks need
 * suppressing (tests/unit/test_output.c shows the list). */
int cnkg_diagram_write(cnkg_diagram *d, const char *path, const char *format, cnkg_error *err);
void cnkg_diagram_free(cnkg_diagram *d);

/* Adds the entities, relations and articles of an RDF file written by cnkg
 * (syntax from the extension: .ttl .nt .nq .rdf .xml). Entities are IRIs
 * typed with a contract class, named by skos:prefLabel (Chinese first,
 * then English, then the IRI); relations are the contract's kg: properties
 * between two entities; an article's entities are those its NIF mentions
 * (itsrdf:taIdentRef) point at. Files merge by IRI. */
int cnkg_diagram_add_rdf_file(cnkg_diagram *d, const char *path, cnkg_error *err);

/* The articles met, in file order (1-based n); NULL past the end. */
size_t cnkg_diagram_article_count(const cnkg_diagram *d);
const char *cnkg_diagram_article_headline(const cnkg_diagram *d, size_t n);

#define CNKG_DIAGRAM_MAX_NODES 400

/* What part of the graph to draw. All-zero draws every entity in a fact or
 * of a headline class. Filters combine: a node is drawn when it passes all. */
typedef struct cnkg_diagram_view {
    const char *focus;  /* label (any name) or IRI of an entity, or NULL */
    unsigned depth;     /* hops around focus; 0 means 1 */
    unsigned classes;   /* bit (1u << cnkg_class) per class; 0: all */
    unsigned relations; /* bit (1u << cnkg_relation) per relation; 0: all */
    size_t article;     /* 1-based, in file order; 0: all */
    int show_articles;  /* draw articles and what they mention */
    size_t max_nodes;   /* past this, draw a summary; 0: CNKG_DIAGRAM_MAX_NODES */
    const char *layout; /* Graphviz engine; NULL: dot when small, sfdp beyond */
} cnkg_diagram_view;

/* What was drawn, for the caller to tell the user. */
typedef struct cnkg_diagram_report {
    size_t selected_nodes, selected_edges; /* what the view chose */
    size_t nodes, edges, clusters;         /* what the picture has */
    const char *layout;                    /* the engine used */
    int summarised;                        /* too large: an overview was drawn */
} cnkg_diagram_report;

/* Draws a view to fp (which stays the caller's) in format "svg", "png",
 * "pdf" or "dot". report may be NULL. Fails when the focus names no
 * entity or the article does not exist. */
int cnkg_diagram_render(cnkg_diagram *d, FILE *fp, const char *format,
                        const cnkg_diagram_view *view, cnkg_diagram_report *report,
                        cnkg_error *err);

#endif
