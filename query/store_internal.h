/*
 * store_internal.h - what the store's files share: the store itself, and
 * the Virtuoso server it starts, loads and queries (virtuoso.h), reached
 * through a loopback HTTP client (http.h).
 */
#ifndef CNKG_STORE_INTERNAL_H
#define CNKG_STORE_INTERNAL_H

#include "cnkg_query.h"
#include "http.h"
#include "query_internal.h"
#include "virtuoso.h"

#include <sys/types.h>

/* --- the store (store.c, store_load.c) ------------------------------------ */

#define CNKG_STORE_VIRTUOSO_MARK "holds-the-store"
/* Virtuoso: every triple of every graph, once: the default graph that
 * queries see, so that a triple stated by many articles is one triple
 * (SPARQL's default graph is a set; Virtuoso's union of graphs is not). */
#define CNKG_STORE_UNION_GRAPH "urn:cnkg:union-graph"
#define CNKG_STORE_CREATED_DIR 1      /* the directory itself */
#define CNKG_STORE_CREATED_CONTENTS 2 /* the store's files, in an empty directory */

struct cnkg_store {
    char *dir;  /* NULL for a server of the user's */
    char *vdir; /* dir/virtuoso */
    char *remote;
    cnkg_virtuoso virt;
    int virt_open;
    size_t memory_limit;
    int idle_s;
    int created; /* what opening made: CNKG_STORE_CREATED_... or 0 */
    char engine[512];
};

/* The *.nq files in folder, sorted by name, so that answers and loads do
 * not depend on the order of the directory; the caller frees each and
 * the array. */
size_t cnkg_store_nq_files_in(const char *folder, char ***out);
/* The same for DIR/graphs, the N-Quads files of a store in memory. */
size_t cnkg_store_graph_files(const char *dir, char ***out);
/* The store lives in Virtuoso (it outgrew memory, or is a server). */
int cnkg_store_uses_virtuoso(const cnkg_store *s);
/* Opens (starting it when needed) the store's Virtuoso. */
int cnkg_store_open_virtuoso(cnkg_store *s, cnkg_error *err);
/* Streams the inputs into the store's Virtuoso, after the graphs it held
 * in memory when from_memory (store_stream.c); *quads says how many. */
int cnkg_store_stream(cnkg_store *s, char *const *paths, size_t n_paths, int from_memory,
                      size_t *quads, cnkg_error *err);

/* The store's copy for Jena ARQ (store_jena.c). jena_begin: where a load
 * leaves its chunks once Virtuoso has them (NULL: the store keeps no copy:
 * a server of the user's, CNKG_STORE_JENA=0, or no Jena here); the copy is
 * no longer current until jena_end has queued the load's batch. seq
 * numbers what the load leaves there in the order it goes to Virtuoso:
 * jena_drop notes the graphs a chunk replaces, before Virtuoso clears
 * them; jena_chunk_path is where the chunk waits once loaded. jena_flush
 * applies the queue to TDB2 (jena_query does, first). */
char *cnkg_store_jena_begin(cnkg_store *s, unsigned long *seq);
char *cnkg_store_jena_chunk_path(const char *pending, unsigned long seq, const char *chunk);
int cnkg_store_jena_drop(const char *pending, unsigned long seq, char *const *names, size_t n,
                         cnkg_error *err);
int cnkg_store_jena_end(cnkg_store *s, cnkg_error *err);
int cnkg_store_jena_flush(cnkg_store *s, cnkg_error *err);
int cnkg_store_jena_current(const cnkg_store *s);
/* Removes the copy (after a failed load). */
void cnkg_store_jena_forget(cnkg_store *s);
int cnkg_store_jena_query(cnkg_store *s, const char *sparql, cnkg_results_format format, FILE *out,
                          cnkg_error *err);

#endif
