/*
 * resolve_choose.c - the choice (policy points 1 to 3 of resolve.c): the
 * candidates ranked (cand_order), kept greedily where they cross no kept
 * one and nest only where the name's structure allows (may_nest,
 * compatible); then the names held inside kept ones that are no mentions
 * (a country, a region, a division or a trade at a name's head), and parks
 * named by the divisions they lie in (江西省九江市|经开区).
 */
#include "resolve_internal.h"

#include <stdlib.h>
#include <string.h>

static int is_actor_class(cnkg_class c)
{
    return c == CNKG_COMPANY || c == CNKG_ORGANIZATION || c == CNKG_GOVERNMENT_AGENCY;
}

static int may_nest(cnkg_class outer, cnkg_class inner, int at_head)
{
    if (outer == inner)
        return 0;
    /* 广州乾朗|珠宝|有限公司, 中储粮|黑龙江|分公司, 东亚|银行: names of firms and
     * bodies carry their trade and their places anywhere */
    if (inner == CNKG_INDUSTRY) /* 抚顺|石化|新城: a park is named by its trade too */
        return outer == CNKG_PROJECT || outer == CNKG_INDUSTRIAL_PARK || is_actor_class(outer);
    /* 中航|直升机|有限公司, 小型|挖掘机|项目: and firms and projects by their product */
    if (inner == CNKG_PRODUCT && (outer == CNKG_PROJECT || is_actor_class(outer)))
        return 1;
    if (is_actor_class(outer) && (inner == CNKG_ADMINISTRATIVE_DIVISION || inner == CNKG_REGION))
        return 1;
    /* 中联重科|华东|基地: a firm's site is named by its region */
    if (outer == CNKG_PROJECT && inner == CNKG_REGION)
        return 1;
    if (!at_head)
        return 0;
    switch (inner) {
    case CNKG_ADMINISTRATIVE_DIVISION:
        return outer != CNKG_INDUSTRY && outer != CNKG_PERSON;
    case CNKG_INDUSTRIAL_PARK:
        return outer == CNKG_GOVERNMENT_AGENCY || outer == CNKG_ORGANIZATION ||
               outer == CNKG_PROJECT || outer == CNKG_COMPANY;
    case CNKG_COMPANY:
        return outer == CNKG_PROJECT || outer == CNKG_PRODUCT;
    default:
        return 0;
    }
}

/* Trust, from most to least: known terms and strong rules (a legal suffix,
 * quotes, a department), then the statistical labeller, then rules on a
 * short suffix (银行, 电子), whose left edge is a guess. */
static int cand_tier(const cand *c)
{
    if (c->source == SRC_GAZETTEER || (c->source == SRC_RULE && c->strength >= 3))
        return 0;
    return c->source == SRC_LABELLER ? 1 : 2;
}

static int cand_order(const void *pa, const void *pb)
{
    const cand *a = pa, *b = pb;
    int ta = cand_tier(a), tb = cand_tier(b);
    if (ta != tb)
        return ta - tb;
    size_t la = a->end - a->begin, lb = b->end - b->begin;
    if (la != lb)
        return la > lb ? -1 : 1;
    if (a->strength != b->strength)
        return b->strength - a->strength;
    if (a->source != b->source)
        return a->source - b->source;
    if (a->begin != b->begin)
        return a->begin < b->begin ? -1 : 1;
    return (int)a->cls - (int)b->cls;
}

/* 《财政部、住建部|关于…的通知》: a document's title names its issuers
 * (names_titles.c, names_programme_titles), each a mention of its own. */
static int names_issuer(const cand *doc, const cand *body)
{
    return doc->cls == CNKG_PROGRAM && body->cls == CNKG_GOVERNMENT_AGENCY &&
           doc->begin <= body->begin && body->end <= doc->issuers_end;
}

/* Can c stay beside the kept candidate o? */
static int compatible(const cand *o, const cand *c)
{
    if (o->end <= c->begin || c->end <= o->begin)
        return 1;
    /* 落地万华化学等项目: the item is the company and its project at once */
    if (o->begin == c->begin && o->end == c->end &&
        ((o->cls == CNKG_COMPANY && c->cls == CNKG_PROJECT) ||
         (o->cls == CNKG_PROJECT && c->cls == CNKG_COMPANY)))
        return 1;
    if (names_issuer(o, c) || names_issuer(c, o))
        return 1;
    /* 国家优质|工程机械|产业基地: a title given (names_titles.c, names_designations) names
     * its sector */
    if (o->cls == CNKG_PROGRAM && o->strength >= 5 && c->cls == CNKG_INDUSTRY &&
        o->begin <= c->begin && c->end <= o->end)
        return 1;
    if (o->begin <= c->begin && c->end <= o->end && (o->begin != c->begin || o->end != c->end))
        return may_nest(o->cls, c->cls, o->begin == c->begin);
    if (c->begin <= o->begin && o->end <= c->end && (o->begin != c->begin || o->end != c->end))
        return may_nest(c->cls, o->cls, o->begin == c->begin);
    return 0;
}

/* 汇丰|中国, 美国|国务院: where the labeller reads a longer name of the same
 * kind around a known one, the longer name is the mention. */
static void prefer_longer_names(cand_list *cands, cand_index *x)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->source != SRC_LABELLER)
            continue;
        cand_index_near(x, c->begin, c->end); /* what c holds begins in it */
        for (size_t j = 0; j < x->n_near; j++) {
            cand *o = &cands->items[x->near[j]];
            if (cand_tier(o) == 0 && o->cls == c->cls && o->begin >= c->begin && o->end <= c->end &&
                (c->end - c->begin) - (o->end - o->begin) <= 10 &&
                (o->end - o->begin) < (c->end - c->begin) && !o->dropped) {
                /* 华润|则, 新南洋|就, 冠捷|母: one character after a known
                 * firm's or person's name is the next word, not a longer
                 * name (王毅|参加; one before a firm's may open one: 百|安居) */
                if ((c->cls == CNKG_COMPANY || c->cls == CNKG_PERSON) && o->begin == c->begin &&
                    o->end + 1 == c->end) {
                    c->dropped = 1;
                    break;
                }
                o->dropped = 1;
                c->strength = 3;
                c->source = SRC_RULE; /* now as sure as the term it extends */
            }
        }
    }
}

/* 美国|杜邦公司, 英国|丰利公司, 日本|电产: a foreign country at the head of
 * a firm's or body's name says where it comes from, as a division does
 * (SCHEMA.md's 江西光速电子); the news's own country (kg:homeCountry) there
 * is part of a national name (中国铝业, 中国汽研). */
static int foreign_head(const lexicon *lx, const text_view *t, const cand *country,
                        const cand *name)
{
    return is_actor_class(name->cls) && name->begin == country->begin &&
           !lexicon_is_home_country(lx, t->cps, country->begin, country->end);
}

/* Drop each live candidate of the kind that a live candidate holds. One
 * pass in text order: a candidate dropped here holds nothing later on. */
void resolve_unmention_held(const lexicon *lx, const text_view *t, cand_list *cands,
                            held_kind_fn kind, holds_fn holds)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->dropped || !kind(c))
            continue;
        for (size_t k = 0; k < cands->n && !c->dropped; k++) {
            const cand *o = &cands->items[k];
            c->dropped = !o->dropped && holds(lx, t, o, c);
        }
    }
}

static int is_country_cand(const cand *c)
{
    return resolve_is_country(c->term);
}

/* 中国铝业, 中国汽研, 中国|(深圳)国际文化产业博览会: a country inside another
 * name is part of it, not a mention of the country, but at the head of a
 * foreign firm's or body's name. */
static int holds_country(const lexicon *lx, const text_view *t, const cand *o, const cand *c)
{
    return o->begin <= c->begin && c->end <= o->end && o->end - o->begin > c->end - c->begin &&
           !foreign_head(lx, t, c, o);
}

int resolve_is_region_cand(const cand *c)
{
    return c->cls == CNKG_REGION;
}

/* 中联重科|华东|基地, 三一重工|西南|制造基地: the region inside a firm's site
 * says which of its sites it is (may_nest keeps the site whole); it is no
 * mention of the region. */
int resolve_holds_site_region(const lexicon *lx, const text_view *t, const cand *o, const cand *c)
{
    (void)lx, (void)t;
    return o->cls == CNKG_PROJECT && o->begin < c->begin && c->end <= o->end;
}

/* 东北|制药, 华北|制药, 东北|证券, 南方|都市报: a region at the head of a
 * firm's or body's name is part of the name, not the region the story
 * speaks of: the training gold lists the region beside 9 of 61 such names
 * that alone hold it, where it lists a division at a firm's head beside
 * 370 of 397 (重庆|渝芯新材料, SCHEMA.md). A mention elsewhere in the text
 * keeps the region. */
int resolve_holds_actor_region(const lexicon *lx, const text_view *t, const cand *o, const cand *c)
{
    (void)lx, (void)t;
    return (o->cls == CNKG_COMPANY || o->cls == CNKG_ORGANIZATION) && o->begin == c->begin &&
           c->end < o->end;
}

int resolve_is_division_cand(const cand *c)
{
    return c->cls == CNKG_ADMINISTRATIVE_DIVISION;
}

/* 上海|证券报, 广州|日报, 泉州|网: a division at the head of a paper's or
 * a news site's name (a body ending in kg:pressSuffix) names where the
 * outlet is, not a place the story speaks of; the training gold lists the
 * division in 2 of 44 stories that name it only there. A mention elsewhere
 * in the text keeps the division. */
int resolve_holds_outlet_division(const lexicon *lx, const text_view *t, const cand *o,
                                  const cand *c)
{
    return o->cls == CNKG_ORGANIZATION && o->begin == c->begin && c->end < o->end &&
           text_match_list_ending(t->cps, o->end, &lx->press_suffix);
}

/* 阜宁|稀土|实业有限公司: a trade of two or more characters between the
 * head of a firm's name and its suffix is what the firm does (relations.c
 * reads it so), unlike one at the name's start or end (青岛|啤酒) or a
 * single character (中|铝). */
static int names_the_trade(const lexicon *lx, const text_view *t, const cand *firm,
                           const cand *trade)
{
    if (firm->cls == CNKG_ORGANIZATION) /* 山东省医药行业协会: a trade's body */
        return trade->end - trade->begin >= 2 &&
               lexicon_is_trade_body(lx, t->cps, trade->begin, trade->end, firm->end);
    return firm->cls == CNKG_COMPANY && trade->begin > firm->begin && trade->end < firm->end &&
           trade->end - trade->begin >= 2;
}

/* 中铝|公司, 青岛|啤酒, 蔚来|汽车: the trade in a firm's name stays inside
 * the name (it keeps the firm whole in the choice above), but it is no
 * mention of the industry: the firm's name says what it is called, not
 * which sector the article speaks of. A product in a firm's or a body's
 * name (中航|直升机|有限公司) is no mention of it either. Nor is the trade
 * a firm's or a body's name states (苏氏荣华|食品|有限公司, 中国|化学制药|
 * 工业协会) when the story writes that sector nowhere outside names: the
 * gold of the training stories lists such a sector in about one story of
 * ten (9 of 65 firms' names, 7 of 117 bodies'). */
void resolve_unmention_nested_industries(const lexicon *lx, const text_view *t, cand_list *cands)
{
    cand_index x; /* a name around c begins the longest's length before c's end or later */
    cand_index_file_all(&x, cands);
    char *trade = cnkg_xcalloc(cands->n + 1, 1);
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->dropped || (c->cls != CNKG_INDUSTRY && c->cls != CNKG_PRODUCT))
            continue;
        cand_index_near(&x, c->end > x.longest ? c->end - x.longest : 0, c->begin);
        for (size_t j = 0; j < x.n_near && !c->dropped; j++) {
            const cand *o = &cands->items[x.near[j]];
            if (o->dropped || !(is_actor_class(o->cls) || o->cls == CNKG_INDUSTRIAL_PARK) ||
                o->begin > c->begin || c->end > o->end || o->end - o->begin <= c->end - c->begin)
                continue;
            if (c->cls == CNKG_PRODUCT || !names_the_trade(lx, t, o, c))
                c->dropped = 1;
            else if (c->term)
                trade[i] = 1; /* a known sector, told apart by its term */
        }
    }
    /* decided after the pass, whatever the order in which the mentions were
     * read: a trade written only in names is dropped. Once per sector (each
     * of its mentions here is inside a name, so the answer is the same for
     * all): a listing of a thousand 某某科技有限公司 asks it once. */
    for (size_t i = 0; i < cands->n; i++) {
        if (!trade[i])
            continue;
        const cnkg_term *sector = cands->items[i].term;
        int written = resolve_industry_written_elsewhere(cands, &x, &cands->items[i]);
        for (size_t j = i; j < cands->n; j++)
            if (trade[j] && cands->items[j].term == sector) {
                trade[j] = 0;
                cands->items[j].dropped |= !written;
            }
    }
    free(trade);
    cand_index_free(&x);
}

/* 江西省|九江市|经开区, 津南区|八里台|工业区: do divisions run unbroken from
 * the head of o to the start of c? Then c, a division too, is one more
 * link of the chain that opens the name, and a mention as the head is. */
static int division_chain(const cand_list *cands, const cand *o, const cand *c)
{
    if (c->cls != CNKG_ADMINISTRATIVE_DIVISION || o->cls == CNKG_ADMINISTRATIVE_DIVISION ||
        o->cls == CNKG_INDUSTRY || o->cls == CNKG_PERSON || c->begin <= o->begin || c->end > o->end)
        return 0;
    size_t pos = o->begin;
    for (int steps = 0; pos < c->begin && steps < 4; steps++) {
        size_t next = pos;
        for (size_t k = 0; k < cands->n; k++) {
            const cand *d = &cands->items[k];
            if (!d->dropped && d->cls == CNKG_ADMINISTRATIVE_DIVISION && d->begin == pos &&
                d->end <= c->begin && d->end > next)
                next = d->end;
        }
        if (next == pos)
            return 0;
        pos = next;
    }
    return pos == c->begin;
}

/* The division named at [b, e) by a term among the candidates, or NULL. */
static const cnkg_term *division_at(const cand_list *cands, size_t b, size_t e)
{
    for (size_t k = 0; k < cands->n; k++) {
        const cand *o = &cands->items[k];
        if (o->cls == CNKG_ADMINISTRATIVE_DIVISION && o->term && o->begin == b && o->end == e)
            return o->term;
    }
    return NULL;
}

/* The known park of this class one of whose forms is name, or NULL. */
static const cnkg_term *park_named(const lexicon *lx, const char *name)
{
    size_t n = cnkg_ontology_term_count(lx->onto);
    for (size_t i = 0; i < n; i++) {
        const cnkg_term *term = cnkg_ontology_term(lx->onto, i);
        for (size_t f = 0; term->cls == CNKG_INDUSTRIAL_PARK && f < term->n_forms; f++)
            if (term->form_kinds[f] != FORM_HIDDEN && strcmp(term->forms[f], name) == 0)
                return term;
    }
    return NULL;
}

/* 江西省九江市|经开区, 合肥市|高新区: a park named by nothing but the divisions
 * it lies in is the park of the last of them, named by its short form
 * (九江经开区); the divisions before it are mentions of themselves. */
void resolve_name_parks_by_their_division(const lexicon *lx, const text_view *t, cand_list *cands)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->dropped || c->cls != CNKG_INDUSTRIAL_PARK || c->source != SRC_RULE || c->term ||
            c->label || c->head_end <= c->begin || c->head_end >= c->end)
            continue;
        const cnkg_term *last = NULL;
        size_t p = c->begin;
        while (p < c->head_end) {
            size_t q = c->head_end;
            const cnkg_term *d = NULL;
            while (q > p && !(d = division_at(cands, p, q)))
                q--;
            if (!d)
                break;
            last = d;
            p = q;
        }
        if (p != c->head_end || !last)
            continue;
        const char *shortest = last->label;
        for (size_t f = 0; f < last->n_forms; f++)
            if (last->form_kinds[f] != FORM_HIDDEN && cnkg_utf8_length(last->forms[f]) >= 2 &&
                strlen(last->forms[f]) < strlen(shortest))
                shortest = last->forms[f];
        char *suffix = cnkg_cps_to_utf8(t->cps, c->head_end, c->end);
        cnkg_buf name = {0};
        cnkg_buf_puts(&name, shortest);
        cnkg_buf_puts(&name, suffix);
        free(suffix);
        c->term = park_named(lx, name.data); /* its label wins; the name stays an alias */
        c->label = cnkg_buf_detach(&name);
    }
}

/* 海尔(天津)市场创新产业园区, 中国(深圳)国际文化产业博览会: a division in
 * brackets inside the name of a park, project, place or event says where
 * it is; it stays a mention (relations.c states the place). */
static int bracketed_division(const text_view *t, const cand *o, const cand *c)
{
    unsigned where =
        1u << CNKG_INDUSTRIAL_PARK | 1u << CNKG_PROJECT | 1u << CNKG_PLACE | 1u << CNKG_EVENT;
    return c->cls == CNKG_ADMINISTRATIVE_DIVISION && (where & (1u << o->cls)) &&
           o->begin < c->begin && c->end < o->end && text_is_open_paren(t->cps[c->begin - 1]) &&
           text_is_close_paren(t->cps[c->end]);
}

/* 鞍钢|莆田|100万吨冷轧项目, 福建自贸试验区|厦门|片区: after the firm that
 * opens a project's name, or the park that opens a park's (the park's area
 * in that place), a division says where the thing stands. The name keeps
 * it inside, and it is a mention of the division, as one at the head is. */
static int site_after_head(const lexicon *lx, const text_view *t, const cand_list *cands,
                           const cand *o, const cand *c)
{
    const cand *outer = o->cls == CNKG_ADMINISTRATIVE_DIVISION ? c : o;
    const cand *division = outer == o ? c : o;
    if (division->cls != CNKG_ADMINISTRATIVE_DIVISION || division->begin <= outer->begin ||
        division->end >= outer->end)
        return 0;
    if (outer->cls == CNKG_INDUSTRIAL_PARK)
        return lexicon_is_park_area(lx, t->cps, outer->begin, division->begin);
    for (size_t k = 0; outer->cls == CNKG_PROJECT && k < cands->n; k++) {
        const cand *f = &cands->items[k];
        if (!f->dropped && f->cls == CNKG_COMPANY && f->begin == outer->begin &&
            f->end == division->begin)
            return 1;
    }
    return 0;
}

/* 橡胶行业“十二五”发展规划指导纲要, 轮胎产业政策: a plan or policy
 * (kg:policyTail ends its name) names the sector it is for, a known industry
 * that a word for a sector (kg:nameSuffix of kg:Industry: 行业, 产业) follows
 * inside the name; it stays a mention of that industry. Known: a term, a
 * known product read as the sector it names (多晶硅|行业准入条件, found in
 * the gazetteer), or a sector a rule read before 行业 where it opens the
 * name (氯碱|行业“十二五”规划). */
static int policy_sector(const lexicon *lx, const text_view *t, const cand *o, const cand *c)
{
    if (o->cls != CNKG_PROGRAM || c->cls != CNKG_INDUSTRY || c->begin < o->begin ||
        c->end >= o->end || c->end - c->begin < 2)
        return 0;
    if (!c->term && c->source != SRC_GAZETTEER && c->begin != o->begin)
        return 0;
    size_t words = text_before_bracket(t->cps, o->begin, o->end);
    return text_match_list(t->cps, o->end, c->end, &lx->suffix[CNKG_INDUSTRY]) > 0 &&
           text_match_list_ending(t->cps, words, &lx->policy_tail) > 0;
}

/* 中国电子材料协会 (中国电子 a known firm), 中国船舶工业行业协会: where the
 * labeller and a suffix rule read the same firm's or body's name, each
 * alone unsure of its edges, the two agree on them: the name is as sure as
 * a known term, and a known name at its head is part of it. */
static void agreed_names(cand_list *cands, cand_index *x)
{
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        if (c->source != SRC_LABELLER || c->dropped || !is_actor_class(c->cls))
            continue;
        cand_index_near(x, c->begin, c->begin);
        for (size_t j = 0; j < x->n_near; j++) {
            const cand *o = &cands->items[x->near[j]];
            if (o->source == SRC_RULE && !o->dropped && o->cls == c->cls && o->end == c->end &&
                o->begin == c->begin) {
                c->strength = 3;
                c->source = SRC_RULE;
                break;
            }
        }
    }
}

/* Greedy by rank: a candidate stays when it crosses no kept one and nests
 * only where may_nest allows, or as a bracketed division or a site after a
 * name's head. */
void resolve_choose(const lexicon *lx, const text_view *t, cand_list *cands)
{
    /* both passes change no span, so one index serves them */
    cand_index before;
    cand_index_file_all(&before, cands);
    agreed_names(cands, &before);
    prefer_longer_names(cands, &before);
    cand_index_free(&before);
    if (cands->n)
        qsort(cands->items, cands->n, sizeof *cands->items, cand_order);
    /* the kept ones ranked above c are filed; of them, only those that
     * overlap c (begin less than the longest before it) can be
     * incompatible with it */
    cand_index x;
    cand_index_init(&x, cands);
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        cand_index_near(&x, c->begin > x.longest ? c->begin - x.longest : 0, c->end);
        for (size_t j = 0; j < x.n_near && !c->dropped; j++) {
            cand *o = &cands->items[x.near[j]];
            if (o->dropped || compatible(o, c) || policy_sector(lx, t, o, c) ||
                division_chain(cands, o, c) || bracketed_division(t, o, c) ||
                site_after_head(lx, t, cands, o, c))
                continue;
            c->dropped = 1;
            /* the same name read twice: the winner keeps what the term knows */
            if (o->begin == c->begin && o->end == c->end && o->cls == c->cls && !o->term)
                o->term = c->term;
        }
        if (!c->dropped)
            cand_index_file(&x, cands, i);
    }
    cand_index_free(&x);
    resolve_unmention_held(lx, t, cands, is_country_cand, holds_country);
}
