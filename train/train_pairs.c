/* train_pairs.c - cnkg-train-pairs: trains the pair classifier
 * (learn/pairs.c) on annotated articles.
 *
 *   cnkg-train-pairs [options] CORPUS_DIR GOLD_DIR [CORPUS_DIR GOLD_DIR ...]
 *     -o FILE        the model trained on every article
 *     --folds DIR    DIR/NAME.model for each gold file NAME.tsv, trained on
 *                    every other article (leave one article out)
 *     --bits N       hashed buckets 2^N (default 20)
 *     --epochs N     SGD passes (default 8)
 *     --seed S       shuffle seed (default 20261205)
 *     --one-threshold one threshold for every relation (by default each
 *                    relation has its own, chosen the same way)
 *     --ontology DIR, --labeller FILE, --no-labeller   the extractor's data;
 *                    --labeller once per CORPUS_DIR GOLD_DIR pair, in
 *                    their order, reads each with a labeller of its own
 *
 * Each CORPUS_DIR/NAME.txt is extracted once by the rules (no pair model),
 * its candidates and their features are kept, and each is labelled from
 * GOLD_DIR/NAME.tsv as the scorer would count it: positive when the gold
 * requires the fact between the gold entities the two names match, left
 * out when the gold marks it optional, negative otherwise (names that
 * match no gold entity included). The threshold is the one that gives the
 * best relation F1 of the whole sets, rules' facts included, on the
 * leave-one-article-out scores: each article scored by the model that did
 * not see it. A fold's model gets the threshold chosen without its own
 * article. Everything is fixed by the arguments: two runs write the same
 * files.
 */
#include "corpus.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct options {
    train_common t;
    const char *out, *folds;
    int curve, stated, per_relation;
    double beta;
} options;

/* A fact the classifier may add, as the scorer counts it: the gold key it
 * maps to, what the gold says of it, its best score over its sentences. */
typedef struct unit {
    size_t file;
    int state; /* 1 required, 0 absent (or an unmapped name), 2 optional */
    int relation;
    double score;
    char *desc; /* --curve: what it is */
} unit;

typedef struct corpus {
    cnkg_features feats;
    cnkg_example *ex;
    size_t n_ex, cap_ex;
    size_t *ex_file, *ex_unit;
    unsigned char *skip; /* optional in the gold: not trained on */
    unit *units;
    size_t n_units, cap_units;
    int curve;    /* --curve: describe units, print the ranking */
    char **names; /* per file */
    size_t n_files;
    /* per file: required gold facts, rules' true and false positives */
    size_t *gold_req, *rule_tp, *rule_fp;
    cnkg_pair_reader *reader;
} corpus;

/* --- one article ------------------------------------------------------------ */

typedef struct key {
    size_t s, o;
    int rel;
} key;

typedef struct file_state {
    corpus *c;
    const cnkg_ontology *onto;
    const cnkg_gold *gold;
    unsigned bits;
    size_t file;
    key *rule_keys; /* the rules' facts, mapped */
    size_t n_rule, cap_rule;
    key *unit_keys; /* the candidates' facts so far, by unit */
    size_t *unit_ids;
    size_t n_unit_keys, cap_unit_keys;
    size_t unmapped_rules;
    int stated; /* --stated: learn from the rules' facts too */
} file_state;

static key make_key(size_t s, int rel, size_t o, int sym)
{
    if (sym && s > o) {
        size_t t = s;
        s = o;
        o = t;
    }
    return (key){s, o, rel};
}

static int key_eq(key a, key b)
{
    return a.s == b.s && a.o == b.o && a.rel == b.rel;
}

static int has_key(const key *keys, size_t n, key k)
{
    for (size_t i = 0; i < n; i++)
        if (key_eq(keys[i], k))
            return 1;
    return 0;
}

static void push_key(key **keys, size_t *n, size_t *cap, key k)
{
    if (*n == *cap) {
        *cap = *cap ? 2 * *cap : 32;
        *keys = cnkg_xrealloc(*keys, *cap * sizeof **keys);
    }
    (*keys)[(*n)++] = k;
}

/* The unit of a candidate's fact: one per gold key, one per unmapped
 * fact of entities (their key offset past the gold's). */
static size_t unit_of(file_state *st, key k, int relation, int state)
{
    corpus *c = st->c;
    for (size_t i = 0; i < st->n_unit_keys; i++)
        if (key_eq(st->unit_keys[i], k))
            return st->unit_ids[i];
    if (c->n_units == c->cap_units) {
        c->cap_units = c->cap_units ? 2 * c->cap_units : 1024;
        c->units = cnkg_xrealloc(c->units, c->cap_units * sizeof *c->units);
    }
    c->units[c->n_units] = (unit){st->file, state, relation, 0, NULL};
    size_t cap = st->cap_unit_keys;
    push_key(&st->unit_keys, &st->n_unit_keys, &st->cap_unit_keys, k);
    if (st->cap_unit_keys != cap)
        st->unit_ids = cnkg_xrealloc(st->unit_ids, st->cap_unit_keys * sizeof *st->unit_ids);
    st->unit_ids[st->n_unit_keys - 1] = c->n_units;
    return c->n_units++;
}

static void add_example(corpus *c, const uint32_t *idx, size_t n, int label, int skip, size_t file,
                        size_t u)
{
    if (c->n_ex == c->cap_ex) {
        c->cap_ex = c->cap_ex ? 2 * c->cap_ex : 4096;
        c->ex = cnkg_xrealloc(c->ex, c->cap_ex * sizeof *c->ex);
        c->ex_file = cnkg_xrealloc(c->ex_file, c->cap_ex * sizeof *c->ex_file);
        c->ex_unit = cnkg_xrealloc(c->ex_unit, c->cap_ex * sizeof *c->ex_unit);
        c->skip = cnkg_xrealloc(c->skip, c->cap_ex);
    }
    /* idx points into c->feats, which may move: kept as an offset until
     * every article is read (fixed up by train_examples_point) */
    c->ex[c->n_ex] = (cnkg_example){(const uint32_t *)(uintptr_t)(idx - c->feats.idx), n, label};
    c->ex_file[c->n_ex] = file;
    c->ex_unit[c->n_ex] = u;
    c->skip[c->n_ex] = (unsigned char)skip;
    c->n_ex++;
}

/* For --curve: which telling features a candidate has, its fact and the
 * start of its sentence. */
static char *describe(const cnkg_article *a, const cnkg_pair_set *set, const cnkg_pair *p,
                      unsigned bits)
{
    static const char *const marks[] = {
        "rule_list_o", "rule_list_s", "rule_other_o", "rule_other_s", "same_list", "clause",
        "enum",        "nested",      "cue_between",  "cue_before",   "cue_after"};
    const char *rel = cnkg_relation_name(a->names, p->relation);
    cnkg_buf b = {0};
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        uint32_t bucket = cnkg_pairs_feature_bucket(rel, marks[k], bits);
        for (size_t f = p->begin; f < p->end; f++)
            if (set->feats.idx[f] == bucket) {
                cnkg_buf_printf(&b, "%s ", marks[k]);
                break;
            }
    }
    cnkg_span sp = a->sentences[p->sentence];
    size_t nc;
    uint32_t *cps = cnkg_utf8_to_cps(a->text, strlen(a->text), &nc);
    char *sent = cnkg_cps_to_utf8(cps, sp.begin, sp.end < sp.begin + 60 ? sp.end : sp.begin + 60);
    cnkg_buf_printf(&b, "\t%s -%s-> %s | %s", a->entities[p->subject].label, rel,
                    a->entities[p->object].label, sent);
    free(sent);
    free(cps);
    return cnkg_buf_detach(&b);
}

static int on_article(const cnkg_article *a, void *ctx)
{
    file_state *st = ctx;
    corpus *c = st->c;
    cnkg_gold_match *m = cnkg_xcalloc(a->n_entities + 1, sizeof *m);
    cnkg_gold_match_article(st->gold, a, m);
    const size_t none = (size_t)-1;
    for (size_t i = 0; i < a->n_facts; i++) {
        const cnkg_fact *f = &a->facts[i];
        size_t gs = m[f->subject].gold, go = m[f->object].gold;
        if (gs == none || go == none) {
            st->unmapped_rules++;
            continue;
        }
        key k = make_key(gs, f->relation, go, cnkg_relation_is_symmetric(a->names, f->relation));
        if (!has_key(st->rule_keys, st->n_rule, k))
            push_key(&st->rule_keys, &st->n_rule, &st->cap_rule, k);
    }
    cnkg_pair_set set = {0};
    cnkg_pairs_candidates_with(st->c->reader, a, st->bits, st->stated ? CNKG_PAIRS_STATED : 0,
                               CNKG_PAIRS_ALL_RELATIONS, &set);
    for (size_t i = 0; i < set.n; i++) {
        const cnkg_pair *p = &set.items[i];
        size_t gs = m[p->subject].gold, go = m[p->object].gold;
        int sym = cnkg_relation_is_symmetric(a->names, p->relation);
        int state = 0;
        key k;
        if (gs == none || go == none) {
            /* a fact of unmatched names: its own unit, keyed past the gold */
            k = make_key(st->gold->n_entities + p->subject, p->relation,
                         st->gold->n_entities + p->object, sym);
            k.rel += 100; /* forgotten after the article (on_article_page) */
        } else {
            k = make_key(gs, p->relation, go, sym);
            cnkg_gold_state gst = cnkg_gold_fact_state(st->gold, gs, p->relation, go, sym);
            state = gst == CNKG_GOLD_REQUIRED ? 1 : gst == CNKG_GOLD_OPTIONAL ? 2 : 0;
        }
        size_t u = p->stated || has_key(st->rule_keys, st->n_rule, k)
                       ? none
                       : unit_of(st, k, (int)p->relation, state);
        if (u != none && c->curve && !c->units[u].desc)
            c->units[u].desc = describe(a, &set, p, st->bits);
        /* append this candidate's features to the corpus */
        size_t n = p->end - p->begin, at = c->feats.n;
        for (size_t f = 0; f < n; f++) {
            if (c->feats.n == c->feats.cap) {
                c->feats.cap = c->feats.cap ? 2 * c->feats.cap : 65536;
                c->feats.idx = cnkg_xrealloc(c->feats.idx, c->feats.cap * sizeof *c->feats.idx);
            }
            c->feats.idx[c->feats.n++] = set.feats.idx[p->begin + f];
        }
        add_example(c, c->feats.idx + at, n, state == 1, state == 2, st->file, u);
    }
    cnkg_pair_set_free(&set);
    free(m);
    return 0;
}

/* Unmatched names of different articles of one page must not share a
 * unit: the page's articles are read one after the other, so the units of
 * unmatched names are forgotten between articles. */
static int on_article_page(const cnkg_article *a, void *ctx)
{
    file_state *st = ctx;
    int rc = on_article(a, ctx);
    size_t w = 0;
    for (size_t i = 0; i < st->n_unit_keys; i++)
        if (st->unit_keys[i].rel < 100) {
            st->unit_keys[w] = st->unit_keys[i];
            st->unit_ids[w++] = st->unit_ids[i];
        }
    st->n_unit_keys = w;
    return rc;
}

/* What read_file needs besides the article. */
typedef struct read_ctx {
    corpus *c;
    const cnkg_ontology *onto;
    const options *o;
} read_ctx;

/* One annotated article, read as cnkg extract reads it (train_article_fn). */
static int read_file(void *ctx, cnkg_extractor *x, const char *corpus_dir, const char *gold_dir,
                     const char *name, cnkg_error *err)
{
    const read_ctx *rc = ctx;
    corpus *c = rc->c;
    const cnkg_ontology *onto = rc->onto;
    const options *o = rc->o;
    train_article t;
    if (train_article_open(&t, onto, corpus_dir, gold_dir, name, err) != 0)
        return -1;
    const cnkg_gold *gold = t.gold;
    size_t file = c->n_files++;
    c->names = cnkg_xrealloc(c->names, c->n_files * sizeof *c->names);
    c->gold_req = cnkg_xrealloc(c->gold_req, c->n_files * sizeof *c->gold_req);
    c->rule_tp = cnkg_xrealloc(c->rule_tp, c->n_files * sizeof *c->rule_tp);
    c->rule_fp = cnkg_xrealloc(c->rule_fp, c->n_files * sizeof *c->rule_fp);
    c->names[file] = cnkg_xstrdup(name);
    file_state st = {
        .c = c, .onto = onto, .gold = gold, .bits = o->t.bits, .file = file, .stated = o->stated};
    cnkg_extractor_page(x, t.text, t.len, t.path, on_article_page, &st);
    /* the rules' facts as the scorer counts them */
    size_t req = 0, tp = 0, fp = st.unmapped_rules;
    key *req_keys = NULL;
    size_t n_req = 0, cap_req = 0;
    for (size_t i = 0; i < gold->n_facts; i++) {
        const cnkg_gold_fact *f = &gold->facts[i];
        if (f->optional)
            continue;
        key k = make_key(f->subject, f->relation, f->object,
                         cnkg_relation_is_symmetric(cnkg_ontology_names(onto), f->relation));
        if (!has_key(req_keys, n_req, k))
            push_key(&req_keys, &n_req, &cap_req, k);
    }
    req = n_req;
    for (size_t i = 0; i < st.n_rule; i++) {
        key k = st.rule_keys[i];
        int sym = cnkg_relation_is_symmetric(cnkg_ontology_names(onto), k.rel);
        if (has_key(req_keys, n_req, k))
            tp++;
        else if (cnkg_gold_fact_state(gold, k.s, k.rel, k.o, sym) == CNKG_GOLD_ABSENT)
            fp++;
    }
    c->gold_req[file] = req;
    c->rule_tp[file] = tp;
    c->rule_fp[file] = fp;
    free(req_keys);
    free(st.rule_keys);
    free(st.unit_keys);
    free(st.unit_ids);
    train_article_close(&t);
    return 0;
}

/* --- thresholds ---------------------------------------------------------- */

static int by_score_desc(const void *a, const void *b)
{
    const unit *x = *(const unit *const *)a, *y = *(const unit *const *)b;
    return x->score > y->score ? -1 : x->score < y->score ? 1 : 0;
}

typedef struct sweep {
    double threshold, f1, p, r;
    size_t tp, fp, fn, added;
} sweep;

/* The threshold that maximises F-beta of relations over every file but
 * skip ((size_t)-1: none), rules' facts counted, units at or above it
 * added. */
static sweep best_threshold(const corpus *c, size_t skip, double beta)
{
    size_t tp = 0, fp = 0, req = 0;
    for (size_t f = 0; f < c->n_files; f++)
        if (f != skip) {
            tp += c->rule_tp[f];
            fp += c->rule_fp[f];
            req += c->gold_req[f];
        }
    const unit **order = cnkg_xmalloc((c->n_units ? c->n_units : 1) * sizeof *order);
    size_t n = 0;
    for (size_t i = 0; i < c->n_units; i++)
        if (c->units[i].file != skip && c->units[i].state != 2)
            order[n++] = &c->units[i];
    if (n > 1)
        qsort(order, n, sizeof *order, by_score_desc);
    double b2 = beta * beta;
#define FBETA(tp, fp, fn) ((1 + b2) * (tp) / ((1 + b2) * (tp) + b2 * (fn) + (fp) + 1e-12))
    sweep best = {1.01, FBETA((double)tp, (double)fp, (double)(req - tp)), 0, 0, tp, fp, req - tp,
                  0};
    for (size_t i = 0; i < n; i++) {
        tp += order[i]->state == 1;
        fp += order[i]->state == 0;
        if (i + 1 < n && order[i + 1]->score == order[i]->score)
            continue;
        double f = FBETA((double)tp, (double)fp, (double)(req - tp));
        if (f > best.f1 + 1e-12) {
            /* halfway to the next score: a threshold that does not sit on
             * one example's score */
            double next = i + 1 < n ? order[i + 1]->score : 0;
            best = (sweep){(order[i]->score + next) / 2, f, 0, 0, tp, fp, req - tp, i + 1};
        }
    }
#undef FBETA
    best.p = best.tp + best.fp ? (double)best.tp / (double)(best.tp + best.fp) : 0;
    best.r = req ? (double)best.tp / (double)req : 0;
    best.f1 = best.p + best.r ? 2 * best.p * best.r / (best.p + best.r) : 0;
    free(order);
    return best;
}

/* Thresholds of their own per relation: a relation whose LOO ranking is
 * poor gets none (1.01), a good one a low one. Chosen by coordinate
 * ascent on the pooled F-beta of every file but skip: each relation in
 * turn takes the cut-off of its own ranking that is best with the others'
 * held, three rounds. th[r] is 1.01 where no cut-off helps. */
typedef struct rel_units {
    const unit **u;
    size_t n;
    size_t tp, fp; /* added at the current cut-off */
} rel_units;

static double fbeta(double b2, size_t tp, size_t fp, size_t fn)
{
    return (1 + b2) * (double)tp / ((1 + b2) * (double)tp + b2 * (double)fn + (double)fp + 1e-12);
}

/* The best cut-off of r's ranking with base true and false positives
 * from the rules and the other relations. */
static void best_cut(rel_units *r, size_t tp0, size_t fp0, size_t req, double b2, double *th)
{
    double best = fbeta(b2, tp0, fp0, req - tp0);
    size_t tp = 0, fp = 0;
    *th = 1.01;
    r->tp = r->fp = 0;
    for (size_t i = 0; i < r->n; i++) {
        tp += r->u[i]->state == 1;
        fp += r->u[i]->state == 0;
        if (i + 1 < r->n && r->u[i + 1]->score == r->u[i]->score)
            continue;
        double f = fbeta(b2, tp0 + tp, fp0 + fp, req - tp0 - tp);
        if (f > best + 1e-12) {
            double next = i + 1 < r->n ? r->u[i + 1]->score : 0;
            best = f;
            *th = (r->u[i]->score + next) / 2;
            r->tp = tp;
            r->fp = fp;
        }
    }
}

static sweep best_relation_thresholds(const corpus *c, size_t skip, double beta,
                                      double th[CNKG_RELATION_COUNT])
{
    size_t tp = 0, fp = 0, req = 0;
    for (size_t f = 0; f < c->n_files; f++)
        if (f != skip) {
            tp += c->rule_tp[f];
            fp += c->rule_fp[f];
            req += c->gold_req[f];
        }
    rel_units rel[CNKG_RELATION_COUNT] = {{0}};
    for (size_t i = 0; i < c->n_units; i++) {
        const unit *u = &c->units[i];
        if (u->file == skip || u->state == 2)
            continue;
        rel_units *r = &rel[u->relation];
        r->u = cnkg_xrealloc(r->u, (r->n + 1) * sizeof *r->u);
        r->u[r->n++] = u;
    }
    for (int r = 0; r < CNKG_RELATION_COUNT; r++) {
        th[r] = 1.01;
        if (rel[r].n > 1)
            qsort(rel[r].u, rel[r].n, sizeof *rel[r].u, by_score_desc);
    }
    double b2 = beta * beta;
    for (int round = 0; round < 3; round++)
        for (int r = 0; r < CNKG_RELATION_COUNT; r++) {
            size_t tp0 = tp, fp0 = fp;
            for (int o = 0; o < CNKG_RELATION_COUNT; o++)
                if (o != r)
                    tp0 += rel[o].tp, fp0 += rel[o].fp;
            best_cut(&rel[r], tp0, fp0, req, b2, &th[r]);
        }
    sweep s = {1.01, 0, 0, 0, tp, fp, 0, 0}; /* threshold: the lowest */
    for (int r = 0; r < CNKG_RELATION_COUNT; r++) {
        if (th[r] < s.threshold)
            s.threshold = th[r];
        s.tp += rel[r].tp;
        s.fp += rel[r].fp;
        s.added += rel[r].tp + rel[r].fp;
        free(rel[r].u);
    }
    s.fn = req - s.tp;
    s.p = s.tp + s.fp ? (double)s.tp / (double)(s.tp + s.fp) : 0;
    s.r = req ? (double)s.tp / (double)req : 0;
    s.f1 = s.p + s.r ? 2 * s.p * s.r / (s.p + s.r) : 0;
    return s;
}

/* --- training ---------------------------------------------------------------- */

static cnkg_linear *train(const corpus *c, const options *o, size_t skip)
{
    unsigned char *use = cnkg_xmalloc(c->n_ex ? c->n_ex : 1);
    for (size_t i = 0; i < c->n_ex; i++)
        use[i] = !c->skip[i] && c->ex_file[i] != skip;
    cnkg_linear_options lo = {
        .epochs = o->t.epochs, .rate = o->t.rate, .l2 = o->t.l2, .seed = o->t.seed};
    cnkg_linear *m =
        train_linear_fit(CNKG_PAIRS_FEATURES, o->t.bits, c->ex, c->n_ex, use, &lo, o->t.prune);
    free(use);
    return m;
}

/* Scores every unit of file f with m (the best of its candidates). */
static void score_file(corpus *c, const cnkg_linear *m, size_t f)
{
    for (size_t i = 0; i < c->n_ex; i++) {
        if (c->ex_file[i] != f || c->ex_unit[i] == (size_t)-1)
            continue;
        double s = cnkg_linear_score(m, c->ex[i].idx, c->ex[i].n);
        unit *u = &c->units[c->ex_unit[i]];
        if (s > u->score)
            u->score = s;
    }
}

/* th: per-relation thresholds (NULL: threshold for all); a relation's is
 * written only when it adds something (<= 1). */
static int write_model(cnkg_linear *m, const char *path, double threshold, const double *th,
                       const cnkg_names *names)
{
    cnkg_error err;
    cnkg_linear_set_threshold(m, th ? 1.01 : threshold);
    for (int r = 0; th && r < CNKG_RELATION_COUNT; r++)
        if (th[r] <= 1)
            cnkg_linear_set_named_threshold(m, cnkg_relation_name(names, (cnkg_relation)r), th[r]);
    if (cnkg_linear_save(m, path, &err) != 0) {
        fprintf(stderr, "cnkg-train-pairs: %s\n", err.message);
        return -1;
    }
    return 0;
}

/* The LOO scores' ranking: how many true and false facts down to each
 * score, for choosing options. */
static void print_curve(const corpus *c)
{
    const unit **order = cnkg_xmalloc((c->n_units ? c->n_units : 1) * sizeof *order);
    size_t n = 0, tp = 0, fp = 0;
    for (size_t i = 0; i < c->n_units; i++)
        if (c->units[i].state != 2)
            order[n++] = &c->units[i];
    if (n > 1)
        qsort(order, n, sizeof *order, by_score_desc);
    for (size_t i = 0; i < n && i < 400; i++) {
        tp += order[i]->state == 1;
        fp += order[i]->state == 0;
        if ((i + 1) % 10 == 0)
            fprintf(stderr, "  top %zu: score %.3f, %zu true %zu false\n", i + 1, order[i]->score,
                    tp, fp);
    }
    for (size_t i = 0; i < n; i++)
        printf("%d\t%.4f\t%s\t%s\n", order[i]->state, order[i]->score, c->names[order[i]->file],
               order[i]->desc ? order[i]->desc : "");
    free(order);
}

static void print_sweep(const char *what, sweep s)
{
    fprintf(stderr,
            "%s: threshold %.3f, relations P=%.3f R=%.3f F1=%.3f (tp %zu fp %zu fn %zu, %zu "
            "facts added)\n",
            what, s.threshold, s.p, s.r, s.f1, s.tp, s.fp, s.fn, s.added);
}

static void print_relations(const double *th, const cnkg_names *names)
{
    for (int r = 0; r < CNKG_RELATION_COUNT; r++)
        if (th[r] <= 1)
            fprintf(stderr, "  %s >= %.3f\n", cnkg_relation_name(names, (cnkg_relation)r), th[r]);
}

static int run(corpus *c, const options *o, const cnkg_names *names)
{
    /* leave one article out: each file scored by a model not trained on it */
    cnkg_linear **folds = cnkg_xcalloc(c->n_files + 1, sizeof *folds);
    for (size_t f = 0; f < c->n_files; f++) {
        folds[f] = train(c, o, f);
        score_file(c, folds[f], f);
    }
    sweep all = best_threshold(c, (size_t)-1, o->beta);
    sweep rules = best_threshold(c, (size_t)-1, o->beta);
    {
        size_t tp = 0, fp = 0, req = 0;
        for (size_t f = 0; f < c->n_files; f++)
            tp += c->rule_tp[f], fp += c->rule_fp[f], req += c->gold_req[f];
        rules = (sweep){1,
                        0,
                        tp + fp ? (double)tp / (double)(tp + fp) : 0,
                        req ? (double)tp / (double)req : 0,
                        tp,
                        fp,
                        req - tp,
                        0};
        rules.f1 = rules.p + rules.r ? 2 * rules.p * rules.r / (rules.p + rules.r) : 0;
    }
    print_sweep("rules alone", rules);
    if (c->curve)
        print_curve(c);
    print_sweep("rules + pairs, leave one article out", all);
    double th[CNKG_RELATION_COUNT];
    if (o->per_relation) {
        print_sweep("rules + pairs, per-relation thresholds",
                    best_relation_thresholds(c, (size_t)-1, o->beta, th));
        print_relations(th, names);
    }
    const double *rth = o->per_relation ? th : NULL;
    int rc = 0;
    if (o->folds) {
        mkdir(o->folds, 0777);
        for (size_t f = 0; f < c->n_files && rc == 0; f++) {
            char path[4096];
            snprintf(path, sizeof path, "%s/%s.model", o->folds, c->names[f]);
            double fth[CNKG_RELATION_COUNT];
            if (o->per_relation)
                best_relation_thresholds(c, f, o->beta, fth);
            rc = write_model(folds[f], path, best_threshold(c, f, o->beta).threshold,
                             o->per_relation ? fth : NULL, names);
        }
    }
    for (size_t f = 0; f < c->n_files; f++)
        cnkg_linear_free(folds[f]);
    free(folds);
    if (o->out && rc == 0) {
        cnkg_linear *m = train(c, o, (size_t)-1);
        rc = write_model(m, o->out, all.threshold, rth, names);
        cnkg_linear_free(m);
    }
    return rc;
}

/* --- the command --------------------------------------------------------------- */

static const char usage[] =
    "usage: cnkg-train-pairs [options] CORPUS_DIR GOLD_DIR [CORPUS_DIR GOLD_DIR ...]\n"
    "  -o FILE          write the model trained on every article\n"
    "  --folds DIR      write DIR/NAME.model for each article, trained on the others\n"
    "  --bits N         2^N hashed buckets (default 20)\n"
    "  --epochs N       SGD passes (default 8)\n"
    "  --seed S         shuffle seed (default 20261205)\n"
    "  --rate R         learning rate (default 0.1)\n"
    "  --l2 L           L2 penalty (default 1e-5)\n"
    "  --prune W        drop weights below W (default 0.01)\n"
    "  --beta B         the threshold maximises F-beta (default 0.8: precision first)\n"
    "  --ontology DIR   the ontology (default: cnkg's)\n"
    "  --labeller FILE  the name labeller's model (default: cnkg's); given once per\n"
    "                   CORPUS_DIR GOLD_DIR pair, each pair is read with its own\n"
    "                   (one trained without that pair's stories: the pair model\n"
    "                   then learns from names as found in text the labeller has\n"
    "                   not seen)\n"
    "  --no-labeller    rules and gazetteers only\n"
    "  --stated         learn from the rules' own facts too\n"
    "  --curve          print the best-scored facts of the leave-one-out ranking\n"
    "  --one-threshold  one threshold for all relations (default: one per relation,\n"
    "                   none where the relation adds nothing)\n";

static int parse(int argc, char **argv, options *o)
{
    static const struct option longs[] = {TRAIN_COMMON_OPTIONS,
                                          {"folds", required_argument, NULL, 'F'},
                                          {"beta", required_argument, NULL, 'B'},
                                          {"curve", no_argument, NULL, 'C'},
                                          {"stated", no_argument, NULL, 'S'},
                                          {"one-threshold", no_argument, NULL, 'R'},
                                          {"help", no_argument, NULL, 'h'},
                                          {NULL, 0, NULL, 0}};
    int ch;
    while ((ch = getopt_long(argc, argv, "o:h", longs, NULL)) != -1) {
        switch (ch) {
        case 'o':
            o->out = optarg;
            break;
        case 'F':
            o->folds = optarg;
            break;
        case 'B':
            o->beta = atof(optarg);
            break;
        case 'C':
            o->curve = 1;
            break;
        case 'S':
            o->stated = 1;
            break;
        case 'R':
            o->per_relation = 0;
            break;
        case 'h':
            fputs(usage, stdout);
            return 1;
        default:
            if (train_common_option(&o->t, ch, optarg))
                break;
            fputs(usage, stderr);
            return 2;
        }
    }
    int pairs = (argc - optind) / 2;
    if (argc - optind < 2 || (argc - optind) % 2 || (!o->out && !o->folds) ||
        !train_common_valid(&o->t, pairs)) {
        fputs(usage, stderr);
        return 2;
    }
    return 0;
}

int main(int argc, char **argv)
{
    options o = {.t.bits = 20,
                 .per_relation = 1,
                 .t.epochs = 8,
                 .t.seed = 20261205,
                 .t.rate = 0.1,
                 .t.l2 = 1e-5,
                 .t.prune = 1e-2,
                 .beta = 0.8};
    o.t.labeller = cnkg_xcalloc((size_t)argc, sizeof *o.t.labeller);
    int rc = parse(argc, argv, &o);
    if (rc) {
        free(o.t.labeller);
        return rc == 1 ? 0 : rc;
    }
    cnkg_error err = {{0}};
    cnkg_ontology *onto = NULL;
    corpus c = {0};
    c.feats.bits = o.t.bits;
    c.curve = o.curve;
    rc = 1;
    if (cnkg_ontology_load(&onto, o.t.ontology ? o.t.ontology : cnkg_data_path(CNKG_DATA_ONTOLOGY),
                           &err) != 0)
        goto done;
    c.reader = cnkg_pair_reader_new(onto);
    read_ctx rctx = {&c, onto, &o};
    for (int i = optind, k = 0; i + 1 < argc; i += 2, k++) {
        const char *lab = o.t.n_labellers > 1 ? o.t.labeller[k] : o.t.labeller[0];
        if (train_corpus_pair_read(onto, lab, o.t.no_labeller, NULL, argv[i], argv[i + 1],
                                   read_file, &rctx, &err) != 0)
            goto done;
    }
    train_examples_point(c.ex, c.n_ex, &c.feats);
    size_t pos = 0, skipped = 0;
    for (size_t i = 0; i < c.n_ex; i++)
        pos += c.ex[i].label, skipped += c.skip[i];
    fprintf(stderr, "%zu articles, %zu candidates (%zu positive, %zu optional), %zu features\n",
            c.n_files, c.n_ex, pos, skipped, c.feats.n);
    rc = run(&c, &o, cnkg_ontology_names(onto)) == 0 ? 0 : 1;
done:
    if (err.message[0])
        fprintf(stderr, "cnkg-train-pairs: %s\n", err.message);
    for (size_t f = 0; f < c.n_files; f++)
        free(c.names[f]);
    free(c.names);
    free(c.gold_req);
    free(c.rule_tp);
    free(c.rule_fp);
    free(c.ex);
    free(c.ex_file);
    free(c.ex_unit);
    free(c.skip);
    for (size_t i = 0; i < c.n_units; i++)
        free(c.units[i].desc);
    free(c.units);
    cnkg_features_free(&c.feats);
    cnkg_pair_reader_free(c.reader);
    cnkg_ontology_free(onto);
    free(o.t.labeller);
    return rc;
}
