/*
 * names.c - names no gazetteer lists, found by the shape of the language.
 * names_find runs every rule over one text; the rules live in files of
 * their own, by what gives a name away:
 *
 *   names_suffix.c      江西光速电子, 荣昌高新区: a class suffix, and to its
 *                       left the longest run of name characters that crosses
 *                       no boundary word (的, 在, 引进 ...);
 *   names_divisions.c   巴南区|经济信息委, 美国|加州: a body or a foreign
 *                       division named after the division it belongs to;
 *   names_quotes.c      “三事分办”机制, 推行“清单制”, 限价令: a quoted phrase
 *                       classed by the suffix after it or the trigger verb
 *                       before it, and the orders a government issues;
 *   names_triggers.c    村民肖复金: a person after a role word, from a known
 *                       surname; 第十九届…红叶节: an event from 第 to its suffix;
 *   names_lists.c       A、B、C等项目: splitting a list into its items, and
 *                       lists of projects and of members;
 *   names_products.c    things made: listed, in a plant's name, on a market,
 *                       counted, by model code (XCA1600起重机);
 *   names_titles.c      programmes, policy documents and the titles a place
 *                       or firm holds (《…》, 国家级…);
 *   names_industries.c  lists of industries, their modifiers and trades, and
 *                       sectors named in the open;
 *   names_latin.c       firms written in Latin letters (… Limited, Inc).
 *
 * This file also holds the small tests over the text and the gazetteer's
 * hits that rules of several files use (names_internal.h). Every candidate
 * is only a proposal: resolve.c decides.
 */
#include "names_internal.h"

#include <stdlib.h>

/* The first hit of the article that begins at b or after. */
size_t names_first_hit_from(const name_ctx *nc, size_t b)
{
    return gazetteer_hit_from(nc->hits, nc->n_hits, b);
}

/* The first hit that may end at pos or after it: none begins more than the
 * longest hit's length before pos. */
size_t names_first_hit_ending_at(const name_ctx *nc, size_t pos)
{
    return names_first_hit_from(nc, pos > nc->longest ? pos - nc->longest : 0);
}

size_t names_max_length(cnkg_class cls)
{
    switch (cls) {
    case CNKG_COMPANY:
        return 18;
    case CNKG_PERSON:
        return 4;
    case CNKG_PLACE:
        return 10;
    case CNKG_INDUSTRIAL_PARK:
        return 18;
    case CNKG_GOVERNMENT_AGENCY:
        return 18;
    case CNKG_EVENT:
        return 30;
    default:
        return MAX_NAME;
    }
}

int names_is_name_char(uint32_t cp)
{
    return text_is_han(cp) || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= '0' && cp <= '9') || cp == 0xB7 || text_is_open_paren(cp) ||
           text_is_close_paren(cp) || cp == '+' || cp == '-';
}

/* The start of the longest known form that ends at pos and starts before
 * it, or pos. A known name inside a longer one is no boundary: 承接 in
 * 沿江承接产业转移示范区 is part of a programme's name. */
size_t names_known_form_start(const name_ctx *nc, size_t pos)
{
    size_t best = pos;
    for (size_t i = names_first_hit_ending_at(nc, pos); i < nc->n_hits && nc->hits[i].begin < pos;
         i++) {
        const gaz_hit *h = &nc->hits[i];
        /* a hidden form (有色, 长城) is ambiguous alone, not inside a name;
         * one character (渝) is too short to tell */
        if (h->end == pos && h->begin < best &&
            (h->form_kind != FORM_HIDDEN || pos - h->begin >= 2))
            best = h->begin;
    }
    return best;
}

int names_han_count(const uint32_t *cps, size_t b, size_t e)
{
    int n = 0;
    for (size_t i = b; i < e; i++)
        n += text_is_han(cps[i]) || (cps[i] < 0x80 && names_is_name_char(cps[i]));
    return n;
}

/* Does a word of list l stand anywhere in [b, e)? */
int names_holds_word(const text_view *t, size_t b, size_t e, const word_list *l)
{
    for (size_t i = b; i < e; i++)
        if (text_match_list(t->cps, e, i, l))
            return 1;
    return 0;
}

/* 一批, 百亿级, 多个: a quantity makes a description, not a name. */
int names_is_numeral(uint32_t cp)
{
    return text_is_numeral(cp);
}

int names_has_quantifier(const lexicon *lx, const uint32_t *cps, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++) {
        if (text_match_list(cps, e, i, &lx->quantifier))
            return 1;
        if (i + 1 < e && names_is_numeral(cps[i]) && text_match_list(cps, e, i + 1, &lx->measure))
            return 1; /* 17个, 三家 */
    }
    return 0;
}

/* Where the longest known name of a class in mask that begins at b and
 * ends at e at the latest ends (三江源, not 三江); 0 when none does. A
 * hidden form (有色, 长城) names nothing alone. */
size_t names_known_opening(const name_ctx *nc, size_t b, size_t e, unsigned mask)
{
    size_t best = 0;
    for (size_t i = names_first_hit_from(nc, b); i < nc->n_hits && nc->hits[i].begin < b + 1; i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->begin != b || h->end > e || h->end <= best || h->form_kind == FORM_HIDDEN)
            continue;
        if (mask & (1u << cnkg_ontology_term(nc->lx->onto, h->term)->cls))
            best = h->end;
    }
    return best;
}

/* Is cps[b, e) nothing but words of the list (重要|基地's head 重要)? */
int names_only_words(const uint32_t *cps, size_t b, size_t e, const word_list *l)
{
    size_t len;
    while (b < e && (len = text_match_list(cps, e, b, l)))
        b += len;
    return b == e;
}

/* Where the longest known name of class cls that begins at pos ends, or 0
 * if none begins there. */
size_t names_known_end_at(const name_ctx *nc, size_t pos, cnkg_class cls)
{
    size_t end = 0;
    for (size_t i = names_first_hit_from(nc, pos); i < nc->n_hits && nc->hits[i].begin < pos + 1;
         i++)
        if (nc->hits[i].begin == pos && nc->hits[i].end > end &&
            cnkg_ontology_term(nc->lx->onto, nc->hits[i].term)->cls == cls)
            end = nc->hits[i].end;
    return end;
}

/* Does a known name other than a hidden form overlap [b, e)? */
int names_known_overlaps(const name_ctx *nc, size_t b, size_t e)
{
    for (size_t i = names_first_hit_ending_at(nc, b); i < nc->n_hits && nc->hits[i].begin < e;
         i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->form_kind != FORM_HIDDEN && h->end > b && h->begin < e)
            return 1;
    }
    return 0;
}

/* Does a programme's name end at e: the text goes on with no more of it
 * (a punctuation mark, a boundary word such as 的)? */
int names_name_ends_at(const name_ctx *nc, size_t e)
{
    const text_view *t = nc->t;
    return e >= t->n || !text_is_han(t->cps[e]) ||
           text_match_list(t->cps, t->n, e, &nc->lx->boundary);
}

/* 1000万台, 2.5万吨: where an amount in a counting unit (kg:countingUnit)
 * that begins at b ends, below limit; 0 when none begins there. */
size_t names_amount_end(const name_ctx *nc, size_t b, size_t limit)
{
    const uint32_t *cps = nc->t->cps;
    size_t q = b;
    while (q < limit && (names_is_numeral(cps[q]) || (q > b && cps[q] == '.')))
        q++;
    size_t u = q > b ? text_match_list(cps, limit, q, &nc->lx->counting_unit) : 0;
    return u ? q + u : 0;
}

/* 为新一年的生产做准备, 焦炭本身耗煤量很大, 随着核电: does [b, e) hold a word
 * of a clause (kg:clauseWord: an adverb, a pronoun, a verb of telling or
 * deciding)? A rule that reads a name out of common words has then run
 * into the clause around it. */
int names_holds_clause_word(const name_ctx *nc, size_t b, size_t e)
{
    return names_holds_word(nc->t, b, e, &nc->lx->clause_word);
}

int names_holds_numeral(const uint32_t *cps, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++)
        if (text_is_numeral(cps[i]))
            return 1;
    return 0;
}

int names_is_open_quote(uint32_t cp)
{
    return cp == 0x201C || cp == 0x2018 || cp == 0x300C || cp == 0x300E;
}

int names_is_close_quote(uint32_t cp)
{
    return cp == 0x201D || cp == 0x2019 || cp == 0x300D || cp == 0x300F;
}

int names_text_span_holds(const uint32_t *cps, size_t b, size_t e, uint32_t cp)
{
    for (size_t i = b; i < e; i++)
        if (cps[i] == cp)
            return 1;
    return 0;
}

void names_find(const lexicon *lx, const text_view *t, const gaz_hit *hits, size_t n_hits,
                cand_list *out)
{
    name_ctx nc = {lx,
                   t,
                   hits,
                   n_hits,
                   cnkg_xmalloc((t->n + 1) * sizeof(size_t)),
                   0,
                   gazetteer_hits_longest(hits, n_hits)};
    for (size_t p = 0; p < t->n; p++)
        if (lx->suffix_classes[t->cps[p] % TEXT_FILTER_BITS])
            nc.suffix_at[nc.n_suffix_at++] = p;
    names_agency(&nc, out);
    for (int c = 0; c < CNKG_CLASS_COUNT; c++)
        names_suffix(&nc, (cnkg_class)c, out);
    names_plant_products(&nc, out);
    names_quoted(&nc, out);
    names_order(&nc, out);
    names_programme_objects(&nc, out);
    names_level_programmes(&nc, out);
    names_programme_titles(&nc, out);
    names_quoted_documents(&nc, out);
    names_designations(&nc, out);
    names_counted_titles(&nc, out);
    names_role_titles(&nc, out);
    names_person(&nc, out);
    names_event(&nc, out);
    names_project_lists(&nc, out);
    names_product_lists(&nc, out);
    names_product_catalogues(&nc, out);
    names_product_tail_lists(&nc, out);
    names_capacity_products(&nc, out);
    names_market_products(&nc, out);
    names_counted_machines(&nc, out);
    names_sector_products(&nc, out);
    names_headed_lists(&nc, out);
    names_member_lists(&nc, out);
    names_industry_lists(&nc, out);
    names_modified_industries(&nc, out);
    names_trades_of_industries(&nc, out);
    names_open_sector(&nc, out);
    names_foreign_divisions(&nc, out);
    names_latin_firm(&nc, out);
    names_described_latin_firms(&nc, out);
    names_model_products(&nc, out);
    names_led_models(&nc, out);
    free(nc.suffix_at);
}
