/*
 * keyset.h - a set of 128-bit hash keys mapping to an index, private to the
 * output library. The RDF writer keeps triple hashes in it to drop
 * duplicates; the diagram maps entity IRIs and edges to their slots.
 *
 * Keys are two independent 64-bit FNV-1a hashes, so two different inputs
 * collide with negligible probability and no input needs to be kept.
 */
#ifndef CNKG_KEYSET_H
#define CNKG_KEYSET_H

#include <stddef.h>
#include <stdint.h>

typedef struct cnkg_key {
    uint64_t hi, lo;
} cnkg_key;

typedef struct cnkg_keyset {
    cnkg_key *keys;
    size_t *values;
    size_t len, cap; /* cap is zero or a power of two */
} cnkg_keyset;

cnkg_key cnkg_key_of(const void *data, size_t len);

/* Looks key up, adding it with value when absent. Returns a pointer to the
 * stored value; *added tells whether it was new. The pointer is valid until
 * the next insertion. */
size_t *cnkg_keyset_insert(cnkg_keyset *s, cnkg_key key, size_t value, int *added);
/* Empties the set but keeps its memory for reuse. */
void cnkg_keyset_clear(cnkg_keyset *s);
void cnkg_keyset_free(cnkg_keyset *s);

#endif
