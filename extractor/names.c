/*
 * names.c - names no gazetteer lists, found by the shape of the language:
 *
 *   suffix   江西光速电子, 荣昌高新区, 巴南区经济信息委: a class suffix, and
 *            to its left the longest run of name characters that crosses
 *            no boundary word (的, 在, 引进 ...);
 *   quotes   “三事分办”机制, 推行“清单制”: a quoted phrase classed by the
 *            suffix after it or the trigger verb before it;
 *   trigger  村民肖复金: a person after a role word, from a known surname;
 *   prefix   第十九届…红叶节: an event from 第 to its suffix.
 *
 * Every candidate is only a proposal: resolve.c decides.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

enum { MAX_NAME = 24 };

static size_t max_length(cnkg_class cls)
{
    switch (cls) {
    case CNKG_COMPANY: return 14;
    case CNKG_PERSON: return 4;
    case CNKG_PLACE: return 10;
    case CNKG_INDUSTRIAL_PARK: return 18;
    case CNKG_GOVERNMENT_AGENCY: return 18;
    case CNKG_EVENT: return 30;
    default: return MAX_NAME;
    }
}

static int is_name_char(uint32_t cp)
{
    return text_is_han(cp) || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= '0' && cp <= '9') || cp == 0xB7 || cp == '(' || cp == ')' || cp == 0xFF08 ||
           cp == 0xFF09 || cp == '+' || cp == '-';
}

static int is_open_paren(uint32_t cp)
{
    return cp == '(' || cp == 0xFF08;
}

static int is_close_paren(uint32_t cp)
{
    return cp == ')' || cp == 0xFF09;
}

/* Start of the name whose last part begins at pos: walks left over name
 * characters, stopping at a boundary word, punctuation or the class's
 * length limit. Parentheses are kept only when balanced. */
static size_t extend_left(const lexicon *lx, const text_view *t, size_t pos, size_t end,
                          cnkg_class cls)
{
    size_t start = pos, depth = 0, limit = max_length(cls);
    while (start > 0 && end - start < limit) {
        uint32_t cp = t->cps[start - 1];
        if (!is_name_char(cp))
            break;
        if (text_match_list_ending(t->cps, start, &lx->boundary))
            break;
        if (is_close_paren(cp))
            depth++;
        else if (is_open_paren(cp)) {
            if (!depth)
                break;
            depth--;
        }
        start--;
    }
    while (depth && start < pos) { /* unbalanced: drop back past the ')' */
        if (is_close_paren(t->cps[start]))
            depth--;
        start++;
    }
    /* A name does not begin with a digit run glued to a measure word. */
    while (start < pos && (t->cps[start] == '-' || t->cps[start] == '+'))
        start++;
    return start;
}

static int han_count(const uint32_t *cps, size_t b, size_t e)
{
    int n = 0;
    for (size_t i = b; i < e; i++)
        n += text_is_han(cps[i]) || (cps[i] < 0x80 && is_name_char(cps[i]));
    return n;
}

/* Suffix rule for one class at every position. */
static void suffix_names(const lexicon *lx, const text_view *t, cnkg_class cls, cand_list *out)
{
    const word_list *suffixes = &lx->suffix[cls];
    if (!suffixes->n || cls == CNKG_ADMINISTRATIVE_DIVISION || cls == CNKG_PERSON)
        return;
    for (size_t p = 0; p < t->n; p++) {
        size_t len = text_match_list(t->cps, t->n, p, suffixes);
        if (!len)
            continue;
        size_t end = p + len;
        /* A suffix glued to more name text is the middle of a longer name
         * (电子 in 电子信息): leave it to the gazetteer and other rules. */
        size_t start = extend_left(lx, t, p, end, cls);
        int need = cls == CNKG_COMPANY ? 2 : 1;
        if (han_count(t->cps, start, p) < need)
            continue;
        if (lexicon_is_generic(lx, cls, t->cps, start, end))
            continue;
        if (len == 1 && end - start > 4)
            continue; /* 峡, 江, 局: a one-character suffix ends only a short name */
        int strength = len >= 3 ? 3 : len == 2 ? 2 : 1;
        cand_add(out, start, end, cls, NULL, SRC_RULE, strength);
        out->items[out->n - 1].head_end = p;
    }
}

static int is_open_quote(uint32_t cp)
{
    return cp == 0x201C || cp == 0x2018 || cp == 0x300C || cp == 0x300E;
}

static int is_close_quote(uint32_t cp)
{
    return cp == 0x201D || cp == 0x2019 || cp == 0x300D || cp == 0x300F;
}

/* The class a quoted phrase takes from its surroundings, or NONE. */
static cnkg_class quote_class(const lexicon *lx, const text_view *t, size_t open, size_t b,
                              size_t e, size_t close_end)
{
    /* A class suffix inside the quotes names the class outright. */
    static const cnkg_class inside[] = {CNKG_ORGANIZATION, CNKG_INDUSTRIAL_PARK, CNKG_COMPANY,
                                        CNKG_PROGRAM, CNKG_PROJECT, CNKG_EVENT};
    for (size_t i = 0; i < sizeof inside / sizeof *inside; i++)
        if (text_match_list_ending(t->cps, e, &lx->suffix[inside[i]]) >= 2)
            return inside[i];
    if (text_match_list(t->cps, t->n, close_end, &lx->suffix[CNKG_PROGRAM]) >= 2)
        return CNKG_PROGRAM;
    if (text_match_list_ending(t->cps, open, &lx->trigger[CNKG_PROGRAM]))
        return CNKG_PROGRAM;
    if (text_match_list(t->cps, t->n, close_end, &lx->product_marker))
        return CNKG_PRODUCT;
    if (text_match_list_ending(t->cps, open, &lx->trigger[CNKG_PRODUCT]))
        return CNKG_PRODUCT;
    return CNKG_CLASS_NONE;
}

/* After a run of quoted phrases (“清单制”“积分制”“院落制”等乡村自治形式),
 * the words that follow may class the whole run. */
static cnkg_class run_tail_class(const lexicon *lx, const text_view *t, size_t pos)
{
    size_t end = pos;
    while (end < t->n && end - pos < 14 && !text_is_clause_break(t->cps[end]))
        end++;
    for (size_t i = pos; i < end; i++) {
        if (text_match_list(t->cps, end, i, &lx->product_tail) &&
            text_match_list_ending(t->cps, end, &lx->cue[CNKG_PRODUCES]))
            return CNKG_PRODUCT;
    }
    for (size_t i = pos; i < end; i++)
        if (text_match_list(t->cps, t->n, i, &lx->cue[CNKG_PRODUCES]) &&
            text_has_at(t->cps, t->n, pos, "等"))
            return CNKG_PRODUCT;
    return CNKG_CLASS_NONE;
}

typedef struct quoted {
    size_t open, b, e, close_end;
} quoted;

static void quoted_names(const lexicon *lx, const text_view *t, cand_list *out)
{
    quoted run[16];
    size_t n_run = 0;
    for (size_t i = 0; i < t->n; i++) {
        if (!is_open_quote(t->cps[i]))
            continue;
        size_t j = i + 1;
        while (j < t->n && j - i <= 20 && !is_close_quote(t->cps[j]) &&
               !text_is_sentence_end(t->cps[j]))
            j++;
        if (j >= t->n || !is_close_quote(t->cps[j]) || j - i < 3)
            continue;
        quoted q = {i, i + 1, j, j + 1};
        /* A run continues when the next quote opens right away or after 、 */
        if (n_run && !(run[n_run - 1].close_end == i ||
                       (run[n_run - 1].close_end + 1 == i &&
                        t->cps[run[n_run - 1].close_end] == 0x3001)))
            n_run = 0;
        if (n_run < 16)
            run[n_run++] = q;
        cnkg_class cls = quote_class(lx, t, run[0].open, q.b, q.e, q.close_end);
        if (cls == CNKG_CLASS_NONE)
            cls = run_tail_class(lx, t, q.close_end);
        if (cls == CNKG_CLASS_NONE)
            continue;
        for (size_t k = 0; k < n_run; k++)
            cand_add(out, run[k].b, run[k].e, cls, NULL, SRC_RULE, 3);
        n_run = 0;
        i = j;
    }
}

/* 村民肖复金, 记者 夏元: a surname right after a role word, then one or two
 * more characters unless the next one starts a boundary word. */
static void person_names(const lexicon *lx, const text_view *t, cand_list *out)
{
    const word_list *triggers = &lx->trigger[CNKG_PERSON];
    for (size_t p = 0; p < t->n; p++) {
        size_t len = text_match_list(t->cps, t->n, p, triggers);
        if (!len)
            continue;
        size_t b = p + len;
        while (b < t->n && (t->cps[b] == ' ' || t->cps[b] == 0x3000))
            b++;
        size_t sn = text_match_list(t->cps, t->n, b, &lx->surname);
        if (!sn)
            continue;
        size_t e = b + sn;
        for (int k = 0; k < 2 && e < t->n && text_is_han(t->cps[e]); k++) {
            if (e > b + sn && text_match_list(t->cps, t->n, e, &lx->boundary))
                break;
            e++;
        }
        if (e - b >= 2 && e - b <= 4)
            cand_add(out, b, e, CNKG_PERSON, NULL, SRC_RULE, 2);
    }
}

/* 第十九届…国际红叶节 */
static void event_names(const lexicon *lx, const text_view *t, cand_list *out)
{
    const word_list *prefixes = &lx->prefix[CNKG_EVENT];
    for (size_t p = 0; p < t->n; p++) {
        size_t len = text_match_list(t->cps, t->n, p, prefixes);
        if (!len)
            continue;
        for (size_t e = p + len + 2; e <= t->n && e - p <= max_length(CNKG_EVENT); e++) {
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

/* 巴南区经济信息委, 市农业农村委: a department's name, and before it the
 * division (or 市, 区) it belongs to. */
static void agency_names(const lexicon *lx, const text_view *t, cand_list *out)
{
    size_t n = cnkg_ontology_department_count(lx->onto);
    for (size_t d = 0; d < n; d++) {
        const cnkg_term *dep = cnkg_ontology_department(lx->onto, d);
        for (size_t f = 0; f < dep->n_forms; f++) {
            size_t len = cnkg_utf8_length(dep->forms[f]);
            for (size_t p = 0; p + len <= t->n; p++) {
                if (!text_has_at(t->cps, t->n, p, dep->forms[f]))
                    continue;
                size_t start = extend_left(lx, t, p, p + len, CNKG_GOVERNMENT_AGENCY);
                if (start < p)
                    cand_add(out, start, p + len, CNKG_GOVERNMENT_AGENCY, NULL, SRC_RULE, 3);
            }
        }
    }
}

void names_find(const lexicon *lx, const text_view *t, const cnkg_article *a, cand_list *out)
{
    agency_names(lx, t, out);
    for (int c = 0; c < CNKG_CLASS_COUNT; c++)
        suffix_names(lx, t, (cnkg_class)c, out);
    quoted_names(lx, t, out);
    person_names(lx, t, out);
    event_names(lx, t, out);
}
