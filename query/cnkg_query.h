/*
 * cnkg_query.h - SPARQL over RDF files, answered offline by librdf/rasqal
 * over an in-memory model.
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

#endif
