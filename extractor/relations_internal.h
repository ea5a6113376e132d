/*
 * relations_internal.h - what the files of the relation rules
 * (relations*.c) share: a sentence's mentions as slots, the context one
 * sentence's rules read, the cue rules' shape, and the helpers rules of
 * several files use. Private to those files; the rest of the extractor
 * sees relations_find (internal.h) only.
 */
#ifndef CNKG_EXTRACTOR_RELATIONS_INTERNAL_H
#define CNKG_EXTRACTOR_RELATIONS_INTERNAL_H

#include "internal.h"

/* Helpers of one file that another uses are declared below, by the file that
 * defines them, with the rules relations_find runs; the rest stay static. */

#define BIT(c) (1u << (c))
#define PLACE (BIT(CNKG_ADMINISTRATIVE_DIVISION) | BIT(CNKG_REGION))
#define ACTOR (BIT(CNKG_COMPANY) | BIT(CNKG_ORGANIZATION) | BIT(CNKG_GOVERNMENT_AGENCY))

typedef struct slot {
    size_t mention, entity;
    cnkg_class cls;
    size_t begin, end;
    int inner;          /* inside another mention's span */
    int clause_initial; /* first mention of its clause, near its start */
} slot;

typedef struct sentence_ctx {
    const text_view *t;
    cnkg_article *a;
    const lexicon *lx;
    size_t index;
    cnkg_span span;
    slot *slots;
    size_t n;
    size_t *topic; /* the division the discourse is about, or -1 */
    struct named_places *named;
    const char *home; /* IRI of the paper's home division, or NULL */
} sentence_ctx;

/* The places a name states by its prefixes (重庆|荣昌|…产业园 stands in 重庆市
 * and in 荣昌区), or a located cue by a chain of places (落户广东|揭阳): each
 * is a fact of its own, which the finer place does not make redundant. */
typedef struct named_places {
    size_t *pairs; /* subject, object, subject, object ... */
    size_t n;
} named_places;

/* One cue rule: relations.c lists them (cue_rules) and says how they choose
 * their subjects and objects; relations_cue_rule_apply runs one. */
typedef struct cue_rule {
    cnkg_relation rel;     /* whose kg:cue words trigger it */
    unsigned subjects;     /* the part of the domain that may be the subject; 0: all of it */
    unsigned stand_in;     /* classes outside the domain that take the subject's place */
    unsigned objects;      /* filled when the rule runs: the relation's range */
    int first_object_only; /* 被认定为 X: one designation; 联合A、B: one list of partners */
    int clause_only;       /* objects end with the clause */
    int objects_anywhere;  /* 问世: the objects may stand before the cue; 2: and only
                            * where no subject of the rule before has one */
    unsigned rivals;       /* classes that, as the nearer subject, take the cue
                            * from the rule (合肥聚焦…: a place develops, no firm
                            * works in) */
    int near;              /* the subject opens the cue's clause or the one
                            * before (a firm's trade is said of it at once);
                            * 2: or a clause no name opens after it reaches
                            * the cue's */
} cue_rule;

/* --- relations.c ---------------------------------------------------------- */

void relations_named_add(named_places *np, size_t subject, size_t object);
int relations_parts_clauses(const text_view *t, cnkg_span s, size_t i);
size_t relations_clause_start(const text_view *t, cnkg_span s, size_t pos);
void relations_fact(sentence_ctx *c, size_t s, cnkg_relation r, size_t o);
int relations_is_ancestor(const lexicon *lx, const cnkg_entity *child, const cnkg_entity *anc);

/* --- relations_structure.c ------------------------------------------------ */

void relations_structure(sentence_ctx *c);

/* --- relations_cues.c ----------------------------------------------------- */

int relations_ends_clause(uint32_t cp);
size_t relations_clauses_between(const text_view *t, size_t from, size_t to);
size_t relations_clause_end(const sentence_ctx *c, size_t pos);
int relations_subject_near(const sentence_ctx *c, const slot *subj, size_t pos);
int relations_counted_firms(const sentence_ctx *c, const slot *s);
int relations_subject_chained(const sentence_ctx *c, const slot *subj, size_t pos,
                              unsigned objects);
int relations_joined(const sentence_ctx *c, const slot *a, const slot *b);
int relations_after_origin_cue(const sentence_ctx *c, const slot *s);
size_t relations_find_subject(sentence_ctx *c, unsigned mask, size_t before);
const slot *relations_slot_next_outer(const sentence_ctx *c, const slot *s);
int relations_inside_slot(const sentence_ctx *c, size_t p);
void relations_cue_rule_apply(sentence_ctx *c, const cue_rule *rule);
void relations_bought_firms(sentence_ctx *c);
void relations_parent_named_first(sentence_ctx *c);
void relations_divisions_in_topic(sentence_ctx *c);

/* --- relations_located.c -------------------------------------------------- */

const slot *relations_slot_after(sentence_ctx *c, size_t pos, unsigned mask, size_t max_gap);
const slot *relations_place_chain_last(sentence_ctx *c, const slot *first, unsigned where);
void relations_located_cues(sentence_ctx *c);
void relations_routes_through(sentence_ctx *c);
void relations_origin_cues(sentence_ctx *c);
void relations_location_topic(sentence_ctx *c);
void relations_divisions_before_name(sentence_ctx *c);

/* --- relations_projects.c ------------------------------------------------- */

void relations_company_projects(sentence_ctx *c);
void relations_funded_projects(sentence_ctx *c);
void relations_attracted_firms(sentence_ctx *c);
void relations_built_parks(sentence_ctx *c);

/* --- relations_people.c --------------------------------------------------- */

void relations_titled_people(sentence_ctx *c);

/* --- relations_described.c ------------------------------------------------ */

int relations_firm_described_at(const sentence_ctx *c, const slot *firm, const word_list *members,
                                size_t *before);
void relations_place_described_firms(sentence_ctx *c);
void relations_described_firms(sentence_ctx *c);
void relations_described_places(sentence_ctx *c);
void relations_places_of_described_sectors(sentence_ctx *c);
void relations_firm_main_trades(sentence_ctx *c);
void relations_sector_of_firm(sentence_ctx *c);

/* --- relations_industries.c ----------------------------------------------- */

void relations_industry_topic(sentence_ctx *c);
void relations_sector_described_firms(sentence_ctx *c);
size_t relations_industry_run_end(const sentence_ctx *c, size_t i);
size_t relations_count_end(const sentence_ctx *c, size_t pos);
void relations_sector_lists(sentence_ctx *c);
int relations_sector_worded(const sentence_ctx *c, const slot *industry);
void relations_place_sectors(sentence_ctx *c);
int relations_counts_one(const uint32_t *cps, size_t from, size_t to);
size_t relations_firm_word_after(const sentence_ctx *c, size_t pos);
void relations_place_firm_sectors(sentence_ctx *c);
void relations_place_clusters(sentence_ctx *c);
void relations_firms_then_sector(sentence_ctx *c);

/* --- relations_roles.c ---------------------------------------------------- */

void relations_role_clauses(sentence_ctx *c);
void relations_counted_title_holders(sentence_ctx *c);
void relations_update_topic(sentence_ctx *c);

#endif
