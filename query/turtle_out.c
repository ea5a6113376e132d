/* turtle_out.c - a CONSTRUCT graph or DESCRIBE description written as
 * Turtle by raptor, which groups statements by subject. Only the prefixes
 * the graph uses are declared, to keep it short. */
#include "query_internal.h"

#include <stdlib.h>

static void mark(const cnkg_prefixes *px, const raptor_term *t, char *used)
{
    raptor_uri *uri = NULL;
    if (t && t->type == RAPTOR_TERM_TYPE_URI)
        uri = t->value.uri;
    else if (t && t->type == RAPTOR_TERM_TYPE_LITERAL)
        uri = t->value.literal.datatype;
    const cnkg_prefix *m =
        uri ? cnkg_prefixes_match(px, (const char *)raptor_uri_as_string(uri), 1) : NULL;
    if (m)
        used[m - px->items] = 1;
}

int cnkg_statements_write_turtle(raptor_world *world, const cnkg_statements *s,
                                 const cnkg_prefixes *px, FILE *out)
{
    raptor_serializer *ser = raptor_new_serializer(world, "turtle");
    if (!ser || raptor_serializer_start_to_file_handle(ser, NULL, out)) {
        if (ser)
            raptor_free_serializer(ser);
        return -1;
    }
    char *used = cnkg_xcalloc(px->n ? px->n : 1, 1);
    for (size_t i = 0; i < s->n; i++) {
        mark(px, s->items[i]->subject, used);
        mark(px, s->items[i]->predicate, used);
        mark(px, s->items[i]->object, used);
    }
    for (size_t i = 0; i < px->n; i++) {
        if (!used[i] || !*px->items[i].name)
            continue;
        raptor_uri *ns = raptor_new_uri(world, (const unsigned char *)px->items[i].ns);
        if (ns) {
            raptor_serializer_set_namespace(ser, ns, (const unsigned char *)px->items[i].name);
            raptor_free_uri(ns);
        }
    }
    free(used);
    int rc = 0;
    for (size_t i = 0; i < s->n && rc == 0; i++)
        rc = raptor_serializer_serialize_statement(ser, s->items[i]);
    if (raptor_serializer_serialize_end(ser))
        rc = -1;
    raptor_free_serializer(ser);
    return rc ? -1 : 0;
}
