/*
 * cnkg_query.h - SPARQL over RDF files, answered offline by rasqal in
 * memory, and over stores (a directory, or a Virtuoso server).
 */
#ifndef CNKG_QUERY_H
#define CNKG_QUERY_H

#include <stdio.h>

#include "cnkg_common.h"

typedef enum cnkg_results_format {
    CNKG_RESULTS_TABLE, /* aligned columns for a terminal */
    CNKG_RESULTS_CSV,   /* W3C SPARQL 1.1 Query Results CSV */
    CNKG_RESULTS_TSV,   /* W3C SPARQL 1.1 Query Results TSV */
    CNKG_RESULTS_JSON,  /* W3C SPARQL 1.1 Query Results JSON */
} cnkg_results_format;

int cnkg_results_format_from_name(const char *name, cnkg_results_format *out);

typedef struct cnkg_query_engine cnkg_query_engine;

int cnkg_query_engine_new(cnkg_query_engine **out, cnkg_error *err);
void cnkg_query_engine_free(cnkg_query_engine *q);
/* Parses an RDF file into the engine's model; the syntax follows the
 * extension (.ttl .nt .nq .rdf), Turtle otherwise. */
int cnkg_query_engine_load(cnkg_query_engine *q, const char *path, cnkg_error *err);
/* How many distinct triples the loaded files hold. */
size_t cnkg_query_engine_triples(const cnkg_query_engine *q);
/* Runs a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) and writes its
 * results to out. */
/* (query component notes) The well-known prefixes (kg: id: rdf: rdfs: xsd:
 * owl: skos: schema: dcterms: prov: nif: itsrdf:) are declared for a query
 * that uses them without declaring them. CONSTRUCT and DESCRIBE print
 * Turtle whatever the format; DESCRIBE gives each resource's Concise
 * Bounded Description. Error messages read "FILE:LINE: ..." for data and
 * "query:LINE: ..." for the query text. */
int cnkg_query_engine_run(cnkg_query_engine *q, const char *sparql, cnkg_results_format format,
                          FILE *out, cnkg_error *err);

/* Which engine answered the last query, and why, for --verbose. */
const char *cnkg_query_engine_answered_by(const cnkg_query_engine *q);

/* --- stores ---------------------------------------------------------------
 * A store keeps graphs between calls: a directory (made by the first load),
 * answered in memory by rasqal while it is small and by a private Virtuoso
 * started in the directory once it holds more than CNKG_STORE_MEMORY_LIMIT
 * triples (20,000 unless the environment says otherwise), or
 * "virtuoso://HOST:PORT[?sql=PORT]", a running Virtuoso (PORT its HTTP
 * port; loading also needs its SQL port, 1111 by default). Each named graph
 * is loaded whole: loading it again replaces it. */
typedef struct cnkg_store cnkg_store;

/* With create, a missing directory is made a store (cnkg load); without,
 * a directory that is not a store is an error: "no store at DIR; create it
 * with cnkg load". */
int cnkg_store_open(cnkg_store **out, const char *spec, int create, cnkg_error *err);
/* Removes what cnkg_store_open created, when it created the store: a
 * failed first load leaves nothing behind. */
void cnkg_store_discard(cnkg_store *s);
void cnkg_store_free(cnkg_store *s);
int cnkg_store_load(cnkg_store *s, char *const *paths, size_t n_paths, cnkg_error *err);
int cnkg_store_query(cnkg_store *s, const char *sparql, cnkg_results_format format, FILE *out,
                     cnkg_error *err);
/* Which engine answered or loaded last, for --verbose. */
const char *cnkg_store_engine(const cnkg_store *s);
/* Stops the private Virtuoso of a store directory, if it runs. */
int cnkg_store_stop(cnkg_store *s, cnkg_error *err);
int cnkg_store_running(const cnkg_store *s);

#endif
