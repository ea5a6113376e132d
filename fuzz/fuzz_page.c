/* fuzz_page.c - a file as the input library reads it (encoding detection,
 * GBK conversion, binary refusal, HTML stripping, newline folding) and the
 * page splitter on what it kept (whole, or piece by piece for a file
 * over the small limit). The first byte picks the file name (text
 * or HTML) and the encoding option, so every path is reached. */
#include <stdint.h>
#include <string.h>

#include "cnkg_input.h"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    unsigned mode = data[0];
    const char *name = (mode & 1) ? "page.html" : "page.txt";
    char *path = (char *)fuzz_write_file(name, data + 1, size - 1);
    cnkg_input_options opts = {
        .format = CNKG_INPUT_TEXT,
        .encoding = (cnkg_input_encoding)((mode >> 1) % 4),
        /* A small limit so the refusal path runs too. */
        .max_text = (mode & 8) ? 256 : 0,
    };
    cnkg_input *in;
    cnkg_error err;
    if (cnkg_input_open_with(&in, &path, 1, &opts, &err) != 0)
        return 0;
    cnkg_document doc;
    int rc;
    cnkg_page_reader *reader =
        fuzz_page_reader(opts.max_text ? opts.max_text : CNKG_INPUT_MAX_TEXT_DEFAULT);
    while ((rc = cnkg_input_next(in, &doc, &err)) != 0) {
        if (rc < 0) {
            cnkg_page_reader_reset(reader);
            continue;
        }
        if (strlen(doc.text) != doc.length)
            __builtin_trap(); /* a NUL got through */
        if (doc.piece)        /* a page file over the limit, split as it is read */
            cnkg_page_reader_feed(reader, doc.source, doc.text, doc.length, !doc.more,
                                  fuzz_touch_page_article, fuzz_ignore_refusal, NULL);
        else
            cnkg_extractor_page(fuzz_extractor(), doc.text, doc.length, doc.source,
                                fuzz_touch_article, NULL);
    }
    cnkg_input_close(in);
    return 0;
}
