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
        (cand){begin, end, cls, term, NULL, source, strength, 0, (size_t)-1, end, NULL};
}

void cand_list_free(cand_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->items[i].label);
    free(l->items);
    l->items = NULL;
    l->n = l->cap = 0;
}
