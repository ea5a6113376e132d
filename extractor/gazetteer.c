/*
 * gazetteer.c - every surface form of every ontology term in one code point
 * trie, walked from each position of the matching view.
 *
 * Edges live in one open-addressing table keyed by (node, code point), so a
 * node costs nothing for its children and a step is one probe on average.
 * Forms are folded like the view (no quotes or blanks, full-width ASCII
 * folded, Latin lower-cased) so the two meet halfway.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct edge {
    uint64_t key; /* node << 32 | code point; 0 marks a free slot */
    uint32_t child;
} edge;

typedef struct accept {
    uint32_t term;
    uint8_t kind;
} accept;

struct gazetteer {
    edge *edges;
    size_t cap, n_edges;
    uint32_t n_nodes;
    /* accepts of node i: accepts[first[i] .. first[i] + count[i]) after
     * build; built as a linked list first. */
    accept *accepts;
    size_t n_accepts, cap_accepts;
    uint32_t *head; /* per node: first accept index + 1, or 0 */
    uint32_t *next; /* per accept: next accept index + 1, or 0 */
    size_t cap_nodes;
    /* The root's children by code point (BMP only; 0: none): the first
     * step from every position of every text, answered without probing
     * the edge table, which is too large to stay in cache. */
    uint32_t *root;
};

enum { ROOT_CPS = 0x10000 };

static uint64_t edge_hash(uint64_t key)
{
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdULL;
    key ^= key >> 33;
    return key;
}

static uint32_t edge_find(const gazetteer *g, uint32_t node, uint32_t cp)
{
    if (!g->cap)
        return 0;
    uint64_t key = ((uint64_t)node << 32 | cp) + 1;
    for (size_t i = edge_hash(key) & (g->cap - 1);; i = (i + 1) & (g->cap - 1)) {
        if (g->edges[i].key == key)
            return g->edges[i].child;
        if (g->edges[i].key == 0)
            return 0;
    }
}

static uint32_t child_of(const gazetteer *g, uint32_t node, uint32_t cp)
{
    if (node == 0 && cp < ROOT_CPS)
        return g->root[cp];
    return edge_find(g, node, cp);
}

static void edge_insert(gazetteer *g, uint32_t node, uint32_t cp, uint32_t child)
{
    if ((g->n_edges + 1) * 2 > g->cap) {
        edge *old = g->edges;
        size_t old_cap = g->cap;
        g->cap = old_cap ? old_cap * 2 : 1024;
        g->edges = cnkg_xcalloc(g->cap, sizeof *g->edges);
        g->n_edges = 0;
        for (size_t i = 0; i < old_cap; i++)
            if (old[i].key) {
                uint64_t k = old[i].key - 1;
                edge_insert(g, (uint32_t)(k >> 32), (uint32_t)k, old[i].child);
            }
        free(old);
    }
    uint64_t key = ((uint64_t)node << 32 | cp) + 1;
    size_t i = edge_hash(key) & (g->cap - 1);
    while (g->edges[i].key)
        i = (i + 1) & (g->cap - 1);
    g->edges[i] = (edge){key, child};
    g->n_edges++;
    if (node == 0 && cp < ROOT_CPS)
        g->root[cp] = child;
}

static uint32_t node_new(gazetteer *g)
{
    if (g->n_nodes == g->cap_nodes) {
        g->cap_nodes = g->cap_nodes ? g->cap_nodes * 2 : 1024;
        g->head = cnkg_xrealloc(g->head, g->cap_nodes * sizeof *g->head);
    }
    g->head[g->n_nodes] = 0;
    return g->n_nodes++;
}

static void add_form(gazetteer *g, const char *form, uint32_t term, uint8_t kind)
{
    size_t n;
    uint32_t *cps = cnkg_utf8_to_cps(form, strlen(form), &n);
    uint32_t node = 0;
    size_t used = 0;
    for (size_t i = 0; i < n; i++) {
        if (text_is_skipped(cps[i]))
            continue;
        uint32_t cp = text_fold(cps[i]);
        uint32_t child = edge_find(g, node, cp);
        if (!child) {
            child = node_new(g);
            edge_insert(g, node, cp, child);
        }
        node = child;
        used++;
    }
    free(cps);
    if (used == 0)
        return;
    if (g->n_accepts == g->cap_accepts) {
        g->cap_accepts = g->cap_accepts ? g->cap_accepts * 2 : 1024;
        g->accepts = cnkg_xrealloc(g->accepts, g->cap_accepts * sizeof *g->accepts);
        g->next = cnkg_xrealloc(g->next, g->cap_accepts * sizeof *g->next);
    }
    /* One accept per term and node: the strongest kind wins. */
    for (uint32_t a = g->head[node]; a; a = g->next[a - 1])
        if (g->accepts[a - 1].term == term) {
            if (kind < g->accepts[a - 1].kind)
                g->accepts[a - 1].kind = kind;
            return;
        }
    g->accepts[g->n_accepts] = (accept){term, kind};
    g->next[g->n_accepts] = g->head[node];
    g->head[node] = (uint32_t)++g->n_accepts;
}

gazetteer *gazetteer_build(const cnkg_ontology *onto)
{
    gazetteer *g = cnkg_xcalloc(1, sizeof *g);
    g->root = cnkg_xcalloc(ROOT_CPS, sizeof *g->root);
    node_new(g); /* the root */
    size_t n = cnkg_ontology_term_count(onto);
    for (size_t t = 0; t < n; t++) {
        const cnkg_term *term = cnkg_ontology_term(onto, t);
        for (size_t f = 0; f < term->n_forms; f++)
            add_form(g, term->forms[f], (uint32_t)t,
                     term->form_kinds ? term->form_kinds[f] : (f ? FORM_ALT : FORM_PREF));
    }
    return g;
}

void gazetteer_free(gazetteer *g)
{
    if (!g)
        return;
    free(g->edges);
    free(g->accepts);
    free(g->head);
    free(g->next);
    free(g->root);
    free(g);
}

/* The known term of class cls that s[0, len) is a form of, not a hidden
 * one (中国 of the country), or NULL. Folded as the forms are; for the
 * rules that ask about a name's parts rather than the text. */
const cnkg_term *gazetteer_term_of_class(const gazetteer *g, const cnkg_ontology *onto,
                                         const char *s, size_t len, cnkg_class cls)
{
    size_t n;
    uint32_t *cps = cnkg_utf8_to_cps(s, len, &n);
    uint32_t node = 0;
    int gone = 0;
    for (size_t i = 0; i < n && !gone; i++)
        if (!text_is_skipped(cps[i]))
            gone = !(node = child_of(g, node, text_fold(cps[i])));
    free(cps);
    for (uint32_t a = node ? g->head[node] : 0; a; a = g->next[a - 1]) {
        const accept *ac = &g->accepts[a - 1];
        const cnkg_term *term = cnkg_ontology_term(onto, ac->term);
        if (ac->kind != FORM_HIDDEN && term->cls == cls)
            return term;
    }
    return NULL;
}

static void push_hit(gaz_hit **hits, size_t *n, size_t *cap, gaz_hit h)
{
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 64;
        *hits = cnkg_xrealloc(*hits, *cap * sizeof **hits);
    }
    (*hits)[(*n)++] = h;
}

static int is_alnum(uint32_t cp)
{
    cp = text_fold(cp);
    return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
}

/* A Latin name matches whole words only: GE is no mention inside Rage. */
static int word_edges(const text_view *t, size_t begin, size_t end)
{
    if (begin > 0 && is_alnum(t->cps[begin]) && is_alnum(t->cps[begin - 1]))
        return 0;
    if (end < t->n && is_alnum(t->cps[end - 1]) && is_alnum(t->cps[end]))
        return 0;
    return 1;
}

size_t gazetteer_hit_from(const gaz_hit *hits, size_t n, size_t b)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (hits[mid].begin < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

size_t gazetteer_hits_longest(const gaz_hit *hits, size_t n)
{
    size_t longest = 0;
    for (size_t i = 0; i < n; i++)
        if (hits[i].end - hits[i].begin > longest)
            longest = hits[i].end - hits[i].begin;
    return longest;
}

size_t gazetteer_scan(const gazetteer *g, const text_view *t, gaz_hit **hits, size_t *cap)
{
    size_t n = 0;
    for (size_t i = 0; i < t->n_view; i++) {
        size_t first = n;
        uint32_t node = 0;
        for (size_t j = i; j < t->n_view; j++) {
            node = child_of(g, node, t->view[j]);
            if (!node)
                break;
            if (g->head[node] && !word_edges(t, t->map[i], t->map[j] + 1))
                continue;
            for (uint32_t a = g->head[node]; a; a = g->next[a - 1]) {
                const accept *ac = &g->accepts[a - 1];
                push_hit(hits, &n, cap, (gaz_hit){t->map[i], t->map[j] + 1, ac->term, ac->kind});
            }
        }
        /* Longest first within one start. */
        for (size_t a = first, b = n ? n - 1 : 0; a < b && n > first; a++, b--) {
            gaz_hit tmp = (*hits)[a];
            (*hits)[a] = (*hits)[b];
            (*hits)[b] = tmp;
        }
    }
    return n;
}

/* The words a match must not cut, and where known names start and end. */
typedef struct crossing {
    const word_list *start, *end; /* kg:crossingWordStart, kg:crossingWordEnd */
    const text_view *t;
    uint8_t *marks; /* per code point: bit 1, a known name ends right after
                     * it; bit 2, one starts at it */
} crossing;

static int crossing_word(const crossing *x, size_t b)
{
    return b + 2 <= x->t->n && (text_list_holds(x->start, x->t->cps, b, b + 2) ||
                                text_list_holds(x->end, x->t->cps, b, b + 2));
}

/* Whether the character at p, which a crossing word would share with a
 * match, belongs to a word on its far side: a known name or another crossing
 * word (中国家电: 中国 takes 国, so 国家 is no reading and 家电 stands). */
static int crossing_claimed(const crossing *x, size_t p, int left)
{
    if (left)
        return x->marks[p] & 1 || (p >= 1 && crossing_word(x, p - 1));
    return x->marks[p] & 2 || crossing_word(x, p);
}

/* A match cut out of a frequent word written across its edge is no mention:
 * 国家政策 holds no 家政, 信息化工作 no 化工, 逆境中建立 no 中建. Only two
 * characters: a longer known name is written as itself. */
static int crossing_cuts(const crossing *x, const gaz_hit *h)
{
    const uint32_t *cps = x->t->cps;
    if (h->end - h->begin != 2)
        return 0;
    if (h->begin >= 1 && text_list_holds(x->start, cps, h->begin - 1, h->begin + 1) &&
        !crossing_claimed(x, h->begin - 1, 1))
        return 1;
    if (h->end < x->t->n && text_list_holds(x->end, cps, h->end - 1, h->end + 1) &&
        !crossing_claimed(x, h->end, 0))
        return 1;
    return 0;
}

size_t gazetteer_drop_crossing(const word_list *start, const word_list *end, const text_view *t,
                               gaz_hit *hits, size_t n)
{
    if (!n || (!start->n && !end->n))
        return n;
    crossing x = {start, end, t, cnkg_xcalloc(t->n + 1, 1)};
    for (size_t i = 0; i < n; i++)
        if (hits[i].end - hits[i].begin >= 2) {
            x.marks[hits[i].end - 1] |= 1;
            x.marks[hits[i].begin] |= 2;
        }
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
        if (!crossing_cuts(&x, &hits[i]))
            hits[kept++] = hits[i];
    free(x.marks);
    return kept;
}
