/* cues.c - ordering of word lists. The extractor tries cues in list order
 * and takes the first that matches, so the longest must come first:
 * 股份有限公司 before 有限公司 before 公司. */
#include "onto_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct sized {
    const char *s;
    size_t cps;
} sized;

static int compare_sized(const void *a, const void *b)
{
    const sized *x = a, *y = b;
    if (x->cps != y->cps)
        return x->cps > y->cps ? -1 : 1;
    return strcmp(x->s, y->s);
}

void onto_list_sort(onto_list *l)
{
    if (l->n == 0)
        return;
    sized *v = cnkg_xmalloc(l->n * sizeof *v);
    for (size_t i = 0; i < l->n; i++)
        v[i] = (sized){l->v[i], cnkg_utf8_length(l->v[i])};
    qsort(v, l->n, sizeof *v, compare_sized);
    size_t n = 0;
    for (size_t i = 0; i < l->n; i++)
        if (v[i].s[0] && (n == 0 || strcmp(l->v[n - 1], v[i].s) != 0))
            l->v[n++] = v[i].s;
    l->n = n;
    free(v);
}
