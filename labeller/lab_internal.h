/*
 * lab_internal.h - what the tagger and the trainer share: the feature
 * templates, the BIOES tag set, Viterbi decoding and the model file layout.
 * Both sides must compute features bit for bit alike, so they live here once.
 */
#ifndef CNKG_LAB_INTERNAL_H
#define CNKG_LAB_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

/* --- features ----------------------------------------------------------- */

/* Upper bound of the feature keys one position yields. */
#define CNKG_LAB_MAX_FEATURES 48

/* A sentence as the features read it, made once per sentence
 * (cnkg_lab_prepare) rather than five times a position: each code point
 * normalised (fullwidth forms and case folded, all digits one), its
 * character class, and which listed name suffix (1-based index) ends
 * there, or 0. Each array holds n entries. */
typedef struct cnkg_lab_text {
    uint32_t *c;
    uint8_t *cls;
    uint8_t *sfx;
    size_t n;
} cnkg_lab_text;

/* Bytes of memory cnkg_lab_prepare needs for n code points. */
size_t cnkg_lab_text_size(size_t n);
/* Fills t from cps[0, n); its arrays live in mem, cnkg_lab_text_size(n)
 * bytes aligned for a uint32_t. */
void cnkg_lab_prepare(const uint32_t *cps, size_t n, void *mem, cnkg_lab_text *t);

/* Writes the 64-bit feature keys of position i of t to out and returns
 * their count. Keys are hashes, never 0. */
size_t cnkg_lab_features(const cnkg_lab_text *t, size_t i, uint64_t *out);

/* The same features before hashing: a template and its arguments. The
 * tagger keeps what the frequent ones find in the model, so it hashes and
 * probes for them once per run instead of at every character. */
typedef struct cnkg_lab_farg {
    uint32_t tmpl, a, b, c;
} cnkg_lab_farg;

/* A position's features, in cnkg_lab_features' order, each with a place
 * in [0, CNKG_LAB_CELLS) that only it maps to, or -1 for those with too
 * many values to keep (character pairs and triples, characters beyond
 * the BMP). */
typedef struct cnkg_lab_fargs {
    cnkg_lab_farg arg[CNKG_LAB_MAX_FEATURES];
    int32_t cell[CNKG_LAB_MAX_FEATURES];
    size_t n;
} cnkg_lab_fargs;

#define CNKG_LAB_CELLS (0x10002 * 5 + 2 + 8 + 512 + 256 + 256 + 256 * 9 + 32768)

void cnkg_lab_feature_args(const cnkg_lab_text *t, size_t i, cnkg_lab_fargs *out);
uint64_t cnkg_lab_farg_key(const cnkg_lab_farg *f);

/* --- tags ------------------------------------------------------------------ */

/* Tag 0 is O; entity type k owns tags 1 + 4k .. 4 + 4k as B, I, E, S. */
enum { CNKG_LAB_B, CNKG_LAB_I, CNKG_LAB_E, CNKG_LAB_S };
#define CNKG_LAB_TAG(type, part) (1 + 4 * (type) + (part))
#define CNKG_LAB_TAG_TYPE(tag) (((tag)-1) / 4)
#define CNKG_LAB_TAG_PART(tag) (((tag)-1) % 4)
#define CNKG_LAB_MAX_TAGS 63 /* a slot counts its entries in 6 bits */

/* BIOES well-formedness: whether tag b may follow tag a. A start or end
 * of sentence is written as tag -1. */
int cnkg_lab_tag_allowed(int a, int b);

/* --- decoding -------------------------------------------------------------- */

/* The tags each tag may follow (before) or precede (after): about half
 * the pairs are forbidden and I/E have two neighbours each, so looping over
 * the lists instead of all pairs saves most of the decoder's time. */
typedef struct cnkg_lab_neighbours {
    uint8_t count[CNKG_LAB_MAX_TAGS];
    uint8_t tag[CNKG_LAB_MAX_TAGS][CNKG_LAB_MAX_TAGS];
} cnkg_lab_neighbours;

void cnkg_lab_neighbours_init(int n_tags, int before, cnkg_lab_neighbours *nb);

/* BIOES splits the tags in two. After a closed tag (O, E-x, S-x) any
 * opening tag (O, B-x, S-x) may come; after B-x or I-x only I-x or E-x.
 * The scores from closed to opening tags form a dense block, which the
 * decoder runs in loops of a fixed width that compile to vector code. */
#define CNKG_LAB_LANES 24 /* a multiple of 4; CLUENER's 10 types: 21 closed tags */

typedef struct cnkg_lab_blocks {
    int n;                                       /* closed tags, also opening: 1 + 2 * types */
    int types;                                   /* entity types */
    int32_t closed[CNKG_LAB_LANES];              /* ascending */
    int opening[CNKG_LAB_LANES];                 /* ascending */
    float into[CNKG_LAB_LANES][CNKG_LAB_LANES];  /* [c][o]: trans[closed[c]][opening[o]] */
    float outof[CNKG_LAB_LANES][CNKG_LAB_LANES]; /* [o][c]: the same, transposed */
    /* The least and the greatest score of each row of into and of outof
     * (the n real lanes): what lets the decoder skip rows that cannot
     * raise any maximum. */
    float into_min[CNKG_LAB_LANES], into_max[CNKG_LAB_LANES];
    float outof_min[CNKG_LAB_LANES], outof_max[CNKG_LAB_LANES];
    /* By type k: the scores of B-k -> I-k, B-k -> E-k, I-k -> I-k and
     * I-k -> E-k, the continuations, so that four types go in one vector. */
    float b_i[CNKG_LAB_LANES], b_e[CNKG_LAB_LANES], i_i[CNKG_LAB_LANES], i_e[CNKG_LAB_LANES];
} cnkg_lab_blocks;

typedef struct cnkg_lab_trans {
    int n_tags;
    const float *trans; /* n_tags x n_tags, [from * n_tags + to] */
    const float *start; /* n_tags: score of a sentence starting with a tag */
    const float *end;   /* n_tags: score of a sentence ending with a tag */
    /* Made once per model by the tagger; NULL (the trainer, whose scores
     * change after every sentence) makes them per call. */
    const cnkg_lab_neighbours *before, *after;
    const cnkg_lab_blocks *blocks;
} cnkg_lab_trans;

/* Fills bl from t's scores: 0, or -1 when the tags do not fit the lanes
 * (then the decoder runs plain per-tag loops). */
int cnkg_lab_blocks_init(const cnkg_lab_trans *t, cnkg_lab_blocks *bl);

/* A transition score that rules a tag pair out; finite so that sums of a
 * few of them stay finite and differences never become NaN. */
#define CNKG_LAB_FORBIDDEN (-1e30f)

/* Bytes of scratch memory the decoder needs for n code points. */
size_t cnkg_lab_scratch_size(size_t n, int n_tags);

/* Best tag path for emission scores emit[n x n_tags]; writes path[0, n).
 * Forbidden transitions carry CNKG_LAB_FORBIDDEN in t. When margin is not
 * NULL, also fills margin[0, n) with how far the best path beats the best
 * path through another tag at each position (max-marginals). */
void cnkg_lab_viterbi(const cnkg_lab_trans *t, const float *emit, size_t n, void *scratch,
                      int *path, float *margin);
/* The margins of positions [from, n) alone, after cnkg_lab_viterbi with
 * margin NULL on the same scratch (which holds its forward scores): the
 * same values to the bit, for the part of the work. */
void cnkg_lab_margins(const cnkg_lab_trans *t, const float *emit, size_t n, void *scratch,
                      const int *path, size_t from, float *margin);
/* cnkg_lab_margins in two steps, for a caller that reads few margins:
 * the backward pass down to from, then the margin of any position i >=
 * from, one at a time (the same value to the bit). */
void cnkg_lab_backward(const cnkg_lab_trans *t, const float *emit, size_t n, void *scratch,
                       size_t from);
float cnkg_lab_margin_at(int n_tags, size_t n, const void *scratch, const int *path, size_t i);

/* Fills trans (n_tags^2), start and end with 0 where BIOES allows the
 * transition and CNKG_LAB_FORBIDDEN where it does not. */
void cnkg_lab_trans_init(int n_tags, float *trans, float *start, float *end);

/* --- model file -------------------------------------------------------------
 *
 * All little-endian, 4-byte aligned:
 *   header     cnkg_lab_header
 *   tag names  n_tags x 16 bytes, NUL-padded ("O", "B-company", ...)
 *   trans      n_tags x n_tags float, then start[n_tags], end[n_tags]
 *   slots      n_slots x cnkg_lab_slot, open addressing on the feature key
 *   entries    n_entries x uint32: tag << 16 | (uint16)weight
 * A weight w stands for w * scale.
 */
#define CNKG_LAB_MAGIC "CNKGLAB1"
#define CNKG_LAB_VERSION 1
#define CNKG_LAB_TAG_NAME 16

typedef struct cnkg_lab_header {
    char magic[8];
    uint32_t version;
    uint32_t n_tags;
    uint32_t n_slots; /* a power of two */
    uint32_t n_entries;
    float scale;
    uint32_t reserved;
} cnkg_lab_header;

/* fp is the key's high 32 bits (0 marks a free slot, so it is forced
 * odd); info packs the first entry (low 26 bits) and the count. */
typedef struct cnkg_lab_slot {
    uint32_t fp;
    uint32_t info;
} cnkg_lab_slot;

#define CNKG_LAB_SLOT_OFF(info) ((info)&0x03FFFFFFu)
#define CNKG_LAB_SLOT_COUNT(info) ((info) >> 26)
#define CNKG_LAB_SLOT_PACK(off, count) ((uint32_t)(off) | ((uint32_t)(count) << 26))

static inline uint32_t cnkg_lab_key_fp(uint64_t key)
{
    return (uint32_t)(key >> 32) | 1u;
}

static inline size_t cnkg_lab_key_slot(uint64_t key, uint32_t n_slots)
{
    return (size_t)(key & (n_slots - 1));
}

#endif
