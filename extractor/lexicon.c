/* lexicon.c - the word lists the rules read, gathered once per extractor
 * from the ontology, so the rules never hold words of their own. */
#include "internal.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A country of countries.ttl: its code is ISO 3166's alpha-2, not digits. */
int division_code_is_country(const char *code)
{
    return code && strlen(code) == 2 && !(code[0] >= '0' && code[0] <= '9');
}

static word_list class_cues(const cnkg_ontology *onto, cnkg_class cls, cnkg_cue_kind kind)
{
    word_list l = {0};
    l.words = cnkg_ontology_class_cues(onto, cls, kind, &l.n);
    return l;
}

/* The word list kg:<slug><Name> of a class (kg:companyAnaphor). */
static word_list class_words(const cnkg_ontology *onto, cnkg_class cls, const char *name)
{
    char prop[64];
    snprintf(prop, sizeof prop, "%s%s", cnkg_class_slug(cnkg_ontology_names(onto), cls), name);
    word_list l = {0};
    l.words = cnkg_ontology_words(onto, prop, &l.n);
    return l;
}

static word_list words(const cnkg_ontology *onto, const char *name)
{
    word_list l = {0};
    l.words = cnkg_ontology_words(onto, name, &l.n);
    return l;
}

/* Papers are the terms with a home division; their names, longest first,
 * find the publisher in a byline. */
static word_list publisher_forms(const cnkg_ontology *onto)
{
    word_list l = {0};
    const char **out = NULL;
    size_t n = cnkg_ontology_term_count(onto);
    for (size_t i = 0; i < n; i++) {
        const cnkg_term *t = cnkg_ontology_term(onto, i);
        if (!t->home_of)
            continue;
        for (size_t f = 0; f < t->n_forms; f++) {
            out = cnkg_xrealloc(out, (l.n + 1) * sizeof *out);
            out[l.n++] = t->forms[f];
        }
    }
    for (size_t i = 1; i < l.n; i++) /* insertion sort: a few hundred names */
        for (size_t j = i; j > 0 && strlen(out[j]) > strlen(out[j - 1]); j--) {
            const char *tmp = out[j];
            out[j] = out[j - 1];
            out[j - 1] = tmp;
        }
    l.words = out;
    return l;
}

/* The lexicon's lists of words, each kg:<name> in the ontology (mostly
 * syntax.ttl) and the field that holds it: adding a list is a field in
 * internal.h and a line here, which lexicon_init reads and
 * lexicon_each_list indexes and frees. */
static const struct {
    size_t offset;
    const char *name;
} named_lists[] = {
    {offsetof(lexicon, boundary), "boundaryWord"},
    {offsetof(lexicon, home_word), "homeWord"},
    {offsetof(lexicon, place_word), "placeWord"},
    {offsetof(lexicon, local_word), "localWord"},
    {offsetof(lexicon, surname), "surname"},
    {offsetof(lexicon, modifier), "modifierWord"},
    {offsetof(lexicon, hidden_cue), "hiddenLabelCue"},
    {offsetof(lexicon, abbreviation), "suffixAbbreviation"},
    {offsetof(lexicon, locative), "locativeWord"},
    {offsetof(lexicon, topic_tail), "topicTail"},
    {offsetof(lexicon, town_suffix), "townSuffix"},
    {offsetof(lexicon, product_marker), "productMarker"},
    {offsetof(lexicon, product_tail), "productTail"},
    {offsetof(lexicon, quantifier), "quantifierWord"},
    {offsetof(lexicon, level_word), "levelWord"},
    {offsetof(lexicon, measure), "measureWord"},
    {offsetof(lexicon, build_word), "buildWord"},
    {offsetof(lexicon, legal_suffix), "legalSuffix"},
    {offsetof(lexicon, partner_word), "partnerWord"},
    {offsetof(lexicon, weak_locative), "weakLocative"},
    {offsetof(lexicon, place_tail), "placeTail"},
    {offsetof(lexicon, navigation), "navigationWord"},
    {offsetof(lexicon, conjunction), "conjunction"},
    {offsetof(lexicon, source_field), "sourceField"},
    {offsetof(lexicon, author_field), "authorField"},
    {offsetof(lexicon, poster_field), "posterField"},
    {offsetof(lexicon, date_field), "dateField"},
    {offsetof(lexicon, self_word), "selfWord"},
    {offsetof(lexicon, outlet_suffix), "outletSuffix"},
    {offsetof(lexicon, dateline_word), "datelineWord"},
    {offsetof(lexicon, report_open), "reportOpen"},
    {offsetof(lexicon, report_word), "reportWord"},
    {offsetof(lexicon, byline_role), "bylineRole"},
    {offsetof(lexicon, byline_mark), "bylineMark"},
    {offsetof(lexicon, byline_open), "bylineOpen"},
    {offsetof(lexicon, paper_suffix), "paperSuffix"},
    {offsetof(lexicon, page_open), "pageOpen"},
    {offsetof(lexicon, page_close), "pageClose"},
    {offsetof(lexicon, copula), "copulaWord"},
    {offsetof(lexicon, opening_word), "openingWord"},
    {offsetof(lexicon, holding_word), "holdingWord"},
    {offsetof(lexicon, passing_word), "passingWord"},
    {offsetof(lexicon, unit_word), "unitWord"},
    {offsetof(lexicon, project_sector_word), "projectSectorWord"},
    {offsetof(lexicon, separately_word), "separatelyWord"},
    {offsetof(lexicon, sited_body), "sitedBody"},
    {offsetof(lexicon, trade_open), "tradeOpen"},
    {offsetof(lexicon, trade_close), "tradeClose"},
    {offsetof(lexicon, counted_sector), "countedSectorNoun"},
    {offsetof(lexicon, role_word), "roleWord"},
    {offsetof(lexicon, role_tail), "roleTail"},
    {offsetof(lexicon, hub_word), "hubWord"},
    {offsetof(lexicon, nominal_tail), "nominalTail"},
    {offsetof(lexicon, attract_word), "attractWord"},
    {offsetof(lexicon, cluster_word), "clusterWord"},
    {offsetof(lexicon, sector_list_word), "sectorListWord"},
    {offsetof(lexicon, policy_tail), "policyTail"},
    {offsetof(lexicon, policy_says), "policySays"},
    {offsetof(lexicon, scope_word), "scopeWord"},
    {offsetof(lexicon, become_word), "becomeWord"},
    {offsetof(lexicon, members_word), "membersWord"},
    {offsetof(lexicon, designation_cue), "designationCue"},
    {offsetof(lexicon, zone_suffix), "zoneSuffix"},
    {offsetof(lexicon, output_noun), "outputNoun"},
    {offsetof(lexicon, product_list_cue), "productListCue"},
    {offsetof(lexicon, catalogue_head), "catalogueHead"},
    {offsetof(lexicon, product_kind), "productKind"},
    {offsetof(lexicon, plant_word), "plantWord"},
    {offsetof(lexicon, product_head), "productHead"},
    {offsetof(lexicon, model_head), "modelHead"},
    {offsetof(lexicon, model_gap), "modelGap"},
    {offsetof(lexicon, model_lead), "modelLead"},
    {offsetof(lexicon, sector_product), "sectorProductHead"},
    {offsetof(lexicon, market_word), "marketWord"},
    {offsetof(lexicon, machine_measure), "machineMeasure"},
    {offsetof(lexicon, ordinal_measure), "ordinalMeasure"},
    {offsetof(lexicon, market_scope), "marketScope"},
    {offsetof(lexicon, making_noun), "makingNoun"},
    {offsetof(lexicon, amount_capacity), "amountCapacityWord"},
    {offsetof(lexicon, product_list_tail), "productListTail"},
    {offsetof(lexicon, part_list_tail), "partListTail"},
    {offsetof(lexicon, product_list_verb), "productListVerb"},
    {offsetof(lexicon, aspect_particle), "aspectParticle"},
    {offsetof(lexicon, verb_complement), "verbComplement"},
    {offsetof(lexicon, counting_unit), "countingUnit"},
    {offsetof(lexicon, capacity_word), "capacityWord"},
    {offsetof(lexicon, government_head), "governmentHead"},
    {offsetof(lexicon, government_word), "governmentWord"},
    {offsetof(lexicon, output_open), "outputOpen"},
    {offsetof(lexicon, attributive), "attributiveSuffix"},
    {offsetof(lexicon, descriptive), "descriptiveWord"},
    {offsetof(lexicon, way_suffix), "waySuffix"},
    {offsetof(lexicon, works_suffix), "worksSuffix"},
    {offsetof(lexicon, flowing_suffix), "flowingSuffix"},
    {offsetof(lexicon, route_word), "routeWord"},
    {offsetof(lexicon, works_kind), "worksKind"},
    {offsetof(lexicon, manner_tail), "mannerTail"},
    {offsetof(lexicon, verbal_noun), "verbalNounTail"},
    {offsetof(lexicon, industry_head), "industryQualifies"},
    {offsetof(lexicon, local_scope), "localScopeWord"},
    {offsetof(lexicon, plan_word), "planWord"},
    {offsetof(lexicon, period_word), "periodWord"},
    {offsetof(lexicon, period_tail), "periodTail"},
    {offsetof(lexicon, state_word), "stateWord"},
    {offsetof(lexicon, not_bureau), "notBureauWord"},
    {offsetof(lexicon, document_word), "documentWord"},
    {offsetof(lexicon, not_document), "notDocumentWord"},
    {offsetof(lexicon, programme_kind), "programmeKindWord"},
    {offsetof(lexicon, level_title), "levelTitle"},
    {offsetof(lexicon, title_open), "titleOpenWord"},
    {offsetof(lexicon, public_field), "publicField"},
    {offsetof(lexicon, policy_list), "programmeListWord"},
    {offsetof(lexicon, order_word), "orderWord"},
    {offsetof(lexicon, order_open), "orderOpen"},
    {offsetof(lexicon, common_order), "commonOrderWord"},
    {offsetof(lexicon, about_word), "aboutWord"},
    {offsetof(lexicon, common_short), "commonShortForm"},
    {offsetof(lexicon, common_industry), "commonIndustryName"},
    {offsetof(lexicon, sector_word), "sectorWord"},
    {offsetof(lexicon, sector_tail), "sectorTail"},
    {offsetof(lexicon, work_head), "workHead"},
    {offsetof(lexicon, own_trade), "ownTradeHead"},
    {offsetof(lexicon, open_sector), "openSectorWord"},
    {offsetof(lexicon, not_sector), "notSectorName"},
    {offsetof(lexicon, common_noun), "commonNoun"},
    {offsetof(lexicon, crossing_start), "crossingWordStart"},
    {offsetof(lexicon, crossing_end), "crossingWordEnd"},
    {offsetof(lexicon, demonstrative), "demonstrative"},
    {offsetof(lexicon, pointing_phrase), "pointingPhrase"},
    {offsetof(lexicon, whole_territory), "wholeTerritoryWord"},
    {offsetof(lexicon, region_part), "regionPartWord"},
    {offsetof(lexicon, press_suffix), "pressSuffix"},
    {offsetof(lexicon, set_phrase), "setPhrase"},
    {offsetof(lexicon, country_letter), "countryShortChar"},
    {offsetof(lexicon, standing_word), "standingWord"},
    {offsetof(lexicon, bare_firm_word), "bareFirmWord"},
    {offsetof(lexicon, headed_firm_suffix), "headedFirmSuffix"},
    {offsetof(lexicon, website_suffix), "websiteSuffix"},
    {offsetof(lexicon, not_website), "notWebsiteWord"},
    {offsetof(lexicon, purchase_cue), "purchaseCue"},
    {offsetof(lexicon, latin_legal), "latinLegalSuffix"},
    {offsetof(lexicon, latin_firm_head), "latinFirmHead"},
    {offsetof(lexicon, latin_not_name), "latinNotName"},
    {offsetof(lexicon, home_country), "homeCountry"},
    {offsetof(lexicon, nation_word), "nationWord"},
    {offsetof(lexicon, state_lead), "stateLead"},
    {offsetof(lexicon, state_acts), "stateActs"},
    {offsetof(lexicon, direction_word), "directionWord"},
    {offsetof(lexicon, foreign_state), "foreignStateSuffix"},
    {offsetof(lexicon, foreign_local), "foreignLocalSuffix"},
    {offsetof(lexicon, not_state), "notStateWord"},
    {offsetof(lexicon, placed_park), "placedParkSuffix"},
    {offsetof(lexicon, title_after_name), "titleAfterName"},
    {offsetof(lexicon, hidden_word), "hiddenFormWord"},
    {offsetof(lexicon, clause_word), "clauseWord"},
    {offsetof(lexicon, suffix_word), "suffixWord"},
    {offsetof(lexicon, activity_kind), "activityKind"},
    {offsetof(lexicon, novelty_tail), "noveltyTail"},
};

static word_list *named_list(lexicon *lx, size_t i)
{
    return (word_list *)((char *)lx + named_lists[i].offset);
}

/* Every list of the lexicon, to index and to free. */
static void lexicon_each_list(lexicon *lx, void (*fn)(word_list *))
{
    for (int c = 0; c < CNKG_CLASS_COUNT; c++) {
        fn(&lx->suffix[c]);
        fn(&lx->prefix[c]);
        fn(&lx->trigger[c]);
        fn(&lx->generic[c]);
        fn(&lx->anaphor[c]);
    }
    for (int r = 0; r < CNKG_RELATION_COUNT; r++)
        fn(&lx->cue[r]);
    for (size_t i = 0; i < sizeof named_lists / sizeof *named_lists; i++)
        fn(named_list(lx, i));
    fn(&lx->publishers);
    fn(&lx->department_forms);
}

static word_list department_forms(const cnkg_ontology *onto)
{
    word_list l = {0};
    const char **out = NULL;
    size_t n = cnkg_ontology_department_count(onto);
    for (size_t d = 0; d < n; d++) {
        const cnkg_term *dep = cnkg_ontology_department(onto, d);
        out = cnkg_xrealloc(out, (l.n + dep->n_forms + 1) * sizeof *out);
        for (size_t f = 0; f < dep->n_forms; f++)
            out[l.n++] = dep->forms[f];
    }
    l.words = out;
    return l;
}

_Static_assert(CNKG_CLASS_COUNT <= 16, "a class is a bit of suffix_classes");

static void suffix_classes_init(lexicon *lx)
{
    for (int c = 0; c < CNKG_CLASS_COUNT; c++) {
        const word_list *l = &lx->suffix[c];
        for (size_t b = 0; l->n && b < TEXT_FILTER_BITS; b++)
            if (!l->first || (l->first[b / 64] >> (b % 64) & 1))
                lx->suffix_classes[b] |= (uint16_t)(1u << c);
    }
}

/* The country term a word of kg:homeCountry is the label of, or NULL. */
static const cnkg_term *home_country_term(const cnkg_ontology *onto, const word_list *names)
{
    for (size_t i = 0; i < cnkg_ontology_term_count(onto); i++) {
        const cnkg_term *t = cnkg_ontology_term(onto, i);
        if (t->cls != CNKG_ADMINISTRATIVE_DIVISION || !division_code_is_country(t->code))
            continue;
        for (size_t k = 0; k < names->n; k++)
            if (strcmp(t->label, names->words[k]) == 0)
                return t;
    }
    return NULL;
}

void lexicon_init(lexicon *lx, const cnkg_ontology *onto)
{
    memset(lx, 0, sizeof *lx);
    lx->onto = onto;
    for (int c = 0; c < CNKG_CLASS_COUNT; c++) {
        lx->suffix[c] = class_cues(onto, (cnkg_class)c, CNKG_CUE_SUFFIX);
        lx->prefix[c] = class_cues(onto, (cnkg_class)c, CNKG_CUE_PREFIX);
        lx->trigger[c] = class_cues(onto, (cnkg_class)c, CNKG_CUE_TRIGGER);
        lx->generic[c] = class_cues(onto, (cnkg_class)c, CNKG_CUE_GENERIC);
        lx->anaphor[c] = class_words(onto, (cnkg_class)c, "Anaphor");
    }
    for (int r = 0; r < CNKG_RELATION_COUNT; r++) {
        word_list l = {0};
        l.words = cnkg_ontology_relation_cues(onto, (cnkg_relation)r, &l.n);
        lx->cue[r] = l;
    }
    for (size_t i = 0; i < sizeof named_lists / sizeof *named_lists; i++)
        *named_list(lx, i) = words(onto, named_lists[i].name);
    lx->publishers = publisher_forms(onto);
    lx->department_forms = department_forms(onto);
    lexicon_each_list(lx, word_list_index);
    suffix_classes_init(lx);
    lx->home_country_term = home_country_term(onto, &lx->home_country);
}

void lexicon_free(lexicon *lx)
{
    lexicon_each_list(lx, word_list_index_free);
    free((void *)lx->publishers.words);
    free((void *)lx->department_forms.words);
}

const char *lexicon_missing_list(const lexicon *lx)
{
    for (size_t i = 0; i < sizeof named_lists / sizeof *named_lists; i++)
        if (named_list((lexicon *)lx, i)->n == 0)
            return named_lists[i].name;
    return NULL;
}

int lexicon_is_generic(const lexicon *lx, cnkg_class cls, const uint32_t *cps, size_t b, size_t e)
{
    return text_list_holds(&lx->generic[cls], cps, b, e);
}

/* 德国汽车制造商|宝马公司, 乳业龙头企业|伊利: the length of a word for a firm
 * (kg:genericTerm of kg:Company) that ends at q and so ends what describes
 * the firm named next, or 0. Not a word that also ends firms' names (公司,
 * 集团: 中信集团|证券 is one name), nor one that runs on past q (企业|家). */
size_t lexicon_firm_word_ending(const lexicon *lx, const uint32_t *cps, size_t n, size_t q)
{
    enum { MAX_RUN_ON = 3 };
    size_t w = text_match_list_ending(cps, q, &lx->generic[CNKG_COMPANY]);
    if (!w || text_match_list_ending(cps, q, &lx->suffix[CNKG_COMPANY]) >= w)
        return 0;
    for (size_t k = q + 1; k <= n && k <= q + MAX_RUN_ON; k++)
        if (text_match_list_ending(cps, k, &lx->generic[CNKG_COMPANY]) > k - q)
            return 0;
    return w;
}

int lexicon_is_park_area(const lexicon *lx, const uint32_t *cps, size_t name_begin,
                         size_t division_begin)
{
    size_t park = text_match_list_ending(cps, division_begin, &lx->suffix[CNKG_INDUSTRIAL_PARK]);
    return park >= 2 && division_begin - park > name_begin;
}

int lexicon_is_home_country(const lexicon *lx, const uint32_t *cps, size_t b, size_t e)
{
    return text_match_list(cps, e, b, &lx->home_country) == e - b;
}

/* 山东省|医药|行业协会, 中国|汽车工业|协会: does a body's name ending at end
 * close with the trade in [b, e), a word for a sector (行业, 产业, 工业:
 * kg:nameSuffix of kg:Industry, after the trade or ending it) and the
 * body's own word (协会, 商会: kg:nameSuffix of kg:Organization)? Such a
 * body is the trade's association. */
int lexicon_is_trade_body(const lexicon *lx, const uint32_t *cps, size_t b, size_t e, size_t end)
{
    const word_list *sector = &lx->suffix[CNKG_INDUSTRY];
    size_t at = e, word = text_match_list(cps, end, e, sector);
    if (!word) {
        size_t own = text_match_list_ending(cps, e, sector);
        if (!own || own >= e - b)
            return 0;
    }
    at += word;
    size_t body = text_match_list(cps, end, at, &lx->suffix[CNKG_ORGANIZATION]);
    return body && at + body == end;
}

int lexicon_term_below(const lexicon *lx, const cnkg_term *term, const char *iri)
{
    int depth = 0;
    for (const char *p = term->parent; p && depth++ < MAX_DEPTH;) {
        if (strcmp(p, iri) == 0)
            return 1;
        const cnkg_term *up = cnkg_ontology_term_by_iri(lx->onto, p);
        p = up ? up->parent : NULL;
    }
    return 0;
}
