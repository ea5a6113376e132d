/* train_eval.c - scores a model file on CLUENER data the way
 * shared/eval/score-ner does: a span counts only with exact offsets and
 * type. It goes through the public API, so it measures what cnkg ships. */
#include "train.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cluener.h"
#include "cnkg_labeller.h"

typedef struct counts {
    size_t tp[TRAIN_CLUENER_KEPT], fp[TRAIN_CLUENER_KEPT], fn[TRAIN_CLUENER_KEPT];
    size_t bytes;
    double seconds;
} counts;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int gold_type(const char *name)
{
    for (int k = 0; k < TRAIN_CLUENER_KEPT; k++)
        if (strcmp(name, train_type_names[k]) == 0)
            return k;
    return -1;
}

static int same(const cnkg_label_span *f, const cnkg_cluener_span *g)
{
    return f->begin == g->begin && f->end == g->end && (int)f->type == gold_type(g->type);
}

static void compare(const cnkg_cluener_line *line, const cnkg_label_span *found, size_t n_found,
                    counts *c)
{
    for (size_t k = 0; k < n_found; k++) {
        int hit = 0;
        if (found[k].type >= TRAIN_CLUENER_KEPT)
            continue; /* a news type: CLUENER has none */
        for (size_t g = 0; g < line->n_spans && !hit; g++)
            hit = same(&found[k], &line->spans[g]);
        if (hit)
            c->tp[found[k].type]++;
        else
            c->fp[found[k].type]++;
    }
    for (size_t g = 0; g < line->n_spans; g++) {
        int type = gold_type(line->spans[g].type), hit = 0;
        for (size_t k = 0; k < n_found && !hit; k++)
            hit = same(&found[k], &line->spans[g]);
        if (type >= 0 && !hit)
            c->fn[type]++;
    }
}

typedef struct eval_run {
    const cnkg_labeller *l;
    counts *c;
    cnkg_label_span *spans;
    size_t span_cap;
} eval_run;

static void run_line(const cnkg_cluener_line *line, void *ctx)
{
    eval_run *ev = ctx;
    double t0 = now();
    size_t n = cnkg_labeller_tag(ev->l, line->cps, line->n, &ev->spans, &ev->span_cap);
    ev->c->seconds += now() - t0;
    ev->c->bytes += strlen(line->text);
    compare(line, ev->spans, n, ev->c);
}

static int run(const cnkg_labeller *l, const char *data, counts *c, cnkg_error *err)
{
    eval_run ev = {l, c, NULL, 0};
    int rc = cnkg_cluener_each(data, run_line, &ev, err);
    free(ev.spans);
    return rc;
}

static double f1(size_t tp, size_t fp, size_t fn, double *p, double *r)
{
    *p = tp + fp ? (double)tp / (double)(tp + fp) : 0;
    *r = tp + fn ? (double)tp / (double)(tp + fn) : 0;
    return *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
}

static double report(const counts *c, int verbose)
{
    size_t tp = 0, fp = 0, fn = 0;
    double p, r, f;
    if (verbose)
        printf("%-14s %7s %7s %7s %6s\n", "type", "P", "R", "F1", "gold");
    for (int k = 0; k < TRAIN_CLUENER_KEPT; k++) {
        tp += c->tp[k], fp += c->fp[k], fn += c->fn[k];
        f = f1(c->tp[k], c->fp[k], c->fn[k], &p, &r);
        if (verbose)
            printf("%-14s %7.4f %7.4f %7.4f %6zu\n", train_type_names[k], p, r, f,
                   c->tp[k] + c->fn[k]);
    }
    f = f1(tp, fp, fn, &p, &r);
    if (verbose)
        printf("%-14s %7.4f %7.4f %7.4f %6zu\n", "micro", p, r, f, tp + fn);
    return f;
}

double train_eval(const char *model, const char *data, int verbose, cnkg_error *err)
{
    cnkg_labeller *l;
    double t0 = now();
    if (cnkg_labeller_load(&l, model, err) < 0)
        return -1;
    double load = now() - t0;
    counts c;
    memset(&c, 0, sizeof c);
    int rc = run(l, data, &c, err);
    cnkg_labeller_free(l);
    if (rc < 0)
        return -1;
    double f = report(&c, verbose);
    if (verbose)
        printf("load %.4f s; tagged %zu bytes in %.3f s (%.2f MB/s)\n", load, c.bytes, c.seconds,
               (double)c.bytes / 1e6 / c.seconds);
    return f;
}
