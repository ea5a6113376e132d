/*
 * extractor.c - the pipeline of one article, and the public API.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

struct cnkg_extractor {
    const cnkg_ontology *onto;
    const cnkg_labeller *labeller;
    const cnkg_pairs *pairs;       /* NULL: rules' facts alone */
    const cnkg_entities *entities; /* NULL: every entity found is kept */
    gazetteer *gaz;
    lexicon lx;
    FILE *trace;
    t2s_converter t2s; /* traditional to simplified (cc NULL when OpenCC has no data) */
};

void cnkg_extractor_set_trace(cnkg_extractor *x, FILE *trace)
{
    x->trace = trace;
}

void cnkg_extractor_set_pairs(cnkg_extractor *x, const cnkg_pairs *pairs)
{
    x->pairs = pairs;
}

void cnkg_extractor_set_entities(cnkg_extractor *x, const cnkg_entities *entities)
{
    x->entities = entities;
}

static void trace_candidates(FILE *out, const text_view *t, const cnkg_article *a,
                             const cand_list *cands)
{
    static const char *const sources[] = {"term", "rule", "labeller", "local"};
    fprintf(out, "== %s\n", a->title ? a->title : "(untitled)");
    for (size_t i = 0; i < cands->n; i++) {
        const cand *c = &cands->items[i];
        char *s = cnkg_cps_to_utf8(t->cps, c->begin, c->end);
        fprintf(out, "%s %-8s %-22s %zu-%zu s%d %s%s%s\n", c->dropped ? "  drop" : "  KEEP",
                sources[c->source], cnkg_class_name(a->names, c->cls), c->begin, c->end,
                c->strength, s, c->label ? " -> " : "", c->label ? c->label : "");
        free(s);
    }
}

int cnkg_extractor_new(cnkg_extractor **out, const cnkg_ontology *onto,
                       const cnkg_labeller *labeller, cnkg_error *err)
{
    if (!onto)
        return cnkg_error_set(err, "the extractor needs an ontology");
    cnkg_extractor *x = cnkg_xcalloc(1, sizeof *x);
    x->onto = onto;
    x->labeller = labeller;
    x->gaz = gazetteer_build(onto);
    lexicon_init(&x->lx, onto);
    x->t2s.cc = opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
    if (x->t2s.cc == (opencc_t)-1) {
        cnkg_extractor_free(x);
        return cnkg_error_set(err, "cannot open OpenCC's %s (is the opencc package installed?)",
                              OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
    }
    x->t2s.changes = text_t2s_changes(CNKG_OPENCC_DATA_DIR);
    *out = x;
    return 0;
}

void cnkg_extractor_free(cnkg_extractor *x)
{
    if (!x)
        return;
    gazetteer_free(x->gaz);
    lexicon_free(&x->lx);
    if (x->t2s.cc && x->t2s.cc != (opencc_t)-1)
        opencc_close(x->t2s.cc);
    free((void *)x->t2s.changes);
    free(x);
}

/* The known term one of whose forms is exactly this name, of a class. */
static const cnkg_term *term_named(const cnkg_ontology *onto, cnkg_class cls, const char *name)
{
    size_t n = cnkg_ontology_term_count(onto);
    for (size_t i = 0; i < n; i++) {
        const cnkg_term *t = cnkg_ontology_term(onto, i);
        if (t->cls != cls)
            continue;
        for (size_t f = 0; f < t->n_forms; f++)
            if (strcmp(t->forms[f], name) == 0)
                return t;
    }
    return NULL;
}

static const cnkg_term *home_division(const cnkg_extractor *x, const cnkg_article *a)
{
    if (!a->publisher)
        return NULL;
    const cnkg_term *paper = term_named(x->onto, CNKG_ORGANIZATION, a->publisher);
    return paper && paper->home_of ? cnkg_ontology_term_by_iri(x->onto, paper->home_of) : NULL;
}

static cnkg_class labeller_class(cnkg_label_type type)
{
    switch (type) {
    case CNKG_LABEL_COMPANY:
        return CNKG_COMPANY;
    case CNKG_LABEL_GOVERNMENT:
        return CNKG_GOVERNMENT_AGENCY;
    case CNKG_LABEL_ORGANIZATION:
        return CNKG_ORGANIZATION;
    case CNKG_LABEL_NAME:
        return CNKG_PERSON;
    case CNKG_LABEL_SCENE:
        return CNKG_PLACE;
    case CNKG_LABEL_PARK:
        return CNKG_INDUSTRIAL_PARK;
    case CNKG_LABEL_PROJECT:
        return CNKG_PROJECT;
    case CNKG_LABEL_PROGRAM:
        return CNKG_PROGRAM;
    case CNKG_LABEL_PRODUCT:
        return CNKG_PRODUCT;
    case CNKG_LABEL_INDUSTRY:
        return CNKG_INDUSTRY;
    default:
        return CNKG_CLASS_NONE;
    }
}

/* Where a span of class cls that ends at e ends without a title written
 * after a person's name (习近平总书记: 习近平), if two characters stay. */
static size_t end_before_title(const lexicon *lx, const text_view *t, cnkg_class cls, size_t b,
                               size_t e)
{
    size_t title =
        cls == CNKG_PERSON ? text_match_list_ending(t->cps, e, &lx->title_after_name) : 0;
    return title && e - title >= b + 2 ? e - title : e;
}

/* The labeller's spans, sentence by sentence, as the weakest proposals. */
static void labeller_candidates(const cnkg_extractor *x, const text_view *t, const cnkg_article *a,
                                cand_list *out)
{
    if (!x->labeller)
        return;
    cnkg_label_span *spans = NULL;
    size_t cap = 0;
    for (size_t s = 0; s < a->n_sentences; s++) {
        cnkg_span sp = a->sentences[s];
        size_t n =
            cnkg_labeller_tag(x->labeller, t->cps + sp.begin, sp.end - sp.begin, &spans, &cap);
        for (size_t i = 0; i < n; i++) {
            cnkg_class cls = labeller_class(spans[i].type);
            size_t b = sp.begin + spans[i].begin;
            size_t e = end_before_title(&x->lx, t, cls, b, sp.begin + spans[i].end);
            if (cls != CNKG_CLASS_NONE && e - b >= 2 &&
                !lexicon_is_generic(&x->lx, cls, t->cps, b, e))
                cand_add(out, b, e, cls, NULL, SRC_LABELLER, 1);
        }
    }
    free(spans);
}

/* The byline named the authors: where the text names them, they are
 * people, whatever the labeller reads there. */
static void byline_candidates(const text_view *t, const cnkg_article *a, cand_list *out)
{
    for (size_t i = 0; i < a->n_authors; i++) {
        size_t n;
        uint32_t *cps = cnkg_utf8_to_cps(a->authors[i], strlen(a->authors[i]), &n);
        for (size_t p = 0; n && p + n <= t->n; p++)
            if (memcmp(t->cps + p, cps, n * sizeof *cps) == 0)
                cand_add(out, p, p + n, CNKG_PERSON, NULL, SRC_RULE, 4);
        free(cps);
    }
}

/* The byline's people and paper: entities, a mention where the text names
 * them, and the affiliation the byline states. */
static size_t byline_entity(const cnkg_extractor *x, const text_view *t, cnkg_article *a,
                            cnkg_class cls, const char *name)
{
    const cnkg_term *term = term_named(x->onto, cls, name);
    size_t e =
        cnkg_article_entity_known(a, cls, term ? term->label : name, term ? term->iri : NULL);
    entity_link_term(&a->entities[e], term);
    cnkg_entity_add_alias(&a->entities[e], name);
    size_t n;
    uint32_t *cps = cnkg_utf8_to_cps(name, strlen(name), &n);
    for (size_t p = 0; n && p + n <= t->n; p++)
        if (memcmp(t->cps + p, cps, n * sizeof *cps) == 0) {
            cnkg_article_add_mention(a, e, p, p + n);
            break;
        }
    free(cps);
    return e;
}

static void byline_facts(const cnkg_extractor *x, const text_view *t, cnkg_article *a)
{
    size_t paper = (size_t)-1;
    if (a->publisher && !*a->publisher)
        cnkg_article_set(&a->publisher, NULL); /* 据《》: no paper named */
    if (a->publisher) {
        paper = byline_entity(x, t, a, CNKG_ORGANIZATION, a->publisher);
        /* the article names its publisher by the paper's canonical name */
        char *label = cnkg_xstrdup(a->entities[paper].label);
        cnkg_article_set(&a->publisher, label);
        free(label);
    }
    for (size_t i = 0; i < a->n_authors; i++) {
        if (!*a->authors[i])
            continue;
        size_t person = byline_entity(x, t, a, CNKG_PERSON, a->authors[i]);
        size_t s = cnkg_article_first_sentence(a, person);
        if (paper != (size_t)-1) /* a byline the text never names states it at the head */
            cnkg_article_add_fact(a, person, CNKG_AFFILIATED_WITH, paper, s == (size_t)-1 ? 0 : s);
    }
}

static void extract(cnkg_extractor *x, cnkg_article *a)
{
    text_view t;
    text_view_init(&t, a->text, &x->t2s);
    text_sentences(a, &t);

    gaz_hit *hits = NULL;
    size_t cap = 0, n_hits = gazetteer_scan(x->gaz, &t, &hits, &cap);
    n_hits = gazetteer_drop_crossing(&x->lx.crossing_start, &x->lx.crossing_end, &t, hits, n_hits);
    cand_list cands = {0};
    names_find(&x->lx, &t, hits, n_hits, &cands);
    labeller_candidates(x, &t, a, &cands);
    byline_candidates(&t, a, &cands);
    const cnkg_term *home = home_division(x, a);
    resolve_candidates(&x->lx, &t, hits, n_hits, home ? home->iri : NULL, &cands, a);
    if (x->trace)
        trace_candidates(x->trace, &t, a, &cands);
    merge_entities(&x->lx, x->gaz, a);
    mentions_repeat(&x->lx, &t, a);
    byline_facts(x, &t, a);
    coref_resolve(&x->lx, &t, a, home);
    relations_find(&x->lx, &t, a, home ? home->iri : NULL);
    relations_check(&x->lx, a);
    mentions_one_per_span(a);
    /* the learned facts last, on the article as the rules leave it, which
     * is what cnkg-train-pairs trained on; candidates are within the
     * ontology's domains and ranges already */
    if (x->pairs)
        cnkg_pairs_apply(x->pairs, a);
    mentions_alias_sector_words(&x->lx, &t, a);
    /* the entity filter judges the article as it would be written, which
     * is what cnkg-train-entities trained on */
    if (x->entities)
        cnkg_entities_apply(x->entities, a);

    cand_list_free(&cands);
    free(hits);
    text_view_free(&t);
}

cnkg_article *cnkg_extractor_article(cnkg_extractor *x, const char *text, size_t len,
                                     const char *source)
{
    char *copy = cnkg_xstrndup(text, len);
    cnkg_article *a = cnkg_article_new(cnkg_ontology_names(x->onto), copy);
    free(copy);
    cnkg_article_set(&a->source, source);
    extract(x, a);
    return a;
}

/* An article as the page gave it: text and page data, nothing found yet. */
static cnkg_article *draft_article(const lexicon *lx, const article_draft *d, const char *source,
                                   size_t position)
{
    cnkg_article *a = cnkg_article_new(cnkg_ontology_names(lx->onto), d->text.data);
    a->position = position;
    cnkg_article_set(&a->source, source);
    cnkg_article_set(&a->title, d->title);
    cnkg_article_set(&a->kicker, d->kicker);
    cnkg_article_set(&a->publisher, d->publisher);
    cnkg_article_set(&a->date, d->date);
    cnkg_article_set(&a->url, d->url);
    for (size_t k = 0; k < d->n_authors; k++)
        cnkg_article_add_author(a, d->authors[k]);
    return a;
}

int cnkg_extractor_page(cnkg_extractor *x, const char *text, size_t len, const char *source,
                        cnkg_article_fn fn, void *ctx)
{
    article_draft *drafts;
    size_t n = page_split(text, len, &x->lx, &x->t2s, &drafts);
    int rc = 0;
    for (size_t i = 0, position = 0; i < n; i++) {
        article_draft *d = &drafts[i];
        if (rc == 0 && d->text.len) {
            cnkg_article *a = draft_article(&x->lx, d, source, ++position);
            extract(x, a);
            rc = fn(a, ctx);
            cnkg_article_free(a);
        }
        article_draft_free(d);
    }
    free(drafts);
    return rc;
}

void cnkg_extractor_fill(cnkg_extractor *x, cnkg_article *a)
{
    extract(x, a);
}

/* --- a page in pieces ----------------------------------------------------- */

/* Text after which no article boundary could be settled: the paragraphs
 * it holds are so long that their article is over the limit. */
enum { UNSETTLED_PER_LIMIT = 4 };

struct cnkg_page_reader {
    lexicon lx;
    t2s_converter t2s;
    size_t max_text;
    char *source;    /* the page being read, or NULL between pages */
    size_t articles; /* of the page, given out so far: the next one's place */
    cnkg_buf carry;  /* its text from the first article not yet given out */
    size_t line;     /* the page's line where carry starts */
    page_state st;
    /* Runs of empty lines are kept to three line ends: more split the
     * page no differently, and pages may be parted by any number. Where
     * lines went, for the line numbers of messages: */
    struct squeeze {
        size_t at, lines;
    } * squeezed;
    size_t n_squeezed, cap_squeezed;
};

int cnkg_page_reader_new(cnkg_page_reader **out, const cnkg_ontology *onto, size_t max_text,
                         cnkg_error *err)
{
    cnkg_page_reader *r = cnkg_xcalloc(1, sizeof *r);
    r->max_text = max_text;
    lexicon_init(&r->lx, onto);
    r->t2s.cc = opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
    if (r->t2s.cc == (opencc_t)-1) {
        cnkg_page_reader_free(r);
        return cnkg_error_set(err, "cannot open OpenCC's %s (is the opencc package installed?)",
                              OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
    }
    r->t2s.changes = text_t2s_changes(CNKG_OPENCC_DATA_DIR);
    *out = r;
    return 0;
}

void cnkg_page_reader_reset(cnkg_page_reader *r)
{
    free(r->source);
    r->source = NULL;
    cnkg_buf_clear(&r->carry);
    r->n_squeezed = 0;
    page_state_free(&r->st);
}

void cnkg_page_reader_free(cnkg_page_reader *r)
{
    if (!r)
        return;
    cnkg_page_reader_reset(r);
    cnkg_buf_free(&r->carry);
    free(r->squeezed);
    lexicon_free(&r->lx);
    if (r->t2s.cc && r->t2s.cc != (opencc_t)-1)
        opencc_close(r->t2s.cc);
    free((void *)r->t2s.changes);
    free(r);
}

/* The page's line at offset of carry. */
static size_t carry_line(const cnkg_page_reader *r, size_t offset)
{
    size_t line = r->line;
    for (const char *p = r->carry.data; (p = memchr(p, '\n', offset - (size_t)(p - r->carry.data)));
         p++)
        line++;
    for (size_t i = 0; i < r->n_squeezed && r->squeezed[i].at <= offset; i++)
        line += r->squeezed[i].lines;
    return line;
}

static void note_squeeze(cnkg_page_reader *r, size_t at)
{
    if (r->n_squeezed && r->squeezed[r->n_squeezed - 1].at == at) {
        r->squeezed[r->n_squeezed - 1].lines++;
        return;
    }
    if (r->n_squeezed == r->cap_squeezed) {
        r->cap_squeezed = r->cap_squeezed ? 2 * r->cap_squeezed : 16;
        r->squeezed = cnkg_xrealloc(r->squeezed, r->cap_squeezed * sizeof *r->squeezed);
    }
    r->squeezed[r->n_squeezed++] = (struct squeeze){at, 1};
}

/* Appends a piece to the carry, runs of empty lines kept to three line
 * ends (so that the carry stays small between pages). */
static void carry_append(cnkg_page_reader *r, const char *text, size_t len)
{
    size_t run = 0;
    while (run < r->carry.len && r->carry.data[r->carry.len - 1 - run] == '\n')
        run++;
    size_t from = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] != '\n') {
            run = 0;
            continue;
        }
        if (++run <= 3)
            continue;
        cnkg_buf_append(&r->carry, text + from, i - from);
        note_squeeze(r, r->carry.len);
        from = i + 1;
    }
    cnkg_buf_append(&r->carry, text + from, len - from);
}

/* An article at offset of the carry refused: it holds more than the
 * limit, or (endless) runs on for more than UNSETTLED_PER_LIMIT times it
 * with no line where it could end. */
static int refuse(cnkg_page_reader *r, size_t offset, int endless, cnkg_refused_fn refused,
                  void *ctx)
{
    cnkg_error why;
    if (endless)
        cnkg_error_set(&why,
                       "%s:%zu: the article that starts on this line runs on for more than %zu "
                       "bytes with no end, past the limit per article of %zu bytes of text "
                       "(refused, not truncated; --max-article-size raises it)",
                       r->source, carry_line(r, offset), UNSETTLED_PER_LIMIT * r->max_text,
                       r->max_text);
    else
        cnkg_error_set(&why,
                       "%s:%zu: the article that starts on this line has more than %zu bytes of "
                       "text, the limit per article (refused, not truncated; --max-article-size "
                       "raises it)",
                       r->source, carry_line(r, offset), r->max_text);
    return refused(&why, ctx);
}

/* Drops the carry's text before offset, which is read. */
static void carry_cut(cnkg_page_reader *r, size_t offset)
{
    r->line = carry_line(r, offset);
    size_t w = 0;
    for (size_t i = 0; i < r->n_squeezed; i++)
        if (r->squeezed[i].at > offset)
            r->squeezed[w++] = (struct squeeze){r->squeezed[i].at - offset, r->squeezed[i].lines};
    r->n_squeezed = w;
    memmove(r->carry.data, r->carry.data + offset, r->carry.len - offset);
    r->carry.len -= offset;
    r->carry.data[r->carry.len] = '\0';
}

/* The settled articles, in order, to fn; those over the limit to
 * refused. */
static int give_out(cnkg_page_reader *r, article_draft *ds, size_t n, cnkg_page_article_fn fn,
                    cnkg_refused_fn refused, void *ctx)
{
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        article_draft *d = &ds[i];
        if (rc == 0 && d->text.len > r->max_text) {
            rc = refuse(r, d->offset, 0, refused, ctx);
        } else if (rc == 0 && d->text.len) {
            rc = fn(draft_article(&r->lx, d, r->source, ++r->articles), ctx);
        }
        article_draft_free(d);
    }
    free(ds);
    return rc;
}

int cnkg_page_reader_feed(cnkg_page_reader *r, const char *source, const char *text, size_t len,
                          int last, cnkg_page_article_fn fn, cnkg_refused_fn refused, void *ctx)
{
    if (!r->source) {
        r->source = cnkg_xstrdup(source);
        r->articles = 0;
        r->line = 1;
        r->st = (page_state){.above = -1};
        cnkg_buf_clear(&r->carry);
        r->n_squeezed = 0;
    }
    carry_append(r, text, len);
    article_draft *ds;
    page_rest rest;
    size_t n = page_split_piece(r->carry.data ? r->carry.data : "", r->carry.len, last, &r->st,
                                &r->lx, &r->t2s, &ds, &rest);
    int rc = give_out(r, ds, n, fn, refused, ctx);
    if (last) {
        cnkg_page_reader_reset(r);
        return rc;
    }
    size_t at = rest.at;
    if (rc == 0 && rest.open > r->max_text) {
        /* The article goes on past the limit: refused, and the page read
         * on from the end of what it holds so far. */
        rc = refuse(r, rest.open_start, 0, refused, ctx);
        at = rest.drop;
        r->st.ghost = 1;
    }
    if (rc == 0 && r->carry.len - at > UNSETTLED_PER_LIMIT * r->max_text) {
        rc = refuse(r, at, 1, refused, ctx);
        at = r->carry.len;
        r->st.ghost = 1;
    }
    carry_cut(r, at);
    return rc;
}
