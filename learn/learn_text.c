/* learn_text.c - features read off the text, shared by learn/pairs.c and
 * learn/entities.c (learn_text.h). */
#include "learn_text.h"

#include "cnkg_common.h"

uint64_t learn_text_hash_cps(uint64_t h, const uint32_t *cps, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char utf8[4];
        h = cnkg_hash64_add(h, utf8, cnkg_utf8_encode(cps[i], utf8));
    }
    return h;
}

int learn_text_is_enumeration(uint32_t cp)
{
    return cp == 0x3001 || cp == 0x548C || cp == 0x53CA || cp == 0x4E0E || cp == 0x6216 ||
           cp == '/';
}
