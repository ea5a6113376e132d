/*
 * rdf_internal.h - what the article mapping (rdf_article.c) needs from the
 * writer core (rdf_writer.c): vocabulary IRIs and triple emitters that
 * drop duplicates and hand terms to raptor, which does all the escaping.
 */
#ifndef CNKG_RDF_INTERNAL_H
#define CNKG_RDF_INTERNAL_H

#include <stddef.h>

#include "cnkg_output.h"

#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define NS_XSD "http://www.w3.org/2001/XMLSchema#"
#define NS_SKOS "http://www.w3.org/2004/02/skos/core#"
#define NS_SCHEMA "https://schema.org/"
#define NS_DCTERMS "http://purl.org/dc/terms/"
#define NS_NIF "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define NS_ITSRDF "http://www.w3.org/2005/11/its/rdf#"
#define NS_PROV "http://www.w3.org/ns/prov#"

#define RDF_TYPE NS_RDF "type"
#define CNKG_AGENT_IRI CNKG_ID_NS "agent/cnkg"
#define CNKG_STATEMENT_NS CNKG_ID_NS "statement/"

/* The named graph of the triples that follow (N-Quads only); NULL for the
 * default graph. The string must live until the next call. */
void cnkg_rdf_set_graph(cnkg_rdf_writer *w, const char *graph);

/* s p o, each an absolute IRI. */
void cnkg_rdf_emit_iri(cnkg_rdf_writer *w, const char *s, const char *p, const char *o);
/* s p "text"@lang; lang may be NULL for a plain string. */
void cnkg_rdf_emit_text(cnkg_rdf_writer *w, const char *s, const char *p, const char *text,
                        const char *lang);
/* s p "text"^^datatype. */
void cnkg_rdf_emit_typed(cnkg_rdf_writer *w, const char *s, const char *p, const char *text,
                         const char *datatype);
/* s p n^^xsd:nonNegativeInteger. */
void cnkg_rdf_emit_count(cnkg_rdf_writer *w, const char *s, const char *p, size_t n);

/* <agent/cnkg> a prov:SoftwareAgent, in the default graph, once per
 * document. */
void cnkg_rdf_emit_agent(cnkg_rdf_writer *w);

/* Writes one article's triples through the emitters, in a fixed order. */
void cnkg_rdf_article_emit(cnkg_rdf_writer *w, const cnkg_article *a);

#endif
