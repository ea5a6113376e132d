/* strtab.c - string interning for the loader. The lexicon repeats the same
 * predicates and class IRIs tens of thousands of times; interning makes the
 * builder's comparisons integer tests and stores each string once. */
#include "onto_internal.h"

#include <stdlib.h>
#include <string.h>

static void grow_slots(onto_strtab *t)
{
    size_t n_slots = t->n_slots ? t->n_slots * 2 : 1024;
    uint32_t *slots = cnkg_xcalloc(n_slots, sizeof *slots);
    for (size_t i = 0; i < t->n_slots; i++) {
        uint32_t v = t->slots[i];
        if (!v)
            continue;
        const char *s = t->strs[v - 1];
        size_t j = cnkg_hash64(s, strlen(s), 0) & (n_slots - 1);
        while (slots[j])
            j = (j + 1) & (n_slots - 1);
        slots[j] = v;
    }
    free(t->slots);
    t->slots = slots;
    t->n_slots = n_slots;
}

void onto_strtab_init(onto_strtab *t)
{
    memset(t, 0, sizeof *t);
    onto_strtab_intern(t, "", 0);
}

void onto_strtab_free(onto_strtab *t)
{
    for (size_t i = 0; i < t->n; i++)
        free(t->strs[i]);
    free(t->strs);
    free(t->slots);
    memset(t, 0, sizeof *t);
}

static size_t probe(const onto_strtab *t, const char *s, size_t len)
{
    size_t j = cnkg_hash64(s, len, 0) & (t->n_slots - 1);
    for (;;) {
        uint32_t v = t->slots[j];
        if (!v)
            return j;
        const char *e = t->strs[v - 1];
        if (strncmp(e, s, len) == 0 && e[len] == '\0')
            return j;
        j = (j + 1) & (t->n_slots - 1);
    }
}

onto_sym onto_strtab_intern(onto_strtab *t, const char *s, size_t len)
{
    /* Keep the load factor under one half so probes stay short. */
    if ((t->n + 1) * 2 > t->n_slots)
        grow_slots(t);
    size_t j = probe(t, s, len);
    if (t->slots[j])
        return t->slots[j] - 1;
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 1024;
        t->strs = cnkg_xrealloc(t->strs, t->cap * sizeof *t->strs);
    }
    t->strs[t->n] = cnkg_xstrndup(s, len);
    t->slots[j] = (uint32_t)++t->n;
    return (onto_sym)(t->n - 1);
}

onto_sym onto_strtab_find(const onto_strtab *t, const char *s)
{
    if (!t->n_slots)
        return 0;
    size_t j = probe(t, s, strlen(s));
    return t->slots[j] ? t->slots[j] - 1 : 0;
}
