/*
 * relations_structure.c - facts a name states by itself: 荣昌|高新区 (park
 * locatedIn division), 江西|光速电子 (company originFrom division),
 * 比亚迪|动力电池基地 (company operates project), 巴南区|麻柳嘴镇
 * (locatedIn), 阜宁|稀土|实业有限公司 (inIndustry), a project's product
 * and industry in its name.
 */
#include "relations_internal.h"

/* Does the industry end a company's name inside outer (青岛啤酒|揭阳公司)? */
static int ends_inner_company(const sentence_ctx *c, const slot *outer, const slot *industry)
{
    for (size_t i = 0; i < c->n; i++) {
        const slot *s = &c->slots[i];
        if (s->cls == CNKG_COMPANY && s != outer && s->begin >= outer->begin &&
            s->end == industry->end)
            return 1;
    }
    return 0;
}

/* Does only a firm's suffix follow inner in outer's name (青岛啤酒|揭阳|公司)? */
static int place_before_suffix(const sentence_ctx *c, const slot *outer, const slot *inner)
{
    size_t len = text_match_list(c->t->cps, outer->end, inner->end, &c->lx->suffix[CNKG_COMPANY]);
    return len && inner->end + len == outer->end;
}

/* Is inner part of a firm's name that opens outer (青岛啤酒|年产…项目)? */
static int in_head_company(const sentence_ctx *c, const slot *outer, const slot *inner)
{
    for (size_t i = 0; i < c->n; i++) {
        const slot *s = &c->slots[i];
        if (s != outer && s->cls == CNKG_COMPANY && s->begin == outer->begin &&
            s->end > inner->end && s->end < outer->end)
            return 1;
    }
    return 0;
}

/* Does a firm's name open outer's, a project's, and end where inner begins
 * (鞍钢|莆田|冷轧项目)? Or a park's suffix end there in a park's name
 * (福建自贸试验区|厦门|片区)? */
static int after_head_name(const sentence_ctx *c, const slot *outer, const slot *inner)
{
    if (outer->cls == CNKG_INDUSTRIAL_PARK)
        return lexicon_is_park_area(c->lx, c->t->cps, outer->begin, inner->begin);
    for (size_t i = 0; outer->cls == CNKG_PROJECT && i < c->n; i++) {
        const slot *s = &c->slots[i];
        if (s != outer && s->cls == CNKG_COMPANY && s->begin == outer->begin &&
            s->end == inner->begin)
            return 1;
    }
    return 0;
}

/* Does inner follow a chain of divisions that opens outer's name (重庆|荣昌|
 * 电子电路产业园, 宁波|舟山|港), not opening it itself? */
static int chained_division(const sentence_ctx *c, const slot *outer, const slot *inner)
{
    size_t pos = outer->begin;
    for (int found = 1; found && pos < inner->begin;) {
        found = 0;
        for (size_t k = 0; k < c->n && !found; k++) {
            const slot *d = &c->slots[k];
            if (d != outer && d->begin == pos && d->end < outer->end &&
                d->cls == CNKG_ADMINISTRATIVE_DIVISION) {
                pos = d->end;
                found = 1;
            }
        }
    }
    return pos == inner->begin && pos > outer->begin;
}

/* Does a park's name open outer's (涪陵高新区|管委会)? */
static int park_opens(const sentence_ctx *c, const slot *outer)
{
    for (size_t i = 0; i < c->n; i++)
        if (c->slots[i].cls == CNKG_INDUSTRIAL_PARK && c->slots[i].begin == outer->begin &&
            c->slots[i].end < outer->end)
            return 1;
    return 0;
}

/* Is the article's mention m inside a longer one? */
static int mention_nested(const cnkg_article *a, size_t m)
{
    cnkg_span s = a->mentions[m].span;
    for (size_t i = 0; i < a->n_mentions; i++) {
        cnkg_span o = a->mentions[i].span;
        if (i != m && o.begin <= s.begin && s.end <= o.end && o.end - o.begin > s.end - s.begin)
            return 1;
    }
    return 0;
}

/* Is the firm known, or named with a firm's word (kg:nameSuffix)? */
static int firm_named_as_such(const sentence_ctx *c, const slot *firm)
{
    return c->a->entities[firm->entity].iri ||
           text_match_list_ending(c->t->cps, firm->end, &c->lx->suffix[CNKG_COMPANY]);
}

/* Is the firm that opens a project's name a firm of its own: known, named
 * with a firm's word, or named somewhere outside a longer name? Not the
 * head of a name read as a firm only there (金井|风电场项目, 特种|光电复合
 * 海底电缆项目): a place or a word of the project's name. */
static int firm_stands_alone(const sentence_ctx *c, const slot *firm)
{
    if (firm_named_as_such(c, firm))
        return 1;
    for (size_t i = 0; i < c->a->n_mentions; i++)
        if (c->a->mentions[i].entity == firm->entity && !mention_nested(c->a, i))
            return 1;
    return 0;
}

/* A division inside a name (outer): where the thing named stands, what a
 * firm is of, whose plan it is. */
static void structure_division_in_name(sentence_ctx *c, const slot *outer, const slot *inner)
{
    int head = inner->begin == outer->begin;
    cnkg_class oc = outer->cls;
    /* 重庆荣昌电子电路产业园: a park, project, body or place stands in each
     * division of the chain its name opens with, the parent kept beside the
     * finer place (named: reduce_located keeps both) */
    if (!head &&
        (BIT(oc) & (BIT(CNKG_INDUSTRIAL_PARK) | BIT(CNKG_PROJECT) | BIT(CNKG_GOVERNMENT_AGENCY) |
                    BIT(CNKG_PLACE) | BIT(CNKG_EVENT))) &&
        chained_division(c, outer, inner) && !in_head_company(c, outer, inner)) {
        relations_fact(c, outer->entity, CNKG_LOCATED_IN, inner->entity);
        relations_named_add(c->named, outer->entity, inner->entity);
        return;
    }
    /* 海尔(天津)市场创新产业园区, 中国(深圳)国际文化产业博览会: a division
     * in brackets inside the name of a park, project, body, place or event
     * is where it stands, as 格力电器(重庆)有限公司 below is the firm's */
    if (!head && inner->end < outer->end &&
        (BIT(oc) & (BIT(CNKG_INDUSTRIAL_PARK) | BIT(CNKG_PROJECT) | BIT(CNKG_GOVERNMENT_AGENCY) |
                    BIT(CNKG_PLACE) | BIT(CNKG_EVENT))) &&
        text_is_open_paren(c->t->cps[inner->begin - 1]) &&
        text_is_close_paren(c->t->cps[inner->end])) {
        relations_fact(c, outer->entity, CNKG_LOCATED_IN, inner->entity);
        relations_named_add(c->named, outer->entity, inner->entity);
        return;
    }
    /* 湖南|湘潭|钢铁集团: a firm is of each division of the chain its name
     * opens with, as of the first (江西|光速电子); only a name that goes on
     * to a firm's word (kg:nameSuffix), not two places read as one name */
    if (!head && oc == CNKG_COMPANY && chained_division(c, outer, inner) &&
        inner->end < outer->end &&
        text_match_list_ending(c->t->cps, outer->end, &c->lx->suffix[CNKG_COMPANY]))
        relations_fact(c, outer->entity, CNKG_ORIGIN_FROM, inner->entity);
    /* 西部|先进材料研究院: a region in a name is a word of it, not its place */
    if (head) {
        /* 江西日报, 江西理工大学: a body's name says whom it serves, not where
         * it is; a park's, agency's or project's says where */
        if (oc == CNKG_COMPANY)
            relations_fact(c, outer->entity, CNKG_ORIGIN_FROM, inner->entity);
        else if (oc == CNKG_PROGRAM) {
            /* 河北省…工作方案, 天津市十二五规划: a place's own plan, not a
             * title it holds (广东省LED产业基地) nor one letter (新|发展格局) */
            size_t words = text_before_bracket(c->t->cps, outer->begin, outer->end);
            if (inner->end - inner->begin >= 2 &&
                text_match_list_ending(c->t->cps, words, &c->lx->policy_tail))
                relations_fact(c, inner->entity, CNKG_IMPLEMENTS, outer->entity);
        } else if (in_head_company(c, outer, inner)) {
            /* 青岛|啤酒|揭阳项目: the place is the brand's, not the project's */
        } else if (oc != CNKG_INDUSTRY && oc != CNKG_PERSON && oc != CNKG_PRODUCT &&
                   (oc != CNKG_ORGANIZATION ||
                    text_match_list_ending(c->t->cps, outer->end, &c->lx->sited_body))) {
            /* 湖北省|化学研究院, 南京|紫金山实验室: a laboratory, institute or
             * centre (kg:sitedBody) is named by where it works */
            relations_fact(c, outer->entity, CNKG_LOCATED_IN, inner->entity);
            if (!park_opens(c, outer)) /* 涪陵|高新区|管委会: the park's prefix */
                relations_named_add(c->named, outer->entity, inner->entity);
        }
    } else if (!head && oc == CNKG_COMPANY &&
               (text_is_open_paren(c->t->cps[inner->begin - 1]) ||
                place_before_suffix(c, outer, inner))) {
        /* 格力电器(重庆)有限公司, 青岛啤酒|揭阳|公司: a firm's branch named by
         * its place is of that place and stands there */
        relations_fact(c, outer->entity, CNKG_ORIGIN_FROM, inner->entity);
        relations_fact(c, outer->entity, CNKG_LOCATED_IN, inner->entity);
    } else if (!head && after_head_name(c, outer, inner)) {
        /* 鞍钢莆田100万吨冷轧项目, 福建自贸试验区厦门片区: the firm's project,
         * the park's area, in that place */
        relations_fact(c, outer->entity, CNKG_LOCATED_IN, inner->entity);
        relations_named_add(c->named, outer->entity, inner->entity);
    }
}

/* A name inside a name: the park a thing is named by, a firm's project,
 * the sector of a trade body, of a plan or of a firm. */
static void structure_name_in_name(sentence_ctx *c, const slot *outer, const slot *inner)
{
    int head = inner->begin == outer->begin;
    cnkg_class oc = outer->cls, ic = inner->cls;
    if (head && ic == CNKG_INDUSTRIAL_PARK && oc != CNKG_INDUSTRY) {
        relations_fact(c, outer->entity, CNKG_LOCATED_IN, inner->entity);
    } else if (head && ic == CNKG_COMPANY && oc == CNKG_PROJECT && firm_stands_alone(c, inner)) {
        relations_fact(c, inner->entity, CNKG_OPERATES, outer->entity);
    } else if (ic == CNKG_INDUSTRY && oc == CNKG_ORGANIZATION &&
               lexicon_is_trade_body(c->lx, c->t->cps, inner->begin, inner->end, outer->end)) {
        /* 山东省医药行业协会, 中国太阳能热利用产业协会: a trade's own body */
        relations_fact(c, outer->entity, CNKG_IN_INDUSTRY, inner->entity);
    } else if (ic == CNKG_INDUSTRY && oc == CNKG_PROGRAM && inner->end < outer->end &&
               text_match_list(c->t->cps, outer->end, inner->end, &c->lx->suffix[CNKG_INDUSTRY])) {
        /* 橡胶|行业“十二五”发展规划, 轮胎|产业政策: a plan for a sector */
        relations_fact(c, outer->entity, CNKG_DEVELOPS_INDUSTRY, inner->entity);
    } else if (ic == CNKG_INDUSTRY && oc == CNKG_COMPANY && !head &&
               inner->end - inner->begin >= 2 && inner->end < outer->end &&
               !ends_inner_company(c, outer, inner)) {
        /* 阜宁|稀土|实业有限公司: a firm's name says its sector, after the
         * firm's own word. Not one character (中|铝), nor a sector that ends
         * a firm's name (长安汽车, 青岛啤酒|揭阳公司: a brand more than a
         * trade), nor a name that is a sector and a suffix (LED工业) */
        relations_fact(c, outer->entity, CNKG_IN_INDUSTRY, inner->entity);
    }
}

static void structure_pair(sentence_ctx *c, const slot *outer, const slot *inner)
{
    if (inner->cls == CNKG_ADMINISTRATIVE_DIVISION)
        structure_division_in_name(c, outer, inner);
    else
        structure_name_in_name(c, outer, inner);
}

/* Company then industry inside one name (比亚迪|动力电池|基地) */
static void structure_company_industry(sentence_ctx *c, const slot *outer)
{
    for (size_t i = 0; i < c->n; i++) {
        const slot *co = &c->slots[i];
        if (co->cls != CNKG_COMPANY || co->begin < outer->begin || co->end > outer->end)
            continue;
        for (size_t k = 0; k < c->n; k++) {
            const slot *in = &c->slots[k];
            if (in->cls == CNKG_INDUSTRY && in->begin == co->end && in->end <= outer->end)
                relations_fact(c, co->entity, CNKG_IN_INDUSTRY, in->entity);
        }
    }
}

/* Is [p, end) nothing but project words (生产线, 生产线|项目)? */
static int project_words(const sentence_ctx *c, size_t p, size_t end)
{
    while (p < end) {
        size_t len = text_match_list(c->t->cps, end, p, &c->lx->suffix[CNKG_PROJECT]);
        if (!len)
            return 0;
        p += len;
    }
    return 1;
}

/* Do project words end the name right after the product, with at most a
 * verb of making (风电主机|制造|基地) or a second thing made (变频电机|及控制
 * 系统|项目) before them? Not where the product is what the plant makes
 * something of (煤经甲醇|制烯烃项目) or what a campaign spreads (节能灯|推广
 * 项目). */
static int names_its_product(const sentence_ctx *c, const slot *project, const slot *product)
{
    enum { MAX_SECOND = 6 };
    size_t p = product->end, end = project->end;
    if (p == end)
        return 1; /* 华峰己二酸等项目: the list's word is the project's */
    size_t verb = text_match_list(c->t->cps, end, p, &c->lx->cue[CNKG_PRODUCES]);
    if (project_words(c, p, end) || (verb && p + verb < end && project_words(c, p + verb, end)))
        return 1;
    size_t conj = text_match_list(c->t->cps, end, p, &c->lx->conjunction);
    for (size_t q = p + conj + 1; conj && q < end && q <= p + conj + MAX_SECOND; q++)
        if (text_match_list_ending(c->t->cps, q, &c->lx->suffix[CNKG_PRODUCT]) &&
            project_words(c, q, end))
            return 1;
    return 0;
}

/* 年产500万台洗衣机技改项目, 风电主机制造基地: a project named by a product
 * makes it. Only the longest product in the name (滚筒洗衣机, not its
 * 洗衣机). */
static void structure_project_product(sentence_ctx *c, const slot *project)
{
    for (size_t k = 0; k < c->n; k++) {
        const slot *in = &c->slots[k];
        if (in->cls != CNKG_PRODUCT || in->begin < project->begin || in->end > project->end ||
            in->end - in->begin >= project->end - project->begin ||
            !names_its_product(c, project, in))
            continue;
        int longest = 1;
        for (size_t j = 0; j < c->n && longest; j++) {
            const slot *o = &c->slots[j];
            longest = !(j != k && o->cls == CNKG_PRODUCT && o->begin <= in->begin &&
                        in->end <= o->end && o->end - o->begin > in->end - in->begin &&
                        o->end - o->begin < project->end - project->begin);
        }
        if (longest)
            relations_fact(c, project->entity, CNKG_PRODUCES, in->entity);
    }
}

/* LED封装项目, LED工业项目, 半导体照明光源产业化项目: a project whose name
 * opens with a sector and ends in project words, a word of industry
 * between at most (kg:projectSectorWord: 工业, 产业化), works in the
 * sector. Only the longest sector the name opens with. */
static void structure_project_industry(sentence_ctx *c, const slot *project)
{
    const slot *best = NULL;
    for (size_t k = 0; k < c->n; k++) {
        const slot *in = &c->slots[k];
        if (in->cls != CNKG_INDUSTRY || in->begin != project->begin || in->end >= project->end ||
            (best && best->end >= in->end))
            continue;
        size_t p = in->end,
               len = text_match_list(c->t->cps, project->end, p, &c->lx->project_sector_word);
        if (len && p + len < project->end && project_words(c, p + len, project->end))
            best = in;
    }
    if (best)
        relations_fact(c, project->entity, CNKG_IN_INDUSTRY, best->entity);
}

/* May child lie in parent? Yes when the gazetteer says so or knows
 * neither's place (a town it does not list); no when it gives child
 * another parent. */
static int within_known(const lexicon *lx, const cnkg_entity *child, const cnkg_entity *parent)
{
    if (!child->broader || !parent->iri)
        return 1;
    return relations_is_ancestor(lx, child, parent);
}

void relations_structure(sentence_ctx *c)
{
    for (size_t i = 0; i < c->n; i++) {
        const slot *o = &c->slots[i];
        for (size_t k = 0; k < c->n; k++) {
            const slot *in = &c->slots[k];
            if (k != i && o->begin <= in->begin && in->end <= o->end &&
                in->end - in->begin < o->end - o->begin)
                structure_pair(c, o, in);
            /* one span, a company and its project (万华化学等项目); not a
             * name that ends in a project's word itself (天津工厂, LED植物
             * 工厂): that is one thing read in two classes; nor a firm
             * neither known nor named with a firm's word (新能源、新医药
             * 等项目: sectors) */
            if (k != i && o->begin == in->begin && o->end == in->end && o->cls == CNKG_PROJECT &&
                in->cls == CNKG_COMPANY &&
                !text_match_list_ending(c->t->cps, o->end, &c->lx->suffix[CNKG_PROJECT]) &&
                firm_named_as_such(c, in))
                relations_fact(c, in->entity, CNKG_OPERATES, o->entity);
        }
        if (!o->inner)
            structure_company_industry(c, o);
        if (o->cls == CNKG_PROJECT) {
            structure_project_product(c, o);
            structure_project_industry(c, o);
        }
        /* 长沙|工程机械|产业集群: a place's cluster of a sector */
        for (size_t k = 0; k < c->n; k++) {
            const slot *in = &c->slots[k];
            if (in->begin == o->end && !o->inner && !in->inner &&
                (BIT(o->cls) & (PLACE | BIT(CNKG_INDUSTRIAL_PARK))) && in->cls == CNKG_INDUSTRY &&
                text_match_list(c->t->cps, c->span.end, in->end, &c->lx->cluster_word))
                relations_fact(c, o->entity, CNKG_DEVELOPS_INDUSTRY, in->entity);
        }
        /* 璧山区|比亚迪动力电池基地, 巴南区|麻柳嘴镇: a division right before */
        for (size_t k = 0; k < c->n; k++) {
            const slot *next = &c->slots[k];
            if (next->begin != o->end || !(BIT(o->cls) & PLACE))
                continue;
            if (next->cls == CNKG_ADMINISTRATIVE_DIVISION &&
                !within_known(c->lx, &c->a->entities[next->entity], &c->a->entities[o->entity]))
                continue; /* 宁波|舟山港: two cities side by side, not one in the other */
            if (next->cls == CNKG_ADMINISTRATIVE_DIVISION || next->cls == CNKG_PROJECT ||
                next->cls == CNKG_INDUSTRIAL_PARK || next->cls == CNKG_GOVERNMENT_AGENCY)
                relations_fact(c, next->entity, CNKG_LOCATED_IN, o->entity);
        }
    }
}
