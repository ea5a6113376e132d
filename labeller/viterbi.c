/* viterbi.c - first-order Viterbi over BIOES tags, plus the backward pass
 * that turns it into max-marginals so each span can carry a margin. */
#include "lab_internal.h"

#include <string.h>

int cnkg_lab_tag_allowed(int a, int b)
{
    int a_open =
        a > 0 && (CNKG_LAB_TAG_PART(a) == CNKG_LAB_B || CNKG_LAB_TAG_PART(a) == CNKG_LAB_I);
    if (b < 0)
        return !a_open;
    if (b == 0)
        return !a_open;
    int part = CNKG_LAB_TAG_PART(b);
    if (part == CNKG_LAB_B || part == CNKG_LAB_S)
        return !a_open;
    /* I and E continue a span of their own type. */
    return a_open && CNKG_LAB_TAG_TYPE(a) == CNKG_LAB_TAG_TYPE(b);
}

void cnkg_lab_trans_init(int n_tags, float *trans, float *start, float *end)
{
    for (int a = 0; a < n_tags; a++) {
        for (int b = 0; b < n_tags; b++)
            trans[a * n_tags + b] = cnkg_lab_tag_allowed(a, b) ? 0.0f : CNKG_LAB_FORBIDDEN;
        start[a] = cnkg_lab_tag_allowed(-1, a) ? 0.0f : CNKG_LAB_FORBIDDEN;
        end[a] = cnkg_lab_tag_allowed(a, -1) ? 0.0f : CNKG_LAB_FORBIDDEN;
    }
}

size_t cnkg_lab_scratch_size(size_t n, int n_tags)
{
    /* alpha and beta scores, then back-pointers */
    return n * (size_t)n_tags * (2 * sizeof(float) + sizeof(int32_t));
}

void cnkg_lab_neighbours_init(int T, int before, cnkg_lab_neighbours *nb)
{
    for (int b = 0; b < T; b++) {
        nb->count[b] = 0;
        for (int a = 0; a < T; a++)
            if (before ? cnkg_lab_tag_allowed(a, b) : cnkg_lab_tag_allowed(b, a))
                nb->tag[b][nb->count[b]++] = (uint8_t)a;
    }
}

static void forward(const cnkg_lab_trans *t, const cnkg_lab_neighbours *before, const float *emit,
                    size_t n, float *alpha, int32_t *bp)
{
    int T = t->n_tags;
    const cnkg_lab_neighbours *nb = before;
    for (int b = 0; b < T; b++)
        alpha[b] = t->start[b] + emit[b];
    for (size_t i = 1; i < n; i++) {
        const float *prev = alpha + (i - 1) * T;
        for (int b = 0; b < T; b++) {
            float best = CNKG_LAB_FORBIDDEN * 4;
            int32_t arg = 0;
            for (int k = 0; k < nb->count[b]; k++) {
                int a = nb->tag[b][k];
                float s = prev[a] + t->trans[a * T + b];
                if (s > best)
                    best = s, arg = a;
            }
            alpha[i * T + b] = best + emit[i * T + b];
            bp[i * T + b] = arg;
        }
    }
}

/* beta[i][a]: the best score of positions after i given tag a at i. */
static void backward(const cnkg_lab_trans *t, const cnkg_lab_neighbours *after, const float *emit,
                     size_t n, float *beta)
{
    int T = t->n_tags;
    const cnkg_lab_neighbours *nb = after;
    memcpy(beta + (n - 1) * T, t->end, sizeof(float) * (size_t)T);
    for (size_t i = n - 1; i-- > 0;) {
        const float *next = beta + (i + 1) * T;
        const float *e = emit + (i + 1) * T;
        for (int a = 0; a < T; a++) {
            const float *row = t->trans + a * T;
            float best = CNKG_LAB_FORBIDDEN * 4;
            for (int k = 0; k < nb->count[a]; k++) {
                int b = nb->tag[a][k];
                float s = row[b] + e[b] + next[b];
                if (s > best)
                    best = s;
            }
            beta[i * T + a] = best;
        }
    }
}

static void margins(int T, size_t n, const float *alpha, const float *beta, const int *path,
                    float *margin)
{
    for (size_t i = 0; i < n; i++) {
        const float *al = alpha + i * T, *be = beta + i * T;
        float mine = al[path[i]] + be[path[i]];
        float other = CNKG_LAB_FORBIDDEN;
        for (int b = 0; b < T; b++)
            if (b != path[i] && al[b] + be[b] > other)
                other = al[b] + be[b];
        margin[i] = mine - other;
    }
}

void cnkg_lab_viterbi(const cnkg_lab_trans *t, const float *emit, size_t n, void *scratch,
                      int *path, float *margin)
{
    if (n == 0)
        return;
    int T = t->n_tags;
    float *alpha = scratch;
    float *beta = alpha + n * T;
    int32_t *bp = (int32_t *)(beta + n * T);
    cnkg_lab_neighbours own_before, own_after;
    const cnkg_lab_neighbours *before = t->before, *after = t->after;
    if (!before)
        cnkg_lab_neighbours_init(T, 1, &own_before), before = &own_before;
    if (!after && margin)
        cnkg_lab_neighbours_init(T, 0, &own_after), after = &own_after;
    forward(t, before, emit, n, alpha, bp);
    const float *last = alpha + (n - 1) * T;
    int best = 0;
    for (int b = 1; b < T; b++)
        if (last[b] + t->end[b] > last[best] + t->end[best])
            best = b;
    path[n - 1] = best;
    for (size_t i = n - 1; i > 0; i--)
        path[i - 1] = bp[i * T + path[i]];
    if (margin) {
        backward(t, after, emit, n, beta);
        margins(T, n, alpha, beta, path, margin);
    }
}
