/* fuzz_extractor.c - the extractor on arbitrary UTF-8, both as a page
 * (splitting, rejoining) and as one article taken as is. Invalid bytes and
 * NUL are mapped to U+FFFD first: the extractor's contract is UTF-8 C
 * strings, which the input library guarantees. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t n;
    uint32_t *cps = cnkg_utf8_to_cps((const char *)data, size, &n);
    for (size_t i = 0; i < n; i++)
        if (cps[i] == 0 || (cps[i] >= 0xD800 && cps[i] < 0xE000))
            cps[i] = 0xFFFD;
    char *text = cnkg_cps_to_utf8(cps, 0, n);
    free(cps);
    size_t len = strlen(text);

    cnkg_extractor *x = fuzz_extractor();
    cnkg_extractor_page(x, text, len, "fuzz.txt", fuzz_touch_article, NULL);
    cnkg_article *a = cnkg_extractor_article(x, text, len, "fuzz.jsonl");
    fuzz_touch_article(a, NULL);
    cnkg_article_free(a);
    free(text);
    return 0;
}
