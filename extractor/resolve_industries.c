/*
 * resolve_industries.c - industries and products among the candidates:
 * known industries side by side joined (工程机械|装备制造), an industry
 * that qualifies a noun (物流|成本) or that the news writes as an ordinary
 * word (农业结构) dropped, unless a sector frame names it as a sector; a
 * product closed as a sector (民用飞机产业) names the sector, and a known
 * product widens to the longer product the article writes.
 */
#include "resolve_internal.h"

#include <stdlib.h>
#include <string.h>

/* 工程机械|装备制造, 机械|装备制造业, LED|装备制造: known industries side by
 * side name one sector; reading them apart cuts the name. */
void resolve_join_industries(const lexicon *lx, const text_view *t, cand_list *cands)
{
    for (size_t i = 0; i < cands->n; i++) {
        if (cands->items[i].cls != CNKG_INDUSTRY)
            continue;
        for (size_t k = 0; k < cands->n; k++) {
            const cand *a = &cands->items[i], *b = &cands->items[k];
            if (b->cls != CNKG_INDUSTRY || b->source != SRC_GAZETTEER || b->begin != a->end ||
                b->end - a->begin > 12)
                continue;
            int known = 0;
            for (size_t j = 0; j < cands->n && !known; j++)
                known = cands->items[j].cls == CNKG_INDUSTRY && cands->items[j].begin <= a->begin &&
                        cands->items[j].end >= b->end;
            /* 新能源|动力电池产业: the sector is named without 产业 */
            size_t end = b->end - text_match_list_ending(t->cps, b->end, &lx->topic_tail);
            if (!known && end > b->begin)
                cand_add(cands, a->begin, end, CNKG_INDUSTRY, NULL, SRC_RULE, 3);
        }
    }
}

/* 澳门|中医药|产业: a known name with a sector word (医药产业) that begins
 * inside a longer known industry ending where the word begins (中医药) cuts
 * that name; the word is no part of either. */
void resolve_prefer_name_before_tail(const lexicon *lx, const text_view *t, cand_list *cands)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *a = &cands->items[i];
        size_t tail = a->cls == CNKG_INDUSTRY && a->source == SRC_GAZETTEER
                          ? text_match_list_ending(t->cps, a->end, &lx->topic_tail)
                          : 0;
        if (!tail || a->end - tail <= a->begin)
            continue;
        for (size_t k = 0; k < cands->n && !a->dropped; k++) {
            const cand *b = &cands->items[k];
            a->dropped = b->cls == CNKG_INDUSTRY && b->source == SRC_GAZETTEER && !b->dropped &&
                         b->begin < a->begin && b->end == a->end - tail;
        }
    }
}

/* Does a company's name end at pos? */
static int firm_before(const cand_list *cands, const cand_index *x, size_t pos)
{
    for (size_t p = pos > x->longest ? pos - x->longest : 0; p <= pos && p < x->n_at; p++)
        for (size_t k = x->at[p]; k != NO_CAND; k = x->next[k])
            if (cands->items[k].cls == CNKG_COMPANY && cands->items[k].end == pos)
                return 1;
    return 0;
}

/* Does a longer live name of a class for which is_holder says yes hold
 * [b, e)? x files the names by where they begin. */
static int held_by(const cand_list *cands, const cand_index *x, size_t b, size_t e,
                   int (*is_holder)(cnkg_class))
{
    for (size_t q = e > x->longest ? e - x->longest : 0; q <= b && q < x->n_at; q++)
        for (size_t k = x->at[q]; k != NO_CAND; k = x->next[k]) {
            const cand *o = &cands->items[k];
            if (!o->dropped && is_holder(o->cls) && o->begin <= b && e <= o->end &&
                o->end - o->begin > e - b)
                return 1;
        }
    return 0;
}

static int is_programme_class(cnkg_class c)
{
    return c == CNKG_PROGRAM;
}

/* Does a programme's name hold [b, e) (国家|新材料|产业基地)? */
static int inside_programme(const cand_list *cands, const cand_index *x, size_t b, size_t e)
{
    return held_by(cands, x, b, e, is_programme_class);
}

/* 物流|成本, 航运物流|枢纽, 电池|工厂: an industry right before a noun it
 * qualifies speaks of that thing, not of the sector; but after a firm's
 * name (比亚迪|动力电池|基地) it is the firm's trade, and in a designation
 * (国家新材料产业基地) the sector the place is named for. */
void resolve_drop_qualifying_industries(const lexicon *lx, const text_view *t, cand_list *cands)
{
    cand_index x;
    cand_index_file_all(&x, cands);
    for (size_t i = 0; i < cands->n; i++) {
        const cand *c = &cands->items[i];
        if (c->cls != CNKG_INDUSTRY || !text_match_list(t->cps, t->n, c->end, &lx->industry_head) ||
            firm_before(cands, &x, c->begin) || inside_programme(cands, &x, c->begin, c->end))
            continue;
        /* and the shorter industries inside it (冷链|物流|基地) */
        for (size_t k = 0; k < cands->n; k++) {
            cand *o = &cands->items[k];
            if (o->cls == CNKG_INDUSTRY && c->begin <= o->begin && o->end <= c->end)
                o->dropped = 1;
        }
    }
    cand_index_free(&x);
}

static int is_trade_holder_class(cnkg_class c)
{
    return c == CNKG_COMPANY || c == CNKG_ORGANIZATION || c == CNKG_PROJECT ||
           c == CNKG_INDUSTRIAL_PARK;
}

/* Does a longer name of a body, park or project hold [b, e)
 * (阜宁|稀土|实业有限公司, 长江|稀土|冶炼厂)? The industry there is its trade. */
static int inside_name(const cand_list *cands, const cand_index *x, size_t b, size_t e)
{
    return held_by(cands, x, b, e, is_trade_holder_class);
}

static int is_site_class(cnkg_class c)
{
    return c == CNKG_PROJECT || c == CNKG_INDUSTRIAL_PARK;
}

/* Does a longer name of a project or park hold [b, e) (抚顺|石化|新城)? */
static int inside_site_name(const cand_list *cands, const cand_index *x, size_t b, size_t e)
{
    return held_by(cands, x, b, e, is_site_class);
}

/* The length of the word that joins list items at p: 、 or a conjunction
 * (kg:conjunction: 和, 及, 与, 以及); 0 if none. */
size_t resolve_list_joiner_at(const lexicon *lx, const text_view *t, size_t p)
{
    if (p >= t->n)
        return 0;
    return t->cps[p] == 0x3001 ? 1 : text_match_list(t->cps, t->n, p, &lx->conjunction);
}

/* Does another industry's name begin at p, after words that do not join it
 * to pos in a list (金融|整顿影响|家电行业, not 电机、|汽车行业 or 5G+|工业
 * 互联网产业)? The sector tail after it is that industry's. (scripts/gen-
 * common-industries.py counts frames without this check: a few more.) */
static int other_industry_at(const lexicon *lx, const cand_list *cands, const cand_index *x,
                             const text_view *t, size_t pos, size_t p)
{
    if (!cands)
        return 0;
    size_t q = pos;
    while (q < p) {
        size_t m = resolve_list_joiner_at(lx, t, q);
        if (!m && (t->cps[q] == '+' || t->cps[q] == 0xFF0B))
            m = 1; /* 5G+工业互联网 */
        if (!m)
            break;
        q += m;
    }
    if (q >= p)
        return 0;
    int found = 0; /* those that hold p begin less than the longest before it */
    for (size_t b = p >= x->longest ? p + 1 - x->longest : 0; b <= p && b < x->n_at; b++)
        for (size_t k = x->at[b]; k != NO_CAND; k = x->next[k]) {
            const cand *o = &cands->items[k];
            if (o->cls != CNKG_INDUSTRY || o->end <= p || o->begin > p)
                continue;
            if (o->begin < p && o->begin >= pos)
                return 0; /* 海洋|电子信息: inside a longer name begun after pos */
            found |= o->begin == p;
        }
    return found;
}

/* The end of an industry's name that begins at p, joined to the list that
 * ends at pos (汽车|、电子信息), or 0. */
static size_t joined_industry_end(const lexicon *lx, const cand_list *cands, const cand_index *x,
                                  const text_view *t, size_t pos, size_t p)
{
    if (!cands || p == pos || other_industry_at(lx, cands, x, t, pos, p))
        return 0;
    size_t end = 0;
    for (size_t k = p < x->n_at ? x->at[p] : NO_CAND; k != NO_CAND; k = x->next[k]) {
        const cand *o = &cands->items[k];
        if (o->cls == CNKG_INDUSTRY && !o->dropped && o->begin == p && o->end > end)
            end = o->end;
    }
    return end;
}

/* A sector tail within a few characters of pos, in its clause, and not
 * another industry's? The few characters count from the end of the list
 * pos ends an item of (以汽车、电子信息为主导的产业: 电子信息 is no distance). */
static int sector_tail_near(const lexicon *lx, const text_view *t, const cand_list *cands,
                            const cand_index *x, size_t pos)
{
    enum { NEAR = 8 };
    size_t from = pos;
    for (size_t p = pos; p < t->n && p <= from + NEAR && !text_is_clause_break(t->cps[p]); p++) {
        if (other_industry_at(lx, cands, x, t, from, p))
            return 0;
        if (text_match_list(t->cps, t->n, p, &lx->sector_tail))
            return 1;
        size_t end = joined_industry_end(lx, cands, x, t, from, p);
        if (end > from)
            from = end; /* the tail may stand inside it (汽车|行业) */
    }
    return 0;
}

/* Just past the 等 that closes, within its clause, the list a name ending
 * at end belongs to (电机、汽车|等), or 0. */
static size_t list_close_after(const text_view *t, size_t end)
{
    enum { WINDOW = 40 }; /* as scripts/gen-common-industries.py counts */
    for (size_t p = end; p < t->n && p - end < WINDOW && !text_is_clause_break(t->cps[p]); p++)
        if (t->cps[p] == 0x7B49 /* 等 */)
            return p + 1;
    return 0;
}

/* Does a known industry that the news does not write as an ordinary word
 * begin at p (等|新一代信息技术)? */
static int plain_industry_at(const lexicon *lx, const text_view *t, const cand_list *cands,
                             const cand_index *x, size_t p)
{
    for (size_t k = p < x->n_at ? x->at[p] : NO_CAND; k != NO_CAND; k = x->next[k]) {
        const cand *o = &cands->items[k];
        if (o->cls == CNKG_INDUSTRY && !o->dropped && o->begin == p &&
            !text_list_holds(&lx->common_industry, t->cps, o->begin, o->end))
            return 1;
    }
    return 0;
}

/* Is the industry that ends at end in a sector frame: right before a sector
 * word (汽车|企业, 建筑|业) or a hub's (kg:hubWord: 茶叶|大市), a sector tail
 * close after it (兼营房地产|的大型企业), or a list of its clause closed by 等 and a sector tail
 * (电机、汽车|等 多个领域) or by 等 and the wider sector its items belong to (云计算、大数据|
 * 等新一代信息技术)? Not 优化能源结构、改善大气环境、促进石化企业发展: the
 * tail there closes no list. */
int resolve_sector_frame(const lexicon *lx, const text_view *t, const cand_list *cands,
                         const cand_index *x, size_t end)
{
    if (text_match_list(t->cps, t->n, end, &lx->sector_word) ||
        sector_tail_near(lx, t, cands, x, end))
        return 1;
    if (text_match_list(t->cps, t->n, end, &lx->hub_word))
        return 1;
    size_t after = list_close_after(t, end);
    /* 等清洁能源产业: the list's */
    return after && (sector_tail_near(lx, t, NULL, NULL, after) ||
                     plain_industry_at(lx, t, cands, x, after));
}

/* 发展|乡村旅游, 大力发展|白酒, 主营|食用油: is the name that begins at begin
 * the object of a verb that develops a sector or says a firm's trade
 * (kg:cue of kg:developsIndustry or kg:inIndustry, two characters or
 * more, not a sector's own word: 行业, 领域)? */
static int developed(const lexicon *lx, const text_view *t, size_t begin)
{
    if (text_match_list_ending(t->cps, begin, &lx->cue[CNKG_DEVELOPS_INDUSTRY]) >= 2)
        return 1;
    size_t w = text_match_list_ending(t->cps, begin, &lx->cue[CNKG_IN_INDUSTRY]);
    return w >= 2 && !text_match_list_ending(t->cps, begin, &lx->sector_tail);
}

/* 美国零售|巨头|沃尔玛公司: is the industry that ends at end followed by a
 * word for a firm (kg:genericTerm of kg:Company) and the firm it describes?
 * It is the firm's sector (relations.c reads it so). */
static int describes_firm(const lexicon *lx, const text_view *t, const cand_list *cands,
                          const cand_index *x, size_t end)
{
    size_t w = text_match_list(t->cps, t->n, end, &lx->generic[CNKG_COMPANY]);
    if (!w || lexicon_firm_word_ending(lx, t->cps, t->n, end + w) != w)
        return 0;
    size_t b = end + w;
    for (size_t k = b < x->n_at ? x->at[b] : NO_CAND; k != NO_CAND; k = x->next[k])
        if (!cands->items[k].dropped && cands->items[k].cls == CNKG_COMPANY &&
            cands->items[k].begin == end + w)
            return 1;
    return 0;
}

static int is_naming_class(cnkg_class c)
{
    return c != CNKG_INDUSTRY && c != CNKG_PRODUCT;
}

/* Does a longer name of any kind but an industry's or a product's hold
 * [b, e) (国家|能源|局, 山东|能源|集团)? */
static int inside_any_name(const cand_list *cands, const cand_index *x, size_t b, size_t e)
{
    return held_by(cands, x, b, e, is_naming_class);
}

/* Does the story write the industry of c (its term) outside names too
 * (核电|站 beside 广东|核电|集团), in a sector frame or not? */
int resolve_industry_written_elsewhere(const cand_list *cands, const cand_index *x, const cand *c)
{
    for (size_t k = 0; k < cands->n; k++) {
        const cand *o = &cands->items[k];
        if (o != c && o->cls == CNKG_INDUSTRY && o->term == c->term &&
            !inside_any_name(cands, x, o->begin, o->end))
            return 1;
    }
    return 0;
}

/* 农业结构, 优化能源结构, 汽车外板, 金融、物流、仓储等各类资源: an industry
 * name that the news mostly writes as an ordinary word (common-industries.ttl,
 * counted in the corpus) names the sector only in a sector frame, or as the
 * trade in a programme's, a project's or a park's name. Inside a firm's or
 * body's name (山东|能源|集团, 南都|能源|科技有限公司) it is the firm's trade
 * only when the story writes that sector outside such names too; alone
 * there it is part of the name, and the gold has no such sector. */
void resolve_drop_common_industries(const lexicon *lx, const text_view *t, cand_list *cands)
{
    cand_index x;
    cand_index_file_all(&x, cands);
    char *inside = cnkg_xcalloc(cands->n + 1, 1);
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->cls != CNKG_INDUSTRY || c->source != SRC_GAZETTEER ||
            !text_list_holds(&lx->common_industry, t->cps, c->begin, c->end) ||
            resolve_sector_frame(lx, t, cands, &x, c->end) || developed(lx, t, c->begin) ||
            firm_before(cands, &x, c->begin) || describes_firm(lx, t, cands, &x, c->end) ||
            inside_programme(cands, &x, c->begin, c->end) ||
            inside_site_name(cands, &x, c->begin, c->end))
            continue;
        if (inside_name(cands, &x, c->begin, c->end))
            inside[i] = 1;
        else
            c->dropped = 1;
    }
    /* decided after the pass: the others' frames do not depend on these */
    for (size_t i = 0; i < cands->n; i++)
        if (inside[i] && !resolve_industry_written_elsewhere(cands, &x, &cands->items[i]))
            cands->items[i].dropped = 1;
    free(inside);
    cand_index_free(&x);
}

/* Is the name that ends at end named as a sector by what closes it: a
 * sector tail right after it (民用飞机|产业) or after the 等 that closes its
 * list (飞机、直升机、无人机等|产业)? A tail further on is another word's
 * (洗衣机生产|企业, 受到青睐已成为|产业趋势). */
static int sector_closes(const lexicon *lx, const text_view *t, size_t end)
{
    size_t after = list_close_after(t, end);
    return text_match_list(t->cps, t->n, end, &lx->sector_tail) ||
           (after && text_match_list(t->cps, t->n, after, &lx->sector_tail));
}

/* 民用飞机产业, 飞机、直升机、无人机等产业: a known product (products.ttl)
 * closed as a sector names the sector, not the thing made: the context
 * decides the class, as it does for industries listed beside products. */
void resolve_industries_of_framed_products(const lexicon *lx, const text_view *t, cand_list *cands)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->cls == CNKG_PRODUCT && c->source == SRC_GAZETTEER && sector_closes(lx, t, c->end)) {
            c->cls = CNKG_INDUSTRY;
            c->term = NULL;
        }
    }
}

/* 生产折叠屏智能手机 … 门店里的折叠屏智能手机: a known product (智能手机)
 * written as the tail of a longer product the article names elsewhere (a
 * rule found it after 生产) is a mention of that longer one, not of the
 * short word. */
void resolve_widen_known_products(const text_view *t, cand_list *cands)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->dropped || c->cls != CNKG_PRODUCT || c->source != SRC_GAZETTEER)
            continue;
        size_t len = c->end - c->begin;
        for (size_t k = 0; k < cands->n; k++) {
            const cand *o = &cands->items[k];
            size_t olen = o->end - o->begin;
            if (o->dropped || o->cls != CNKG_PRODUCT || olen <= len || olen - len > c->begin ||
                memcmp(t->cps + o->end - len, t->cps + c->begin, len * sizeof *t->cps) ||
                memcmp(t->cps + o->begin, t->cps + c->begin - (olen - len), olen * sizeof *t->cps))
                continue;
            c->begin -= olen - len;
            c->term = NULL;
            c->source = o->source;
            break;
        }
    }
}
