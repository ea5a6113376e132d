/*
 * names_internal.h - what the files of the names rules (names*.c) share:
 * the context one text's rules read, and the helpers rules of several files
 * use. Private to those files; the rest of the extractor sees names_find
 * (internal.h) only.
 */
#ifndef CNKG_EXTRACTOR_NAMES_INTERNAL_H
#define CNKG_EXTRACTOR_NAMES_INTERNAL_H

#include "internal.h"

/* Helpers of one file that another uses are declared below, by the file that
 * defines them, with the rules names_find runs; the rest stay static. */

/* The longest name, in code points, of a class with no limit of its own
 * (names_max_length), and how far left the suffix rule looks. */
enum { MAX_NAME = 24 };

typedef struct name_ctx {
    const lexicon *lx;
    const text_view *t;
    const gaz_hit *hits;
    size_t n_hits;
    /* The positions where a suffix of some class may begin, ascending
     * (lexicon.suffix_classes), for the suffix rule of every class. */
    size_t *suffix_at;
    size_t n_suffix_at;
    size_t longest; /* the longest hit, in code points */
} name_ctx;

/* --- names.c --------------------------------------------------------------- */

size_t names_first_hit_from(const name_ctx *nc, size_t b);
size_t names_first_hit_ending_at(const name_ctx *nc, size_t pos);
size_t names_max_length(cnkg_class cls);
int names_is_name_char(uint32_t cp);
size_t names_known_form_start(const name_ctx *nc, size_t pos);
int names_han_count(const uint32_t *cps, size_t b, size_t e);
int names_holds_word(const text_view *t, size_t b, size_t e, const word_list *l);
int names_is_numeral(uint32_t cp);
int names_has_quantifier(const lexicon *lx, const uint32_t *cps, size_t b, size_t e);
size_t names_known_opening(const name_ctx *nc, size_t b, size_t e, unsigned mask);
int names_only_words(const uint32_t *cps, size_t b, size_t e, const word_list *l);
size_t names_known_end_at(const name_ctx *nc, size_t pos, cnkg_class cls);
int names_known_overlaps(const name_ctx *nc, size_t b, size_t e);
int names_name_ends_at(const name_ctx *nc, size_t e);
size_t names_amount_end(const name_ctx *nc, size_t b, size_t limit);
int names_holds_clause_word(const name_ctx *nc, size_t b, size_t e);
int names_holds_numeral(const uint32_t *cps, size_t b, size_t e);
int names_is_open_quote(uint32_t cp);
int names_is_close_quote(uint32_t cp);
int names_text_span_holds(const uint32_t *cps, size_t b, size_t e, uint32_t cp);

/* --- names_suffix.c -------------------------------------------------------- */

size_t names_extend_left(const name_ctx *nc, size_t pos, size_t end, cnkg_class cls);
int names_known_actor_from(const name_ctx *nc, size_t b, size_t min_end, size_t max_end);
int names_generic_tail(const name_ctx *nc, cnkg_class cls, size_t start, size_t p, size_t end);
size_t names_divisions_before(const name_ctx *nc, size_t pos);
int names_plain_short_head(const name_ctx *nc, size_t b, size_t e);
void names_suffix(const name_ctx *nc, cnkg_class cls, cand_list *out);

/* --- names_divisions.c ----------------------------------------------------- */

void names_agency(const name_ctx *nc, cand_list *out);
void names_foreign_divisions(const name_ctx *nc, cand_list *out);

/* --- names_quotes.c -------------------------------------------------------- */

void names_quoted(const name_ctx *nc, cand_list *out);
void names_order(const name_ctx *nc, cand_list *out);

/* --- names_triggers.c ------------------------------------------------------ */

void names_person(const name_ctx *nc, cand_list *out);
void names_event(const name_ctx *nc, cand_list *out);

/* --- names_lists.c --------------------------------------------------------- */

size_t names_list_items(const name_ctx *nc, size_t end, const word_list *stop, cnkg_span *items,
                        size_t max);
size_t names_list_items_joined(const name_ctx *nc, size_t end, const word_list *stop,
                               cnkg_span *items, size_t max, int conjunctions);
int names_plain_item(const name_ctx *nc, cnkg_span s, size_t min, size_t max);
int names_is_known_as(const name_ctx *nc, cnkg_span item, unsigned mask);
int names_is_known_industry(const name_ctx *nc, cnkg_span item);
void names_project_lists(const name_ctx *nc, cand_list *out);
int names_has_boundary_word(const name_ctx *nc, cnkg_span s);
int names_only_places(const name_ctx *nc, cnkg_span item);
void names_member_lists(const name_ctx *nc, cand_list *out);

/* --- names_products.c ------------------------------------------------------ */

void names_product_lists(const name_ctx *nc, cand_list *out);
void names_product_catalogues(const name_ctx *nc, cand_list *out);
void names_plant_products(const name_ctx *nc, cand_list *out);
void names_market_products(const name_ctx *nc, cand_list *out);
void names_capacity_products(const name_ctx *nc, cand_list *out);
void names_sector_products(const name_ctx *nc, cand_list *out);
void names_counted_machines(const name_ctx *nc, cand_list *out);
void names_headed_lists(const name_ctx *nc, cand_list *out);
void names_product_tail_lists(const name_ctx *nc, cand_list *out);
void names_model_products(const name_ctx *nc, cand_list *out);
void names_led_models(const name_ctx *nc, cand_list *out);

/* --- names_titles.c -------------------------------------------------------- */

void names_programme_objects(const name_ctx *nc, cand_list *out);
void names_designations(const name_ctx *nc, cand_list *out);
size_t names_list_count_at(const name_ctx *nc, size_t p, size_t *len);
void names_counted_titles(const name_ctx *nc, cand_list *out);
void names_role_titles(const name_ctx *nc, cand_list *out);
void names_programme_titles(const name_ctx *nc, cand_list *out);
void names_quoted_documents(const name_ctx *nc, cand_list *out);
void names_level_programmes(const name_ctx *nc, cand_list *out);

/* --- names_industries.c ---------------------------------------------------- */

void names_industry_lists(const name_ctx *nc, cand_list *out);
void names_modified_industries(const name_ctx *nc, cand_list *out);
void names_trades_of_industries(const name_ctx *nc, cand_list *out);
void names_open_sector(const name_ctx *nc, cand_list *out);

/* --- names_latin.c --------------------------------------------------------- */

void names_latin_firm(const name_ctx *nc, cand_list *out);
void names_described_latin_firms(const name_ctx *nc, cand_list *out);

#endif
