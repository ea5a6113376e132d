/* load.c - the ontology's life cycle and the questions it answers. */
#include "onto_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int read_all(cnkg_ontology *onto, const char *dir, cnkg_error *err)
{
    char **paths = NULL;
    size_t n_paths = 0;
    if (onto_walk(dir, &paths, &n_paths, err) != 0)
        return -1;
    onto_triples triples = {0};
    onto_reader *reader = onto_reader_new(&onto->strs, &triples, err);
    int rc = reader ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < n_paths; i++)
        rc = onto_reader_parse(reader, paths[i], err);
    onto_reader_free(reader);
    onto_walk_free(paths, n_paths);
    if (rc == 0)
        rc = onto_build(onto, &triples, err);
    free(triples.v);
    return rc;
}

/* Read now rather than on first lookup: worker threads share the ontology
 * read-only, and the table costs milliseconds. */
static int read_townships(cnkg_ontology *onto, const char *dir, cnkg_error *err)
{
    cnkg_buf path = {0};
    cnkg_buf_printf(&path, "%s/lexicon/townships.tsv", dir);
    int rc = onto_townships_load(&onto->townships, path.data, err);
    cnkg_buf_free(&path);
    return rc;
}

int cnkg_ontology_load(cnkg_ontology **out, const char *dir, cnkg_error *err)
{
    *out = NULL;
    cnkg_ontology *onto = cnkg_xcalloc(1, sizeof *onto);
    onto_strtab_init(&onto->strs);
    cnkg_buf path = {0};
    cnkg_buf_printf(&path, "%s/cnkg.ttl", dir);
    onto->schema_path = cnkg_buf_detach(&path);
    if (read_all(onto, dir, err) != 0 || read_townships(onto, dir, err) != 0) {
        cnkg_ontology_free(onto);
        return -1;
    }
    *out = onto;
    return 0;
}

static void free_terms(cnkg_term *terms, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free((void *)terms[i].forms);
        free((void *)terms[i].form_kinds);
    }
    free(terms);
}

void cnkg_ontology_free(cnkg_ontology *onto)
{
    if (!onto)
        return;
    free_terms(onto->terms, onto->n_terms);
    free_terms(onto->departments, onto->n_departments);
    free(onto->index);
    for (int c = 0; c < CNKG_CLASS_COUNT; c++) {
        for (int k = 0; k < ONTO_CUE_KINDS; k++)
            free(onto->class_cues[c][k].v);
        free(onto->class_labels[c].v);
    }
    for (int r = 0; r < CNKG_RELATION_COUNT; r++) {
        free(onto->relation_cues[r].v);
        free(onto->relation_labels[r].v);
    }
    for (size_t i = 0; i < onto->n_words; i++)
        free(onto->words[i].list.v);
    free(onto->words);
    onto_townships_free(&onto->townships);
    onto_strtab_free(&onto->strs);
    free(onto->schema_path);
    free(onto);
}

const char *cnkg_ontology_schema_path(const cnkg_ontology *onto)
{
    return onto->schema_path;
}

/* --- terms --------------------------------------------------------------- */

size_t cnkg_ontology_term_count(const cnkg_ontology *onto)
{
    return onto->n_terms;
}

const cnkg_term *cnkg_ontology_term(const cnkg_ontology *onto, size_t i)
{
    return i < onto->n_terms ? &onto->terms[i] : NULL;
}

const cnkg_term *cnkg_ontology_term_by_iri(const cnkg_ontology *onto, const char *iri)
{
    if (!iri || !onto->n_index)
        return NULL;
    size_t j = cnkg_hash64(iri, strlen(iri), 0) & (onto->n_index - 1);
    for (uint32_t v; (v = onto->index[j]) != 0; j = (j + 1) & (onto->n_index - 1))
        if (strcmp(onto->terms[v - 1].iri, iri) == 0)
            return &onto->terms[v - 1];
    return NULL;
}

size_t cnkg_ontology_department_count(const cnkg_ontology *onto)
{
    return onto->n_departments;
}

const cnkg_term *cnkg_ontology_department(const cnkg_ontology *onto, size_t i)
{
    return i < onto->n_departments ? &onto->departments[i] : NULL;
}

/* --- word lists -------------------------------------------------------- */

const char *const *cnkg_ontology_class_cues(const cnkg_ontology *onto, cnkg_class cls,
                                            cnkg_cue_kind kind, size_t *n)
{
    *n = 0;
    if (cls < 0 || cls >= CNKG_CLASS_COUNT || kind < 0 || kind >= ONTO_CUE_KINDS)
        return NULL;
    const onto_list *l = &onto->class_cues[cls][kind];
    *n = l->n;
    return l->v;
}

const char *const *cnkg_ontology_relation_cues(const cnkg_ontology *onto, cnkg_relation rel,
                                               size_t *n)
{
    *n = 0;
    if (rel < 0 || rel >= CNKG_RELATION_COUNT)
        return NULL;
    *n = onto->relation_cues[rel].n;
    return onto->relation_cues[rel].v;
}

static int compare_name(const void *key, const void *elem)
{
    return strcmp(key, ((const onto_named_list *)elem)->name);
}

const char *const *cnkg_ontology_words(const cnkg_ontology *onto, const char *name, size_t *n)
{
    *n = 0;
    const onto_named_list *l =
        onto->n_words ? bsearch(name, onto->words, onto->n_words, sizeof *onto->words, compare_name)
                      : NULL;
    if (!l)
        return NULL;
    *n = l->list.n;
    return l->list.v;
}

/* --- presentation ------------------------------------------------------ */

/* The label in exactly this language, else in a regional variant of it
 * ("zh" finds "zh-CN"), else NULL. */
static const char *label_in(const onto_labels *l, const char *lang)
{
    size_t len = strlen(lang);
    for (size_t i = 0; i < l->n; i++)
        if (strcasecmp(l->v[i].lang, lang) == 0)
            return l->v[i].text;
    for (size_t i = 0; i < l->n; i++)
        if (strncasecmp(l->v[i].lang, lang, len) == 0 && l->v[i].lang[len] == '-')
            return l->v[i].text;
    return NULL;
}

const char *cnkg_ontology_class_label(const cnkg_ontology *onto, cnkg_class cls, const char *lang)
{
    if (cls < 0 || cls >= CNKG_CLASS_COUNT)
        return NULL;
    const char *label = lang ? label_in(&onto->class_labels[cls], lang) : NULL;
    return label ? label : onto->names.class_name[cls];
}

const char *cnkg_ontology_relation_label(const cnkg_ontology *onto, cnkg_relation rel,
                                         const char *lang)
{
    if (rel < 0 || rel >= CNKG_RELATION_COUNT)
        return NULL;
    const char *label = lang ? label_in(&onto->relation_labels[rel], lang) : NULL;
    return label ? label : onto->names.relation_name[rel];
}

/* Unstyled classes still draw: a plain white ellipse. */
const char *cnkg_ontology_class_shape(const cnkg_ontology *onto, cnkg_class cls)
{
    if (cls < 0 || cls >= CNKG_CLASS_COUNT || !onto->shape[cls])
        return "ellipse";
    return onto->shape[cls];
}

const char *cnkg_ontology_class_colour(const cnkg_ontology *onto, cnkg_class cls)
{
    if (cls < 0 || cls >= CNKG_CLASS_COUNT || !onto->colour[cls])
        return "#ffffff";
    return onto->colour[cls];
}

/* --- relation signatures -------------------------------------------------- */

unsigned cnkg_ontology_relation_domain(const cnkg_ontology *onto, cnkg_relation rel)
{
    return rel >= 0 && rel < CNKG_RELATION_COUNT ? onto->domain[rel] : 0;
}

unsigned cnkg_ontology_relation_range(const cnkg_ontology *onto, cnkg_relation rel)
{
    return rel >= 0 && rel < CNKG_RELATION_COUNT ? onto->range[rel] : 0;
}

int cnkg_ontology_relation_is_symmetric(const cnkg_ontology *onto, cnkg_relation rel)
{
    return cnkg_relation_is_symmetric(&onto->names, rel);
}

const cnkg_names *cnkg_ontology_names(const cnkg_ontology *onto)
{
    return &onto->names;
}
