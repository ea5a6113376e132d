/*
 * resolve_edges.c - the labeller's edges mended: a name never begins or
 * ends with a blank or a stray bracket, does not open inside a known name
 * whose rest it holds (mend_cut_openings), and does not open with a word
 * that never begins one (继|天津工厂, trim_labelled_openings).
 */
#include "resolve_internal.h"

#include <string.h>

static int is_blank(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == '\n';
}

static int is_paren(uint32_t cp)
{
    return text_is_open_paren(cp) || text_is_close_paren(cp);
}

/* Parentheses inside [b, e) that do not pair up. */
int resolve_unbalanced(const text_view *t, size_t b, size_t e)
{
    int depth = 0;
    for (size_t i = b; i < e; i++) {
        if (text_is_open_paren(t->cps[i]))
            depth++;
        else if (text_is_close_paren(t->cps[i]))
            depth--;
        if (depth < 0)
            return 1;
    }
    return depth != 0;
}

static int trims(const text_view *t, const cand *c, size_t i)
{
    uint32_t cp = t->cps[i];
    if (is_blank(cp))
        return 1;
    if (is_paren(cp))
        return resolve_unbalanced(t, c->begin, c->end);
    return text_is_punct(cp) && cp != 0xB7 && cp != '+' && cp != '-' && !text_is_skipped(cp);
}

/* The labeller may take a blank or a stray bracket into a name (记者 夏元,
 * 许静)): names never begin or end with one. */
void resolve_trim_blanks(const text_view *t, cand_list *cands)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        while (c->begin < c->end && trims(t, c, c->begin))
            c->begin++;
        while (c->end > c->begin && trims(t, c, c->end - 1))
            c->end--;
        if (c->head_end > c->end || c->head_end < c->begin)
            c->head_end = c->end;
        if (c->begin == c->end)
            c->dropped = 1;
    }
}

/* Does a known term (a division, a known firm) begin at p? */
static int term_at(const cand_list *cands, size_t p)
{
    for (size_t k = 0; k < cands->n; k++)
        if (cands->items[k].begin == p && cands->items[k].source == SRC_GAZETTEER)
            return 1;
    return 0;
}

/* term_at over the candidates filed in x. */
static int term_filed_at(const cand_list *cands, const cand_index *x, size_t p)
{
    for (size_t k = p < x->n_at ? x->at[p] : NO_CAND; k != NO_CAND; k = x->next[k])
        if (cands->items[k].source == SRC_GAZETTEER)
            return 1;
    return 0;
}

/* Is the known name o written elsewhere in the article than inside c? */
static int named_elsewhere(const text_view *t, const cand_list *cands, const cand *o, const cand *c)
{
    size_t len = o->end - o->begin;
    for (size_t k = 0; k < cands->n; k++) {
        const cand *w = &cands->items[k];
        if (w->source == SRC_GAZETTEER && w->end - w->begin == len &&
            (w->end <= c->begin || w->begin >= c->end) &&
            !memcmp(t->cps + w->begin, t->cps + o->begin, len * sizeof *t->cps))
            return 1;
    }
    return 0;
}

/* The known name (a division, a firm, a body; not an industry or a
 * product) that a labelled name closed by its class's suffix opens one or
 * two characters inside, and that ends inside it (出席|湘潭高新区管委会 read
 * as 潭高新区管委会); or NULL. Not where a known name begins at the
 * labeller's edge (其中|兴业银行: 中兴 crosses it by chance). */
static const cand *cut_known_name(const lexicon *lx, const text_view *t, const cand_list *cands,
                                  const cand_index *x, const cand *c)
{
    enum { CUT_MAX = 2 };
    if (!text_match_list_ending(t->cps, c->end, &lx->suffix[c->cls]) ||
        term_filed_at(cands, x, c->begin))
        return NULL;
    /* the first that begins furthest left, of those filed CUT_MAX or less
     * before c */
    for (size_t p = c->begin > CUT_MAX ? c->begin - CUT_MAX : 0; p < c->begin && p < x->n_at; p++) {
        size_t first = NO_CAND;
        for (size_t k = x->at[p]; k != NO_CAND; k = x->next[k]) {
            const cand *o = &cands->items[k];
            if (!o->dropped && o->source == SRC_GAZETTEER && o->cls != CNKG_INDUSTRY &&
                o->cls != CNKG_PRODUCT && o->end > c->begin && o->end <= c->end)
                first = k; /* filed in the list's order, walked backwards */
        }
        if (first != NO_CAND)
            return &cands->items[first];
    }
    return NULL;
}

/* Does a rule read a name of c's class that ends where c ends and begins
 * with a known name at or before b (甘肃省酒泉钢铁集团公司 around 泉钢铁集团公司;
 * not 比如日本丰田公司, which begins with a word)? */
static int rule_name_from(const cand_list *cands, const cand_index *x, const cand *c, size_t b)
{
    size_t from = c->end > x->longest ? c->end - x->longest : 0;
    for (size_t p = from; p <= b && p < x->n_at; p++)
        for (size_t k = x->at[p]; k != NO_CAND; k = x->next[k]) {
            const cand *o = &cands->items[k];
            if (!o->dropped && o->source == SRC_RULE && o->cls == c->cls && o->end == c->end &&
                term_filed_at(cands, x, o->begin))
                return 1;
        }
    return 0;
}

/* The labeller may open a name inside a known name whose rest it holds:
 * its left edge is wrong. A rule that reads the name from the known one's
 * start or further left has it whole; otherwise the name begins where the
 * known one does, when the article names that one elsewhere too (商|洛克希德,
 * 如|东方集团: a division there may cross a word by chance). The known
 * names and the rules' names are filed by where they begin (the labeller's,
 * which this moves, are asked nothing). */
void resolve_mend_cut_openings(const lexicon *lx, const text_view *t, cand_list *cands)
{
    cand_index x;
    cand_index_init(&x, cands);
    for (size_t i = 0; i < cands->n; i++)
        if (cands->items[i].source != SRC_LABELLER)
            cand_index_file(&x, cands, i);
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->dropped || c->source != SRC_LABELLER || c->cls == CNKG_PERSON)
            continue;
        const cand *o = cut_known_name(lx, t, cands, &x, c);
        if (!o)
            continue;
        if (rule_name_from(cands, &x, c, o->begin))
            c->dropped = 1;
        else if (named_elsewhere(t, cands, o, c))
            c->begin = o->begin;
    }
    cand_index_free(&x);
}

/* Where a labelled name should start: after a word that never begins one
 * (kg:boundaryWord) where it starts (继|天津工厂), or after the last word
 * of a firm's standing (kg:standingWord: 新设立|鞍钢集团公司, 中粮控股
 * 母公司|中粮集团) further in; in both cases right before a known name.
 * Other such words inside may join the words of a body's own name
 * (上海合作组织|天津峰会, 中国联合|钢铁网). */
static size_t labelled_start(const lexicon *lx, const text_view *t, const cand_list *cands,
                             const cand *c)
{
    enum { CROSS_MAX = 3 };
    size_t b = c->begin, start = b;
    size_t m = text_match_list(t->cps, c->end, b, &lx->boundary);
    /* 从|行业协会: before a kind's common noun, which then names none */
    if (m && (term_at(cands, b + m) || resolve_generic_of_any(lx, t, b + m, c->end)))
        start = b + m;
    for (size_t q = b + 2; q + 1 < c->end; q++) {
        size_t w = text_match_list_ending(t->cps, q, &lx->standing_word);
        if (w && w <= q - b && term_at(cands, q))
            start = q;
    }
    /* 设|立山东分公司, 汽车经|销商集团: the labeller began inside a word that
     * stops names (kg:boundaryWord) or a word for a firm; the name begins
     * after that word */
    for (size_t q = b + 1; c->cls == CNKG_COMPANY && q + 2 <= c->end && q <= b + CROSS_MAX; q++) {
        size_t w = text_match_list_ending(t->cps, q, &lx->boundary);
        size_t f = lexicon_firm_word_ending(lx, t->cps, c->end, q);
        if ((w > q - b || f > q - b) && q > start)
            start = q;
    }
    /* 德国汽车制造商|宝马公司: a word for a firm ends what describes the
     * firm (the country, the sector, which relations.c reads); the name is
     * what follows, a head and more */
    for (size_t q = b + 2; c->cls == CNKG_COMPANY && q + 3 <= c->end; q++) {
        size_t w = lexicon_firm_word_ending(lx, t->cps, c->end, q);
        if (w && w <= q - b && q > start &&
            !text_list_holds(&lx->suffix[CNKG_COMPANY], t->cps, q, c->end))
            start = q;
    }
    return start;
}

/* 继天津工厂, 新设立鞍钢: the labeller may open a body's name with a word
 * that never begins one (kg:boundaryWord) before a known name; the name
 * starts at the known one. Not before a mere suffix (建设部, 组织部: there
 * the word is part of the body's name). */
void resolve_trim_labelled_openings(const lexicon *lx, const text_view *t, cand_list *cands)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->dropped || c->source != SRC_LABELLER || c->cls == CNKG_PERSON)
            continue;
        size_t m = labelled_start(lx, t, cands, c) - c->begin;
        if (!m)
            continue;
        c->begin += m;
        if (c->end - c->begin < 2)
            c->dropped = 1;
        if (c->head_end < c->begin)
            c->head_end = c->end;
    }
}
