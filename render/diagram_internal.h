/*
 * diagram_internal.h - the diagram's model, private to the renderer.
 *
 * Two builders fill it (diagram.c from extracted articles, diagram_read.c
 * from RDF files); diagram_articles.c numbers the articles in text order;
 * one selection (diagram_view.c) decides what a view shows; one renderer
 * draws it: the whole (diagram_draw.c, diagram_cluster.c) or, when too
 * large, an overview (diagram_summary.c decides it, diagram_overview.c
 * draws it), on the helpers of diagram_graphviz.c, in a graph whose
 * objects diagram_ids.c numbers. Nodes are every IRI a builder met; only
 * those with a contract class are entities and can be drawn.
 */
#ifndef CNKG_DIAGRAM_INTERNAL_H
#define CNKG_DIAGRAM_INTERNAL_H

#include <gvc.h>

#include "cnkg_render.h"

#define DIAGRAM_FONT "Noto Sans CJK SC"
#define DIAGRAM_NONE ((size_t)-1)

/* How good a name is for the node's label: lower wins. */
enum {
    LABEL_PREF_ZH,    /* skos:prefLabel@zh, or an article's canonical label */
    LABEL_PREF_PLAIN, /* skos:prefLabel without a language tag */
    LABEL_OTHER_ZH,   /* rdfs:label@zh */
    LABEL_EN,         /* prefLabel or rdfs:label in English */
    LABEL_ALT,        /* skos:altLabel, other languages: tooltip and --focus only */
};

typedef struct diagram_node {
    char *iri;
    cnkg_class cls; /* CNKG_CLASS_NONE until typed */
    char **labels;  /* every name seen; labels[best] is shown */
    size_t n_labels, best;
    int best_rank; /* rank of labels[best]; meaningless while n_labels is 0 */
    char *code;    /* skos:notation (a division's code), or NULL */
} diagram_node;

typedef struct diagram_edge {
    size_t from, to;
    cnkg_relation rel;
} diagram_edge;

typedef struct diagram_article {
    char *iri;
    char *headline;  /* or NULL */
    int typed;       /* seen as schema:NewsArticle */
    size_t position; /* its place in its page (schema:position, the least seen), or 0 */
    size_t file;     /* how many RDF files were read before the one it was met in */
} diagram_article;

typedef struct diagram_mention {
    size_t article, node;
} diagram_mention;

/* An article that states an edge (read from its reified statements). */
typedef struct diagram_source {
    size_t article, edge;
} diagram_source;

/* A sentence that states an edge, and its article: what the HTML view's
 * panel quotes. */
typedef struct diagram_evidence {
    size_t edge, article;
    char *sentence;
} diagram_evidence;

struct cnkg_diagram {
    const cnkg_ontology *onto;
    /* The contract's names: the ontology's, else those of the first
     * article added; NULL until then, and RDF cannot be read without. */
    const cnkg_names *names;
    diagram_node *nodes;
    size_t n_nodes, cap_nodes;
    diagram_edge *edges;
    size_t n_edges, cap_edges;
    diagram_article *articles; /* in the order first met */
    size_t n_articles, cap_articles;
    diagram_mention *mentions;
    size_t n_mentions, cap_mentions;
    diagram_source *sources;
    size_t n_sources, cap_sources;
    cnkg_keyset node_index;    /* IRI -> node */
    cnkg_keyset edge_index;    /* (from, relation, to) -> edge */
    cnkg_keyset article_index; /* IRI -> article */
    cnkg_keyset mention_index; /* (article, node) -> mention */
    cnkg_keyset source_index;  /* (article, edge) -> source */
    diagram_evidence *evidence;
    size_t n_evidence, cap_evidence;
    cnkg_keyset evidence_index; /* (edge, article, sentence) -> evidence */
    size_t files;               /* RDF files read so far */
};

/* Builders (diagram.c). */
size_t diagram_node_intern(cnkg_diagram *d, const char *iri);
void diagram_node_add_label(diagram_node *n, const char *label, int rank);
/* The edge's index, new or not; DIAGRAM_NONE for a loop, never drawn. */
size_t diagram_edge_add(cnkg_diagram *d, size_t from, cnkg_relation rel, size_t to);
size_t diagram_article_intern(cnkg_diagram *d, const char *iri);
void diagram_mention_add(cnkg_diagram *d, size_t article, size_t node);
void diagram_source_add(cnkg_diagram *d, size_t article, size_t edge);
/* Records that sentence of the article states the edge; once per text. */
void diagram_evidence_add(cnkg_diagram *d, size_t article, size_t edge, const char *sentence);
void diagram_node_set_code(diagram_node *n, const char *code);
int diagram_node_is_entity(const diagram_node *n);
/* Records an article's place in its page, keeping the least. */
void diagram_article_set_position(diagram_article *a, size_t position);

/* The typed articles in the order of their text, which --article counts
 * in (diagram_articles.c): indexes into d->articles, *n of them; the
 * caller frees. */
size_t *diagram_article_order(const cnkg_diagram *d, size_t *n);
/* The index of the n-th (1-based) article in that order, or DIAGRAM_NONE. */
size_t diagram_article_nth(const cnkg_diagram *d, size_t n);
/* The shown name: best label, else the IRI. */
const char *diagram_node_label(const diagram_node *n);

/* What a view shows (diagram_view.c). Arrays are per node / per edge /
 * per article, 1 when drawn. */
typedef struct diagram_selection {
    unsigned char *node, *edge, *article;
    size_t n_nodes, n_edges, n_articles;
} diagram_selection;

int diagram_select(const cnkg_diagram *d, const cnkg_render_view *v, diagram_selection *sel,
                   cnkg_error *err);
void diagram_selection_free(diagram_selection *sel);

/* Sorts node indexes by label, then IRI: an order that depends on the
 * graph, not on the order its file was read in (diagram_summary.c). */
void diagram_nodes_sort(const cnkg_diagram *d, size_t *nodes, size_t n);

/* A new directed cgraph graph whose named objects are numbered in the
 * order made, so that clusters come out in a fixed order
 * (diagram_ids.c). */
Agraph_t *diagram_graph_open(const char *name);

/* Drawing helpers shared by the full and the summary pictures
 * (diagram_graphviz.c). */
void diagram_set_label(void *obj, const char *attr, const char *text);
/* Appends text to b escaped for a Graphviz label, for labels of several
 * lines (joined with "\\n" or "\\l"). */
void diagram_label_append(cnkg_buf *b, const char *text);
void diagram_style_node(const cnkg_diagram *d, Agnode_t *n, cnkg_class cls);
void diagram_set_defaults(Agraph_t *g, int big);
/* Returns the legend's cluster, or NULL when no class is present. */
Agraph_t *diagram_draw_legend(const cnkg_diagram *d, Agraph_t *g, const int *present);

/* Puts each drawn place with something located in it into a cluster
 * (diagram_cluster.c); drawn[i] is node i's Graphviz node or NULL. When
 * boxes is not NULL, boxes[i] is set to place i's cluster, or NULL. With
 * industry_box, industries in no place share a box. Returns the number of
 * clusters made. */
size_t diagram_cluster(const cnkg_diagram *d, const diagram_selection *sel, Agraph_t *g,
                       Agnode_t **drawn, Agraph_t **boxes, int industry_box);

/* The overview of a graph too large to draw whole (diagram_summary.c
 * decides it, diagram_overview.c draws it). A group is leaves of one
 * class hanging from one entity by one relation, drawn as one node. */
typedef struct diagram_group {
    size_t parent; /* the entity the members hang from */
    cnkg_relation rel;
    int outward;     /* parent -rel-> member, not member -rel-> parent */
    cnkg_class cls;  /* the members' */
    size_t first, n; /* the members: summary.members[first .. first + n) */
} diagram_group;

typedef struct diagram_summary {
    unsigned char *shown; /* per node: drawn as itself */
    size_t *group;        /* per node: its group, or DIAGRAM_NONE */
    diagram_group *groups;
    size_t n_groups;
    size_t *members;  /* the groups' members, group after group, by name */
    size_t *isolated; /* entities in no fact of the view, by class and name */
    size_t n_isolated;
    size_t n_shown, n_grouped, n_hidden; /* of the entities in a fact */
} diagram_summary;

/* budget: at most this many nodes (entities and groups) are drawn. */
void diagram_summarise(const cnkg_diagram *d, const diagram_selection *sel, size_t budget,
                       diagram_summary *s);
void diagram_summary_free(diagram_summary *s);

/* Draws the summary of sel into g; returns the number of boxes. */
size_t diagram_overview_build(const cnkg_diagram *d, const diagram_selection *sel, Agraph_t *g,
                              size_t budget, cnkg_render_report *r);

#endif
