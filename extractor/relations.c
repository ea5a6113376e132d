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
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

#define BIT(c) (1u << (c))
#define PLACE (BIT(CNKG_ADMINISTRATIVE_DIVISION) | BIT(CNKG_REGION))
#define ACTOR (BIT(CNKG_COMPANY) | BIT(CNKG_ORGANIZATION) | BIT(CNKG_GOVERNMENT_AGENCY))

typedef struct slot {
    size_t mention, entity;
    cnkg_class cls;
    size_t begin, end;
    int inner;          /* inside another mention's span */
    int clause_initial; /* first mention of its clause, near its start */
} slot;

typedef struct sentence_ctx {
    const text_view *t;
    cnkg_article *a;
    const lexicon *lx;
    size_t index;
    cnkg_span span;
    slot *slots;
    size_t n;
    size_t *topic; /* the division the discourse is about, or -1 */
    struct named_places *named;
    const char *home; /* IRI of the paper's home division, or NULL */
} sentence_ctx;

/* The places a name states by its prefixes (重庆|荣昌|…产业园 stands in 重庆市
 * and in 荣昌区), or a located cue by a chain of places (落户广东|揭阳): each
 * is a fact of its own, which the finer place does not make redundant. */
typedef struct named_places {
    size_t *pairs; /* subject, object, subject, object ... */
    size_t n;
} named_places;

static void named_add(named_places *np, size_t subject, size_t object)
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
static int parts_clauses(const text_view *t, cnkg_span s, size_t i)
{
    uint32_t cp = t->cps[i];
    if (text_is_clause_break(cp))
        return 1;
    return (cp == ' ' || cp == 0x3000) && i > s.begin && i + 1 < s.end &&
           text_is_han(t->cps[i - 1]) && text_is_han(t->cps[i + 1]);
}

static size_t clause_start(const text_view *t, cnkg_span s, size_t pos)
{
    while (pos > s.begin && !parts_clauses(t, s, pos - 1))
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
        size_t cs = clause_start(c->t, c->span, s->begin);
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

static void fact(sentence_ctx *c, size_t s, cnkg_relation r, size_t o)
{
    cnkg_article_add_fact(c->a, s, r, o, c->index);
}

/* --- structure ---------------------------------------------------------- */

/* Does the industry end a company's name inside outer (青岛啤酒|揭阳公司)? */
static int ends_inner_company(const sentence_ctx *c, const slot *outer, const slot *industry)
{
    for (size_t i = 0; i < c->n; i++) {
        const slot *s = &c->slots[i];
        if (s->cls == CNKG_COMPANY && s != outer && s->begin >= outer->begin &&
            s->end == industry->end)
            return 1;
    }
    return 0;
}

/* Does only a firm's suffix follow inner in outer's name (青岛啤酒|揭阳|公司)? */
static int place_before_suffix(const sentence_ctx *c, const slot *outer, const slot *inner)
{
    size_t len = text_match_list(c->t->cps, outer->end, inner->end, &c->lx->suffix[CNKG_COMPANY]);
    return len && inner->end + len == outer->end;
}

/* Is inner part of a firm's name that opens outer (青岛啤酒|年产…项目)? */
static int in_head_company(const sentence_ctx *c, const slot *outer, const slot *inner)
{
    for (size_t i = 0; i < c->n; i++) {
        const slot *s = &c->slots[i];
        if (s != outer && s->cls == CNKG_COMPANY && s->begin == outer->begin &&
            s->end > inner->end && s->end < outer->end)
            return 1;
    }
    return 0;
}

/* Does a firm's name open outer's, a project's, and end where inner begins
 * (鞍钢|莆田|冷轧项目)? Or a park's suffix end there in a park's name
 * (福建自贸试验区|厦门|片区)? */
static int after_head_name(const sentence_ctx *c, const slot *outer, const slot *inner)
{
    if (outer->cls == CNKG_INDUSTRIAL_PARK)
        return lexicon_is_park_area(c->lx, c->t->cps, outer->begin, inner->begin);
    for (size_t i = 0; outer->cls == CNKG_PROJECT && i < c->n; i++) {
        const slot *s = &c->slots[i];
        if (s != outer && s->cls == CNKG_COMPANY && s->begin == outer->begin &&
            s->end == inner->begin)
            return 1;
    }
    return 0;
}

/* Does inner follow a chain of divisions that opens outer's name (重庆|荣昌|
 * 电子电路产业园, 宁波|舟山|港), not opening it itself? */
static int chained_division(const sentence_ctx *c, const slot *outer, const slot *inner)
{
    size_t pos = outer->begin;
    for (int found = 1; found && pos < inner->begin;) {
        found = 0;
        for (size_t k = 0; k < c->n && !found; k++) {
            const slot *d = &c->slots[k];
            if (d != outer && d->begin == pos && d->end < outer->end &&
                d->cls == CNKG_ADMINISTRATIVE_DIVISION) {
                pos = d->end;
                found = 1;
            }
        }
    }
    return pos == inner->begin && pos > outer->begin;
}

/* Does a park's name open outer's (涪陵高新区|管委会)? */
static int park_opens(const sentence_ctx *c, const slot *outer)
{
    for (size_t i = 0; i < c->n; i++)
        if (c->slots[i].cls == CNKG_INDUSTRIAL_PARK && c->slots[i].begin == outer->begin &&
            c->slots[i].end < outer->end)
            return 1;
    return 0;
}

/* Is the article's mention m inside a longer one? */
static int mention_nested(const cnkg_article *a, size_t m)
{
    cnkg_span s = a->mentions[m].span;
    for (size_t i = 0; i < a->n_mentions; i++) {
        cnkg_span o = a->mentions[i].span;
        if (i != m && o.begin <= s.begin && s.end <= o.end && o.end - o.begin > s.end - s.begin)
            return 1;
    }
    return 0;
}

/* Is the firm known, or named with a firm's word (kg:nameSuffix)? */
static int firm_named_as_such(const sentence_ctx *c, const slot *firm)
{
    return c->a->entities[firm->entity].iri ||
           text_match_list_ending(c->t->cps, firm->end, &c->lx->suffix[CNKG_COMPANY]);
}

/* Is the firm that opens a project's name a firm of its own: known, named
 * with a firm's word, or named somewhere outside a longer name? Not the
 * head of a name read as a firm only there (金井|风电场项目, 特种|光电复合
 * 海底电缆项目): a place or a word of the project's name. */
static int firm_stands_alone(const sentence_ctx *c, const slot *firm)
{
    if (firm_named_as_such(c, firm))
        return 1;
    for (size_t i = 0; i < c->a->n_mentions; i++)
        if (c->a->mentions[i].entity == firm->entity && !mention_nested(c->a, i))
            return 1;
    return 0;
}

/* A division inside a name (outer): where the thing named stands, what a
 * firm is of, whose plan it is. */
static void structure_division_in_name(sentence_ctx *c, const slot *outer, const slot *inner)
{
    int head = inner->begin == outer->begin;
    cnkg_class oc = outer->cls;
    /* 重庆荣昌电子电路产业园: a park, project, body or place stands in each
     * division of the chain its name opens with, the parent kept beside the
     * finer place (named: reduce_located keeps both) */
    if (!head &&
        (BIT(oc) & (BIT(CNKG_INDUSTRIAL_PARK) | BIT(CNKG_PROJECT) | BIT(CNKG_GOVERNMENT_AGENCY) |
                    BIT(CNKG_PLACE) | BIT(CNKG_EVENT))) &&
        chained_division(c, outer, inner) && !in_head_company(c, outer, inner)) {
        fact(c, outer->entity, CNKG_LOCATED_IN, inner->entity);
        named_add(c->named, outer->entity, inner->entity);
        return;
    }
    /* 海尔(天津)市场创新产业园区, 中国(深圳)国际文化产业博览会: a division
     * in brackets inside the name of a park, project, body, place or event
     * is where it stands, as 格力电器(重庆)有限公司 below is the firm's */
    if (!head && inner->end < outer->end &&
        (BIT(oc) & (BIT(CNKG_INDUSTRIAL_PARK) | BIT(CNKG_PROJECT) | BIT(CNKG_GOVERNMENT_AGENCY) |
                    BIT(CNKG_PLACE) | BIT(CNKG_EVENT))) &&
        text_is_open_paren(c->t->cps[inner->begin - 1]) &&
        text_is_close_paren(c->t->cps[inner->end])) {
        fact(c, outer->entity, CNKG_LOCATED_IN, inner->entity);
        named_add(c->named, outer->entity, inner->entity);
        return;
    }
    /* 湖南|湘潭|钢铁集团: a firm is of each division of the chain its name
     * opens with, as of the first (江西|光速电子); only a name that goes on
     * to a firm's word (kg:nameSuffix), not two places read as one name */
    if (!head && oc == CNKG_COMPANY && chained_division(c, outer, inner) &&
        inner->end < outer->end &&
        text_match_list_ending(c->t->cps, outer->end, &c->lx->suffix[CNKG_COMPANY]))
        fact(c, outer->entity, CNKG_ORIGIN_FROM, inner->entity);
    /* 西部|先进材料研究院: a region in a name is a word of it, not its place */
    if (head) {
        /* 江西日报, 江西理工大学: a body's name says whom it serves, not where
         * it is; a park's, agency's or project's says where */
        if (oc == CNKG_COMPANY)
            fact(c, outer->entity, CNKG_ORIGIN_FROM, inner->entity);
        else if (oc == CNKG_PROGRAM) {
            /* 河北省…工作方案, 天津市十二五规划: a place's own plan, not a
             * title it holds (广东省LED产业基地) nor one letter (新|发展格局) */
            size_t words = text_before_bracket(c->t->cps, outer->begin, outer->end);
            if (inner->end - inner->begin >= 2 &&
                text_match_list_ending(c->t->cps, words, &c->lx->policy_tail))
                fact(c, inner->entity, CNKG_IMPLEMENTS, outer->entity);
        } else if (in_head_company(c, outer, inner)) {
            /* 青岛|啤酒|揭阳项目: the place is the brand's, not the project's */
        } else if (oc != CNKG_INDUSTRY && oc != CNKG_PERSON && oc != CNKG_PRODUCT &&
                   (oc != CNKG_ORGANIZATION ||
                    text_match_list_ending(c->t->cps, outer->end, &c->lx->sited_body))) {
            /* 湖北省|化学研究院, 南京|紫金山实验室: a laboratory, institute or
             * centre (kg:sitedBody) is named by where it works */
            fact(c, outer->entity, CNKG_LOCATED_IN, inner->entity);
            if (!park_opens(c, outer)) /* 涪陵|高新区|管委会: the park's prefix */
                named_add(c->named, outer->entity, inner->entity);
        }
    } else if (!head && oc == CNKG_COMPANY &&
               (text_is_open_paren(c->t->cps[inner->begin - 1]) ||
                place_before_suffix(c, outer, inner))) {
        /* 格力电器(重庆)有限公司, 青岛啤酒|揭阳|公司: a firm's branch named by
         * its place is of that place and stands there */
        fact(c, outer->entity, CNKG_ORIGIN_FROM, inner->entity);
        fact(c, outer->entity, CNKG_LOCATED_IN, inner->entity);
    } else if (!head && after_head_name(c, outer, inner)) {
        /* 鞍钢莆田100万吨冷轧项目, 福建自贸试验区厦门片区: the firm's project,
         * the park's area, in that place */
        fact(c, outer->entity, CNKG_LOCATED_IN, inner->entity);
        named_add(c->named, outer->entity, inner->entity);
    }
}

/* A name inside a name: the park a thing is named by, a firm's project,
 * the sector of a trade body, of a plan or of a firm. */
static void structure_name_in_name(sentence_ctx *c, const slot *outer, const slot *inner)
{
    int head = inner->begin == outer->begin;
    cnkg_class oc = outer->cls, ic = inner->cls;
    if (head && ic == CNKG_INDUSTRIAL_PARK && oc != CNKG_INDUSTRY) {
        fact(c, outer->entity, CNKG_LOCATED_IN, inner->entity);
    } else if (head && ic == CNKG_COMPANY && oc == CNKG_PROJECT && firm_stands_alone(c, inner)) {
        fact(c, inner->entity, CNKG_OPERATES, outer->entity);
    } else if (ic == CNKG_INDUSTRY && oc == CNKG_ORGANIZATION &&
               lexicon_is_trade_body(c->lx, c->t->cps, inner->begin, inner->end, outer->end)) {
        /* 山东省医药行业协会, 中国太阳能热利用产业协会: a trade's own body */
        fact(c, outer->entity, CNKG_IN_INDUSTRY, inner->entity);
    } else if (ic == CNKG_INDUSTRY && oc == CNKG_PROGRAM && inner->end < outer->end &&
               text_match_list(c->t->cps, outer->end, inner->end, &c->lx->suffix[CNKG_INDUSTRY])) {
        /* 橡胶|行业“十二五”发展规划, 轮胎|产业政策: a plan for a sector */
        fact(c, outer->entity, CNKG_DEVELOPS_INDUSTRY, inner->entity);
    } else if (ic == CNKG_INDUSTRY && oc == CNKG_COMPANY && !head &&
               inner->end - inner->begin >= 2 && inner->end < outer->end &&
               !ends_inner_company(c, outer, inner)) {
        /* 阜宁|稀土|实业有限公司: a firm's name says its sector, after the
         * firm's own word. Not one character (中|铝), nor a sector that ends
         * a firm's name (长安汽车, 青岛啤酒|揭阳公司: a brand more than a
         * trade), nor a name that is a sector and a suffix (LED工业) */
        fact(c, outer->entity, CNKG_IN_INDUSTRY, inner->entity);
    }
}

static void structure_pair(sentence_ctx *c, const slot *outer, const slot *inner)
{
    if (inner->cls == CNKG_ADMINISTRATIVE_DIVISION)
        structure_division_in_name(c, outer, inner);
    else
        structure_name_in_name(c, outer, inner);
}

/* Company then industry inside one name (比亚迪|动力电池|基地) */
static void structure_company_industry(sentence_ctx *c, const slot *outer)
{
    for (size_t i = 0; i < c->n; i++) {
        const slot *co = &c->slots[i];
        if (co->cls != CNKG_COMPANY || co->begin < outer->begin || co->end > outer->end)
            continue;
        for (size_t k = 0; k < c->n; k++) {
            const slot *in = &c->slots[k];
            if (in->cls == CNKG_INDUSTRY && in->begin == co->end && in->end <= outer->end)
                fact(c, co->entity, CNKG_IN_INDUSTRY, in->entity);
        }
    }
}

/* Is [p, end) nothing but project words (生产线, 生产线|项目)? */
static int project_words(const sentence_ctx *c, size_t p, size_t end)
{
    while (p < end) {
        size_t len = text_match_list(c->t->cps, end, p, &c->lx->suffix[CNKG_PROJECT]);
        if (!len)
            return 0;
        p += len;
    }
    return 1;
}

/* Do project words end the name right after the product, with at most a
 * verb of making (风电主机|制造|基地) or a second thing made (变频电机|及控制
 * 系统|项目) before them? Not where the product is what the plant makes
 * something of (煤经甲醇|制烯烃项目) or what a campaign spreads (节能灯|推广
 * 项目). */
static int names_its_product(const sentence_ctx *c, const slot *project, const slot *product)
{
    enum { MAX_SECOND = 6 };
    size_t p = product->end, end = project->end;
    if (p == end)
        return 1; /* 华峰己二酸等项目: the list's word is the project's */
    size_t verb = text_match_list(c->t->cps, end, p, &c->lx->cue[CNKG_PRODUCES]);
    if (project_words(c, p, end) || (verb && p + verb < end && project_words(c, p + verb, end)))
        return 1;
    size_t conj = text_match_list(c->t->cps, end, p, &c->lx->conjunction);
    for (size_t q = p + conj + 1; conj && q < end && q <= p + conj + MAX_SECOND; q++)
        if (text_match_list_ending(c->t->cps, q, &c->lx->suffix[CNKG_PRODUCT]) &&
            project_words(c, q, end))
            return 1;
    return 0;
}

/* 年产500万台洗衣机技改项目, 风电主机制造基地: a project named by a product
 * makes it. Only the longest product in the name (滚筒洗衣机, not its
 * 洗衣机). */
static void structure_project_product(sentence_ctx *c, const slot *project)
{
    for (size_t k = 0; k < c->n; k++) {
        const slot *in = &c->slots[k];
        if (in->cls != CNKG_PRODUCT || in->begin < project->begin || in->end > project->end ||
            in->end - in->begin >= project->end - project->begin ||
            !names_its_product(c, project, in))
            continue;
        int longest = 1;
        for (size_t j = 0; j < c->n && longest; j++) {
            const slot *o = &c->slots[j];
            longest = !(j != k && o->cls == CNKG_PRODUCT && o->begin <= in->begin &&
                        in->end <= o->end && o->end - o->begin > in->end - in->begin &&
                        o->end - o->begin < project->end - project->begin);
        }
        if (longest)
            fact(c, project->entity, CNKG_PRODUCES, in->entity);
    }
}

/* LED封装项目, LED工业项目, 半导体照明光源产业化项目: a project whose name
 * opens with a sector and ends in project words, a word of industry
 * between at most (kg:projectSectorWord: 工业, 产业化), works in the
 * sector. Only the longest sector the name opens with. */
static void structure_project_industry(sentence_ctx *c, const slot *project)
{
    const slot *best = NULL;
    for (size_t k = 0; k < c->n; k++) {
        const slot *in = &c->slots[k];
        if (in->cls != CNKG_INDUSTRY || in->begin != project->begin || in->end >= project->end ||
            (best && best->end >= in->end))
            continue;
        size_t p = in->end,
               len = text_match_list(c->t->cps, project->end, p, &c->lx->project_sector_word);
        if (len && p + len < project->end && project_words(c, p + len, project->end))
            best = in;
    }
    if (best)
        fact(c, project->entity, CNKG_IN_INDUSTRY, best->entity);
}

static int is_ancestor(const lexicon *lx, const cnkg_entity *child, const cnkg_entity *anc);

/* May child lie in parent? Yes when the gazetteer says so or knows
 * neither's place (a town it does not list); no when it gives child
 * another parent. */
static int within_known(const lexicon *lx, const cnkg_entity *child, const cnkg_entity *parent)
{
    if (!child->broader || !parent->iri)
        return 1;
    return is_ancestor(lx, child, parent);
}

static void structure(sentence_ctx *c)
{
    for (size_t i = 0; i < c->n; i++) {
        const slot *o = &c->slots[i];
        for (size_t k = 0; k < c->n; k++) {
            const slot *in = &c->slots[k];
            if (k != i && o->begin <= in->begin && in->end <= o->end &&
                in->end - in->begin < o->end - o->begin)
                structure_pair(c, o, in);
            /* one span, a company and its project (万华化学等项目); not a
             * name that ends in a project's word itself (天津工厂, LED植物
             * 工厂): that is one thing read in two classes; nor a firm
             * neither known nor named with a firm's word (新能源、新医药
             * 等项目: sectors) */
            if (k != i && o->begin == in->begin && o->end == in->end && o->cls == CNKG_PROJECT &&
                in->cls == CNKG_COMPANY &&
                !text_match_list_ending(c->t->cps, o->end, &c->lx->suffix[CNKG_PROJECT]) &&
                firm_named_as_such(c, in))
                fact(c, in->entity, CNKG_OPERATES, o->entity);
        }
        if (!o->inner)
            structure_company_industry(c, o);
        if (o->cls == CNKG_PROJECT) {
            structure_project_product(c, o);
            structure_project_industry(c, o);
        }
        /* 长沙|工程机械|产业集群: a place's cluster of a sector */
        for (size_t k = 0; k < c->n; k++) {
            const slot *in = &c->slots[k];
            if (in->begin == o->end && !o->inner && !in->inner &&
                (BIT(o->cls) & (PLACE | BIT(CNKG_INDUSTRIAL_PARK))) && in->cls == CNKG_INDUSTRY &&
                text_match_list(c->t->cps, c->span.end, in->end, &c->lx->cluster_word))
                fact(c, o->entity, CNKG_DEVELOPS_INDUSTRY, in->entity);
        }
        /* 璧山区|比亚迪动力电池基地, 巴南区|麻柳嘴镇: a division right before */
        for (size_t k = 0; k < c->n; k++) {
            const slot *next = &c->slots[k];
            if (next->begin != o->end || !(BIT(o->cls) & PLACE))
                continue;
            if (next->cls == CNKG_ADMINISTRATIVE_DIVISION &&
                !within_known(c->lx, &c->a->entities[next->entity], &c->a->entities[o->entity]))
                continue; /* 宁波|舟山港: two cities side by side, not one in the other */
            if (next->cls == CNKG_ADMINISTRATIVE_DIVISION || next->cls == CNKG_PROJECT ||
                next->cls == CNKG_INDUSTRIAL_PARK || next->cls == CNKG_GOVERNMENT_AGENCY)
                fact(c, next->entity, CNKG_LOCATED_IN, o->entity);
        }
    }
}

/* --- cue rules ----------------------------------------------------------- */

/* Who may be a rule's subject and object is the relation's rdfs:domain and
 * rdfs:range in cnkg.ttl, asked of the ontology when the rule runs. A rule
 * names classes only for what the ontology cannot say: to narrow its
 * domain (produces splits into makers and places, as a place makes things
 * only where no maker is named), and to let a class outside the domain
 * hold the subject's place (东部地区 … 发展: the clause's subject is a
 * Region, which develops no industry in cnkg.ttl, so the clause states
 * nothing, rather than a fact about a division further back; the final
 * check, relations_check, drops the Region's own fact). */

typedef struct cue_rule {
    cnkg_relation rel;     /* whose kg:cue words trigger it */
    unsigned subjects;     /* the part of the domain that may be the subject; 0: all of it */
    unsigned stand_in;     /* classes outside the domain that take the subject's place */
    unsigned objects;      /* filled when the rule runs: the relation's range */
    int first_object_only; /* 被认定为 X: one designation; 联合A、B: one list of partners */
    int clause_only;       /* objects end with the clause */
    int objects_anywhere;  /* 问世: the objects may stand before the cue; 2: and only
                            * where no subject of the rule before has one */
    unsigned rivals;       /* classes that, as the nearer subject, take the cue
                            * from the rule (合肥聚焦…: a place develops, no firm
                            * works in) */
    int near;              /* the subject opens the cue's clause or the one
                            * before (a firm's trade is said of it at once);
                            * 2: or a clause no name opens after it reaches
                            * the cue's */
} cue_rule;

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

/* A break that ends a clause: any but 、, which joins a list inside one. */
static int ends_clause(uint32_t cp)
{
    return text_is_clause_break(cp) && cp != 0x3001; /* 、 */
}

/* How many clauses end in [from, to). */
static size_t clauses_between(const text_view *t, size_t from, size_t to)
{
    size_t n = 0;
    for (size_t p = from; p < to; p++)
        n += ends_clause(t->cps[p]);
    return n;
}

/* Where the clause that reaches pos ends, within the sentence. */
static size_t clause_end(const sentence_ctx *c, size_t pos)
{
    while (pos < c->span.end && !ends_clause(c->t->cps[pos]))
        pos++;
    return pos;
}

/* The subject opens the clause that reaches pos, or the clause before it:
 * what is said of a subject at once (a firm's trade, a place's sectors). */
static int subject_near(const sentence_ctx *c, const slot *subj, size_t pos)
{
    return subj->clause_initial && clauses_between(c->t, subj->end, pos) <= 1;
}

static int counts_one(const uint32_t *cps, size_t from, size_t to);
static size_t industry_run_end(const sentence_ctx *c, size_t i);
static int sector_worded(const sentence_ctx *c, const slot *industry);
static size_t firm_word_after(const sentence_ctx *c, size_t pos);

/* 在鄂尔多斯，28家现代煤化工企业…: a sector that opens its clause after a
 * count of more than one firm (numerals and kg:measureWord) and before a
 * word for firms names the firms the clause is about, no new subject: they
 * are the firms of the place the sentence is about. */
static int counted_firms(const sentence_ctx *c, const slot *s)
{
    const uint32_t *cps = c->t->cps;
    if (s->inner || s->cls != CNKG_INDUSTRY)
        return 0;
    size_t cs = clause_start(c->t, c->span, s->begin), p = cs;
    while (p < s->begin && text_is_numeral(cps[p]))
        p++;
    return p > cs && !counts_one(cps, cs, p) &&
           text_list_holds(&c->lx->measure, cps, p, s->begin) && firm_word_after(c, s->end);
}

/* The subject opens a clause and no name opens one after it before pos,
 * but an object in the cue's own clause: the clauses between go on about
 * it (该工厂…，位于…，占地…，主要生产X; A基地开足马力，多条X生产线…;
 * 在某市，28家X企业…，生产Y: the place's firms, counted_firms). */
static int subject_chained(const sentence_ctx *c, const slot *subj, size_t pos, unsigned objects)
{
    if (!subj->clause_initial)
        return 0;
    size_t cs = clause_start(c->t, c->span, pos);
    for (size_t i = 0; i < c->n; i++) {
        const slot *s = &c->slots[i];
        if (!s->inner && s->clause_initial && !((BIT(s->cls) & objects) && s->begin >= cs) &&
            !counted_firms(c, s) && s->begin >= subj->end && s->end <= pos &&
            clauses_between(c->t, subj->end, s->begin))
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
static int joined(const sentence_ctx *c, const slot *a, const slot *b)
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
static int after_origin_cue(const sentence_ctx *c, const slot *s)
{
    return text_match_list_ending(c->t->cps, s->begin, &c->lx->cue[CNKG_ORIGIN_FROM]) > 0 ||
           text_match_list_ending(c->t->cps, s->begin, &c->lx->partner_word) > 0;
}

static int after_weak_locative(const sentence_ctx *c, const slot *s)
{
    return text_match_list_ending(c->t->cps, s->begin, &c->lx->weak_locative) > 0;
}

static size_t find_subject(sentence_ctx *c, unsigned mask, size_t before)
{
    size_t nearest = (size_t)-1;
    for (size_t i = c->n; i-- > 0;) {
        const slot *s = &c->slots[i];
        if (s->inner || s->end > before || !(BIT(s->cls) & mask) || after_origin_cue(c, s))
            continue;
        if (s->clause_initial)
            return i;
        if (nearest == (size_t)-1)
            nearest = i;
    }
    return nearest;
}

/* The slot after s that is no part of a longer one: the next name read. */
static const slot *slot_next_outer(const sentence_ctx *c, const slot *s)
{
    for (size_t k = (size_t)(s - c->slots) + 1; k < c->n; k++)
        if (!c->slots[k].inner)
            return &c->slots[k];
    return NULL;
}

static int inside_slot(const sentence_ctx *c, size_t p)
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
    for (size_t p = from; p < c->span.end && !ends_clause(c->t->cps[p]); p++)
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
                !inside_slot(c, p)) {
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
        fact(c, c->slots[subj].entity, rel, o->entity);
        /* 被列为A和B, 联合A、B: one object, or the list it heads */
        const slot *next = slot_next_outer(c, o);
        if (r->first_object_only && !(next && (BIT(next->cls) & r->objects) && joined(c, o, next)))
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
            !joined(c, &c->slots[i], next))
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
        if (!prev || prev->cls != c->slots[subj].cls || !joined(c, prev, &c->slots[i]))
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
    size_t cs = clause_start(c->t, c->span, cue);
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
        return after_weak_locative(c, subj) && !clauses_between(c->t, subj->end, p);
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
        if (!(BIT(s->cls) & ACTOR) || !joined(c, &c->slots[last], s))
            return; /* another name stands between the list and the cue */
        last = k;
    }
    if (last == subj || cue - c->slots[last].end > MAX_GAP ||
        clauses_between(c->t, c->slots[last].end, cue))
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
                fact(c, c->slots[members[i]].entity, CNKG_COLLABORATES_WITH,
                     c->slots[members[j]].entity);
}

static void cue_rule_apply(sentence_ctx *c, const cue_rule *rule)
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
            find_subject(c, BIT(CNKG_PROJECT) | BIT(CNKG_COMPANY), p + len) != (size_t)-1) {
            p += len - 1;
            continue;
        }
        size_t subj = find_subject(c, r->subjects | r->rivals, p);
        if (subj != (size_t)-1 &&
            (!(BIT(c->slots[subj].cls) & r->subjects) ||
             (r->near == 1 && !subject_near(c, &c->slots[subj], p)) ||
             (r->near == 2 && !subject_chained(c, &c->slots[subj], p, r->objects))))
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
static void bought_firms(sentence_ctx *c)
{
    enum { MAX_GAP = 1 };
    for (size_t p = c->span.begin; p < c->span.end; p++) {
        size_t len = text_match_list(c->t->cps, c->span.end, p, &c->lx->purchase_cue);
        if (!len || inside_slot(c, p) || modifies_noun(c, p + len) ||
            text_match_list_ending(c->t->cps, p, &c->lx->demonstrative))
            continue;
        const slot *bought = NULL;
        for (size_t i = 0; i < c->n && !bought; i++)
            if (!c->slots[i].inner && c->slots[i].begin >= p + len &&
                c->slots[i].begin <= p + len + MAX_GAP && c->slots[i].cls == CNKG_COMPANY)
                bought = &c->slots[i];
        size_t subj = bought ? find_subject(c, BIT(CNKG_COMPANY) | GOVERNING, p) : (size_t)-1;
        if (subj != (size_t)-1 && c->slots[subj].cls != CNKG_COMPANY)
            continue; /* 商务部…批准…收购…公司, 欧盟…: a body that rules on the deal */
        if (subj != (size_t)-1 && c->slots[subj].entity != bought->entity &&
            !clauses_between(c->t, c->slots[subj].end, p))
            fact(c, c->slots[subj].entity, CNKG_COLLABORATES_WITH, bought->entity);
        p += len - 1;
    }
}

/* 安徽皖北阜阳, 大凉山里的昭觉县, 深圳地价最高的南山区: a division, a few
 * words that name nothing, then in the same clause a division the gazetteer
 * puts in it: the writer names the finer place by its parent first. (Side
 * by side, 重庆璧山区, structure() has it.) */
static void parent_named_first(sentence_ctx *c)
{
    enum { MAX_GAP = 6 };
    for (size_t i = 0; i < c->n; i++) {
        const slot *parent = &c->slots[i];
        if (parent->inner || parent->cls != CNKG_ADMINISTRATIVE_DIVISION)
            continue;
        const slot *next = slot_next_outer(c, parent);
        if (!next || next->cls != CNKG_ADMINISTRATIVE_DIVISION || next->begin <= parent->end ||
            next->begin - parent->end > MAX_GAP)
            continue;
        int broken = 0;
        for (size_t p = parent->end; p < next->begin; p++)
            broken |= text_is_clause_break(c->t->cps[p]) || list_mark(c->t->cps[p]);
        const cnkg_entity *up = &c->a->entities[parent->entity];
        if (broken || !is_ancestor(c->lx, &c->a->entities[next->entity], up))
            continue;
        fact(c, next->entity, CNKG_LOCATED_IN, parent->entity);
        /* 辽宁的锦州、营口、丹东: the rest of the list the gazetteer puts there too */
        for (const slot *s = slot_next_outer(c, next);
             s && s->cls == CNKG_ADMINISTRATIVE_DIVISION && joined(c, next, s) &&
             is_ancestor(c->lx, &c->a->entities[s->entity], up);
             s = slot_next_outer(c, next)) {
            fact(c, s->entity, CNKG_LOCATED_IN, parent->entity);
            next = s;
        }
    }
}

/* 在杭州，…。…位于余杭区的…: a division the gazetteer puts inside the
 * division the discourse is about (update_topic) is named as a part of it.
 * Not inside the paper's home: a local paper names its own districts
 * without placing them (the seed page, 巴南区 in 重庆日报). */
static void divisions_in_topic(sentence_ctx *c)
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
            is_ancestor(c->lx, &c->a->entities[s->entity], parent))
            fact(c, s->entity, CNKG_LOCATED_IN, topic);
    }
}

/* --- located and origin cues -------------------------------------------- */

static const slot *slot_after(sentence_ctx *c, size_t pos, unsigned mask, size_t max_gap)
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
            fact(c, s->entity, CNKG_LOCATED_IN, place->entity);
    }
}

/* The last of the places that follow one another from first on (重庆|璧山区,
 * 津南区|八里台工业区): a place named by its parents first. */
static const slot *place_chain_last(sentence_ctx *c, const slot *first, unsigned where)
{
    const slot *last = first;
    for (const slot *next; (next = slot_after(c, last->end, where, 0));)
        last = next;
    return last;
}

/* thing stands in every place of the chain from first to last, and in
 * the divisions that open a park's name there (位于津南区|八里台工业区); the
 * places of a chain the text names side by side are all kept. */
static void located_in_chain(sentence_ctx *c, const slot *thing, const slot *first,
                             const slot *last, unsigned where)
{
    for (const slot *pl = first; pl; pl = pl == last ? NULL : slot_after(c, pl->end, where, 0)) {
        if (thing->entity != pl->entity) {
            fact(c, thing->entity, CNKG_LOCATED_IN, pl->entity);
            if (first != last) /* 落户广东|揭阳: both stated, both kept */
                named_add(c->named, thing->entity, pl->entity);
        }
        for (size_t i = 0; pl->cls == CNKG_INDUSTRIAL_PARK && i < c->n; i++) {
            const slot *in = &c->slots[i];
            if (in->inner && in->begin == pl->begin && in->end < pl->end &&
                in->cls == CNKG_ADMINISTRATIVE_DIVISION && in->entity != thing->entity)
                fact(c, thing->entity, CNKG_LOCATED_IN, in->entity);
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
            if (s->cls != thing->cls || s->end > cue || !joined(c, a, b) ||
                clauses_between(c->t, a->end, b->begin))
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
        const slot *event = slot_after(c, from, BIT(CNKG_EVENT), 0);
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
    if (clause_start(c->t, c->span, at) != at || de >= c->span.end ||
        c->t->cps[de] != 0x7684) /* 的 */
        return;
    while (de + 1 < c->span.end && text_is_skipped(c->t->cps[de + 1]))
        de++; /* 的“…” */
    const slot *thing = slot_after(c, de + 1, what, 0);
    if (thing && thing->entity != place->entity)
        fact(c, thing->entity, CNKG_LOCATED_IN, place->entity);
}

/* 位于X的Y, 位于X内的Y, Y位于X, Y落户X, 来X落户的Y */
static void located_cues(sentence_ctx *c)
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
        const slot *place = slot_after(c, p + len, where, 0);
        size_t home = place ? 0 : text_match_list(t->cps, c->span.end, p + len, &c->lx->home_word);
        if (home) /* 位于本市津南区: on a page with no home division 本市 is no name */
            place = slot_after(c, p + len + home, where, 0);
        const slot *last = place ? place_chain_last(c, place, where) : NULL;
        if (place && text_match_list(t->cps, c->span.end, p, &c->lx->weak_locative) == len) {
            /* 在 says where only when building follows: 在宜宾建有…,
             * 在高新区投资兴建了…有限公司 */
            opened_at(c, p, last);
            held_at(c, p, place, last, where);
            visited_at(c, p, last, what);
            size_t b = text_match_list(t->cps, c->span.end, last->end, &c->lx->build_word);
            const slot *built =
                b ? slot_after(c, last->end + b, BIT(CNKG_PROJECT) | BIT(CNKG_COMPANY), 8) : NULL;
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
                thing = slot_after(c, de + 1, what, 0);
            for (size_t i = 0; i < c->n && !thing; i++) /* X项目落户Y: the name right before */
                if (!c->slots[i].inner && c->slots[i].end == p && (BIT(c->slots[i].cls) & what))
                    thing = &c->slots[i];
            if (!thing) {
                size_t s = find_subject(c, what, p);
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
                    const slot *thing = slot_after(c, p + len + 1, what, 0);
                    if (thing)
                        fact(c, thing->entity, CNKG_LOCATED_IN, pl->entity);
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
    while (de < c->span.end && !ends_clause(c->t->cps[de]) && c->t->cps[de] != 0x7684) /* 的 */
        de++;
    if (de < c->span.end && c->t->cps[de] == 0x7684 && de - last->end <= MAX_GAP)
        return slot_after(c, de + 1, what, MAX_GAP);
    size_t s = find_subject(c, what, cue);
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
static void routes_through(sentence_ctx *c)
{
    unsigned where = PLACE | BIT(CNKG_INDUSTRIAL_PARK);
    for (size_t p = c->span.begin; p < c->span.end; p++) {
        size_t len = text_match_list(c->t->cps, c->span.end, p, &c->lx->passing_word);
        const slot *first = len ? slot_after(c, p + len, where, 0) : NULL;
        if (!first) {
            p += len ? len - 1 : 0;
            continue;
        }
        const slot *last = first;
        for (const slot *next; (next = slot_next_outer(c, last)) && (BIT(next->cls) & where) &&
                               joined(c, last, next);)
            last = next;
        const slot *route = places_end_at(c, last->end) ? route_of(c, p, last) : NULL;
        for (const slot *pl = first; route && pl; pl = pl == last ? NULL : slot_next_outer(c, pl))
            if (!pl->inner && pl->entity != route->entity) {
                fact(c, route->entity, CNKG_LOCATED_IN, pl->entity);
                named_add(c->named, route->entity, pl->entity);
            }
        p += len - 1;
    }
}

/* 来自X的Y, 从X引进的Y */
static void origin_cues(sentence_ctx *c)
{
    const text_view *t = c->t;
    unsigned what = BIT(CNKG_COMPANY) | BIT(CNKG_PROJECT) | BIT(CNKG_PRODUCT);
    for (size_t p = c->span.begin; p < c->span.end; p++) {
        size_t len = text_match_list(t->cps, c->span.end, p, &c->lx->cue[CNKG_ORIGIN_FROM]);
        if (!len)
            continue;
        const slot *place = slot_after(c, p + len, PLACE, 0);
        for (const slot *next; place && (next = slot_after(c, place->end, PLACE, 0));)
            place = next; /* 来自广东东莞: the nearer name is the finer place */
        if (place) {
            const slot *thing = slot_after(c, place->end, what, 6);
            if (thing && clause_start(t, c->span, thing->begin) <= place->begin)
                fact(c, thing->entity, CNKG_ORIGIN_FROM, place->entity);
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
static void location_topic(sentence_ctx *c)
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
                  first->begin - 1 == clause_start(c->t, c->span, first->begin - 1) &&
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
            fact(c, s->entity, CNKG_LOCATED_IN, first->entity);
        /* 在鄂尔多斯，28家现代煤化工企业…: the place's firms of a sector,
         * counted in the clause after it */
        if (set_off && counted_firms(c, s) && clauses_between(c->t, first->end, s->begin) == 1)
            fact(c, first->entity, CNKG_DEVELOPS_INDUSTRY, s->entity);
        /* 在景德镇，传统的陶瓷行业…, 在阜阳，新能源和节能环保产业…: sectors
         * named as such (sector_worded) opening the clause after the place
         * are the place's */
        if (set_off && !s->inner && s->cls == CNKG_INDUSTRY && s->clause_initial &&
            clauses_between(c->t, first->end, s->begin) == 1) {
            size_t last = industry_run_end(c, i);
            for (size_t k = i; sector_worded(c, &c->slots[last]) && k <= last; k++)
                if (!c->slots[k].inner)
                    fact(c, first->entity, CNKG_DEVELOPS_INDUSTRY, c->slots[k].entity);
        }
        /* 在宁晋县，…电线电缆产业集群坐落于此: a cluster of the place */
        if (set_off && !s->inner && s->cls == CNKG_INDUSTRY &&
            text_match_list(c->t->cps, c->span.end, s->end, &c->lx->cluster_word))
            fact(c, first->entity, CNKG_DEVELOPS_INDUSTRY, s->entity);
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
static void divisions_before_name(sentence_ctx *c)
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
        const slot *last = place_chain_last(c, first, div);
        const slot *thing = slot_after(c, last->end, what, 0);
        if (thing && !flows_through(c, thing))
            located_in_chain(c, thing, first, last, div);
    }
}

static int has_head_company(const sentence_ctx *c, const slot *project)
{
    for (size_t i = 0; i < c->n; i++)
        if (c->slots[i].inner && c->slots[i].cls == CNKG_COMPANY &&
            c->slots[i].begin == project->begin)
            return 1;
    return 0;
}

/* 江西光速电子正加紧安装设备，加快高精密度线路板项目投产; 宁德时代在宜宾建有
 * 动力电池生产基地: a company that opens a clause operates the projects that
 * follow it in the sentence, unless a project names its own company. */
static void company_projects(sentence_ctx *c)
{
    size_t company = (size_t)-1, partner = (size_t)-1;
    for (size_t i = 0; i < c->n; i++) {
        const slot *s = &c->slots[i];
        if (s->inner)
            continue;
        if (s->cls == CNKG_COMPANY) {
            /* TCL与宏齐科技共同建设…项目: a partner joined by 与 builds too */
            size_t w = company == (size_t)-1
                           ? 0
                           : text_match_list(c->t->cps, s->begin, c->slots[company].end,
                                             &c->lx->partner_word);
            if (w && c->slots[company].end + w == s->begin && partner == (size_t)-1) {
                partner = i;
                continue;
            }
            company = s->clause_initial ? i : (size_t)-1;
            partner = (size_t)-1;
        } else if (s->cls == CNKG_PROJECT && company != (size_t)-1 && !has_head_company(c, s) &&
                   s->begin > c->slots[company].end + 1) {
            fact(c, c->slots[company].entity, CNKG_OPERATES, s->entity);
            if (partner != (size_t)-1 && s->begin > c->slots[partner].end + 1)
                fact(c, c->slots[partner].entity, CNKG_OPERATES, s->entity);
        }
    }
}

/* Where the kg:operates cue (投资建设, 出资, 承建; not the bare 的 of
 * X公司的Y项目) that comes first in [from, to) outside any name begins, or -1. */
static size_t operates_cue(const sentence_ctx *c, size_t from, size_t to)
{
    for (size_t p = from; p < to; p++)
        if (text_match_list(c->t->cps, c->span.end, p, &c->lx->cue[CNKG_OPERATES]) >= 2 &&
            !inside_slot(c, p))
            return p;
    return (size_t)-1;
}

/* 该项目由奇瑞公司独资建设, 项目由A与位于X的B共同出资成立, 由A和B共同投资建设的
 * C项目: the firms after 由 (the agent of a passive), up to a verb of
 * building or funding, operate the project before 由 or after the 的. */
static void funded_projects(sentence_ctx *c)
{
    enum { MAX_AGENT = 40, MAX_TAIL = 12 };
    for (size_t i = 0; i < c->n; i++) {
        const slot *first = &c->slots[i];
        if (first->inner || first->cls != CNKG_COMPANY || first->begin <= c->span.begin ||
            !text_has_at(c->t->cps, c->span.end, first->begin - 1, "由"))
            continue;
        size_t by = first->begin - 1, limit = first->begin;
        while (limit < c->span.end && limit - by < MAX_AGENT &&
               !text_is_clause_break(c->t->cps[limit]))
            limit++;
        size_t cue = operates_cue(c, first->end, limit);
        if (cue == (size_t)-1)
            continue;
        size_t cue_end =
            cue + text_match_list(c->t->cps, c->span.end, cue, &c->lx->cue[CNKG_OPERATES]);
        const slot *project = NULL;
        size_t at = by; /* 项目由…, 项目是由… */
        at -= text_match_list_ending(c->t->cps, at, &c->lx->copula);
        for (size_t k = 0; k < c->n && !project; k++)
            if (!c->slots[k].inner && c->slots[k].end == at && c->slots[k].cls == CNKG_PROJECT)
                project = &c->slots[k];
        for (size_t p = cue_end; !project && p < limit && p < cue_end + MAX_TAIL; p++)
            if (text_has_at(c->t->cps, c->span.end, p, "的")) /* 由…投资建设的C项目 */
                project = slot_after(c, p + 1, BIT(CNKG_PROJECT), 0);
        for (size_t k = i; project && k < c->n && c->slots[k].end <= cue; k++)
            if (!c->slots[k].inner && c->slots[k].cls == CNKG_COMPANY)
                fact(c, c->slots[k].entity, CNKG_OPERATES, project->entity);
    }
}

/* 合肥通过投资引育晶合集成、蔚来汽车等龙头企业: firms a place attracts or
 * grows (kg:attractWord) settle there. */
static void attracted_firms(sentence_ctx *c)
{
    for (size_t p = c->span.begin; p < c->span.end; p++) {
        size_t len = text_match_list(c->t->cps, c->span.end, p, &c->lx->attract_word);
        if (!len || inside_slot(c, p))
            continue;
        size_t subj =
            find_subject(c, BIT(CNKG_ADMINISTRATIVE_DIVISION) | BIT(CNKG_INDUSTRIAL_PARK), p);
        if (subj == (size_t)-1 || after_origin_cue(c, &c->slots[subj]) ||
            c->slots[subj].begin < clause_start(c->t, c->span, p)) {
            p += len - 1;
            continue;
        }
        size_t end = p + len;
        while (end < c->span.end && !text_is_clause_break(c->t->cps[end]))
            end++;
        for (size_t i = 0; i < c->n; i++) {
            const slot *o = &c->slots[i];
            if (!o->inner && o->cls == CNKG_COMPANY && o->begin >= p + len && o->end <= end)
                fact(c, o->entity, CNKG_LOCATED_IN, c->slots[subj].entity);
        }
        p += len - 1;
    }
}

/* 荣昌通过建设陶文化创意产业园: a park a division builds lies in it. */
static void built_parks(sentence_ctx *c)
{
    for (size_t p = c->span.begin; p < c->span.end; p++) {
        size_t len = text_match_list(c->t->cps, c->span.end, p, &c->lx->build_word);
        if (!len)
            continue;
        const slot *park = slot_after(c, p + len, BIT(CNKG_INDUSTRIAL_PARK), 0);
        size_t subj = find_subject(c, BIT(CNKG_ADMINISTRATIVE_DIVISION), p);
        if (park && subj != (size_t)-1)
            fact(c, park->entity, CNKG_LOCATED_IN, c->slots[subj].entity);
        p += len - 1;
    }
}

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
    size_t cs = clause_start(c->t, c->span, person->begin);
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
            fact(c, person->entity, CNKG_AFFILIATED_WITH, body->entity);
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
        fact(c, person->entity, CNKG_AFFILIATED_WITH, found);
}

/* 贵州数联云科技有限公司董事长罗建平, 公司行政总裁黄卓贤: a person after a
 * body and a title works for it; so does the next of a list of titled
 * people (格力电器董事长朱江洪、总裁董明珠). */
static void titled_people(sentence_ctx *c)
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
            fact(c, person->entity, CNKG_AFFILIATED_WITH, opening->entity);
            body = NULL;
            last_end = person->end;
            continue;
        }
        if (!own && body && at > last_end && at - last_end <= 3 &&
            c->t->cps[last_end] == 0x3001 /* 、 */)
            own = body; /* 、 and up to two characters of rank (高级) */
        if (own)
            fact(c, person->entity, CNKG_AFFILIATED_WITH, own->entity);
        else
            government_head(c, person, end);
        body = own;
        last_end = person->end;
    }
}

/* Whether a word for a firm (kg:genericTerm of kg:Company, 企业) stands
 * right before the firm's name, punctuation and a word of members (厂商|有|
 * A, when members is not NULL) aside; *before is where that word begins,
 * where what describes the firm ends. */
static int firm_described_at(const sentence_ctx *c, const slot *firm, const word_list *members,
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
static void place_described_firms(sentence_ctx *c)
{
    for (size_t i = 0; i < c->n; i++) {
        const slot *firm = &c->slots[i];
        size_t before;
        if (!firm_described_at(c, firm, NULL, &before))
            continue;
        for (size_t k = 0; k < c->n; k++) {
            const slot *place = &c->slots[k];
            if (!place->inner && place->cls == CNKG_ADMINISTRATIVE_DIVISION &&
                place->end <= before && before - place->end <= 2)
                fact(c, firm->entity, CNKG_ORIGIN_FROM, place->entity);
        }
    }
}

/* --- industry topics ------------------------------------------------------- */

static void industry_topic(sentence_ctx *c)
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
            fact(c, c->slots[i].entity, CNKG_IN_INDUSTRY, first->entity);
    if (*c->topic != (size_t)-1)
        fact(c, *c->topic, CNKG_DEVELOPS_INDUSTRY, first->entity);
}

/* Where what a slot is or becomes is said: past a word of becoming
 * (kg:becomeWord: 成为) or, with copula, a copula (kg:copulaWord), after at
 * most max_adverb characters that hold no name (已, 也因此, 建成后将);
 * 0: none follows. */
static size_t description_start(const sentence_ctx *c, const slot *s, size_t max_adverb, int copula)
{
    for (size_t at = s->end; at < c->span.end && at <= s->end + max_adverb; at++) {
        if (!text_is_han(c->t->cps[at]) || inside_slot(c, at))
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
static void described_firms(sentence_ctx *c)
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
                (firm->cls == CNKG_PROJECT && ends_clause(c->t->cps[p])))
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
                fact(c, firm->entity, CNKG_IN_INDUSTRY, o->entity);
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
        if (hub && !inside_slot(c, p) &&
            (after >= c->span.end || !text_is_han(c->t->cps[after]) ||
             text_match_list(c->t->cps, c->span.end, after, &c->lx->boundary)))
            end = p;
    }
    return end;
}

/* 绍兴市是传统的茶叶大市, 合肥已经成为世界上最大的显示屏基地: a place or
 * park that opens a clause, a copula or a word of becoming, and in the same
 * clause a description ending in a word for a hub: the place develops the
 * sectors the description names, as role_clauses has it for 作为…基地，宜昌. */
static void described_places(sentence_ctx *c)
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
                fact(c, place->entity, CNKG_DEVELOPS_INDUSTRY, o->entity);
        }
    }
}

/* 汽车产业是重庆的支柱产业, 食用菌产业是福建古田县的传统产业: a sector that
 * opens a clause, a copula or a word of becoming (an adverb before it), a
 * place right after (the last of a chain named by its parents first), and
 * in the clause 的 and a word for sectors (kg:sectorListWord): the place
 * develops the sector. The training gold has four such clauses, each a
 * developsIndustry of the place. */
static void places_of_described_sectors(sentence_ctx *c)
{
    enum { MAX_DESCRIPTION = 16 };
    for (size_t i = 0; i < c->n; i++) {
        const slot *sector = &c->slots[i];
        if (sector->inner || sector->cls != CNKG_INDUSTRY || !sector->clause_initial)
            continue;
        size_t from = description_start(c, sector, 4, 1); /* 产业|一直|是 */
        const slot *place = from ? slot_after(c, from, PLACE, 0) : NULL;
        if (!place)
            continue;
        place = place_chain_last(c, place, PLACE);
        int of = 0;
        for (size_t p = place->end; p < c->span.end && p < place->end + MAX_DESCRIPTION; p++) {
            if (text_is_clause_break(c->t->cps[p]))
                break;
            if (c->t->cps[p] == 0x7684) /* 的 */
                of = 1;
            else if (of && !inside_slot(c, p) &&
                     text_match_list(c->t->cps, c->span.end, p, &c->lx->sector_list_word)) {
                fact(c, place->entity, CNKG_DEVELOPS_INDUSTRY, sector->entity);
                break;
            }
        }
    }
}

/* 某重工则以桩工机械和小型工程机械为主, 某钢铁公司是一家以钢铁业为主的企业: a firm
 * opening a clause, a few words, then kg:tradeOpen (以) … kg:tradeClose
 * (为主) in the same clause: the sectors between are the firm's trades. */
static void firm_main_trades(sentence_ctx *c)
{
    enum { MAX_LEAD = 5, MAX_TRADES = 30 };
    for (size_t i = 0; i < c->n; i++) {
        const slot *firm = &c->slots[i];
        if (firm->inner || firm->cls != CNKG_COMPANY || !firm->clause_initial)
            continue;
        size_t open = 0, close = 0;
        for (size_t p = firm->end; p < c->span.end && p <= firm->end + MAX_LEAD && !open; p++) {
            if (!text_is_han(c->t->cps[p]) || inside_slot(c, p))
                break;
            size_t len = text_match_list(c->t->cps, c->span.end, p, &c->lx->trade_open);
            open = len ? p + len : 0;
        }
        for (size_t p = open; open && p < c->span.end && p < open + MAX_TRADES && !close; p++) {
            if (text_is_clause_break(c->t->cps[p]))
                break;
            if (!inside_slot(c, p) &&
                text_match_list(c->t->cps, c->span.end, p, &c->lx->trade_close))
                close = p;
        }
        for (size_t k = i + 1; close && k < c->n && c->slots[k].begin < close; k++) {
            const slot *o = &c->slots[k];
            if (o->cls == CNKG_COMPANY && !o->inner)
                break; /* another firm's trades */
            if (o->cls == CNKG_INDUSTRY && !o->inner && o->begin >= open)
                fact(c, firm->entity, CNKG_IN_INDUSTRY, o->entity);
        }
    }
}

/* 中铝公司在稀土领域的实力: a firm 在 a sector's 领域 or 行业 (kg:topicTail)
 * works in it. */
static void sector_of_firm(sentence_ctx *c)
{
    unsigned firms = BIT(CNKG_COMPANY) | BIT(CNKG_ORGANIZATION);
    for (size_t i = 0; i < c->n; i++) {
        const slot *o = &c->slots[i];
        if (o->inner || o->cls != CNKG_INDUSTRY || o->begin == c->span.begin ||
            c->t->cps[o->begin - 1] != 0x5728 /* 在 */ ||
            !text_match_list(c->t->cps, c->span.end, o->end, &c->lx->topic_tail))
            continue;
        size_t subj = find_subject(c, firms, o->begin);
        if (subj != (size_t)-1 && clause_start(c->t, c->span, o->begin) <= c->slots[subj].begin)
            fact(c, c->slots[subj].entity, CNKG_IN_INDUSTRY, o->entity);
    }
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
            !(after ? joined(c, firm, other) : joined(c, other, firm)))
            break;
        fact(c, other->entity, CNKG_IN_INDUSTRY, sector);
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
        if (inside_slot(c, p - 1))
            return NULL;
    }
    return NULL;
}

/* 动力电池龙头企业宁德时代, 显示屏企业京东方, 光纤元件厂商有上诠、华星光等:
 * a sector, a word for a firm (kg:genericTerm of kg:Company), perhaps a
 * word that lists its members (kg:membersWord: 有, 包括), then the firm's
 * name and those listed with it: each firm is in the sector. */
static void sector_described_firms(sentence_ctx *c)
{
    for (size_t i = 0; i < c->n; i++) {
        const slot *firm = &c->slots[i];
        size_t before;
        const slot *sector = firm_described_at(c, firm, &c->lx->members_word, &before)
                                 ? sector_before_firm_word(c, before)
                                 : NULL;
        if (!sector)
            continue;
        fact(c, firm->entity, CNKG_IN_INDUSTRY, sector->entity);
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
        if (!text_is_han(cps[q]) || inside_slot(c, q))
            return 0;
        if (text_match_list(cps, end, q, &c->lx->generic[CNKG_PROJECT]))
            return 1;
    }
    return 0;
}

/* The last industry of the run of joined industries (汽车、家电和电子)
 * that opens at slot i. */
static size_t industry_run_end(const sentence_ctx *c, size_t i)
{
    size_t last = i;
    for (size_t k = i + 1; k < c->n; k++) {
        if (c->slots[k].inner)
            continue;
        if (c->slots[k].cls != CNKG_INDUSTRY || !joined(c, &c->slots[last], &c->slots[k]))
            break;
        last = k;
    }
    return last;
}

/* Where a count that stands right after a list ends (三大, 3个, 万亿级:
 * kg:quantifierWord, or numerals and a kg:measureWord); 0: none does. */
static size_t count_end(const sentence_ctx *c, size_t pos)
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
 * list of sectors closed by 等 or by a count (count_end), and a word for
 * sectors, says what the clause's place develops, whatever the verb. */
static void sector_lists(sentence_ctx *c)
{
    unsigned rivals = ACTOR | BIT(CNKG_PERSON);
    for (size_t i = 0; i < c->n; i++) {
        const slot *first = &c->slots[i];
        if (first->inner || first->cls != CNKG_INDUSTRY)
            continue;
        size_t last = industry_run_end(c, i), members = 0;
        for (size_t k = i; k <= last; k++)
            members += !c->slots[k].inner;
        size_t end = c->slots[last].end, count = count_end(c, end);
        int projects = 0, closed = end < c->span.end && c->t->cps[end] == 0x7B49; /* 等 */
        if (members < 2 ||
            !(closed ? sector_word_after(c, end) || (projects = projects_counted_after(c, end))
                     : count && sector_word_after(c, count - 1))) {
            i = last;
            continue;
        }
        size_t subj = find_subject(c, PLACE | BIT(CNKG_INDUSTRIAL_PARK) | rivals, first->begin);
        size_t who = (size_t)-1;
        if (subj != (size_t)-1 && (BIT(c->slots[subj].cls) & (PLACE | BIT(CNKG_INDUSTRIAL_PARK))) &&
            subject_near(c, &c->slots[subj], first->begin))
            who = c->slots[subj].entity;
        else if (subj == (size_t)-1 && first->clause_initial && *c->topic != (size_t)-1 &&
                 !projects)
            who = *c->topic; /* 如今，A、B等产业集群已经形成: no name before, the topic's */
        for (size_t k = i; who != (size_t)-1 && k <= last; k++)
            if (!c->slots[k].inner)
                fact(c, who, CNKG_DEVELOPS_INDUSTRY, c->slots[k].entity);
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
static int sector_worded(const sentence_ctx *c, const slot *industry)
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
static void place_sectors(sentence_ctx *c)
{
    unsigned places = BIT(CNKG_ADMINISTRATIVE_DIVISION) | BIT(CNKG_INDUSTRIAL_PARK);
    for (size_t i = 0; i < c->n; i++) {
        const slot *first = &c->slots[i];
        if (first->inner || first->cls != CNKG_INDUSTRY)
            continue;
        size_t last = industry_run_end(c, i);
        size_t at = first->begin;
        if (at > c->span.begin && c->t->cps[at - 1] == 0x7684) /* 的 */
            at--;
        const slot *place = NULL;
        for (size_t k = 0; k < i; k++)
            if (!c->slots[k].inner && c->slots[k].end == at && (BIT(c->slots[k].cls) & places))
                place = &c->slots[k];
        if (place && sector_worded(c, &c->slots[last]))
            for (const slot *p = place; p;) {
                for (size_t k = i; k <= last; k++)
                    if (!c->slots[k].inner)
                        fact(c, p->entity, CNKG_DEVELOPS_INDUSTRY, c->slots[k].entity);
                const slot *prev = NULL; /* the places before, 浙江、广东 */
                for (size_t k = 0; k < c->n; k++)
                    if (!c->slots[k].inner && (BIT(c->slots[k].cls) & places) &&
                        joined(c, &c->slots[k], p))
                        prev = &c->slots[k];
                p = prev;
            }
        i = last;
    }
}

/* Is the count [from, to) of firms one (一家, 1家)? One firm of a sector
 * there (记者在某省一家铸造企业采访) says where the firm is, not what the
 * place develops. */
static int counts_one(const uint32_t *cps, size_t from, size_t to)
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
        if (!(text_is_han(cps[p]) || text_is_numeral(cps[p])) || inside_slot(c, p))
            return 0;
    if (from == to || cps[to - 1] == 0x7684 /* 的 */ ||
        text_list_holds(&c->lx->local_scope, cps, from, to))
        return 1;
    size_t p = from;
    while (p < to && text_is_numeral(cps[p]))
        p++;
    return p > from && !counts_one(cps, from, p) && text_list_holds(&c->lx->measure, cps, p, to);
}

/* Where a word for firms (kg:genericTerm of kg:Company: 企业, 龙头企业)
 * begins at most two plain characters (配套, 分离) after pos, not a firm's
 * name suffix (有限公司); 0: none. */
static size_t firm_word_after(const sentence_ctx *c, size_t pos)
{
    enum { MAX_GAP = 2 };
    for (size_t p = pos; p < c->span.end && p <= pos + MAX_GAP; p++) {
        if (!text_is_han(c->t->cps[p]) || inside_slot(c, p))
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
 * word names the sector itself; place_sectors). Not a place after a word of
 * origin or partnership (来自江苏的, 与日本的): there the firms come from it. */
static void place_firm_sectors(sentence_ctx *c)
{
    for (size_t i = 0; i < c->n; i++) {
        const slot *place = &c->slots[i];
        if (place->inner || place->cls != CNKG_ADMINISTRATIVE_DIVISION ||
            after_origin_cue(c, place))
            continue;
        const slot *sector = slot_next_outer(c, place);
        if (!sector || sector->cls != CNKG_INDUSTRY || sector->begin < place->end ||
            !firms_of_place_between(c, place->end, sector->begin) ||
            !firm_word_after(c, sector->end))
            continue;
        fact(c, place->entity, CNKG_DEVELOPS_INDUSTRY, sector->entity);
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
        if (!(BIT(c->slots[k].cls) & PLACE) || !joined(c, &c->slots[prev], &c->slots[k]))
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
static void place_clusters(sentence_ctx *c)
{
    unsigned places = PLACE | BIT(CNKG_INDUSTRIAL_PARK);
    for (size_t i = 0; i < c->n; i++) {
        const slot *first = &c->slots[i];
        if (first->inner || first->cls != CNKG_INDUSTRY)
            continue;
        size_t last = industry_run_end(c, i);
        const slot *end = &c->slots[last];
        size_t subj = find_subject(c, places, first->begin);
        if (text_match_list(c->t->cps, c->span.end, end->end, &c->lx->cluster_word) &&
            subj != (size_t)-1 && c->slots[subj].end < first->begin &&
            (subject_near(c, &c->slots[subj], first->begin) ||
             subject_chained(c, &c->slots[subj], first->begin, BIT(CNKG_INDUSTRY))))
            for (size_t m = subj; m != (size_t)-1; m = place_list_next(c, m, first->begin))
                for (size_t k = i; k <= last; k++)
                    if (!c->slots[k].inner)
                        fact(c, c->slots[m].entity, CNKG_DEVELOPS_INDUSTRY, c->slots[k].entity);
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
static void firms_then_sector(sentence_ctx *c)
{
    enum { MAX_GAP = 8 };
    for (size_t i = 0; i < c->n; i++) {
        const slot *firm = &c->slots[i];
        if (firm->inner || firm->cls != CNKG_COMPANY)
            continue;
        const slot *next = slot_next_outer(c, firm);
        if (!next || next->cls != CNKG_INDUSTRY || next->begin - firm->end > MAX_GAP ||
            clauses_between(c->t, firm->end, next->begin) ||
            !list_closing(c, firm->end, next->begin))
            continue;
        size_t at = next->end;
        at += text_match_list(c->t->cps, c->span.end, at, &c->lx->topic_tail);
        if (!text_match_list(c->t->cps, c->span.end, at, &c->lx->generic[CNKG_COMPANY]))
            continue;
        fact(c, firm->entity, CNKG_IN_INDUSTRY, next->entity);
        listed_firms_in_sector(c, i, 0, next->entity); /* the members before, A、B和C */
    }
}

/* --- role clauses ----------------------------------------------------------- */

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
static void role_clauses(sentence_ctx *c)
{
    const uint32_t *cps = c->t->cps;
    for (size_t p = c->span.begin; p < c->span.end; p++) {
        if (p > c->span.begin && !parts_clauses(c->t, c->span, p - 1))
            continue;
        size_t len = text_match_list(cps, c->span.end, p, &c->lx->role_word);
        if (!len)
            continue;
        size_t from = p + len, to = clause_end(c, from), end;
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
                fact(c, holder->entity, firm ? CNKG_IN_INDUSTRY : CNKG_DEVELOPS_INDUSTRY,
                     o->entity);
            if ((BIT(o->cls) & (PLACE | BIT(CNKG_INDUSTRIAL_PARK))) &&
                text_match_list_ending(desc, o->begin - from, &c->lx->cue[CNKG_LOCATED_IN]) > 1)
                fact(c, holder->entity, CNKG_LOCATED_IN, o->entity);
            if (o->cls == CNKG_PROGRAM && o->end == end)
                fact(c, holder->entity, CNKG_DESIGNATED_AS, o->entity);
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
 * 试点: a programme named right after a count (count_end) that closes a list
 * of divisions or parks, 等 or not, is the title each member holds (names_titles.c,
 * names_counted_titles). Of two divisions in a row (山西省临汾市) the finer is the
 * member; the other says where it lies. */
static void counted_title_holders(sentence_ctx *c)
{
    unsigned holders = BIT(CNKG_ADMINISTRATIVE_DIVISION) | BIT(CNKG_INDUSTRIAL_PARK);
    for (size_t i = 0; i < c->n; i++) {
        const slot *o = &c->slots[i];
        const slot *m = slot_prev_outer(c, i);
        if (o->inner || o->cls != CNKG_PROGRAM || !m || !(BIT(m->cls) & holders))
            continue;
        size_t at = m->end + (c->t->cps[m->end] == 0x7B49); /* 等 */
        if (count_end(c, at) != o->begin)
            continue;
        size_t n = 0;
        const slot *members[32];
        for (const slot *cur = m; cur && n < 32;) {
            members[n++] = cur;
            const slot *first = list_item_first(c, cur);
            const slot *prev = slot_prev_outer(c, (size_t)(first - c->slots));
            cur = prev && (BIT(prev->cls) & holders) && joined(c, prev, first) ? prev : NULL;
        }
        for (size_t k = 0; n > 1 && k < n; k++) /* one place and a count: no list */
            fact(c, members[k]->entity, CNKG_DESIGNATED_AS, o->entity);
    }
}

/* The division a later sentence without one is about. A country ends the
 * topic instead: a sentence opened by 中国, 美国 or 阿联酋 is about a nation's
 * trade, diplomacy or market (两国在能源、贸易等领域合作, 中国涂料市场), and the
 * sectors of the sentences after it are no place's own. */
static void update_topic(sentence_ctx *c)
{
    for (size_t i = 0; i < c->n; i++)
        if (c->slots[i].clause_initial && c->slots[i].cls == CNKG_ADMINISTRATIVE_DIVISION)
            *c->topic = division_code_is_country(c->a->entities[c->slots[i].entity].code)
                            ? (size_t)-1
                            : c->slots[i].entity;
}

/* --- whole article --------------------------------------------------------- */

static int is_ancestor(const lexicon *lx, const cnkg_entity *child, const cnkg_entity *anc)
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
                        is_ancestor(lx, &a->entities[g->object], &a->entities[f->object]);
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
        structure(&c);
        parent_named_first(&c);
        divisions_in_topic(&c);
        located_cues(&c);
        origin_cues(&c);
        routes_through(&c);
        industry_topic(&c);
        location_topic(&c);
        divisions_before_name(&c);
        company_projects(&c);
        funded_projects(&c);
        titled_people(&c);
        place_described_firms(&c);
        sector_described_firms(&c);
        described_firms(&c);
        described_places(&c);
        places_of_described_sectors(&c);
        firm_main_trades(&c);
        sector_of_firm(&c);
        built_parks(&c);
        attracted_firms(&c);
        sector_lists(&c);
        place_sectors(&c);
        place_firm_sectors(&c);
        place_clusters(&c);
        firms_then_sector(&c);
        role_clauses(&c);
        counted_title_holders(&c);
        for (size_t r = 0; r < sizeof cue_rules / sizeof *cue_rules; r++)
            cue_rule_apply(&c, &cue_rules[r]);
        bought_firms(&c);
        update_topic(&c);
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
