/* learn_text.h - what the pair model and the entity filter read off the
 * text alike (learn/ only, not installed): one definition each, so that
 * the two models' features cannot drift apart by accident. */
#ifndef CNKG_LEARN_TEXT_H
#define CNKG_LEARN_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* h (a cnkg_hash64_add state) followed by cps[0, n) as UTF-8: the hash of
 * the feature string with those characters appended, none built. */
uint64_t learn_text_hash_cps(uint64_t h, const uint32_t *cps, size_t n);

/* Does cp join the names of a list: 、 和 及 与 或 /? The pair model counts
 * 以 too (以及 is 以 + 及): see pairs.c. */
int learn_text_is_enumeration(uint32_t cp);

#endif
