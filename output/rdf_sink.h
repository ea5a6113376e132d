/*
 * rdf_sink.h - the byte stream between raptor's serializers and the
 * caller's FILE, private to the output library.
 *
 * raptor 2.0.15 writes two things we do not want, and both are fixed here on
 * the way out rather than by formatting RDF by hand:
 *   - Turtle: a literal holding a carriage return but no newline is written
 *     as a short string with the raw CR in it, which no parser accepts. In
 *     raptor's Turtle every C0 control byte except tab and newline can only
 *     come from inside a literal (IRIs are escaped), so the sink writes them
 *     as \r or \uXXXX escapes, which are valid in short and long strings.
 *   - N-Triples/N-Quads: every non-ASCII character is written as \uXXXX, so
 *     Chinese is unreadable and cannot be grepped. The sink turns escapes of
 *     code points from U+00A0 up back into UTF-8, which N-Triples 1.1 allows
 *     in IRIs and literals alike; \\, \" and control escapes stay.
 */
#ifndef CNKG_RDF_SINK_H
#define CNKG_RDF_SINK_H

#include <raptor2.h>
#include <stdio.h>

typedef enum cnkg_rdf_sink_mode {
    CNKG_SINK_RAW,
    CNKG_SINK_TURTLE,
    CNKG_SINK_NTRIPLES,
} cnkg_rdf_sink_mode;

typedef struct cnkg_rdf_sink {
    FILE *fp;
    cnkg_rdf_sink_mode mode;
    char pending[10]; /* an N-Triples escape being read: \uXXXX or \UXXXXXXXX */
    size_t n_pending;
} cnkg_rdf_sink;

/* A raptor iostream writing through sink, which must outlive it. */
raptor_iostream *cnkg_rdf_sink_iostream(raptor_world *world, cnkg_rdf_sink *sink);

#endif
