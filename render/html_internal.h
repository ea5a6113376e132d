/*
 * html_internal.h - the interactive HTML view, private to the renderer.
 *
 * html.c writes the page: render/html/view.html with its markers filled by
 * the style and script of render/html/ (embedded at build time by
 * render/html/embed.cmake), the SVGs of html_views.c and the JSON of
 * html_data.c. The JSON's shape is described at the top of view.js, which
 * reads it.
 */
#ifndef CNKG_HTML_INTERNAL_H
#define CNKG_HTML_INTERNAL_H

#include "diagram_internal.h"

/* The page's sources, NUL-terminated (generated html_assets.c). */
extern const char html_asset_view_html[];
extern const char html_asset_view_css[];
extern const char html_asset_view_js[];

/* How many per-article and per-entity views a page holds at most: each is
 * a layout and an SVG, and a page of hundreds of them is slow to write and
 * to open. Entities are taken the most connected first. */
#define HTML_MAX_ARTICLE_VIEWS 100
#define HTML_MAX_FOCUS_VIEWS 150

typedef enum html_view_kind {
    HTML_VIEW_OVERVIEW,
    HTML_VIEW_ARTICLE,
    HTML_VIEW_FOCUS
} html_view_kind;

typedef struct html_view {
    html_view_kind kind;
    char *title;
    size_t node;    /* HTML_VIEW_FOCUS: the entity's node */
    size_t article; /* HTML_VIEW_ARTICLE: 1-based number */
    char *svg;      /* from "<svg" on */
} html_view;

typedef struct html_views {
    html_view *items;
    size_t n;
} html_views;

/* Draws the overview (base as the caller gave it), then a view per article
 * and per connected entity on top of base. report describes the overview. */
int html_views_draw(cnkg_diagram *d, const cnkg_render_view *base, html_views *out,
                    cnkg_render_report *report, cnkg_error *err);
void html_views_free(html_views *views);

/* The graph's data and the views' list as one JSON object. */
void html_data_write(const cnkg_diagram *d, const html_views *views, cnkg_buf *out);

#endif
