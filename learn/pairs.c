/*
 * pairs.c - the pair classifier: facts the rules did not state, between
 * two entities that a sentence names together.
 *
 * The rules read cue patterns; where no pattern fires, the names are often
 * there (two thirds of the missed facts of the training news have both
 * endpoints found, most in one sentence). A candidate is a pair of
 * entities with a mention in one sentence and a relation whose rdfs:domain
 * and rdfs:range (asked of the ontology, never repeated here) admit their
 * classes. It is described by what a reader would look at: the words
 * between and around the two names, their classes and order, how far
 * apart they are, a clause break or a list between them, whether the
 * rules already state the relation from the same subject to a name of the
 * same list, and the relation's cue words (the ontology's kg:cue). Every
 * feature is conjoined with the relation, so one linear model holds one
 * classifier per relation.
 */
#include "cnkg_learn.h"
#include "learn_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct cnkg_pairs {
    cnkg_linear *model;
    cnkg_pair_reader *reader;
    double threshold[CNKG_RELATION_COUNT]; /* the relation's own, else the model's */
    unsigned active; /* relations a score can reach (threshold <= 1): the others are not read */
};

/* --- characters ------------------------------------------------------------ */

static int is_clause_break(uint32_t cp)
{
    switch (cp) {
    case 0xFF0C:
    case 0xFF1B:
    case 0x3002:
    case 0xFF1A:
    case 0xFF01:
    case 0xFF1F: /* ，；。：！？ */
    case ',':
    case ';':
    case ':':
        return 1;
    default:
        return 0;
    }
}

/* Joins the names of a list: learn_text_is_enumeration's marks, and 以
 * (以及 is 以 + 及). The entity filter leaves 以 out: its model was
 * trained so, and the two models' features stay as they were learned. */
static int is_enumeration(uint32_t cp)
{
    return learn_text_is_enumeration(cp) || cp == 0x4EE5;
}

/* --- a sentence's mentions ------------------------------------------------- */

typedef struct smention {
    size_t entity;
    size_t begin, end;
    size_t list; /* mentions joined by enumeration share it */
} smention;

typedef struct sentence_view {
    smention *m; /* by begin */
    size_t n, cap;
    size_t *ents; /* distinct entities, in order of first mention */
    size_t n_ents, cap_ents;
} sentence_view;

static int by_begin(const void *x, const void *y)
{
    const smention *a = x, *b = y;
    if (a->begin != b->begin)
        return a->begin < b->begin ? -1 : 1;
    if (a->end != b->end)
        return a->end > b->end ? -1 : 1; /* the container first */
    return 0;
}

/* Mentions of sentence s (mentions are indexed by sentence in by_sent). */
static void sentence_load(sentence_view *v, const cnkg_article *a, const size_t *idx, size_t n,
                          const uint32_t *cps)
{
    v->n = v->n_ents = 0;
    for (size_t i = 0; i < n; i++) {
        const cnkg_mention *m = &a->mentions[idx[i]];
        if (v->n == v->cap) {
            v->cap = v->cap ? 2 * v->cap : 16;
            v->m = cnkg_xrealloc(v->m, v->cap * sizeof *v->m);
        }
        v->m[v->n++] = (smention){m->entity, m->span.begin, m->span.end, 0};
    }
    if (v->n > 1)
        qsort(v->m, v->n, sizeof *v->m, by_begin);
    /* lists: top-level mentions joined by one or two enumeration marks;
     * a mention inside another belongs to the container's list */
    size_t list = 0, top = (size_t)-1;
    for (size_t i = 0; i < v->n; i++) {
        smention *m = &v->m[i];
        if (top != (size_t)-1 && m->begin < v->m[top].end) {
            m->list = v->m[top].list;
            continue;
        }
        int joined = 0;
        if (top != (size_t)-1) {
            size_t gap = m->begin - v->m[top].end;
            joined = gap >= 1 && gap <= 2;
            for (size_t k = v->m[top].end; joined && k < m->begin; k++)
                joined = is_enumeration(cps[k]);
        }
        m->list = joined ? v->m[top].list : ++list;
        top = i;
    }
    for (size_t i = 0; i < v->n; i++) {
        size_t e = v->m[i].entity, k = 0;
        while (k < v->n_ents && v->ents[k] != e)
            k++;
        if (k < v->n_ents)
            continue;
        if (v->n_ents == v->cap_ents) {
            v->cap_ents = v->cap_ents ? 2 * v->cap_ents : 16;
            v->ents = cnkg_xrealloc(v->ents, v->cap_ents * sizeof *v->ents);
        }
        v->ents[v->n_ents++] = e;
    }
}

static int in_list(const sentence_view *v, size_t entity, size_t list)
{
    for (size_t i = 0; i < v->n; i++)
        if (v->m[i].entity == entity && v->m[i].list == list)
            return 1;
    return 0;
}

static int mentioned(const sentence_view *v, size_t entity)
{
    for (size_t i = 0; i < v->n_ents; i++)
        if (v->ents[i] == entity)
            return 1;
    return 0;
}

/* --- features -------------------------------------------------------------- */

typedef struct feat_ctx {
    const cnkg_ontology *onto;
    const cnkg_article *a;
    const uint32_t *cps;
    size_t n_cps;
    const size_t *mention_count; /* per entity */
    const unsigned char *in_title;
    const unsigned char *is_top; /* the most mentioned of its class */
    cnkg_features *out;
    uint64_t *hashes; /* the features of the pair being read, unbucketed */
    size_t n_hashes, cap_hashes;
    const uint64_t *relation_seed; /* per relation */
    /* clause breaks and list marks before each position of the sentence
     * being read (from its start): a pair's stretch is counted in O(1) */
    size_t *clauses_before, *marks_before, cap_before, sentence_begin;
} feat_ctx;

/* The feature key followed by cps[0, n) (UTF-8), hashed; the relation it
 * is conjoined with is mixed in later (features_bucket), so a pair's
 * features are read and hashed once whatever the number of relations. */
static void feat(feat_ctx *c, const char *key, const uint32_t *cps, size_t n)
{
    uint64_t h = cnkg_hash64_add(cnkg_hash64_begin(0), key, strlen(key));
    h = learn_text_hash_cps(h, cps, n);
    if (c->n_hashes == c->cap_hashes) {
        c->cap_hashes = c->cap_hashes ? c->cap_hashes * 2 : 64;
        c->hashes = cnkg_xrealloc(c->hashes, c->cap_hashes * sizeof *c->hashes);
    }
    c->hashes[c->n_hashes++] = cnkg_hash64_end(h);
}

/* Appends the pair's hashes, conjoined with the relation, as buckets of
 * the candidate being written. */
static void features_bucket(feat_ctx *c, uint64_t relation_seed)
{
    cnkg_features *f = c->out;
    for (size_t i = 0; i < c->n_hashes; i++)
        cnkg_features_push(f, cnkg_feature_bucket_of(c->hashes[i], relation_seed, f->bits));
}

/* a, sep and b one after the other in out (cut to cap); returns the length. */
static size_t join(char *out, size_t cap, const char *a, const char *sep, const char *b)
{
    size_t n = 0;
    for (const char *parts[] = {a, sep, b}, **p = parts; p < parts + 3; p++)
        for (const char *q = *p; *q && n + 1 < cap; q++)
            out[n++] = *q;
    out[n] = '\0';
    return n;
}

static void feat_s(feat_ctx *c, const char *key, const char *value)
{
    char tmp[256];
    size_t k = strlen(key), v = strlen(value);
    if (k + v >= sizeof tmp)
        return;
    memcpy(tmp, key, k);
    memcpy(tmp + k, value, v + 1);
    feat(c, tmp, NULL, 0);
}

static const char *bucket_name(size_t n)
{
    static const char *const names[] = {"0", "1", "2", "3-4", "5-8", "9-16", "17-32", "33+"};
    return names[n == 0    ? 0
                 : n == 1  ? 1
                 : n == 2  ? 2
                 : n <= 4  ? 3
                 : n <= 8  ? 4
                 : n <= 16 ? 5
                 : n <= 32 ? 6
                           : 7];
}

static const char *count_name(size_t n)
{
    return n <= 1 ? "1" : n == 2 ? "2" : n <= 5 ? "3-5" : "6+";
}

/* The closest two mentions of s and o in the sentence. */
static void closest(const sentence_view *v, size_t s, size_t o, const smention **ms,
                    const smention **mo)
{
    size_t best = (size_t)-1;
    for (size_t i = 0; i < v->n; i++) {
        if (v->m[i].entity != s)
            continue;
        for (size_t k = 0; k < v->n; k++) {
            if (v->m[k].entity != o)
                continue;
            const smention *x = &v->m[i], *y = &v->m[k];
            size_t gap = x->end <= y->begin   ? y->begin - x->end
                         : y->end <= x->begin ? x->begin - y->end
                                              : 0;
            if (gap < best) {
                best = gap;
                *ms = x;
                *mo = y;
            }
        }
    }
}

typedef struct cue_hit {
    size_t pos, len, word;
} cue_hit;

/* A relation's cue words (the ontology's kg:cue, longest first) and where
 * they occur in the sentence being read, word by word: found once a
 * sentence, not once a candidate. */
typedef struct rel_cues {
    uint32_t **cps;
    size_t *lens;
    size_t n;
    cue_hit *hits;
    size_t n_hits, cap_hits;
} rel_cues;

/* Every relation's cue words by their first code point, for one scan of
 * a sentence. */
typedef struct cue_start {
    uint32_t first;
    int relation;
    size_t word;
} cue_start;

static int by_first(const void *x, const void *y)
{
    const cue_start *a = x, *b = y;
    if (a->first != b->first)
        return a->first < b->first ? -1 : 1;
    return a->relation != b->relation ? a->relation - b->relation
                                      : (a->word > b->word) - (a->word < b->word);
}

static void cue_hit_add(rel_cues *rc, size_t pos, size_t len, size_t word)
{
    if (rc->n_hits == rc->cap_hits) {
        rc->cap_hits = rc->cap_hits ? 2 * rc->cap_hits : 16;
        rc->hits = cnkg_xrealloc(rc->hits, rc->cap_hits * sizeof *rc->hits);
    }
    rc->hits[rc->n_hits++] = (cue_hit){pos, len, word};
}

/* Finds every cue word of every relation in the sentence. */
static void cues_scan(rel_cues *rc, const cue_start *starts, size_t n_starts, const uint32_t *cps,
                      cnkg_span sent)
{
    for (int r = 0; r < CNKG_RELATION_COUNT; r++)
        rc[r].n_hits = 0;
    for (size_t p = sent.begin; p < sent.end; p++) {
        size_t lo = 0, hi = n_starts;
        while (lo < hi) { /* the first word that begins with cps[p] or later */
            size_t mid = (lo + hi) / 2;
            if (starts[mid].first < cps[p])
                lo = mid + 1;
            else
                hi = mid;
        }
        for (size_t i = lo; i < n_starts && starts[i].first == cps[p]; i++) {
            rel_cues *r = &rc[starts[i].relation];
            size_t w = starts[i].word, len = r->lens[w];
            if (p + len <= sent.end && memcmp(cps + p, r->cps[w], len * sizeof *cps) == 0)
                cue_hit_add(r, p, len, w);
        }
    }
}

/* The first cue word (in list order: the longest) that occurs within
 * [b, e), or NULL. */
static const cue_hit *cue_in(const rel_cues *rc, size_t b, size_t e)
{
    const cue_hit *best = NULL;
    for (size_t i = 0; i < rc->n_hits; i++) {
        const cue_hit *h = &rc->hits[i];
        if (h->pos >= b && h->pos + h->len <= e && (!best || h->word < best->word))
            best = h;
    }
    return best;
}

static void cue_features(feat_ctx *c, const rel_cues *rc, const char *where, size_t b, size_t e)
{
    const cue_hit *h = cue_in(rc, b, e);
    if (!h)
        return;
    size_t w = h->word;
    char key[32];
    snprintf(key, sizeof key, "cue_%s", where);
    feat(c, key, NULL, 0);
    snprintf(key, sizeof key, "cue_%s=", where);
    feat(c, key, rc->cps[w], rc->lens[w]);
}

/* What the rules state around the candidate: the same relation from s to
 * a name of o's list, or to another name of the sentence; the same into o
 * from a name of s's list; any relation between the two. */
static void rule_features(feat_ctx *c, const sentence_view *v, size_t s, size_t o,
                          cnkg_relation rel, const smention *ms, const smention *mo)
{
    const cnkg_article *a = c->a;
    int sym = cnkg_relation_is_symmetric(a->names, rel);
    int list_o = 0, other_o = 0, list_s = 0, other_s = 0;
    for (size_t i = 0; i < a->n_facts; i++) {
        const cnkg_fact *f = &a->facts[i];
        size_t fs = f->subject, fo = f->object;
        if (f->relation == rel && ((fs == s && fo == o) || (sym && fs == o && fo == s)))
            continue; /* the candidate itself, when the trainer reads stated facts */
        if ((fs == s && fo == o) || (fs == o && fo == s)) {
            feat_s(c, "rule_so=", cnkg_relation_name(a->names, f->relation));
            continue;
        }
        if (f->relation != rel)
            continue;
        for (int turn = 0; turn < 1 + sym; turn++) {
            size_t x = turn ? fo : fs, y = turn ? fs : fo;
            if (x == s && y != o) {
                if (in_list(v, y, mo->list))
                    list_o = 1;
                else if (mentioned(v, y))
                    other_o = 1;
            }
            if (y == o && x != s) {
                if (in_list(v, x, ms->list))
                    list_s = 1;
                else if (mentioned(v, x))
                    other_s = 1;
            }
        }
    }
    if (list_o)
        feat(c, "rule_list_o", NULL, 0);
    else if (other_o)
        feat(c, "rule_other_o", NULL, 0);
    if (list_s)
        feat(c, "rule_list_s", NULL, 0);
    else if (other_s)
        feat(c, "rule_other_s", NULL, 0);
}

/* Fills the context's counts of clause breaks and list marks for the
 * sentence sp. */
static void count_marks(feat_ctx *c, cnkg_span sp)
{
    size_t n = sp.end - sp.begin;
    if (n + 1 > c->cap_before) {
        c->cap_before = n + 1;
        c->clauses_before =
            cnkg_xrealloc(c->clauses_before, c->cap_before * sizeof *c->clauses_before);
        c->marks_before = cnkg_xrealloc(c->marks_before, c->cap_before * sizeof *c->marks_before);
    }
    c->sentence_begin = sp.begin;
    c->clauses_before[0] = c->marks_before[0] = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = c->cps[sp.begin + i];
        c->clauses_before[i + 1] = c->clauses_before[i] + (size_t)is_clause_break(cp);
        c->marks_before[i + 1] = c->marks_before[i] + (size_t)is_enumeration(cp);
    }
}

static void text_features(feat_ctx *c, const sentence_view *v, cnkg_span sent,
                          const smention *first, const smention *second)
{
    const uint32_t *cps = c->cps;
    size_t b = first->end, e = second->begin;
    if (e < b) { /* nested or overlapping */
        feat(c, "nested", NULL, 0);
        return;
    }
    size_t len = e - b;
    if (len <= 6)
        feat(c, "bw=", cps + b, len);
    /* characters and pairs at each end of the stretch between */
    size_t edge = len < 3 ? len : 3;
    for (size_t i = 0; i < edge; i++) {
        feat(c, "uf=", cps + b + i, 1);
        feat(c, "ul=", cps + e - 1 - i, 1);
        if (i + 1 < edge) {
            feat(c, "bf=", cps + b + i, 2);
            feat(c, "bl=", cps + e - 2 - i, 2);
        }
    }
    size_t from = b - c->sentence_begin, to = e - c->sentence_begin;
    int clause = c->clauses_before[to] > c->clauses_before[from];
    int enumer = c->marks_before[to] > c->marks_before[from];
    if (clause)
        feat(c, "clause", NULL, 0);
    if (enumer)
        feat(c, "enum", NULL, 0);
    size_t mid = 0;
    for (size_t i = 0; i < v->n; i++)
        mid += v->m[i].begin >= b && v->m[i].end <= e;
    feat_s(c, "mid=", count_name(mid + 1) /* 1: none */);
    /* around: before the first name, after the second */
    /* a mention belongs to the sentence it starts in; guarded all the same */
    size_t pre = first->begin > sent.begin ? first->begin - sent.begin : 0;
    size_t post = sent.end > second->end ? sent.end - second->end : 0;
    feat(c, "p1=", cps + first->begin - (pre >= 1), pre >= 1);
    if (pre >= 2)
        feat(c, "p2=", cps + first->begin - 2, 2);
    feat(c, "n1=", cps + second->end, post >= 1);
    if (post >= 2)
        feat(c, "n2=", cps + second->end, 2);
}

/* The last character of the entity's label: 业 of an industry, 司 of a
 * firm, 区 of a park say more than the class alone. */
static void label_tail(feat_ctx *c, const char *key, const cnkg_entity *e)
{
    size_t len = strlen(e->label);
    if (len == 0)
        return;
    size_t at = len - 1; /* back over continuation bytes to the last character */
    while (at > 0 && ((unsigned char)e->label[at] & 0xC0) == 0x80)
        at--;
    uint32_t cp;
    if (cnkg_utf8_decode(e->label + at, len - at, &cp) > 0)
        feat(c, key, &cp, 1);
}

/* The two characters after a mention (行业, 企业, 基地 after a name) and
 * the two before it (位于, 落户 before a place). */
static void mention_context(feat_ctx *c, const char *next, const char *prev, const smention *m,
                            cnkg_span sent)
{
    if (m->end + 2 <= sent.end && m->end + 2 <= c->n_cps)
        feat(c, next, c->cps + m->end, 2);
    if (m->begin >= sent.begin + 2)
        feat(c, prev, c->cps + m->begin - 2, 2);
}

/* Where the pair's two names stand in the sentence. */
typedef struct pair_view {
    size_t s, o;
    const smention *ms, *mo, *first, *second;
} pair_view;

static pair_view pair_view_of(const sentence_view *v, size_t s, size_t o)
{
    pair_view p = {s, o, NULL, NULL, NULL, NULL};
    closest(v, s, o, &p.ms, &p.mo);
    int so = p.ms->begin < p.mo->begin || (p.ms->begin == p.mo->begin && p.ms->end >= p.mo->end);
    p.first = so ? p.ms : p.mo;
    p.second = so ? p.mo : p.ms;
    return p;
}

/* What a reader sees of the pair whatever the relation asked. */
static void pair_features(feat_ctx *c, const sentence_view *v, cnkg_span sent, const pair_view *p)
{
    const cnkg_article *a = c->a;
    size_t s = p->s, o = p->o;
    char cp[128];
    join(cp, sizeof cp, cnkg_class_name(a->names, a->entities[s].cls), ">",
         cnkg_class_name(a->names, a->entities[o].cls));
    const char *ord = p->first == p->ms ? "so" : "os";
    size_t gap = p->second->begin > p->first->end ? p->second->begin - p->first->end : 0;

    feat(c, "bias", NULL, 0);
    feat_s(c, "cp=", cp);
    feat_s(c, "ord=", ord);
    char tmp[200];
    join(tmp, sizeof tmp, cp, "|", ord);
    feat_s(c, "cpord=", tmp);
    join(tmp, sizeof tmp, ord, "|", bucket_name(gap));
    feat_s(c, "dist=", tmp);
    text_features(c, v, sent, p->first, p->second);
    if (p->ms->list == p->mo->list)
        feat(c, "same_list", NULL, 0);
    if (v->ents[0] == s)
        feat(c, "s_first", NULL, 0);
    if (v->ents[0] == o)
        feat(c, "o_first", NULL, 0);
    feat_s(c, "sm=", count_name(c->mention_count[s]));
    feat_s(c, "om=", count_name(c->mention_count[o]));
    if (c->in_title[s])
        feat(c, "s_title", NULL, 0);
    if (c->in_title[o])
        feat(c, "o_title", NULL, 0);
    feat_s(c, "ents=", count_name(v->n_ents));
    if (c->is_top[s])
        feat(c, "s_top", NULL, 0);
    if (c->is_top[o])
        feat(c, "o_top", NULL, 0);
    mention_context(c, "s_next=", "s_prev=", p->ms, sent);
    mention_context(c, "o_next=", "o_prev=", p->mo, sent);
    label_tail(c, "st=", &a->entities[s]);
    label_tail(c, "ot=", &a->entities[o]);
}

/* What depends on the relation: the rules' facts around the pair and the
 * relation's cue words. */
static void relation_features(feat_ctx *c, const sentence_view *v, cnkg_span sent,
                              const pair_view *p, cnkg_relation rel, const rel_cues *rc)
{
    rule_features(c, v, p->s, p->o, rel, p->ms, p->mo);
    if (p->second->begin >= p->first->end)
        cue_features(c, rc, "between", p->first->end, p->second->begin);
    cue_features(c, rc, "before", sent.begin, p->first->begin);
    cue_features(c, rc, "after", p->second->end, sent.end);
}

/* --- candidates ------------------------------------------------------------ */

static int allowed(unsigned set, cnkg_class cls)
{
    return set == 0 || (set >> cls & 1u);
}

static int admits(const cnkg_ontology *onto, cnkg_relation rel, cnkg_class s, cnkg_class o)
{
    return allowed(cnkg_ontology_relation_domain(onto, rel), s) &&
           allowed(cnkg_ontology_relation_range(onto, rel), o);
}

static cue_start *rel_cues_load(const cnkg_ontology *onto, rel_cues *out, size_t *n_starts)
{
    size_t total = 0;
    for (int r = 0; r < CNKG_RELATION_COUNT; r++) {
        size_t n;
        const char *const *words = cnkg_ontology_relation_cues(onto, (cnkg_relation)r, &n);
        out[r].n = n;
        out[r].cps = cnkg_xcalloc(n ? n : 1, sizeof *out[r].cps);
        out[r].lens = cnkg_xcalloc(n ? n : 1, sizeof *out[r].lens);
        for (size_t w = 0; w < n; w++)
            out[r].cps[w] = cnkg_utf8_to_cps(words[w], strlen(words[w]), &out[r].lens[w]);
        out[r].hits = NULL;
        out[r].n_hits = out[r].cap_hits = 0;
        total += n;
    }
    cue_start *starts = cnkg_xmalloc((total ? total : 1) * sizeof *starts);
    size_t k = 0;
    for (int r = 0; r < CNKG_RELATION_COUNT; r++)
        for (size_t w = 0; w < out[r].n; w++)
            if (out[r].lens[w])
                starts[k++] = (cue_start){out[r].cps[w][0], r, w};
    if (k > 1)
        qsort(starts, k, sizeof *starts, by_first);
    *n_starts = k;
    return starts;
}

static void rel_cues_free(rel_cues *rc)
{
    for (int r = 0; r < CNKG_RELATION_COUNT; r++) {
        for (size_t w = 0; w < rc[r].n; w++)
            free(rc[r].cps[w]);
        free(rc[r].cps);
        free(rc[r].lens);
        free(rc[r].hits);
    }
}

/* The seed that conjoins a feature with a relation: its name hashed. */
static uint64_t relation_seed(const char *relation)
{
    return cnkg_hash64(relation, strlen(relation), 0);
}

/* What the candidates of every article read from the ontology: the
 * relations' cue words by first character and the relations' seeds,
 * prepared once. */
struct cnkg_pair_reader {
    const cnkg_ontology *onto;
    rel_cues words[CNKG_RELATION_COUNT]; /* no hits: each reading has its own */
    cue_start *starts;
    size_t n_starts;
    uint64_t relation_seed[CNKG_RELATION_COUNT];
};

cnkg_pair_reader *cnkg_pair_reader_new(const cnkg_ontology *onto)
{
    cnkg_pair_reader *r = cnkg_xcalloc(1, sizeof *r);
    r->onto = onto;
    r->starts = rel_cues_load(onto, r->words, &r->n_starts);
    for (int k = 0; k < CNKG_RELATION_COUNT; k++) {
        const char *name = cnkg_relation_name(cnkg_ontology_names(onto), (cnkg_relation)k);
        r->relation_seed[k] = relation_seed(name ? name : "");
    }
    return r;
}

void cnkg_pair_reader_free(cnkg_pair_reader *r)
{
    if (!r)
        return;
    rel_cues_free(r->words);
    free(r->starts);
    free(r);
}

static void set_add(cnkg_pair_set *out, cnkg_pair p)
{
    if (out->n == out->cap) {
        out->cap = out->cap ? 2 * out->cap : 64;
        out->items = cnkg_xrealloc(out->items, out->cap * sizeof *out->items);
    }
    out->items[out->n++] = p;
}

/* Is some form of entity e written in the headline? */
static int named_in(const cnkg_entity *e, const char *title)
{
    if (!title)
        return 0;
    if (strstr(title, e->label))
        return 1;
    for (size_t k = 0; k < e->n_aliases; k++)
        if (strstr(title, e->aliases[k]))
            return 1;
    return 0;
}

/* Marks, for each class, the entity mentioned most often (the first on
 * a tie): what the article is about. */
static void mark_top(const cnkg_article *a, const size_t *count, unsigned char *top)
{
    size_t best[CNKG_CLASS_COUNT];
    for (int k = 0; k < CNKG_CLASS_COUNT; k++)
        best[k] = (size_t)-1;
    for (size_t e = 0; e < a->n_entities; e++) {
        int k = a->entities[e].cls;
        if (k >= 0 && k < CNKG_CLASS_COUNT && count[e] > 1 &&
            (best[k] == (size_t)-1 || count[e] > count[best[k]]))
            best[k] = e;
    }
    for (int k = 0; k < CNKG_CLASS_COUNT; k++)
        if (best[k] != (size_t)-1)
            top[best[k]] = 1;
}

/* Mention indexes grouped by sentence: by_sent[start[s], start[s+1]). */
static size_t *mentions_by_sentence(const cnkg_article *a, size_t **start_out)
{
    size_t ns = a->n_sentences;
    size_t *start = cnkg_xcalloc(ns + 2, sizeof *start);
    for (size_t i = 0; i < a->n_mentions; i++)
        if (a->mentions[i].sentence < ns)
            start[a->mentions[i].sentence + 2]++;
    for (size_t s = 2; s < ns + 2; s++)
        start[s] += start[s - 1];
    size_t *by = cnkg_xmalloc((a->n_mentions ? a->n_mentions : 1) * sizeof *by);
    for (size_t i = 0; i < a->n_mentions; i++)
        if (a->mentions[i].sentence < ns)
            by[start[a->mentions[i].sentence + 1]++] = i;
    *start_out = start;
    return by;
}

/* The relations the ontology lets join s to o (a symmetric one once per
 * pair, s < o), among those asked for, as a bit set. */
static unsigned admitted(const feat_ctx *c, size_t s, size_t o, unsigned relations)
{
    const cnkg_article *a = c->a;
    cnkg_class cs = a->entities[s].cls, co = a->entities[o].cls;
    unsigned set = 0;
    for (int r = 0; r < CNKG_RELATION_COUNT; r++) {
        cnkg_relation rel = (cnkg_relation)r;
        if (!(relations >> r & 1u))
            continue;
        int sym = cnkg_relation_is_symmetric(a->names, rel);
        if (sym ? s < o && (admits(c->onto, rel, cs, co) || admits(c->onto, rel, co, cs))
                : admits(c->onto, rel, cs, co))
            set |= 1u << r;
    }
    return set;
}

static void sentence_candidates(feat_ctx *c, const sentence_view *v, size_t sent,
                                const rel_cues *rc, int flags, unsigned relations,
                                cnkg_pair_set *out)
{
    const cnkg_article *a = c->a;
    for (size_t i = 0; i < v->n_ents; i++)
        for (size_t k = 0; k < v->n_ents; k++) {
            size_t s = v->ents[i], o = v->ents[k];
            unsigned set = s == o ? 0 : admitted(c, s, o, relations);
            if (!set)
                continue;
            pair_view p = pair_view_of(v, s, o);
            c->n_hashes = 0;
            pair_features(c, v, a->sentences[sent], &p);
            size_t n_pair = c->n_hashes;
            for (int r = 0; r < CNKG_RELATION_COUNT; r++) {
                cnkg_relation rel = (cnkg_relation)r;
                if (!(set >> r & 1u))
                    continue;
                int stated = cnkg_article_has_fact(a, s, rel, o);
                if (stated && !(flags & CNKG_PAIRS_STATED))
                    continue;
                cnkg_pair cand = {s, o, rel, sent, c->out->n, 0, stated};
                c->n_hashes = n_pair;
                relation_features(c, v, a->sentences[sent], &p, rel, &rc[r]);
                features_bucket(c, c->relation_seed[r]);
                cand.end = c->out->n;
                set_add(out, cand);
            }
        }
}

void cnkg_pairs_candidates(const cnkg_pair_reader *r, const cnkg_article *a, unsigned bits,
                           cnkg_pair_set *out)
{
    cnkg_pairs_candidates_with(r, a, bits, 0, CNKG_PAIRS_ALL_RELATIONS, out);
}

uint32_t cnkg_pairs_feature_bucket(const char *relation, const char *feature, unsigned bits)
{
    return cnkg_feature_bucket_of(cnkg_hash64(feature, strlen(feature), 0), relation_seed(relation),
                                  bits);
}

void cnkg_pairs_candidates_with(const cnkg_pair_reader *r, const cnkg_article *a, unsigned bits,
                                int flags, unsigned relations, cnkg_pair_set *out)
{
    if (a->n_mentions == 0 || a->n_sentences == 0)
        return;
    out->feats.bits = bits;
    size_t n_cps;
    uint32_t *cps = cnkg_utf8_to_cps(a->text, strlen(a->text), &n_cps);
    size_t *count = cnkg_xcalloc(a->n_entities + 1, sizeof *count);
    unsigned char *title = cnkg_xcalloc(a->n_entities + 1, 1);
    unsigned char *top = cnkg_xcalloc(a->n_entities + 1, 1);
    for (size_t i = 0; i < a->n_mentions; i++)
        count[a->mentions[i].entity]++;
    for (size_t e = 0; e < a->n_entities; e++)
        title[e] = (unsigned char)named_in(&a->entities[e], a->title);
    mark_top(a, count, top);
    rel_cues rc[CNKG_RELATION_COUNT]; /* the reader's words, this reading's hits */
    memcpy(rc, r->words, sizeof rc);
    feat_ctx c = {.onto = r->onto,
                  .a = a,
                  .cps = cps,
                  .n_cps = n_cps,
                  .mention_count = count,
                  .in_title = title,
                  .is_top = top,
                  .out = &out->feats,
                  .relation_seed = r->relation_seed};
    size_t *start, *by = mentions_by_sentence(a, &start);
    sentence_view v = {0};
    for (size_t s = 0; s < a->n_sentences; s++) {
        size_t n = start[s + 1] - start[s];
        if (n < 2)
            continue;
        cnkg_span sp = a->sentences[s];
        if (sp.end > n_cps)
            continue;
        sentence_load(&v, a, by + start[s], n, cps);
        if (v.n_ents < 2)
            continue;
        cues_scan(rc, r->starts, r->n_starts, cps, sp);
        count_marks(&c, sp);
        sentence_candidates(&c, &v, s, rc, flags, relations, out);
    }
    for (int k = 0; k < CNKG_RELATION_COUNT; k++)
        free(rc[k].hits);
    free(v.m);
    free(v.ents);
    free(by);
    free(start);
    free(count);
    free(title);
    free(top);
    free(c.hashes);
    free(c.clauses_before);
    free(c.marks_before);
    free(cps);
}

void cnkg_pair_set_clear(cnkg_pair_set *s)
{
    s->n = 0;
    cnkg_features_clear(&s->feats);
}

void cnkg_pair_set_free(cnkg_pair_set *s)
{
    free(s->items);
    cnkg_features_free(&s->feats);
    memset(s, 0, sizeof *s);
}

/* --- the model ------------------------------------------------------------- */

cnkg_pairs *cnkg_pairs_from_linear(cnkg_linear *m, const cnkg_ontology *onto)
{
    cnkg_pairs *p = cnkg_xcalloc(1, sizeof *p);
    p->model = m;
    p->reader = cnkg_pair_reader_new(onto);
    const cnkg_names *names = cnkg_ontology_names(onto);
    for (int r = 0; r < CNKG_RELATION_COUNT; r++) {
        const char *name = cnkg_relation_name(names, (cnkg_relation)r);
        p->threshold[r] = name ? cnkg_linear_named_threshold(m, name) : cnkg_linear_threshold(m);
        p->active |= (unsigned)(p->threshold[r] <= 1) << r;
    }
    return p;
}

int cnkg_pairs_load(cnkg_pairs **out, const char *path, const cnkg_ontology *onto, cnkg_error *err)
{
    cnkg_linear *m;
    if (cnkg_linear_load_of(&m, path, CNKG_PAIRS_FEATURES, "a pair model", err) != 0)
        return -1;
    *out = cnkg_pairs_from_linear(m, onto);
    return 0;
}

void cnkg_pairs_free(cnkg_pairs *p)
{
    if (!p)
        return;
    cnkg_linear_free(p->model);
    cnkg_pair_reader_free(p->reader);
    free(p);
}

const cnkg_linear *cnkg_pairs_model(const cnkg_pairs *p)
{
    return p->model;
}

size_t cnkg_pairs_apply(const cnkg_pairs *p, cnkg_article *a)
{
    if (!p->active)
        return 0; /* no score reaches any: the trainer found no fact worth adding */
    cnkg_pair_set set = {0};
    cnkg_pairs_candidates_with(p->reader, a, cnkg_linear_bits(p->model), 0, p->active, &set);
    /* scored first, added after: an added fact must not change the
     * features of the candidates after it */
    unsigned char *yes = cnkg_xcalloc(set.n ? set.n : 1, 1);
    for (size_t i = 0; i < set.n; i++) {
        const cnkg_pair *c = &set.items[i];
        double t = p->threshold[c->relation];
        yes[i] =
            t <= 1 && cnkg_linear_score(p->model, set.feats.idx + c->begin, c->end - c->begin) >= t;
    }
    size_t added = 0;
    for (size_t i = 0; i < set.n; i++)
        if (yes[i] && cnkg_article_add_fact(a, set.items[i].subject, set.items[i].relation,
                                            set.items[i].object, set.items[i].sentence)) {
            a->facts[a->n_facts - 1].origin = CNKG_FACT_LEARNED;
            added++;
        }
    free(yes);
    cnkg_pair_set_free(&set);
    return added;
}
