/*
 * names_industries.c - industries and sectors: lists of industries
 * (电子信息、汽车摩托车等产业), an industry after modifiers of it, the trades
 * of an industry, and a sector named in the open (…行业) when the text
 * writes it apart elsewhere too.
 */
#include "names_internal.h"

#include <stdlib.h>
#include <string.h>

/* Is the item a known name of another class (荣昌高新区), or does it end
 * like one (…高新区, …研究院)? */
static int names_other_thing(const name_ctx *nc, cnkg_span item)
{
    static const cnkg_class others[] = {
        CNKG_ADMINISTRATIVE_DIVISION, CNKG_INDUSTRIAL_PARK, CNKG_COMPANY, CNKG_ORGANIZATION,
        CNKG_GOVERNMENT_AGENCY,       CNKG_PROJECT,         CNKG_PROGRAM};
    for (size_t i = names_first_hit_from(nc, item.begin);
         i < nc->n_hits && nc->hits[i].begin < item.begin + 1; i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->begin == item.begin && h->end == item.end)
            return 1;
    }
    for (size_t k = 0; k < sizeof others / sizeof *others; k++) {
        size_t len = text_match_list_ending(nc->t->cps, item.end, &nc->lx->suffix[others[k]]);
        if (len >= 2 && len < item.end - item.begin)
            return 1; /* 机械 alone is a sector, 江阴机械 a firm */
    }
    return 0;
}

/* Is [b, e) nothing but modifier words (先进|装备制造), or empty? */
static int modifiers_only(const name_ctx *nc, size_t b, size_t e)
{
    size_t m;
    while (b < e && (m = text_match_list(nc->t->cps, e, b, &nc->lx->modifier)) > 0)
        b += m;
    return b >= e;
}

/* 撬动|半导体: an item that ends in a known name is that name after some
 * other words, unless they are modifiers (先进|装备制造). */
static int known_tail_ok(const name_ctx *nc, cnkg_span it)
{
    size_t s = names_known_form_start(nc, it.end);
    return s == it.end || modifiers_only(nc, it.begin, s);
}

/* Does a sector noun (noun: 行业, 产业) stand within a few characters of
 * from, in the same phrase, so that what closes at from is a list of
 * sectors? Not past a word for firms, bodies or parks, nor past an aspect
 * particle (回报率、税收额等指标盖过了|产业配套: a clause's verb). */
static int sector_noun_follows(const name_ctx *nc, size_t from, const word_list *noun)
{
    enum { MAX_GAP = 7 };
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    for (size_t q = from; q < t->n && q - from <= MAX_GAP; q++) {
        if (text_is_clause_break(t->cps[q]) ||
            text_match_list(t->cps, t->n, q, &lx->generic[CNKG_COMPANY]) ||
            text_match_list(t->cps, t->n, q, &lx->generic[CNKG_ORGANIZATION]) ||
            text_match_list(t->cps, t->n, q, &lx->generic[CNKG_INDUSTRIAL_PARK]) ||
            text_match_list(t->cps, t->n, q, &lx->aspect_particle))
            return 0;
        size_t len = text_match_list(t->cps, t->n, q, noun);
        /* 环境友好型、能源节约型等符合国家产业政策的产品: a sector noun
         * before a word for policies (kg:programmeListWord) qualifies
         * the policy; it closes no list of sectors */
        if (len && !text_match_list(t->cps, t->n, q + len, &lx->policy_list))
            return 1;
    }
    return 0;
}

/* May the item of a list of sectors be named an industry? after_mark: it
 * stands after 、 and so holds no verb (先进装备制造、石油化工、冶金|新材料3个
 * …产业), and a known name it ends in is the finer sector its words make;
 * the first item may begin with the list's verb (撬动|半导体), and one
 * after a conjunction with a clause (甘肃与|天津近日就新能源). */
static int listed_industry(const name_ctx *nc, cnkg_span it, int after_mark)
{
    const lexicon *lx = nc->lx;
    const uint32_t *cps = nc->t->cps;
    return names_plain_item(nc, it, 2, 10) && !names_is_known_industry(nc, it) &&
           (after_mark || known_tail_ok(nc, it)) && !names_other_thing(nc, it) &&
           !names_only_places(nc, it) && !names_has_quantifier(lx, cps, it.begin, it.end) &&
           !lexicon_is_generic(lx, CNKG_INDUSTRY, cps, it.begin, it.end) &&
           !text_match_list_ending(cps, it.end, &lx->public_field);
}

/* 兼营采矿、建筑、海外贸易等多种行业, 发展智能制造、生命健康等高新技术产业: a list
 * closed by 等 and an industry's common noun (行业, 产业) lists industries.
 * So does a list closed by its count instead of 等 (做强船舶制造、精细化工、
 * 新型建材3个千亿元级产业, 发力激光照明、声学探测与识别、海洋牧场三大产业)
 * when it holds as many items as the count says: 与 and 和 join items
 * only where the count asks for them. The list runs back to an industry
 * verb (发展) or the clause; its first item loses the verb before it
 * (兼营|采矿). Words that stop names (外 in 海外贸易) do not stop these. */
void names_industry_lists(const name_ctx *nc, cand_list *out)
{
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    for (size_t p = 0; p < t->n; p++) {
        /* the length of what closes the list: 等, or a count and its
         * measure word (三大, 3个) */
        size_t closer_len = 0, count = 0;
        if (t->cps[p] == 0x7B49) /* 等 */
            closer_len = 1;
        else if (p == 0 || !names_is_name_char(t->cps[p - 1]) || t->cps[p - 1] == 0x7B49 ||
                 text_is_numeral(t->cps[p - 1]) ||
                 text_match_list_ending(t->cps, p, &lx->demonstrative) ||
                 !(count = names_list_count_at(nc, p, &closer_len)))
            continue;
        const word_list *noun = count ? &lx->counted_sector : &lx->generic[CNKG_INDUSTRY];
        if (!sector_noun_follows(nc, p + closer_len, noun))
            continue;
        cnkg_span items[16];
        size_t n = names_list_items_joined(nc, p, &lx->trigger[CNKG_INDUSTRY], items, 16, 1);
        int joined = 1;
        if (count && n != count) {
            n = names_list_items_joined(nc, p, &lx->trigger[CNKG_INDUSTRY], items, 16, 0);
            joined = 0;
        }
        if (count && n != count)
            continue;
        for (size_t i = 0; i < n; i++) {
            cnkg_span it = items[i];
            /* 激光照明产业、…两大产业: the sector named without the noun the
             * count repeats */
            size_t repeated = count ? text_match_list_ending(t->cps, it.end, noun) : 0;
            if (repeated && it.end - repeated >= it.begin + 2)
                it.end -= repeated;
            /* the first item (the last found) begins after the last word
             * that stops a name (大足依托|五金, 首钢兼营|采矿); a conjunction
             * that the count kept inside an item (声学探测与识别) stops none.
             * q runs from it.end - 2 down to it.begin + 1, counted so that a
             * one-character item at the text's start (钢等行业) does not
             * wrap it below 0 */
            for (size_t q = it.end - 1; i + 1 == n && q-- > it.begin + 1;)
                if (text_match_list_ending(t->cps, q, &lx->boundary) &&
                    (joined || !text_match_list_ending(t->cps, q, &lx->conjunction))) {
                    it.begin = q;
                    break;
                }
            int after_mark = i + 1 < n && it.begin > 0 && t->cps[it.begin - 1] == 0x3001;
            if (listed_industry(nc, it, after_mark))
                cand_add(out, it.begin, it.end, CNKG_INDUSTRY, NULL, SRC_RULE, 5);
        }
    }
}

/* 打造海上|风电|产业, 全力打造冰雪|服装|产业链, 发展高技术|船舶|产业: a known
 * industry that a word for a sector (kg:nameSuffix of kg:Industry) or the
 * 、 of a list follows (发展海洋|生物医药|、生物制品: the first item of the
 * list the verb opens; the training gold names 15 such items whole, none
 * cut), with two or three plain characters before it right after a verb that
 * develops a sector (kg:cue of kg:developsIndustry, kg:trigger of
 * kg:Industry: 打造, 发展), is named by all of them: the words make the finer
 * sector meant. Only after such a verb: elsewhere the words are a verb or a
 * scope (将促进|光伏产业, 在全球|工程机械行业); never a count (万亿级|汽车),
 * a scope (kg:scopeWord: 打造国际|新能源汽车产业), another such verb (做大做强|
 * 旅游产业), a word that stops names or a name (发展重庆|生物医药产业). */
/* May the character at q, before a known industry that begins at end, be
 * part of a word that makes the sector finer (海上|风电)? Not a numeral, a
 * word that stops names, a count, a scope or another verb of developing. */
static int modifier_char(const name_ctx *nc, size_t q, size_t end)
{
    const lexicon *lx = nc->lx;
    const uint32_t *cps = nc->t->cps;
    return text_is_han(cps[q]) && !text_is_numeral(cps[q]) &&
           !text_match_list(cps, end, q, &lx->boundary) &&
           !text_match_list_ending(cps, q + 1, &lx->boundary) &&
           !text_match_list(cps, end, q, &lx->quantifier) &&
           !text_match_list(cps, end, q, &lx->measure) &&
           !text_match_list(cps, end, q, &lx->demonstrative) &&
           !text_match_list(cps, end, q, &lx->scope_word) &&
           !text_match_list(cps, end, q, &lx->cue[CNKG_DEVELOPS_INDUSTRY]) &&
           !text_match_list(cps, end, q, &lx->trigger[CNKG_INDUSTRY]);
}

/* Are [b, end) plain modifier characters that no name (重庆|生物医药) covers? */
static int plain_modifier(const name_ctx *nc, size_t b, size_t end)
{
    for (size_t q = b; q < end; q++)
        if (!modifier_char(nc, q, end))
            return 0;
    return !names_known_overlaps(nc, b, end);
}

void names_modified_industries(const name_ctx *nc, cand_list *out)
{
    const lexicon *lx = nc->lx;
    const uint32_t *cps = nc->t->cps;
    for (size_t i = 0; i < nc->n_hits; i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->form_kind == FORM_HIDDEN || h->end - h->begin < 2 ||
            cnkg_ontology_term(lx->onto, h->term)->cls != CNKG_INDUSTRY ||
            (!text_match_list(cps, nc->t->n, h->end, &lx->suffix[CNKG_INDUSTRY]) &&
             !(h->end < nc->t->n && cps[h->end] == 0x3001 /* 、 */)))
            continue;
        for (size_t k = 2; k <= 3 && h->begin >= k; k++) {
            size_t b = h->begin - k;
            if (!plain_modifier(nc, b, h->begin))
                break;
            if (text_match_list_ending(cps, b, &lx->cue[CNKG_DEVELOPS_INDUSTRY]) >= 2 ||
                text_match_list_ending(cps, b, &lx->trigger[CNKG_INDUSTRY]) >= 2) {
                cand_add(out, b, h->end, CNKG_INDUSTRY, NULL, SRC_RULE, 5);
                break;
            }
        }
    }
}

/* Does a phrase that names a trade end at e: at a clause break, 等, a
 * conjunction, the text's end, or a word for a field or a firm (领域,
 * 企业, 厂商)? */
static int trade_phrase_ends(const name_ctx *nc, size_t e)
{
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    return e >= t->n || text_is_clause_break(t->cps[e]) || t->cps[e] == 0x7B49 /* 等 */ ||
           text_match_list(t->cps, t->n, e, &lx->conjunction) ||
           text_match_list(t->cps, t->n, e, &lx->sector_tail) ||
           text_match_list(t->cps, t->n, e, &lx->generic[CNKG_COMPANY]);
}

/* 汽车|经销|商, 乳品|加工、物流配送, 粮食|加工|企业, 涂料|经销|商: a known
 * industry and a word for the work done in it (kg:workHead) name a finer
 * trade, whole, where the phrase ends after them, or after 商 (the one who
 * does the trade) and the phrase's end or a word that stops names. Not
 * before 业 or a word for a sector (光纤制造业, 工程机械制造行业: the
 * sector itself, named in full, as the gold reads it), and not after 为
 * (为新能源汽车服务: a verb). Only the longest known name ending there
 * counts (汽车零部件|制造, not 零部件). */
void names_trades_of_industries(const name_ctx *nc, cand_list *out)
{
    const lexicon *lx = nc->lx;
    const uint32_t *cps = nc->t->cps;
    size_t n = nc->t->n;
    for (size_t i = 0; i < nc->n_hits; i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->form_kind == FORM_HIDDEN ||
            cnkg_ontology_term(lx->onto, h->term)->cls != CNKG_INDUSTRY)
            continue;
        size_t w = text_match_list(cps, n, h->end, &lx->work_head);
        if (!w || (h->begin > 0 && cps[h->begin - 1] == 0x4E3A /* 为 */))
            continue;
        int inner = 0; /* 汽车零部件|制造: only the longest known name */
        for (size_t j = names_first_hit_ending_at(nc, h->end);
             j < nc->n_hits && nc->hits[j].begin < h->begin && !inner; j++)
            inner = j != i && nc->hits[j].form_kind != FORM_HIDDEN &&
                    nc->hits[j].begin < h->begin && nc->hits[j].end == h->end;
        if (inner)
            continue;
        size_t e = h->end + w;
        /* 光纤制造业, 工程机械制造行业: the sector itself, named whole; but
         * a trade of its own (kg:ownTradeHead: 医药流通行业, 家电设计业) is
         * the finer sector still */
        if (e < n &&
            (cps[e] == 0x4E1A /* 业 */ || text_match_list(cps, n, e, &lx->suffix[CNKG_INDUSTRY]))) {
            if (text_match_list(cps, n, h->end, &lx->own_trade) == w)
                cand_add(out, h->begin, e, CNKG_INDUSTRY, NULL, SRC_RULE, 5);
            continue;
        }
        if (e < n && cps[e] == 0x5546 /* 商 */) {
            if (!trade_phrase_ends(nc, e + 1) && !text_match_list(cps, n, e + 1, &lx->boundary))
                continue;
        } else if (!trade_phrase_ends(nc, e))
            continue;
        cand_add(out, h->begin, e, CNKG_INDUSTRY, NULL, SRC_RULE, 5);
    }
}

/* Does a known form of a class in classes, not a hidden one, end at e and
 * begin at b or after it (中国|氯碱行业: a place ends there; 化工|行业: a
 * known industry is the sector, and what stands before it a modifier or
 * another name, read by other rules such as names_modified_industries)? */
static int known_visible_ending(const name_ctx *nc, size_t b, size_t e, unsigned classes)
{
    for (size_t i = names_first_hit_ending_at(nc, e); i < nc->n_hits && nc->hits[i].begin < e;
         i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->end == e && h->begin >= b && h->form_kind != FORM_HIDDEN &&
            (classes >> cnkg_ontology_term(nc->lx->onto, h->term)->cls & 1u))
            return 1;
    }
    return 0;
}

/* Does a word or a name that stops a sector's name end at b: the text's
 * start, 的, a word that stops names, a scope, a count, a pointing word, a
 * conjunction, a verb that develops a sector, a word of a clause's
 * predicate (kg:clauseWord: 导致), the state (kg:stateWord: 制定国家|行业
 * 标准), a word that is no sector's name
 * (kg:notSectorName: 提高|行业), or a known name of a place, a firm or a
 * body (武汉|光纤行业, 中国|氯碱行业)? */
static int sector_name_edge(const name_ctx *nc, size_t b)
{
    const lexicon *lx = nc->lx;
    const uint32_t *cps = nc->t->cps;
    if (b == 0 || cps[b - 1] == 0x7684 /* 的 */)
        return 1;
    const word_list *stops[] = {&lx->boundary,
                                &lx->scope_word,
                                &lx->quantifier,
                                &lx->demonstrative,
                                &lx->conjunction,
                                &lx->cue[CNKG_DEVELOPS_INDUSTRY],
                                &lx->trigger[CNKG_INDUSTRY],
                                &lx->not_sector,
                                &lx->clause_word,
                                &lx->state_word};
    for (size_t i = 0; i < sizeof stops / sizeof *stops; i++)
        if (text_match_list_ending(cps, b, stops[i]))
            return 1;
    unsigned things = (1u << CNKG_INDUSTRY) | (1u << CNKG_PRODUCT);
    return known_visible_ending(nc, 0, b, ~things);
}

/* Where the name of a sector that ends at e begins (国内|足浴器|行业: the
 * stretch back to the nearest edge, sector_name_edge), or e when there is
 * none: a numeral (2011年|家电行业 is a date), no edge within reach, or
 * nothing but the edge. Latin letters and digits among them are the name's
 * (PVC, 3C). */
static size_t sector_name_start(const name_ctx *nc, size_t e)
{
    enum { SECTOR_NAME_MAX = 8 };
    const uint32_t *cps = nc->t->cps;
    for (size_t b = e; e - b <= SECTOR_NAME_MAX; b--) {
        if (sector_name_edge(nc, b))
            return b;
        uint32_t cp = cps[b - 1];
        int ascii_digit = cp >= '0' && cp <= '9';
        if (!text_is_han(cp) && !text_is_latin(cp) && !ascii_digit)
            return b; /* a mark or a space */
        if (text_is_numeral(cp) && !(ascii_digit && b < e && text_is_latin(cps[b])))
            return e;
    }
    return e;
}

/* The text's positions ordered by code point, then by position (the code
 * point in the high half of each key): the places a stretch is written again
 * are among those of its first code point, so a text with thousands of 行业
 * is not read once for each. Built when a sector's name first needs it. */
typedef struct {
    uint64_t *keys;
    size_t n;
} position_index;

static int key_order(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return (a > b) - (a < b);
}

static const position_index *position_index_of(const text_view *t, position_index *ix)
{
    if (!ix->keys) {
        ix->keys = cnkg_xmalloc((t->n ? t->n : 1) * sizeof *ix->keys);
        for (size_t p = 0; p < t->n; p++)
            ix->keys[p] = (uint64_t)t->cps[p] << 32 | p;
        qsort(ix->keys, t->n, sizeof *ix->keys, key_order);
        ix->n = t->n;
    }
    return ix;
}

/* Does the story write [b, e) once more where no kg:openSectorWord follows
 * (氯碱|工业协会, 足浴器 in the headline)? A verb before 行业 (导致|行业集中,
 * 急需|行业规范) is seldom written twice; a sector's name mostly is. */
static int sector_name_written_apart(const name_ctx *nc, position_index *ix, size_t b, size_t e)
{
    const uint32_t *cps = nc->t->cps;
    size_t n = nc->t->n, len = e - b;
    const position_index *at = position_index_of(nc->t, ix);
    uint64_t first = (uint64_t)cps[b] << 32;
    size_t lo = 0, hi = at->n;
    while (lo < hi) { /* the first key of cps[b] */
        size_t mid = lo + (hi - lo) / 2;
        if (at->keys[mid] < first)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k < at->n && at->keys[k] >> 32 == cps[b]; k++) {
        size_t p = (size_t)(at->keys[k] & 0xFFFFFFFFu);
        if (p + len > n)
            break;
        if (p == b || memcmp(cps + p, cps + b, len * sizeof *cps) != 0)
            continue;
        if (!text_match_list(cps, n, p + len, &nc->lx->open_sector))
            return 1;
    }
    return 0;
}

/* 光纤行业, 氯碱行业, PVC行业: a sector the lexicons lack, named before a
 * word for a sector (kg:openSectorWord), from the edge before it on; two
 * characters at least, not a known industry already (化工|行业), and
 * written elsewhere in the story too. */
void names_open_sector(const name_ctx *nc, cand_list *out)
{
    const lexicon *lx = nc->lx;
    const uint32_t *cps = nc->t->cps;
    position_index ix = {0};
    for (size_t e = 2; e < nc->t->n; e++) {
        if (!text_match_list(cps, nc->t->n, e, &lx->open_sector))
            continue;
        size_t b = sector_name_start(nc, e);
        /* 制造|行业 alone: the trade of no sector named */
        if (e - b < 2 || text_match_list(cps, e, b, &lx->work_head) == e - b ||
            known_visible_ending(nc, b, e, 1u << CNKG_INDUSTRY) ||
            !sector_name_written_apart(nc, &ix, b, e))
            continue;
        cand_add(out, b, e, CNKG_INDUSTRY, NULL, SRC_RULE, 5);
    }
    free(ix.keys);
}
