/*
 * rdf_sink.h - the byte stream between raptor's serializers and the
 * caller's FILE, private to the output library.
 *
 * raptor 2.0.15's Turtle writer writes a literal holding a carriage return
 * but no newline as a short string with the raw CR in it, which no parser
 * accepts. In raptor's Turtle every C0 control byte except tab and newline
 * can only come from inside a literal (IRIs are escaped), so the sink
 * writes them as \r or \uXXXX escapes, valid in short and long strings.
 * (N-Triples and N-Quads do not come through raptor: rdf_ntriples.c.)
 */
#ifndef CNKG_RDF_SINK_H
#define CNKG_RDF_SINK_H

#include <raptor2.h>
#include <stdio.h>

typedef enum rdf_sink_mode {
    RDF_SINK_RAW,
    RDF_SINK_TURTLE,
} rdf_sink_mode;

typedef struct rdf_sink {
    FILE *fp;
    rdf_sink_mode mode;
} rdf_sink;

/* A raptor iostream writing through sink, which must outlive it. */
raptor_iostream *rdf_sink_iostream(raptor_world *world, rdf_sink *sink);

#endif
