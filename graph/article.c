/* article.c - building one article's graph. Arrays grow by doubling; an
 * article is small, so lookups are linear scans. */
#include "cnkg_graph.h"

#include <stdlib.h>
#include <string.h>

#define GROW(arr, n, cap)                                                                          \
    do {                                                                                           \
        if ((n) == (cap)) {                                                                        \
            (cap) = (cap) ? (cap)*2 : 16;                                                          \
            (arr) = cnkg_xrealloc((arr), (cap) * sizeof *(arr));                                   \
        }                                                                                          \
    } while (0)

cnkg_article *cnkg_article_new(const cnkg_names *names, const char *text)
{
    cnkg_article *a = cnkg_xcalloc(1, sizeof *a);
    a->names = names;
    a->text = cnkg_xstrdup(text ? text : "");
    a->text_length = cnkg_utf8_length(a->text);
    return a;
}

void cnkg_entity_clear(cnkg_entity *e)
{
    free(e->label);
    for (size_t i = 0; i < e->n_aliases; i++)
        free(e->aliases[i]);
    free(e->aliases);
    free(e->code);
    free(e->iri);
    free(e->broader);
}

void cnkg_article_free(cnkg_article *a)
{
    if (!a)
        return;
    free(a->source);
    free(a->id);
    free(a->url);
    free(a->title);
    free(a->kicker);
    for (size_t i = 0; i < a->n_authors; i++)
        free(a->authors[i]);
    free(a->authors);
    free(a->publisher);
    free(a->date);
    free(a->text);
    free(a->sentences);
    for (size_t i = 0; i < a->n_entities; i++)
        cnkg_entity_clear(&a->entities[i]);
    free(a->entities);
    free(a->mentions);
    free(a->facts);
    free(a);
}

void cnkg_article_set(char **field, const char *value)
{
    free(*field);
    *field = value ? cnkg_xstrdup(value) : NULL;
}

void cnkg_article_add_author(cnkg_article *a, const char *name)
{
    for (size_t i = 0; i < a->n_authors; i++)
        if (strcmp(a->authors[i], name) == 0)
            return;
    a->authors = cnkg_xrealloc(a->authors, (a->n_authors + 1) * sizeof *a->authors);
    a->authors[a->n_authors++] = cnkg_xstrdup(name);
}

size_t cnkg_article_add_sentence(cnkg_article *a, size_t begin, size_t end)
{
    GROW(a->sentences, a->n_sentences, a->cap_sentences);
    a->sentences[a->n_sentences] = (cnkg_span){begin, end};
    return a->n_sentences++;
}

size_t cnkg_article_find_entity(const cnkg_article *a, cnkg_class cls, const char *label)
{
    for (size_t i = 0; i < a->n_entities; i++)
        if (a->entities[i].cls == cls && strcmp(a->entities[i].label, label) == 0)
            return i;
    return (size_t)-1;
}

static size_t entity_add(cnkg_article *a, cnkg_class cls, const char *label)
{
    GROW(a->entities, a->n_entities, a->cap_entities);
    cnkg_entity *e = &a->entities[a->n_entities];
    memset(e, 0, sizeof *e);
    e->cls = cls;
    e->label = cnkg_xstrdup(label);
    return a->n_entities++;
}

size_t cnkg_article_entity(cnkg_article *a, cnkg_class cls, const char *label)
{
    size_t found = cnkg_article_find_entity(a, cls, label);
    return found != (size_t)-1 ? found : entity_add(a, cls, label);
}

size_t cnkg_article_entity_known(cnkg_article *a, cnkg_class cls, const char *label,
                                 const char *iri)
{
    for (size_t i = 0; i < a->n_entities; i++) {
        const cnkg_entity *e = &a->entities[i];
        if (iri ? e->iri && strcmp(e->iri, iri) == 0
                : !e->iri && e->cls == cls && strcmp(e->label, label) == 0)
            return i;
    }
    size_t e = entity_add(a, cls, label);
    if (iri)
        a->entities[e].iri = cnkg_xstrdup(iri);
    return e;
}

int cnkg_entity_has_name(const cnkg_entity *e, const char *name)
{
    if (strcmp(e->label, name) == 0)
        return 1;
    for (size_t i = 0; i < e->n_aliases; i++)
        if (strcmp(e->aliases[i], name) == 0)
            return 1;
    return 0;
}

void cnkg_entity_add_alias(cnkg_entity *e, const char *alias)
{
    if (cnkg_entity_has_name(e, alias))
        return;
    e->aliases = cnkg_xrealloc(e->aliases, (e->n_aliases + 1) * sizeof *e->aliases);
    e->aliases[e->n_aliases++] = cnkg_xstrdup(alias);
}

void cnkg_entity_set_label(cnkg_entity *e, const char *label)
{
    if (strcmp(e->label, label) == 0)
        return;
    char *old = e->label;
    e->label = cnkg_xstrdup(label);
    /* The new canonical form must not linger as an alias of itself. */
    for (size_t i = 0; i < e->n_aliases; i++) {
        if (strcmp(e->aliases[i], label) == 0) {
            free(e->aliases[i]);
            e->aliases[i] = e->aliases[--e->n_aliases];
            break;
        }
    }
    cnkg_entity_add_alias(e, old);
    free(old);
}

void cnkg_article_add_mention(cnkg_article *a, size_t entity, size_t begin, size_t end)
{
    for (size_t i = 0; i < a->n_mentions; i++) {
        cnkg_mention *m = &a->mentions[i];
        if (m->span.begin == begin && m->span.end == end && m->entity == entity)
            return;
    }
    GROW(a->mentions, a->n_mentions, a->cap_mentions);
    a->mentions[a->n_mentions++] =
        (cnkg_mention){entity, {begin, end}, cnkg_article_sentence_at(a, begin)};
}

int cnkg_article_has_fact(const cnkg_article *a, size_t s, cnkg_relation rel, size_t o)
{
    if (cnkg_relation_is_symmetric(a->names, rel) && s > o) {
        size_t t = s;
        s = o;
        o = t;
    }
    for (size_t i = 0; i < a->n_facts; i++) {
        const cnkg_fact *f = &a->facts[i];
        if (f->subject == s && f->object == o && f->relation == rel)
            return 1;
    }
    return 0;
}

int cnkg_article_add_fact(cnkg_article *a, size_t s, cnkg_relation rel, size_t o, size_t sentence)
{
    if (s == o || cnkg_article_has_fact(a, s, rel, o))
        return 0;
    if (cnkg_relation_is_symmetric(a->names, rel) && s > o) {
        size_t t = s;
        s = o;
        o = t;
    }
    GROW(a->facts, a->n_facts, a->cap_facts);
    a->facts[a->n_facts++] = (cnkg_fact){s, o, rel, sentence, CNKG_FACT_RULE};
    return 1;
}

void cnkg_article_drop_entities(cnkg_article *a, const unsigned char *drop)
{
    size_t *map = cnkg_xmalloc((a->n_entities + 1) * sizeof *map), w = 0;
    for (size_t i = 0; i < a->n_entities; i++) {
        if (drop[i]) {
            cnkg_entity_clear(&a->entities[i]);
            continue;
        }
        map[i] = w;
        a->entities[w++] = a->entities[i];
    }
    a->n_entities = w;
    w = 0;
    for (size_t i = 0; i < a->n_mentions; i++) {
        cnkg_mention m = a->mentions[i];
        if (drop[m.entity])
            continue;
        m.entity = map[m.entity];
        a->mentions[w++] = m;
    }
    a->n_mentions = w;
    w = 0;
    for (size_t i = 0; i < a->n_facts; i++) {
        cnkg_fact f = a->facts[i];
        if (drop[f.subject] || drop[f.object])
            continue;
        f.subject = map[f.subject];
        f.object = map[f.object];
        a->facts[w++] = f;
    }
    a->n_facts = w;
    free(map);
}

size_t cnkg_article_sentence_at(const cnkg_article *a, size_t pos)
{
    /* Sentences are added in text order, so binary search applies. */
    size_t lo = 0, hi = a->n_sentences;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (a->sentences[mid].end <= pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < a->n_sentences ? lo : (a->n_sentences ? a->n_sentences - 1 : 0);
}

size_t cnkg_article_first_sentence(const cnkg_article *a, size_t entity)
{
    size_t s = (size_t)-1;
    for (size_t i = 0; i < a->n_mentions; i++)
        if (a->mentions[i].entity == entity && a->mentions[i].sentence < s)
            s = a->mentions[i].sentence;
    return s;
}
