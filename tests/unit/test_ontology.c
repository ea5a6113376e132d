/* test_ontology.c - the loader against the real ontology/ tree and against
 * small Turtle files written for each case. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cnkg_ontology.h"
#include "fixture.h"

#define DIV CNKG_ID_NS "division/"

typedef struct fixture {
    cnkg_ontology *onto; /* the real ontology, loaded once */
    double load_seconds;
} fixture;

typedef struct province_case {
    const fixture *fx;
    const char *name, *short_name, *code;
} province_case;

/* All 34 province-level units: official name, usual short form, code. */
static const char *const provinces[34][3] = {
    {"北京市", "北京", "110000"},           {"天津市", "天津", "120000"},
    {"河北省", "河北", "130000"},           {"山西省", "山西", "140000"},
    {"内蒙古自治区", "内蒙古", "150000"},   {"辽宁省", "辽宁", "210000"},
    {"吉林省", "吉林", "220000"},           {"黑龙江省", "黑龙江", "230000"},
    {"上海市", "上海", "310000"},           {"江苏省", "江苏", "320000"},
    {"浙江省", "浙江", "330000"},           {"安徽省", "安徽", "340000"},
    {"福建省", "福建", "350000"},           {"江西省", "江西", "360000"},
    {"山东省", "山东", "370000"},           {"河南省", "河南", "410000"},
    {"湖北省", "湖北", "420000"},           {"湖南省", "湖南", "430000"},
    {"广东省", "广东", "440000"},           {"广西壮族自治区", "广西", "450000"},
    {"海南省", "海南", "460000"},           {"重庆市", "重庆", "500000"},
    {"四川省", "四川", "510000"},           {"贵州省", "贵州", "520000"},
    {"云南省", "云南", "530000"},           {"西藏自治区", "西藏", "540000"},
    {"陕西省", "陕西", "610000"},           {"甘肃省", "甘肃", "620000"},
    {"青海省", "青海", "630000"},           {"宁夏回族自治区", "宁夏", "640000"},
    {"新疆维吾尔自治区", "新疆", "650000"}, {"台湾省", "台湾", "710000"},
    {"香港特别行政区", "香港", "810000"},   {"澳门特别行政区", "澳门", "820000"},
};

/* --- helpers ------------------------------------------------------------ */

static int has_form(const cnkg_term *t, const char *form)
{
    for (size_t i = 0; i < t->n_forms; i++)
        if (strcmp(t->forms[i], form) == 0)
            return 1;
    return 0;
}

/* Divisions that list form among their surface forms. */
static size_t divisions_with_form(const cnkg_ontology *onto, const char *form,
                                  const cnkg_term **first)
{
    size_t n = 0;
    *first = NULL;
    for (size_t i = 0; i < cnkg_ontology_term_count(onto); i++) {
        const cnkg_term *t = cnkg_ontology_term(onto, i);
        if (t->cls == CNKG_ADMINISTRATIVE_DIVISION && has_form(t, form)) {
            if (!n)
                *first = t;
            n++;
        }
    }
    return n;
}

/* Longest first by code points, ties by bytes, no repeats. */
static void assert_sorted(const char *const *v, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        size_t a = cnkg_utf8_length(v[i - 1]), b = cnkg_utf8_length(v[i]);
        assert_true(a > b || (a == b && strcmp(v[i - 1], v[i]) < 0));
    }
}

/* --- the real ontology ---------------------------------------------------- */

static void test_bishan(void **state)
{
    const fixture *fx = *state;
    const cnkg_term *t = cnkg_ontology_term_by_iri(fx->onto, DIV "500120");
    assert_non_null(t);
    assert_int_equal(t->cls, CNKG_ADMINISTRATIVE_DIVISION);
    assert_string_equal(t->label, "璧山区");
    assert_string_equal(t->forms[0], "璧山区");
    assert_string_equal(t->code, "500120");
    assert_true(has_form(t, "璧山"));
    assert_non_null(t->parent);
    assert_string_equal(t->parent, DIV "500000");
    const cnkg_term *p = cnkg_ontology_term_by_iri(fx->onto, t->parent);
    assert_non_null(p);
    assert_string_equal(p->label, "重庆市");
    assert_null(p->parent);
}

static void test_spot_codes(void **state)
{
    const fixture *fx = *state;
    static const char *const cases[][2] = {
        {"巴南区", "500113"}, {"荣昌区", "500153"}, {"江西省", "360000"},
        {"山东省", "370000"}, {"舒城县", "341523"}, {"六安市", "341500"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const cnkg_term *t;
        assert_int_equal(divisions_with_form(fx->onto, cases[i][0], &t), 1);
        assert_string_equal(t->code, cases[i][1]);
    }
    const cnkg_term *jx = cnkg_ontology_term_by_iri(fx->onto, DIV "360000");
    assert_non_null(jx);
    assert_true(has_form(jx, "江西"));
    /* 赣 is only a hidden label. */
    for (size_t i = 0; i < jx->n_forms; i++)
        assert_int_equal(jx->form_kinds[i], strcmp(jx->forms[i], "赣") == 0 ? 2 : i == 0 ? 0 : 1);
    const cnkg_term *shucheng = cnkg_ontology_term_by_iri(fx->onto, DIV "341523");
    assert_string_equal(shucheng->parent, DIV "341500");
}

static void test_province(void **state)
{
    const province_case *pc = *state;
    const cnkg_term *t;
    assert_int_equal(divisions_with_form(pc->fx->onto, pc->name, &t), 1);
    assert_string_equal(t->code, pc->code);
    assert_string_equal(t->label, pc->name);

    /* A short form may also name a city (吉林), but the province is among
     * the divisions it resolves to. */
    size_t n = divisions_with_form(pc->fx->onto, pc->short_name, &t);
    assert_true(n >= 1);
    char iri[64];
    snprintf(iri, sizeof iri, DIV "%s", pc->code);
    const cnkg_term *prov = cnkg_ontology_term_by_iri(pc->fx->onto, iri);
    assert_non_null(prov);
    assert_true(has_form(prov, pc->short_name));
    assert_string_equal(prov->code, pc->code);
}

static void test_terms_sorted_and_indexed(void **state)
{
    const fixture *fx = *state;
    size_t n = cnkg_ontology_term_count(fx->onto);
    assert_true(n > 3000);
    for (size_t i = 0; i < n; i++) {
        const cnkg_term *t = cnkg_ontology_term(fx->onto, i);
        if (i > 0)
            assert_true(strcmp(cnkg_ontology_term(fx->onto, i - 1)->iri, t->iri) < 0);
        assert_ptr_equal(cnkg_ontology_term_by_iri(fx->onto, t->iri), t);
        assert_true(t->n_forms >= 1);
        assert_string_equal(t->forms[0], t->label);
    }
    assert_null(cnkg_ontology_term(fx->onto, n));
    assert_null(cnkg_ontology_term_by_iri(fx->onto, DIV "999999"));
}

static void test_presentation(void **state)
{
    const fixture *fx = *state;
    assert_string_equal(cnkg_ontology_class_label(fx->onto, CNKG_COMPANY, "zh"), "企业");
    assert_string_equal(cnkg_ontology_class_label(fx->onto, CNKG_COMPANY, "en"), "Company");
    assert_string_equal(cnkg_ontology_class_label(fx->onto, CNKG_COMPANY, "fr"), "Company");
    assert_string_equal(cnkg_ontology_relation_label(fx->onto, CNKG_LOCATED_IN, "zh"), "位于");
    assert_string_equal(cnkg_ontology_class_shape(fx->onto, CNKG_COMPANY), "box");
    assert_string_equal(cnkg_ontology_class_colour(fx->onto, CNKG_COMPANY), "#cfe2ff");
    for (int c = 0; c < CNKG_CLASS_COUNT; c++) {
        assert_string_not_equal(cnkg_ontology_class_label(fx->onto, c, "zh"),
                                cnkg_class_name(cnkg_ontology_names(fx->onto), c));
        assert_non_null(cnkg_ontology_class_shape(fx->onto, c));
    }
    for (int r = 0; r < CNKG_RELATION_COUNT; r++)
        assert_string_not_equal(cnkg_ontology_relation_label(fx->onto, r, "zh"),
                                cnkg_relation_name(cnkg_ontology_names(fx->onto), r));
    const char *schema = cnkg_ontology_schema_path(fx->onto);
    assert_string_equal(schema + strlen(schema) - 9, "/cnkg.ttl");
}

#define BIT(c) (1u << (c))

/* cnkg.ttl's rdfs:domain and rdfs:range, unions and all, as the extractor
 * asks for them; and the symmetric relation, which graph/ also knows. */
static void test_relation_signatures(void **state)
{
    const fixture *fx = *state;
    unsigned d = cnkg_ontology_relation_domain(fx->onto, CNKG_LOCATED_IN);
    assert_true(d & BIT(CNKG_COMPANY));
    assert_true(d & BIT(CNKG_PROJECT));
    assert_false(d & BIT(CNKG_PROGRAM));
    assert_false(d & BIT(CNKG_REGION));
    assert_int_equal(cnkg_ontology_relation_range(fx->onto, CNKG_LOCATED_IN),
                     BIT(CNKG_ADMINISTRATIVE_DIVISION) | BIT(CNKG_INDUSTRIAL_PARK));
    assert_false(cnkg_ontology_relation_domain(fx->onto, CNKG_DEVELOPS_INDUSTRY) &
                 BIT(CNKG_REGION));
    assert_int_equal(cnkg_ontology_relation_range(fx->onto, CNKG_IN_INDUSTRY), BIT(CNKG_INDUSTRY));
    assert_int_equal(cnkg_ontology_relation_domain(fx->onto, CNKG_AFFILIATED_WITH),
                     BIT(CNKG_PERSON));
    for (int r = 0; r < CNKG_RELATION_COUNT; r++) {
        assert_int_not_equal(cnkg_ontology_relation_domain(fx->onto, r), 0);
        assert_int_not_equal(cnkg_ontology_relation_range(fx->onto, r), 0);
        assert_int_equal(cnkg_ontology_relation_is_symmetric(fx->onto, r),
                         r == CNKG_COLLABORATES_WITH);
    }
}

/* The enums are indices into what cnkg.ttl declares (kg:contractClasses,
 * kg:contractRelations): this is where the C order and the Turtle's must
 * agree, name by name. The names are the contract's (spec/SCHEMA.md). */
static void test_contract_names_follow_the_enums(void **state)
{
    const fixture *fx = *state;
    const cnkg_names *n = cnkg_ontology_names(fx->onto);
    static const char *const classes[CNKG_CLASS_COUNT][2] = {
        [CNKG_ADMINISTRATIVE_DIVISION] = {"AdministrativeDivision", "division"},
        [CNKG_REGION] = {"Region", "region"},
        [CNKG_INDUSTRIAL_PARK] = {"IndustrialPark", "park"},
        [CNKG_COMPANY] = {"Company", "company"},
        [CNKG_GOVERNMENT_AGENCY] = {"GovernmentAgency", "agency"},
        [CNKG_ORGANIZATION] = {"Organization", "organization"},
        [CNKG_INDUSTRY] = {"Industry", "industry"},
        [CNKG_PROGRAM] = {"Program", "program"},
        [CNKG_PRODUCT] = {"Product", "product"},
        [CNKG_PROJECT] = {"Project", "project"},
        [CNKG_PERSON] = {"Person", "person"},
        [CNKG_EVENT] = {"Event", "event"},
        [CNKG_PLACE] = {"Place", "place"},
    };
    static const char *const relations[CNKG_RELATION_COUNT] = {
        [CNKG_LOCATED_IN] = "locatedIn",
        [CNKG_ORIGIN_FROM] = "originFrom",
        [CNKG_IN_INDUSTRY] = "inIndustry",
        [CNKG_DEVELOPS_INDUSTRY] = "developsIndustry",
        [CNKG_DESIGNATED_AS] = "designatedAs",
        [CNKG_COVERS] = "covers",
        [CNKG_IMPLEMENTS] = "implements",
        [CNKG_LEADS] = "leads",
        [CNKG_COLLABORATES_WITH] = "collaboratesWith",
        [CNKG_PRODUCES] = "produces",
        [CNKG_OPERATES] = "operates",
        [CNKG_AFFILIATED_WITH] = "affiliatedWith",
    };
    for (int c = 0; c < CNKG_CLASS_COUNT; c++) {
        assert_string_equal(cnkg_class_name(n, c), classes[c][0]);
        assert_string_equal(cnkg_class_slug(n, c), classes[c][1]);
        assert_int_equal(cnkg_class_from_name(n, classes[c][0]), c);
    }
    for (int r = 0; r < CNKG_RELATION_COUNT; r++) {
        assert_string_equal(cnkg_relation_name(n, r), relations[r]);
        assert_int_equal(cnkg_relation_from_name(n, relations[r]), r);
        assert_int_equal(cnkg_relation_is_symmetric(n, r), r == CNKG_COLLABORATES_WITH);
    }
    assert_null(cnkg_class_name(n, CNKG_CLASS_COUNT));
    assert_int_equal(cnkg_class_from_name(n, "Department"), CNKG_CLASS_NONE);
    assert_int_equal(cnkg_relation_from_name(n, "hasContext"), CNKG_RELATION_NONE);
}

static void test_cues(void **state)
{
    const fixture *fx = *state;
    static const struct {
        cnkg_class cls;
        cnkg_cue_kind kind;
        const char *member;
    } lists[] = {
        {CNKG_COMPANY, CNKG_CUE_SUFFIX, "有限公司"},
        {CNKG_COMPANY, CNKG_CUE_GENERIC, "龙头企业"},
        {CNKG_INDUSTRIAL_PARK, CNKG_CUE_SUFFIX, "高新区"},
        {CNKG_GOVERNMENT_AGENCY, CNKG_CUE_SUFFIX, "管委会"},
        {CNKG_ORGANIZATION, CNKG_CUE_SUFFIX, "研究院"},
        {CNKG_PROJECT, CNKG_CUE_SUFFIX, "项目"},
        {CNKG_PROGRAM, CNKG_CUE_TRIGGER, "被认定为"},
        {CNKG_EVENT, CNKG_CUE_PREFIX, "第"},
        {CNKG_PLACE, CNKG_CUE_SUFFIX, "景区"},
        {CNKG_PERSON, CNKG_CUE_TRIGGER, "董事长"},
    };
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
        size_t n;
        const char *const *v = cnkg_ontology_class_cues(fx->onto, lists[i].cls, lists[i].kind, &n);
        assert_true(n > 0);
        assert_sorted(v, n);
        int found = 0;
        for (size_t k = 0; k < n; k++)
            found |= strcmp(v[k], lists[i].member) == 0;
        assert_true(found);
    }
    size_t n;
    const char *const *suffixes =
        cnkg_ontology_class_cues(fx->onto, CNKG_COMPANY, CNKG_CUE_SUFFIX, &n);
    assert_string_equal(suffixes[0], "集团股份有限公司");
    for (int r = 0; r < CNKG_RELATION_COUNT; r++) {
        const char *const *v = cnkg_ontology_relation_cues(fx->onto, r, &n);
        assert_true(n > 0);
        assert_sorted(v, n);
    }
}

/* --- written for the case ------------------------------------------------- */

static const char *const prefixes = "@prefix kg: <https://w3id.org/cnkg/ontology#> .\n"
                                    "@prefix ex: <http://example.org/> .\n"
                                    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                                    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n";

static void test_malformed(void **state)
{
    (void)state;
    char *dir = fixture_dir_new("onto");
    cnkg_buf good = {0}, bad = {0};
    cnkg_buf_printf(&good, "%sex:a a kg:Company ; skos:prefLabel \"甲公司\"@zh .\n", prefixes);
    fixture_file_write(dir, "a-good.ttl", good.data);
    /* Line 6: the statement lacks its object. */
    cnkg_buf_printf(&bad, "%sex:b a kg:Company ;\n    skos:prefLabel .\n", prefixes);
    fixture_file_write(dir, "b-broken.ttl", bad.data);
    cnkg_buf_free(&good);
    cnkg_buf_free(&bad);

    cnkg_ontology *onto = (cnkg_ontology *)1;
    cnkg_error err = {{0}};
    assert_int_equal(cnkg_ontology_load(&onto, dir, &err), -1);
    assert_null(onto);
    assert_non_null(strstr(err.message, "b-broken.ttl:6:"));
    fixture_dir_remove(dir);
}

static void test_invalid_utf8(void **state)
{
    (void)state;
    char *dir = fixture_dir_new("onto");
    cnkg_buf bad = {0};
    /* Line 5: a label whose bytes are no UTF-8 (a lead byte, then ASCII). */
    cnkg_buf_printf(&bad, "%sex:a a kg:Company ;\n    skos:prefLabel \"\xe7\x41\"@zh .\n",
                    prefixes);
    fixture_file_write(dir, "bad-utf8.ttl", bad.data);
    cnkg_buf_free(&bad);
    cnkg_ontology *onto;
    cnkg_error err = {{0}};
    assert_int_equal(cnkg_ontology_load(&onto, dir, &err), -1);
    assert_non_null(strstr(err.message, "bad-utf8.ttl:"));
    assert_non_null(strstr(err.message, "UTF-8"));
    fixture_dir_remove(dir);
}

static void test_missing_dir(void **state)
{
    (void)state;
    cnkg_ontology *onto;
    cnkg_error err = {{0}};
    assert_int_equal(cnkg_ontology_load(&onto, "/nonexistent/cnkg-onto", &err), -1);
    assert_non_null(strstr(err.message, "/nonexistent/cnkg-onto"));
}

static void test_empty_dir(void **state)
{
    (void)state;
    /* no Turtle at all: nothing names the contract's classes */
    char *dir = fixture_dir_new("onto");
    fixture_file_write(dir, "notes.txt", "not Turtle, not loaded\n");
    cnkg_ontology *onto = (cnkg_ontology *)1;
    cnkg_error err = {{0}};
    assert_int_equal(cnkg_ontology_load(&onto, dir, &err), -1);
    assert_null(onto);
    assert_non_null(strstr(err.message, "kg:contractClasses"));
    fixture_dir_remove(dir);

    /* the contract's names and nothing else */
    dir = fixture_schema_dir_new("onto");
    fixture_file_write(dir, "notes.txt", "not Turtle, not loaded\n");
    assert_int_equal(cnkg_ontology_load(&onto, dir, &err), 0);
    assert_int_equal(cnkg_ontology_term_count(onto), 0);
    assert_int_equal(cnkg_ontology_department_count(onto), 0);
    assert_null(cnkg_ontology_term_by_iri(onto, DIV "500120"));
    size_t n = 1;
    cnkg_ontology_class_cues(onto, CNKG_COMPANY, CNKG_CUE_SUFFIX, &n);
    assert_int_equal(n, 0);
    assert_string_equal(cnkg_ontology_class_label(onto, CNKG_COMPANY, "zh"), "Company");
    assert_string_equal(cnkg_class_slug(cnkg_ontology_names(onto), CNKG_GOVERNMENT_AGENCY),
                        "agency");
    cnkg_ontology_free(onto);
    fixture_dir_remove(dir);
}

/* A contract list that leaves a class out, or a class without its slug,
 * is refused: cnkg could not name what it finds. */
static void test_contract_incomplete(void **state)
{
    (void)state;
    char *dir = fixture_dir_new("onto");
    fixture_file_write(dir, "short.ttl",
                       "@prefix kg: <" CNKG_NS "> .\n"
                       "<https://w3id.org/cnkg/ontology> kg:contractClasses ( kg:Company ) .\n");
    cnkg_ontology *onto;
    cnkg_error err = {{0}};
    assert_int_equal(cnkg_ontology_load(&onto, dir, &err), -1);
    assert_non_null(strstr(err.message, "lists 1 classes"));
    fixture_dir_remove(dir);

    /* the whole contract, but kg:slug "company" taken away */
    dir = fixture_schema_dir_new("onto");
    char path[512];
    snprintf(path, sizeof path, "%s/contract.ttl", dir);
    size_t len;
    char *text = cnkg_file_read(path, &len, &err);
    assert_non_null(text);
    char *slug = strstr(text, "kg:Company kg:slug");
    assert_non_null(slug);
    slug[0] = '#'; /* a comment now */
    fixture_file_write(dir, "contract.ttl", text);
    free(text);
    assert_int_equal(cnkg_ontology_load(&onto, dir, &err), -1);
    assert_non_null(strstr(err.message, "kg:Company has no kg:slug"));
    fixture_dir_remove(dir);
}

/* Subclass chains across files and directories, label choice, form order,
 * hidden forms, word list order, departments. */
static void test_small_lexicon(void **state)
{
    (void)state;
    char *dir = fixture_schema_dir_new("onto");
    char sub[600];
    snprintf(sub, sizeof sub, "%s/deep", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    cnkg_buf a = {0}, b = {0};
    cnkg_buf_printf(&a,
                    "%sex:Startup rdfs:subClassOf ex:Firm .\n"
                    "ex:Firm rdfs:subClassOf kg:Company .\n"
                    "ex:Loop rdfs:subClassOf ex:Loop .\n"
                    "kg:Company kg:nameSuffix \"公司\" , \"有限公司\" , \"厂\" , \"集团\" , "
                    "\"公司\" .\n"
                    "ex:Startup kg:nameSuffix \"科技\" .\n"
                    "ex:cooperates rdfs:subPropertyOf kg:collaboratesWith .\n"
                    "ex:cooperates kg:cue \"携手\" .\n"
                    "ex:lists kg:boundaryWord \"的\" , \"引进\" .\n"
                    "_:b kg:boundaryWord \"的\" , \"在\" .\n",
                    prefixes);
    fixture_file_write(dir, "schema.ttl", a.data);
    cnkg_buf_printf(&b,
                    "%sex:z a ex:Startup ;\n"
                    "  rdfs:label \"Zeta\"@en ;\n"
                    "  skos:hiddenLabel \"泽\"@zh ;\n"
                    "  skos:altLabel \"泽塔\"@zh , \"泽塔科技\"@zh ;\n"
                    "  skos:prefLabel \"Zeta Tech\"@en , \"泽塔科技有限公司\"@zh ;\n"
                    "  kg:locatedIn ex:town ; skos:broader ex:other .\n"
                    "ex:a a ex:Loop ; skos:prefLabel \"不是实体\" .\n"
                    "ex:dept a kg:Department ; skos:prefLabel \"经济和信息化委员会\"@zh ;\n"
                    "  skos:altLabel \"经信委\"@zh .\n"
                    "ex:paper a kg:Organization ; skos:prefLabel \"某日报\"@zh ;\n"
                    "  kg:homeDivision ex:town .\n"
                    "ex:town a kg:Township ; skos:notation \"123\" .\n"
                    "kg:Township rdfs:subClassOf kg:AdministrativeDivision .\n",
                    prefixes);
    fixture_file_write(sub, "data.ttl", b.data);
    cnkg_buf_free(&a);
    cnkg_buf_free(&b);

    cnkg_ontology *onto;
    cnkg_error err = {{0}};
    assert_int_equal(cnkg_ontology_load(&onto, dir, &err), 0);
    assert_int_equal(cnkg_ontology_term_count(onto), 3);
    assert_string_equal(cnkg_ontology_term(onto, 0)->iri, "http://example.org/paper");
    assert_string_equal(cnkg_ontology_term(onto, 1)->iri, "http://example.org/town");
    assert_string_equal(cnkg_ontology_term(onto, 2)->iri, "http://example.org/z");

    const cnkg_term *z = cnkg_ontology_term_by_iri(onto, "http://example.org/z");
    assert_non_null(z);
    assert_int_equal(z->cls, CNKG_COMPANY);
    assert_string_equal(z->label, "泽塔科技有限公司");
    static const char *const forms[] = {"泽塔科技有限公司", "Zeta Tech", "泽塔",
                                        "泽塔科技",         "泽",        "Zeta"};
    assert_int_equal(z->n_forms, 6);
    static const unsigned char kinds[] = {0, 0, 1, 1, 2, 1};
    for (size_t i = 0; i < 6; i++) {
        assert_string_equal(z->forms[i], forms[i]);
        assert_int_equal(z->form_kinds[i], kinds[i]);
    }
    assert_string_equal(z->parent, "http://example.org/town");
    assert_null(z->code);

    const cnkg_term *town = cnkg_ontology_term_by_iri(onto, "http://example.org/town");
    assert_int_equal(town->cls, CNKG_ADMINISTRATIVE_DIVISION);
    assert_string_equal(town->code, "123");
    assert_string_equal(town->label, town->iri); /* no label at all */
    const cnkg_term *paper = cnkg_ontology_term_by_iri(onto, "http://example.org/paper");
    assert_string_equal(paper->home_of, "http://example.org/town");

    assert_int_equal(cnkg_ontology_department_count(onto), 1);
    const cnkg_term *dept = cnkg_ontology_department(onto, 0);
    assert_int_equal(dept->cls, CNKG_GOVERNMENT_AGENCY);
    assert_string_equal(dept->label, "经济和信息化委员会");
    assert_true(has_form(dept, "经信委"));

    size_t n;
    const char *const *v = cnkg_ontology_class_cues(onto, CNKG_COMPANY, CNKG_CUE_SUFFIX, &n);
    static const char *const want[] = {"有限公司", "公司", "科技", "集团", "厂"};
    assert_int_equal(n, 5);
    for (size_t i = 0; i < n; i++)
        assert_string_equal(v[i], want[i]);
    v = cnkg_ontology_relation_cues(onto, CNKG_COLLABORATES_WITH, &n);
    assert_int_equal(n, 1);
    assert_string_equal(v[0], "携手");

    v = cnkg_ontology_words(onto, "boundaryWord", &n);
    assert_int_equal(n, 3);
    assert_string_equal(v[0], "引进");
    assert_string_equal(v[1], "在");
    assert_string_equal(v[2], "的");
    v = cnkg_ontology_words(onto, "nameSuffix", &n);
    assert_int_equal(n, 5);
    assert_null(cnkg_ontology_words(onto, "noSuchList", &n));
    assert_int_equal(n, 0);

    cnkg_ontology_free(onto);
    fixture_dir_remove(dir);
}

/* --- main --------------------------------------------------------------- */

int main(void)
{
    fixture fx = {0};
    cnkg_error err = {{0}};
    double t0 = fixture_now();
    if (cnkg_ontology_load(&fx.onto, CNKG_SOURCE_DIR "/ontology", &err) != 0) {
        fprintf(stderr, "cannot load the ontology: %s\n", err.message);
        return 1;
    }
    fx.load_seconds = fixture_now() - t0;
    printf("# ontology: %zu terms, %zu departments, loaded in %.3f s\n",
           cnkg_ontology_term_count(fx.onto), cnkg_ontology_department_count(fx.onto),
           fx.load_seconds);

    province_case cases[34];
    struct CMUnitTest tests[64];
    size_t n = 0;
    tests[n++] = (struct CMUnitTest)cmocka_unit_test_prestate(test_bishan, &fx);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test_prestate(test_spot_codes, &fx);
    for (size_t i = 0; i < 34; i++) {
        cases[i] = (province_case){&fx, provinces[i][0], provinces[i][1], provinces[i][2]};
        tests[n] = (struct CMUnitTest)cmocka_unit_test_prestate(test_province, &cases[i]);
        tests[n++].name = provinces[i][0];
    }
    tests[n++] = (struct CMUnitTest)cmocka_unit_test_prestate(test_terms_sorted_and_indexed, &fx);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test_prestate(test_presentation, &fx);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test_prestate(test_cues, &fx);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test_prestate(test_relation_signatures, &fx);
    tests[n++] =
        (struct CMUnitTest)cmocka_unit_test_prestate(test_contract_names_follow_the_enums, &fx);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_malformed);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_invalid_utf8);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_missing_dir);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_empty_dir);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_contract_incomplete);
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(test_small_lexicon);
    int failed = _cmocka_run_group_tests("ontology", tests, n, NULL, NULL);
    cnkg_ontology_free(fx.onto);
    return failed;
}
