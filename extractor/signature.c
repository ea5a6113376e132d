/*
 * signature.c - a fact is stated only where the ontology lets its relation
 * join those two classes.
 *
 * The rules propose facts from cue words and sentence shapes; a cue does
 * not know that 西部地区 is a Region and that a Region develops no industry
 * in cnkg.ttl. Asking the ontology here, once, keeps every graph within
 * the declared rdfs:domain and rdfs:range (the shapes in ontology/shapes.ttl
 * check the same), and keeps the C free of a second copy of them.
 */
#include "internal.h"

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
