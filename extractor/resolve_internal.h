/*
 * resolve_internal.h - what the files of the resolution passes (resolve*.c)
 * share: the passes resolve_candidates runs, and the helpers passes of
 * several files use. Private to those files; the rest of the extractor
 * sees resolve_candidates and entity_link_term (internal.h) only.
 */
#ifndef CNKG_EXTRACTOR_RESOLVE_INTERNAL_H
#define CNKG_EXTRACTOR_RESOLVE_INTERNAL_H

#include "internal.h"

/* Helpers of one file that another uses are declared below, by the file that
 * defines them, with the passes resolve_candidates runs; the rest stay
 * static. */

/* Which candidates may be held by another (the cheap test that skips the
 * rest), and does outer hold inner so that inner is no mention of its own? */
typedef int (*held_kind_fn)(const cand *inner);
typedef int (*holds_fn)(const lexicon *lx, const text_view *t, const cand *outer,
                        const cand *inner);

/* --- resolve_gazetteer.c -------------------------------------------------- */

int resolve_is_country(const cnkg_term *t);
int resolve_division_level(const cnkg_term *t);
void resolve_gazetteer_candidates(const lexicon *lx, const text_view *t, const gaz_hit *hits,
                                  size_t n, const char *home, cand_list *out);

/* --- resolve_industries.c ------------------------------------------------- */

void resolve_join_industries(const lexicon *lx, const text_view *t, cand_list *cands);
void resolve_prefer_name_before_tail(const lexicon *lx, const text_view *t, cand_list *cands);
void resolve_drop_qualifying_industries(const lexicon *lx, const text_view *t, cand_list *cands);
size_t resolve_list_joiner_at(const lexicon *lx, const text_view *t, size_t p);
int resolve_sector_frame(const lexicon *lx, const text_view *t, const cand_list *cands,
                         const cand_index *x, size_t end);
int resolve_industry_written_elsewhere(const cand_list *cands, const cand_index *x, const cand *c);
void resolve_drop_common_industries(const lexicon *lx, const text_view *t, cand_list *cands);
void resolve_industries_of_framed_products(const lexicon *lx, const text_view *t, cand_list *cands);
void resolve_widen_known_products(const text_view *t, cand_list *cands);

/* --- resolve_divisions.c -------------------------------------------------- */

void resolve_towns_of_named_counties(const lexicon *lx, const text_view *t, cand_list *cands);
void resolve_division_chains(const lexicon *lx, const text_view *t, cand_list *cands);

/* --- resolve_choose.c ----------------------------------------------------- */

void resolve_unmention_held(const lexicon *lx, const text_view *t, cand_list *cands,
                            held_kind_fn kind, holds_fn holds);
int resolve_is_region_cand(const cand *c);
int resolve_holds_site_region(const lexicon *lx, const text_view *t, const cand *o, const cand *c);
int resolve_holds_actor_region(const lexicon *lx, const text_view *t, const cand *o, const cand *c);
int resolve_is_division_cand(const cand *c);
int resolve_holds_outlet_division(const lexicon *lx, const text_view *t, const cand *o,
                                  const cand *c);
void resolve_unmention_nested_industries(const lexicon *lx, const text_view *t, cand_list *cands);
void resolve_name_parks_by_their_division(const lexicon *lx, const text_view *t, cand_list *cands);
void resolve_choose(const lexicon *lx, const text_view *t, cand_list *cands);

/* --- resolve_heads.c ------------------------------------------------------ */

void resolve_trim_division_heads(const lexicon *lx, const text_view *t, cand_list *cands);
void resolve_drop_weak_heads(const lexicon *lx, const text_view *t, cand_list *cands);
void resolve_drop_division_regions(const lexicon *lx, const text_view *t, cand_list *cands);
void resolve_drop_name_suffix_terms(cand_list *cands);

/* --- resolve_edges.c ------------------------------------------------------ */

int resolve_unbalanced(const text_view *t, size_t b, size_t e);
void resolve_trim_blanks(const text_view *t, cand_list *cands);
void resolve_mend_cut_openings(const lexicon *lx, const text_view *t, cand_list *cands);
void resolve_trim_labelled_openings(const lexicon *lx, const text_view *t, cand_list *cands);

/* --- resolve_persons.c ---------------------------------------------------- */

int resolve_person_shaped(const lexicon *lx, const text_view *t, size_t b, size_t e);
int resolve_chinese_name(const lexicon *lx, const text_view *t, size_t b, size_t e);
void resolve_extend_cut_persons(const text_view *t, cand_list *cands);
void resolve_cut_run_on_persons(const text_view *t, cand_list *cands);

/* --- resolve_false_names.c ------------------------------------------------ */

int resolve_generic_of_any(const lexicon *lx, const text_view *t, size_t b, size_t e);
void resolve_drop_false_names(const lexicon *lx, const text_view *t, const gaz_hit *all_hits,
                              size_t n_all, cand_list *cands);

/* --- resolve_lists.c ------------------------------------------------------ */

void resolve_products_among_products(const lexicon *lx, const text_view *t, cand_list *cands);
void resolve_drop_products_among_industries(const lexicon *lx, const text_view *t,
                                            cand_list *cands);
void resolve_propagate_lists(const lexicon *lx, const text_view *t, cand_list *cands);
void resolve_prefer_whole_firm_names(const lexicon *lx, const text_view *t, cand_list *cands);

/* --- resolve_labels.c ----------------------------------------------------- */

void resolve_one_class_per_label(const text_view *t, cand_list *cands);

#endif
