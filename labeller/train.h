/*
 * train.h - the trainer's pieces: the data set as feature rows, the
 * perceptron's weights, writing a model file and scoring one.
 */
#ifndef CNKG_TRAIN_H
#define CNKG_TRAIN_H

#include <stddef.h>
#include <stdint.h>

#include "cnkg_common.h"

/* Entity types in tag order: the six cnkg uses, then the four it drops
 * but still trains on, as telling a book title from a company helps, then
 * the news types that only bench/news-project.py writes (park, project,
 * program, product, industry: --types 11 to 15 take the first of them). */
#define TRAIN_MAX_TYPES 15
/* CLUENER's types among the labeller's: those train_eval scores. */
#define TRAIN_CLUENER_KEPT 6
extern const char *const train_type_names[TRAIN_MAX_TYPES];

/* The types a model learns, in tag order. */
typedef struct train_types {
    const char *name[TRAIN_MAX_TYPES];
    int n;
} train_types;

/* CLUENER's first n (6 or 10) and then either the first n - 10 news types
 * (news NULL) or the news types news names, comma-separated, in its order
 * (a model that learns products alone: n 10, news "product"). -1 for a
 * count or a name outside the table, an empty name, or a name given twice. */
int train_types_choose(train_types *t, int n, const char *news);

typedef struct train_set {
    size_t n_sent;
    size_t *sent_off; /* n_sent + 1 offsets into the positions */
    int *gold;        /* gold tag of each position */
    size_t *feat_off; /* positions + 1 offsets into feats */
    int32_t *feats;   /* weight rows; features unseen in training are left out */
} train_set;

typedef struct train_weights {
    int n_tags;
    size_t n_rows;
    uint64_t *keys; /* the feature key of each row */
    float *w, *u;   /* n_rows x n_tags: weights, and their update-time sums */
    float *tw, *tu; /* transitions: n_tags^2, then start[n_tags], end[n_tags] */
    double c;       /* updates so far + 1, for averaging */
} train_weights;

/* Maps feature keys to rows; grows as needed. */
typedef struct train_map {
    uint64_t *keys;
    int32_t *vals;
    size_t cap, len;
} train_map;

int32_t *train_map_slot(train_map *m, uint64_t key); /* inserts a 0 */
const int32_t *train_map_get(const train_map *m, uint64_t key);
void train_map_free(train_map *m);

/* Averages the weights and writes them as a model file. */
int train_model_write(const train_weights *w, const train_types *types, const char *path,
                      float prune, cnkg_error *err);

/* Tags every line of a CLUENER file with a model file and prints P/R/F1 per
 * type on exact spans, plus load time and speed. Returns the micro F1 over
 * cnkg's six types, or -1 on error. */
double train_eval(const char *model, const char *data, int verbose, cnkg_error *err);

#endif
