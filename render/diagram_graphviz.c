/* diagram_graphviz.c - what the full picture (diagram_draw.c), its
 * clusters (diagram_cluster.c) and the overview (diagram_summary.c) put
 * into a cgraph graph alike: labels escaped for Graphviz, the look of a
 * class's node, the graph's defaults and the legend.
 *
 * Labels go in as plain strings (agsafeset), escaped for Graphviz's own
 * label syntax only; cgraph and the renderers then quote them for DOT and
 * SVG. Every text attribute names a CJK font, so PNG and PDF show Chinese
 * instead of boxes. */
#include <gvc.h>
#include <stdio.h>
#include <stdlib.h>

#include "diagram_internal.h"
#include "diagram_style.h"

/* Graphviz reads backslash escapes (\N, \n, \l ...) and HTML entities in
 * plain labels; double the one and encode the other so that a label is
 * shown as written. Controls would break lines, so they become spaces. */
void diagram_label_append(cnkg_buf *b, const char *s)
{
    cnkg_buf_append(b, "", 0);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '\\')
            cnkg_buf_puts(b, "\\\\");
        else if (c == '&')
            cnkg_buf_puts(b, "&amp;");
        else if (c < 0x20 || c == 0x7F)
            cnkg_buf_putc(b, ' ');
        else
            cnkg_buf_putc(b, (char)c);
    }
}

static char *label_text(const char *s)
{
    cnkg_buf b = {0};
    diagram_label_append(&b, s);
    return cnkg_buf_detach(&b);
}

void diagram_set_label(void *obj, const char *attr, const char *text)
{
    char *safe = label_text(text);
    agsafeset(obj, (char *)attr, safe, "");
    free(safe);
}

void diagram_style_node(const cnkg_diagram *d, Agnode_t *n, cnkg_class cls)
{
    agsafeset(n, "shape", (char *)diagram_class_shape(d, cls), "");
    agsafeset(n, "fillcolor", (char *)diagram_class_colour(d, cls), "");
}

void diagram_set_defaults(Agraph_t *g, int big)
{
    agattr(g, AGRAPH, "fontname", DIAGRAM_FONT);
    agattr(g, AGRAPH, "rankdir", "LR");
    /* Graphviz 2.43's dot frees a labelled edge's virtual node twice when
     * clusters are ranked one by one (the old ranking); newrank ranks the
     * whole graph at once and avoids it, keeping clusters intact. */
    agattr(g, AGRAPH, "newrank", "true");
    /* prism takes minutes on ten thousand nodes; scale takes seconds. */
    agattr(g, AGRAPH, "overlap", big ? "scale" : "prism");
    agattr(g, AGRAPH, "label", "");
    agattr(g, AGRAPH, "labelloc", "t");
    agattr(g, AGRAPH, "fontsize", "16");
    agattr(g, AGNODE, "fontname", DIAGRAM_FONT);
    agattr(g, AGNODE, "style", "filled");
    agattr(g, AGNODE, "shape", "box");
    agattr(g, AGNODE, "fillcolor", "white");
    agattr(g, AGNODE, "label", "\\N");
    agattr(g, AGNODE, "tooltip", "");
    agattr(g, AGEDGE, "fontname", DIAGRAM_FONT);
    agattr(g, AGEDGE, "fontsize", "10");
    agattr(g, AGEDGE, "label", "");
    agattr(g, AGEDGE, "tooltip", "");
    agattr(g, AGEDGE, "dir", "forward");
    agattr(g, AGEDGE, "style", "solid");
    agattr(g, AGEDGE, "color", "black");
}

/* Samples per row of the legend: a column of thirteen made the picture
 * taller than anything in it. */
#define LEGEND_ROW 3

/* A legend as a cluster: one sample node per class that is drawn, in rows
 * held together by invisible edges (left to right is the rank direction). */
Agraph_t *diagram_draw_legend(const cnkg_diagram *d, Agraph_t *g, const int *present)
{
    Agraph_t *legend = NULL;
    Agnode_t *prev = NULL;
    size_t shown = 0;
    for (int c = 0; c < CNKG_CLASS_COUNT; c++) {
        if (!present[c])
            continue;
        if (!legend) {
            legend = agsubg(g, "cluster_legend", 1);
            agsafeset(legend, "label", "图例", "");
            agsafeset(legend, "style", "dashed", "");
        }
        char name[64];
        snprintf(name, sizeof name, "legend:%s", cnkg_class_name(d->names, (cnkg_class)c));
        Agnode_t *n = agnode(legend, name, 1);
        diagram_set_label(n, "label", diagram_class_label(d, (cnkg_class)c));
        diagram_style_node(d, n, (cnkg_class)c);
        if (shown++ % LEGEND_ROW) {
            Agedge_t *e = agedge(legend, prev, n, NULL, 1);
            agsafeset(e, "style", "invis", "");
        }
        prev = n;
    }
    return legend;
}
