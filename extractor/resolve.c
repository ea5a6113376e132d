/*
 * resolve.c - one policy turns the proposals of the gazetteer, the rules
 * and the labeller into entities and mentions:
 *
 *  1. Longer spans win over shorter ones they overlap; for the same span the
 *     stronger proposal wins (a known term over a rule over the labeller).
 *  2. A shorter span may stay inside a longer one only where the name's
 *     structure says it is a separate thing: a division or park at the head
 *     of a park, agency, organisation, project or company name (荣昌|高新区,
 *     涪陵高新区|管委会, 江西|光速电子), a company at the head of a project
 *     (比亚迪|动力电池基地), an industry inside a project name.
 *  3. Spans that cross are never both kept.
 *  4. Mentions of one thing merge into one entity: same class and label,
 *     or a short form of a fuller name in the same article (长安 -> 长安汽车,
 *     荣昌高新区 -> 荣昌高新技术产业开发区); the fullest form is canonical.
 *  5. A name found once is a mention wherever else it stands in the article.
 *
 * This file holds the order of the passes (resolve_candidates) and the
 * last of them, the kept candidates made entities and mentions
 * (add_entities). The passes live by concern in resolve_gazetteer.c,
 * resolve_industries.c, resolve_divisions.c, resolve_choose.c,
 * resolve_heads.c, resolve_edges.c, resolve_persons.c,
 * resolve_false_names.c, resolve_lists.c and resolve_labels.c;
 * resolve_internal.h is what they share.
 */
#include "resolve_internal.h"

#include <stdlib.h>
#include <string.h>

static char *surface(const text_view *t, size_t b, size_t e)
{
    return cnkg_cps_to_utf8(t->cps, b, e);
}

/* The canonical label of a kept candidate: the term's, else the surface
 * without quotes. */
static char *cand_label(const text_view *t, const cand *c)
{
    if (c->term)
        return cnkg_xstrdup(c->term->label);
    if (c->label)
        return cnkg_xstrdup(c->label);
    cnkg_buf out = {0};
    for (size_t i = c->begin; i < c->end; i++) {
        if (text_is_skipped(t->cps[i]) && t->cps[i] != ' ')
            continue;
        char tmp[4];
        cnkg_buf_append(&out, tmp, cnkg_utf8_encode(t->cps[i], tmp));
    }
    return cnkg_buf_detach(&out);
}

void entity_link_term(cnkg_entity *e, const cnkg_term *term)
{
    if (!term || (e->iri && strcmp(e->iri, term->iri) != 0))
        return; /* already another known thing */
    if (!e->iri)
        e->iri = cnkg_xstrdup(term->iri);
    if (term->code && !e->code)
        e->code = cnkg_xstrdup(term->code);
    if (term->parent && !e->broader)
        e->broader = cnkg_xstrdup(term->parent);
}

static char *township_iri(const char *code)
{
    cnkg_buf b = {0};
    cnkg_buf_printf(&b, "%sdivision/%s", CNKG_ID_NS, code);
    return cnkg_buf_detach(&b);
}

static void link_township(cnkg_entity *e, const cnkg_township *town)
{
    if (!e->code)
        e->code = cnkg_xstrdup(town->code);
    if (!e->broader)
        e->broader = township_iri(town->parent);
}

static void add_entities(const text_view *t, cand_list *cands, cnkg_article *a)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->dropped)
            continue;
        char *label = cand_label(t, c);
        if (!*label) { /* nothing but quotes and blanks: no name */
            c->dropped = 1;
            free(label);
            continue;
        }
        char *town_iri = c->town ? township_iri(c->town->code) : NULL;
        c->entity = cnkg_article_entity_known(a, c->cls, c->town ? c->town->name : label,
                                              c->term ? c->term->iri : town_iri);
        entity_link_term(&a->entities[c->entity], c->term);
        if (c->town)
            link_township(&a->entities[c->entity], c->town);
        free(town_iri);
        char *form = surface(t, c->begin, c->end);
        cnkg_entity_add_alias(&a->entities[c->entity], form);
        if (c->term && c->label)
            cnkg_entity_add_alias(&a->entities[c->entity], c->label);
        cnkg_article_add_mention(a, c->entity, c->begin, c->end);
        free(form);
        free(label);
    }
}

void resolve_candidates(const lexicon *lx, const text_view *t, const gaz_hit *hits, size_t n_hits,
                        const char *home, cand_list *cands, cnkg_article *a)
{
    resolve_gazetteer_candidates(lx, t, hits, n_hits, home, cands);
    resolve_prefer_name_before_tail(lx, t, cands);
    resolve_join_industries(lx, t, cands);
    resolve_drop_qualifying_industries(lx, t, cands);
    resolve_drop_common_industries(lx, t, cands);
    resolve_industries_of_framed_products(lx, t, cands);
    resolve_widen_known_products(t, cands);
    resolve_trim_blanks(t, cands);
    resolve_mend_cut_openings(lx, t, cands);
    resolve_trim_labelled_openings(lx, t, cands);
    resolve_drop_false_names(lx, t, hits, n_hits, cands);
    resolve_prefer_whole_firm_names(lx, t, cands);
    resolve_towns_of_named_counties(lx, t, cands);
    resolve_division_chains(lx, t, cands);
    resolve_drop_weak_heads(lx, t, cands);
    resolve_drop_name_suffix_terms(cands);
    resolve_trim_division_heads(lx, t, cands);
    resolve_drop_division_regions(lx, t, cands);
    resolve_choose(lx, t, cands);
    resolve_name_parks_by_their_division(lx, t, cands);
    resolve_unmention_nested_industries(lx, t, cands);
    resolve_unmention_held(lx, t, cands, resolve_is_region_cand, resolve_holds_site_region);
    resolve_unmention_held(lx, t, cands, resolve_is_region_cand, resolve_holds_actor_region);
    resolve_unmention_held(lx, t, cands, resolve_is_division_cand, resolve_holds_outlet_division);
    resolve_products_among_products(lx, t, cands);
    resolve_drop_products_among_industries(lx, t, cands);
    resolve_propagate_lists(lx, t, cands);
    resolve_one_class_per_label(t, cands);
    add_entities(t, cands, a);
}
