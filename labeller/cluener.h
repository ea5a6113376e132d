/*
 * cluener.h - reads one line of CLUENER2020 JSON:
 *   {"text": "...", "label": {type: {surface: [[begin, end_inclusive], ...]}}}
 * with common's JSON reader (cnkg_json.h); other members are ignored.
 * Offsets are code points.
 */
#ifndef CNKG_CLUENER_H
#define CNKG_CLUENER_H

#include <stddef.h>
#include <stdint.h>

#include "cnkg_common.h"

typedef struct cnkg_cluener_span {
    char type[16];
    size_t begin, end; /* code points, end exclusive */
} cnkg_cluener_span;

typedef struct cnkg_cluener_line {
    char *text; /* UTF-8 */
    uint32_t *cps;
    size_t n;
    cnkg_cluener_span *spans;
    size_t n_spans, cap;
} cnkg_cluener_line;

/* Parses json[0, len) into out, which starts zeroed and may be reused
 * from line to line. Spans outside the text are an error. */
int cnkg_cluener_parse(const char *json, size_t len, cnkg_cluener_line *out, cnkg_error *err);
void cnkg_cluener_line_free(cnkg_cluener_line *line);

/* Calls fn with each non-empty line of the CLUENER file at path, parsed;
 * the line is valid until fn returns. A line that does not parse stops the
 * reading: the error names path and line number. */
typedef void (*cnkg_cluener_fn)(const cnkg_cluener_line *line, void *ctx);
int cnkg_cluener_each(const char *path, cnkg_cluener_fn fn, void *ctx, cnkg_error *err);

#endif
