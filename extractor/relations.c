/*
 * relations.c - facts from the mentions of each sentence.
 *
 * Three kinds of evidence, all general patterns of the language:
 *
 *   structure  the name itself: 荣昌|高新区 (park locatedIn division),
 *              江西|光速电子 (company originFrom division), 比亚迪|动力电池基地
 *              (company operates project), 巴南区|麻柳嘴镇 (locatedIn),
 *              阜宁|稀土|实业有限公司 and 山东省|医药|行业协会 (inIndustry),
 *              格力电器(重庆)有限公司;
 *   cues       subject, cue word, objects: 永川 … 发展 机器人、智能终端;
 *              the subject is the nearest clause-initial mention of a class
 *              the relation allows (of two adjacent divisions, 广州南沙, the
 *              finer), the objects follow the cue (lists with 、 and 等
 *              included) until a new subject takes over; a cue before a
 *              noun it qualifies (研发能力) is no verb;
 *   shapes     某集团是一家以钢铁为主…的企业, 某重工则以…工程机械为主
 *              (inIndustry), 董事长A、总裁B
 *              (affiliatedWith), 合肥引育A、B等企业 (locatedIn), X在Y揭牌
 *              (locatedIn), 联合A、B组建的X (partners end at what they form),
 *              浙江、广东的汽车工业 (developsIndustry);
 *   topics     a sentence opened by an industry (汽车行业，…; 在X领域，…)
 *              puts the companies in it in that industry; one opened by a
 *              place (园区内，…; 在盐城，…) places its firms and projects.
 *
 * This file holds what every rule reads (a sentence's mentions as slots,
 * collect_slots; relations_fact), the run over the article
 * (relations_find) and what is done once the sentences are read: the headline's parks and
 * projects, the divisions of named divisions, the reduction of located
 * facts. The rules themselves live in relations_structure.c,
 * relations_cues.c, relations_located.c, relations_projects.c,
 * relations_people.c, relations_described.c, relations_industries.c and
 * relations_roles.c; relations_internal.h is what they share.
 */
#include "relations_internal.h"

#include <stdlib.h>
#include <string.h>

void relations_named_add(named_places *np, size_t subject, size_t object)
{
    np->pairs = cnkg_xrealloc(np->pairs, (np->n + 1) * 2 * sizeof *np->pairs);
    np->pairs[2 * np->n] = subject;
    np->pairs[2 * np->n + 1] = object;
    np->n++;
}

static int named_has(const named_places *np, size_t subject, size_t object)
{
    for (size_t i = 0; i < np->n; i++)
        if (np->pairs[2 * i] == subject && np->pairs[2 * i + 1] == object)
            return 1;
    return 0;
}

static int slot_order(const void *pa, const void *pb)
{
    const slot *a = pa, *b = pb;
    if (a->begin != b->begin)
        return a->begin < b->begin ? -1 : 1;
    return a->end > b->end ? -1 : a->end < b->end;
}

/* 湖北加快科技成果产业化 湖南打造先进制造业高地: in a headline a blank
 * between two Han characters parts clauses as a comma would. */
int relations_parts_clauses(const text_view *t, cnkg_span s, size_t i)
{
    uint32_t cp = t->cps[i];
    if (text_is_clause_break(cp))
        return 1;
    return (cp == ' ' || cp == 0x3000) && i > s.begin && i + 1 < s.end &&
           text_is_han(t->cps[i - 1]) && text_is_han(t->cps[i + 1]);
}

size_t relations_clause_start(const text_view *t, cnkg_span s, size_t pos)
{
    while (pos > s.begin && !relations_parts_clauses(t, s, pos - 1))
        pos--;
    return pos;
}

/* 覆盖花溪区、…: a name after a verb is its object, though it opens the
 * clause's names. */
static int cue_between(const sentence_ctx *c, size_t from, size_t to)
{
    for (size_t p = from; p < to; p++)
        for (int r = 0; r < CNKG_RELATION_COUNT; r++)
            if (text_match_list(c->t->cps, to, p, &c->lx->cue[r]) > 1)
                return 1;
    return 0;
}

/* The article's mentions ordered by where they begin (relations add none):
 * a sentence's mentions begin in one run of it, found by binary search.
 * Asking every mention at every sentence was quadratic in a long article. */
static position_key *mentions_by_begin(const cnkg_article *a)
{
    position_key *keys = cnkg_xmalloc((a->n_mentions + 1) * sizeof *keys);
    for (size_t i = 0; i < a->n_mentions; i++)
        keys[i] = (position_key){a->mentions[i].span.begin, i};
    position_keys_sort(keys, a->n_mentions);
    return keys;
}

/* The indexes of the mentions inside span, in the list's order, as a scan
 * of the list finds them; *n their count. */
static size_t *mentions_inside(const cnkg_article *a, const position_key *keys, cnkg_span span,
                               size_t *n)
{
    size_t lo = 0, hi = a->n_mentions;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (keys[mid].pos < span.begin)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t *found = NULL;
    *n = 0;
    for (size_t k = lo; k < a->n_mentions && keys[k].pos <= span.end; k++)
        if (a->mentions[keys[k].i].span.end <= span.end) {
            found = cnkg_xrealloc(found, (*n + 1) * sizeof *found);
            found[(*n)++] = keys[k].i;
        }
    if (*n)
        qsort(found, *n, sizeof *found, index_ascending);
    return found;
}

static void collect_slots(sentence_ctx *c, const position_key *keys)
{
    const cnkg_article *a = c->a;
    c->slots = NULL;
    c->n = 0;
    size_t n_inside;
    size_t *inside = mentions_inside(a, keys, c->span, &n_inside);
    for (size_t k = 0; k < n_inside; k++) {
        size_t i = inside[k];
        const cnkg_mention *m = &a->mentions[i];
        c->slots = cnkg_xrealloc(c->slots, (c->n + 1) * sizeof *c->slots);
        c->slots[c->n++] =
            (slot){i, m->entity, a->entities[m->entity].cls, m->span.begin, m->span.end, 0, 0};
    }
    free(inside);
    if (c->n)
        qsort(c->slots, c->n, sizeof *c->slots, slot_order);
    for (size_t i = 0; i < c->n; i++) {
        slot *s = &c->slots[i];
        for (size_t k = 0; k < c->n; k++) {
            const slot *o = &c->slots[k];
            if (k != i && o->begin <= s->begin && s->end <= o->end &&
                (o->end - o->begin) > (s->end - s->begin))
                s->inner = 1;
        }
        if (s->inner)
            continue;
        size_t cs = relations_clause_start(c->t, c->span, s->begin);
        int first = 1;
        for (size_t k = 0; k < i; k++)
            if (!c->slots[k].inner && c->slots[k].begin >= cs)
                first = 0;
        /* 作为工业大区的涪陵，: a mention that closes its clause is its topic */
        int closes = s->end < c->span.end && text_is_clause_break(c->t->cps[s->end]) &&
                     s->end - cs <= 16 && s->begin > cs &&
                     c->t->cps[s->begin - 1] == 0x7684; /* 的 */
        s->clause_initial =
            (first && s->begin - cs <= 6 && !cue_between(c, cs, s->begin)) || closes;
    }
    /* 广州南沙: a division right after the clause's first one is the finer
     * place the clause is about; the subject search, which walks back,
     * meets it first. So is a firm named by its place first (深圳|迈瑞生产…,
     * 重庆|格力累计生产…) */
    for (size_t i = 1; i < c->n; i++) {
        slot *s = &c->slots[i];
        for (size_t k = 0; k < i; k++) {
            const slot *p = &c->slots[k];
            if (p->clause_initial && !p->inner && !s->inner && p->end == s->begin &&
                p->cls == CNKG_ADMINISTRATIVE_DIVISION &&
                (s->cls == CNKG_ADMINISTRATIVE_DIVISION || s->cls == CNKG_COMPANY))
                s->clause_initial = 1;
        }
    }
}

void relations_fact(sentence_ctx *c, size_t s, cnkg_relation r, size_t o)
{
    cnkg_article_add_fact(c->a, s, r, o, c->index);
}

/* Who may be a rule's subject and object is the relation's rdfs:domain and
 * rdfs:range in cnkg.ttl, asked of the ontology when the rule runs. A rule
 * names classes only for what the ontology cannot say: to narrow its
 * domain (produces splits into makers and places, as a place makes things
 * only where no maker is named), and to let a class outside the domain
 * hold the subject's place (东部地区 … 发展: the clause's subject is a
 * Region, which develops no industry in cnkg.ttl, so the clause states
 * nothing, rather than a fact about a division further back; the final
 * check, relations_check, drops the Region's own fact). */

static const cue_rule cue_rules[] = {
    {CNKG_DEVELOPS_INDUSTRY, 0, BIT(CNKG_REGION), 0, 0, 0, 0, 0, 0},
    {CNKG_IMPLEMENTS, 0, BIT(CNKG_REGION), 0, 0, 1, 0, 0, 0},
    {CNKG_DESIGNATED_AS, 0, BIT(CNKG_REGION), 0, 1, 0, 0, 0, 0},
    {CNKG_COVERS, 0, 0, 0, 0, 0, 0, 0, 0},
    {CNKG_LEADS, 0, 0, 0, 0, 1, 0, 0, 0},
    {CNKG_COLLABORATES_WITH, 0, 0, 0, 1, 1, 0, 0, 0},
    /* the maker opens a clause that no other name's clause follows before
     * the verb of making (该工厂…，位于…，主要生产X、Y等产品), not any name
     * further back (受日本地震影响，本届展会…车轮、轮胎等产品) */
    {CNKG_PRODUCES, BIT(CNKG_PROJECT) | BIT(CNKG_COMPANY), 0, 0, 0, 0, 1, 0, 2},
    /* a place makes things only where no maker is named (璧山 … 云巴问世) */
    {CNKG_PRODUCES, BIT(CNKG_ADMINISTRATIVE_DIVISION), 0, 0, 0, 0, 2, 0, 2},
    /* 鲁花集团主营食用油, 公司主要从事光伏电池、光伏组件: what a firm does (not
     * 涉及, said as much of orders and deals as of firms) */
    {CNKG_IN_INDUSTRY, BIT(CNKG_COMPANY), 0, 0, 0, 1, 0,
     PLACE | BIT(CNKG_INDUSTRIAL_PARK) | BIT(CNKG_GOVERNMENT_AGENCY) | BIT(CNKG_ORGANIZATION), 1},
};

int relations_is_ancestor(const lexicon *lx, const cnkg_entity *child, const cnkg_entity *anc)
{
    if (!anc->iri)
        return 0;
    int depth = 0;
    for (const char *p = child->broader; p && depth++ < MAX_DEPTH;) {
        if (strcmp(p, anc->iri) == 0)
            return 1;
        const cnkg_term *up = cnkg_ontology_term_by_iri(lx->onto, p);
        p = up ? up->parent : NULL;
    }
    return 0;
}

/* X locatedIn 巴南区 makes X locatedIn 重庆市 redundant: the more specific
 * place is kept, unless the text states both side by side (named: the
 * prefixes of 重庆|荣昌|…产业园, the chain of 落户广东|揭阳), where the
 * annotators want each. */
static void reduce_located(const lexicon *lx, cnkg_article *a, const named_places *named)
{
    size_t w = 0;
    for (size_t i = 0; i < a->n_facts; i++) {
        const cnkg_fact *f = &a->facts[i];
        int redundant = 0;
        if (named_has(named, f->subject, f->object))
            redundant = -1; /* a place its name states */
        for (size_t k = 0; k < a->n_facts && !redundant && f->relation == CNKG_LOCATED_IN; k++) {
            const cnkg_fact *g = &a->facts[k];
            redundant = k != i && g->relation == CNKG_LOCATED_IN && g->subject == f->subject &&
                        relations_is_ancestor(lx, &a->entities[g->object], &a->entities[f->object]);
        }
        if (redundant <= 0)
            a->facts[w++] = *f;
    }
    a->n_facts = w;
}

static size_t operators_of(const cnkg_article *a, size_t n, size_t project)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += a->facts[i].relation == CNKG_OPERATES && a->facts[i].object == project;
    return count;
}

/* Who alone operates a project also makes what the project makes; what a
 * joint venture makes (由A与B共同出资成立) is the venture's, not each
 * partner's. */
static void propagate_produces(cnkg_article *a)
{
    size_t n = a->n_facts;
    for (size_t i = 0; i < n; i++) {
        if (a->facts[i].relation != CNKG_OPERATES || operators_of(a, n, a->facts[i].object) != 1)
            continue;
        for (size_t k = 0; k < n; k++)
            if (a->facts[k].relation == CNKG_PRODUCES && a->facts[k].subject == a->facts[i].object)
                cnkg_article_add_fact(a, a->facts[i].subject, CNKG_PRODUCES, a->facts[k].object,
                                      a->facts[k].sentence);
    }
}

/* The park the headline (the article's first sentence) names first, or -1.
 * Not a division: a headline's province or city (江苏, 携手台湾…) is too
 * wide, or a partner's home, to place a project in. */
static size_t headline_park(const cnkg_article *a)
{
    size_t park = (size_t)-1, park_at = 0;
    for (size_t i = 0; i < a->n_mentions; i++) {
        const cnkg_mention *m = &a->mentions[i];
        if (m->sentence == 0 && a->entities[m->entity].cls == CNKG_INDUSTRIAL_PARK &&
            (park == (size_t)-1 || m->span.begin < park_at))
            park = m->entity, park_at = m->span.begin;
    }
    return park;
}

/* 某开发区40个项目奠基 … 其中有A项目、B项目: a project the article places
 * nowhere is built in the park its headline is about. Firms are not placed
 * so: a park's story names the investors' homes too. */
static void place_projects_in_headline(cnkg_article *a)
{
    size_t place = headline_park(a);
    if (place == (size_t)-1)
        return;
    for (size_t e = 0; e < a->n_entities; e++) {
        if (a->entities[e].cls != CNKG_PROJECT)
            continue;
        int placed = 0;
        for (size_t i = 0; i < a->n_facts && !placed; i++)
            placed = a->facts[i].subject == e && a->facts[i].relation == CNKG_LOCATED_IN;
        size_t s = cnkg_article_first_sentence(a, e);
        if (!placed && s != (size_t)-1)
            cnkg_article_add_fact(a, e, CNKG_LOCATED_IN, place, s);
    }
}

static size_t entity_by_iri(const cnkg_article *a, const char *iri)
{
    for (size_t e = 0; e < a->n_entities; e++)
        if (a->entities[e].iri && strcmp(a->entities[e].iri, iri) == 0)
            return e;
    return (size_t)-1;
}

/* The division of the article the gazetteer puts nearest above child: its
 * parent when the article names it, else the grandparent, and so on; -1
 * when none is named. */
static size_t nearest_named_ancestor(const lexicon *lx, const cnkg_article *a, size_t child)
{
    int depth = 0;
    for (const char *p = a->entities[child].broader; p && depth++ < MAX_DEPTH;) {
        size_t e = entity_by_iri(a, p);
        if (e != (size_t)-1)
            return a->entities[e].cls == CNKG_ADMINISTRATIVE_DIVISION ? e : (size_t)-1;
        const cnkg_term *up = cnkg_ontology_term_by_iri(lx->onto, p);
        p = up ? up->parent : NULL;
    }
    return (size_t)-1;
}

/* The first sentence that names both, else the first that names child;
 * linear in the mentions, since long articles name many divisions. */
static size_t sentence_naming(const cnkg_article *a, size_t child, size_t parent)
{
    unsigned char *has_parent = calloc(a->n_sentences ? a->n_sentences : 1, 1);
    if (!has_parent)
        return cnkg_article_first_sentence(a, child);
    for (size_t i = 0; i < a->n_mentions; i++)
        if (a->mentions[i].entity == parent)
            has_parent[a->mentions[i].sentence] = 1;
    size_t both = (size_t)-1;
    for (size_t i = 0; i < a->n_mentions; i++) {
        const cnkg_mention *m = &a->mentions[i];
        if (m->entity == child && has_parent[m->sentence] && m->sentence < both)
            both = m->sentence;
    }
    free(has_parent);
    return both != (size_t)-1 ? both : cnkg_article_first_sentence(a, child);
}

/* 江苏…南京、苏州、常州: a story that names a division and, anywhere, the
 * division the gazetteer puts it in places the one in the other (the
 * annotators require it: on the training stories 820 such pairs are
 * required, 343 optional, 67 absent). The nearest named ancestor only;
 * not the paper's home, whose districts a local paper names without
 * placing them (巴南区 in 重庆日报). */
static void divisions_in_named_divisions(const lexicon *lx, cnkg_article *a, const char *home)
{
    size_t n = a->n_entities;
    for (size_t e = 0; e < n; e++) {
        if (a->entities[e].cls != CNKG_ADMINISTRATIVE_DIVISION || !a->entities[e].broader)
            continue;
        size_t up = nearest_named_ancestor(lx, a, e);
        if (up == (size_t)-1 || division_code_is_country(a->entities[up].code) ||
            (home && strcmp(a->entities[up].iri, home) == 0))
            continue;
        size_t s = sentence_naming(a, e, up);
        if (s != (size_t)-1)
            cnkg_article_add_fact(a, e, CNKG_LOCATED_IN, up, s);
    }
}

/* 同江市委、市政府号召…实行“旱改水”, 合肥市人民政府…以投带引: what a
 * division's government or party committee carries out, the division its
 * name opens with carries out (the annotators' convention: the city is the
 * implementer, its organs may stand beside it). */
static void organs_implement_for_division(cnkg_article *a, const named_places *named)
{
    size_t n = a->n_facts;
    for (size_t i = 0; i < n; i++) {
        cnkg_fact f = a->facts[i];
        if (f.relation != CNKG_IMPLEMENTS || a->entities[f.subject].cls != CNKG_GOVERNMENT_AGENCY)
            continue;
        for (size_t k = 0; k < named->n; k++)
            if (named->pairs[2 * k] == f.subject &&
                a->entities[named->pairs[2 * k + 1]].cls == CNKG_ADMINISTRATIVE_DIVISION)
                cnkg_article_add_fact(a, named->pairs[2 * k + 1], CNKG_IMPLEMENTS, f.object,
                                      f.sentence);
    }
}

void relations_find(const lexicon *lx, const text_view *t, cnkg_article *a, const char *home)
{
    size_t topic = (size_t)-1;
    named_places named = {NULL, 0};
    position_key *by_begin = mentions_by_begin(a);
    for (size_t s = 0; s < a->n_sentences; s++) {
        sentence_ctx c = {t, a, lx, s, a->sentences[s], NULL, 0, &topic, &named, home};
        collect_slots(&c, by_begin);
        relations_structure(&c);
        relations_parent_named_first(&c);
        relations_divisions_in_topic(&c);
        relations_located_cues(&c);
        relations_origin_cues(&c);
        relations_routes_through(&c);
        relations_industry_topic(&c);
        relations_location_topic(&c);
        relations_divisions_before_name(&c);
        relations_company_projects(&c);
        relations_funded_projects(&c);
        relations_titled_people(&c);
        relations_place_described_firms(&c);
        relations_sector_described_firms(&c);
        relations_described_firms(&c);
        relations_described_places(&c);
        relations_places_of_described_sectors(&c);
        relations_firm_main_trades(&c);
        relations_sector_of_firm(&c);
        relations_built_parks(&c);
        relations_attracted_firms(&c);
        relations_sector_lists(&c);
        relations_place_sectors(&c);
        relations_place_firm_sectors(&c);
        relations_place_clusters(&c);
        relations_firms_then_sector(&c);
        relations_role_clauses(&c);
        relations_counted_title_holders(&c);
        for (size_t r = 0; r < sizeof cue_rules / sizeof *cue_rules; r++)
            relations_cue_rule_apply(&c, &cue_rules[r]);
        relations_bought_firms(&c);
        relations_update_topic(&c);
        free(c.slots);
    }
    free(by_begin);
    place_projects_in_headline(a);
    organs_implement_for_division(a, &named);
    divisions_in_named_divisions(lx, a, home);
    reduce_located(lx, a, &named);
    free(named.pairs);
    propagate_produces(a);
}
