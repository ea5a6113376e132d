/* html_data.c - what the HTML view's panel and search know of the graph,
 * as JSON: every entity with its class, names, code and the articles
 * that mention it; every relation between entities with the sentences
 * that state it; the articles; and the list of views drawn. Entities and
 * articles are referred to by their position in these arrays. */
#include <stdlib.h>
#include <string.h>

#include "cnkg_json.h"
#include "diagram_style.h"
#include "html_internal.h"

static void put_key(cnkg_buf *b, const char *key)
{
    cnkg_json_append_string(b, key);
    cnkg_buf_putc(b, ':');
}

static void put_string_or_null(cnkg_buf *b, const char *s)
{
    if (s)
        cnkg_json_append_string(b, s);
    else
        cnkg_buf_puts(b, "null");
}

/* The shown name first, then the others in the order met. */
static void put_labels(cnkg_buf *b, const diagram_node *n)
{
    cnkg_buf_putc(b, '[');
    cnkg_json_append_string(b, diagram_node_label(n));
    for (size_t k = 0; k < n->n_labels; k++)
        if (strcmp(n->labels[k], diagram_node_label(n)) != 0) {
            cnkg_buf_putc(b, ',');
            cnkg_json_append_string(b, n->labels[k]);
        }
    cnkg_buf_putc(b, ']');
}

/* Per node, its position among the entities, or DIAGRAM_NONE. */
static size_t *number_entities(const cnkg_diagram *d)
{
    size_t *number = cnkg_xmalloc((d->n_nodes + 1) * sizeof *number);
    for (size_t i = 0, n = 0; i < d->n_nodes; i++)
        number[i] = diagram_node_is_entity(&d->nodes[i]) ? n++ : DIAGRAM_NONE;
    return number;
}

static void put_entities(const cnkg_diagram *d, cnkg_buf *b)
{
    /* The articles mentioning each node, grouped by node. */
    size_t *start = cnkg_xcalloc(d->n_nodes + 2, sizeof *start);
    size_t *by_node = cnkg_xmalloc((d->n_mentions + 1) * sizeof *by_node);
    for (size_t i = 0; i < d->n_mentions; i++)
        start[d->mentions[i].node + 2]++;
    for (size_t i = 2; i < d->n_nodes + 2; i++)
        start[i] += start[i - 1];
    for (size_t i = 0; i < d->n_mentions; i++)
        by_node[start[d->mentions[i].node + 1]++] = d->mentions[i].article;

    put_key(b, "entities");
    cnkg_buf_putc(b, '[');
    int first = 1;
    for (size_t i = 0; i < d->n_nodes; i++) {
        const diagram_node *n = &d->nodes[i];
        if (!diagram_node_is_entity(n))
            continue;
        cnkg_buf_puts(b, first ? "\n{" : ",\n{");
        first = 0;
        put_key(b, "iri");
        cnkg_json_append_string(b, n->iri);
        cnkg_buf_putc(b, ',');
        put_key(b, "label");
        cnkg_json_append_string(b, diagram_node_label(n));
        cnkg_buf_putc(b, ',');
        put_key(b, "labels");
        put_labels(b, n);
        cnkg_buf_putc(b, ',');
        put_key(b, "cls");
        cnkg_json_append_string(b, cnkg_class_name(d->names, n->cls));
        cnkg_buf_putc(b, ',');
        put_key(b, "clsLabel");
        cnkg_json_append_string(b, diagram_class_label(d, n->cls));
        cnkg_buf_putc(b, ',');
        put_key(b, "code");
        put_string_or_null(b, n->code);
        cnkg_buf_putc(b, ',');
        put_key(b, "articles");
        cnkg_buf_putc(b, '[');
        for (size_t k = start[i]; k < start[i + 1]; k++) {
            if (k > start[i])
                cnkg_buf_putc(b, ',');
            cnkg_buf_put_size(b, by_node[k]);
        }
        cnkg_buf_puts(b, "]}");
    }
    cnkg_buf_puts(b, "]");
    free(start);
    free(by_node);
}

static void put_edges(const cnkg_diagram *d, const size_t *number, cnkg_buf *b)
{
    /* The sentences stating each edge, grouped by edge. */
    size_t *start = cnkg_xcalloc(d->n_edges + 2, sizeof *start);
    size_t *by_edge = cnkg_xmalloc((d->n_evidence + 1) * sizeof *by_edge);
    for (size_t i = 0; i < d->n_evidence; i++)
        start[d->evidence[i].edge + 2]++;
    for (size_t i = 2; i < d->n_edges + 2; i++)
        start[i] += start[i - 1];
    for (size_t i = 0; i < d->n_evidence; i++)
        by_edge[start[d->evidence[i].edge + 1]++] = i;

    put_key(b, "edges");
    cnkg_buf_putc(b, '[');
    int first = 1;
    for (size_t i = 0; i < d->n_edges; i++) {
        const diagram_edge *e = &d->edges[i];
        if (number[e->from] == DIAGRAM_NONE || number[e->to] == DIAGRAM_NONE)
            continue;
        cnkg_buf_puts(b, first ? "\n{\"from\":" : ",\n{\"from\":");
        first = 0;
        cnkg_buf_put_size(b, number[e->from]);
        cnkg_buf_puts(b, ",\"to\":");
        cnkg_buf_put_size(b, number[e->to]);
        cnkg_buf_putc(b, ',');
        put_key(b, "rel");
        cnkg_json_append_string(b, cnkg_relation_name(d->names, e->rel));
        cnkg_buf_putc(b, ',');
        put_key(b, "relLabel");
        cnkg_json_append_string(b, diagram_relation_label(d, e->rel));
        cnkg_buf_puts(b,
                      cnkg_relation_is_symmetric(d->names, e->rel) ? ",\"sym\":1" : ",\"sym\":0");
        cnkg_buf_puts(b, ",\"ev\":[");
        for (size_t k = start[i]; k < start[i + 1]; k++) {
            const diagram_evidence *ev = &d->evidence[by_edge[k]];
            cnkg_buf_puts(b, k > start[i] ? ",[" : "[");
            cnkg_buf_put_size(b, ev->article);
            cnkg_buf_putc(b, ',');
            cnkg_json_append_string(b, ev->sentence);
            cnkg_buf_putc(b, ']');
        }
        cnkg_buf_puts(b, "]}");
    }
    cnkg_buf_puts(b, "]");
    free(start);
    free(by_edge);
}

/* Every article met, numbered as --article counts (0: not an article
 * cnkg counts, such as a context whose article was cut off). */
static void put_articles(const cnkg_diagram *d, cnkg_buf *b)
{
    size_t count, *order = diagram_article_order(d, &count);
    size_t *number = cnkg_xcalloc(d->n_articles + 1, sizeof *number);
    for (size_t k = 0; k < count; k++)
        number[order[k]] = k + 1;
    free(order);
    put_key(b, "articles");
    cnkg_buf_putc(b, '[');
    for (size_t i = 0; i < d->n_articles; i++) {
        const diagram_article *a = &d->articles[i];
        cnkg_buf_puts(b, i ? ",\n{\"n\":" : "\n{\"n\":");
        cnkg_buf_put_size(b, number[i]);
        cnkg_buf_putc(b, ',');
        put_key(b, "headline");
        put_string_or_null(b, a->headline);
        cnkg_buf_putc(b, '}');
    }
    cnkg_buf_puts(b, "]");
    free(number);
}

static void put_views(const html_views *views, const size_t *number, cnkg_buf *b)
{
    static const char *const kinds[] = {"overview", "article", "focus"};
    put_key(b, "views");
    cnkg_buf_putc(b, '[');
    for (size_t i = 0; i < views->n; i++) {
        const html_view *v = &views->items[i];
        cnkg_buf_printf(b, "%s{\"id\":\"cnkg-view-%zu\",\"kind\":\"%s\",", i ? ",\n" : "\n", i,
                        kinds[v->kind]);
        put_key(b, "title");
        cnkg_json_append_string(b, v->title);
        if (v->kind == HTML_VIEW_ARTICLE)
            cnkg_buf_printf(b, ",\"article\":%zu", v->article);
        if (v->kind == HTML_VIEW_FOCUS)
            cnkg_buf_printf(b, ",\"entity\":%zu", number[v->node]);
        cnkg_buf_putc(b, '}');
    }
    cnkg_buf_puts(b, "]");
}

void html_data_write(const cnkg_diagram *d, const html_views *views, cnkg_buf *out)
{
    size_t *number = number_entities(d);
    cnkg_buf_putc(out, '{');
    put_entities(d, out);
    cnkg_buf_putc(out, ',');
    put_edges(d, number, out);
    cnkg_buf_putc(out, ',');
    put_articles(d, out);
    cnkg_buf_putc(out, ',');
    put_views(views, number, out);
    cnkg_buf_puts(out, "}");
    free(number);
}
