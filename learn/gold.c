/*
 * gold.c - the contract's gold files (spec/SCHEMA.md) and how an extracted
 * article's entities map onto them, read as shared/eval/score reads them,
 * so that what a learner counts as right is what the scorer counts.
 *
 *     A  article-no  field  value  [?]
 *     E  Class  canonical-label  alias|alias  [?]
 *     R  subject-label  relation  object-label  [?]
 */
#include "cnkg_learn.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* --- the scorer's normal form --------------------------------------------- */

static int dropped(uint32_t cp)
{
    switch (cp) {
    case 0x201C:
    case 0x201D:
    case 0x2018:
    case 0x2019: /* “”‘’ */
    case '"':
    case '\'':
    case 0x300A:
    case 0x300B: /* 《》 */
    case 0x300C:
    case 0x300D:
    case 0x300E:
    case 0x300F: /* 「」『』 */
    case 0x3000:
    case 0x00A0:
    case 0x200B:
    case 0xFEFF:
        return 1;
    default:
        return cp <= 0x20 || (cp >= 0x2000 && cp <= 0x200A);
    }
}

void cnkg_gold_norm(const char *s, cnkg_buf *out)
{
    size_t len = strlen(s);
    while (len) {
        uint32_t cp;
        size_t used = cnkg_utf8_decode(s, len, &cp);
        if (!used) {
            cp = 0xFFFD;
            used = 1;
        }
        s += used;
        len -= used;
        if (cp >= 0xFF01 && cp <= 0xFF5E) /* full-width ASCII, as NFKC folds it */
            cp -= 0xFEE0;
        if (dropped(cp))
            continue;
        if (cp >= 'A' && cp <= 'Z')
            cp += 'a' - 'A';
        char enc[4];
        cnkg_buf_append(out, enc, cnkg_utf8_encode(cp, enc));
    }
    if (!out->data)
        cnkg_buf_append(out, "", 0);
}

static char *norm_dup(const char *s)
{
    cnkg_buf b = {0};
    cnkg_gold_norm(s, &b);
    return cnkg_buf_detach(&b);
}

/* --- reading -------------------------------------------------------------- */

enum { MAX_FIELDS = 8 };

/* Splits line at tabs into at most MAX_FIELDS fields (in place). */
static size_t split_tabs(char *line, char **f)
{
    size_t n = 0;
    f[n++] = line;
    for (char *p = line; *p && n < MAX_FIELDS; p++)
        if (*p == '\t') {
            *p = '\0';
            f[n++] = p + 1;
        }
    return n;
}

static int is_question_mark(const char *s)
{
    while (*s == ' ')
        s++;
    if (*s != '?')
        return 0;
    s++;
    while (*s == ' ')
        s++;
    return *s == '\0';
}

static void add_entity(cnkg_gold *g, cnkg_class cls, char **f, size_t n, int optional)
{
    g->entities = cnkg_xrealloc(g->entities, (g->n_entities + 1) * sizeof *g->entities);
    cnkg_gold_entity *e = &g->entities[g->n_entities++];
    memset(e, 0, sizeof *e);
    e->cls = cls;
    e->label = cnkg_xstrdup(f[2]);
    e->optional = optional;
    size_t cap = 1;
    for (const char *p = n > 3 ? f[3] : ""; *p; p++)
        cap += *p == '|';
    e->aliases = cnkg_xcalloc(cap + 1, sizeof *e->aliases);
    e->aliases[e->n_aliases++] = norm_dup(f[2]);
    if (n <= 3)
        return;
    for (char *a = f[3]; a;) {
        char *bar = strchr(a, '|');
        if (bar)
            *bar = '\0';
        if (*a)
            e->aliases[e->n_aliases++] = norm_dup(a);
        a = bar ? bar + 1 : NULL;
    }
}

/* The gold entity an R line names: the last E line with that label, as
 * the scorer's dictionary from label to index keeps. */
static size_t entity_named(const cnkg_gold *g, const char *label)
{
    for (size_t i = g->n_entities; i-- > 0;)
        if (strcmp(g->entities[i].label, label) == 0)
            return i;
    return (size_t)-1;
}

typedef struct pending_fact {
    char *subject, *object;
    cnkg_relation relation;
    int optional;
    size_t line;
} pending_fact;

static int parse_line(cnkg_gold *g, char *line, size_t no, const char *name,
                      const cnkg_names *names, pending_fact **pend, size_t *n_pend, cnkg_error *err)
{
    char *f[MAX_FIELDS];
    size_t n = split_tabs(line, f);
    int optional = n > 1 && is_question_mark(f[n - 1]);
    if (optional)
        n--;
    if (strcmp(f[0], "A") == 0) {
        if (n < 4)
            return cnkg_error_set(err, "%s:%zu: an A line has 4 columns", name, no);
        return 0;
    }
    if (strcmp(f[0], "E") == 0) {
        if (n < 3 || !*f[2])
            return cnkg_error_set(err, "%s:%zu: an E line has a class and a label", name, no);
        cnkg_class cls = cnkg_class_from_name(names, f[1]);
        if (cls == CNKG_CLASS_NONE)
            return cnkg_error_set(err, "%s:%zu: unknown class %s", name, no, f[1]);
        add_entity(g, cls, f, n, optional);
        return 0;
    }
    if (strcmp(f[0], "R") == 0) {
        if (n < 4)
            return cnkg_error_set(err, "%s:%zu: an R line has a subject, a relation and an object",
                                  name, no);
        cnkg_relation rel = cnkg_relation_from_name(names, f[2]);
        if (rel == CNKG_RELATION_NONE)
            return cnkg_error_set(err, "%s:%zu: unknown relation %s", name, no, f[2]);
        *pend = cnkg_xrealloc(*pend, (*n_pend + 1) * sizeof **pend);
        (*pend)[(*n_pend)++] =
            (pending_fact){cnkg_xstrdup(f[1]), cnkg_xstrdup(f[3]), rel, optional, no};
        return 0;
    }
    return cnkg_error_set(err, "%s:%zu: unknown line kind '%s' (A, E or R)", name, no, f[0]);
}

/* R lines may name entities declared further down: resolved at the end. */
static int resolve_facts(cnkg_gold *g, const pending_fact *pend, size_t n, const char *name,
                         cnkg_error *err)
{
    g->facts = cnkg_xcalloc(n ? n : 1, sizeof *g->facts);
    for (size_t i = 0; i < n; i++) {
        size_t s = entity_named(g, pend[i].subject), o = entity_named(g, pend[i].object);
        if (s == (size_t)-1 || o == (size_t)-1)
            return cnkg_error_set(err, "%s:%zu: %s is not an E label", name, pend[i].line,
                                  s == (size_t)-1 ? pend[i].subject : pend[i].object);
        g->facts[g->n_facts++] = (cnkg_gold_fact){s, o, pend[i].relation, pend[i].optional};
    }
    return 0;
}

int cnkg_gold_parse(cnkg_gold **out, const char *text, size_t len, const char *name,
                    const cnkg_names *names, cnkg_error *err)
{
    cnkg_gold *g = cnkg_xcalloc(1, sizeof *g);
    pending_fact *pend = NULL;
    size_t n_pend = 0, no = 0;
    cnkg_buf line = {0};
    int rc = 0;
    for (const char *p = text, *end = text + len; p < end && rc == 0;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl : end;
        no++;
        cnkg_buf_clear(&line);
        cnkg_buf_append(&line, p, (size_t)(stop - p));
        p = nl ? nl + 1 : end;
        if (line.len && line.data[line.len - 1] == '\r')
            line.data[--line.len] = '\0';
        if (line.len == 0 || line.data[0] == '#' || strspn(line.data, " \t") == line.len)
            continue;
        rc = parse_line(g, line.data, no, name, names, &pend, &n_pend, err);
    }
    if (rc == 0)
        rc = resolve_facts(g, pend, n_pend, name, err);
    for (size_t i = 0; i < n_pend; i++) {
        free(pend[i].subject);
        free(pend[i].object);
    }
    free(pend);
    cnkg_buf_free(&line);
    if (rc != 0) {
        cnkg_gold_free(g);
        return -1;
    }
    *out = g;
    return 0;
}

int cnkg_gold_load(cnkg_gold **out, const char *path, const cnkg_names *names, cnkg_error *err)
{
    size_t len;
    char *text = cnkg_file_read(path, &len, err);
    if (!text)
        return -1;
    int rc = cnkg_gold_parse(out, text, len, path, names, err);
    free(text);
    return rc;
}

void cnkg_gold_free(cnkg_gold *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < g->n_entities; i++) {
        free(g->entities[i].label);
        for (size_t k = 0; k < g->entities[i].n_aliases; k++)
            free(g->entities[i].aliases[k]);
        free(g->entities[i].aliases);
    }
    free(g->entities);
    free(g->facts);
    free(g);
}

cnkg_gold_state cnkg_gold_fact_state(const cnkg_gold *g, size_t subject, cnkg_relation rel,
                                     size_t object, int symmetric)
{
    cnkg_gold_state st = CNKG_GOLD_ABSENT;
    for (size_t i = 0; i < g->n_facts; i++) {
        const cnkg_gold_fact *f = &g->facts[i];
        if (f->relation != rel)
            continue;
        int same = (f->subject == subject && f->object == object) ||
                   (symmetric && f->subject == object && f->object == subject);
        if (!same)
            continue;
        if (!f->optional)
            return CNKG_GOLD_REQUIRED;
        st = CNKG_GOLD_OPTIONAL;
    }
    return st;
}

/* --- matching ------------------------------------------------------------- */

static int has_alias(const cnkg_gold_entity *e, const char *norm)
{
    for (size_t k = 0; k < e->n_aliases; k++)
        if (strcmp(e->aliases[k], norm) == 0)
            return 1;
    return 0;
}

/* Does one of the entity's names (normalised in names) name gold entity i? */
static int names_gold(const cnkg_gold_entity *ge, char **names, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (has_alias(ge, names[k]))
            return 1;
    return 0;
}

static cnkg_gold_match match_one(const cnkg_gold *g, const cnkg_entity *e, unsigned char *taken)
{
    size_t n = 1 + e->n_aliases;
    char **names = cnkg_xmalloc(n * sizeof *names);
    names[0] = norm_dup(e->label);
    for (size_t k = 0; k < e->n_aliases; k++)
        names[k + 1] = norm_dup(e->aliases[k]);
    /* rank: 0 best (typed, free, required) ... 3 (typed, taken, optional) */
    size_t best = (size_t)-1, any = (size_t)-1;
    int best_rank = 4;
    for (size_t i = 0; i < g->n_entities; i++) {
        const cnkg_gold_entity *ge = &g->entities[i];
        if (!names_gold(ge, names, n))
            continue;
        if (any == (size_t)-1)
            any = i;
        if (ge->cls != e->cls)
            continue;
        int rank = 2 * (taken[i] != 0) + (ge->optional != 0);
        if (rank < best_rank) {
            best_rank = rank;
            best = i;
        }
    }
    for (size_t k = 0; k < n; k++)
        free(names[k]);
    free(names);
    cnkg_gold_match m = {any, 0, 0};
    if (best != (size_t)-1) {
        m = (cnkg_gold_match){best, 1, taken[best] != 0};
        taken[best] = 1;
    }
    return m;
}

void cnkg_gold_match_article(const cnkg_gold *g, const cnkg_article *a, cnkg_gold_match *out)
{
    unsigned char *taken = cnkg_xcalloc(g->n_entities ? g->n_entities : 1, 1);
    for (size_t i = 0; i < a->n_entities; i++)
        out[i] = match_one(g, &a->entities[i], taken);
    free(taken);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char **cnkg_gold_dir_names(const char *dir, size_t *n, cnkg_error *err)
{
    *n = 0;
    DIR *d = opendir(dir);
    if (!d) {
        cnkg_error_set(err, "%s: %s", dir, strerror(errno));
        return NULL;
    }
    char **names = NULL;
    size_t cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len <= 4 || strcmp(e->d_name + len - 4, ".tsv") != 0 || e->d_name[0] == '.')
            continue;
        if (*n == cap) {
            cap = cap ? 2 * cap : 64;
            names = cnkg_xrealloc(names, cap * sizeof *names);
        }
        names[(*n)++] = cnkg_xstrndup(e->d_name, len - 4);
    }
    closedir(d);
    if (*n > 1)
        qsort(names, *n, sizeof *names, by_name);
    return names;
}
