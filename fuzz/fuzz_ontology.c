/* fuzz_ontology.c - Turtle ontology loading: the input is a .ttl of a
 * directory that holds the shipped cnkg.ttl beside it (which declares the
 * contract's names: without them no input loads), loaded as an ontology;
 * when it loads, an extractor is built on it and run over a fixed
 * sentence, which walks the gazetteer and cue lists the input defined. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char sentence[] =
    "重庆市璧山区的示例科技有限公司位于璧山高新区，主营新能源汽车零部件。";

static void link_schema(void)
{
    static int done;
    if (done)
        return;
    char path[512];
    snprintf(path, sizeof path, "%s/cnkg.ttl", fuzz_dir());
    if (symlink(CNKG_FUZZ_ONTOLOGY "/cnkg.ttl", path) != 0 && errno != EEXIST)
        abort();
    done = 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    link_schema();
    fuzz_write_file("fuzz.ttl", data, size);
    cnkg_ontology *onto;
    cnkg_error err;
    if (cnkg_ontology_load(&onto, fuzz_dir(), &err) != 0)
        return 0;
    cnkg_extractor *x;
    if (cnkg_extractor_new(&x, onto, NULL, &err) == 0) {
        cnkg_extractor_page(x, sentence, strlen(sentence), "fuzz.txt", fuzz_touch_article, NULL);
        cnkg_extractor_free(x);
    }
    cnkg_ontology_free(onto);
    return 0;
}
