/*
 * cnkg_extractor.h - from text to the model: a page is split into
 * articles (headline, byline, body, source line), broken lines are
 * rejoined, sentences found, and in each article the entities of the
 * contract, their mentions and the relations between them.
 *
 * Entities come from three sources reconciled by one policy (see
 * extractor/README in the top-level README): the ontology's gazetteer,
 * name rules (suffixes, prefixes, triggers from the ontology's word lists)
 * and the statistical labeller. Relations come from cue-word patterns over
 * the mentions of a sentence.
 */
#ifndef CNKG_EXTRACTOR_H
#define CNKG_EXTRACTOR_H

#include <stddef.h>
#include <stdio.h>

#include "cnkg_common.h"
#include "cnkg_graph.h"
#include "cnkg_ontology.h"
#include "cnkg_labeller.h"

typedef struct cnkg_extractor cnkg_extractor;

/* labeller may be NULL: extraction then relies on the gazetteer and rules
 * alone. Both stay the caller's and must outlive the extractor. */
int cnkg_extractor_new(cnkg_extractor **out, const cnkg_ontology *onto,
                       const cnkg_labeller *labeller, cnkg_error *err);
void cnkg_extractor_free(cnkg_extractor *x);

/* Writes, for every article, each name candidate with its source and
 * whether it was kept, to trace (NULL stops it): what `cnkg extract
 * --explain` shows. */
void cnkg_extractor_set_trace(cnkg_extractor *x, FILE *trace);

/* Called with each finished article; the article is freed after the call
 * returns. A non-zero return stops the extraction and is passed back. */
typedef int (*cnkg_article_fn)(const cnkg_article *a, void *ctx);

/* A page: may hold several articles, with page-export line breaks. */
int cnkg_extractor_page(cnkg_extractor *x, const char *text, size_t len, const char *source,
                        cnkg_article_fn fn, void *ctx);

/* One article whose text is taken as is (a JSON lines record): no page
 * splitting and no line rejoining, so NIF offsets index the given text.
 * Returns a new article for the caller to free. */
cnkg_article *cnkg_extractor_article(cnkg_extractor *x, const char *text, size_t len,
                                     const char *source);

#endif
