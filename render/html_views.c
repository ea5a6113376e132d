/* html_views.c - the pictures an HTML view switches between: the
 * overview the caller asked for, one per article and one per connected
 * entity's neighbourhood, each drawn as an SVG in memory by the same
 * renderer as `-o FILE.svg`. A browser cannot lay out a graph offline
 * without a layout engine in JavaScript, so every view it may show is
 * drawn here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html_internal.h"

typedef struct ranked {
    size_t node, degree;
    const char *label, *iri;
} ranked;

static int by_degree(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->degree != y->degree)
        return x->degree < y->degree ? 1 : -1;
    int by_label = strcmp(x->label, y->label);
    /* Two entities may share a label (two 朝阳区): the IRI keeps the
     * order, and so the views past the cap, the same on every run. */
    return by_label ? by_label : strcmp(x->iri, y->iri);
}

/* The view drawn as SVG, without the XML declaration and doctype that
 * cannot stand inside HTML. */
static int draw_svg(cnkg_diagram *d, const cnkg_render_view *v, char **svg,
                    cnkg_render_report *report, cnkg_error *err)
{
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (!mem)
        return cnkg_error_set(err, "cannot draw the HTML view's pictures: out of memory");
    int rc = cnkg_render_diagram_draw(d, mem, "svg", v, report, err);
    if (fclose(mem) != 0 && rc == 0)
        rc = cnkg_error_set(err, "cannot draw the HTML view's pictures: out of memory");
    const char *start = rc == 0 && text ? strstr(text, "<svg") : NULL;
    if (rc == 0 && !start)
        rc = cnkg_error_set(err, "Graphviz wrote no SVG for the HTML view");
    *svg = rc == 0 ? cnkg_xstrdup(start) : NULL;
    free(text);
    return rc;
}

static html_view *add_view(html_views *out, size_t *cap, html_view_kind kind)
{
    if (out->n == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        out->items = cnkg_xrealloc(out->items, *cap * sizeof *out->items);
    }
    html_view *v = &out->items[out->n++];
    *v = (html_view){.kind = kind, .node = DIAGRAM_NONE};
    return v;
}

static char *overview_title(const cnkg_render_view *base, const cnkg_render_report *r)
{
    cnkg_buf b = {0};
    if (base->focus)
        cnkg_buf_printf(&b, "%s 周边", base->focus);
    else if (base->article)
        cnkg_buf_printf(&b, "文章 %zu", base->article);
    else
        cnkg_buf_puts(&b, r->summarised ? "总览（概要）" : "总览");
    return cnkg_buf_detach(&b);
}

static int draw_articles(cnkg_diagram *d, const cnkg_render_view *base, html_views *out,
                         size_t *cap, cnkg_error *err)
{
    size_t n = cnkg_render_diagram_article_count(d);
    /* One article's view is the overview; and what an article names is
     * known from its mentions only (a graph extracted with --provenance
     * sentences or none has none). */
    if (base->article || n < 2 || d->n_mentions == 0)
        return 0;
    if (n > HTML_MAX_ARTICLE_VIEWS)
        n = HTML_MAX_ARTICLE_VIEWS;
    for (size_t k = 1; k <= n; k++) {
        cnkg_render_view v = *base;
        v.article = k;
        html_view *hv = add_view(out, cap, HTML_VIEW_ARTICLE);
        hv->article = k;
        cnkg_buf b = {0};
        const char *headline = cnkg_render_diagram_article_headline(d, k);
        cnkg_buf_printf(&b, "文章 %zu%s%s", k, headline && *headline ? "：" : "",
                        headline ? headline : "");
        hv->title = cnkg_buf_detach(&b);
        if (draw_svg(d, &v, &hv->svg, NULL, err) != 0)
            return -1;
    }
    return 0;
}

/* The entities in a fact of the page's view (its classes, relations,
 * article and focus), the most connected first: a focus view draws through every
 * filter, so the choice of focuses must honour them. */
static ranked *connected(const cnkg_diagram *d, const cnkg_render_view *base, size_t *n_out,
                         cnkg_error *err)
{
    diagram_selection sel;
    if (diagram_select(d, base, &sel, err) != 0)
        return NULL;
    size_t *degree = cnkg_xcalloc(d->n_nodes + 1, sizeof *degree);
    for (size_t i = 0; i < d->n_edges; i++)
        if (sel.edge[i]) {
            degree[d->edges[i].from]++;
            degree[d->edges[i].to]++;
        }
    ranked *r = cnkg_xmalloc((d->n_nodes + 1) * sizeof *r);
    size_t n = 0;
    for (size_t i = 0; i < d->n_nodes; i++)
        if (degree[i] && diagram_node_is_entity(&d->nodes[i]))
            r[n++] = (ranked){i, degree[i], diagram_node_label(&d->nodes[i]), d->nodes[i].iri};
    free(degree);
    diagram_selection_free(&sel);
    qsort(r, n, sizeof *r, by_degree);
    *n_out = n;
    return r;
}

/* How a focus view names its entity: by its label, which the picture's
 * title then shows, unless the label names another entity too (two
 * 朝阳区); the IRI names one only. */
static const char *focus_name(const cnkg_diagram *d, const diagram_node *n)
{
    const char *label = diagram_node_label(n);
    size_t named = 0;
    for (size_t i = 0; i < d->n_nodes && named < 2; i++) {
        const diagram_node *m = &d->nodes[i];
        if (!diagram_node_is_entity(m))
            continue;
        for (size_t k = 0; k < m->n_labels; k++)
            if (strcmp(m->labels[k], label) == 0) {
                named++;
                break;
            }
    }
    return named == 1 ? label : n->iri;
}

static int draw_focuses(cnkg_diagram *d, const cnkg_render_view *base, html_views *out, size_t *cap,
                        cnkg_error *err)
{
    size_t n;
    ranked *r = connected(d, base, &n, err);
    if (!r)
        return -1;
    if (n > HTML_MAX_FOCUS_VIEWS)
        n = HTML_MAX_FOCUS_VIEWS;
    int rc = 0;
    for (size_t k = 0; k < n && rc == 0; k++) {
        const diagram_node *dn = &d->nodes[r[k].node];
        cnkg_render_view v = *base;
        v.focus = focus_name(d, dn);
        html_view *hv = add_view(out, cap, HTML_VIEW_FOCUS);
        hv->node = r[k].node;
        cnkg_buf b = {0};
        cnkg_buf_printf(&b, "%s 周边", diagram_node_label(dn));
        hv->title = cnkg_buf_detach(&b);
        rc = draw_svg(d, &v, &hv->svg, NULL, err);
    }
    free(r);
    return rc;
}

int html_views_draw(cnkg_diagram *d, const cnkg_render_view *base, html_views *out,
                    cnkg_render_report *report, cnkg_error *err)
{
    size_t cap = 0;
    memset(out, 0, sizeof *out);
    cnkg_render_report r = {0};
    html_view *overview = add_view(out, &cap, HTML_VIEW_OVERVIEW);
    int rc = draw_svg(d, base, &overview->svg, &r, err);
    if (rc == 0) {
        out->items[0].title = overview_title(base, &r);
        rc = draw_articles(d, base, out, &cap, err);
    }
    if (rc == 0)
        rc = draw_focuses(d, base, out, &cap, err);
    if (report)
        *report = r;
    if (rc != 0)
        html_views_free(out);
    return rc;
}

void html_views_free(html_views *views)
{
    for (size_t i = 0; i < views->n; i++) {
        free(views->items[i].title);
        free(views->items[i].svg);
    }
    free(views->items);
    memset(views, 0, sizeof *views);
}
