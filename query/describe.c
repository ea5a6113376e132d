/* describe.c - DESCRIBE, which rasqal parses but cannot run over librdf.
 *
 * The query is rewritten into a SELECT of what it describes (its
 * variables, and its IRIs as constant columns); each resource found is then
 * described by its Concise Bounded Description: every triple it is the
 * subject of, following blank node objects. */
#include "query_internal.h"

#include <ctype.h>
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

/* Blank nodes can nest; a cycle of them stops at triples already added. */
static void describe_node(librdf_world *world, librdf_model *from, librdf_node *node,
                          librdf_model *into)
{
    librdf_statement *pattern =
        librdf_new_statement_from_nodes(world, librdf_new_node_from_node(node), NULL, NULL);
    librdf_stream *st = pattern ? librdf_model_find_statements(from, pattern) : NULL;
    for (; st && !librdf_stream_end(st); librdf_stream_next(st)) {
        librdf_statement *s = librdf_stream_get_object(st);
        if (librdf_model_contains_statement(into, s))
            continue;
        librdf_model_add_statement(into, s);
        librdf_node *object = librdf_statement_get_object(s);
        if (librdf_node_is_blank(object))
            describe_node(world, from, object, into);
    }
    if (st)
        librdf_free_stream(st);
    if (pattern)
        librdf_free_statement(pattern);
}

void cnkg_describe_collect(librdf_world *world, librdf_model *from, librdf_query_results *res,
                           librdf_model *into)
{
    int n = librdf_query_results_get_bindings_count(res);
    while (!librdf_query_results_finished(res)) {
        for (int i = 0; i < n; i++) {
            librdf_node *node = librdf_query_results_get_binding_value(res, i);
            if (node && !librdf_node_is_literal(node))
                describe_node(world, from, node, into);
            if (node)
                librdf_free_node(node);
        }
        if (librdf_query_results_next(res))
            break;
    }
}
