/*
 * cnkg_labeller.h - a statistical sequence labeller for open-class names
 * (companies, organisations, government bodies, people, places) that no
 * gazetteer can list.
 *
 * An averaged perceptron over character n-gram features, trained on
 * CLUENER2020 by `cnkg-train` (labeller/train.c) with BIOES tags. The model
 * is a file shipped in models/; loading it is fast and tagging allocates
 * nothing per character.
 */
#ifndef CNKG_LABELLER_H
#define CNKG_LABELLER_H

#include <stddef.h>
#include <stdint.h>

#include "cnkg_common.h"

typedef enum cnkg_label_type {
    CNKG_LABEL_COMPANY,
    CNKG_LABEL_GOVERNMENT,
    CNKG_LABEL_ORGANIZATION,
    CNKG_LABEL_ADDRESS,
    CNKG_LABEL_NAME,
    CNKG_LABEL_SCENE,
    /* news types (bench/news-project.py), in models trained on news too */
    CNKG_LABEL_PARK,
    CNKG_LABEL_PROJECT,
    CNKG_LABEL_PROGRAM,
    CNKG_LABEL_PRODUCT,
    CNKG_LABEL_INDUSTRY,
    CNKG_LABEL_TYPE_COUNT
} cnkg_label_type;

typedef struct cnkg_label_span {
    size_t begin, end; /* code points, end exclusive */
    cnkg_label_type type;
    float score; /* margin of the best path's labels, for reconciling */
} cnkg_label_span;

typedef struct cnkg_labeller cnkg_labeller;

int cnkg_labeller_load(cnkg_labeller **out, const char *path, cnkg_error *err);
void cnkg_labeller_free(cnkg_labeller *l);

/* Tags cps[0, n) and appends the spans found to *spans (realloc'd),
 * returning their count. Thread-safe: the model is read-only. */
size_t cnkg_labeller_tag(const cnkg_labeller *l, const uint32_t *cps, size_t n,
                         cnkg_label_span **spans, size_t *cap);

#endif
