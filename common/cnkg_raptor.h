/*
 * cnkg_raptor.h - raptor set up once for the components that read or write
 * RDF (ontology/, output/, render/, query/): a world whose messages are
 * kept for the caller instead of printed, the syntax a file's name says,
 * and a file or a text parsed statement by statement.
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

/* The log handler r's world has, for a library built on raptor (rasqal)
 * whose errors should reach r too; data is r. */
void cnkg_raptor_on_log(void *data, raptor_log_message *m);
/* Forgets the error r holds, before a parse or a query of the caller's. */
void cnkg_raptor_forget(cnkg_raptor *r);
/* Sets err to "WHERE:LINE: message" (or "WHERE: message") from the error
 * r holds, or with fallback when raptor logged none; returns -1. */
int cnkg_raptor_fail(const cnkg_raptor *r, const char *where, const char *fallback,
                     cnkg_error *err);

/* raptor's parser for path's extension, in any case: "turtle" (.ttl
 * .turtle), "ntriples" (.nt), "nquads" (.nq), "rdfxml" (.rdf .xml .owl) or
 * "trig" (.trig); NULL for any other. */
const char *cnkg_raptor_syntax_of_path(const char *path);

/* Parses the file at path in syntax (NULL: Turtle), handing each
 * statement to handler. 0, or -1 with err saying "PATH:LINE: what" (or
 * "PATH: what"). When stop is given, the parse ends once the handler sets
 * *stop (a store that cannot take more need not see the rest of a file of
 * gigabytes): -1, with err left to the handler. */
int cnkg_raptor_parse_file(cnkg_raptor *r, const char *path, const char *syntax,
                           raptor_statement_handler handler, void *data, const int *stop,
                           cnkg_error *err);
/* The same for text already read; path names it in messages and is the
 * base IRI. */
int cnkg_raptor_parse_text(cnkg_raptor *r, const char *path, const char *syntax, const char *text,
                           size_t len, raptor_statement_handler handler, void *data,
                           cnkg_error *err);

#endif
