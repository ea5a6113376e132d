/* html.c - `cnkg render GRAPH -o view.html`: one self-contained page to
 * explore the graph in a browser, offline. The page is render/html/
 * view.html with its markers <!--cnkg:NAME--> filled: the title, the
 * style and script of render/html/ (compiled in, so the page never depends
 * on where cnkg's data are installed), the views' SVGs (html_views.c) and
 * the graph's data (html_data.c). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html_internal.h"

#define MARKER_OPEN "<!--cnkg:"
#define MARKER_CLOSE "-->"

/* Text as HTML character data or attribute value. */
static void put_escaped(FILE *fp, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&':
            fputs("&amp;", fp);
            break;
        case '<':
            fputs("&lt;", fp);
            break;
        case '>':
            fputs("&gt;", fp);
            break;
        case '"':
            fputs("&quot;", fp);
            break;
        default:
            fputc(*s, fp);
        }
    }
}

/* JSON inside <script>: a "</script" or "<!--" in a string would end or
 * confuse the element, so every '<' (which JSON has only inside strings)
 * is written as the escape \u003c. */
static void put_script_json(FILE *fp, const cnkg_buf *json)
{
    for (size_t i = 0; i < json->len; i++) {
        if (json->data[i] == '<')
            fputs("\\u003c", fp);
        else
            fputc(json->data[i], fp);
    }
}

static char *page_title(const cnkg_diagram *d)
{
    size_t n = cnkg_render_diagram_article_count(d);
    const char *headline = n == 1 ? cnkg_render_diagram_article_headline(d, 1) : NULL;
    cnkg_buf b = {0};
    if (headline && *headline)
        cnkg_buf_printf(&b, "%s · 知识图谱", headline);
    else
        cnkg_buf_printf(&b, "知识图谱 · %zu 篇文章", n);
    return cnkg_buf_detach(&b);
}

/* One <template> per view: inert until the script shows it. Graphviz
 * escapes '<' and '&' in its text, so an SVG cannot close the element. */
static void put_views(FILE *fp, const html_views *views)
{
    for (size_t i = 0; i < views->n; i++) {
        fprintf(fp, "<template id=\"cnkg-view-%zu\">\n", i);
        fputs(views->items[i].svg, fp);
        fputs("</template>\n", fp);
    }
}

static void put_part(FILE *fp, const char *name, size_t len, const char *title,
                     const html_views *views, const cnkg_buf *json)
{
    if (len == 5 && strncmp(name, "title", 5) == 0)
        put_escaped(fp, title);
    else if (len == 5 && strncmp(name, "style", 5) == 0)
        fputs(html_asset_view_css, fp);
    else if (len == 6 && strncmp(name, "script", 6) == 0)
        fputs(html_asset_view_js, fp);
    else if (len == 5 && strncmp(name, "views", 5) == 0)
        put_views(fp, views);
    else if (len == 4 && strncmp(name, "data", 4) == 0)
        put_script_json(fp, json);
}

/* The page with every marker replaced by its part. */
static void put_page(FILE *fp, const char *title, const html_views *views, const cnkg_buf *json)
{
    const char *s = html_asset_view_html, *m;
    while ((m = strstr(s, MARKER_OPEN)) != NULL) {
        const char *name = m + strlen(MARKER_OPEN), *end = strstr(name, MARKER_CLOSE);
        if (!end)
            break;
        fwrite(s, 1, (size_t)(m - s), fp);
        put_part(fp, name, (size_t)(end - name), title, views, json);
        s = end + strlen(MARKER_CLOSE);
    }
    fputs(s, fp);
}

int cnkg_render_diagram_write_html(cnkg_diagram *d, FILE *fp, const cnkg_render_view *view,
                                   cnkg_render_report *report, cnkg_error *err)
{
    static const cnkg_render_view all = {0};
    html_views views;
    if (html_views_draw(d, view ? view : &all, &views, report, err) != 0)
        return -1;
    cnkg_buf json = {0};
    html_data_write(d, &views, &json);
    char *title = page_title(d);
    put_page(fp, title, &views, &json);
    free(title);
    cnkg_buf_free(&json);
    html_views_free(&views);
    if (fflush(fp) != 0 || ferror(fp))
        return cnkg_error_set(err, "cannot write the HTML view: %s", strerror(errno));
    return 0;
}
