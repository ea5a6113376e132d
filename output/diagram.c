/* diagram.c - entities and facts of many articles, merged by IRI, drawn
 * once with Graphviz's libraries (no `dot` process).
 *
 * Only what the reader came for is drawn: entities in at least one fact,
 * and entities of the headline classes. Labels go in as plain strings
 * (agsafeset), escaped for Graphviz's own label syntax only; cgraph and the
 * renderers then quote them for DOT and SVG. */
#include <errno.h>
#include <gvc.h>
#include <stdlib.h>
#include <string.h>

#include "cnkg_output.h"
#include "diagram_style.h"
#include "keyset.h"

/* Past this many nodes "dot" takes too long and "sfdp" reads better. */
#define DOT_MAX_NODES 300
#define FONT "Noto Sans CJK SC"

typedef struct diagram_node {
    char *iri;
    cnkg_class cls;
    char **labels; /* canonical label first, then every other form seen */
    size_t n_labels;
    int in_fact;
    Agnode_t *drawn; /* during cnkg_diagram_write only */
} diagram_node;

typedef struct diagram_edge {
    size_t from, to;
    cnkg_relation rel;
} diagram_edge;

struct cnkg_diagram {
    const cnkg_ontology *onto;
    diagram_node *nodes;
    size_t n_nodes, cap_nodes;
    diagram_edge *edges;
    size_t n_edges, cap_edges;
    cnkg_keyset node_index; /* IRI -> node */
    cnkg_keyset edge_index; /* (from, relation, to) -> edge */
};

cnkg_diagram *cnkg_diagram_new(const cnkg_ontology *onto)
{
    cnkg_diagram *d = cnkg_xcalloc(1, sizeof *d);
    d->onto = onto;
    return d;
}

void cnkg_diagram_free(cnkg_diagram *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->n_nodes; i++) {
        for (size_t k = 0; k < d->nodes[i].n_labels; k++)
            free(d->nodes[i].labels[k]);
        free(d->nodes[i].labels);
        free(d->nodes[i].iri);
    }
    free(d->nodes);
    free(d->edges);
    cnkg_keyset_free(&d->node_index);
    cnkg_keyset_free(&d->edge_index);
    free(d);
}

static void node_add_label(diagram_node *n, const char *label)
{
    if (!label || !*label)
        return;
    for (size_t i = 0; i < n->n_labels; i++)
        if (strcmp(n->labels[i], label) == 0)
            return;
    n->labels = cnkg_xrealloc(n->labels, (n->n_labels + 1) * sizeof *n->labels);
    n->labels[n->n_labels++] = cnkg_xstrdup(label);
}

static size_t node_of(cnkg_diagram *d, const cnkg_entity *e)
{
    char *iri = cnkg_iri_entity(e);
    int added;
    size_t *slot =
        cnkg_keyset_insert(&d->node_index, cnkg_key_of(iri, strlen(iri)), d->n_nodes, &added);
    size_t i = *slot;
    if (!added) {
        free(iri);
    } else {
        if (d->n_nodes == d->cap_nodes) {
            d->cap_nodes = d->cap_nodes ? d->cap_nodes * 2 : 64;
            d->nodes = cnkg_xrealloc(d->nodes, d->cap_nodes * sizeof *d->nodes);
        }
        d->nodes[i] = (diagram_node){.iri = iri, .cls = e->cls};
        d->n_nodes++;
    }
    node_add_label(&d->nodes[i], e->label);
    for (size_t k = 0; k < e->n_aliases; k++)
        node_add_label(&d->nodes[i], e->aliases[k]);
    return i;
}

static void edge_add(cnkg_diagram *d, size_t from, cnkg_relation rel, size_t to)
{
    /* A symmetric relation is one edge whichever way an article said it;
     * order its ends by IRI, which does not depend on arrival order. */
    if (cnkg_relation_is_symmetric(rel) && strcmp(d->nodes[from].iri, d->nodes[to].iri) > 0) {
        size_t t = from;
        from = to;
        to = t;
    }
    size_t key[3] = {from, (size_t)rel, to};
    int added;
    cnkg_keyset_insert(&d->edge_index, cnkg_key_of(key, sizeof key), d->n_edges, &added);
    if (!added)
        return;
    if (d->n_edges == d->cap_edges) {
        d->cap_edges = d->cap_edges ? d->cap_edges * 2 : 64;
        d->edges = cnkg_xrealloc(d->edges, d->cap_edges * sizeof *d->edges);
    }
    d->edges[d->n_edges++] = (diagram_edge){from, to, rel};
    d->nodes[from].in_fact = d->nodes[to].in_fact = 1;
}

void cnkg_diagram_add_article(cnkg_diagram *d, const cnkg_article *a)
{
    size_t *node = cnkg_xcalloc(a->n_entities + 1, sizeof *node);
    for (size_t i = 0; i < a->n_entities; i++)
        node[i] = node_of(d, &a->entities[i]);
    for (size_t i = 0; i < a->n_facts; i++) {
        const cnkg_fact *f = &a->facts[i];
        if (f->subject < a->n_entities && f->object < a->n_entities &&
            node[f->subject] != node[f->object] && cnkg_relation_name(f->relation))
            edge_add(d, node[f->subject], f->relation, node[f->object]);
    }
    free(node);
}

/* --- drawing ------------------------------------------------------------ */

/* Graphviz reads backslash escapes (\N, \n, \l ...) and HTML entities in
 * plain labels; double the one and encode the other so that a label is
 * shown as written. Controls would break lines, so they become spaces. */
static char *label_text(const char *s)
{
    cnkg_buf b = {0};
    cnkg_buf_append(&b, "", 0);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '\\')
            cnkg_buf_puts(&b, "\\\\");
        else if (c == '&')
            cnkg_buf_puts(&b, "&amp;");
        else if (c < 0x20 || c == 0x7F)
            cnkg_buf_putc(&b, ' ');
        else
            cnkg_buf_putc(&b, (char)c);
    }
    return cnkg_buf_detach(&b);
}

static void set_label(void *obj, const char *attr, const char *text)
{
    char *safe = label_text(text);
    agsafeset(obj, (char *)attr, safe, "");
    free(safe);
}

static void style_node(const cnkg_diagram *d, Agnode_t *n, cnkg_class cls)
{
    agsafeset(n, "shape", (char *)cnkg_diagram_class_shape(d->onto, cls), "");
    agsafeset(n, "fillcolor", (char *)cnkg_diagram_class_colour(d->onto, cls), "");
}

static int node_shown(const diagram_node *n)
{
    return n->in_fact || cnkg_diagram_class_is_headline(n->cls);
}

static void set_defaults(Agraph_t *g, int big)
{
    agattr(g, AGRAPH, "fontname", FONT);
    agattr(g, AGRAPH, "rankdir", "LR");
    agattr(g, AGRAPH, "overlap", big ? "prism" : "true");
    agattr(g, AGRAPH, "label", "");
    agattr(g, AGNODE, "fontname", FONT);
    agattr(g, AGNODE, "style", "filled");
    agattr(g, AGNODE, "shape", "box");
    agattr(g, AGNODE, "fillcolor", "white");
    agattr(g, AGNODE, "label", "\\N");
    agattr(g, AGNODE, "tooltip", "");
    agattr(g, AGEDGE, "fontname", FONT);
    agattr(g, AGEDGE, "fontsize", "10");
    agattr(g, AGEDGE, "label", "");
    agattr(g, AGEDGE, "dir", "forward");
}

/* Tooltip: every name the entity went by. */
static void set_tooltip(Agnode_t *n, const diagram_node *dn)
{
    cnkg_buf b = {0};
    for (size_t i = 0; i < dn->n_labels; i++) {
        if (i)
            cnkg_buf_puts(&b, " / ");
        cnkg_buf_puts(&b, dn->labels[i]);
    }
    set_label(n, "tooltip", b.data ? b.data : "");
    cnkg_buf_free(&b);
}

static size_t draw_nodes(cnkg_diagram *d, Agraph_t *g, int *present)
{
    size_t shown = 0;
    for (size_t i = 0; i < d->n_nodes; i++) {
        diagram_node *dn = &d->nodes[i];
        dn->drawn = NULL;
        if (!node_shown(dn))
            continue;
        dn->drawn = agnode(g, dn->iri, 1);
        set_label(dn->drawn, "label", dn->n_labels ? dn->labels[0] : dn->iri);
        set_tooltip(dn->drawn, dn);
        style_node(d, dn->drawn, dn->cls);
        if (dn->cls >= 0 && dn->cls < CNKG_CLASS_COUNT)
            present[dn->cls] = 1;
        shown++;
    }
    return shown;
}

static void draw_edges(cnkg_diagram *d, Agraph_t *g)
{
    for (size_t i = 0; i < d->n_edges; i++) {
        const diagram_edge *de = &d->edges[i];
        Agnode_t *t = d->nodes[de->from].drawn, *h = d->nodes[de->to].drawn;
        if (!t || !h)
            continue;
        Agedge_t *e = agedge(g, t, h, NULL, 1);
        set_label(e, "label", cnkg_diagram_relation_label(d->onto, de->rel));
        if (cnkg_relation_is_symmetric(de->rel))
            agsafeset(e, "dir", "none", "");
    }
}

/* A legend as a cluster: one sample node per class that is drawn. */
static void draw_legend(cnkg_diagram *d, Agraph_t *g, const int *present)
{
    Agraph_t *legend = NULL;
    for (int c = 0; c < CNKG_CLASS_COUNT; c++) {
        if (!present[c])
            continue;
        if (!legend) {
            legend = agsubg(g, "cluster_legend", 1);
            agsafeset(legend, "label", "图例", "");
            agsafeset(legend, "style", "dashed", "");
        }
        char name[64];
        snprintf(name, sizeof name, "legend:%s", cnkg_class_name((cnkg_class)c));
        Agnode_t *n = agnode(legend, name, 1);
        set_label(n, "label", cnkg_diagram_class_label(d->onto, (cnkg_class)c));
        style_node(d, n, (cnkg_class)c);
    }
}

static const char *format_of_path(const char *path)
{
    const char *dot = strrchr(path, '.');
    if (!dot)
        return NULL;
    static const char *const known[] = {"svg", "png", "pdf", "dot"};
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcmp(dot + 1, known[i]) == 0)
            return known[i];
    return strcmp(dot + 1, "gv") == 0 ? "dot" : NULL;
}

static int format_known(const char *format)
{
    return strcmp(format, "svg") == 0 || strcmp(format, "png") == 0 || strcmp(format, "pdf") == 0 ||
           strcmp(format, "dot") == 0;
}

/* One Graphviz context for the whole process, never freed. Graphviz 2.43's
 * pango text layout caches a pointer to the last font name, which lives in
 * the context that measured it: once a context is freed, the next one reads
 * freed memory. Sharing one context is the only way around that. */
static GVC_t *graphviz_context(void)
{
    static GVC_t *gvc;
    if (!gvc)
        gvc = gvContext();
    return gvc;
}

/* Graphviz reports through a process-wide error channel; hold its messages
 * back during our call and hand the last one to the caller instead. */
static int graphviz_failed(cnkg_error *err, const char *what, const char *path)
{
    char *msg = aglasterr();
    size_t n = msg ? strlen(msg) : 0;
    while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        msg[--n] = '\0';
    cnkg_error_set(err, "%s: cannot %s the diagram%s%s", path, what, n ? ": " : "", n ? msg : "");
    free(msg);
    return -1;
}

/* gvRenderFilename reports a file it cannot open only on stderr and still
 * returns 0, so the file is opened here and handed to gvRender. */
static int render(GVC_t *gvc, Agraph_t *g, const char *format, const char *path, cnkg_error *err)
{
    FILE *fp = fopen(path, "wb");
    if (!fp)
        return cnkg_error_set(err, "%s: %s", path, strerror(errno));
    int rc = 0;
    if (gvRender(gvc, g, format, fp) != 0)
        rc = graphviz_failed(err, "render", path);
    if (fclose(fp) != 0 && rc == 0)
        rc = cnkg_error_set(err, "%s: %s", path, strerror(errno));
    return rc;
}

int cnkg_diagram_write(cnkg_diagram *d, const char *path, const char *format, cnkg_error *err)
{
    if (!format)
        format = format_of_path(path);
    if (!format || !format_known(format))
        return cnkg_error_set(err, "%s: unknown diagram format %s (svg, png, pdf or dot)", path,
                              format ? format : "(from extension)");
    int present[CNKG_CLASS_COUNT] = {0};
    size_t shown = 0;
    for (size_t i = 0; i < d->n_nodes; i++)
        shown += node_shown(&d->nodes[i]);
    int big = shown > DOT_MAX_NODES;

    agerrlevel_t old_level = agseterr(AGMAX);
    Agraph_t *g = agopen("cnkg", Agdirected, NULL);
    set_defaults(g, big);
    draw_nodes(d, g, present);
    draw_edges(d, g);
    draw_legend(d, g, present);

    int rc = 0;
    GVC_t *gvc = graphviz_context();
    if (gvLayout(gvc, g, big ? "sfdp" : "dot") != 0) {
        rc = graphviz_failed(err, "lay out", path);
    } else {
        rc = render(gvc, g, format, path, err);
        gvFreeLayout(gvc, g);
    }
    agclose(g);
    agseterr(old_level);
    for (size_t i = 0; i < d->n_nodes; i++)
        d->nodes[i].drawn = NULL;
    return rc;
}
