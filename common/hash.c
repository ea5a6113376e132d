/* hash.c - FNV-1a, chosen because it is tiny, has no state and gives the
 * same value on every machine, which deterministic IRIs need. */
#include "cnkg_common.h"

uint64_t cnkg_hash64_end(uint64_t h)
{
    /* A final avalanche so that short inputs spread over all 64 bits. */
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

uint64_t cnkg_hash64(const void *data, size_t len, uint64_t seed)
{
    return cnkg_hash64_end(cnkg_hash64_add(cnkg_hash64_begin(seed), data, len));
}

void cnkg_hash_hex128(const void *data, size_t len, char out[33])
{
    uint64_t a = cnkg_hash64(data, len, 0);
    uint64_t b = cnkg_hash64(data, len, 0x9e3779b97f4a7c15ULL);
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < 16; i++) {
        out[i] = hex[(a >> (60 - 4 * i)) & 0xF];
        out[16 + i] = hex[(b >> (60 - 4 * i)) & 0xF];
    }
    out[32] = '\0';
}
