/*
 * cnkg_learn.h - what cnkg learns from annotated articles, and the gold
 * files it learns from.
 *
 * learn/ owns four things:
 *   - hashed features: a feature is a string ("r=locatedIn|between=落户")
 *     hashed with cnkg_hash64 into one of 2^bits buckets (linear.c);
 *   - a binary linear model: logistic regression trained by SGD with L2,
 *     deterministic for a seed, saved as a small text file (linear.c);
 *   - the contract's gold files (E/R/A lines, spec/SCHEMA.md) and the
 *     matching of an extracted article's entities to gold entities the way
 *     shared/eval/score does (gold.c);
 *   - the pair classifier: candidate facts between two entities of a
 *     sentence that the rules did not state, their features, and a model
 *     that adds the facts it believes (pairs.c); `cnkg-train-pairs`
 *     (train/train_pairs.c) trains it;
 *   - the entity filter: a model over the entities an article ends with
 *     that drops those it believes false, with their mentions and facts
 *     (entities.c); `cnkg-train-entities` (train/train_entities.c) trains
 *     it.
 *
 * Errors follow cnkg_common.h: 0 or -1 with a cnkg_error naming the file
 * and line; nothing prints. Nothing here holds global state.
 */
#ifndef CNKG_LEARN_H
#define CNKG_LEARN_H

#include <stddef.h>
#include <stdint.h>

#include "cnkg_common.h"
#include "cnkg_graph.h"
#include "cnkg_ontology.h"

/* --- hashed features ------------------------------------------------------ */

enum { CNKG_LINEAR_MAX_BITS = 24 };

/* The bucket of a feature string among 2^bits. */
uint32_t cnkg_feature_bucket(const char *feature, size_t len, unsigned bits);

/* The bucket of a feature already hashed (cnkg_hash64, seed 0) in the
 * space of seed: one feature conjoined with several classes (a pair's
 * features with each relation) is hashed once, mixed once per class. */
uint32_t cnkg_feature_bucket_of(uint64_t feature_hash, uint64_t seed, unsigned bits);

/* A growable list of buckets: one example's features. */
typedef struct cnkg_features {
    uint32_t *idx;
    size_t n, cap;
    unsigned bits;
} cnkg_features;

void cnkg_features_add(cnkg_features *f, const char *feature);
/* Appends a bucket already computed, or n of them. */
void cnkg_features_push(cnkg_features *f, uint32_t bucket);
void cnkg_features_append(cnkg_features *f, const uint32_t *idx, size_t n);
void cnkg_features_addf(cnkg_features *f, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void cnkg_features_clear(cnkg_features *f); /* keeps bits and memory */
void cnkg_features_free(cnkg_features *f);

/* --- the linear model ----------------------------------------------------- */

/* A binary logistic regression over 2^bits hashed buckets, plus a bias.
 * Its file is text:
 *     cnkg-linear 2 bits=18 threshold=0.5 features=pairs-1
 *     threshold<TAB>produces<TAB>0.4   (format 2, optional: see below)
 *     bias<TAB>-1.25
 *     BUCKET<TAB>WEIGHT      (one line per non-zero weight)
 * features= names the feature set the model was trained on, so that a
 * model of one feature set is not applied to another's. */
typedef struct cnkg_linear cnkg_linear;

int cnkg_linear_new(cnkg_linear **out, unsigned bits, const char *features, cnkg_error *err);
void cnkg_linear_free(cnkg_linear *m);
unsigned cnkg_linear_bits(const cnkg_linear *m);
const char *cnkg_linear_features(const cnkg_linear *m);
double cnkg_linear_threshold(const cnkg_linear *m);
void cnkg_linear_set_threshold(cnkg_linear *m, double threshold);
/* Thresholds of their own for named kinds of example (the pair model's
 * relations), written as "threshold<TAB>NAME<TAB>T" lines (format 2; a
 * format 1 file has none). A name without one gets the header's. Setting
 * fails (-1) for an empty name, one with blanks, or past 64 names. */
double cnkg_linear_named_threshold(const cnkg_linear *m, const char *name);
int cnkg_linear_set_named_threshold(cnkg_linear *m, const char *name, double threshold);
size_t cnkg_linear_n_named(const cnkg_linear *m);

/* The probability of the positive class for these buckets (a bucket may
 * repeat: it counts as often as it appears). */
double cnkg_linear_score(const cnkg_linear *m, const uint32_t *idx, size_t n);

typedef struct cnkg_example {
    const uint32_t *idx;
    size_t n;
    int label; /* 1 positive, 0 negative */
} cnkg_example;

typedef struct cnkg_linear_options {
    unsigned epochs;        /* passes over the examples (0: 10) */
    double rate;            /* initial learning rate (0: 0.1), decayed as rate / (1 + t / n) */
    double l2;              /* L2 penalty per example (0: none) */
    double positive_weight; /* a positive's loss counts this many times (0: 1) */
    uint64_t seed;          /* shuffle seed: the same seed, the same model */
} cnkg_linear_options;

/* Trains m (from its current weights) on the examples selected by use
 * (NULL: all; else examples i with use[i] != 0). */
void cnkg_linear_train(cnkg_linear *m, const cnkg_example *ex, size_t n, const unsigned char *use,
                       const cnkg_linear_options *o);

/* Weights whose magnitude is below min are dropped (0 then): a smaller
 * file. */
void cnkg_linear_prune(cnkg_linear *m, double min);

int cnkg_linear_save(const cnkg_linear *m, const char *path, cnkg_error *err);
/* A file that is not a model names the file and line at fault. */
int cnkg_linear_load(cnkg_linear **out, const char *path, cnkg_error *err);
/* The same, refusing a model of another feature set than features: a
 * model trained on one set of features means nothing read with another.
 * kind names what was wanted in the message ("a pair model"). */
int cnkg_linear_load_of(cnkg_linear **out, const char *path, const char *features, const char *kind,
                        cnkg_error *err);
/* The same from text in memory; name is what messages call it. */
int cnkg_linear_parse(cnkg_linear **out, const char *text, size_t len, const char *name,
                      cnkg_error *err);

/* --- gold files ----------------------------------------------------------- */

typedef struct cnkg_gold_entity {
    cnkg_class cls;
    char *label;    /* canonical label, as written */
    char **aliases; /* every name it answers to (label first), normalised */
    size_t n_aliases;
    int optional;
} cnkg_gold_entity;

typedef struct cnkg_gold_fact {
    size_t subject, object; /* gold entity indexes */
    cnkg_relation relation;
    int optional;
} cnkg_gold_fact;

typedef struct cnkg_gold {
    cnkg_gold_entity *entities;
    size_t n_entities;
    cnkg_gold_fact *facts;
    size_t n_facts;
} cnkg_gold;

/* Reads a gold TSV file. A line of an unknown kind, class or relation, an
 * R line naming a label no E line declares, or too few columns fails with
 * "PATH:LINE: why". names: the contract's names (cnkg_ontology_names). */
int cnkg_gold_load(cnkg_gold **out, const char *path, const cnkg_names *names, cnkg_error *err);
int cnkg_gold_parse(cnkg_gold **out, const char *text, size_t len, const char *name,
                    const cnkg_names *names, cnkg_error *err);
void cnkg_gold_free(cnkg_gold *g);
/* The NAME of every NAME.tsv in dir (not hidden), sorted: a gold
 * directory's articles in a fixed order. NULL with *n 0 and err set when
 * dir cannot be read. */
char **cnkg_gold_dir_names(const char *dir, size_t *n, cnkg_error *err);

/* What the gold says of a fact between gold entities, as the scorer keys
 * it (a symmetric relation either way round). */
typedef enum cnkg_gold_state {
    CNKG_GOLD_ABSENT,   /* no R line: a false positive if stated */
    CNKG_GOLD_REQUIRED, /* a required R line */
    CNKG_GOLD_OPTIONAL, /* only optional R lines: neither wanted nor penalised */
} cnkg_gold_state;

cnkg_gold_state cnkg_gold_fact_state(const cnkg_gold *g, size_t subject, cnkg_relation rel,
                                     size_t object, int symmetric);

/* The scorer's normal form of a name: full-width ASCII and the ideographic
 * space folded (NFKC's effect on news text), blanks and quotes (“”‘’"'
 * 《》「」『』) dropped, Latin lower-cased. Appended to out. The extractor's
 * labels are already simplified script, as are the gold's. */
void cnkg_gold_norm(const char *s, cnkg_buf *out);

/* How an extracted entity maps to the gold, as shared/eval/score maps a
 * node: by any of its labels equal to a gold alias (normalised). */
typedef struct cnkg_gold_match {
    size_t gold;   /* the gold entity its relations are scored against, or (size_t)-1 */
    int typed;     /* the gold entity's class is the entity's: an entity match */
    int duplicate; /* typed, but an earlier entity of the article took that gold entity */
} cnkg_gold_match;

/* Fills out[0, a->n_entities). Among the gold entities a name matches,
 * one of the entity's class that no earlier entity took wins, a required
 * one before an optional one, then the first in the file; with none of
 * its class, the first (relations are scored by label). */
void cnkg_gold_match_article(const cnkg_gold *g, const cnkg_article *a, cnkg_gold_match *out);

/* --- the pair classifier -------------------------------------------------- */

/* A candidate fact: two entities with a mention in one sentence, a
 * relation the ontology lets join their classes, not stated by the rules.
 * Its features are feats[begin, end) of the set. */
typedef struct cnkg_pair {
    size_t subject, object;
    cnkg_relation relation;
    size_t sentence;
    size_t begin, end;
    int stated; /* the rules state it (only with CNKG_PAIRS_STATED) */
} cnkg_pair;

typedef struct cnkg_pair_set {
    cnkg_pair *items;
    size_t n, cap;
    cnkg_features feats; /* every candidate's buckets, one after the other */
} cnkg_pair_set;

/* The feature set's name, written in the model (features=). */
#define CNKG_PAIRS_FEATURES "pairs-3"

/* What candidates are read with: the ontology's relations, their domains,
 * ranges and cue words, prepared once for every article. */
typedef struct cnkg_pair_reader cnkg_pair_reader;
cnkg_pair_reader *cnkg_pair_reader_new(const cnkg_ontology *onto);
void cnkg_pair_reader_free(cnkg_pair_reader *r);

/* Appends the article's candidates to out, with their features hashed
 * into 2^bits buckets. */
void cnkg_pairs_candidates(const cnkg_pair_reader *r, const cnkg_article *a, unsigned bits,
                           cnkg_pair_set *out);
/* The same; with CNKG_PAIRS_STATED the rules' own facts are candidates too
 * (marked stated), for a trainer that learns from them as well; only the
 * relations whose bit (1u << relation) is set in relations are read. */
enum { CNKG_PAIRS_STATED = 1 };
#define CNKG_PAIRS_ALL_RELATIONS (~0u)
void cnkg_pairs_candidates_with(const cnkg_pair_reader *r, const cnkg_article *a, unsigned bits,
                                int flags, unsigned relations, cnkg_pair_set *out);

/* A feature's bucket in a pair model: the feature (e.g. "bias",
 * "ot=区") conjoined with the relation (e.g. "locatedIn"). */
uint32_t cnkg_pairs_feature_bucket(const char *relation, const char *feature, unsigned bits);
void cnkg_pair_set_clear(cnkg_pair_set *s);
void cnkg_pair_set_free(cnkg_pair_set *s);

/* A pair model: a linear model of the pairs feature set. */
typedef struct cnkg_pairs cnkg_pairs;

/* Loads a model file written by cnkg-train-pairs, to read articles of
 * onto (which must outlive it); a model of another feature set is
 * refused. */
int cnkg_pairs_load(cnkg_pairs **out, const char *path, const cnkg_ontology *onto, cnkg_error *err);
/* Takes a trained model (the caller's no more). */
cnkg_pairs *cnkg_pairs_from_linear(cnkg_linear *m, const cnkg_ontology *onto);
void cnkg_pairs_free(cnkg_pairs *p);
const cnkg_linear *cnkg_pairs_model(const cnkg_pairs *p);

/* Adds to a every candidate fact the model scores at or above its
 * relation's threshold (the named threshold of the relation's name, else
 * the model's); returns how many were added. */
size_t cnkg_pairs_apply(const cnkg_pairs *p, cnkg_article *a);

/* --- the entity filter --------------------------------------------------- */

/* The feature set's name, written in the model (features=). */
#define CNKG_ENTITIES_FEATURES "entities-1"

/* The features of the entities of a that want marks (NULL: every one),
 * hashed into 2^bits buckets and appended to out: entity e's are
 * out->idx[begin[e], begin[e + 1]), empty for one not wanted (begin has
 * room for a->n_entities + 1). */
void cnkg_entities_features(const cnkg_article *a, unsigned bits, const unsigned char *want,
                            cnkg_features *out, size_t *begin);
/* How the filter stands to an entity. Not judged: the byline's author
 * and paper, which are written whatever it says, and a name a rule's fact
 * joins (the rule vouched for it); it neither drops nor learns from them.
 * Judged: a name no fact joins, and one only the pair model's facts join,
 * held to a threshold of its own. */
typedef enum cnkg_entity_standing {
    CNKG_ENTITY_UNJUDGED = 0,
    CNKG_ENTITY_ALONE = 1,
    CNKG_ENTITY_JOINED = 2
} cnkg_entity_standing;
/* Each entity's standing, in standing[0, a->n_entities), from one pass
 * over the facts. The trainer and the extractor judge the same names by
 * it. */
void cnkg_entities_standing(const cnkg_article *a, unsigned char *standing);
/* The name of the threshold of class cls's entities, joined by a fact or
 * not ("Industry", "Industry+joined"), written into buf; 0 when it does
 * not fit. */
int cnkg_entities_threshold_name(char *buf, size_t size, const char *cls, int joined);

/* An entity model: a linear model of the entities feature set, with two
 * thresholds per class, named by cnkg_entities_threshold_name ("Industry"
 * for names standing alone, "Industry+joined" for names a fact joins): an
 * entity scoring below its own is dropped; where there is none (threshold
 * 0) those names are kept whole. */
typedef struct cnkg_entities cnkg_entities;

/* Loads a model file written by cnkg-train-entities; a model of another
 * feature set is refused. */
int cnkg_entities_load(cnkg_entities **out, const char *path, const cnkg_names *names,
                       cnkg_error *err);
/* Takes a trained model (the caller's no more). */
cnkg_entities *cnkg_entities_from_linear(cnkg_linear *m, const cnkg_names *names);
void cnkg_entities_free(cnkg_entities *p);
const cnkg_linear *cnkg_entities_model(const cnkg_entities *p);

/* Drops from a every entity it judges that scores below its threshold
 * (its class's, or its class's joined one when a fact joins it), with its
 * mentions and facts; returns how many. */
size_t cnkg_entities_apply(const cnkg_entities *p, cnkg_article *a);

#endif
