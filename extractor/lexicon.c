/* lexicon.c - the word lists the rules read, gathered once per extractor
 * from the ontology, so the rules never hold words of their own. */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    snprintf(prop, sizeof prop, "%s%s", cnkg_class_slug(cls), name);
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
    word_list *named[] = {
        &lx->boundary,         &lx->home_word,       &lx->place_word,    &lx->local_word,
        &lx->surname,          &lx->modifier,        &lx->hidden_cue,    &lx->abbreviation,
        &lx->publishers,       &lx->locative,        &lx->topic_tail,    &lx->town_suffix,
        &lx->product_marker,   &lx->product_tail,    &lx->quantifier,    &lx->level_word,
        &lx->measure,          &lx->build_word,      &lx->legal_suffix,  &lx->partner_word,
        &lx->weak_locative,    &lx->place_tail,      &lx->navigation,    &lx->conjunction,
        &lx->department_forms, &lx->source_field,    &lx->author_field,  &lx->poster_field,
        &lx->date_field,       &lx->self_word,       &lx->outlet_suffix, &lx->dateline_word,
        &lx->report_open,      &lx->report_word,     &lx->byline_role,   &lx->byline_mark,
        &lx->byline_open,      &lx->paper_suffix,    &lx->page_open,     &lx->page_close,
        &lx->copula,           &lx->opening_word,    &lx->nominal_tail,  &lx->attract_word,
        &lx->cluster_word,     &lx->designation_cue, &lx->output_noun,   &lx->product_list_cue,
        &lx->descriptive,      &lx->verbal_noun,     &lx->industry_head,
    };
    for (size_t i = 0; i < sizeof named / sizeof *named; i++)
        fn(named[i]);
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
    lx->boundary = words(onto, "boundaryWord");
    lx->home_word = words(onto, "homeWord");
    lx->place_word = words(onto, "placeWord");
    lx->local_word = words(onto, "localWord");
    lx->locative = words(onto, "locativeWord");
    lx->topic_tail = words(onto, "topicTail");
    lx->town_suffix = words(onto, "townSuffix");
    lx->product_marker = words(onto, "productMarker");
    lx->product_tail = words(onto, "productTail");
    lx->quantifier = words(onto, "quantifierWord");
    lx->level_word = words(onto, "levelWord");
    lx->measure = words(onto, "measureWord");
    lx->build_word = words(onto, "buildWord");
    lx->legal_suffix = words(onto, "legalSuffix");
    lx->partner_word = words(onto, "partnerWord");
    lx->weak_locative = words(onto, "weakLocative");
    lx->place_tail = words(onto, "placeTail");
    lx->navigation = words(onto, "navigationWord");
    lx->conjunction = words(onto, "conjunction");
    lx->copula = words(onto, "copulaWord");
    lx->opening_word = words(onto, "openingWord");
    lx->nominal_tail = words(onto, "nominalTail");
    lx->attract_word = words(onto, "attractWord");
    lx->cluster_word = words(onto, "clusterWord");
    lx->designation_cue = words(onto, "designationCue");
    lx->output_noun = words(onto, "outputNoun");
    lx->product_list_cue = words(onto, "productListCue");
    lx->descriptive = words(onto, "descriptiveWord");
    lx->verbal_noun = words(onto, "verbalNounTail");
    lx->industry_head = words(onto, "industryQualifies");
    lx->surname = words(onto, "surname");
    lx->modifier = words(onto, "modifierWord");
    lx->hidden_cue = words(onto, "hiddenLabelCue");
    lx->abbreviation = words(onto, "suffixAbbreviation");
    lx->source_field = words(onto, "sourceField");
    lx->author_field = words(onto, "authorField");
    lx->poster_field = words(onto, "posterField");
    lx->date_field = words(onto, "dateField");
    lx->self_word = words(onto, "selfWord");
    lx->outlet_suffix = words(onto, "outletSuffix");
    lx->dateline_word = words(onto, "datelineWord");
    lx->report_open = words(onto, "reportOpen");
    lx->report_word = words(onto, "reportWord");
    lx->byline_role = words(onto, "bylineRole");
    lx->byline_mark = words(onto, "bylineMark");
    lx->byline_open = words(onto, "bylineOpen");
    lx->paper_suffix = words(onto, "paperSuffix");
    lx->page_open = words(onto, "pageOpen");
    lx->page_close = words(onto, "pageClose");
    lx->publishers = publisher_forms(onto);
    lx->department_forms = department_forms(onto);
    lexicon_each_list(lx, word_list_index);
}

void lexicon_free(lexicon *lx)
{
    lexicon_each_list(lx, word_list_index_free);
    free((void *)lx->publishers.words);
    free((void *)lx->department_forms.words);
}

int lexicon_is_generic(const lexicon *lx, cnkg_class cls, const uint32_t *cps, size_t b, size_t e)
{
    return text_list_holds(&lx->generic[cls], cps, b, e);
}
