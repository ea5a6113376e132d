/* names.c - the contract's class and relation names. They live here, not in
 * the ontology, because they are the fixed vocabulary the scorer reads; the
 * ontology may add subclasses and labels around them. */
#include "cnkg_graph.h"

#include <string.h>

static const char *const class_names[CNKG_CLASS_COUNT] = {
    "AdministrativeDivision",
    "Region",
    "IndustrialPark",
    "Company",
    "GovernmentAgency",
    "Organization",
    "Industry",
    "Program",
    "Product",
    "Project",
    "Person",
    "Event",
    "Place",
};

static const char *const class_slugs[CNKG_CLASS_COUNT] = {
    "division", "region",  "park",    "company", "agency", "organization", "industry",
    "program",  "product", "project", "person",  "event",  "place",
};

static const char *const relation_names[CNKG_RELATION_COUNT] = {
    "locatedIn",        "originFrom", "inIndustry", "developsIndustry",
    "designatedAs",     "covers",     "implements", "leads",
    "collaboratesWith", "produces",   "operates",   "affiliatedWith",
};

const char *cnkg_class_name(cnkg_class cls)
{
    return cls >= 0 && cls < CNKG_CLASS_COUNT ? class_names[cls] : NULL;
}

const char *cnkg_class_slug(cnkg_class cls)
{
    return cls >= 0 && cls < CNKG_CLASS_COUNT ? class_slugs[cls] : NULL;
}

cnkg_class cnkg_class_from_name(const char *name)
{
    for (int i = 0; i < CNKG_CLASS_COUNT; i++)
        if (strcmp(name, class_names[i]) == 0)
            return (cnkg_class)i;
    return CNKG_CLASS_NONE;
}

const char *cnkg_relation_name(cnkg_relation rel)
{
    return rel >= 0 && rel < CNKG_RELATION_COUNT ? relation_names[rel] : NULL;
}

cnkg_relation cnkg_relation_from_name(const char *name)
{
    for (int i = 0; i < CNKG_RELATION_COUNT; i++)
        if (strcmp(name, relation_names[i]) == 0)
            return (cnkg_relation)i;
    return CNKG_RELATION_NONE;
}

int cnkg_relation_is_symmetric(cnkg_relation rel)
{
    return rel == CNKG_COLLABORATES_WITH;
}
