/* diagram_overview.c - the overview of a graph too large to draw whole, as
 * diagram_summary.c decided it: the entities kept, one node per group of
 * leaves listing their names, one edge per pair of drawn nodes naming every
 * relation between them (with a count when one relation links a group),
 * places as boxes as in the full picture, and the entities in no fact
 * listed in the legend. The title says that this is a summary and how to
 * see the rest. */
#include <stdlib.h>
#include <string.h>

#include "diagram_internal.h"
#include "diagram_style.h"

/* Lines of a list are cut near this many characters (CJK ones are as wide
 * as the font is high), so that a list node stays a block, not a strip. */
#define LIST_LINE_CHARS 14
#define LEGEND_LINE_CHARS 36
/* A group names at most this many members, the list of entities in no
 * fact this many of each class; then they say how many there are. */
#define GROUP_NAMES_MAX 40
#define LIST_NAMES_MAX 10

/* Appends names as a left-justified list, "、" between names, a new line
 * before a name that would pass width. */
static void append_names(cnkg_buf *b, const char *const *names, size_t n, size_t width)
{
    size_t line = 0;
    for (size_t k = 0; k < n; k++) {
        size_t len = cnkg_utf8_length(names[k]);
        if (k && line + 1 + len > width) {
            cnkg_buf_puts(b, "、\\l");
            line = 0;
        } else if (k) {
            cnkg_buf_puts(b, "、");
            line++;
        }
        diagram_label_append(b, names[k]);
        line += len;
    }
    cnkg_buf_puts(b, "\\l");
}

static void draw_entity(const cnkg_diagram *d, Agraph_t *g, size_t i, Agnode_t **node, int *present)
{
    const diagram_node *dn = &d->nodes[i];
    node[i] = agnode(g, dn->iri, 1);
    diagram_set_label(node[i], "label", diagram_node_label(dn));
    diagram_style_node(d, node[i], dn->cls);
    present[dn->cls] = 1;
}

/* "产业 18 个" over the names, in the members' class style. */
static Agnode_t *draw_group(const cnkg_diagram *d, const diagram_summary *s, Agraph_t *g, size_t k)
{
    const diagram_group *gr = &s->groups[k];
    char name[48];
    snprintf(name, sizeof name, "group:%zu", k);
    Agnode_t *n = agnode(g, name, 1);
    cnkg_buf b = {0};
    diagram_label_append(&b, diagram_class_label(d, gr->cls));
    cnkg_buf_printf(&b, " %zu 个\\n", gr->n);
    size_t shown = gr->n > GROUP_NAMES_MAX ? GROUP_NAMES_MAX : gr->n;
    const char **names = cnkg_xmalloc((shown + 1) * sizeof *names);
    for (size_t m = 0; m < shown; m++)
        names[m] = diagram_node_label(&d->nodes[s->members[gr->first + m]]);
    append_names(&b, names, shown, LIST_LINE_CHARS);
    if (shown < gr->n)
        cnkg_buf_printf(&b, "等 %zu 个\\l", gr->n);
    agsafeset(n, "label", b.data, "");
    diagram_style_node(d, n, gr->cls);
    /* A list is a card whatever the class's shape: ovals and houses
     * squeeze many lines. */
    agsafeset(n, "shape", "box", "");
    agsafeset(n, "style", "rounded,filled", "");
    free(names);
    cnkg_buf_free(&b);
    return n;
}

/* An edge between two drawn nodes, standing for every fact between what
 * they show. Ends are "units": node i is unit i, group k unit n_nodes + k. */
typedef struct merged {
    size_t from, to;                      /* as the first fact met goes */
    size_t count[CNKG_RELATION_COUNT][2]; /* [rel][0 along, 1 against] */
} merged;

static size_t unit_of(const cnkg_diagram *d, const diagram_summary *s, size_t i)
{
    if (s->shown[i])
        return i;
    return s->group[i] != DIAGRAM_NONE ? d->n_nodes + s->group[i] : DIAGRAM_NONE;
}

static void merged_label(const cnkg_diagram *d, const merged *m, cnkg_buf *b, int *both,
                         int *symmetric)
{
    *both = 0;
    *symmetric = 1;
    for (int dir = 0; dir < 2; dir++)
        for (int r = 0; r < CNKG_RELATION_COUNT; r++) {
            size_t n = m->count[r][dir];
            if (!n)
                continue;
            if (b->len)
                cnkg_buf_puts(b, "\\n");
            if (dir)
                *both = 1;
            if (!cnkg_relation_is_symmetric(d->names, (cnkg_relation)r))
                *symmetric = 0;
            diagram_label_append(b, diagram_relation_label(d, (cnkg_relation)r));
            if (n > 1)
                cnkg_buf_printf(b, " ×%zu", n);
        }
}

/* Draws the entities shown, then the groups, each by label (a group by
 * its first member's, the members being sorted); unit_rank[unit] is the
 * order drawn. */
static void draw_units(const cnkg_diagram *d, const diagram_summary *s, Agraph_t *g,
                       Agnode_t **unit_node, size_t *unit_rank, int *present)
{
    size_t n = 0, *order = cnkg_xmalloc((d->n_nodes + 1) * sizeof *order);
    for (size_t i = 0; i < d->n_nodes; i++)
        if (s->shown[i])
            order[n++] = i;
    diagram_nodes_sort(d, order, n);
    size_t rank = 0;
    for (size_t r = 0; r < n; r++) {
        draw_entity(d, g, order[r], unit_node, present);
        unit_rank[order[r]] = rank++;
    }
    /* groups by their first member: a node is in one group at most */
    size_t n_first = 0;
    for (size_t k = 0; k < s->n_groups; k++)
        order[n_first++] = s->members[s->groups[k].first];
    diagram_nodes_sort(d, order, n_first);
    for (size_t r = 0; r < n_first; r++) {
        size_t k = s->group[order[r]];
        unit_node[d->n_nodes + k] = draw_group(d, s, g, k);
        unit_rank[d->n_nodes + k] = rank++;
        present[s->groups[k].cls] = 1;
    }
    free(order);
}

typedef struct merged_rank {
    size_t a, b, k;
} merged_rank;

static int by_ranks(const void *x, const void *y)
{
    const merged_rank *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    if (p->b != q->b)
        return p->b < q->b ? -1 : 1;
    return 0;
}

static size_t draw_merged_edges(const cnkg_diagram *d, const diagram_selection *sel,
                                const diagram_summary *s, Agraph_t *g, Agnode_t **unit_node,
                                const size_t *unit_rank)
{
    cnkg_keyset index = {0};
    merged *m = cnkg_xmalloc((sel->n_edges + 1) * sizeof *m);
    size_t n = 0;
    for (size_t i = 0; i < d->n_edges; i++) {
        if (!sel->edge[i])
            continue;
        size_t u = unit_of(d, s, d->edges[i].from), w = unit_of(d, s, d->edges[i].to);
        if (u == DIAGRAM_NONE || w == DIAGRAM_NONE || u == w)
            continue;
        size_t key[2] = {u < w ? u : w, u < w ? w : u};
        int added;
        size_t k = *cnkg_keyset_insert(&index, cnkg_key_of(key, sizeof key), n, &added);
        if (added) {
            memset(&m[n], 0, sizeof m[n]);
            m[n].from = u;
            m[n++].to = w;
        }
        m[k].count[d->edges[i].rel][m[k].from == u ? 0 : 1]++;
    }
    /* made in the order of their ends' ranks, not of the file */
    merged_rank *by = cnkg_xmalloc((n + 1) * sizeof *by);
    for (size_t k = 0; k < n; k++) {
        size_t ra = unit_rank[m[k].from], rb = unit_rank[m[k].to];
        by[k] = (merged_rank){ra < rb ? ra : rb, ra < rb ? rb : ra, k};
    }
    if (n > 1)
        qsort(by, n, sizeof *by, by_ranks);
    cnkg_buf b = {0};
    for (size_t j = 0; j < n; j++) {
        size_t k = by[j].k;
        int both, symmetric;
        cnkg_buf_clear(&b);
        merged_label(d, &m[k], &b, &both, &symmetric);
        Agedge_t *e = agedge(g, unit_node[m[k].from], unit_node[m[k].to], NULL, 1);
        agsafeset(e, "label", b.data, "");
        if (symmetric)
            agsafeset(e, "dir", "none", "");
        else if (both)
            agsafeset(e, "dir", "both", "");
    }
    cnkg_buf_free(&b);
    cnkg_keyset_free(&index);
    free(by);
    free(m);
    return n;
}

/* The entities in no fact, by class, under the legend's samples. */
static void list_isolated(const cnkg_diagram *d, const diagram_summary *s, Agraph_t *g,
                          Agraph_t *legend)
{
    if (!s->n_isolated)
        return;
    if (!legend) {
        legend = agsubg(g, "cluster_legend", 1);
        agsafeset(legend, "label", "图例", "");
        agsafeset(legend, "style", "dashed", "");
    }
    Agnode_t *n = agnode(legend, "list:isolated", 1);
    cnkg_buf b = {0};
    cnkg_buf_printf(&b, "未连线的 %zu 个实体（未画出）：\\l", s->n_isolated);
    const char **names = cnkg_xmalloc((s->n_isolated + 1) * sizeof *names);
    for (size_t k = 0; k < s->n_isolated;) {
        cnkg_class cls = d->nodes[s->isolated[k]].cls;
        size_t n_names = 0, n_class = 0;
        for (; k < s->n_isolated && d->nodes[s->isolated[k]].cls == cls; k++, n_class++)
            if (n_names < LIST_NAMES_MAX)
                names[n_names++] = diagram_node_label(&d->nodes[s->isolated[k]]);
        diagram_label_append(&b, diagram_class_label(d, cls));
        cnkg_buf_puts(&b, "：");
        if (n_names < n_class) {
            /* The count goes with the last name: "…、巴西等 25 个". */
            cnkg_buf tail = {0};
            cnkg_buf_printf(&tail, "%s等 %zu 个", names[n_names - 1], n_class);
            names[n_names - 1] = tail.data;
            append_names(&b, names, n_names, LEGEND_LINE_CHARS);
            cnkg_buf_free(&tail);
        } else
            append_names(&b, names, n_names, LEGEND_LINE_CHARS);
    }
    agsafeset(n, "label", b.data, "");
    agsafeset(n, "shape", "box", "");
    agsafeset(n, "style", "rounded", "");
    free(names);
    cnkg_buf_free(&b);
}

static void set_title(const diagram_selection *sel, const diagram_summary *s, Agraph_t *g)
{
    cnkg_buf b = {0};
    cnkg_buf_printf(&b,
                    "概览（摘要图）：%zu 个实体、%zu 条关系，画出 %zu 个实体和 %zu 组\\n"
                    "（同一实体下同类的末端实体合为一组）",
                    sel->n_nodes, sel->n_edges, s->n_shown, s->n_groups);
    if (s->n_hidden)
        cnkg_buf_printf(&b, "，另有 %zu 个连接较少的实体未画出", s->n_hidden);
    if (s->n_isolated)
        cnkg_buf_printf(&b, "；未连线的 %zu 个实体列在图例中", s->n_isolated);
    cnkg_buf_puts(&b, "\\n用 --all 画出全部，--focus 名称 看一个实体周边，--article N 看一篇文章");
    agsafeset(g, "label", b.data, "");
    cnkg_buf_free(&b);
}

size_t diagram_overview_build(const cnkg_diagram *d, const diagram_selection *sel, Agraph_t *g,
                              size_t budget, cnkg_render_report *r)
{
    /* Closer than Graphviz's defaults (0.5 and 0.25 inch): the overview's
     * nodes are few and its labels short. */
    agsafeset(g, "ranksep", "0.3", "");
    agsafeset(g, "nodesep", "0.18", "");
    diagram_summary s;
    diagram_summarise(d, sel, budget, &s);
    int present[CNKG_CLASS_COUNT] = {0};
    Agnode_t **unit_node = cnkg_xcalloc(d->n_nodes + s.n_groups + 1, sizeof *unit_node);
    /* Graphviz lays out in the order things are made: entities and
     * groups are made by label, edges by their ends' rank, so that the
     * picture (and whether it fits) does not depend on the file's order */
    size_t *unit_rank = cnkg_xmalloc((d->n_nodes + s.n_groups + 1) * sizeof *unit_rank);
    draw_units(d, &s, g, unit_node, unit_rank, present);

    /* Boxes from the facts between entities drawn as themselves. */
    diagram_selection boxed = *sel;
    boxed.node = s.shown;
    boxed.edge = cnkg_xcalloc(d->n_edges + 1, 1);
    for (size_t i = 0; i < d->n_edges; i++)
        boxed.edge[i] = sel->edge[i] && s.shown[d->edges[i].from] && s.shown[d->edges[i].to];
    Agraph_t **boxes = cnkg_xcalloc(d->n_nodes + 1, sizeof *boxes);
    /* No shared box for industries: Graphviz 2.42's dot (with newrank)
     * draws the labels of edges converging on such a box over each other,
     * and most industries are in groups here anyway. */
    r->clusters = diagram_cluster(d, &boxed, g, unit_node, boxes, 0);
    /* A group of things located in a drawn box goes into it. */
    for (size_t k = 0; k < s.n_groups; k++) {
        const diagram_group *gr = &s.groups[k];
        if (gr->rel == CNKG_LOCATED_IN && !gr->outward && boxes[gr->parent])
            agsubnode(boxes[gr->parent], unit_node[d->n_nodes + k], 1);
    }
    r->edges = draw_merged_edges(d, sel, &s, g, unit_node, unit_rank);
    r->nodes = s.n_shown + s.n_groups;
    r->grouped = s.n_grouped;
    r->hidden = s.n_hidden;
    r->isolated = s.n_isolated;
    list_isolated(d, &s, g, diagram_draw_legend(d, g, present));
    set_title(sel, &s, g);
    free(boxes);
    free(boxed.edge);
    free(unit_node);
    free(unit_rank);
    diagram_summary_free(&s);
    return r->clusters;
}
