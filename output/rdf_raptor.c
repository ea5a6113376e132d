/* rdf_raptor.c - the Turtle and RDF/XML back end: one raptor world and
 * serializer per document, writing through the sink (rdf_sink.h). Both
 * syntaxes group a subject's triples, so raptor holds the graph until the
 * document ends. raptor's first error, which its world keeps
 * (cnkg_raptor.h), fails the call that met it. */
#include <stdlib.h>
#include <string.h>

#include "cnkg_raptor.h"
#include "rdf_internal.h"
#include "rdf_sink.h"

struct rdf_raptor {
    cnkg_raptor raptor;
    raptor_serializer *ser;
    raptor_iostream *iostr;
    rdf_sink sink;
};

static void raptor_free_all(rdf_raptor *r)
{
    if (r->ser)
        raptor_free_serializer(r->ser);
    if (r->iostr)
        raptor_free_iostream(r->iostr);
    cnkg_raptor_close(&r->raptor);
    free(r);
}

/* -1 with err set when raptor reported an error; else 0. */
static int raptor_said(const rdf_raptor *r, cnkg_error *err)
{
    return r->raptor.failed ? cnkg_error_set(err, "%s", r->raptor.message.data) : 0;
}

static void declare_prefixes(rdf_raptor *r)
{
    for (const cnkg_vocab_prefix *p = cnkg_vocab_prefixes(); p->name; p++) {
        raptor_uri *ns = raptor_new_uri(r->raptor.world, (const unsigned char *)p->ns);
        raptor_serializer_set_namespace(r->ser, ns, (const unsigned char *)p->name);
        raptor_free_uri(ns);
    }
}

rdf_raptor *rdf_raptor_open(FILE *fp, cnkg_rdf_format format, cnkg_error *err)
{
    const char *name = format == CNKG_FORMAT_TURTLE ? "turtle" : "rdfxml-abbrev";
    rdf_raptor *r = cnkg_xcalloc(1, sizeof *r);
    r->sink.fp = fp;
    r->sink.mode = format == CNKG_FORMAT_TURTLE ? RDF_SINK_TURTLE : RDF_SINK_RAW;
    if (cnkg_raptor_open(&r->raptor, err) == 0)
        r->ser = raptor_new_serializer(r->raptor.world, name);
    if (r->ser)
        r->iostr = rdf_sink_iostream(r->raptor.world, &r->sink);
    if (!r->iostr) {
        cnkg_error_set(err, "cannot create the raptor %s serializer", name);
        raptor_free_all(r);
        return NULL;
    }
    declare_prefixes(r);
    if (raptor_serializer_start_to_iostream(r->ser, NULL, r->iostr) != 0 || r->raptor.failed) {
        cnkg_error_set(err, "cannot start the %s serializer", name);
        raptor_free_all(r);
        return NULL;
    }
    return r;
}

static raptor_term *iri_term(rdf_raptor *r, const char *iri)
{
    return raptor_new_term_from_uri_string(r->raptor.world, (const unsigned char *)iri);
}

static raptor_term *literal_term(rdf_raptor *r, const rdf_triple *t)
{
    size_t len = strlen(t->o);
    if (t->kind == 'L') {
        size_t n = t->tag ? strlen(t->tag) : 0;
        return raptor_new_term_from_counted_literal(r->raptor.world, (const unsigned char *)t->o,
                                                    len, NULL, (const unsigned char *)t->tag,
                                                    (unsigned char)n);
    }
    raptor_uri *dt = raptor_new_uri(r->raptor.world, (const unsigned char *)t->tag);
    raptor_term *term = raptor_new_term_from_counted_literal(
        r->raptor.world, (const unsigned char *)t->o, len, dt, NULL, 0);
    if (dt)
        raptor_free_uri(dt);
    return term;
}

int rdf_raptor_write(rdf_raptor *r, const rdf_triple *t, cnkg_error *err)
{
    raptor_term *terms[4] = {iri_term(r, t->s), iri_term(r, t->p),
                             t->kind == 'I' ? iri_term(r, t->o) : literal_term(r, t),
                             t->graph ? iri_term(r, t->graph) : NULL};
    if (!terms[0] || !terms[1] || !terms[2] || (t->graph && !terms[3])) {
        for (size_t i = 0; i < 4; i++)
            if (terms[i])
                raptor_free_term(terms[i]);
        return cnkg_error_set(err, "cannot build the triple <%s> <%s>", t->s, t->p);
    }
    raptor_statement *st =
        raptor_new_statement_from_nodes(r->raptor.world, terms[0], terms[1], terms[2], terms[3]);
    int rc = 0;
    if (!st || raptor_serializer_serialize_statement(r->ser, st) != 0)
        rc = cnkg_error_set(err, "cannot serialize a triple of <%s>", t->s);
    if (st)
        raptor_free_statement(st);
    return raptor_said(r, err) != 0 ? -1 : rc;
}

int rdf_raptor_close(rdf_raptor *r, cnkg_error *err)
{
    int rc = raptor_serializer_serialize_end(r->ser);
    /* Freeing the serializer ends its iostream use; ours ends the sink. */
    raptor_free_serializer(r->ser);
    r->ser = NULL;
    raptor_iostream_write_end(r->iostr);
    if (raptor_said(r, err) != 0)
        rc = -1;
    else if (rc != 0)
        cnkg_error_set(err, "cannot end the document");
    raptor_free_all(r);
    return rc ? -1 : 0;
}
