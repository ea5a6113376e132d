/*
 * cnkg_json.h - the one JSON reader: a strict RFC 8259 parser of a whole
 * text into a tree, for every component that reads JSON (JSON lines
 * articles in input/, SPARQL JSON results in query/, CLUENER lines in
 * labeller/). Strings are decoded to UTF-8; numbers and the literals
 * true, false and null are kept as written, which is all cnkg needs of
 * them. One writer too: cnkg_json_append_string.
 *
 * Part of common/; apart from cnkg_common.h because few files read JSON.
 */
#ifndef CNKG_JSON_H
#define CNKG_JSON_H

#include <stddef.h>

#include "cnkg_common.h"

typedef enum cnkg_json_kind {
    CNKG_JSON_NULL,
    CNKG_JSON_FALSE,
    CNKG_JSON_TRUE,
    CNKG_JSON_NUMBER,
    CNKG_JSON_STRING,
    CNKG_JSON_OBJECT,
    CNKG_JSON_ARRAY,
} cnkg_json_kind;

typedef struct cnkg_json {
    cnkg_json_kind kind;
    char *text;              /* a string decoded, any other scalar as written */
    struct cnkg_json *items; /* OBJECT (its members' values) and ARRAY */
    char **keys;             /* OBJECT: the members' names, one per item */
    size_t n, cap;
} cnkg_json;

/* Parses s[0, len) as exactly one JSON value (white space around it
 * allowed) into *out. Member names are unique within an object; a string
 * holds no \u0000 (texts are C strings). On failure returns -1 with *out
 * empty, *where the 0-based byte offset of the problem and err saying what
 * it is, without a location. */
int cnkg_json_parse(const char *s, size_t len, cnkg_json *out, size_t *where, cnkg_error *err);
/* Frees what v holds (not v itself) and empties it. */
void cnkg_json_free(cnkg_json *v);
/* The value of v's member named key; NULL when v is NULL, not an object,
 * or has no such member. */
const cnkg_json *cnkg_json_get(const cnkg_json *v, const char *key);
/* v's text (see cnkg_json), or NULL for a container or a NULL v. */
const char *cnkg_json_text(const cnkg_json *v);

/* Appends s (UTF-8) as a JSON string, quotes included: quote, backslash
 * and control characters escaped, everything else as is. For every
 * writer of JSON (SPARQL results, the HTML view's data). */
void cnkg_json_append_string(cnkg_buf *out, const char *s);

#endif
