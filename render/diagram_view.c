/* diagram_view.c - which nodes, edges and articles a view draws.
 *
 * A node is a candidate when it is an entity that passes the class and
 * article filters; an edge when its relation passes and both its ends are
 * candidates. Without a focus, a candidate is drawn when it is in a
 * candidate edge (or, with no relation filter, is of a headline class: a
 * park nothing was said about is still news). With a focus, what is drawn
 * is the focus, the candidates within depth hops of it, and the places
 * those are located in (a base's district, drawn as a box around it). */
#include <stdlib.h>
#include <string.h>

#include "diagram_internal.h"
#include "diagram_style.h"

typedef struct adjacency {
    size_t *start; /* per node, into next; start[n_nodes] is the end */
    size_t *next;  /* neighbours */
} adjacency;

static int class_passes(const cnkg_render_view *v, cnkg_class cls)
{
    return v->classes == 0 || (v->classes & (1u << cls));
}

static int relation_passes(const cnkg_render_view *v, cnkg_relation rel)
{
    return v->relations == 0 || (v->relations & (1u << rel));
}

static int mark_candidates(const cnkg_diagram *d, const cnkg_render_view *v, unsigned char *cand,
                           cnkg_error *err)
{
    unsigned char *in_article = NULL;
    if (v->article) {
        size_t art = diagram_article_nth(d, v->article);
        if (art == DIAGRAM_NONE)
            return cnkg_error_set(err, "--article %zu: the graph has %zu article%s", v->article,
                                  cnkg_render_diagram_article_count(d),
                                  cnkg_render_diagram_article_count(d) == 1 ? "" : "s");
        in_article = cnkg_xcalloc(d->n_nodes + 1, 1);
        size_t found = 0;
        for (size_t i = 0; i < d->n_mentions; i++) {
            if (d->mentions[i].article == art) {
                in_article[d->mentions[i].node] = 1;
                found++;
            }
        }
        /* What an article names is read from its NIF mentions, which a
         * graph extracted with less provenance does not have. */
        if (found == 0 && d->n_mentions == 0) {
            free(in_article);
            return cnkg_error_set(err,
                                  "--article %zu: the graph has no mentions to tell what an "
                                  "article names (extract it with --provenance mentions, the "
                                  "default)",
                                  v->article);
        }
    }
    for (size_t i = 0; i < d->n_nodes; i++) {
        const diagram_node *n = &d->nodes[i];
        cand[i] =
            diagram_node_is_entity(n) && class_passes(v, n->cls) && (!in_article || in_article[i]);
    }
    free(in_article);
    return 0;
}

static int edge_candidate(const cnkg_diagram *d, const cnkg_render_view *v,
                          const unsigned char *cand, size_t i)
{
    const diagram_edge *e = &d->edges[i];
    return relation_passes(v, e->rel) && cand[e->from] && cand[e->to];
}

/* Undirected adjacency over the candidate edges. */
static void adjacency_build(const cnkg_diagram *d, const unsigned char *edge_ok, adjacency *a)
{
    a->start = cnkg_xcalloc(d->n_nodes + 2, sizeof *a->start);
    for (size_t i = 0; i < d->n_edges; i++)
        if (edge_ok[i]) {
            a->start[d->edges[i].from + 2]++;
            a->start[d->edges[i].to + 2]++;
        }
    for (size_t i = 2; i < d->n_nodes + 2; i++)
        a->start[i] += a->start[i - 1];
    a->next = cnkg_xmalloc((a->start[d->n_nodes + 1] + 1) * sizeof *a->next);
    for (size_t i = 0; i < d->n_edges; i++)
        if (edge_ok[i]) {
            const diagram_edge *e = &d->edges[i];
            a->next[a->start[e->from + 1]++] = e->to;
            a->next[a->start[e->to + 1]++] = e->from;
        }
}

static void adjacency_free(adjacency *a)
{
    free(a->start);
    free(a->next);
}

static int node_named(const diagram_node *n, const char *name)
{
    if (strcmp(n->iri, name) == 0)
        return 1;
    for (size_t k = 0; k < n->n_labels; k++)
        if (strcmp(n->labels[k], name) == 0)
            return 1;
    return 0;
}

/* Up to five entity names that contain the one asked for. */
static void suggest(const cnkg_diagram *d, const char *name, cnkg_buf *b)
{
    size_t found = 0;
    for (size_t i = 0; i < d->n_nodes && found < 5; i++) {
        const diagram_node *n = &d->nodes[i];
        if (!diagram_node_is_entity(n) || !strstr(diagram_node_label(n), name))
            continue;
        cnkg_buf_puts(b, found++ ? ", " : "; did you mean ");
        cnkg_buf_puts(b, diagram_node_label(n));
    }
}

static int mark_seeds(const cnkg_diagram *d, const char *focus, unsigned char *seed,
                      cnkg_error *err)
{
    size_t found = 0;
    for (size_t i = 0; i < d->n_nodes; i++)
        if (diagram_node_is_entity(&d->nodes[i]) && node_named(&d->nodes[i], focus)) {
            seed[i] = 1;
            found++;
        }
    if (found)
        return 0;
    cnkg_buf hint = {0};
    suggest(d, focus, &hint);
    cnkg_error_set(err, "--focus %s: no entity has this name%s", focus, hint.data ? hint.data : "");
    cnkg_buf_free(&hint);
    return -1;
}

/* Breadth-first from the seeds, through candidates only. */
static void grow_focus(const cnkg_diagram *d, const adjacency *a, const unsigned char *cand,
                       unsigned depth, unsigned char *node)
{
    size_t *frontier = cnkg_xmalloc((d->n_nodes + 1) * sizeof *frontier), n_front = 0;
    size_t *next = cnkg_xmalloc((d->n_nodes + 1) * sizeof *next);
    for (size_t i = 0; i < d->n_nodes; i++)
        if (node[i])
            frontier[n_front++] = i;
    for (unsigned hop = 0; hop < depth && n_front; hop++) {
        size_t n_next = 0;
        for (size_t f = 0; f < n_front; f++) {
            size_t u = frontier[f];
            for (size_t k = a->start[u]; k < a->start[u + 1]; k++) {
                size_t w = a->next[k];
                if (cand[w] && !node[w]) {
                    node[w] = 1;
                    next[n_next++] = w;
                }
            }
        }
        memcpy(frontier, next, n_next * sizeof *next);
        n_front = n_next;
    }
    free(frontier);
    free(next);
}

/* Adds, transitively, the places that drawn nodes are located in. */
static void add_places(const cnkg_diagram *d, const unsigned char *edge_ok, unsigned char *node)
{
    for (int changed = 1; changed;) {
        changed = 0;
        for (size_t i = 0; i < d->n_edges; i++) {
            const diagram_edge *e = &d->edges[i];
            if (edge_ok[i] && e->rel == CNKG_LOCATED_IN && node[e->from] && !node[e->to] &&
                diagram_class_place_rank(d->nodes[e->to].cls) > 0) {
                node[e->to] = 1;
                changed = 1;
            }
        }
    }
}

static void mark_plain(const cnkg_diagram *d, const cnkg_render_view *v, const adjacency *a,
                       const unsigned char *cand, unsigned char *node)
{
    for (size_t i = 0; i < d->n_nodes; i++) {
        int linked = a->start[i + 1] > a->start[i];
        int headline = v->relations == 0 && diagram_class_is_headline(d->nodes[i].cls);
        node[i] = cand[i] && (linked || headline);
    }
}

static void mark_articles(const cnkg_diagram *d, const cnkg_render_view *v, diagram_selection *sel)
{
    if (!v->show_articles)
        return;
    size_t only = v->article ? diagram_article_nth(d, v->article) : DIAGRAM_NONE;
    for (size_t i = 0; i < d->n_mentions; i++) {
        const diagram_mention *m = &d->mentions[i];
        if (sel->node[m->node] && d->articles[m->article].typed &&
            (only == DIAGRAM_NONE || m->article == only))
            sel->article[m->article] = 1;
    }
}

/* With --article, only the edges that article states, when the graph says
 * which article states what (its reified statements): two entities of one
 * article may be related only in another. */
static void keep_stated(const cnkg_diagram *d, const cnkg_render_view *v, unsigned char *edge)
{
    if (!v->article || d->n_sources == 0)
        return;
    size_t art = diagram_article_nth(d, v->article);
    unsigned char *stated = cnkg_xcalloc(d->n_edges + 1, 1);
    for (size_t i = 0; i < d->n_sources; i++)
        if (d->sources[i].article == art)
            stated[d->sources[i].edge] = 1;
    for (size_t i = 0; i < d->n_edges; i++)
        edge[i] = edge[i] && stated[i];
    free(stated);
}

int diagram_select(const cnkg_diagram *d, const cnkg_render_view *v, diagram_selection *sel,
                   cnkg_error *err)
{
    memset(sel, 0, sizeof *sel);
    sel->node = cnkg_xcalloc(d->n_nodes + 1, 1);
    sel->edge = cnkg_xcalloc(d->n_edges + 1, 1);
    sel->article = cnkg_xcalloc(d->n_articles + 1, 1);
    unsigned char *cand = cnkg_xcalloc(d->n_nodes + 1, 1);
    int rc = mark_candidates(d, v, cand, err);
    if (rc == 0 && v->focus)
        rc = mark_seeds(d, v->focus, sel->node, err);
    if (rc != 0) {
        free(cand);
        diagram_selection_free(sel);
        return -1;
    }
    /* The focus itself always counts, whatever the filters say of it. */
    for (size_t i = 0; i < d->n_nodes; i++)
        cand[i] |= sel->node[i];
    for (size_t i = 0; i < d->n_edges; i++)
        sel->edge[i] = edge_candidate(d, v, cand, i);
    keep_stated(d, v, sel->edge);
    adjacency a;
    adjacency_build(d, sel->edge, &a);
    if (v->focus) {
        grow_focus(d, &a, cand, v->depth ? v->depth : 1, sel->node);
        add_places(d, sel->edge, sel->node);
    } else
        mark_plain(d, v, &a, cand, sel->node);
    adjacency_free(&a);
    free(cand);

    for (size_t i = 0; i < d->n_edges; i++) {
        sel->edge[i] = sel->edge[i] && sel->node[d->edges[i].from] && sel->node[d->edges[i].to];
        sel->n_edges += sel->edge[i];
    }
    for (size_t i = 0; i < d->n_nodes; i++)
        sel->n_nodes += sel->node[i];
    mark_articles(d, v, sel);
    for (size_t i = 0; i < d->n_articles; i++)
        sel->n_articles += sel->article[i];
    return 0;
}

void diagram_selection_free(diagram_selection *sel)
{
    free(sel->node);
    free(sel->edge);
    free(sel->article);
    memset(sel, 0, sizeof *sel);
}
