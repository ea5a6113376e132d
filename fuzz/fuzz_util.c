/* fuzz_util.c - see fuzz_util.h. Harness state lives for the whole fuzzing
 * process, so the ontology and model are loaded once. */
#define _GNU_SOURCE
#include "fuzz_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static cnkg_extractor *extractor;
static cnkg_ontology *ontology;
static char dir[64];
static char path[256];

static void die(const char *what, const cnkg_error *err)
{
    fprintf(stderr, "fuzz setup: %s: %s\n", what, err ? err->message : "");
    abort();
}

cnkg_extractor *fuzz_extractor(void)
{
    if (extractor)
        return extractor;
    cnkg_error err;
    cnkg_ontology *onto;
    cnkg_labeller *labeller = NULL;
    if (cnkg_ontology_load(&onto, CNKG_FUZZ_ONTOLOGY, &err) != 0)
        die("ontology", &err);
    ontology = onto;
    /* The model makes every run slower; CNKG_FUZZ_MODEL opts in. */
    const char *model = getenv("CNKG_FUZZ_MODEL");
    if (model && *model && cnkg_labeller_load(&labeller, model, &err) != 0)
        die("model", &err);
    if (cnkg_extractor_new(&extractor, onto, labeller, &err) != 0)
        die("extractor", &err);
    /* onto and labeller must outlive the extractor, which lives until
     * exit. */
    return extractor;
}

cnkg_page_reader *fuzz_page_reader(size_t max_text)
{
    static cnkg_page_reader *readers[2];
    static size_t limits[2];
    fuzz_extractor(); /* loads the ontology */
    for (size_t i = 0; i < 2; i++) {
        if (readers[i] && limits[i] == max_text)
            return readers[i];
        if (!readers[i]) {
            cnkg_error err;
            if (cnkg_page_reader_new(&readers[i], ontology, max_text, &err) != 0)
                die("page reader", &err);
            limits[i] = max_text;
            return readers[i];
        }
    }
    die("page reader: more than two limits", NULL);
    return NULL;
}

int fuzz_touch_page_article(cnkg_article *a, void *ctx)
{
    fuzz_touch_article(a, ctx);
    cnkg_article_free(a);
    return 0;
}

int fuzz_ignore_refusal(const cnkg_error *why, void *ctx)
{
    (void)why;
    (void)ctx;
    return 0;
}

const char *fuzz_dir(void)
{
    if (!dir[0]) {
        strcpy(dir, "/tmp/cnkg-fuzz-XXXXXX");
        if (!mkdtemp(dir))
            die("mkdtemp", NULL);
    }
    return dir;
}

const char *fuzz_write_file(const char *name, const void *data, size_t size)
{
    snprintf(path, sizeof path, "%s/%s", fuzz_dir(), name);
    FILE *fp = fopen(path, "wb");
    if (!fp || fwrite(data, 1, size, fp) != size || fclose(fp) != 0)
        die("write", NULL);
    return path;
}

static void check_utf8(const char *s)
{
    if (!s)
        return;
    size_t len = strlen(s), i = 0;
    while (i < len) {
        uint32_t cp;
        size_t n = cnkg_utf8_decode(s + i, len - i, &cp);
        if (n == 0)
            abort(); /* the extractor made invalid UTF-8 */
        i += n;
    }
}

/* The invariants the RDF writer relies on: indexes in range, spans inside
 * the text, strings valid UTF-8. A violation is a finding. */
int fuzz_touch_article(const cnkg_article *a, void *ctx)
{
    (void)ctx;
    check_utf8(a->text);
    check_utf8(a->title);
    check_utf8(a->kicker);
    check_utf8(a->publisher);
    check_utf8(a->date);
    if (a->text && cnkg_utf8_length(a->text) != a->text_length)
        abort();
    for (size_t i = 0; i < a->n_authors; i++)
        check_utf8(a->authors[i]);
    for (size_t i = 0; i < a->n_sentences; i++)
        if (a->sentences[i].begin > a->sentences[i].end || a->sentences[i].end > a->text_length)
            abort();
    for (size_t i = 0; i < a->n_entities; i++) {
        check_utf8(a->entities[i].label);
        if (!a->entities[i].label || !*a->entities[i].label)
            abort();
        for (size_t k = 0; k < a->entities[i].n_aliases; k++)
            check_utf8(a->entities[i].aliases[k]);
    }
    for (size_t i = 0; i < a->n_mentions; i++) {
        const cnkg_mention *m = &a->mentions[i];
        if (m->entity >= a->n_entities || m->span.begin > m->span.end ||
            m->span.end > a->text_length || m->sentence >= a->n_sentences)
            abort();
    }
    for (size_t i = 0; i < a->n_facts; i++) {
        const cnkg_fact *f = &a->facts[i];
        if (f->subject >= a->n_entities || f->object >= a->n_entities || (int)f->relation < 0 ||
            f->relation >= CNKG_RELATION_COUNT)
            abort();
    }
    return 0;
}
