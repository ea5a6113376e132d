/*
 * linear.c - hashed features and a binary logistic regression.
 *
 * Features are strings hashed into 2^bits buckets, so a model needs no
 * vocabulary and a feature never seen in training simply weighs nothing.
 * Training is plain SGD on the log loss with an L2 penalty, in an order
 * shuffled by a seeded generator of its own: the same data and seed give
 * the same file on every machine. The file is text, a weight per line,
 * small enough to read in a diff.
 */
#include "cnkg_learn.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Format 2 adds "threshold<TAB>NAME<TAB>T" lines (per-name thresholds);
 * a format 1 file, which has none, still loads. */
enum { FORMAT_VERSION = 2, OLDEST_FORMAT = 1, MAX_NAMED = 64 };

typedef struct named_threshold {
    char *name;
    double threshold;
} named_threshold;

struct cnkg_linear {
    unsigned bits;
    double *w; /* 2^bits weights */
    double bias;
    double threshold;
    char *features;
    named_threshold named[MAX_NAMED]; /* e.g. one per relation */
    size_t n_named;
};

uint32_t cnkg_feature_bucket(const char *feature, size_t len, unsigned bits)
{
    uint64_t h = cnkg_hash64(feature, len, 0);
    return (uint32_t)(h & ((1ULL << bits) - 1));
}

/* A 64-bit finaliser (the murmur3 one) over the feature's hash and the
 * seed: a few multiplies instead of hashing eight more bytes, and every
 * bit of both moves the bucket. */
uint32_t cnkg_feature_bucket_of(uint64_t feature_hash, uint64_t seed, unsigned bits)
{
    uint64_t h = feature_hash ^ (seed * 0x9e3779b97f4a7c15ULL);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return (uint32_t)(h & ((1ULL << bits) - 1));
}

void cnkg_features_push(cnkg_features *f, uint32_t bucket)
{
    if (f->n == f->cap) {
        f->cap = f->cap ? f->cap * 2 : 64;
        f->idx = cnkg_xrealloc(f->idx, f->cap * sizeof *f->idx);
    }
    f->idx[f->n++] = bucket;
}

void cnkg_features_append(cnkg_features *f, const uint32_t *idx, size_t n)
{
    if (f->n + n > f->cap) {
        while (f->n + n > f->cap)
            f->cap = f->cap ? f->cap * 2 : 64;
        f->idx = cnkg_xrealloc(f->idx, f->cap * sizeof *f->idx);
    }
    if (n)
        memcpy(f->idx + f->n, idx, n * sizeof *idx);
    f->n += n;
}

void cnkg_features_add(cnkg_features *f, const char *feature)
{
    cnkg_features_push(f, cnkg_feature_bucket(feature, strlen(feature), f->bits));
}

void cnkg_features_addf(cnkg_features *f, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    cnkg_features_add(f, buf);
}

void cnkg_features_clear(cnkg_features *f)
{
    f->n = 0;
}

void cnkg_features_free(cnkg_features *f)
{
    free(f->idx);
    f->idx = NULL;
    f->n = f->cap = 0;
}

int cnkg_linear_new(cnkg_linear **out, unsigned bits, const char *features, cnkg_error *err)
{
    if (bits < 1 || bits > CNKG_LINEAR_MAX_BITS)
        return cnkg_error_set(err, "a linear model has 1 to %d bits, not %u", CNKG_LINEAR_MAX_BITS,
                              bits);
    if (features && strpbrk(features, " \t\n"))
        return cnkg_error_set(err, "a feature set's name has no blanks: '%s'", features);
    cnkg_linear *m = cnkg_xcalloc(1, sizeof *m);
    m->bits = bits;
    m->w = cnkg_xcalloc((size_t)1 << bits, sizeof *m->w);
    m->threshold = 0.5;
    m->features = cnkg_xstrdup(features ? features : "");
    *out = m;
    return 0;
}

void cnkg_linear_free(cnkg_linear *m)
{
    if (!m)
        return;
    free(m->w);
    free(m->features);
    for (size_t i = 0; i < m->n_named; i++)
        free(m->named[i].name);
    free(m);
}

unsigned cnkg_linear_bits(const cnkg_linear *m)
{
    return m->bits;
}

const char *cnkg_linear_features(const cnkg_linear *m)
{
    return m->features;
}

double cnkg_linear_threshold(const cnkg_linear *m)
{
    return m->threshold;
}

void cnkg_linear_set_threshold(cnkg_linear *m, double threshold)
{
    m->threshold = threshold;
}

double cnkg_linear_named_threshold(const cnkg_linear *m, const char *name)
{
    for (size_t i = 0; i < m->n_named; i++)
        if (strcmp(m->named[i].name, name) == 0)
            return m->named[i].threshold;
    return m->threshold;
}

int cnkg_linear_set_named_threshold(cnkg_linear *m, const char *name, double threshold)
{
    if (!*name || strpbrk(name, " \t\n"))
        return -1;
    for (size_t i = 0; i < m->n_named; i++)
        if (strcmp(m->named[i].name, name) == 0) {
            m->named[i].threshold = threshold;
            return 0;
        }
    if (m->n_named == MAX_NAMED)
        return -1;
    m->named[m->n_named++] = (named_threshold){cnkg_xstrdup(name), threshold};
    return 0;
}

size_t cnkg_linear_n_named(const cnkg_linear *m)
{
    return m->n_named;
}

static double sigmoid(double z)
{
    if (z >= 0)
        return 1.0 / (1.0 + exp(-z));
    double e = exp(z);
    return e / (1.0 + e);
}

static double margin(const cnkg_linear *m, const uint32_t *idx, size_t n)
{
    double z = m->bias;
    uint32_t mask = (uint32_t)((1ULL << m->bits) - 1);
    for (size_t i = 0; i < n; i++)
        z += m->w[idx[i] & mask];
    return z;
}

double cnkg_linear_score(const cnkg_linear *m, const uint32_t *idx, size_t n)
{
    return sigmoid(margin(m, idx, n));
}

/* splitmix64: a generator of the trainer's own, so that the shuffle is the
 * same with every C library. */
static uint64_t next_random(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

void cnkg_linear_train(cnkg_linear *m, const cnkg_example *ex, size_t n, const unsigned char *use,
                       const cnkg_linear_options *o)
{
    unsigned epochs = o && o->epochs ? o->epochs : 10;
    double rate = o && o->rate > 0 ? o->rate : 0.1;
    double l2 = o ? o->l2 : 0;
    double pos_weight = o && o->positive_weight > 0 ? o->positive_weight : 1;
    uint64_t state = o ? o->seed : 0;
    size_t k = 0;
    size_t *order = cnkg_xmalloc((n ? n : 1) * sizeof *order);
    for (size_t i = 0; i < n; i++)
        if (!use || use[i])
            order[k++] = i;
    uint32_t mask = (uint32_t)((1ULL << m->bits) - 1);
    double t = 0;
    for (unsigned e = 0; e < epochs; e++) {
        for (size_t i = k; i > 1; i--) { /* Fisher-Yates */
            size_t j = (size_t)(next_random(&state) % i);
            size_t tmp = order[i - 1];
            order[i - 1] = order[j];
            order[j] = tmp;
        }
        for (size_t i = 0; i < k; i++, t++) {
            const cnkg_example *x = &ex[order[i]];
            double eta = rate / (1.0 + t / (double)(k ? k : 1));
            double g = sigmoid(margin(m, x->idx, x->n)) - (x->label ? 1.0 : 0.0);
            if (x->label)
                g *= pos_weight;
            /* the penalty is applied to the weights an example touches,
             * as often as it touches them: lazy L2, cheap with hashing */
            for (size_t f = 0; f < x->n; f++) {
                double *w = &m->w[x->idx[f] & mask];
                *w -= eta * (g + l2 * *w);
            }
            m->bias -= eta * g;
        }
    }
    free(order);
}

void cnkg_linear_prune(cnkg_linear *m, double min)
{
    size_t n = (size_t)1 << m->bits;
    for (size_t i = 0; i < n; i++)
        if (fabs(m->w[i]) < min)
            m->w[i] = 0;
}

int cnkg_linear_save(const cnkg_linear *m, const char *path, cnkg_error *err)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return cnkg_error_set(err, "%s: %s", path, strerror(errno));
    fprintf(f, "cnkg-linear %d bits=%u threshold=%.17g features=%s\n", FORMAT_VERSION, m->bits,
            m->threshold, m->features);
    for (size_t i = 0; i < m->n_named; i++)
        fprintf(f, "threshold\t%s\t%.17g\n", m->named[i].name, m->named[i].threshold);
    fprintf(f, "bias\t%.9g\n", m->bias);
    size_t n = (size_t)1 << m->bits;
    for (size_t i = 0; i < n; i++)
        if (m->w[i] != 0)
            fprintf(f, "%zu\t%.9g\n", i, m->w[i]);
    int bad = ferror(f);
    if (fclose(f) != 0 || bad)
        return cnkg_error_set(err, "%s: cannot write the model", path);
    return 0;
}

/* The header line: "cnkg-linear VERSION bits=B threshold=T features=F". */
static int parse_header(const char *line, const char *name, unsigned *bits, double *threshold,
                        char **features, cnkg_error *err)
{
    int version = 0, used = 0;
    char feat[128] = "";
    if (sscanf(line, "cnkg-linear %d bits=%u threshold=%lf %n", &version, bits, threshold, &used) !=
            3 ||
        used == 0)
        return cnkg_error_set(err,
                              "%s:1: not a cnkg linear model (the header reads 'cnkg-linear "
                              "1 bits=B threshold=T features=F')",
                              name);
    if (version < OLDEST_FORMAT || version > FORMAT_VERSION)
        return cnkg_error_set(err, "%s:1: model format %d, this build reads formats %d to %d", name,
                              version, OLDEST_FORMAT, FORMAT_VERSION);
    if (strncmp(line + used, "features=", 9) == 0)
        sscanf(line + used + 9, "%127s", feat);
    if (*bits < 1 || *bits > CNKG_LINEAR_MAX_BITS || !isfinite(*threshold))
        return cnkg_error_set(err, "%s:1: bits must be 1 to %d and the threshold a number", name,
                              CNKG_LINEAR_MAX_BITS);
    *features = cnkg_xstrdup(feat);
    return 0;
}

/* A line "threshold<TAB>NAME<TAB>T". */
static int parse_named(cnkg_linear *m, const char *line, const char *name, size_t no,
                       cnkg_error *err)
{
    const char *nm = line + 10, *tab = strchr(nm, '\t');
    char *end;
    if (!tab || tab == nm)
        return cnkg_error_set(err, "%s:%zu: expected 'threshold<TAB>NAME<TAB>T'", name, no);
    errno = 0;
    double t = strtod(tab + 1, &end);
    if (end == tab + 1 || *end || errno || !isfinite(t))
        return cnkg_error_set(err, "%s:%zu: the threshold is not a number", name, no);
    char *key = cnkg_xstrndup(nm, (size_t)(tab - nm));
    int rc = cnkg_linear_set_named_threshold(m, key, t);
    free(key);
    if (rc != 0)
        return cnkg_error_set(err, "%s:%zu: more than %d named thresholds", name, no, MAX_NAMED);
    return 0;
}

/* A line "bias<TAB>W" or "BUCKET<TAB>W". */
static int parse_weight(cnkg_linear *m, const char *line, const char *name, size_t no,
                        cnkg_error *err)
{
    char *end;
    const char *tab = strchr(line, '\t');
    if (!tab)
        return cnkg_error_set(err, "%s:%zu: expected 'BUCKET<TAB>WEIGHT'", name, no);
    errno = 0;
    double w = strtod(tab + 1, &end);
    if (end == tab + 1 || *end || errno || !isfinite(w))
        return cnkg_error_set(err, "%s:%zu: the weight is not a number", name, no);
    if (tab - line == 4 && strncmp(line, "bias", 4) == 0) {
        m->bias = w;
        return 0;
    }
    unsigned long long b = strtoull(line, &end, 10);
    if (end != tab || line == tab || *line == '-')
        return cnkg_error_set(err, "%s:%zu: the bucket is not a number", name, no);
    if (b >= (1ULL << m->bits))
        return cnkg_error_set(err, "%s:%zu: bucket %llu is past the model's %u bits", name, no, b,
                              m->bits);
    m->w[b] = w;
    return 0;
}

int cnkg_linear_parse(cnkg_linear **out, const char *text, size_t len, const char *name,
                      cnkg_error *err)
{
    cnkg_linear *m = NULL;
    const char *p = text, *end = text + len;
    size_t no = 0;
    cnkg_buf line = {0};
    int rc = 0;
    while (p < end && rc == 0) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl : end;
        no++;
        cnkg_buf_clear(&line);
        cnkg_buf_append(&line, p, (size_t)(stop - p));
        if (line.len && line.data[line.len - 1] == '\r')
            line.data[--line.len] = '\0';
        p = nl ? nl + 1 : end;
        if (no == 1) {
            unsigned bits;
            double th;
            char *feat = NULL;
            if (parse_header(line.len ? line.data : "", name, &bits, &th, &feat, err) != 0) {
                rc = -1;
                break;
            }
            cnkg_linear_new(&m, bits, NULL, NULL);
            free(m->features);
            m->features = feat;
            m->threshold = th;
            continue;
        }
        if (line.len == 0)
            continue;
        if (strncmp(line.data, "threshold\t", 10) == 0)
            rc = parse_named(m, line.data, name, no, err);
        else
            rc = parse_weight(m, line.data, name, no, err);
    }
    cnkg_buf_free(&line);
    if (rc == 0 && !m)
        rc = cnkg_error_set(err, "%s:1: empty file, not a cnkg linear model", name);
    if (rc != 0) {
        cnkg_linear_free(m);
        return -1;
    }
    *out = m;
    return 0;
}

int cnkg_linear_load(cnkg_linear **out, const char *path, cnkg_error *err)
{
    size_t len;
    char *text = cnkg_file_read(path, &len, err);
    if (!text)
        return -1;
    int rc = cnkg_linear_parse(out, text, len, path, err);
    free(text);
    return rc;
}

int cnkg_linear_load_of(cnkg_linear **out, const char *path, const char *features, const char *kind,
                        cnkg_error *err)
{
    cnkg_linear *m;
    if (cnkg_linear_load(&m, path, err) != 0)
        return -1;
    if (strcmp(cnkg_linear_features(m), features) != 0) {
        cnkg_error_set(err, "%s:1: a model of features '%s', not %s (%s)", path,
                       cnkg_linear_features(m), kind, features);
        cnkg_linear_free(m);
        return -1;
    }
    *out = m;
    return 0;
}
