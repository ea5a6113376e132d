/*
 * entities.c - the entity filter: drops the entities of an article that a
 * model believes false, after the rules and the pair model.
 *
 * A quarter of the entities the extractor finds are not in the gold, and
 * most are of a few shapes: sector words the annotators leave unmarked
 * (产业, 经济), fragments of longer names, goods. Each entity is described
 * by what a reader would weigh in its article: its class, how its label
 * begins and ends and how long it is, how often and where it is named,
 * the characters around its mentions, whether it stands in a list with
 * names of its class or inside a longer name, and the facts it takes part
 * in: by relation, role and origin (a rule's or the pair model's), the
 * class of the other end and how that one is joined. Every feature is
 * conjoined with the class, so one linear model holds one filter per
 * class. A class's names a fact joins and its names standing alone have
 * thresholds of their own (the model's named thresholds, "Industry+joined"
 * and "Industry"), for a joined name is mostly true and dropping it takes
 * its facts too, true ones with the false: the trainer chooses each of the
 * two by entity F1 on held-out scores (the facts a dropped name takes are
 * not counted; relations held on the held-back sets). An entity scoring below its
 * threshold is dropped with its mentions and facts. A name a rule relates
 * is not judged: the rules' facts are precise, and dropping one of their
 * names would take true facts with it.
 */
#include "cnkg_learn.h"
#include "learn_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct cnkg_entities {
    cnkg_linear *model;
    /* below it: dropped (0: kept whole); [1]: a name a fact joins */
    double threshold[2][CNKG_CLASS_COUNT];
};

/* --- features --------------------------------------------------------------- */

typedef struct ent_ctx {
    const cnkg_article *a;
    const uint32_t *cps;
    size_t n_cps;
    cnkg_features *out;
    const char *cls; /* the class name of the entity being read */
} ent_ctx;

/* The feature "CLASS|KEY" followed by the value's bytes, hashed in parts
 * (the same bucket as cnkg_feature_bucket of the joined string) and
 * appended: no string is built, for an article names many entities. */
static void add_hash(ent_ctx *c, uint64_t h)
{
    cnkg_features_push(c->out, (uint32_t)(cnkg_hash64_end(h) & ((1ULL << c->out->bits) - 1)));
}

static uint64_t key_hash(const ent_ctx *c, const char *key)
{
    uint64_t h = cnkg_hash64_add(cnkg_hash64_begin(0), c->cls, strlen(c->cls));
    h = cnkg_hash64_add(h, "|", 1);
    return cnkg_hash64_add(h, key, strlen(key));
}

static void add(ent_ctx *c, const char *key, const char *value)
{
    add_hash(c, cnkg_hash64_add(key_hash(c, key), value, strlen(value)));
}

/* key followed by cps[b, e) as UTF-8 (clipped to the text). */
static void add_cps(ent_ctx *c, const char *key, size_t b, size_t e)
{
    uint64_t h = key_hash(c, key);
    if (e > c->n_cps)
        e = c->n_cps;
    size_t n = e > b ? e - b : 0;
    add_hash(c, learn_text_hash_cps(h, n ? c->cps + b : NULL, n));
}

static const char *count_name(size_t n)
{
    return n == 0 ? "0" : n == 1 ? "1" : n == 2 ? "2" : n <= 5 ? "3-5" : "6+";
}

static const char *length_name(size_t n)
{
    static const char *const names[] = {"0", "1", "2", "3", "4", "5", "6", "7"};
    return n < 8 ? names[n] : n <= 10 ? "8-10" : n <= 15 ? "11-15" : "16+";
}

/* The label's first and last characters, and its length. */
static void label_features(ent_ctx *c, const cnkg_entity *e)
{
    size_t n;
    uint32_t *cps = cnkg_utf8_to_cps(e->label, strlen(e->label), &n);
    ent_ctx lc = *c;
    lc.cps = cps;
    lc.n_cps = n;
    add(c, "l=", e->label);
    add(c, "len=", length_name(n));
    if (n >= 1) {
        add_cps(&lc, "h1=", 0, 1);
        add_cps(&lc, "t1=", n - 1, n);
    }
    if (n >= 2) {
        add_cps(&lc, "h2=", 0, 2);
        add_cps(&lc, "t2=", n - 2, n);
    }
    free(cps);
}

static int by_begin(const void *x, const void *y)
{
    const cnkg_mention *a = *(const cnkg_mention *const *)x, *b = *(const cnkg_mention *const *)y;
    if (a->span.begin != b->span.begin)
        return a->span.begin < b->span.begin ? -1 : 1;
    return a->span.end > b->span.end ? -1 : a->span.end < b->span.end;
}

/* Is the stretch [b, e) one or two list marks? */
static int list_gap(const ent_ctx *c, size_t b, size_t e)
{
    if (e <= b || e - b > 2 || e > c->n_cps)
        return 0;
    for (size_t k = b; k < e; k++)
        if (!learn_text_is_enumeration(c->cps[k]))
            return 0;
    return 1;
}

/* What stands around the mention at order[i]: the characters before and
 * after it, a name it sits in or holds, a name it is listed with. */
static void mention_features(ent_ctx *c, const cnkg_mention *const *order, size_t n, size_t i)
{
    const cnkg_article *a = c->a;
    const cnkg_mention *m = order[i];
    size_t b = m->span.begin, e = m->span.end;
    add_cps(c, "p1=", b >= 1 ? b - 1 : b, b);
    add_cps(c, "n1=", e, e + 1);
    if (b >= 2)
        add_cps(c, "p2=", b - 2, b);
    add_cps(c, "n2=", e, e + 2);
    for (size_t k = i; k-- > 0;) { /* an earlier mention that holds this one */
        const cnkg_mention *o = order[k];
        if (o->span.end >= e && o->entity != m->entity) {
            add(c, "in=", cnkg_class_name(a->names, a->entities[o->entity].cls));
            break;
        }
        if (o->span.end <= b && b - o->span.end > 16)
            break;
    }
    for (size_t k = i + 1; k < n && order[k]->span.begin < e; k++)
        if (order[k]->entity != m->entity)
            add(c, "has=", cnkg_class_name(a->names, a->entities[order[k]->entity].cls));
    /* listed with: the closest mention before and after */
    const cnkg_mention *prev = NULL, *next = NULL;
    for (size_t k = i; k-- > 0;)
        if (order[k]->span.end <= b) {
            prev = order[k];
            break;
        }
    for (size_t k = i + 1; k < n; k++)
        if (order[k]->span.begin >= e) {
            next = order[k];
            break;
        }
    const cnkg_mention *nb[2] = {prev, next};
    for (int s = 0; s < 2; s++) {
        const cnkg_mention *o = nb[s];
        if (!o || !(s == 0 ? list_gap(c, o->span.end, b) : list_gap(c, e, o->span.begin)))
            continue;
        cnkg_class oc = a->entities[o->entity].cls;
        add(c, "list=", oc == a->entities[m->entity].cls ? "same" : cnkg_class_name(a->names, oc));
    }
}

/* Is some form of the entity written in the headline? */
static int named_in_title(const cnkg_entity *e, const char *title)
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

static const char *sentence_name(size_t s)
{
    return s == 0 ? "0" : s == 1 ? "1" : s <= 4 ? "2-4" : s <= 10 ? "5-10" : "11+";
}

enum { MAX_MENTIONS_READ = 6 }; /* the first few mentions say what the rest would */

/* Where each entity's first MAX_MENTIONS_READ mentions stand in order:
 * at[e * MAX_MENTIONS_READ + j], n[e] of them; one pass over the mentions
 * instead of one per entity. */
static void first_mentions(const cnkg_article *a, const cnkg_mention *const *order, size_t *at,
                           size_t *n)
{
    for (size_t i = 0; i < a->n_mentions; i++) {
        size_t e = order[i]->entity;
        if (n[e] < MAX_MENTIONS_READ)
            at[e * MAX_MENTIONS_READ + n[e]++] = i;
    }
}

/* A name in many facts (a district in a list of sectors) is read by its
 * first eight: more adds features, not evidence. */
enum { MAX_FACTS_READ = 8 };

/* How the other end of a fact stands: joined by this fact alone, by a
 * rule's fact, or by the pair model's only. */
static const char *other_name(const size_t *n_facts, const size_t *n_rule, size_t o)
{
    return n_facts[o] == 1 ? "only" : n_rule[o] ? "rule" : "learned";
}

/* The facts the entity takes part in: each one's relation, the entity's
 * role in it and where it came from, with the class of the other end and
 * how that one is joined; and how many there are of each origin. What
 * lets the filter judge a joined name: a rule's fact vouches more than a
 * guess of the pair model, a fact with a name that has no other less. */
static void fact_features(ent_ctx *c, size_t e, const size_t *n_facts, const size_t *n_rule)
{
    const cnkg_article *a = c->a;
    add(c, "nf=", count_name(n_facts[e]));
    add(c, "nr=", count_name(n_rule[e]));
    add(c, "nl=", count_name(n_facts[e] - n_rule[e]));
    size_t seen = 0;
    for (size_t i = 0; i < a->n_facts && seen < MAX_FACTS_READ; i++) {
        const cnkg_fact *f = &a->facts[i];
        if (f->subject != e && f->object != e)
            continue;
        seen++;
        size_t o = f->subject == e ? f->object : f->subject;
        const char *cls = cnkg_class_name(a->names, a->entities[o].cls);
        char v[160];
        int n = snprintf(v, sizeof v, "%s|%c|%c", cnkg_relation_name(a->names, f->relation),
                         f->subject == e ? 's' : 'o', f->origin == CNKG_FACT_RULE ? 'r' : 'l');
        if (n < 0 || (size_t)n >= sizeof v)
            continue;
        add(c, "f=", v);
        snprintf(v + n, sizeof v - (size_t)n, "|%s", cls ? cls : "");
        add(c, "fc=", v);
        snprintf(v + n, sizeof v - (size_t)n, "|%s", other_name(n_facts, n_rule, o));
        add(c, "fo=", v);
    }
}

void cnkg_entities_features(const cnkg_article *a, unsigned bits, const unsigned char *want,
                            cnkg_features *out, size_t *begin)
{
    out->bits = bits;
    size_t n_cps;
    uint32_t *cps = cnkg_utf8_to_cps(a->text, strlen(a->text), &n_cps);
    const cnkg_mention **order = cnkg_xmalloc((a->n_mentions + 1) * sizeof *order);
    for (size_t i = 0; i < a->n_mentions; i++)
        order[i] = &a->mentions[i];
    if (a->n_mentions > 1)
        qsort(order, a->n_mentions, sizeof *order, by_begin);
    size_t *count = cnkg_xcalloc(a->n_entities + 1, sizeof *count);
    size_t *first = cnkg_xmalloc((a->n_entities + 1) * sizeof *first);
    size_t per_class[CNKG_CLASS_COUNT] = {0};
    for (size_t e = 0; e < a->n_entities; e++) {
        first[e] = (size_t)-1;
        if (a->entities[e].cls >= 0 && a->entities[e].cls < CNKG_CLASS_COUNT)
            per_class[a->entities[e].cls]++;
    }
    for (size_t i = 0; i < a->n_mentions; i++) {
        size_t e = a->mentions[i].entity;
        count[e]++;
        if (a->mentions[i].sentence < first[e])
            first[e] = a->mentions[i].sentence;
    }
    size_t *n_facts = cnkg_xcalloc(a->n_entities + 1, sizeof *n_facts);
    size_t *n_rule = cnkg_xcalloc(a->n_entities + 1, sizeof *n_rule);
    for (size_t i = 0; i < a->n_facts; i++) {
        const cnkg_fact *f = &a->facts[i];
        n_facts[f->subject]++, n_facts[f->object]++;
        if (f->origin == CNKG_FACT_RULE)
            n_rule[f->subject]++, n_rule[f->object]++;
    }
    size_t *at = cnkg_xmalloc((a->n_entities * MAX_MENTIONS_READ + 1) * sizeof *at);
    size_t *n_at = cnkg_xcalloc(a->n_entities + 1, sizeof *n_at);
    first_mentions(a, order, at, n_at);
    ent_ctx c = {a, cps, n_cps, out, NULL};
    for (size_t e = 0; e < a->n_entities; e++) {
        const cnkg_entity *ent = &a->entities[e];
        begin[e] = out->n;
        c.cls = cnkg_class_name(a->names, ent->cls);
        if (!c.cls || (want && !want[e]))
            continue;
        add(&c, "bias", "");
        label_features(&c, ent);
        add(&c, "m=", count_name(count[e]));
        add(&c, "first=", first[e] == (size_t)-1 ? "none" : sentence_name(first[e]));
        add(&c, "same=", count_name(per_class[ent->cls]));
        add(&c, "al=", count_name(ent->n_aliases));
        if (named_in_title(ent, a->title))
            add(&c, "title", "");
        if (ent->iri)
            add(&c, "known", "");
        if (ent->code)
            add(&c, "code", "");
        for (size_t j = 0; j < n_at[e]; j++)
            mention_features(&c, order, a->n_mentions, at[e * MAX_MENTIONS_READ + j]);
        if (n_facts[e])
            fact_features(&c, e, n_facts, n_rule);
    }
    begin[a->n_entities] = out->n;
    free(n_rule);
    free(n_facts);
    free(n_at);
    free(at);
    free(first);
    free(count);
    free(order);
    free(cps);
}

static int in_byline(const cnkg_article *a, const cnkg_entity *e)
{
    if (e->cls == CNKG_ORGANIZATION && a->publisher && strcmp(a->publisher, e->label) == 0)
        return 1;
    if (e->cls == CNKG_PERSON)
        for (size_t i = 0; i < a->n_authors; i++)
            if (strcmp(a->authors[i], e->label) == 0)
                return 1;
    return 0;
}

void cnkg_entities_standing(const cnkg_article *a, unsigned char *standing)
{
    for (size_t e = 0; e < a->n_entities; e++)
        standing[e] = in_byline(a, &a->entities[e]) ? CNKG_ENTITY_UNJUDGED : CNKG_ENTITY_ALONE;
    /* a name a rule relates to another is vouched for: dropping it would
     * take its facts, true ones with the false; one only the pair model's
     * guesses join is judged, against its class's joined threshold */
    for (size_t i = 0; i < a->n_facts; i++) {
        const cnkg_fact *f = &a->facts[i];
        size_t ends[2] = {f->subject, f->object};
        for (int k = 0; k < 2; k++)
            if (f->origin == CNKG_FACT_RULE)
                standing[ends[k]] = CNKG_ENTITY_UNJUDGED;
            else if (standing[ends[k]] == CNKG_ENTITY_ALONE)
                standing[ends[k]] = CNKG_ENTITY_JOINED;
    }
}

/* --- the model ---------------------------------------------------------------- */

int cnkg_entities_threshold_name(char *buf, size_t size, const char *cls, int joined)
{
    int n = snprintf(buf, size, "%s%s", cls, joined ? "+joined" : "");
    return n > 0 && (size_t)n < size;
}

cnkg_entities *cnkg_entities_from_linear(cnkg_linear *m, const cnkg_names *names)
{
    cnkg_entities *p = cnkg_xcalloc(1, sizeof *p);
    p->model = m;
    for (int k = 0; k < CNKG_CLASS_COUNT; k++) {
        const char *name = cnkg_class_name(names, (cnkg_class)k);
        char joined[96];
        /* A model without "CLASS+joined" falls back to the model's own
         * threshold, which cnkg-train-entities writes as 0: such a model
         * (the twenty-fifth session's) keeps joined names, as it did. */
        p->threshold[0][k] = name ? cnkg_linear_named_threshold(m, name) : cnkg_linear_threshold(m);
        p->threshold[1][k] = name && cnkg_entities_threshold_name(joined, sizeof joined, name, 1)
                                 ? cnkg_linear_named_threshold(m, joined)
                                 : 0;
    }
    return p;
}

int cnkg_entities_load(cnkg_entities **out, const char *path, const cnkg_names *names,
                       cnkg_error *err)
{
    cnkg_linear *m;
    if (cnkg_linear_load_of(&m, path, CNKG_ENTITIES_FEATURES, "an entity model", err) != 0)
        return -1;
    *out = cnkg_entities_from_linear(m, names);
    return 0;
}

void cnkg_entities_free(cnkg_entities *p)
{
    if (!p)
        return;
    cnkg_linear_free(p->model);
    free(p);
}

const cnkg_linear *cnkg_entities_model(const cnkg_entities *p)
{
    return p->model;
}

size_t cnkg_entities_apply(const cnkg_entities *p, cnkg_article *a)
{
    if (a->n_entities == 0)
        return 0;
    /* features only for the entities judged: most are not (a fact joins
     * them, or their class is kept whole) */
    unsigned char *judged = cnkg_xcalloc(a->n_entities, 1);
    double *threshold = cnkg_xmalloc(a->n_entities * sizeof *threshold);
    cnkg_entities_standing(a, judged);
    for (size_t e = 0; e < a->n_entities; e++) {
        int k = a->entities[e].cls;
        threshold[e] =
            k >= 0 && k < CNKG_CLASS_COUNT ? p->threshold[judged[e] == CNKG_ENTITY_JOINED][k] : 0;
        judged[e] = judged[e] != CNKG_ENTITY_UNJUDGED && threshold[e] > 0;
    }
    cnkg_features f = {0};
    size_t *begin = cnkg_xmalloc((a->n_entities + 1) * sizeof *begin);
    cnkg_entities_features(a, cnkg_linear_bits(p->model), judged, &f, begin);
    unsigned char *drop = cnkg_xcalloc(a->n_entities, 1);
    size_t n = 0;
    for (size_t e = 0; e < a->n_entities; e++) {
        if (!judged[e])
            continue;
        double s = cnkg_linear_score(p->model, f.idx + begin[e], begin[e + 1] - begin[e]);
        drop[e] = s < threshold[e];
        n += drop[e];
    }
    if (n)
        cnkg_article_drop_entities(a, drop);
    free(drop);
    free(threshold);
    free(judged);
    free(begin);
    cnkg_features_free(&f);
    return n;
}
