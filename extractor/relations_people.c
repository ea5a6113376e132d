/*
 * relations_people.c - people and the bodies they work for: a body, a title
 * and a name (格力电器董事长朱江洪), a list of titles (市委书记、市人大常委会
 * 主任黄业斌), and a division's head (抚顺市市长王桂芬) working for its
 * government.
 */
#include "relations_internal.h"

#include <stdlib.h>
#include <string.h>

/* The title (kg:Person kg:trigger or a kg:affiliatedWith cue) that ends
 * at pos, its length or 0. */
static size_t title_before(const sentence_ctx *c, size_t pos)
{
    size_t a = text_match_list_ending(c->t->cps, pos, &c->lx->trigger[CNKG_PERSON]);
    size_t b = text_match_list_ending(c->t->cps, pos, &c->lx->cue[CNKG_AFFILIATED_WITH]);
    return a > b ? a : b;
}

/* The body whose name ends at most a few characters of one word before the
 * title (海尔集团|监事会|主席, 中联重科|高级|总裁), or a longer name of one
 * of its own units (kg:unitWord) before it: 国家能源局|可再生能源处|处长,
 * 某协会|太阳能专业委员会|主任, 某集团|国际事业部|总经理. NULL if none. */
/* Can text[from, to) between a body and a post be one word, the name of
 * one of its units? Not a clause that goes on past the body (赛力斯代表团
 * 参观了当地一家研究中心|主任: 了 and a count say the sentence moved on). */
static int names_a_unit(const sentence_ctx *c, size_t from, size_t to)
{
    const uint32_t *cps = c->t->cps;
    for (size_t p = from; p < to; p++)
        if (!text_is_han(cps[p]) || text_is_punct(cps[p]) ||
            text_match_list(cps, to, p, &c->lx->aspect_particle) ||
            (text_is_numeral(cps[p]) && text_match_list(cps, to, p + 1, &c->lx->measure)))
            return 0;
    return 1;
}

static const slot *titled_body(const sentence_ctx *c, size_t at)
{
    enum { MAX_ORGAN = 3, MAX_UNIT = 14 };
    size_t unit = text_match_list_ending(c->t->cps, at, &c->lx->unit_word);
    size_t gap = unit ? MAX_UNIT : MAX_ORGAN;
    const slot *best = NULL;
    for (size_t k = 0; k < c->n; k++) {
        const slot *body = &c->slots[k];
        if (body->inner || !(BIT(body->cls) & ACTOR) || body->end > at || at - body->end > gap ||
            (best && best->end >= body->end))
            continue;
        if (names_a_unit(c, body->end, at))
            best = body; /* the nearest */
    }
    return best;
}

/* The body that opens the title starting at at (市委|常委, 区委|书记), or NULL. */
static const slot *opening_body(const sentence_ctx *c, size_t at, size_t person)
{
    for (size_t k = 0; k < c->n; k++)
        if (!c->slots[k].inner && c->slots[k].begin <= at && c->slots[k].end > at &&
            c->slots[k].end < person && (BIT(c->slots[k].cls) & ACTOR))
            return &c->slots[k];
    return NULL;
}

/* 市委书记、市人大常委会主任黄业斌, 市委常委、临港新城管委会主任薛良, 董事长、
 * 总经理徐龙: the titles a person holds, parted by 、, each with its body
 * before it or opening it. From the person's nearest title, which begins
 * at at, walk back over each earlier one; a segment that ends in no title
 * (董事长A、总裁B: it ends in a name) or holds a person ends the chain. */
static void earlier_titles(sentence_ctx *c, const slot *person, size_t at)
{
    enum { MAX_SEGMENT = 20 };
    size_t cs = relations_clause_start(c->t, c->span, person->begin);
    for (;;) {
        size_t q = at;
        while (q > cs && at - q < MAX_SEGMENT && c->t->cps[q - 1] != 0x3001 /* 、 */ &&
               !text_is_punct(c->t->cps[q - 1]))
            q--;
        if (q <= cs || c->t->cps[q - 1] != 0x3001)
            return;
        size_t end = q - 1, title = title_before(c, end);
        if (!title || end - title < cs)
            return;
        for (size_t k = 0; k < c->n; k++)
            if (c->slots[k].cls == CNKG_PERSON && c->slots[k].end > end - title &&
                c->slots[k].begin < end)
                return; /* the title is part of a name */
        at = end - title;
        const slot *body = titled_body(c, at);
        if (!body)
            body = opening_body(c, at, person->begin);
        if (body)
            relations_fact(c, person->entity, CNKG_AFFILIATED_WITH, body->entity);
    }
}

/* Is agency the government that the head's title names: 抚顺市|政府 for
 * 抚顺市|市长 (division: the one named before the title), 市|政府 for
 * 副市长 with no division before it (the level, the character before 长)? */
static int heads_government(const sentence_ctx *c, const cnkg_entity *agency,
                            const cnkg_entity *division, uint32_t level)
{
    size_t n;
    uint32_t *cps = cnkg_utf8_to_cps(agency->label, strlen(agency->label), &n);
    size_t word = text_match_list_ending(cps, n, &c->lx->government_word);
    int yes = 0;
    if (word && word < n) {
        if (division) {
            char *stem = cnkg_cps_to_utf8(cps, 0, n - word);
            yes = cnkg_entity_has_name(division, stem);
            free(stem);
        } else {
            yes = n - word == 1 && cps[0] == level;
        }
    }
    free(cps);
    return yes;
}

/* 抚顺市市长王桂芬, 江阴市长王锡南, 市委常委、副市长李文喜: a person whose
 * title heads a division's government (kg:governmentHead), with no body
 * before it, works for that government when the article names it. */
static void government_head(sentence_ctx *c, const slot *person, size_t end)
{
    size_t len = text_match_list_ending(c->t->cps, end, &c->lx->government_head);
    if (len < 2)
        return;
    size_t at = end - len;
    uint32_t level = c->t->cps[end - 2];
    const cnkg_entity *division = NULL;
    for (size_t k = 0; k < c->n && !division; k++) {
        const slot *d = &c->slots[k];
        if (d->cls == CNKG_ADMINISTRATIVE_DIVISION && (d->end == at || d->end == at + 1))
            division = &c->a->entities[d->entity]; /* 抚顺市|市长, 江阴[市]长 */
    }
    size_t found = (size_t)-1, count = 0;
    for (size_t e = 0; e < c->a->n_entities; e++)
        if (c->a->entities[e].cls == CNKG_GOVERNMENT_AGENCY &&
            heads_government(c, &c->a->entities[e], division, level))
            found = e, count++;
    if (count == 1)
        relations_fact(c, person->entity, CNKG_AFFILIATED_WITH, found);
}

/* 贵州数联云科技有限公司董事长罗建平, 公司行政总裁黄卓贤: a person after a
 * body and a title works for it; so does the next of a list of titled
 * people (格力电器董事长朱江洪、总裁董明珠). */
void relations_titled_people(sentence_ctx *c)
{
    const slot *body = NULL;
    size_t last_end = 0;
    for (size_t i = 0; i < c->n; i++) {
        const slot *person = &c->slots[i];
        if (person->cls != CNKG_PERSON || person->inner)
            continue;
        size_t end = person->begin, title = title_before(c, end);
        if (!title && end > c->span.begin + 1 && c->t->cps[end - 1] == 0x7684 /* 的 */) {
            end--; /* 时任浙江省委书记的习近平: a post, 的, the name (not 编辑的 …) */
            title = text_match_list_ending(c->t->cps, end, &c->lx->cue[CNKG_AFFILIATED_WITH]);
        }
        if (!title || end - title < 1) {
            body = NULL;
            continue;
        }
        size_t at = end - title;
        const slot *own = titled_body(c, at);
        const slot *opening = own ? NULL : opening_body(c, at, person->begin);
        earlier_titles(c, person, at);
        if (opening) {
            /* 市委|常委: the title opens with the body; the next in a list
             * (、副市长…) holds a title of another body */
            relations_fact(c, person->entity, CNKG_AFFILIATED_WITH, opening->entity);
            body = NULL;
            last_end = person->end;
            continue;
        }
        if (!own && body && at > last_end && at - last_end <= 3 &&
            c->t->cps[last_end] == 0x3001 /* 、 */)
            own = body; /* 、 and up to two characters of rank (高级) */
        if (own)
            relations_fact(c, person->entity, CNKG_AFFILIATED_WITH, own->entity);
        else
            government_head(c, person, end);
        body = own;
        last_end = person->end;
    }
}
