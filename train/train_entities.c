/* train_entities.c - cnkg-train-entities: trains the entity filter
 * (learn/entities.c) on annotated articles.
 *
 *   cnkg-train-entities [options] CORPUS_DIR GOLD_DIR [CORPUS_DIR GOLD_DIR ...]
 *     -o FILE          the model trained on every article
 *     --pairs-model F  the pair model the extractor runs before the filter
 *     --k-folds K      articles split in K folds for the held-out scores
 *                      the thresholds are chosen on (default 10)
 *     --bits N, --epochs N, --seed S, --rate R, --l2 L, --prune W
 *     --ontology DIR, --labeller FILE, --no-labeller   the extractor's data;
 *                      --labeller once per CORPUS_DIR GOLD_DIR pair, in
 *                      their order, reads each with a labeller of its own
 *
 * Each CORPUS_DIR/NAME.txt is extracted as cnkg extract would (rules, then
 * the pair model), and each entity it ends with is labelled from
 * GOLD_DIR/NAME.tsv as the scorer would count it: positive when it takes a
 * required gold entity of its class, negative when no gold entity of its
 * class answers to any of its names, left out when it takes an optional
 * one or one an earlier entity took; the byline's and a name a rule's
 * fact joins are not judged (cnkg_entities_standing). Each class has two
 * thresholds, one for its names the pair model joins and one for the rest,
 * each the one that gives the best entity F1 of
 * the whole set on held-out scores: each article scored by the model of
 * the folds without it. Two runs with the same arguments write the same
 * file.
 */
#include "corpus.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct options {
    train_common t;
    const char *out, *pairs_model;
    const char **kept_names; /* --keep-class: room for one per argument */
    int n_kept;
    unsigned kept; /* --keep-class: classes given no threshold, as bits */
    unsigned folds;
    double positive_weight;
} options;

/* The thresholds' groups: each class's names standing alone, then its
 * names a fact joins. */
enum { N_GROUPS = 2 * CNKG_CLASS_COUNT };

/* What the gold says of an entity the filter judges. */
enum { LABEL_FALSE = 0, LABEL_TRUE = 1, LABEL_LEFT_OUT = 2 };

/* An entity the filter judges: its label, its article, its held-out
 * score. */
typedef struct judged {
    size_t file;
    int cls;
    int group;    /* its threshold's: cls, or cls + CNKG_CLASS_COUNT when a fact joins it */
    int label;    /* LABEL_TRUE, LABEL_FALSE or LABEL_LEFT_OUT */
    double score; /* held out */
} judged;

typedef struct corpus {
    cnkg_features feats;
    cnkg_example *ex;
    judged *items;
    size_t n, cap;
    size_t n_files;
    /* the scorer's counts with nothing dropped */
    size_t tp, fp, fn;
} corpus;

/* What read_file needs besides the article. */
typedef struct read_ctx {
    corpus *c;
    const cnkg_ontology *onto;
} read_ctx;

typedef struct file_state {
    corpus *c;
    const cnkg_gold *gold;
    size_t file;
} file_state;

static void add_item(corpus *c, size_t at, size_t n, judged j)
{
    if (c->n == c->cap) {
        c->cap = c->cap ? 2 * c->cap : 4096;
        c->ex = cnkg_xrealloc(c->ex, c->cap * sizeof *c->ex);
        c->items = cnkg_xrealloc(c->items, c->cap * sizeof *c->items);
    }
    /* an offset into c->feats until every article is read (it moves) */
    c->ex[c->n] = (cnkg_example){(const uint32_t *)(uintptr_t)at, n, j.label == LABEL_TRUE};
    c->items[c->n++] = j;
}

static int on_article(const cnkg_article *a, void *ctx)
{
    file_state *st = ctx;
    corpus *c = st->c;
    size_t ne = a->n_entities;
    cnkg_gold_match *m = cnkg_xcalloc(ne + 1, sizeof *m);
    cnkg_gold_match_article(st->gold, a, m);
    unsigned char *standing = cnkg_xcalloc(ne + 1, 1);
    unsigned char *to_judge = cnkg_xcalloc(ne + 1, 1);
    cnkg_entities_standing(a, standing);
    for (size_t e = 0; e < ne; e++)
        to_judge[e] = standing[e] != CNKG_ENTITY_UNJUDGED;
    cnkg_features f = {0};
    size_t *begin = cnkg_xmalloc((ne + 1) * sizeof *begin);
    cnkg_entities_features(a, c->feats.bits, to_judge, &f, begin);
    for (size_t e = 0; e < ne; e++) {
        int label = !m[e].typed                                                ? LABEL_FALSE
                    : m[e].duplicate || st->gold->entities[m[e].gold].optional ? LABEL_LEFT_OUT
                                                                               : LABEL_TRUE;
        if (!m[e].typed || m[e].duplicate)
            c->fp++;
        else if (label == LABEL_TRUE)
            c->tp++;
        if (!to_judge[e])
            continue;
        size_t at = c->feats.n, n = begin[e + 1] - begin[e];
        cnkg_features_append(&c->feats, f.idx + begin[e], n);
        int k = a->entities[e].cls;
        int group = k + (standing[e] == CNKG_ENTITY_JOINED ? CNKG_CLASS_COUNT : 0);
        add_item(c, at, n, (judged){st->file, k, group, label, 0});
    }
    cnkg_features_free(&f);
    free(begin);
    free(to_judge);
    free(standing);
    free(m);
    return 0;
}

/* One annotated article, read as cnkg extract reads it (train_article_fn). */
static int read_file(void *ctx, cnkg_extractor *x, const char *corpus_dir, const char *gold_dir,
                     const char *name, cnkg_error *err)
{
    read_ctx *rc = ctx;
    corpus *c = rc->c;
    train_article t;
    if (train_article_open(&t, rc->onto, corpus_dir, gold_dir, name, err) != 0)
        return -1;
    size_t tp0 = c->tp;
    file_state st = {c, t.gold, c->n_files++};
    cnkg_extractor_page(x, t.text, t.len, t.path, on_article, &st);
    size_t req = 0;
    for (size_t i = 0; i < t.gold->n_entities; i++)
        req += !t.gold->entities[i].optional;
    c->fn += req > c->tp - tp0 ? req - (c->tp - tp0) : 0;
    train_article_close(&t);
    return 0;
}

/* --- training ------------------------------------------------------------------ */

/* The fold of a file: files dealt out in turn, so each fold mixes the
 * corpus pairs. */
static unsigned fold_of(size_t file, unsigned folds)
{
    return (unsigned)(file % folds);
}

static cnkg_linear *train(const corpus *c, const options *o, unsigned skip)
{
    unsigned char *use = cnkg_xmalloc(c->n ? c->n : 1);
    for (size_t i = 0; i < c->n; i++)
        use[i] = c->items[i].label != LABEL_LEFT_OUT &&
                 (skip == (unsigned)-1 || fold_of(c->items[i].file, o->folds) != skip);
    cnkg_linear_options lo = {.epochs = o->t.epochs,
                              .rate = o->t.rate,
                              .l2 = o->t.l2,
                              .positive_weight = o->positive_weight,
                              .seed = o->t.seed};
    cnkg_linear *m =
        train_linear_fit(CNKG_ENTITIES_FEATURES, o->t.bits, c->ex, c->n, use, &lo, o->t.prune);
    free(use);
    return m;
}

/* Entity F1. Not cnkg-train-pairs' fbeta with b2 = 1: that one adds
 * 1e-12 to the denominator, which moves the scores by a hair and could
 * move a threshold of the shipped model; this one is what it was trained
 * with. */
static double f1_of(double tp, double fp, double fn)
{
    return tp > 0 ? 2 * tp / (2 * tp + fp + fn) : 0;
}

/* 0 where nothing is kept: a corpus with no entity gives no NaN. */
static double precision_of(double tp, double fp)
{
    return tp + fp > 0 ? tp / (tp + fp) : 0;
}

static int by_score(const void *x, const void *y)
{
    const judged *a = *(const judged *const *)x, *b = *(const judged *const *)y;
    return a->score < b->score ? -1 : a->score > b->score;
}

typedef struct cut {
    double threshold;
    size_t pos, neg; /* dropped */
} cut;

/* The class's threshold that gives the best entity F1 over the whole set
 * given the other classes' cuts (tp, fp, fn: the counts with those made):
 * items sorted by score, dropped from the lowest up. */
static cut best_cut(const judged *const *items, size_t n, double tp, double fp, double fn)
{
    cut best = {0, 0, 0}, now = best;
    double best_f = f1_of(tp, fp, fn);
    for (size_t i = 0; i < n; i++) {
        now.pos += items[i]->label == LABEL_TRUE;
        now.neg += items[i]->label == LABEL_FALSE;
        if (i + 1 < n && items[i + 1]->score == items[i]->score)
            continue;
        double f = f1_of(tp - (double)now.pos, fp - (double)now.neg, fn + (double)now.pos);
        if (f > best_f + 1e-12) {
            best_f = f;
            best = now;
            best.threshold = i + 1 < n ? (items[i]->score + items[i + 1]->score) / 2 : 1.01;
        }
    }
    return best;
}

/* The name of group g's threshold ("Industry", "Industry+joined"). */
static const char *group_name(const cnkg_names *names, int g, char *buf, size_t size)
{
    const char *cls = cnkg_class_name(names, (cnkg_class)(g % CNKG_CLASS_COUNT));
    return cls && cnkg_entities_threshold_name(buf, size, cls, g >= CNKG_CLASS_COUNT) ? buf : NULL;
}

/* One cut per group: a class's names a fact joins get their own, so the
 * filter may hold them to a higher bar than names standing alone. */
static void choose_thresholds(const corpus *c, unsigned kept, const cnkg_names *names, cut *cuts)
{
    const judged **by_class[N_GROUPS];
    size_t n[N_GROUPS] = {0};
    for (int k = 0; k < N_GROUPS; k++) {
        by_class[k] = cnkg_xmalloc((c->n + 1) * sizeof **by_class);
        cuts[k] = (cut){0, 0, 0};
    }
    for (size_t i = 0; i < c->n; i++)
        if (c->items[i].label != LABEL_LEFT_OUT && c->items[i].cls >= 0 &&
            c->items[i].cls < CNKG_CLASS_COUNT && !(kept >> c->items[i].cls & 1u))
            by_class[c->items[i].group][n[c->items[i].group]++] = &c->items[i];
    for (int k = 0; k < N_GROUPS; k++)
        if (n[k] > 1)
            qsort(by_class[k], n[k], sizeof **by_class, by_score);
    /* a group's best cut depends on the others' through the totals:
     * a few rounds settle them */
    for (int round = 0; round < 3; round++)
        for (int k = 0; k < N_GROUPS; k++) {
            double tp = (double)c->tp, fp = (double)c->fp, fn = (double)c->fn;
            for (int o = 0; o < N_GROUPS; o++)
                if (o != k)
                    tp -= (double)cuts[o].pos, fp -= (double)cuts[o].neg, fn += (double)cuts[o].pos;
            cuts[k] = best_cut(by_class[k], n[k], tp, fp, fn);
        }
    size_t pos = 0, neg = 0;
    for (int k = 0; k < N_GROUPS; k++) {
        char name[96];
        if (cuts[k].threshold > 0)
            fprintf(stderr, "  %-29s < %.3f: drops %zu false, %zu true (of %zu judged)\n",
                    group_name(names, k, name, sizeof name), cuts[k].threshold, cuts[k].neg,
                    cuts[k].pos, n[k]);
        pos += cuts[k].pos, neg += cuts[k].neg;
        free(by_class[k]);
    }
    double tp = (double)c->tp, fp = (double)c->fp, fn = (double)c->fn;
    fprintf(stderr, "held out: entities F1 %.4f -> %.4f (P %.4f -> %.4f)\n", f1_of(tp, fp, fn),
            f1_of(tp - (double)pos, fp - (double)neg, fn + (double)pos), precision_of(tp, fp),
            precision_of(tp - (double)pos, fp - (double)neg));
}

static int run(corpus *c, const options *o, const cnkg_names *names)
{
    for (unsigned k = 0; k < o->folds; k++) {
        cnkg_linear *m = train(c, o, k);
        for (size_t i = 0; i < c->n; i++)
            if (fold_of(c->items[i].file, o->folds) == k)
                c->items[i].score = cnkg_linear_score(m, c->ex[i].idx, c->ex[i].n);
        cnkg_linear_free(m);
    }
    cut cuts[N_GROUPS];
    choose_thresholds(c, o->kept, names, cuts);
    if (!o->out)
        return 0;
    cnkg_linear *m = train(c, o, (unsigned)-1);
    cnkg_linear_set_threshold(m, 0);
    cnkg_error err;
    int rc = 0;
    /* class names have no blanks and twice their number is below the
     * model's 64 named thresholds: a failure is a bug, said rather than a
     * class kept whole */
    for (int k = 0; k < N_GROUPS && rc == 0; k++) {
        char name[96];
        if (cuts[k].threshold > 0 &&
            (!group_name(names, k, name, sizeof name) ||
             cnkg_linear_set_named_threshold(m, name, cuts[k].threshold) != 0))
            rc = cnkg_error_set(&err, "%s: cannot hold the threshold of %s%s", o->out,
                                cnkg_class_name(names, (cnkg_class)(k % CNKG_CLASS_COUNT)),
                                k >= CNKG_CLASS_COUNT ? "+joined" : "");
    }
    if (rc == 0)
        rc = cnkg_linear_save(m, o->out, &err);
    if (rc != 0)
        fprintf(stderr, "cnkg-train-entities: %s\n", err.message);
    cnkg_linear_free(m);
    return rc;
}

/* --- the command --------------------------------------------------------------- */

static const char usage[] =
    "usage: cnkg-train-entities [options] CORPUS_DIR GOLD_DIR [CORPUS_DIR GOLD_DIR ...]\n"
    "  -o FILE           write the model trained on every article\n"
    "  --pairs-model F   the pair model the extractor runs first (default: cnkg's)\n"
    "  --k-folds K       K folds of articles for the held-out scores (default 10)\n"
    "  --bits N          2^N hashed buckets (default 20)\n"
    "  --epochs N        SGD passes (default 8)\n"
    "  --seed S          shuffle seed (default 20261206)\n"
    "  --rate R          learning rate (default 0.1)\n"
    "  --l2 L            L2 penalty (default 1e-5)\n"
    "  --prune W         drop weights below W (default 0.01)\n"
    "  --positive-weight W  a true entity's loss counts W times (default 1)\n"
    "  --keep-class C    give class C no threshold: its entities are all kept\n"
    "                    (once per class)\n"
    "  --ontology DIR    the ontology (default: cnkg's)\n"
    "  --labeller FILE   the name labeller's model (default: cnkg's); given once per\n"
    "                    CORPUS_DIR GOLD_DIR pair, each pair is read with its own\n"
    "  --no-labeller     rules and gazetteers only (no pair model either)\n";

static int parse(int argc, char **argv, options *o)
{
    static const struct option longs[] = {TRAIN_COMMON_OPTIONS,
                                          {"k-folds", required_argument, NULL, 'F'},
                                          {"pairs-model", required_argument, NULL, 'P'},
                                          {"positive-weight", required_argument, NULL, 'W'},
                                          {"keep-class", required_argument, NULL, 'K'},
                                          {"help", no_argument, NULL, 'h'},
                                          {NULL, 0, NULL, 0}};
    int ch;
    while ((ch = getopt_long(argc, argv, "o:h", longs, NULL)) != -1) {
        switch (ch) {
        case 'o':
            o->out = optarg;
            break;
        case 'F':
            o->folds = (unsigned)atoi(optarg);
            break;
        case 'W':
            o->positive_weight = atof(optarg);
            break;
        case 'K':
            o->kept_names[o->n_kept++] = optarg;
            break;
        case 'P':
            o->pairs_model = optarg;
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
    if (argc - optind < 2 || (argc - optind) % 2 || !train_common_valid(&o->t, pairs) ||
        o->folds < 2 || (o->pairs_model && o->t.no_labeller)) {
        fputs(usage, stderr);
        return 2;
    }
    return 0;
}

int main(int argc, char **argv)
{
    options o = {.t.bits = 20,
                 .t.epochs = 8,
                 .folds = 10,
                 .t.seed = 20261206,
                 .t.rate = 0.1,
                 .t.l2 = 1e-5,
                 .t.prune = 1e-2,
                 .positive_weight = 1};
    o.t.labeller = cnkg_xcalloc((size_t)argc, sizeof *o.t.labeller);
    o.kept_names = cnkg_xcalloc((size_t)argc, sizeof *o.kept_names);
    int rc = parse(argc, argv, &o);
    if (rc) {
        free(o.t.labeller);
        free(o.kept_names);
        return rc == 1 ? 0 : rc;
    }
    cnkg_error err = {{0}};
    cnkg_ontology *onto = NULL;
    cnkg_pairs *pairs = NULL;
    corpus c = {0};
    c.feats.bits = o.t.bits;
    rc = 1;
    if (cnkg_ontology_load(&onto, o.t.ontology ? o.t.ontology : cnkg_data_path(CNKG_DATA_ONTOLOGY),
                           &err) != 0)
        goto done;
    for (int i = 0; i < o.n_kept; i++) {
        cnkg_class k = cnkg_class_from_name(cnkg_ontology_names(onto), o.kept_names[i]);
        if (k == CNKG_CLASS_NONE) {
            cnkg_error_set(&err, "--keep-class: no class '%s'", o.kept_names[i]);
            goto done;
        }
        o.kept |= 1u << k;
    }
    if (!o.t.no_labeller &&
        cnkg_pairs_load(&pairs, o.pairs_model ? o.pairs_model : cnkg_data_path(CNKG_DATA_PAIRS),
                        onto, &err) != 0)
        goto done;
    read_ctx rctx = {&c, onto};
    for (int i = optind, k = 0; i + 1 < argc; i += 2, k++) {
        const char *lab = o.t.n_labellers > 1 ? o.t.labeller[k] : o.t.labeller[0];
        if (train_corpus_pair_read(onto, lab, o.t.no_labeller, pairs, argv[i], argv[i + 1],
                                   read_file, &rctx, &err) != 0)
            goto done;
    }
    train_examples_point(c.ex, c.n, &c.feats);
    size_t pos = 0, neg = 0;
    for (size_t i = 0; i < c.n; i++)
        pos += c.items[i].label == LABEL_TRUE, neg += c.items[i].label == LABEL_FALSE;
    fprintf(stderr,
            "%zu articles, %zu entities judged (%zu true, %zu false, %zu left out), %zu features; "
            "scorer: tp %zu fp %zu fn %zu\n",
            c.n_files, c.n, pos, neg, c.n - pos - neg, c.feats.n, c.tp, c.fp, c.fn);
    rc = run(&c, &o, cnkg_ontology_names(onto)) == 0 ? 0 : 1;
done:
    if (err.message[0])
        fprintf(stderr, "cnkg-train-entities: %s\n", err.message);
    free(c.ex);
    free(c.items);
    cnkg_features_free(&c.feats);
    cnkg_pairs_free(pairs);
    cnkg_ontology_free(onto);
    free(o.t.labeller);
    free(o.kept_names);
    return rc;
}
