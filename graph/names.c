/* names.c - lookups in the contract's names. The table itself is the
 * ontology's (cnkg_ontology_names()): cnkg.ttl declares the classes and
 * relations, their order, slugs and symmetry, and nothing here repeats
 * them. */
#include "cnkg_graph.h"

#include <string.h>

const char *cnkg_class_name(const cnkg_names *n, cnkg_class cls)
{
    return n && cls >= 0 && cls < CNKG_CLASS_COUNT ? n->class_name[cls] : NULL;
}

const char *cnkg_class_slug(const cnkg_names *n, cnkg_class cls)
{
    return n && cls >= 0 && cls < CNKG_CLASS_COUNT ? n->class_slug[cls] : NULL;
}

cnkg_class cnkg_class_from_name(const cnkg_names *n, const char *name)
{
    for (int i = 0; n && name && i < CNKG_CLASS_COUNT; i++)
        if (n->class_name[i] && strcmp(name, n->class_name[i]) == 0)
            return (cnkg_class)i;
    return CNKG_CLASS_NONE;
}

const char *cnkg_relation_name(const cnkg_names *n, cnkg_relation rel)
{
    return n && rel >= 0 && rel < CNKG_RELATION_COUNT ? n->relation_name[rel] : NULL;
}

cnkg_relation cnkg_relation_from_name(const cnkg_names *n, const char *name)
{
    for (int i = 0; n && name && i < CNKG_RELATION_COUNT; i++)
        if (n->relation_name[i] && strcmp(name, n->relation_name[i]) == 0)
            return (cnkg_relation)i;
    return CNKG_RELATION_NONE;
}

int cnkg_relation_is_symmetric(const cnkg_names *n, cnkg_relation rel)
{
    return n && rel >= 0 && rel < CNKG_RELATION_COUNT && n->symmetric[rel];
}
