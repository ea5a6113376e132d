/*
 * names_latin.c - firms written in Latin letters: a run of words that ends
 * in a legal form (kg:latinLegal: Limited, Inc), or one a word before it
 * describes as a firm.
 */
#include "names_internal.h"

#include <ctype.h>

/* Harvatck(HongKong)Limited, Unlited New Ideas Limited, WABCO Holdings
 * Inc.: a Latin legal form (kg:latinLegalSuffix) ending a Latin word ends a
 * firm's name, which runs left over Latin words, blanks and brackets to
 * the Chinese text before it. The suffix rule reads Han names only. */
static int latin_word_char(uint32_t cp)
{
    return cp < 0x80 && (isalnum((int)cp) || cp == ' ' || cp == '&' || cp == '-' || cp == '.');
}

static int latin_name_char(uint32_t cp)
{
    return latin_word_char(cp) || text_is_open_paren(cp) || text_is_close_paren(cp);
}

void names_latin_firm(const name_ctx *nc, cand_list *out)
{
    enum { MAX_LATIN = 60 };
    const uint32_t *cps = nc->t->cps;
    size_t n = nc->t->n;
    for (size_t p = 1; p < n; p++) {
        size_t len = text_match_list(cps, n, p, &nc->lx->latin_legal);
        if (!len || (p + len < n && isalnum((int)(cps[p + len] < 0x80 ? cps[p + len] : 0))))
            continue; /* Incheon, Limitedness: the form ends a word */
        size_t end = p + len;
        if (end < n && cps[end] == '.')
            end++;
        size_t b = p;
        while (b > 0 && p - b < MAX_LATIN && latin_name_char(cps[b - 1]))
            b--;
        while (b < p && (cps[b] == ' ' || cps[b] == '.' || cps[b] == '-' || cps[b] == '&'))
            b++;
        int letters = 0;
        for (size_t k = b; k < p; k++)
            letters += cps[k] < 0x80 && isalpha((int)cps[k]);
        if (letters >= 2 && !text_is_close_paren(cps[b]))
            cand_add(out, b, end, CNKG_COMPANY, NULL, SRC_RULE, 3);
        p = end - 1;
    }
}

/* Where the Latin name that begins at b ends: words, blanks and & - .
 * up to MAX_LATIN, less the blanks and joiners at its end and a number
 * written apart after it (MF Global FXA Securities 17: a count). */
static size_t latin_run_end(const uint32_t *cps, size_t n, size_t b)
{
    enum { MAX_LATIN = 60 };
    size_t e = b;
    while (e < n && e - b < MAX_LATIN && latin_word_char(cps[e]))
        e++;
    for (;;) {
        while (e > b && (cps[e - 1] == ' ' || cps[e - 1] == '-' || cps[e - 1] == '&'))
            e--;
        size_t w = e;
        while (w > b && cps[w - 1] < 0x80 && isdigit((int)cps[w - 1]))
            w--;
        if (w == e || w == b || cps[w - 1] != ' ')
            return e;
        e = w;
    }
}

/* Does the kind of firm at p (len characters) follow a word, not a
 * pointer back (该公司: the firm named before), and is it no legal form's
 * end (有限公司CR450: what the firm makes follows)? */
static int described_head(const name_ctx *nc, size_t p, size_t len)
{
    const uint32_t *cps = nc->t->cps;
    if (p == 0 || !(text_is_han(cps[p - 1]) || text_is_latin(cps[p - 1])))
        return 0;
    if (text_match_list_ending(cps, p, &nc->lx->demonstrative))
        return 0;
    return text_match_list_ending(cps, p + len, &nc->lx->suffix[CNKG_COMPANY]) <= len;
}

/* 市场研究公司IHS iSuppli, 安全软件厂商McAfee, 传媒文化公司Shamlinks: a
 * Latin name right after words that say what kind of firm it is
 * (kg:latinFirmHead) names that firm, with or without a legal form. Not
 * after 该公司 (the firm named before), after a legal form (有限公司CR450,
 * a thing it makes) or before a word such as CEO (kg:latinNotName). */
void names_described_latin_firms(const name_ctx *nc, cand_list *out)
{
    const uint32_t *cps = nc->t->cps;
    size_t n = nc->t->n;
    for (size_t p = 1; p < n; p++) {
        size_t len = text_match_list(cps, n, p, &nc->lx->latin_firm_head);
        size_t b = p + len;
        if (!len || b >= n || cps[b] >= 0x80 || !isalpha((int)cps[b]) ||
            !described_head(nc, p, len))
            continue;
        size_t e = latin_run_end(cps, n, b);
        int letters = 0, digits = 0;
        for (size_t k = b; k < e; k++) {
            letters += isalpha((int)cps[k]) != 0;
            digits += isdigit((int)cps[k]) != 0;
        }
        if (letters >= 2 && digits <= 1 && !text_list_holds(&nc->lx->latin_not_name, cps, b, e))
            cand_add(out, b, e, CNKG_COMPANY, NULL, SRC_RULE, 3);
        p = e - 1;
    }
}
