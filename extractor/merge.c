/* merge.c - one node per thing: short forms fold into the fullest name the
 * article gives (长安 into 长安汽车, 荣昌高新区 into 荣昌高新技术产业开发区),
 * and a name found once is a mention wherever else it stands. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static int ends_with_word(const char *s, size_t stem, const word_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(s + stem, l->words[i]) == 0)
            return 1;
    return 0;
}

/* "高新技术产业开发区|高新区": the two suffixes name the same kind of park. */
static int abbreviated(const word_list *abbr, const char *long_sfx, const char *short_sfx)
{
    for (size_t i = 0; i < abbr->n; i++) {
        const char *bar = strchr(abbr->words[i], '|');
        if (bar && strncmp(abbr->words[i], long_sfx, (size_t)(bar - abbr->words[i])) == 0 &&
            strlen(long_sfx) == (size_t)(bar - abbr->words[i]) && strcmp(bar + 1, short_sfx) == 0)
            return 1;
    }
    return 0;
}

static int same_stem_abbrev(const lexicon *lx, const char *full, const char *shorter)
{
    size_t fl = strlen(full), sl = strlen(shorter);
    for (size_t stem = 3; stem <= sl && stem < fl; stem++) {
        if (strncmp(full, shorter, stem) != 0)
            break;
        if (abbreviated(&lx->abbreviation, full + stem, shorter + stem))
            return 1;
    }
    return 0;
}

static int is_form_of(const cnkg_ontology *onto, const cnkg_entity *e, const char *s)
{
    const cnkg_term *t = e->iri ? cnkg_ontology_term_by_iri(onto, e->iri) : NULL;
    if (!t)
        return 0;
    for (size_t f = 0; f < t->n_forms; f++)
        if (strcmp(t->forms[f], s) == 0)
            return 1;
    return 0;
}

/* cps of a UTF-8 label; the caller frees. */
static uint32_t *label_cps(const char *label, size_t *n)
{
    return cnkg_utf8_to_cps(label, strlen(label), n);
}

/* 巫山红叶节 in 第十九届重庆长江三峡(巫山)国际红叶节: every character of the
 * short name in order, and the same last two. */
static int subsequence_with_tail(const char *shorter, const char *longer)
{
    size_t ns, nl;
    uint32_t *s = label_cps(shorter, &ns), *l = label_cps(longer, &nl);
    int ok = ns >= 3 && nl > ns && s[ns - 1] == l[nl - 1] && s[ns - 2] == l[nl - 2];
    for (size_t i = 0, j = 0; ok && i < ns; i++) {
        while (j < nl && l[j] != s[i])
            j++;
        ok = j++ < nl;
    }
    free(s);
    free(l);
    return ok;
}

/* Does the article name a division by exactly this string? */
static int names_division(const cnkg_article *a, const char *s, size_t len)
{
    for (size_t i = 0; i < a->n_entities; i++) {
        const cnkg_entity *e = &a->entities[i];
        if (e->cls != CNKG_ADMINISTRATIVE_DIVISION)
            continue;
        if (strlen(e->label) == len && strncmp(e->label, s, len) == 0)
            return 1;
        for (size_t k = 0; k < e->n_aliases; k++)
            if (strlen(e->aliases[k]) == len && strncmp(e->aliases[k], s, len) == 0)
                return 1;
    }
    return 0;
}

/* Should entity a fold into entity b? */
static int folds_into(const lexicon *lx, const cnkg_article *art, const cnkg_entity *a,
                      const cnkg_entity *b)
{
    if (a->cls != b->cls || a == b || a->cls == CNKG_ADMINISTRATIVE_DIVISION ||
        a->cls == CNKG_PERSON || a->cls == CNKG_INDUSTRY)
        return 0;
    if (a->iri && b->iri)
        return 0; /* two known terms are two things */
    if (b->iri && is_form_of(lx->onto, b, a->label))
        return 1;
    size_t al = strlen(a->label), bl = strlen(b->label);
    if (al >= bl)
        return 0;
    /* 长安 + 汽车, 院落微治理 + 机制: the rest of the fuller name is a suffix */
    if (strncmp(a->label, b->label, al) == 0 && cnkg_utf8_length(a->label) >= 2 &&
        ends_with_word(b->label, al, &lx->suffix[a->cls]))
        return 1;
    /* 重庆市 + 承接产业转移示范园区, 江西 + 光速电子: a division before it */
    if (strcmp(b->label + bl - al, a->label) == 0 && names_division(art, b->label, bl - al))
        return 1;
    /* 三峡 in 长江三峡, 红叶节 in …国际红叶节 */
    if ((a->cls == CNKG_PLACE || a->cls == CNKG_EVENT) && strcmp(b->label + bl - al, a->label) == 0)
        return 1;
    if (a->cls == CNKG_EVENT && subsequence_with_tail(a->label, b->label))
        return 1;
    return !a->iri && same_stem_abbrev(lx, b->label, a->label);
}

static void move_entity(cnkg_article *a, size_t from, size_t to)
{
    cnkg_entity *src = &a->entities[from], *dst = &a->entities[to];
    cnkg_entity_add_alias(dst, src->label);
    for (size_t i = 0; i < src->n_aliases; i++)
        cnkg_entity_add_alias(dst, src->aliases[i]);
    for (size_t i = 0; i < a->n_mentions; i++)
        if (a->mentions[i].entity == from)
            a->mentions[i].entity = to;
}

static void entity_clear(cnkg_entity *e)
{
    free(e->label);
    for (size_t i = 0; i < e->n_aliases; i++)
        free(e->aliases[i]);
    free(e->aliases);
    free(e->code);
    free(e->iri);
    free(e->broader);
}

/* Drops entities left without mentions, renumbering the rest. */
static void compact(cnkg_article *a)
{
    size_t *map = cnkg_xmalloc((a->n_entities + 1) * sizeof *map);
    char *used = cnkg_xcalloc(a->n_entities + 1, 1);
    for (size_t i = 0; i < a->n_mentions; i++)
        used[a->mentions[i].entity] = 1;
    size_t w = 0;
    for (size_t i = 0; i < a->n_entities; i++) {
        if (!used[i]) {
            entity_clear(&a->entities[i]);
            continue;
        }
        map[i] = w;
        a->entities[w++] = a->entities[i];
    }
    a->n_entities = w;
    for (size_t i = 0; i < a->n_mentions; i++)
        a->mentions[i].entity = map[a->mentions[i].entity];
    free(map);
    free(used);
}

void merge_entities(const lexicon *lx, cnkg_article *a)
{
    char *folded = cnkg_xcalloc(a->n_entities + 1, 1);
    for (size_t i = 0; i < a->n_entities; i++) {
        size_t best = (size_t)-1;
        for (size_t j = 0; j < a->n_entities; j++) {
            if (j == i || folded[j] || !folds_into(lx, a, &a->entities[i], &a->entities[j]))
                continue;
            if (best == (size_t)-1 || strlen(a->entities[j].label) > strlen(a->entities[best].label))
                best = j;
        }
        if (best != (size_t)-1) {
            move_entity(a, i, best);
            folded[i] = 1;
        }
    }
    free(folded);
    compact(a);
}

static int overlaps_mention(const cnkg_article *a, size_t b, size_t e)
{
    for (size_t i = 0; i < a->n_mentions; i++)
        if (a->mentions[i].span.begin < e && b < a->mentions[i].span.end)
            return 1;
    return 0;
}

static void repeat_form(const text_view *t, cnkg_article *a, size_t entity, const char *form)
{
    size_t n;
    uint32_t *cps = cnkg_utf8_to_cps(form, strlen(form), &n);
    if (n >= 2) {
        for (size_t p = 0; p + n <= t->n; p++) {
            if (memcmp(t->cps + p, cps, n * sizeof *cps) == 0 && !overlaps_mention(a, p, p + n))
                cnkg_article_add_mention(a, entity, p, p + n);
        }
    }
    free(cps);
}

void mentions_repeat(const text_view *t, cnkg_article *a)
{
    size_t n = a->n_entities;
    for (size_t i = 0; i < n; i++) {
        repeat_form(t, a, i, a->entities[i].label);
        for (size_t k = 0; k < a->entities[i].n_aliases; k++)
            repeat_form(t, a, i, a->entities[i].aliases[k]);
    }
}
