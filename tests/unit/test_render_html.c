/* test_render_html.c - the HTML view's page as written: every marker of
 * the page filled, one picture per view, and the data the panel shows
 * (class, names, code, relations with the sentences and headlines that
 * state them), from RDF files and from extracted articles alike. What the
 * page does in a browser is tests/e2e/html.sh's. The graph is made up: a
 * fictional company in a fictional district, stated by two articles. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cnkg_render.h"
#include "fixture.h"

#define ID "https://w3id.org/cnkg/id/"
#define A1 ID "article/a1"
#define A2 ID "article/a2"

/* 蓝鲸智造 is located in 青川区; both articles say so, each in its own
 * sentence. A third entity's name holds markup. */
static const char *const GRAPH =
    "@prefix kg: <https://w3id.org/cnkg/ontology#> .\n"
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    "@prefix schema: <https://schema.org/> .\n"
    "@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .\n"
    "@prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .\n"
    "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"
    "@prefix prov: <http://www.w3.org/ns/prov#> .\n"
    "<" ID "division/900101> a kg:AdministrativeDivision ; skos:prefLabel \"青川区\"@zh ;\n"
    "    skos:notation \"900101\" .\n"
    "<" ID "company/蓝鲸智造> a kg:Company ; skos:prefLabel \"蓝鲸智造\"@zh ;\n"
    "    skos:altLabel \"蓝鲸公司\"@zh ; kg:locatedIn <" ID "division/900101> .\n"
    "<" ID "company/x> a kg:Company ; skos:prefLabel \"</script><!--x\"@zh ;\n"
    "    kg:locatedIn <" ID "division/900101> .\n"
    "<" A1 "> a schema:NewsArticle ; schema:headline \"蓝鲸智造落户青川\"@zh ;\n"
    "    kg:hasContext <" A1 "#char=0,20> .\n"
    "<" A1 "#char=0,20> a nif:Context ; nif:isString \"蓝鲸智造落户青川区。蓝鲸公司很大。\" .\n"
    "<" A1 "#char=0,10> a nif:Sentence ; nif:anchorOf \"蓝鲸智造落户青川区。\" ;\n"
    "    nif:referenceContext <" A1 "#char=0,20> .\n"
    "<" A1 "#char=0,4> nif:anchorOf \"蓝鲸智造\" ; nif:referenceContext <" A1 "#char=0,20> ;\n"
    "    itsrdf:taIdentRef <" ID "company/蓝鲸智造> .\n"
    "<" ID "statement/s1> a rdf:Statement ; rdf:subject <" ID "company/蓝鲸智造> ;\n"
    "    rdf:predicate kg:locatedIn ; rdf:object <" ID "division/900101> ;\n"
    "    prov:wasDerivedFrom <" A1 "#char=0,10> .\n"
    "<" A2 "> a schema:NewsArticle ; schema:headline \"青川区招商\"@zh ;\n"
    "    kg:hasContext <" A2 "#char=0,12> .\n"
    "<" A2 "#char=0,12> a nif:Context ; nif:isString \"青川区迎来了蓝鲸智造。\" .\n"
    "<" A2 "#char=0,11> a nif:Sentence ; nif:anchorOf \"青川区迎来了蓝鲸智造。\" ;\n"
    "    nif:referenceContext <" A2 "#char=0,12> .\n"
    "<" A2 "#char=0,3> nif:anchorOf \"青川区\" ; nif:referenceContext <" A2 "#char=0,12> ;\n"
    "    itsrdf:taIdentRef <" ID "division/900101> .\n"
    "<" ID "statement/s2> a rdf:Statement ; rdf:subject <" ID "company/蓝鲸智造> ;\n"
    "    rdf:predicate kg:locatedIn ; rdf:object <" ID "division/900101> ;\n"
    "    prov:wasDerivedFrom <" A2 "#char=0,11> .\n";

static char *write_html(cnkg_diagram *d, const cnkg_render_view *v)
{
    char *text = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&text, &len);
    assert_non_null(fp);
    cnkg_error err = {{0}};
    int rc = cnkg_render_diagram_write_html(d, fp, v, NULL, &err);
    fclose(fp);
    if (rc != 0)
        fail_msg("%s", err.message);
    return text;
}

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; (p = strstr(p, needle)) != NULL; p += strlen(needle))
        n++;
    return n;
}

static cnkg_diagram *read_graph(void)
{
    char *dir = fixture_dir_new("test-html");
    fixture_file_write(dir, "kg.ttl", GRAPH);
    char path[128];
    snprintf(path, sizeof path, "%s/kg.ttl", dir);
    /* the ontology names the classes and relations of the RDF read */
    cnkg_diagram *d = cnkg_render_diagram_new(fixture_ontology());
    cnkg_error err = {{0}};
    int rc = cnkg_render_diagram_add_rdf_file(d, path, &err);
    fixture_dir_remove(dir);
    if (rc != 0)
        fail_msg("%s", err.message);
    return d;
}

static void test_page_is_whole(void **state)
{
    (void)state;
    cnkg_diagram *d = read_graph();
    char *html = write_html(d, NULL);
    assert_non_null(strstr(html, "<!DOCTYPE html>"));
    assert_null(strstr(html, "<!--cnkg:")); /* every marker filled */
    assert_non_null(strstr(html, "default-src 'none'"));
    /* The overview, two articles, and the neighbourhoods of the three
     * connected entities. */
    assert_int_equal(count(html, "<template id=\"cnkg-view-"), 6);
    assert_int_equal(count(html, "<svg"), 6);
    assert_null(strstr(html, "<?xml"));
    /* The page's style and script are in it. */
    assert_non_null(strstr(html, "#canvas"));
    assert_non_null(strstr(html, "selectEntity"));
    /* Only the page's own scripts: the name with markup stays in strings. */
    assert_int_equal(count(html, "</script>"), 2);
    assert_non_null(strstr(html, "\\u003c/script>\\u003c!--x"));
    free(html);
    cnkg_render_diagram_free(d);
}

static void test_panel_data(void **state)
{
    (void)state;
    cnkg_diagram *d = read_graph();
    char *html = write_html(d, NULL);
    assert_non_null(strstr(html, "\"label\":\"蓝鲸智造\",\"labels\":[\"蓝鲸智造\",\"蓝鲸公司\"]"));
    assert_non_null(strstr(html, "\"cls\":\"Company\""));
    assert_non_null(strstr(html, "\"code\":\"900101\""));
    assert_non_null(strstr(html, "\"headline\":\"蓝鲸智造落户青川\""));
    assert_non_null(strstr(html, "\"rel\":\"locatedIn\""));
    /* Both sentences stating the fact, each with its article. */
    assert_non_null(strstr(html, "\"蓝鲸智造落户青川区。\"]"));
    assert_non_null(strstr(html, "\"青川区迎来了蓝鲸智造。\"]"));
    /* The focus views are named by the entity's label. */
    assert_non_null(strstr(html, "\"title\":\"蓝鲸智造 周边\""));
    free(html);
    cnkg_render_diagram_free(d);
}

static void test_view_filters_hold(void **state)
{
    (void)state;
    cnkg_diagram *d = read_graph();
    cnkg_render_view v = {.article = 1};
    char *html = write_html(d, &v);
    /* One article asked for: no view per article, its title on the first. */
    assert_non_null(strstr(html, "\"kind\":\"overview\",\"title\":\"文章 1\""));
    assert_null(strstr(html, "\"kind\":\"article\""));
    free(html);
    v = (cnkg_render_view){.focus = "no such thing"};
    char *text = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&text, &len);
    cnkg_error err = {{0}};
    assert_int_equal(cnkg_render_diagram_write_html(d, fp, &v, NULL, &err), -1);
    fclose(fp);
    assert_non_null(strstr(err.message, "no such thing"));
    free(text);
    /* Companies only: no fact joins two companies, so no entity of the
     * view is connected and no neighbourhood is offered (a focus view
     * would draw its entity through the filter). */
    v = (cnkg_render_view){.classes = 1u << CNKG_COMPANY};
    html = write_html(d, &v);
    assert_null(strstr(html, "\"kind\":\"focus\""));
    free(html);
    /* Divisions and companies: the three entities in a fact. */
    v = (cnkg_render_view){.classes = 1u << CNKG_COMPANY | 1u << CNKG_ADMINISTRATIVE_DIVISION};
    html = write_html(d, &v);
    assert_int_equal(count(html, "\"kind\":\"focus\""), 3);
    free(html);
    cnkg_render_diagram_free(d);
}

/* cnkg extract --svg's path: the model filled from an extracted article
 * keeps codes and sentences too. */
static void test_from_article(void **state)
{
    (void)state;
    cnkg_article *a = cnkg_article_new(fixture_names(), "蓝鲸智造落户青川区。它很大。");
    cnkg_article_set(&a->title, "蓝鲸智造落户青川");
    size_t s = cnkg_article_add_sentence(a, 0, 10);
    cnkg_article_add_sentence(a, 10, 14);
    size_t company = cnkg_article_entity(a, CNKG_COMPANY, "蓝鲸智造");
    size_t district = cnkg_article_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "青川区");
    cnkg_article_set(&a->entities[district].code, "900101");
    cnkg_article_add_fact(a, company, CNKG_LOCATED_IN, district, s);
    cnkg_diagram *d = cnkg_render_diagram_new(NULL);
    cnkg_render_diagram_add_article(d, a);
    char *html = write_html(d, NULL);
    assert_non_null(strstr(html, "\"code\":\"900101\""));
    assert_non_null(strstr(html, "\"蓝鲸智造落户青川区。\"]"));
    free(html);
    cnkg_render_diagram_free(d);
    cnkg_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_page_is_whole),
        cmocka_unit_test(test_panel_data),
        cmocka_unit_test(test_view_filters_hold),
        cmocka_unit_test(test_from_article),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
