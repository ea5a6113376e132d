/* candidates.c - the proposals every recogniser makes before resolve.c
 * chooses among them. */
#include "internal.h"

#include <stdlib.h>

void cand_add(cand_list *l, size_t begin, size_t end, cnkg_class cls, const cnkg_term *term,
              int source, int strength)
{
    if (end <= begin)
        return;
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 64;
        l->items = cnkg_xrealloc(l->items, l->cap * sizeof *l->items);
    }
    l->items[l->n++] =
        (cand){begin, end, cls, term, NULL, source, strength, 0, (size_t)-1, end, NULL, 0};
}

void cand_list_free(cand_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->items[i].label);
    free(l->items);
    l->items = NULL;
    l->n = l->cap = 0;
}

void cand_index_init(cand_index *x, const cand_list *cands)
{
    *x = (cand_index){.n_at = 1, .cap_next = cands->n + 1};
    for (size_t i = 0; i < cands->n; i++) {
        const cand *c = &cands->items[i];
        if (c->begin >= x->n_at)
            x->n_at = c->begin + 1;
        if (c->end > c->begin && c->end - c->begin > x->longest)
            x->longest = c->end - c->begin;
    }
    x->at = cnkg_xmalloc(x->n_at * sizeof *x->at);
    for (size_t p = 0; p < x->n_at; p++)
        x->at[p] = NO_CAND;
    x->next = cnkg_xmalloc(x->cap_next * sizeof *x->next);
}

/* Files candidate i; one added to the list since init is filed too. */
void cand_index_file(cand_index *x, const cand_list *cands, size_t i)
{
    const cand *c = &cands->items[i];
    if (c->begin >= x->n_at) {
        size_t n = c->begin + 1;
        x->at = cnkg_xrealloc(x->at, n * sizeof *x->at);
        for (size_t p = x->n_at; p < n; p++)
            x->at[p] = NO_CAND;
        x->n_at = n;
    }
    if (i >= x->cap_next) {
        x->cap_next = 2 * i + 1;
        x->next = cnkg_xrealloc(x->next, x->cap_next * sizeof *x->next);
    }
    if (c->end > c->begin && c->end - c->begin > x->longest)
        x->longest = c->end - c->begin;
    x->next[i] = x->at[c->begin];
    x->at[c->begin] = i;
}

/* An index of the whole list, for a pass that adds no candidate and moves
 * none. */
void cand_index_file_all(cand_index *x, const cand_list *cands)
{
    cand_index_init(x, cands);
    for (size_t i = 0; i < cands->n; i++)
        cand_index_file(x, cands, i);
}

void cand_index_free(cand_index *x)
{
    free(x->at);
    free(x->next);
    free(x->near);
}

int index_ascending(const void *pa, const void *pb)
{
    size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
    return a < b ? -1 : a > b;
}

static int by_position_then_index(const void *pa, const void *pb)
{
    const position_key *x = pa, *y = pb;
    if (x->pos != y->pos)
        return x->pos < y->pos ? -1 : 1;
    return index_ascending(&x->i, &y->i);
}

void position_keys_sort(position_key *keys, size_t n)
{
    if (n > 1)
        qsort(keys, n, sizeof *keys, by_position_then_index);
}

/* The filed candidates that begin in [from, to], in the list's order, in
 * x->near: the order a scan of the list meets them. */
void cand_index_near(cand_index *x, size_t from, size_t to)
{
    x->n_near = 0;
    for (size_t p = from; p <= to && p < x->n_at; p++)
        for (size_t i = x->at[p]; i != NO_CAND; i = x->next[i]) {
            if (x->n_near == x->cap_near) {
                x->cap_near = x->cap_near ? x->cap_near * 2 : 16;
                x->near = cnkg_xrealloc(x->near, x->cap_near * sizeof *x->near);
            }
            x->near[x->n_near++] = i;
        }
    if (x->n_near > 1)
        qsort(x->near, x->n_near, sizeof *x->near, index_ascending);
}
