/*
 * onto_internal.h - what the loader's files share: an interning string
 * table, the parsed triples, and the ontology object itself.
 *
 * Loading goes walk (find the files) -> parse (raptor into triples over
 * interned strings) -> build (terms, word lists, presentation). The triples
 * are dropped once built; the string table lives as long as the ontology
 * because every string handed out points into it.
 */
#ifndef CNKG_ONTO_INTERNAL_H
#define CNKG_ONTO_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "cnkg_ontology.h"

/* --- strings ----------------------------------------------------------- */

/* Symbol 0 is the empty string and stands for "none". Equal strings get
 * equal symbols, so the builder compares numbers, not text. */
typedef uint32_t onto_sym;

typedef struct onto_strtab {
    char **strs;
    size_t n, cap;
    uint32_t *slots; /* symbol + 1, or 0 when free */
    size_t n_slots;  /* power of two */
} onto_strtab;

void onto_strtab_init(onto_strtab *t);
void onto_strtab_free(onto_strtab *t);
onto_sym onto_strtab_intern(onto_strtab *t, const char *s, size_t len);
/* The symbol of s if it was interned, else 0. */
onto_sym onto_strtab_find(const onto_strtab *t, const char *s);
static inline const char *onto_str(const onto_strtab *t, onto_sym sym)
{
    return t->strs[sym];
}

/* --- triples ----------------------------------------------------------- */

enum { ONTO_IRI, ONTO_BLANK, ONTO_LITERAL };

typedef struct onto_triple {
    onto_sym s, p, o;
    onto_sym lang; /* literal language tag, or 0 */
    uint8_t s_kind, o_kind;
} onto_triple;

typedef struct onto_triples {
    onto_triple *v;
    size_t n, cap;
} onto_triples;

/* Lists the *.ttl files below dir, recursively, sorted by path. Names that
 * start with a dot are skipped (editor and VCS files). */
int onto_walk(const char *dir, char ***paths, size_t *n, cnkg_error *err);
void onto_walk_free(char **paths, size_t n);

/* Reads Turtle files into triples over strs, appending to out; blank nodes
 * of different files stay apart. A reader holds one raptor world. */
typedef struct onto_reader onto_reader;
onto_reader *onto_reader_new(onto_strtab *strs, onto_triples *out, cnkg_error *err);
/* Returns -1 with "path:line: message" on a syntax error. */
int onto_reader_parse(onto_reader *r, const char *path, cnkg_error *err);
void onto_reader_free(onto_reader *r);

/* --- townships ----------------------------------------------------------- */

/* One name a township answers to under its county: the full name or the
 * short form. */
typedef struct onto_township_key {
    const char *parent;
    const char *form;
    uint32_t len;
    uint32_t town; /* index into v, or ONTO_AMBIGUOUS */
    uint8_t is_short;
} onto_township_key;

#define ONTO_AMBIGUOUS UINT32_MAX

typedef struct onto_townships {
    char *text; /* the whole table, its fields cut in place */
    cnkg_township *v;
    size_t n;
    onto_township_key *keys;
    size_t n_keys;
    uint32_t *slots; /* key index + 1 by hash of county and form, or 0 */
    size_t n_slots;  /* power of two */
} onto_townships;

/* Reads the township table at path (see scripts/gen-divisions.sh). A
 * missing file leaves t empty and succeeds; a malformed line fails with
 * "path:line: message". */
int onto_townships_load(onto_townships *t, const char *path, cnkg_error *err);
void onto_townships_free(onto_townships *t);
const cnkg_township *onto_townships_find(const onto_townships *t, const char *parent,
                                         const char *form, size_t len);

/* --- the ontology -------------------------------------------------------- */

typedef struct onto_list {
    const char **v;
    size_t n;
} onto_list;

/* A word list named by the local name of its kg: property. */
typedef struct onto_named_list {
    const char *name;
    onto_list list;
} onto_named_list;

typedef struct onto_label {
    const char *lang; /* "" when untagged */
    const char *text;
} onto_label;

typedef struct onto_labels {
    onto_label *v;
    size_t n;
} onto_labels;

#define ONTO_CUE_KINDS 5

struct cnkg_ontology {
    onto_strtab strs;
    char *schema_path;
    cnkg_names names; /* the contract's, as cnkg.ttl declares them */

    cnkg_term *terms;
    size_t n_terms;
    uint32_t *index; /* term index + 1 by IRI hash, or 0 */
    size_t n_index;  /* power of two */
    cnkg_term *departments;
    size_t n_departments;

    onto_list class_cues[CNKG_CLASS_COUNT][ONTO_CUE_KINDS];
    onto_list relation_cues[CNKG_RELATION_COUNT];
    onto_labels class_labels[CNKG_CLASS_COUNT];
    onto_labels relation_labels[CNKG_RELATION_COUNT];
    const char *shape[CNKG_CLASS_COUNT];
    const char *colour[CNKG_CLASS_COUNT];
    unsigned domain[CNKG_RELATION_COUNT], range[CNKG_RELATION_COUNT]; /* class bit sets */
    onto_named_list *words;                                           /* sorted by name */
    size_t n_words;
    onto_townships townships;
};

/* Fills onto's names, terms, departments, word lists and presentation from
 * the triples (which must use onto->strs). Fails when the triples do not
 * declare every contract class and relation (kg:contractClasses,
 * kg:contractRelations, kg:slug): without them no class can be named. */
int onto_build(cnkg_ontology *onto, const onto_triples *triples, cnkg_error *err);

/* Sorts a word list longest first (code points), then by bytes, and drops
 * repeats. */
void onto_list_sort(onto_list *l);

#endif
