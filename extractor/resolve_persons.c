/*
 * resolve_persons.c - persons' names: what a person's name may look like
 * (Han only, a surname and two or three characters), and a name cut short
 * (王锡|南表示) or run on (李民|发现) mended by the readings the article
 * makes of it elsewhere.
 */
#include "resolve_internal.h"

#include <string.h>

/* The labeller reads a person in any run of letters (URL letters, 宏齐 in
 * 台湾宏齐建设): a name is Han only, and no division's; a Chinese one begins with a surname, a
 * transliterated one is longer (卡斯特罗) or joined by · (菲利普·罗斯). */
int resolve_person_shaped(const lexicon *lx, const text_view *t, size_t b, size_t e)
{
    int dot = 0;
    for (size_t i = b; i < e; i++) {
        dot |= t->cps[i] == 0xB7 || t->cps[i] == 0x2022;
        if (!text_is_han(t->cps[i]) && t->cps[i] != 0xB7 && t->cps[i] != 0x2022)
            return 0;
    }
    /* 塞雷尼奥市, 米兰塞雷尼奥市: a long run that ends in a division's
     * suffix is the division, transliterated */
    if (e - b >= 4 && text_match_list_ending(t->cps, e, &lx->suffix[CNKG_ADMINISTRATIVE_DIVISION]))
        return 0;
    return dot || e - b >= 3 || text_match_list(t->cps, e, b, &lx->surname);
}

/* A Chinese name: a surname and two or three Han characters in all. */
int resolve_chinese_name(const lexicon *lx, const text_view *t, size_t b, size_t e)
{
    return e - b <= 3 && text_match_list(t->cps, e, b, &lx->surname) &&
           resolve_person_shaped(lx, t, b, e);
}

/* How many person readings in the article, but for those that begin at
 * except, spell the len characters at b. */
static size_t person_readings(const text_view *t, const cand_list *cands, size_t b, size_t len,
                              size_t except)
{
    size_t n = 0;
    for (size_t k = 0; k < cands->n; k++) {
        const cand *o = &cands->items[k];
        n += o->cls == CNKG_PERSON && !o->dropped && o->begin != except &&
             o->end - o->begin == len &&
             memcmp(t->cps + o->begin, t->cps + b, len * sizeof *t->cps) == 0;
    }
    return n;
}

/* 王锡|南表示: where a person's name read more than once elsewhere in the
 * article goes on past a shorter reading, the shorter one was cut from it.
 * (Read once, the longer one may be the cut: 薛良|率队.) */
void resolve_extend_cut_persons(const text_view *t, cand_list *cands)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->cls != CNKG_PERSON || c->dropped || c->end >= t->n || !text_is_han(t->cps[c->end]))
            continue;
        for (size_t k = 0; k < cands->n; k++) {
            const cand *o = &cands->items[k];
            size_t len = o->end - o->begin;
            if (o->cls != CNKG_PERSON || o->dropped || len <= c->end - c->begin ||
                c->begin + len > t->n ||
                memcmp(t->cps + o->begin, t->cps + c->begin, len * sizeof *t->cps) != 0 ||
                person_readings(t, cands, o->begin, len, (size_t)-1) < 2)
                continue;
            c->end = c->begin + len;
            break;
        }
    }
}

/* 总经理李民|发现…李民告诉记者: a three-character name read once whose first
 * two characters are a person read elsewhere in the article ran on into the
 * next word. */
void resolve_cut_run_on_persons(const text_view *t, cand_list *cands)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->cls == CNKG_PERSON && !c->dropped && c->source != SRC_GAZETTEER &&
            c->end - c->begin == 3 && !person_readings(t, cands, c->begin, 3, c->begin) &&
            person_readings(t, cands, c->begin, 2, c->begin))
            c->end = c->begin + 2;
    }
}
