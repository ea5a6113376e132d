/* diagram_style.c - the look of each class and relation: its shape, fill
 * colour and Chinese label, as the ontology gives them (kg:shape,
 * kg:colour, rdfs:label in cnkg.ttl), so that the Turtle is their one
 * source. Without an ontology a diagram is still drawn, plainly: boxes,
 * one light grey, the local names. */
#include "diagram_style.h"
#include "diagram_internal.h"

/* What the ontology says, or NULL when there is none or it says nothing. */
static const char *said(const char *s)
{
    return s && *s ? s : NULL;
}

const char *diagram_class_shape(const cnkg_diagram *d, cnkg_class cls)
{
    const char *s = d->onto ? said(cnkg_ontology_class_shape(d->onto, cls)) : NULL;
    return s ? s : "box";
}

const char *diagram_class_colour(const cnkg_diagram *d, cnkg_class cls)
{
    const char *s = d->onto ? said(cnkg_ontology_class_colour(d->onto, cls)) : NULL;
    return s ? s : "#eeeeee";
}

/* The ontology itself falls back to the local name when it has no label
 * in the language. */
const char *diagram_class_label(const cnkg_diagram *d, cnkg_class cls)
{
    const char *s = d->onto ? said(cnkg_ontology_class_label(d->onto, cls, "zh")) : NULL;
    if (!s)
        s = cnkg_class_name(d->names, cls);
    return s ? s : "?";
}

const char *diagram_relation_label(const cnkg_diagram *d, cnkg_relation rel)
{
    const char *s = d->onto ? said(cnkg_ontology_relation_label(d->onto, rel, "zh")) : NULL;
    if (!s)
        s = cnkg_relation_name(d->names, rel);
    return s ? s : "?";
}

int diagram_class_is_headline(cnkg_class cls)
{
    return cls == CNKG_ADMINISTRATIVE_DIVISION || cls == CNKG_INDUSTRIAL_PARK ||
           cls == CNKG_COMPANY || cls == CNKG_INDUSTRY || cls == CNKG_PROGRAM ||
           cls == CNKG_GOVERNMENT_AGENCY;
}

/* How specific a container is; 0 for what holds nothing. */
int diagram_class_place_rank(cnkg_class cls)
{
    switch (cls) {
    case CNKG_INDUSTRIAL_PARK:
        return 4;
    case CNKG_PLACE:
        return 3;
    case CNKG_ADMINISTRATIVE_DIVISION:
        return 2;
    case CNKG_REGION:
        return 1;
    default:
        return 0;
    }
}
