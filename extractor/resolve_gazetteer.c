/*
 * resolve_gazetteer.c - the gazetteer's hits made candidates: among the
 * terms of one span the best scoring one (resolve_gazetteer_candidates),
 * where a short county name (江阴, 资源) needs the context of the divisions
 * the article names in full, and a hidden form (渝, 赣) a cue around it.
 */
#include "resolve_internal.h"

#include <string.h>

enum { STRENGTH_TERM = 4 };

int resolve_is_country(const cnkg_term *t)
{
    return t && t->cls == CNKG_ADMINISTRATIVE_DIVISION && division_code_is_country(t->code);
}

int resolve_division_level(const cnkg_term *t)
{
    if (resolve_is_country(t))
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
        if (hits[i].form_kind == FORM_PREF || resolve_division_level(t) < 3)
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

/* 长春市朝阳区: the division named right before is the surest context. */
static int parent_before(const lexicon *lx, const gaz_hit *hits, size_t n, size_t longest,
                         const gaz_hit *h)
{
    const cnkg_term *term = cnkg_ontology_term(lx->onto, h->term);
    size_t from = h->begin > longest ? h->begin - longest : 0;
    for (size_t i = gazetteer_hit_from(hits, n, from); i < n && hits[i].begin < h->begin; i++) {
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
    if (resolve_division_level(term) == 3 && h->form_kind != FORM_PREF && !in_context)
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
    return term->cls == CNKG_ADMINISTRATIVE_DIVISION && resolve_division_level(term) == 3 &&
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
void resolve_gazetteer_candidates(const lexicon *lx, const text_view *t, const gaz_hit *hits,
                                  size_t n, const char *home, cand_list *out)
{
    context c = {0};
    context_build(lx, hits, n, home, &c);
    size_t longest = gazetteer_hits_longest(hits, n);
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
