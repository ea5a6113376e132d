/* vocab.c - the prefix table of cnkg_vocab.h. The order is the order of
 * the @prefix lines in Turtle output, which must not change between
 * versions (the output is compared byte for byte). */
#include "cnkg_vocab.h"

#include <stddef.h>

static const cnkg_vocab_prefix prefixes[] = {
    {"kg", CNKG_NS},
    {"ent", CNKG_ID_NS},
    {"rdf", CNKG_RDF_NS},
    {"rdfs", CNKG_RDFS_NS},
    {"xsd", CNKG_XSD_NS},
    {"skos", CNKG_SKOS_NS},
    {"schema", CNKG_SCHEMA_NS},
    {"dcterms", CNKG_DCTERMS_NS},
    {"nif", CNKG_NIF_NS},
    {"itsrdf", CNKG_ITSRDF_NS},
    {"prov", CNKG_PROV_NS},
    {NULL, NULL},
};

const cnkg_vocab_prefix *cnkg_vocab_prefixes(void)
{
    return prefixes;
}
