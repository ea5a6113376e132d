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

/* Where each code point of the article's text begins, as span_text walks
 * it (a bad byte is one code point), built on the first twin: walking the
 * text from its start for every twin was quadratic in a long article.
 * off[i] for i <= n. */
typedef struct cp_offsets {
    size_t *off, n;
} cp_offsets;

static void cp_offsets_build(cp_offsets *o, const char *text)
{
    size_t len = strlen(text), cap = 64;
    o->off = cnkg_xmalloc(cap * sizeof *o->off);
    o->n = 0;
    for (size_t p = 0;; o->n++) {
        if (o->n == cap) {
            cap *= 2;
            o->off = cnkg_xrealloc(o->off, cap * sizeof *o->off);
        }
        o->off[o->n] = p;
        if (p >= len)
            break;
        uint32_t cp;
        size_t used = cnkg_utf8_decode(text + p, len - p, &cp);
        p += used ? used : 1;
    }
}

/* The text a mention spans, as UTF-8 (code point offsets). */
static char *span_text(const cnkg_article *a, cp_offsets *o, cnkg_span s)
{
    if (!o->off)
        cp_offsets_build(o, a->text);
    size_t e = s.end < o->n ? s.end : o->n;
    size_t pe = o->off[e], pb = s.begin < e ? o->off[s.begin] : pe;
    return cnkg_xstrndup(a->text + pb, pe - pb);
}

static cnkg_key span_key(cnkg_span s)
{
    size_t span[2] = {s.begin, s.end};
    return cnkg_key_of(span, sizeof span);
}

/* A NIF phrase is named by its offsets, so two mentions of one span would
 * be one phrase with two entities (中铝高端制造项目: the firm and its
 * project). The span keeps the entity whose name it is; the other keeps
 * its facts and its other mentions. */
void mentions_one_per_span(cnkg_article *a)
{
    /* the kept mentions by span: looking for a twin among all kept ones
     * was quadratic in a long article */
    cnkg_keyset kept = {0};
    cp_offsets offsets = {0};
    size_t w = 0;
    for (size_t i = 0; i < a->n_mentions; i++) {
        const cnkg_mention *m = &a->mentions[i];
        int added;
        size_t twin = *cnkg_keyset_insert(&kept, span_key(m->span), w, &added);
        if (added) {
            a->mentions[w++] = *m;
            continue;
        }
        char *text = span_text(a, &offsets, m->span);
        if (!cnkg_entity_has_name(&a->entities[a->mentions[twin].entity], text) &&
            cnkg_entity_has_name(&a->entities[m->entity], text))
            a->mentions[twin] = *m;
        free(text);
    }
    a->n_mentions = w;
    cnkg_keyset_free(&kept);
    free(offsets.off);
}
