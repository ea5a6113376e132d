/* test_render.c - diagrams drawn from RDF files: labels, boxes for places,
 * the legend, and the views (focus, class, relation, article, overview).
 * The graph is made up: a fictional company in a fictional park. */
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

/* Two articles. The first: 蓝鲸智造 settles in 青川高新区 of 青川区, makes
 * 钠离子电池 and is in the 储能 industry. The second: 远山食品 of 白石县.
 * One entity has only an English name, one none at all. */
static const char *const GRAPH =
    "@prefix kg: <https://w3id.org/cnkg/ontology#> .\n"
    "@prefix id: <https://w3id.org/cnkg/id/> .\n"
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    "@prefix schema: <https://schema.org/> .\n"
    "@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .\n"
    "@prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .\n"
    "<https://w3id.org/cnkg/id/division/900101> a kg:AdministrativeDivision ; skos:prefLabel "
    "\"青川区\"@zh .\n"
    "<https://w3id.org/cnkg/id/division/900202> a kg:AdministrativeDivision ; skos:prefLabel "
    "\"白石县\"@zh .\n"
    "<https://w3id.org/cnkg/id/park/青川高新区> a kg:IndustrialPark ;\n"
    "    skos:prefLabel \"青川高新区\"@zh ; kg:locatedIn "
    "<https://w3id.org/cnkg/id/division/900101> .\n"
    "<https://w3id.org/cnkg/id/company/蓝鲸智造> a kg:Company ;\n"
    "    skos:prefLabel \"Blue Whale\"@en, \"蓝鲸智造\"@zh ; skos:altLabel \"蓝鲸公司\"@zh ;\n"
    "    kg:locatedIn <https://w3id.org/cnkg/id/park/青川高新区> ;\n"
    "    kg:produces <https://w3id.org/cnkg/id/product/钠离子电池> ;\n"
    "    kg:inIndustry <https://w3id.org/cnkg/id/industry/储能> .\n"
    "<https://w3id.org/cnkg/id/product/钠离子电池> a kg:Product ; skos:prefLabel \"钠离子电池\"@zh "
    ".\n"
    "<https://w3id.org/cnkg/id/industry/储能> a kg:Industry ; skos:prefLabel \"储能\"@zh .\n"
    "<https://w3id.org/cnkg/id/industry/食品> a kg:Industry ; skos:prefLabel \"食品\"@zh .\n"
    "<https://w3id.org/cnkg/id/company/远山食品> a kg:Company ; skos:prefLabel \"远山食品\"@zh ;\n"
    "    kg:locatedIn <https://w3id.org/cnkg/id/division/900202> ; kg:inIndustry "
    "<https://w3id.org/cnkg/id/industry/食品> ;\n"
    "    kg:collaboratesWith <https://w3id.org/cnkg/id/company/EnglishOnly> .\n"
    "<https://w3id.org/cnkg/id/company/EnglishOnly> a kg:Company ; skos:prefLabel \"Far Hills\"@en "
    ".\n"
    "<https://w3id.org/cnkg/id/company/Nameless> a kg:Company ;\n"
    "    kg:collaboratesWith <https://w3id.org/cnkg/id/company/远山食品> .\n"
    "<https://w3id.org/cnkg/id/article/a1> a schema:NewsArticle ; schema:headline "
    "\"蓝鲸智造落户青川\"@zh ;\n"
    "    kg:hasContext <https://w3id.org/cnkg/id/article/a1#char=0,40> .\n"
    "<https://w3id.org/cnkg/id/article/a2> a schema:NewsArticle ; schema:headline "
    "\"远山食品扩产\"@zh ;\n"
    "    kg:hasContext <https://w3id.org/cnkg/id/article/a2#char=0,30> .\n"
    "<https://w3id.org/cnkg/id/article/a1#char=0,4> a nif:Phrase ;\n"
    "    nif:referenceContext <https://w3id.org/cnkg/id/article/a1#char=0,40> ;\n"
    "    itsrdf:taIdentRef <https://w3id.org/cnkg/id/company/蓝鲸智造> .\n"
    "<https://w3id.org/cnkg/id/article/a1#char=6,11> a nif:Phrase ;\n"
    "    nif:referenceContext <https://w3id.org/cnkg/id/article/a1#char=0,40> ;\n"
    "    itsrdf:taIdentRef <https://w3id.org/cnkg/id/park/青川高新区> .\n"
    "<https://w3id.org/cnkg/id/article/a2#char=0,4> a nif:Phrase ;\n"
    "    nif:referenceContext <https://w3id.org/cnkg/id/article/a2#char=0,30> ;\n"
    "    itsrdf:taIdentRef <https://w3id.org/cnkg/id/company/远山食品> .\n"
    "<https://w3id.org/cnkg/id/article/a2#char=5,8> a nif:Phrase ;\n"
    "    nif:referenceContext <https://w3id.org/cnkg/id/article/a2#char=0,30> ;\n"
    "    itsrdf:taIdentRef <https://w3id.org/cnkg/id/division/900202> .\n";

typedef struct fixture {
    char *dir;
    char graph[96];
    const cnkg_ontology *onto; /* the labels and styles */
    cnkg_diagram *d;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    f->dir = fixture_dir_new("test-render");
    fixture_file_write(f->dir, "kg.ttl", GRAPH);
    snprintf(f->graph, sizeof f->graph, "%s/kg.ttl", f->dir);
    f->onto = fixture_ontology();
    cnkg_error err = {{0}};
    f->d = cnkg_render_diagram_new(f->onto);
    if (cnkg_render_diagram_add_rdf_file(f->d, f->graph, &err) != 0)
        fail_msg("%s", err.message);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    cnkg_render_diagram_free(f->d);
    fixture_dir_remove(f->dir);
    free(f);
    return 0;
}

/* Draws a view into memory. */
static char *draw(fixture *f, const char *format, const cnkg_render_view *v, cnkg_render_report *r)
{
    char *text = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&text, &len);
    assert_non_null(fp);
    cnkg_error err = {{0}};
    int rc = cnkg_render_diagram_draw(f->d, fp, format, v, r, &err);
    fclose(fp);
    if (rc != 0)
        fail_msg("%s", err.message);
    return text;
}

/* The text of the DOT subgraph (or cluster) named name: from its opening
 * brace to the matching close. */
static char *subgraph(const char *dot, const char *name)
{
    char head[128];
    snprintf(head, sizeof head, "subgraph %s {", name);
    const char *p = strstr(dot, head);
    if (!p)
        return NULL;
    const char *q = strchr(p, '{');
    int depth = 0;
    do {
        if (*q == '{')
            depth++;
        else if (*q == '}')
            depth--;
        q++;
    } while (depth > 0 && *q);
    return strndup(p, (size_t)(q - p));
}

/* The name of the cluster labelled label, e.g. "cluster_3". */
static char *cluster_named(const char *dot, const char *label)
{
    char want[128];
    snprintf(want, sizeof want, "label=%s", label);
    for (const char *p = dot; (p = strstr(p, "subgraph cluster_")); p++) {
        const char *attrs = strstr(p, "graph [");
        const char *end = attrs ? strchr(attrs, ']') : NULL;
        const char *hit = attrs ? strstr(attrs, want) : NULL;
        if (hit && hit < end) {
            const char *name = p + strlen("subgraph ");
            return strndup(name, strcspn(name, " {"));
        }
    }
    return NULL;
}

static void assert_inside(const char *dot, const char *box_label, const char *what)
{
    char *name = cluster_named(dot, box_label);
    if (!name)
        fail_msg("no box labelled %s", box_label);
    char *body = subgraph(dot, name);
    assert_non_null(body);
    if (!strstr(body, what))
        fail_msg("%s is not inside the box %s", what, box_label);
    free(body);
    free(name);
}

static void test_labels_and_legend(void **state)
{
    fixture *f = *state;
    char *svg = draw(f, "svg", NULL, NULL);
    assert_non_null(strstr(svg, "<svg"));
    assert_non_null(strstr(svg, "蓝鲸智造"));         /* Chinese prefLabel wins over English */
    assert_non_null(strstr(svg, ">Far Hills<"));      /* English when there is no Chinese */
    assert_non_null(strstr(svg, "company/Nameless")); /* the IRI when there is no name */
    assert_non_null(strstr(svg, "图例"));
    assert_non_null(strstr(svg, "位于"));
    assert_non_null(strstr(svg, "生产"));
    assert_non_null(strstr(svg, "Noto Sans CJK SC"));
    /* Articles and mentions are not drawn unless asked. */
    assert_null(strstr(svg, "蓝鲸智造落户青川"));
    assert_null(strstr(svg, "#char="));
    free(svg);
}

static void test_places_are_boxes(void **state)
{
    fixture *f = *state;
    char *dot = draw(f, "dot", NULL, NULL);
    /* The district holds the park, the park holds the company. */
    assert_inside(dot, "青川区", "青川高新区");
    assert_inside(dot, "青川区", "蓝鲸智造");
    assert_inside(dot, "青川高新区", "蓝鲸智造");
    assert_inside(dot, "白石县", "远山食品");
    /* A company is in at most one box: not in the other district's. */
    char *name = cluster_named(dot, "白石县");
    char *body = subgraph(dot, name);
    assert_null(strstr(body, "蓝鲸智造"));
    free(body);
    free(name);
    /* Industries share one box. */
    char *industries = subgraph(dot, "cluster_industries");
    assert_non_null(industries);
    assert_non_null(strstr(industries, "储能"));
    assert_non_null(strstr(industries, "食品"));
    free(industries);
    free(dot);
}

static void test_focus(void **state)
{
    fixture *f = *state;
    cnkg_render_view v = {.focus = "蓝鲸公司"}; /* any of its names */
    cnkg_render_report r;
    char *svg = draw(f, "svg", &v, &r);
    assert_non_null(strstr(svg, "青川高新区"));
    assert_non_null(strstr(svg, "钠离子电池"));
    assert_non_null(strstr(svg, "储能"));
    /* Two hops away, but where the park is: drawn as its box. */
    assert_non_null(strstr(svg, "青川区"));
    assert_null(strstr(svg, "远山食品"));
    assert_null(strstr(svg, "白石县"));
    assert_null(strstr(svg, "食品<"));
    assert_int_equal(r.nodes, 5);
    assert_false(r.summarised);
    assert_string_equal(r.layout, "dot");
    free(svg);
}

static void test_focus_unknown(void **state)
{
    fixture *f = *state;
    cnkg_render_view v = {.focus = "蓝鲸"};
    cnkg_error err = {{0}};
    FILE *fp = fopen("/dev/null", "w");
    assert_int_equal(cnkg_render_diagram_draw(f->d, fp, "svg", &v, NULL, &err), -1);
    fclose(fp);
    assert_non_null(strstr(err.message, "蓝鲸"));
    assert_non_null(strstr(err.message, "did you mean 蓝鲸智造"));
}

static void test_class_and_relation(void **state)
{
    fixture *f = *state;
    cnkg_render_view v = {.classes = 1u << CNKG_COMPANY};
    char *svg = draw(f, "svg", &v, NULL);
    assert_non_null(strstr(svg, "蓝鲸智造"));
    assert_non_null(strstr(svg, "远山食品"));
    assert_null(strstr(svg, "青川高新区"));
    assert_null(strstr(svg, "钠离子电池"));
    free(svg);

    cnkg_render_view w = {.relations = 1u << CNKG_LOCATED_IN};
    svg = draw(f, "svg", &w, NULL);
    assert_non_null(strstr(svg, "位于"));
    assert_null(strstr(svg, "生产"));
    assert_null(strstr(svg, "钠离子电池"));
    free(svg);
}

static void test_article(void **state)
{
    fixture *f = *state;
    assert_int_equal(cnkg_render_diagram_article_count(f->d), 2);
    assert_string_equal(cnkg_render_diagram_article_headline(f->d, 2), "远山食品扩产");
    assert_null(cnkg_render_diagram_article_headline(f->d, 3));
    cnkg_render_view v = {.article = 2, .show_articles = 1};
    char *svg = draw(f, "svg", &v, NULL);
    assert_non_null(strstr(svg, "远山食品"));
    assert_non_null(strstr(svg, "白石县"));
    assert_non_null(strstr(svg, "提及"));
    assert_non_null(strstr(svg, "远山食品扩产"));
    assert_null(strstr(svg, "蓝鲸智造"));
    free(svg);

    cnkg_render_view bad = {.article = 3};
    cnkg_error err = {{0}};
    FILE *fp = fopen("/dev/null", "w");
    assert_int_equal(cnkg_render_diagram_draw(f->d, fp, "svg", &bad, NULL, &err), -1);
    fclose(fp);
    assert_non_null(strstr(err.message, "2 articles"));
}

/* Both articles name the same three things; each states one relation, the
 * first from its whole text, the second from a sentence. */
static const char *const STATED =
    "@prefix kg: <https://w3id.org/cnkg/ontology#> .\n"
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    "@prefix schema: <https://schema.org/> .\n"
    "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"
    "@prefix prov: <http://www.w3.org/ns/prov#> .\n"
    "@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .\n"
    "@prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .\n"
    "<https://w3id.org/cnkg/id/company/A> a kg:Company ; skos:prefLabel \"甲公司\"@zh ;\n"
    "    kg:produces <https://w3id.org/cnkg/id/product/P> ; kg:locatedIn "
    "<https://w3id.org/cnkg/id/park/B> .\n"
    "<https://w3id.org/cnkg/id/park/B> a kg:IndustrialPark ; skos:prefLabel \"乙园区\"@zh .\n"
    "<https://w3id.org/cnkg/id/product/P> a kg:Product ; skos:prefLabel \"丙电池\"@zh .\n"
    "<https://w3id.org/cnkg/id/article/s1> a schema:NewsArticle ; kg:hasContext "
    "<https://w3id.org/cnkg/id/article/s1#c> "
    ".\n"
    "<https://w3id.org/cnkg/id/article/s2> a schema:NewsArticle ; kg:hasContext "
    "<https://w3id.org/cnkg/id/article/s2#c> "
    ".\n"
    "<https://w3id.org/cnkg/id/article/s2#s> a nif:Sentence ;\n"
    "    nif:referenceContext <https://w3id.org/cnkg/id/article/s2#c> .\n"
    "<https://w3id.org/cnkg/id/statement/1> a rdf:Statement ; rdf:subject "
    "<https://w3id.org/cnkg/id/company/A> ; rdf:predicate kg:produces ;\n"
    "    rdf:object <https://w3id.org/cnkg/id/product/P> ; prov:wasDerivedFrom "
    "<https://w3id.org/cnkg/id/article/s1#c> "
    ".\n"
    "<https://w3id.org/cnkg/id/statement/2> a rdf:Statement ; rdf:subject "
    "<https://w3id.org/cnkg/id/company/A> ; rdf:predicate kg:locatedIn ;\n"
    "    rdf:object <https://w3id.org/cnkg/id/park/B> ; prov:wasDerivedFrom "
    "<https://w3id.org/cnkg/id/article/s2#s> .\n";

static void mention(FILE *fp, const char *article, int at, const char *entity)
{
    fprintf(fp,
            "<https://w3id.org/cnkg/id/article/%s#m%d> a nif:Phrase ;\n"
            "    nif:referenceContext <https://w3id.org/cnkg/id/article/%s#c> ;\n"
            "    itsrdf:taIdentRef <https://w3id.org/cnkg/id/%s> .\n",
            article, at, article, entity);
}

/* --article draws only the relations that article states. */
static void test_article_draws_its_own_facts(void **state)
{
    fixture *f = *state;
    char path[300];
    snprintf(path, sizeof path, "%s/stated.ttl", f->dir);
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs(STATED, fp);
    const char *entities[] = {"company/A", "park/B", "product/P"};
    for (int k = 0; k < 3; k++) {
        mention(fp, "s1", k, entities[k]);
        mention(fp, "s2", k, entities[k]);
    }
    fclose(fp);
    cnkg_diagram *d = cnkg_render_diagram_new(f->onto);
    cnkg_error err = {{0}};
    if (cnkg_render_diagram_add_rdf_file(d, path, &err) != 0)
        fail_msg("%s", err.message);
    FILE *sink = fopen("/dev/null", "w");
    size_t expect[] = {2, 1, 1}; /* the whole graph, then article 1 and 2 */
    for (size_t article = 0; article <= 2; article++) {
        cnkg_render_view v = {.article = article};
        cnkg_render_report r;
        assert_int_equal(cnkg_render_diagram_draw(d, sink, "dot", &v, &r, &err), 0);
        if (r.selected_edges != expect[article])
            fail_msg("article %zu: %zu edges, not %zu", article, r.selected_edges, expect[article]);
    }
    fclose(sink);
    cnkg_render_diagram_free(d);
    unlink(path);
    (void)state;
}

static void test_overview(void **state)
{
    fixture *f = *state;
    cnkg_render_view v = {.max_nodes = 3};
    cnkg_render_report r;
    char *svg = draw(f, "svg", &v, &r);
    assert_true(r.summarised);
    assert_true(r.selected_nodes > 3);
    assert_non_null(strstr(svg, "概览"));
    assert_non_null(strstr(svg, "focus"));        /* Graphviz writes - as &#45; */
    assert_non_null(strstr(svg, "all 画出全部")); /* --all, with - as &#45; */
    free(svg);
}

/* The same view drawn twice is the same bytes, however the heap lies: the
 * order of the boxes once followed the addresses of their names. */
static void test_deterministic(void **state)
{
    fixture *f = *state;
    const char *formats[] = {"dot", "svg"};
    for (size_t k = 0; k < 2; k++) {
        char *first = draw(f, formats[k], NULL, NULL);
        /* Blocks of assorted sizes, every other one freed, so that the
         * second drawing's names land elsewhere. */
        enum { N = 2000 };
        void **junk = calloc(N, sizeof *junk);
        for (size_t i = 0; i < N; i++)
            junk[i] = malloc(16 + (i * 7919) % 200);
        for (size_t i = 0; i < N; i += 2)
            free(junk[i]);
        char *second = draw(f, formats[k], NULL, NULL);
        for (size_t i = 1; i < N; i += 2)
            free(junk[i]);
        free(junk);
        assert_string_equal(first, second);
        free(first);
        free(second);
    }
}

/* A hub with four leaf industries, two companies in it, a project two
 * relations tie to one company, and a company nothing is said about. */
static const char *const HUB =
    "@prefix kg: <https://w3id.org/cnkg/ontology#> .\n"
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    "@prefix id: <https://w3id.org/cnkg/id/> .\n"
    "id:division\\/900001 a kg:AdministrativeDivision ; skos:prefLabel \"甲市\"@zh ;\n"
    "    kg:developsIndustry id:industry\\/产业一, id:industry\\/产业二, id:industry\\/产业三,\n"
    "        id:industry\\/产业四 .\n"
    "id:industry\\/产业一 a kg:Industry ; skos:prefLabel \"产业一\"@zh .\n"
    "id:industry\\/产业二 a kg:Industry ; skos:prefLabel \"产业二\"@zh .\n"
    "id:industry\\/产业三 a kg:Industry ; skos:prefLabel \"产业三\"@zh .\n"
    "id:industry\\/产业四 a kg:Industry ; skos:prefLabel \"产业四\"@zh .\n"
    "id:company\\/乙公司 a kg:Company ; skos:prefLabel \"乙公司\"@zh ;\n"
    "    kg:locatedIn id:division\\/900001 ; kg:collaboratesWith id:company\\/丙公司 ;\n"
    "    kg:operates id:project\\/戊项目 ; kg:produces id:project\\/戊项目 .\n"
    "id:company\\/丙公司 a kg:Company ; skos:prefLabel \"丙公司\"@zh ;\n"
    "    kg:locatedIn id:division\\/900001 .\n"
    "id:project\\/戊项目 a kg:Project ; skos:prefLabel \"戊项目\"@zh .\n"
    "id:company\\/己公司 a kg:Company ; skos:prefLabel \"己公司\"@zh .\n";

static cnkg_diagram *diagram_of(fixture *f, const char *name, const char *ttl)
{
    char path[300];
    snprintf(path, sizeof path, "%s/%s", f->dir, name);
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs(ttl, fp);
    fclose(fp);
    cnkg_diagram *d = cnkg_render_diagram_new(f->onto);
    cnkg_error err = {{0}};
    if (cnkg_render_diagram_add_rdf_file(d, path, &err) != 0)
        fail_msg("%s", err.message);
    unlink(path);
    return d;
}

static cnkg_diagram *hub_diagram(fixture *f)
{
    return diagram_of(f, "hub.ttl", HUB);
}

static char *draw_diagram(cnkg_diagram *d, const cnkg_render_view *v, cnkg_render_report *r)
{
    char *text = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&text, &len);
    assert_non_null(fp);
    cnkg_error err = {{0}};
    int rc = cnkg_render_diagram_draw(d, fp, "dot", v, r, &err);
    fclose(fp);
    if (rc != 0)
        fail_msg("%s", err.message);
    return text;
}

static size_t count_of(const char *text, const char *what)
{
    size_t n = 0;
    for (const char *p = text; (p = strstr(p, what)); p += strlen(what))
        n++;
    return n;
}

/* The DOT statement (up to its closing bracket) that starts at the first
 * occurrence of what, or NULL. */
static char *statement_with(const char *dot, const char *what)
{
    const char *p = strstr(dot, what);
    if (!p)
        return NULL;
    const char *end = strchr(p, ']');
    return strndup(p, end ? (size_t)(end - p + 1) : strlen(p));
}

static void test_overview_groups_lists_and_merges(void **state)
{
    fixture *f = *state;
    cnkg_diagram *d = hub_diagram(f);
    cnkg_render_view v = {.max_nodes = 8};
    cnkg_render_report r;
    char *dot = draw_diagram(d, &v, &r);
    assert_true(r.summarised);
    /* The four leaf industries: one node listing them, one edge counting. */
    assert_int_equal(r.grouped, 4);
    assert_null(strstr(dot, "industry/产业一"));
    char *group = statement_with(dot, "\"group:0\"");
    assert_non_null(group);
    assert_non_null(strstr(group, "产业 4 个"));
    assert_non_null(strstr(group, "产业一、产业三"));
    free(group);
    assert_non_null(strstr(dot, "发展产业 ×4"));
    /* Nothing is said about 己公司: listed in the legend, not drawn. */
    assert_int_equal(r.isolated, 1);
    assert_null(strstr(dot, "company/己公司"));
    char *list = statement_with(dot, "\"list:isolated\"");
    assert_non_null(list);
    assert_non_null(strstr(list, "己公司"));
    free(list);
    /* Two relations between 乙公司 and 戊项目: one edge naming both. */
    char *pair = statement_with(dot, "\"https://w3id.org/cnkg/id/company/乙公司\" -> "
                                     "\"https://w3id.org/cnkg/id/project/戊项目\"");
    assert_non_null(pair);
    assert_non_null(strstr(pair, "生产"));
    assert_non_null(strstr(pair, "运营"));
    free(pair);
    assert_int_equal(count_of(dot, "-> \"https://w3id.org/cnkg/id/project/戊项目\""), 1);
    assert_int_equal(r.hidden, 0);
    assert_int_equal(r.nodes, 5); /* 甲市 乙公司 丙公司 戊项目 and the group */
    assert_non_null(strstr(dot, "概览"));
    free(dot);
    cnkg_render_diagram_free(d);
}

/* Past the budget the most connected stay: 甲市 with its group, then
 * 乙公司; 丙公司 and 戊项目 are left out, and counted. */
static void test_overview_keeps_most_connected(void **state)
{
    fixture *f = *state;
    cnkg_diagram *d = hub_diagram(f);
    cnkg_render_view v = {.max_nodes = 3};
    cnkg_render_report r;
    char *dot = draw_diagram(d, &v, &r);
    assert_true(r.summarised);
    assert_int_equal(r.nodes, 3);
    assert_int_equal(r.hidden, 2);
    assert_non_null(strstr(dot, "甲市"));
    assert_non_null(strstr(dot, "乙公司"));
    assert_null(strstr(dot, "company/丙公司"));
    assert_null(strstr(dot, "戊项目"));
    assert_non_null(strstr(dot, "个连接较少的实体未画出")); /* the title says so */
    /* The same overview twice is the same bytes. */
    char *again = draw_diagram(d, &v, &r);
    assert_string_equal(dot, again);
    free(again);
    free(dot);
    cnkg_render_diagram_free(d);
}

/* --all draws everything, the entity in no fact too. */
static void test_all_draws_everything(void **state)
{
    fixture *f = *state;
    cnkg_diagram *d = hub_diagram(f);
    cnkg_render_view v = {.max_nodes = 3, .all = 1};
    cnkg_render_report r;
    char *dot = draw_diagram(d, &v, &r);
    assert_false(r.summarised);
    assert_int_equal(r.nodes, 9);
    assert_non_null(strstr(dot, "company/己公司"));
    assert_non_null(strstr(dot, "industry/产业一"));
    assert_null(strstr(dot, "group:"));
    free(dot);
    cnkg_render_diagram_free(d);
}

/* Articles listed out of the order of their text, as Turtle lists them
 * (by IRI): numbers follow schema:position. */
static const char *const SHUFFLED =
    "@prefix schema: <https://schema.org/> .\n"
    "<https://w3id.org/cnkg/id/article/a> a schema:NewsArticle ; schema:position 3 ;\n"
    "    schema:headline \"第三篇：园区扩建\"@zh .\n"
    "<https://w3id.org/cnkg/id/article/b> a schema:NewsArticle ; schema:position 1 ;\n"
    "    schema:headline \"第一篇：企业落户\"@zh .\n"
    "<https://w3id.org/cnkg/id/article/c> a schema:NewsArticle ; schema:position 2 ;\n"
    "    schema:headline \"第二篇：企业扩产\"@zh .\n";

/* Two pages in sequence, as N-Quads lists them: the order met stands. */
static const char *const PAGES =
    "@prefix schema: <https://schema.org/> .\n"
    "<https://w3id.org/cnkg/id/article/z> a schema:NewsArticle ; schema:position 1 ;\n"
    "    schema:headline \"甲页一\"@zh .\n"
    "<https://w3id.org/cnkg/id/article/y> a schema:NewsArticle ; schema:position 2 ;\n"
    "    schema:headline \"甲页二\"@zh .\n"
    "<https://w3id.org/cnkg/id/article/x> a schema:NewsArticle ; schema:position 1 ;\n"
    "    schema:headline \"乙页一\"@zh .\n";

static void test_articles_in_text_order(void **state)
{
    fixture *f = *state;
    cnkg_diagram *d = diagram_of(f, "shuffled.ttl", SHUFFLED);
    assert_int_equal(cnkg_render_diagram_article_count(d), 3);
    assert_string_equal(cnkg_render_diagram_article_headline(d, 1), "第一篇：企业落户");
    assert_string_equal(cnkg_render_diagram_article_headline(d, 2), "第二篇：企业扩产");
    assert_string_equal(cnkg_render_diagram_article_headline(d, 3), "第三篇：园区扩建");
    cnkg_render_diagram_free(d);

    d = diagram_of(f, "pages.ttl", PAGES);
    assert_string_equal(cnkg_render_diagram_article_headline(d, 1), "甲页一");
    assert_string_equal(cnkg_render_diagram_article_headline(d, 2), "甲页二");
    assert_string_equal(cnkg_render_diagram_article_headline(d, 3), "乙页一");
    cnkg_render_diagram_free(d);
}

static void test_article_by_headline(void **state)
{
    fixture *f = *state;
    cnkg_diagram *d = diagram_of(f, "shuffled.ttl", SHUFFLED);
    cnkg_error err = {{0}};
    size_t n = 0;
    assert_int_equal(cnkg_render_diagram_article_find(d, "园区", &n, &err), 0);
    assert_int_equal(n, 3);
    /* Two headlines contain 企业: both offered, with their numbers. */
    assert_int_equal(cnkg_render_diagram_article_find(d, "企业", &n, &err), -1);
    assert_non_null(strstr(err.message, "1 第一篇：企业落户"));
    assert_non_null(strstr(err.message, "2 第二篇：企业扩产"));
    assert_int_equal(cnkg_render_diagram_article_find(d, "火星", &n, &err), -1);
    assert_non_null(strstr(err.message, "3 articles"));
    cnkg_render_diagram_free(d);
}

static void test_bad_file(void **state)
{
    fixture *f = *state;
    char path[128];
    snprintf(path, sizeof path, "%s/broken.ttl", f->dir);
    FILE *fp = fopen(path, "w");
    fputs("<a> <b> \n", fp);
    fclose(fp);
    cnkg_diagram *d = cnkg_render_diagram_new(f->onto);
    cnkg_error err = {{0}};
    assert_int_equal(cnkg_render_diagram_add_rdf_file(d, path, &err), -1);
    assert_non_null(strstr(err.message, "broken.ttl"));
    assert_int_equal(cnkg_render_diagram_add_rdf_file(d, "/nonexistent/kg.ttl", &err), -1);
    assert_int_equal(cnkg_render_diagram_add_rdf_file(d, f->dir, &err), -1); /* no RDF extension */
    cnkg_render_diagram_free(d);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_labels_and_legend, setup, teardown),
        cmocka_unit_test_setup_teardown(test_places_are_boxes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_focus, setup, teardown),
        cmocka_unit_test_setup_teardown(test_focus_unknown, setup, teardown),
        cmocka_unit_test_setup_teardown(test_class_and_relation, setup, teardown),
        cmocka_unit_test_setup_teardown(test_article, setup, teardown),
        cmocka_unit_test_setup_teardown(test_article_draws_its_own_facts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_overview, setup, teardown),
        cmocka_unit_test_setup_teardown(test_deterministic, setup, teardown),
        cmocka_unit_test_setup_teardown(test_overview_groups_lists_and_merges, setup, teardown),
        cmocka_unit_test_setup_teardown(test_overview_keeps_most_connected, setup, teardown),
        cmocka_unit_test_setup_teardown(test_all_draws_everything, setup, teardown),
        cmocka_unit_test_setup_teardown(test_articles_in_text_order, setup, teardown),
        cmocka_unit_test_setup_teardown(test_article_by_headline, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bad_file, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
