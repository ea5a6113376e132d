/*
 * diagram_style.h - how classes and relations look in a diagram, private
 * to the renderer: as the ontology says; plain (boxes, the local names)
 * without one.
 */
#ifndef CNKG_DIAGRAM_STYLE_H
#define CNKG_DIAGRAM_STYLE_H

#include "cnkg_graph.h"
#include "cnkg_render.h"

/* Never NULL; the diagram's ontology may be NULL. */
const char *diagram_class_shape(const cnkg_diagram *d, cnkg_class cls);
const char *diagram_class_colour(const cnkg_diagram *d, cnkg_class cls);
const char *diagram_class_label(const cnkg_diagram *d, cnkg_class cls);
const char *diagram_relation_label(const cnkg_diagram *d, cnkg_relation rel);

/* Whether a class is drawn even when none of its entities is in a fact:
 * the headline classes of the contract. */
int diagram_class_is_headline(cnkg_class cls);

/* Whether things can be located in an entity of this class (a division,
 * region, park or place), which is then drawn as a box around them, and
 * how specific a container it is: a park (4) before a place, a district
 * (2) before the region holding it; 0 for a class that holds nothing. */
int diagram_class_place_rank(cnkg_class cls);

#endif
