/*
 * coref.c - words that point to an entity without naming it:
 *
 *   我市, 全市 (kg:homeWord)   the paper's home division (重庆日报 -> 重庆市);
 *   我国, 全国 (kg:nationWord) the country the news is written in (中国);
 *   国家将, 今年国家要 (kg:stateWord acting) the same country;
 *   这里 (kg:placeWord)        the nearest division or park named before;
 *   当地 (kg:localWord)        the nearest division named before;
 *   该X                        the nearest entity named before whose name
 *                              ends in X: 该示范区, 该公司, 该园区;
 *   园区, 企业 (kg:anaphor)    opening a clause: the last park, firm … named.
 *
 * Each becomes a mention of the entity it points to, so relations find it
 * like any other mention.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* The mentions by where they end, and the entities' labels as code points,
 * kept while coref adds mentions: nearest_before asked every mention, and
 * want_tail decoded a label, at each word that points back, quadratic in a
 * long article. by_end holds the mention indexes ordered by end, then
 * index. */
typedef struct mention_ends {
    size_t *by_end, n, cap;
    uint32_t **label; /* per entity, decoded on first use (NULL: not yet) */
    size_t *label_n, n_label;
    /* The last one to four code points of the labels of entities
     * [0, tails_of): a tail that no label ends with, most of those tried
     * after 该, needs no walk back over the mentions. */
    cnkg_keyset tails;
    size_t tails_of;
} mention_ends;

static size_t first_ending_after(const cnkg_article *a, const mention_ends *x, size_t pos)
{
    size_t lo = 0, hi = x->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a->mentions[x->by_end[mid]].span.end <= pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Files mention i, the last of the list, after those that end where it
 * does or before. */
static void mention_ends_add(mention_ends *x, const cnkg_article *a, size_t i)
{
    if (x->n == x->cap) {
        x->cap = x->cap ? x->cap * 2 : 16;
        x->by_end = cnkg_xrealloc(x->by_end, x->cap * sizeof *x->by_end);
    }
    size_t at = first_ending_after(a, x, a->mentions[i].span.end);
    if (at < x->n)
        memmove(x->by_end + at + 1, x->by_end + at, (x->n - at) * sizeof *x->by_end);
    x->by_end[at] = i;
    x->n++;
}

static void mention_ends_init(mention_ends *x, const cnkg_article *a)
{
    *x = (mention_ends){.n = a->n_mentions, .cap = a->n_mentions};
    if (!x->n)
        return;
    position_key *keys = cnkg_xmalloc(x->n * sizeof *keys);
    for (size_t i = 0; i < x->n; i++)
        keys[i] = (position_key){a->mentions[i].span.end, i};
    position_keys_sort(keys, x->n);
    x->by_end = cnkg_xmalloc(x->n * sizeof *x->by_end);
    for (size_t i = 0; i < x->n; i++)
        x->by_end[i] = keys[i].i;
    free(keys);
}

static void mention_ends_free(mention_ends *x)
{
    cnkg_keyset_free(&x->tails);
    for (size_t i = 0; i < x->n_label; i++)
        free(x->label[i]);
    free(x->label);
    free(x->label_n);
    free(x->by_end);
}

static const uint32_t *label_cps(mention_ends *x, const cnkg_article *a, size_t e, size_t *n)
{
    if (e >= x->n_label) {
        size_t grown = a->n_entities > e ? a->n_entities : e + 1;
        x->label = cnkg_xrealloc(x->label, grown * sizeof *x->label);
        x->label_n = cnkg_xrealloc(x->label_n, grown * sizeof *x->label_n);
        for (size_t i = x->n_label; i < grown; i++)
            x->label[i] = NULL;
        x->n_label = grown;
    }
    if (!x->label[e])
        x->label[e] =
            cnkg_utf8_to_cps(a->entities[e].label, strlen(a->entities[e].label), &x->label_n[e]);
    *n = x->label_n[e];
    return x->label[e];
}

static int ends_with_cps(mention_ends *x, const cnkg_article *a, size_t e, const uint32_t *cps,
                         size_t n)
{
    size_t ln;
    const uint32_t *l = label_cps(x, a, e, &ln);
    return ln >= n && memcmp(l + ln - n, cps, n * sizeof *cps) == 0;
}

static cnkg_key tail_key(const uint32_t *cps, size_t n)
{
    return cnkg_key_of(cps, n * sizeof *cps);
}

/* Might the label of some entity end in cps[0, n)? 0 only when none does. */
static int some_label_ends_with(mention_ends *x, const cnkg_article *a, const uint32_t *cps,
                                size_t n)
{
    enum { LONGEST_TAIL = 4 };
    for (; x->tails_of < a->n_entities; x->tails_of++) {
        size_t ln;
        const uint32_t *l = label_cps(x, a, x->tails_of, &ln);
        for (size_t k = 1; k <= LONGEST_TAIL && k <= ln; k++) {
            int added;
            cnkg_keyset_insert(&x->tails, tail_key(l + ln - k, k), 0, &added);
        }
    }
    if (n > LONGEST_TAIL)
        return 1;
    return cnkg_keyset_find(&x->tails, tail_key(cps, n)) != NULL;
}

/* The entity of the nearest mention ending before pos that passes want:
 * of those that end last, the first in the list. */
static size_t nearest_before(const cnkg_article *a, const mention_ends *x, size_t pos,
                             int (*want)(const cnkg_article *, size_t, const void *),
                             const void *arg)
{
    size_t group_end = first_ending_after(a, x, pos);
    while (group_end > 0) {
        size_t end = a->mentions[x->by_end[group_end - 1]].span.end, g = group_end - 1;
        while (g > 0 && a->mentions[x->by_end[g - 1]].span.end == end)
            g--;
        for (size_t k = g; k < group_end; k++)
            if (want(a, a->mentions[x->by_end[k]].entity, arg))
                return a->mentions[x->by_end[k]].entity;
        group_end = g;
    }
    return (size_t)-1;
}

static int want_place(const cnkg_article *a, size_t e, const void *arg)
{
    cnkg_class c = a->entities[e].cls;
    int parks_too = *(const int *)arg;
    return c == CNKG_ADMINISTRATIVE_DIVISION || (parks_too && c == CNKG_INDUSTRIAL_PARK);
}

typedef struct tail {
    const uint32_t *cps;
    size_t n;
    mention_ends *x;
} tail;

static int want_tail(const cnkg_article *a, size_t e, const void *arg)
{
    const tail *t = arg;
    cnkg_class c = a->entities[e].cls;
    /* 升级为国家级开发区…该区又被评为: one character (区, 市) points to the
     * place that holds a title, not the title; a programme takes its kind
     * word (该示范区, 该试验区) */
    if (c == CNKG_PROGRAM && t->n < 2)
        return 0;
    return c != CNKG_PERSON && c != CNKG_INDUSTRY && ends_with_cps(t->x, a, e, t->cps, t->n);
}

/* Which code points some mention covers, kept as mentions are added: the
 * question is asked at every position, and asking the mention list there
 * was quadratic in a long article. at[i] bit 1: a mention covers i; bit 2:
 * an empty mention sits at i (it still overlaps a range around it). */
typedef struct coverage {
    uint8_t *at;
    size_t n;
    mention_ends ends;
} coverage;

static void coverage_mark(coverage *c, size_t b, size_t e)
{
    if (b == e && b < c->n)
        c->at[b] |= 2;
    for (size_t i = b; i < e && i < c->n; i++)
        c->at[i] |= 1;
}

static void coverage_init(coverage *c, const cnkg_article *a, size_t n)
{
    mention_ends_init(&c->ends, a);
    c->n = n;
    c->at = cnkg_xcalloc(n + 1, 1);
    for (size_t i = 0; i < a->n_mentions; i++)
        coverage_mark(c, a->mentions[i].span.begin, a->mentions[i].span.end);
}

/* Does a mention overlap [b, e), e > b? */
static int covered(const coverage *c, size_t b, size_t e)
{
    for (size_t i = b; i < e && i < c->n; i++)
        if ((c->at[i] & 1) || (i > b && (c->at[i] & 2)))
            return 1;
    return 0;
}

static void add_mention(cnkg_article *a, coverage *c, size_t entity, size_t b, size_t e)
{
    size_t n = a->n_mentions;
    cnkg_article_add_mention(a, entity, b, e);
    if (a->n_mentions > n)
        mention_ends_add(&c->ends, a, n);
    coverage_mark(c, b, e);
}

static size_t home_entity(cnkg_article *a, const cnkg_term *home)
{
    size_t e = cnkg_article_entity_known(a, home->cls, home->label, home->iri);
    entity_link_term(&a->entities[e], home);
    return e;
}

/* 该 + the tail of a name: try the longest tail first. */
static void resolve_this(const text_view *t, cnkg_article *a, coverage *c, size_t p)
{
    for (size_t n = 4; n >= 1; n--) {
        if (p + 1 + n > t->n)
            continue;
        int all_han = 1;
        for (size_t k = 0; k < n; k++)
            all_han &= text_is_han(t->cps[p + 1 + k]);
        if (!all_han)
            continue;
        tail tl = {t->cps + p + 1, n, &c->ends};
        if (!some_label_ends_with(&c->ends, a, tl.cps, n))
            continue;
        size_t e = nearest_before(a, &c->ends, p, want_tail, &tl);
        if (e != (size_t)-1) {
            add_mention(a, c, e, p, p + 1 + n);
            return;
        }
    }
}

static int want_class(const cnkg_article *a, size_t e, const void *arg)
{
    return a->entities[e].cls == *(const cnkg_class *)arg;
}

/* 协作区覆盖…, 园区正在培育…, 企业前年从深圳迁到…: a clause that opens with a
 * bare kind word (kg:anaphor on a class) speaks of the last thing of that
 * class the article named. */
static size_t bare_anaphor(const lexicon *lx, const text_view *t, cnkg_article *a, coverage *c,
                           size_t p)
{
    static const cnkg_class classes[] = {CNKG_PROGRAM, CNKG_INDUSTRIAL_PARK, CNKG_COMPANY,
                                         CNKG_ORGANIZATION};
    if (p > 0 && !text_is_clause_break(t->cps[p - 1]))
        return 0;
    for (size_t k = 0; k < sizeof classes / sizeof *classes; k++) {
        size_t len = text_match_list(t->cps, t->n, p, &lx->anaphor[classes[k]]);
        if (!len || covered(c, p, p + len) ||
            (p + len < t->n && text_is_han(t->cps[p + len]) &&
             text_match_list(t->cps, t->n, p + len, &lx->suffix[classes[k]])))
            continue;
        size_t e = nearest_before(a, &c->ends, p, want_class, &classes[k]);
        if (e != (size_t)-1) {
            add_mention(a, c, e, p, p + len);
            return len;
        }
    }
    return 0;
}

/* 国家将加快…, 今年国家还将打造…: the state (kg:stateWord) that opens a
 * clause, or follows a word of time that does (kg:stateLead), and goes on
 * to what it will do (kg:stateActs) is the country acting. Its length, or
 * 0. */
static size_t state_acting(const lexicon *lx, const text_view *t, size_t p)
{
    size_t len = text_match_list(t->cps, t->n, p, &lx->state_word);
    if (!len || !text_match_list(t->cps, t->n, p + len, &lx->state_acts))
        return 0;
    size_t lead = text_match_list_ending(t->cps, p, &lx->state_lead);
    size_t open = p - lead;
    return open == 0 || text_is_clause_break(t->cps[open - 1]) ? len : 0;
}

void coref_resolve(const lexicon *lx, const text_view *t, cnkg_article *a, const cnkg_term *home)
{
    static const uint32_t this_cp = 0x8BE5; /* 该 */
    coverage c;
    coverage_init(&c, a, t->n);
    for (size_t p = 0; p < t->n; p++) {
        if (covered(&c, p, p + 1))
            continue;
        size_t len = text_match_list(t->cps, t->n, p, &lx->home_word);
        if (len && home) {
            add_mention(a, &c, home_entity(a, home), p, p + len);
            p += len - 1;
            continue;
        }
        len = text_match_list(t->cps, t->n, p, &lx->nation_word);
        if (!len)
            len = state_acting(lx, t, p);
        if (len && lx->home_country_term) {
            add_mention(a, &c, home_entity(a, lx->home_country_term), p, p + len);
            p += len - 1;
            continue;
        }
        /* 这里 may be a park (kg:placeWord); 当地 is a division (kg:localWord) */
        int parks_too = 1;
        len = text_match_list(t->cps, t->n, p, &lx->place_word);
        if (!len) {
            parks_too = 0;
            len = text_match_list(t->cps, t->n, p, &lx->local_word);
        }
        if (len) {
            size_t e = nearest_before(a, &c.ends, p, want_place, &parks_too);
            if (e != (size_t)-1)
                add_mention(a, &c, e, p, p + len);
            p += len - 1;
            continue;
        }
        if (t->cps[p] == this_cp) {
            resolve_this(t, a, &c, p);
            continue;
        }
        len = bare_anaphor(lx, t, a, &c, p);
        if (len)
            p += len - 1;
    }
    free(c.at);
    mention_ends_free(&c.ends);
}
