/* describe.c - DESCRIBE, which rasqal parses but cannot run.
 *
 * The query is rewritten into a SELECT of what it describes (its
 * variables, and its IRIs as constant columns); each resource found is then
 * described by its Concise Bounded Description: every triple it is the
 * subject of, following blank node objects. rasqal 0.9 parses DESCRIBE
 * but cannot run it. */
#include "query_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *skip_blank(const char *s)
{
    for (;;) {
        while (isspace((unsigned char)*s))
            s++;
        if (*s != '#')
            return s;
        s = cnkg_sparql_skip(s);
    }
}

static const char *token_end(const char *s)
{
    if (*s == '<')
        return cnkg_sparql_skip(s);
    while (*s && !isspace((unsigned char)*s) && *s != '{' && *s != '#' && *s != '<')
        s++;
    return s;
}

static int starts_word(const char *s, const char *word)
{
    size_t len = strlen(word);
    return strncasecmp(s, word, len) == 0 && !isalnum((unsigned char)s[len]);
}

int cnkg_describe_rewrite(const char *sparql, cnkg_buf *out)
{
    static const char *const forms[] = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"};
    size_t which;
    const char *at = cnkg_sparql_find_word(sparql, forms, 4, &which);
    if (!at || which != 3)
        return 0;
    cnkg_buf head = {0}, consts = {0};
    int n_consts = 0, star = 0;
    const char *s = skip_blank(at + strlen("DESCRIBE"));
    while (*s && *s != '{' && !starts_word(s, "WHERE") && !starts_word(s, "FROM")) {
        const char *e = token_end(s);
        if (*s == '*' && e == s + 1) {
            star = 1;
        } else if (*s == '?' || *s == '$') {
            cnkg_buf_printf(&head, " %.*s", (int)(e - s), s);
        } else if (*s == '<' || memchr(s, ':', (size_t)(e - s))) {
            cnkg_buf_printf(&consts, " (%.*s AS ?_describe%d)", (int)(e - s), s, n_consts++);
        } else {
            break; /* LIMIT and the like: the query has no WHERE clause */
        }
        if (e == s)
            break;
        s = skip_blank(e);
    }
    cnkg_buf_append(out, sparql, (size_t)(at - sparql));
    cnkg_buf_puts(out, "SELECT"); /* DISTINCT over an empty WHERE leaks in rasqal 0.9.33 */
    cnkg_buf_puts(out, star ? " *" : "");
    cnkg_buf_puts(out, head.data ? head.data : "");
    cnkg_buf_puts(out, consts.data ? consts.data : "");
    if (*s != '{' && !starts_word(s, "WHERE") && !starts_word(s, "FROM"))
        cnkg_buf_puts(out, " WHERE {}");
    cnkg_buf_putc(out, ' ');
    for (const char *c = at; c < s; c++) /* keep the lines of what follows */
        if (*c == '\n')
            cnkg_buf_putc(out, '\n');
    cnkg_buf_puts(out, s);
    cnkg_buf_free(&head);
    cnkg_buf_free(&consts);
    return 1;
}

/* The resources still to describe, as "<iri>" or "_:id" keys. */
typedef struct keyset {
    char **keys;
    size_t n, cap;
} keyset;

static char *term_key(const raptor_term *t)
{
    if (t->type == RAPTOR_TERM_TYPE_URI)
        return cnkg_xstrdup((const char *)raptor_uri_as_string(t->value.uri));
    if (t->type == RAPTOR_TERM_TYPE_BLANK) {
        cnkg_buf b = {0};
        cnkg_buf_printf(&b, "_:%s", (const char *)t->value.blank.string);
        return cnkg_buf_detach(&b);
    }
    return NULL;
}

static int keyset_has(const keyset *k, const char *key)
{
    for (size_t i = 0; i < k->n; i++)
        if (strcmp(k->keys[i], key) == 0)
            return 1;
    return 0;
}

static void keyset_add(keyset *k, char *key)
{
    if (!key || keyset_has(k, key)) {
        free(key);
        return;
    }
    if (k->n == k->cap) {
        k->cap = k->cap ? k->cap * 2 : 16;
        k->keys = cnkg_xrealloc(k->keys, k->cap * sizeof *k->keys);
    }
    k->keys[k->n++] = key;
}

static void keyset_free(keyset *k)
{
    for (size_t i = 0; i < k->n; i++)
        free(k->keys[i]);
    free(k->keys);
}

void cnkg_statements_add(cnkg_statements *s, raptor_statement *st)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 64;
        s->items = cnkg_xrealloc(s->items, s->cap * sizeof *s->items);
    }
    s->items[s->n++] = raptor_statement_copy(st);
}

void cnkg_statements_free(cnkg_statements *s)
{
    for (size_t i = 0; i < s->n; i++)
        raptor_free_statement(s->items[i]);
    free(s->items);
    memset(s, 0, sizeof *s);
}

static void on_statement(void *data, raptor_statement *st)
{
    cnkg_statements_add(data, st);
}

/* The data are read once and the descriptions followed in memory; a
 * resource found by the query as a blank node is skipped (rasqal names
 * blank nodes its own way). */
int cnkg_describe_collect(cnkg_raptor *raptor, const cnkg_buf *data, size_t n_data,
                          rasqal_query_results *res, cnkg_statements *into, cnkg_error *err)
{
    keyset todo = {0};
    int n = rasqal_query_results_get_bindings_count(res);
    for (; !rasqal_query_results_finished(res); rasqal_query_results_next(res))
        for (int i = 0; i < n; i++) {
            rasqal_literal *l = rasqal_query_results_get_binding_value(res, i);
            if (l && l->type == RASQAL_LITERAL_URI)
                keyset_add(&todo, cnkg_xstrdup((const char *)raptor_uri_as_string(l->value.uri)));
        }
    cnkg_statements all = {0};
    int rc = 0;
    for (size_t f = 0; rc == 0 && f < n_data; f++)
        if (data[f].len && cnkg_raptor_parse_text(raptor, "urn:cnkg:data", "ntriples", data[f].data,
                                                  data[f].len, on_statement, &all, NULL))
            rc = cnkg_error_set(err, "query: cannot read the data again");
    char *taken = cnkg_xcalloc(all.n ? all.n : 1, 1);
    for (size_t k = 0; rc == 0 && k < todo.n; k++) /* todo grows with blank objects */
        for (size_t i = 0; i < all.n; i++) {
            char *key = taken[i] ? NULL : term_key(all.items[i]->subject);
            if (key && strcmp(key, todo.keys[k]) == 0) {
                taken[i] = 1;
                cnkg_statements_add(into, all.items[i]);
                if (all.items[i]->object->type == RAPTOR_TERM_TYPE_BLANK)
                    keyset_add(&todo, term_key(all.items[i]->object));
            }
            free(key);
        }
    free(taken);
    cnkg_statements_free(&all);
    keyset_free(&todo);
    return rc;
}
