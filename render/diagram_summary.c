/* diagram_summary.c - what the overview draws of a graph too large to draw
 * whole: decided here, drawn by diagram_overview.c.
 *
 * Three reductions, each one a reader can undo in their head:
 *  - an entity in no fact of the view is listed, not drawn: floating
 *    ovals say nothing and push the picture apart;
 *  - leaves (entities in one fact) hanging from one entity by one
 *    relation, of one class, become one node listing their names: the
 *    eighteen industries a city develops are one node and one edge;
 *  - past a budget of nodes, only the most connected entities stay (with
 *    their groups); the others are counted in the title.
 * Merging the edges that remain between two drawn nodes is the drawing's. */
#include <stdlib.h>
#include <string.h>

#include "diagram_internal.h"
#include "diagram_style.h"

/* What decides a group: the entity the leaves hang from, how, and their
 * class. Zeroed before filling so that padding does not reach the hash. */
typedef struct group_key {
    size_t parent;
    int rel, outward, cls;
} group_key;

static size_t *degrees(const cnkg_diagram *d, const diagram_selection *sel)
{
    size_t *deg = cnkg_xcalloc(d->n_nodes + 1, sizeof *deg);
    for (size_t i = 0; i < d->n_edges; i++)
        if (sel->edge[i]) {
            deg[d->edges[i].from]++;
            deg[d->edges[i].to]++;
        }
    return deg;
}

/* Per node of degree 1, the index of its one selected edge. */
static size_t *leaf_edges(const cnkg_diagram *d, const diagram_selection *sel, const size_t *deg)
{
    size_t *edge = cnkg_xmalloc((d->n_nodes + 1) * sizeof *edge);
    for (size_t i = 0; i < d->n_nodes; i++)
        edge[i] = DIAGRAM_NONE;
    for (size_t i = 0; i < d->n_edges; i++) {
        if (!sel->edge[i])
            continue;
        if (deg[d->edges[i].from] == 1)
            edge[d->edges[i].from] = i;
        if (deg[d->edges[i].to] == 1)
            edge[d->edges[i].to] = i;
    }
    return edge;
}

/* A leaf that is the place its neighbour is located in stays itself: it
 * is drawn as the box around that neighbour. So does a leaf whose
 * neighbour is a leaf too (a pair): a group of one would gain nothing. */
static int groupable(const cnkg_diagram *d, const size_t *deg, size_t node, size_t edge)
{
    const diagram_edge *e = &d->edges[edge];
    size_t other = e->from == node ? e->to : e->from;
    if (deg[other] == 1)
        return 0;
    return !(e->rel == CNKG_LOCATED_IN && e->to == node &&
             diagram_class_place_rank(d->nodes[node].cls) > 0);
}

/* A node with what it sorts by; qsort takes no context, so the keys
 * travel with it. */
typedef struct ranked {
    size_t node, key; /* key: degree (descending) or class (ascending) */
    const char *label, *iri;
} ranked;

static ranked rank_of(const cnkg_diagram *d, size_t node, size_t key)
{
    return (ranked){node, key, diagram_node_label(&d->nodes[node]), d->nodes[node].iri};
}

static int by_label(const ranked *x, const ranked *y)
{
    int c = strcmp(x->label, y->label);
    return c ? c : strcmp(x->iri, y->iri);
}

static int by_key_then_label(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return by_label(x, y);
}

static int by_degree_then_label(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->key != y->key)
        return x->key > y->key ? -1 : 1;
    return by_label(x, y);
}

/* Sorts nodes[0..n) in place with cmp, keyed by key[node] (or 0). */
static void sort_nodes(const cnkg_diagram *d, size_t *nodes, size_t n, const size_t *key,
                       int (*cmp)(const void *, const void *))
{
    ranked *r = cnkg_xmalloc((n + 1) * sizeof *r);
    for (size_t i = 0; i < n; i++)
        r[i] = rank_of(d, nodes[i], key ? key[nodes[i]] : 0);
    qsort(r, n, sizeof *r, cmp);
    for (size_t i = 0; i < n; i++)
        nodes[i] = r[i].node;
    free(r);
}

void diagram_nodes_sort(const cnkg_diagram *d, size_t *nodes, size_t n)
{
    sort_nodes(d, nodes, n, NULL, by_key_then_label);
}

/* Groups the groupable leaves; a key met once leaves its leaf alone. */
static void make_groups(const cnkg_diagram *d, const diagram_selection *sel, const size_t *deg,
                        diagram_summary *s)
{
    size_t *leaf = leaf_edges(d, sel, deg);
    size_t *slot = cnkg_xmalloc((d->n_nodes + 1) * sizeof *slot);
    size_t *count = cnkg_xcalloc(d->n_nodes + 1, sizeof *count);
    cnkg_keyset index = {0};
    size_t n_slots = 0;
    diagram_group *cand = cnkg_xmalloc((d->n_nodes + 1) * sizeof *cand);
    for (size_t i = 0; i < d->n_nodes; i++) {
        slot[i] = DIAGRAM_NONE;
        if (!sel->node[i] || deg[i] != 1 || !groupable(d, deg, i, leaf[i]))
            continue;
        const diagram_edge *e = &d->edges[leaf[i]];
        group_key k;
        memset(&k, 0, sizeof k);
        k.parent = e->from == i ? e->to : e->from;
        k.rel = (int)e->rel;
        k.outward = e->from == k.parent;
        k.cls = (int)d->nodes[i].cls;
        int added;
        slot[i] = *cnkg_keyset_insert(&index, cnkg_key_of(&k, sizeof k), n_slots, &added);
        if (added)
            cand[n_slots++] = (diagram_group){k.parent, e->rel, k.outward, d->nodes[i].cls, 0, 0};
        count[slot[i]]++;
    }
    /* Groups of two or more, in the order of their first member. */
    size_t *group_of_slot = cnkg_xmalloc((n_slots + 1) * sizeof *group_of_slot);
    s->groups = cnkg_xmalloc((n_slots + 1) * sizeof *s->groups);
    size_t next = 0;
    for (size_t k = 0; k < n_slots; k++) {
        group_of_slot[k] = DIAGRAM_NONE;
        if (count[k] < 2)
            continue;
        group_of_slot[k] = s->n_groups;
        s->groups[s->n_groups] = cand[k];
        s->groups[s->n_groups].first = next;
        next += count[k];
        s->n_groups++;
    }
    s->members = cnkg_xmalloc((next + 1) * sizeof *s->members);
    for (size_t i = 0; i < d->n_nodes; i++) {
        if (slot[i] == DIAGRAM_NONE || group_of_slot[slot[i]] == DIAGRAM_NONE)
            continue;
        diagram_group *g = &s->groups[group_of_slot[slot[i]]];
        s->members[g->first + g->n++] = i;
        s->group[i] = group_of_slot[slot[i]];
        s->shown[i] = 0;
    }
    for (size_t k = 0; k < s->n_groups; k++)
        sort_nodes(d, s->members + s->groups[k].first, s->groups[k].n, NULL, by_key_then_label);
    cnkg_keyset_free(&index);
    free(group_of_slot);
    free(cand);
    free(count);
    free(slot);
    free(leaf);
}

/* Undirected adjacency over the selected edges between entities drawn as
 * themselves: start[i] .. start[i + 1] index next. */
typedef struct adjacency {
    size_t *start, *next;
} adjacency;

static void adjacency_build(const cnkg_diagram *d, const diagram_selection *sel,
                            const unsigned char *shown, adjacency *a)
{
    a->start = cnkg_xcalloc(d->n_nodes + 2, sizeof *a->start);
    size_t n = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < d->n_edges; i++) {
            const diagram_edge *e = &d->edges[i];
            if (!sel->edge[i] || !shown[e->from] || !shown[e->to])
                continue;
            if (pass == 0) {
                a->start[e->from + 2]++;
                a->start[e->to + 2]++;
                n += 2;
            } else {
                a->next[a->start[e->from + 1]++] = e->to;
                a->next[a->start[e->to + 1]++] = e->from;
            }
        }
        if (pass == 0) {
            for (size_t k = 2; k < d->n_nodes + 2; k++)
                a->start[k] += a->start[k - 1];
            a->next = cnkg_xmalloc((n + 1) * sizeof *a->next);
        }
    }
}

/* The most connected neighbour of i not yet taken (keep 0), or
 * DIAGRAM_NONE; a tie goes to the first in rank (degree, then label and
 * IRI), not to the first read, so that the picture depends on the graph
 * and not on the order of its file (N-Quads and Turtle of one graph). */
static size_t best_neighbour(const adjacency *a, const size_t *deg, const size_t *rank,
                             const unsigned char *keep, size_t i)
{
    size_t best = DIAGRAM_NONE;
    for (size_t k = a->start[i]; k < a->start[i + 1]; k++) {
        size_t w = a->next[k];
        if (!keep[w] && (best == DIAGRAM_NONE || deg[w] > deg[best] ||
                         (deg[w] == deg[best] && rank[w] < rank[best])))
            best = w;
    }
    return best;
}

/* Past the budget, the most connected entities stay, each with its
 * groups, as many as fit. They are taken one at a time, the most
 * connected first, a neighbour of one taken counting double, so that the
 * picture grows around its hubs. An entity that touches nothing taken
 * comes with its most connected neighbour, or not at all: alone it would
 * float. */
static void keep_most_connected(const cnkg_diagram *d, const diagram_selection *sel,
                                const size_t *deg, size_t budget, diagram_summary *s,
                                unsigned char *group_live)
{
    size_t n = 0;
    size_t *order = cnkg_xmalloc((d->n_nodes + 1) * sizeof *order);
    for (size_t i = 0; i < d->n_nodes; i++)
        if (s->shown[i])
            order[n++] = i;
    if (n + s->n_groups > budget) {
        size_t *cost = cnkg_xcalloc(d->n_nodes + 1, sizeof *cost);
        for (size_t i = 0; i < d->n_nodes; i++)
            cost[i] = 1;
        for (size_t k = 0; k < s->n_groups; k++)
            cost[s->groups[k].parent]++;
        sort_nodes(d, order, n, deg, by_degree_then_label);
        size_t *rank = cnkg_xmalloc((d->n_nodes + 1) * sizeof *rank);
        for (size_t i = 0; i < d->n_nodes; i++)
            rank[i] = DIAGRAM_NONE;
        for (size_t r = 0; r < n; r++)
            rank[order[r]] = r;
        adjacency a = {NULL, NULL};
        adjacency_build(d, sel, s->shown, &a);
        unsigned char *keep = cnkg_xcalloc(d->n_nodes + 1, 1); /* 1 taken, 2 refused */
        unsigned char *near = cnkg_xcalloc(d->n_nodes + 1, 1);
        for (size_t used = 0;;) {
            size_t best = DIAGRAM_NONE, best_score = 0;
            for (size_t r = 0; r < n; r++) {
                size_t i = order[r], score = deg[i] * (near[i] ? 2 : 1);
                if (!keep[i] && used + cost[i] <= budget &&
                    (best == DIAGRAM_NONE || score > best_score)) {
                    best = i;
                    best_score = score;
                }
            }
            if (best == DIAGRAM_NONE)
                break;
            size_t mate = near[best] ? DIAGRAM_NONE : best_neighbour(&a, deg, rank, keep, best);
            if (!near[best] && (mate == DIAGRAM_NONE || used + cost[best] + cost[mate] > budget)) {
                keep[best] = 2;
                continue;
            }
            for (size_t m = 0; m < 2; m++) {
                size_t i = m ? mate : best;
                if (i == DIAGRAM_NONE)
                    continue;
                keep[i] = 1;
                used += cost[i];
                for (size_t k = a.start[i]; k < a.start[i + 1]; k++)
                    near[a.next[k]] = 1;
            }
        }
        for (size_t r = 0; r < n; r++)
            s->shown[order[r]] = keep[order[r]] == 1;
        free(near);
        free(keep);
        free(rank);
        free(a.start);
        free(a.next);
        free(cost);
    }
    for (size_t k = 0; k < s->n_groups; k++)
        group_live[k] = s->shown[s->groups[k].parent];
    free(order);
}

/* Whether node i is drawn, as itself or in a live group. */
static int drawn(const diagram_summary *s, const unsigned char *group_live, size_t i)
{
    return s->shown[i] || (s->group[i] != DIAGRAM_NONE && group_live[s->group[i]]);
}

/* An entity kept whose every neighbour was left out would float: it goes
 * too, which may strand another. */
static void drop_stranded(const cnkg_diagram *d, const diagram_selection *sel, diagram_summary *s,
                          unsigned char *group_live)
{
    unsigned char *linked = cnkg_xcalloc(d->n_nodes + 1, 1);
    for (int changed = 1; changed;) {
        changed = 0;
        memset(linked, 0, d->n_nodes + 1);
        for (size_t i = 0; i < d->n_edges; i++) {
            const diagram_edge *e = &d->edges[i];
            if (sel->edge[i] && drawn(s, group_live, e->from) && drawn(s, group_live, e->to))
                linked[e->from] = linked[e->to] = 1;
        }
        for (size_t i = 0; i < d->n_nodes; i++)
            if (s->shown[i] && !linked[i]) {
                s->shown[i] = 0;
                changed = 1;
            }
        for (size_t k = 0; k < s->n_groups; k++)
            if (group_live[k] && !s->shown[s->groups[k].parent]) {
                group_live[k] = 0;
                changed = 1;
            }
    }
    free(linked);
}

/* Leaves only the live groups, renumbered, and their members. */
static void compact_groups(diagram_summary *s, const unsigned char *group_live)
{
    size_t kept = 0, next = 0;
    for (size_t k = 0; k < s->n_groups; k++) {
        diagram_group g = s->groups[k];
        for (size_t m = 0; m < g.n; m++)
            s->group[s->members[g.first + m]] = group_live[k] ? kept : DIAGRAM_NONE;
        if (!group_live[k])
            continue;
        memmove(s->members + next, s->members + g.first, g.n * sizeof *s->members);
        g.first = next;
        next += g.n;
        s->groups[kept++] = g;
    }
    s->n_groups = kept;
}

void diagram_summarise(const cnkg_diagram *d, const diagram_selection *sel, size_t budget,
                       diagram_summary *s)
{
    memset(s, 0, sizeof *s);
    s->shown = cnkg_xcalloc(d->n_nodes + 1, 1);
    s->group = cnkg_xmalloc((d->n_nodes + 1) * sizeof *s->group);
    s->isolated = cnkg_xmalloc((sel->n_nodes + 1) * sizeof *s->isolated);
    size_t *deg = degrees(d, sel);
    for (size_t i = 0; i < d->n_nodes; i++) {
        s->group[i] = DIAGRAM_NONE;
        if (!sel->node[i])
            continue;
        if (deg[i] == 0)
            s->isolated[s->n_isolated++] = i;
        else
            s->shown[i] = 1;
    }
    /* Listed by class, then name. */
    size_t *cls = cnkg_xcalloc(d->n_nodes + 1, sizeof *cls);
    for (size_t i = 0; i < d->n_nodes; i++)
        cls[i] = (size_t)d->nodes[i].cls;
    sort_nodes(d, s->isolated, s->n_isolated, cls, by_key_then_label);
    free(cls);
    make_groups(d, sel, deg, s);
    unsigned char *group_live = cnkg_xcalloc(s->n_groups + 1, 1);
    keep_most_connected(d, sel, deg, budget, s, group_live);
    drop_stranded(d, sel, s, group_live);
    compact_groups(s, group_live);
    free(group_live);
    for (size_t i = 0; i < d->n_nodes; i++) {
        if (!sel->node[i] || deg[i] == 0)
            continue;
        if (s->shown[i])
            s->n_shown++;
        else if (s->group[i] != DIAGRAM_NONE)
            s->n_grouped++;
        else
            s->n_hidden++;
    }
    free(deg);
}

void diagram_summary_free(diagram_summary *s)
{
    free(s->shown);
    free(s->group);
    free(s->groups);
    free(s->members);
    free(s->isolated);
    memset(s, 0, sizeof *s);
}
