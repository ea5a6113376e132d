/* keyset.c - open addressing with linear probing; the all-zero key marks an
 * empty slot, so a real key that hashes to zero is nudged to one. */
#include "cnkg_common.h"

#include <stdlib.h>
#include <string.h>

cnkg_key cnkg_key_of(const void *data, size_t len)
{
    cnkg_key k = {cnkg_hash64(data, len, 0), cnkg_hash64(data, len, 0x9e3779b97f4a7c15ULL)};
    if (k.hi == 0 && k.lo == 0)
        k.lo = 1;
    return k;
}

static int key_empty(cnkg_key k)
{
    return k.hi == 0 && k.lo == 0;
}

static size_t probe(const cnkg_keyset *s, cnkg_key key)
{
    size_t mask = s->cap - 1, i = (size_t)key.lo & mask;
    while (!key_empty(s->keys[i]) && (s->keys[i].hi != key.hi || s->keys[i].lo != key.lo))
        i = (i + 1) & mask;
    return i;
}

static void grow(cnkg_keyset *s)
{
    cnkg_keyset bigger = {0};
    bigger.cap = s->cap ? s->cap * 2 : 64;
    bigger.keys = cnkg_xcalloc(bigger.cap, sizeof *bigger.keys);
    bigger.values = cnkg_xmalloc(bigger.cap * sizeof *bigger.values);
    for (size_t i = 0; i < s->cap; i++) {
        if (key_empty(s->keys[i]))
            continue;
        size_t j = probe(&bigger, s->keys[i]);
        bigger.keys[j] = s->keys[i];
        bigger.values[j] = s->values[i];
    }
    bigger.len = s->len;
    cnkg_keyset_free(s);
    *s = bigger;
}

size_t *cnkg_keyset_insert(cnkg_keyset *s, cnkg_key key, size_t value, int *added)
{
    if (key_empty(key))
        key.lo = 1;
    /* Keep the load under one half so probes stay short. */
    if ((s->len + 1) * 2 > s->cap)
        grow(s);
    size_t i = probe(s, key);
    *added = key_empty(s->keys[i]);
    if (*added) {
        s->keys[i] = key;
        s->values[i] = value;
        s->len++;
    }
    return &s->values[i];
}

const size_t *cnkg_keyset_find(const cnkg_keyset *s, cnkg_key key)
{
    if (!s->cap)
        return NULL;
    if (key_empty(key))
        key.lo = 1;
    size_t i = probe(s, key);
    return key_empty(s->keys[i]) ? NULL : &s->values[i];
}

/* Zeroing the table costs its size, not its contents: a set that once
 * held a long article's triples and is cleared after every article would
 * zero that room each time. So a table four times larger than its last
 * contents needed (the next are likely alike) is swapped for one that size. */
void cnkg_keyset_clear(cnkg_keyset *s)
{
    size_t want = 64;
    while (want < 4 * s->len)
        want *= 2;
    if (s->cap > 4 * want) {
        free(s->keys);
        free(s->values);
        s->cap = want;
        s->keys = cnkg_xcalloc(want, sizeof *s->keys);
        s->values = cnkg_xmalloc(want * sizeof *s->values);
    } else if (s->cap) {
        memset(s->keys, 0, s->cap * sizeof *s->keys);
    }
    s->len = 0;
}

void cnkg_keyset_free(cnkg_keyset *s)
{
    free(s->keys);
    free(s->values);
    memset(s, 0, sizeof *s);
}
