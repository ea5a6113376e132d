/*
 * cnkg_vocab.h - the RDF names of the model, defined once: the namespaces,
 * the class and property IRIs of the mapping (README "The RDF cnkg
 * writes"), and the prefixes cnkg declares. The RDF writer (output/) writes
 * with them, the renderer (render/) reads its files back with them and the
 * ontology is read with them, so the three cannot drift apart.
 *
 * The contract's own classes and relations are CNKG_NS followed by
 * cnkg_class_name() or cnkg_relation_name() (cnkg_graph.h), names the
 * ontology declares.
 */
#ifndef CNKG_VOCAB_H
#define CNKG_VOCAB_H

/* --- namespaces ----------------------------------------------------------- */

#define CNKG_NS "https://w3id.org/cnkg/ontology#" /* kg: the contract */
#define CNKG_ID_NS "https://w3id.org/cnkg/id/"    /* things cnkg names */
#define CNKG_RDF_NS "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define CNKG_RDFS_NS "http://www.w3.org/2000/01/rdf-schema#"
#define CNKG_OWL_NS "http://www.w3.org/2002/07/owl#"
#define CNKG_XSD_NS "http://www.w3.org/2001/XMLSchema#"
#define CNKG_SKOS_NS "http://www.w3.org/2004/02/skos/core#"
#define CNKG_SCHEMA_NS "https://schema.org/"
#define CNKG_DCTERMS_NS "http://purl.org/dc/terms/"
#define CNKG_NIF_NS "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define CNKG_ITSRDF_NS "http://www.w3.org/2005/11/its/rdf#"
#define CNKG_PROV_NS "http://www.w3.org/ns/prov#"

/* --- IRIs of cnkg's own ---------------------------------------------------- */

#define CNKG_AGENT_IRI CNKG_ID_NS "agent/cnkg"    /* the prov:SoftwareAgent */
#define CNKG_STATEMENT_NS CNKG_ID_NS "statement/" /* reified facts */
#define CNKG_HAS_CONTEXT CNKG_NS "hasContext"     /* article -> nif:Context */

/* --- terms ----------------------------------------------------------------- */

#define CNKG_RDF_TYPE CNKG_RDF_NS "type"
#define CNKG_RDF_STATEMENT CNKG_RDF_NS "Statement"
#define CNKG_RDF_SUBJECT CNKG_RDF_NS "subject"
#define CNKG_RDF_PREDICATE CNKG_RDF_NS "predicate"
#define CNKG_RDF_OBJECT CNKG_RDF_NS "object"

#define CNKG_RDFS_LABEL CNKG_RDFS_NS "label"

#define CNKG_XSD_DATE CNKG_XSD_NS "date"
#define CNKG_XSD_GYEARMONTH CNKG_XSD_NS "gYearMonth"
#define CNKG_XSD_GMONTHDAY CNKG_XSD_NS "gMonthDay"
#define CNKG_XSD_NON_NEGATIVE_INTEGER CNKG_XSD_NS "nonNegativeInteger"
#define CNKG_XSD_INTEGER CNKG_XSD_NS "integer"

#define CNKG_SKOS_PREF_LABEL CNKG_SKOS_NS "prefLabel"
#define CNKG_SKOS_ALT_LABEL CNKG_SKOS_NS "altLabel"
#define CNKG_SKOS_NOTATION CNKG_SKOS_NS "notation"
#define CNKG_SKOS_BROADER CNKG_SKOS_NS "broader"

#define CNKG_SCHEMA_NEWS_ARTICLE CNKG_SCHEMA_NS "NewsArticle"
#define CNKG_SCHEMA_HEADLINE CNKG_SCHEMA_NS "headline"
#define CNKG_SCHEMA_ALTERNATIVE_HEADLINE CNKG_SCHEMA_NS "alternativeHeadline"
#define CNKG_SCHEMA_IDENTIFIER CNKG_SCHEMA_NS "identifier"
#define CNKG_SCHEMA_URL CNKG_SCHEMA_NS "url"
#define CNKG_SCHEMA_DATE_PUBLISHED CNKG_SCHEMA_NS "datePublished"
#define CNKG_SCHEMA_AUTHOR CNKG_SCHEMA_NS "author"
#define CNKG_SCHEMA_PUBLISHER CNKG_SCHEMA_NS "publisher"
#define CNKG_SCHEMA_POSITION CNKG_SCHEMA_NS "position"

#define CNKG_NIF_CONTEXT CNKG_NIF_NS "Context"
#define CNKG_NIF_SENTENCE_CLASS CNKG_NIF_NS "Sentence"
#define CNKG_NIF_PHRASE CNKG_NIF_NS "Phrase"
#define CNKG_NIF_RFC5147_STRING CNKG_NIF_NS "RFC5147String"
#define CNKG_NIF_IS_STRING CNKG_NIF_NS "isString"
#define CNKG_NIF_BEGIN_INDEX CNKG_NIF_NS "beginIndex"
#define CNKG_NIF_END_INDEX CNKG_NIF_NS "endIndex"
#define CNKG_NIF_ANCHOR_OF CNKG_NIF_NS "anchorOf"
#define CNKG_NIF_REFERENCE_CONTEXT CNKG_NIF_NS "referenceContext"
#define CNKG_NIF_SENTENCE CNKG_NIF_NS "sentence" /* phrase -> its nif:Sentence */
#define CNKG_NIF_SOURCE_URL CNKG_NIF_NS "sourceUrl"

#define CNKG_ITSRDF_TA_IDENT_REF CNKG_ITSRDF_NS "taIdentRef"
#define CNKG_ITSRDF_TA_CLASS_REF CNKG_ITSRDF_NS "taClassRef"

#define CNKG_PROV_SOFTWARE_AGENT CNKG_PROV_NS "SoftwareAgent"
#define CNKG_PROV_WAS_DERIVED_FROM CNKG_PROV_NS "wasDerivedFrom"
#define CNKG_PROV_WAS_ATTRIBUTED_TO CNKG_PROV_NS "wasAttributedTo"

/* --- prefixes -------------------------------------------------------------- */

typedef struct cnkg_vocab_prefix {
    const char *name, *ns;
} cnkg_vocab_prefix;

/* The prefixes cnkg's Turtle declares, in this order; the array ends with
 * {NULL, NULL}. */
const cnkg_vocab_prefix *cnkg_vocab_prefixes(void);

#endif
