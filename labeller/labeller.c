/* labeller.c - loads a model file (mapped read-only, so several processes
 * share the pages; loading validates it and unpacks the frequent features,
 * 13 ms) and tags code points with it. The model never changes after loading (its
 * cache of lookups only fills, with what any thread would find), which is what makes
 * one model safe to share between threads. */
#include "cnkg_labeller.h"

#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lab_internal.h"

struct cnkg_labeller {
    void *map;
    size_t map_len;
    int n_tags;
    int tag_type[CNKG_LAB_MAX_TAGS]; /* cnkg_label_type, or -1 for O and dropped types */
    cnkg_lab_trans trans;
    cnkg_lab_neighbours before, after; /* the decoder's, made once */
    cnkg_lab_blocks blocks;
    uint32_t n_slots;
    const cnkg_lab_slot *slots;
    const uint32_t *entries;
    float scale;
    /* The weights of features with many tags, unpacked at load into rows
     * of dense_stride floats: dense_row[s] is 1 + the row of slot s, or 0. */
    uint16_t *dense_row;
    float *dense;
    size_t dense_stride; /* n_tags rounded up to a multiple of 4 */
    /* What the features with few values found (cnkg_lab_fargs.cell), filled
     * as they come up: 0, or a packed weights (cell_pack). Threads sharing
     * the model may fill a cell at once; they write the same value, with
     * relaxed atomics, so no lock. Untouched pages cost no memory. */
    uint64_t *cells;
};

/* Features with at least this many weights are added as a dense row
 * (vector adds, a zero where the feature has no weight) instead of one
 * scattered add per weight. They are few (11,800 of 344,000 features in
 * the CLUENER model, 2 MB of rows) but the frequent ones: the characters
 * and character pairs seen everywhere. */
#define DENSE_MIN 12
/* Floats in the largest row of scores: every tag a model may have, in
 * whole vectors. A model's own rows hold its tags rounded up to a vector. */
#define SCORES_MAX ((CNKG_LAB_MAX_TAGS + 4) / 4 * 4)

/* One position's scores while its features are summed: whole vectors, so
 * a dense row is added four lanes at a time (GCC and clang vector types;
 * SSE, NEON or plain code). The union lets sparse weights land by tag. */
typedef float lanes4 __attribute__((vector_size(16)));

typedef union scores {
    lanes4 v[SCORES_MAX / 4];
    float f[SCORES_MAX];
} scores;

static const char *const type_names[CNKG_LABEL_TYPE_COUNT] = {
    "company", "government", "organization", "address", "name",     "scene",
    "park",    "project",    "program",      "product", "industry",
};

/* Tag names must follow the layout the decoder assumes: O, then B/I/E/S
 * of each type in turn. Types cnkg has no use for are kept in the model
 * (training on them sharpens the others) and dropped here. */
static int check_tags(cnkg_labeller *l, const char *names, const char *path, cnkg_error *err)
{
    for (int t = 0; t < l->n_tags; t++) {
        const char *name = names + (size_t)t * CNKG_LAB_TAG_NAME;
        if (memchr(name, '\0', CNKG_LAB_TAG_NAME) == NULL)
            return cnkg_error_set(err, "%s: tag %d has no terminator", path, t);
        l->tag_type[t] = -1;
        if (t == 0) {
            if (strcmp(name, "O") != 0)
                return cnkg_error_set(err, "%s: tag 0 is \"%s\", not \"O\"", path, name);
            continue;
        }
        const char *first =
            names + (size_t)CNKG_LAB_TAG(CNKG_LAB_TAG_TYPE(t), 0) * CNKG_LAB_TAG_NAME;
        if (name[0] != "BIES"[CNKG_LAB_TAG_PART(t)] || name[1] != '-' ||
            strcmp(name + 2, first + 2) != 0)
            return cnkg_error_set(err, "%s: tag %d (\"%s\") breaks the BIOES layout", path, t,
                                  name);
        for (int k = 0; k < CNKG_LABEL_TYPE_COUNT; k++)
            if (strcmp(name + 2, type_names[k]) == 0)
                l->tag_type[t] = k;
    }
    if ((l->n_tags - 1) % 4 != 0)
        return cnkg_error_set(err, "%s: %d tags do not make whole BIES groups", path, l->n_tags);
    return 0;
}

static int check_weights(cnkg_labeller *l, uint32_t n_entries, const char *path, cnkg_error *err)
{
    for (uint32_t s = 0; s < l->n_slots; s++) {
        uint32_t info = l->slots[s].info;
        if (l->slots[s].fp &&
            (uint64_t)CNKG_LAB_SLOT_OFF(info) + CNKG_LAB_SLOT_COUNT(info) > n_entries)
            return cnkg_error_set(err, "%s: slot %u points past the weights", path, s);
    }
    for (uint32_t e = 0; e < n_entries; e++)
        if ((l->entries[e] >> 16) >= (uint32_t)l->n_tags)
            return cnkg_error_set(err, "%s: weight %u names tag %u of %d", path, e,
                                  l->entries[e] >> 16, l->n_tags);
    return 0;
}

/* Unpacks the features with DENSE_MIN weights or more. Each float is the
 * product the sparse add would compute, and adding 0.0f to a score that
 * is never -0.0f changes nothing, so the sums are the same to the bit. */
static void dense_build(cnkg_labeller *l)
{
    size_t rows = 0;
    l->dense_stride = ((size_t)l->n_tags + 3) / 4 * 4;
    for (uint32_t s = 0; s < l->n_slots; s++)
        rows += l->slots[s].fp && CNKG_LAB_SLOT_COUNT(l->slots[s].info) >= DENSE_MIN;
    if (rows == 0)
        return;
    if (rows > UINT16_MAX)
        rows = UINT16_MAX; /* the rest stay sparse */
    l->dense_row = cnkg_xcalloc(l->n_slots, sizeof *l->dense_row);
    /* each row (a whole number of vectors) starts on a vector, on any
     * platform: position_sum adds it from memory */
    l->dense = cnkg_xcalloc_aligned(sizeof(lanes4), rows * l->dense_stride, sizeof *l->dense);
    size_t row = 0;
    for (uint32_t s = 0; s < l->n_slots; s++) {
        uint32_t info = l->slots[s].info;
        if (!l->slots[s].fp || CNKG_LAB_SLOT_COUNT(info) < DENSE_MIN)
            continue;
        if (row == rows)
            break;
        const uint32_t *e = l->entries + CNKG_LAB_SLOT_OFF(info);
        float *d = l->dense + row * l->dense_stride;
        for (uint32_t k = 0; k < CNKG_LAB_SLOT_COUNT(info); k++)
            d[e[k] >> 16] = (float)(int16_t)(e[k] & 0xFFFF) * l->scale;
        l->dense_row[s] = (uint16_t)++row;
    }
}

/* Checks the header and the size the header implies against the file,
 * then points the model's arrays into the mapping. */
static int model_bind(cnkg_labeller *l, const char *path, cnkg_error *err)
{
    const unsigned char *base = l->map;
    cnkg_lab_header h;
    if (l->map_len < sizeof h)
        return cnkg_error_set(err, "%s: truncated model (%zu bytes, no room for a header)", path,
                              l->map_len);
    memcpy(&h, base, sizeof h);
    if (memcmp(h.magic, CNKG_LAB_MAGIC, 8) != 0)
        return cnkg_error_set(err, "%s: not a cnkg labeller model (bad magic)", path);
    if (h.version != CNKG_LAB_VERSION)
        return cnkg_error_set(err, "%s: model version %u, this build reads version %d", path,
                              h.version, CNKG_LAB_VERSION);
    if (h.n_tags < 1 || h.n_tags > CNKG_LAB_MAX_TAGS || h.n_slots == 0 ||
        (h.n_slots & (h.n_slots - 1)) != 0 || h.n_entries > CNKG_LAB_SLOT_OFF(~0u) ||
        !(h.scale > 0))
        return cnkg_error_set(err, "%s: corrupt model header", path);
    uint64_t T = h.n_tags;
    uint64_t want = sizeof h + T * CNKG_LAB_TAG_NAME + (T * T + 2 * T) * sizeof(float) +
                    (uint64_t)h.n_slots * sizeof(cnkg_lab_slot) +
                    (uint64_t)h.n_entries * sizeof(uint32_t);
    if (want != l->map_len)
        return cnkg_error_set(err, "%s: %s model (%zu bytes, the header implies %llu)", path,
                              want > l->map_len ? "truncated" : "oversized", l->map_len,
                              (unsigned long long)want);
    l->n_tags = (int)h.n_tags;
    l->scale = h.scale;
    l->n_slots = h.n_slots;
    const unsigned char *p = base + sizeof h;
    if (check_tags(l, (const char *)p, path, err) < 0)
        return -1;
    p += T * CNKG_LAB_TAG_NAME;
    l->trans.n_tags = l->n_tags;
    l->trans.trans = (const float *)p;
    l->trans.start = l->trans.trans + T * T;
    l->trans.end = l->trans.start + T;
    cnkg_lab_neighbours_init(l->n_tags, 1, &l->before);
    cnkg_lab_neighbours_init(l->n_tags, 0, &l->after);
    l->trans.before = &l->before;
    l->trans.after = &l->after;
    if (cnkg_lab_blocks_init(&l->trans, &l->blocks) == 0)
        l->trans.blocks = &l->blocks;
    p += (T * T + 2 * T) * sizeof(float);
    l->slots = (const cnkg_lab_slot *)p;
    l->entries = (const uint32_t *)(p + (size_t)h.n_slots * sizeof(cnkg_lab_slot));
    if (check_weights(l, h.n_entries, path, err) < 0)
        return -1;
    dense_build(l);
    l->cells = cnkg_xcalloc(CNKG_LAB_CELLS, sizeof *l->cells);
    return 0;
}

int cnkg_labeller_load(cnkg_labeller **out, const char *path, cnkg_error *err)
{
    *out = NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return cnkg_error_set(err, "%s: cannot open model: %s", path, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) < 0) {
        int e = errno;
        close(fd);
        return cnkg_error_set(err, "%s: %s", path, strerror(e));
    }
    cnkg_labeller *l = cnkg_xcalloc(1, sizeof *l);
    l->map_len = (size_t)st.st_size;
    if (l->map_len > 0) {
        l->map = mmap(NULL, l->map_len, PROT_READ, MAP_PRIVATE, fd, 0);
        if (l->map == MAP_FAILED) {
            int e = errno;
            close(fd);
            free(l);
            return cnkg_error_set(err, "%s: cannot map model: %s", path, strerror(e));
        }
    }
    close(fd);
    if (model_bind(l, path, err) < 0) {
        cnkg_labeller_free(l);
        return -1;
    }
    *out = l;
    return 0;
}

void cnkg_labeller_free(cnkg_labeller *l)
{
    if (!l)
        return;
    if (l->map && l->map != MAP_FAILED)
        munmap(l->map, l->map_len);
    free(l->dense_row);
    free(l->dense);
    free(l->cells);
    free(l);
}

/* A feature's weights: where they start in entries and how many there
 * are (0 when the model does not know the feature), or its dense row. */
typedef struct weights {
    uint32_t off, count;
    const float *dense;
} weights;

static weights find_weights(const cnkg_labeller *l, uint64_t key)
{
    uint32_t fp = cnkg_lab_key_fp(key);
    for (size_t s = cnkg_lab_key_slot(key, l->n_slots);; s = (s + 1) & (l->n_slots - 1)) {
        const cnkg_lab_slot *slot = &l->slots[s];
        if (slot->fp == 0)
            return (weights){0, 0, NULL};
        if (slot->fp != fp)
            continue;
        uint32_t count = CNKG_LAB_SLOT_COUNT(slot->info);
        /* Only a feature with many weights has a row: the rare features,
         * most of the lookups, skip the index and its cache miss. */
        if (count >= DENSE_MIN && l->dense_row && l->dense_row[s])
            return (weights){0, 0, l->dense + (size_t)(l->dense_row[s] - 1) * l->dense_stride};
        return (weights){CNKG_LAB_SLOT_OFF(slot->info), count, NULL};
    }
}

#define CELL_KNOWN (1ULL << 63)
#define CELL_DENSE (1ULL << 62)

static uint64_t cell_pack(const cnkg_labeller *l, weights w)
{
    if (w.dense)
        return CELL_KNOWN | CELL_DENSE | (uint64_t)((size_t)(w.dense - l->dense) / l->dense_stride);
    return CELL_KNOWN | (uint64_t)w.count << 32 | w.off;
}

static weights cell_unpack(const cnkg_labeller *l, uint64_t c)
{
    if (c & CELL_DENSE)
        return (weights){0, 0, l->dense + (size_t)(uint32_t)c * l->dense_stride};
    return (weights){(uint32_t)c, (uint32_t)(c >> 32) & 0xFF, NULL};
}

/* A feature's sparse weights, each added to its tag's score. */
static void add_sparse(const cnkg_labeller *l, weights w, scores *sc)
{
    const uint32_t *e = l->entries + w.off;
    for (uint32_t k = 0; k < w.count; k++)
        sc->f[e[k] >> 16] += (float)(int16_t)(e[k] & 0xFFFF) * l->scale;
}

/* One position's scores: the sum of its features' weights in feature
 * order, into out[0, n_tags). With the number of vectors a constant (the
 * callers below), the sums stay in registers and a dense row is a load
 * and an add per vector; as a loop over memory it was eight instructions
 * a vector. A sparse feature's adds go through memory, in the same order,
 * so every lane gets the same additions as ever, to the bit. */
static inline __attribute__((always_inline)) void
position_sum(const cnkg_labeller *l, const weights *found, size_t n, float *out, const int vectors)
{
    lanes4 acc[SCORES_MAX / 4];
#pragma GCC unroll 16
    for (int v = 0; v < vectors; v++)
        acc[v] = (lanes4){0};
    for (size_t k = 0; k < n; k++) {
        weights w = found[k];
        if (w.dense) {
            const lanes4 *row = __builtin_assume_aligned(w.dense, sizeof(lanes4));
#pragma GCC unroll 16
            for (int v = 0; v < vectors; v++)
                acc[v] += row[v];
        } else if (w.count) {
            scores sc;
#pragma GCC unroll 16
            for (int v = 0; v < vectors; v++)
                sc.v[v] = acc[v];
            add_sparse(l, w, &sc);
#pragma GCC unroll 16
            for (int v = 0; v < vectors; v++)
                acc[v] = sc.v[v];
        }
    }
    scores sc;
#pragma GCC unroll 16
    for (int v = 0; v < vectors; v++)
        sc.v[v] = acc[v];
    memcpy(out, sc.f, (size_t)l->n_tags * sizeof *out);
}

/* position_sum for each count of vectors a model may have. */
#define POSITION_SUM(V)                                                                            \
    static void position_sum_##V(const cnkg_labeller *l, const weights *found, size_t n,           \
                                 float *out)                                                       \
    {                                                                                              \
        position_sum(l, found, n, out, V);                                                         \
    }
POSITION_SUM(1)
POSITION_SUM(2)
POSITION_SUM(3)
POSITION_SUM(4)
POSITION_SUM(5)
POSITION_SUM(6)
POSITION_SUM(7)
POSITION_SUM(8)
POSITION_SUM(9)
POSITION_SUM(10)
POSITION_SUM(11)
POSITION_SUM(12)
POSITION_SUM(13)
POSITION_SUM(14)
POSITION_SUM(15)
POSITION_SUM(16)
#undef POSITION_SUM

typedef void position_sum_fn(const cnkg_labeller *, const weights *, size_t, float *);
static position_sum_fn *const position_sums[SCORES_MAX / 4] = {
    position_sum_1,  position_sum_2,  position_sum_3,  position_sum_4,
    position_sum_5,  position_sum_6,  position_sum_7,  position_sum_8,
    position_sum_9,  position_sum_10, position_sum_11, position_sum_12,
    position_sum_13, position_sum_14, position_sum_15, position_sum_16,
};
_Static_assert(SCORES_MAX / 4 == 16, "one position_sum per count of vectors");

static void prefetch(const void *p)
{
#if defined(__GNUC__)
    __builtin_prefetch(p);
#else
    (void)p;
#endif
}

/* One position's features on their way through the pipeline below. */
typedef struct stage {
    uint64_t keys[CNKG_LAB_MAX_FEATURES];
    int32_t cell[CNKG_LAB_MAX_FEATURES];  /* cnkg_lab_fargs */
    uint8_t known[CNKG_LAB_MAX_FEATURES]; /* found came from the cell */
    weights found[CNKG_LAB_MAX_FEATURES];
    size_t n;
} stage;

static void prefetch_weights(const cnkg_labeller *l, weights w)
{
    if (w.dense)
        prefetch(w.dense);
    else if (w.count)
        prefetch(l->entries + w.off);
}

/* The model is larger than the caches and every feature is two dependent
 * random reads: its slot, then its weights. So the work runs as a
 * pipeline two positions deep: position i + 2 computes its keys and asks
 * for their slots, i + 1 reads the slots (arrived meanwhile) and asks for
 * the weights, i sums them. The sums run in the same order as ever. */
static void stage_keys(const cnkg_labeller *l, const cnkg_lab_text *t, size_t i, stage *st)
{
    cnkg_lab_fargs args;
    cnkg_lab_feature_args(t, i, &args);
    st->n = args.n;
    for (size_t k = 0; k < st->n; k++) {
        int32_t cell = args.cell[k];
        uint64_t c = cell < 0 ? 0 : __atomic_load_n(&l->cells[cell], __ATOMIC_RELAXED);
        st->cell[k] = cell;
        st->known[k] = c != 0;
        if (c) {
            st->found[k] = cell_unpack(l, c);
            prefetch_weights(l, st->found[k]);
            continue;
        }
        st->keys[k] = cnkg_lab_farg_key(&args.arg[k]);
        prefetch(&l->slots[cnkg_lab_key_slot(st->keys[k], l->n_slots)]);
    }
}

static void stage_find(const cnkg_labeller *l, stage *st)
{
    for (size_t k = 0; k < st->n; k++) {
        if (st->known[k])
            continue;
        st->found[k] = find_weights(l, st->keys[k]);
        if (st->cell[k] >= 0)
            __atomic_store_n(&l->cells[st->cell[k]], cell_pack(l, st->found[k]), __ATOMIC_RELAXED);
        prefetch_weights(l, st->found[k]);
    }
}

static void emissions(const cnkg_labeller *l, const uint32_t *cps, size_t n, void *text_mem,
                      float *emit)
{
    stage st[3];
    position_sum_fn *sum = position_sums[(l->n_tags + 3) / 4 - 1];
    cnkg_lab_text t;
    cnkg_lab_prepare(cps, n, text_mem, &t);
    for (size_t i = 0; i < n && i < 2; i++)
        stage_keys(l, &t, i, &st[i]);
    if (n > 0)
        stage_find(l, &st[0]);
    for (size_t i = 0; i < n; i++) {
        if (i + 2 < n)
            stage_keys(l, &t, i + 2, &st[(i + 2) % 3]);
        if (i + 1 < n)
            stage_find(l, &st[(i + 1) % 3]);
        const stage *cur = &st[i % 3];
        sum(l, cur->found, cur->n, emit + i * (size_t)l->n_tags);
    }
}

/* The first position of a span of a kept type on path, or n. */
static size_t first_kept(const cnkg_labeller *l, const int *path, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int tag = path[i], part = tag ? CNKG_LAB_TAG_PART(tag) : -1;
        if ((part == CNKG_LAB_B || part == CNKG_LAB_S) && l->tag_type[tag] >= 0)
            return i;
    }
    return n;
}

/* The spans of the kept types on path, each scored by the least margin
 * of its positions: only those positions' margins are computed, after
 * the backward pass (cnkg_lab_backward) on scratch. */
static size_t spans_emit(const cnkg_labeller *l, const int *path, const void *scratch, size_t n,
                         cnkg_label_span **spans, size_t *cap, size_t used)
{
    size_t found = 0;
    for (size_t i = 0; i < n; i++) {
        int tag = path[i], part = tag ? CNKG_LAB_TAG_PART(tag) : -1;
        if (part != CNKG_LAB_B && part != CNKG_LAB_S)
            continue;
        if (l->tag_type[tag] < 0)
            continue;
        size_t end = i + 1;
        float score = cnkg_lab_margin_at(l->n_tags, n, scratch, path, i);
        if (part == CNKG_LAB_B)
            for (; end < n && path[end - 1] != CNKG_LAB_TAG(CNKG_LAB_TAG_TYPE(tag), CNKG_LAB_E);
                 end++) {
                float margin = cnkg_lab_margin_at(l->n_tags, n, scratch, path, end);
                score = margin < score ? margin : score;
            }
        if (used + found == *cap) {
            *cap = *cap ? 2 * *cap : 16;
            *spans = cnkg_xrealloc(*spans, *cap * sizeof **spans);
        }
        (*spans)[used + found++] =
            (cnkg_label_span){i, end, (cnkg_label_type)l->tag_type[tag], score};
    }
    return found;
}

size_t cnkg_labeller_tag(const cnkg_labeller *l, const uint32_t *cps, size_t n,
                         cnkg_label_span **spans, size_t *cap)
{
    if (n == 0)
        return 0;
    size_t T = (size_t)l->n_tags;
    /* One allocation per call, none per character. */
    size_t emit_bytes = n * T * sizeof(float), path_bytes = n * sizeof(int);
    size_t scratch_bytes = cnkg_lab_scratch_size(n, l->n_tags);
    char *mem = cnkg_xmalloc(emit_bytes + path_bytes + scratch_bytes + cnkg_lab_text_size(n));
    float *emit = (float *)mem;
    int *path = (int *)(mem + emit_bytes);
    void *scratch = mem + emit_bytes + path_bytes;
    void *text = (char *)scratch + scratch_bytes;
    emissions(l, cps, n, text, emit);
    cnkg_lab_viterbi(&l->trans, emit, n, scratch, path, NULL);
    /* Only spans of the types kept read margins: the backward pass stops
     * at the first, and a sentence without one needs none; the margins
     * themselves are those of the spans' positions alone. */
    cnkg_lab_backward(&l->trans, emit, n, scratch, first_kept(l, path, n));
    /* The array carries no count, so the spans go to its start: callers
     * reuse one array across sentences and read [0, returned count). */
    size_t found = spans_emit(l, path, scratch, n, spans, cap, 0);
    free(mem);
    return found;
}
