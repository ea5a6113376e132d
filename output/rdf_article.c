/* rdf_article.c - one article as RDF: schema.org metadata, NIF 2.0 context,
 * sentences and mentions, SKOS-labelled entities and reified facts with
 * PROV provenance. The order of emission is fixed (article, context,
 * entities, mentions, sentences, facts) so that the same article always
 * gives the same bytes. */
#include <stdlib.h>
#include <string.h>

#include "rdf_internal.h"

/* What the mapping needs of an article besides the article itself. */
typedef struct article_ctx {
    rdf_emitter *w;
    const cnkg_article *a;
    char *iri;     /* the article */
    char *context; /* its nif:Context */
    uint32_t *cps; /* the text as code points, for anchors */
    size_t n_cps;
    char **entity_iri; /* per entity */
    cnkg_buf tmp;
} article_ctx;

static char *span_iri(const article_ctx *c, cnkg_span span)
{
    cnkg_buf b = {0};
    cnkg_buf_puts(&b, c->iri);
    cnkg_buf_append(&b, "#char=", 6);
    cnkg_buf_put_size(&b, span.begin);
    cnkg_buf_putc(&b, ',');
    cnkg_buf_put_size(&b, span.end);
    return cnkg_buf_detach(&b);
}

static const char *kg_term(article_ctx *c, const char *local)
{
    cnkg_buf_clear(&c->tmp);
    cnkg_buf_puts(&c->tmp, CNKG_NS);
    cnkg_buf_puts(&c->tmp, local ? local : "Thing");
    return c->tmp.data;
}

static int valid_span(const article_ctx *c, cnkg_span span)
{
    return span.begin <= span.end && span.end <= c->n_cps;
}

static int all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

/* The XSD type a date string is written in, or NULL for a plain string. */
static const char *date_type(const char *d)
{
    size_t n = strlen(d);
    if (n == 7 && d[0] == '-' && d[1] == '-' && d[4] == '-' && all_digits(d + 2, 2) &&
        all_digits(d + 5, 2))
        return CNKG_XSD_GMONTHDAY;
    if (n == 10 && d[4] == '-' && d[7] == '-' && all_digits(d, 4) && all_digits(d + 5, 2) &&
        all_digits(d + 8, 2))
        return CNKG_XSD_DATE;
    if (n == 7 && d[4] == '-' && all_digits(d, 4) && all_digits(d + 5, 2))
        return CNKG_XSD_GYEARMONTH;
    return NULL;
}

/* Whether a URL can stand as an IRI: a scheme, then nothing an IRI
 * forbids. Anything else is kept as a literal rather than mangled. */
static int usable_iri(const char *u)
{
    const unsigned char *p = (const unsigned char *)u;
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
        return 0;
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
           *p == '+' || *p == '-' || *p == '.')
        p++;
    if (*p != ':' || !p[1])
        return 0;
    for (; *p; p++)
        if (*p <= 0x20 || *p == 0x7F || strchr("<>\"{}|\\^`", *p))
            return 0;
    return 1;
}

static void emit_url(article_ctx *c, const char *s, const char *p)
{
    const char *url = c->a->url;
    if (!url || !*url)
        return;
    if (usable_iri(url))
        rdf_emit_iri(c->w, s, p, url);
    else
        rdf_emit_text(c->w, s, p, url, NULL);
}

static void emit_labels(rdf_emitter *w, const char *e, const char *label)
{
    rdf_emit_text(w, e, CNKG_SKOS_PREF_LABEL, label, "zh");
    rdf_emit_text(w, e, CNKG_RDFS_LABEL, label, "zh");
}

/* An author or publisher: the entity of that class and label, so that it
 * merges with the same name found in the text. */
static void emit_agent(article_ctx *c, const char *p, cnkg_class cls, const char *name)
{
    if (!name || !*name)
        return;
    cnkg_entity e = {.cls = cls, .label = (char *)name};
    char *iri = cnkg_iri_entity(c->a->names, &e);
    rdf_emit_iri(c->w, c->iri, p, iri);
    rdf_emit_iri(c->w, iri, CNKG_RDF_TYPE, kg_term(c, cnkg_class_name(c->a->names, cls)));
    emit_labels(c->w, iri, name);
    free(iri);
}

static void emit_optional_text(article_ctx *c, const char *p, const char *text, const char *lang)
{
    if (text && *text)
        rdf_emit_text(c->w, c->iri, p, text, lang);
}

static void emit_metadata(article_ctx *c)
{
    const cnkg_article *a = c->a;
    rdf_emit_iri(c->w, c->iri, CNKG_RDF_TYPE, CNKG_SCHEMA_NEWS_ARTICLE);
    emit_optional_text(c, CNKG_SCHEMA_HEADLINE, a->title, "zh");
    emit_optional_text(c, CNKG_SCHEMA_ALTERNATIVE_HEADLINE, a->kicker, "zh");
    emit_optional_text(c, CNKG_SCHEMA_IDENTIFIER, a->id, NULL);
    if (a->position) {
        char n[32];
        snprintf(n, sizeof n, "%zu", a->position);
        rdf_emit_typed(c->w, c->iri, CNKG_SCHEMA_POSITION, n, CNKG_XSD_INTEGER);
    }
    emit_url(c, c->iri, CNKG_SCHEMA_URL);
    if (a->date && *a->date) {
        const char *type = date_type(a->date);
        if (type)
            rdf_emit_typed(c->w, c->iri, CNKG_SCHEMA_DATE_PUBLISHED, a->date, type);
        else
            rdf_emit_text(c->w, c->iri, CNKG_SCHEMA_DATE_PUBLISHED, a->date, NULL);
    }
    for (size_t i = 0; i < a->n_authors; i++)
        emit_agent(c, CNKG_SCHEMA_AUTHOR, CNKG_PERSON, a->authors[i]);
    emit_agent(c, CNKG_SCHEMA_PUBLISHER, CNKG_ORGANIZATION, a->publisher);
}

static void emit_context(article_ctx *c)
{
    const char *ctx = c->context;
    rdf_emit_iri(c->w, ctx, CNKG_RDF_TYPE, CNKG_NIF_CONTEXT);
    rdf_emit_iri(c->w, ctx, CNKG_RDF_TYPE, CNKG_NIF_RFC5147_STRING);
    /* No language tag: the text is compared exactly, offsets included. */
    rdf_emit_text(c->w, ctx, CNKG_NIF_IS_STRING, c->a->text, NULL);
    rdf_emit_count(c->w, ctx, CNKG_NIF_BEGIN_INDEX, 0);
    rdf_emit_count(c->w, ctx, CNKG_NIF_END_INDEX, c->n_cps);
    rdf_emit_iri(c->w, c->iri, CNKG_HAS_CONTEXT, ctx);
    emit_url(c, ctx, CNKG_NIF_SOURCE_URL);
}

static void emit_entity(article_ctx *c, size_t i)
{
    const cnkg_entity *e = &c->a->entities[i];
    const char *iri = c->entity_iri[i];
    rdf_emit_iri(c->w, iri, CNKG_RDF_TYPE, kg_term(c, cnkg_class_name(c->a->names, e->cls)));
    emit_labels(c->w, iri, e->label);
    for (size_t k = 0; k < e->n_aliases; k++)
        rdf_emit_text(c->w, iri, CNKG_SKOS_ALT_LABEL, e->aliases[k], "zh");
    if (e->code && *e->code)
        rdf_emit_text(c->w, iri, CNKG_SKOS_NOTATION, e->code, NULL);
    /* The parent comes from the ontology, not from the article: skos:broader
     * keeps it apart from the kg:locatedIn facts the text states. */
    if (e->broader && *e->broader)
        rdf_emit_iri(c->w, iri, CNKG_SKOS_BROADER, e->broader);
}

/* A NIF string of the text: an RFC 5147 offset IRI with its anchor. */
static void emit_nif_string(article_ctx *c, const char *s, const char *type, cnkg_span span)
{
    rdf_emit_iri(c->w, s, CNKG_RDF_TYPE, type);
    rdf_emit_iri(c->w, s, CNKG_RDF_TYPE, CNKG_NIF_RFC5147_STRING);
    rdf_emit_iri(c->w, s, CNKG_NIF_REFERENCE_CONTEXT, c->context);
    rdf_emit_count(c->w, s, CNKG_NIF_BEGIN_INDEX, span.begin);
    rdf_emit_count(c->w, s, CNKG_NIF_END_INDEX, span.end);
    char *anchor = cnkg_cps_to_utf8(c->cps, span.begin, span.end);
    rdf_emit_text(c->w, s, CNKG_NIF_ANCHOR_OF, anchor, NULL);
    free(anchor);
}

static int sentence_usable(const article_ctx *c, size_t i)
{
    return i < c->a->n_sentences && valid_span(c, c->a->sentences[i]);
}

static void emit_mention(article_ctx *c, const cnkg_mention *m)
{
    if (m->entity >= c->a->n_entities || !valid_span(c, m->span))
        return;
    char *s = span_iri(c, m->span);
    emit_nif_string(c, s, CNKG_NIF_PHRASE, m->span);
    if (sentence_usable(c, m->sentence)) {
        char *sentence = span_iri(c, c->a->sentences[m->sentence]);
        rdf_emit_iri(c->w, s, CNKG_NIF_SENTENCE, sentence);
        free(sentence);
    }
    rdf_emit_iri(c->w, s, CNKG_ITSRDF_TA_IDENT_REF, c->entity_iri[m->entity]);
    rdf_emit_iri(c->w, s, CNKG_ITSRDF_TA_CLASS_REF,
                 kg_term(c, cnkg_class_name(c->a->names, c->a->entities[m->entity].cls)));
    free(s);
}

static int fact_usable(const article_ctx *c, const cnkg_fact *f)
{
    return f->subject < c->a->n_entities && f->object < c->a->n_entities &&
           cnkg_relation_name(c->a->names, f->relation) != NULL;
}

/* Sentences are written once each, in text order, and only when a mention
 * or a fact points at them. */
static void emit_sentences(article_ctx *c)
{
    const cnkg_article *a = c->a;
    if (a->n_sentences == 0)
        return;
    char *used = cnkg_xcalloc(a->n_sentences, 1);
    for (size_t i = 0; i < a->n_mentions && c->w->provenance == CNKG_PROVENANCE_MENTIONS; i++)
        if (a->mentions[i].entity < a->n_entities && valid_span(c, a->mentions[i].span) &&
            a->mentions[i].sentence < a->n_sentences)
            used[a->mentions[i].sentence] = 1;
    for (size_t i = 0; i < a->n_facts; i++)
        if (fact_usable(c, &a->facts[i]) && a->facts[i].sentence < a->n_sentences)
            used[a->facts[i].sentence] = 1;
    for (size_t i = 0; i < a->n_sentences; i++) {
        if (!used[i] || !sentence_usable(c, i))
            continue;
        char *s = span_iri(c, a->sentences[i]);
        emit_nif_string(c, s, CNKG_NIF_SENTENCE_CLASS, a->sentences[i]);
        free(s);
    }
    free(used);
}

/* The statement node's IRI hashes what it states and where, so the same
 * fact from the same sentence is one node however often it is written. */
static char *statement_iri(const char *s, const char *rel, const char *o, const char *source)
{
    cnkg_buf key = {0};
    const char *parts[] = {s, rel, o, source};
    for (size_t i = 0; i < 4; i++) {
        if (i)
            cnkg_buf_putc(&key, '\n');
        cnkg_buf_puts(&key, parts[i]);
    }
    char hex[33];
    cnkg_hash_hex128(key.data, key.len, hex);
    cnkg_buf_clear(&key);
    cnkg_buf_puts(&key, CNKG_STATEMENT_NS);
    cnkg_buf_append(&key, hex, 32);
    return cnkg_buf_detach(&key);
}

static void emit_fact(article_ctx *c, const cnkg_fact *f)
{
    const char *s = c->entity_iri[f->subject], *o = c->entity_iri[f->object];
    const char *rel = cnkg_relation_name(c->a->names, f->relation);
    if (c->w->provenance == CNKG_PROVENANCE_NONE) {
        rdf_emit_iri(c->w, s, kg_term(c, rel), o);
        return;
    }
    char *p = cnkg_xstrdup(kg_term(c, rel));
    /* A fact whose sentence is unknown is attributed to the whole text. */
    char *source = sentence_usable(c, f->sentence) ? span_iri(c, c->a->sentences[f->sentence])
                                                   : cnkg_xstrdup(c->context);
    char *st = statement_iri(s, rel, o, source);
    rdf_emit_iri(c->w, s, p, o);
    rdf_emit_iri(c->w, st, CNKG_RDF_TYPE, CNKG_RDF_STATEMENT);
    rdf_emit_iri(c->w, st, CNKG_RDF_SUBJECT, s);
    rdf_emit_iri(c->w, st, CNKG_RDF_PREDICATE, p);
    rdf_emit_iri(c->w, st, CNKG_RDF_OBJECT, o);
    rdf_emit_iri(c->w, st, CNKG_PROV_WAS_DERIVED_FROM, source);
    rdf_emit_iri(c->w, st, CNKG_PROV_WAS_ATTRIBUTED_TO, CNKG_AGENT_IRI);
    free(st);
    free(source);
    free(p);
}

void rdf_article_emit(rdf_emitter *w, const cnkg_article *a)
{
    article_ctx c = {.w = w, .a = a};
    c.iri = cnkg_iri_article(a);
    c.cps = cnkg_utf8_to_cps(a->text, strlen(a->text), &c.n_cps);
    cnkg_buf ctx = {0};
    cnkg_buf_printf(&ctx, "%s#char=0,%zu", c.iri, c.n_cps);
    c.context = cnkg_buf_detach(&ctx);
    c.entity_iri = cnkg_xcalloc(a->n_entities + 1, sizeof *c.entity_iri);
    for (size_t i = 0; i < a->n_entities; i++)
        c.entity_iri[i] = cnkg_iri_entity(a->names, &a->entities[i]);

    rdf_set_graph(w, c.iri);
    int nif = w->provenance != CNKG_PROVENANCE_NONE;
    emit_metadata(&c);
    if (nif)
        emit_context(&c);
    for (size_t i = 0; i < a->n_entities; i++)
        emit_entity(&c, i);
    for (size_t i = 0; i < a->n_mentions && w->provenance == CNKG_PROVENANCE_MENTIONS; i++)
        emit_mention(&c, &a->mentions[i]);
    if (nif)
        emit_sentences(&c);
    for (size_t i = 0; i < a->n_facts; i++) {
        if (!fact_usable(&c, &a->facts[i]))
            continue;
        if (nif)
            rdf_emit_agent(w);
        emit_fact(&c, &a->facts[i]);
    }
    rdf_set_graph(w, NULL);

    for (size_t i = 0; i < a->n_entities; i++)
        free(c.entity_iri[i]);
    free(c.entity_iri);
    free(c.context);
    free(c.cps);
    free(c.iri);
    cnkg_buf_free(&c.tmp);
}
