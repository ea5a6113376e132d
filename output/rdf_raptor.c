/* rdf_raptor.c - the Turtle and RDF/XML back end: one raptor world and
 * serializer per document, writing through the sink (rdf_sink.h). Both
 * syntaxes group a subject's triples, so raptor holds the graph until the
 * document ends. */
#include <raptor2.h>
#include <stdlib.h>
#include <string.h>

#include "rdf_internal.h"
#include "rdf_sink.h"

struct rdf_raptor {
    raptor_world *world;
    raptor_serializer *ser;
    raptor_iostream *iostr;
    cnkg_rdf_sink sink;
    cnkg_rdf_emitter *e; /* where raptor's errors go */
};

/* raptor reports through the world's log handler; keep the first error
 * for the caller instead of letting raptor print it. */
static void on_raptor_log(void *user_data, raptor_log_message *m)
{
    rdf_raptor *r = user_data;
    if (m->level >= RAPTOR_LOG_LEVEL_ERROR)
        cnkg_rdf_emitter_fail(r->e, "%s", m->text ? m->text : "raptor error");
}

static void raptor_free_all(rdf_raptor *r)
{
    if (r->ser)
        raptor_free_serializer(r->ser);
    if (r->iostr)
        raptor_free_iostream(r->iostr);
    if (r->world)
        raptor_free_world(r->world);
    free(r);
}

static void declare_prefixes(rdf_raptor *r)
{
    for (const cnkg_vocab_prefix *p = cnkg_vocab_prefixes(); p->name; p++) {
        raptor_uri *ns = raptor_new_uri(r->world, (const unsigned char *)p->ns);
        raptor_serializer_set_namespace(r->ser, ns, (const unsigned char *)p->name);
        raptor_free_uri(ns);
    }
}

rdf_raptor *cnkg_rdf_raptor_open(FILE *fp, cnkg_rdf_format format, cnkg_rdf_emitter *e)
{
    const char *name = format == CNKG_FORMAT_TURTLE ? "turtle" : "rdfxml-abbrev";
    rdf_raptor *r = cnkg_xcalloc(1, sizeof *r);
    r->e = e;
    r->sink.fp = fp;
    r->sink.mode = format == CNKG_FORMAT_TURTLE ? CNKG_SINK_TURTLE : CNKG_SINK_RAW;
    r->world = raptor_new_world();
    if (r->world) {
        raptor_world_set_log_handler(r->world, r, on_raptor_log);
        if (raptor_world_open(r->world) == 0)
            r->ser = raptor_new_serializer(r->world, name);
    }
    if (r->ser)
        r->iostr = cnkg_rdf_sink_iostream(r->world, &r->sink);
    if (!r->iostr) {
        cnkg_rdf_emitter_fail(e, "cannot create the raptor %s serializer", name);
        raptor_free_all(r);
        return NULL;
    }
    declare_prefixes(r);
    if (raptor_serializer_start_to_iostream(r->ser, NULL, r->iostr) != 0 || e->failed) {
        cnkg_rdf_emitter_fail(e, "cannot start the %s serializer", name);
        raptor_free_all(r);
        return NULL;
    }
    return r;
}

static raptor_term *iri_term(rdf_raptor *r, const char *iri)
{
    return raptor_new_term_from_uri_string(r->world, (const unsigned char *)iri);
}

static raptor_term *literal_term(rdf_raptor *r, const rdf_triple *t)
{
    size_t len = strlen(t->o);
    if (t->kind == 'L') {
        size_t n = t->tag ? strlen(t->tag) : 0;
        return raptor_new_term_from_counted_literal(r->world, (const unsigned char *)t->o, len,
                                                    NULL, (const unsigned char *)t->tag,
                                                    (unsigned char)n);
    }
    raptor_uri *dt = raptor_new_uri(r->world, (const unsigned char *)t->tag);
    raptor_term *term = raptor_new_term_from_counted_literal(r->world, (const unsigned char *)t->o,
                                                             len, dt, NULL, 0);
    if (dt)
        raptor_free_uri(dt);
    return term;
}

void cnkg_rdf_raptor_write(rdf_raptor *r, const rdf_triple *t, cnkg_rdf_emitter *e)
{
    raptor_term *terms[4] = {iri_term(r, t->s), iri_term(r, t->p),
                             t->kind == 'I' ? iri_term(r, t->o) : literal_term(r, t),
                             t->graph ? iri_term(r, t->graph) : NULL};
    if (!terms[0] || !terms[1] || !terms[2] || (t->graph && !terms[3])) {
        for (size_t i = 0; i < 4; i++)
            if (terms[i])
                raptor_free_term(terms[i]);
        cnkg_rdf_emitter_fail(e, "cannot build the triple <%s> <%s>", t->s, t->p);
        return;
    }
    raptor_statement *st =
        raptor_new_statement_from_nodes(r->world, terms[0], terms[1], terms[2], terms[3]);
    if (!st || raptor_serializer_serialize_statement(r->ser, st) != 0)
        cnkg_rdf_emitter_fail(e, "cannot serialize a triple of <%s>", t->s);
    if (st)
        raptor_free_statement(st);
}

int cnkg_rdf_raptor_close(rdf_raptor *r, cnkg_rdf_emitter *e)
{
    if (raptor_serializer_serialize_end(r->ser) != 0)
        cnkg_rdf_emitter_fail(e, "cannot end the document");
    /* Freeing the serializer ends its iostream use; ours ends the sink. */
    raptor_free_serializer(r->ser);
    r->ser = NULL;
    raptor_iostream_write_end(r->iostr);
    raptor_free_all(r);
    return e->failed ? -1 : 0;
}
