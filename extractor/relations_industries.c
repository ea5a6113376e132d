/*
 * relations_industries.c - industries and sectors: a sentence opened by an
 * industry (汽车行业，…; 在X领域，…) puts its companies in it; lists of
 * sectors and the places, firms and clusters they belong to (湖南…推进工程
 * 机械、轨道交通装备等13条重点产业链, 浙江、广东的汽车工业, 山东省医药流通
 * 企业); firms named before a word for their sector (动力电池龙头企业宁德时代,
 * 长飞、烽火、亨通等国内线缆企业).
 */
#include "relations_internal.h"

void relations_industry_topic(sentence_ctx *c)
{
    const slot *first = NULL;
    for (size_t i = 0; i < c->n && !first; i++)
        if (!c->slots[i].inner)
            first = &c->slots[i];
    if (!first || first->cls != CNKG_INDUSTRY || !first->clause_initial)
        return;
    size_t after = first->end;
    after += text_match_list(c->t->cps, c->span.end, after, &c->lx->topic_tail);
    if (after >= c->span.end || !text_is_clause_break(c->t->cps[after]))
        return;
    for (size_t i = 0; i < c->n; i++)
        if (c->slots[i].cls == CNKG_COMPANY)
            relations_fact(c, c->slots[i].entity, CNKG_IN_INDUSTRY, first->entity);
    if (*c->topic != (size_t)-1)
        relations_fact(c, *c->topic, CNKG_DEVELOPS_INDUSTRY, first->entity);
}

/* The firms listed with the firm of slot i (A、B和C), after it or before
 * it, are in the sector too: the list ends at the first name that is no
 * firm or is not joined to the one before. */
static void listed_firms_in_sector(sentence_ctx *c, size_t i, int after, size_t sector)
{
    const slot *firm = &c->slots[i];
    for (size_t k = i; after ? ++k < c->n : k-- > 0;) {
        const slot *other = &c->slots[k];
        if (other->inner)
            continue;
        if (other->cls != CNKG_COMPANY ||
            !(after ? relations_joined(c, firm, other) : relations_joined(c, other, firm)))
            break;
        relations_fact(c, other->entity, CNKG_IN_INDUSTRY, sector);
        firm = other;
    }
}

/* The sector named in the words before a word for firms that ends at
 * before: one that ends there (动力电池龙头企业, 汽车行业龙头), or the nearest
 * one a few qualifying words before it in the clause, no other name between
 * (多晶硅相关的上市公司, 多晶硅下游设备和辅料生产商); NULL if none. */
static const slot *sector_before_firm_word(const sentence_ctx *c, size_t before)
{
    enum { MAX_GAP = 8 };
    before -= text_match_list_ending(c->t->cps, before, &c->lx->topic_tail);
    for (size_t p = before; p > c->span.begin && p + MAX_GAP >= before; p--) {
        if (text_is_clause_break(c->t->cps[p - 1]))
            return NULL;
        for (size_t k = 0; k < c->n; k++) {
            const slot *s = &c->slots[k];
            if (!s->inner && s->end == p)
                return s->cls == CNKG_INDUSTRY ? s : NULL;
        }
        if (relations_inside_slot(c, p - 1))
            return NULL;
    }
    return NULL;
}

/* 动力电池龙头企业宁德时代, 显示屏企业京东方, 光纤元件厂商有上诠、华星光等:
 * a sector, a word for a firm (kg:genericTerm of kg:Company), perhaps a
 * word that lists its members (kg:membersWord: 有, 包括), then the firm's
 * name and those listed with it: each firm is in the sector. */
void relations_sector_described_firms(sentence_ctx *c)
{
    for (size_t i = 0; i < c->n; i++) {
        const slot *firm = &c->slots[i];
        size_t before;
        const slot *sector = relations_firm_described_at(c, firm, &c->lx->members_word, &before)
                                 ? sector_before_firm_word(c, before)
                                 : NULL;
        if (!sector)
            continue;
        relations_fact(c, firm->entity, CNKG_IN_INDUSTRY, sector->entity);
        listed_firms_in_sector(c, i, 1, sector->entity); /* 生产商A、B、C等 */
    }
}

/* Does a word for sectors (kg:sectorListWord: 产业, 集群) follow the 等 at
 * pos within a few characters of count and kind (等13条重点产业链, 等高新技术
 * 产业), in its clause? */
static int sector_word_after(const sentence_ctx *c, size_t pos)
{
    enum { MAX_GAP = 8 };
    for (size_t p = pos + 1; p < c->span.end && p <= pos + 1 + MAX_GAP; p++) {
        if (text_is_clause_break(c->t->cps[p]))
            return 0;
        if (text_match_list(c->t->cps, c->span.end, p, &c->lx->sector_list_word))
            return 1;
    }
    return 0;
}

/* Does a count of projects (kg:genericTerm of kg:Project) follow the 等 at
 * pos: 等行业的40个项目, 等领域500多个重大项目 (a word for sectors, kg:topicTail,
 * an optional 的, numerals and a measure word, at most a few words that
 * qualify the projects)? The sectors are those of the projects counted,
 * which the clause's place has, though 行业 or 领域 alone closes no list of
 * its sectors (kg:sectorListWord). */
static int projects_counted_after(const sentence_ctx *c, size_t pos)
{
    enum { MAX_QUALIFIER = 4 };
    const uint32_t *cps = c->t->cps;
    size_t end = c->span.end, p = pos + 1;
    p += text_match_list(cps, end, p, &c->lx->topic_tail);
    if (p < end && cps[p] == 0x7684) /* 的 */
        p++;
    size_t q = p;
    while (q < end && text_is_numeral(cps[q]))
        q++;
    size_t measure = q > p ? text_match_list(cps, end, q, &c->lx->measure) : 0;
    size_t from = q + measure;
    for (q = from; measure && q < end && q <= from + MAX_QUALIFIER; q++) {
        if (!text_is_han(cps[q]) || relations_inside_slot(c, q))
            return 0;
        if (text_match_list(cps, end, q, &c->lx->generic[CNKG_PROJECT]))
            return 1;
    }
    return 0;
}

/* The last industry of the run of joined industries (汽车、家电和电子)
 * that opens at slot i. */
size_t relations_industry_run_end(const sentence_ctx *c, size_t i)
{
    size_t last = i;
    for (size_t k = i + 1; k < c->n; k++) {
        if (c->slots[k].inner)
            continue;
        if (c->slots[k].cls != CNKG_INDUSTRY || !relations_joined(c, &c->slots[last], &c->slots[k]))
            break;
        last = k;
    }
    return last;
}

/* Where a count that stands right after a list ends (三大, 3个, 万亿级:
 * kg:quantifierWord, or numerals and a kg:measureWord); 0: none does. */
size_t relations_count_end(const sentence_ctx *c, size_t pos)
{
    const uint32_t *cps = c->t->cps;
    size_t end = c->span.end, q = pos;
    size_t quantifier = text_match_list(cps, end, pos, &c->lx->quantifier);
    if (quantifier)
        return pos + quantifier;
    while (q < end && text_is_numeral(cps[q]))
        q++;
    size_t measure = q > pos ? text_match_list(cps, end, q, &c->lx->measure) : 0;
    return measure ? q + measure : 0;
}

/* 湖南正在推进工程机械、轨道交通装备等13条重点产业链…, 在南京开工的项目涵盖
 * 生物医药、集成电路等高新技术产业, 协同四川建设A、B、C3个万亿级产业集群: a
 * list of sectors closed by 等 or by a count (relations_count_end), and a word for
 * sectors, says what the clause's place develops, whatever the verb. */
void relations_sector_lists(sentence_ctx *c)
{
    unsigned rivals = ACTOR | BIT(CNKG_PERSON);
    for (size_t i = 0; i < c->n; i++) {
        const slot *first = &c->slots[i];
        if (first->inner || first->cls != CNKG_INDUSTRY)
            continue;
        size_t last = relations_industry_run_end(c, i), members = 0;
        for (size_t k = i; k <= last; k++)
            members += !c->slots[k].inner;
        size_t end = c->slots[last].end, count = relations_count_end(c, end);
        int projects = 0, closed = end < c->span.end && c->t->cps[end] == 0x7B49; /* 等 */
        if (members < 2 ||
            !(closed ? sector_word_after(c, end) || (projects = projects_counted_after(c, end))
                     : count && sector_word_after(c, count - 1))) {
            i = last;
            continue;
        }
        size_t subj =
            relations_find_subject(c, PLACE | BIT(CNKG_INDUSTRIAL_PARK) | rivals, first->begin);
        size_t who = (size_t)-1;
        if (subj != (size_t)-1 && (BIT(c->slots[subj].cls) & (PLACE | BIT(CNKG_INDUSTRIAL_PARK))) &&
            relations_subject_near(c, &c->slots[subj], first->begin))
            who = c->slots[subj].entity;
        else if (subj == (size_t)-1 && first->clause_initial && *c->topic != (size_t)-1 &&
                 !projects)
            who = *c->topic; /* 如今，A、B等产业集群已经形成: no name before, the topic's */
        for (size_t k = i; who != (size_t)-1 && k <= last; k++)
            if (!c->slots[k].inner)
                relations_fact(c, who, CNKG_DEVELOPS_INDUSTRY, c->slots[k].entity);
        i = last;
    }
}

/* Does a word for a park or a body (kg:nameSuffix, kg:genericTerm: 工业园,
 * 协会) begin at pos? Then the sector qualifies it (家电|工业园, 汽车工业|协会). */
static int body_word_at(const sentence_ctx *c, size_t pos)
{
    static const cnkg_class bodies[] = {CNKG_INDUSTRIAL_PARK, CNKG_ORGANIZATION,
                                        CNKG_GOVERNMENT_AGENCY};
    for (size_t b = 0; b < sizeof bodies / sizeof *bodies; b++)
        if (text_match_list(c->t->cps, c->span.end, pos, &c->lx->suffix[bodies[b]]) ||
            text_match_list(c->t->cps, c->span.end, pos, &c->lx->generic[bodies[b]]))
            return 1;
    return 0;
}

/* Is the industry named as a sector: a word for one (kg:nameSuffix of
 * kg:Industry: 产业, 工业, 行业; kg:topicTail: 领域) ending its mention or
 * after it, and no park or body that the words qualify? */
int relations_sector_worded(const sentence_ctx *c, const slot *industry)
{
    const word_list *suffix = &c->lx->suffix[CNKG_INDUSTRY];
    size_t end = industry->end, inside = text_match_list_ending(c->t->cps, end, suffix);
    if (!inside || inside >= end - industry->begin) {
        size_t after = text_match_list(c->t->cps, c->span.end, end, suffix);
        if (!after)
            after = text_match_list(c->t->cps, c->span.end, end, &c->lx->topic_tail);
        if (!after || body_word_at(c, end))
            return 0;
        end += after;
    }
    return !body_word_at(c, end);
}

/* 浙江、广东的汽车工业和家电工业, 澳门中医药产业, 雄安新区空天信息和卫星互联网
 * 产业链: places (divisions or a park), an optional 的, then sectors named
 * as sectors: each place develops each sector. */
void relations_place_sectors(sentence_ctx *c)
{
    unsigned places = BIT(CNKG_ADMINISTRATIVE_DIVISION) | BIT(CNKG_INDUSTRIAL_PARK);
    for (size_t i = 0; i < c->n; i++) {
        const slot *first = &c->slots[i];
        if (first->inner || first->cls != CNKG_INDUSTRY)
            continue;
        size_t last = relations_industry_run_end(c, i);
        size_t at = first->begin;
        if (at > c->span.begin && c->t->cps[at - 1] == 0x7684) /* 的 */
            at--;
        const slot *place = NULL;
        for (size_t k = 0; k < i; k++)
            if (!c->slots[k].inner && c->slots[k].end == at && (BIT(c->slots[k].cls) & places))
                place = &c->slots[k];
        if (place && relations_sector_worded(c, &c->slots[last]))
            for (const slot *p = place; p;) {
                for (size_t k = i; k <= last; k++)
                    if (!c->slots[k].inner)
                        relations_fact(c, p->entity, CNKG_DEVELOPS_INDUSTRY, c->slots[k].entity);
                const slot *prev = NULL; /* the places before, 浙江、广东 */
                for (size_t k = 0; k < c->n; k++)
                    if (!c->slots[k].inner && (BIT(c->slots[k].cls) & places) &&
                        relations_joined(c, &c->slots[k], p))
                        prev = &c->slots[k];
                p = prev;
            }
        i = last;
    }
}

/* Is the count [from, to) of firms one (一家, 1家)? One firm of a sector
 * there (记者在某省一家铸造企业采访) says where the firm is, not what the
 * place develops. */
int relations_counts_one(const uint32_t *cps, size_t from, size_t to)
{
    return to == from + 1 && (cps[from] == 0x4E00 /* 一 */ || cps[from] == '1');
}

/* Do the words [from, to) between a place and a sector name nothing and
 * only place or count the firms: none, a word for their reach (本土, 周边:
 * kg:localScopeWord), a count of more than one (5家) or words ending in 的
 * (最大的, 在内的)? */
static int firms_of_place_between(const sentence_ctx *c, size_t from, size_t to)
{
    enum { MAX_GAP = 4 };
    const uint32_t *cps = c->t->cps;
    if (to - from > MAX_GAP)
        return 0;
    for (size_t p = from; p < to; p++)
        if (!(text_is_han(cps[p]) || text_is_numeral(cps[p])) || relations_inside_slot(c, p))
            return 0;
    if (from == to || cps[to - 1] == 0x7684 /* 的 */ ||
        text_list_holds(&c->lx->local_scope, cps, from, to))
        return 1;
    size_t p = from;
    while (p < to && text_is_numeral(cps[p]))
        p++;
    return p > from && !relations_counts_one(cps, from, p) &&
           text_list_holds(&c->lx->measure, cps, p, to);
}

/* Where a word for firms (kg:genericTerm of kg:Company: 企业, 龙头企业)
 * begins at most two plain characters (配套, 分离) after pos, not a firm's
 * name suffix (有限公司); 0: none. */
size_t relations_firm_word_after(const sentence_ctx *c, size_t pos)
{
    enum { MAX_GAP = 2 };
    for (size_t p = pos; p < c->span.end && p <= pos + MAX_GAP; p++) {
        if (!text_is_han(c->t->cps[p]) || relations_inside_slot(c, p))
            return 0;
        if (text_match_list(c->t->cps, c->span.end, p, &c->lx->generic[CNKG_COMPANY]) &&
            !text_match_list(c->t->cps, c->span.end, p, &c->lx->suffix[CNKG_COMPANY]))
            return p;
    }
    return 0;
}

/* 山东省医药流通企业40多家, 重庆周边家用电器配套企业, 这里最大的煤炭企业: a
 * place, then a sector and a word for firms: the place's firms work in the
 * sector, so the place develops it (as 浙江、广东的汽车工业 does, where the
 * word names the sector itself; relations_place_sectors). Not a place after a word of
 * origin or partnership (来自江苏的, 与日本的): there the firms come from it. */
void relations_place_firm_sectors(sentence_ctx *c)
{
    for (size_t i = 0; i < c->n; i++) {
        const slot *place = &c->slots[i];
        if (place->inner || place->cls != CNKG_ADMINISTRATIVE_DIVISION ||
            relations_after_origin_cue(c, place))
            continue;
        const slot *sector = relations_slot_next_outer(c, place);
        if (!sector || sector->cls != CNKG_INDUSTRY || sector->begin < place->end ||
            !firms_of_place_between(c, place->end, sector->begin) ||
            !relations_firm_word_after(c, sector->end))
            continue;
        relations_fact(c, place->entity, CNKG_DEVELOPS_INDUSTRY, sector->entity);
    }
}

/* 十堰、襄阳等汽车产业集群: the place after member m in a list of places
 * that 等 closes right before the sectors at sectors (each member has the
 * cluster), or -1. */
static size_t place_list_next(const sentence_ctx *c, size_t m, size_t sectors)
{
    size_t prev = m, k = m + 1;
    for (; k < c->n && c->slots[k].end <= sectors; k++) {
        if (c->slots[k].inner)
            continue;
        if (!(BIT(c->slots[k].cls) & PLACE) || !relations_joined(c, &c->slots[prev], &c->slots[k]))
            return (size_t)-1;
        prev = k;
    }
    if (prev == m || c->slots[prev].end + 1 != sectors ||
        c->t->cps[c->slots[prev].end] != 0x7B49) /* 等 */
        return (size_t)-1;
    for (k = m + 1; c->slots[k].inner; k++)
        ;
    return k;
}

/* 在某市，…，一个新材料产业集群已经成形; 某市…，以龙头企业带动工程机械
 * 产业集群式发展: sectors before a word for a cluster
 * (kg:clusterWord) are developed by the place that opens the sentence and
 * goes on being its subject, however far. */
void relations_place_clusters(sentence_ctx *c)
{
    unsigned places = PLACE | BIT(CNKG_INDUSTRIAL_PARK);
    for (size_t i = 0; i < c->n; i++) {
        const slot *first = &c->slots[i];
        if (first->inner || first->cls != CNKG_INDUSTRY)
            continue;
        size_t last = relations_industry_run_end(c, i);
        const slot *end = &c->slots[last];
        size_t subj = relations_find_subject(c, places, first->begin);
        if (text_match_list(c->t->cps, c->span.end, end->end, &c->lx->cluster_word) &&
            subj != (size_t)-1 && c->slots[subj].end < first->begin &&
            (relations_subject_near(c, &c->slots[subj], first->begin) ||
             relations_subject_chained(c, &c->slots[subj], first->begin, BIT(CNKG_INDUSTRY))))
            for (size_t m = subj; m != (size_t)-1; m = place_list_next(c, m, first->begin))
                for (size_t k = i; k <= last; k++)
                    if (!c->slots[k].inner)
                        relations_fact(c, c->slots[m].entity, CNKG_DEVELOPS_INDUSTRY,
                                       c->slots[k].entity);
        i = last;
    }
}

/* Whether the words in [from, to) count or close a list (等, 两大, 4家):
 * what follows them is said of every member. */
static int list_closing(const sentence_ctx *c, size_t from, size_t to)
{
    if (from < to && c->t->cps[from] == 0x7B49) /* 等 */
        return 1;
    for (size_t p = from; p < to; p++)
        if (text_match_list(c->t->cps, to, p, &c->lx->quantifier) ||
            text_match_list(c->t->cps, to, p, &c->lx->measure))
            return 1;
    return 0;
}

/* 长飞、烽火、亨通等国内线缆企业, 中粮集团、益海嘉里集团两大食用油巨头: firms,
 * a word that closes or counts their list, a sector and a word for a firm
 * (kg:genericTerm of kg:Company): each firm is in the sector. */
void relations_firms_then_sector(sentence_ctx *c)
{
    enum { MAX_GAP = 8 };
    for (size_t i = 0; i < c->n; i++) {
        const slot *firm = &c->slots[i];
        if (firm->inner || firm->cls != CNKG_COMPANY)
            continue;
        const slot *next = relations_slot_next_outer(c, firm);
        if (!next || next->cls != CNKG_INDUSTRY || next->begin - firm->end > MAX_GAP ||
            relations_clauses_between(c->t, firm->end, next->begin) ||
            !list_closing(c, firm->end, next->begin))
            continue;
        size_t at = next->end;
        at += text_match_list(c->t->cps, c->span.end, at, &c->lx->topic_tail);
        if (!text_match_list(c->t->cps, c->span.end, at, &c->lx->generic[CNKG_COMPANY]))
            continue;
        relations_fact(c, firm->entity, CNKG_IN_INDUSTRY, next->entity);
        listed_firms_in_sector(c, i, 0, next->entity); /* the members before, A、B和C */
    }
}
