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
#include "cnkg_learn.h"

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

/* A pair model (learn/): after the rules, it adds the facts it scores
 * above its threshold between two entities of a sentence. NULL (the
 * default): the rules' facts alone. It stays the caller's and must
 * outlive the extractor. */
void cnkg_extractor_set_pairs(cnkg_extractor *x, const cnkg_pairs *pairs);

/* An entity model (learn/): last, it drops the entities it scores below
 * their class's threshold, with their mentions and facts. NULL (the
 * default): every entity found is kept. It stays the caller's and must
 * outlive the extractor. */
void cnkg_extractor_set_entities(cnkg_extractor *x, const cnkg_entities *entities);

/* Called with each finished article; the article is freed after the call
 * returns. A non-zero return stops the extraction and is passed back. */
typedef int (*cnkg_article_fn)(const cnkg_article *a, void *ctx);

/* A page: may hold several articles, with page-export line breaks. */
int cnkg_extractor_page(cnkg_extractor *x, const char *text, size_t len, const char *source,
                        cnkg_article_fn fn, void *ctx);

/* Runs the extraction on an article that holds text and page data only,
 * as a cnkg_page_reader gives it. */
void cnkg_extractor_fill(cnkg_extractor *x, cnkg_article *a);

/* A page too large to read whole (a file of many concatenated pages),
 * read in pieces: each piece is split with the rest of the article the
 * previous one ended in, so that the page gives the articles it would give
 * whole, while memory holds one piece and one article. The reader has its
 * own lexicons, apart from any extractor, so one thread can split while
 * others extract. */
typedef struct cnkg_page_reader cnkg_page_reader;

/* Called with each article of the page, which the callee then owns (and
 * frees with cnkg_article_free). */
typedef int (*cnkg_page_article_fn)(cnkg_article *a, void *ctx);
/* Called with an article over the limit, refused: a non-zero return stops
 * the feed and is passed back. */
typedef int (*cnkg_refused_fn)(const cnkg_error *why, void *ctx);

/* max_text: the most bytes of text an article may hold. */
int cnkg_page_reader_new(cnkg_page_reader **out, const cnkg_ontology *onto, size_t max_text,
                         cnkg_error *err);
/* The next piece of the page named source (the first piece after a last
 * one, or a reset, starts a page). Every article the piece settles goes to
 * fn, in page order, with its text and page data but nothing extracted
 * (cnkg_extractor_fill does it; fn owns it); an article of more than max_text bytes
 * of text goes to refused instead, naming the line it starts on, and the
 * page is read on after it. last: the piece ends the page. */
int cnkg_page_reader_feed(cnkg_page_reader *r, const char *source, const char *text, size_t len,
                          int last, cnkg_page_article_fn fn, cnkg_refused_fn refused, void *ctx);
/* Forgets the page being read (its input failed). */
void cnkg_page_reader_reset(cnkg_page_reader *r);
void cnkg_page_reader_free(cnkg_page_reader *r);

/* One article whose text is taken as is (a JSON lines record): no page
 * splitting and no line rejoining, so NIF offsets index the given text.
 * Returns a new article for the caller to free. */
cnkg_article *cnkg_extractor_article(cnkg_extractor *x, const char *text, size_t len,
                                     const char *source);

#endif
