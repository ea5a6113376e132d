/* diagram_cluster.c - places drawn as boxes holding what is located in
 * them: a district holding its parks, a park holding its companies.
 *
 * The kg:locatedIn facts of the view make a forest. Graphviz clusters must
 * nest strictly, so each node gets at most one container: the most
 * specific place it is said to be in (a park before a district, a district
 * before the city that holds it). Cycles, which contradictory articles can
 * make, are cut. Industries in no place share one box. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diagram_internal.h"
#include "diagram_style.h"

static int is_ancestor(const size_t *parent, size_t anc, size_t n, size_t limit)
{
    for (size_t hops = 0; n != DIAGRAM_NONE && hops < limit; hops++, n = parent[n])
        if (n == anc)
            return 1;
    return 0;
}

static int containment(const cnkg_diagram *d, const diagram_selection *sel, size_t i)
{
    const diagram_edge *e = &d->edges[i];
    return sel->edge[i] && e->rel == CNKG_LOCATED_IN &&
           diagram_class_place_rank(d->nodes[e->to].cls) > 0;
}

static void choose_parents(const cnkg_diagram *d, const diagram_selection *sel, size_t *parent)
{
    for (size_t i = 0; i < d->n_edges; i++) {
        if (!containment(d, sel, i))
            continue;
        size_t c = d->edges[i].from, p = d->edges[i].to;
        if (parent[c] == DIAGRAM_NONE || diagram_class_place_rank(d->nodes[p].cls) >
                                             diagram_class_place_rank(d->nodes[parent[c]].cls))
            parent[c] = p;
    }
    /* Of two places of one rank, the one inside the other is the more
     * specific (巴南区 rather than 重庆市). */
    for (size_t i = 0; i < d->n_edges; i++) {
        if (!containment(d, sel, i))
            continue;
        size_t c = d->edges[i].from, p = d->edges[i].to;
        if (p != parent[c] &&
            diagram_class_place_rank(d->nodes[p].cls) ==
                diagram_class_place_rank(d->nodes[parent[c]].cls) &&
            is_ancestor(parent, parent[c], p, d->n_nodes) && !is_ancestor(parent, c, p, d->n_nodes))
            parent[c] = p;
    }
}

/* Cuts every cycle: walking up from each node, a node met twice loses its
 * parent. */
static void cut_cycles(size_t n_nodes, size_t *parent)
{
    size_t *seen = cnkg_xmalloc((n_nodes + 1) * sizeof *seen);
    for (size_t i = 0; i < n_nodes; i++)
        seen[i] = DIAGRAM_NONE;
    for (size_t i = 0; i < n_nodes; i++) {
        for (size_t n = i; parent[n] != DIAGRAM_NONE; n = parent[n]) {
            seen[n] = i;
            if (seen[parent[n]] == i) {
                parent[n] = DIAGRAM_NONE;
                break;
            }
        }
    }
    free(seen);
}

/* A pale tint of a "#rrggbb" colour, for a box's background. */
static void tint(const char *colour, char out[16])
{
    unsigned r, g, b;
    if (!colour || strlen(colour) != 7 || sscanf(colour, "#%2x%2x%2x", &r, &g, &b) != 3) {
        strcpy(out, "#f7f7f7");
        return;
    }
    snprintf(out, 16, "#%02x%02x%02x", (r + 3 * 255) / 4 & 0xff, (g + 3 * 255) / 4 & 0xff,
             (b + 3 * 255) / 4 & 0xff);
}

typedef struct cluster_ctx {
    const cnkg_diagram *d;
    Agraph_t *root;
    const size_t *parent;
    Agraph_t **box; /* per node: its cluster, once made */
    size_t made;
} cluster_ctx;

static Agraph_t *box_of(cluster_ctx *c, size_t p)
{
    if (c->box[p])
        return c->box[p];
    Agraph_t *up = c->parent[p] != DIAGRAM_NONE ? box_of(c, c->parent[p]) : c->root;
    char name[40];
    snprintf(name, sizeof name, "cluster_%zu", p);
    Agraph_t *box = agsubg(up, name, 1);
    const diagram_node *n = &c->d->nodes[p];
    const char *colour = diagram_class_colour(c->d, n->cls);
    char fill[16];
    tint(colour, fill);
    diagram_set_label(box, "label", diagram_node_label(n));
    agsafeset(box, "style", "rounded,filled", "");
    agsafeset(box, "fillcolor", fill, "");
    agsafeset(box, "color", (char *)colour, "");
    agsafeset(box, "labeljust", "l", "");
    c->box[p] = box;
    c->made++;
    return box;
}

static void group_industries(cluster_ctx *c, const size_t *parent, Agnode_t **drawn)
{
    size_t n = 0;
    for (size_t i = 0; i < c->d->n_nodes; i++)
        n += drawn[i] && parent[i] == DIAGRAM_NONE && !c->box[i] &&
             c->d->nodes[i].cls == CNKG_INDUSTRY;
    if (n < 2)
        return;
    Agraph_t *box = agsubg(c->root, "cluster_industries", 1);
    agsafeset(box, "label", (char *)diagram_class_label(c->d, CNKG_INDUSTRY), "");
    agsafeset(box, "style", "rounded,dashed", "");
    agsafeset(box, "color", (char *)diagram_class_colour(c->d, CNKG_INDUSTRY), "");
    for (size_t i = 0; i < c->d->n_nodes; i++)
        if (drawn[i] && parent[i] == DIAGRAM_NONE && !c->box[i] &&
            c->d->nodes[i].cls == CNKG_INDUSTRY)
            agsubnode(box, drawn[i], 1);
    c->made++;
}

size_t diagram_cluster(const cnkg_diagram *d, const diagram_selection *sel, Agraph_t *g,
                       Agnode_t **drawn, Agraph_t **boxes, int industry_box)
{
    size_t *parent = cnkg_xmalloc((d->n_nodes + 1) * sizeof *parent);
    for (size_t i = 0; i < d->n_nodes; i++)
        parent[i] = DIAGRAM_NONE;
    choose_parents(d, sel, parent);
    cut_cycles(d->n_nodes, parent);

    cluster_ctx c = {d, g, parent, cnkg_xcalloc(d->n_nodes + 1, sizeof *c.box), 0};
    /* A place holding something is a box, and its own node sits in it so
     * that facts about the place still have an end to point at. */
    for (size_t i = 0; i < d->n_nodes; i++)
        if (parent[i] != DIAGRAM_NONE && drawn[i])
            agsubnode(box_of(&c, parent[i]), drawn[parent[i]], 1);
    for (size_t i = 0; i < d->n_nodes; i++) {
        if (parent[i] == DIAGRAM_NONE || !drawn[i])
            continue;
        agsubnode(c.box[i] ? c.box[i] : box_of(&c, parent[i]), drawn[i], 1);
    }
    if (industry_box)
        group_industries(&c, parent, drawn);
    if (boxes)
        memcpy(boxes, c.box, d->n_nodes * sizeof *boxes);
    size_t made = c.made;
    free(c.box);
    free(parent);
    return made;
}
