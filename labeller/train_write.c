/* train_write.c - the trainer's feature map and the model writer, which
 * averages the perceptron's weights, quantises them to int16 and drops the
 * zeros: most (feature, tag) pairs were never updated, so a sparse file is
 * a fraction of the dense table's size. */
#include "train.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lab_internal.h"

static size_t map_find(const uint64_t *keys, size_t cap, uint64_t key)
{
    size_t i = (size_t)(key ^ (key >> 29)) & (cap - 1);
    while (keys[i] && keys[i] != key)
        i = (i + 1) & (cap - 1);
    return i;
}

static void map_grow(train_map *m)
{
    size_t cap = m->cap ? 2 * m->cap : 1 << 16;
    uint64_t *keys = cnkg_xcalloc(cap, sizeof *keys);
    int32_t *vals = cnkg_xcalloc(cap, sizeof *vals);
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        size_t j = map_find(keys, cap, m->keys[i]);
        keys[j] = m->keys[i];
        vals[j] = m->vals[i];
    }
    free(m->keys);
    free(m->vals);
    m->keys = keys;
    m->vals = vals;
    m->cap = cap;
}

int32_t *train_map_slot(train_map *m, uint64_t key)
{
    if (2 * (m->len + 1) > m->cap)
        map_grow(m);
    size_t i = map_find(m->keys, m->cap, key);
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->vals[i] = 0;
        m->len++;
    }
    return &m->vals[i];
}

const int32_t *train_map_get(const train_map *m, uint64_t key)
{
    static const int32_t zero = 0;
    if (!m->cap)
        return &zero;
    size_t i = map_find(m->keys, m->cap, key);
    return m->keys[i] ? &m->vals[i] : &zero;
}

void train_map_free(train_map *m)
{
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

/* --- writing ---------------------------------------------------------------- */

static float averaged(const float *w, const float *u, size_t i, double c)
{
    return (float)(w[i] - u[i] / c);
}

typedef struct packed {
    cnkg_lab_slot *slots;
    uint32_t n_slots;
    uint32_t *entries;
    size_t n_entries;
    size_t shadowed; /* keys whose fingerprint an earlier key took */
} packed;

static void pack_row(packed *pk, uint64_t key, const uint32_t *e, uint32_t count)
{
    uint32_t fp = cnkg_lab_key_fp(key);
    size_t s = cnkg_lab_key_slot(key, pk->n_slots);
    while (pk->slots[s].fp && pk->slots[s].fp != fp)
        s = (s + 1) & (pk->n_slots - 1);
    if (pk->slots[s].fp) {
        pk->shadowed++;
        return;
    }
    pk->slots[s].fp = fp;
    pk->slots[s].info = CNKG_LAB_SLOT_PACK(pk->n_entries, count);
    memcpy(pk->entries + pk->n_entries, e, count * sizeof *e);
    pk->n_entries += count;
}

static void pack(const train_weights *w, float scale, float prune, packed *pk)
{
    size_t T = (size_t)w->n_tags, kept = 0;
    for (size_t r = 0; r < w->n_rows; r++)
        for (size_t t = 0; t < T; t++)
            if (fabsf(averaged(w->w, w->u, r * T + t, w->c)) >= fmaxf(prune, 0.5f * scale)) {
                kept++;
                break;
            }
    pk->n_slots = 1024;
    while (pk->n_slots < kept + kept / 2)
        pk->n_slots *= 2;
    pk->slots = cnkg_xcalloc(pk->n_slots, sizeof *pk->slots);
    pk->entries = cnkg_xmalloc(w->n_rows * T * sizeof *pk->entries + 1);
    uint32_t row[CNKG_LAB_MAX_TAGS];
    for (size_t r = 0; r < w->n_rows; r++) {
        uint32_t count = 0;
        for (size_t t = 0; t < T; t++) {
            float a = averaged(w->w, w->u, r * T + t, w->c);
            long q = lrintf(a / scale);
            if (q != 0 && fabsf(a) >= prune)
                row[count++] = (uint32_t)t << 16 | (uint16_t)(int16_t)q;
        }
        if (count)
            pack_row(pk, w->keys[r], row, count);
    }
}

int train_model_write(const train_weights *w, const train_types *types, const char *path,
                      float prune, cnkg_error *err)
{
    size_t T = (size_t)w->n_tags, nt = T * T + 2 * T;
    float maxabs = 0;
    for (size_t i = 0; i < w->n_rows * T; i++)
        maxabs = fmaxf(maxabs, fabsf(averaged(w->w, w->u, i, w->c)));
    float scale = maxabs > 0 ? maxabs / 32767.0f : 1.0f;
    packed pk = {0};
    pack(w, scale, prune, &pk);
    cnkg_lab_header h = {.version = CNKG_LAB_VERSION,
                         .n_tags = (uint32_t)T,
                         .n_slots = pk.n_slots,
                         .n_entries = (uint32_t)pk.n_entries,
                         .scale = scale};
    memcpy(h.magic, CNKG_LAB_MAGIC, 8);
    char(*names)[CNKG_LAB_TAG_NAME] = cnkg_xcalloc(T, CNKG_LAB_TAG_NAME);
    strcpy(names[0], "O");
    for (size_t t = 1; t < T; t++) {
        const char *type = types->name[CNKG_LAB_TAG_TYPE(t)];
        snprintf(names[t], CNKG_LAB_TAG_NAME, "%c-%s", "BIES"[CNKG_LAB_TAG_PART(t)], type);
    }
    float *trans = cnkg_xmalloc(nt * sizeof *trans);
    for (size_t i = 0; i < nt; i++)
        trans[i] =
            w->tw[i] <= CNKG_LAB_FORBIDDEN ? CNKG_LAB_FORBIDDEN : averaged(w->tw, w->tu, i, w->c);
    int rc = 0;
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(&h, sizeof h, 1, f) != 1 || fwrite(names, CNKG_LAB_TAG_NAME, T, f) != T ||
        fwrite(trans, sizeof *trans, nt, f) != nt ||
        fwrite(pk.slots, sizeof *pk.slots, pk.n_slots, f) != pk.n_slots ||
        fwrite(pk.entries, sizeof *pk.entries, pk.n_entries, f) != pk.n_entries)
        rc = cnkg_error_set(err, "%s: cannot write the model", path);
    if (f && fclose(f) != 0 && rc == 0)
        rc = cnkg_error_set(err, "%s: cannot write the model", path);
    if (rc == 0)
        fprintf(stderr, "wrote %s: %u slots, %zu weights, %zu shadowed rows, scale %g\n", path,
                pk.n_slots, pk.n_entries, pk.shadowed, (double)scale);
    free(names);
    free(trans);
    free(pk.slots);
    free(pk.entries);
    return rc;
}
