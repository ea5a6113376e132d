/*
 * cnkg_ontology.h - the ontology as the other components see it.
 *
 * The ontology is data: Turtle files under ontology/ (cnkg.ttl for classes
 * and properties, lexicon/ *.ttl for known things and cue words). This
 * library parses them with raptor and answers three kinds of question:
 *
 *   - terms: every known thing (a division with its code, an industry, a
 *     programme, a company ...) with its class and all its surface forms,
 *     for the extractor's gazetteer;
 *   - cues: word lists attached to classes and properties (name suffixes
 *     such as 有限公司 on kg:Company, cue words such as 位于 on kg:locatedIn,
 *     generic words that are never entities), for the extractor's rules;
 *   - presentation: Chinese and English labels of classes and relations and
 *     the diagram style of each class, for the output.
 *
 * A user extends cnkg by editing or adding Turtle; no C changes.
 */
#ifndef CNKG_ONTOLOGY_H
#define CNKG_ONTOLOGY_H

#include <stddef.h>

#include "cnkg_common.h"
#include "cnkg_graph.h"

typedef struct cnkg_ontology cnkg_ontology;

/* One known thing. All strings are owned by the ontology. */
typedef struct cnkg_term {
    const char *iri;          /* the node's IRI in the lexicon */
    cnkg_class cls;           /* contract class after rdfs:subClassOf closure */
    const char *label;        /* skos:prefLabel (zh) */
    const char *const *forms; /* prefLabel, altLabels, hiddenLabels, rdfs:labels */
    /* Per form: 0 prefLabel, 1 altLabel (or rdfs:label), 2 hiddenLabel.
     * Hidden forms are ambiguous (渝, 长城) and matched only in context. */
    const unsigned char *form_kinds;
    size_t n_forms;
    const char *code;    /* skos:notation, or NULL */
    const char *parent;  /* IRI of kg:locatedIn / skos:broader, or NULL */
    const char *home_of; /* for a publisher: IRI of its home division, or NULL */
} cnkg_term;

/* Where the word lists hang. */
typedef enum cnkg_cue_kind {
    CNKG_CUE_SUFFIX,  /* kg:nameSuffix on a class: 有限公司, 高新区 ... */
    CNKG_CUE_PREFIX,  /* kg:namePrefix on a class: 第 ... (events) */
    CNKG_CUE_WORD,    /* kg:cue on a property: 位于, 落户 ... */
    CNKG_CUE_GENERIC, /* kg:genericTerm on a class: 企业, 龙头企业 ... never entities */
    CNKG_CUE_TRIGGER, /* kg:trigger on a class: words after which a name of it follows */
} cnkg_cue_kind;

/* Loads every *.ttl below dir (recursively). Returns 0, or -1 with err
 * naming the file and line that failed to parse, or saying what of the
 * contract's names the files do not declare (cnkg.ttl declares them all:
 * a directory of lexicons alone is not an ontology). */
int cnkg_ontology_load(cnkg_ontology **out, const char *dir, cnkg_error *err);
void cnkg_ontology_free(cnkg_ontology *onto);

/* The Turtle files below dir that cnkg_ontology_load reads, recursively, in
 * the order it reads them (sorted by path; names starting with a dot
 * skipped), as paths under dir. For `cnkg ontology`, which prints them.
 * Free with cnkg_ontology_files_free. */
int cnkg_ontology_files(const char *dir, char ***paths, size_t *n, cnkg_error *err);
void cnkg_ontology_files_free(char **paths, size_t n);

/* The contract's class and relation names, slugs and symmetry, indexed by
 * cnkg_class and cnkg_relation: what graph/, output/ and render/ name
 * things by. Lives as long as the ontology. */
const cnkg_names *cnkg_ontology_names(const cnkg_ontology *onto);

size_t cnkg_ontology_term_count(const cnkg_ontology *onto);
const cnkg_term *cnkg_ontology_term(const cnkg_ontology *onto, size_t i);
/* The term with this IRI, or NULL. */
const cnkg_term *cnkg_ontology_term_by_iri(const cnkg_ontology *onto, const char *iri);

/* Government department names that combine with a division to name an
 * agency (经济和信息化委员会, short 经济信息委 / 经信委): typed kg:Department
 * in the lexicon, returned with cls CNKG_GOVERNMENT_AGENCY. */
size_t cnkg_ontology_department_count(const cnkg_ontology *onto);
const cnkg_term *cnkg_ontology_department(const cnkg_ontology *onto, size_t i);

/* Word list of a kind on a class (for SUFFIX, PREFIX, GENERIC, TRIGGER) or a
 * relation (for WORD); longest first. n receives the count. */
const char *const *cnkg_ontology_class_cues(const cnkg_ontology *onto, cnkg_class cls,
                                            cnkg_cue_kind kind, size_t *n);
const char *const *cnkg_ontology_relation_cues(const cnkg_ontology *onto, cnkg_relation rel,
                                               size_t *n);

/* Every literal of the property kg:<name> in the lexicon, whatever its
 * subject, longest first: word lists that belong to no class or relation,
 * such as kg:boundaryWord (words a name never spans: 的, 在, 引进 ...),
 * kg:corefWord (我市, 当地, 该示范区 ...) and kg:surname. */
const char *const *cnkg_ontology_words(const cnkg_ontology *onto, const char *name, size_t *n);

/* rdfs:label of a contract class or relation in a language ("zh", "en"),
 * falling back to the local name. */
const char *cnkg_ontology_class_label(const cnkg_ontology *onto, cnkg_class cls, const char *lang);
const char *cnkg_ontology_relation_label(const cnkg_ontology *onto, cnkg_relation rel,
                                         const char *lang);

/* What cnkg.ttl lets a relation join: the classes of its rdfs:domain and
 * rdfs:range (owl:unionOf lists read, subclasses folded into their contract
 * class) as bit sets, 1u << cnkg_class; 0 when the ontology declares none.
 * A fact whose subject or object falls outside is not stated. */
unsigned cnkg_ontology_relation_domain(const cnkg_ontology *onto, cnkg_relation rel);
unsigned cnkg_ontology_relation_range(const cnkg_ontology *onto, cnkg_relation rel);
/* 1 when the relation is declared an owl:SymmetricProperty. */
int cnkg_ontology_relation_is_symmetric(const cnkg_ontology *onto, cnkg_relation rel);

/* Diagram style of a class: kg:shape and kg:colour, Graphviz names. */
const char *cnkg_ontology_class_shape(const cnkg_ontology *onto, cnkg_class cls);
const char *cnkg_ontology_class_colour(const cnkg_ontology *onto, cnkg_class cls);

/* The path of the Turtle file that declares classes and properties, for
 * `cnkg ontology` and --ontology outputs. */
const char *cnkg_ontology_schema_path(const cnkg_ontology *onto);

/* --- townships ---------------------------------------------------------- */

/* A township-level division (镇, 乡, 街道, 苏木; about 41 000). Townships are
 * not terms: their names repeat across the country (城关镇 under 88
 * counties, 高滩镇 in 四川 and 陕西), so they are found only under a county
 * the caller already knows. They come from lexicon/townships.tsv below the
 * ontology directory, read by cnkg_ontology_load when it is there (no file,
 * no townships). A township's IRI is
 * https://w3id.org/cnkg/id/division/<its 9-digit code>, the scheme of the
 * divisions above it. All strings are owned by the ontology. */
typedef struct cnkg_township {
    const char *code;   /* 9 digits: "511623109" */
    const char *parent; /* its county's 6-digit code: "511623" */
    const char *name;   /* official name: "高滩镇" */
} cnkg_township;

/* The township of the county with this code named exactly name (name_len
 * bytes, not NUL-terminated): its full name (高滩镇) or its short form
 * (高滩; subdistricts, 街道, have none). NULL when no township of that
 * county has the name, or when two of them answer to it. */
const cnkg_township *cnkg_ontology_township(const cnkg_ontology *onto, const char *county_code,
                                            const char *name, size_t name_len);
size_t cnkg_ontology_township_count(const cnkg_ontology *onto);

#endif
