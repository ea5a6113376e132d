/* diagram.c - the diagram's model: entities and facts of many articles,
 * merged by IRI, and the articles that mention them. Extracted articles
 * come in here; RDF files through diagram_read.c. Drawing is in
 * diagram_draw.c. */
#include <stdlib.h>
#include <string.h>

#include "diagram_internal.h"

cnkg_diagram *cnkg_render_diagram_new(const cnkg_ontology *onto)
{
    cnkg_diagram *d = cnkg_xcalloc(1, sizeof *d);
    d->onto = onto;
    d->names = onto ? cnkg_ontology_names(onto) : NULL;
    return d;
}

void cnkg_render_diagram_free(cnkg_diagram *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->n_nodes; i++) {
        for (size_t k = 0; k < d->nodes[i].n_labels; k++)
            free(d->nodes[i].labels[k]);
        free(d->nodes[i].labels);
        free(d->nodes[i].iri);
        free(d->nodes[i].code);
    }
    for (size_t i = 0; i < d->n_articles; i++) {
        free(d->articles[i].iri);
        free(d->articles[i].headline);
    }
    free(d->nodes);
    free(d->edges);
    free(d->articles);
    free(d->mentions);
    free(d->sources);
    for (size_t i = 0; i < d->n_evidence; i++)
        free(d->evidence[i].sentence);
    free(d->evidence);
    cnkg_keyset_free(&d->evidence_index);
    cnkg_keyset_free(&d->node_index);
    cnkg_keyset_free(&d->edge_index);
    cnkg_keyset_free(&d->article_index);
    cnkg_keyset_free(&d->mention_index);
    cnkg_keyset_free(&d->source_index);
    free(d);
}

/* Grows an array of elements of size sz to hold one more. */
static void *grow(void *v, size_t n, size_t *cap, size_t sz)
{
    if (n < *cap)
        return v;
    *cap = *cap ? *cap * 2 : 64;
    return cnkg_xrealloc(v, *cap * sz);
}

size_t diagram_node_intern(cnkg_diagram *d, const char *iri)
{
    int added;
    size_t *slot =
        cnkg_keyset_insert(&d->node_index, cnkg_key_of(iri, strlen(iri)), d->n_nodes, &added);
    size_t i = *slot;
    if (added) {
        d->nodes = grow(d->nodes, d->n_nodes, &d->cap_nodes, sizeof *d->nodes);
        d->nodes[i] = (diagram_node){.iri = cnkg_xstrdup(iri), .cls = CNKG_CLASS_NONE};
        d->n_nodes++;
    }
    return i;
}

void diagram_node_add_label(diagram_node *n, const char *label, int rank)
{
    if (!label || !*label)
        return;
    size_t i = 0;
    while (i < n->n_labels && strcmp(n->labels[i], label) != 0)
        i++;
    if (i == n->n_labels) {
        n->labels = cnkg_xrealloc(n->labels, (n->n_labels + 1) * sizeof *n->labels);
        n->labels[n->n_labels++] = cnkg_xstrdup(label);
    }
    /* The first name of the best rank wins, so the choice does not depend
     * on later files. */
    if (n->n_labels == 1 || rank < n->best_rank) {
        n->best = i;
        n->best_rank = rank;
    }
}

const char *diagram_node_label(const diagram_node *n)
{
    return n->n_labels && n->best_rank < LABEL_ALT ? n->labels[n->best] : n->iri;
}

int diagram_node_is_entity(const diagram_node *n)
{
    return n->cls >= 0 && n->cls < CNKG_CLASS_COUNT;
}

size_t diagram_edge_add(cnkg_diagram *d, size_t from, cnkg_relation rel, size_t to)
{
    if (from == to)
        return DIAGRAM_NONE;
    /* A symmetric relation is one edge whichever way an article said it;
     * order its ends by IRI, which does not depend on arrival order. */
    if (cnkg_relation_is_symmetric(d->names, rel) &&
        strcmp(d->nodes[from].iri, d->nodes[to].iri) > 0) {
        size_t t = from;
        from = to;
        to = t;
    }
    size_t key[3] = {from, (size_t)rel, to};
    int added;
    size_t i =
        *cnkg_keyset_insert(&d->edge_index, cnkg_key_of(key, sizeof key), d->n_edges, &added);
    if (!added)
        return i;
    d->edges = grow(d->edges, d->n_edges, &d->cap_edges, sizeof *d->edges);
    d->edges[d->n_edges++] = (diagram_edge){from, to, rel};
    return i;
}

void diagram_article_set_position(diagram_article *a, size_t position)
{
    if (position && (!a->position || position < a->position))
        a->position = position;
}

size_t diagram_article_intern(cnkg_diagram *d, const char *iri)
{
    int added;
    size_t *slot =
        cnkg_keyset_insert(&d->article_index, cnkg_key_of(iri, strlen(iri)), d->n_articles, &added);
    size_t i = *slot;
    if (added) {
        d->articles = grow(d->articles, d->n_articles, &d->cap_articles, sizeof *d->articles);
        d->articles[i] = (diagram_article){.iri = cnkg_xstrdup(iri), .file = d->files};
        d->n_articles++;
    }
    return i;
}

/* Whether the pair (a, b) is new to index, which then maps it to value. */
static int pair_is_new(cnkg_keyset *index, size_t a, size_t b, size_t value)
{
    size_t key[2] = {a, b};
    int added;
    cnkg_keyset_insert(index, cnkg_key_of(key, sizeof key), value, &added);
    return added;
}

void diagram_mention_add(cnkg_diagram *d, size_t article, size_t node)
{
    if (!pair_is_new(&d->mention_index, article, node, d->n_mentions))
        return;
    d->mentions = grow(d->mentions, d->n_mentions, &d->cap_mentions, sizeof *d->mentions);
    d->mentions[d->n_mentions++] = (diagram_mention){article, node};
}

void diagram_source_add(cnkg_diagram *d, size_t article, size_t edge)
{
    if (edge == DIAGRAM_NONE || !pair_is_new(&d->source_index, article, edge, d->n_sources))
        return;
    d->sources = grow(d->sources, d->n_sources, &d->cap_sources, sizeof *d->sources);
    d->sources[d->n_sources++] = (diagram_source){article, edge};
}

void diagram_evidence_add(cnkg_diagram *d, size_t article, size_t edge, const char *sentence)
{
    if (edge == DIAGRAM_NONE || !sentence || !*sentence)
        return;
    cnkg_buf key = {0};
    cnkg_buf_append(&key, (const char *)&edge, sizeof edge);
    cnkg_buf_append(&key, (const char *)&article, sizeof article);
    cnkg_buf_puts(&key, sentence);
    int added;
    cnkg_keyset_insert(&d->evidence_index, cnkg_key_of(key.data, key.len), d->n_evidence, &added);
    cnkg_buf_free(&key);
    if (!added)
        return;
    d->evidence = grow(d->evidence, d->n_evidence, &d->cap_evidence, sizeof *d->evidence);
    d->evidence[d->n_evidence++] =
        (diagram_evidence){.edge = edge, .article = article, .sentence = cnkg_xstrdup(sentence)};
}

/* The first code seen stays, so that the order of files does not matter
 * more than for labels. */
void diagram_node_set_code(diagram_node *n, const char *code)
{
    if (!n->code && code && *code)
        n->code = cnkg_xstrdup(code);
}

static size_t entity_node(cnkg_diagram *d, const cnkg_entity *e)
{
    char *iri = cnkg_iri_entity(d->names, e);
    size_t i = diagram_node_intern(d, iri);
    free(iri);
    diagram_node *n = &d->nodes[i];
    if (!diagram_node_is_entity(n))
        n->cls = e->cls;
    diagram_node_add_label(n, e->label, LABEL_PREF_ZH);
    for (size_t k = 0; k < e->n_aliases; k++)
        diagram_node_add_label(n, e->aliases[k], LABEL_ALT);
    diagram_node_set_code(n, e->code);
    return i;
}

void cnkg_render_diagram_add_article(cnkg_diagram *d, const cnkg_article *a)
{
    if (!d->names)
        d->names = a->names;
    char *iri = cnkg_iri_article(a);
    size_t art = diagram_article_intern(d, iri);
    free(iri);
    d->articles[art].typed = 1;
    diagram_article_set_position(&d->articles[art], a->position);
    if (a->title && !d->articles[art].headline)
        d->articles[art].headline = cnkg_xstrdup(a->title);

    size_t *node = cnkg_xcalloc(a->n_entities + 1, sizeof *node);
    size_t n_cps = 0;
    uint32_t *cps = cnkg_utf8_to_cps(a->text ? a->text : "", a->text ? strlen(a->text) : 0, &n_cps);
    for (size_t i = 0; i < a->n_entities; i++) {
        node[i] = entity_node(d, &a->entities[i]);
        diagram_mention_add(d, art, node[i]);
    }
    for (size_t i = 0; i < a->n_facts; i++) {
        const cnkg_fact *f = &a->facts[i];
        if (f->subject >= a->n_entities || f->object >= a->n_entities ||
            !cnkg_relation_name(d->names, f->relation))
            continue;
        size_t edge = diagram_edge_add(d, node[f->subject], f->relation, node[f->object]);
        diagram_source_add(d, art, edge);
        if (f->sentence < a->n_sentences) {
            cnkg_span s = a->sentences[f->sentence];
            size_t begin = s.begin < n_cps ? s.begin : n_cps;
            size_t end = s.end < begin ? begin : s.end < n_cps ? s.end : n_cps;
            char *text = cnkg_cps_to_utf8(cps, begin, end);
            diagram_evidence_add(d, art, edge, text);
            free(text);
        }
    }
    free(cps);
    free(node);
}

/* Articles without a schema:NewsArticle type (a context whose article was
 * cut off) are not counted, so that numbers match what a reader sees. */
size_t cnkg_render_diagram_article_count(const cnkg_diagram *d)
{
    size_t n = 0;
    for (size_t i = 0; i < d->n_articles; i++)
        n += d->articles[i].typed;
    return n;
}
