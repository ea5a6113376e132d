/* diagram_articles.c - the articles of a diagram in the order of their
 * text, which --article N counts in, and finding one by its headline.
 *
 * N-Triples and N-Quads list articles in the order cnkg read them; Turtle
 * and RDF/XML group triples by subject in IRI order, and an article's IRI
 * is a hash. Each article carries its place in its page (schema:position),
 * so: the articles of each file given, in file order; within a file, as
 * met when their places run page after page (1, 2, 1, 2, 3: pages in
 * sequence), else sorted by place. (Which page came first is not in a
 * sorted graph: a Turtle file of several pages counts every page's first
 * article before any second one.) */
#include <stdlib.h>
#include <string.h>

#include "diagram_internal.h"

typedef struct ordered {
    size_t article, file, key;
} ordered;

static int by_file_then_key(const void *a, const void *b)
{
    const ordered *x = a, *y = b;
    if (x->file != y->file)
        return x->file < y->file ? -1 : 1;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->article < y->article ? -1 : x->article > y->article;
}

/* Whether the places of a file's articles, as met, run page after page. */
static int pages_in_sequence(const cnkg_diagram *d, const ordered *o, size_t n)
{
    size_t prev = 0;
    for (size_t k = 0; k < n; k++) {
        size_t p = d->articles[o[k].article].position;
        if (p && p != 1 && p != prev + 1)
            return 0;
        prev = p;
    }
    return 1;
}

size_t *diagram_article_order(const cnkg_diagram *d, size_t *n_out)
{
    ordered *o = cnkg_xmalloc((d->n_articles + 1) * sizeof *o);
    size_t n = 0;
    for (size_t i = 0; i < d->n_articles; i++)
        if (d->articles[i].typed)
            o[n++] = (ordered){i, d->articles[i].file, i};
    /* Met order is file order already; sort each file's run by place when
     * its places do not run in sequence. */
    for (size_t begin = 0, end; begin < n; begin = end) {
        for (end = begin; end < n && o[end].file == o[begin].file; end++)
            ;
        if (pages_in_sequence(d, o + begin, end - begin))
            continue;
        for (size_t k = begin; k < end; k++) {
            size_t p = d->articles[o[k].article].position;
            o[k].key = p ? p : SIZE_MAX;
        }
        qsort(o + begin, end - begin, sizeof *o, by_file_then_key);
    }
    size_t *order = cnkg_xmalloc((n + 1) * sizeof *order);
    for (size_t k = 0; k < n; k++)
        order[k] = o[k].article;
    free(o);
    *n_out = n;
    return order;
}

size_t diagram_article_nth(const cnkg_diagram *d, size_t n)
{
    size_t count, *order = diagram_article_order(d, &count);
    size_t art = n >= 1 && n <= count ? order[n - 1] : DIAGRAM_NONE;
    free(order);
    return art;
}

const char *cnkg_render_diagram_article_headline(const cnkg_diagram *d, size_t n)
{
    size_t art = diagram_article_nth(d, n);
    if (art == DIAGRAM_NONE)
        return NULL;
    return d->articles[art].headline ? d->articles[art].headline : "";
}

int cnkg_render_diagram_article_find(const cnkg_diagram *d, const char *text, size_t *n,
                                     cnkg_error *err)
{
    size_t count, *order = diagram_article_order(d, &count), found = 0;
    cnkg_buf list = {0};
    for (size_t k = 0; k < count; k++) {
        const char *h = d->articles[order[k]].headline;
        if (!h || !*text || !strstr(h, text))
            continue;
        if (found++ < 5)
            cnkg_buf_printf(&list, "%s%zu %s", found > 1 ? "; " : "", k + 1, h);
        *n = k + 1;
    }
    int rc = 0;
    if (found == 0)
        rc = cnkg_error_set(err, "--article %s: no headline of the %zu article%s contains it", text,
                            count, count == 1 ? "" : "s");
    else if (found > 1)
        rc = cnkg_error_set(err, "--article %s: %zu headlines contain it (%s%s); give its number",
                            text, found, list.data, found > 5 ? "; ..." : "");
    cnkg_buf_free(&list);
    free(order);
    return rc;
}
