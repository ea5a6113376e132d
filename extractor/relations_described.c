/*
 * relations_described.c - facts from what a clause says a name is: a firm,
 * project, place or sector before a copula or a word of becoming
 * (首钢是一家以钢铁业为主…的企业集团, 绍兴市是传统的茶叶大市, 汽车产业是
 * 重庆的支柱产业), a firm's main trades (以 … 为主), a firm 在 a sector's
 * 领域, and a place and a word for a firm before a firm's name
 * (香港创科企业「…」).
 */
#include "relations_internal.h"

/* Whether a word for a firm (kg:genericTerm of kg:Company, 企业) stands
 * right before the firm's name, punctuation and a word of members (厂商|有|
 * A, when members is not NULL) aside; *before is where that word begins,
 * where what describes the firm ends. */
int relations_firm_described_at(const sentence_ctx *c, const slot *firm, const word_list *members,
                                size_t *before)
{
    if (firm->inner || firm->cls != CNKG_COMPANY)
        return 0;
    size_t at = firm->begin;
    while (at > c->span.begin && text_is_skipped(c->t->cps[at - 1]))
        at--;
    if (members)
        at -= text_match_list_ending(c->t->cps, at, members);
    size_t noun = text_match_list_ending(c->t->cps, at, &c->lx->generic[CNKG_COMPANY]);
    *before = at - noun;
    return noun != 0;
}

/* 香港创科企业「智汇机械人科技有限公司」: a place, a word for a firm, then the
 * firm's name: the firm comes from there. */
void relations_place_described_firms(sentence_ctx *c)
{
    for (size_t i = 0; i < c->n; i++) {
        const slot *firm = &c->slots[i];
        size_t before;
        if (!relations_firm_described_at(c, firm, NULL, &before))
            continue;
        for (size_t k = 0; k < c->n; k++) {
            const slot *place = &c->slots[k];
            if (!place->inner && place->cls == CNKG_ADMINISTRATIVE_DIVISION &&
                place->end <= before && before - place->end <= 2)
                relations_fact(c, firm->entity, CNKG_ORIGIN_FROM, place->entity);
        }
    }
}

/* Where what a slot is or becomes is said: past a word of becoming
 * (kg:becomeWord: 成为) or, with copula, a copula (kg:copulaWord), after at
 * most max_adverb characters that hold no name (已, 也因此, 建成后将);
 * 0: none follows. */
static size_t description_start(const sentence_ctx *c, const slot *s, size_t max_adverb, int copula)
{
    for (size_t at = s->end; at < c->span.end && at <= s->end + max_adverb; at++) {
        if (!text_is_han(c->t->cps[at]) || relations_inside_slot(c, at))
            return 0;
        size_t is = copula ? text_match_list(c->t->cps, c->span.end, at, &c->lx->copula) : 0;
        if (!is)
            is = text_match_list(c->t->cps, c->span.end, at, &c->lx->become_word);
        if (is)
            return at + is;
    }
    return 0;
}

/* 首钢是一家以钢铁业为主，兼营机械、电子…的企业集团; 某集团已成为全球家电龙头
 * 企业; 该项目建成后将成为当地最大的动力电池项目: a firm or project that opens a
 * clause, a copula (kg:copulaWord; firms) or a word of becoming, and a
 * description ending in a word for its kind (kg:genericTerm: 企业, 项目): the
 * sectors the description names are its own. A project's description ends
 * with its clause. */
void relations_described_firms(sentence_ctx *c)
{
    enum { MAX_DESCRIPTION = 80 };
    for (size_t i = 0; i < c->n; i++) {
        const slot *firm = &c->slots[i];
        if (firm->inner || !(firm->cls == CNKG_COMPANY || firm->cls == CNKG_PROJECT) ||
            !firm->clause_initial)
            continue;
        size_t is = firm->cls == CNKG_COMPANY
                        ? text_match_list(c->t->cps, c->span.end, firm->end, &c->lx->copula)
                        : 0;
        /* 也因此|成为, 建成后将|成为: five characters before the word of becoming */
        size_t from = is ? firm->end + is : description_start(c, firm, 5, 0), end = 0;
        for (size_t p = from; from && p < c->span.end && p < from + MAX_DESCRIPTION && !end; p++) {
            if (text_is_sentence_end(c->t->cps[p]) ||
                (firm->cls == CNKG_PROJECT && relations_ends_clause(c->t->cps[p])))
                break;
            size_t noun = text_match_list(c->t->cps, c->span.end, p, &c->lx->generic[firm->cls]);
            if (noun && text_is_han(c->t->cps[p]))
                end = p;
        }
        for (size_t k = i + 1; end && k < c->n && c->slots[k].begin < end; k++) {
            const slot *o = &c->slots[k];
            if (o->cls == firm->cls && !o->inner)
                break; /* another firm or project: the description is not this one's */
            if (o->cls == CNKG_INDUSTRY && !o->inner)
                relations_fact(c, firm->entity, CNKG_IN_INDUSTRY, o->entity);
        }
    }
}

/* Where the last word for a hub (kg:hubWord: 基地, 大省) in the clause from
 * from begins, when it ends its noun (基地之一, not 大市|场); 0: none. */
static size_t hub_word_at(const sentence_ctx *c, size_t from)
{
    enum { MAX_DESCRIPTION = 30 };
    size_t end = 0;
    for (size_t p = from; p < c->span.end && p < from + MAX_DESCRIPTION; p++) {
        if (text_is_clause_break(c->t->cps[p]))
            break;
        size_t hub = text_match_list(c->t->cps, c->span.end, p, &c->lx->hub_word);
        size_t after = p + hub;
        if (hub && !relations_inside_slot(c, p) &&
            (after >= c->span.end || !text_is_han(c->t->cps[after]) ||
             text_match_list(c->t->cps, c->span.end, after, &c->lx->boundary)))
            end = p;
    }
    return end;
}

/* 绍兴市是传统的茶叶大市, 合肥已经成为世界上最大的显示屏基地: a place or
 * park that opens a clause, a copula or a word of becoming, and in the same
 * clause a description ending in a word for a hub: the place develops the
 * sectors the description names, as relations_role_clauses has it for 作为…基地，宜昌. */
void relations_described_places(sentence_ctx *c)
{
    for (size_t i = 0; i < c->n; i++) {
        const slot *place = &c->slots[i];
        if (place->inner || !(BIT(place->cls) & (PLACE | BIT(CNKG_INDUSTRIAL_PARK))) ||
            !place->clause_initial)
            continue;
        size_t from = description_start(c, place, 3, 1); /* 已经|是, 将|成为 */
        size_t end = from ? hub_word_at(c, from) : 0;
        for (size_t k = i + 1; end && k < c->n && c->slots[k].begin < end; k++) {
            const slot *o = &c->slots[k];
            if (!o->inner && o->cls != CNKG_INDUSTRY && !(BIT(o->cls) & PLACE) && o->begin >= from)
                break; /* another name (a firm's, a park's): the description is of it */
            if (o->cls == CNKG_INDUSTRY && !o->inner)
                relations_fact(c, place->entity, CNKG_DEVELOPS_INDUSTRY, o->entity);
        }
    }
}

/* 汽车产业是重庆的支柱产业, 食用菌产业是福建古田县的传统产业: a sector that
 * opens a clause, a copula or a word of becoming (an adverb before it), a
 * place right after (the last of a chain named by its parents first), and
 * in the clause 的 and a word for sectors (kg:sectorListWord): the place
 * develops the sector. The training gold has four such clauses, each a
 * developsIndustry of the place. */
void relations_places_of_described_sectors(sentence_ctx *c)
{
    enum { MAX_DESCRIPTION = 16 };
    for (size_t i = 0; i < c->n; i++) {
        const slot *sector = &c->slots[i];
        if (sector->inner || sector->cls != CNKG_INDUSTRY || !sector->clause_initial)
            continue;
        size_t from = description_start(c, sector, 4, 1); /* 产业|一直|是 */
        const slot *place = from ? relations_slot_after(c, from, PLACE, 0) : NULL;
        if (!place)
            continue;
        place = relations_place_chain_last(c, place, PLACE);
        int of = 0;
        for (size_t p = place->end; p < c->span.end && p < place->end + MAX_DESCRIPTION; p++) {
            if (text_is_clause_break(c->t->cps[p]))
                break;
            if (c->t->cps[p] == 0x7684) /* 的 */
                of = 1;
            else if (of && !relations_inside_slot(c, p) &&
                     text_match_list(c->t->cps, c->span.end, p, &c->lx->sector_list_word)) {
                relations_fact(c, place->entity, CNKG_DEVELOPS_INDUSTRY, sector->entity);
                break;
            }
        }
    }
}

/* 某重工则以桩工机械和小型工程机械为主, 某钢铁公司是一家以钢铁业为主的企业: a firm
 * opening a clause, a few words, then kg:tradeOpen (以) … kg:tradeClose
 * (为主) in the same clause: the sectors between are the firm's trades. */
void relations_firm_main_trades(sentence_ctx *c)
{
    enum { MAX_LEAD = 5, MAX_TRADES = 30 };
    for (size_t i = 0; i < c->n; i++) {
        const slot *firm = &c->slots[i];
        if (firm->inner || firm->cls != CNKG_COMPANY || !firm->clause_initial)
            continue;
        size_t open = 0, close = 0;
        for (size_t p = firm->end; p < c->span.end && p <= firm->end + MAX_LEAD && !open; p++) {
            if (!text_is_han(c->t->cps[p]) || relations_inside_slot(c, p))
                break;
            size_t len = text_match_list(c->t->cps, c->span.end, p, &c->lx->trade_open);
            open = len ? p + len : 0;
        }
        for (size_t p = open; open && p < c->span.end && p < open + MAX_TRADES && !close; p++) {
            if (text_is_clause_break(c->t->cps[p]))
                break;
            if (!relations_inside_slot(c, p) &&
                text_match_list(c->t->cps, c->span.end, p, &c->lx->trade_close))
                close = p;
        }
        for (size_t k = i + 1; close && k < c->n && c->slots[k].begin < close; k++) {
            const slot *o = &c->slots[k];
            if (o->cls == CNKG_COMPANY && !o->inner)
                break; /* another firm's trades */
            if (o->cls == CNKG_INDUSTRY && !o->inner && o->begin >= open)
                relations_fact(c, firm->entity, CNKG_IN_INDUSTRY, o->entity);
        }
    }
}

/* 中铝公司在稀土领域的实力: a firm 在 a sector's 领域 or 行业 (kg:topicTail)
 * works in it. */
void relations_sector_of_firm(sentence_ctx *c)
{
    unsigned firms = BIT(CNKG_COMPANY) | BIT(CNKG_ORGANIZATION);
    for (size_t i = 0; i < c->n; i++) {
        const slot *o = &c->slots[i];
        if (o->inner || o->cls != CNKG_INDUSTRY || o->begin == c->span.begin ||
            c->t->cps[o->begin - 1] != 0x5728 /* 在 */ ||
            !text_match_list(c->t->cps, c->span.end, o->end, &c->lx->topic_tail))
            continue;
        size_t subj = relations_find_subject(c, firms, o->begin);
        if (subj != (size_t)-1 &&
            relations_clause_start(c->t, c->span, o->begin) <= c->slots[subj].begin)
            relations_fact(c, c->slots[subj].entity, CNKG_IN_INDUSTRY, o->entity);
    }
}
