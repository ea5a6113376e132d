/*
 * parallel.h - `cnkg extract --jobs N`: documents extracted by N worker
 * threads, articles handed back in input order.
 *
 * The calling thread reads the input and queues copies of its documents,
 * a page at a time or JSON lines records in batches (at most a few jobs
 * per worker, so memory stays bounded by the document size limit); each
 * worker has its own extractor over the shared, read-only ontology and
 * labeller. A job's articles go to on_article only when every earlier
 * job's have, one call at a time, so a writer fed from on_article writes
 * exactly what a single thread would: the output of --jobs N is
 * byte-identical to --jobs 1. Work on an article that need not wait for
 * its turn (formatting it as N-Triples) goes in prepare, which runs in
 * every worker at once.
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
    const cnkg_pairs *pairs;       /* NULL: the rules' facts alone */
    const cnkg_entities *entities; /* NULL: every entity found is kept */
    /* Splits the page files that come in pieces, in the calling thread:
     * each article goes to the workers as a job of its own. Its refusals
     * (articles over the limit) are bad inputs, as below. */
    cnkg_page_reader *reader;
    int keep_going; /* a bad input goes to on_skip, not an error */
    /* In input order, never two at once, from a worker thread; state is
     * that worker's (see state_new), slot the article's place in its job
     * (see prepare). A non-zero return stops the run: parallel_extract
     * then returns -1 and the caller's ctx says why. */
    int (*on_article)(const cnkg_article *a, void *state, size_t slot, void *ctx);
    /* Optional. Each worker's own state, made before it starts and freed
     * after it ends; NULL state when state_new is NULL. */
    void *(*state_new)(void *ctx);
    void (*state_free)(void *state);
    /* Optional. In the worker, before the article's turn, while other
     * workers do the same; a non-zero return stops the run. A batch is
     * prepared whole before its turn: slot 0, 1, ... tells its articles
     * apart, and on_article gets the same slot for the same article. */
    int (*prepare)(const cnkg_article *a, void *state, size_t slot, void *ctx);
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
