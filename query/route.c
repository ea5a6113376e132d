/* route.c - which queries rasqal 0.9.33 answers wrongly, found from the
 * query's tokens before it runs.
 *
 * rasqal is the engine in memory: fast and in-process. The W3C SPARQL 1.1
 * query-evaluation tests (tests/w3c/sparql11.py) show where it is wrong
 * without saying so; each rule below names the tests that made it. What
 * rasqal refuses outright (property paths, EXISTS, MINUS, some syntax) is
 * found by its parser instead, and what depends on the answer (an empty
 * group) by cnkg_route_check_rows. Such queries go to Jena ARQ (jena.c). */
#include "query_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef enum { TOK_WORD, TOK_IRI, TOK_STRING, TOK_PUNCT } tok_kind;

typedef struct tok {
    tok_kind kind;
    const char *s;
    size_t len;
} tok;

typedef struct toks {
    tok *items;
    size_t n, cap;
} toks;

static int word_char(char c)
{
    return isalnum((unsigned char)c) || c == '_' || c == '-' || c == ':' || c == '?' || c == '$' ||
           c == '.' || (c & 0x80);
}

static void push(toks *t, tok_kind kind, const char *s, size_t len)
{
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 64;
        t->items = cnkg_xrealloc(t->items, t->cap * sizeof *t->items);
    }
    t->items[t->n++] = (tok){kind, s, len};
}

static void tokenize(const char *s, toks *t)
{
    while (*s) {
        if (isspace((unsigned char)*s)) {
            s++;
            continue;
        }
        const char *e = cnkg_sparql_skip(s);
        if (e != s) {
            if (*s != '#')
                push(t, *s == '<' ? TOK_IRI : TOK_STRING, s, (size_t)(e - s));
            s = e;
            continue;
        }
        if (word_char(*s)) {
            for (e = s; word_char(*e); e++)
                ;
            while (e > s + 1 && e[-1] == '.') /* "?x ." ends a triple */
                e--;
            push(t, TOK_WORD, s, (size_t)(e - s));
            s = e;
            continue;
        }
        push(t, TOK_PUNCT, s, 1);
        s++;
    }
}

static int is(const toks *t, size_t i, const char *text)
{
    return i < t->n && t->items[i].len == strlen(text) &&
           strncasecmp(t->items[i].s, text, t->items[i].len) == 0;
}

static int is_aggregate(const toks *t, size_t i)
{
    static const char *const names[] = {"COUNT", "SUM",    "MIN",         "MAX",
                                        "AVG",   "SAMPLE", "GROUP_CONCAT"};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (is(t, i, names[k]) && is(t, i + 1, "("))
            return 1;
    return is(t, i, "GROUP") && is(t, i + 1, "BY");
}

/* xsd:integer(?x), <http://www.w3.org/2001/XMLSchema#integer>(?x): rasqal
 * leaves casts unbound or keeps the lexical form (cast/ tests, all six). */
static int is_cast(const toks *t, size_t i)
{
    const tok *k = &t->items[i];
    if (!is(t, i + 1, "("))
        return 0;
    if (k->kind == TOK_IRI)
        return k->len > 34 && strncmp(k->s + 1, CNKG_XSD_NS, 33) == 0;
    return k->kind == TOK_WORD && k->len > 4 && strncasecmp(k->s, "xsd:", 4) == 0;
}

/* Words whose every use goes to Jena, and why. */
static const char *const words[][2] = {
    {"EXISTS", "EXISTS"},
    {"MINUS", "MINUS"},
    /* Not in the W3C suite, seen on real graphs (tests/compare/engines.sh,
     * companies-settled on the dev articles): rasqal's left join can
     * rebind a variable that the required part had bound, giving rows
     * of ?c a kg:Company whose label is another company's. */
    {"OPTIONAL", "OPTIONAL"},
    /* agg-avg-02, agg-having-multiple: groups filtered wrongly */
    {"HAVING", "HAVING"},
    /* replace01, replace03: bytes of UTF-8 replaced one by one, captures */
    {"REPLACE", "REPLACE"},
    /* substring02: characters outside the BMP */
    {"SUBSTR", "SUBSTR"},
    /* strdt03, strlang03: type errors not raised */
    {"STRDT", "STRDT"},
    {"STRLANG", "STRLANG"},
};

const char *cnkg_route_reason(const char *sparql)
{
    toks t = {0};
    tokenize(sparql, &t);
    const char *why = NULL;
    size_t n_select = 0; /* query forms: more than one is a subquery */
    int aggregate = 0, values = 0;
    for (size_t i = 0; i < t.n && !why; i++) {
        const tok *k = &t.items[i];
        if (k->kind == TOK_WORD) {
            for (size_t w = 0; w < sizeof words / sizeof words[0] && !why; w++)
                if (is(&t, i, words[w][0]))
                    why = words[w][1];
            n_select += is(&t, i, "SELECT") || is(&t, i, "ASK") || is(&t, i, "CONSTRUCT") ||
                        is(&t, i, "DESCRIBE");
            values |= is(&t, i, "VALUES");
            aggregate |= is_aggregate(&t, i);
        }
        if (!why && is_cast(&t, i))
            why = "casts to XSD types";
        /* agg-groupconcat-3: rasqal joins with a space whatever the
         * separator, which is right only for a space */
        else if (!why && is(&t, i, "SEPARATOR") &&
                 !(is(&t, i + 1, "=") && (is(&t, i + 2, "\" \"") || is(&t, i + 2, "' '"))))
            why = "GROUP_CONCAT's SEPARATOR";
        /* agg08b, agg-group-builtin, agg-group-fn, group04: grouping by an
         * expression */
        else if (!why && is(&t, i, "GROUP") && is(&t, i + 1, "BY") && is(&t, i + 2, "("))
            why = "GROUP BY an expression";
        /* agg-count-rows-distinct */
        else if (!why && is(&t, i, "COUNT") && is(&t, i + 2, "DISTINCT") && is(&t, i + 3, "*"))
            why = "COUNT(DISTINCT *)";
        /* bind07: a BIND that opens a group sees nothing bound */
        else if (!why && is(&t, i, "{") && is(&t, i + 1, "BIND"))
            why = "BIND at the start of a group";
        /* iri02: IRI(<iri>) and URI(<iri>) left unbound */
        else if (!why && (is(&t, i, "IRI") || is(&t, i, "URI")) && is(&t, i + 1, "(") &&
                 i + 2 < t.n && t.items[i + 2].kind == TOK_IRI)
            why = "IRI() of an IRI";
        /* concat-empty */
        else if (!why && is(&t, i, "CONCAT") && is(&t, i + 1, "(") && is(&t, i + 2, ")"))
            why = "CONCAT()";
    }
    /* agg-groupconcat-2, -4, -5, -6: aggregates in a subquery, or over
     * VALUES, lose rows and keep language tags */
    if (!why && aggregate && (n_select > 1 || values))
        why = "aggregates in a subquery or over VALUES";
    free(t.items);
    return why;
}

int cnkg_route_has_aggregate(const char *sparql)
{
    toks t = {0};
    tokenize(sparql, &t);
    int yes = 0;
    for (size_t i = 0; i < t.n; i++) {
        if (is(&t, i, "GROUP") && is(&t, i + 1, "BY"))
            yes = 2;
        else if (is_aggregate(&t, i) && !yes)
            yes = 1;
    }
    free(t.items);
    return yes;
}

/* Index of the token that closes the group opened at open, or t->n. */
static size_t group_end(const toks *t, size_t open)
{
    int depth = 0;
    for (size_t i = open; i < t->n; i++) {
        if (is(t, i, "{"))
            depth++;
        else if (is(t, i, "}") && --depth == 0)
            return i;
    }
    return t->n;
}

int cnkg_route_graph_filter(const char *sparql, const char *const *hidden, size_t n_hidden,
                            cnkg_buf *out)
{
    toks t = {0};
    tokenize(sparql, &t);
    const char *copied = sparql;
    int n = 0;
    for (size_t i = 0; i + 2 < t.n; i++) {
        const tok *var = &t.items[i + 1];
        if (!is(&t, i, "GRAPH") || var->kind != TOK_WORD ||
            (var->s[0] != '?' && var->s[0] != '$') || !is(&t, i + 2, "{"))
            continue;
        size_t close = group_end(&t, i + 2);
        if (close == t.n)
            break; /* unbalanced: the engine will say so */
        const char *after = t.items[close].s + 1;
        cnkg_buf_append(out, copied, (size_t)(after - copied));
        cnkg_buf_printf(out, " FILTER (%.*s NOT IN (", (int)var->len, var->s);
        for (size_t h = 0; h < n_hidden; h++)
            cnkg_buf_printf(out, "%s<%s>", h ? ", " : "", hidden[h]);
        cnkg_buf_puts(out, "))");
        copied = after;
        n++;
    }
    cnkg_buf_puts(out, copied);
    free(t.items);
    return n;
}

/* Index of the token that closes the parenthesis opened at open, or t->n. */
static size_t paren_end(const toks *t, size_t open)
{
    int depth = 0;
    for (size_t i = open; i < t->n; i++) {
        if (is(t, i, "("))
            depth++;
        else if (is(t, i, ")") && --depth == 0)
            return i;
    }
    return t->n;
}

int cnkg_route_concat_separator(const char *sparql, cnkg_buf *out)
{
    toks t = {0};
    tokenize(sparql, &t);
    const char *copied = sparql;
    int n = 0;
    for (size_t i = 0; i + 1 < t.n; i++) {
        if (!is(&t, i, "GROUP_CONCAT") || !is(&t, i + 1, "("))
            continue;
        size_t close = paren_end(&t, i + 1), k;
        for (k = i + 2; k < close && !is(&t, k, "SEPARATOR"); k++)
            ;
        if (close == t.n || k < close)
            continue;
        cnkg_buf_append(out, copied, (size_t)(t.items[close].s - copied));
        cnkg_buf_puts(out, "; SEPARATOR=\" \"");
        copied = t.items[close].s;
        n++;
    }
    cnkg_buf_puts(out, copied);
    free(t.items);
    return n;
}

static int order_var(const tok *k, cnkg_order_key *key, int descending)
{
    if (k->kind != TOK_WORD || k->len < 2 || (k->s[0] != '?' && k->s[0] != '$') ||
        k->len > sizeof key->name)
        return 0;
    memcpy(key->name, k->s + 1, k->len - 1);
    key->name[k->len - 1] = '\0';
    key->descending = descending;
    return 1;
}

/* True when the first SELECT names ?name among its results (or is
 * SELECT *): a variable outside parentheses, or after AS. */
static int projected(const toks *t, const char *name)
{
    size_t i = 0;
    while (i < t->n && !is(t, i, "SELECT"))
        i++;
    int depth = 0;
    for (i++; i < t->n && !(depth == 0 && (is(t, i, "WHERE") || is(t, i, "{"))); i++) {
        const tok *k = &t->items[i];
        depth += is(t, i, "(") - is(t, i, ")");
        if (depth == 0 && is(t, i, "*"))
            return 1;
        if (k->kind == TOK_WORD && (k->s[0] == '?' || k->s[0] == '$') &&
            (depth == 0 || is(t, i - 1, "AS")) && k->len == strlen(name) + 1 &&
            strncmp(k->s + 1, name, k->len - 1) == 0)
            return 1;
    }
    return 0;
}

int cnkg_route_order_split(const char *sparql, size_t *cut, cnkg_order_key *keys, size_t max_keys,
                           size_t *n)
{
    toks t = {0};
    tokenize(sparql, &t);
    size_t at = t.n;
    int depth = 0;
    for (size_t i = 0; i < t.n; i++) {
        if (is(&t, i, "{"))
            depth++;
        else if (is(&t, i, "}"))
            depth--;
        else if (depth == 0 && is(&t, i, "ORDER") && is(&t, i + 1, "BY"))
            at = i;
    }
    int ok = at < t.n;
    *n = 0;
    for (size_t i = at + 2; ok && i < t.n; *n += 1) {
        int dir = is(&t, i, "ASC") ? 1 : is(&t, i, "DESC") ? 2 : 0;
        if (*n == max_keys)
            ok = 0;
        else if (dir && is(&t, i + 1, "(") && is(&t, i + 3, ")") &&
                 order_var(&t.items[i + 2], &keys[*n], dir == 2))
            i += 4;
        else if (!dir && order_var(&t.items[i], &keys[*n], 0))
            i++;
        else
            ok = 0;
    }
    for (size_t k = 0; ok && k < *n; k++) /* rows can be sorted by what they hold */
        ok = projected(&t, keys[k].name);
    if (ok && *n > 0)
        *cut = (size_t)(t.items[at].s - sparql);
    free(t.items);
    return ok && *n > 0;
}

/* --- Virtuoso ------------------------------------------------------------ */

/* Virtuoso 7.2 answers right the queries built of what is listed here:
 * the rest of SPARQL 1.1 it refuses or answers wrongly, and those queries
 * go to Jena ARQ over the store's TDB2 copy (store_jena.c). A list of what
 * is known to work rather than of what is known to fail, because its
 * faults are many and alike (the W3C tests, tests/w3c/sparql11.py):
 *   - + and * paths give a row for every way through the graph (pp12,
 *     pp21, pp23, pp25, pp37), * with both ends free and ^ in a negated
 *     set are refused (pp14, pp16, nps_inverse);
 *   - an expression error (a division by 0, a number plus a string, a
 *     string function given a number) aborts the whole query instead of
 *     leaving one value unbound (coalesce01, if02, notin02, agg-err-01,
 *     strafter01, ends01, timezone-01);
 *   - a boolean comes back as the integer 0 or 1 (if01, expression is
 *     equality, cast to xsd:boolean);
 *   - MD5 and SHA over non-ASCII text, casts, STRDT and STRLANG type
 *     errors, STRBEFORE and STRAFTER datatypes, CONCAT, REPLACE, IRI(),
 *     SECONDS, BNODE: wrong values or not implemented;
 *   - AVG and SUM of decimals come back as doubles, HAVING without GROUP
 *     BY is refused (agg06), MINUS of a fully bound row removes it all
 *     (subset-by-exclusion), BIND and VALUES lose or keep rows (bind10,
 *     post-query VALUES with OPTIONAL). */
static const char *const virtuoso_functions[] = {
    "COUNT", "MIN", "MAX", "SAMPLE", "GROUP_CONCAT", "STR", "LANG", "DATATYPE", "FILTER", "DESC",
    "ASC", "GRAPH", "OPTIONAL", "UNION", "WHERE", "BY",
    /* keywords a parenthesis may follow */
    "SELECT", "DISTINCT", "REDUCED", "AS", "ASK", "CONSTRUCT", "DESCRIBE", "NAMED"};
/* tests: right in a FILTER, 0 or 1 as a value */
static const char *const virtuoso_tests[] = {
    "BOUND", "isIRI", "isURI", "isBLANK", "isLITERAL", "sameTerm", "LANGMATCHES", "EXISTS", "NOT"};
/* string functions right when their first argument is a string for sure */
static const char *const virtuoso_string_functions[] = {"STRSTARTS", "STRENDS", "CONTAINS", "REGEX",
                                                        "LCASE",     "UCASE",   "STRLEN"};
static const char *const virtuoso_refused_words[] = {"MINUS", "BIND",  "VALUES", "HAVING",
                                                     "IN",    "UNDEF", "SERVICE"};

#define VIRTUOSO_FUNCTIONS_FAULT                                                                   \
    "functions and casts beyond STR, LANG, DATATYPE, BOUND, isIRI, sameTerm and LANGMATCHES "      \
    "(string functions over STR())"

static int in_list(const toks *t, size_t i, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (is(t, i, list[k]))
            return 1;
    return 0;
}

static int is_pname(const tok *k)
{
    return k->kind == TOK_WORD && k->s[0] != '?' && k->s[0] != '$' &&
           memchr(k->s, ':', k->len) != NULL;
}

/* What makes the token at i something Virtuoso gets wrong, or NULL. */
static const char *virtuoso_fault(const toks *t, size_t i, int *projection)
{
    const tok *k = &t->items[i];
    const tok *prev = i ? &t->items[i - 1] : NULL;
    const tok *next = i + 1 < t->n ? &t->items[i + 1] : NULL;
    if (k->kind == TOK_WORD) {
        if (in_list(t, i, virtuoso_refused_words,
                    sizeof virtuoso_refused_words / sizeof *virtuoso_refused_words))
            return "MINUS, BIND, VALUES, HAVING or IN";
        if (is(t, i, "AVG") || is(t, i, "SUM"))
            return "AVG and SUM";
        if (is_pname(k) && k->s[k->len - 1] == '?')
            return "property paths";
        if (is(t, i, "?") || (k->len == 1 && k->s[0] == '?'))
            return "property paths";
        int call = next && is(t, i + 1, "(") && k->s[0] != '?' && k->s[0] != '$';
        if (!call)
            return NULL;
        if (is_pname(k)) /* xsd:integer(?x), or a function of an IRI */
            return VIRTUOSO_FUNCTIONS_FAULT;
        if (in_list(t, i, virtuoso_functions,
                    sizeof virtuoso_functions / sizeof *virtuoso_functions))
            return NULL;
        if (in_list(t, i, virtuoso_tests, sizeof virtuoso_tests / sizeof *virtuoso_tests))
            return *projection ? "a comparison or test as a value" : NULL;
        if (in_list(t, i, virtuoso_string_functions,
                    sizeof virtuoso_string_functions / sizeof *virtuoso_string_functions) &&
            (is(t, i + 2, "STR") || is(t, i + 2, "LANG")) && is(t, i + 3, "("))
            return NULL;
        return VIRTUOSO_FUNCTIONS_FAULT;
    }
    if (k->kind == TOK_IRI && next && is(t, i + 1, "(")) /* a cast, or a function of IRI */
        return VIRTUOSO_FUNCTIONS_FAULT;
    if (k->kind != TOK_PUNCT)
        return NULL;
    switch (k->s[0]) {
    case '*': /* SELECT *, COUNT(*), or a path or a product */
        if (prev &&
            (is(t, i - 1, "SELECT") || is(t, i - 1, "DISTINCT") || is(t, i - 1, "REDUCED") ||
             is(t, i - 1, "DESCRIBE") || (is(t, i - 1, "(") && i >= 2 && is(t, i - 2, "COUNT"))))
            return NULL;
        return "property paths and arithmetic";
    case '+':
    case '/':
    case '|':
        if (k->s[0] == '|' && next && next->kind == TOK_PUNCT && next->s[0] == '|')
            return NULL; /* || */
        if (k->s[0] == '|' && prev && prev->kind == TOK_PUNCT && prev->s[0] == '|')
            return NULL;
        return "property paths and arithmetic";
    case '-':
        return "arithmetic";
    case '^': /* ^^ of a typed literal */
        if ((next && next->kind == TOK_PUNCT && next->s[0] == '^') ||
            (prev && prev->kind == TOK_PUNCT && prev->s[0] == '^'))
            return NULL;
        return "property paths";
    case '!':
        if (next && (is(t, i + 1, "=") || (next->kind == TOK_WORD && !is_pname(next))))
            return NULL;
        return "property paths";
    case '=':
    case '<':
    case '>':
    case '&':
        /* a comparison is a boolean, which Virtuoso gives as 0 or 1 when
         * it is a value rather than a filter */
        if (is(t, i - 1, "SEPARATOR"))
            return NULL;
        return *projection ? "a comparison or test as a value" : NULL;
    default:
        return NULL;
    }
}

int cnkg_route_virtuoso(const char *sparql, cnkg_buf *why)
{
    toks t = {0};
    tokenize(sparql, &t);
    const char *fault = NULL;
    /* depth of ( inside a SELECT's ( ... AS ?v ), where a boolean would
     * be a value; 0 elsewhere */
    int projection = 0, depth = 0, in_select = 0;
    for (size_t i = 0; i < t.n && !fault; i++) {
        if (is(&t, i, "SELECT"))
            in_select = 1;
        else if (is(&t, i, "WHERE") || is(&t, i, "{"))
            in_select = 0;
        if (is(&t, i, "(")) {
            depth++;
            if (in_select && depth == 1)
                projection = 1;
        } else if (is(&t, i, ")") && depth > 0 && --depth == 0) {
            projection = 0;
        }
        fault = virtuoso_fault(&t, i, &projection);
    }
    free(t.items);
    if (fault)
        cnkg_buf_puts(why, fault);
    return fault != NULL;
}
