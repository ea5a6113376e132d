/* fuzz_util.h - what the harnesses share: one extractor built from the
 * shipped ontology (and model, when present) for the whole run, and a
 * private temporary directory for inputs that must be files. */
#ifndef CNKG_FUZZ_UTIL_H
#define CNKG_FUZZ_UTIL_H

#include <stddef.h>

#include "cnkg_extractor.h"

cnkg_extractor *fuzz_extractor(void);
/* Writes data to name inside the harness's temporary directory and returns
 * the full path (valid until the next call). */
const char *fuzz_write_file(const char *name, const void *data, size_t size);
/* The harness's temporary directory. */
const char *fuzz_dir(void);
/* An article callback that reads every field, so ASan sees them. */
int fuzz_touch_article(const cnkg_article *a, void *ctx);
/* A page reader over the extractor's ontology, one per limit (two at
 * most), and its callbacks: articles touched and freed, refusals passed. */
cnkg_page_reader *fuzz_page_reader(size_t max_text);
int fuzz_touch_page_article(cnkg_article *a, void *ctx);
int fuzz_ignore_refusal(const cnkg_error *why, void *ctx);

#endif
