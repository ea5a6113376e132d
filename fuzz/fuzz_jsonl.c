/* fuzz_jsonl.c - JSON lines: the whole file through the input library
 * (line reading, byte order mark, the JSON parser, field checks, skipping
 * bad lines as --keep-going does), each record through the extractor. */
#include <stdint.h>
#include <string.h>

#include "cnkg_input.h"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *path = (char *)fuzz_write_file("records.jsonl", data, size);
    cnkg_input_options opts = {.format = CNKG_INPUT_JSONL, .max_text = 4096};
    cnkg_input *in;
    cnkg_error err;
    if (cnkg_input_open_with(&in, &path, 1, &opts, &err) != 0)
        return 0;
    cnkg_document doc;
    int rc;
    while ((rc = cnkg_input_next(in, &doc, &err)) != 0) {
        if (rc < 0)
            continue;
        if (strlen(doc.text) != doc.length)
            __builtin_trap();
        cnkg_article *a =
            cnkg_extractor_article(fuzz_extractor(), doc.text, doc.length, doc.source);
        fuzz_touch_article(a, NULL);
        cnkg_article_free(a);
    }
    cnkg_input_close(in);
    return 0;
}
