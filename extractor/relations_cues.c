/*
 * relations_cues.c - the cue rules (relations.c, cue_rules): a cue word
 * (kg:cue) between a subject and its objects, 永川 … 发展 机器人、智能终端.
 * Holds the search for a cue's subject and objects (relations_find_subject,
 * relations_joined, the clause helpers other rules share too) and the
 * cue-like shapes with a subject of their own: bought firms, a parent
 * named first, the divisions of the topic.
 */
#include "relations_internal.h"

#include <string.h>

/* A break that ends a clause: any but 、, which joins a list inside one. */
int relations_ends_clause(uint32_t cp)
{
    return text_is_clause_break(cp) && cp != 0x3001; /* 、 */
}

/* How many clauses end in [from, to). */
size_t relations_clauses_between(const text_view *t, size_t from, size_t to)
{
    size_t n = 0;
    for (size_t p = from; p < to; p++)
        n += relations_ends_clause(t->cps[p]);
    return n;
}

/* Where the clause that reaches pos ends, within the sentence. */
size_t relations_clause_end(const sentence_ctx *c, size_t pos)
{
    while (pos < c->span.end && !relations_ends_clause(c->t->cps[pos]))
        pos++;
    return pos;
}

/* The subject opens the clause that reaches pos, or the clause before it:
 * what is said of a subject at once (a firm's trade, a place's sectors). */
int relations_subject_near(const sentence_ctx *c, const slot *subj, size_t pos)
{
    return subj->clause_initial && relations_clauses_between(c->t, subj->end, pos) <= 1;
}

/* 在鄂尔多斯，28家现代煤化工企业…: a sector that opens its clause after a
 * count of more than one firm (numerals and kg:measureWord) and before a
 * word for firms names the firms the clause is about, no new subject: they
 * are the firms of the place the sentence is about. */
int relations_counted_firms(const sentence_ctx *c, const slot *s)
{
    const uint32_t *cps = c->t->cps;
    if (s->inner || s->cls != CNKG_INDUSTRY)
        return 0;
    size_t cs = relations_clause_start(c->t, c->span, s->begin), p = cs;
    while (p < s->begin && text_is_numeral(cps[p]))
        p++;
    return p > cs && !relations_counts_one(cps, cs, p) &&
           text_list_holds(&c->lx->measure, cps, p, s->begin) &&
           relations_firm_word_after(c, s->end);
}

/* The subject opens a clause and no name opens one after it before pos,
 * but an object in the cue's own clause: the clauses between go on about
 * it (该工厂…，位于…，占地…，主要生产X; A基地开足马力，多条X生产线…;
 * 在某市，28家X企业…，生产Y: the place's firms, relations_counted_firms). */
int relations_subject_chained(const sentence_ctx *c, const slot *subj, size_t pos, unsigned objects)
{
    if (!subj->clause_initial)
        return 0;
    size_t cs = relations_clause_start(c->t, c->span, pos);
    for (size_t i = 0; i < c->n; i++) {
        const slot *s = &c->slots[i];
        if (!s->inner && s->clause_initial && !((BIT(s->cls) & objects) && s->begin >= cs) &&
            !relations_counted_firms(c, s) && s->begin >= subj->end && s->end <= pos &&
            relations_clauses_between(c->t, subj->end, s->begin))
            return 0;
    }
    return 1;
}

/* The rule as it runs: its subjects within the relation's domain, its
 * objects the range. */
static cue_rule cue_rule_signed(const lexicon *lx, const cue_rule *r)
{
    cue_rule s = *r;
    unsigned domain = cnkg_ontology_relation_domain(lx->onto, r->rel);
    s.subjects = (r->subjects ? r->subjects & domain : domain) | r->stand_in;
    s.objects = cnkg_ontology_relation_range(lx->onto, r->rel);
    return s;
}

/* Marks that part the items of a list, or close and open a quoted one:
 * 、 , ， “ ” */
static int list_mark(uint32_t cp)
{
    return cp == 0x3001 || cp == ',' || cp == 0xFF0C || cp == 0x201C || cp == 0x201D;
}

/* Extends a slot to the list it heads or ends: A、B和C等. At most two
 * characters between the items: marks, and a word of kg:conjunction
 * (syntax.ttl: 和, 与, 及 ...). */
int relations_joined(const sentence_ctx *c, const slot *a, const slot *b)
{
    if (b->begin <= a->end || b->begin - a->end > 2)
        return 0;
    for (size_t i = a->end; i < b->begin;) {
        size_t len = list_mark(c->t->cps[i])
                         ? 1
                         : text_match_list(c->t->cps, b->begin, i, &c->lx->conjunction);
        if (!len)
            return 0;
        i += len;
    }
    return 1;
}

/* 从山东, 承接东部, 与四川: a place after an origin cue is where things come
 * from, and one after 与 a partner: neither is the subject of the clause. */
int relations_after_origin_cue(const sentence_ctx *c, const slot *s)
{
    return text_match_list_ending(c->t->cps, s->begin, &c->lx->cue[CNKG_ORIGIN_FROM]) > 0 ||
           text_match_list_ending(c->t->cps, s->begin, &c->lx->partner_word) > 0;
}

static int after_weak_locative(const sentence_ctx *c, const slot *s)
{
    return text_match_list_ending(c->t->cps, s->begin, &c->lx->weak_locative) > 0;
}

size_t relations_find_subject(sentence_ctx *c, unsigned mask, size_t before)
{
    size_t nearest = (size_t)-1;
    for (size_t i = c->n; i-- > 0;) {
        const slot *s = &c->slots[i];
        if (s->inner || s->end > before || !(BIT(s->cls) & mask) ||
            relations_after_origin_cue(c, s))
            continue;
        if (s->clause_initial)
            return i;
        if (nearest == (size_t)-1)
            nearest = i;
    }
    return nearest;
}

/* The slot after s that is no part of a longer one: the next name read. */
const slot *relations_slot_next_outer(const sentence_ctx *c, const slot *s)
{
    for (size_t k = (size_t)(s - c->slots) + 1; k < c->n; k++)
        if (!c->slots[k].inner)
            return &c->slots[k];
    return NULL;
}

int relations_inside_slot(const sentence_ctx *c, size_t p)
{
    for (size_t i = 0; i < c->n; i++)
        if (c->slots[i].begin <= p && p < c->slots[i].end)
            return 1;
    return 0;
}

/* 成为“人人喊打”的典型, 成为整治行动最严厉的地区, 成为全方位战略伙伴: a
 * programme's name that runs on into 的, or after a verb of becoming or
 * joining (成为, 纳入) into more words, qualifies what the subject becomes;
 * it is no title the subject is given. A title ends its clause, its list
 * (、 和), or says 之一 or 工作; after a word that gives a title (被认定为,
 * kg:designationCue) it may go on to the place it holds in the programme
 * (被认定为…协作区首批核心园区). */
static int qualifies_noun(const sentence_ctx *c, const slot *o, size_t cue_end)
{
    size_t e = o->end;
    while (e < c->span.end && c->t->cps[e] == 0x201D) /* ” */
        e++;
    if (e >= c->span.end || !text_is_han(c->t->cps[e]))
        return 0;
    if (text_has_at(c->t->cps, c->span.end, e, "的"))
        return 1;
    /* 作为全国唯一省级试点，…开展医师多点执业试点工作: a word for policies
     * (kg:genericTerm of kg:Program: 工作, 政策) goes on naming it */
    return !text_match_list_ending(c->t->cps, cue_end, &c->lx->designation_cue) &&
           !text_match_list(c->t->cps, c->span.end, e, &c->lx->conjunction) &&
           !text_match_list(c->t->cps, c->span.end, e, &c->lx->generic[CNKG_PROGRAM]) &&
           !text_has_at(c->t->cps, c->span.end, e, "之一");
}

/* Does 在内 close a list begun at from, within its clause? */
static int included_among(const sentence_ctx *c, size_t from)
{
    for (size_t p = from; p < c->span.end && !relations_ends_clause(c->t->cps[p]); p++)
        if (text_has_at(c->t->cps, c->span.end, p, "在内"))
            return 1;
    return 0;
}

/* 浙江…建设共同富裕示范区, 上海正积极建设…合作先行区: a division below a
 * country that carries out a zone (kg:zoneSuffix) is that zone, a title it
 * holds, unless the zone's name opens with another division (广东…推进深圳
 * 先行示范区: 深圳 holds it, the province carries it out). A country builds
 * its zones in its provinces and cities. */
static cnkg_relation zone_relation(const sentence_ctx *c, const slot *subj, const slot *o)
{
    const char *code = c->a->entities[subj->entity].code;
    if (subj->cls != CNKG_ADMINISTRATIVE_DIVISION || o->cls != CNKG_PROGRAM ||
        (code && division_code_is_country(code)) ||
        !text_match_list_ending(c->t->cps, o->end, &c->lx->zone_suffix))
        return CNKG_IMPLEMENTS;
    for (size_t i = 0; i < c->n; i++) {
        const slot *in = &c->slots[i];
        if (in->inner && in->begin == o->begin && in->end < o->end &&
            in->cls == CNKG_ADMINISTRATIVE_DIVISION && in->entity != subj->entity)
            return CNKG_IMPLEMENTS;
    }
    return CNKG_DESIGNATED_AS;
}

static void emit_objects(sentence_ctx *c, const cue_rule *r, size_t subj, size_t cue_end)
{
    size_t limit = c->span.end;
    if (r->clause_only) {
        limit = cue_end;
        while (limit < c->span.end && !text_is_clause_break(c->t->cps[limit]))
            limit++;
    }
    /* 包括浙江、广东在内的多地, 包括英国在内的世界各国: the places are among
     * the things the clause goes on to name, not what a programme spans */
    if (r->rel == CNKG_COVERS && included_among(c, cue_end))
        return;
    /* 联合A、B等单位组建的X: partners end where what they form begins */
    if (r->rel == CNKG_COLLABORATES_WITH)
        for (size_t p = cue_end; p < limit; p++)
            if (text_match_list(c->t->cps, limit, p, &c->lx->cue[CNKG_LEADS]) &&
                !relations_inside_slot(c, p)) {
                limit = p;
                break;
            }
    size_t from = r->objects_anywhere ? c->slots[subj].end : cue_end;
    for (size_t i = 0; i < c->n; i++) {
        const slot *o = &c->slots[i];
        if (o->begin < from || o->end > limit || o->inner)
            continue;
        if (o->begin >= cue_end && o->clause_initial && (BIT(o->cls) & r->subjects) &&
            !(BIT(o->cls) & r->objects))
            break; /* a new subject takes over */
        if (!(BIT(o->cls) & r->objects) || o->entity == c->slots[subj].entity)
            continue;
        if (r->rel == CNKG_DESIGNATED_AS && qualifies_noun(c, o, cue_end))
            break;
        cnkg_relation rel =
            r->rel == CNKG_IMPLEMENTS ? zone_relation(c, &c->slots[subj], o) : r->rel;
        relations_fact(c, c->slots[subj].entity, rel, o->entity);
        /* 被列为A和B, 联合A、B: one object, or the list it heads */
        const slot *next = relations_slot_next_outer(c, o);
        if (r->first_object_only &&
            !(next && (BIT(next->cls) & r->objects) && relations_joined(c, o, next)))
            break;
    }
}

static void emit_with_list(sentence_ctx *c, const cue_rule *r, size_t subj, size_t cue_end)
{
    emit_objects(c, r, subj, cue_end);
    /* members that follow the subject in its list, before the cue */
    for (size_t i = subj, k = subj + 1; k < c->n; k++) {
        const slot *next = &c->slots[k];
        if (next->inner)
            continue;
        if (next->end > cue_end || next->cls != c->slots[subj].cls ||
            !relations_joined(c, &c->slots[i], next))
            break;
        emit_objects(c, r, k, cue_end);
        i = k;
    }
    /* A、B等…被认定为 X: every member of the subject's list */
    for (size_t i = subj; i > 0; i--) {
        const slot *prev = NULL;
        size_t k = i - 1;
        for (;; k--) {
            if (!c->slots[k].inner) {
                prev = &c->slots[k];
                break;
            }
            if (k == 0)
                break;
        }
        if (!prev || prev->cls != c->slots[subj].cls || !relations_joined(c, prev, &c->slots[i]))
            break;
        emit_objects(c, r, k, cue_end);
        i = k + 1;
    }
}

/* …在江阴建立华东基地，主要生产建筑机械: a clause that names no maker
 * before its cue makes things in the project the sentence named last,
 * rather than in the firm that opened it. */
static size_t maker_of(const sentence_ctx *c, size_t subj, size_t cue)
{
    size_t cs = relations_clause_start(c->t, c->span, cue);
    if (subj != (size_t)-1 && c->slots[subj].begin >= cs) {
        /* 公司此次X项目形成年产…, A集团B基地主要生产…: the firm's project
         * between it and the verb is what makes */
        for (size_t i = c->n; i-- > subj + 1;) {
            const slot *s = &c->slots[i];
            if (!s->inner && s->cls == CNKG_PROJECT && s->begin >= c->slots[subj].end &&
                s->end <= cue)
                return i;
        }
        return subj;
    }
    for (size_t i = c->n; i-- > 0;) {
        const slot *s = &c->slots[i];
        if (!s->inner && s->cls == CNKG_PROJECT && s->end <= cs)
            return i;
    }
    return subj;
}

/* 研发能力弱, 生产成本, 发展水平: a cue right before a noun it qualifies
 * (kg:nominalTail) is no verb; it says nothing of what anyone makes or
 * develops. */
static int modifies_noun(const sentence_ctx *c, size_t end)
{
    return text_match_list(c->t->cps, c->span.end, end, &c->lx->nominal_tail) > 0;
}

/* Is the discourse topic the home division of the paper the article is from? */
static int topic_is_home(const sentence_ctx *c)
{
    const char *iri = c->a->entities[*c->topic].iri;
    return c->home && iri && strcmp(iri, c->home) == 0;
}

/* A与B联合重组…获国资委同意, A与B共建C研究院: where the first body after the
 * subject, before the cue, follows 与 (kg:partnerWord), the partners are
 * named; what follows the cue is what they do together, not another
 * partner. (A、B、C联合主办: a list of bodies is no partner.) */
static int partner_named(const sentence_ctx *c, size_t subj, size_t cue)
{
    for (size_t i = subj + 1; i < c->n; i++) {
        const slot *s = &c->slots[i];
        if (s->begin >= cue)
            break;
        if (!s->inner && (BIT(s->cls) & ACTOR))
            return text_match_list_ending(c->t->cps, s->begin, &c->lx->partner_word) > 0;
    }
    return 0;
}

/* 《…实施方案》明确提出, 出台了《…决定》，提出: a programme followed by a
 * word of saying (kg:policySays), past its closing marks and a comma, is the
 * subject of what it says, wherever it is named. */
static int programme_speaks(const sentence_ctx *c, const slot *programme)
{
    size_t at = programme->end;
    while (at < c->span.end && (text_is_skipped(c->t->cps[at]) || text_is_closing(c->t->cps[at])))
        at++;
    if (at < c->span.end && c->t->cps[at] == 0xFF0C) /* ， */
        at++;
    return text_match_list(c->t->cps, c->span.end, at, &c->lx->policy_says) > 0;
}

/* Cases where the subject found for a cue does not do what the cue says,
 * so the cue yields no fact at all. */
static int subject_declines(const sentence_ctx *c, const cue_rule *r, const slot *subj, size_t p)
{
    /* 在抚顺实施…工程, 在渝建设…基地: a place after 在 in the cue's own
     * clause is where the work is done; who does it is another (a firm,
     * an investor). (在浙江，…推进新型城镇化: set apart, it is the topic.) */
    if (r->rel == CNKG_IMPLEMENTS)
        return after_weak_locative(c, subj) && !relations_clauses_between(c->t, subj->end, p);
    /* 推进共建“一带一路”，…打造数字经济: a programme develops sectors
     * only as the subject that opens its clause (十二五规划提出要发展…);
     * named inside a clause it is what a verb carries out, and the
     * sectors after are someone else's */
    if (r->rel == CNKG_DEVELOPS_INDUSTRY)
        return subj->cls == CNKG_PROGRAM && !subj->clause_initial && !programme_speaks(c, subj);
    return 0;
}

/* A和B签署战略合作协议, A、B等联合投资: firms or bodies listed together right
 * before the cue, with no name between the list and the cue, are partners
 * of each other (the cue names no partner after it). */
static void listed_partners(sentence_ctx *c, size_t subj, size_t cue)
{
    enum { MAX_GAP = 4, MAX_MEMBERS = 8 };
    size_t members[MAX_MEMBERS], n = 0, last = subj;
    for (size_t k = subj + 1; k < c->n && c->slots[k].end <= cue; k++) {
        const slot *s = &c->slots[k];
        if (s->inner)
            continue;
        if (!(BIT(s->cls) & ACTOR) || !relations_joined(c, &c->slots[last], s))
            return; /* another name stands between the list and the cue */
        last = k;
    }
    if (last == subj || cue - c->slots[last].end > MAX_GAP ||
        relations_clauses_between(c->t, c->slots[last].end, cue))
        return;
    /* A、B先后与C签署: each signs with the partner named after 与 (a cue
     * too), not with the other; 大众与一汽及上汽均签署: each on its own */
    for (size_t q = c->slots[last].end; q <= cue; q++) {
        if (text_match_list(c->t->cps, c->span.end, q, &c->lx->separately_word))
            return;
        size_t w = text_match_list(c->t->cps, c->span.end, q, &c->lx->partner_word);
        for (size_t k = last + 1; w && k < c->n; k++)
            if (c->slots[k].begin == q + w && (BIT(c->slots[k].cls) & ACTOR))
                return;
    }
    for (size_t k = subj; k <= last && n < MAX_MEMBERS; k++)
        if (!c->slots[k].inner)
            members[n++] = k;
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            if (c->slots[members[i]].entity != c->slots[members[j]].entity)
                relations_fact(c, c->slots[members[i]].entity, CNKG_COLLABORATES_WITH,
                               c->slots[members[j]].entity);
}

void relations_cue_rule_apply(sentence_ctx *c, const cue_rule *rule)
{
    cue_rule signed_rule = cue_rule_signed(c->lx, rule);
    const cue_rule *r = &signed_rule;
    const word_list *cues = &c->lx->cue[r->rel];
    for (size_t p = c->span.begin; p < c->span.end; p++) {
        size_t len = text_match_list(c->t->cps, c->span.end, p, cues);
        if (!len)
            continue;
        int inside = 0; /* a cue inside a name is part of the name */
        for (size_t i = 0; i < c->n; i++)
            inside |= c->slots[i].begin <= p && p < c->slots[i].end;
        /* 汽车行业, 稀土领域: a topic's tail (kg:topicTail) is a noun, no verb */
        if (inside || modifies_noun(c, p + len) ||
            text_match_list(c->t->cps, c->span.end, p, &c->lx->topic_tail) == len) {
            p += len - 1;
            continue;
        }
        if (r->objects_anywhere == 2 &&
            relations_find_subject(c, BIT(CNKG_PROJECT) | BIT(CNKG_COMPANY), p + len) !=
                (size_t)-1) {
            p += len - 1;
            continue;
        }
        size_t subj = relations_find_subject(c, r->subjects | r->rivals, p);
        if (subj != (size_t)-1 &&
            (!(BIT(c->slots[subj].cls) & r->subjects) ||
             (r->near == 1 && !relations_subject_near(c, &c->slots[subj], p)) ||
             (r->near == 2 && !relations_subject_chained(c, &c->slots[subj], p, r->objects))))
            subj = (size_t)-1;
        if (r->rel == CNKG_PRODUCES && (r->subjects & BIT(CNKG_PROJECT)))
            subj = maker_of(c, subj, p);
        if (subj != (size_t)-1 && subject_declines(c, r, &c->slots[subj], p)) {
            p += len - 1;
            continue;
        }
        /* No subject in the sentence: the discourse topic develops the
         * sector named. Plans and policies (落实…政策, 建立…机制) only when
         * the topic is the paper's home (a city paper's 推行清单制): elsewhere
         * a sentence that names no place is mostly about a ministry, a firm or
         * a partner state the article also mentions, so the topic place
         * implements them in about one case in eight (judged on the news
         * corpus). */
        if (subj == (size_t)-1 && c->topic && *c->topic != (size_t)-1 &&
            (r->rel == CNKG_DEVELOPS_INDUSTRY || (r->rel == CNKG_IMPLEMENTS && topic_is_home(c)))) {
            slot topic = {0, *c->topic, c->a->entities[*c->topic].cls, p, p, 0, 1};
            c->slots = cnkg_xrealloc(c->slots, (c->n + 1) * sizeof *c->slots);
            c->slots[c->n] = topic;
            /* with no subject named, only the cue's own clause speaks of
             * the topic (回顾近几年的发展，平板太阳能…: a later clause has its
             * own subject, named or not) */
            cue_rule own = *r;
            own.clause_only = 1;
            emit_objects(c, &own, c->n, p + len);
            p += len - 1;
            continue;
        }
        if (subj != (size_t)-1 && !(r->rel == CNKG_COLLABORATES_WITH && partner_named(c, subj, p)))
            emit_with_list(c, r, subj, p + len);
        if (subj != (size_t)-1 && r->rel == CNKG_COLLABORATES_WITH)
            listed_partners(c, subj, p);
        p += len - 1;
    }
}

/* 上海医药宣布控股青岛国风药业, A收购了B: the firm that buys another or a
 * stake in it (kg:purchaseCue) partners it. Firms only: the subject is the
 * nearest firm or body before the word, as a cue's (a body there rules on
 * the deal: 商务部…批准…收购); the object is the firm named right after the
 * word (了 between at most), not one further on (海尔收购…资产可能会对合肥三洋…). */
#define GOVERNING (BIT(CNKG_GOVERNMENT_AGENCY) | BIT(CNKG_ORGANIZATION))

void relations_bought_firms(sentence_ctx *c)
{
    enum { MAX_GAP = 1 };
    for (size_t p = c->span.begin; p < c->span.end; p++) {
        size_t len = text_match_list(c->t->cps, c->span.end, p, &c->lx->purchase_cue);
        if (!len || relations_inside_slot(c, p) || modifies_noun(c, p + len) ||
            text_match_list_ending(c->t->cps, p, &c->lx->demonstrative))
            continue;
        const slot *bought = NULL;
        for (size_t i = 0; i < c->n && !bought; i++)
            if (!c->slots[i].inner && c->slots[i].begin >= p + len &&
                c->slots[i].begin <= p + len + MAX_GAP && c->slots[i].cls == CNKG_COMPANY)
                bought = &c->slots[i];
        size_t subj =
            bought ? relations_find_subject(c, BIT(CNKG_COMPANY) | GOVERNING, p) : (size_t)-1;
        if (subj != (size_t)-1 && c->slots[subj].cls != CNKG_COMPANY)
            continue; /* 商务部…批准…收购…公司, 欧盟…: a body that rules on the deal */
        if (subj != (size_t)-1 && c->slots[subj].entity != bought->entity &&
            !relations_clauses_between(c->t, c->slots[subj].end, p))
            relations_fact(c, c->slots[subj].entity, CNKG_COLLABORATES_WITH, bought->entity);
        p += len - 1;
    }
}

/* 安徽皖北阜阳, 大凉山里的昭觉县, 深圳地价最高的南山区: a division, a few
 * words that name nothing, then in the same clause a division the gazetteer
 * puts in it: the writer names the finer place by its parent first. (Side
 * by side, 重庆璧山区, relations_structure() has it.) */
void relations_parent_named_first(sentence_ctx *c)
{
    enum { MAX_GAP = 6 };
    for (size_t i = 0; i < c->n; i++) {
        const slot *parent = &c->slots[i];
        if (parent->inner || parent->cls != CNKG_ADMINISTRATIVE_DIVISION)
            continue;
        const slot *next = relations_slot_next_outer(c, parent);
        if (!next || next->cls != CNKG_ADMINISTRATIVE_DIVISION || next->begin <= parent->end ||
            next->begin - parent->end > MAX_GAP)
            continue;
        int broken = 0;
        for (size_t p = parent->end; p < next->begin; p++)
            broken |= text_is_clause_break(c->t->cps[p]) || list_mark(c->t->cps[p]);
        const cnkg_entity *up = &c->a->entities[parent->entity];
        if (broken || !relations_is_ancestor(c->lx, &c->a->entities[next->entity], up))
            continue;
        relations_fact(c, next->entity, CNKG_LOCATED_IN, parent->entity);
        /* 辽宁的锦州、营口、丹东: the rest of the list the gazetteer puts there too */
        for (const slot *s = relations_slot_next_outer(c, next);
             s && s->cls == CNKG_ADMINISTRATIVE_DIVISION && relations_joined(c, next, s) &&
             relations_is_ancestor(c->lx, &c->a->entities[s->entity], up);
             s = relations_slot_next_outer(c, next)) {
            relations_fact(c, s->entity, CNKG_LOCATED_IN, parent->entity);
            next = s;
        }
    }
}

/* 在杭州，…。…位于余杭区的…: a division the gazetteer puts inside the
 * division the discourse is about (relations_update_topic) is named as a part of it.
 * Not inside the paper's home: a local paper names its own districts
 * without placing them (the seed page, 巴南区 in 重庆日报). */
void relations_divisions_in_topic(sentence_ctx *c)
{
    size_t topic = *c->topic;
    if (topic == (size_t)-1)
        return;
    const cnkg_entity *parent = &c->a->entities[topic];
    if (c->home && parent->iri && strcmp(parent->iri, c->home) == 0)
        return;
    for (size_t i = 0; i < c->n; i++) {
        const slot *s = &c->slots[i];
        if (!s->inner && s->cls == CNKG_ADMINISTRATIVE_DIVISION && s->entity != topic &&
            relations_is_ancestor(c->lx, &c->a->entities[s->entity], parent))
            relations_fact(c, s->entity, CNKG_LOCATED_IN, topic);
    }
}
