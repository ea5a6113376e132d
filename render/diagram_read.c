/* diagram_read.c - an RDF file written by cnkg into the diagram's model,
 * through raptor's streaming parsers.
 *
 * Triples come in any order (Turtle groups by subject, N-Quads by
 * article), so nothing is decided per triple: names, types and relations
 * go straight into the model, keyed by IRI, and a mention is linked to its
 * article only once the whole file is read, since the phrase, its context
 * and the context's article may appear in any order. Everything else in
 * the file is skipped but for the reified statements, which say which
 * article states each relation (through the sentence or context they
 * derive from), linked at the end likewise, with the sentence's text
 * (its nif:anchorOf) for the HTML view. */
#include <stdlib.h>
#include <string.h>

#include "cnkg_raptor.h"
#include "diagram_internal.h"

/* A NIF phrase (a mention or a sentence): which context it is in, which
 * entity it names, its text. */
typedef struct phrase {
    size_t context, node; /* into reader.contexts / d->nodes, or DIAGRAM_NONE */
    char *text;           /* nif:anchorOf, or NULL */
} phrase;

/* A reified statement: the relation it names and the NIF string (a
 * sentence, or the whole context) it derives from. */
typedef struct statement {
    size_t from, to;        /* nodes, or DIAGRAM_NONE */
    size_t source, context; /* the source as a phrase and as a context */
    cnkg_relation rel;
} statement;

typedef struct reader {
    cnkg_diagram *d;
    cnkg_keyset phrase_index, context_index;
    phrase *phrases;
    size_t n_phrases, cap_phrases;
    size_t *context_article; /* per context: article, or DIAGRAM_NONE */
    size_t n_contexts, cap_contexts;
    cnkg_keyset statement_index;
    statement *statements;
    size_t n_statements, cap_statements;
} reader;

static const char *iri_of(const raptor_term *t)
{
    if (!t || t->type != RAPTOR_TERM_TYPE_URI)
        return NULL;
    return (const char *)raptor_uri_as_string(t->value.uri);
}

/* The local name when iri is in namespace ns, else NULL. */
static const char *local_in(const char *iri, const char *ns)
{
    size_t n = strlen(ns);
    return strncmp(iri, ns, n) == 0 ? iri + n : NULL;
}

static size_t context_of(reader *r, const char *iri)
{
    int added;
    size_t *slot =
        cnkg_keyset_insert(&r->context_index, cnkg_key_of(iri, strlen(iri)), r->n_contexts, &added);
    if (added) {
        if (r->n_contexts == r->cap_contexts) {
            r->cap_contexts = r->cap_contexts ? r->cap_contexts * 2 : 64;
            r->context_article =
                cnkg_xrealloc(r->context_article, r->cap_contexts * sizeof *r->context_article);
        }
        r->context_article[r->n_contexts++] = DIAGRAM_NONE;
    }
    return *slot;
}

static phrase *phrase_of(reader *r, const char *iri)
{
    int added;
    size_t *slot =
        cnkg_keyset_insert(&r->phrase_index, cnkg_key_of(iri, strlen(iri)), r->n_phrases, &added);
    if (added) {
        if (r->n_phrases == r->cap_phrases) {
            r->cap_phrases = r->cap_phrases ? r->cap_phrases * 2 : 256;
            r->phrases = cnkg_xrealloc(r->phrases, r->cap_phrases * sizeof *r->phrases);
        }
        r->phrases[r->n_phrases++] = (phrase){DIAGRAM_NONE, DIAGRAM_NONE, NULL};
    }
    return &r->phrases[*slot];
}

static statement *statement_of(reader *r, const char *iri)
{
    int added;
    size_t *slot = cnkg_keyset_insert(&r->statement_index, cnkg_key_of(iri, strlen(iri)),
                                      r->n_statements, &added);
    if (added) {
        if (r->n_statements == r->cap_statements) {
            r->cap_statements = r->cap_statements ? r->cap_statements * 2 : 64;
            r->statements = cnkg_xrealloc(r->statements, r->cap_statements * sizeof *r->statements);
        }
        r->statements[r->n_statements++] =
            (statement){DIAGRAM_NONE, DIAGRAM_NONE, DIAGRAM_NONE, DIAGRAM_NONE, CNKG_RELATION_NONE};
    }
    return &r->statements[*slot];
}

/* rdf:subject, rdf:predicate, rdf:object and prov:wasDerivedFrom of a
 * statement node; 0 when p is none of them. */
static int on_reified(reader *r, const char *s, const char *p, const char *o)
{
    if (strcmp(p, CNKG_RDF_SUBJECT) == 0)
        statement_of(r, s)->from = diagram_node_intern(r->d, o);
    else if (strcmp(p, CNKG_RDF_OBJECT) == 0)
        statement_of(r, s)->to = diagram_node_intern(r->d, o);
    else if (strcmp(p, CNKG_RDF_PREDICATE) == 0) {
        const char *local = local_in(o, CNKG_NS);
        statement_of(r, s)->rel =
            local ? cnkg_relation_from_name(r->d->names, local) : CNKG_RELATION_NONE;
    } else if (strcmp(p, CNKG_PROV_WAS_DERIVED_FROM) == 0) {
        /* Interned first: the two calls may move the statements. */
        const phrase *ph = phrase_of(r, o);
        size_t source = (size_t)(ph - r->phrases), context = context_of(r, o);
        statement *st = statement_of(r, s);
        st->source = source;
        st->context = context;
    } else
        return 0;
    return 1;
}

/* How good a name the property gives: skos:prefLabel, rdfs:label or
 * skos:altLabel. */
static int label_rank(const char *p, const char *lang)
{
    int zh = lang && strncmp(lang, "zh", 2) == 0;
    int en = lang && strncmp(lang, "en", 2) == 0;
    if (strcmp(p, CNKG_SKOS_PREF_LABEL) == 0)
        return zh ? LABEL_PREF_ZH : !lang || !*lang ? LABEL_PREF_PLAIN : en ? LABEL_EN : LABEL_ALT;
    if (strcmp(p, CNKG_RDFS_LABEL) == 0)
        return zh || !lang || !*lang ? LABEL_OTHER_ZH : en ? LABEL_EN : LABEL_ALT;
    return LABEL_ALT;
}

static void on_label(reader *r, const char *s, const char *p, const raptor_term *o)
{
    if (o->type != RAPTOR_TERM_TYPE_LITERAL)
        return;
    const char *lang = (const char *)o->value.literal.language;
    /* Interning may move the nodes: index them only after. */
    size_t i = diagram_node_intern(r->d, s);
    diagram_node_add_label(&r->d->nodes[i], (const char *)o->value.literal.string,
                           label_rank(p, lang));
}

static void on_anchor(reader *r, const char *s, const raptor_term *o)
{
    if (!o || o->type != RAPTOR_TERM_TYPE_LITERAL)
        return;
    phrase *ph = phrase_of(r, s);
    if (!ph->text)
        ph->text = cnkg_xstrdup((const char *)o->value.literal.string);
}

static void on_code(reader *r, const char *s, const raptor_term *o)
{
    if (!o || o->type != RAPTOR_TERM_TYPE_LITERAL)
        return;
    size_t i = diagram_node_intern(r->d, s);
    diagram_node_set_code(&r->d->nodes[i], (const char *)o->value.literal.string);
}

static void on_type(reader *r, const char *s, const char *type)
{
    const char *local = local_in(type, CNKG_NS);
    if (local) {
        cnkg_class cls = cnkg_class_from_name(r->d->names, local);
        size_t i = diagram_node_intern(r->d, s);
        diagram_node *n = &r->d->nodes[i];
        if (cls != CNKG_CLASS_NONE && !diagram_node_is_entity(n))
            n->cls = cls;
    } else if (strcmp(type, CNKG_SCHEMA_NEWS_ARTICLE) == 0) {
        size_t i = diagram_article_intern(r->d, s);
        r->d->articles[i].typed = 1;
    }
}

static void on_headline(reader *r, const char *s, const raptor_term *o)
{
    if (o->type != RAPTOR_TERM_TYPE_LITERAL)
        return;
    size_t i = diagram_article_intern(r->d, s);
    diagram_article *a = &r->d->articles[i];
    const char *lang = (const char *)o->value.literal.language;
    /* A Chinese headline replaces one in another language. */
    if (a->headline && !(lang && strncmp(lang, "zh", 2) == 0))
        return;
    free(a->headline);
    a->headline = cnkg_xstrdup((const char *)o->value.literal.string);
}

/* An article's place in its page: a whole number, else ignored. */
static void on_position(reader *r, const char *s, const raptor_term *o)
{
    if (o->type != RAPTOR_TERM_TYPE_LITERAL)
        return;
    const char *text = (const char *)o->value.literal.string;
    char *end;
    unsigned long long n = strtoull(text, &end, 10);
    if (*text < '0' || *text > '9' || *end || n == 0)
        return;
    size_t i = diagram_article_intern(r->d, s);
    diagram_article_set_position(&r->d->articles[i], (size_t)n);
}

/* The triples that name things or relate them; o_iri is NULL for a
 * literal object. */
static void on_resource(reader *r, const char *s, const char *p, const char *o_iri,
                        const raptor_term *o)
{
    const char *local;
    if (strcmp(p, CNKG_RDF_TYPE) == 0 && o_iri)
        on_type(r, s, o_iri);
    else if (strcmp(p, CNKG_SKOS_PREF_LABEL) == 0 || strcmp(p, CNKG_SKOS_ALT_LABEL) == 0 ||
             strcmp(p, CNKG_RDFS_LABEL) == 0)
        on_label(r, s, p, o);
    else if (strcmp(p, CNKG_SCHEMA_HEADLINE) == 0)
        on_headline(r, s, o);
    else if (strcmp(p, CNKG_NIF_ANCHOR_OF) == 0)
        on_anchor(r, s, o);
    else if (strcmp(p, CNKG_SKOS_NOTATION) == 0)
        on_code(r, s, o);
    else if (strcmp(p, CNKG_SCHEMA_POSITION) == 0)
        on_position(r, s, o);
    else if ((local = local_in(p, CNKG_NS)) != NULL && o_iri) {
        cnkg_relation rel = cnkg_relation_from_name(r->d->names, local);
        if (rel != CNKG_RELATION_NONE) {
            size_t from = diagram_node_intern(r->d, s), to = diagram_node_intern(r->d, o_iri);
            diagram_edge_add(r->d, from, rel, to);
        } else if (strcmp(p, CNKG_HAS_CONTEXT) == 0) {
            size_t art = diagram_article_intern(r->d, s);
            size_t ctx = context_of(r, o_iri);
            r->context_article[ctx] = art;
        }
    }
}

static void on_statement(void *data, raptor_statement *st)
{
    reader *r = data;
    const char *s = iri_of(st->subject), *p = iri_of(st->predicate), *o = iri_of(st->object);
    if (!s || !p)
        return;
    if (strcmp(p, CNKG_ITSRDF_TA_IDENT_REF) == 0 && o) {
        size_t node = diagram_node_intern(r->d, o);
        phrase_of(r, s)->node = node;
    } else if (strcmp(p, CNKG_NIF_REFERENCE_CONTEXT) == 0 && o) {
        size_t ctx = context_of(r, o);
        phrase_of(r, s)->context = ctx;
    } else if (o && on_reified(r, s, p, o)) {
        return;
    } else {
        on_resource(r, s, p, o, st->object);
    }
}

/* Links each mention to its article, now that all three are known. */
static void link_mentions(reader *r)
{
    for (size_t i = 0; i < r->n_phrases; i++) {
        const phrase *ph = &r->phrases[i];
        if (ph->node == DIAGRAM_NONE || ph->context == DIAGRAM_NONE)
            continue;
        size_t art = r->context_article[ph->context];
        if (art != DIAGRAM_NONE)
            diagram_mention_add(r->d, art, ph->node);
    }
}

/* Records which article states each relation: the article of the
 * sentence's context, or of the context itself. */
static void link_statements(reader *r)
{
    for (size_t i = 0; i < r->n_statements; i++) {
        const statement *st = &r->statements[i];
        if (st->from == DIAGRAM_NONE || st->to == DIAGRAM_NONE || st->rel == CNKG_RELATION_NONE ||
            st->source == DIAGRAM_NONE)
            continue;
        size_t ctx = r->phrases[st->source].context;
        if (ctx == DIAGRAM_NONE)
            ctx = st->context;
        size_t art = r->context_article[ctx];
        if (art == DIAGRAM_NONE)
            continue;
        size_t edge = diagram_edge_add(r->d, st->from, st->rel, st->to);
        diagram_source_add(r->d, art, edge);
        diagram_evidence_add(r->d, art, edge, r->phrases[st->source].text);
    }
}

int cnkg_render_diagram_add_rdf_file(cnkg_diagram *d, const char *path, cnkg_error *err)
{
    if (!d->names)
        return cnkg_error_set(err, "%s: reading RDF needs the ontology's class and relation names",
                              path);
    if (cnkg_file_check_graph(path, err) != 0)
        return -1;
    const char *syntax = cnkg_raptor_syntax_of_path(path);
    if (!syntax)
        return cnkg_error_set(err, "%s: unknown RDF syntax (name it .ttl, .nt, .nq or .rdf)", path);
    cnkg_raptor raptor;
    if (cnkg_raptor_open(&raptor, err) != 0)
        return -1;
    reader r = {.d = d};
    int rc = cnkg_raptor_parse_file(&raptor, path, syntax, on_statement, &r, NULL, err);
    cnkg_raptor_close(&raptor);
    if (rc == 0) {
        link_mentions(&r);
        link_statements(&r);
    }
    for (size_t i = 0; i < r.n_phrases; i++)
        free(r.phrases[i].text);
    cnkg_keyset_free(&r.phrase_index);
    cnkg_keyset_free(&r.context_index);
    free(r.phrases);
    free(r.context_article);
    cnkg_keyset_free(&r.statement_index);
    free(r.statements);
    d->files++;
    return rc;
}
