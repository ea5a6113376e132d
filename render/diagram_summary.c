/* diagram_summary.c - what is drawn instead of a graph too large to read:
 * one node per class with its count, the relations between classes with
 * theirs, and the most connected entities with the facts among them. */
#include <stdlib.h>
#include <string.h>

#include "diagram_internal.h"
#include "diagram_style.h"

#define TOP_NODES 20

typedef struct ranked {
    size_t node, degree;
    const char *label;
} ranked;

static int by_degree(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->degree != y->degree)
        return x->degree < y->degree ? 1 : -1;
    return strcmp(x->label, y->label);
}

static void class_node_name(cnkg_class cls, char *out, size_t n)
{
    snprintf(out, n, "class:%s", cnkg_class_name(cls));
}

static void draw_classes(const cnkg_diagram *d, const diagram_selection *sel, Agraph_t *g)
{
    size_t count[CNKG_CLASS_COUNT] = {0};
    for (size_t i = 0; i < d->n_nodes; i++)
        if (sel->node[i])
            count[d->nodes[i].cls]++;
    cnkg_buf b = {0};
    cnkg_buf_printf(&b, "按类别：%zu 个实体，%zu 条关系", sel->n_nodes, sel->n_edges);
    Agraph_t *box = agsubg(g, "cluster_classes", 1);
    diagram_set_label(box, "label", b.data);
    agsafeset(box, "style", "rounded", "");
    for (int c = 0; c < CNKG_CLASS_COUNT; c++) {
        if (!count[c])
            continue;
        char name[64];
        class_node_name((cnkg_class)c, name, sizeof name);
        Agnode_t *n = agnode(box, name, 1);
        cnkg_buf_clear(&b);
        cnkg_buf_printf(&b, "%s\n%zu", diagram_class_label(d->onto, (cnkg_class)c), count[c]);
        agsafeset(n, "label", b.data, "");
        diagram_style_node(d, n, (cnkg_class)c);
    }
    cnkg_buf_free(&b);
}

/* Class to class, one edge per relation, labelled with how many facts. */
static void draw_class_relations(const cnkg_diagram *d, const diagram_selection *sel, Agraph_t *g)
{
    enum { C = CNKG_CLASS_COUNT, R = CNKG_RELATION_COUNT };
    size_t *count = cnkg_xcalloc((size_t)C * R * C, sizeof *count);
    for (size_t i = 0; i < d->n_edges; i++) {
        const diagram_edge *e = &d->edges[i];
        if (sel->edge[i])
            count[((size_t)d->nodes[e->from].cls * R + e->rel) * C + d->nodes[e->to].cls]++;
    }
    for (size_t k = 0; k < (size_t)C * R * C; k++) {
        if (!count[k])
            continue;
        cnkg_class from = (cnkg_class)(k / (R * C)), to = (cnkg_class)(k % C);
        cnkg_relation rel = (cnkg_relation)(k / C % R);
        char a[64], b[64], label[128];
        class_node_name(from, a, sizeof a);
        class_node_name(to, b, sizeof b);
        Agedge_t *e = agedge(g, agnode(g, a, 1), agnode(g, b, 1), NULL, 1);
        snprintf(label, sizeof label, "%s ×%zu", diagram_relation_label(d->onto, rel), count[k]);
        agsafeset(e, "label", label, "");
        agsafeset(e, "color", "#666666", "");
    }
    free(count);
}

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

static void draw_top(const cnkg_diagram *d, const diagram_selection *sel, Agraph_t *g)
{
    size_t *deg = degrees(d, sel);
    ranked *r = cnkg_xmalloc((sel->n_nodes + 1) * sizeof *r);
    size_t n = 0;
    for (size_t i = 0; i < d->n_nodes; i++)
        if (sel->node[i])
            r[n++] = (ranked){i, deg[i], diagram_node_label(&d->nodes[i])};
    qsort(r, n, sizeof *r, by_degree);
    if (n > TOP_NODES)
        n = TOP_NODES;
    Agraph_t *box = agsubg(g, "cluster_top", 1);
    char title[64];
    snprintf(title, sizeof title, "连接最多的 %zu 个实体", n);
    agsafeset(box, "label", title, "");
    agsafeset(box, "style", "rounded", "");
    Agnode_t **drawn = cnkg_xcalloc(d->n_nodes + 1, sizeof *drawn);
    cnkg_buf b = {0};
    for (size_t k = 0; k < n; k++) {
        const diagram_node *dn = &d->nodes[r[k].node];
        Agnode_t *node = agnode(box, dn->iri, 1);
        cnkg_buf_clear(&b);
        cnkg_buf_printf(&b, "%s (%zu)", r[k].label, r[k].degree);
        diagram_set_label(node, "label", b.data);
        diagram_style_node(d, node, dn->cls);
        drawn[r[k].node] = node;
        /* Rows of five rather than one tall column. */
        if (k % 5) {
            Agedge_t *row = agedge(g, drawn[r[k - 1].node], node, NULL, 1);
            agsafeset(row, "style", "invis", "");
        }
    }
    cnkg_buf_free(&b);
    for (size_t i = 0; i < d->n_edges; i++) {
        const diagram_edge *de = &d->edges[i];
        if (!sel->edge[i] || !drawn[de->from] || !drawn[de->to])
            continue;
        Agedge_t *e = agedge(g, drawn[de->from], drawn[de->to], NULL, 1);
        diagram_set_label(e, "label", diagram_relation_label(d->onto, de->rel));
    }
    free(drawn);
    free(r);
    free(deg);
}

void diagram_summary_build(const cnkg_diagram *d, const diagram_selection *sel, Agraph_t *g,
                           size_t max_nodes)
{
    cnkg_buf b = {0};
    cnkg_buf_printf(&b,
                    "概览：图中有 %zu 个节点，超过 %zu 个，无法清晰绘制。"
                    "用 --focus、--class 或 --article 缩小范围。",
                    sel->n_nodes + sel->n_articles, max_nodes);
    diagram_set_label(g, "label", b.data);
    cnkg_buf_free(&b);
    draw_classes(d, sel, g);
    draw_class_relations(d, sel, g);
    draw_top(d, sel, g);
}
