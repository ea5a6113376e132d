/*
 * resolve_labels.c - one class per label: one story names one thing by one
 * label (志高 a firm by the lexicon and a person by the labeller), so the
 * labeller's guesses take the class that stronger evidence gives the same
 * words elsewhere in the story. Same words are found through a sorted
 * table of their hashes (surface_keys).
 */
#include "resolve_internal.h"

#include <stdlib.h>
#include <string.h>

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
void resolve_one_class_per_label(const text_view *t, cand_list *cands)
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
