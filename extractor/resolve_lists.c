/*
 * resolve_lists.c - names in lists: a known industry listed among products
 * is a product and a product among industries an industry, an unknown item
 * takes the class of its listed neighbour (propagate_lists), and a firm's
 * name the labeller cut inside a run of Han characters is made whole.
 */
#include "resolve_internal.h"

static int is_list_break(const lexicon *lx, const text_view *t, size_t p)
{
    uint32_t cp = t->cps[p];
    return cp == 0x3001 || cp == 0x7B49 || text_is_clause_break(cp) || text_is_skipped(cp) ||
           text_match_list(t->cps, t->n, p, &lx->boundary);
}

static int overlaps_kept(const cand_list *cands, size_t b, size_t e)
{
    for (size_t i = 0; i < cands->n; i++) {
        const cand *c = &cands->items[i];
        if (!c->dropped && c->begin < e && b < c->end)
            return 1;
    }
    return 0;
}

/* Does a kept name of this class sit right beside [b, e), joined to it in a
 * list? With ruled set, only a name a rule found (a product its frame of
 * making named, not a word of products.ttl) counts. */
static int name_beside(const lexicon *lx, const text_view *t, const cand_list *cands, size_t b,
                       size_t e, cnkg_class cls, int ruled)
{
    size_t before = b > 0 && t->cps[b - 1] == 0x3001 /* 、 */
                        ? 1
                        : text_match_list_ending(t->cps, b, &lx->conjunction);
    size_t after = resolve_list_joiner_at(lx, t, e);
    for (size_t k = 0; k < cands->n; k++) {
        const cand *o = &cands->items[k];
        if (o->dropped || o->cls != cls || (ruled && o->source == SRC_GAZETTEER))
            continue;
        if ((before && o->end == b - before) || (after && o->begin == e + after))
            return 1;
    }
    return 0;
}

/* 针状焦、碳纤维等新材料, 外延片、芯片, 特钢、新型镁合金等材料: a known
 * industry listed beside products is one of them, the thing made, unless a
 * sector word frames the list (芯片、光伏等产业). Repeated so a run of such
 * items turns together. */
void resolve_products_among_products(const lexicon *lx, const text_view *t, cand_list *cands)
{
    cand_index x;
    cand_index_file_all(&x, cands);
    for (int changed = 1; changed;) {
        changed = 0;
        for (size_t i = 0; i < cands->n; i++) {
            cand *c = &cands->items[i];
            if (c->dropped || c->cls != CNKG_INDUSTRY || c->source != SRC_GAZETTEER ||
                !name_beside(lx, t, cands, c->begin, c->end, CNKG_PRODUCT, 1) ||
                resolve_sector_frame(lx, t, cands, &x, c->end))
                continue;
            c->cls = CNKG_PRODUCT;
            c->term = NULL;
            changed = 1;
        }
    }
    cand_index_free(&x);
}

/* 钢铁、水泥、平板玻璃、煤化工, 高端仪器、光伏、大飞机、海工装备: a word of
 * products.ttl listed beside industries that no product turned is one of the
 * sectors; the industries are the list's to name. */
void resolve_drop_products_among_industries(const lexicon *lx, const text_view *t, cand_list *cands)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (!c->dropped && c->cls == CNKG_PRODUCT && c->source == SRC_GAZETTEER &&
            name_beside(lx, t, cands, c->begin, c->end, CNKG_INDUSTRY, 0))
            c->dropped = 1;
    }
}

/* Which names lend their class to an unknown neighbour in a list? Not a
 * division or an industry (known terms, listed), and not a place or a
 * body: their names come from a suffix (路, 海, 站, 中心, 会) that common
 * words end in too, and their neighbours are as often kinds, goods and
 * activities (货运码头、滨海快速路、高速公路; 穿戈壁、越山岭; 医院、铁路、
 * 邮政). Spread from them, 191 places and 34 bodies in 2,300 news stories,
 * about 1 in 25 a name of that class. */
static int spreads_in_lists(cnkg_class cls)
{
    return cls != CNKG_INDUSTRY && cls != CNKG_ADMINISTRATIVE_DIVISION && cls != CNKG_PLACE &&
           cls != CNKG_ORGANIZATION;
}

/* Does the list item ending at e end where its phrase does: at 、, 等, a
 * conjunction, a clause break or the text's end? An item cut at any other
 * word is the head of a longer phrase (促进高质量|发展, 空中丝绸|之路). */
static int list_item_closed(const lexicon *lx, const text_view *t, size_t e)
{
    return e >= t->n || t->cps[e] == 0x7B49 /* 等 */ || text_is_clause_break(t->cps[e]) ||
           text_is_skipped(t->cps[e]) || resolve_list_joiner_at(lx, t, e);
}

/* Is the kept name at i a word of the lexicon, or an item that took its
 * class, through a run of list neighbours, from one? (Items added by
 * resolve_propagate_lists sit at n0 and after.) */
static int list_rooted_in_lexicon(const cand_list *cands, size_t n0, size_t i)
{
    for (size_t hops = 0; hops < cands->n; hops++) {
        const cand *c = &cands->items[i];
        if (c->source == SRC_GAZETTEER)
            return 1;
        if (i < n0 || c->begin < 2)
            return 0;
        size_t k = 0;
        while (k < cands->n && (cands->items[k].dropped || cands->items[k].cls != c->cls ||
                                cands->items[k].end != c->begin - 1))
            k++;
        if (k == cands->n)
            return 0;
        i = k;
    }
    return 0;
}

/* Products and programmes are common-noun phrases, and so are most of the
 * words listed beside them (事故起数、死亡人数; 扩大内需、提振信心): the
 * class goes to the next item only when the item closes its phrase and
 * either the neighbour is a product the lexicon knows (甲醇、合成氨) or the
 * item ends as the programme beside it does (河长制、湖长制; 经济体制改革、
 * 政治体制改革). */
static int list_spread_holds(const lexicon *lx, const text_view *t, const cand_list *cands,
                             size_t n0, size_t i, size_t b, size_t e)
{
    const cand *c = &cands->items[i];
    if (c->cls != CNKG_PRODUCT && c->cls != CNKG_PROGRAM)
        return 1;
    if (!list_item_closed(lx, t, e))
        return 0;
    if (c->cls == CNKG_PRODUCT)
        return list_rooted_in_lexicon(cands, n0, i);
    return t->cps[e - 1] == t->cps[c->end - 1] && e - b >= 2;
}

/* 招商局、中国外运等, 谌贻琴、何立峰: an item of a list whose neighbour is a
 * name of some class (spreads_in_lists), with nothing found in it, is a
 * name of the same class. */
void resolve_propagate_lists(const lexicon *lx, const text_view *t, cand_list *cands)
{
    size_t n0 = cands->n;
    for (int changed = 1; changed;) {
        changed = 0;
        size_t n = cands->n;
        for (size_t i = 0; i < n; i++) {
            cand c = cands->items[i];
            if (c.dropped || !spreads_in_lists(c.cls) || c.end >= t->n || t->cps[c.end] != 0x3001)
                continue;
            size_t b = c.end + 1, e = b;
            while (e < t->n && e - b <= 10 && !is_list_break(lx, t, e))
                e++;
            if (e - b < 2 || e - b > 10 || overlaps_kept(cands, b, e) ||
                resolve_generic_of_any(lx, t, b, e)) /* 收割机、经销商: no product */
                continue;
            int han = 1;
            for (size_t k = b; k < e; k++)
                han &= text_is_han(t->cps[k]);
            if (!han || !list_spread_holds(lx, t, cands, n0, i, b, e))
                continue;
            /* 管委会、经信委、璜土镇: a town among bodies is the town */
            cnkg_class cls = text_match_list_ending(t->cps, e, &lx->town_suffix)
                                 ? CNKG_ADMINISTRATIVE_DIVISION
                                 : c.cls;
            /* 城市环卫机械、建筑起重机械: a body's name says it is one */
            if (cls == CNKG_GOVERNMENT_AGENCY &&
                !text_match_list_ending(t->cps, e, &lx->suffix[CNKG_GOVERNMENT_AGENCY]))
                continue;
            cand_add(cands, b, e, cls, NULL, SRC_RULE, 2);
            changed = 1;
        }
    }
}

/* Does a known division begin inside [b, e)? */
static int division_inside(const cand_list *cands, size_t b, size_t e)
{
    for (size_t k = 0; k < cands->n; k++) {
        const cand *o = &cands->items[k];
        if (o->source == SRC_GAZETTEER && o->cls == CNKG_ADMINISTRATIVE_DIVISION && o->begin >= b &&
            o->begin < e)
            return 1;
    }
    return 0;
}

/* 太原重型|机械集团, 中国平煤|神马集团: where the labeller cuts a firm's name
 * inside a run of Han characters (no boundary word, no word for a firm
 * before its cut) and the suffix rule reads the same name from a few
 * characters further left, the rule's whole name is the firm's; unless a
 * known division begins inside what the rule adds or where the labeller's
 * name begins (认识|新疆金风…: the rule ran back over a verb). */
void resolve_prefer_whole_firm_names(const lexicon *lx, const text_view *t, cand_list *cands)
{
    enum { MAX_HEAD = 4 };
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->dropped || c->source != SRC_LABELLER || c->cls != CNKG_COMPANY || c->begin == 0 ||
            !text_is_han(t->cps[c->begin - 1]) ||
            text_match_list_ending(t->cps, c->begin, &lx->boundary) ||
            lexicon_firm_word_ending(lx, t->cps, c->end, c->begin))
            continue;
        for (size_t k = 0; k < cands->n && !c->dropped; k++) {
            const cand *o = &cands->items[k];
            if (o->dropped || o->source != SRC_RULE || o->cls != CNKG_COMPANY || o->end != c->end ||
                o->begin >= c->begin || c->begin - o->begin > MAX_HEAD)
                continue;
            int han = 1;
            for (size_t p = o->begin; p < c->begin; p++)
                han &= text_is_han(t->cps[p]);
            c->dropped = han && !division_inside(cands, o->begin + 1, c->begin + 1);
        }
    }
}
