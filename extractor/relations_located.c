/*
 * relations_located.c - where a thing stands or comes from, said by words
 * around it: 位于X的Y, Y落户X, X在Y揭牌, 论坛在广州举行, 来自X的Y, routes
 * through the places they list (西成铁路串联青海、甘肃…), a sentence opened
 * by a place (荣昌高新区内，…; 在盐城，…), and a chain of divisions written
 * right before a name (湖北十堰丹江口水库).
 */
#include "relations_internal.h"

#include <string.h>

const slot *relations_slot_after(sentence_ctx *c, size_t pos, unsigned mask, size_t max_gap)
{
    for (size_t i = 0; i < c->n; i++) {
        const slot *s = &c->slots[i];
        if (!s->inner && s->begin >= pos && s->begin - pos <= max_gap && (BIT(s->cls) & mask))
            return s;
    }
    return NULL;
}

/* 联合体在赣州揭牌, 工厂在宜宾投产: a thing right before 在 that opens
 * (kg:openingWord) at the place stands there. */
static void opened_at(sentence_ctx *c, size_t at, const slot *place)
{
    unsigned what = BIT(CNKG_COMPANY) | BIT(CNKG_PROJECT) | BIT(CNKG_INDUSTRIAL_PARK) |
                    BIT(CNKG_ORGANIZATION) | BIT(CNKG_GOVERNMENT_AGENCY);
    if (!text_match_list(c->t->cps, c->span.end, place->end, &c->lx->opening_word))
        return;
    while (at > c->span.begin && text_is_skipped(c->t->cps[at - 1]))
        at--; /* “…联合体”在: the quote closes the name */
    for (size_t i = 0; i < c->n; i++) {
        const slot *s = &c->slots[i];
        if (!s->inner && s->end == at && (BIT(s->cls) & what) && s->entity != place->entity)
            relations_fact(c, s->entity, CNKG_LOCATED_IN, place->entity);
    }
}

/* The last of the places that follow one another from first on (重庆|璧山区,
 * 津南区|八里台工业区): a place named by its parents first. */
const slot *relations_place_chain_last(sentence_ctx *c, const slot *first, unsigned where)
{
    const slot *last = first;
    for (const slot *next; (next = relations_slot_after(c, last->end, where, 0));)
        last = next;
    return last;
}

/* thing stands in every place of the chain from first to last, and in
 * the divisions that open a park's name there (位于津南区|八里台工业区); the
 * places of a chain the text names side by side are all kept. */
static void located_in_chain(sentence_ctx *c, const slot *thing, const slot *first,
                             const slot *last, unsigned where)
{
    for (const slot *pl = first; pl;
         pl = pl == last ? NULL : relations_slot_after(c, pl->end, where, 0)) {
        if (thing->entity != pl->entity) {
            relations_fact(c, thing->entity, CNKG_LOCATED_IN, pl->entity);
            if (first != last) /* 落户广东|揭阳: both stated, both kept */
                relations_named_add(c->named, thing->entity, pl->entity);
        }
        for (size_t i = 0; pl->cls == CNKG_INDUSTRIAL_PARK && i < c->n; i++) {
            const slot *in = &c->slots[i];
            if (in->inner && in->begin == pl->begin && in->end < pl->end &&
                in->cls == CNKG_ADMINISTRATIVE_DIVISION && in->entity != thing->entity)
                relations_fact(c, thing->entity, CNKG_LOCATED_IN, in->entity);
        }
    }
}

/* The members of thing's list before the cue at cue stand where it stands:
 * 华为、中兴等企业落户X, A和B入驻X. */
static void located_in_list(sentence_ctx *c, const slot *thing, size_t cue, const slot *first,
                            const slot *last, unsigned where)
{
    located_in_chain(c, thing, first, last, where);
    for (int dir = -1; dir <= 1; dir += 2) {
        const slot *at = thing;
        for (size_t i = (size_t)(thing - c->slots) + dir; i < c->n; i += dir) {
            const slot *s = &c->slots[i];
            if (s->inner)
                continue;
            const slot *a = dir < 0 ? s : at, *b = dir < 0 ? at : s;
            if (s->cls != thing->cls || s->end > cue || !relations_joined(c, a, b) ||
                relations_clauses_between(c->t, a->end, b->begin))
                break; /* not A，B: a comma parts clauses here */
            located_in_chain(c, s, first, last, where);
            at = s;
        }
    }
}

/* 论坛在广州举行, 在广州举行的第16届亚运会: an event held (kg:holdingWord)
 * at the places from first to last after 在 at at, named right before 在 or
 * right after the holding word and 的, stands there. */
static void held_at(sentence_ctx *c, size_t at, const slot *first, const slot *last, unsigned where)
{
    size_t w = text_match_list(c->t->cps, c->span.end, last->end, &c->lx->holding_word);
    if (!w)
        return;
    while (at > c->span.begin && text_is_skipped(c->t->cps[at - 1]))
        at--; /* “…论坛”在 */
    for (size_t i = 0; i < c->n; i++) {
        const slot *s = &c->slots[i];
        if (!s->inner && s->end == at && s->cls == CNKG_EVENT)
            located_in_chain(c, s, first, last, where);
    }
    if (text_has_at(c->t->cps, c->span.end, last->end + w, "的")) {
        size_t from = last->end + w + 1;
        while (from < c->span.end && text_is_skipped(c->t->cps[from]))
            from++; /* 的“…” */
        const slot *event = relations_slot_after(c, from, BIT(CNKG_EVENT), 0);
        if (event)
            located_in_chain(c, event, first, last, where);
    }
}

/* 在深圳的某国家实验室里，…, 在甘肃武威的肉牛养殖基地，…: a clause that
 * opens with 在, a place and 的 sets the scene at the thing named right
 * after 的, which stands at the place (the nearest, finest one). In the
 * training stories the gold has that fact for 30 of the 33 such openings
 * whose two names it lists. */
static void visited_at(sentence_ctx *c, size_t at, const slot *place, unsigned what)
{
    size_t de = place->end;
    if (relations_clause_start(c->t, c->span, at) != at || de >= c->span.end ||
        c->t->cps[de] != 0x7684) /* 的 */
        return;
    while (de + 1 < c->span.end && text_is_skipped(c->t->cps[de + 1]))
        de++; /* 的“…” */
    const slot *thing = relations_slot_after(c, de + 1, what, 0);
    if (thing && thing->entity != place->entity)
        relations_fact(c, thing->entity, CNKG_LOCATED_IN, place->entity);
}

/* 位于X的Y, 位于X内的Y, Y位于X, Y落户X, 来X落户的Y */
void relations_located_cues(sentence_ctx *c)
{
    const text_view *t = c->t;
    unsigned where = PLACE | BIT(CNKG_INDUSTRIAL_PARK);
    unsigned what = BIT(CNKG_COMPANY) | BIT(CNKG_PROJECT) | BIT(CNKG_INDUSTRIAL_PARK) |
                    BIT(CNKG_ORGANIZATION) | BIT(CNKG_GOVERNMENT_AGENCY) | BIT(CNKG_PLACE) |
                    BIT(CNKG_EVENT);
    for (size_t p = c->span.begin; p < c->span.end; p++) {
        size_t len = text_match_list(t->cps, c->span.end, p, &c->lx->cue[CNKG_LOCATED_IN]);
        if (!len)
            continue;
        const slot *place = relations_slot_after(c, p + len, where, 0);
        size_t home = place ? 0 : text_match_list(t->cps, c->span.end, p + len, &c->lx->home_word);
        if (home) /* 位于本市津南区: on a page with no home division 本市 is no name */
            place = relations_slot_after(c, p + len + home, where, 0);
        const slot *last = place ? relations_place_chain_last(c, place, where) : NULL;
        if (place && text_match_list(t->cps, c->span.end, p, &c->lx->weak_locative) == len) {
            /* 在 says where only when building follows: 在宜宾建有…,
             * 在高新区投资兴建了…有限公司 */
            opened_at(c, p, last);
            held_at(c, p, place, last, where);
            visited_at(c, p, last, what);
            size_t b = text_match_list(t->cps, c->span.end, last->end, &c->lx->build_word);
            const slot *built =
                b ? relations_slot_after(c, last->end + b, BIT(CNKG_PROJECT) | BIT(CNKG_COMPANY), 8)
                  : NULL;
            if (built)
                located_in_chain(c, built, place, last, where);
            place = NULL;
            if (!b) {
                p += len - 1;
                continue;
            }
        }
        if (place) {
            const slot *thing = NULL;
            /* 位于X内的Y: the place may close with a locative */
            size_t de =
                last->end + text_match_list(t->cps, c->span.end, last->end, &c->lx->locative);
            if (text_has_at(t->cps, t->n, de, "的"))
                thing = relations_slot_after(c, de + 1, what, 0);
            for (size_t i = 0; i < c->n && !thing; i++) /* X项目落户Y: the name right before */
                if (!c->slots[i].inner && c->slots[i].end == p && (BIT(c->slots[i].cls) & what))
                    thing = &c->slots[i];
            if (!thing) {
                size_t s = relations_find_subject(c, what, p);
                thing = s == (size_t)-1 ? NULL : &c->slots[s];
            }
            if (thing)
                located_in_list(c, thing, p, place, last, where);
        } else {
            /* 来渝落户的江西光速电子: the place stands before the cue */
            for (size_t i = 0; i < c->n; i++) {
                const slot *pl = &c->slots[i];
                if (pl->end + 1 >= p && pl->end <= p && (BIT(pl->cls) & where) &&
                    text_has_at(t->cps, t->n, p + len, "的")) {
                    const slot *thing = relations_slot_after(c, p + len + 1, what, 0);
                    if (thing)
                        relations_fact(c, thing->entity, CNKG_LOCATED_IN, pl->entity);
                }
            }
        }
        p += len - 1;
    }
}

/* The route a route word (kg:passingWord) speaks of: the name right after
 * the places and 的 (连接上海、南京的北沿江高铁, a few words of kind between),
 * else the project before it (…——某水资源配置工程启动建设，…穿越…) or the
 * place that opens a clause before it (某大桥连接…; not 丹江口水库 in
 * 工程自丹江口水库引水，途经…, where the water comes from). */
static const slot *route_of(sentence_ctx *c, size_t cue, const slot *last)
{
    enum { MAX_GAP = 4 };
    unsigned what = BIT(CNKG_PROJECT) | BIT(CNKG_PLACE);
    size_t de = last->end;
    while (de < c->span.end && !relations_ends_clause(c->t->cps[de]) &&
           c->t->cps[de] != 0x7684) /* 的 */
        de++;
    if (de < c->span.end && c->t->cps[de] == 0x7684 && de - last->end <= MAX_GAP)
        return relations_slot_after(c, de + 1, what, MAX_GAP);
    size_t s = relations_find_subject(c, what, cue);
    if (s == (size_t)-1 || (c->slots[s].cls != CNKG_PROJECT && !c->slots[s].clause_initial))
        return NULL;
    return &c->slots[s];
}

/* Does the list of places end at e, rather than qualify a noun (串联起中国
 * 农耕文化, 连接我国东北地区)? A clause break, 的, 等 or a count (三省, 4市)
 * may follow it. */
static int places_end_at(const sentence_ctx *c, size_t e)
{
    if (e >= c->span.end)
        return 1;
    uint32_t cp = c->t->cps[e];
    return text_is_clause_break(cp) || text_is_numeral(cp) || cp == 0x7684 /* 的 */ ||
           cp == 0x7B49; /* 等 */
}

/* 西成铁路串联青海、甘肃、四川三省, 工程…穿越云浮、茂名、阳江、湛江4市: a
 * route lies in every place of the list after the word; each is stated, so
 * a parent among them is kept beside its child. */
void relations_routes_through(sentence_ctx *c)
{
    unsigned where = PLACE | BIT(CNKG_INDUSTRIAL_PARK);
    for (size_t p = c->span.begin; p < c->span.end; p++) {
        size_t len = text_match_list(c->t->cps, c->span.end, p, &c->lx->passing_word);
        const slot *first = len ? relations_slot_after(c, p + len, where, 0) : NULL;
        if (!first) {
            p += len ? len - 1 : 0;
            continue;
        }
        const slot *last = first;
        for (const slot *next; (next = relations_slot_next_outer(c, last)) &&
                               (BIT(next->cls) & where) && relations_joined(c, last, next);)
            last = next;
        const slot *route = places_end_at(c, last->end) ? route_of(c, p, last) : NULL;
        for (const slot *pl = first; route && pl;
             pl = pl == last ? NULL : relations_slot_next_outer(c, pl))
            if (!pl->inner && pl->entity != route->entity) {
                relations_fact(c, route->entity, CNKG_LOCATED_IN, pl->entity);
                relations_named_add(c->named, route->entity, pl->entity);
            }
        p += len - 1;
    }
}

/* 来自X的Y, 从X引进的Y */
void relations_origin_cues(sentence_ctx *c)
{
    const text_view *t = c->t;
    unsigned what = BIT(CNKG_COMPANY) | BIT(CNKG_PROJECT) | BIT(CNKG_PRODUCT);
    for (size_t p = c->span.begin; p < c->span.end; p++) {
        size_t len = text_match_list(t->cps, c->span.end, p, &c->lx->cue[CNKG_ORIGIN_FROM]);
        if (!len)
            continue;
        const slot *place = relations_slot_after(c, p + len, PLACE, 0);
        for (const slot *next; place && (next = relations_slot_after(c, place->end, PLACE, 0));)
            place = next; /* 来自广东东莞: the nearer name is the finer place */
        if (place) {
            const slot *thing = relations_slot_after(c, place->end, what, 6);
            if (thing && relations_clause_start(t, c->span, thing->begin) <= place->begin)
                relations_fact(c, thing->entity, CNKG_ORIGIN_FROM, place->entity);
        }
        p += len - 1;
    }
}

/* 宜昌|长江, 在江西，…赣江: a river runs through many divisions; the one
 * written before it says where it is seen, not where it lies. */
static int flows_through(const sentence_ctx *c, const slot *s)
{
    return s->cls == CNKG_PLACE &&
           text_match_list_ending(c->t->cps, s->end, &c->lx->flowing_suffix);
}

/* 荣昌高新区内，来渝落户的江西光速电子…; 在盐城，新投产的…产业园内…: a
 * sentence opened by a place and a locative word, or set off by 在 and a
 * comma, is about what stands there. */
void relations_location_topic(sentence_ctx *c)
{
    const slot *first = NULL;
    for (size_t i = 0; i < c->n && !first; i++)
        if (!c->slots[i].inner)
            first = &c->slots[i];
    if (!first || !first->clause_initial ||
        !(BIT(first->cls) & (PLACE | BIT(CNKG_INDUSTRIAL_PARK))))
        return;
    /* 在广州南沙，…: the finer of adjacent places, then a clause break */
    const slot *place = first;
    for (size_t i = 0; i < c->n; i++)
        if (!c->slots[i].inner && c->slots[i].begin == place->end &&
            (BIT(c->slots[i].cls) & (PLACE | BIT(CNKG_INDUSTRIAL_PARK))))
            place = &c->slots[i];
    size_t after = place->end;
    int set_off = first->begin > c->span.begin && c->t->cps[first->begin - 1] == 0x5728 /* 在 */ &&
                  first->begin - 1 == relations_clause_start(c->t, c->span, first->begin - 1) &&
                  after < c->span.end && text_is_clause_break(c->t->cps[after]) &&
                  !text_is_sentence_end(c->t->cps[after]);
    if (set_off)
        first = place;
    else if (!text_match_list(c->t->cps, c->span.end, first->end, &c->lx->locative))
        return;
    /* 在盘锦，A、B等联合投资的石化项目…: where the sentence names a project,
     * the project stands at the place; its firms invest there and may come
     * from anywhere */
    int has_project = 0;
    for (size_t i = 0; i < c->n; i++)
        has_project |= !c->slots[i].inner && c->slots[i].cls == CNKG_PROJECT;
    for (size_t i = 0; i < c->n; i++) {
        const slot *s = &c->slots[i];
        int park_in_division =
            s->cls == CNKG_INDUSTRIAL_PARK && first->cls == CNKG_ADMINISTRATIVE_DIVISION;
        /* 在贵州平塘，中国天眼景区人气火爆: a scenic spot, street or river
         * the sentence names stands in the division it is set off by */
        int place_in_division = set_off && s->cls == CNKG_PLACE &&
                                first->cls == CNKG_ADMINISTRATIVE_DIVISION && !flows_through(c, s);
        if (!s->inner && s != first && !(set_off && has_project && s->cls == CNKG_COMPANY) &&
            (s->cls == CNKG_COMPANY || s->cls == CNKG_PROJECT || park_in_division ||
             place_in_division))
            relations_fact(c, s->entity, CNKG_LOCATED_IN, first->entity);
        /* 在鄂尔多斯，28家现代煤化工企业…: the place's firms of a sector,
         * counted in the clause after it */
        if (set_off && relations_counted_firms(c, s) &&
            relations_clauses_between(c->t, first->end, s->begin) == 1)
            relations_fact(c, first->entity, CNKG_DEVELOPS_INDUSTRY, s->entity);
        /* 在景德镇，传统的陶瓷行业…, 在阜阳，新能源和节能环保产业…: sectors
         * named as such (relations_sector_worded) opening the clause after the place
         * are the place's */
        if (set_off && !s->inner && s->cls == CNKG_INDUSTRY && s->clause_initial &&
            relations_clauses_between(c->t, first->end, s->begin) == 1) {
            size_t last = relations_industry_run_end(c, i);
            for (size_t k = i; relations_sector_worded(c, &c->slots[last]) && k <= last; k++)
                if (!c->slots[k].inner)
                    relations_fact(c, first->entity, CNKG_DEVELOPS_INDUSTRY, c->slots[k].entity);
        }
        /* 在宁晋县，…电线电缆产业集群坐落于此: a cluster of the place */
        if (set_off && !s->inner && s->cls == CNKG_INDUSTRY &&
            text_match_list(c->t->cps, c->span.end, s->end, &c->lx->cluster_word))
            relations_fact(c, first->entity, CNKG_DEVELOPS_INDUSTRY, s->entity);
    }
}

/* 中国空间站, 中国天眼: the news's own country before a name makes it a
 * national thing, a title more than a site. */
static int is_home_country(const sentence_ctx *c, const slot *s)
{
    const cnkg_term *home = c->lx->home_country_term;
    const char *iri = c->a->entities[s->entity].iri;
    return home && iri && strcmp(iri, home->iri) == 0;
}

/* 湖北十堰丹江口水库, 西藏墨脱公路, 河北沧州明珠商贸城: a chain of divisions
 * written right before the name of a place, project or park, with no word
 * between, says where it stands, as a division inside the name would. */
void relations_divisions_before_name(sentence_ctx *c)
{
    unsigned div = BIT(CNKG_ADMINISTRATIVE_DIVISION);
    unsigned what = BIT(CNKG_PLACE) | BIT(CNKG_PROJECT) | BIT(CNKG_INDUSTRIAL_PARK);
    for (size_t i = 0; i < c->n; i++) {
        const slot *first = &c->slots[i];
        if (first->inner || first->cls != CNKG_ADMINISTRATIVE_DIVISION)
            continue;
        int opens = 1; /* first is where the chain begins */
        for (size_t k = 0; k < c->n && opens; k++)
            opens = !(c->slots[k].end == first->begin && !c->slots[k].inner &&
                      (BIT(c->slots[k].cls) & div));
        if (!opens || is_home_country(c, first))
            continue;
        const slot *last = relations_place_chain_last(c, first, div);
        const slot *thing = relations_slot_after(c, last->end, what, 0);
        if (thing && !flows_through(c, thing))
            located_in_chain(c, thing, first, last, div);
    }
}
