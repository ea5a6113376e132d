/*
 * test_extractor.c - the extractor on sentences written for these tests:
 * one per pattern of the language cnkg reads (page layout, names, each
 * relation, co-reference, merging, traditional script). The statistical
 * labeller is left out so that each test shows what the rules do.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "cnkg_extractor.h"

typedef struct fixture {
    cnkg_ontology *onto;
    cnkg_extractor *x;
} fixture;

static int setup(void **state)
{
    static fixture fx;
    cnkg_error err = {{0}};
    if (cnkg_ontology_load(&fx.onto, CNKG_SOURCE_DIR "/ontology", &err) != 0 ||
        cnkg_extractor_new(&fx.x, fx.onto, NULL, &err) != 0) {
        fprintf(stderr, "setup: %s\n", err.message);
        return -1;
    }
    *state = &fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    cnkg_extractor_free(fx->x);
    cnkg_ontology_free(fx->onto);
    return 0;
}

static cnkg_article *extract(void **state, const char *text)
{
    fixture *fx = *state;
    return cnkg_extractor_article(fx->x, text, strlen(text), "test");
}

/* Pages go through the page splitter; the articles are kept for checks. */
typedef struct page_result {
    cnkg_article *articles[8];
    size_t n;
} page_result;

static int keep_article(const cnkg_article *a, void *ctx)
{
    page_result *r = ctx;
    cnkg_article *copy = cnkg_article_new(a->text);
    cnkg_article_set(&copy->title, a->title);
    cnkg_article_set(&copy->kicker, a->kicker);
    cnkg_article_set(&copy->publisher, a->publisher);
    cnkg_article_set(&copy->date, a->date);
    for (size_t i = 0; i < a->n_authors; i++)
        cnkg_article_add_author(copy, a->authors[i]);
    for (size_t i = 0; i < a->n_entities; i++) {
        size_t e = cnkg_article_entity(copy, a->entities[i].cls, a->entities[i].label);
        for (size_t k = 0; k < a->entities[i].n_aliases; k++)
            cnkg_entity_add_alias(&copy->entities[e], a->entities[i].aliases[k]);
    }
    for (size_t i = 0; i < a->n_facts; i++)
        cnkg_article_add_fact(copy, a->facts[i].subject, a->facts[i].relation, a->facts[i].object,
                              0);
    r->articles[r->n++] = copy;
    return r->n < 8 ? 0 : 1;
}

static void page_free(page_result *r)
{
    for (size_t i = 0; i < r->n; i++)
        cnkg_article_free(r->articles[i]);
}

static size_t entity(const cnkg_article *a, cnkg_class cls, const char *label)
{
    return cnkg_article_find_entity(a, cls, label);
}

static int has_entity(const cnkg_article *a, cnkg_class cls, const char *label)
{
    return entity(a, cls, label) != (size_t)-1;
}

/* Is there a fact "s rel o", naming the ends by canonical label? */
static int has_fact(const cnkg_article *a, const char *s, cnkg_relation rel, const char *o)
{
    for (size_t i = 0; i < a->n_facts; i++) {
        const cnkg_fact *f = &a->facts[i];
        const char *fs = a->entities[f->subject].label, *fo = a->entities[f->object].label;
        if (f->relation != rel)
            continue;
        if (strcmp(fs, s) == 0 && strcmp(fo, o) == 0)
            return 1;
        if (cnkg_relation_is_symmetric(rel) && strcmp(fs, o) == 0 && strcmp(fo, s) == 0)
            return 1;
    }
    return 0;
}

static void print_facts(const cnkg_article *a)
{
    for (size_t i = 0; i < a->n_facts; i++)
        print_message("  fact: %s %s %s\n", a->entities[a->facts[i].subject].label,
                      cnkg_relation_name(a->facts[i].relation),
                      a->entities[a->facts[i].object].label);
}

#define assert_fact(a, s, rel, o)                                                                  \
    do {                                                                                           \
        if (!has_fact((a), (s), (rel), (o)))                                                       \
            print_facts(a);                                                                        \
        assert_true(has_fact((a), (s), (rel), (o)));                                               \
    } while (0)

/* --- the page --------------------------------------------------------------- */

static const char page[] = "\n"
                           "链式招商 集群发展\n"
                           "\n"
                           "江津区新能源汽车零部件产业加速集聚\n"
                           "\n"
                           "新重庆-重庆日报记者 李明轩\n"
                           "\n"
                           "近日，记者在江津区走访时看到，园区里多个项目正在抓紧建设，一批来自东部"
                           "沿海的配套企业陆续投产，当地的零部\n"
                           "\n"
                           "件产业规模持续扩大。\n"
                           "\n"
                           "据《重庆日报》\n"
                           "\n"
                           "\n"
                           "\n"
                           "长寿经开区再添新项目\n"
                           "\n"
                           "重庆日报讯(记者 王芳芳)3月5日，长寿经开区举行项目集中签约仪式。\n";

static void test_page_splits_articles(void **state)
{
    fixture *fx = *state;
    page_result r = {0};
    cnkg_extractor_page(fx->x, page, strlen(page), "page", keep_article, &r);
    assert_int_equal(r.n, 2);
    cnkg_article *a = r.articles[0], *b = r.articles[1];
    assert_string_equal(a->title, "江津区新能源汽车零部件产业加速集聚");
    assert_string_equal(a->kicker, "链式招商 集群发展");
    assert_int_equal(a->n_authors, 1);
    assert_string_equal(a->authors[0], "李明轩");
    assert_string_equal(a->publisher, "重庆日报");
    /* the line the page broke inside 零部件 is one again */
    assert_non_null(strstr(a->text, "当地的零部件产业规模"));
    assert_string_equal(b->title, "长寿经开区再添新项目");
    assert_string_equal(b->authors[0], "王芳芳");
    assert_string_equal(b->date, "--03-05");
    assert_true(has_fact(a, "李明轩", CNKG_AFFILIATED_WITH, "重庆日报"));
    page_free(&r);
}

/* --- relations -------------------------------------------------------------- */

static void test_located_in_wei_yu(void **state)
{
    cnkg_article *a = extract(state, "位于江津区的双福工业园区今年新引进了一批零部件企业。");
    assert_true(has_entity(a, CNKG_INDUSTRIAL_PARK, "双福工业园区"));
    assert_fact(a, "双福工业园区", CNKG_LOCATED_IN, "江津区");
    cnkg_article_free(a);
}

static void test_location_topic_and_origin(void **state)
{
    cnkg_article *a = extract(state, "两江新区内，来自北京的京东方正在加快建设新型显示项目。");
    assert_fact(a, "京东方", CNKG_LOCATED_IN, "两江新区");
    assert_fact(a, "京东方", CNKG_ORIGIN_FROM, "北京市");
    cnkg_article_free(a);
}

static void test_origin_from_place_prefix(void **state)
{
    cnkg_article *a = extract(state, "浙江恒远新材料有限公司计划在涪陵区投资建设正极材料项目。");
    assert_true(has_entity(a, CNKG_COMPANY, "浙江恒远新材料有限公司"));
    assert_fact(a, "浙江恒远新材料有限公司", CNKG_ORIGIN_FROM, "浙江省");
    cnkg_article_free(a);
}

static void test_develops_industry_list(void **state)
{
    cnkg_article *a = extract(state, "永川区积极发展机器人、智能终端等新兴产业。");
    assert_fact(a, "永川区", CNKG_DEVELOPS_INDUSTRY, "机器人");
    assert_fact(a, "永川区", CNKG_DEVELOPS_INDUSTRY, "智能终端");
    cnkg_article_free(a);
}

static void test_designated_as_list(void **state)
{
    cnkg_article *a =
        extract(state, "长寿经开区、璧山高新区等两个园区被认定为承接产业转移示范园区。");
    /* known parks go by their full names */
    assert_fact(a, "长寿经济技术开发区", CNKG_DESIGNATED_AS, "承接产业转移示范园区");
    assert_fact(a, "璧山高新技术产业开发区", CNKG_DESIGNATED_AS, "承接产业转移示范园区");
    cnkg_article_free(a);
}

static void test_covers_with_coreference(void **state)
{
    cnkg_article *a =
        extract(state, "重庆渝东承接产业转移示范区今年启动建设。该示范区覆盖涪陵、长寿、"
                       "江津等3个区。");
    assert_true(has_entity(a, CNKG_PROGRAM, "重庆渝东承接产业转移示范区"));
    assert_fact(a, "重庆渝东承接产业转移示范区", CNKG_COVERS, "涪陵区");
    assert_fact(a, "重庆渝东承接产业转移示范区", CNKG_COVERS, "长寿区");
    assert_fact(a, "重庆渝东承接产业转移示范区", CNKG_COVERS, "江津区");
    cnkg_article_free(a);
}

static void test_implements_quoted_programme(void **state)
{
    cnkg_article *a = extract(state, "江津区今年推行“项目管家”制度，为企业提供全程服务。");
    assert_true(has_entity(a, CNKG_PROGRAM, "项目管家"));
    assert_fact(a, "江津区", CNKG_IMPLEMENTS, "项目管家");
    cnkg_article_free(a);
}

static void test_leads_and_collaborates(void **state)
{
    cnkg_article *a =
        extract(state, "长安汽车牵头组建“智能座舱创新联合体”，联合华为、中国汽研等单位共同攻关。");
    assert_true(has_entity(a, CNKG_ORGANIZATION, "智能座舱创新联合体"));
    assert_fact(a, "长安汽车", CNKG_LEADS, "智能座舱创新联合体");
    assert_fact(a, "长安汽车", CNKG_COLLABORATES_WITH, "华为");
    cnkg_article_free(a);
}

static void test_collaborates_lian_he(void **state)
{
    cnkg_article *a = extract(state, "赛力斯联合博世研发新一代电驱系统。");
    assert_fact(a, "赛力斯", CNKG_COLLABORATES_WITH, "博世");
    cnkg_article_free(a);
}

static void test_produces_and_operates(void **state)
{
    cnkg_article *a = extract(state, "宁德时代宜宾基地开足马力，多条“麒麟电池”生产线满负荷运转。");
    assert_true(has_entity(a, CNKG_PRODUCT, "麒麟电池"));
    assert_fact(a, "宁德时代", CNKG_PRODUCES, "麒麟电池");
    cnkg_article_free(a);
}

static void test_operates_company_head(void **state)
{
    cnkg_article *a = extract(state, "新材料行业，落地万华化学、华峰聚氨酯等项目。");
    assert_fact(a, "万华化学", CNKG_IN_INDUSTRY, "新材料");
    assert_fact(a, "万华化学", CNKG_OPERATES, "万华化学项目");
    cnkg_article_free(a);
}

static void test_member_list_names_companies(void **state)
{
    cnkg_article *a = extract(state, "宁波同创汽配、苏州锐峰电驱等3家东部企业在园区集中开工。");
    assert_true(has_entity(a, CNKG_COMPANY, "宁波同创汽配"));
    assert_true(has_entity(a, CNKG_COMPANY, "苏州锐峰电驱"));
    assert_fact(a, "宁波同创汽配", CNKG_ORIGIN_FROM, "宁波市");
    cnkg_article_free(a);
}

/* --- names --------------------------------------------------------------------- */

static void test_generic_words_are_no_entities(void **state)
{
    cnkg_article *a = extract(state, "园区吸引了一批龙头企业和配套企业，产业园区规模持续扩大。");
    for (size_t i = 0; i < a->n_entities; i++) {
        assert_string_not_equal(a->entities[i].label, "龙头企业");
        assert_string_not_equal(a->entities[i].label, "产业园区");
        assert_string_not_equal(a->entities[i].label, "配套企业");
    }
    cnkg_article_free(a);
}

/* No entity of any class has this label. */
static int no_label(const cnkg_article *a, const char *label)
{
    for (size_t i = 0; i < a->n_entities; i++)
        if (strcmp(a->entities[i].label, label) == 0)
            return 0;
    return 1;
}

static void test_counted_things_are_no_names(void **state)
{
    cnkg_article *a = extract(state, "开发区今年签约了两个项目，这条智能化生产线明年投产。");
    assert_true(no_label(a, "个项目"));
    assert_true(no_label(a, "条智能化生产线"));
    cnkg_article_free(a);
    a = extract(state, "集团在津项目进展顺利。");
    assert_true(no_label(a, "津项目")); /* one character names no project */
    cnkg_article_free(a);
}

static void test_words_pointing_back_lead_no_name(void **state)
{
    cnkg_article *a = extract(state, "项目位于本市滨河工业区，当地高端装备产业园也在扩建。");
    assert_true(has_entity(a, CNKG_INDUSTRIAL_PARK, "滨河工业区"));
    assert_true(no_label(a, "本市滨河工业区"));
    assert_true(has_entity(a, CNKG_INDUSTRIAL_PARK, "高端装备产业园"));
    assert_true(no_label(a, "当地高端装备产业园"));
    cnkg_article_free(a);
}

static void test_stacked_suffixes_and_kinds(void **state)
{
    cnkg_article *a =
        extract(state, "3月2日，比亚迪年产20万辆生产基地项目开工，这是该公司在南方的重要基地。");
    assert_true(has_entity(a, CNKG_PROJECT, "比亚迪年产20万辆生产基地项目"));
    assert_true(no_label(a, "重要基地"));
    cnkg_article_free(a);
}

static void test_park_suffixes_of_one_short_form_merge(void **state)
{
    cnkg_article *a =
        extract(state, "临沂经济技术开发区举行签约仪式。临沂经济开发区今年引进项目40个。");
    size_t e = entity(a, CNKG_INDUSTRIAL_PARK, "临沂经济技术开发区");
    assert_int_not_equal(e, (size_t)-1);
    assert_true(no_label(a, "临沂经济开发区"));
    cnkg_article_free(a);
}

static void test_product_trigger_as_noun(void **state)
{
    cnkg_article *a = extract(state, "这些企业研发能力弱、议价能力低，生产、销售全流程都要改造。");
    assert_true(no_label(a, "能力弱"));
    assert_true(no_label(a, "议价能力低"));
    assert_true(no_label(a, "销售全流程"));
    cnkg_article_free(a);
}

static void test_trade_in_a_firm_name_is_no_industry(void **state)
{
    cnkg_article *a = extract(state, "福建凯西钢铁有限公司在漳州开发区投资建设新厂。");
    assert_true(has_entity(a, CNKG_COMPANY, "福建凯西钢铁有限公司"));
    assert_false(has_entity(a, CNKG_INDUSTRY, "钢铁"));
    cnkg_article_free(a);
}

static void test_industries_side_by_side_are_one(void **state)
{
    cnkg_article *a = extract(state, "该公司是国内工程机械装备制造的龙头。");
    assert_true(has_entity(a, CNKG_INDUSTRY, "工程机械装备制造"));
    assert_false(has_entity(a, CNKG_INDUSTRY, "装备制造"));
    cnkg_article_free(a);
    a = extract(state, "园区正在培育新能源动力电池产业。");
    assert_true(has_entity(a, CNKG_INDUSTRY, "新能源动力电池"));
    cnkg_article_free(a);
}

static void test_industry_base_is_a_designation(void **state)
{
    cnkg_article *a = extract(state, "该市获评国家优质船舶产业基地，比亚迪华南产业基地同日开工。");
    assert_true(has_entity(a, CNKG_PROGRAM, "国家优质船舶产业基地"));
    assert_false(has_entity(a, CNKG_INDUSTRIAL_PARK, "国家优质船舶产业基地"));
    assert_false(has_entity(a, CNKG_PROGRAM, "比亚迪华南产业基地"));
    assert_false(has_entity(a, CNKG_INDUSTRIAL_PARK, "比亚迪华南产业基地"));
    cnkg_article_free(a);
}

static void test_industry_qualifying_a_noun_is_no_mention(void **state)
{
    cnkg_article *a = extract(state, "新工厂降低了物流成本，并建成冷链物流基地。");
    assert_false(has_entity(a, CNKG_INDUSTRY, "物流"));
    assert_false(has_entity(a, CNKG_INDUSTRY, "冷链物流"));
    assert_false(has_entity(a, CNKG_INDUSTRY, "冷链"));
    cnkg_article_free(a);
    /* after a firm's name the industry is the firm's trade */
    a = extract(state, "比亚迪动力电池基地在璧山建成投产。");
    assert_true(has_fact(a, "比亚迪", CNKG_IN_INDUSTRY, "动力电池"));
    cnkg_article_free(a);
}

static void test_town_among_bodies_is_a_town(void **state)
{
    cnkg_article *a =
        extract(state, "江阴临港新城管委会、市经信委、璜土镇有关负责人前往长沙洽谈。");
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "璜土镇"));
    assert_false(has_entity(a, CNKG_GOVERNMENT_AGENCY, "璜土镇"));
    cnkg_article_free(a);
}

static void test_short_county_glued_to_a_word(void **state)
{
    cnkg_article *a = extract(state, "江苏这家企业对市场非常熟悉。");
    assert_false(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "常熟市")); /* 非常|熟悉 */
    cnkg_article_free(a);
}

static void test_firm_suffix_before_an_industry(void **state)
{
    cnkg_article *a = extract(state, "要提升江阴机械装备产业发展水平。");
    assert_false(has_entity(a, CNKG_COMPANY, "江阴机械"));
    cnkg_article_free(a);
}

static void test_short_form_merges_into_full_name(void **state)
{
    cnkg_article *a =
        extract(state, "重庆锐达精密机械有限公司落户璧山区。目前，锐达精密已经完成设备安装。");
    size_t e = entity(a, CNKG_COMPANY, "重庆锐达精密机械有限公司");
    assert_int_not_equal(e, (size_t)-1);
    size_t mentions = 0;
    for (size_t i = 0; i < a->n_mentions; i++)
        mentions += a->mentions[i].entity == e;
    assert_int_equal(mentions, 2);
    assert_false(has_entity(a, CNKG_COMPANY, "锐达精密"));
    cnkg_article_free(a);
}

static void test_division_chain(void **state)
{
    cnkg_article *a = extract(state, "江津区白沙镇黄泥村今年种植了五百亩花椒。");
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "白沙镇"));
    assert_fact(a, "白沙镇", CNKG_LOCATED_IN, "江津区");
    assert_fact(a, "黄泥村", CNKG_LOCATED_IN, "白沙镇");
    cnkg_article_free(a);
}

static void test_division_code_and_short_form(void **state)
{
    cnkg_article *a = extract(state, "重庆市璧山区与四川省宜宾市签订合作协议。");
    size_t e = entity(a, CNKG_ADMINISTRATIVE_DIVISION, "璧山区");
    assert_int_not_equal(e, (size_t)-1);
    assert_string_equal(a->entities[e].code, "500120");
    e = entity(a, CNKG_ADMINISTRATIVE_DIVISION, "宜宾市");
    assert_int_not_equal(e, (size_t)-1);
    assert_string_equal(a->entities[e].code, "511500");
    cnkg_article_free(a);
}

static void test_ambiguous_short_county_needs_context(void **state)
{
    /* 江北 names districts of Chongqing and Ningbo: alone it is no one's */
    cnkg_article *a = extract(state, "江北的夜景很美。");
    assert_false(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "江北区"));
    cnkg_article_free(a);
    a = extract(state, "重庆市民喜欢在江北嘴看夜景，江北的商圈也很热闹。");
    size_t e = entity(a, CNKG_ADMINISTRATIVE_DIVISION, "江北区");
    assert_int_not_equal(e, (size_t)-1);
    assert_string_equal(a->entities[e].code, "500105");
    cnkg_article_free(a);
}

static void test_divisions_of_several_provinces(void **state)
{
    cnkg_article *a = extract(state, "安徽省六安市舒城县的一家企业与四川省广安市邻水县签约，"
                                     "吉林省长春市朝阳区和北京市朝阳区的代表也到场。");
    static const char *const codes[] = {"341523", "511623", "220104", "110105"};
    for (size_t k = 0; k < sizeof codes / sizeof *codes; k++) {
        int found = 0;
        for (size_t i = 0; i < a->n_entities; i++)
            found |= a->entities[i].code && strcmp(a->entities[i].code, codes[k]) == 0;
        if (!found)
            print_message("missing division %s\n", codes[k]);
        assert_true(found);
    }
    cnkg_article_free(a);
}

static void test_township_under_its_county(void **state)
{
    /* 高滩镇 is a township of 邻水县 (Sichuan) and of 紫阳县 (Shaanxi) */
    cnkg_article *a = extract(state, "广安市邻水县高滩镇新建了一座农产品加工厂。");
    size_t e = entity(a, CNKG_ADMINISTRATIVE_DIVISION, "高滩镇");
    assert_int_not_equal(e, (size_t)-1);
    assert_non_null(a->entities[e].code);
    assert_string_equal(a->entities[e].code, "511623109");
    assert_fact(a, "高滩镇", CNKG_LOCATED_IN, "邻水县");
    cnkg_article_free(a);
}

/* An edited ontology may say a division lies in itself: the extractor
 * must still finish (it walked the cycle for ever once). */
static void test_parent_cycle_ends(void **state)
{
    (void)state;
    char dir[] = "/tmp/cnkg-cycle-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/cycle.ttl", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix kg: <https://w3id.org/cnkg/ontology#> .\n"
        "<https://w3id.org/cnkg/id/division/500000> a kg:AdministrativeDivision ;\n"
        "  skos:prefLabel \"重庆市\"@zh ; skos:altLabel \"重庆\"@zh ;\n"
        "  kg:locatedIn <https://w3id.org/cnkg/id/division/500120> .\n"
        "<https://w3id.org/cnkg/id/division/500120> a kg:AdministrativeDivision ;\n"
        "  skos:prefLabel \"璧山区\"@zh ; skos:altLabel \"璧山\"@zh ; skos:notation \"500120\" ;\n"
        "  kg:locatedIn <https://w3id.org/cnkg/id/division/500000> .\n",
        f);
    fclose(f);
    cnkg_ontology *onto;
    cnkg_extractor *x;
    cnkg_error err = {{0}};
    assert_int_equal(cnkg_ontology_load(&onto, dir, &err), 0);
    assert_int_equal(cnkg_extractor_new(&x, onto, NULL, &err), 0);
    const char *text = "重庆市的璧山区发展很快。";
    cnkg_article *a = cnkg_extractor_article(x, text, strlen(text), "cycle");
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "璧山区"));
    cnkg_article_free(a);
    cnkg_extractor_free(x);
    cnkg_ontology_free(onto);
    remove(path);
    rmdir(dir);
}

static void test_traditional_script(void **state)
{
    const char *text = "比亞迪在璧山區建設動力電池基地。";
    cnkg_article *a = extract(state, text);
    assert_true(has_entity(a, CNKG_COMPANY, "比亚迪"));
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "璧山区"));
    /* NIF keeps pointing into the text as written */
    assert_string_equal(a->text, text);
    cnkg_article_free(a);
}

static void test_empty_and_blank_text(void **state)
{
    cnkg_article *a = extract(state, "");
    assert_int_equal(a->n_entities, 0);
    assert_int_equal(a->n_sentences, 0);
    cnkg_article_free(a);
    a = extract(state, "\n \n\t\n");
    assert_int_equal(a->n_entities, 0);
    cnkg_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_page_splits_articles),
        cmocka_unit_test(test_located_in_wei_yu),
        cmocka_unit_test(test_location_topic_and_origin),
        cmocka_unit_test(test_origin_from_place_prefix),
        cmocka_unit_test(test_develops_industry_list),
        cmocka_unit_test(test_designated_as_list),
        cmocka_unit_test(test_covers_with_coreference),
        cmocka_unit_test(test_implements_quoted_programme),
        cmocka_unit_test(test_leads_and_collaborates),
        cmocka_unit_test(test_collaborates_lian_he),
        cmocka_unit_test(test_produces_and_operates),
        cmocka_unit_test(test_operates_company_head),
        cmocka_unit_test(test_member_list_names_companies),
        cmocka_unit_test(test_generic_words_are_no_entities),
        cmocka_unit_test(test_counted_things_are_no_names),
        cmocka_unit_test(test_words_pointing_back_lead_no_name),
        cmocka_unit_test(test_stacked_suffixes_and_kinds),
        cmocka_unit_test(test_park_suffixes_of_one_short_form_merge),
        cmocka_unit_test(test_product_trigger_as_noun),
        cmocka_unit_test(test_trade_in_a_firm_name_is_no_industry),
        cmocka_unit_test(test_industries_side_by_side_are_one),
        cmocka_unit_test(test_industry_base_is_a_designation),
        cmocka_unit_test(test_industry_qualifying_a_noun_is_no_mention),
        cmocka_unit_test(test_town_among_bodies_is_a_town),
        cmocka_unit_test(test_short_county_glued_to_a_word),
        cmocka_unit_test(test_firm_suffix_before_an_industry),
        cmocka_unit_test(test_short_form_merges_into_full_name),
        cmocka_unit_test(test_division_chain),
        cmocka_unit_test(test_division_code_and_short_form),
        cmocka_unit_test(test_ambiguous_short_county_needs_context),
        cmocka_unit_test(test_divisions_of_several_provinces),
        cmocka_unit_test(test_township_under_its_county),
        cmocka_unit_test(test_parent_cycle_ends),
        cmocka_unit_test(test_traditional_script),
        cmocka_unit_test(test_empty_and_blank_text),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
