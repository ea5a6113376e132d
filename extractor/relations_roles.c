/*
 * relations_roles.c - role clauses and what follows from a sentence's shape:
 * 作为…，X (a clause describing the name that opens the next), the title
 * each member of a counted list holds (上海、大连…七个国家…基地), and the
 * division the discourse is about, carried to the next sentence.
 */
#include "relations_internal.h"

/* The name a role clause describes, whose description runs from from to
 * to: the one that opens the next clause (作为…企业，南南铝业), the finer of
 * two divisions in a row (山西太原), or the one that closes the clause after
 * 的 (作为农业大省的河南，), which then ends the description at *desc_end.
 * That 的 stands inside the description, never before it: a mention that
 * opens the sentence has the previous sentence's last character before it. */
static const slot *role_holder(const sentence_ctx *c, size_t from, size_t to, size_t *desc_end)
{
    const slot *holder = NULL;
    for (size_t i = 0; i < c->n; i++) {
        const slot *s = &c->slots[i];
        if (s->inner || s->end != to || s->begin <= from || c->t->cps[s->begin - 1] != 0x7684)
            continue; /* 的 */
        *desc_end = s->begin - 1;
        return s;
    }
    *desc_end = to;
    if (to >= c->span.end || text_is_sentence_end(c->t->cps[to]))
        return NULL;
    size_t at = to + 1;
    while (at < c->span.end && text_is_skipped(c->t->cps[at]))
        at++;
    for (size_t i = 0; i < c->n; i++) {
        const slot *s = &c->slots[i];
        if (s->inner || s->begin < at)
            continue;
        if (holder && !(holder->cls == CNKG_ADMINISTRATIVE_DIVISION &&
                        s->cls == CNKG_ADMINISTRATIVE_DIVISION && s->begin == holder->end))
            break;
        if (!holder && s->begin != at)
            break;
        holder = s;
    }
    return holder;
}

/* 作为广西铝业龙头企业，南南铝业…, 作为全国最大的光缆生产基地，宜昌…, 作为首家
 * 迁驻璧山区的外资企业，华新电子…, 作为浙江…先行区，嘉兴…: a clause opened by
 * kg:roleWord describes the name that opens the next. What it says holds of
 * that name: a firm described by a word for a firm (kg:genericTerm of
 * kg:Company) is in the sectors the description names; a place described by
 * a kg:hubWord develops them; a place the description reaches by a located
 * cue (迁驻, 落户) holds the name; a programme that ends the description is a
 * title the name holds. */
void relations_role_clauses(sentence_ctx *c)
{
    const uint32_t *cps = c->t->cps;
    for (size_t p = c->span.begin; p < c->span.end; p++) {
        if (p > c->span.begin && !relations_parts_clauses(c->t, c->span, p - 1))
            continue;
        size_t len = text_match_list(cps, c->span.end, p, &c->lx->role_word);
        if (!len)
            continue;
        size_t from = p + len, to = relations_clause_end(c, from), end;
        const slot *holder = role_holder(c, from, to, &end);
        if (!holder)
            continue;
        /* the words read at the description's end and before its names
         * are read in it alone, from desc, so that none reaches back into
         * the role word */
        const uint32_t *desc = cps + from;
        end -= text_match_list_ending(desc, end - from, &c->lx->role_tail);
        if (end == from)
            continue; /* 作为之一，: nothing said */
        int firm = holder->cls == CNKG_COMPANY &&
                   text_match_list_ending(desc, end - from, &c->lx->generic[CNKG_COMPANY]);
        int hub = (BIT(holder->cls) & (PLACE | BIT(CNKG_INDUSTRIAL_PARK))) &&
                  text_match_list_ending(desc, end - from, &c->lx->hub_word);
        for (size_t i = 0; i < c->n; i++) {
            const slot *o = &c->slots[i];
            if (o->inner || o->begin < from || o->end > end || o == holder)
                continue;
            if (o->cls == CNKG_INDUSTRY && (firm || hub))
                relations_fact(c, holder->entity, firm ? CNKG_IN_INDUSTRY : CNKG_DEVELOPS_INDUSTRY,
                               o->entity);
            if ((BIT(o->cls) & (PLACE | BIT(CNKG_INDUSTRIAL_PARK))) &&
                text_match_list_ending(desc, o->begin - from, &c->lx->cue[CNKG_LOCATED_IN]) > 1)
                relations_fact(c, holder->entity, CNKG_LOCATED_IN, o->entity);
            if (o->cls == CNKG_PROGRAM && o->end == end)
                relations_fact(c, holder->entity, CNKG_DESIGNATED_AS, o->entity);
        }
        p = to;
    }
}

/* The outer slot before slot i, or NULL. */
static const slot *slot_prev_outer(const sentence_ctx *c, size_t i)
{
    while (i-- > 0)
        if (!c->slots[i].inner)
            return &c->slots[i];
    return NULL;
}

/* Where the item of a list that ends at slot last begins: a chain of
 * divisions in a row (山西省|临汾市) is one item, its finest place last. */
static const slot *list_item_first(const sentence_ctx *c, const slot *last)
{
    const slot *first = last, *p;
    while ((p = slot_prev_outer(c, (size_t)(first - c->slots))) && p->end == first->begin &&
           p->cls == CNKG_ADMINISTRATIVE_DIVISION && first->cls == p->cls)
        first = p;
    return first;
}

/* 上海、大连…和石家庄七个国家…产业化基地, 新增大连、宁波等9个服务业扩大开放
 * 试点: a programme named right after a count (relations_count_end) that closes a list
 * of divisions or parks, 等 or not, is the title each member holds (names_titles.c,
 * names_counted_titles). Of two divisions in a row (山西省临汾市) the finer is the
 * member; the other says where it lies. */
void relations_counted_title_holders(sentence_ctx *c)
{
    unsigned holders = BIT(CNKG_ADMINISTRATIVE_DIVISION) | BIT(CNKG_INDUSTRIAL_PARK);
    for (size_t i = 0; i < c->n; i++) {
        const slot *o = &c->slots[i];
        const slot *m = slot_prev_outer(c, i);
        if (o->inner || o->cls != CNKG_PROGRAM || !m || !(BIT(m->cls) & holders))
            continue;
        size_t at = m->end + (c->t->cps[m->end] == 0x7B49); /* 等 */
        if (relations_count_end(c, at) != o->begin)
            continue;
        size_t n = 0;
        const slot *members[32];
        for (const slot *cur = m; cur && n < 32;) {
            members[n++] = cur;
            const slot *first = list_item_first(c, cur);
            const slot *prev = slot_prev_outer(c, (size_t)(first - c->slots));
            cur = prev && (BIT(prev->cls) & holders) && relations_joined(c, prev, first) ? prev
                                                                                         : NULL;
        }
        for (size_t k = 0; n > 1 && k < n; k++) /* one place and a count: no list */
            relations_fact(c, members[k]->entity, CNKG_DESIGNATED_AS, o->entity);
    }
}

/* The division a later sentence without one is about. A country ends the
 * topic instead: a sentence opened by 中国, 美国 or 阿联酋 is about a nation's
 * trade, diplomacy or market (两国在能源、贸易等领域合作, 中国涂料市场), and the
 * sectors of the sentences after it are no place's own. */
void relations_update_topic(sentence_ctx *c)
{
    for (size_t i = 0; i < c->n; i++)
        if (c->slots[i].clause_initial && c->slots[i].cls == CNKG_ADMINISTRATIVE_DIVISION)
            *c->topic = division_code_is_country(c->a->entities[c->slots[i].entity].code)
                            ? (size_t)-1
                            : c->slots[i].entity;
}
