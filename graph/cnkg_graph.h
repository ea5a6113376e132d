/*
 * cnkg_graph.h - the model: what one article says, as entities, mentions,
 * relations and the article's own metadata.
 *
 * The extractor fills a cnkg_article; output/ turns it into RDF and render/
 * into a diagram, both naming things by the vocabulary of cnkg_vocab.h
 * (included here). An article owns every string in it. Entities are merged
 * within an article (one node per thing, all its surface forms as labels);
 * across articles they merge by IRI, which is a pure function of the class
 * and canonical label (or the division code), so graphs built separately
 * merge by set union.
 *
 * Offsets are Unicode code points into article->text, end exclusive, as
 * NIF 2.0 requires.
 */
#ifndef CNKG_GRAPH_H
#define CNKG_GRAPH_H

#include <stddef.h>
#include <stdint.h>

#include "cnkg_common.h"
#include "cnkg_vocab.h" /* the model's RDF names: namespaces, terms, prefixes */

/* The thirteen classes of the extraction contract (spec/SCHEMA.md), in the
 * contract's order. The names are the ontology's local names. */
typedef enum cnkg_class {
    CNKG_ADMINISTRATIVE_DIVISION,
    CNKG_REGION,
    CNKG_INDUSTRIAL_PARK,
    CNKG_COMPANY,
    CNKG_GOVERNMENT_AGENCY,
    CNKG_ORGANIZATION,
    CNKG_INDUSTRY,
    CNKG_PROGRAM,
    CNKG_PRODUCT,
    CNKG_PROJECT,
    CNKG_PERSON,
    CNKG_EVENT,
    CNKG_PLACE,
    CNKG_CLASS_COUNT,
    CNKG_CLASS_NONE = -1
} cnkg_class;

/* The twelve relations of the contract. */
typedef enum cnkg_relation {
    CNKG_LOCATED_IN,
    CNKG_ORIGIN_FROM,
    CNKG_IN_INDUSTRY,
    CNKG_DEVELOPS_INDUSTRY,
    CNKG_DESIGNATED_AS,
    CNKG_COVERS,
    CNKG_IMPLEMENTS,
    CNKG_LEADS,
    CNKG_COLLABORATES_WITH,
    CNKG_PRODUCES,
    CNKG_OPERATES,
    CNKG_AFFILIATED_WITH,
    CNKG_RELATION_COUNT,
    CNKG_RELATION_NONE = -1
} cnkg_relation;

/* The contract's names, indexed by the enums above. graph/ holds no copy of
 * them: the ontology declares them (kg:contractClasses, kg:contractRelations,
 * kg:slug and owl:SymmetricProperty in cnkg.ttl) and cnkg_ontology_names()
 * hands out the table its loader filled. An article points at the table
 * it was extracted with, so writing it needs nothing else. */
typedef struct cnkg_names {
    const char *class_name[CNKG_CLASS_COUNT];       /* "Company": the kg: local name */
    const char *class_slug[CNKG_CLASS_COUNT];       /* "company": kg:slug, in IRIs */
    const char *relation_name[CNKG_RELATION_COUNT]; /* "locatedIn" */
    unsigned char symmetric[CNKG_RELATION_COUNT];   /* owl:SymmetricProperty */
} cnkg_names;

/* NULL (or CNKG_..._NONE, or 0) for an index or name outside the table. */
const char *cnkg_class_name(const cnkg_names *n, cnkg_class cls);
const char *cnkg_class_slug(const cnkg_names *n, cnkg_class cls);
cnkg_class cnkg_class_from_name(const cnkg_names *n, const char *name);
const char *cnkg_relation_name(const cnkg_names *n, cnkg_relation rel);
cnkg_relation cnkg_relation_from_name(const cnkg_names *n, const char *name);
int cnkg_relation_is_symmetric(const cnkg_names *n, cnkg_relation rel);

typedef struct cnkg_span {
    size_t begin, end; /* code points, end exclusive */
} cnkg_span;

typedef struct cnkg_entity {
    cnkg_class cls;
    char *label;    /* canonical form: skos:prefLabel */
    char **aliases; /* other surface forms: skos:altLabel */
    size_t n_aliases;
    char *code;    /* official code (division), or NULL */
    char *iri;     /* ontology IRI when the entity is a known concept, or NULL */
    char *broader; /* IRI of the concept it lies within (division parent), or NULL */
} cnkg_entity;

typedef struct cnkg_mention {
    size_t entity; /* index into article->entities */
    cnkg_span span;
    size_t sentence; /* index into article->sentences */
} cnkg_mention;

/* Where a fact came from: the entity filter weighs a name that only the
 * pair model's guesses join otherwise than one a rule relates. */
typedef enum cnkg_fact_origin {
    CNKG_FACT_RULE = 0, /* a rule of the extractor (cnkg_article_add_fact) */
    CNKG_FACT_LEARNED   /* the pair model (learn/pairs.c) */
} cnkg_fact_origin;

typedef struct cnkg_fact {
    size_t subject, object; /* entity indexes */
    cnkg_relation relation;
    size_t sentence; /* the sentence that states it */
    cnkg_fact_origin origin;
} cnkg_fact;

typedef struct cnkg_article {
    const cnkg_names *names; /* the vocabulary it is written in; not owned */
    char *source;            /* file name or "<stdin>", for messages; not emitted */
    char *id;                /* caller's id (jsonl "id"), or NULL */
    char *url;               /* or NULL */
    char *title;             /* headline, or NULL */
    char *kicker;            /* line above the headline, or NULL */
    char **authors;
    size_t n_authors;
    char *publisher; /* or NULL */
    char *date;      /* ISO 8601 date or --MM-DD, or NULL */
    char *text;      /* the article as cnkg read it: nif:isString */
    /* Its place in the document it came from, 1-based (the n-th article of
     * a page, the line of a JSON lines record): schema:position, which
     * keeps the order of the text in Turtle, whose subjects come out
     * sorted by IRI. A function of the document, so shards of a folder
     * merge as the whole would. 0: unknown, not written. */
    size_t position;
    size_t text_length; /* in code points */

    cnkg_span *sentences;
    size_t n_sentences;
    cnkg_entity *entities;
    size_t n_entities;
    cnkg_mention *mentions;
    size_t n_mentions;
    cnkg_fact *facts;
    size_t n_facts;
    size_t cap_sentences, cap_entities, cap_mentions, cap_facts;
} cnkg_article;

cnkg_article *cnkg_article_new(const cnkg_names *names, const char *text);
void cnkg_article_free(cnkg_article *a);

void cnkg_article_set(char **field, const char *value);
void cnkg_article_add_author(cnkg_article *a, const char *name);
size_t cnkg_article_add_sentence(cnkg_article *a, size_t begin, size_t end);

/* Returns the index of the entity of this class and canonical label, adding
 * it when new. */
size_t cnkg_article_entity(cnkg_article *a, cnkg_class cls, const char *label);
/* The same for a known thing: entities with an IRI are one per IRI (the
 * 朝阳区 of Beijing and that of Changchun are two), and one without an IRI
 * is one per class and label. iri may be NULL. */
size_t cnkg_article_entity_known(cnkg_article *a, cnkg_class cls, const char *label,
                                 const char *iri);
/* Index of the entity, or (size_t)-1. */
size_t cnkg_article_find_entity(const cnkg_article *a, cnkg_class cls, const char *label);
void cnkg_entity_add_alias(cnkg_entity *e, const char *alias);
/* Is name the entity's label or one of its aliases? */
int cnkg_entity_has_name(const cnkg_entity *e, const char *name);
/* Frees what the entity owns (not the entity itself). */
void cnkg_entity_clear(cnkg_entity *e);
/* Makes label the canonical form, keeping the old one as an alias. */
void cnkg_entity_set_label(cnkg_entity *e, const char *label);

void cnkg_article_add_mention(cnkg_article *a, size_t entity, size_t begin, size_t end);
/* Adds a fact unless the same one is already there; symmetric relations are
 * stored once with the smaller entity index first. Returns 1 when added,
 * as a rule's (CNKG_FACT_RULE): the pair model marks its own after. */
int cnkg_article_add_fact(cnkg_article *a, size_t subject, cnkg_relation rel, size_t object,
                          size_t sentence);
int cnkg_article_has_fact(const cnkg_article *a, size_t subject, cnkg_relation rel, size_t object);
/* Drops every entity e with drop[e] set, with its mentions and the facts
 * it takes part in; the others keep their order (renumbered). */
void cnkg_article_drop_entities(cnkg_article *a, const unsigned char *drop);
/* The sentence holding code point offset pos. */
size_t cnkg_article_sentence_at(const cnkg_article *a, size_t pos);
/* The earliest sentence that mentions the entity, or (size_t)-1. */
size_t cnkg_article_first_sentence(const cnkg_article *a, size_t entity);

/* --- IRIs ------------------------------------------------------------- */

/* All return freshly allocated strings. Entity IRIs are
 *   CNKG_ID_NS "division/500120"            (divisions with a code)
 *   CNKG_ID_NS "company/比亚迪"              (class slug / canonical label)
 * with the label percent-encoded where IRIs forbid a character, so any
 * label gives a valid IRI. */
char *cnkg_iri_entity(const cnkg_names *names, const cnkg_entity *e);
/* CNKG_ID_NS "article/<hash of text>"; the same text gives the same IRI. */
char *cnkg_iri_article(const cnkg_article *a);
/* Appends the IRI-safe encoding of a label. */
void cnkg_iri_append_label(cnkg_buf *b, const char *label);

#endif
