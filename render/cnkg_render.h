/*
 * cnkg_render.h - diagrams of the knowledge graph, drawn with Graphviz's
 * libraries (cgraph + gvc, no `dot` process).
 *
 * What it owns: a diagram, the renderer's own model of many articles'
 * entities and relations merged by IRI, filled either from extracted
 * articles (the model of graph/) or from RDF files cnkg wrote (read back
 * with the vocabulary graph/ defines); which part of it a view shows; and
 * how that part looks (classes and relations styled from the ontology,
 * places as clusters, an overview when the graph is too large).
 * RDF writing is output/'s.
 */
#ifndef CNKG_RENDER_H
#define CNKG_RENDER_H

#include <stdio.h>

#include "cnkg_common.h"
#include "cnkg_graph.h"
#include "cnkg_ontology.h"

/* A diagram gathers entities and relations of many articles (merged by
 * IRI) and lays them out once. Class and relation labels and styles are
 * the ontology's; onto may be NULL: then the diagram is plain (boxes, the
 * classes' and relations' local names, from the articles added), and RDF
 * files cannot be read, as the ontology names their classes. */
typedef struct cnkg_diagram cnkg_diagram;

cnkg_diagram *cnkg_render_diagram_new(const cnkg_ontology *onto);
void cnkg_render_diagram_free(cnkg_diagram *d);
void cnkg_render_diagram_add_article(cnkg_diagram *d, const cnkg_article *a);

/* Adds the entities, relations and articles of an RDF file written by cnkg
 * (syntax from the extension: .ttl .nt .nq .rdf .xml). Entities are IRIs
 * typed with a contract class, named by skos:prefLabel (Chinese first,
 * then English, then the IRI); relations are the contract's kg: properties
 * between two entities; an article's entities are those its NIF mentions
 * (itsrdf:taIdentRef) point at. Files merge by IRI. */
int cnkg_render_diagram_add_rdf_file(cnkg_diagram *d, const char *path, cnkg_error *err);

/* The articles, numbered from 1 in the order of their text: files in the
 * order read, and within a file by their place in their page
 * (schema:position), whatever order the syntax lists them in. The
 * headline of article n is "" when it has none, NULL past the end. */
size_t cnkg_render_diagram_article_count(const cnkg_diagram *d);
const char *cnkg_render_diagram_article_headline(const cnkg_diagram *d, size_t n);
/* The number of the one article whose headline contains text; fails, with
 * the candidates in err, when none or several do. */
int cnkg_render_diagram_article_find(const cnkg_diagram *d, const char *text, size_t *n,
                                     cnkg_error *err);

/* Past this many nodes a picture is no longer read whole: the default view
 * draws an overview of at most this many instead. */
#define CNKG_RENDER_MAX_NODES 40

/* What part of the graph to draw. All-zero draws every entity in a fact or
 * of a headline class. Filters combine: a node is drawn when it passes all. */
typedef struct cnkg_render_view {
    const char *focus;  /* label (any name) or IRI of an entity, or NULL */
    unsigned depth;     /* hops around focus; 0 means 1 */
    unsigned classes;   /* bit (1u << cnkg_class) per class; 0: all */
    unsigned relations; /* bit (1u << cnkg_relation) per relation; 0: all */
    size_t article;     /* 1-based, in text order; 0: all */
    int show_articles;  /* draw articles and what they mention */
    size_t max_nodes;   /* past this, draw an overview of at most this many
                           nodes; 0: CNKG_RENDER_MAX_NODES */
    int all;            /* draw every node selected, however many */
    const char *layout; /* Graphviz engine; NULL: dot when small, sfdp beyond */
} cnkg_render_view;

/* What was drawn, for the caller to tell the user. */
typedef struct cnkg_render_report {
    size_t selected_nodes, selected_edges; /* what the view chose */
    size_t nodes, edges, clusters;         /* what the picture has */
    const char *layout;                    /* the engine used */
    int summarised;                        /* too large: an overview was drawn */
    /* In an overview, of the entities selected: those drawn in a group
     * node, those left out (less connected), those in no fact (listed). */
    size_t grouped, hidden, isolated;
} cnkg_render_report;

/* Draws a view to fp (which stays the caller's) in format "svg", "png",
 * "pdf" or "dot". report may be NULL. Fails when the focus names no
 * entity or the article does not exist.
 * Graphviz's context is shared by the process and never freed (see
 * diagram_draw.c); under LeakSanitizer, Graphviz/fontconfig leaks need
 * suppressing (tests/lsan.supp). */
int cnkg_render_diagram_draw(cnkg_diagram *d, FILE *fp, const char *format,
                             const cnkg_render_view *view, cnkg_render_report *report,
                             cnkg_error *err);

/* The default view (see cnkg_render_view) to the file at path, in format
 * "svg", "png", "pdf" or "dot"; NULL takes it from path's extension (.gv
 * counts as dot). May be called more than once. */
int cnkg_render_diagram_write(cnkg_diagram *d, const char *path, const char *format,
                              cnkg_error *err);

/* The interactive HTML view: one self-contained page (style, script and
 * pictures inline, nothing fetched; it works from a file:// URL) that
 * shows the view as an SVG with pan and zoom, lets the reader switch to
 * each article's view and to the neighbourhood of each connected entity,
 * finds an entity by any of its names, and on a click shows its class,
 * names, code, relations and the sentences that state them with their
 * articles' headlines (from the graph's NIF and PROV provenance, when it
 * has them). The view's filters hold for every picture; report describes
 * the first. */
int cnkg_render_diagram_write_html(cnkg_diagram *d, FILE *fp, const cnkg_render_view *view,
                                   cnkg_render_report *report, cnkg_error *err);

#endif
