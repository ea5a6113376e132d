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
#include "fixture.h"

static cnkg_article *extract(void **state, const char *text)
{
    return cnkg_extractor_article(fixture_extractor(), text, strlen(text), "test");
}

/* Pages go through the page splitter; the articles are kept for checks. */
typedef struct page_result {
    cnkg_article *articles[8];
    size_t n;
} page_result;

static int keep_article(const cnkg_article *a, void *ctx)
{
    page_result *r = ctx;
    cnkg_article *copy = cnkg_article_new(a->names, a->text);
    cnkg_article_set(&copy->title, a->title);
    cnkg_article_set(&copy->kicker, a->kicker);
    cnkg_article_set(&copy->publisher, a->publisher);
    cnkg_article_set(&copy->date, a->date);
    cnkg_article_set(&copy->url, a->url);
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
static size_t count_class(const cnkg_article *a, cnkg_class cls)
{
    size_t n = 0;
    for (size_t i = 0; i < a->n_entities; i++)
        n += a->entities[i].cls == cls;
    return n;
}

static int has_fact(const cnkg_article *a, const char *s, cnkg_relation rel, const char *o)
{
    for (size_t i = 0; i < a->n_facts; i++) {
        const cnkg_fact *f = &a->facts[i];
        const char *fs = a->entities[f->subject].label, *fo = a->entities[f->object].label;
        if (f->relation != rel)
            continue;
        if (strcmp(fs, s) == 0 && strcmp(fo, o) == 0)
            return 1;
        if (cnkg_relation_is_symmetric(a->names, rel) && strcmp(fs, o) == 0 && strcmp(fo, s) == 0)
            return 1;
    }
    return 0;
}

static void print_facts(const cnkg_article *a)
{
    for (size_t i = 0; i < a->n_facts; i++)
        print_message("  fact: %s %s %s\n", a->entities[a->facts[i].subject].label,
                      cnkg_relation_name(a->names, a->facts[i].relation),
                      a->entities[a->facts[i].object].label);
}

#define assert_fact(a, s, rel, o)                                                                  \
    do {                                                                                           \
        if (!has_fact((a), (s), (rel), (o)))                                                       \
            print_facts(a);                                                                        \
        assert_true(has_fact((a), (s), (rel), (o)));                                               \
    } while (0)
/* A project no sentence places is built in the park the headline names;
 * one a sentence places keeps its own place. */
/* A short known term cut out of a frequent word written across its edge is
 * no mention (crossing-words.ttl): 国家 takes the 家 of 家政 and 家电, 工作
 * the 工 of 化工; unless the shared character is claimed on the far side
 * too (中国家电: 中国 takes 国, so 家电 stands). */
static void test_short_term_inside_a_word(void **state)
{
    cnkg_article *a = extract(state, "国家政策支持新能源汽车发展。");
    assert_false(has_entity(a, CNKG_INDUSTRY, "家政"));
    cnkg_article_free(a);
    a = extract(state, "国家电网公司在南京招标。");
    assert_false(has_entity(a, CNKG_INDUSTRY, "家电"));
    cnkg_article_free(a);
    a = extract(state, "全省信息化工作会议在济南召开。");
    assert_false(has_entity(a, CNKG_INDUSTRY, "化工"));
    cnkg_article_free(a);
    a = extract(state, "中国家电企业加快出海。");
    assert_true(has_entity(a, CNKG_INDUSTRY, "家电"));
    cnkg_article_free(a);
}

static void test_project_in_headline_park(void **state)
{
    cnkg_article *a = extract(state, "双福工业园区十二个项目集中开工\n"
                                     "开工项目中，新能源电池材料项目投资八亿元。"
                                     "另有精密模具项目落户永川区。");
    assert_fact(a, "新能源电池材料项目", CNKG_LOCATED_IN, "双福工业园区");
    assert_false(has_fact(a, "精密模具项目", CNKG_LOCATED_IN, "双福工业园区"));
    cnkg_article_free(a);
    /* a division in the headline places nothing */
    a = extract(state, "永川区十二个项目集中开工\n开工项目中，新能源电池材料项目投资八亿元。");
    assert_false(has_fact(a, "新能源电池材料项目", CNKG_LOCATED_IN, "永川区"));
    cnkg_article_free(a);
}

/* 宝钢|湛江|冷轧项目: after the firm that opens a project's name, a division
 * says where the project stands; the name stays whole, and the division is
 * a mention. So does one after the park that opens a park's name. */
static void test_division_after_the_head_of_a_name(void **state)
{
    cnkg_article *a = extract(state, "宝钢湛江200万吨冷轧项目正式开工。");
    assert_true(has_entity(a, CNKG_PROJECT, "宝钢湛江200万吨冷轧项目"));
    assert_fact(a, "宝钢湛江200万吨冷轧项目", CNKG_LOCATED_IN, "湛江市");
    cnkg_article_free(a);
    a = extract(state, "福建自贸试验区福州片区今年新增企业三千家。");
    assert_fact(a, "福建自贸试验区福州片区", CNKG_LOCATED_IN, "福州市");
    cnkg_article_free(a);
}

/* 南京|智能算力中心: a city written without its level word opens the
 * project's name, which keeps it, unless a firm's name begins so;
 * 璧山区|新能源电池基地: a division written
 * with it says where the project stands, and the name begins after it. */
static void test_short_division_opens_a_project(void **state)
{
    cnkg_article *a = extract(state, "南京智能算力中心近日建成投用。璧山区新能源电池基地开工。");
    assert_true(has_entity(a, CNKG_PROJECT, "南京智能算力中心"));
    assert_fact(a, "南京智能算力中心", CNKG_LOCATED_IN, "南京市");
    assert_true(has_entity(a, CNKG_PROJECT, "新能源电池基地"));
    assert_false(has_entity(a, CNKG_PROJECT, "璧山区新能源电池基地"));
    cnkg_article_free(a);
    /* 江苏|华锐精工…新厂区: the short division opens a firm's name the
     * story gives in full, so it neither names the plant nor places it */
    a = extract(state, "江苏华锐精工科技有限公司落户璧山。江苏华锐精工新厂区明年投产。");
    assert_false(has_entity(a, CNKG_PROJECT, "江苏华锐精工新厂区"));
    cnkg_article_free(a);
}

/* Two projects named side by side in one sentence are two, though the
 * name of one holds every character of the other's. */
static void test_listed_projects_stay_apart(void **state)
{
    cnkg_article *a = extract(state, "募集资金将用于照明光源产业化项目、"
                                     "照明光源用LED器件产业化项目。");
    assert_true(has_entity(a, CNKG_PROJECT, "照明光源产业化项目"));
    assert_true(has_entity(a, CNKG_PROJECT, "照明光源用LED器件产业化项目"));
    cnkg_article_free(a);
}

/* 化工|行业: a sector named before a sector word keeps that longer form as
 * an alias, the form a reader may cite. */
static void test_industry_keeps_sector_word_form(void **state)
{
    cnkg_article *a = extract(state, "今年石化行业、化工行业和电力行业的投资都在增长，"
                                     "阀门行业也受益。");
    size_t e = entity(a, CNKG_INDUSTRY, "化工");
    assert_true(e != (size_t)-1 && cnkg_entity_has_name(&a->entities[e], "化工行业"));
    e = entity(a, CNKG_INDUSTRY, "阀门");
    assert_true(e != (size_t)-1 && cnkg_entity_has_name(&a->entities[e], "阀门行业"));
    cnkg_article_free(a);
    /* 业 alone (kg:sectorWord) closes a sector's name as well */
    a = extract(state, "我国航空航天业和船舶业发展迅速。");
    e = entity(a, CNKG_INDUSTRY, "船舶");
    assert_true(e != (size_t)-1 && cnkg_entity_has_name(&a->entities[e], "船舶业"));
    cnkg_article_free(a);
}

/* 青岛啤酒|玉林|项目, named by nothing but the firm, a place and a suffix, is
 * the firm's one project of the article, not a second one. */
static void test_firm_project_named_by_its_place(void **state)
{
    cnkg_article *a = extract(state, "青岛啤酒年产50万千升生产基地项目落户广西玉林。"
                                     "青岛啤酒玉林项目总投资十亿元。");
    size_t e = entity(a, CNKG_PROJECT, "青岛啤酒年产50万千升生产基地项目");
    assert_int_equal(count_class(a, CNKG_PROJECT), 1);
    assert_true(e != (size_t)-1 && a->entities[e].n_aliases == 1 &&
                strcmp(a->entities[e].aliases[0], "青岛啤酒玉林项目") == 0);
    cnkg_article_free(a);
    /* the firm's project in another city is another project */
    a = extract(state, "青岛啤酒玉林年产50万千升生产基地项目已经投产。青岛啤酒揭阳项目明年开工。");
    assert_int_equal(count_class(a, CNKG_PROJECT), 2);
    cnkg_article_free(a);
}

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

/* On a city paper's page the city, when it is the discourse topic, carries
 * out the policies its sentences name without a subject; elsewhere it does
 * not (test_topic_develops_but_implements_nothing). */
static void test_home_topic_implements(void **state)
{
    static const char home_page[] = "\n全市工业大会召开\n\n"
                                    "重庆召开全市工业大会。会议提出，推行“项目管家”制度。\n\n"
                                    "据《重庆日报》\n";
    page_result r = {0};
    cnkg_extractor_page(fixture_extractor(), home_page, strlen(home_page), "page", keep_article,
                        &r);
    assert_int_equal(r.n, 1);
    assert_true(has_fact(r.articles[0], "重庆市", CNKG_IMPLEMENTS, "项目管家"));
    page_free(&r);
}

static void test_page_splits_articles(void **state)
{
    page_result r = {0};
    cnkg_extractor_page(fixture_extractor(), page, strlen(page), "page", keep_article, &r);
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

/* A reposting site's page: headline, 发布时间, 发布人, body. The date of
 * the page is the publication date, not the day the text speaks of. */
static const char repost[] = "长江汽车配套产业园开工 总投资约30亿元\n"
                             "发布时间：2011-05-12\n"
                             "发布人：大江网-江南都市报\n"
                             "5月10日，长江汽车配套产业园在芜湖举行开工仪式。\n";

static void test_page_repost_information_lines(void **state)
{
    page_result r = {0};
    cnkg_extractor_page(fixture_extractor(), repost, strlen(repost), "page", keep_article, &r);
    assert_int_equal(r.n, 1);
    cnkg_article *a = r.articles[0];
    assert_string_equal(a->title, "长江汽车配套产业园开工 总投资约30亿元");
    assert_string_equal(a->date, "2011-05-12");
    /* a site and its paper: the paper */
    assert_string_equal(a->publisher, "江南都市报");
    assert_int_equal(a->n_authors, 0);
    page_free(&r);
}

/* A long headline with a comma is no line the export broke: the
 * information line under it is not joined to it. 第十版 in a title is no
 * page number. */
static void test_page_title_not_joined(void **state)
{
    static const char text[] = "新能源汽车零部件企业加速集聚，多个配套项目集中签约开工\n"
                               "发布时间：2011-05-20\n"
                               "发布人：-\n"
                               "多个配套项目近日集中签约开工。\n";
    static const char tv[] = "《汽车零部件行业规范条件（第十版）》发布\n"
                             "新闻联播 2024-03-18\n"
                             "央视网消息（新闻联播）：有关部门今天发布了新版行业规范条件。\n";
    page_result r = {0};
    cnkg_extractor_page(fixture_extractor(), text, strlen(text), "page", keep_article, &r);
    cnkg_extractor_page(fixture_extractor(), tv, strlen(tv), "page", keep_article, &r);
    assert_int_equal(r.n, 2);
    assert_non_null(r.articles[0]->title);
    assert_non_null(r.articles[1]->title);
    assert_string_equal(r.articles[0]->title,
                        "新能源汽车零部件企业加速集聚，多个配套项目集中签约开工");
    assert_string_equal(r.articles[0]->date, "2011-05-20");
    assert_string_equal(r.articles[1]->title, "《汽车零部件行业规范条件（第十版）》发布");
    assert_string_equal(r.articles[1]->date, "2024-03-18");
    page_free(&r);
}

/* A badly converted page glosses characters with pinyin (产业(yè)链),
 * which goes; a part's number (管理（2）) is no gloss and stays. */
static void test_page_pinyin_gloss_and_part_number(void **state)
{
    static const char text[] = "企业管理漫谈（2）\n"
                               "发布时间：2011-03-25\n"
                               "电子信息产业(yè)链加快完善。\n";
    page_result r = {0};
    cnkg_extractor_page(fixture_extractor(), text, strlen(text), "page", keep_article, &r);
    assert_int_equal(r.n, 1);
    assert_string_equal(r.articles[0]->title, "企业管理漫谈（2）");
    assert_non_null(strstr(r.articles[0]->text, "电子信息产业链加快完善"));
    page_free(&r);
}

/* 发布人 names the paper and the next line the reporter alone; a short
 * line that is no name (虚实篇) stays the text's. */
static void test_page_reporter_under_poster(void **state)
{
    static const char *const pages[] = {
        "新材料企业加快扩产\n发布时间：2011-03-02\n发布人：-第一财经日报\n林晓东\n"
        "多家新材料企业近日宣布扩大产能。\n",
        "新材料企业加快扩产\n发布时间：2011-03-02\n发布人：-第一财经日报\n看点\n"
        "多家新材料企业近日宣布扩大产能。\n",
    };
    page_result r = {0};
    for (size_t i = 0; i < 2; i++)
        cnkg_extractor_page(fixture_extractor(), pages[i], strlen(pages[i]), "page", keep_article,
                            &r);
    assert_int_equal(r.n, 2);
    assert_string_equal(r.articles[0]->publisher, "第一财经日报");
    assert_int_equal(r.articles[0]->n_authors, 1);
    assert_string_equal(r.articles[0]->authors[0], "林晓东");
    assert_int_equal(r.articles[1]->n_authors, 0);
    page_free(&r);
}

/* 发布人 names a person (an author), nobody (-, 本站), or nobody while the
 * text names the outlet (据…报道). */
static void test_page_repost_poster(void **state)
{
    static const char *const pages[] = {
        "新材料企业加快扩产\n发布时间：2011-03-02\n发布人：林晓东\n"
        "多家新材料企业近日宣布扩大产能。\n",
        "新材料企业加快扩产\n发布时间：2011-03-02\n发布人：本站采编\n"
        "多家新材料企业近日宣布扩大产能。\n",
        "新材料企业加快扩产\n发布时间：2011-03-02\n发布人：-\n"
        "据海峡都市报报道，多家新材料企业近日宣布扩大产能。\n",
        "新材料企业加快扩产\n发布时间：2011-03-02\n发布人：-商务部\n"
        "多家新材料企业近日宣布扩大产能。\n",
        "新材料企业加快扩产\n发布时间：2011-03-02\n发布人：\n"
        "2011-03-02 09:15\u00a0\u00a0来源： 华东建材网\u00a0\u00a0作者：林晓东\n"
        "多家新材料企业近日宣布扩大产能。\n",
    };
    page_result r = {0};
    for (size_t i = 0; i < 5; i++)
        cnkg_extractor_page(fixture_extractor(), pages[i], strlen(pages[i]), "page", keep_article,
                            &r);
    assert_int_equal(r.n, 5);
    assert_int_equal(r.articles[0]->n_authors, 1);
    assert_string_equal(r.articles[0]->authors[0], "林晓东");
    assert_null(r.articles[0]->publisher);
    assert_null(r.articles[1]->publisher);
    assert_int_equal(r.articles[1]->n_authors, 0);
    assert_string_equal(r.articles[2]->publisher, "海峡都市报");
    /* 商 is a surname, but 商务部 is a ministry */
    assert_int_equal(r.articles[3]->n_authors, 0);
    assert_string_equal(r.articles[3]->publisher, "商务部");
    /* 来源 and 作者 on one line, blanks around the values */
    assert_string_equal(r.articles[4]->publisher, "华东建材网");
    assert_int_equal(r.articles[4]->n_authors, 1);
    assert_string_equal(r.articles[4]->authors[0], "林晓东");
    for (size_t i = 0; i < 5; i++)
        assert_string_equal(r.articles[i]->date, "2011-03-02");
    page_free(&r);
}

/* A TV news transcript: the headline with its column tag (longer than a
 * headline, the tag aside), the programme and day, the dateline, and a
 * link to the source that is chrome: no name is read in the URL. */
static const char transcript[] =
    "【凝心聚力 真抓实干 奋力开创高质量发展新局面】新能源装备企业加快出海 多地打造产业集群新优势\n"
    "新闻联播 2024-03-18\n"
    "央视网消息（新闻联播）：今年以来，多家新能源装备企业在海外接连签下大单。\n"
    "[查看原文](https://tv.cctv.com/2024/03/18/VIDEabcXYZpqWangLi240318.shtml)\n";

static void test_page_tv_transcript(void **state)
{
    page_result r = {0};
    cnkg_extractor_page(fixture_extractor(), transcript, strlen(transcript), "page", keep_article,
                        &r);
    assert_int_equal(r.n, 1);
    cnkg_article *a = r.articles[0];
    assert_string_equal(a->title, "【凝心聚力 真抓实干 奋力开创高质量发展新局面】"
                                  "新能源装备企业加快出海 多地打造产业集群新优势");
    assert_string_equal(a->date, "2024-03-18");
    assert_string_equal(a->publisher, "新闻联播");
    assert_string_equal(a->url, "https://tv.cctv.com/2024/03/18/VIDEabcXYZpqWangLi240318.shtml");
    assert_null(strstr(a->text, "查看原文"));
    assert_null(strstr(a->text, "cctv"));
    /* 央视网 is the programme's other name, not CCTV the broadcaster */
    assert_false(has_entity(a, CNKG_ORGANIZATION, "中央广播电视总台"));
    for (size_t i = 0; i < a->n_entities; i++)
        assert_true(a->entities[i].cls != CNKG_PERSON);
    page_free(&r);
}

/* The same story without the programme line: the dateline names it. */
static void test_page_transcript_dateline(void **state)
{
    static const char text[] =
        "多地打造产业集群新优势\n"
        "央视网消息（新闻联播）：今年以来，多家新能源装备企业在海外接连签下大单。\n";
    page_result r = {0};
    cnkg_extractor_page(fixture_extractor(), text, strlen(text), "page", keep_article, &r);
    assert_int_equal(r.n, 1);
    assert_string_equal(r.articles[0]->publisher, "新闻联播");
    page_free(&r);
}

/* A masthead in two lines, the paper's name above the day, is no
 * headline: the article's headline follows it. */
static void test_page_masthead_two_lines(void **state)
{
    static const char text[] = "华东商报\n"
                               "2024年5月8日 星期三\n"
                               "\n"
                               "新能源电池项目签约落户\n"
                               "\n"
                               "一批新能源电池项目近日在合肥集中签约。\n";
    page_result r = {0};
    cnkg_extractor_page(fixture_extractor(), text, strlen(text), "page", keep_article, &r);
    assert_int_equal(r.n, 1);
    assert_string_equal(r.articles[0]->title, "新能源电池项目签约落户");
    assert_string_equal(r.articles[0]->publisher, "华东商报");
    assert_string_equal(r.articles[0]->date, "2024-05-08");
    page_free(&r);
}

/* Page chrome: a rule, a repeated body, a site's list of links after the
 * article. A list the article announces stays. */
static void test_page_chrome(void **state)
{
    static const char text[] = "阀门企业订单增长\n"
                               "发布时间：2011-04-02\n"
                               "发布人：-\n"
                               "今年一季度，多家阀门企业的订单同比增长两成以上。\n"
                               "业内人士认为，基建投资回暖带动了阀门需求。\n"
                               "今年一季度，多家阀门企业的订单同比增长两成以上。\n"
                               "---\n"
                               "1、2011（第三届）中国阀门行业优秀供应商评价推介\n"
                               "2、2011（第二届）中国泵业优秀供应商评价推介\n"
                               "3、2011（第一届）中国管件行业优秀供应商评价推介\n";
    static const char listed[] = "今年的十大科技新闻\n"
                                 "发布时间：2011-12-30\n"
                                 "今年的十大科技新闻包括：\n"
                                 "1、高速列车再创纪录\n"
                                 "2、新一代超级计算机投入使用\n"
                                 "3、首个空间实验室发射成功\n";
    page_result r = {0};
    cnkg_extractor_page(fixture_extractor(), text, strlen(text), "page", keep_article, &r);
    cnkg_extractor_page(fixture_extractor(), listed, strlen(listed), "page", keep_article, &r);
    assert_int_equal(r.n, 2);
    cnkg_article *a = r.articles[0];
    assert_null(strstr(a->text, "评价推介"));
    assert_null(strstr(a->text, "---"));
    const char *first = strstr(a->text, "今年一季度");
    assert_non_null(first);
    assert_null(strstr(first + 1, "今年一季度"));
    assert_non_null(strstr(r.articles[1]->text, "首个空间实验室"));
    page_free(&r);
}

/* Below the text, a line naming 记者 is a byline only when it stands as
 * one (南方日报记者 吴哲); a heading (中外记者见面会) names nobody. */
static void test_page_byline_below_text(void **state)
{
    static const char text[] = "国内快讯\n"
                               "发布时间：2011-08-01\n"
                               "多家企业近日公布了上半年业绩。\n"
                               "国新办举行上半年工业运行情况中外记者见面会\n"
                               "上半年工业生产平稳增长。\n"
                               "华南商报记者 吴哲 黄颖\n";
    page_result r = {0};
    cnkg_extractor_page(fixture_extractor(), text, strlen(text), "page", keep_article, &r);
    assert_int_equal(r.n, 1);
    cnkg_article *a = r.articles[0];
    assert_int_equal(a->n_authors, 2);
    assert_string_equal(a->authors[0], "吴哲");
    assert_string_equal(a->authors[1], "黄颖");
    page_free(&r);
}

/* --- relations -------------------------------------------------------------- */

static void test_titled_people_list(void **state)
{
    cnkg_article *a = extract(
        state, "出席仪式的有长安汽车董事长朱华荣、总裁王俊，以及海尔集团监事会主席梁海山。");
    assert_fact(a, "朱华荣", CNKG_AFFILIATED_WITH, "长安汽车");
    assert_fact(a, "王俊", CNKG_AFFILIATED_WITH, "长安汽车");
    assert_fact(a, "梁海山", CNKG_AFFILIATED_WITH, "海尔");
    cnkg_article_free(a);
}

/* A body, one of its own units, a post and a name: the person works for
 * the body (国家能源局|新能源处|副处长, 长安汽车|国际事业部|总经理). */
static void test_titled_people_unit(void **state)
{
    cnkg_article *a =
        extract(state, "国家能源局新能源处副处长王明和长安汽车国际事业部总经理李强出席了会议。");
    assert_fact(a, "王明", CNKG_AFFILIATED_WITH, "国家能源局");
    assert_fact(a, "李强", CNKG_AFFILIATED_WITH, "长安汽车");
    cnkg_article_free(a);
    /* a clause that goes on past the body names no unit of it */
    a = extract(state, "长安汽车代表团参观了当地一家研究中心主任李强陪同参观。");
    assert_false(has_fact(a, "李强", CNKG_AFFILIATED_WITH, "长安汽车"));
    cnkg_article_free(a);
}

/* 湖南|湘潭|钢铁集团: a firm comes from each division its name opens with. */
static void test_origin_from_division_chain(void **state)
{
    cnkg_article *a = extract(state, "四川宜宾示例精密机械有限公司今年产值翻番。");
    assert_fact(a, "四川宜宾示例精密机械有限公司", CNKG_ORIGIN_FROM, "四川省");
    assert_fact(a, "四川宜宾示例精密机械有限公司", CNKG_ORIGIN_FROM, "宜宾市");
    cnkg_article_free(a);
}

/* 迁驻, 迁入: moving into a place is standing there. */
static void test_located_in_moved_to(void **state)
{
    cnkg_article *a = extract(state, "赛力斯将于年内迁驻两江新区。");
    assert_fact(a, "赛力斯", CNKG_LOCATED_IN, "两江新区");
    cnkg_article_free(a);
}

/* A division in brackets inside a park's or an event's name is where it
 * stands: 中国(重庆)自由贸易试验区, 中国(成都)国际车展. */
static void test_located_in_bracketed_division(void **state)
{
    cnkg_article *a = extract(state, "长安汽车（重庆）智能产业园区一期项目本月开工。");
    assert_fact(a, "长安汽车（重庆）智能产业园区", CNKG_LOCATED_IN, "重庆市");
    cnkg_article_free(a);
}

/* 湖北省|化学研究院: a laboratory or institute stands where its name's
 * division says; a paper (江西日报) is named by whom it serves. */
static void test_located_in_sited_body(void **state)
{
    cnkg_article *a = extract(state, "重庆市汽车工程研究院与江西日报联合发布报告。");
    assert_fact(a, "重庆市汽车工程研究院", CNKG_LOCATED_IN, "重庆市");
    assert_false(has_fact(a, "江西日报", CNKG_LOCATED_IN, "江西省"));
    cnkg_article_free(a);
}

static void test_located_in_wei_yu(void **state)
{
    cnkg_article *a = extract(state, "位于江津区的双福工业园区今年新引进了一批零部件企业。");
    assert_true(has_entity(a, CNKG_INDUSTRIAL_PARK, "双福工业园区"));
    assert_fact(a, "双福工业园区", CNKG_LOCATED_IN, "江津区");
    cnkg_article_free(a);
    /* the place may close with a locative: 位于X内的Y, 位于X境内的Y */
    a = extract(state, "位于双福工业园区内的重庆示例精工有限公司去年产值翻番。");
    assert_fact(a, "重庆示例精工有限公司", CNKG_LOCATED_IN, "双福工业园区");
    cnkg_article_free(a);
}

/* 资源 is 资源县 of 桂林 only right after 桂林; in a list of words
 * it is an ordinary word even where 广西 is named. */
static void test_common_short_county(void **state)
{
    cnkg_article *a = extract(state, "广西加快整合技术、资源和人才。");
    assert_false(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "资源县"));
    cnkg_article_free(a);
    a = extract(state, "广西桂林资源的特色农业发展迅速。");
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "资源县"));
    cnkg_article_free(a);
}

/* 向阳 is 向阳区 of 佳木斯, but 向阳乡 is a township of its own, and no
 * village 乡辽原村 follows a county 向阳. */
static void test_short_county_before_town_suffix(void **state)
{
    cnkg_article *a = extract(state, "佳木斯市举办农机展会。向阳乡辽原村的种粮大户连夜赶来。");
    assert_false(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "向阳区"));
    assert_false(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "乡辽原村"));
    cnkg_article_free(a);
    a = extract(state, "佳木斯市向阳区的种粮大户去年增收。");
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "向阳区"));
    cnkg_article_free(a);
}

/* 宁波|舟山|港: a port named by divisions is a place of its own, however
 * long; a division that holds the next (河北|黄骅港) is no part of it, and
 * no place begins inside a division's name (嘉兴|平湖 holds no 兴平湖). */
static void test_port_named_by_divisions(void **state)
{
    cnkg_article *a =
        extract(state, "届时将实现义乌与宁波舟山港的互联互通，货轮也靠泊河北黄骅港。");
    assert_true(has_entity(a, CNKG_PLACE, "宁波舟山港"));
    assert_true(has_entity(a, CNKG_PLACE, "黄骅港"));
    assert_false(has_entity(a, CNKG_PLACE, "河北黄骅港"));
    cnkg_article_free(a);
    a = extract(state, "尼得科集团落户浙江嘉兴平湖，投资建厂。");
    assert_false(has_entity(a, CNKG_PLACE, "兴平湖"));
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "平湖市"));
    cnkg_article_free(a);
}

/* 首钢—凯西项目: one dash joins two names into the project they share;
 * two (——) open an apposition. */
static void test_dash_joins_project_name(void **state)
{
    cnkg_article *a =
        extract(state, "漳州与首钢公司签约两个项目，分别为首钢—凯西项目和一个旅游项目。");
    assert_true(has_entity(a, CNKG_PROJECT, "首钢—凯西项目"));
    assert_false(has_entity(a, CNKG_PROJECT, "凯西项目"));
    cnkg_article_free(a);
    a = extract(state, "全省最大的核电项目——三澳核电项目开工。");
    assert_false(has_entity(a, CNKG_PROJECT, "核电项目——三澳核电项目"));
    cnkg_article_free(a);
}

static void test_located_set_off_and_built(void **state)
{
    cnkg_article *a = extract(state, "在宜宾，宁德时代新建的动力电池生产基地正式投产。");
    assert_fact(a, "动力电池生产基地", CNKG_LOCATED_IN, "宜宾市");
    cnkg_article_free(a);
    a = extract(state, "2005年，格力电器在重庆高新区投资兴建了格力电器(重庆)有限公司。");
    assert_fact(a, "格力电器(重庆)有限公司", CNKG_LOCATED_IN, "重庆高新技术产业开发区");
    cnkg_article_free(a);
}

static void test_attracted_firms_settle(void **state)
{
    cnkg_article *a = extract(state, "近年来，宜宾先后引进宁德时代、凯翼汽车等一批龙头企业。");
    assert_fact(a, "宁德时代", CNKG_LOCATED_IN, "宜宾市");
    cnkg_article_free(a);
}

static void test_set_off_place_and_its_cluster(void **state)
{
    cnkg_article *a = extract(state, "在常州，规模不断扩大的动力电池产业集群带动了上下游。");
    assert_fact(a, "常州市", CNKG_DEVELOPS_INDUSTRY, "动力电池");
    cnkg_article_free(a);
}

static void test_location_topic_and_origin(void **state)
{
    cnkg_article *a = extract(state, "两江新区内，来自北京的京东方正在加快建设新型显示项目。");
    assert_fact(a, "京东方", CNKG_LOCATED_IN, "两江新区");
    assert_fact(a, "京东方", CNKG_ORIGIN_FROM, "北京市");
    cnkg_article_free(a);
}

/* 在X，…: a scenic spot the sentence names stands in the division that
 * sets it off. */
static void test_place_set_off_by_division(void **state)
{
    cnkg_article *a = extract(state, "在福建泉州，清源山迎来大批游客。");
    assert_fact(a, "清源山", CNKG_LOCATED_IN, "泉州市");
    cnkg_article_free(a);
}

/* Divisions written right before a place's name say where it stands, each
 * of the chain; the news's own country before a name does not. */
static void test_divisions_before_place(void **state)
{
    cnkg_article *a = extract(state, "游客走进陕西延安宝塔山，中国空间站迎来新的乘组。");
    assert_fact(a, "宝塔山", CNKG_LOCATED_IN, "陕西省");
    assert_fact(a, "宝塔山", CNKG_LOCATED_IN, "延安市");
    assert_false(has_fact(a, "空间站", CNKG_LOCATED_IN, "中国"));
    cnkg_article_free(a);
}

static void test_origin_from_place_prefix(void **state)
{
    cnkg_article *a = extract(state, "浙江恒远新材料有限公司计划在涪陵区投资建设正极材料项目。");
    assert_true(has_entity(a, CNKG_COMPANY, "浙江恒远新材料有限公司"));
    assert_fact(a, "浙江恒远新材料有限公司", CNKG_ORIGIN_FROM, "浙江省");
    cnkg_article_free(a);
}

static void test_bracketed_place_in_firm_name(void **state)
{
    cnkg_article *a = extract(state, "格力电器在当地成立了格力电器(重庆)有限公司。");
    assert_fact(a, "格力电器(重庆)有限公司", CNKG_ORIGIN_FROM, "重庆市");
    cnkg_article_free(a);
}

static void test_develops_industry_list(void **state)
{
    cnkg_article *a = extract(state, "永川区积极发展机器人、智能终端等新兴产业。");
    assert_fact(a, "永川区", CNKG_DEVELOPS_INDUSTRY, "机器人");
    assert_fact(a, "永川区", CNKG_DEVELOPS_INDUSTRY, "智能终端");
    cnkg_article_free(a);
}

static void test_finer_division_is_subject(void **state)
{
    cnkg_article *a = extract(state, "今年，广州南沙加快发展集成电路、生物医药等产业。");
    assert_fact(a, "南沙区", CNKG_DEVELOPS_INDUSTRY, "集成电路");
    assert_false(has_fact(a, "广州市", CNKG_DEVELOPS_INDUSTRY, "集成电路"));
    cnkg_article_free(a);
}

static void test_headline_blank_parts_clauses(void **state)
{
    cnkg_article *a = extract(state, "永川区建设科创平台 璧山区发展机器人产业");
    assert_fact(a, "璧山区", CNKG_DEVELOPS_INDUSTRY, "机器人");
    assert_false(has_fact(a, "永川区", CNKG_DEVELOPS_INDUSTRY, "机器人"));
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

/* trades the news names before 行业 and 产业 that the lexicon now knows */
static void test_mined_trades(void **state)
{
    cnkg_article *a = extract(state, "南安市大力发展卫浴、涂料产业。");
    assert_fact(a, "南安市", CNKG_DEVELOPS_INDUSTRY, "卫浴");
    assert_fact(a, "南安市", CNKG_DEVELOPS_INDUSTRY, "涂料");
    cnkg_article_free(a);
    /* 光电子|产业, not 光|电子产业: the sector word is no part of a name */
    a = extract(state, "苏州加快推进光电子产业发展。");
    assert_fact(a, "苏州市", CNKG_DEVELOPS_INDUSTRY, "光电子");
    assert_false(has_entity(a, CNKG_INDUSTRY, "电子"));
    cnkg_article_free(a);
    a = extract(state, "当地的乳品行业增长较快。");
    assert_true(has_entity(a, CNKG_INDUSTRY, "乳制品"));
    cnkg_article_free(a);
}

static void test_in_industry_verb(void **state)
{
    cnkg_article *a = extract(state, "重庆华新电子有限公司成立于2010年，主要从事新能源汽车、"
                                     "动力电池的研发。永川区聚焦机器人产业。");
    assert_fact(a, "重庆华新电子有限公司", CNKG_IN_INDUSTRY, "新能源汽车");
    assert_fact(a, "重庆华新电子有限公司", CNKG_IN_INDUSTRY, "动力电池");
    /* a nearer place takes the cue: it develops, no firm works in */
    assert_false(has_fact(a, "重庆华新电子有限公司", CNKG_IN_INDUSTRY, "机器人"));
    cnkg_article_free(a);
}

static void test_sector_list_whatever_the_verb(void **state)
{
    cnkg_article *a = extract(state, "作为工业大区的江津区，正在推进新能源汽车、生物医药等"
                                     "五大重点产业链建设。");
    assert_fact(a, "江津区", CNKG_DEVELOPS_INDUSTRY, "新能源汽车");
    assert_fact(a, "江津区", CNKG_DEVELOPS_INDUSTRY, "生物医药");
    cnkg_article_free(a);
}

/* 行业 closes a list of sectors a place develops only when the list is of
 * its key or traditional trades (重点行业, 传统优势行业), not when it lists
 * trades touched by news (等行业成本上涨) */
static void test_sector_list_key_trades(void **state)
{
    cnkg_article *a = extract(state, "綦江区近年完成了对钢铁、建材、化工等传统优势行业的技术改造。"
                                     "受此影响，铜梁区的汽车、家具等行业成本上涨。");
    assert_fact(a, "綦江区", CNKG_DEVELOPS_INDUSTRY, "钢铁");
    assert_fact(a, "綦江区", CNKG_DEVELOPS_INDUSTRY, "建材");
    assert_fact(a, "綦江区", CNKG_DEVELOPS_INDUSTRY, "化工");
    assert_false(has_fact(a, "铜梁区", CNKG_DEVELOPS_INDUSTRY, "家具"));
    cnkg_article_free(a);
}

/* 行业 or 领域 after 等 closes the sectors of the projects the clause then
 * counts (等行业的30个项目): the clause's place develops them. A list of
 * categories that counts no project (等五大领域全部40个项目 of a contest) or
 * a sentence that names no place (the topic's) gives nothing. */
static void test_sector_list_of_counted_projects(void **state)
{
    cnkg_article *a =
        extract(state, "永川区上周集中签约涉及智能装备、电子信息等行业的30个项目。"
                       "涪陵区今年推进新材料、生物医药等领域200多个重大项目。"
                       "光伏、储能等领域8个项目已经投产。"
                       "璧山区选手参加了汽车、电子信息等五大领域全部40个项目的比赛。");
    assert_fact(a, "永川区", CNKG_DEVELOPS_INDUSTRY, "智能装备");
    assert_fact(a, "永川区", CNKG_DEVELOPS_INDUSTRY, "电子信息");
    assert_fact(a, "涪陵区", CNKG_DEVELOPS_INDUSTRY, "新材料");
    assert_fact(a, "涪陵区", CNKG_DEVELOPS_INDUSTRY, "生物医药");
    assert_false(has_fact(a, "涪陵区", CNKG_DEVELOPS_INDUSTRY, "储能"));
    assert_false(has_fact(a, "璧山区", CNKG_DEVELOPS_INDUSTRY, "汽车"));
    cnkg_article_free(a);
}

/* What a firm or a project becomes (成为, after a few words: 已, 建成后将)
 * describes it as a copula does: the sectors of a description that ends in a
 * word for its kind (企业, 项目) are its own; a project's description ends
 * with its clause, and one that ends in another kind of thing (企业的供应商)
 * says nothing of its sector. */
static void test_become_describes(void **state)
{
    cnkg_article *a =
        extract(state, "去年开工的璧山区锂电池工厂项目已进入安装阶段，该项目建成后"
                       "将成为西部最大的“动力电池+储能电池”项目。"
                       "江津区电机工厂项目上月开工，该项目投产后将成为储能电池企业"
                       "的供应商。重庆华新电子有限公司已成为西部最大的新能源汽车企业。");
    assert_fact(a, "锂电池工厂项目", CNKG_IN_INDUSTRY, "动力电池");
    assert_fact(a, "锂电池工厂项目", CNKG_IN_INDUSTRY, "储能电池");
    assert_false(has_fact(a, "电机工厂项目", CNKG_IN_INDUSTRY, "储能电池"));
    assert_fact(a, "重庆华新电子有限公司", CNKG_IN_INDUSTRY, "新能源汽车");
    cnkg_article_free(a);
}

/* Places, 的, then sectors named as sectors (产业, 工业, 行业): each place
 * develops each; a sector that qualifies a park (家电工业园) is no place's. */
static void test_place_owns_its_sectors(void **state)
{
    cnkg_article *a = extract(state, "近年来，苏州、无锡的集成电路产业和生物医药产业快速成长。"
                                     "南京的家电工业园预留了产能。");
    assert_fact(a, "苏州市", CNKG_DEVELOPS_INDUSTRY, "集成电路");
    assert_fact(a, "无锡市", CNKG_DEVELOPS_INDUSTRY, "集成电路");
    assert_fact(a, "无锡市", CNKG_DEVELOPS_INDUSTRY, "生物医药");
    assert_false(has_fact(a, "南京市", CNKG_DEVELOPS_INDUSTRY, "家电"));
    cnkg_article_free(a);
}

/* A sector before a word for a cluster (产业集群) is developed by the place
 * that opens the sentence and stays its subject, clauses later, though a
 * firm opens the clause between (以…集团带动). */
static void test_place_cluster_far_from_place(void **state)
{
    cnkg_article *a = extract(state, "同时，洛阳还立足自身优势，以洛阳钼业集团带动工程机械"
                                     "产业集群式发展。");
    assert_fact(a, "洛阳市", CNKG_DEVELOPS_INDUSTRY, "工程机械");
    cnkg_article_free(a);
}

/* A place set off by 在 and a count of its firms of a sector opening the
 * next clause (30多家稀土企业): the place develops the sector, and the firms,
 * no new subject, make for it what the clauses after say; one firm (一家)
 * says where a firm is, not what the place develops. */
static void test_counted_firms_of_set_off_place(void **state)
{
    cnkg_article *a = extract(state, "在包头，30多家稀土企业通过技术改造，生产稀土永磁材料。");
    assert_fact(a, "包头市", CNKG_DEVELOPS_INDUSTRY, "稀土");
    assert_fact(a, "包头市", CNKG_PRODUCES, "稀土永磁材料");
    cnkg_article_free(a);
    a = extract(state, "在包头，一家稀土企业通过技术改造，生产稀土永磁材料。");
    assert_false(has_fact(a, "包头市", CNKG_DEVELOPS_INDUSTRY, "稀土"));
    cnkg_article_free(a);
}

/* Places listed and closed by 等 right before a sector and a word for a
 * cluster: each place has the cluster, not the first alone. */
static void test_place_list_before_cluster(void **state)
{
    cnkg_article *a = extract(state, "宜宾、泸州等白酒产业集群加速成长。");
    assert_fact(a, "宜宾市", CNKG_DEVELOPS_INDUSTRY, "白酒");
    assert_fact(a, "泸州市", CNKG_DEVELOPS_INDUSTRY, "白酒");
    cnkg_article_free(a);
}

/* A clause opened by 在, a place and 的 sets the scene at the thing named
 * after 的: it stands at the place. */
static void test_scene_set_at_place(void **state)
{
    cnkg_article *a = extract(state, "在合肥的国家同步辐射实验室里，科研人员正在调试设备。");
    assert_fact(a, "国家同步辐射实验室", CNKG_LOCATED_IN, "合肥市");
    cnkg_article_free(a);
}

/* A place set off by 在 and sectors named as such (陶瓷行业) opening the
 * next clause: the place develops them. */
static void test_sector_after_set_off_place(void **state)
{
    cnkg_article *a = extract(state, "在江西宜春，传统的锂电池产业正在加快升级。");
    assert_fact(a, "宜春市", CNKG_DEVELOPS_INDUSTRY, "锂电池");
    cnkg_article_free(a);
}

/* A list of sectors closed by 等 and a word for sectors, in a sentence that
 * names no place or firm before it, is the discourse topic's (如今，A、B等产业
 * 集群已经形成). */
static void test_sector_list_of_the_topic(void **state)
{
    cnkg_article *a = extract(state, "苏州市探索新的招商模式。如今，光伏、生物医药等产业集群"
                                     "已经形成。");
    assert_fact(a, "苏州市", CNKG_DEVELOPS_INDUSTRY, "光伏");
    assert_fact(a, "苏州市", CNKG_DEVELOPS_INDUSTRY, "生物医药");
    cnkg_article_free(a);
}

/* A list of sectors closed by a count (三大, 3个) and a word for sectors is
 * developed by the clause's place, as one closed by 等; a count of things
 * that are no sectors (两大港口) says nothing. */
static void test_sector_list_closed_by_count(void **state)
{
    cnkg_article *a = extract(state, "苏州市今年将提速建设集成电路、生物医药、光伏3个"
                                     "新的千亿级产业集群。");
    assert_fact(a, "苏州市", CNKG_DEVELOPS_INDUSTRY, "集成电路");
    assert_fact(a, "苏州市", CNKG_DEVELOPS_INDUSTRY, "光伏");
    cnkg_article_free(a);
    a = extract(state, "无锡市重点扶持集成电路、生物医药两大产业。");
    assert_fact(a, "无锡市", CNKG_DEVELOPS_INDUSTRY, "生物医药");
    cnkg_article_free(a);
}

/* With no subject in its sentence, a cue speaks of the topic only in its own
 * clause: a later clause is about something else (回顾…的发展，光伏…). */
static void test_topic_cue_keeps_to_its_clause(void **state)
{
    cnkg_article *a = extract(state, "苏州市探索新的招商模式。回顾近几年的发展，光伏组件的价格"
                                     "一路走低。");
    assert_false(has_fact(a, "苏州市", CNKG_DEVELOPS_INDUSTRY, "光伏"));
    cnkg_article_free(a);
}

/* A programme named inside a clause is what a verb carries out, and develops
 * none of the sectors after it; one followed by a word of saying is the
 * subject of what it states. */
static void test_programme_develops_only_as_subject(void **state)
{
    cnkg_article *a = extract(state, "双方要持续推进高质量共建“一带一路”，共同打造数字经济、"
                                     "人工智能等合作新亮点。");
    assert_false(has_fact(a, "一带一路", CNKG_DEVELOPS_INDUSTRY, "数字经济"));
    cnkg_article_free(a);
    a = extract(state, "国务院出台了《关于加快培育和发展战略性新兴产业的决定》，明确提出要"
                       "重点发展新材料。");
    assert_fact(a, "关于加快培育和发展战略性新兴产业的决定", CNKG_DEVELOPS_INDUSTRY, "新材料");
    cnkg_article_free(a);
}

/* A plan or policy whose name holds a known industry and a word for a sector
 * (纺织工业“十二五”发展规划, 轮胎产业政策) is for that sector. */
static void test_policy_named_by_its_sector(void **state)
{
    cnkg_article *a =
        extract(state, "工信部日前印发《纺织工业“十二五”发展规划》和《轮胎产业政策》。");
    assert_fact(a, "轮胎产业政策", CNKG_DEVELOPS_INDUSTRY, "轮胎");
    assert_fact(a, "纺织工业十二五发展规划", CNKG_DEVELOPS_INDUSTRY, "纺织");
    cnkg_article_free(a);
}

/* A sector's entry rules (…行业准入条件) are for that sector, and so is a
 * plan whose name opens with a sector a rule reads before 行业. */
static void test_entry_rules_named_by_their_sector(void **state)
{
    cnkg_article *a = extract(state, "多晶硅行业产能过剩。工信部发布了《多晶硅行业准入条件》，"
                                     "新建项目须达到规模要求。");
    assert_fact(a, "多晶硅行业准入条件", CNKG_DEVELOPS_INDUSTRY, "多晶硅");
    cnkg_article_free(a);
    a = extract(state, "去年电石工业产能过剩，电石产业利润下滑。《电石行业“十二五”规划》指出，"
                       "要淘汰落后产能。");
    assert_fact(a, "电石行业十二五规划", CNKG_DEVELOPS_INDUSTRY, "电石");
    cnkg_article_free(a);
}

/* A sector, a copula and a place, then 的 and a word for sectors (支柱产业):
 * the place develops the sector; of a chain of places, the last. */
static void test_sector_described_as_the_places_own(void **state)
{
    cnkg_article *a = extract(state, "茶叶产业一直是浙江安吉县的支柱产业，带动了就业。");
    assert_fact(a, "安吉县", CNKG_DEVELOPS_INDUSTRY, "茶叶");
    cnkg_article_free(a);
}

/* A place, a copula or a word of becoming, and a description ending in a
 * word for a hub (大市, 基地): the place develops the sectors it names; not
 * where the word goes on into another noun (大市|场). */
static void test_place_described_as_a_hub(void **state)
{
    cnkg_article *a = extract(state, "绍兴市是传统的茶叶大市，茶园面积很大。");
    assert_fact(a, "绍兴市", CNKG_DEVELOPS_INDUSTRY, "茶叶");
    cnkg_article_free(a);
    a = extract(state, "合肥近年来成为全国的光伏大市。"); /* past the copula 为's reach */
    assert_fact(a, "合肥市", CNKG_DEVELOPS_INDUSTRY, "光伏");
    cnkg_article_free(a);
    a = extract(state, "荣昌高新区是西部最大的电子产业集中区。");
    assert_fact(a, "荣昌高新技术产业开发区", CNKG_DEVELOPS_INDUSTRY, "电子");
    cnkg_article_free(a);
    a = extract(state, "日本成为越南纺织品出口第二大市场。");
    assert_false(has_fact(a, "日本", CNKG_DEVELOPS_INDUSTRY, "纺织"));
    cnkg_article_free(a);
}

/* A place, a sector and a word for firms (青岛玩具企业, 成都周边物流企业, 江西
 * 5家稀土企业, 这里最大的煤炭企业): the place's firms work in the sector, so
 * the place develops it; not a place the firms come from (来自江苏的), nor
 * one in a firm's name (宁波华丰玩具有限公司). */
static void test_place_of_sector_firms(void **state)
{
    cnkg_article *a = extract(state, "青岛玩具企业今年出口增长，成都周边物流企业也在扩张。");
    assert_fact(a, "青岛市", CNKG_DEVELOPS_INDUSTRY, "玩具");
    assert_fact(a, "成都市", CNKG_DEVELOPS_INDUSTRY, "物流");
    cnkg_article_free(a);
    a = extract(state, "江西5家稀土企业联合成立了新公司。");
    assert_fact(a, "江西省", CNKG_DEVELOPS_INDUSTRY, "稀土");
    cnkg_article_free(a);
    a = extract(state, "展会吸引了来自江苏的纺织企业，宁波华丰玩具有限公司也参展。");
    assert_false(has_fact(a, "江苏省", CNKG_DEVELOPS_INDUSTRY, "纺织"));
    assert_false(has_fact(a, "宁波市", CNKG_DEVELOPS_INDUSTRY, "玩具"));
    cnkg_article_free(a);
    /* one firm says where it is, not what the place develops */
    a = extract(state, "记者在青岛一家玩具企业看到，工人正在赶制订单。");
    assert_false(has_fact(a, "青岛市", CNKG_DEVELOPS_INDUSTRY, "玩具"));
    cnkg_article_free(a);
    a = extract(state, "成都1家物流企业今年扩建仓库。");
    assert_false(has_fact(a, "成都市", CNKG_DEVELOPS_INDUSTRY, "物流"));
    cnkg_article_free(a);
}

/* A trade association's name (…行业协会, …工业协会) says its sector, one
 * the story writes outside names too (汽车销量, 钢铁产量). */
static void test_trade_association_in_its_sector(void **state)
{
    cnkg_article *a = extract(state, "重庆市汽车行业协会会长张明表示汽车销量回升，"
                                     "中国钢铁工业协会发布了钢铁产量数据。");
    assert_fact(a, "重庆市汽车行业协会", CNKG_IN_INDUSTRY, "汽车");
    assert_fact(a, "中国钢铁工业协会", CNKG_IN_INDUSTRY, "钢铁");
    cnkg_article_free(a);
}

static void test_firms_then_sector(void **state)
{
    cnkg_article *a = extract(state, "长安汽车、赛力斯等本地汽车企业纷纷加大投入。");
    assert_fact(a, "长安汽车", CNKG_IN_INDUSTRY, "汽车");
    assert_fact(a, "赛力斯", CNKG_IN_INDUSTRY, "汽车");
    cnkg_article_free(a);
}

/* A clause opened by 作为 describes the name that opens the next one: a
 * firm described as a kind of firm is in the sectors named, a place
 * described as a hub (大省, 基地) develops them, and a place the description
 * reaches by a located cue holds the name. A market is no hub. */
static void test_role_clause(void **state)
{
    cnkg_article *a = extract(state, "作为重庆汽车龙头企业，长安汽车今年加大研发投入。"
                                     "作为汽车产业大省，吉林省加快转型升级。"
                                     "作为首家迁驻璧山区的外资企业，重庆华新电子有限公司扩大投资。"
                                     "作为新能源汽车的重要市场，重庆市出台了政策。");
    assert_fact(a, "长安汽车", CNKG_IN_INDUSTRY, "汽车");
    assert_fact(a, "吉林省", CNKG_DEVELOPS_INDUSTRY, "汽车");
    assert_fact(a, "重庆华新电子有限公司", CNKG_LOCATED_IN, "璧山区");
    assert_false(has_fact(a, "重庆市", CNKG_DEVELOPS_INDUSTRY, "新能源汽车"));
    cnkg_article_free(a);
}

/* A maker's kind (制造商, 生产商) before a firm's name describes the firm as
 * 企业 would: the sector and the place before it are the firm's. */
static void test_maker_before_firm(void **state)
{
    cnkg_article *a = extract(state, "日本汽车生产商丰田汽车公司本周宣布，将在天津扩建工厂。"
                                     "这家工厂为德国汽车制造商宝马集团供货。");
    /* 丰田汽车|公司: the known firm and its suffix are its fuller name */
    assert_fact(a, "丰田汽车公司", CNKG_ORIGIN_FROM, "日本");
    assert_fact(a, "宝马", CNKG_IN_INDUSTRY, "汽车");
    cnkg_article_free(a);
}

/* A division, a few words, then a division the gazetteer puts in it (安徽
 * 皖北阜阳, 大凉山里的昭觉县): the finer place stands in the first, and so
 * does the rest of its list (辽宁的锦州、营口); two places neither of which
 * holds the other (重庆至成都) say nothing. */
static void test_parent_named_first(void **state)
{
    cnkg_article *a = extract(state, "安徽皖北阜阳的一座物流园今年开工。"
                                     "我们在大凉山里的昭觉县走访了几户农家。"
                                     "重庆至成都的高铁今年通车。"
                                     "这家公司在辽宁的锦州、营口、丹东设有仓库。");
    assert_fact(a, "阜阳市", CNKG_LOCATED_IN, "安徽省");
    assert_fact(a, "营口市", CNKG_LOCATED_IN, "辽宁省");
    assert_fact(a, "丹东市", CNKG_LOCATED_IN, "辽宁省");
    assert_fact(a, "昭觉县", CNKG_LOCATED_IN, "凉山彝族自治州");
    assert_false(has_fact(a, "成都市", CNKG_LOCATED_IN, "重庆市"));
    cnkg_article_free(a);
}

static void test_located_list_members(void **state)
{
    cnkg_article *a =
        extract(state, "重庆华新电子有限公司、重庆蓝海科技有限公司等企业落户璧山区。");
    assert_fact(a, "重庆华新电子有限公司", CNKG_LOCATED_IN, "璧山区");
    assert_fact(a, "重庆蓝海科技有限公司", CNKG_LOCATED_IN, "璧山区");
    cnkg_article_free(a);
}

static void test_place_opens_its_plan(void **state)
{
    cnkg_article *a = extract(state, "《江津区新能源汽车产业发展规划》近日印发。");
    assert_fact(a, "江津区", CNKG_IMPLEMENTS, "江津区新能源汽车产业发展规划");
    cnkg_article_free(a);
}

static void test_implements_quoted_programme(void **state)
{
    cnkg_article *a = extract(state, "江津区今年推行“项目管家”制度，为企业提供全程服务。");
    assert_true(has_entity(a, CNKG_PROGRAM, "项目管家"));
    assert_fact(a, "江津区", CNKG_IMPLEMENTS, "项目管家");
    cnkg_article_free(a);
}

static void test_implements_jian_chi(void **state)
{
    cnkg_article *a = extract(state, "江津区今年坚持“项目管家”制度不动摇。");
    assert_fact(a, "江津区", CNKG_IMPLEMENTS, "项目管家");
    cnkg_article_free(a);
}

/* 实行 brings a programme as 推行 does; what a city's party committee
 * carries out, the city carries out. */
static void test_implements_shi_xing_by_organ(void **state)
{
    cnkg_article *a = extract(state, "江津区委今年大力实行“项目管家”制度。");
    assert_fact(a, "江津区委", CNKG_IMPLEMENTS, "项目管家");
    assert_fact(a, "江津区", CNKG_IMPLEMENTS, "项目管家");
    cnkg_article_free(a);
}

/* A place after 在 in the cue's own clause is where the work is done, not
 * who does it; set apart by a comma it is the clause's topic. */
static void test_implements_not_where_done(void **state)
{
    cnkg_article *a = extract(state, "此次投资3亿元，在江津区实施“清水绿岸”工程。"
                                     "在璧山区，今年大力推行“项目管家”制度。");
    assert_true(has_entity(a, CNKG_PROGRAM, "清水绿岸工程"));
    assert_false(has_fact(a, "江津区", CNKG_IMPLEMENTS, "清水绿岸工程"));
    assert_fact(a, "璧山区", CNKG_IMPLEMENTS, "项目管家");
    cnkg_article_free(a);
}

/* A programme's name that runs on into 的, or into a noun after 成为,
 * qualifies what the subject becomes; a title ends its clause, its list, or
 * says 之一, or after 被认定为 goes on to the place held in it. */
static void test_designation_ends_with_its_name(void **state)
{
    cnkg_article *a = extract(state, "江津区成为“项目管家”的典型。"
                                     "璧山区被评为“国家生态工业示范园区”之一。"
                                     "永川区被认定为“成渝数字产业协作区”首批核心区。");
    assert_true(has_entity(a, CNKG_PROGRAM, "项目管家"));
    assert_false(has_fact(a, "江津区", CNKG_DESIGNATED_AS, "项目管家"));
    assert_fact(a, "璧山区", CNKG_DESIGNATED_AS, "国家生态工业示范园区");
    assert_fact(a, "永川区", CNKG_DESIGNATED_AS, "成渝数字产业协作区");
    cnkg_article_free(a);
}

/* A clause opened by 作为 that is one name ending in a programme's suffix
 * names the title the next clause's subject holds; a work's suffix (工程)
 * does not. */
static void test_role_clause_names_title(void **state)
{
    cnkg_article *a = extract(state, "作为江苏先进制造业集聚先行区，苏州今年新增外资项目120个。"
                                     "作为大湾区又一超级工程，深中通道正式通车。");
    assert_true(has_entity(a, CNKG_PROGRAM, "江苏先进制造业集聚先行区"));
    assert_fact(a, "苏州市", CNKG_DESIGNATED_AS, "江苏先进制造业集聚先行区");
    assert_false(has_entity(a, CNKG_PROGRAM, "大湾区又一超级工程"));
    cnkg_article_free(a);
}

/* 包括A、B在内的…: the places are among what the clause names next, not what
 * the programme spans. */
static void test_covers_not_included_among(void **state)
{
    cnkg_article *a = extract(state, "《渝西产业协作规划》覆盖江津区、璧山区。"
                                     "《成渝产业协作方案》为包括永川区在内的多个区县带来机遇。");
    assert_fact(a, "渝西产业协作规划", CNKG_COVERS, "江津区");
    assert_fact(a, "渝西产业协作规划", CNKG_COVERS, "璧山区");
    assert_true(has_entity(a, CNKG_PROGRAM, "成渝产业协作方案"));
    assert_false(has_fact(a, "成渝产业协作方案", CNKG_COVERS, "永川区"));
    cnkg_article_free(a);
}

/* A sentence that names no place takes the discourse topic as the place that
 * develops a sector, not as the one that carries out a plan (a ministry or a
 * partner often does). */
static void test_topic_develops_but_implements_nothing(void **state)
{
    cnkg_article *a = extract(
        state, "江津区召开全区工业大会。会议提出，大力发展新能源汽车产业，推行“项目管家”制度。");
    assert_fact(a, "江津区", CNKG_DEVELOPS_INDUSTRY, "新能源汽车");
    assert_true(has_entity(a, CNKG_PROGRAM, "项目管家"));
    assert_false(has_fact(a, "江津区", CNKG_IMPLEMENTS, "项目管家"));
    cnkg_article_free(a);
}

/* A country opening a sentence ends the discourse topic: the sectors of the
 * sentences after it are no nation's own. */
static void test_country_is_no_topic(void **state)
{
    cnkg_article *a = extract(state, "美国经济今年回暖。报告提出，大力发展新能源汽车产业。");
    assert_true(has_entity(a, CNKG_INDUSTRY, "新能源汽车"));
    assert_false(has_fact(a, "美国", CNKG_DEVELOPS_INDUSTRY, "新能源汽车"));
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

static void test_partners_end_at_what_they_form(void **state)
{
    cnkg_article *a = extract(state, "由重庆大学牵头，联合长安汽车、赛力斯等单位组建的“智能座舱创新"
                                     "联合体”在两江新区揭牌。");
    assert_fact(a, "重庆大学", CNKG_COLLABORATES_WITH, "长安汽车");
    assert_false(has_fact(a, "重庆大学", CNKG_COLLABORATES_WITH, "智能座舱创新联合体"));
    assert_fact(a, "智能座舱创新联合体", CNKG_LOCATED_IN, "两江新区");
    cnkg_article_free(a);
}

static void test_collaborates_lian_he(void **state)
{
    cnkg_article *a = extract(state, "赛力斯联合博世研发新一代电驱系统。");
    assert_fact(a, "赛力斯", CNKG_COLLABORATES_WITH, "博世");
    cnkg_article_free(a);
}

/* A与B联合…: the partner is named before the verb; a body after it (whose
 * consent the merger has) is none. */
static void test_collaborates_partner_named(void **state)
{
    cnkg_article *a = extract(state, "长安汽车与赛力斯联合重组的方案已获国资委批准。");
    assert_fact(a, "长安汽车", CNKG_COLLABORATES_WITH, "赛力斯");
    assert_false(has_fact(a, "长安汽车", CNKG_COLLABORATES_WITH, "国资委"));
    cnkg_article_free(a);
}

/* A project named by a sector and a word of industry works in the sector. */
static void test_project_sector_in_name(void **state)
{
    cnkg_article *a = extract(state, "海河产业园年内将启动LED工业项目。");
    assert_fact(a, "LED工业项目", CNKG_IN_INDUSTRY, "LED");
    cnkg_article_free(a);
}

static void test_produces_and_operates(void **state)
{
    cnkg_article *a = extract(state, "宁德时代宜宾基地开足马力，多条“麒麟电池”生产线满负荷运转。");
    assert_true(has_entity(a, CNKG_PRODUCT, "麒麟电池"));
    assert_fact(a, "宁德时代", CNKG_PRODUCES, "麒麟电池");
    cnkg_article_free(a);
}

static void test_project_makes_what_follows(void **state)
{
    cnkg_article *a =
        extract(state, "长安汽车在两江新区建设整车项目，主要生产车规级芯片和减速器等产品。");
    assert_fact(a, "整车项目", CNKG_PRODUCES, "减速器");
    cnkg_article_free(a);
}

/* A project named by its product makes it, and so does its one operator;
 * not a product the plant makes something else of. */
static void test_project_named_by_product(void **state)
{
    cnkg_article *a =
        extract(state, "海信集团投资建设年产300万台冰箱技改项目和年产50万台电机及控制系统项目。");
    assert_fact(a, "年产300万台冰箱技改项目", CNKG_PRODUCES, "冰箱");
    assert_fact(a, "海信", CNKG_PRODUCES, "冰箱");
    cnkg_article_free(a);
    a = extract(state, "今年，宽厚板生产线投产；煤经甲醇制烯烃项目获得批准。");
    assert_fact(a, "宽厚板生产线", CNKG_PRODUCES, "宽厚板");
    assert_true(has_entity(a, CNKG_PRODUCT, "甲醇"));
    assert_true(has_entity(a, CNKG_PROJECT, "煤经甲醇制烯烃项目"));
    assert_false(has_fact(a, "煤经甲醇制烯烃项目", CNKG_PRODUCES, "甲醇"));
    cnkg_article_free(a);
}

/* 研发成功了X: 成功 belongs to the verb; 生产流通企业: a word for firms
 * after a verb of making names makers, not a product. */
static void test_product_after_success_not_firms(void **state)
{
    cnkg_article *a = extract(state, "海尔研发成功了平面视频立体转换技术。");
    assert_true(has_entity(a, CNKG_PRODUCT, "平面视频立体转换技术"));
    assert_false(has_entity(a, CNKG_PRODUCT, "成功平面视频立体转换技术"));
    cnkg_article_free(a);
    a = extract(state, "九州通的客户多为医药生产流通企业。");
    assert_false(has_entity(a, CNKG_PRODUCT, "流通企业"));
    cnkg_article_free(a);
}

/* A firm, then its project, then the verb of making in one clause: the
 * project makes. */
static void test_project_after_firm_makes(void **state)
{
    cnkg_article *a = extract(state, "海信此次黄岛家电产业化项目形成年产20万台冰柜的生产能力。");
    assert_fact(a, "黄岛家电产业化项目", CNKG_PRODUCES, "冰柜");
    cnkg_article_free(a);
}

/* A name read as a firm only at the head of a project's name, with no
 * firm's word, unknown and never named alone, operates nothing: 金井 is
 * where the wind farm stands. A firm named alone still does. */
static void test_project_head_firm_stands_alone(void **state)
{
    cnkg_article *a = extract(state, "近期将动工建设金井风电场、赤湖风电场等风电项目。");
    assert_false(has_fact(a, "金井", CNKG_OPERATES, "金井风电场项目"));
    cnkg_article_free(a);
    a = extract(state, "新材料行业，落地万华化学、华峰聚氨酯等项目。");
    assert_fact(a, "万华化学", CNKG_OPERATES, "万华化学项目");
    cnkg_article_free(a);
}

/* After a verb of making, an item that ends in a noun of what making needs
 * or is (经验, 工作, 管理) names no product. */
static void test_product_item_not_work(void **state)
{
    cnkg_article *a = extract(state, "长安汽车依靠多年积累的生产技术和管理经验，开拓市场。");
    assert_false(has_entity(a, CNKG_PRODUCT, "管理经验"));
    cnkg_article_free(a);
    a = extract(state, "山东省下达资金，支持农业生产防灾救灾工作。");
    assert_false(has_entity(a, CNKG_PRODUCT, "防灾救灾工作"));
    cnkg_article_free(a);
    a = extract(state, "三元新增的生产性生物资产为外购，改造后确保生产的连续性。");
    assert_false(has_entity(a, CNKG_PRODUCT, "性生物资产"));
    assert_false(has_entity(a, CNKG_PRODUCT, "连续性"));
    cnkg_article_free(a);
}

/* A firm's catalogue (产品以…等为主, 主要产品是…) names what it makes; after
 * 主要产品是 the clause is the list, closed by 等 or not, but not a list
 * one of whose items is an amount. */
static void test_catalogue_names_products(void **state)
{
    cnkg_article *a =
        extract(state, "新疆金特钢铁股份有限公司是一家钢铁公司，主要产品是棒材和高速线材，"
                       "产能达到150万吨。");
    assert_true(has_entity(a, CNKG_PRODUCT, "高速线材"));
    assert_fact(a, "新疆金特钢铁股份有限公司", CNKG_PRODUCES, "棒材");
    cnkg_article_free(a);
    /* every catalogue head is a cue of making too */
    a = extract(state, "新疆金特钢铁股份有限公司成立于2003年，主营产品为汽车密封条。");
    assert_fact(a, "新疆金特钢铁股份有限公司", CNKG_PRODUCES, "汽车密封条");
    cnkg_article_free(a);
    a = extract(state, "中联重科产品以混凝土机械、工程起重机械等为主。");
    assert_fact(a, "中联重科", CNKG_PRODUCES, "混凝土机械");
    cnkg_article_free(a);
    a = extract(state, "亨通光电的新项目，主要产品为10类连接设备及器件。");
    assert_false(has_entity(a, CNKG_PRODUCT, "器件"));
    cnkg_article_free(a);
}

/* A plant named by what it makes (X生产线, X工厂, X中试线) names a product
 * when the words before its word end like one and their left edge is sure
 * (的, a count, a long word that stops names), not an owner's name; so
 * does an amount counted in a unit before a word of capacity. */
static void test_plant_and_capacity_products(void **state)
{
    cnkg_article *a = extract(state, "该市新上马一批空气源热泵生产线，还有一条碳化硅薄膜中试线。");
    assert_true(has_entity(a, CNKG_PRODUCT, "空气源热泵"));
    assert_true(has_entity(a, CNKG_PRODUCT, "碳化硅薄膜"));
    cnkg_article_free(a);
    a = extract(state, "园区内年产能五十万台的智能扫地机工厂已经投产。");
    assert_true(has_entity(a, CNKG_PRODUCT, "智能扫地机"));
    cnkg_article_free(a);
    /* a place opens the name: the plant is named by where it is */
    a = extract(state, "公司扩建了花都发动机工厂。");
    assert_false(has_entity(a, CNKG_PRODUCT, "花都发动机"));
    cnkg_article_free(a);
    a = extract(state, "项目投产后将形成20万吨铝合金板和5万吨彩涂板产能。");
    assert_true(has_entity(a, CNKG_PRODUCT, "铝合金板"));
    assert_true(has_entity(a, CNKG_PRODUCT, "彩涂板"));
    cnkg_article_free(a);
    a = extract(state, "企业还预留了300万台变频空调压缩机的产能。");
    assert_true(has_entity(a, CNKG_PRODUCT, "变频空调压缩机"));
    cnkg_article_free(a);
    /* no product's last word: a sector's capacity, a kind of line */
    a = extract(state, "全省压减了500万吨水泥产能，新建两条智能化生产线。");
    assert_false(has_entity(a, CNKG_PRODUCT, "水泥"));
    assert_false(has_entity(a, CNKG_PRODUCT, "智能化"));
    cnkg_article_free(a);
}

/* After a count and a measure word for machines (台), the noun to the end
 * of its clause names a machine made when it ends like one; after 的 only
 * what follows it. Not a kind in two characters, not what a known name
 * holds, not a thing whose last part a product named elsewhere is. */
static void test_counted_machines(void **state)
{
    cnkg_article *a =
        extract(state, "厂里新到了一台外形小巧的果蔬榨汁器，还有国内首台双轴深松整地机。");
    assert_true(has_entity(a, CNKG_PRODUCT, "果蔬榨汁器"));
    assert_true(has_entity(a, CNKG_PRODUCT, "双轴深松整地机"));
    cnkg_article_free(a);
    a = extract(state, "合作社添置了20多台履带式甘蔗剥叶机和一台秸秆打捆机。");
    assert_true(has_entity(a, CNKG_PRODUCT, "履带式甘蔗剥叶机"));
    assert_true(has_entity(a, CNKG_PRODUCT, "秸秆打捆机"));
    cnkg_article_free(a);
    /* a kind, a describing clause, a policy's term, one after another */
    a = extract(state, "首台样机下线，这是首台集成视觉模组与语音芯片的控制系统，"
                       "首台（套）装备有补贴，田间开来一台台履带式剥叶机。");
    assert_false(has_entity(a, CNKG_PRODUCT, "样机"));
    assert_false(has_entity(a, CNKG_PRODUCT, "集成视觉模组"));
    assert_false(has_entity(a, CNKG_PRODUCT, "台履带式剥叶机"));
    cnkg_article_free(a);
    /* a product named where it is made names the machine */
    a = extract(state, "这家研发激光雕刻机的公司卖出了首台桌面激光雕刻机。");
    assert_true(has_entity(a, CNKG_PRODUCT, "激光雕刻机"));
    assert_false(has_entity(a, CNKG_PRODUCT, "桌面激光雕刻机"));
    cnkg_article_free(a);
}

/* A decimal number inside a name (第8.5代, 1.5期) is read whole: the walk
 * to the name's start does not stop at its point. It stops after a firm's
 * legal form. */
static void test_decimal_in_name(void **state)
{
    cnkg_article *a = extract(state, "市里投资的星河光电第10.5代显示面板项目今年开工。");
    assert_true(has_entity(a, CNKG_PROJECT, "星河光电第10.5代显示面板项目"));
    assert_false(has_entity(a, CNKG_PROJECT, "5代显示面板项目"));
    cnkg_article_free(a);
    /* a firm's legal form ends the firm: what it runs is named after it */
    a = extract(state, "国家批准了星河电子(苏州)有限公司10.5代显示面板生产线项目。");
    assert_true(has_entity(a, CNKG_COMPANY, "星河电子(苏州)有限公司"));
    assert_true(has_entity(a, CNKG_PROJECT, "10.5代显示面板生产线项目"));
    assert_false(has_entity(a, CNKG_PROJECT, "限公司10.5代显示面板生产线项目"));
    cnkg_article_free(a);
}

/* A model code (a capital Latin letter first, a digit in it) before a few
 * Han characters that end in a kind of machine names that model; a unit,
 * a standard or a meeting with a code names none. */
static void test_model_products(void **state)
{
    cnkg_article *a = extract(state, "星河重工新造的XK2000履带式起重机运抵工地，"
                                     "RT-7型机车也在测试，厂区装机容量达到50MW发电机组。");
    assert_true(has_entity(a, CNKG_PRODUCT, "XK2000履带式起重机"));
    assert_true(has_entity(a, CNKG_PRODUCT, "RT-7型机车"));
    assert_false(has_entity(a, CNKG_PRODUCT, "50MW发电机组"));
    cnkg_article_free(a);
    a = extract(state, "这家工厂通过了ISO9001认证，将在G20峰会上展出新车，乘K2次列车前往。");
    assert_false(has_entity(a, CNKG_PRODUCT, "K2次列车"));
    assert_false(has_entity(a, CNKG_PRODUCT, "ISO9001认证"));
    assert_false(has_entity(a, CNKG_PRODUCT, "G20峰会"));
    cnkg_article_free(a);
}

/* kg:clauseWord 处于, 分别, 上升: a product read after a making verb that runs
 * into a clause's predicate (…开支上升, …处于全国前列, …分别好转) is no name. */
static void test_clause_words_end_products(void **state)
{
    cnkg_article *a = extract(state, "新建工厂导致成本增加，开发新渠道引起推广开支上升。"
                                     "当地研发进度处于全国前列。两家工厂生产经营分别好转。");
    assert_false(has_entity(a, CNKG_PRODUCT, "新渠道引起推广开支上升"));
    assert_false(has_entity(a, CNKG_PRODUCT, "进度处于全国前列"));
    assert_false(has_entity(a, CNKG_PRODUCT, "经营分别好转"));
    cnkg_article_free(a);
}

/* A model code (a capital first, a digit or a hyphen in it) right after a
 * kind of machine or 新款, 汽车, 产品 names that model, the code alone; a
 * bare word of capitals (LED, CEO) or a code run on past a space names none. */
static void test_led_models(void **state)
{
    cnkg_article *a = extract(state, "星河汽车推出的纯电动汽车X7销量不错，新款GT-R也将上市。");
    assert_true(has_entity(a, CNKG_PRODUCT, "X7"));
    assert_true(has_entity(a, CNKG_PRODUCT, "GT-R"));
    cnkg_article_free(a);
    a = extract(state, "展台上的新款LED灯很亮，汽车CEO到场，新款K5 S随后亮相。");
    assert_false(has_entity(a, CNKG_PRODUCT, "LED"));
    assert_false(has_entity(a, CNKG_PRODUCT, "CEO"));
    assert_false(has_entity(a, CNKG_PRODUCT, "K5"));
    cnkg_article_free(a);
}

/* An ordinal count before a plant's name makes a kind of plant one plant:
 * an owner's numbered plant keeps its number (第三个|X工厂); a rank (第一条,
 * 首座, after 省内) is cut off, and keeps the plant only when it is named by
 * what it makes. A plant's common noun or a kind, counted, names none. */
static void test_ordinal_plants(void **state)
{
    cnkg_article *a = extract(state, "该集团在南通建设的第三个洗碗机工厂明年投产。");
    assert_true(has_entity(a, CNKG_PROJECT, "第三个洗碗机工厂"));
    assert_true(has_fact(a, "第三个洗碗机工厂", CNKG_PRODUCES, "洗碗机"));
    cnkg_article_free(a);
    a = extract(state, "省内第一条钙钛矿电池中试线开建。");
    assert_true(has_entity(a, CNKG_PROJECT, "钙钛矿电池中试线"));
    assert_true(has_fact(a, "钙钛矿电池中试线", CNKG_PRODUCES, "钙钛矿电池"));
    cnkg_article_free(a);
    a = extract(state, "第二条生产线投产，全省第一个重大水利项目开工。");
    assert_false(has_entity(a, CNKG_PROJECT, "第二条生产线"));
    assert_false(has_entity(a, CNKG_PROJECT, "重大水利项目"));
    cnkg_article_free(a);
}

/* A thing made names its market (X市场): the words before 市场, after whose
 * or when the market is, name a product when they end like one; at the
 * start of a clause only a short name, and two characters only when known. */
static void test_market_names_product(void **state)
{
    cnkg_article *a = extract(state, "该厂在国内直流电焊机市场占有率第一。");
    assert_true(has_entity(a, CNKG_PRODUCT, "直流电焊机"));
    cnkg_article_free(a);
    a = extract(state, "分析师说，扫地机器人市场增长很快，近年来我国空气净化器市场也在扩大。");
    assert_true(has_entity(a, CNKG_PRODUCT, "空气净化器"));
    cnkg_article_free(a);
    a = extract(state, "业内人士认为，商用空调市场竞争激烈。");
    assert_true(has_entity(a, CNKG_PRODUCT, "商用空调"));
    cnkg_article_free(a);
    /* a common word, a time, a verb before a long span: no product */
    a = extract(state, "他们认为这是投机市场，5月份空调市场平淡，企业借此机会抢占中低端轮胎市场。");
    assert_false(has_entity(a, CNKG_PRODUCT, "投机"));
    assert_false(has_entity(a, CNKG_PRODUCT, "5月份空调"));
    assert_false(has_entity(a, CNKG_PRODUCT, "借此机会抢占中低端轮胎"));
    cnkg_article_free(a);
    /* a number says when the market is only as a count of years: 5G and
     * 100台 are part of the thing or its amount, no scope to skip */
    a = extract(state, "2023年中央空调市场回暖，国内5G手机市场和100台空调市场另说。");
    assert_true(has_entity(a, CNKG_PRODUCT, "中央空调"));
    assert_false(has_entity(a, CNKG_PRODUCT, "G手机"));
    assert_false(has_entity(a, CNKG_PRODUCT, "台空调"));
    cnkg_article_free(a);
    /* the walk left stops inside 今明两年: its 年 alone still says when */
    a = extract(state, "业内普遍看好今明两年空气净化器市场。");
    assert_true(has_entity(a, CNKG_PRODUCT, "空气净化器"));
    cnkg_article_free(a);
}

/* In a list of products closed by 等 and a word for products, an item that
 * ends in an amount in a counting unit names the product before it. */
static void test_product_list_item_amount(void **state)
{
    cnkg_article *a =
        extract(state, "该厂具备年产矿用卡车800台、随车吊1200台等工程机械产品的生产能力。");
    assert_true(has_entity(a, CNKG_PRODUCT, "随车吊"));
    assert_false(has_entity(a, CNKG_PRODUCT, "随车吊1200台"));
    cnkg_article_free(a);
}

/* After a known product or industry, a trigger and 的 qualify what follows
 * (电池生产的辅料: of that making), a platform for making is no product,
 * and 及其 joins two items as 及 does. */
static void test_making_qualifies(void **state)
{
    cnkg_article *a = extract(state, "石墨是锂电池生产的关键辅料。");
    assert_false(has_entity(a, CNKG_PRODUCT, "关键辅料"));
    cnkg_article_free(a);
    a = extract(state, "该市依托新材料研发平台招商。");
    assert_false(has_entity(a, CNKG_PRODUCT, "平台招商"));
    cnkg_article_free(a);
    a = extract(state, "园区重点发展碳纤维及其预浸料等新材料。");
    assert_false(has_entity(a, CNKG_PRODUCT, "其预浸料"));
    cnkg_article_free(a);
    /* 西部大开发 is a programme: its 开发 makes nothing */
    a = extract(state, "各地合力开创西部大开发新局面。");
    assert_false(has_entity(a, CNKG_PRODUCT, "新局面"));
    cnkg_article_free(a);
    /* a maker before the trigger: what follows 的 is made */
    a = extract(state, "这是华为公司研发的折叠屏手机。");
    assert_true(has_entity(a, CNKG_PRODUCT, "折叠屏手机"));
    cnkg_article_free(a);
}

/* What a firm buys or tenders (采购项目, 招标项目) is no project it runs:
 * such a name needs a known head. */
static void test_procurement_is_no_project(void **state)
{
    cnkg_article *a = extract(state, "上海三菱电梯有限公司对电梯定点采购项目一直非常重视。");
    assert_false(has_entity(a, CNKG_PROJECT, "电梯定点采购项目"));
    cnkg_article_free(a);
}

/* A firm named right after its place opens the clause as the place does:
 * it is the maker. */
static void test_firm_after_place_opens_clause(void **state)
{
    cnkg_article *a = extract(state, "建厂以来，深圳迈瑞累计生产监护仪、超声设备等产品。");
    assert_fact(a, "迈瑞医疗", CNKG_PRODUCES, "监护仪");
    cnkg_article_free(a);
}

static void test_cue_before_its_noun_is_no_verb(void **state)
{
    cnkg_article *a = extract(state, "长安汽车研发能力较强，主打产品包括车规级芯片。");
    for (size_t i = 0; i < a->n_facts; i++)
        assert_int_not_equal(a->facts[i].relation, CNKG_PRODUCES);
    cnkg_article_free(a);
}

static void test_partners_build_together(void **state)
{
    cnkg_article *a = extract(state, "今年，长安汽车与宁德时代共同建设高精密度线路板项目。");
    assert_fact(a, "长安汽车", CNKG_OPERATES, "高精密度线路板项目");
    assert_fact(a, "宁德时代", CNKG_OPERATES, "高精密度线路板项目");
    cnkg_article_free(a);
}

static void test_operates_company_head(void **state)
{
    cnkg_article *a = extract(state, "新材料行业，落地万华化学、华峰聚氨酯等项目。");
    assert_fact(a, "万华化学", CNKG_IN_INDUSTRY, "新材料");
    assert_fact(a, "万华化学", CNKG_OPERATES, "万华化学项目");
    cnkg_article_free(a);
}

static void test_industry_in_company_name(void **state)
{
    cnkg_article *a =
        extract(state, "江苏恒瑞稀土材料有限公司与长安汽车今年都扩大了产能，稀土价格随之回落。");
    assert_fact(a, "江苏恒瑞稀土材料有限公司", CNKG_IN_INDUSTRY, "稀土");
    /* a sector that ends the name is a brand's word */
    assert_false(has_fact(a, "长安汽车", CNKG_IN_INDUSTRY, "汽车"));
    cnkg_article_free(a);
}

static void test_industry_of_described_firm(void **state)
{
    cnkg_article *a = extract(state, "鞍钢集团是一家以钢铁为主、兼营机械和房地产的大型企业集团。");
    assert_fact(a, "鞍钢", CNKG_IN_INDUSTRY, "钢铁");
    assert_fact(a, "鞍钢", CNKG_IN_INDUSTRY, "房地产业");
    cnkg_article_free(a);
    a = extract(state, "多年来，长安汽车在新能源汽车领域持续投入。");
    assert_fact(a, "长安汽车", CNKG_IN_INDUSTRY, "新能源汽车");
    cnkg_article_free(a);
}

/* 以…为主 after a firm and a few words, no description ending in 企业:
 * the sectors between are its trades. */
static void test_firm_main_trades(void **state)
{
    cnkg_article *a = extract(state, "长安汽车主要以新能源汽车和动力电池为主，近年扩产较快。");
    assert_fact(a, "长安汽车", CNKG_IN_INDUSTRY, "新能源汽车");
    assert_fact(a, "长安汽车", CNKG_IN_INDUSTRY, "动力电池");
    cnkg_article_free(a);
}

/* 进军, 转型为: a firm moving into a sector is in it. */
static void test_firm_moves_into_sector(void **state)
{
    cnkg_article *a = extract(state, "去年，宁德时代正式进军储能电池领域。");
    assert_fact(a, "宁德时代", CNKG_IN_INDUSTRY, "储能电池");
    cnkg_article_free(a);
    a = extract(state, "此后，长安汽车逐步转型为新能源汽车制造商。");
    assert_fact(a, "长安汽车", CNKG_IN_INDUSTRY, "新能源汽车");
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

/* --- relation shapes of news text (issue 13) ---------------------------------- */

static void test_located_in_a_chain_of_places(void **state)
{
    /* both places the cue names side by side are kept (the gold of 落户广东
     * 揭阳 wants both, of 落户安徽滁州 and 落户浙江嘉兴平湖 allows both) */
    cnkg_article *a = extract(state, "宁德时代的新工厂落户四川宜宾市。");
    assert_fact(a, "宜宾市", CNKG_LOCATED_IN, "四川省");
    assert_fact(a, "宁德时代", CNKG_LOCATED_IN, "宜宾市");
    assert_fact(a, "宁德时代", CNKG_LOCATED_IN, "四川省");
    cnkg_article_free(a);
    /* a page with no home division: 本市 names nothing, the places after it do */
    a = extract(state, "重庆长江汽配有限公司位于本市江津区双福工业园区，占地两千亩。");
    assert_fact(a, "重庆长江汽配有限公司", CNKG_LOCATED_IN, "江津区双福工业园区");
    assert_fact(a, "重庆长江汽配有限公司", CNKG_LOCATED_IN, "江津区");
    cnkg_article_free(a);
}

static void test_project_funded_by_firms(void **state)
{
    cnkg_article *a = extract(state, "高精密机械项目由重庆光速电子有限公司与位于荣昌高新区的"
                                     "重庆永新电路有限公司共同出资成立，主要生产建筑机械、"
                                     "土方机械等产品。");
    assert_fact(a, "重庆光速电子有限公司", CNKG_OPERATES, "高精密机械项目");
    assert_fact(a, "重庆永新电路有限公司", CNKG_OPERATES, "高精密机械项目");
    /* a joint venture's output is its own, not each partner's */
    assert_fact(a, "高精密机械项目", CNKG_PRODUCES, "建筑机械");
    assert_false(has_fact(a, "重庆光速电子有限公司", CNKG_PRODUCES, "建筑机械"));
    cnkg_article_free(a);
    a = extract(state, "由重庆长江汽配有限公司投资建设的变速箱项目昨日开工。");
    assert_fact(a, "重庆长江汽配有限公司", CNKG_OPERATES, "变速箱项目");
    cnkg_article_free(a);
}

static void test_place_cluster_of_a_sector(void **state)
{
    cnkg_article *a = extract(state, "去年，常州动力电池产业集群的产值突破千亿元。");
    assert_fact(a, "常州市", CNKG_DEVELOPS_INDUSTRY, "动力电池");
    cnkg_article_free(a);
}

static void test_designated_as_two_titles(void **state)
{
    cnkg_article *a = extract(state, "近年来，东莞的电子产业被列为广东省电子信息产业基地和"
                                     "国家新型工业化产业示范基地。");
    assert_fact(a, "东莞市", CNKG_DESIGNATED_AS, "广东省电子信息产业基地");
    assert_fact(a, "东莞市", CNKG_DESIGNATED_AS, "国家新型工业化产业示范基地");
    cnkg_article_free(a);
}

static void test_develops_industry_around_and_faster(void **state)
{
    cnkg_article *a = extract(state, "近年来，江津区围绕汽摩、装备制造等产业精准招商。");
    assert_fact(a, "江津区", CNKG_DEVELOPS_INDUSTRY, "汽摩");
    assert_fact(a, "江津区", CNKG_DEVELOPS_INDUSTRY, "装备制造");
    cnkg_article_free(a);
    a = extract(state, "永川区加快智能网联新能源汽车产业布局。");
    assert_fact(a, "永川区", CNKG_DEVELOPS_INDUSTRY, "智能网联新能源汽车");
    cnkg_article_free(a);
}

static void test_branch_named_by_its_place(void **state)
{
    cnkg_article *a = extract(state, "长安汽车合肥有限公司今年产量大增。");
    assert_fact(a, "长安汽车合肥有限公司", CNKG_LOCATED_IN, "合肥市");
    cnkg_article_free(a);
    a = extract(state, "格力电器(郑州)有限公司今天投产。");
    assert_fact(a, "格力电器(郑州)有限公司", CNKG_ORIGIN_FROM, "郑州市");
    assert_fact(a, "格力电器(郑州)有限公司", CNKG_LOCATED_IN, "郑州市");
    cnkg_article_free(a);
}

static void test_designated_by_upgrade(void **state)
{
    cnkg_article *a = extract(state, "去年，万州经济技术开发区被批准升级为国家级经济技术开发区。");
    assert_fact(a, "万州经济技术开发区", CNKG_DESIGNATED_AS, "国家级经济技术开发区");
    cnkg_article_free(a);
}

/* A document named without book marks after the verb that issues it. */
static void test_document_named_without_marks(void **state)
{
    cnkg_article *a =
        extract(state, "去年，苏州出台了进一步推动科技金融融合发展工作的若干意见，企业受益。");
    assert_true(has_entity(a, CNKG_PROGRAM, "进一步推动科技金融融合发展工作的若干意见"));
    assert_fact(a, "苏州市", CNKG_IMPLEMENTS, "进一步推动科技金融融合发展工作的若干意见");
    cnkg_article_free(a);
    a = extract(state, "近日，省政府出台关于支持县域经济高质量发展的意见，明确了十项举措。");
    assert_true(has_entity(a, CNKG_PROGRAM, "关于支持县域经济高质量发展的意见"));
    cnkg_article_free(a);
    /* neither 关于 nor a count: a kind of rule, no name (long enough to be
     * one: with 关于 the same words are, as the second check shows) */
    a = extract(state, "近日，市政府出台了加强城市管理工作的规定，明确了责任。");
    assert_int_equal(count_class(a, CNKG_PROGRAM), 0);
    cnkg_article_free(a);
    a = extract(state, "近日，市政府出台了关于加强城市管理工作的规定，明确了责任。");
    assert_true(has_entity(a, CNKG_PROGRAM, "关于加强城市管理工作的规定"));
    cnkg_article_free(a);
}

/* A document's title in double quotes, opened by 关于. */
static void test_quoted_document_title(void **state)
{
    cnkg_article *a = extract(state, "工信部日前发布“关于印发《光伏制造行业规范条件》的通知"
                                     "(以下简称《通知》)”，明确了要求。");
    assert_true(has_entity(a, CNKG_PROGRAM, "关于印发《光伏制造行业规范条件》的通知"));
    cnkg_article_free(a);
    a = extract(state, "他说：“关于这个问题，我们已经作了说明。”");
    assert_int_equal(count_class(a, CNKG_PROGRAM), 0);
    cnkg_article_free(a);
    /* closed quotes opened by 关于: the last word decides (回答 is no
     * document's word, 意见 a programme's suffix) */
    a = extract(state, "他说：“关于这个问题的回答”，我们已经作了说明。");
    assert_int_equal(count_class(a, CNKG_PROGRAM), 0);
    cnkg_article_free(a);
    a = extract(state, "他说：“关于这个问题的意见”，我们已经作了说明。");
    assert_true(has_entity(a, CNKG_PROGRAM, "关于这个问题的意见"));
    cnkg_article_free(a);
}

/* A list of places, a count of them and the title they hold. */
static void test_designated_by_counted_list(void **state)
{
    cnkg_article *a = extract(state, "目前全省已有杭州、宁波和温州三个国家电子商务示范基地。");
    assert_fact(a, "杭州市", CNKG_DESIGNATED_AS, "国家电子商务示范基地");
    assert_fact(a, "宁波市", CNKG_DESIGNATED_AS, "国家电子商务示范基地");
    assert_fact(a, "温州市", CNKG_DESIGNATED_AS, "国家电子商务示范基地");
    cnkg_article_free(a);
    a = extract(state, "今年新增成都、江苏省无锡市等6个跨境贸易便利化试点，明确了80项任务。");
    assert_fact(a, "成都市", CNKG_DESIGNATED_AS, "跨境贸易便利化试点");
    assert_fact(a, "无锡市", CNKG_DESIGNATED_AS, "跨境贸易便利化试点");
    /* the province only says where the city lies */
    assert_false(has_fact(a, "江苏省", CNKG_DESIGNATED_AS, "跨境贸易便利化试点"));
    cnkg_article_free(a);
    /* one place and a count: no list of holders */
    a = extract(state, "目前杭州已有两个电子商务示范基地。");
    assert_false(has_fact(a, "杭州市", CNKG_DESIGNATED_AS, "电子商务示范基地"));
    cnkg_article_free(a);
}

static void test_place_of_a_brand_is_not_the_projects(void **state)
{
    cnkg_article *a = extract(state, "重庆啤酒宜宾生产基地项目昨日落户四川宜宾。");
    assert_fact(a, "重庆啤酒宜宾生产基地项目", CNKG_LOCATED_IN, "宜宾市");
    assert_fact(a, "重庆啤酒", CNKG_ORIGIN_FROM, "重庆市");
    assert_false(has_fact(a, "重庆啤酒宜宾生产基地项目", CNKG_LOCATED_IN, "重庆市"));
    cnkg_article_free(a);
}

static void test_title_opening_with_its_body(void **state)
{
    cnkg_article *a = extract(state, "当天，璧山区委常委王建、副区长李强出席了开工仪式。");
    assert_fact(a, "王建", CNKG_AFFILIATED_WITH, "璧山区委");
    /* the next of the list holds a title of another body */
    assert_false(has_fact(a, "李强", CNKG_AFFILIATED_WITH, "璧山区委"));
    cnkg_article_free(a);
}

/* Titles parted by 、 before one name: each with its body, the first one
 * opened by it. */
static void test_title_chain(void **state)
{
    cnkg_article *a = extract(state, "会上，江北区委书记、区人大常委会主任刘建国，"
                                     "长安汽车董事长、总经理王海涛先后发言。");
    assert_fact(a, "刘建国", CNKG_AFFILIATED_WITH, "江北区委");
    assert_fact(a, "王海涛", CNKG_AFFILIATED_WITH, "长安汽车");
    cnkg_article_free(a);
    /* a segment that ends in no title is a list of bodies, not a post */
    a = extract(state, "出席的有江北区委、长安汽车董事长王海涛等。");
    assert_fact(a, "王海涛", CNKG_AFFILIATED_WITH, "长安汽车");
    assert_false(has_fact(a, "王海涛", CNKG_AFFILIATED_WITH, "江北区委"));
    cnkg_article_free(a);
}

/* An event held (举办, 开幕) at the place after 在, named right before 在 or
 * after the holding word and 的. */
static void test_event_held_at(void **state)
{
    cnkg_article *a = extract(state, "在杭州举办的第19届亚运会吸引了大量游客。"
                                     "第十届中国国际园林博览会在重庆开幕。");
    assert_fact(a, "第19届亚运会", CNKG_LOCATED_IN, "杭州市");
    assert_fact(a, "第十届中国国际园林博览会", CNKG_LOCATED_IN, "重庆市");
    cnkg_article_free(a);
}

/* A route crossing or linking the places listed after 串联, 连接 or 穿越
 * lies in each of them, parents beside children; a place that only
 * qualifies a noun after the word is no stop on the way. */
static void test_route_through_places(void **state)
{
    cnkg_article *a = extract(state, "西成铁路串联青海、甘肃、四川三省，全线建成后出行更快。"
                                     "连接上海、南京、合肥的北沿江高铁正加紧建设。"
                                     "沪昆高铁串联起中国南方的文化。");
    assert_fact(a, "西成铁路", CNKG_LOCATED_IN, "青海省");
    assert_fact(a, "西成铁路", CNKG_LOCATED_IN, "甘肃省");
    assert_fact(a, "西成铁路", CNKG_LOCATED_IN, "四川省");
    assert_fact(a, "北沿江高铁", CNKG_LOCATED_IN, "上海市");
    assert_fact(a, "北沿江高铁", CNKG_LOCATED_IN, "南京市");
    assert_fact(a, "北沿江高铁", CNKG_LOCATED_IN, "合肥市");
    assert_false(has_fact(a, "沪昆高铁", CNKG_LOCATED_IN, "中国"));
    cnkg_article_free(a);
}

/* A division that builds a zone (示范区, 先行区 ...) holds it as a title;
 * one that builds a zone named after another division carries it out. */
static void test_zone_built_is_held(void **state)
{
    cnkg_article *a = extract(state, "今年，江苏将加快推进绿色转型先行区建设。"
                                     "广东将纵深推进深圳先行示范区建设。");
    assert_fact(a, "江苏省", CNKG_DESIGNATED_AS, "绿色转型先行区");
    assert_false(has_fact(a, "江苏省", CNKG_IMPLEMENTS, "绿色转型先行区"));
    assert_fact(a, "广东省", CNKG_IMPLEMENTS, "深圳先行示范区");
    assert_false(has_fact(a, "广东省", CNKG_DESIGNATED_AS, "深圳先行示范区"));
    cnkg_article_free(a);
}

/* Market and press posts (分析师, 助理 ...) tie a person to the body before. */
static void test_analyst_and_assistant_posts(void **state)
{
    cnkg_article *a = extract(state, "中信证券分析师王磊表示，需求仍将回升。"
                                     "长江有色金属有限公司总经理助理陈红认为，铜价偏强。");
    assert_fact(a, "王磊", CNKG_AFFILIATED_WITH, "中信证券");
    assert_fact(a, "陈红", CNKG_AFFILIATED_WITH, "长江有色金属有限公司");
    cnkg_article_free(a);
}

/* A name opened by a chain of divisions stands in the finest of them. */
static void test_name_opened_by_division_chain(void **state)
{
    cnkg_article *a = extract(state, "今年，四川成都双流国际机场旅客吞吐量创新高，"
                                     "重庆荣昌电子电路产业园产值增长两成。");
    assert_fact(a, "四川成都双流国际机场", CNKG_LOCATED_IN, "双流区");
    assert_fact(a, "重庆荣昌电子电路产业园", CNKG_LOCATED_IN, "荣昌区");
    /* each prefix is a mention and states its place (SCHEMA.md), the finer
     * one does not make the parent redundant */
    assert_fact(a, "四川成都双流国际机场", CNKG_LOCATED_IN, "四川省");
    assert_fact(a, "重庆荣昌电子电路产业园", CNKG_LOCATED_IN, "重庆市");
    cnkg_article_free(a);
}

/* 在X，… set off a place: a project the sentence names stands there, the
 * firms that invest in it need not. */
static void test_set_off_place_holds_the_project(void **state)
{
    cnkg_article *a =
        extract(state, "在盘锦，中国石化、沙特阿美公司等联合投资的精细化工项目加速推进。");
    assert_fact(a, "精细化工项目", CNKG_LOCATED_IN, "盘锦市");
    assert_false(has_fact(a, "沙特阿美公司", CNKG_LOCATED_IN, "盘锦市"));
    cnkg_article_free(a);
}

/* The partners of a cue are the list right after it, not every body later
 * in the clause (…联合重组，获国资委同意). */
static void test_partners_are_the_list_after_the_cue(void **state)
{
    cnkg_article *a = extract(state, "长安汽车联合中国星网攻关车规级芯片并获工业和信息化部肯定。");
    assert_fact(a, "长安汽车", CNKG_COLLABORATES_WITH, "中国星网");
    assert_false(has_fact(a, "长安汽车", CNKG_COLLABORATES_WITH, "工业和信息化部"));
    cnkg_article_free(a);
}

/* 时任…书记的X: a post, 的, then the name. */
static void test_post_then_de_then_name(void **state)
{
    cnkg_article *a = extract(state, "2002年，时任福建省人民政府省长的习近平同志到厦门调研。");
    assert_fact(a, "习近平", CNKG_AFFILIATED_WITH, "福建省人民政府");
    cnkg_article_free(a);
}

static void test_cities_side_by_side(void **state)
{
    cnkg_article *a = extract(state, "今年，宁波舟山港和重庆璧山区的货运量都在增长。");
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "舟山市"));
    assert_false(has_fact(a, "舟山市", CNKG_LOCATED_IN, "宁波市"));
    assert_fact(a, "璧山区", CNKG_LOCATED_IN, "重庆市");
    cnkg_article_free(a);
}

static void test_firm_described_by_its_sector(void **state)
{
    cnkg_article *a =
        extract(state, "当天，动力电池龙头企业宁德时代与新能源汽车企业蔚来汽车签约。");
    assert_fact(a, "宁德时代", CNKG_IN_INDUSTRY, "动力电池");
    assert_fact(a, "蔚来", CNKG_IN_INDUSTRY, "新能源汽车");
    cnkg_article_free(a);
}

/* A word for firms a few words after a sector, then 有 or 包括 or the names
 * themselves: each firm listed is in the sector. */
static void test_firms_listed_after_their_sector(void **state)
{
    cnkg_article *a = extract(state, "国内与光伏相关的上市公司有星海能源股份有限公司、"
                                     "蓝湾电子有限公司等，均将受益。");
    assert_fact(a, "星海能源股份有限公司", CNKG_IN_INDUSTRY, "光伏");
    assert_fact(a, "蓝湾电子有限公司", CNKG_IN_INDUSTRY, "光伏");
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

/* 战略性新兴产业, 未来产业: named sectors in the national scheme that the
 * gold keeps (21 and 9 of the training stories that write them require
 * them, 5 and 4 have none), not generic words for a sector. */
static void test_scheme_sectors_are_industries(void **state)
{
    cnkg_article *a = extract(state, "该市提出壮大战略性新兴产业，并前瞻布局未来产业。");
    assert_true(has_entity(a, CNKG_INDUSTRY, "战略性新兴产业"));
    assert_true(has_entity(a, CNKG_INDUSTRY, "未来产业"));
    cnkg_article_free(a);
}

/* 发展深海|生物医药、: the first item of a list that a verb of developing
 * opens is a finer sector, named whole with its two plain characters. */
static void test_modified_first_list_item(void **state)
{
    cnkg_article *a = extract(state, "该县积极发展深海生物医药、海洋装备等产业。");
    assert_true(has_entity(a, CNKG_INDUSTRY, "深海生物医药"));
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

/* 芜湖|环保装备|产业园 and 芜湖|产业园: the head and the suffix alone name the
 * article's one park that has both; with two such parks they name neither. */
static void test_park_by_head_and_suffix_folds(void **state)
{
    cnkg_article *a =
        extract(state, "芜湖环保装备产业园今年新增企业12家。芜湖产业园的道路已经通车。");
    assert_true(has_entity(a, CNKG_INDUSTRIAL_PARK, "芜湖环保装备产业园"));
    assert_true(no_label(a, "芜湖产业园"));
    cnkg_article_free(a);
    a = extract(state,
                "芜湖环保装备产业园和芜湖陶瓷文化产业园都在扩建。芜湖产业园的道路已经通车。");
    assert_true(has_entity(a, CNKG_INDUSTRIAL_PARK, "芜湖产业园"));
    cnkg_article_free(a);
}

/* 园区 is the common word for a park: it ends a park's name after a known
 * place (芜湖|物流园区), not after common words (整个园区, 化工园区). */
static void test_placed_park_suffix(void **state)
{
    cnkg_article *a = extract(state, "记者走进芜湖物流园区，整个园区已有30家企业入驻化工园区。");
    assert_true(has_entity(a, CNKG_INDUSTRIAL_PARK, "芜湖物流园区"));
    assert_true(has_fact(a, "芜湖物流园区", CNKG_LOCATED_IN, "芜湖市"));
    assert_true(no_label(a, "整个园区"));
    assert_true(no_label(a, "化工园区"));
    cnkg_article_free(a);
    /* in quotes the longest suffix classes the name: 示范园区, not 园区 */
    a = extract(state, "该区被评为“国家生态工业示范园区”。");
    assert_true(has_entity(a, CNKG_PROGRAM, "国家生态工业示范园区"));
    cnkg_article_free(a);
    a = extract(state, "芜湖市生态工业示范园区的建设正在加快。");
    assert_false(has_entity(a, CNKG_INDUSTRIAL_PARK, "芜湖市生态工业示范园区"));
    cnkg_article_free(a);
}

/* 来渝落户: a hidden form after a cue is a mention of its division; 新 is
 * the adjective there (带来新的, 注入新内涵), never 新疆. */
static void test_hidden_form_that_is_a_plain_word(void **state)
{
    cnkg_article *a = extract(state, "多家企业来渝落户。");
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "重庆市"));
    cnkg_article_free(a);
    a = extract(state, "这一项目为当地带来新的活力，也为企业注入新内涵。");
    assert_false(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "新疆维吾尔自治区"));
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

/* A trade that ends a firm's name (长安|汽车) or is one character (中|铝)
 * is part of the name, no mention of the sector; one between the name's
 * head and its legal suffix says what the firm does (凯西|钢铁|有限公司). */
static void test_trade_in_a_firm_name_is_no_industry(void **state)
{
    cnkg_article *a = extract(state, "长安汽车与中铝公司在合肥签约。");
    assert_true(has_entity(a, CNKG_COMPANY, "长安汽车"));
    assert_false(has_entity(a, CNKG_INDUSTRY, "汽车"));
    assert_false(has_entity(a, CNKG_INDUSTRY, "铝"));
    cnkg_article_free(a);
    a = extract(state, "福建凯西钢铁有限公司在漳州开发区投资建设新厂，钢铁产能再增。");
    assert_true(has_fact(a, "福建凯西钢铁有限公司", CNKG_IN_INDUSTRY, "钢铁"));
    cnkg_article_free(a);
}

/* 恒瑞|稀土|材料有限公司, 重庆市|汽车|行业协会: a trade that the story
 * writes only inside firms' or bodies' names is part of the names, not a
 * sector the story speaks of (the training gold lists it about once in
 * ten stories); written outside them too, it is the firm's trade
 * (test_industry_in_company_name, test_trade_association_in_its_sector). */
static void test_trade_only_in_names_is_no_sector(void **state)
{
    cnkg_article *a = extract(state, "江苏恒瑞稀土材料有限公司与重庆市汽车行业协会签订合作协议。");
    assert_true(has_entity(a, CNKG_COMPANY, "江苏恒瑞稀土材料有限公司"));
    assert_false(has_entity(a, CNKG_INDUSTRY, "稀土"));
    assert_false(has_entity(a, CNKG_INDUSTRY, "汽车"));
    assert_false(has_fact(a, "江苏恒瑞稀土材料有限公司", CNKG_IN_INDUSTRY, "稀土"));
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
    /* a crisis or an attack of a sector's name is no mention of the sector */
    a = extract(state, "受金融危机冲击，多家银行业危机处置机构成立。");
    assert_false(has_entity(a, CNKG_INDUSTRY, "银行业"));
    cnkg_article_free(a);
    a = extract(state, "无人机袭击造成多家企业停产。");
    assert_false(has_entity(a, CNKG_INDUSTRY, "无人机"));
    cnkg_article_free(a);
    /* 丝绸之路 is a route, not the silk trade; 丝绸产业 is */
    a = extract(state, "泉州依托海上丝绸之路核心区加快发展。");
    assert_false(has_entity(a, CNKG_INDUSTRY, "丝绸"));
    cnkg_article_free(a);
    a = extract(state, "南充大力发展丝绸产业。");
    assert_true(has_fact(a, "南充市", CNKG_DEVELOPS_INDUSTRY, "丝绸"));
    cnkg_article_free(a);
    /* after a firm's name the industry is the firm's trade */
    a = extract(state, "比亚迪动力电池基地在璧山建成投产。");
    assert_true(has_fact(a, "比亚迪", CNKG_IN_INDUSTRY, "动力电池"));
    cnkg_article_free(a);
}

/* 农业, 能源, 金融 are written mostly as ordinary words: they name the sector
 * only in a sector frame (汽车企业, …等领域) or as a firm's trade. */
static void test_common_industry_needs_a_sector_frame(void **state)
{
    cnkg_article *a =
        extract(state, "这个县调整农业结构，优化能源结构，园区整合金融、仓储等资源。");
    assert_false(has_entity(a, CNKG_INDUSTRY, "农业"));
    assert_false(has_entity(a, CNKG_INDUSTRY, "能源"));
    assert_false(has_entity(a, CNKG_INDUSTRY, "金融"));
    cnkg_article_free(a);
    a = extract(state, "这家公司的业务涉及电机、汽车等多个领域，当地农业企业也在增加。");
    assert_true(has_entity(a, CNKG_INDUSTRY, "汽车"));
    assert_true(has_entity(a, CNKG_INDUSTRY, "农业"));
    cnkg_article_free(a);
    /* a sector tail that closes no list is no frame */
    a = extract(state, "新项目有助于优化全市能源结构、改善空气质量、带动当地企业发展。");
    assert_false(has_entity(a, CNKG_INDUSTRY, "能源"));
    cnkg_article_free(a);
    /* a tail after another sector is that one's, save in a list (金融、物流行业) */
    a = extract(state, "受金融整顿影响家电行业承压。");
    assert_false(has_entity(a, CNKG_INDUSTRY, "金融"));
    assert_true(has_entity(a, CNKG_INDUSTRY, "家电"));
    cnkg_article_free(a);
    a = extract(state, "金融、物流行业加快发展。");
    assert_true(has_entity(a, CNKG_INDUSTRY, "金融"));
    cnkg_article_free(a);
    /* inside a firm's name, the firm's trade where the story writes the
     * sector outside names too (test_common_industry_only_inside_names) */
    a = extract(state, "阜宁稀土实业有限公司今年扩产，带动稀土价格回落。");
    assert_true(has_fact(a, "阜宁稀土实业有限公司", CNKG_IN_INDUSTRY, "稀土"));
    cnkg_article_free(a);
    /* names written a few hundred times, mostly as ordinary words, are
     * listed too: 实现通航 opens a route, 过度包装 wraps goods */
    a = extract(state, "两座城市去年实现通航，商家过度包装的问题仍然存在。");
    assert_false(has_entity(a, CNKG_INDUSTRY, "通用航空"));
    assert_false(has_entity(a, CNKG_INDUSTRY, "包装"));
    cnkg_article_free(a);
    /* a list closed by 等 and the wider sector its items belong to */
    a = extract(state, "这座园区汇聚云计算、大数据等新一代信息技术企业。");
    assert_true(has_entity(a, CNKG_INDUSTRY, "云计算"));
    assert_true(has_entity(a, CNKG_INDUSTRY, "大数据"));
    cnkg_article_free(a);
    /* the object of a verb that develops a sector */
    a = extract(state, "沿河各村大力发展乡村旅游，游客逐年增加。");
    assert_true(has_entity(a, CNKG_INDUSTRY, "乡村旅游"));
    cnkg_article_free(a);
}

/* 华南|能源|控股有限公司, 市|能源|局: a common industry name written only
 * inside names is part of them, not a sector of the story; written
 * outside them as well (全省能源消费), it is the firm's trade. */
static void test_common_industry_only_inside_names(void **state)
{
    cnkg_article *a = extract(state, "华南能源控股有限公司与省能源局签订合作协议。");
    assert_true(has_entity(a, CNKG_COMPANY, "华南能源控股有限公司"));
    assert_false(has_entity(a, CNKG_INDUSTRY, "能源"));
    cnkg_article_free(a);
    a = extract(state, "华南能源控股有限公司今年扩产，全省能源消费稳步增长。");
    assert_true(has_fact(a, "华南能源控股有限公司", CNKG_IN_INDUSTRY, "能源"));
    cnkg_article_free(a);
}

/* industries.ttl: LED照明 is a sector of its own below LED, and 半导体照明
 * its other name, as the training gold reads them. */
static void test_led_lighting_is_a_sector(void **state)
{
    cnkg_article *a = extract(state, "华光照明科技有限公司主营LED照明，今年半导体照明市场回暖。");
    assert_true(has_entity(a, CNKG_INDUSTRY, "LED照明"));
    assert_false(has_entity(a, CNKG_INDUSTRY, "LED"));
    assert_false(has_entity(a, CNKG_INDUSTRY, "半导体照明"));
    cnkg_article_free(a);
    a = extract(state, "温室种植开始采用LED农业照明。");
    assert_true(has_entity(a, CNKG_INDUSTRY, "LED农业照明"));
    cnkg_article_free(a);
}

/* industries.ttl: sectors the training gold names often (可再生能源,
 * 清洁能源, 海上风电, 太阳能发电, 量子科技, 高技术产业, 红色旅游) are known
 * whole, not read as 能源 or 风电 alone. */
static void test_energy_and_frontier_sectors(void **state)
{
    cnkg_article *a = extract(state, "这个省份今年大力发展可再生能源和海上风电，并布局量子科技。");
    assert_true(has_entity(a, CNKG_INDUSTRY, "可再生能源"));
    assert_true(has_entity(a, CNKG_INDUSTRY, "海上风电"));
    assert_true(has_entity(a, CNKG_INDUSTRY, "量子科技"));
    assert_false(has_entity(a, CNKG_INDUSTRY, "风电"));
    cnkg_article_free(a);
    a = extract(state, "山区县依托清洁能源、太阳能发电和红色旅游，高技术产业也在起步。");
    assert_true(has_entity(a, CNKG_INDUSTRY, "清洁能源"));
    assert_true(has_entity(a, CNKG_INDUSTRY, "太阳能发电"));
    assert_true(has_entity(a, CNKG_INDUSTRY, "红色旅游"));
    assert_true(has_entity(a, CNKG_INDUSTRY, "高技术产业"));
    assert_false(has_entity(a, CNKG_INDUSTRY, "能源"));
    cnkg_article_free(a);
}

/* industries.ttl: 生态农业, 白色家电, 脑机接口 are sectors known whole,
 * not 农业 or 家电 alone. */
static void test_finer_sectors_known_whole(void **state)
{
    cnkg_article *a = extract(state, "这个镇发展生态农业，开发区引进白色家电和脑机接口企业。");
    assert_true(has_entity(a, CNKG_INDUSTRY, "生态农业"));
    assert_true(has_entity(a, CNKG_INDUSTRY, "白色家电"));
    assert_true(has_entity(a, CNKG_INDUSTRY, "脑机接口"));
    assert_false(has_entity(a, CNKG_INDUSTRY, "农业"));
    assert_false(has_entity(a, CNKG_INDUSTRY, "家电"));
    cnkg_article_free(a);
}

/* products.ttl: the names of things made, mined from the news, are products
 * wherever they stand, except closed as a sector (民用飞机产业, …等产业),
 * listed among sectors, or inside a firm's name; as the tail of a longer
 * product the article names they are that one. */
static void test_known_products(void **state)
{
    cnkg_article *a = extract(state, "展会上的挖掘机吸引了不少农民。");
    assert_true(has_entity(a, CNKG_PRODUCT, "挖掘机"));
    cnkg_article_free(a);
    /* closed as a sector, it is the industry */
    a = extract(state, "当地的民用飞机产业发展很快。");
    assert_false(has_entity(a, CNKG_PRODUCT, "民用飞机"));
    assert_true(has_entity(a, CNKG_INDUSTRY, "民用飞机"));
    cnkg_article_free(a);
    a = extract(state, "这座城市形成了挖掘机、装载机、推土机等产业。");
    assert_true(has_entity(a, CNKG_INDUSTRY, "装载机"));
    assert_false(has_entity(a, CNKG_PRODUCT, "装载机"));
    cnkg_article_free(a);
    /* listed among sectors, it is none of the things made */
    a = extract(state, "受限行业包括钢铁、水泥、平板玻璃、煤化工、电解铝。");
    assert_false(has_entity(a, CNKG_PRODUCT, "平板玻璃"));
    assert_false(has_entity(a, CNKG_PRODUCT, "钢铁"));
    cnkg_article_free(a);
    /* inside a firm's name it keeps the firm whole and is no mention */
    a = extract(state, "中航直升机有限公司总裁王斌近日表示。");
    assert_true(has_entity(a, CNKG_COMPANY, "中航直升机有限公司"));
    assert_false(has_entity(a, CNKG_PRODUCT, "直升机"));
    cnkg_article_free(a);
    a = extract(state, "这家公司生产折叠屏智能手机。门店里的折叠屏智能手机卖得很好。");
    assert_true(has_entity(a, CNKG_PRODUCT, "折叠屏智能手机"));
    assert_false(has_entity(a, CNKG_PRODUCT, "智能手机"));
    cnkg_article_free(a);
}

/* trained-products.ttl: commodities and farm produce that the training
 * stories' annotators name as products, with no frame of making around
 * them (价格上涨, 进口, 挂果), are products too. */
static void test_trained_products(void **state)
{
    cnkg_article *a = extract(state, "今年以来进口铁矿石价格上涨，钢厂利润变薄。");
    assert_true(has_entity(a, CNKG_PRODUCT, "铁矿石"));
    cnkg_article_free(a);
    a = extract(state, "山坡上的猕猴桃已经挂果，村民忙着采摘大豆。");
    assert_true(has_entity(a, CNKG_PRODUCT, "猕猴桃"));
    assert_true(has_entity(a, CNKG_PRODUCT, "大豆"));
    cnkg_article_free(a);
}

/* 思路, 第一站: words with a place's suffix (路, 站) that the news mostly
 * writes after 的 or a measure word are common nouns, not places. */
static void test_common_noun_with_a_name_suffix(void **state)
{
    cnkg_article *a =
        extract(state, "调研组此行的第一站是县里的农机厂，大家按照先易后难的思路开展工作。");
    assert_false(has_entity(a, CNKG_PLACE, "第一站"));
    assert_false(has_entity(a, CNKG_PLACE, "思路"));
    cnkg_article_free(a);
    a = extract(state, "游客沿着盘龙溪徒步，可以看到成片的杜鹃。");
    assert_true(has_entity(a, CNKG_PLACE, "盘龙溪"));
    cnkg_article_free(a);
}

/* 发挥, 确保, 本届, 契合: verbs and determiners before a name are no part
 * of it (syntax.ttl, counted in the corpus). */
static void test_verb_before_a_name_is_a_boundary(void **state)
{
    cnkg_article *a = extract(state, "确保海湾大桥年底前通车。");
    assert_true(has_entity(a, CNKG_PROJECT, "海湾大桥")); /* built works */
    assert_false(has_entity(a, CNKG_PROJECT, "确保海湾大桥"));
    cnkg_article_free(a);
    a = extract(state, "要充分发挥广交会的平台作用，冰灯展区的设计契合亚冬会主题。");
    assert_false(has_entity(a, CNKG_EVENT, "要充分发挥广交会"));
    assert_false(has_entity(a, CNKG_EVENT, "设计契合亚冬会"));
    cnkg_article_free(a);
    a = extract(state, "本届进博会吸引了三百多家企业参展。");
    assert_false(has_entity(a, CNKG_EVENT, "本届进博会"));
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
    char *dir = fixture_schema_dir_new("cycle");
    fixture_file_write(
        dir, "cycle.ttl",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix kg: <https://w3id.org/cnkg/ontology#> .\n"
        "<https://w3id.org/cnkg/id/division/500000> a kg:AdministrativeDivision ;\n"
        "  skos:prefLabel \"重庆市\"@zh ; skos:altLabel \"重庆\"@zh ;\n"
        "  kg:locatedIn <https://w3id.org/cnkg/id/division/500120> .\n"
        "<https://w3id.org/cnkg/id/division/500120> a kg:AdministrativeDivision ;\n"
        "  skos:prefLabel \"璧山区\"@zh ; skos:altLabel \"璧山\"@zh ; skos:notation \"500120\" ;\n"
        "  kg:locatedIn <https://w3id.org/cnkg/id/division/500000> .\n");
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
    fixture_dir_remove(dir);
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

/* An article taken as is (a JSON lines record) keeps its link line, and
 * its offsets; the URL in it names nothing. */
static void test_url_names_nothing(void **state)
{
    const char *text = "比亚迪在璧山区建设动力电池基地。\n"
                       "[查看原文](https://tv.cctv.com/2024/03/18/VIDEabcXYZpqWangLi240318.shtml)\n"
                       "详见www.byd.com/news/ZhangWei。";
    cnkg_article *a = extract(state, text);
    assert_string_equal(a->text, text);
    assert_true(has_entity(a, CNKG_COMPANY, "比亚迪"));
    for (size_t i = 0; i < a->n_entities; i++) {
        const char *l = a->entities[i].label;
        assert_null(strstr(l, "VIDE"));
        assert_null(strstr(l, "cctv"));
        assert_null(strstr(l, "Zhang"));
        assert_string_not_equal(l, "中央广播电视总台");
    }
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

/* A cue proposes, the ontology disposes: a Region develops no industry in
 * cnkg.ttl, so 西部地区 … 发展 states nothing, while a division does. */
static void test_facts_keep_to_domain_and_range(void **state)
{
    cnkg_article *a =
        extract(state, "西部地区大力发展新能源汽车产业。璧山区大力发展新能源汽车产业。");
    assert_true(has_entity(a, CNKG_REGION, "西部地区"));
    assert_false(has_fact(a, "西部地区", CNKG_DEVELOPS_INDUSTRY, "新能源汽车"));
    assert_true(has_fact(a, "璧山区", CNKG_DEVELOPS_INDUSTRY, "新能源汽车"));
    cnkg_article_free(a);
}

/* 中铝高端制造等项目 names a firm and, in the same words, its project: a
 * NIF phrase is named by its offsets, so the span names one of them, the
 * one whose name it is. */
static void test_one_entity_per_span(void **state)
{
    cnkg_article *a = extract(state, "重庆市长寿区引进了万华化学、中铝高端制造等项目。");
    for (size_t i = 0; i < a->n_mentions; i++)
        for (size_t k = i + 1; k < a->n_mentions; k++)
            assert_false(a->mentions[i].span.begin == a->mentions[k].span.begin &&
                         a->mentions[i].span.end == a->mentions[k].span.end);
    size_t co = entity(a, CNKG_COMPANY, "中铝高端制造");
    assert_int_not_equal(co, (size_t)-1);
    int named = 0;
    for (size_t i = 0; i < a->n_mentions; i++)
        named |= a->mentions[i].entity == co;
    assert_true(named);
    cnkg_article_free(a);
}

/* --- names the rules must find (recall) ------------------------------------------ */

static void test_countries_are_divisions(void **state)
{
    cnkg_article *a = extract(state, "这家空调企业在越南和巴西设有工厂，中国市场仍是重点。");
    size_t e = entity(a, CNKG_ADMINISTRATIVE_DIVISION, "越南");
    assert_int_not_equal(e, (size_t)-1);
    assert_string_equal(a->entities[e].code, "VN");
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "巴西"));
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "中国"));
    cnkg_article_free(a);
}

static void test_country_inside_a_name_is_no_mention(void **state)
{
    cnkg_article *a = extract(state, "中国铝业股份有限公司在广西设立了新公司。");
    assert_true(has_entity(a, CNKG_COMPANY, "中国铝业股份有限公司"));
    assert_false(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "中国"));
    cnkg_article_free(a);
    a = extract(state, "这些渔获来自印尼。");
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "印度尼西亚"));
    cnkg_article_free(a);
}

static void test_programme_after_its_verb(void **state)
{
    cnkg_article *a =
        extract(state, "该省正在制定实施园区数字化能力提升方案，并出台了项目专员服务制度。");
    assert_true(has_entity(a, CNKG_PROGRAM, "园区数字化能力提升方案"));
    assert_true(has_entity(a, CNKG_PROGRAM, "项目专员服务制度"));
    cnkg_article_free(a);
}

/* A programme's suffix before a word that ends other names (提升) may open
 * a longer name that a second suffix closes at the clause's end; a
 * conjunction or a copula after the suffix parts two phrases. */
static void test_programme_name_goes_on(void **state)
{
    cnkg_article *a = extract(state, "该省发布实施沿边贸易试验区提升战略，"
                                     "又落实存量政策和一揽子新政策。");
    assert_true(has_entity(a, CNKG_PROGRAM, "沿边贸易试验区提升战略"));
    assert_false(has_entity(a, CNKG_PROGRAM, "沿边贸易试验区"));
    assert_false(has_entity(a, CNKG_PROGRAM, "存量政策和一揽子新政策"));
    cnkg_article_free(a);
}

/* A division opening a plan's title implements it, when the title ends in
 * a bracket of years too. */
static void test_division_implements_plan_with_years(void **state)
{
    cnkg_article *a = extract(state, "《重庆市港口物流发展规划（2025—2029年）》正式公布。");
    assert_fact(a, "重庆市", CNKG_IMPLEMENTS, "重庆市港口物流发展规划（2025—2029年）");
    cnkg_article_free(a);
}

/* 该区 after a park was raised to a title (国家级开发区) speaks of the park:
 * one character points to no programme. */
static void test_this_district_is_not_its_title(void **state)
{
    cnkg_article *a = extract(state, "去年，西城经济技术开发区被批准升级为国家级开发区。"
                                     "今年，该区又被评为国家循环经济示范园区。");
    assert_fact(a, "西城经济技术开发区", CNKG_DESIGNATED_AS, "国家循环经济示范园区");
    cnkg_article_free(a);
}

static void test_programme_after_a_list(void **state)
{
    cnkg_article *a = extract(state, "全市推进新材料、生物医药等8条重点产业链提升计划。");
    assert_true(has_entity(a, CNKG_PROGRAM, "8条重点产业链提升计划"));
    assert_true(has_entity(a, CNKG_INDUSTRY, "生物医药"));
    cnkg_article_free(a);
    /* 等一系列…政策, 等诸多…机制: a count of kinds, no name */
    a = extract(state, "该省出台减税、降费等一系列惠企政策，推出限时办结等诸多服务机制。");
    for (size_t i = 0; i < a->n_entities; i++)
        assert_false(a->entities[i].cls == CNKG_PROGRAM);
    cnkg_article_free(a);
}

static void test_programme_in_book_marks(void **state)
{
    cnkg_article *a = extract(state, "去年发布的《西部陆海新通道物流发展实施方案》提出了新目标。");
    assert_true(has_entity(a, CNKG_PROGRAM, "西部陆海新通道物流发展实施方案"));
    cnkg_article_free(a);
}

static void test_designation_is_a_programme(void **state)
{
    cnkg_article *a = extract(
        state, "该开发区去年被列为国家新材料产业基地和省级生态工业园区，并升级为国家级开发区。");
    assert_true(has_entity(a, CNKG_PROGRAM, "国家新材料产业基地"));
    assert_true(has_entity(a, CNKG_PROGRAM, "省级生态工业园区"));
    assert_true(has_entity(a, CNKG_PROGRAM, "国家级开发区"));
    assert_true(has_entity(a, CNKG_INDUSTRY, "新材料"));
    assert_false(has_entity(a, CNKG_INDUSTRIAL_PARK, "国家新材料产业基地"));
    cnkg_article_free(a);
}

/* A kind of plant (智能工厂) or a goal (科技强国) is no programme of its
 * own. */
static void test_kinds_and_goals_are_no_programmes(void **state)
{
    cnkg_article *a = extract(state, "该省已建成十余家智能工厂，"
                                     "正向科技强国的目标迈进。");
    for (size_t i = 0; i < a->n_entities; i++)
        assert_false(a->entities[i].cls == CNKG_PROGRAM);
    cnkg_article_free(a);
}

/* A fund a government sets up for a purpose (专项资金, 引导基金, 母基金) is a
 * programme it runs. */
static void test_government_fund_is_a_programme(void **state)
{
    cnkg_article *a = extract(state, "浙江省未来产业母基金日前正式运行，"
                                     "该省还将设立“数字贸易发展专项资金”。");
    assert_true(has_entity(a, CNKG_PROGRAM, "浙江省未来产业母基金"));
    assert_true(has_entity(a, CNKG_PROGRAM, "数字贸易发展专项资金"));
    cnkg_article_free(a);
}

/* 安排 is the verb that allots a fund, never part of its name. */
static void test_fund_is_named_after_the_verb_that_allots_it(void **state)
{
    cnkg_article *a = extract(state, "省财政今年安排技术改造专项资金三亿元，"
                                     "各市也安排专项资金支持中小企业。");
    assert_true(has_entity(a, CNKG_PROGRAM, "技术改造专项资金"));
    for (size_t i = 0; i < a->n_entities; i++)
        assert_null(strstr(a->entities[i].label, "安排"));
    cnkg_article_free(a);
}

/* “一带一路”沿线国家: the partners of the Belt and Road, named by the
 * programme; the annotators take the programme, not a region. */
static void test_belt_and_road_partners_name_the_programme(void **state)
{
    cnkg_article *a = extract(state, "前三季度，该省对“一带一路”沿线国家出口增长了一成。");
    assert_true(has_entity(a, CNKG_PROGRAM, "一带一路"));
    for (size_t i = 0; i < a->n_entities; i++)
        assert_false(a->entities[i].cls == CNKG_REGION);
    cnkg_article_free(a);
}

static void test_product_before_its_quantity(void **state)
{
    cnkg_article *a =
        extract(state, "新工厂投产后年产镀锌钢板120万吨、彩涂钢板80万吨，累计生产冰箱近500万台。");
    assert_true(has_entity(a, CNKG_PRODUCT, "镀锌钢板"));
    assert_true(has_entity(a, CNKG_PRODUCT, "彩涂钢板"));
    assert_true(has_entity(a, CNKG_PRODUCT, "冰箱"));
    cnkg_article_free(a);
}

static void test_product_of_the_firm_that_makes_it(void **state)
{
    cnkg_article *a = extract(state, "这家生产工业激光器的企业位于开发区，年产值持续增长。");
    assert_true(has_entity(a, CNKG_PRODUCT, "工业激光器"));
    for (size_t i = 0; i < a->n_entities; i++)
        assert_true(a->entities[i].cls != CNKG_PRODUCT ||
                    strstr(a->entities[i].label, "值") == NULL);
    cnkg_article_free(a);
}

static void test_product_catalogue(void **state)
{
    cnkg_article *a = extract(state, "该公司产品以履带起重机、高空作业平台、市政环卫机械等为主。");
    assert_true(has_entity(a, CNKG_PRODUCT, "履带起重机"));
    assert_true(has_entity(a, CNKG_PRODUCT, "高空作业平台"));
    assert_true(has_entity(a, CNKG_PRODUCT, "市政环卫机械"));
    cnkg_article_free(a);
}

static void test_product_after_its_making(void **state)
{
    cnkg_article *a = extract(state, "基地将生产冷柜，包括自主研发的大容量冷柜、医用冷柜等机型。");
    assert_true(has_entity(a, CNKG_PRODUCT, "大容量冷柜"));
    assert_true(has_entity(a, CNKG_PRODUCT, "医用冷柜"));
    cnkg_article_free(a);
}

/* A list closed by 等 and a word for products lists products; the words
 * that bring it (主要生产…的) are cut off its first item. */
static void test_product_list_closed_by_products(void **state)
{
    cnkg_article *a = extract(
        state, "新工厂主要生产光伏组件上游的硅片、电池片等核心产品，洗衣机、冷柜等产品销往海外。");
    assert_true(has_entity(a, CNKG_PRODUCT, "硅片"));
    assert_true(has_entity(a, CNKG_PRODUCT, "电池片"));
    assert_true(has_entity(a, CNKG_PRODUCT, "冷柜"));
    assert_true(has_entity(a, CNKG_PRODUCT, "洗衣机"));
    for (size_t i = 0; i < a->n_entities; i++)
        assert_true(a->entities[i].cls != CNKG_PRODUCT ||
                    strstr(a->entities[i].label, "的") == NULL);
    cnkg_article_free(a);
}

/* Not a list of products: 等 closes sectors (等领域的设备), a noun that the
 * product word only qualifies (等家电卖场), or a clause's verb opens the
 * first item (要减少空调). */
/* The verb's particle, complement or a second verb before a product list's
 * first item is no part of it (推出了|X, 研发出|X, 生产及销售|X). */
static void test_product_list_verb_edge(void **state)
{
    cnkg_article *a = extract(state, "美菱集团在展会上推出了冰柜、净水器等新产品。");
    assert_true(has_entity(a, CNKG_PRODUCT, "冰柜"));
    assert_false(has_entity(a, CNKG_PRODUCT, "了冰柜"));
    cnkg_article_free(a);
    a = extract(state, "格兰仕近年研发出烤箱、洗碗机等厨房产品。");
    assert_true(has_entity(a, CNKG_PRODUCT, "烤箱"));
    assert_false(has_entity(a, CNKG_PRODUCT, "出烤箱"));
    cnkg_article_free(a);
    a = extract(state, "该公司从事研发、生产及销售电饭煲、电水壶等小家电产品。");
    assert_true(has_entity(a, CNKG_PRODUCT, "电饭煲"));
    assert_false(has_entity(a, CNKG_PRODUCT, "销售电饭煲"));
    cnkg_article_free(a);
}

/* A maker is the name that opens a clause no other name's clause follows
 * before the verb of making: the topic of a chain of clauses, not a place
 * named in an earlier clause of its own. */
static void test_produces_subject_chain(void **state)
{
    cnkg_article *a = extract(
        state, "合肥美菱股份有限公司位于合肥，占地30万平方米，主要生产冰柜、冷藏柜等制冷产品。");
    assert_fact(a, "合肥美菱股份有限公司", CNKG_PRODUCES, "冰柜");
    cnkg_article_free(a);
    a = extract(state, "在德国，家电行业的采购商减少，展商推出洗碗机、烤箱等传统产品。");
    assert_true(has_entity(a, CNKG_PRODUCT, "洗碗机"));
    for (size_t i = 0; i < a->n_facts; i++)
        assert_int_not_equal(a->facts[i].relation, CNKG_PRODUCES);
    cnkg_article_free(a);
}

/* 年产30万台X、45万台Y的生产能力: after an amount and its counting unit the
 * product, up to the word of capacity. */
static void test_annual_output_counted_products(void **state)
{
    cnkg_article *a = extract(state, "该公司形成年产20万台洗衣机、15万台干衣机的生产能力。");
    assert_true(has_entity(a, CNKG_PRODUCT, "洗衣机"));
    assert_true(has_entity(a, CNKG_PRODUCT, "干衣机"));
    assert_false(has_entity(a, CNKG_PRODUCT, "干衣机的生产能力"));
    cnkg_article_free(a);
    a = extract(state, "新厂年产5万盏路灯、3万台风机。");
    assert_true(has_entity(a, CNKG_PRODUCT, "路灯"));
    cnkg_article_free(a);
}

static void test_product_list_not_closed(void **state)
{
    cnkg_article *a =
        extract(state, "灵感来自玩具、文具等与家电无关的领域。消费者常去苏宁、国美等家电卖场。"
                       "各单位要减少打印机、复印机等设备的待机能耗。展会云集飞燕、金鹿等知名产品品"
                       "牌。来自日本、韩国等地的产品。");
    assert_false(has_entity(a, CNKG_PRODUCT, "玩具"));
    assert_false(has_entity(a, CNKG_PRODUCT, "文具"));
    assert_false(has_entity(a, CNKG_PRODUCT, "国美"));
    assert_false(has_entity(a, CNKG_PRODUCT, "要减少打印机"));
    assert_true(has_entity(a, CNKG_PRODUCT, "复印机"));
    assert_false(has_entity(a, CNKG_PRODUCT, "金鹿"));
    assert_false(has_entity(a, CNKG_PRODUCT, "日本"));
    cnkg_article_free(a);
}

static void test_city_and_its_namesake_county(void **state)
{
    cnkg_article *a = extract(state, "湖南省的工程机械企业多在长沙，产品销往各地。");
    size_t e = entity(a, CNKG_ADMINISTRATIVE_DIVISION, "长沙市");
    assert_int_not_equal(e, (size_t)-1);
    assert_string_equal(a->entities[e].code, "430100");
    cnkg_article_free(a);
}

/* With no province named, the city's own short form sets the context a
 * county's short form needs: the name still means the larger namesake. */
static void test_namesake_without_context(void **state)
{
    cnkg_article *a = extract(state, "代表团前往长沙洽谈合作。吉林的玉米丰收了。");
    size_t e = entity(a, CNKG_ADMINISTRATIVE_DIVISION, "长沙市");
    assert_int_not_equal(e, (size_t)-1);
    assert_string_equal(a->entities[e].code, "430100");
    assert_false(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "长沙县"));
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "吉林省"));
    assert_false(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "吉林市"));
    cnkg_article_free(a);
}

/* A county named in full once licenses its short form elsewhere, as its
 * city or province would: 江阴|临港新城 stands in 江阴市. */
static void test_county_named_in_full_licenses_its_short_form(void **state)
{
    cnkg_article *a =
        extract(state, "江阴市委书记会见了客人。双方商定在江阴临港新城建立新的基地。");
    assert_true(has_fact(a, "江阴临港新城", CNKG_LOCATED_IN, "江阴市"));
    cnkg_article_free(a);
}

/* A division's head works for its government when the article names it:
 * the division before the title, or the level in it (副市长: 市政府). */
static void test_government_head(void **state)
{
    cnkg_article *a = extract(state, "抚顺市市长王桂芬出席了签约仪式。抚顺市政府愿意与各方合作。");
    assert_true(has_fact(a, "王桂芬", CNKG_AFFILIATED_WITH, "抚顺市政府"));
    cnkg_article_free(a);
    a = extract(state, "昨天，副市长李文喜会见了客人。区政府和市政府的负责同志参加。");
    assert_true(has_fact(a, "李文喜", CNKG_AFFILIATED_WITH, "市政府"));
    assert_false(has_fact(a, "李文喜", CNKG_AFFILIATED_WITH, "区政府"));
    cnkg_article_free(a);
}

/* A later sentence's district lies in the city the discourse is about; not
 * in the paper's home, whose districts a local paper leaves unplaced. */
static void test_division_in_topic(void **state)
{
    cnkg_article *a = extract(state, "在杭州，总部经济加快发展。位于余杭区的研发总部正在建设。");
    assert_true(has_fact(a, "余杭区", CNKG_LOCATED_IN, "杭州市"));
    cnkg_article_free(a);
    static const char home_page[] = "\n总部经济加快发展\n\n"
                                    "在重庆，总部经济加快发展。位于巴南区的研发总部正在建设。\n\n"
                                    "据《重庆日报》\n";
    page_result r = {0};
    cnkg_extractor_page(fixture_extractor(), home_page, strlen(home_page), "page", keep_article,
                        &r);
    assert_int_equal(r.n, 1);
    assert_true(has_entity(r.articles[0], CNKG_ADMINISTRATIVE_DIVISION, "巴南区"));
    assert_false(has_fact(r.articles[0], "巴南区", CNKG_LOCATED_IN, "重庆市"));
    page_free(&r);
}

/* A works suffix at the very start of the text has no head to walk back
 * over: no name, and no read before the text (the sanitizer build). */
static void test_works_suffix_opens_the_text(void **state)
{
    cnkg_article *a = extract(state, "高铁开通以后，沿线城市的客流明显增加。");
    assert_false(has_entity(a, CNKG_PROJECT, "高铁"));
    assert_false(has_entity(a, CNKG_PLACE, "高铁"));
    cnkg_article_free(a);
}

/* Bodies' names the suffix rule must not widen or cut: a county's short
 * name that is a word stopping names (比如) opens none; a clause's words
 * before a division (最后经) are not the body's; a branch after its
 * association's whole name is one name; a news site is a body. */
static void test_body_name_edges(void **state)
{
    cnkg_article *a = extract(state, "我们做过很多工作，比如技术中心的测试能力。");
    assert_false(has_entity(a, CNKG_ORGANIZATION, "比如技术中心"));
    cnkg_article_free(a);
    a = extract(state, "样品送检，最后经湖南省建材产品质量检验中心检测，全部合格。");
    assert_true(has_entity(a, CNKG_ORGANIZATION, "湖南省建材产品质量检验中心"));
    assert_false(has_entity(a, CNKG_ORGANIZATION, "最后经湖南省建材产品质量检验中心"));
    cnkg_article_free(a);
    a = extract(state, "据中国机械工业协会农机具分会统计，销量上升。");
    assert_true(has_entity(a, CNKG_ORGANIZATION, "中国机械工业协会农机具分会"));
    assert_false(has_entity(a, CNKG_ORGANIZATION, "中国机械工业协会"));
    cnkg_article_free(a);
    a = extract(state, "据新华网消息，风电场的发电装机容量继续增加。");
    assert_true(has_entity(a, CNKG_ORGANIZATION, "新华网"));
    assert_false(has_entity(a, CNKG_COMPANY, "新华网"));
    assert_false(has_entity(a, CNKG_COMPANY, "电装"));
    cnkg_article_free(a);
    a = extract(state, "他们在成本核算、资金结算等方面对供货企业提出要求。");
    assert_false(has_entity(a, CNKG_COMPANY, "成本核算"));
    assert_false(has_entity(a, CNKG_COMPANY, "资金结算"));
    cnkg_article_free(a);
}

/* 我国 names the country the news is written in, as 我市 names the home. */
static void test_nation_word(void **state)
{
    cnkg_article *a = extract(state, "去年我国新能源汽车产量再创新高，出口持续增长。");
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "中国"));
    cnkg_article_free(a);
    a = extract(state, "全国各地的客商来到展会，采购国内外的新产品。");
    assert_false(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "中国"));
    cnkg_article_free(a);
}

/* 国家 opening a clause, or after a word of time, before what it will do
 * (国家将, 今年国家还将) is the country, which develops what it names; not
 * the head of a name (国家重点实验室), nor other states (发达国家将). */
static void test_state_acting(void **state)
{
    cnkg_article *a = extract(state, "苏州市召开大会。今年国家还将大力发展集成电路、"
                                     "生物医药等产业。");
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "中国"));
    assert_fact(a, "中国", CNKG_DEVELOPS_INDUSTRY, "集成电路");
    assert_false(has_fact(a, "苏州市", CNKG_DEVELOPS_INDUSTRY, "集成电路"));
    cnkg_article_free(a);
    a = extract(state, "一些发达国家将削减补贴，国家重点工程进展顺利。");
    assert_false(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "中国"));
    cnkg_article_free(a);
}

/* A story that names a province and, sentences later, cities of it places
 * each city in the nearest named division above it; a county whose city
 * is named goes in the city, not the province; not in the paper's home. */
static void test_division_in_named_division(void **state)
{
    cnkg_article *a = extract(state, "产业母基金由江苏省设立。南京、苏州各出资十亿元，"
                                     "江阴市也有跟进。无锡市的基金下月成立。");
    assert_true(has_fact(a, "南京市", CNKG_LOCATED_IN, "江苏省"));
    assert_true(has_fact(a, "苏州市", CNKG_LOCATED_IN, "江苏省"));
    assert_true(has_fact(a, "江阴市", CNKG_LOCATED_IN, "无锡市"));
    assert_false(has_fact(a, "江阴市", CNKG_LOCATED_IN, "江苏省"));
    cnkg_article_free(a);
    static const char home_page[] = "\n全市产业基金成立\n\n"
                                    "重庆设立产业基金。巴南区、江津区各出资一亿元。\n\n"
                                    "据《重庆日报》\n";
    page_result r = {0};
    cnkg_extractor_page(fixture_extractor(), home_page, strlen(home_page), "page", keep_article,
                        &r);
    assert_int_equal(r.n, 1);
    assert_true(has_entity(r.articles[0], CNKG_ADMINISTRATIVE_DIVISION, "江津区"));
    assert_false(has_fact(r.articles[0], "江津区", CNKG_LOCATED_IN, "重庆市"));
    page_free(&r);
}

static void test_industry_list(void **state)
{
    cnkg_article *a =
        extract(state, "该集团兼营航运、仓储、远洋捕捞等多种行业，并涉及先进装备制造等产业。");
    assert_true(has_entity(a, CNKG_INDUSTRY, "航运"));
    assert_true(has_entity(a, CNKG_INDUSTRY, "仓储"));
    assert_true(has_entity(a, CNKG_INDUSTRY, "远洋捕捞"));
    assert_true(has_entity(a, CNKG_INDUSTRY, "先进装备制造"));
    assert_false(has_entity(a, CNKG_INDUSTRY, "兼营航运"));
    cnkg_article_free(a);
}

static void test_capacity_is_no_product(void **state)
{
    cnkg_article *a =
        extract(state, "恒远公司签约年产8万吨隔膜材料项目，研发、生产团队超过300人。");
    for (size_t i = 0; i < a->n_entities; i++)
        assert_true(a->entities[i].cls != CNKG_PRODUCT);
    cnkg_article_free(a);
}

static void test_works_and_home_word(void **state)
{
    cnkg_article *a = extract(state, "常州市金坛稀土冶炼厂与本市武进区湖塘工业区签约。");
    assert_true(has_entity(a, CNKG_COMPANY, "常州市金坛稀土冶炼厂"));
    assert_true(has_entity(a, CNKG_INDUSTRIAL_PARK, "武进区湖塘工业区"));
    cnkg_article_free(a);
}

static void test_division_chain_heads_a_park(void **state)
{
    cnkg_article *a = extract(state, "江西省九江市经开区与天津市津南区八里台工业区签约。");
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "江西省"));
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "九江市"));
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "津南区"));
    size_t e = entity(a, CNKG_ADMINISTRATIVE_DIVISION, "八里台镇");
    assert_int_not_equal(e, (size_t)-1);
    assert_string_equal(a->entities[e].code, "120112107");
    cnkg_article_free(a);
}

static void test_quoted_programme_names(void **state)
{
    cnkg_article *a =
        extract(state, "市长介绍了“十四五”产业规划，全省今年实施30个“链主培优”项目。");
    assert_true(has_entity(a, CNKG_PROGRAM, "十四五产业规划"));
    assert_true(has_entity(a, CNKG_PROGRAM, "链主培优"));
    cnkg_article_free(a);
}

/* Quotes, more words and a programme's suffix are one name (“…”先进材料产业
 * 协同发展计划); after 的 the words describe the quoted programme, which is
 * the name; no 的 nor verb joins a quote to a suffix further on. */
static void test_quoted_programme_tails(void **state)
{
    cnkg_article *a = extract(state, "据悉，“双链融合”先进材料产业协同发展计划取得成效。");
    assert_true(has_entity(a, CNKG_PROGRAM, "双链融合先进材料产业协同发展计划"));
    cnkg_article_free(a);
    a = extract(state, "这家商场的开业是“老字号焕新”的最新举措。");
    assert_true(has_entity(a, CNKG_PROGRAM, "老字号焕新"));
    assert_false(has_entity(a, CNKG_PROGRAM, "老字号焕新的最新举措"));
    cnkg_article_free(a);
    /* a period's time or a function word parts a clause from the quotes */
    a = extract(state, "“十五五”时期加快新型能源体系建设，成效初显。");
    assert_false(has_entity(a, CNKG_PROGRAM, "十五五时期加快新型能源体系"));
    cnkg_article_free(a);
    a = extract(state, "“十二五”全省把装备制造体系作为重点，成效初显。");
    assert_false(has_entity(a, CNKG_PROGRAM, "十二五全省把装备制造体系"));
    cnkg_article_free(a);
    /* a programme's word right after 的; a verb in the first few words */
    a = extract(state, "县里公布了“山货进城”的规划，农户响应。");
    assert_true(has_entity(a, CNKG_PROGRAM, "山货进城"));
    cnkg_article_free(a);
    a = extract(state, "市里出台“海绵校园”建设规划，学校响应。");
    assert_true(has_entity(a, CNKG_PROGRAM, "海绵校园建设规划"));
    cnkg_article_free(a);
}

/* After a designation cue, a name that a level or a first batch opens is
 * the title granted, whatever its last word; without the opener a plain
 * phrase after the cue is none. */
static void test_level_opened_titles(void **state)
{
    cnkg_article *a = extract(state, "该村入选为全国首批民宿集聚重点村，游客增多。");
    assert_true(has_entity(a, CNKG_PROGRAM, "全国首批民宿集聚重点村"));
    cnkg_article_free(a);
    a = extract(state, "两家园区获批国家级先进陶瓷产业集群，订单增多。");
    assert_true(has_entity(a, CNKG_PROGRAM, "国家级先进陶瓷产业集群"));
    cnkg_article_free(a);
    a = extract(state, "这项技术被评为行业领先水平，订单增多。");
    assert_false(has_entity(a, CNKG_PROGRAM, "行业领先水平"));
    cnkg_article_free(a);
    a = extract(state, "全县创建全国绿色示范社区12个，居民满意。");
    assert_false(has_entity(a, CNKG_PROGRAM, "全国绿色示范社区12个"));
    cnkg_article_free(a);
    /* a clause about a title, or a known body the opener begins */
    a = extract(state, "这家企业入选全国工商联公布的榜单，员工高兴。");
    assert_false(has_entity(a, CNKG_PROGRAM, "全国工商联公布的榜单"));
    cnkg_article_free(a);
    a = extract(state, "这个项目获批国家开发银行贷款，进展加快。");
    assert_false(has_entity(a, CNKG_PROGRAM, "国家开发银行贷款"));
    cnkg_article_free(a);
}

/* Standards, plans for emergencies and road maps in book marks are
 * documents a state issues. */
static void test_standard_titles(void **state)
{
    cnkg_article *a =
        extract(state, "两部门发布《电动自行车充电安全技术要求》和《城市内涝应急预案》。");
    assert_true(has_entity(a, CNKG_PROGRAM, "电动自行车充电安全技术要求"));
    assert_true(has_entity(a, CNKG_PROGRAM, "城市内涝应急预案"));
    cnkg_article_free(a);
}

/* A foreign country at the head of a firm's name is where it comes from
 * (美国|杜邦公司); the news's own country there is part of a national name
 * (中国铝业公司). */
static void test_foreign_country_heads_a_firm(void **state)
{
    cnkg_article *a = extract(state, "美国杜邦公司与中国铝业公司签署合作协议。");
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "美国"));
    assert_fact(a, "美国杜邦公司", CNKG_ORIGIN_FROM, "美国");
    assert_false(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "中国"));
    cnkg_article_free(a);
}

/* A township named in full away from its county is the county's when the
 * article names the county and its township list holds the name; a list
 * after a division (巴南区、麻柳嘴镇) is no chain of divisions. */
static void test_township_of_a_named_county(void **state)
{
    cnkg_article *a = extract(state, "同江市农民踊跃参加展会。三村镇农机大户说，这次收获很大。");
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "三村镇"));
    cnkg_article_free(a);
    a = extract(state, "三村镇农机大户说，这次收获很大。");
    assert_false(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "三村镇"));
    cnkg_article_free(a);
    a = extract(state, "工作组走访了巴南区、麻柳嘴镇等地。");
    assert_false(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "、麻柳嘴镇"));
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "麻柳嘴镇"));
    cnkg_article_free(a);
}

/* After a foreign country, a name ending in 州 or 郡 is a state of it, and
 * after the state a name ending in 市, 郡 or 县 is one of that; no count
 * (多州) nor a known Chinese city (驻广州) is one. */
static void test_foreign_states_after_their_country(void **state)
{
    cnkg_article *a = extract(state, "俄罗斯萨马拉州和美国加州洛杉矶郡的客商到访。");
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "萨马拉州"));
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "洛杉矶郡"));
    assert_fact(a, "萨马拉州", CNKG_LOCATED_IN, "俄罗斯");
    cnkg_article_free(a);
    a = extract(state, "美国多州出现降雪，荷兰驻广州总领事馆发布提示。");
    assert_false(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "多州"));
    assert_false(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "驻广州"));
    cnkg_article_free(a);
}

/* A province (省) after its country is one of its states too, and the city
 * after it one of that; not a ministry (kg:notStateWord), the verb 反省, a
 * common noun the suffix opens (省份) nor 省 twice (省|省长). */
static void test_foreign_provinces_after_their_country(void **state)
{
    cnkg_article *a =
        extract(state, "这批货物运自印尼西加里曼丹省坤甸市，加拿大马尼托巴省省长到场，"
                       "会议邀请加拿大省省长。");
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "西加里曼丹省"));
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "坤甸市"));
    assert_fact(a, "西加里曼丹省", CNKG_LOCATED_IN, "印度尼西亚");
    assert_fact(a, "坤甸市", CNKG_LOCATED_IN, "西加里曼丹省");
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "马尼托巴省"));
    assert_false(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "省省"));
    cnkg_article_free(a);
    a = extract(state, "日本外务省发表声明，日本应深刻反省，印尼多数省份降雨。");
    assert_false(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "外务省"));
    assert_false(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "应深刻反省"));
    assert_false(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "多数省"));
    cnkg_article_free(a);
}

/* A list lends a firm's class to its unknown neighbour, not a place's or a
 * body's: their suffixes end common words, and their neighbours are kinds
 * and doings (高速公路, 穿戈壁, 铁路). */
static void test_places_and_bodies_spread_no_class(void **state)
{
    cnkg_article *a = extract(state, "厦门市今年新修货运码头、滨海快速路、高速公路等设施。");
    assert_true(has_entity(a, CNKG_ADMINISTRATIVE_DIVISION, "厦门市"));
    assert_false(has_entity(a, CNKG_PLACE, "滨海快速路"));
    assert_false(has_entity(a, CNKG_PLACE, "高速公路"));
    cnkg_article_free(a);
    a = extract(state, "他们沿着盘山公路、穿戈壁、越山岭，来到了牧区。");
    assert_false(has_entity(a, CNKG_PLACE, "穿戈壁"));
    assert_false(has_entity(a, CNKG_PLACE, "越山岭"));
    cnkg_article_free(a);
    a = extract(state, "研究院、铁路、邮政等单位的职工参加了活动。");
    assert_false(has_entity(a, CNKG_ORGANIZATION, "铁路"));
    cnkg_article_free(a);
}

/* A product or programme lends its class to the next item of a list only
 * when the item closes its phrase and the neighbour is a product of the
 * lexicon or the item ends as the programme does: most words beside them
 * are goals and doings (提振信心), and an item cut mid-phrase is a part. */
static void test_products_and_programmes_spread_narrowly(void **state)
{
    cnkg_article *a = extract(state, "这家化工厂每年产出甲醇、合成氨，供应周边企业。");
    assert_true(has_entity(a, CNKG_PRODUCT, "合成氨"));
    cnkg_article_free(a);
    a = extract(state, "全县推行河长制、湖长制，守护一江清水。");
    assert_true(has_entity(a, CNKG_PROGRAM, "湖长制"));
    cnkg_article_free(a);
    a = extract(state, "省里要求坚持扩大内需、提振信心、防范风险，推动经济回升。");
    assert_false(has_entity(a, CNKG_PROGRAM, "提振信心"));
    assert_false(has_entity(a, CNKG_PROGRAM, "防范风险"));
    cnkg_article_free(a);
    a = extract(state, "各地加快构建新发展格局、促进高质量发展。");
    assert_false(has_entity(a, CNKG_PROGRAM, "促进高质量"));
    cnkg_article_free(a);
}

/* After a verb that builds, a way or a stop named by common words is the
 * kind being built, not a place's name, and the verb is never part of one;
 * a known place opening the name keeps it. */
static void test_built_kind_is_no_place(void **state)
{
    cnkg_article *a = extract(state, "厦门市今年新修货运码头、滨海快速路、高速公路等设施。");
    assert_false(has_entity(a, CNKG_PLACE, "新修货运码头"));
    assert_false(has_entity(a, CNKG_PLACE, "货运码头"));
    assert_false(has_entity(a, CNKG_PROJECT, "新修货运码头"));
    assert_false(has_entity(a, CNKG_PROJECT, "货运码头"));
    cnkg_article_free(a);
    a = extract(state, "全市要修好货运码头，方便船只停靠。");
    assert_false(has_entity(a, CNKG_PLACE, "要修好货运码头"));
    assert_false(has_entity(a, CNKG_PROJECT, "要修好货运码头"));
    cnkg_article_free(a);
    a = extract(state, "上海抓紧建设上海东海大桥。");
    assert_true(has_entity(a, CNKG_PROJECT, "上海东海大桥")); /* built works */
    cnkg_article_free(a);
}

/* 老路, 网站: one character and the suffix of a made way or stop make a
 * common word, not a place's name. */
static void test_short_way_is_no_place(void **state)
{
    cnkg_article *a = extract(state, "企业不能再走高消耗的老路，产品也没有销路。");
    assert_false(has_entity(a, CNKG_PLACE, "老路"));
    assert_false(has_entity(a, CNKG_PLACE, "销路"));
    cnkg_article_free(a);
    a = extract(state, "记者从网站获悉，电站建设加快。");
    assert_false(has_entity(a, CNKG_PLACE, "网站"));
    assert_false(has_entity(a, CNKG_PLACE, "电站"));
    cnkg_article_free(a);
}

/* 株式会社 is a firm's legal form, as 有限公司 is: the whole name is the
 * firm's, and the country at its head is where it comes from. */
static void test_kabushiki_kaisha_ends_a_firm(void **state)
{
    cnkg_article *a = extract(state, "示例集团与日本示例电机株式会社签署合作备忘录。");
    assert_true(has_entity(a, CNKG_COMPANY, "日本示例电机株式会社"));
    assert_fact(a, "日本示例电机株式会社", CNKG_ORIGIN_FROM, "日本");
    cnkg_article_free(a);
}

/* A word for a firm of any trade after nothing but a country or a word of
 * kind names a kind of firm (意大利公司, 大型集团); a trade's word after a
 * country names one (美国银行), as does a firm's own head (美国杜邦公司). */
static void test_country_and_firm_word_is_a_kind(void **state)
{
    cnkg_article *a =
        extract(state, "示例集团是一家主营天然气和自来水的意大利公司。这家大型集团今年扩产。"
                       "美国银行与美国杜邦公司签约。");
    assert_false(has_entity(a, CNKG_COMPANY, "意大利公司"));
    assert_false(has_entity(a, CNKG_COMPANY, "大型集团"));
    assert_true(has_entity(a, CNKG_COMPANY, "美国银行"));
    assert_true(has_entity(a, CNKG_COMPANY, "美国杜邦公司"));
    cnkg_article_free(a);
}

/* 各 (each) before a kind's word speaks of every one of that kind: no name
 * begins after it (各|农机合作社, 各地|景区), while a named one keeps its
 * name (示例农机合作社). */
static void test_each_of_a_kind_is_no_name(void **state)
{
    cnkg_article *a =
        extract(state, "各农机合作社、各农民专业合作社纷纷参展，示例农机合作社也来了。"
                       "各地景区今年开放。");
    assert_false(has_entity(a, CNKG_ORGANIZATION, "农机合作社"));
    assert_false(has_entity(a, CNKG_ORGANIZATION, "农民专业合作社"));
    assert_false(has_entity(a, CNKG_PLACE, "地景区"));
    assert_true(has_entity(a, CNKG_ORGANIZATION, "示例农机合作社"));
    cnkg_article_free(a);
}

/* Firms or bodies listed right before a cue of partnership are partners of
 * each other; before 与 and a partner, each is that partner's. */
static void test_listed_partners(void **state)
{
    cnkg_article *a = extract(state, "甲乙稀土有限公司和丙丁金属有限公司签署战略合作协议。");
    assert_fact(a, "甲乙稀土有限公司", CNKG_COLLABORATES_WITH, "丙丁金属有限公司");
    cnkg_article_free(a);
    a = extract(state, "戊己实业有限公司、庚辛有限公司等联合投资示例石化项目。");
    assert_fact(a, "戊己实业有限公司", CNKG_COLLABORATES_WITH, "庚辛有限公司");
    cnkg_article_free(a);
    a = extract(state, "大众汽车与一汽集团及上汽集团日前均签署了合作声明。");
    assert_false(has_fact(a, "一汽", CNKG_COLLABORATES_WITH, "上汽"));
    assert_false(has_fact(a, "上汽", CNKG_COLLABORATES_WITH, "一汽"));
    cnkg_article_free(a);
    a = extract(state, "甲乙稀土有限公司、丙丁金属有限公司先后与壬癸有限公司签署合作协议。");
    assert_false(has_fact(a, "甲乙稀土有限公司", CNKG_COLLABORATES_WITH, "丙丁金属有限公司"));
    assert_false(has_fact(a, "丙丁金属有限公司", CNKG_COLLABORATES_WITH, "甲乙稀土有限公司"));
    cnkg_article_free(a);
}

/* A firm's registered name (a legal form) begins at the known division
 * that opens it, not at the words before it that stop no name. */
static void test_firm_name_begins_at_its_division(void **state)
{
    cnkg_article *a = extract(state, "该品牌属于无锡示例民生食品有限公司。");
    assert_true(has_entity(a, CNKG_COMPANY, "无锡示例民生食品有限公司"));
    assert_fact(a, "无锡示例民生食品有限公司", CNKG_ORIGIN_FROM, "无锡市");
    cnkg_article_free(a);
}

/* A firm that buys another or a stake in it partners it; not a body that
 * rules on the deal, nor a firm named further on, nor the deal itself. */
static void test_bought_firm_is_a_partner(void **state)
{
    cnkg_article *a = extract(state, "甲乙医药有限公司宣布控股丙丁药业有限公司。");
    assert_fact(a, "甲乙医药有限公司", CNKG_COLLABORATES_WITH, "丙丁药业有限公司");
    cnkg_article_free(a);
    a = extract(state, "甲乙医药有限公司收购了丙丁药业有限公司30%的股权。");
    assert_fact(a, "甲乙医药有限公司", CNKG_COLLABORATES_WITH, "丙丁药业有限公司");
    cnkg_article_free(a);
    a = extract(state, "甲乙医药有限公司收购海外资产可能影响丙丁药业有限公司。");
    assert_false(has_fact(a, "甲乙医药有限公司", CNKG_COLLABORATES_WITH, "丙丁药业有限公司"));
    cnkg_article_free(a);
}

/* A Latin legal form ends a Latin firm's name, blanks and brackets
 * included; Incheon is no legal form. */
static void test_latin_firm_name(void **state)
{
    cnkg_article *a =
        extract(state, "示例集团全资子公司Sample(HongKong)Limited与设计机构Example New "
                       "Ideas Limited签署协议，Incheon港口随后扩建。");
    assert_true(has_entity(a, CNKG_COMPANY, "Sample(HongKong)Limited"));
    assert_true(has_entity(a, CNKG_COMPANY, "Example New Ideas Limited"));
    assert_false(has_entity(a, CNKG_COMPANY, "Inc"));
    cnkg_article_free(a);
}

/* A Latin name right after words that say what kind of firm it is names
 * that firm; not after 该公司, nor a post such as CEO. */
static void test_described_latin_firm(void **state)
{
    cnkg_article *a = extract(state, "据市场调研公司Examplo Research统计，咨询机构Fakeworx预计"
                                     "需求增长，该公司Zqwx销量上升，这家科技公司CEO表示满意。");
    assert_true(has_entity(a, CNKG_COMPANY, "Examplo Research"));
    assert_true(has_entity(a, CNKG_COMPANY, "Fakeworx"));
    assert_false(has_entity(a, CNKG_COMPANY, "Zqwx"));
    assert_false(has_entity(a, CNKG_COMPANY, "CEO"));
    cnkg_article_free(a);
}

/* A party committee before a post: 时任 stops the name on its left, and a
 * post after the committee (常委, 委员) is no part of its name. */
static void test_committee_before_post(void **state)
{
    cnkg_article *a = extract(state, "这条铁路是时任福州市委书记王明同志推动修建的。山东省委常委、"
                                     "副省长李华出席了通车仪式。");
    assert_true(has_entity(a, CNKG_GOVERNMENT_AGENCY, "福州市委"));
    assert_true(has_entity(a, CNKG_GOVERNMENT_AGENCY, "山东省委"));
    assert_false(has_entity(a, CNKG_GOVERNMENT_AGENCY, "山东省委常委"));
    cnkg_article_free(a);
}

/* After a making verb read as a noun, what follows is a predicate, no
 * product: a degree adverb (比较) stands in no object, and a place phrase
 * (在…中) ends in its locative. The verb's true object stays a product. */
static void test_making_verb_before_a_predicate(void **state)
{
    cnkg_article *a =
        extract(state, "不少小厂的铸件生产比较粗放单一，利润很薄。在乳品生产灌装运输中，"
                       "企业更新了冷链设备。该厂主要生产不锈钢餐具，产品远销海外。");
    assert_false(has_entity(a, CNKG_PRODUCT, "比较粗放单一"));
    assert_false(has_entity(a, CNKG_PRODUCT, "灌装运输中"));
    assert_true(has_entity(a, CNKG_PRODUCT, "不锈钢餐具"));
    cnkg_article_free(a);
}

/* 生产全过程, 研发全链条: the whole of the making, no product made; nor
 * is 开发面积, the area opened up. */
static void test_whole_of_the_making_is_no_product(void **state)
{
    cnkg_article *a = extract(state, "这家企业聚焦食品生产全链条，还打通了研发全流程数据平台。");
    assert_false(has_entity(a, CNKG_PRODUCT, "全链条"));
    assert_false(has_entity(a, CNKG_PRODUCT, "全流程数据平台"));
    cnkg_article_free(a);
    a = extract(state, "这个园区已开发面积超过30平方公里。");
    assert_false(has_entity(a, CNKG_PRODUCT, "面积"));
    cnkg_article_free(a);
}

/* 前者, 后者 point back to a thing named before and 观看 takes its object:
 * neither opens the name after it. */
static void test_pointing_word_opens_no_project(void **state)
{
    cnkg_article *a = extract(state, "两家企业各建一个项目，其中，前者新材料项目已经投产。"
                                     "嘉宾们共同观看滨江港项目视频。");
    assert_false(has_entity(a, CNKG_PROJECT, "前者新材料项目"));
    assert_true(has_entity(a, CNKG_PROJECT, "新材料项目"));
    assert_false(has_entity(a, CNKG_PROJECT, "观看滨江港项目"));
    assert_true(has_entity(a, CNKG_PROJECT, "滨江港项目"));
    cnkg_article_free(a);
}

/* The first item of a list of projects, whose left edge no 、 sets, that
 * holds a word which stops names (已, 将) carries the clause before it: no
 * project; the items after it stay projects. */
static void test_project_list_first_item_in_a_clause(void **state)
{
    cnkg_article *a =
        extract(state, "省发改委已将年产30万吨乙二醇、年产20万吨丙烯等化工项目列入年度计划。");
    assert_false(has_entity(a, CNKG_PROJECT, "省发改委已将年产30万吨乙二醇项目"));
    assert_true(has_entity(a, CNKG_PROJECT, "年产20万吨丙烯项目"));
    cnkg_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_firm_project_named_by_its_place),
        cmocka_unit_test(test_making_verb_before_a_predicate),
        cmocka_unit_test(test_pointing_word_opens_no_project),
        cmocka_unit_test(test_whole_of_the_making_is_no_product),
        cmocka_unit_test(test_project_list_first_item_in_a_clause),
        cmocka_unit_test(test_industry_keeps_sector_word_form),
        cmocka_unit_test(test_division_after_the_head_of_a_name),
        cmocka_unit_test(test_short_division_opens_a_project),
        cmocka_unit_test(test_listed_projects_stay_apart),
        cmocka_unit_test(test_one_entity_per_span),
        cmocka_unit_test(test_facts_keep_to_domain_and_range),
        cmocka_unit_test(test_page_splits_articles),
        cmocka_unit_test(test_page_repost_information_lines),
        cmocka_unit_test(test_page_repost_poster),
        cmocka_unit_test(test_page_reporter_under_poster),
        cmocka_unit_test(test_page_title_not_joined),
        cmocka_unit_test(test_page_pinyin_gloss_and_part_number),
        cmocka_unit_test(test_page_tv_transcript),
        cmocka_unit_test(test_page_transcript_dateline),
        cmocka_unit_test(test_page_masthead_two_lines),
        cmocka_unit_test(test_page_chrome),
        cmocka_unit_test(test_page_byline_below_text),
        cmocka_unit_test(test_titled_people_list),
        cmocka_unit_test(test_titled_people_unit),
        cmocka_unit_test(test_located_in_sited_body),
        cmocka_unit_test(test_located_in_bracketed_division),
        cmocka_unit_test(test_located_in_moved_to),
        cmocka_unit_test(test_origin_from_division_chain),
        cmocka_unit_test(test_located_in_wei_yu),
        cmocka_unit_test(test_common_short_county),
        cmocka_unit_test(test_short_county_before_town_suffix),
        cmocka_unit_test(test_port_named_by_divisions),
        cmocka_unit_test(test_dash_joins_project_name),
        cmocka_unit_test(test_located_set_off_and_built),
        cmocka_unit_test(test_attracted_firms_settle),
        cmocka_unit_test(test_set_off_place_and_its_cluster),
        cmocka_unit_test(test_location_topic_and_origin),
        cmocka_unit_test(test_place_set_off_by_division),
        cmocka_unit_test(test_divisions_before_place),
        cmocka_unit_test(test_origin_from_place_prefix),
        cmocka_unit_test(test_bracketed_place_in_firm_name),
        cmocka_unit_test(test_develops_industry_list),
        cmocka_unit_test(test_finer_division_is_subject),
        cmocka_unit_test(test_headline_blank_parts_clauses),
        cmocka_unit_test(test_designated_as_list),
        cmocka_unit_test(test_covers_with_coreference),
        cmocka_unit_test(test_in_industry_verb),
        cmocka_unit_test(test_sector_list_whatever_the_verb),
        cmocka_unit_test(test_sector_list_key_trades),
        cmocka_unit_test(test_sector_list_of_counted_projects),
        cmocka_unit_test(test_become_describes),
        cmocka_unit_test(test_mined_trades),
        cmocka_unit_test(test_firms_then_sector),
        cmocka_unit_test(test_role_clause),
        cmocka_unit_test(test_maker_before_firm),
        cmocka_unit_test(test_parent_named_first),
        cmocka_unit_test(test_place_owns_its_sectors),
        cmocka_unit_test(test_trade_association_in_its_sector),
        cmocka_unit_test(test_place_cluster_far_from_place),
        cmocka_unit_test(test_counted_firms_of_set_off_place),
        cmocka_unit_test(test_place_list_before_cluster),
        cmocka_unit_test(test_scene_set_at_place),
        cmocka_unit_test(test_sector_after_set_off_place),
        cmocka_unit_test(test_located_list_members),
        cmocka_unit_test(test_place_opens_its_plan),
        cmocka_unit_test(test_implements_quoted_programme),
        cmocka_unit_test(test_implements_jian_chi),
        cmocka_unit_test(test_implements_shi_xing_by_organ),
        cmocka_unit_test(test_implements_not_where_done),
        cmocka_unit_test(test_designation_ends_with_its_name),
        cmocka_unit_test(test_role_clause_names_title),
        cmocka_unit_test(test_covers_not_included_among),
        cmocka_unit_test(test_topic_develops_but_implements_nothing),
        cmocka_unit_test(test_country_is_no_topic),
        cmocka_unit_test(test_home_topic_implements),
        cmocka_unit_test(test_leads_and_collaborates),
        cmocka_unit_test(test_partners_end_at_what_they_form),
        cmocka_unit_test(test_collaborates_lian_he),
        cmocka_unit_test(test_collaborates_partner_named),
        cmocka_unit_test(test_project_sector_in_name),
        cmocka_unit_test(test_produces_and_operates),
        cmocka_unit_test(test_project_named_by_product),
        cmocka_unit_test(test_firm_after_place_opens_clause),
        cmocka_unit_test(test_procurement_is_no_project),
        cmocka_unit_test(test_catalogue_names_products),
        cmocka_unit_test(test_product_item_not_work),
        cmocka_unit_test(test_project_head_firm_stands_alone),
        cmocka_unit_test(test_project_after_firm_makes),
        cmocka_unit_test(test_product_after_success_not_firms),
        cmocka_unit_test(test_project_makes_what_follows),
        cmocka_unit_test(test_cue_before_its_noun_is_no_verb),
        cmocka_unit_test(test_partners_build_together),
        cmocka_unit_test(test_operates_company_head),
        cmocka_unit_test(test_industry_in_company_name),
        cmocka_unit_test(test_industry_of_described_firm),
        cmocka_unit_test(test_member_list_names_companies),
        cmocka_unit_test(test_located_in_a_chain_of_places),
        cmocka_unit_test(test_project_funded_by_firms),
        cmocka_unit_test(test_place_cluster_of_a_sector),
        cmocka_unit_test(test_designated_as_two_titles),
        cmocka_unit_test(test_develops_industry_around_and_faster),
        cmocka_unit_test(test_branch_named_by_its_place),
        cmocka_unit_test(test_designated_by_upgrade),
        cmocka_unit_test(test_designated_by_counted_list),
        cmocka_unit_test(test_quoted_document_title),
        cmocka_unit_test(test_document_named_without_marks),
        cmocka_unit_test(test_place_of_a_brand_is_not_the_projects),
        cmocka_unit_test(test_title_opening_with_its_body),
        cmocka_unit_test(test_cities_side_by_side),
        cmocka_unit_test(test_firm_described_by_its_sector),
        cmocka_unit_test(test_firms_listed_after_their_sector),
        cmocka_unit_test(test_generic_words_are_no_entities),
        cmocka_unit_test(test_scheme_sectors_are_industries),
        cmocka_unit_test(test_modified_first_list_item),
        cmocka_unit_test(test_counted_things_are_no_names),
        cmocka_unit_test(test_words_pointing_back_lead_no_name),
        cmocka_unit_test(test_stacked_suffixes_and_kinds),
        cmocka_unit_test(test_park_suffixes_of_one_short_form_merge),
        cmocka_unit_test(test_park_by_head_and_suffix_folds),
        cmocka_unit_test(test_placed_park_suffix),
        cmocka_unit_test(test_hidden_form_that_is_a_plain_word),
        cmocka_unit_test(test_product_trigger_as_noun),
        cmocka_unit_test(test_trade_in_a_firm_name_is_no_industry),
        cmocka_unit_test(test_industries_side_by_side_are_one),
        cmocka_unit_test(test_industry_base_is_a_designation),
        cmocka_unit_test(test_industry_qualifying_a_noun_is_no_mention),
        cmocka_unit_test(test_common_industry_needs_a_sector_frame),
        cmocka_unit_test(test_common_industry_only_inside_names),
        cmocka_unit_test(test_trade_only_in_names_is_no_sector),
        cmocka_unit_test(test_led_lighting_is_a_sector),
        cmocka_unit_test(test_energy_and_frontier_sectors),
        cmocka_unit_test(test_finer_sectors_known_whole),
        cmocka_unit_test(test_known_products),
        cmocka_unit_test(test_trained_products),
        cmocka_unit_test(test_common_noun_with_a_name_suffix),
        cmocka_unit_test(test_verb_before_a_name_is_a_boundary),
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
        cmocka_unit_test(test_url_names_nothing),
        cmocka_unit_test(test_countries_are_divisions),
        cmocka_unit_test(test_country_inside_a_name_is_no_mention),
        cmocka_unit_test(test_programme_after_its_verb),
        cmocka_unit_test(test_programme_after_a_list),
        cmocka_unit_test(test_programme_name_goes_on),
        cmocka_unit_test(test_this_district_is_not_its_title),
        cmocka_unit_test(test_division_implements_plan_with_years),
        cmocka_unit_test(test_programme_in_book_marks),
        cmocka_unit_test(test_designation_is_a_programme),
        cmocka_unit_test(test_kinds_and_goals_are_no_programmes),
        cmocka_unit_test(test_government_fund_is_a_programme),
        cmocka_unit_test(test_fund_is_named_after_the_verb_that_allots_it),
        cmocka_unit_test(test_belt_and_road_partners_name_the_programme),
        cmocka_unit_test(test_product_before_its_quantity),
        cmocka_unit_test(test_product_of_the_firm_that_makes_it),
        cmocka_unit_test(test_product_catalogue),
        cmocka_unit_test(test_product_after_its_making),
        cmocka_unit_test(test_product_list_closed_by_products),
        cmocka_unit_test(test_product_list_not_closed),
        cmocka_unit_test(test_product_list_verb_edge),
        cmocka_unit_test(test_produces_subject_chain),
        cmocka_unit_test(test_annual_output_counted_products),
        cmocka_unit_test(test_city_and_its_namesake_county),
        cmocka_unit_test(test_namesake_without_context),
        cmocka_unit_test(test_government_head),
        cmocka_unit_test(test_division_in_topic),
        cmocka_unit_test(test_division_in_named_division),
        cmocka_unit_test(test_nation_word),
        cmocka_unit_test(test_state_acting),
        cmocka_unit_test(test_works_suffix_opens_the_text),
        cmocka_unit_test(test_body_name_edges),
        cmocka_unit_test(test_county_named_in_full_licenses_its_short_form),
        cmocka_unit_test(test_industry_list),
        cmocka_unit_test(test_capacity_is_no_product),
        cmocka_unit_test(test_works_and_home_word),
        cmocka_unit_test(test_division_chain_heads_a_park),
        cmocka_unit_test(test_quoted_programme_names),
        cmocka_unit_test(test_quoted_programme_tails),
        cmocka_unit_test(test_standard_titles),
        cmocka_unit_test(test_level_opened_titles),
        cmocka_unit_test(test_title_chain),
        cmocka_unit_test(test_event_held_at),
        cmocka_unit_test(test_route_through_places),
        cmocka_unit_test(test_zone_built_is_held),
        cmocka_unit_test(test_analyst_and_assistant_posts),
        cmocka_unit_test(test_name_opened_by_division_chain),
        cmocka_unit_test(test_set_off_place_holds_the_project),
        cmocka_unit_test(test_partners_are_the_list_after_the_cue),
        cmocka_unit_test(test_post_then_de_then_name),
        cmocka_unit_test(test_project_in_headline_park),
        cmocka_unit_test(test_foreign_country_heads_a_firm),
        cmocka_unit_test(test_township_of_a_named_county),
        cmocka_unit_test(test_foreign_states_after_their_country),
        cmocka_unit_test(test_foreign_provinces_after_their_country),
        cmocka_unit_test(test_firm_main_trades),
        cmocka_unit_test(test_firm_moves_into_sector),
        cmocka_unit_test(test_short_term_inside_a_word),
        cmocka_unit_test(test_places_and_bodies_spread_no_class),
        cmocka_unit_test(test_products_and_programmes_spread_narrowly),
        cmocka_unit_test(test_built_kind_is_no_place),
        cmocka_unit_test(test_short_way_is_no_place),
        cmocka_unit_test(test_sector_list_of_the_topic),
        cmocka_unit_test(test_sector_list_closed_by_count),
        cmocka_unit_test(test_topic_cue_keeps_to_its_clause),
        cmocka_unit_test(test_programme_develops_only_as_subject),
        cmocka_unit_test(test_policy_named_by_its_sector),
        cmocka_unit_test(test_entry_rules_named_by_their_sector),
        cmocka_unit_test(test_place_described_as_a_hub),
        cmocka_unit_test(test_sector_described_as_the_places_own),
        cmocka_unit_test(test_place_of_sector_firms),
        cmocka_unit_test(test_plant_and_capacity_products),
        cmocka_unit_test(test_counted_machines),
        cmocka_unit_test(test_decimal_in_name),
        cmocka_unit_test(test_model_products),
        cmocka_unit_test(test_led_models),
        cmocka_unit_test(test_clause_words_end_products),
        cmocka_unit_test(test_ordinal_plants),
        cmocka_unit_test(test_market_names_product),
        cmocka_unit_test(test_product_list_item_amount),
        cmocka_unit_test(test_making_qualifies),
        cmocka_unit_test(test_kabushiki_kaisha_ends_a_firm),
        cmocka_unit_test(test_country_and_firm_word_is_a_kind),
        cmocka_unit_test(test_each_of_a_kind_is_no_name),
        cmocka_unit_test(test_listed_partners),
        cmocka_unit_test(test_firm_name_begins_at_its_division),
        cmocka_unit_test(test_bought_firm_is_a_partner),
        cmocka_unit_test(test_latin_firm_name),
        cmocka_unit_test(test_described_latin_firm),
        cmocka_unit_test(test_committee_before_post),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
