/* train.c - cnkg-train: fits the labeller's structured averaged perceptron
 * (Collins 2002) on CLUENER2020 and scores models.
 *
 *   cnkg-train [--epochs N] [--seed S] [--types 6|10..15] [--news TYPES]
 *              [--dev DEV.json] TRAIN.json OUT.model
 *   cnkg-train --eval MODEL DEV.json
 *
 * Everything that decides the result (order, epochs, features) is fixed
 * by the arguments, so two runs write the same file. */
#include "train.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cluener.h"
#include "lab_internal.h"

const char *const train_type_names[TRAIN_MAX_TYPES] = {
    "company", "government", "organization", "address", "name",    "scene",   "book",     "game",
    "movie",   "position",   "park",         "project", "program", "product", "industry",
};

enum { TRAIN_CLUENER_TYPES = 10 };

static int news_type_add(train_types *t, const char *name, size_t len)
{
    for (int k = TRAIN_CLUENER_TYPES; k < TRAIN_MAX_TYPES; k++) {
        if (strlen(train_type_names[k]) != len || strncmp(train_type_names[k], name, len) != 0)
            continue;
        for (int i = TRAIN_CLUENER_TYPES; i < t->n; i++)
            if (t->name[i] == train_type_names[k])
                return -1;
        t->name[t->n++] = train_type_names[k];
        return 0;
    }
    return -1;
}

int train_types_choose(train_types *t, int n, const char *news)
{
    if (n != TRAIN_CLUENER_KEPT && (n < TRAIN_CLUENER_TYPES || n > TRAIN_MAX_TYPES))
        return -1;
    if (news && (n != TRAIN_CLUENER_TYPES || !*news))
        return -1;
    t->n = news ? TRAIN_CLUENER_TYPES : n;
    for (int k = 0; k < t->n; k++)
        t->name[k] = train_type_names[k];
    for (const char *p = news; p && *p;) {
        size_t len = strcspn(p, ",");
        if (news_type_add(t, p, len) < 0 || (p[len] == ',' && p[len + 1] == '\0'))
            return -1;
        p += len + (p[len] == ',');
    }
    return 0;
}

typedef struct options {
    int epochs, min_count;
    train_types types;
    uint64_t seed;
    float prune;
    const char *train, *out, *dev;
} options;

/* --- reading the data ------------------------------------------------------ */

static int type_index(const char *name, const train_types *types)
{
    for (int k = 0; k < types->n; k++)
        if (strcmp(name, types->name[k]) == 0)
            return k;
    return -1;
}

/* BIOES tags of one line; a span overlapping an earlier one is skipped. */
static void gold_tags(const cnkg_cluener_line *line, const train_types *types, int *tags)
{
    memset(tags, 0, line->n * sizeof *tags);
    for (size_t s = 0; s < line->n_spans; s++) {
        const cnkg_cluener_span *sp = &line->spans[s];
        int k = type_index(sp->type, types);
        int clash = 0;
        for (size_t i = sp->begin; i < sp->end; i++)
            clash |= tags[i];
        if (k < 0 || clash)
            continue;
        if (sp->end - sp->begin == 1) {
            tags[sp->begin] = CNKG_LAB_TAG(k, CNKG_LAB_S);
            continue;
        }
        tags[sp->begin] = CNKG_LAB_TAG(k, CNKG_LAB_B);
        for (size_t i = sp->begin + 1; i + 1 < sp->end; i++)
            tags[i] = CNKG_LAB_TAG(k, CNKG_LAB_I);
        tags[sp->end - 1] = CNKG_LAB_TAG(k, CNKG_LAB_E);
    }
}

typedef struct raw_set {
    size_t n_sent, n_pos, cap_sent, cap_pos;
    size_t *sent_off;
    int *gold;
    uint64_t *keys; /* n_pos x CNKG_LAB_MAX_FEATURES, 0-padded */
} raw_set;

static void raw_add(raw_set *r, const cnkg_cluener_line *line, const train_types *types)
{
    if (r->n_sent + 2 > r->cap_sent) {
        r->cap_sent = r->cap_sent ? 2 * r->cap_sent : 1024;
        r->sent_off = cnkg_xrealloc(r->sent_off, r->cap_sent * sizeof *r->sent_off);
    }
    while (r->n_pos + line->n > r->cap_pos) {
        r->cap_pos = r->cap_pos ? 2 * r->cap_pos : 65536;
        r->gold = cnkg_xrealloc(r->gold, r->cap_pos * sizeof *r->gold);
        r->keys = cnkg_xrealloc(r->keys, r->cap_pos * CNKG_LAB_MAX_FEATURES * sizeof *r->keys);
    }
    r->sent_off[r->n_sent] = r->n_pos;
    gold_tags(line, types, r->gold + r->n_pos);
    void *mem = cnkg_xmalloc(cnkg_lab_text_size(line->n));
    cnkg_lab_text text;
    cnkg_lab_prepare(line->cps, line->n, mem, &text);
    for (size_t i = 0; i < line->n; i++) {
        uint64_t *k = r->keys + (r->n_pos + i) * CNKG_LAB_MAX_FEATURES;
        size_t nk = cnkg_lab_features(&text, i, k);
        memset(k + nk, 0, (CNKG_LAB_MAX_FEATURES - nk) * sizeof *k);
    }
    free(mem);
    r->n_pos += line->n;
    r->sent_off[++r->n_sent] = r->n_pos;
}

typedef struct raw_reading {
    raw_set *r;
    const train_types *types;
} raw_reading;

static void raw_add_line(const cnkg_cluener_line *line, void *ctx)
{
    raw_reading *rd = ctx;
    if (line->n > 0)
        raw_add(rd->r, line, rd->types);
}

static int raw_read(raw_set *r, const char *path, const train_types *types, cnkg_error *err)
{
    raw_reading rd = {r, types};
    return cnkg_cluener_each(path, raw_add_line, &rd, err);
}

/* --- features to rows -------------------------------------------------------- */

static void encode(raw_set *r, int min_count, train_set *set, train_weights *w)
{
    train_map counts = {0};
    for (size_t p = 0; p < r->n_pos * CNKG_LAB_MAX_FEATURES; p++)
        if (r->keys[p])
            (*train_map_slot(&counts, r->keys[p]))++;
    train_map rows = {0};
    w->keys = cnkg_xmalloc(counts.len * sizeof *w->keys);
    size_t n_feats = 0;
    set->feat_off = cnkg_xmalloc((r->n_pos + 1) * sizeof *set->feat_off);
    set->feats = cnkg_xmalloc(r->n_pos * CNKG_LAB_MAX_FEATURES * sizeof *set->feats);
    for (size_t p = 0; p < r->n_pos; p++) {
        set->feat_off[p] = n_feats;
        for (size_t k = 0; k < CNKG_LAB_MAX_FEATURES; k++) {
            uint64_t key = r->keys[p * CNKG_LAB_MAX_FEATURES + k];
            if (!key || *train_map_get(&counts, key) < min_count)
                continue;
            int32_t *row = train_map_slot(&rows, key);
            if (*row == 0) {
                w->keys[w->n_rows] = key;
                *row = (int32_t)++w->n_rows;
            }
            set->feats[n_feats++] = *row - 1;
        }
    }
    set->feat_off[r->n_pos] = n_feats;
    set->n_sent = r->n_sent;
    set->sent_off = r->sent_off;
    set->gold = r->gold;
    r->sent_off = NULL;
    r->gold = NULL;
    free(r->keys);
    r->keys = NULL;
    train_map_free(&counts);
    train_map_free(&rows);
}

/* --- the perceptron ------------------------------------------------------------ */

static void weights_init(train_weights *w, int n_tags)
{
    size_t T = (size_t)n_tags, nt = T * T + 2 * T;
    w->n_tags = n_tags;
    w->w = cnkg_xcalloc(w->n_rows * T, sizeof *w->w);
    w->u = cnkg_xcalloc(w->n_rows * T, sizeof *w->u);
    w->tw = cnkg_xmalloc(nt * sizeof *w->tw);
    w->tu = cnkg_xcalloc(nt, sizeof *w->tu);
    cnkg_lab_trans_init(n_tags, w->tw, w->tw + T * T, w->tw + T * T + T);
    w->c = 1;
}

static void score(const train_weights *w, const train_set *set, size_t s, float *emit)
{
    size_t T = (size_t)w->n_tags, b = set->sent_off[s], n = set->sent_off[s + 1] - b;
    memset(emit, 0, n * T * sizeof *emit);
    for (size_t i = 0; i < n; i++) {
        float *e = emit + i * T;
        for (size_t f = set->feat_off[b + i]; f < set->feat_off[b + i + 1]; f++) {
            const float *row = w->w + (size_t)set->feats[f] * T;
            for (size_t t = 0; t < T; t++)
                e[t] += row[t];
        }
    }
}

static void bump(float *w, float *u, size_t at, float d, double c)
{
    w[at] += d;
    u[at] += (float)(c * d);
}

static void update(train_weights *w, const train_set *set, size_t s, const int *pred)
{
    size_t T = (size_t)w->n_tags, b = set->sent_off[s], n = set->sent_off[s + 1] - b;
    const int *gold = set->gold + b;
    float *start = w->tw + T * T, *ustart = w->tu + T * T;
    for (size_t i = 0; i < n; i++) {
        int g = gold[i], p = pred[i];
        if (g != p) {
            for (size_t f = set->feat_off[b + i]; f < set->feat_off[b + i + 1]; f++) {
                size_t row = (size_t)set->feats[f] * T;
                bump(w->w, w->u, row + (size_t)g, 1, w->c);
                bump(w->w, w->u, row + (size_t)p, -1, w->c);
            }
        }
        int gprev = i ? gold[i - 1] : -1, pprev = i ? pred[i - 1] : -1;
        if (g == p && gprev == pprev)
            continue;
        if (i == 0) {
            bump(start, ustart, (size_t)g, 1, w->c);
            bump(start, ustart, (size_t)p, -1, w->c);
        } else {
            bump(w->tw, w->tu, (size_t)gprev * T + (size_t)g, 1, w->c);
            bump(w->tw, w->tu, (size_t)pprev * T + (size_t)p, -1, w->c);
        }
    }
    if (gold[n - 1] != pred[n - 1]) {
        bump(start + T, ustart + T, (size_t)gold[n - 1], 1, w->c);
        bump(start + T, ustart + T, (size_t)pred[n - 1], -1, w->c);
    }
}

static uint64_t rng_next(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static void shuffle(size_t *order, size_t n, uint64_t *rng)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)(rng_next(rng) % i), t = order[i - 1];
        order[i - 1] = order[j];
        order[j] = t;
    }
}

/* One pass over the data in a shuffled order; returns the sentences that
 * were tagged wrong. */
static size_t epoch(train_weights *w, const train_set *set, size_t *order, uint64_t *rng,
                    size_t max_len)
{
    size_t T = (size_t)w->n_tags, wrong = 0;
    float *emit = cnkg_xmalloc(max_len * T * sizeof *emit);
    void *scratch = cnkg_xmalloc(cnkg_lab_scratch_size(max_len, w->n_tags));
    int *pred = cnkg_xmalloc(max_len * sizeof *pred);
    cnkg_lab_neighbours before, after;
    cnkg_lab_neighbours_init(w->n_tags, 1, &before);
    cnkg_lab_neighbours_init(w->n_tags, 0, &after);
    cnkg_lab_trans tr = {w->n_tags, w->tw, w->tw + T * T, w->tw + T * T + T, &before, &after, NULL};
    shuffle(order, set->n_sent, rng);
    for (size_t k = 0; k < set->n_sent; k++) {
        size_t s = order[k], n = set->sent_off[s + 1] - set->sent_off[s];
        score(w, set, s, emit);
        cnkg_lab_viterbi(&tr, emit, n, scratch, pred, NULL);
        if (memcmp(pred, set->gold + set->sent_off[s], n * sizeof *pred) != 0) {
            update(w, set, s, pred);
            wrong++;
        }
        w->c += 1;
    }
    free(emit);
    free(scratch);
    free(pred);
    return wrong;
}

/* --- the command ------------------------------------------------------------------ */

static int train(const options *o, cnkg_error *err)
{
    clock_t t0 = clock();
    raw_set raw = {0};
    if (raw_read(&raw, o->train, &o->types, err) < 0)
        return -1;
    train_set set = {0};
    train_weights w = {0};
    size_t n_pos = raw.n_pos;
    encode(&raw, o->min_count, &set, &w);
    weights_init(&w, 1 + 4 * o->types.n);
    size_t max_len = 1, *order = cnkg_xmalloc(set.n_sent * sizeof *order);
    for (size_t s = 0; s < set.n_sent; s++) {
        order[s] = s;
        size_t n = set.sent_off[s + 1] - set.sent_off[s];
        max_len = n > max_len ? n : max_len;
    }
    fprintf(stderr, "%zu sentences, %zu characters, %zu feature rows, %d tags (%.1f s)\n",
            set.n_sent, n_pos, w.n_rows, w.n_tags, (double)(clock() - t0) / CLOCKS_PER_SEC);
    uint64_t rng = o->seed;
    int rc = 0;
    for (int e = 1; e <= o->epochs && rc == 0; e++) {
        size_t wrong = epoch(&w, &set, order, &rng, max_len);
        fprintf(stderr, "epoch %d: %zu of %zu sentences wrong (%.1f s)\n", e, wrong, set.n_sent,
                (double)(clock() - t0) / CLOCKS_PER_SEC);
        if (o->dev || e == o->epochs)
            rc = train_model_write(&w, &o->types, o->out, o->prune, err);
        if (o->dev && rc == 0) {
            double f1 = train_eval(o->out, o->dev, 0, err);
            rc = f1 < 0 ? -1 : 0;
            fprintf(stderr, "epoch %d: dev micro F1 %.4f\n", e, f1);
        }
    }
    free(order);
    free(set.sent_off);
    free(set.gold);
    free(set.feat_off);
    free(set.feats);
    free(w.keys);
    free(w.w);
    free(w.u);
    free(w.tw);
    free(w.tu);
    return rc;
}

static int usage(void)
{
    fprintf(stderr,
            "usage: cnkg-train [--epochs N] [--seed S] [--types 6|10..15] [--news TYPES]\n"
            "                  [--min-count K] [--prune P] [--dev DEV.json] TRAIN.json OUT.model\n"
            "       cnkg-train --eval MODEL DEV.json\n"
            "--types N learns CLUENER's ten types (6: the six cnkg uses) and the first\n"
            "N - 10 news types (park, project, program, product, industry); --news\n"
            "names the news types instead (--news product: CLUENER's ten and product).\n");
    return 2;
}

int main(int argc, char **argv)
{
    options o = {.epochs = 10, .min_count = 1, .seed = 20200101, .prune = 0};
    int n_types = TRAIN_CLUENER_TYPES;
    const char *news = NULL;
    cnkg_error err = {{0}};
    const char *pos[2];
    int n_pos = 0, eval = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--eval") == 0)
            eval = 1;
        else if (strcmp(a, "--epochs") == 0 && v)
            o.epochs = atoi(v), i++;
        else if (strcmp(a, "--seed") == 0 && v)
            o.seed = strtoull(v, NULL, 10), i++;
        else if (strcmp(a, "--types") == 0 && v)
            n_types = atoi(v), i++;
        else if (strcmp(a, "--news") == 0 && v)
            news = v, i++;
        else if (strcmp(a, "--min-count") == 0 && v)
            o.min_count = atoi(v), i++;
        else if (strcmp(a, "--prune") == 0 && v)
            o.prune = (float)atof(v), i++;
        else if (strcmp(a, "--dev") == 0 && v)
            o.dev = v, i++;
        else if (a[0] == '-' || n_pos == 2)
            return usage();
        else
            pos[n_pos++] = a;
    }
    if (n_pos != 2 || o.epochs < 1 || train_types_choose(&o.types, n_types, news) < 0)
        return usage();
    int rc;
    if (eval) {
        rc = train_eval(pos[0], pos[1], 1, &err) < 0 ? -1 : 0;
    } else {
        o.train = pos[0];
        o.out = pos[1];
        rc = train(&o, &err);
    }
    if (rc < 0) {
        fprintf(stderr, "cnkg-train: %s\n", err.message);
        return 1;
    }
    return 0;
}
