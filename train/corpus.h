/* corpus.h - what cnkg-train-pairs and cnkg-train-entities share: reading
 * CORPUS_DIR GOLD_DIR pairs through the extractor, one annotated article
 * at a time, and fitting a linear model to the examples read. Each trainer
 * keeps what it learns from an article in its own file. */
#ifndef CNKG_TRAIN_CORPUS_H
#define CNKG_TRAIN_CORPUS_H

#include "cnkg_extractor.h"
#include "cnkg_learn.h"

#include <getopt.h>

/* The options both trainers take: the extractor's data and the model's
 * training settings. */
typedef struct train_common {
    const char *ontology;
    const char **labeller; /* --labeller, in order: room for one per argument */
    int n_labellers, no_labeller;
    unsigned bits, epochs;
    uint64_t seed;
    double rate, l2, prune;
} train_common;

/* Their getopt_long entries, to be listed first in a trainer's table. */
#define TRAIN_COMMON_OPTIONS                                                                       \
    {"bits", required_argument, NULL, 'b'}, {"epochs", required_argument, NULL, 'e'},              \
        {"seed", required_argument, NULL, 's'}, {"rate", required_argument, NULL, 'r'},            \
        {"l2", required_argument, NULL, 'l'}, {"prune", required_argument, NULL, 'p'},             \
        {"ontology", required_argument, NULL, 'O'}, {"labeller", required_argument, NULL, 'L'},    \
    {                                                                                              \
        "no-labeller", no_argument, NULL, 'N'                                                      \
    }

/* Takes option ch (one of TRAIN_COMMON_OPTIONS') with its argument:
 * returns 1, or 0 for an option of the trainer's own. */
int train_common_option(train_common *t, int ch, const char *arg);
/* Are the common options sound for n_pairs CORPUS_DIR GOLD_DIR pairs (the
 * bits in range, one labeller or one per pair, none with --no-labeller)? */
int train_common_valid(const train_common *t, int n_pairs);

/* One annotated article: CORPUS_DIR/NAME.txt and GOLD_DIR/NAME.tsv. */
typedef struct train_article {
    cnkg_gold *gold;
    char *text;
    size_t len;
    char path[4096]; /* the text's, for the extractor's messages */
} train_article;

int train_article_open(train_article *t, const cnkg_ontology *onto, const char *corpus_dir,
                       const char *gold_dir, const char *name, cnkg_error *err);
void train_article_close(train_article *t);

/* Reads the article NAME of the pair with extractor x. */
typedef int (*train_article_fn)(void *ctx, cnkg_extractor *x, const char *corpus_dir,
                                const char *gold_dir, const char *name, cnkg_error *err);

/* Every article of one CORPUS_DIR GOLD_DIR pair, in name order, extracted
 * with the labeller at labeller (NULL: cnkg's; none with no_labeller) and
 * the pair model pairs (NULL: none), handed to read. Stops at the first
 * error. */
int train_corpus_pair_read(const cnkg_ontology *onto, const char *labeller, int no_labeller,
                           const cnkg_pairs *pairs, const char *corpus_dir, const char *gold_dir,
                           train_article_fn read, void *ctx, cnkg_error *err);

/* The examples' idx hold offsets into feats while articles are read (its
 * buffer moves as it grows): pointed into it once every one is read. */
void train_examples_point(cnkg_example *ex, size_t n, const cnkg_features *feats);

/* A model of these features fitted to the examples use marks, its small
 * weights pruned (prune > 0). */
cnkg_linear *train_linear_fit(const char *features, unsigned bits, const cnkg_example *ex, size_t n,
                              const unsigned char *use, const cnkg_linear_options *lo,
                              double prune);

#endif
