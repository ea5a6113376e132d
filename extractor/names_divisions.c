/*
 * names_divisions.c - names built on a division: a government body after
 * the division that runs it (巴南区|经济信息委, 市|农业农村委), and a
 * foreign state or county after its country (美国|加州|洛杉矶郡).
 */
#include "names_internal.h"

#include <stdlib.h>

/* Where an agency's name starts, given its department at pos: at the
 * division named right before (巴南区|经济信息委), at a level word (市|农业农村委),
 * else at the department itself. */
static size_t agency_head(const name_ctx *nc, size_t pos)
{
    size_t start = pos;
    for (size_t i = names_first_hit_ending_at(nc, pos); i < nc->n_hits && nc->hits[i].begin < pos;
         i++) {
        const gaz_hit *h = &nc->hits[i];
        const cnkg_term *t = cnkg_ontology_term(nc->lx->onto, h->term);
        if (h->end == pos && h->begin < start && h->form_kind != FORM_HIDDEN &&
            (t->cls == CNKG_ADMINISTRATIVE_DIVISION || t->cls == CNKG_INDUSTRIAL_PARK))
            start = h->begin;
    }
    if (start == pos && pos > 0)
        start -= text_match_list_ending(nc->t->cps, pos, &nc->lx->level_word);
    return start;
}

/* 巴南区经济信息委, 市农业农村委: a department's name, and before it the
 * division (or 市, 区) it belongs to. */
static void agency_name_at(const name_ctx *nc, size_t p, size_t len, cand_list *out)
{
    size_t start = agency_head(nc, p);
    if (start == p && lexicon_is_generic(nc->lx, CNKG_GOVERNMENT_AGENCY, nc->t->cps, p, p + len))
        return; /* 政府, 法院 alone name no body */
    cand_add(out, start, p + len, CNKG_GOVERNMENT_AGENCY, NULL, SRC_RULE, 3);
}

void names_agency(const name_ctx *nc, cand_list *out)
{
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    word_hit *hits = NULL;
    long found = text_find_all(&lx->department_forms, t->cps, t->n, &hits);
    if (found >= 0) { /* one pass over the text, candidates in the same order */
        for (long i = 0; i < found; i++)
            agency_name_at(nc, hits[i].pos, hits[i].len, out);
        free(hits);
        return;
    }
    size_t n = cnkg_ontology_department_count(lx->onto);
    for (size_t d = 0; d < n; d++) {
        const cnkg_term *dep = cnkg_ontology_department(lx->onto, d);
        for (size_t f = 0; f < dep->n_forms; f++) {
            size_t len = cnkg_utf8_length(dep->forms[f]);
            for (size_t p = 0; p + len <= t->n; p++)
                if (text_has_at(t->cps, t->n, p, dep->forms[f]))
                    agency_name_at(nc, p, len, out);
        }
    }
}

/* Is the gazetteer hit h a foreign country (not kg:homeCountry)? */
static int foreign_country(const name_ctx *nc, const gaz_hit *h)
{
    const cnkg_term *term = cnkg_ontology_term(nc->lx->onto, h->term);
    return term->cls == CNKG_ADMINISTRATIVE_DIVISION && division_code_is_country(term->code) &&
           !lexicon_is_home_country(nc->lx, nc->t->cps, h->begin, h->end);
}

/* Does a known name end at e and begin after b (荷兰驻|广州: a Chinese
 * city, not a foreign state)? */
static int known_ends_inside(const name_ctx *nc, size_t b, size_t e)
{
    for (size_t i = names_first_hit_ending_at(nc, e); i < nc->n_hits && nc->hits[i].begin < e; i++)
        if (nc->hits[i].end == e && nc->hits[i].begin > b)
            return 1;
    return 0;
}

/* The end of a foreign division's name that begins at p: min to five Han
 * characters, no count (多州, 远东八个州) nor a word that stops names
 * (各州), then a word of sfx; or p when there is none. Not a suffix that
 * opens a common noun (省份), nor one right after another (省|省长), nor a
 * name that ends in a word for no state (kg:notStateWord: 外务省, 反省). */
static size_t foreign_division_end(const name_ctx *nc, size_t p, const word_list *sfx, size_t min)
{
    const text_view *t = nc->t;
    for (size_t len = 1; len <= 5 && p + len < t->n; len++) {
        if (!text_is_han(t->cps[p + len - 1]) || names_is_numeral(t->cps[p + len - 1]) ||
            text_match_list_ending(t->cps, p + len, &nc->lx->boundary))
            return p;
        size_t s = text_match_list(t->cps, t->n, p + len, sfx);
        size_t e = p + len + s;
        if (!s || len < min)
            continue;
        /* 大城市: a common noun of divisions; 驻广州: a known name */
        const word_list *generic = &nc->lx->generic[CNKG_ADMINISTRATIVE_DIVISION];
        if (text_match_list_ending(t->cps, e, generic) || known_ends_inside(nc, p, e) ||
            text_match_list(t->cps, t->n, p + len, generic) > s ||
            text_match_list(t->cps, t->n, p + len - 1, sfx) ||
            text_match_list_ending(t->cps, e, &nc->lx->not_state))
            return p;
        return e;
    }
    return p;
}

/* 俄罗斯|萨马拉州, 美国|加州|洛杉矶郡, 美国南部|得克萨斯州: after a foreign
 * country (and a word of direction, kg:directionWord), a name ending in a
 * state's suffix (kg:foreignStateSuffix: 州, 郡) is a division of it; after
 * such a division, a name ending in a lower one's (kg:foreignLocalSuffix:
 * 市, 郡, 县) is one of that. */
void names_foreign_divisions(const name_ctx *nc, cand_list *out)
{
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    for (size_t i = 0; i < nc->n_hits; i++) {
        const gaz_hit *h = &nc->hits[i];
        if (!foreign_country(nc, h) || names_known_form_start(nc, h->end) != h->begin)
            continue;
        size_t p = h->end;
        p += text_match_list(t->cps, t->n, p, &lx->direction_word);
        size_t e = foreign_division_end(nc, p, &lx->foreign_state, 1);
        for (int level = 0; e > p && level < 2; level++) {
            cand_add(out, p, e, CNKG_ADMINISTRATIVE_DIVISION, NULL, SRC_RULE, 3);
            p = e;
            e = foreign_division_end(nc, p, &lx->foreign_local, 2);
        }
    }
}
