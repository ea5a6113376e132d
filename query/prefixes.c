/* prefixes.c - the prefix map that shows IRIs compactly in a table and
 * names the namespaces of a CONSTRUCT graph. The query's own PREFIX lines
 * win over the well-known ones, so the reader sees the names they wrote. */
#include "query_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cnkg_graph.h"

/* The namespaces of cnkg_vocab.h. cnkg's IDs are id: here, as cnkg query
 * --help names them, where the Turtle output declares ent:
 * (cnkg_vocab_prefixes). */
static const char *const well_known[][2] = {
    {"kg", CNKG_NS},        {"id", CNKG_ID_NS},         {"rdf", CNKG_RDF_NS},
    {"rdfs", CNKG_RDFS_NS}, {"xsd", CNKG_XSD_NS},       {"owl", CNKG_OWL_NS},
    {"skos", CNKG_SKOS_NS}, {"schema", CNKG_SCHEMA_NS}, {"dcterms", CNKG_DCTERMS_NS},
    {"prov", CNKG_PROV_NS}, {"nif", CNKG_NIF_NS},       {"itsrdf", CNKG_ITSRDF_NS},
};

static int find_name(const cnkg_prefixes *p, const char *name, size_t len)
{
    for (size_t i = 0; i < p->n; i++)
        if (strlen(p->items[i].name) == len && memcmp(p->items[i].name, name, len) == 0)
            return (int)i;
    return -1;
}

static void add(cnkg_prefixes *p, const char *name, size_t name_len, const char *ns, size_t ns_len)
{
    int at = find_name(p, name, name_len);
    if (at >= 0) { /* a later PREFIX of the same name rebinds it */
        free(p->items[at].ns);
        p->items[at].ns = cnkg_xstrndup(ns, ns_len);
        return;
    }
    if (p->n == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 16;
        p->items = cnkg_xrealloc(p->items, p->cap * sizeof *p->items);
    }
    p->items[p->n].name = cnkg_xstrndup(name, name_len);
    p->items[p->n].ns = cnkg_xstrndup(ns, ns_len);
    p->n++;
}

/* At "PREFIX": reads "name: <ns>" after it, when well-formed. */
static const char *read_prefix_decl(cnkg_prefixes *p, const char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    const char *name = s;
    while (*s && *s != ':' && !isspace((unsigned char)*s) && *s != '<')
        s++;
    if (*s != ':')
        return s;
    size_t name_len = (size_t)(s - name);
    s++;
    while (isspace((unsigned char)*s))
        s++;
    if (*s != '<')
        return s;
    const char *ns = ++s;
    while (*s && *s != '>' && *s != '\n')
        s++;
    if (*s == '>')
        add(p, name, name_len, ns, (size_t)(s - ns));
    return *s ? s + 1 : s;
}

void cnkg_prefixes_from_query(cnkg_prefixes *p, const char *sparql)
{
    static const char *const prefix_word[] = {"PREFIX"};
    const char *s = sparql;
    while ((s = cnkg_sparql_find_word(s, prefix_word, 1, NULL)) != NULL)
        s = read_prefix_decl(p, s + 6);
    p->n_declared = p->n;
    for (size_t i = 0; i < sizeof well_known / sizeof well_known[0]; i++) {
        const char *name = well_known[i][0];
        if (find_name(p, name, strlen(name)) < 0)
            add(p, name, strlen(name), well_known[i][1], strlen(well_known[i][1]));
    }
}

void cnkg_prefixes_prologue(const cnkg_prefixes *p, cnkg_buf *out)
{
    for (size_t i = p->n_declared; i < p->n; i++)
        cnkg_buf_printf(out, "PREFIX %s: <%s> ", p->items[i].name, p->items[i].ns);
    if (p->n > p->n_declared)
        cnkg_buf_putc(out, '\n');
}

/* rasqal's grammar (SPARQL 1.0's) wants BASE before every PREFIX, so the
 * prologue goes after a leading BASE, on its line: no line moves then. */
const char *cnkg_prefixes_lead(const cnkg_prefixes *p, const char *sparql, cnkg_buf *out,
                               int *shift)
{
    const char *s = sparql;
    for (;;) {
        while (isspace((unsigned char)*s))
            s++;
        if (*s != '#')
            break;
        s = cnkg_sparql_skip(s);
    }
    const char *iri = s + 4;
    while (isspace((unsigned char)*iri))
        iri++;
    const char *end = *iri == '<' ? cnkg_sparql_skip(iri) : iri;
    *shift = 0;
    if (strncasecmp(s, "BASE", 4) == 0 && end != iri) {
        cnkg_buf_append(out, sparql, (size_t)(end - sparql));
        cnkg_buf_putc(out, ' ');
        for (size_t i = p->n_declared; i < p->n; i++)
            cnkg_buf_printf(out, "PREFIX %s: <%s> ", p->items[i].name, p->items[i].ns);
        return end;
    }
    cnkg_prefixes_prologue(p, out);
    *shift = p->n > p->n_declared ? 1 : 0;
    return sparql;
}

void cnkg_prefixes_free(cnkg_prefixes *p)
{
    for (size_t i = 0; i < p->n; i++) {
        free(p->items[i].name);
        free(p->items[i].ns);
    }
    free(p->items);
    memset(p, 0, sizeof *p);
}

/* A compact name in a table is for reading, not for pasting back, so any
 * local part is fine unless it holds what would make it ambiguous on
 * screen. In Turtle it must be a PN_LOCAL (kept to its plain subset). */
static int fit_local(const char *local, int strict)
{
    const unsigned char *c = (const unsigned char *)local;
    if (strict && (*c == '-' || *c == '.'))
        return 0;
    for (; *c; c++) {
        if (*c <= ' ' || strchr("<>\"{}|^`\\", *c))
            return 0;
        if (strict && !(isalnum(*c) || *c == '_' || *c == '-' || *c >= 0x80 || (*c == '.' && c[1])))
            return 0;
    }
    return 1;
}

const cnkg_prefix *cnkg_prefixes_match(const cnkg_prefixes *p, const char *iri, int strict)
{
    const cnkg_prefix *best = NULL;
    size_t best_len = 0;
    for (size_t i = 0; i < p->n; i++) {
        size_t len = strlen(p->items[i].ns);
        if (len > best_len && strncmp(iri, p->items[i].ns, len) == 0 &&
            fit_local(iri + len, strict)) {
            best = &p->items[i];
            best_len = len;
        }
    }
    return best;
}

void cnkg_prefixes_compact(const cnkg_prefixes *p, const char *iri, cnkg_buf *out)
{
    const cnkg_prefix *m = cnkg_prefixes_match(p, iri, 0);
    if (m) {
        cnkg_buf_printf(out, "%s:%s", m->name, iri + strlen(m->ns));
    } else {
        cnkg_buf_printf(out, "<%s>", iri);
    }
}
