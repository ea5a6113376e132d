/* diagram_style.c - the built-in look of each class and relation. Fill
 * colours are light so that black CJK text stays legible on them. */
#include "diagram_style.h"

#include <string.h>

static const struct {
    const char *shape, *colour, *label;
} class_style[CNKG_CLASS_COUNT] = {
    [CNKG_ADMINISTRATIVE_DIVISION] = {"house", "#a9cce3", "行政区划"},
    [CNKG_REGION] = {"folder", "#d4e6f1", "区域"},
    [CNKG_INDUSTRIAL_PARK] = {"component", "#a9dfbf", "产业园区"},
    [CNKG_COMPANY] = {"box", "#f9e79f", "企业"},
    [CNKG_GOVERNMENT_AGENCY] = {"hexagon", "#f5b7b1", "政府机构"},
    [CNKG_ORGANIZATION] = {"octagon", "#d7bde2", "组织"},
    [CNKG_INDUSTRY] = {"ellipse", "#fad7a0", "产业"},
    [CNKG_PROGRAM] = {"note", "#f5cba7", "计划/政策"},
    [CNKG_PRODUCT] = {"cylinder", "#d5f5e3", "产品"},
    [CNKG_PROJECT] = {"box3d", "#abebc6", "项目"},
    [CNKG_PERSON] = {"egg", "#e8daef", "人物"},
    [CNKG_EVENT] = {"diamond", "#fdebd0", "事件"},
    [CNKG_PLACE] = {"trapezium", "#d0ece7", "地点"},
};

static const char *const relation_label[CNKG_RELATION_COUNT] = {
    [CNKG_LOCATED_IN] = "位于",        [CNKG_ORIGIN_FROM] = "来自",
    [CNKG_IN_INDUSTRY] = "属于行业",   [CNKG_DEVELOPS_INDUSTRY] = "发展产业",
    [CNKG_DESIGNATED_AS] = "获认定为", [CNKG_COVERS] = "覆盖",
    [CNKG_IMPLEMENTS] = "实施",        [CNKG_LEADS] = "牵头",
    [CNKG_COLLABORATES_WITH] = "合作", [CNKG_PRODUCES] = "生产",
    [CNKG_OPERATES] = "运营",          [CNKG_AFFILIATED_WITH] = "任职于",
};

static int known_class(cnkg_class cls)
{
    return cls >= 0 && cls < CNKG_CLASS_COUNT;
}

const char *diagram_class_shape(const cnkg_ontology *onto, cnkg_class cls)
{
    const char *s = onto ? cnkg_ontology_class_shape(onto, cls) : NULL;
    if (s && *s)
        return s;
    return known_class(cls) ? class_style[cls].shape : "box";
}

const char *diagram_class_colour(const cnkg_ontology *onto, cnkg_class cls)
{
    const char *s = onto ? cnkg_ontology_class_colour(onto, cls) : NULL;
    if (s && *s)
        return s;
    return known_class(cls) ? class_style[cls].colour : "#eeeeee";
}

/* The ontology falls back to the local name when it has no label in the
 * language; the built-in Chinese label is better than that. */
const char *diagram_class_label(const cnkg_ontology *onto, cnkg_class cls)
{
    const char *s = onto ? cnkg_ontology_class_label(onto, cls, "zh") : NULL;
    const char *local = cnkg_class_name(cls);
    if (s && *s && !(local && strcmp(s, local) == 0))
        return s;
    return known_class(cls) ? class_style[cls].label : "?";
}

const char *diagram_relation_label(const cnkg_ontology *onto, cnkg_relation rel)
{
    const char *s = onto ? cnkg_ontology_relation_label(onto, rel, "zh") : NULL;
    const char *local = cnkg_relation_name(rel);
    if (s && *s && !(local && strcmp(s, local) == 0))
        return s;
    if (rel >= 0 && rel < CNKG_RELATION_COUNT)
        return relation_label[rel];
    return local ? local : "?";
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
