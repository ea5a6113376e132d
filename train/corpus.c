/* corpus.c - the annotated corpora as both trainers read them (corpus.h). */
#include "corpus.h"

#include <stdio.h>
#include <stdlib.h>

int train_article_open(train_article *t, const cnkg_ontology *onto, const char *corpus_dir,
                       const char *gold_dir, const char *name, cnkg_error *err)
{
    t->text = NULL;
    snprintf(t->path, sizeof t->path, "%s/%s.tsv", gold_dir, name);
    if (cnkg_gold_load(&t->gold, t->path, cnkg_ontology_names(onto), err) != 0)
        return -1;
    snprintf(t->path, sizeof t->path, "%s/%s.txt", corpus_dir, name);
    t->text = cnkg_file_read(t->path, &t->len, err);
    if (!t->text) {
        cnkg_gold_free(t->gold);
        t->gold = NULL;
        return -1;
    }
    return 0;
}

void train_article_close(train_article *t)
{
    free(t->text);
    cnkg_gold_free(t->gold);
}

int train_corpus_pair_read(const cnkg_ontology *onto, const char *labeller, int no_labeller,
                           const cnkg_pairs *pairs, const char *corpus_dir, const char *gold_dir,
                           train_article_fn read, void *ctx, cnkg_error *err)
{
    cnkg_labeller *lab = NULL;
    cnkg_extractor *x = NULL;
    if ((!no_labeller &&
         cnkg_labeller_load(&lab, labeller ? labeller : cnkg_data_path(CNKG_DATA_MODEL), err) !=
             0) ||
        cnkg_extractor_new(&x, onto, lab, err) != 0) {
        cnkg_labeller_free(lab);
        return -1;
    }
    cnkg_extractor_set_pairs(x, pairs);
    size_t n = 0;
    char **names = cnkg_gold_dir_names(gold_dir, &n, err);
    int rc = !names && n == 0 && err->message[0] ? -1 : 0;
    for (size_t k = 0; k < n; k++) {
        if (rc == 0 && read(ctx, x, corpus_dir, gold_dir, names[k], err) != 0)
            rc = -1;
        free(names[k]);
    }
    free(names);
    cnkg_extractor_free(x);
    cnkg_labeller_free(lab);
    return rc;
}

void train_examples_point(cnkg_example *ex, size_t n, const cnkg_features *feats)
{
    for (size_t i = 0; i < n; i++)
        ex[i].idx = feats->idx + (uintptr_t)ex[i].idx;
}

cnkg_linear *train_linear_fit(const char *features, unsigned bits, const cnkg_example *ex, size_t n,
                              const unsigned char *use, const cnkg_linear_options *lo, double prune)
{
    cnkg_linear *m;
    cnkg_linear_new(&m, bits, features, NULL);
    cnkg_linear_train(m, ex, n, use, lo);
    if (prune > 0)
        cnkg_linear_prune(m, prune);
    return m;
}

int train_common_option(train_common *t, int ch, const char *arg)
{
    switch (ch) {
    case 'b':
        t->bits = (unsigned)atoi(arg);
        return 1;
    case 'e':
        t->epochs = (unsigned)atoi(arg);
        return 1;
    case 's':
        t->seed = strtoull(arg, NULL, 10);
        return 1;
    case 'r':
        t->rate = atof(arg);
        return 1;
    case 'l':
        t->l2 = atof(arg);
        return 1;
    case 'p':
        t->prune = atof(arg);
        return 1;
    case 'O':
        t->ontology = arg;
        return 1;
    case 'L':
        t->labeller[t->n_labellers++] = arg;
        return 1;
    case 'N':
        t->no_labeller = 1;
        return 1;
    default:
        return 0;
    }
}

int train_common_valid(const train_common *t, int n_pairs)
{
    return t->bits >= 1 && t->bits <= CNKG_LINEAR_MAX_BITS &&
           !(t->n_labellers > 1 && t->n_labellers != n_pairs) &&
           !(t->n_labellers && t->no_labeller);
}
