/*
 * resolve_divisions.c - divisions below the county: a township named after
 * its county (津南区八里台工业区), a township the article's counties own
 * (三村镇农机大户), and chains of divisions down to the village
 * (巴南区麻柳嘴镇平桥村).
 */
#include "resolve_internal.h"

#include <stdlib.h>
#include <string.h>

/* No other division candidate contains this one (巴南区, not 巴南): none
 * filed in x, which holds them all, from the longest's length before c's
 * end to its begin. */
static int maximal(const cand_list *cands, const cand_index *x, size_t i)
{
    const cand *c = &cands->items[i];
    size_t from = c->end > x->longest ? c->end - x->longest : 0;
    for (size_t p = from; p <= c->begin && p < x->n_at; p++)
        for (size_t k = x->at[p]; k != NO_CAND; k = x->next[k]) {
            const cand *o = &cands->items[k];
            if (k != i && o->cls == c->cls && o->begin <= c->begin && c->end <= o->end &&
                o->end - o->begin > c->end - c->begin)
                return 0;
        }
    return 1;
}

/* The county code of a division candidate, when it is a known county. */
static const char *county_code(const cand *c)
{
    if (c->term && c->term->code && strlen(c->term->code) == 6 &&
        resolve_division_level(c->term) == 3)
        return c->term->code;
    return NULL;
}

/* 津南区八里台工业区: after a county, a township's name without its suffix
 * that opens a park's name (八里台 of 八里台镇) is a mention of the township,
 * when the county's township list holds it. Returns 1 when one was added. */
static int township_before_park(const lexicon *lx, const text_view *t, cand_list *cands, size_t i)
{
    const char *county = county_code(&cands->items[i]);
    size_t p = cands->items[i].end;
    if (!county)
        return 0;
    for (size_t len = 2; len <= 4 && p + len < t->n; len++) {
        if (!text_is_han(t->cps[p + len - 1]))
            return 0;
        if (!text_match_list(t->cps, t->n, p + len, &lx->suffix[CNKG_INDUSTRIAL_PARK]))
            continue;
        char *stem = cnkg_cps_to_utf8(t->cps, p, p + len);
        const cnkg_township *town = NULL;
        for (size_t k = 0; k < lx->town_suffix.n && !town; k++) {
            cnkg_buf name = {0};
            cnkg_buf_puts(&name, stem);
            cnkg_buf_puts(&name, lx->town_suffix.words[k]);
            town = cnkg_ontology_township(lx->onto, county, name.data, name.len);
            free(name.data);
        }
        free(stem);
        if (town) {
            cand_add(cands, p, p + len, CNKG_ADMINISTRATIVE_DIVISION, NULL, SRC_RULE, 3);
            cands->items[cands->n - 1].town = town;
            return 1;
        }
    }
    return 0;
}

/* Is t[b, e) all Han characters? */
static int han_run(const text_view *t, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++)
        if (!text_is_han(t->cps[i]))
            return 0;
    return 1;
}

/* The counties the article names by a known term, at most n of them. */
static size_t named_counties(const cand_list *cands, const char **codes, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < cands->n && k < n; i++) {
        const char *code = county_code(&cands->items[i]);
        int seen = !code;
        for (size_t j = 0; j < k && !seen; j++)
            seen = strcmp(codes[j], code) == 0;
        if (!seen)
            codes[k++] = code;
    }
    return k;
}

/* 三村镇农机大户, 古里镇的党委书记: a township named in full (with its
 * suffix) away from its county is that county's when the article names the
 * county and the county's township list holds the name (township names
 * repeat across China, so only a named county tells which one). */
void resolve_towns_of_named_counties(const lexicon *lx, const text_view *t, cand_list *cands)
{
    const char *codes[16];
    size_t n_codes = named_counties(cands, codes, 16);
    for (size_t p = 2; n_codes && p < t->n; p++) {
        size_t s = text_match_list(t->cps, t->n, p, &lx->town_suffix);
        if (!s)
            continue;
        for (size_t len = 4; len >= 2; len--) {
            if (len > p || !han_run(t, p - len, p))
                continue;
            char *name = cnkg_cps_to_utf8(t->cps, p - len, p + s);
            const cnkg_township *town = NULL;
            for (size_t k = 0; k < n_codes && !town; k++)
                town = cnkg_ontology_township(lx->onto, codes[k], name, strlen(name));
            free(name);
            if (town) {
                cand_add(cands, p - len, p + s, CNKG_ADMINISTRATIVE_DIVISION, NULL, SRC_RULE, 3);
                cands->items[cands->n - 1].town = town;
                break;
            }
        }
    }
}

/* 甘肃|张掖|南台村, 安徽|泾县|章渡村: does a division candidate other than
 * the i-th begin at p? Then the chain goes on from that link, and the
 * township or village after it is named without it. */
static int division_begins_at(const cand_list *cands, size_t i, size_t p)
{
    for (size_t k = 0; k < cands->n; k++) {
        const cand *o = &cands->items[k];
        if (k != i && !o->dropped && o->cls == CNKG_ADMINISTRATIVE_DIVISION && o->begin == p &&
            o->source == SRC_GAZETTEER)
            return 1;
    }
    return 0;
}

/* 巴南区麻柳嘴镇平桥村: after a division, a name ending in a township or
 * village suffix is the next level down; after a county, the ontology's
 * township list says which township, with its code (邻水县高滩镇 is
 * 511623109, not the 高滩镇 of Shaanxi). */
void resolve_division_chains(const lexicon *lx, const text_view *t, cand_list *cands)
{
    const word_list *sfx = &lx->town_suffix;
    /* candidates added here are walked too: 江津区|白沙镇|黄泥村 */
    cand_index x;
    cand_index_init(&x, cands);
    size_t filed = 0;
    for (size_t i = 0; i < cands->n; i++) {
        for (; filed < cands->n; filed++)
            cand_index_file(&x, cands, filed);
        if (cands->items[i].cls != CNKG_ADMINISTRATIVE_DIVISION || !maximal(cands, &x, i))
            continue;
        size_t p = cands->items[i].end;
        if (township_before_park(lx, t, cands, i))
            continue;
        if (division_begins_at(cands, i, p))
            continue;
        /* 朱家沟村、六道沟村: a list goes on, no chain */
        for (size_t len = 2; len <= 4 && p + len < t->n && text_is_han(t->cps[p]); len++) {
            if (!text_is_han(t->cps[p + len - 1]))
                break;
            size_t s = text_match_list(t->cps, t->n, p + len, sfx);
            if (s) {
                cand_add(cands, p, p + len + s, CNKG_ADMINISTRATIVE_DIVISION, NULL, SRC_RULE, 3);
                const char *county = county_code(&cands->items[i]);
                if (county) {
                    char *name = cnkg_cps_to_utf8(t->cps, p, p + len + s);
                    cands->items[cands->n - 1].town =
                        cnkg_ontology_township(lx->onto, county, name, strlen(name));
                    free(name);
                }
                break;
            }
        }
    }
    cand_index_free(&x);
}
