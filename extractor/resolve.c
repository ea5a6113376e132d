/*
 * resolve.c - one policy turns the proposals of the gazetteer, the rules
 * and the labeller into entities and mentions:
 *
 *  1. Longer spans win over shorter ones they overlap; for the same span the
 *     stronger proposal wins (a known term over a rule over the labeller).
 *  2. A shorter span may stay inside a longer one only where the name's
 *     structure says it is a separate thing: a division or park at the head
 *     of a park, agency, organisation, project or company name (荣昌|高新区,
 *     涪陵高新区|管委会, 江西|光速电子), a company at the head of a project
 *     (比亚迪|动力电池基地), an industry inside a project name.
 *  3. Spans that cross are never both kept.
 *  4. Mentions of one thing merge into one entity: same class and label,
 *     or a short form of a fuller name in the same article (长安 -> 长安汽车,
 *     荣昌高新区 -> 荣昌高新技术产业开发区); the fullest form is canonical.
 *  5. A name found once is a mention wherever else it stands in the article.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

enum { STRENGTH_TERM = 4 };

static int is_country(const cnkg_term *t)
{
    return t && t->cls == CNKG_ADMINISTRATIVE_DIVISION && division_code_is_country(t->code);
}

static int division_level(const cnkg_term *t)
{
    if (is_country(t))
        return 0; /* 越南, 巴西: a short name needs no context */
    /* 6-digit codes: PP0000 province, PPCC00 prefecture, else county. */
    if (!t->code || strlen(t->code) < 6)
        return 3;
    if (strcmp(t->code + 2, "0000") == 0)
        return 1;
    if (strcmp(t->code + 4, "00") == 0)
        return 2;
    return 3;
}

typedef struct context {
    const char *iris[64];
    int full[64]; /* named in full somewhere (江阴市), not only by a short form */
    size_t n;
} context;

static void context_add(context *c, const char *iri, int full)
{
    for (size_t i = 0; i < c->n; i++)
        if (strcmp(c->iris[i], iri) == 0) {
            c->full[i] |= full;
            return;
        }
    if (c->n < 64) {
        c->full[c->n] = full;
        c->iris[c->n++] = iri;
    }
}

/* Is the term, or a division it lies in, in the context? A county named
 * in full (江阴市委) licenses its own short form (江阴|临港新城) as its city
 * or province does. */
static int context_covers(const lexicon *lx, const context *c, const cnkg_term *t)
{
    for (size_t i = 0; t->iri && i < c->n; i++)
        if (c->full[i] && strcmp(c->iris[i], t->iri) == 0)
            return 1;
    int depth = 0;
    for (const char *p = t->parent; p && depth++ < MAX_DEPTH;) {
        for (size_t i = 0; i < c->n; i++)
            if (strcmp(c->iris[i], p) == 0)
                return 1;
        const cnkg_term *up = cnkg_ontology_term_by_iri(lx->onto, p);
        p = up ? up->parent : NULL;
    }
    return 0;
}

/* Does another term share hit i's span (南山区 of 深圳 and of 鹤岗)? Hits
 * of one span are adjacent. */
static int shared_span(const gaz_hit *hits, size_t n, size_t i)
{
    return (i > 0 && hits[i - 1].begin == hits[i].begin && hits[i - 1].end == hits[i].end) ||
           (i + 1 < n && hits[i + 1].begin == hits[i].begin && hits[i + 1].end == hits[i].end);
}

/* Divisions named in full, and provinces and cities by any name, set the
 * context that short county names need. */
static void context_build(const lexicon *lx, const gaz_hit *hits, size_t n, const char *home,
                          context *c)
{
    if (home)
        context_add(c, home, 1);
    for (size_t i = 0; i < n; i++) {
        const cnkg_term *t = cnkg_ontology_term(lx->onto, hits[i].term);
        if (t->cls != CNKG_ADMINISTRATIVE_DIVISION || hits[i].form_kind == FORM_HIDDEN)
            continue;
        if (hits[i].form_kind == FORM_PREF || division_level(t) < 3)
            context_add(c, t->iri, hits[i].form_kind == FORM_PREF && !shared_span(hits, n, i));
    }
}

/* 来渝落户: a hidden form (渝, 赣) counts only between a cue before it and a
 * word that ends the name after it, so 在新竹 is no mention of 新疆; nor
 * where it is or opens a plain word (kg:hiddenFormWord: 带来新的). */
static int hidden_allowed(const lexicon *lx, const text_view *t, const gaz_hit *h)
{
    if (h->begin == 0 || !text_match_list_ending(t->cps, h->begin, &lx->hidden_cue) ||
        text_match_list(t->cps, t->n, h->begin, &lx->hidden_word))
        return 0;
    return h->end >= t->n || !text_is_han(t->cps[h->end]) ||
           text_match_list(t->cps, t->n, h->end, &lx->boundary);
}

/* The first of the hits, ordered by where they begin (gazetteer_scan),
 * that begins at b or after: those that end at a place begin in the
 * longest hit's length before it, a run found by binary search. */
static size_t hit_from(const gaz_hit *hits, size_t n, size_t b)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (hits[mid].begin < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static size_t longest_hit(const gaz_hit *hits, size_t n)
{
    size_t longest = 0;
    for (size_t i = 0; i < n; i++)
        if (hits[i].end - hits[i].begin > longest)
            longest = hits[i].end - hits[i].begin;
    return longest;
}

/* 长春市朝阳区: the division named right before is the surest context. */
static int parent_before(const lexicon *lx, const gaz_hit *hits, size_t n, size_t longest,
                         const gaz_hit *h)
{
    const cnkg_term *term = cnkg_ontology_term(lx->onto, h->term);
    size_t from = h->begin > longest ? h->begin - longest : 0;
    for (size_t i = hit_from(hits, n, from); i < n && hits[i].begin < h->begin; i++) {
        if (hits[i].end != h->begin || hits[i].form_kind == FORM_HIDDEN)
            continue;
        const cnkg_term *before = cnkg_ontology_term(lx->onto, hits[i].term);
        if (before->cls == CNKG_ADMINISTRATIVE_DIVISION &&
            lexicon_term_below(lx, term, before->iri))
            return 1;
    }
    return 0;
}

/* How much a hit deserves its term; 0 rejects it. */
static int hit_score(const lexicon *lx, const text_view *t, const context *c, const gaz_hit *h)
{
    const cnkg_term *term = cnkg_ontology_term(lx->onto, h->term);
    if (h->form_kind == FORM_HIDDEN && !hidden_allowed(lx, t, h))
        return 0;
    if (term->cls != CNKG_ADMINISTRATIVE_DIVISION)
        return h->form_kind == FORM_PREF ? 3 : 2;
    int in_context = context_covers(lx, c, term);
    if (division_level(term) == 3 && h->form_kind != FORM_PREF && !in_context)
        return 0; /* 江北, 长安: a short county name needs its province or city nearby */
    return (h->form_kind == FORM_PREF ? 3 : 2) + in_context;
}

/* 长沙 is 长沙市 and 长沙县 in it: between a division and one inside it that
 * share a short name, the name means the larger one (the city). Returns 0
 * when a and b are no such pair, 1 when a is the larger, 2 when b is. */
static int nested_namesake(const lexicon *lx, const gaz_hit *a, const gaz_hit *b)
{
    const cnkg_term *ta = cnkg_ontology_term(lx->onto, a->term);
    const cnkg_term *tb = cnkg_ontology_term(lx->onto, b->term);
    if (ta->cls != CNKG_ADMINISTRATIVE_DIVISION || tb->cls != CNKG_ADMINISTRATIVE_DIVISION)
        return 0;
    if (lexicon_term_below(lx, tb, ta->iri))
        return 1;
    return lexicon_term_below(lx, ta, tb->iri) ? 2 : 0;
}

/* 稀土|资源, 战略性|新兴: a county's short name that is also a common word
 * reads as the end of the word before it when no boundary parts them. */
/* The hit is a county's short form (a name other than its full one). */
static int short_county(const lexicon *lx, const gaz_hit *h)
{
    const cnkg_term *term = cnkg_ontology_term(lx->onto, h->term);
    return term->cls == CNKG_ADMINISTRATIVE_DIVISION && division_level(term) == 3 &&
           h->form_kind != FORM_PREF;
}

static int glued_short_county(const lexicon *lx, const text_view *t, const gaz_hit *h)
{
    if (!short_county(lx, h) || h->begin == 0)
        return 0;
    return text_is_han(t->cps[h->begin - 1]) &&
           !text_match_list_ending(t->cps, h->begin, &lx->boundary);
}

/* 资源, 合作, 新建: a county's short form that the news mostly writes as an
 * ordinary word (short-forms.ttl, counted in the corpus) names the county
 * only right after its province or city (parent_before), not on the
 * strength of a province named elsewhere in the article. */
static int common_short_county(const lexicon *lx, const text_view *t, const gaz_hit *h)
{
    return short_county(lx, h) && text_list_holds(&lx->common_short, t->cps, h->begin, h->end);
}

/* 向阳|乡, 永丰|村, 城中|村: a county's short form right before a township
 * or village suffix begins that township's or village's own name (337 such
 * in the unlabelled corpus, 147 names, none the county itself). */
static int town_after_short_county(const lexicon *lx, const text_view *t, const gaz_hit *h)
{
    return short_county(lx, h) && text_match_list(t->cps, t->n, h->end, &lx->town_suffix);
}

/* Does the labeller read a person in exactly b..e? */
static int labelled_person_at(const cand_list *cands, size_t b, size_t e)
{
    for (size_t k = 0; k < cands->n; k++) {
        const cand *o = &cands->items[k];
        if (o->source == SRC_LABELLER && o->cls == CNKG_PERSON && o->begin == b && o->end == e)
            return 1;
    }
    return 0;
}

/* Among hits of one span, the best scoring term; ties between divisions
 * leave the name unlinked rather than linked by chance. A county's short
 * form of three characters or more that the labeller reads as a person
 * (京冀|曹妃甸|协同发展示范区: 曹 is a surname) is the county, without the
 * context or the edge before it that a short form otherwise needs: such a
 * form is no common word, and people are rarely named so. Two-character
 * forms are (吴起, 咸丰, 振兴, 金山). */
static void gazetteer_candidates(const lexicon *lx, const text_view *t, const gaz_hit *hits,
                                 size_t n, const char *home, cand_list *out)
{
    context c = {0};
    context_build(lx, hits, n, home, &c);
    size_t longest = longest_hit(hits, n);
    for (size_t i = 0; i < n;) {
        size_t j = i;
        int best = 0, ties = 0;
        size_t pick = i;
        while (j < n && hits[j].begin == hits[i].begin && hits[j].end == hits[i].end) {
            int s = hit_score(lx, t, &c, &hits[j]);
            if (!s && short_county(lx, &hits[j]) && hits[j].form_kind != FORM_HIDDEN &&
                hits[j].end - hits[j].begin >= 3 &&
                labelled_person_at(out, hits[j].begin, hits[j].end))
                s = 2;
            else if (s > 0 && town_after_short_county(lx, t, &hits[j]))
                s = 0;
            else if (s > 0 && parent_before(lx, hits, n, longest, &hits[j]))
                s += 2;
            else if (s > 0 &&
                     (glued_short_county(lx, t, &hits[j]) || common_short_county(lx, t, &hits[j])))
                s = 0;
            /* 长沙: the city's own hit sets the context that scores 长沙县
             * above it, so the larger namesake wins whatever the scores */
            int larger = s > 0 && best > 0 ? nested_namesake(lx, &hits[pick], &hits[j]) : 0;
            if (larger) {
                if (larger == 2) /* else the larger is already picked */
                    best = s > best ? s : best, pick = j;
            } else if (s > best)
                best = s, pick = j, ties = 0;
            else if (s == best && s > 0)
                ties++;
            j++;
        }
        const cnkg_term *term = cnkg_ontology_term(lx->onto, hits[pick].term);
        if (best > 0 && lexicon_is_generic(lx, term->cls, t->cps, hits[i].begin, hits[i].end))
            best = 0; /* 营商环境, 制造业: listed, but too common to be a mention */
        if (best > 0) {
            if (ties && term->cls == CNKG_ADMINISTRATIVE_DIVISION) {
                if (hits[pick].form_kind == FORM_PREF)
                    cand_add(out, hits[i].begin, hits[i].end, term->cls, NULL, SRC_GAZETTEER,
                             STRENGTH_TERM);
            } else {
                cand_add(out, hits[i].begin, hits[i].end, term->cls, term, SRC_GAZETTEER,
                         STRENGTH_TERM);
            }
        }
        i = j;
    }
}

/* 工程机械|装备制造, 机械|装备制造业, LED|装备制造: known industries side by
 * side name one sector; reading them apart cuts the name. */
static void join_industries(const lexicon *lx, const text_view *t, cand_list *cands)
{
    for (size_t i = 0; i < cands->n; i++) {
        if (cands->items[i].cls != CNKG_INDUSTRY)
            continue;
        for (size_t k = 0; k < cands->n; k++) {
            const cand *a = &cands->items[i], *b = &cands->items[k];
            if (b->cls != CNKG_INDUSTRY || b->source != SRC_GAZETTEER || b->begin != a->end ||
                b->end - a->begin > 12)
                continue;
            int known = 0;
            for (size_t j = 0; j < cands->n && !known; j++)
                known = cands->items[j].cls == CNKG_INDUSTRY && cands->items[j].begin <= a->begin &&
                        cands->items[j].end >= b->end;
            /* 新能源|动力电池产业: the sector is named without 产业 */
            size_t end = b->end - text_match_list_ending(t->cps, b->end, &lx->topic_tail);
            if (!known && end > b->begin)
                cand_add(cands, a->begin, end, CNKG_INDUSTRY, NULL, SRC_RULE, 3);
        }
    }
}

/* 澳门|中医药|产业: a known name with a sector word (医药产业) that begins
 * inside a longer known industry ending where the word begins (中医药) cuts
 * that name; the word is no part of either. */
static void prefer_name_before_tail(const lexicon *lx, const text_view *t, cand_list *cands)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *a = &cands->items[i];
        size_t tail = a->cls == CNKG_INDUSTRY && a->source == SRC_GAZETTEER
                          ? text_match_list_ending(t->cps, a->end, &lx->topic_tail)
                          : 0;
        if (!tail || a->end - tail <= a->begin)
            continue;
        for (size_t k = 0; k < cands->n && !a->dropped; k++) {
            const cand *b = &cands->items[k];
            a->dropped = b->cls == CNKG_INDUSTRY && b->source == SRC_GAZETTEER && !b->dropped &&
                         b->begin < a->begin && b->end == a->end - tail;
        }
    }
}

/* Does a company's name end at pos? */
static int firm_before(const cand_list *cands, const cand_index *x, size_t pos)
{
    for (size_t p = pos > x->longest ? pos - x->longest : 0; p <= pos && p < x->n_at; p++)
        for (size_t k = x->at[p]; k != NO_CAND; k = x->next[k])
            if (cands->items[k].cls == CNKG_COMPANY && cands->items[k].end == pos)
                return 1;
    return 0;
}

/* Does a longer live name of a class for which is_holder says yes hold
 * [b, e)? x files the names by where they begin. */
static int held_by(const cand_list *cands, const cand_index *x, size_t b, size_t e,
                   int (*is_holder)(cnkg_class))
{
    for (size_t q = e > x->longest ? e - x->longest : 0; q <= b && q < x->n_at; q++)
        for (size_t k = x->at[q]; k != NO_CAND; k = x->next[k]) {
            const cand *o = &cands->items[k];
            if (!o->dropped && is_holder(o->cls) && o->begin <= b && e <= o->end &&
                o->end - o->begin > e - b)
                return 1;
        }
    return 0;
}

static int is_programme_class(cnkg_class c)
{
    return c == CNKG_PROGRAM;
}

/* Does a programme's name hold [b, e) (国家|新材料|产业基地)? */
static int inside_programme(const cand_list *cands, const cand_index *x, size_t b, size_t e)
{
    return held_by(cands, x, b, e, is_programme_class);
}

/* 物流|成本, 航运物流|枢纽, 电池|工厂: an industry right before a noun it
 * qualifies speaks of that thing, not of the sector; but after a firm's
 * name (比亚迪|动力电池|基地) it is the firm's trade, and in a designation
 * (国家新材料产业基地) the sector the place is named for. */
static void drop_qualifying_industries(const lexicon *lx, const text_view *t, cand_list *cands)
{
    cand_index x;
    cand_index_file_all(&x, cands);
    for (size_t i = 0; i < cands->n; i++) {
        const cand *c = &cands->items[i];
        if (c->cls != CNKG_INDUSTRY || !text_match_list(t->cps, t->n, c->end, &lx->industry_head) ||
            firm_before(cands, &x, c->begin) || inside_programme(cands, &x, c->begin, c->end))
            continue;
        /* and the shorter industries inside it (冷链|物流|基地) */
        for (size_t k = 0; k < cands->n; k++) {
            cand *o = &cands->items[k];
            if (o->cls == CNKG_INDUSTRY && c->begin <= o->begin && o->end <= c->end)
                o->dropped = 1;
        }
    }
    cand_index_free(&x);
}

static int is_trade_holder_class(cnkg_class c)
{
    return c == CNKG_COMPANY || c == CNKG_ORGANIZATION || c == CNKG_PROJECT ||
           c == CNKG_INDUSTRIAL_PARK;
}

/* Does a longer name of a body, park or project hold [b, e)
 * (阜宁|稀土|实业有限公司, 长江|稀土|冶炼厂)? The industry there is its trade. */
static int inside_name(const cand_list *cands, const cand_index *x, size_t b, size_t e)
{
    return held_by(cands, x, b, e, is_trade_holder_class);
}

static int is_site_class(cnkg_class c)
{
    return c == CNKG_PROJECT || c == CNKG_INDUSTRIAL_PARK;
}

/* Does a longer name of a project or park hold [b, e) (抚顺|石化|新城)? */
static int inside_site_name(const cand_list *cands, const cand_index *x, size_t b, size_t e)
{
    return held_by(cands, x, b, e, is_site_class);
}

/* The length of the word that joins list items at p: 、 or a conjunction
 * (kg:conjunction: 和, 及, 与, 以及); 0 if none. */
static size_t list_joiner_at(const lexicon *lx, const text_view *t, size_t p)
{
    if (p >= t->n)
        return 0;
    return t->cps[p] == 0x3001 ? 1 : text_match_list(t->cps, t->n, p, &lx->conjunction);
}

/* Does another industry's name begin at p, after words that do not join it
 * to pos in a list (金融|整顿影响|家电行业, not 电机、|汽车行业 or 5G+|工业
 * 互联网产业)? The sector tail after it is that industry's. (scripts/gen-
 * common-industries.py counts frames without this check: a few more.) */
static int other_industry_at(const lexicon *lx, const cand_list *cands, const cand_index *x,
                             const text_view *t, size_t pos, size_t p)
{
    if (!cands)
        return 0;
    size_t q = pos;
    while (q < p) {
        size_t m = list_joiner_at(lx, t, q);
        if (!m && (t->cps[q] == '+' || t->cps[q] == 0xFF0B))
            m = 1; /* 5G+工业互联网 */
        if (!m)
            break;
        q += m;
    }
    if (q >= p)
        return 0;
    int found = 0; /* those that hold p begin less than the longest before it */
    for (size_t b = p >= x->longest ? p + 1 - x->longest : 0; b <= p && b < x->n_at; b++)
        for (size_t k = x->at[b]; k != NO_CAND; k = x->next[k]) {
            const cand *o = &cands->items[k];
            if (o->cls != CNKG_INDUSTRY || o->end <= p || o->begin > p)
                continue;
            if (o->begin < p && o->begin >= pos)
                return 0; /* 海洋|电子信息: inside a longer name begun after pos */
            found |= o->begin == p;
        }
    return found;
}

/* The end of an industry's name that begins at p, joined to the list that
 * ends at pos (汽车|、电子信息), or 0. */
static size_t joined_industry_end(const lexicon *lx, const cand_list *cands, const cand_index *x,
                                  const text_view *t, size_t pos, size_t p)
{
    if (!cands || p == pos || other_industry_at(lx, cands, x, t, pos, p))
        return 0;
    size_t end = 0;
    for (size_t k = p < x->n_at ? x->at[p] : NO_CAND; k != NO_CAND; k = x->next[k]) {
        const cand *o = &cands->items[k];
        if (o->cls == CNKG_INDUSTRY && !o->dropped && o->begin == p && o->end > end)
            end = o->end;
    }
    return end;
}

/* A sector tail within a few characters of pos, in its clause, and not
 * another industry's? The few characters count from the end of the list
 * pos ends an item of (以汽车、电子信息为主导的产业: 电子信息 is no distance). */
static int sector_tail_near(const lexicon *lx, const text_view *t, const cand_list *cands,
                            const cand_index *x, size_t pos)
{
    enum { NEAR = 8 };
    size_t from = pos;
    for (size_t p = pos; p < t->n && p <= from + NEAR && !text_is_clause_break(t->cps[p]); p++) {
        if (other_industry_at(lx, cands, x, t, from, p))
            return 0;
        if (text_match_list(t->cps, t->n, p, &lx->sector_tail))
            return 1;
        size_t end = joined_industry_end(lx, cands, x, t, from, p);
        if (end > from)
            from = end; /* the tail may stand inside it (汽车|行业) */
    }
    return 0;
}

/* Just past the 等 that closes, within its clause, the list a name ending
 * at end belongs to (电机、汽车|等), or 0. */
static size_t list_close_after(const text_view *t, size_t end)
{
    enum { WINDOW = 40 }; /* as scripts/gen-common-industries.py counts */
    for (size_t p = end; p < t->n && p - end < WINDOW && !text_is_clause_break(t->cps[p]); p++)
        if (t->cps[p] == 0x7B49 /* 等 */)
            return p + 1;
    return 0;
}

/* Does a known industry that the news does not write as an ordinary word
 * begin at p (等|新一代信息技术)? */
static int plain_industry_at(const lexicon *lx, const text_view *t, const cand_list *cands,
                             const cand_index *x, size_t p)
{
    for (size_t k = p < x->n_at ? x->at[p] : NO_CAND; k != NO_CAND; k = x->next[k]) {
        const cand *o = &cands->items[k];
        if (o->cls == CNKG_INDUSTRY && !o->dropped && o->begin == p &&
            !text_list_holds(&lx->common_industry, t->cps, o->begin, o->end))
            return 1;
    }
    return 0;
}

/* Is the industry that ends at end in a sector frame: right before a sector
 * word (汽车|企业, 建筑|业) or a hub's (kg:hubWord: 茶叶|大市), a sector tail
 * close after it (兼营房地产|的大型企业), or a list of its clause closed by 等 and a sector tail
 * (电机、汽车|等 多个领域) or by 等 and the wider sector its items belong to (云计算、大数据|
 * 等新一代信息技术)? Not 优化能源结构、改善大气环境、促进石化企业发展: the
 * tail there closes no list. */
static int sector_frame(const lexicon *lx, const text_view *t, const cand_list *cands,
                        const cand_index *x, size_t end)
{
    if (text_match_list(t->cps, t->n, end, &lx->sector_word) ||
        sector_tail_near(lx, t, cands, x, end))
        return 1;
    if (text_match_list(t->cps, t->n, end, &lx->hub_word))
        return 1;
    size_t after = list_close_after(t, end);
    /* 等清洁能源产业: the list's */
    return after && (sector_tail_near(lx, t, NULL, NULL, after) ||
                     plain_industry_at(lx, t, cands, x, after));
}

/* 发展|乡村旅游, 大力发展|白酒, 主营|食用油: is the name that begins at begin
 * the object of a verb that develops a sector or says a firm's trade
 * (kg:cue of kg:developsIndustry or kg:inIndustry, two characters or
 * more, not a sector's own word: 行业, 领域)? */
static int developed(const lexicon *lx, const text_view *t, size_t begin)
{
    if (text_match_list_ending(t->cps, begin, &lx->cue[CNKG_DEVELOPS_INDUSTRY]) >= 2)
        return 1;
    size_t w = text_match_list_ending(t->cps, begin, &lx->cue[CNKG_IN_INDUSTRY]);
    return w >= 2 && !text_match_list_ending(t->cps, begin, &lx->sector_tail);
}

/* 美国零售|巨头|沃尔玛公司: is the industry that ends at end followed by a
 * word for a firm (kg:genericTerm of kg:Company) and the firm it describes?
 * It is the firm's sector (relations.c reads it so). */
static int describes_firm(const lexicon *lx, const text_view *t, const cand_list *cands,
                          const cand_index *x, size_t end)
{
    size_t w = text_match_list(t->cps, t->n, end, &lx->generic[CNKG_COMPANY]);
    if (!w || lexicon_firm_word_ending(lx, t->cps, t->n, end + w) != w)
        return 0;
    size_t b = end + w;
    for (size_t k = b < x->n_at ? x->at[b] : NO_CAND; k != NO_CAND; k = x->next[k])
        if (!cands->items[k].dropped && cands->items[k].cls == CNKG_COMPANY &&
            cands->items[k].begin == end + w)
            return 1;
    return 0;
}

static int is_naming_class(cnkg_class c)
{
    return c != CNKG_INDUSTRY && c != CNKG_PRODUCT;
}

/* Does a longer name of any kind but an industry's or a product's hold
 * [b, e) (国家|能源|局, 山东|能源|集团)? */
static int inside_any_name(const cand_list *cands, const cand_index *x, size_t b, size_t e)
{
    return held_by(cands, x, b, e, is_naming_class);
}

/* Does the story write the industry of c (its term) outside names too
 * (核电|站 beside 广东|核电|集团), in a sector frame or not? */
static int industry_written_elsewhere(const cand_list *cands, const cand_index *x, const cand *c)
{
    for (size_t k = 0; k < cands->n; k++) {
        const cand *o = &cands->items[k];
        if (o != c && o->cls == CNKG_INDUSTRY && o->term == c->term &&
            !inside_any_name(cands, x, o->begin, o->end))
            return 1;
    }
    return 0;
}

/* 农业结构, 优化能源结构, 汽车外板, 金融、物流、仓储等各类资源: an industry
 * name that the news mostly writes as an ordinary word (common-industries.ttl,
 * counted in the corpus) names the sector only in a sector frame, or as the
 * trade in a programme's, a project's or a park's name. Inside a firm's or
 * body's name (山东|能源|集团, 南都|能源|科技有限公司) it is the firm's trade
 * only when the story writes that sector outside such names too; alone
 * there it is part of the name, and the gold has no such sector. */
static void drop_common_industries(const lexicon *lx, const text_view *t, cand_list *cands)
{
    cand_index x;
    cand_index_file_all(&x, cands);
    char *inside = cnkg_xcalloc(cands->n + 1, 1);
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->cls != CNKG_INDUSTRY || c->source != SRC_GAZETTEER ||
            !text_list_holds(&lx->common_industry, t->cps, c->begin, c->end) ||
            sector_frame(lx, t, cands, &x, c->end) || developed(lx, t, c->begin) ||
            firm_before(cands, &x, c->begin) || describes_firm(lx, t, cands, &x, c->end) ||
            inside_programme(cands, &x, c->begin, c->end) ||
            inside_site_name(cands, &x, c->begin, c->end))
            continue;
        if (inside_name(cands, &x, c->begin, c->end))
            inside[i] = 1;
        else
            c->dropped = 1;
    }
    /* decided after the pass: the others' frames do not depend on these */
    for (size_t i = 0; i < cands->n; i++)
        if (inside[i] && !industry_written_elsewhere(cands, &x, &cands->items[i]))
            cands->items[i].dropped = 1;
    free(inside);
    cand_index_free(&x);
}

/* Is the name that ends at end named as a sector by what closes it: a
 * sector tail right after it (民用飞机|产业) or after the 等 that closes its
 * list (飞机、直升机、无人机等|产业)? A tail further on is another word's
 * (洗衣机生产|企业, 受到青睐已成为|产业趋势). */
static int sector_closes(const lexicon *lx, const text_view *t, size_t end)
{
    size_t after = list_close_after(t, end);
    return text_match_list(t->cps, t->n, end, &lx->sector_tail) ||
           (after && text_match_list(t->cps, t->n, after, &lx->sector_tail));
}

/* 民用飞机产业, 飞机、直升机、无人机等产业: a known product (products.ttl)
 * closed as a sector names the sector, not the thing made: the context
 * decides the class, as it does for industries listed beside products. */
static void industries_of_framed_products(const lexicon *lx, const text_view *t, cand_list *cands)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->cls == CNKG_PRODUCT && c->source == SRC_GAZETTEER && sector_closes(lx, t, c->end)) {
            c->cls = CNKG_INDUSTRY;
            c->term = NULL;
        }
    }
}

/* 生产折叠屏智能手机 … 门店里的折叠屏智能手机: a known product (智能手机)
 * written as the tail of a longer product the article names elsewhere (a
 * rule found it after 生产) is a mention of that longer one, not of the
 * short word. */
static void widen_known_products(const text_view *t, cand_list *cands)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->dropped || c->cls != CNKG_PRODUCT || c->source != SRC_GAZETTEER)
            continue;
        size_t len = c->end - c->begin;
        for (size_t k = 0; k < cands->n; k++) {
            const cand *o = &cands->items[k];
            size_t olen = o->end - o->begin;
            if (o->dropped || o->cls != CNKG_PRODUCT || olen <= len || olen - len > c->begin ||
                memcmp(t->cps + o->end - len, t->cps + c->begin, len * sizeof *t->cps) ||
                memcmp(t->cps + o->begin, t->cps + c->begin - (olen - len), olen * sizeof *t->cps))
                continue;
            c->begin -= olen - len;
            c->term = NULL;
            c->source = o->source;
            break;
        }
    }
}

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
    if (c->term && c->term->code && strlen(c->term->code) == 6 && division_level(c->term) == 3)
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
static void towns_of_named_counties(const lexicon *lx, const text_view *t, cand_list *cands)
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
static void division_chains(const lexicon *lx, const text_view *t, cand_list *cands)
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

static int is_actor_class(cnkg_class c)
{
    return c == CNKG_COMPANY || c == CNKG_ORGANIZATION || c == CNKG_GOVERNMENT_AGENCY;
}

static int may_nest(cnkg_class outer, cnkg_class inner, int at_head)
{
    if (outer == inner)
        return 0;
    /* 广州乾朗|珠宝|有限公司, 中储粮|黑龙江|分公司, 东亚|银行: names of firms and
     * bodies carry their trade and their places anywhere */
    if (inner == CNKG_INDUSTRY) /* 抚顺|石化|新城: a park is named by its trade too */
        return outer == CNKG_PROJECT || outer == CNKG_INDUSTRIAL_PARK || is_actor_class(outer);
    /* 中航|直升机|有限公司, 小型|挖掘机|项目: and firms and projects by their product */
    if (inner == CNKG_PRODUCT && (outer == CNKG_PROJECT || is_actor_class(outer)))
        return 1;
    if (is_actor_class(outer) && (inner == CNKG_ADMINISTRATIVE_DIVISION || inner == CNKG_REGION))
        return 1;
    /* 中联重科|华东|基地: a firm's site is named by its region */
    if (outer == CNKG_PROJECT && inner == CNKG_REGION)
        return 1;
    if (!at_head)
        return 0;
    switch (inner) {
    case CNKG_ADMINISTRATIVE_DIVISION:
        return outer != CNKG_INDUSTRY && outer != CNKG_PERSON;
    case CNKG_INDUSTRIAL_PARK:
        return outer == CNKG_GOVERNMENT_AGENCY || outer == CNKG_ORGANIZATION ||
               outer == CNKG_PROJECT || outer == CNKG_COMPANY;
    case CNKG_COMPANY:
        return outer == CNKG_PROJECT || outer == CNKG_PRODUCT;
    default:
        return 0;
    }
}

/* Trust, from most to least: known terms and strong rules (a legal suffix,
 * quotes, a department), then the statistical labeller, then rules on a
 * short suffix (银行, 电子), whose left edge is a guess. */
static int cand_tier(const cand *c)
{
    if (c->source == SRC_GAZETTEER || (c->source == SRC_RULE && c->strength >= 3))
        return 0;
    return c->source == SRC_LABELLER ? 1 : 2;
}

static int cand_order(const void *pa, const void *pb)
{
    const cand *a = pa, *b = pb;
    int ta = cand_tier(a), tb = cand_tier(b);
    if (ta != tb)
        return ta - tb;
    size_t la = a->end - a->begin, lb = b->end - b->begin;
    if (la != lb)
        return la > lb ? -1 : 1;
    if (a->strength != b->strength)
        return b->strength - a->strength;
    if (a->source != b->source)
        return a->source - b->source;
    if (a->begin != b->begin)
        return a->begin < b->begin ? -1 : 1;
    return (int)a->cls - (int)b->cls;
}

/* 《财政部、住建部|关于…的通知》: a document's title names its issuers
 * (names_titles.c, names_programme_titles), each a mention of its own. */
static int names_issuer(const cand *doc, const cand *body)
{
    return doc->cls == CNKG_PROGRAM && body->cls == CNKG_GOVERNMENT_AGENCY &&
           doc->begin <= body->begin && body->end <= doc->issuers_end;
}

/* Can c stay beside the kept candidate o? */
static int compatible(const cand *o, const cand *c)
{
    if (o->end <= c->begin || c->end <= o->begin)
        return 1;
    /* 落地万华化学等项目: the item is the company and its project at once */
    if (o->begin == c->begin && o->end == c->end &&
        ((o->cls == CNKG_COMPANY && c->cls == CNKG_PROJECT) ||
         (o->cls == CNKG_PROJECT && c->cls == CNKG_COMPANY)))
        return 1;
    if (names_issuer(o, c) || names_issuer(c, o))
        return 1;
    /* 国家优质|工程机械|产业基地: a title given (names_titles.c, names_designations) names
     * its sector */
    if (o->cls == CNKG_PROGRAM && o->strength >= 5 && c->cls == CNKG_INDUSTRY &&
        o->begin <= c->begin && c->end <= o->end)
        return 1;
    if (o->begin <= c->begin && c->end <= o->end && (o->begin != c->begin || o->end != c->end))
        return may_nest(o->cls, c->cls, o->begin == c->begin);
    if (c->begin <= o->begin && o->end <= c->end && (o->begin != c->begin || o->end != c->end))
        return may_nest(c->cls, o->cls, o->begin == c->begin);
    return 0;
}

/* 汇丰|中国, 美国|国务院: where the labeller reads a longer name of the same
 * kind around a known one, the longer name is the mention. */
static void prefer_longer_names(cand_list *cands, cand_index *x)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->source != SRC_LABELLER)
            continue;
        cand_index_near(x, c->begin, c->end); /* what c holds begins in it */
        for (size_t j = 0; j < x->n_near; j++) {
            cand *o = &cands->items[x->near[j]];
            if (cand_tier(o) == 0 && o->cls == c->cls && o->begin >= c->begin && o->end <= c->end &&
                (c->end - c->begin) - (o->end - o->begin) <= 10 &&
                (o->end - o->begin) < (c->end - c->begin) && !o->dropped) {
                /* 华润|则, 新南洋|就, 冠捷|母: one character after a known
                 * firm's or person's name is the next word, not a longer
                 * name (王毅|参加; one before a firm's may open one: 百|安居) */
                if ((c->cls == CNKG_COMPANY || c->cls == CNKG_PERSON) && o->begin == c->begin &&
                    o->end + 1 == c->end) {
                    c->dropped = 1;
                    break;
                }
                o->dropped = 1;
                c->strength = 3;
                c->source = SRC_RULE; /* now as sure as the term it extends */
            }
        }
    }
}

/* 美国|杜邦公司, 英国|丰利公司, 日本|电产: a foreign country at the head of
 * a firm's or body's name says where it comes from, as a division does
 * (SCHEMA.md's 江西光速电子); the news's own country (kg:homeCountry) there
 * is part of a national name (中国铝业, 中国汽研). */
static int foreign_head(const lexicon *lx, const text_view *t, const cand *country,
                        const cand *name)
{
    return is_actor_class(name->cls) && name->begin == country->begin &&
           !lexicon_is_home_country(lx, t->cps, country->begin, country->end);
}

/* Which candidates may be held by another (the cheap test that skips the
 * rest), and does outer hold inner so that inner is no mention of its own? */
typedef int (*held_kind_fn)(const cand *inner);
typedef int (*holds_fn)(const lexicon *lx, const text_view *t, const cand *outer,
                        const cand *inner);

/* Drop each live candidate of the kind that a live candidate holds. One
 * pass in text order: a candidate dropped here holds nothing later on. */
static void unmention_held(const lexicon *lx, const text_view *t, cand_list *cands,
                           held_kind_fn kind, holds_fn holds)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->dropped || !kind(c))
            continue;
        for (size_t k = 0; k < cands->n && !c->dropped; k++) {
            const cand *o = &cands->items[k];
            c->dropped = !o->dropped && holds(lx, t, o, c);
        }
    }
}

static int is_country_cand(const cand *c)
{
    return is_country(c->term);
}

/* 中国铝业, 中国汽研, 中国|(深圳)国际文化产业博览会: a country inside another
 * name is part of it, not a mention of the country, but at the head of a
 * foreign firm's or body's name. */
static int holds_country(const lexicon *lx, const text_view *t, const cand *o, const cand *c)
{
    return o->begin <= c->begin && c->end <= o->end && o->end - o->begin > c->end - c->begin &&
           !foreign_head(lx, t, c, o);
}

static int is_region_cand(const cand *c)
{
    return c->cls == CNKG_REGION;
}

/* 中联重科|华东|基地, 三一重工|西南|制造基地: the region inside a firm's site
 * says which of its sites it is (may_nest keeps the site whole); it is no
 * mention of the region. */
static int holds_site_region(const lexicon *lx, const text_view *t, const cand *o, const cand *c)
{
    (void)lx, (void)t;
    return o->cls == CNKG_PROJECT && o->begin < c->begin && c->end <= o->end;
}

/* 东北|制药, 华北|制药, 东北|证券, 南方|都市报: a region at the head of a
 * firm's or body's name is part of the name, not the region the story
 * speaks of: the training gold lists the region beside 9 of 61 such names
 * that alone hold it, where it lists a division at a firm's head beside
 * 370 of 397 (重庆|渝芯新材料, SCHEMA.md). A mention elsewhere in the text
 * keeps the region. */
static int holds_actor_region(const lexicon *lx, const text_view *t, const cand *o, const cand *c)
{
    (void)lx, (void)t;
    return (o->cls == CNKG_COMPANY || o->cls == CNKG_ORGANIZATION) && o->begin == c->begin &&
           c->end < o->end;
}

static int is_division_cand(const cand *c)
{
    return c->cls == CNKG_ADMINISTRATIVE_DIVISION;
}

/* 上海|证券报, 广州|日报, 泉州|网: a division at the head of a paper's or
 * a news site's name (a body ending in kg:pressSuffix) names where the
 * outlet is, not a place the story speaks of; the training gold lists the
 * division in 2 of 44 stories that name it only there. A mention elsewhere
 * in the text keeps the division. */
static int holds_outlet_division(const lexicon *lx, const text_view *t, const cand *o,
                                 const cand *c)
{
    return o->cls == CNKG_ORGANIZATION && o->begin == c->begin && c->end < o->end &&
           text_match_list_ending(t->cps, o->end, &lx->press_suffix);
}

/* 阜宁|稀土|实业有限公司: a trade of two or more characters between the
 * head of a firm's name and its suffix is what the firm does (relations.c
 * reads it so), unlike one at the name's start or end (青岛|啤酒) or a
 * single character (中|铝). */
static int names_the_trade(const lexicon *lx, const text_view *t, const cand *firm,
                           const cand *trade)
{
    if (firm->cls == CNKG_ORGANIZATION) /* 山东省医药行业协会: a trade's body */
        return trade->end - trade->begin >= 2 &&
               lexicon_is_trade_body(lx, t->cps, trade->begin, trade->end, firm->end);
    return firm->cls == CNKG_COMPANY && trade->begin > firm->begin && trade->end < firm->end &&
           trade->end - trade->begin >= 2;
}

/* 中铝|公司, 青岛|啤酒, 蔚来|汽车: the trade in a firm's name stays inside
 * the name (it keeps the firm whole in the choice above), but it is no
 * mention of the industry: the firm's name says what it is called, not
 * which sector the article speaks of. A product in a firm's or a body's
 * name (中航|直升机|有限公司) is no mention of it either. Nor is the trade
 * a firm's or a body's name states (苏氏荣华|食品|有限公司, 中国|化学制药|
 * 工业协会) when the story writes that sector nowhere outside names: the
 * gold of the training stories lists such a sector in about one story of
 * ten (9 of 65 firms' names, 7 of 117 bodies'). */
static void unmention_nested_industries(const lexicon *lx, const text_view *t, cand_list *cands)
{
    cand_index x; /* a name around c begins the longest's length before c's end or later */
    cand_index_file_all(&x, cands);
    char *trade = cnkg_xcalloc(cands->n + 1, 1);
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->dropped || (c->cls != CNKG_INDUSTRY && c->cls != CNKG_PRODUCT))
            continue;
        cand_index_near(&x, c->end > x.longest ? c->end - x.longest : 0, c->begin);
        for (size_t j = 0; j < x.n_near && !c->dropped; j++) {
            const cand *o = &cands->items[x.near[j]];
            if (o->dropped || !(is_actor_class(o->cls) || o->cls == CNKG_INDUSTRIAL_PARK) ||
                o->begin > c->begin || c->end > o->end || o->end - o->begin <= c->end - c->begin)
                continue;
            if (c->cls == CNKG_PRODUCT || !names_the_trade(lx, t, o, c))
                c->dropped = 1;
            else if (c->term)
                trade[i] = 1; /* a known sector, told apart by its term */
        }
    }
    /* decided after the pass, whatever the order in which the mentions were
     * read: a trade written only in names is dropped. Once per sector (each
     * of its mentions here is inside a name, so the answer is the same for
     * all): a listing of a thousand 某某科技有限公司 asks it once. */
    for (size_t i = 0; i < cands->n; i++) {
        if (!trade[i])
            continue;
        const cnkg_term *sector = cands->items[i].term;
        int written = industry_written_elsewhere(cands, &x, &cands->items[i]);
        for (size_t j = i; j < cands->n; j++)
            if (trade[j] && cands->items[j].term == sector) {
                trade[j] = 0;
                cands->items[j].dropped |= !written;
            }
    }
    free(trade);
    cand_index_free(&x);
}

/* 江西省|九江市|经开区, 津南区|八里台|工业区: do divisions run unbroken from
 * the head of o to the start of c? Then c, a division too, is one more
 * link of the chain that opens the name, and a mention as the head is. */
static int division_chain(const cand_list *cands, const cand *o, const cand *c)
{
    if (c->cls != CNKG_ADMINISTRATIVE_DIVISION || o->cls == CNKG_ADMINISTRATIVE_DIVISION ||
        o->cls == CNKG_INDUSTRY || o->cls == CNKG_PERSON || c->begin <= o->begin || c->end > o->end)
        return 0;
    size_t pos = o->begin;
    for (int steps = 0; pos < c->begin && steps < 4; steps++) {
        size_t next = pos;
        for (size_t k = 0; k < cands->n; k++) {
            const cand *d = &cands->items[k];
            if (!d->dropped && d->cls == CNKG_ADMINISTRATIVE_DIVISION && d->begin == pos &&
                d->end <= c->begin && d->end > next)
                next = d->end;
        }
        if (next == pos)
            return 0;
        pos = next;
    }
    return pos == c->begin;
}

/* The division named at [b, e) by a term among the candidates, or NULL. */
static const cnkg_term *division_at(const cand_list *cands, size_t b, size_t e)
{
    for (size_t k = 0; k < cands->n; k++) {
        const cand *o = &cands->items[k];
        if (o->cls == CNKG_ADMINISTRATIVE_DIVISION && o->term && o->begin == b && o->end == e)
            return o->term;
    }
    return NULL;
}

/* The known park of this class one of whose forms is name, or NULL. */
static const cnkg_term *park_named(const lexicon *lx, const char *name)
{
    size_t n = cnkg_ontology_term_count(lx->onto);
    for (size_t i = 0; i < n; i++) {
        const cnkg_term *term = cnkg_ontology_term(lx->onto, i);
        for (size_t f = 0; term->cls == CNKG_INDUSTRIAL_PARK && f < term->n_forms; f++)
            if (term->form_kinds[f] != FORM_HIDDEN && strcmp(term->forms[f], name) == 0)
                return term;
    }
    return NULL;
}

/* 江西省九江市|经开区, 合肥市|高新区: a park named by nothing but the divisions
 * it lies in is the park of the last of them, named by its short form
 * (九江经开区); the divisions before it are mentions of themselves. */
static void name_parks_by_their_division(const lexicon *lx, const text_view *t, cand_list *cands)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->dropped || c->cls != CNKG_INDUSTRIAL_PARK || c->source != SRC_RULE || c->term ||
            c->label || c->head_end <= c->begin || c->head_end >= c->end)
            continue;
        const cnkg_term *last = NULL;
        size_t p = c->begin;
        while (p < c->head_end) {
            size_t q = c->head_end;
            const cnkg_term *d = NULL;
            while (q > p && !(d = division_at(cands, p, q)))
                q--;
            if (!d)
                break;
            last = d;
            p = q;
        }
        if (p != c->head_end || !last)
            continue;
        const char *shortest = last->label;
        for (size_t f = 0; f < last->n_forms; f++)
            if (last->form_kinds[f] != FORM_HIDDEN && cnkg_utf8_length(last->forms[f]) >= 2 &&
                strlen(last->forms[f]) < strlen(shortest))
                shortest = last->forms[f];
        char *suffix = cnkg_cps_to_utf8(t->cps, c->head_end, c->end);
        cnkg_buf name = {0};
        cnkg_buf_puts(&name, shortest);
        cnkg_buf_puts(&name, suffix);
        free(suffix);
        c->term = park_named(lx, name.data); /* its label wins; the name stays an alias */
        c->label = cnkg_buf_detach(&name);
    }
}

/* 海尔(天津)市场创新产业园区, 中国(深圳)国际文化产业博览会: a division in
 * brackets inside the name of a park, project, place or event says where
 * it is; it stays a mention (relations.c states the place). */
static int bracketed_division(const text_view *t, const cand *o, const cand *c)
{
    unsigned where =
        1u << CNKG_INDUSTRIAL_PARK | 1u << CNKG_PROJECT | 1u << CNKG_PLACE | 1u << CNKG_EVENT;
    return c->cls == CNKG_ADMINISTRATIVE_DIVISION && (where & (1u << o->cls)) &&
           o->begin < c->begin && c->end < o->end && text_is_open_paren(t->cps[c->begin - 1]) &&
           text_is_close_paren(t->cps[c->end]);
}

/* 鞍钢|莆田|100万吨冷轧项目, 福建自贸试验区|厦门|片区: after the firm that
 * opens a project's name, or the park that opens a park's (the park's area
 * in that place), a division says where the thing stands. The name keeps
 * it inside, and it is a mention of the division, as one at the head is. */
static int site_after_head(const lexicon *lx, const text_view *t, const cand_list *cands,
                           const cand *o, const cand *c)
{
    const cand *outer = o->cls == CNKG_ADMINISTRATIVE_DIVISION ? c : o;
    const cand *division = outer == o ? c : o;
    if (division->cls != CNKG_ADMINISTRATIVE_DIVISION || division->begin <= outer->begin ||
        division->end >= outer->end)
        return 0;
    if (outer->cls == CNKG_INDUSTRIAL_PARK)
        return lexicon_is_park_area(lx, t->cps, outer->begin, division->begin);
    for (size_t k = 0; outer->cls == CNKG_PROJECT && k < cands->n; k++) {
        const cand *f = &cands->items[k];
        if (!f->dropped && f->cls == CNKG_COMPANY && f->begin == outer->begin &&
            f->end == division->begin)
            return 1;
    }
    return 0;
}

/* 橡胶行业“十二五”发展规划指导纲要, 轮胎产业政策: a plan or policy
 * (kg:policyTail ends its name) names the sector it is for, a known industry
 * that a word for a sector (kg:nameSuffix of kg:Industry: 行业, 产业) follows
 * inside the name; it stays a mention of that industry. Known: a term, a
 * known product read as the sector it names (多晶硅|行业准入条件, found in
 * the gazetteer), or a sector a rule read before 行业 where it opens the
 * name (氯碱|行业“十二五”规划). */
static int policy_sector(const lexicon *lx, const text_view *t, const cand *o, const cand *c)
{
    if (o->cls != CNKG_PROGRAM || c->cls != CNKG_INDUSTRY || c->begin < o->begin ||
        c->end >= o->end || c->end - c->begin < 2)
        return 0;
    if (!c->term && c->source != SRC_GAZETTEER && c->begin != o->begin)
        return 0;
    size_t words = text_before_bracket(t->cps, o->begin, o->end);
    return text_match_list(t->cps, o->end, c->end, &lx->suffix[CNKG_INDUSTRY]) > 0 &&
           text_match_list_ending(t->cps, words, &lx->policy_tail) > 0;
}

/* 中国电子材料协会 (中国电子 a known firm), 中国船舶工业行业协会: where the
 * labeller and a suffix rule read the same firm's or body's name, each
 * alone unsure of its edges, the two agree on them: the name is as sure as
 * a known term, and a known name at its head is part of it. */
static void agreed_names(cand_list *cands, cand_index *x)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->source != SRC_LABELLER || c->dropped || !is_actor_class(c->cls))
            continue;
        cand_index_near(x, c->begin, c->begin);
        for (size_t j = 0; j < x->n_near; j++) {
            const cand *o = &cands->items[x->near[j]];
            if (o->source == SRC_RULE && !o->dropped && o->cls == c->cls && o->end == c->end &&
                o->begin == c->begin) {
                c->strength = 3;
                c->source = SRC_RULE;
                break;
            }
        }
    }
}

/* Greedy by rank: a candidate stays when it crosses no kept one and nests
 * only where may_nest allows, or as a bracketed division or a site after a
 * name's head. */
static void choose(const lexicon *lx, const text_view *t, cand_list *cands)
{
    /* both passes change no span, so one index serves them */
    cand_index before;
    cand_index_file_all(&before, cands);
    agreed_names(cands, &before);
    prefer_longer_names(cands, &before);
    cand_index_free(&before);
    if (cands->n)
        qsort(cands->items, cands->n, sizeof *cands->items, cand_order);
    /* the kept ones ranked above c are filed; of them, only those that
     * overlap c (begin less than the longest before it) can be
     * incompatible with it */
    cand_index x;
    cand_index_init(&x, cands);
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        cand_index_near(&x, c->begin > x.longest ? c->begin - x.longest : 0, c->end);
        for (size_t j = 0; j < x.n_near && !c->dropped; j++) {
            cand *o = &cands->items[x.near[j]];
            if (o->dropped || compatible(o, c) || policy_sector(lx, t, o, c) ||
                division_chain(cands, o, c) || bracketed_division(t, o, c) ||
                site_after_head(lx, t, cands, o, c))
                continue;
            c->dropped = 1;
            /* the same name read twice: the winner keeps what the term knows */
            if (o->begin == c->begin && o->end == c->end && o->cls == c->cls && !o->term)
                o->term = c->term;
        }
        if (!c->dropped)
            cand_index_file(&x, cands, i);
    }
    cand_index_free(&x);
    unmention_held(lx, t, cands, is_country_cand, holds_country);
}

static char *surface(const text_view *t, size_t b, size_t e)
{
    return cnkg_cps_to_utf8(t->cps, b, e);
}

/* The canonical label of a kept candidate: the term's, else the surface
 * without quotes. */
static char *cand_label(const text_view *t, const cand *c)
{
    if (c->term)
        return cnkg_xstrdup(c->term->label);
    if (c->label)
        return cnkg_xstrdup(c->label);
    cnkg_buf out = {0};
    for (size_t i = c->begin; i < c->end; i++) {
        if (text_is_skipped(t->cps[i]) && t->cps[i] != ' ')
            continue;
        char tmp[4];
        cnkg_buf_append(&out, tmp, cnkg_utf8_encode(t->cps[i], tmp));
    }
    return cnkg_buf_detach(&out);
}

/* Does a known company open [b, e) past the division that ends at d
 * (青岛|啤酒: the place is part of the firm's name)? */
static int company_over(const cand_list *cands, size_t b, size_t d, size_t e)
{
    for (size_t k = 0; k < cands->n; k++) {
        const cand *o = &cands->items[k];
        if (o->cls == CNKG_COMPANY && o->source == SRC_GAZETTEER && o->begin == b && o->end > d &&
            o->end <= e)
            return 1;
    }
    return 0;
}

/* Does a firm of the story bear a name that begins as [b, e) does
 * (江苏恒锐精密|新厂区 after 江苏恒锐精密科技有限公司)? Then the division
 * opens the firm's name, not the project's. */
static int firm_named_so(const text_view *t, const cand_list *cands, size_t b, size_t e)
{
    for (size_t k = 0; k < cands->n; k++) {
        const cand *o = &cands->items[k];
        if (o->cls == CNKG_COMPANY && o->begin != b && o->end - o->begin >= e - b &&
            memcmp(t->cps + o->begin, t->cps + b, (e - b) * sizeof *t->cps) == 0)
            return 1;
    }
    return 0;
}

/* 璧山区比亚迪动力电池基地: the district is where the project stands, not
 * part of its name, so the project begins after it; unless the district
 * begins a firm's name (青岛啤酒年产…基地项目), or the project is built
 * works (kg:worksSuffix) that places name (枝江长江大桥, 西安至延安高铁).
 * A place written without its level word (kg:levelWord: 北京|数字经济算力
 * 中心, 天津|海吉星…物流园项目) is the short name the project carries,
 * unless a firm's name begins so. */
static void trim_division_heads(const lexicon *lx, const text_view *t, cand_list *cands)
{
    size_t n = cands->n;
    for (size_t i = 0; i < n; i++) {
        cand *c = &cands->items[i];
        if (c->cls != CNKG_PROJECT || c->term ||
            text_match_list_ending(t->cps, c->end, &lx->works_suffix))
            continue;
        for (size_t k = 0; k < n; k++) {
            const cand *o = &cands->items[k];
            if (o->cls == CNKG_ADMINISTRATIVE_DIVISION && o->source == SRC_GAZETTEER &&
                o->begin == c->begin && o->end + 3 <= c->end &&
                (text_match_list_ending(t->cps, o->end, &lx->level_word) ||
                 firm_named_so(t, cands, c->begin, o->end + 1)) &&
                !company_over(cands, c->begin, o->end, c->end)) {
                c->begin = o->end;
                break;
            }
        }
    }
}

void entity_link_term(cnkg_entity *e, const cnkg_term *term)
{
    if (!term || (e->iri && strcmp(e->iri, term->iri) != 0))
        return; /* already another known thing */
    if (!e->iri)
        e->iri = cnkg_xstrdup(term->iri);
    if (term->code && !e->code)
        e->code = cnkg_xstrdup(term->code);
    if (term->parent && !e->broader)
        e->broader = cnkg_xstrdup(term->parent);
}

static char *township_iri(const char *code)
{
    cnkg_buf b = {0};
    cnkg_buf_printf(&b, "%sdivision/%s", CNKG_ID_NS, code);
    return cnkg_buf_detach(&b);
}

static void link_township(cnkg_entity *e, const cnkg_township *town)
{
    if (!e->code)
        e->code = cnkg_xstrdup(town->code);
    if (!e->broader)
        e->broader = township_iri(town->parent);
}

static void add_entities(const text_view *t, cand_list *cands, cnkg_article *a)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->dropped)
            continue;
        char *label = cand_label(t, c);
        if (!*label) { /* nothing but quotes and blanks: no name */
            c->dropped = 1;
            free(label);
            continue;
        }
        char *town_iri = c->town ? township_iri(c->town->code) : NULL;
        c->entity = cnkg_article_entity_known(a, c->cls, c->town ? c->town->name : label,
                                              c->term ? c->term->iri : town_iri);
        entity_link_term(&a->entities[c->entity], c->term);
        if (c->town)
            link_township(&a->entities[c->entity], c->town);
        free(town_iri);
        char *form = surface(t, c->begin, c->end);
        cnkg_entity_add_alias(&a->entities[c->entity], form);
        if (c->term && c->label)
            cnkg_entity_add_alias(&a->entities[c->entity], c->label);
        cnkg_article_add_mention(a, c->entity, c->begin, c->end);
        free(form);
        free(label);
    }
}

/* 新能源|汽车 is an industry, not a company called 新能源: a name from a
 * short suffix whose head is a known industry or product, or a generic
 * word, names no one. */
static void drop_weak_heads(const lexicon *lx, const text_view *t, cand_list *cands)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->source != SRC_RULE || c->strength >= 3 || c->head_end >= c->end ||
            (c->cls != CNKG_COMPANY && c->cls != CNKG_ORGANIZATION))
            continue;
        for (int k = 0; k < CNKG_CLASS_COUNT && !c->dropped; k++)
            c->dropped = lexicon_is_generic(lx, (cnkg_class)k, t->cps, c->begin, c->head_end);
        for (size_t k = 0; k < cands->n && !c->dropped; k++) {
            const cand *g = &cands->items[k];
            c->dropped = g->source == SRC_GAZETTEER && g->begin == c->begin &&
                         g->end == c->head_end &&
                         (g->cls == CNKG_INDUSTRY || g->cls == CNKG_PRODUCT);
        }
    }
}

/* 浙江|地区, 四川|地区: a known division and a region's suffix that is also
 * a common noun (地区, 片区) speak of the division, which is the mention. */
static void drop_division_regions(const lexicon *lx, const text_view *t, cand_list *cands)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->source != SRC_RULE || c->dropped || c->cls != CNKG_REGION)
            continue;
        size_t sfx = text_match_list_ending(t->cps, c->end, &lx->suffix[CNKG_REGION]);
        if (!sfx || sfx >= c->end - c->begin ||
            !lexicon_is_generic(lx, CNKG_REGION, t->cps, c->end - sfx, c->end))
            continue; /* 武汉|都市圈 is a region of its own */
        for (size_t k = 0; k < cands->n && !c->dropped; k++) {
            const cand *g = &cands->items[k];
            c->dropped = g->source == SRC_GAZETTEER && !g->dropped &&
                         g->cls == CNKG_ADMINISTRATIVE_DIVISION && g->begin == c->begin &&
                         g->end == c->end - sfx;
        }
    }
}

/* 江西光速|电子: a known industry word that is the suffix of a name found by
 * that suffix belongs to the name. */
static void drop_name_suffix_terms(cand_list *cands)
{
    for (size_t i = 0; i < cands->n; i++) {
        const cand *c = &cands->items[i];
        if (c->source != SRC_RULE || c->dropped || c->head_end >= c->end ||
            (c->cls != CNKG_COMPANY && c->cls != CNKG_ORGANIZATION))
            continue;
        for (size_t k = 0; k < cands->n; k++) {
            cand *g = &cands->items[k];
            if (g->source == SRC_GAZETTEER && g->begin == c->head_end && g->end == c->end &&
                (g->cls == CNKG_INDUSTRY || g->cls == CNKG_PRODUCT))
                g->dropped = 1;
        }
    }
}

static int is_blank(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == '\n';
}

static int is_paren(uint32_t cp)
{
    return text_is_open_paren(cp) || text_is_close_paren(cp);
}

/* Parentheses inside [b, e) that do not pair up. */
static int unbalanced(const text_view *t, size_t b, size_t e)
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
        return unbalanced(t, c->begin, c->end);
    return text_is_punct(cp) && cp != 0xB7 && cp != '+' && cp != '-' && !text_is_skipped(cp);
}

/* The labeller may take a blank or a stray bracket into a name (记者 夏元,
 * 许静)): names never begin or end with one. */
static void trim_blanks(const text_view *t, cand_list *cands)
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
static void mend_cut_openings(const lexicon *lx, const text_view *t, cand_list *cands)
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
static int generic_of_any(const lexicon *lx, const text_view *t, size_t b, size_t e);

static size_t labelled_start(const lexicon *lx, const text_view *t, const cand_list *cands,
                             const cand *c)
{
    enum { CROSS_MAX = 3 };
    size_t b = c->begin, start = b;
    size_t m = text_match_list(t->cps, c->end, b, &lx->boundary);
    /* 从|行业协会: before a kind's common noun, which then names none */
    if (m && (term_at(cands, b + m) || generic_of_any(lx, t, b + m, c->end)))
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
static void trim_labelled_openings(const lexicon *lx, const text_view *t, cand_list *cands)
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

/* Does a known term longer than k characters begin at b (的|家电设计: 家电,
 * not the measure word 家)? */
static int term_opens_past(const gaz_hit *hits, size_t n_hits, size_t b, size_t k)
{
    for (size_t i = 0; i < n_hits; i++)
        if (hits[i].begin == b && hits[i].end - hits[i].begin > k)
            return 1;
    return 0;
}

/* 两个项目, 这条生产线, 28个系列, 江苏四家: a count of things, not a name.
 * True when the span opens with a measure word right after a numeral or a
 * word that stops names (这, 该) (not one that opens a known term there:
 * 的|家电设计), or with a numeral and a measure word, or, when
 * counted_before, right after a count (50多家|啤酒生产基地) that is no
 * ordinal. */
static int is_counted(const lexicon *lx, const text_view *t, const gaz_hit *hits, size_t n_hits,
                      size_t b, size_t e, int counted_before)
{
    size_t k = text_match_list(t->cps, e, b, &lx->measure);
    if (b > 0 && k &&
        (text_is_numeral(t->cps[b - 1]) || (text_match_list_ending(t->cps, b, &lx->boundary) &&
                                            !term_opens_past(hits, n_hits, b, k))))
        return 1;
    size_t count = counted_before ? text_count_start(t->cps, b, &lx->measure) : b;
    if (count != b && !(count > 0 && t->cps[count - 1] == 0x7B2C)) /* 第 */
        return 1; /* 第一条|X中试线: an ordinal says which one, not how many */
    size_t p = b;
    while (p < e && text_is_numeral(t->cps[p]))
        p++;
    if (p > b && text_match_list(t->cps, e, p, &lx->measure))
        return 1;
    /* 江苏四家: a count closing the span names the firms counted */
    for (size_t q = b + 1; q < e; q++)
        if (text_is_numeral(t->cps[q - 1]) && text_match_list(t->cps, e, q, &lx->measure) &&
            q + text_match_list(t->cps, e, q, &lx->measure) == e)
            return 1;
    return 0;
}

/* The labeller reads a person in any run of letters (URL letters, 宏齐 in
 * 台湾宏齐建设): a name is Han only, and no division's; a Chinese one begins with a surname, a
 * transliterated one is longer (卡斯特罗) or joined by · (菲利普·罗斯). */
static int person_shaped(const lexicon *lx, const text_view *t, size_t b, size_t e)
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
static int chinese_name(const lexicon *lx, const text_view *t, size_t b, size_t e)
{
    return e - b <= 3 && text_match_list(t->cps, e, b, &lx->surname) && person_shaped(lx, t, b, e);
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
static void extend_cut_persons(const text_view *t, cand_list *cands)
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
static void cut_run_on_persons(const text_view *t, cand_list *cands)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->cls == CNKG_PERSON && !c->dropped && c->source != SRC_GAZETTEER &&
            c->end - c->begin == 3 && !person_readings(t, cands, c->begin, 3, c->begin) &&
            person_readings(t, cands, c->begin, 2, c->begin))
            c->end = c->begin + 2;
    }
}

/* The labeller reads bodies in a title and a name (市委常委苟利军), in a
 * person's name alone (苟利军), in 市有关部门: a person's name under a title,
 * or a short one with no word that says it is a body (委, 局, 政府), is the
 * person; a level and a generic word name no body. */
static void check_labelled_agency(const lexicon *lx, const text_view *t, cand *c)
{
    size_t b = c->begin, e = c->end;
    for (size_t p = e > 4 ? e - 4 : b; p + 2 <= e; p++) {
        if (p >= b + 2 && text_match_list_ending(t->cps, p, &lx->trigger[CNKG_PERSON]) &&
            chinese_name(lx, t, p, e)) {
            c->begin = p; /* 市委常委|苟利军 */
            c->cls = CNKG_PERSON;
            return;
        }
    }
    /* 山东省委|常委, 福州市委|常委: a post (a kg:Person trigger) after a
     * body's name is no part of it */
    for (size_t q = e - 1; q >= b + 2; q--)
        if (text_list_holds(&lx->trigger[CNKG_PERSON], t->cps, q, e) &&
            text_match_list_ending(t->cps, q, &lx->suffix[CNKG_GOVERNMENT_AGENCY])) {
            c->end = e = q;
            break;
        }
    size_t level = text_match_list(t->cps, e, b, &lx->level_word);
    if (level && lexicon_is_generic(lx, CNKG_GOVERNMENT_AGENCY, t->cps, b + level, e))
        c->dropped = 1; /* 市|有关部门 */
    else if (text_match_list_ending(t->cps, e, &lx->not_bureau))
        c->dropped = 1; /* 城镇化空间布局, 开发保护格局: 局 ends the word, no bureau */
    else if (!text_match_list_ending(t->cps, e, &lx->suffix[CNKG_GOVERNMENT_AGENCY]) &&
             chinese_name(lx, t, b, e))
        c->cls = CNKG_PERSON; /* 苟利军 */
}

/* 贸|易公司, 合资公司: a firm's suffix after one character, or after a
 * word that stops names, names no firm. */
static int bare_firm(const lexicon *lx, const text_view *t, const cand *c)
{
    size_t sfx = text_match_list_ending(t->cps, c->end, &lx->suffix[CNKG_COMPANY]);
    if (!sfx || sfx >= c->end - c->begin)
        return 0;
    size_t head = c->end - sfx;
    return head - c->begin < 2 || text_list_holds(&lx->boundary, t->cps, c->begin, head);
}

/* 湖北加快科|技成果, 中科空天飞行科|技产业化基地: a firm's name does not end
 * inside one of the words that end firms' names (科技). */
static int ends_inside_suffix(const lexicon *lx, const text_view *t, const cand *c)
{
    for (size_t k = 1; k < 4 && k < c->end - c->begin; k++)
        if (text_match_list(t->cps, t->n, c->end - k, &lx->suffix[CNKG_COMPANY]) > k)
            return 1;
    return 0;
}

/* 中央经|济工作会议: a labelled body with no body's suffix (委, 局, 政府)
 * that an event's name (会议, 大会) runs past, from the same start, is a
 * cut of that name. (Other rules' names past it cost CLUENER's bodies.) */
static int cut_by_a_rule(const lexicon *lx, const text_view *t, const cand_list *cands,
                         const cand *c)
{
    if (text_match_list_ending(t->cps, c->end, &lx->suffix[CNKG_GOVERNMENT_AGENCY]))
        return 0;
    for (size_t k = 0; k < cands->n; k++) {
        const cand *o = &cands->items[k];
        if (o->source == SRC_RULE && o->cls == CNKG_EVENT && !o->dropped && o->begin == c->begin &&
            o->end > c->end)
            return 1;
    }
    return 0;
}

static int generic_of_any(const lexicon *lx, const text_view *t, size_t b, size_t e)
{
    for (int k = 0; k < CNKG_CLASS_COUNT; k++)
        if (lexicon_is_generic(lx, (cnkg_class)k, t->cps, b, e))
            return 1;
    return 0;
}

/* 思路, 第一站, 伟大工程: a common noun that ends in a name suffix
 * (common-nouns.ttl, counted in the corpus) is a kind's word too. */
static int is_generic_of_any(const lexicon *lx, const text_view *t, const cand *c)
{
    return generic_of_any(lx, t, c->begin, c->end) ||
           text_list_holds(&lx->common_noun, t->cps, c->begin, c->end);
}

/* Dew p|roduction, OSCAR|: a name written in Latin letters begins and
 * ends at a word's edges; a span that cuts a word is a fragment. */
static int cuts_latin_word(const text_view *t, size_t b, size_t e)
{
    return (b > 0 && text_is_latin(t->cps[b]) && text_is_latin(t->cps[b - 1])) ||
           (e < t->n && e > b && text_is_latin(t->cps[e - 1]) && text_is_latin(t->cps[e]));
}

/* 冶金(, (中国): a name holds its parentheses in pairs, and a bracketed
 * part follows its name rather than opening one. */
static int broken_parens(const text_view *t, size_t b, size_t e)
{
    return unbalanced(t, b, e) || (e > b && text_is_open_paren(t->cps[b]));
}

/* 博物馆, 高速公路: a place's or project's suffix word alone is a common
 * noun (the suffixes of events hold names: 亚运会, 广交会). */
static int bare_suffix(const lexicon *lx, const text_view *t, const cand *c)
{
    return (c->cls == CNKG_PLACE || c->cls == CNKG_PROJECT) &&
           text_list_holds(&lx->suffix[c->cls], t->cps, c->begin, c->end);
}

/* 老路, 网站, 涉港: one character before the suffix of a made way or stop
 * (kg:waySuffix) makes a common word, not a place's name. */
static int short_way(const lexicon *lx, const text_view *t, const cand *c)
{
    return c->cls == CNKG_PLACE && c->end - c->begin == 2 &&
           text_list_holds(&lx->way_suffix, t->cps, c->begin + 1, c->end);
}

/* 此项活动, 上述项目, 这|项工程: a demonstrative before the head noun (and
 * its measure word) points back to a thing; it opens no name. */
static int points_to_thing(const lexicon *lx, const text_view *t, size_t b, size_t e)
{
    size_t d = text_match_list(t->cps, e, b, &lx->demonstrative);
    if (d && d < e - b)
        return 1;
    /* 这些|偏僻落后地区, 这一|全球最大自贸区: a demonstrative with its
     * number describes the thing it points back to */
    if (text_match_list_ending(t->cps, b, &lx->pointing_phrase))
        return 1;
    return text_match_list_ending(t->cps, b, &lx->demonstrative) &&
           text_match_list(t->cps, e, b, &lx->measure);
}

/* 全国|铁路, 全国|主要发电企业电源工程, 全国|高新区: a word for a whole
 * territory (kg:wholeTerritoryWord) before a place, a plant, a park or a region
 * speaks of all such things there; it opens no name of one. */
static int scoped_kind(const lexicon *lx, const text_view *t, const cand *c)
{
    if (c->cls != CNKG_PLACE && c->cls != CNKG_PROJECT && c->cls != CNKG_INDUSTRIAL_PARK &&
        c->cls != CNKG_REGION)
        return 0;
    size_t m = text_match_list(t->cps, c->end, c->begin, &lx->whole_territory);
    return m && m < c->end - c->begin;
}

/* 全|国网上零售额, 全|国办理, 全|市高速公路, 全|省防汛抗旱指挥中心: a name
 * that starts inside a word for a whole territory (kg:wholeTerritoryWord) is
 * cut from that word, whatever found it; the word itself opens no name. */
static int starts_inside_territory_word(const lexicon *lx, const text_view *t, const cand *c)
{
    for (size_t q = c->begin + 1; q < c->end; q++) {
        size_t m = text_match_list_ending(t->cps, q, &lx->whole_territory);
        if (m && q - m < c->begin)
            return 1;
    }
    return 0;
}

/* 中马|两国, 中塞|友谊, 中塔|关系: two countries written in one character
 * each (kg:countryShortChar) name the pair, not a firm, a body or a place (塔
 * closes places' names), unless the two
 * characters are a known name (巴西, 印尼: a gazetteer term on the span). A
 * person's two characters may be any (马新). */
static int country_pair(const lexicon *lx, const text_view *t, const gaz_hit *hits, size_t n_hits,
                        const cand *c)
{
    if (c->end - c->begin != 2 || c->cls == CNKG_PERSON ||
        !text_list_holds(&lx->country_letter, t->cps, c->begin, c->begin + 1) ||
        !text_list_holds(&lx->country_letter, t->cps, c->begin + 1, c->end))
        return 0;
    for (size_t i = 0; i < n_hits; i++)
        if (hits[i].begin == c->begin && hits[i].end == c->end)
            return 0;
    return 1;
}

/* Is the two-character word at b a frequent word written across a name's
 * edge (kg:crossingWordStart or kg:crossingWordEnd)? */
static int frequent_word_at(const lexicon *lx, const text_view *t, size_t b)
{
    return b + 2 <= t->n && (text_list_holds(&lx->crossing_start, t->cps, b, b + 2) ||
                             text_list_holds(&lx->crossing_end, t->cps, b, b + 2));
}

/* Does another kept name hold the character at p (中国|家具: 中国 takes 国)? */
static int char_claimed(const cand_list *cands, const cand *c, size_t p)
{
    for (size_t i = 0; i < cands->n; i++) {
        const cand *o = &cands->items[i];
        if (o != c && !o->dropped && o->begin <= p && p < o->end &&
            (o->end <= c->begin || o->begin >= c->end))
            return 1;
    }
    return 0;
}

/* 中国特色社|会主义, 中央办|公厅, 内塔尼|亚胡, 我|国太原卫星, 加沙|地带民防部门: a
 * name a rule found begins and ends at a word's edge; one whose first or
 * last character makes a frequent word with its neighbour outside is cut
 * out of the text's words. A sector or a place may end before a word its
 * suffix starts (光伏产业|链, 塔里木河|流域). */
static int cuts_frequent_word(const lexicon *lx, const text_view *t, const cand_list *cands,
                              const cand *c)
{
    if (c->end - c->begin < 3)
        return 0;
    if (c->begin >= 1 && frequent_word_at(lx, t, c->begin - 1) &&
        !char_claimed(cands, c, c->begin - 1))
        return 1;
    return c->cls != CNKG_INDUSTRY && c->cls != CNKG_PLACE && frequent_word_at(lx, t, c->end - 1) &&
           !char_claimed(cands, c, c->end);
}

/* 摩|托罗拉 (摩托罗拉), 白|俄罗斯国防部 (白俄罗斯), 马自|达 (马自达): a known
 * term of three characters or more written across a proposed name's edge takes the characters the
 * name shares with it; the name is a fragment. */
static int straddled_by_term(const gaz_hit *hits, size_t n_hits, const cand *c)
{
    for (size_t i = 0; i < n_hits; i++) {
        const gaz_hit *h = &hits[i];
        if (h->end - h->begin < 3)
            continue; /* 长武, 同安: a short county's name is written inside
                       * other words (委员长|武维华, 同|安瓦尔) */
        if ((h->begin < c->begin && c->begin < h->end && h->end < c->end) ||
            (c->begin < h->begin && h->begin < c->end && c->end < h->end))
            return 1;
    }
    return 0;
}

/* 意大利公司, 大型集团: a word for a firm of any trade (kg:bareFirmWord:
 * 公司, 集团) after nothing but a country or words that say what kind
 * (kg:descriptiveWord) names a kind of firm, one from that country or of
 * that size, not a firm (美国杜邦公司, 海尔集团 name one). Not after a
 * Chinese division: 武威公司 is a firm's branch there. */
static int kind_of_firm(const lexicon *lx, const text_view *t, const gaz_hit *hits, size_t n_hits,
                        const cand *c)
{
    if (c->cls != CNKG_COMPANY || c->term)
        return 0;
    size_t g = text_match_list_ending(t->cps, c->end, &lx->bare_firm_word);
    if (!g || g >= c->end - c->begin)
        return 0;
    size_t head = c->end - g;
    for (size_t q = c->begin; q < head;) {
        size_t w = text_match_list(t->cps, head, q, &lx->descriptive);
        if (!w)
            break;
        q += w;
        if (q == head)
            return 1;
    }
    for (size_t i = 0; i < n_hits; i++) {
        const gaz_hit *h = &hits[i];
        if (h->begin == c->begin && h->end == head && h->form_kind != FORM_HIDDEN &&
            is_country(cnkg_ontology_term(lx->onto, h->term)))
            return 1;
    }
    return 0;
}

/* 中国钢材网, 中证网: a firm proposed with a website's word at its end
 * (kg:websiteSuffix) is a website, which the schema counts as a body; not
 * when a known term or a word of grids (kg:notWebsiteWord: 华中电网, 青藏联网)
 * ends the name there. */
static int is_website(const lexicon *lx, const text_view *t, const gaz_hit *hits, size_t n_hits,
                      const cand *c)
{
    size_t w = text_match_list_ending(t->cps, c->end, &lx->website_suffix);
    if (c->cls != CNKG_COMPANY || c->term || !w || w >= c->end - c->begin ||
        text_match_list_ending(t->cps, c->end, &lx->not_website))
        return 0;
    for (size_t i = 0; i < n_hits; i++)
        if (hits[i].end == c->end && hits[i].begin >= c->begin && hits[i].end - hits[i].begin > w)
            return 0;
    return 1;
}

/* The hits that may touch [b, e): those beginning before e and less than
 * the longest hit's length before b. gazetteer_scan sorts hits by begin, so
 * the tests below read a few hits, not all of a long text's. */
static const gaz_hit *hits_near(const gaz_hit *hits, size_t n_hits, size_t longest, size_t b,
                                size_t e, size_t *n_near)
{
    size_t from = b >= longest ? b - longest + 1 : 0, lo = 0, hi = n_hits;
    *n_near = 0;
    if (n_hits == 0) /* hits is NULL then, and NULL + 0 is undefined in C */
        return hits;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (hits[mid].begin < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t end = lo;
    while (end < n_hits && hits[end].begin < e)
        end++;
    *n_near = end - lo;
    return hits + lo;
}

/* Drops the proposals of the rules and the labeller that no name can be,
 * and mends a few: a post cut off a labelled body's name, a website's
 * class made a body's (the schema counts it an Organization). */
static void drop_false_names(const lexicon *lx, const text_view *t, const gaz_hit *all_hits,
                             size_t n_all, cand_list *cands)
{
    size_t longest = 0;
    for (size_t i = 0; i < n_all; i++)
        if (all_hits[i].end - all_hits[i].begin > longest)
            longest = all_hits[i].end - all_hits[i].begin;
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        size_t n_hits;
        const gaz_hit *hits = hits_near(all_hits, n_all, longest, c->begin, c->end, &n_hits);
        if (!c->dropped && (starts_inside_territory_word(lx, t, c) ||
                            lexicon_phrase_opened(lx, t, c->begin, c->end)))
            c->dropped = 1;
        if (c->dropped || c->source == SRC_GAZETTEER || c->cls == CNKG_ADMINISTRATIVE_DIVISION)
            continue;
        /* 央企 read as a body, 经销企业 listed as a product: a kind's common
         * noun, of any class, names none */
        if (is_generic_of_any(lx, t, c) || cuts_latin_word(t, c->begin, c->end) ||
            broken_parens(t, c->begin, c->end) || bare_suffix(lx, t, c) || short_way(lx, t, c) ||
            points_to_thing(lx, t, c->begin, c->end) || scoped_kind(lx, t, c) ||
            cuts_frequent_word(lx, t, cands, c) || country_pair(lx, t, hits, n_hits, c) ||
            kind_of_firm(lx, t, hits, n_hits, c) ||
            (c->source == SRC_LABELLER && straddled_by_term(hits, n_hits, c))) {
            c->dropped = 1;
            continue;
        }
        /* 13条重点产业链倍增计划: a programme's title may begin with a
         * count; 一条|光子芯片中试线: a count before a plant's product
         * counts the plants, the product keeps its name */
        int plant_product = c->cls == CNKG_PRODUCT && c->source == SRC_RULE &&
                            text_match_list(t->cps, t->n, c->end, &lx->plant_word);
        if (c->cls != CNKG_PROGRAM &&
            is_counted(lx, t, hits, n_hits, c->begin, c->end, !plant_product))
            c->dropped = 1;
        else if (c->cls == CNKG_PERSON && c->source == SRC_LABELLER &&
                 !person_shaped(lx, t, c->begin, c->end))
            c->dropped = 1;
        else if (c->cls == CNKG_GOVERNMENT_AGENCY && c->source == SRC_LABELLER &&
                 cut_by_a_rule(lx, t, cands, c))
            c->dropped = 1;
        else if (c->cls == CNKG_GOVERNMENT_AGENCY && c->source == SRC_LABELLER)
            check_labelled_agency(lx, t, c);
        else if (is_website(lx, t, hits, n_hits, c))
            c->cls = CNKG_ORGANIZATION;
        else if (c->cls == CNKG_COMPANY && c->source == SRC_LABELLER &&
                 (bare_firm(lx, t, c) || ends_inside_suffix(lx, t, c)))
            c->dropped = 1;
    }
    extend_cut_persons(t, cands);
    cut_run_on_persons(t, cands);
}

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
    size_t after = list_joiner_at(lx, t, e);
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
static void products_among_products(const lexicon *lx, const text_view *t, cand_list *cands)
{
    cand_index x;
    cand_index_file_all(&x, cands);
    for (int changed = 1; changed;) {
        changed = 0;
        for (size_t i = 0; i < cands->n; i++) {
            cand *c = &cands->items[i];
            if (c->dropped || c->cls != CNKG_INDUSTRY || c->source != SRC_GAZETTEER ||
                !name_beside(lx, t, cands, c->begin, c->end, CNKG_PRODUCT, 1) ||
                sector_frame(lx, t, cands, &x, c->end))
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
static void drop_products_among_industries(const lexicon *lx, const text_view *t, cand_list *cands)
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
           text_is_skipped(t->cps[e]) || list_joiner_at(lx, t, e);
}

/* Is the kept name at i a word of the lexicon, or an item that took its
 * class, through a run of list neighbours, from one? (Items added by
 * propagate_lists sit at n0 and after.) */
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
static void propagate_lists(const lexicon *lx, const text_view *t, cand_list *cands)
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
                generic_of_any(lx, t, b, e)) /* 收割机、经销商: no product */
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
static void prefer_whole_firm_names(const lexicon *lx, const text_view *t, cand_list *cands)
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

/* How much a proposal's source says about its class: a lexicon term most, a
 * rule's cue next, the statistical labeller least. */
static int source_weight(int source)
{
    return source == SRC_GAZETTEER ? 3 : source == SRC_LABELLER ? 1 : 2;
}

/* A person after a title and a place or a village before a suffix of land
 * (冯飞 曲青山, 副主任委员、常委会) are the rules' loosest guesses: no better
 * than the labeller's (which keeps a village's place and its facts). */
static int weak_rule_class(cnkg_class cls)
{
    return cls == CNKG_PERSON || cls == CNKG_PLACE || cls == CNKG_ADMINISTRATIVE_DIVISION;
}

static int same_surface(const text_view *t, const cand *a, const cand *b)
{
    return a->end - a->begin == b->end - b->begin &&
           !memcmp(t->cps + a->begin, t->cps + b->begin, (a->end - a->begin) * sizeof *t->cps);
}

/* The candidates ordered by a hash of their words, then by index: those
 * of the same words as one are a run of it, found by binary search, in the
 * list's order (scanning the list for every labelled name was quadratic in
 * a long article). */
typedef struct surface_key {
    uint64_t hash;
    size_t i;
} surface_key;

static uint64_t surface_hash(const text_view *t, const cand *c)
{
    return cnkg_hash64(t->cps + c->begin, (c->end - c->begin) * sizeof *t->cps, 0);
}

static int surface_order(const void *pa, const void *pb)
{
    const surface_key *a = pa, *b = pb;
    if (a->hash != b->hash)
        return a->hash < b->hash ? -1 : 1;
    return a->i < b->i ? -1 : a->i > b->i;
}

static surface_key *surface_keys(const text_view *t, const cand_list *cands)
{
    surface_key *keys = cnkg_xmalloc((cands->n + 1) * sizeof *keys);
    for (size_t i = 0; i < cands->n; i++)
        keys[i] = (surface_key){surface_hash(t, &cands->items[i]), i};
    if (cands->n)
        qsort(keys, cands->n, sizeof *keys, surface_order);
    return keys;
}

static size_t first_key(const surface_key *keys, size_t n, uint64_t hash)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (keys[mid].hash < hash)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The strongest kept reading of the words of c in another class than c's,
 * when nothing stronger than the labeller reads them in c's class; or NULL. */
static const cand *stronger_reading(const text_view *t, const cand_list *cands,
                                    const surface_key *keys, const cand *c)
{
    const cand *best = NULL;
    uint64_t hash = surface_hash(t, c);
    for (size_t k = first_key(keys, cands->n, hash); k < cands->n && keys[k].hash == hash; k++) {
        const cand *o = &cands->items[keys[k].i];
        if (o == c || o->dropped || !same_surface(t, o, c))
            continue;
        if (o->cls == c->cls && source_weight(o->source) > source_weight(c->source))
            return NULL;
        if (o->cls != c->cls && source_weight(o->source) > source_weight(c->source) &&
            (o->source == SRC_GAZETTEER || !weak_rule_class(o->cls)) &&
            (!best || source_weight(o->source) > source_weight(best->source)))
            best = o;
    }
    return best;
}

/* 志高 a firm by the lexicon and a person by the labeller, 马兴瑞 a person by
 * a rule and a place by the labeller: one story names one thing by one
 * label, so the labeller's guesses take the class that stronger evidence
 * gives the same words elsewhere in the story. */
static void one_class_per_label(const text_view *t, cand_list *cands)
{
    surface_key *keys = surface_keys(t, cands);
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->dropped || c->source != SRC_LABELLER)
            continue;
        const cand *o = stronger_reading(t, cands, keys, c);
        if (!o)
            continue;
        c->cls = o->cls;
        c->term = o->term;
        free(c->label);
        c->label = o->label ? cnkg_xstrdup(o->label) : NULL;
        c->town = o->town;
    }
    free(keys);
}

void resolve_candidates(const lexicon *lx, const text_view *t, const gaz_hit *hits, size_t n_hits,
                        const char *home, cand_list *cands, cnkg_article *a)
{
    gazetteer_candidates(lx, t, hits, n_hits, home, cands);
    prefer_name_before_tail(lx, t, cands);
    join_industries(lx, t, cands);
    drop_qualifying_industries(lx, t, cands);
    drop_common_industries(lx, t, cands);
    industries_of_framed_products(lx, t, cands);
    widen_known_products(t, cands);
    trim_blanks(t, cands);
    mend_cut_openings(lx, t, cands);
    trim_labelled_openings(lx, t, cands);
    drop_false_names(lx, t, hits, n_hits, cands);
    prefer_whole_firm_names(lx, t, cands);
    towns_of_named_counties(lx, t, cands);
    division_chains(lx, t, cands);
    drop_weak_heads(lx, t, cands);
    drop_name_suffix_terms(cands);
    trim_division_heads(lx, t, cands);
    drop_division_regions(lx, t, cands);
    choose(lx, t, cands);
    name_parks_by_their_division(lx, t, cands);
    unmention_nested_industries(lx, t, cands);
    unmention_held(lx, t, cands, is_region_cand, holds_site_region);
    unmention_held(lx, t, cands, is_region_cand, holds_actor_region);
    unmention_held(lx, t, cands, is_division_cand, holds_outlet_division);
    products_among_products(lx, t, cands);
    drop_products_among_industries(lx, t, cands);
    propagate_lists(lx, t, cands);
    one_class_per_label(t, cands);
    add_entities(t, cands, a);
}
