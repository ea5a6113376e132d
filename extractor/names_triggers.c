/*
 * names_triggers.c - names a word next to them announces: a person after a
 * role word, from a known surname (村民肖复金), and an event from 第 to its
 * suffix (第十九届…国际红叶节).
 */
#include "names_internal.h"

/* Where the person rule's name that begins at b, with a surname of sn
 * characters, ends: one or two more characters unless the next one starts
 * a boundary word; a known person's name there ends it (外长王毅参加: 王毅). */
static size_t person_name_end(const name_ctx *nc, size_t b, size_t sn)
{
    const text_view *t = nc->t;
    size_t known = names_known_end_at(nc, b, CNKG_PERSON);
    if (known)
        return known;
    size_t e = b + sn;
    for (int k = 0; k < 2 && e < t->n && text_is_han(t->cps[e]); k++) {
        if (e > b + sn && text_match_list(t->cps, t->n, e, &nc->lx->boundary))
            break;
        e++;
    }
    return e;
}

/* 村民肖复金, 记者 夏元: a surname right after a role word. Not after a role
 * word that ends a title written after a name (书记 in 总书记高度重视). */
void names_person(const name_ctx *nc, cand_list *out)
{
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    const word_list *triggers = &lx->trigger[CNKG_PERSON];
    for (size_t p = 0; p < t->n; p++) {
        size_t len = text_match_list(t->cps, t->n, p, triggers);
        if (!len || text_match_list_ending(t->cps, p + len, &lx->title_after_name) > len)
            continue;
        size_t b = p + len;
        while (b < t->n && (t->cps[b] == ' ' || t->cps[b] == 0x3000))
            b++;
        size_t sn = text_match_list(t->cps, t->n, b, &lx->surname);
        if (!sn)
            continue;
        size_t e = person_name_end(nc, b, sn);
        if (e - b >= 2 && e - b <= 4)
            cand_add(out, b, e, CNKG_PERSON, NULL, SRC_RULE, 2);
    }
}

/* 第十九届…国际红叶节 */
void names_event(const name_ctx *nc, cand_list *out)
{
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    const word_list *prefixes = &lx->prefix[CNKG_EVENT];
    for (size_t p = 0; p < t->n; p++) {
        size_t len = text_match_list(t->cps, t->n, p, prefixes);
        if (!len)
            continue;
        for (size_t e = p + len + 2; e <= t->n && e - p <= names_max_length(CNKG_EVENT); e++) {
            if (text_is_clause_break(t->cps[e - 1]))
                break;
            size_t sl = text_match_list_ending(t->cps, e, &lx->suffix[CNKG_EVENT]);
            if (sl && (e == t->n || !text_is_han(t->cps[e]) ||
                       text_match_list(t->cps, t->n, e, &lx->boundary))) {
                cand_add(out, p, e, CNKG_EVENT, NULL, SRC_RULE, 3);
                break;
            }
        }
    }
}
