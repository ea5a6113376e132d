/*
 * parallel.h - `cnkg extract --jobs N`: documents extracted by N worker
 * threads, articles handed back in input order.
 *
 * The calling thread reads the input and queues copies of its documents
 * (at most a few per worker, so memory stays bounded by the document size
 * limit); each worker has its own extractor over the shared, read-only
 * ontology and labeller. A document's articles go to on_article only when
 * every earlier document's have, one call at a time, so a writer fed from
 * on_article writes exactly what a single thread would: the output of
 * --jobs N is byte-identical to --jobs 1.
 */
#ifndef CNKG_PARALLEL_H
#define CNKG_PARALLEL_H

#include <stddef.h>

#include "cnkg_extractor.h"
#include "cnkg_input.h"

typedef struct parallel_opts {
    unsigned jobs; /* worker threads; 0: one per online core */
    const cnkg_ontology *onto;
    const cnkg_labeller *labeller; /* NULL: rules and gazetteers only */
    int keep_going;                /* a bad input goes to on_skip, not an error */
    /* In input order, never two at once, from a worker thread. A non-zero
     * return stops the run: parallel_extract then returns -1 and the
     * caller's ctx says why. */
    cnkg_article_fn on_article;
    /* In the calling thread: a bad input under keep_going. */
    void (*on_skip)(const cnkg_error *why, void *ctx);
    /* In the calling thread, about twice a second and once at the end
     * (final 1): documents and articles written so far. May be NULL. */
    void (*on_progress)(size_t docs, size_t articles, int final, void *ctx);
    void *ctx;
} parallel_opts;

/* The worker count jobs means on this machine (0: the online cores). */
unsigned parallel_jobs(unsigned jobs);

/* Reads every document of in and extracts it. Returns 0, or -1 with err
 * set (a bad input without keep_going, a thread that cannot start) or
 * when on_article stopped the run. */
int parallel_extract(const parallel_opts *o, cnkg_input *in, cnkg_error *err);

#endif
