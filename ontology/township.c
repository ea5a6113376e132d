/* township.c - the township table: 41 000 rows of code, county, name and
 * short form, read with plain C rather than raptor because as Turtle they
 * would multiply the load time, and looked up by county and name through
 * one open-addressing table. The file is read whole and cut in place, so
 * every string handed out points into one allocation. */
#include "onto_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { N_FIELDS = 4 };

/* The file's text in *text, or NULL when there is no such file (the
 * townships are optional data). */
static int read_file(const char *path, char **text, size_t *len, cnkg_error *err)
{
    *text = cnkg_file_read(path, len, err);
    return *text || errno == ENOENT ? 0 : -1;
}

static int all_digits(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return 0;
    return 1;
}

/* Cuts line (NUL-terminated, no newline) into fields at tabs; a missing
 * short form counts as empty. Returns the number of fields found. */
static size_t split_fields(char *line, char *field[N_FIELDS])
{
    size_t n = 0;
    field[n++] = line;
    for (char *p = line; *p; p++)
        if (*p == '\t') {
            *p = '\0';
            if (n == N_FIELDS)
                return N_FIELDS + 1;
            field[n++] = p + 1;
        }
    if (n == N_FIELDS - 1)
        field[n++] = line + strlen(line);
    return n;
}

static int parse_line(onto_townships *t, char *line, const char *path, size_t lineno,
                      const char **short_forms, cnkg_error *err)
{
    size_t len = strlen(line);
    if (len && line[len - 1] == '\r')
        line[--len] = '\0';
    if (len == 0 || line[0] == '#')
        return 0;
    char *field[N_FIELDS];
    if (split_fields(line, field) != N_FIELDS)
        return cnkg_error_set(err, "%s:%zu: expected code, county, name and short form", path,
                              lineno);
    if (!all_digits(field[0]) || !all_digits(field[1]) || !*field[2])
        return cnkg_error_set(err, "%s:%zu: expected a numeric code, county code and a name", path,
                              lineno);
    t->v[t->n] = (cnkg_township){field[0], field[1], field[2]};
    short_forms[t->n++] = field[3];
    return 0;
}

static uint64_t key_hash(const char *parent, const char *form, size_t len)
{
    return cnkg_hash64(form, len, cnkg_hash64(parent, strlen(parent), 0));
}

/* The slot holding this county and form, or the free slot where it goes. */
static size_t probe(const onto_townships *t, const char *parent, const char *form, size_t len)
{
    size_t mask = t->n_slots - 1;
    for (size_t j = key_hash(parent, form, len) & mask;; j = (j + 1) & mask) {
        uint32_t v = t->slots[j];
        if (!v)
            return j;
        const onto_township_key *k = &t->keys[v - 1];
        if (k->len == len && memcmp(k->form, form, len) == 0 && strcmp(k->parent, parent) == 0)
            return j;
    }
}

/* A full name outranks a short form (高滩 as one township's name beats 高滩
 * as another's short form); two names of one rank cancel out. */
static void add_key(onto_townships *t, uint32_t town, const char *form, int is_short)
{
    const char *parent = t->v[town].parent;
    size_t len = strlen(form);
    size_t j = probe(t, parent, form, len);
    if (t->slots[j]) {
        onto_township_key *k = &t->keys[t->slots[j] - 1];
        if (k->is_short == is_short)
            k->town = ONTO_AMBIGUOUS;
        else if (!is_short)
            *k = (onto_township_key){parent, form, (uint32_t)len, town, 0};
        return;
    }
    t->keys[t->n_keys] = (onto_township_key){parent, form, (uint32_t)len, town, (uint8_t)is_short};
    t->slots[j] = (uint32_t)++t->n_keys;
}

static void build_index(onto_townships *t, const char **short_forms)
{
    size_t max_keys = 2 * t->n;
    t->n_slots = 1024;
    while (t->n_slots < 2 * max_keys)
        t->n_slots *= 2;
    t->slots = cnkg_xcalloc(t->n_slots, sizeof *t->slots);
    t->keys = cnkg_xmalloc((max_keys ? max_keys : 1) * sizeof *t->keys);
    for (size_t i = 0; i < t->n; i++)
        add_key(t, (uint32_t)i, t->v[i].name, 0);
    for (size_t i = 0; i < t->n; i++)
        if (*short_forms[i])
            add_key(t, (uint32_t)i, short_forms[i], 1);
}

/* Rows are at most lines; counting them first sizes every array once. */
static size_t count_lines(const char *text, size_t len)
{
    size_t n = 1;
    for (const char *p = text, *end = text + len; (p = memchr(p, '\n', (size_t)(end - p))); p++)
        n++;
    return n;
}

int onto_townships_load(onto_townships *t, const char *path, cnkg_error *err)
{
    memset(t, 0, sizeof *t);
    size_t len = 0;
    if (read_file(path, &t->text, &len, err) != 0)
        return -1;
    if (!t->text)
        return 0;
    size_t max_rows = count_lines(t->text, len);
    if (max_rows > UINT32_MAX / 4) {
        onto_townships_free(t);
        return cnkg_error_set(err, "%s: too many lines", path);
    }
    t->v = cnkg_xmalloc(max_rows * sizeof *t->v);
    const char **short_forms = cnkg_xmalloc(max_rows * sizeof *short_forms);
    int rc = 0;
    char *line = t->text, *end = t->text + len;
    for (size_t lineno = 1; rc == 0 && line <= end; lineno++) {
        char *nl = memchr(line, '\n', (size_t)(end - line));
        if (!nl)
            nl = end; /* the NUL read_file put there */
        *nl = '\0';
        rc = parse_line(t, line, path, lineno, short_forms, err);
        line = nl + 1;
    }
    if (rc == 0)
        build_index(t, short_forms);
    else
        onto_townships_free(t);
    free(short_forms);
    return rc;
}

void onto_townships_free(onto_townships *t)
{
    free(t->text);
    free(t->v);
    free(t->keys);
    free(t->slots);
    memset(t, 0, sizeof *t);
}

const cnkg_township *onto_townships_find(const onto_townships *t, const char *parent,
                                         const char *form, size_t len)
{
    if (!t->n_slots || !parent || !form)
        return NULL;
    uint32_t v = t->slots[probe(t, parent, form, len)];
    if (!v || t->keys[v - 1].town == ONTO_AMBIGUOUS)
        return NULL;
    return &t->v[t->keys[v - 1].town];
}

const cnkg_township *cnkg_ontology_township(const cnkg_ontology *onto, const char *county_code,
                                            const char *name, size_t name_len)
{
    return onto_townships_find(&onto->townships, county_code, name, name_len);
}

size_t cnkg_ontology_township_count(const cnkg_ontology *onto)
{
    return onto->townships.n;
}
