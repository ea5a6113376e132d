/*
 * check.c - what the article's graph promises, checked once at the end:
 * a fact is stated only where the ontology lets its relation join those two
 * classes, and a stretch of text names one thing.
 *
 * The rules propose facts from cue words and sentence shapes; a cue does
 * not know that 西部地区 is a Region and that a Region develops no industry
 * in cnkg.ttl. Asking the ontology here, once, keeps every graph within
 * the declared rdfs:domain and rdfs:range (the shapes in ontology/shapes.ttl
 * check the same), and keeps the C free of a second copy of them.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static int allowed(unsigned set, cnkg_class cls)
{
    return set == 0 || (set >> cls & 1u); /* 0: the ontology declares none */
}

void relations_check(const lexicon *lx, cnkg_article *a)
{
    size_t w = 0;
    for (size_t i = 0; i < a->n_facts; i++) {
        const cnkg_fact *f = &a->facts[i];
        cnkg_class s = a->entities[f->subject].cls, o = a->entities[f->object].cls;
        int ok = allowed(cnkg_ontology_relation_domain(lx->onto, f->relation), s) &&
                 allowed(cnkg_ontology_relation_range(lx->onto, f->relation), o);
        /* a symmetric fact is stored with the smaller index first: either
         * way round may be the one the domain and range read */
        if (!ok && cnkg_ontology_relation_is_symmetric(lx->onto, f->relation))
            ok = allowed(cnkg_ontology_relation_domain(lx->onto, f->relation), o) &&
                 allowed(cnkg_ontology_relation_range(lx->onto, f->relation), s);
        if (ok)
            a->facts[w++] = *f;
    }
    a->n_facts = w;
}

/* The text a mention spans, as UTF-8 (code point offsets). */
static char *span_text(const cnkg_article *a, cnkg_span s)
{
    const char *p = a->text, *end = a->text + strlen(a->text);
    size_t i = 0;
    const char *b = NULL;
    while (p < end && i < s.end) {
        if (i == s.begin)
            b = p;
        uint32_t cp;
        size_t used = cnkg_utf8_decode(p, (size_t)(end - p), &cp);
        p += used ? used : 1;
        i++;
    }
    if (!b)
        b = p;
    return cnkg_xstrndup(b, (size_t)(p - b));
}

/* A NIF phrase is named by its offsets, so two mentions of one span would
 * be one phrase with two entities (中铝高端制造项目: the firm and its
 * project). The span keeps the entity whose name it is; the other keeps
 * its facts and its other mentions. */
void mentions_one_per_span(cnkg_article *a)
{
    size_t w = 0;
    for (size_t i = 0; i < a->n_mentions; i++) {
        const cnkg_mention *m = &a->mentions[i];
        size_t twin = (size_t)-1;
        for (size_t k = 0; k < w && twin == (size_t)-1; k++)
            if (a->mentions[k].span.begin == m->span.begin &&
                a->mentions[k].span.end == m->span.end)
                twin = k;
        if (twin == (size_t)-1) {
            a->mentions[w++] = *m;
            continue;
        }
        char *text = span_text(a, m->span);
        if (!cnkg_entity_has_name(&a->entities[a->mentions[twin].entity], text) &&
            cnkg_entity_has_name(&a->entities[m->entity], text))
            a->mentions[twin] = *m;
        free(text);
    }
    a->n_mentions = w;
}
