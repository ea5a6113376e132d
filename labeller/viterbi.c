/* viterbi.c - first-order Viterbi over BIOES tags, plus the backward pass
 * that turns it into max-marginals so each span can carry a margin. */
#include "lab_internal.h"

#include <string.h>
#if defined(__SSE__)
#include <xmmintrin.h>
#endif

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
    /* alpha and beta scores */
    return n * (size_t)n_tags * 2 * sizeof(float);
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
                    size_t n, float *alpha)
{
    int T = t->n_tags;
    const cnkg_lab_neighbours *nb = before;
    for (int b = 0; b < T; b++)
        alpha[b] = t->start[b] + emit[b];
    for (size_t i = 1; i < n; i++) {
        const float *prev = alpha + (i - 1) * T;
        for (int b = 0; b < T; b++) {
            float best = CNKG_LAB_FORBIDDEN * 4;
            for (int k = 0; k < nb->count[b]; k++) {
                int a = nb->tag[b][k];
                float s = prev[a] + t->trans[a * T + b];
                best = s > best ? s : best;
            }
            alpha[i * T + b] = best + emit[i * T + b];
        }
    }
}

/* beta[i][a]: the best score of positions after i given tag a at i. */
static void backward(const cnkg_lab_trans *t, const cnkg_lab_neighbours *after, const float *emit,
                     size_t n, size_t from, float *beta)
{
    int T = t->n_tags;
    const cnkg_lab_neighbours *nb = after;
    memcpy(beta + (n - 1) * T, t->end, sizeof(float) * (size_t)T);
    for (size_t i = n - 1; i-- > from;) {
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

/* Closed tags in ascending order, opening tags likewise, and the block of
 * scores between them padded with forbidden lanes. */
int cnkg_lab_blocks_init(const cnkg_lab_trans *t, cnkg_lab_blocks *bl)
{
    int T = t->n_tags;
    bl->types = (T - 1) / 4;
    bl->n = 1 + 2 * bl->types;
    if ((T - 1) % 4 || bl->n > CNKG_LAB_LANES)
        return -1;
    bl->closed[0] = bl->opening[0] = 0;
    for (int k = 0; k < bl->types; k++) {
        bl->closed[1 + 2 * k] = CNKG_LAB_TAG(k, CNKG_LAB_E);
        bl->closed[2 + 2 * k] = CNKG_LAB_TAG(k, CNKG_LAB_S);
        bl->opening[1 + 2 * k] = CNKG_LAB_TAG(k, CNKG_LAB_B);
        bl->opening[2 + 2 * k] = CNKG_LAB_TAG(k, CNKG_LAB_S);
    }
    for (int c = 0; c < CNKG_LAB_LANES; c++) {
        for (int o = 0; o < CNKG_LAB_LANES; o++) {
            float w = c < bl->n && o < bl->n ? t->trans[bl->closed[c] * T + bl->opening[o]]
                                             : CNKG_LAB_FORBIDDEN;
            bl->into[c][o] = w;
            bl->outof[o][c] = w;
        }
    }
    for (int k = 0; k < CNKG_LAB_LANES; k++) {
        int B = CNKG_LAB_TAG(k, CNKG_LAB_B), I = CNKG_LAB_TAG(k, CNKG_LAB_I);
        int E = CNKG_LAB_TAG(k, CNKG_LAB_E);
        int real = k < bl->types;
        bl->b_i[k] = real ? t->trans[B * T + I] : CNKG_LAB_FORBIDDEN;
        bl->b_e[k] = real ? t->trans[B * T + E] : CNKG_LAB_FORBIDDEN;
        bl->i_i[k] = real ? t->trans[I * T + I] : CNKG_LAB_FORBIDDEN;
        bl->i_e[k] = real ? t->trans[I * T + E] : CNKG_LAB_FORBIDDEN;
    }
    for (int r = 0; r < CNKG_LAB_LANES; r++) {
        bl->into_min[r] = bl->into_max[r] = bl->into[r][0];
        bl->outof_min[r] = bl->outof_max[r] = bl->outof[r][0];
        for (int k = 1; k < bl->n; k++) {
            bl->into_min[r] = bl->into[r][k] < bl->into_min[r] ? bl->into[r][k] : bl->into_min[r];
            bl->into_max[r] = bl->into[r][k] > bl->into_max[r] ? bl->into[r][k] : bl->into_max[r];
            bl->outof_min[r] =
                bl->outof[r][k] < bl->outof_min[r] ? bl->outof[r][k] : bl->outof_min[r];
            bl->outof_max[r] =
                bl->outof[r][k] > bl->outof_max[r] ? bl->outof[r][k] : bl->outof_max[r];
        }
    }
    return 0;
}

/* The block form of the passes above (see cnkg_lab_blocks): the dense
 * block in vector lanes, the few continuations one by one. Sums run in the
 * order the per-tag loops use, and maxima are exact in any order, so the
 * path and the margins are the same to the bit. */
#define LANES CNKG_LAB_LANES

typedef cnkg_lab_blocks blocks;

/* Four lanes as one value: GCC and clang lower these to SSE, NEON or
 * plain scalar code alike. GCC does not vectorise the two-value select
 * below by itself (it keeps the branch), so it is spelt out with masks. */
typedef float lanes4 __attribute__((vector_size(16)));
typedef int32_t mask4 __attribute__((vector_size(16)));

static lanes4 pick(mask4 m, lanes4 yes, lanes4 no)
{
    return (lanes4)(((mask4)yes & m) | ((mask4)no & ~m));
}

static lanes4 load4(const float *p)
{
    lanes4 v;
    memcpy(&v, p, sizeof v);
    return v;
}

/* Lane by lane, a > b ? a : b: one instruction where SSE has it (MAXPS
 * returns its second operand unless the first is greater, exactly this),
 * a compare and a select elsewhere. The accumulators stay in registers:
 * written as loops over float arrays, GCC kept them in memory. */
static lanes4 larger(lanes4 a, lanes4 b)
{
#if defined(__SSE__)
    return _mm_max_ps(a, b);
#else
    return pick(a > b, a, b);
#endif
}

/* Bit j set where lane j of m is true. */
static uint32_t lane_bits(mask4 m)
{
#if defined(__SSE__)
    return (uint32_t)_mm_movemask_ps((__m128)m);
#else
    uint32_t bits = 0;
    for (int j = 0; j < 4; j++)
        bits |= (uint32_t)(m[j] != 0) << j;
    return bits;
#endif
}

/* The rows of the closed-to-opening block that may raise a maximum at
 * one position, as bits (row c: bit c): row 0 (O), and each row whose
 * greatest sum passes O's least, `p + into_max[c] > floor`, the test
 * forward_opening and best_before_blocks skip rows by, four rows at a
 * time; their loops then visit the set bits in ascending order. */
static uint32_t rows_open(const blocks *bl, const float *prev)
{
    float floor = prev[bl->closed[0]] + bl->into_min[0];
    lanes4 floor4 = (lanes4){0} + floor;
    uint32_t open = 1;
    int c = 1;
    for (; c + 4 <= bl->n; c += 4) {
        const int32_t *r = bl->closed + c;
        lanes4 p = {prev[r[0]], prev[r[1]], prev[r[2]], prev[r[3]]};
        open |= lane_bits(p + load4(bl->into_max + c) > floor4) << c;
    }
    for (; c < bl->n; c++)
        open |= (uint32_t)(prev[bl->closed[c]] + bl->into_max[c] > floor) << c;
    return open;
}

/* The best score into each opening tag at one position, from prev. Only
 * the maximum: which tag it came from is asked again for the one tag on
 * the best path (best_before), so the forward pass keeps no arguments,
 * and `s > top ? s : top` is one max instruction per four lanes.
 *
 * Outside names O (closed tag 0, taken first) leads by far, and a row
 * whose greatest sum is no more than O's least cannot raise any lane:
 * rounding is monotonic, so every sum of the row is at most every lane's
 * maximum, which keeps its value (`s > top` fails). Skipping such rows
 * leaves the result the same to the bit. */
static void forward_opening(const blocks *bl, const float *prev, float *best)
{
    lanes4 top[LANES / 4];
    for (int v = 0; v < LANES / 4; v++)
        top[v] = (lanes4){0} + CNKG_LAB_FORBIDDEN * 4;
    for (uint32_t open = rows_open(bl, prev); open; open &= open - 1) {
        int c = __builtin_ctz(open);
        float p = prev[bl->closed[c]];
        lanes4 from = (lanes4){0} + p;
#pragma GCC unroll 8
        for (int v = 0; v < LANES / 4; v++)
            top[v] = larger(from + load4(&bl->into[c][4 * v]), top[v]);
    }
    memcpy(best, top, sizeof top);
}

/* A tag's scores of four types side by side: p[tag of type k + 4j] in
 * lane j (a type owns four tags in a row). */
static lanes4 every4(const float *p)
{
    return (lanes4){p[0], p[4], p[8], p[12]};
}

static void put_every4(float *p, lanes4 v)
{
    float f[4];
    memcpy(f, &v, sizeof f);
    p[0] = f[0], p[4] = f[1], p[8] = f[2], p[12] = f[3];
}

/* The continuations of forward_blocks (I-k and E-k, from B-k or I-k)
 * for four types at a time: in each lane the sums and maxima the scalar
 * loop takes, in its order. Returns the first type left to that loop. */
static int forward_continue4(const blocks *bl, const float *prev, const float *e, float *cur)
{
    int k = 0;
    for (; k + 4 <= bl->types; k += 4) {
        int B = CNKG_LAB_TAG(k, CNKG_LAB_B), I = CNKG_LAB_TAG(k, CNKG_LAB_I);
        int E = CNKG_LAB_TAG(k, CNKG_LAB_E);
        lanes4 from_b = every4(prev + B), from_i = every4(prev + I);
        lanes4 none = (lanes4){0} + CNKG_LAB_FORBIDDEN * 4;
        lanes4 to_i =
            larger(from_i + load4(bl->i_i + k), larger(from_b + load4(bl->b_i + k), none));
        lanes4 to_e =
            larger(from_i + load4(bl->i_e + k), larger(from_b + load4(bl->b_e + k), none));
        put_every4(cur + I, to_i + every4(e + I));
        put_every4(cur + E, to_e + every4(e + E));
    }
    return k;
}

static void forward_blocks(const cnkg_lab_trans *t, const blocks *bl, const float *emit, size_t n,
                           float *alpha)
{
    int T = t->n_tags;
    for (int b = 0; b < T; b++)
        alpha[b] = t->start[b] + emit[b];
    for (size_t i = 1; i < n; i++) {
        const float *prev = alpha + (i - 1) * T;
        float *cur = alpha + i * T;
        float best[LANES];
        forward_opening(bl, prev, best);
        for (int o = 0; o < bl->n; o++) {
            int b = bl->opening[o];
            cur[b] = best[o] + emit[i * T + b];
        }
        int k = forward_continue4(bl, prev, emit + i * T, cur);
        for (; k < bl->types; k++) {
            int B = CNKG_LAB_TAG(k, CNKG_LAB_B), I = CNKG_LAB_TAG(k, CNKG_LAB_I);
            for (int b = I; b <= CNKG_LAB_TAG(k, CNKG_LAB_E); b++) {
                float s_b = prev[B] + t->trans[B * T + b], s_i = prev[I] + t->trans[I * T + b];
                float top = CNKG_LAB_FORBIDDEN * 4;
                top = s_b > top ? s_b : top;
                top = s_i > top ? s_i : top;
                cur[b] = top + emit[i * T + b];
            }
        }
    }
}

/* The tag before b on the best path into b: the first of b's allowed
 * predecessors, in ascending order, whose sum reaches the maximum. The
 * sums are those the forward pass took its maximum over, so this is the
 * argument it would have kept. */
static int best_before(const cnkg_lab_trans *t, const cnkg_lab_neighbours *before,
                       const float *prev, int b)
{
    int T = t->n_tags, arg = 0;
    float top = CNKG_LAB_FORBIDDEN * 4;
    for (int k = 0; k < before->count[b]; k++) {
        int a = before->tag[b][k];
        float s = prev[a] + t->trans[a * T + b];
        if (s > top)
            top = s, arg = a;
    }
    return arg;
}

/* The same with the blocks: an opening tag's predecessors are the closed
 * tags, in the same ascending order, and into holds their scores, so the
 * sums are the same floats. A row that cannot reach O's sum is skipped as
 * in forward_opening: its sum could not pass the maximum so far (`s >
 * top` fails), and the first tag to reach the maximum is still the one. */
static int best_before_blocks(const cnkg_lab_trans *t, const blocks *bl,
                              const cnkg_lab_neighbours *before, const float *prev, int b)
{
    int part = b ? CNKG_LAB_TAG_PART(b) : -1;
    if (part == CNKG_LAB_I || part == CNKG_LAB_E)
        return best_before(t, before, prev, b);
    int o = b ? 1 + 2 * CNKG_LAB_TAG_TYPE(b) + (part == CNKG_LAB_S) : 0, arg = 0;
    float top = CNKG_LAB_FORBIDDEN * 4;
    for (uint32_t open = rows_open(bl, prev); open; open &= open - 1) {
        int c = __builtin_ctz(open);
        float p = prev[bl->closed[c]];
        float s = p + bl->into[c][o];
        if (s > top)
            top = s, arg = bl->closed[c];
    }
    return arg;
}

/* rows_open for backward_closed: row 0 (O) and the rows of outof whose
 * greatest sum passes O's least, `outof_max[o] + e[b] + next[b] >
 * floor`, four rows to a vector. */
static uint32_t rows_open_back(const blocks *bl, const float *e, const float *next)
{
    float floor = bl->outof_min[0] + e[bl->opening[0]] + next[bl->opening[0]];
    lanes4 floor4 = (lanes4){0} + floor;
    uint32_t open = 1;
    int o = 1;
    for (; o + 4 <= bl->n; o += 4) {
        const int *r = bl->opening + o;
        lanes4 eb = {e[r[0]], e[r[1]], e[r[2]], e[r[3]]};
        lanes4 nb = {next[r[0]], next[r[1]], next[r[2]], next[r[3]]};
        open |= lane_bits(load4(bl->outof_max + o) + eb + nb > floor4) << o;
    }
    for (; o < bl->n; o++) {
        int b = bl->opening[o];
        open |= (uint32_t)(bl->outof_max[o] + e[b] + next[b] > floor) << o;
    }
    return open;
}

/* The best continuation of each closed tag at one position; rows that
 * cannot raise a lane are skipped as in forward_opening (opening tag 0 is
 * O too), with the sums bounded in the order they are taken. */
static void backward_closed(const blocks *bl, const float *e, const float *next, float *best)
{
    lanes4 top[LANES / 4];
    for (int v = 0; v < LANES / 4; v++)
        top[v] = (lanes4){0} + CNKG_LAB_FORBIDDEN * 4;
    for (uint32_t open = rows_open_back(bl, e, next); open; open &= open - 1) {
        int o = __builtin_ctz(open);
        int b = bl->opening[o];
        lanes4 eb = (lanes4){0} + e[b], nb = (lanes4){0} + next[b];
#pragma GCC unroll 8
        for (int v = 0; v < LANES / 4; v++)
            top[v] = larger(load4(&bl->outof[o][4 * v]) + eb + nb, top[v]);
    }
    memcpy(best, top, sizeof top);
}

/* The continuations of backward_blocks (B-k and I-k, into I-k or E-k)
 * for four types at a time, as forward_continue4. */
static int backward_continue4(const blocks *bl, const float *e, const float *next, float *cur)
{
    int k = 0;
    for (; k + 4 <= bl->types; k += 4) {
        int B = CNKG_LAB_TAG(k, CNKG_LAB_B), I = CNKG_LAB_TAG(k, CNKG_LAB_I);
        int E = CNKG_LAB_TAG(k, CNKG_LAB_E);
        lanes4 e_i = every4(e + I), n_i = every4(next + I);
        lanes4 e_e = every4(e + E), n_e = every4(next + E);
        lanes4 none = (lanes4){0} + CNKG_LAB_FORBIDDEN * 4;
        lanes4 from_b = larger(load4(bl->b_i + k) + e_i + n_i, none);
        from_b = larger(load4(bl->b_e + k) + e_e + n_e, from_b);
        lanes4 from_i = larger(load4(bl->i_i + k) + e_i + n_i, none);
        from_i = larger(load4(bl->i_e + k) + e_e + n_e, from_i);
        put_every4(cur + B, from_b);
        put_every4(cur + I, from_i);
    }
    return k;
}

static void backward_blocks(const cnkg_lab_trans *t, const blocks *bl, const float *emit, size_t n,
                            size_t from, float *beta)
{
    int T = t->n_tags;
    memcpy(beta + (n - 1) * T, t->end, sizeof(float) * (size_t)T);
    for (size_t i = n - 1; i-- > from;) {
        const float *next = beta + (i + 1) * T;
        const float *e = emit + (i + 1) * T;
        float *cur = beta + i * T;
        float best[LANES];
        backward_closed(bl, e, next, best);
        for (int c = 0; c < bl->n; c++)
            cur[bl->closed[c]] = best[c];
        int k = backward_continue4(bl, e, next, cur);
        for (; k < bl->types; k++) {
            int I = CNKG_LAB_TAG(k, CNKG_LAB_I), E = CNKG_LAB_TAG(k, CNKG_LAB_E);
            for (int a = CNKG_LAB_TAG(k, CNKG_LAB_B); a <= I; a++) {
                const float *row = t->trans + a * T;
                float top = CNKG_LAB_FORBIDDEN * 4;
                float s = row[I] + e[I] + next[I];
                if (s > top)
                    top = s;
                s = row[E] + e[E] + next[E];
                if (s > top)
                    top = s;
                cur[a] = top;
            }
        }
    }
}

/* The best score through any tag but skip at one position, four lanes at
 * a time: a maximum is the same in any order. */
static float best_other(const float *al, const float *be, int T, int skip)
{
    lanes4 top = (lanes4){0} + CNKG_LAB_FORBIDDEN;
    int b = 0;
    for (; b + 4 <= T; b += 4) {
        lanes4 x, y;
        memcpy(&x, al + b, sizeof x);
        memcpy(&y, be + b, sizeof y);
        lanes4 sum = x + y;
        mask4 lane = (mask4){b, b + 1, b + 2, b + 3};
        mask4 better = (sum > top) & (lane != skip);
        top = pick(better, sum, top);
    }
    float other = CNKG_LAB_FORBIDDEN;
    for (int k = 0; k < 4; k++)
        other = top[k] > other ? top[k] : other;
    for (; b < T; b++)
        if (b != skip && al[b] + be[b] > other)
            other = al[b] + be[b];
    return other;
}

float cnkg_lab_margin_at(int n_tags, size_t n, const void *scratch, const int *path, size_t i)
{
    const float *alpha = scratch, *beta = alpha + n * (size_t)n_tags;
    const float *al = alpha + i * (size_t)n_tags, *be = beta + i * (size_t)n_tags;
    float mine = al[path[i]] + be[path[i]];
    return mine - best_other(al, be, n_tags, path[i]);
}

/* The decoder's own tables when the model made none (the trainer). */
typedef struct tables {
    blocks own_blocks;
    cnkg_lab_neighbours own_before, own_after;
    const blocks *bl;
    const cnkg_lab_neighbours *before, *after;
} tables;

static void tables_init(const cnkg_lab_trans *t, int need_after, tables *tb)
{
    int T = t->n_tags;
    tb->bl = t->blocks;
    if (!tb->bl && cnkg_lab_blocks_init(t, &tb->own_blocks) == 0)
        tb->bl = &tb->own_blocks;
    tb->before = t->before;
    tb->after = t->after;
    if (!tb->before)
        cnkg_lab_neighbours_init(T, 1, &tb->own_before), tb->before = &tb->own_before;
    if (!tb->bl && !tb->after && need_after)
        cnkg_lab_neighbours_init(T, 0, &tb->own_after), tb->after = &tb->own_after;
}

void cnkg_lab_viterbi(const cnkg_lab_trans *t, const float *emit, size_t n, void *scratch,
                      int *path, float *margin)
{
    if (n == 0)
        return;
    int T = t->n_tags;
    float *alpha = scratch;
    tables tb;
    tables_init(t, 0, &tb);
    if (tb.bl)
        forward_blocks(t, tb.bl, emit, n, alpha);
    else
        forward(t, tb.before, emit, n, alpha);
    const float *last = alpha + (n - 1) * T;
    int best = 0;
    for (int b = 1; b < T; b++)
        if (last[b] + t->end[b] > last[best] + t->end[best])
            best = b;
    path[n - 1] = best;
    for (size_t i = n - 1; i > 0; i--)
        path[i - 1] = tb.bl ? best_before_blocks(t, tb.bl, tb.before, alpha + (i - 1) * T, path[i])
                            : best_before(t, tb.before, alpha + (i - 1) * T, path[i]);
    if (margin)
        cnkg_lab_margins(t, emit, n, scratch, path, 0, margin);
}

/* The backward pass runs from the end down to from only: beta at i needs
 * beta at i + 1 alone, so the values it computes are those of a whole
 * pass, and a sentence whose spans start late skips most of it. */
void cnkg_lab_backward(const cnkg_lab_trans *t, const float *emit, size_t n, void *scratch,
                       size_t from)
{
    if (from >= n)
        return;
    int T = t->n_tags;
    float *alpha = scratch;
    float *beta = alpha + n * T;
    tables tb;
    tables_init(t, 1, &tb);
    if (tb.bl)
        backward_blocks(t, tb.bl, emit, n, from, beta);
    else
        backward(t, tb.after, emit, n, from, beta);
}

void cnkg_lab_margins(const cnkg_lab_trans *t, const float *emit, size_t n, void *scratch,
                      const int *path, size_t from, float *margin)
{
    cnkg_lab_backward(t, emit, n, scratch, from);
    for (size_t i = from; i < n; i++)
        margin[i] = cnkg_lab_margin_at(t->n_tags, n, scratch, path, i);
}
