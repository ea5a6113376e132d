/*
 * query_internal.h - what the query component's files share: RDF terms as
 * plain strings, the prefix map used to show IRIs compactly, and the
 * writers of each results format.
 *
 * The writers see cnkg_term, not rasqal literals, so that every format is
 * written by our own code from one neutral shape.
 */
#ifndef CNKG_QUERY_INTERNAL_H
#define CNKG_QUERY_INTERNAL_H

#include <rasqal.h>
#include <stdio.h>

#include "cnkg_common.h"
#include "cnkg_raptor.h"
#include "cnkg_vocab.h"
#include "cnkg_query.h"

typedef enum cnkg_term_kind {
    CNKG_TERM_UNBOUND,
    CNKG_TERM_IRI,
    CNKG_TERM_LITERAL,
    CNKG_TERM_BNODE,
} cnkg_term_kind;

/* Strings are borrowed from whoever made the term. */
typedef struct cnkg_term {
    cnkg_term_kind kind;
    const char *value;    /* IRI, lexical form or blank node label */
    const char *lang;     /* language tag, or NULL */
    const char *datatype; /* datatype IRI, or NULL */
} cnkg_term;

/* Triples loaded into a store without a graph (Turtle, N-Triples, N-Quads
 * lines without one) belong to its default graph, kept under this name and
 * never replaced, only added to; it is not one of the named graphs. */
#define CNKG_STORE_DEFAULT_GRAPH "urn:cnkg:default-graph"

/* --- lexing (scan.c) --------------------------------------------------- */

/* When s starts a comment, an IRI or a string, where it ends; s otherwise. */
const char *cnkg_sparql_skip(const char *s);
/* The first of words (case-insensitive, whole words) outside comments, IRIs
 * and strings; *which gets its index. NULL when there is none. */
const char *cnkg_sparql_find_word(const char *text, const char *const *words, size_t n_words,
                                  size_t *which);

/* --- prefixes (prefixes.c) -------------------------------------------- */

typedef struct cnkg_prefix {
    char *name; /* without the colon */
    char *ns;
} cnkg_prefix;

typedef struct cnkg_prefixes {
    cnkg_prefix *items;
    size_t n, cap;
    size_t n_declared; /* items[0, n_declared) come from the query */
} cnkg_prefixes;

/* The query's own PREFIX declarations first, then the well-known ones the
 * query did not rebind. */
void cnkg_prefixes_from_query(cnkg_prefixes *p, const char *sparql);
void cnkg_prefixes_free(cnkg_prefixes *p);
/* A one-line prologue declaring the well-known prefixes the query did not
 * declare itself (empty when it declared them all). */
void cnkg_prefixes_prologue(const cnkg_prefixes *p, cnkg_buf *out);
/* Writes to out the query's leading BASE declaration, if any, and the
 * prologue; returns where the rest of sparql starts. *shift gets the number
 * of lines added before the query's own first line. */
const char *cnkg_prefixes_lead(const cnkg_prefixes *p, const char *sparql, cnkg_buf *out,
                               int *shift);
/* The prefix whose namespace is the longest start of iri and leaves a local
 * part fit to read (strict: fit to write as Turtle), or NULL. */
const cnkg_prefix *cnkg_prefixes_match(const cnkg_prefixes *p, const char *iri, int strict);
/* Appends iri as name:local when a prefix fits, as <iri> otherwise. */
void cnkg_prefixes_compact(const cnkg_prefixes *p, const char *iri, cnkg_buf *out);

/* --- N-Triples lines (nquads_line.c) ---------------------------------- */

/* Appends t in N-Triples; blank node labels get bnode_prefix, which keeps
 * the blank nodes of different files apart. */
void cnkg_rdf_term_append(cnkg_buf *b, const raptor_term *t, const char *bnode_prefix);

/* A line of N-Quads (N-Triples) without its newline, in the plain form
 * that cnkg writes (nquads_line.c): 1 with the length of its "S P O" and
 * its graph's name (NULL when it has none), 0 for an empty line, -1 for
 * any other line (which a parser must read). */
int cnkg_nquads_line(const char *line, size_t len, size_t *spo_len, const char **graph,
                     size_t *graph_len);
/* Appends such a line's "S P O" as cnkg_rdf_term_append writes it: the
 * non-ASCII characters of IRI terms escaped, as raptor does. */
void cnkg_nquads_spo_append(cnkg_buf *b, const char *spo, size_t len);

/* --- DESCRIBE (describe.c) ------------------------------------------- */

/* When sparql is a DESCRIBE, writes to out the SELECT that finds what it
 * describes and returns 1; returns 0 for any other query form. */
int cnkg_describe_rewrite(const char *sparql, cnkg_buf *out);

/* A list of RDF statements, owned. */
typedef struct cnkg_statements {
    raptor_statement **items;
    size_t n, cap;
} cnkg_statements;

void cnkg_statements_add(cnkg_statements *s, raptor_statement *st); /* copies st */
void cnkg_statements_free(cnkg_statements *s);

/* Adds to into the Concise Bounded Description of every IRI among the
 * results' values, read from the data (n_data N-Triples texts). */
int cnkg_describe_collect(cnkg_raptor *raptor, const cnkg_buf *data, size_t n_data,
                          rasqal_query_results *res, cnkg_statements *into, cnkg_error *err);

/* Writes statements as Turtle, declaring the prefixes of px they use. */
int cnkg_statements_write_turtle(raptor_world *world, const cnkg_statements *s,
                                 const cnkg_prefixes *px, FILE *out);

/* --- routing (route.c) ------------------------------------------------ */

/* Why rasqal would answer sparql wrongly (a few words for --verbose), or
 * NULL when it answers it right as far as the W3C tests show. */
const char *cnkg_route_reason(const char *sparql);
/* 2 when sparql groups (GROUP BY), 1 when it aggregates without groups
 * (COUNT, SUM, ...), 0 otherwise. rasqal gives a row for an empty group
 * and none for an empty match without groups, so a grouped answer of at
 * most one row, or an ungrouped one of none, is asked again of Jena ARQ. */
int cnkg_route_has_aggregate(const char *sparql);
/* True when the query uses what Virtuoso 7.2 answers wrongly or refuses;
 * why gets what that is. */
int cnkg_route_virtuoso(const char *sparql, cnkg_buf *why);

/* Copies sparql to out with "FILTER (?g NOT IN (<hidden>...))" after each
 * GRAPH ?g { ... }, so that graphs kept for the store's own use are not
 * among the named graphs a query sees; the number of GRAPH ?var rewritten. */
int cnkg_route_graph_filter(const char *sparql, const char *const *hidden, size_t n_hidden,
                            cnkg_buf *out);

/* Copies sparql to out with SEPARATOR=" " in each GROUP_CONCAT that has
 * none (the default, which Virtuoso 7.2 refuses to assume); how many. */
int cnkg_route_concat_separator(const char *sparql, cnkg_buf *out);

/* An ORDER BY condition on a variable: ?v, ASC(?v) or DESC(?v). */
typedef struct cnkg_order_key {
    char name[64]; /* without the ? */
    int descending;
} cnkg_order_key;
/* When sparql ends with an ORDER BY of variables alone (no LIMIT or
 * OFFSET after it) that its SELECT projects, where that clause starts, and
 * its keys (at most max_keys) in keys[0, *n); otherwise 0. */
int cnkg_route_order_split(const char *sparql, size_t *cut, cnkg_order_key *keys, size_t max_keys,
                           size_t *n);

/* --- Jena ARQ (jena.c) and other engines' answers (answer.c) ---------- */

/* 0 when Jena ARQ can be started; an error saying what is missing. */
int cnkg_jena_available(cnkg_error *err);
/* Answers text (the query with its prologue; shift its added lines) with
 * Jena ARQ over a dataset: the N-Triples texts data[0, n_data) merged as its
 * default graph, the N-Quads of quads (or NULL) as its named graphs. */
int cnkg_jena_query(const cnkg_buf *data, size_t n_data, const cnkg_buf *quads, const char *text,
                    int shift, const cnkg_prefixes *px, cnkg_results_format format, FILE *out,
                    cnkg_error *err);
/* Answers text with Jena ARQ over the TDB2 database at loc, whose default
 * graph is the merge (a set) of its named graphs. */
int cnkg_jena_tdb2_query(const char *loc, const char *text, int shift, const cnkg_prefixes *px,
                         cnkg_results_format format, FILE *out, cnkg_error *err);
/* Drops the graphs drop[0, n_drop) of the TDB2 database at loc (made when
 * missing), then loads the N-Quads files[0, n_files) into it. */
int cnkg_jena_tdb2_update(const char *loc, char *const *drop, size_t n_drop, char *const *files,
                          size_t n_files, cnkg_error *err);
/* SPARQL JSON results (SELECT, ASK) written in format. */
int cnkg_answer_write_json(const char *body, cnkg_results_format format, const cnkg_prefixes *px,
                           FILE *out, cnkg_error *err);
/* The same with the rows sorted by keys[0, n_keys) first, in SPARQL's
 * order (unbound, blank nodes, IRIs, literals; numbers by value), rows
 * that tie in the order they came. */
int cnkg_answer_write_json_sorted(const char *body, const cnkg_order_key *keys, size_t n_keys,
                                  cnkg_results_format format, const cnkg_prefixes *px, FILE *out,
                                  cnkg_error *err);
/* Rows of n_vars terms each (cells[r * n_vars + i]), sorted as above,
 * written in format. */
void cnkg_answer_write_rows(const char *const *vars, size_t n_vars, const cnkg_term *cells,
                            size_t n_rows, const cnkg_order_key *keys, size_t n_keys,
                            cnkg_results_format format, const cnkg_prefixes *px, FILE *out);
/* A SELECT answer in the Turtle that Virtuoso writes for the result-set
 * vocabulary (res:solution, res:binding) written like the JSON one above.
 * 1, with nothing written, when body is not in the narrow form this reads
 * (the caller asks for JSON instead); 0 once written. */
int cnkg_answer_write_rset_ttl(const char *body, size_t len, const cnkg_order_key *keys,
                               size_t n_keys, cnkg_results_format format, const cnkg_prefixes *px,
                               FILE *out);
/* An N-Triples graph written as Turtle. */
int cnkg_answer_write_ntriples(const char *body, size_t len, const cnkg_prefixes *px, FILE *out,
                               cnkg_error *err);

/* --- terms (term.c) ---------------------------------------------------- */

/* True for a literal of datatype xsd:<local>. */
int cnkg_term_has_xsd_type(const cnkg_term *t, const char *local);
/* Appends t in N-Triples/Turtle syntax (numbers and booleans bare, as the
 * TSV format allows); nothing for an unbound term. */
void cnkg_term_append_turtle(const cnkg_term *t, cnkg_buf *out);

/* --- writers (results.c, table.c) ------------------------------------- */

/* One writer per format, driven as begin, row..., end. */
typedef struct cnkg_results_writer cnkg_results_writer;

cnkg_results_writer *cnkg_results_writer_new(cnkg_results_format format, FILE *out,
                                             const cnkg_prefixes *prefixes);
void cnkg_results_writer_begin(cnkg_results_writer *w, const char *const *vars, size_t n_vars);
void cnkg_results_writer_row(cnkg_results_writer *w, const cnkg_term *terms);
void cnkg_results_writer_end(cnkg_results_writer *w);
void cnkg_results_writer_free(cnkg_results_writer *w);

/* An ASK answer in the given format. */
void cnkg_results_write_boolean(cnkg_results_format format, int value, FILE *out);

/* The table format, which must see every row before it can align them. */
typedef struct cnkg_table cnkg_table;

cnkg_table *cnkg_table_new(const char *const *vars, size_t n_vars);
/* Takes ownership of cells (n_vars strings, NULL for unbound). */
void cnkg_table_add_row(cnkg_table *t, char **cells);
void cnkg_table_print(const cnkg_table *t, FILE *out);
void cnkg_table_free(cnkg_table *t);

/* Display width on a terminal: East Asian wide and fullwidth characters
 * count 2, combining marks 0. */
size_t cnkg_display_width(const char *s);

#endif
