/*
 * cnkg_raptor.h - raptor set up once for the components that read or write
 * RDF (ontology/, output/, render/): a world whose messages are kept for
 * the caller instead of printed, the syntax a file's name says, and a file
 * or a text parsed statement by statement.
 *
 * Part of common/; apart from cnkg_common.h only because the components
 * that never touch RDF need not see raptor's headers.
 */
#ifndef CNKG_RAPTOR_H
#define CNKG_RAPTOR_H

#include <raptor2.h>

#include "cnkg_common.h"

/* Small, with the message on the heap only when there is one. The size
 * matters more than it should: Graphviz 2.43 orders clusters by the
 * addresses of their names, so a diagram drawn later in the same process
 * comes out differently when the heap before it was laid out differently. */
typedef struct cnkg_raptor {
    raptor_world *world;
    int failed;       /* raptor reported an error since the last parse began */
    int line;         /* the error's line, or 0 */
    cnkg_buf message; /* the first error's text */
} cnkg_raptor;

/* Opens r's world, whose errors go to r. 0, or -1 with err set. */
int cnkg_raptor_open(cnkg_raptor *r, cnkg_error *err);
void cnkg_raptor_close(cnkg_raptor *r);

/* raptor's parser for path's extension, in any case: "turtle" (.ttl
 * .turtle), "ntriples" (.nt), "nquads" (.nq), "rdfxml" (.rdf .xml .owl) or
 * "trig" (.trig); NULL for any other. */
const char *cnkg_raptor_syntax_of_path(const char *path);

/* Parses the file at path in syntax, handing each statement to handler.
 * 0, or -1 with err saying "PATH:LINE: what" (or "PATH: what"). */
int cnkg_raptor_parse_file(cnkg_raptor *r, const char *path, const char *syntax,
                           raptor_statement_handler handler, void *data, cnkg_error *err);
/* The same for text already read; path names it in messages and is the
 * base IRI. */
int cnkg_raptor_parse_text(cnkg_raptor *r, const char *path, const char *syntax, const char *text,
                           size_t len, raptor_statement_handler handler, void *data,
                           cnkg_error *err);

#endif
