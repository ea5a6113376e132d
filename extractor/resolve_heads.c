/*
 * resolve_heads.c - what opens a name: a district before a project
 * (璧山区|比亚迪动力电池基地) is where it stands, no part of its name; a
 * name from a short suffix whose head is a known industry or product
 * (新能源|汽车), a division before a region word that is a common noun
 * (浙江|地区), and a known industry word that is the suffix of a name found
 * by it (江西光速|电子) name no one of their own.
 */
#include "resolve_internal.h"

#include <string.h>

/* Does a known company open [b, e) past the division that ends at d
 * (青岛|啤酒: the place is part of the firm's name)? */
static int company_over(const cand_list *cands, size_t b, size_t d, size_t e)
{
    for (size_t k = 0; k < cands->n; k++) {
        const cand *o = &cands->items[k];
        if (o->cls == CNKG_COMPANY && o->source == SRC_GAZETTEER && o->begin == b && o->end > d &&
            o->end <= e)
            return 1;
    }
    return 0;
}

/* Does a firm of the story bear a name that begins as [b, e) does
 * (江苏恒锐精密|新厂区 after 江苏恒锐精密科技有限公司)? Then the division
 * opens the firm's name, not the project's. */
static int firm_named_so(const text_view *t, const cand_list *cands, size_t b, size_t e)
{
    for (size_t k = 0; k < cands->n; k++) {
        const cand *o = &cands->items[k];
        if (o->cls == CNKG_COMPANY && o->begin != b && o->end - o->begin >= e - b &&
            memcmp(t->cps + o->begin, t->cps + b, (e - b) * sizeof *t->cps) == 0)
            return 1;
    }
    return 0;
}

/* 璧山区比亚迪动力电池基地: the district is where the project stands, not
 * part of its name, so the project begins after it; unless the district
 * begins a firm's name (青岛啤酒年产…基地项目), or the project is built
 * works (kg:worksSuffix) that places name (枝江长江大桥, 西安至延安高铁).
 * A place written without its level word (kg:levelWord: 北京|数字经济算力
 * 中心, 天津|海吉星…物流园项目) is the short name the project carries,
 * unless a firm's name begins so. */
void resolve_trim_division_heads(const lexicon *lx, const text_view *t, cand_list *cands)
{
    size_t n = cands->n;
    for (size_t i = 0; i < n; i++) {
        cand *c = &cands->items[i];
        if (c->cls != CNKG_PROJECT || c->term ||
            text_match_list_ending(t->cps, c->end, &lx->works_suffix))
            continue;
        for (size_t k = 0; k < n; k++) {
            const cand *o = &cands->items[k];
            if (o->cls == CNKG_ADMINISTRATIVE_DIVISION && o->source == SRC_GAZETTEER &&
                o->begin == c->begin && o->end + 3 <= c->end &&
                (text_match_list_ending(t->cps, o->end, &lx->level_word) ||
                 firm_named_so(t, cands, c->begin, o->end + 1)) &&
                !company_over(cands, c->begin, o->end, c->end)) {
                c->begin = o->end;
                break;
            }
        }
    }
}

/* 新能源|汽车 is an industry, not a company called 新能源: a name from a
 * short suffix whose head is a known industry or product, or a generic
 * word, names no one. */
void resolve_drop_weak_heads(const lexicon *lx, const text_view *t, cand_list *cands)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->source != SRC_RULE || c->strength >= 3 || c->head_end >= c->end ||
            (c->cls != CNKG_COMPANY && c->cls != CNKG_ORGANIZATION))
            continue;
        for (int k = 0; k < CNKG_CLASS_COUNT && !c->dropped; k++)
            c->dropped = lexicon_is_generic(lx, (cnkg_class)k, t->cps, c->begin, c->head_end);
        for (size_t k = 0; k < cands->n && !c->dropped; k++) {
            const cand *g = &cands->items[k];
            c->dropped = g->source == SRC_GAZETTEER && g->begin == c->begin &&
                         g->end == c->head_end &&
                         (g->cls == CNKG_INDUSTRY || g->cls == CNKG_PRODUCT);
        }
    }
}

/* 浙江|地区, 四川|地区: a known division and a region's suffix that is also
 * a common noun (地区, 片区) speak of the division, which is the mention. */
void resolve_drop_division_regions(const lexicon *lx, const text_view *t, cand_list *cands)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->source != SRC_RULE || c->dropped || c->cls != CNKG_REGION)
            continue;
        size_t sfx = text_match_list_ending(t->cps, c->end, &lx->suffix[CNKG_REGION]);
        if (!sfx || sfx >= c->end - c->begin ||
            !lexicon_is_generic(lx, CNKG_REGION, t->cps, c->end - sfx, c->end))
            continue; /* 武汉|都市圈 is a region of its own */
        for (size_t k = 0; k < cands->n && !c->dropped; k++) {
            const cand *g = &cands->items[k];
            c->dropped = g->source == SRC_GAZETTEER && !g->dropped &&
                         g->cls == CNKG_ADMINISTRATIVE_DIVISION && g->begin == c->begin &&
                         g->end == c->end - sfx;
        }
    }
}

/* 江西光速|电子: a known industry word that is the suffix of a name found by
 * that suffix belongs to the name. */
void resolve_drop_name_suffix_terms(cand_list *cands)
{
    for (size_t i = 0; i < cands->n; i++) {
        const cand *c = &cands->items[i];
        if (c->source != SRC_RULE || c->dropped || c->head_end >= c->end ||
            (c->cls != CNKG_COMPANY && c->cls != CNKG_ORGANIZATION))
            continue;
        for (size_t k = 0; k < cands->n; k++) {
            cand *g = &cands->items[k];
            if (g->source == SRC_GAZETTEER && g->begin == c->head_end && g->end == c->end &&
                (g->cls == CNKG_INDUSTRY || g->cls == CNKG_PRODUCT))
                g->dropped = 1;
        }
    }
}
