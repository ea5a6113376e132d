/* diagram_draw.c - a view of the diagram drawn with Graphviz's libraries
 * (no `dot` process): the selection laid out as the full picture, or as an
 * overview when it is too large, and rendered to the caller's file. What
 * every picture puts into the graph alike is in diagram_graphviz.c. */
#include <errno.h>
#include <gvc.h>
#include <stdlib.h>
#include <string.h>

#include "diagram_internal.h"
#include "diagram_style.h"

/* Past this many nodes "dot" takes too long and "sfdp" reads better. */
#define DOT_MAX_NODES 300
/* An overview is drawn again with fewer nodes until it fits two screens of
 * 1920 x 1080 stacked, within a few tries: each costs a layout. In
 * pixels of the laid-out box; PNG adds 4 points (5 px) of padding around. */
#define FIT_WIDTH_PX 1908
#define FIT_HEIGHT_PX 2148
#define FIT_TRIES 6
#define FIT_MIN_NODES 12
/* The same box in inches, as Graphviz's size: when the fewest nodes still
 * do not fit (a long chain of wide lists), the picture is scaled down into
 * it rather than spill off the screen. */
#define FIT_SIZE_IN "19.875,22.375"

/* Tooltip: every name the entity went by. */
static void set_tooltip(Agnode_t *n, const diagram_node *dn)
{
    cnkg_buf b = {0};
    for (size_t i = 0; i < dn->n_labels; i++) {
        if (i)
            cnkg_buf_puts(&b, " / ");
        cnkg_buf_puts(&b, dn->labels[i]);
    }
    diagram_set_label(n, "tooltip", b.data ? b.data : dn->iri);
    cnkg_buf_free(&b);
}

static size_t draw_nodes(const cnkg_diagram *d, const diagram_selection *sel, Agraph_t *g,
                         Agnode_t **drawn, int *present)
{
    size_t shown = 0;
    for (size_t i = 0; i < d->n_nodes; i++) {
        const diagram_node *dn = &d->nodes[i];
        if (!sel->node[i])
            continue;
        drawn[i] = agnode(g, dn->iri, 1);
        diagram_set_label(drawn[i], "label", diagram_node_label(dn));
        set_tooltip(drawn[i], dn);
        diagram_style_node(d, drawn[i], dn->cls);
        present[dn->cls] = 1;
        shown++;
    }
    return shown;
}

/* In a large picture a label per edge costs more time than it is worth
 * (nobody reads ten thousand of them): the relation is then only shown
 * when hovering in SVG. */
static size_t draw_edges(const cnkg_diagram *d, const diagram_selection *sel, Agraph_t *g,
                         Agnode_t **drawn, int big)
{
    size_t shown = 0;
    for (size_t i = 0; i < d->n_edges; i++) {
        const diagram_edge *de = &d->edges[i];
        if (!sel->edge[i] || !drawn[de->from] || !drawn[de->to])
            continue;
        Agedge_t *e = agedge(g, drawn[de->from], drawn[de->to], NULL, 1);
        diagram_set_label(e, big ? "tooltip" : "label", diagram_relation_label(d, de->rel));
        if (cnkg_relation_is_symmetric(d->names, de->rel))
            agsafeset(e, "dir", "none", "");
        shown++;
    }
    return shown;
}

/* --show-articles: each article, and a dashed line to what it mentions. */
static size_t draw_articles(const cnkg_diagram *d, const diagram_selection *sel, Agraph_t *g,
                            Agnode_t **drawn)
{
    size_t shown = 0;
    Agnode_t **art = cnkg_xcalloc(d->n_articles + 1, sizeof *art);
    size_t n_order, *order = diagram_article_order(d, &n_order);
    for (size_t k = 0; k < n_order; k++) {
        size_t i = order[k], number = k + 1;
        if (!sel->article[i])
            continue;
        art[i] = agnode(g, d->articles[i].iri, 1);
        cnkg_buf b = {0};
        cnkg_buf_printf(&b, "文章 %zu", number);
        if (d->articles[i].headline && *d->articles[i].headline)
            cnkg_buf_printf(&b, "：%s", d->articles[i].headline);
        diagram_set_label(art[i], "label", b.data);
        cnkg_buf_free(&b);
        agsafeset(art[i], "shape", "note", "");
        agsafeset(art[i], "fillcolor", "#eeeeee", "");
        shown++;
    }
    for (size_t i = 0; i < d->n_mentions; i++) {
        const diagram_mention *m = &d->mentions[i];
        if (!art[m->article] || !drawn[m->node])
            continue;
        Agedge_t *e = agedge(g, art[m->article], drawn[m->node], NULL, 1);
        agsafeset(e, "label", "提及", "");
        agsafeset(e, "style", "dashed", "");
        agsafeset(e, "color", "#999999", "");
    }
    free(order);
    free(art);
    return shown;
}

/* A title saying which part of the graph this is. */
static void set_title(const cnkg_diagram *d, const cnkg_render_view *v, Agraph_t *g)
{
    cnkg_buf b = {0};
    if (v->focus)
        cnkg_buf_printf(&b, "%s 周边 %u 层", v->focus, v->depth ? v->depth : 1);
    if (v->article) {
        const char *h = cnkg_render_diagram_article_headline(d, v->article);
        cnkg_buf_printf(&b, "%s文章 %zu%s%s", b.len ? " · " : "", v->article, h && *h ? "：" : "",
                        h ? h : "");
    }
    if (b.len)
        diagram_set_label(g, "label", b.data);
    cnkg_buf_free(&b);
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
static int graphviz_failed(cnkg_error *err, const char *what)
{
    char *msg = aglasterr();
    size_t n = msg ? strlen(msg) : 0;
    while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        msg[--n] = '\0';
    cnkg_error_set(err, "cannot %s the diagram%s%s", what, n ? ": " : "", n ? msg : "");
    free(msg);
    return -1;
}

static const char *choose_layout(const cnkg_render_view *v, size_t nodes, int summarised)
{
    if (v->layout && *v->layout)
        return v->layout;
    return summarised || nodes <= DOT_MAX_NODES ? "dot" : "sfdp";
}

/* Only dot and fdp draw clusters; the others would ignore them. */
static int layout_clusters(const char *layout)
{
    return strcmp(layout, "dot") == 0 || strcmp(layout, "fdp") == 0;
}

static void build_full(const cnkg_diagram *d, const cnkg_render_view *v,
                       const diagram_selection *sel, Agraph_t *g, const char *layout,
                       cnkg_render_report *r)
{
    int present[CNKG_CLASS_COUNT] = {0};
    Agnode_t **drawn = cnkg_xcalloc(d->n_nodes + 1, sizeof *drawn);
    r->nodes = draw_nodes(d, sel, g, drawn, present);
    r->edges = draw_edges(d, sel, g, drawn, r->selected_nodes > DOT_MAX_NODES);
    r->nodes += draw_articles(d, sel, g, drawn);
    if (layout_clusters(layout))
        r->clusters = diagram_cluster(d, sel, g, drawn, NULL, 1);
    diagram_draw_legend(d, g, present);
    set_title(d, v, g);
    free(drawn);
}

/* Renders g, laid out, and frees its layout. */
static int render_laid_out(Agraph_t *g, const char *format, FILE *fp, cnkg_error *err)
{
    GVC_t *gvc = graphviz_context();
    int rc = 0;
    if (gvRender(gvc, g, format, fp) != 0)
        rc = graphviz_failed(err, "render");
    gvFreeLayout(gvc, g);
    if (rc == 0 && (fflush(fp) != 0 || ferror(fp)))
        rc = cnkg_error_set(err, "cannot write the diagram: %s", strerror(errno));
    return rc;
}

/* Whether a laid-out graph fits FIT_WIDTH_PX x FIT_HEIGHT_PX at the 96 dpi
 * Graphviz draws PNG at (its bounding box is in points). */
static int fits_screens(Agraph_t *g)
{
    /* gvLayout writes it "x0 y0 x1 y1"; the DOT writer later with commas. */
    const char *bb = agget(g, "bb");
    double x0, y0, x1, y1;
    if (!bb || (sscanf(bb, "%lf %lf %lf %lf", &x0, &y0, &x1, &y1) != 4 &&
                sscanf(bb, "%lf,%lf,%lf,%lf", &x0, &y0, &x1, &y1) != 4))
        return 1;
    return (x1 - x0) * 96 / 72 <= FIT_WIDTH_PX && (y1 - y0) * 96 / 72 <= FIT_HEIGHT_PX;
}

/* The graph of the view, laid out: the full picture, or an overview of at
 * most max_nodes nodes, with fewer while that does not fit two screens. */
static Agraph_t *build_and_lay_out(const cnkg_diagram *d, const cnkg_render_view *v,
                                   const diagram_selection *sel, size_t max_nodes,
                                   cnkg_render_report *r, cnkg_error *err)
{
    GVC_t *gvc = graphviz_context();
    size_t budget = max_nodes;
    for (int attempt = 1;; attempt++) {
        Agraph_t *g = diagram_graph_open("cnkg");
        diagram_set_defaults(g, !r->summarised && r->selected_nodes > DOT_MAX_NODES);
        if (r->summarised) {
            agattr(g, AGRAPH, "size", FIT_SIZE_IN);
            diagram_overview_build(d, sel, g, budget, r);
        } else
            build_full(d, v, sel, g, r->layout, r);
        if (gvLayout(gvc, g, r->layout) != 0) {
            graphviz_failed(err, "lay out");
            agclose(g);
            return NULL;
        }
        if (!r->summarised || attempt == FIT_TRIES || budget <= FIT_MIN_NODES || fits_screens(g))
            return g;
        gvFreeLayout(gvc, g);
        agclose(g);
        budget = budget * 5 / 6 > FIT_MIN_NODES ? budget * 5 / 6 : FIT_MIN_NODES;
    }
}

int cnkg_render_diagram_draw(cnkg_diagram *d, FILE *fp, const char *format,
                             const cnkg_render_view *view, cnkg_render_report *report,
                             cnkg_error *err)
{
    static const cnkg_render_view all = {0};
    const cnkg_render_view *v = view ? view : &all;
    cnkg_render_report r = {0};
    if (!format || !format_known(format))
        return cnkg_error_set(err, "unknown diagram format %s (svg, png, pdf or dot)",
                              format ? format : "(none)");
    diagram_selection sel;
    if (diagram_select(d, v, &sel, err) != 0)
        return -1;
    size_t max_nodes = v->max_nodes ? v->max_nodes : CNKG_RENDER_MAX_NODES;
    r.selected_nodes = sel.n_nodes + sel.n_articles;
    r.selected_edges = sel.n_edges;
    r.summarised = !v->all && r.selected_nodes > max_nodes;
    r.layout = choose_layout(v, r.selected_nodes, r.summarised);

    agerrlevel_t old_level = agseterr(AGMAX);
    Agraph_t *g = build_and_lay_out(d, v, &sel, max_nodes, &r, err);
    int rc = g ? render_laid_out(g, format, fp, err) : -1;
    if (g)
        agclose(g);
    agseterr(old_level);
    diagram_selection_free(&sel);
    if (report)
        *report = r;
    return rc;
}

/* gvRenderFilename reports a file it cannot open only on stderr and still
 * returns 0, so the file is opened here and handed to gvRender. */
int cnkg_render_diagram_write(cnkg_diagram *d, const char *path, const char *format,
                              cnkg_error *err)
{
    if (!format)
        format = format_of_path(path);
    if (!format || !format_known(format))
        return cnkg_error_set(err, "%s: unknown diagram format %s (svg, png, pdf or dot)", path,
                              format ? format : "(from extension)");
    FILE *fp = fopen(path, "wb");
    if (!fp)
        return cnkg_error_set(err, "%s: %s", path, strerror(errno));
    cnkg_error inner = {{0}};
    int rc = cnkg_render_diagram_draw(d, fp, format, NULL, NULL, &inner);
    if (fclose(fp) != 0 && rc == 0)
        rc = cnkg_error_set(&inner, "%s", strerror(errno));
    if (rc != 0)
        cnkg_error_set(err, "%s: %s", path, inner.message);
    return rc;
}
