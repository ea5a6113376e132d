/*
 * names.c - names no gazetteer lists, found by the shape of the language:
 *
 *   suffix   江西光速电子, 荣昌高新区, 巴南区经济信息委: a class suffix, and
 *            to its left the longest run of name characters that crosses
 *            no boundary word (的, 在, 引进 ...);
 *   quotes   “三事分办”机制, 推行“清单制”: a quoted phrase classed by the
 *            suffix after it or the trigger verb before it;
 *   trigger  村民肖复金: a person after a role word, from a known surname;
 *   prefix   第十九届…红叶节: an event from 第 to its suffix.
 *
 * Every candidate is only a proposal: resolve.c decides.
 */
#include "internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_NAME = 24 };

typedef struct name_ctx {
    const lexicon *lx;
    const text_view *t;
    const gaz_hit *hits;
    size_t n_hits;
    /* The positions where a suffix of some class may begin, ascending
     * (lexicon.suffix_classes), for the suffix rule of every class. */
    size_t *suffix_at;
    size_t n_suffix_at;
    size_t longest; /* the longest hit, in code points */
} name_ctx;

/* The first hit that begins at b or after. The hits come ordered by where
 * they begin (gazetteer_scan), so those a question about a position can
 * concern are a run of them, found by binary search: scanning every hit at
 * every position was quadratic in a long article. */
static size_t first_hit_from(const name_ctx *nc, size_t b)
{
    size_t lo = 0, hi = nc->n_hits;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (nc->hits[mid].begin < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The first hit that may end at pos or after it: none begins more than the
 * longest hit's length before pos. */
static size_t first_hit_ending_at(const name_ctx *nc, size_t pos)
{
    return first_hit_from(nc, pos > nc->longest ? pos - nc->longest : 0);
}

static size_t max_length(cnkg_class cls)
{
    switch (cls) {
    case CNKG_COMPANY:
        return 18;
    case CNKG_PERSON:
        return 4;
    case CNKG_PLACE:
        return 10;
    case CNKG_INDUSTRIAL_PARK:
        return 18;
    case CNKG_GOVERNMENT_AGENCY:
        return 18;
    case CNKG_EVENT:
        return 30;
    default:
        return MAX_NAME;
    }
}

static int is_name_char(uint32_t cp)
{
    return text_is_han(cp) || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= '0' && cp <= '9') || cp == 0xB7 || text_is_open_paren(cp) ||
           text_is_close_paren(cp) || cp == '+' || cp == '-';
}

/* The start of the longest known form that ends at pos and starts before
 * it, or pos. A known name inside a longer one is no boundary: 承接 in
 * 沿江承接产业转移示范区 is part of a programme's name. */
static size_t known_form_start(const name_ctx *nc, size_t pos)
{
    size_t best = pos;
    for (size_t i = first_hit_ending_at(nc, pos); i < nc->n_hits && nc->hits[i].begin < pos; i++) {
        const gaz_hit *h = &nc->hits[i];
        /* a hidden form (有色, 长城) is ambiguous alone, not inside a name;
         * one character (渝) is too short to tell */
        if (h->end == pos && h->begin < best &&
            (h->form_kind != FORM_HIDDEN || pos - h->begin >= 2))
            best = h->begin;
    }
    return best;
}

/* 本市|津南区…工业区, 当地|高端智能制造产业园: a word that points back to a
 * place (本市, 当地, 这里) ends right before pos; it stands for the place,
 * it is no part of a name. */
static int points_back(const lexicon *lx, const text_view *t, size_t pos)
{
    return text_match_list_ending(t->cps, pos, &lx->home_word) ||
           text_match_list_ending(t->cps, pos, &lx->local_word) ||
           text_match_list_ending(t->cps, pos, &lx->place_word);
}

/* 国家重大水利工程——环北部湾…配置工程: two dashes (——) between a
 * project's suffix and more of a name set a description before the name
 * it describes. Does such a pair begin at q, with a name after it? */
static int apposition_dash(const text_view *t, size_t q)
{
    return q + 2 < t->n && t->cps[q] == 0x2014 && t->cps[q + 1] == 0x2014 &&
           text_is_han(t->cps[q + 2]);
}

/* 首钢—凯西项目, 达沃—萨马尔大桥, 中国—东盟博览会: one dash between two
 * names joins them into the name of what they share (33 such projects in
 * the unlabelled corpus); two dashes (——) open an apposition instead, and
 * digits around one (1—11月) make a range. */
static int joining_dash(const name_ctx *nc, size_t q, cnkg_class cls)
{
    const uint32_t *cps = nc->t->cps;
    if (cps[q] != 0x2014 || q == 0 || q + 1 >= nc->t->n || !text_is_han(cps[q - 1]) ||
        !text_is_han(cps[q + 1]))
        return 0;
    return cls == CNKG_PROJECT || cls == CNKG_PLACE || cls == CNKG_EVENT ||
           cls == CNKG_INDUSTRIAL_PARK;
}

/* 西安至延安高铁, 重庆至黔江铁路: 至 between two known places joins them
 * into the name of the way built from one to the other (kg:routeWord); a
 * way's name alone (kg:worksSuffix) is so named. */
static int route_join(const name_ctx *nc, size_t q, size_t end, cnkg_class cls)
{
    const uint32_t *cps = nc->t->cps;
    size_t w = text_match_list_ending(cps, q + 1, &nc->lx->route_word);
    return cls == CNKG_PLACE && w == 1 && q > 0 &&
           text_match_list_ending(cps, end, &nc->lx->works_suffix) && known_form_start(nc, q) < q;
}

/* 首个|海上风电项目, 第22个|自贸试验区, 这个|万亩设施农业产业园: a measure word
 * (kg:measureWord) after a count, an ordinal or a demonstrative that
 * stopped the walk left belongs to them: what follows describes the first,
 * the 22nd, this one of a kind, it does not name it. Its length at start,
 * or 0; not where a class suffix begins (项目). */
static size_t counted_measure(const name_ctx *nc, size_t start, size_t pos)
{
    const lexicon *lx = nc->lx;
    const uint32_t *cps = nc->t->cps;
    size_t m = start > 0 ? text_match_list(cps, pos, start, &lx->measure) : 0;
    if (!m ||
        !(text_is_numeral(cps[start - 1]) || text_match_list_ending(cps, start, &lx->boundary)))
        return 0;
    for (int c = 0; c < CNKG_CLASS_COUNT; c++)
        if (text_match_list(cps, nc->t->n, start, &lx->suffix[c]) > m)
            return 0;
    return m;
}

/* Does a day of the month (16日, 5月5日) end at pos? A date says when, and
 * no name runs across it (且可能16日恢复生产线, 5月5日分三期). */
static int day_date_ending(const uint32_t *cps, size_t pos)
{
    if (pos < 2 || cps[pos - 1] != 0x65E5) /* 日 */
        return 0;
    uint32_t d = cps[pos - 2]; /* digits only: 一日游, 每日 are words */
    return (d >= '0' && d <= '9') || (d >= 0xFF10 && d <= 0xFF19);
}

static int is_actor(cnkg_class cls);

/* Is the point at i one between two digits (8.5代, 1.3GW), part of a
 * number and so of the name that holds it? */
static int decimal_point(const text_view *t, size_t i)
{
    return i > 0 && i + 1 < t->n && t->cps[i] == '.' && t->cps[i - 1] >= '0' &&
           t->cps[i - 1] <= '9' && t->cps[i + 1] >= '0' && t->cps[i + 1] <= '9';
}

/* Start of the name whose last part begins at pos: walks left over name
 * characters and known names, stopping at a boundary word, punctuation or
 * the class's length limit. Parentheses are kept only when balanced. */
static size_t extend_left(const name_ctx *nc, size_t pos, size_t end, cnkg_class cls)
{
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    size_t start = pos, depth = 0, limit = max_length(cls);
    while (start > 0 && end - start < limit) {
        /* 洛玻集团龙飞玻璃有限公司|浮法玻璃生产线: a firm's legal form ends
         * the firm, and what it owns or runs is named after it */
        if (!is_actor(cls) && text_match_list_ending(t->cps, start, &lx->legal_suffix))
            break;
        size_t known = known_form_start(nc, start);
        /* 比如|技术中心: a known form that is a word stopping names too
         * (比如, a county's short name) stops the walk as the word does */
        if (known < start && text_match_list(t->cps, start, known, &lx->boundary) == start - known)
            break;
        if (known < start && end - known <= limit) {
            start = known;
            continue;
        }
        uint32_t cp = t->cps[start - 1];
        if (joining_dash(nc, start - 1, cls) || route_join(nc, start - 1, end, cls)) {
            start--;
            continue;
        }
        /* 9月12日讯…委员会: dates and counts are no part of an actor's name */
        if (is_actor(cls) && ((cp >= '0' && cp <= '9') || decimal_point(t, start - 1)))
            break;
        if (decimal_point(t, start - 1)) {
            start--; /* 第8.5代液晶面板项目: a decimal number is read whole */
            continue;
        }
        if (!is_name_char(cp))
            break;
        if (text_match_list_ending(t->cps, start, &lx->boundary) || points_back(lx, t, start) ||
            day_date_ending(t->cps, start))
            break;
        /* 美国机械制造商|特雷克斯公司: a word for a firm ends what describes it */
        if (cls == CNKG_COMPANY && pos - start >= 2 &&
            lexicon_firm_word_ending(lx, t->cps, end, start))
            break;
        if (text_is_close_paren(cp))
            depth++;
        else if (text_is_open_paren(cp)) {
            if (!depth)
                break;
            depth--;
        }
        start--;
    }
    while (depth && start < pos) { /* unbalanced: drop back past the ')' */
        if (text_is_close_paren(t->cps[start]))
            depth--;
        start++;
    }
    /* A name does not begin with a digit run glued to a measure word. */
    while (start < pos && (t->cps[start] == '-' || t->cps[start] == '+'))
        start++;
    return start;
}

static int han_count(const uint32_t *cps, size_t b, size_t e)
{
    int n = 0;
    for (size_t i = b; i < e; i++)
        n += text_is_han(cps[i]) || (cps[i] < 0x80 && is_name_char(cps[i]));
    return n;
}

/* Does a word of list l stand anywhere in [b, e)? */
static int holds_word(const text_view *t, size_t b, size_t e, const word_list *l)
{
    for (size_t i = b; i < e; i++)
        if (text_match_list(t->cps, e, i, l))
            return 1;
    return 0;
}

/* 一批, 百亿级, 多个: a quantity makes a description, not a name. */
static int is_numeral(uint32_t cp)
{
    return text_is_numeral(cp);
}

static int has_quantifier(const lexicon *lx, const uint32_t *cps, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++) {
        if (text_match_list(cps, e, i, &lx->quantifier))
            return 1;
        if (i + 1 < e && is_numeral(cps[i]) && text_match_list(cps, e, i + 1, &lx->measure))
            return 1; /* 17个, 三家 */
    }
    return 0;
}

/* Does the period a plan covers end at p (国家十二五|规划)? */
static int period_before(const name_ctx *nc, size_t p)
{
    return text_match_list_ending(nc->t->cps, p, &nc->lx->period_word) > 0;
}

/* Does a known firm's or body's name (not a hidden form) begin at b and
 * end within [min_end, max_end]? The words it opens speak of that actor. */
static int known_actor_from(const name_ctx *nc, size_t b, size_t min_end, size_t max_end)
{
    for (size_t i = first_hit_from(nc, b); i < nc->n_hits && nc->hits[i].begin == b; i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->end >= min_end && h->end <= max_end && h->form_kind != FORM_HIDDEN &&
            is_actor(cnkg_ontology_term(nc->lx->onto, h->term)->cls))
            return 1;
    }
    return 0;
}

/* 国家|863计划, 山东省|自主创新成果转化重大专项: where the issuer opens a
 * programme's name (a known division, or a word for the state,
 * kg:stateWord) and two characters at least of its own follow, the end
 * of the issuer; 0 otherwise. */
static int name_ends_at(const name_ctx *nc, size_t e);
static int only_words(const uint32_t *cps, size_t b, size_t e, const word_list *l);
static int has_boundary_word(const name_ctx *nc, cnkg_span s);
static size_t issuer_end(const name_ctx *nc, size_t start, size_t p)
{
    size_t e = start + text_match_list(nc->t->cps, p, start, &nc->lx->state_word);
    for (size_t i = first_hit_from(nc, start);
         e == start && i < nc->n_hits && nc->hits[i].begin <= start; i++) {
        const gaz_hit *h = &nc->hits[i];
        const cnkg_term *term = cnkg_ontology_term(nc->lx->onto, h->term);
        /* 对|俄罗斯制裁方案: a foreign state is what the plan is about */
        if (h->begin == start && h->end < p && h->form_kind == FORM_PREF &&
            term->cls == CNKG_ADMINISTRATIVE_DIVISION && !division_code_is_country(term->code))
            e = h->end;
    }
    /* 广东省科技厅|规划: a longer known name (a body) opens the words, or
     * they end in a body's suffix: the division is part of the body's
     * name, and the plan is the body's */
    if (e > start && known_actor_from(nc, start, e + 1, p))
        return 0;
    if (text_match_list_ending(nc->t->cps, p, &nc->lx->suffix[CNKG_GOVERNMENT_AGENCY]))
        return 0;
    /* 国家|重大工程: a kind of works the state runs, not which one;
     * 国家|关于…计划: a document's title, read by programme_titles; a long
     * run is a clause, not a name */
    const uint32_t *cps = nc->t->cps;
    if (e == start || han_count(cps, e, p) < 2 || p - e > 12 ||
        only_words(cps, e, p, &nc->lx->descriptive) ||
        text_match_list(cps, p, e, &nc->lx->about_word))
        return 0;
    /* 国家宏观政策, 国家相应政策: a kind of policy (kg:programmeListWord) the
     * state has; 黄山市…工程: a project's suffix too, the works */
    size_t len = text_match_list(cps, nc->t->n, p, &nc->lx->suffix[CNKG_PROGRAM]);
    if (text_list_holds(&nc->lx->policy_list, cps, p, p + len) ||
        text_match_list(cps, nc->t->n, p, &nc->lx->suffix[CNKG_PROJECT]) >= len)
        return 0;
    return e;
}

/* Which suffix matches may start a name of this class. Industries and
 * products are named by the gazetteer and the trigger rules: a suffix such
 * as 产业 or 技术 ends too many plain phrases. */
static int suffix_allowed(const name_ctx *nc, cnkg_class cls, size_t len, size_t start, size_t p)
{
    switch (cls) {
    case CNKG_ADMINISTRATIVE_DIVISION:
    case CNKG_PERSON:
    case CNKG_INDUSTRY:
    case CNKG_PRODUCT:
        return 0;
    case CNKG_GOVERNMENT_AGENCY:
        return len >= 2; /* 局, 部 end 格局, 东部: single ones come with a department */
    case CNKG_EVENT:
        return len >= 2; /* 展, 节 end 发展, 环节: 第…届 names the short ones */
    case CNKG_PROGRAM:
        /* 示范区 names a programme; 体系 or 政策 only after a verb that
         * introduces one (推行服务企业专员制度), or after the period the plan
         * covers (国家十二五规划, 汽车工业十二五规划) */
        return len >= 3 || text_match_list_ending(nc->t->cps, start, &nc->lx->trigger[cls]) ||
               period_before(nc, p) || (issuer_end(nc, start, p) && name_ends_at(nc, p + len));
    default:
        return 1;
    }
}

/* 贵州省大数据发展管理局: a body's name may hold a word that stops other
 * names (发展); when a division opens it a few characters further left, the
 * name begins there. */
static size_t division_led_start(const name_ctx *nc, size_t start, size_t end)
{
    const text_view *t = nc->t;
    size_t p = start;
    while (p > 0 && start - p < 8 && end - p < MAX_NAME && text_is_han(t->cps[p - 1]))
        p--;
    for (size_t q = p; q < start; q++)
        for (size_t i = first_hit_from(nc, q); i < nc->n_hits && nc->hits[i].begin < q + 1; i++) {
            const gaz_hit *h = &nc->hits[i];
            if (h->begin == q && h->form_kind == FORM_PREF &&
                cnkg_ontology_term(nc->lx->onto, h->term)->cls == CNKG_ADMINISTRATIVE_DIVISION &&
                (q == 0 || !text_is_han(t->cps[q - 1]) ||
                 text_match_list_ending(t->cps, q, &nc->lx->boundary)))
                return q;
        }
    return start;
}

/* 最后经|浙江省…检验中心, 采用|北京…研究院: the walk left from a body's
 * suffix passed a few characters that no known name holds before a known
 * division; a body's name that holds a division begins with it, or with a
 * known name before it (中国科学院|重庆…研究院), so those characters are
 * the clause's words. Where the division begins, or start. */
static size_t body_division_start(const name_ctx *nc, size_t start, size_t p)
{
    enum { HEAD_WORDS_MAX = 3 };
    for (size_t i = first_hit_from(nc, start); i < nc->n_hits && nc->hits[i].begin < p; i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->begin < start || h->begin > start + HEAD_WORDS_MAX)
            continue;
        if (h->begin == start)
            return start; /* a known name opens it */
        if (h->form_kind == FORM_HIDDEN || h->end - h->begin < 2 || h->end >= p ||
            cnkg_ontology_term(nc->lx->onto, h->term)->cls != CNKG_ADMINISTRATIVE_DIVISION)
            continue;
        for (size_t q = start; q < h->begin; q++)
            if (!text_is_han(nc->t->cps[q]))
                return start;
        for (size_t j = first_hit_from(nc, start > 8 ? start - 8 : 0);
             j < nc->n_hits && nc->hits[j].begin < h->begin; j++)
            if (nc->hits[j].end > start)
                return start; /* a known name holds some of them */
        return h->begin;
    }
    return start;
}

static int is_actor(cnkg_class cls)
{
    return cls == CNKG_COMPANY || cls == CNKG_GOVERNMENT_AGENCY || cls == CNKG_ORGANIZATION;
}

/* Where the longest known name of a class in mask that begins at b and
 * ends at e at the latest ends (三江源, not 三江); 0 when none does. A
 * hidden form (有色, 长城) names nothing alone. */
static size_t known_opening(const name_ctx *nc, size_t b, size_t e, unsigned mask)
{
    size_t best = 0;
    for (size_t i = first_hit_from(nc, b); i < nc->n_hits && nc->hits[i].begin < b + 1; i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->begin != b || h->end > e || h->end <= best || h->form_kind == FORM_HIDDEN)
            continue;
        if (mask & (1u << cnkg_ontology_term(nc->lx->onto, h->term)->cls))
            best = h->end;
    }
    return best;
}

/* Does a known division, park, company or organisation open [start, end)? */
static int head_is_known(const name_ctx *nc, size_t start, size_t end)
{
    enum {
        KNOWN_HEAD = 1u << CNKG_ADMINISTRATIVE_DIVISION | 1u << CNKG_REGION |
                     1u << CNKG_INDUSTRIAL_PARK | 1u << CNKG_COMPANY | 1u << CNKG_ORGANIZATION
    };
    return known_opening(nc, start, end, KNOWN_HEAD) != 0;
}

/* Where the head of a place's name [start, p) begins after a verb that
 * builds (kg:buildWord, 新修, 扩建), written inside it or right before it
 * (建设的): the last such end; (size_t)-1 if none. */
static size_t place_built_head(const name_ctx *nc, size_t start, size_t p)
{
    const uint32_t *cps = nc->t->cps;
    for (size_t q = p; q > start; q--)
        if (text_match_list_ending(cps, q, &nc->lx->build_word))
            return q;
    size_t before = start > 0 && cps[start - 1] == 0x7684 /* 的 */ ? start - 1 : start;
    return text_match_list_ending(cps, before, &nc->lx->build_word) ? start : (size_t)-1;
}

/* 美国机械制造商|特雷克斯公司, 台湾代工厂商|百一电子: a known place, a few
 * words of trade and a word for a firm (kg:genericTerm of kg:Company) right
 * before the name at start say it is a firm's, as a known head does. Not a
 * bare word for a firm (企业|用高科技…: the firms as a subject). */
static int described_by_place(const name_ctx *nc, size_t start, size_t end)
{
    enum { MAX_TRADE = 8 };
    size_t w = start > 0 ? lexicon_firm_word_ending(nc->lx, nc->t->cps, end, start) : 0;
    if (!w)
        return 0;
    size_t noun = start - w;
    for (size_t q = noun; noun - q < MAX_TRADE; q--) {
        if (q < noun && head_is_known(nc, q, noun))
            return 1;
        if (q == 0 || !is_name_char(nc->t->cps[q - 1]) ||
            text_match_list_ending(nc->t->cps, q, &nc->lx->boundary))
            return 0;
    }
    return 0;
}

/* Does a known company open [start, end) (格力电器|西南产业基地)? */
static int head_is_company(const name_ctx *nc, size_t start, size_t end)
{
    return known_opening(nc, start, end, 1u << CNKG_COMPANY) != 0;
}

/* 渝西|新能源汽车: a place and a known industry name a sector there, not a
 * firm, even when the industry ends in a firm's suffix (汽车). */
static int is_place_and_industry(const name_ctx *nc, size_t start, size_t end)
{
    for (size_t i = first_hit_ending_at(nc, end); i < nc->n_hits && nc->hits[i].begin < end; i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->end != end || h->begin <= start ||
            cnkg_ontology_term(nc->lx->onto, h->term)->cls != CNKG_INDUSTRY)
            continue;
        if (known_form_start(nc, h->begin) == start || h->begin == start)
            return 1;
    }
    return 0;
}

/* 添新项目, 引导重大项目: a name ending in a generic phrase longer than the
 * suffix (新项目, 重大项目) names something only after a known name. */
static int generic_tail(const name_ctx *nc, cnkg_class cls, size_t start, size_t p, size_t end)
{
    size_t g = text_match_list_ending(nc->t->cps, end, &nc->lx->generic[cls]);
    /* 工作思路, 重要思路: a common noun that holds the suffix (思路 holds
     * 路, common-nouns.ttl) is such a phrase too */
    size_t c = text_match_list_ending(nc->t->cps, end, &nc->lx->common_noun);
    if (c > g)
        g = c;
    return g > end - p && end - g > start && !head_is_known(nc, start, end - g);
}

/* Is cps[b, e) nothing but words of the list (重要|基地's head 重要)? */
static int only_words(const uint32_t *cps, size_t b, size_t e, const word_list *l)
{
    size_t len;
    while (b < e && (len = text_match_list(cps, e, b, l)))
        b += len;
    return b == e;
}

/* Where the longest known name of class cls that begins at pos ends, or 0
 * if none begins there. */
static size_t known_end_at(const name_ctx *nc, size_t pos, cnkg_class cls)
{
    size_t end = 0;
    for (size_t i = first_hit_from(nc, pos); i < nc->n_hits && nc->hits[i].begin < pos + 1; i++)
        if (nc->hits[i].begin == pos && nc->hits[i].end > end &&
            cnkg_ontology_term(nc->lx->onto, nc->hits[i].term)->cls == cls)
            end = nc->hits[i].end;
    return end;
}

/* Does a known industry begin at pos? */
static int industry_at(const name_ctx *nc, size_t pos)
{
    return known_end_at(nc, pos, CNKG_INDUSTRY) > 0;
}

/* Is [b, e) nothing but known industries and products and words that say
 * what kind (先进|制造业, 物流, 无人)? Before 基地 or 工厂 such a head names a
 * kind of base, not one base (建设先进制造业基地). */
static int only_kinds(const name_ctx *nc, size_t b, size_t e)
{
    const lexicon *lx = nc->lx;
    while (b < e) {
        size_t m = text_match_list(nc->t->cps, e, b, &lx->descriptive);
        size_t k = text_match_list(nc->t->cps, e, b, &lx->modifier);
        if (k > m)
            m = k;
        for (size_t i = first_hit_from(nc, b); i < nc->n_hits && nc->hits[i].begin < b + 1; i++) {
            const gaz_hit *h = &nc->hits[i];
            cnkg_class c = cnkg_ontology_term(lx->onto, h->term)->cls;
            if (h->begin == b && h->end <= e && h->end - b > m && h->form_kind != FORM_HIDDEN &&
                (c == CNKG_INDUSTRY || c == CNKG_PRODUCT))
                m = h->end - b;
        }
        if (!m)
            return 0;
        b += m;
    }
    return 1;
}

/* Does a division's name run across q (嘉兴|平湖: 兴平 is no name there)? */
static int division_across(const name_ctx *nc, size_t q)
{
    for (size_t i = first_hit_ending_at(nc, q); i < nc->n_hits && nc->hits[i].begin < q; i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->begin < q && q < h->end && h->form_kind != FORM_HIDDEN &&
            cnkg_ontology_term(nc->lx->onto, h->term)->cls == CNKG_ADMINISTRATIVE_DIVISION)
            return 1;
    }
    return 0;
}

/* Start of the names of divisions side by side that end at pos (宁波|舟山);
 * pos when none does. One that holds the next (河北|黄骅) only says where
 * that one is and is left out. */
static size_t divisions_before(const name_ctx *nc, size_t pos)
{
    const cnkg_term *next = NULL;
    if (division_across(nc, pos))
        return pos;
    for (;;) {
        const gaz_hit *best = NULL;
        for (size_t i = first_hit_ending_at(nc, pos); i < nc->n_hits && nc->hits[i].begin < pos;
             i++) {
            const gaz_hit *h = &nc->hits[i];
            const cnkg_term *term = cnkg_ontology_term(nc->lx->onto, h->term);
            if (h->end != pos || pos - h->begin < 2 || h->form_kind == FORM_HIDDEN ||
                term->cls != CNKG_ADMINISTRATIVE_DIVISION)
                continue;
            if (next && lexicon_term_below(nc->lx, next, term->iri))
                return pos; /* 河北 (the province, not Tianjin's 河北区) */
            if (division_across(nc, h->begin))
                continue;
            if (!best || h->begin < best->begin)
                best = h;
        }
        if (!best)
            return pos;
        pos = best->begin;
        next = cnkg_ontology_term(nc->lx->onto, best->term);
    }
}

/* 市委常委, 区委书记: a level's committee (市委), named alone before a post
 * in it, is the body the person belongs to (the city's party committee). */
static int level_committee(const name_ctx *nc, size_t p, size_t end)
{
    const text_view *t = nc->t;
    return (p == 0 || !text_is_han(t->cps[p - 1]) ||
            text_match_list_ending(t->cps, p, &nc->lx->boundary)) &&
           text_match_list(t->cps, end, p, &nc->lx->level_word) == 1 &&
           text_match_list(t->cps, t->n, end, &nc->lx->trigger[CNKG_PERSON]) > 0;
}

/* Does a known name other than a hidden form overlap [b, e)? */
static int known_overlaps(const name_ctx *nc, size_t b, size_t e)
{
    for (size_t i = first_hit_ending_at(nc, b); i < nc->n_hits && nc->hits[i].begin < e; i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->form_kind != FORM_HIDDEN && h->end > b && h->begin < e)
            return 1;
    }
    return 0;
}

/* Does any known name (a division, a firm, an industry ...) lie in [b, e)? */
static int holds_known(const name_ctx *nc, size_t b, size_t e)
{
    for (size_t i = first_hit_from(nc, b); i < nc->n_hits && nc->hits[i].begin < e; i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->begin >= b && h->end <= e && h->end - h->begin >= 2 && h->form_kind != FORM_HIDDEN)
            return 1;
    }
    return 0;
}

/* Does a verb that builds or invests (建设, 投资建设的) end right before
 * pos: then what follows is the project the sentence's subject builds? */
static int built_before(const name_ctx *nc, size_t pos)
{
    const lexicon *lx = nc->lx;
    const uint32_t *cps = nc->t->cps;
    if (pos > 0 && cps[pos - 1] == 0x7684) /* 的 */
        pos--;
    return text_match_list_ending(cps, pos, &lx->build_word) ||
           text_match_list_ending(cps, pos, &lx->trigger[CNKG_PROJECT]);
}

/* 文化项目, 算法工程, 控制系统项目: a project named by a short head of
 * common words alone (no known name, no Latin letters, digits or
 * quotes) is a kind of project; the news names one by its owner, place
 * or product (华峰己二酸项目, LED封装项目, 2×350兆瓦热电联产工程), or
 * builds it in the sentence (长安汽车在两江新区建设整车项目). */
static int plain_short_head(const name_ctx *nc, size_t b, size_t e)
{
    if (e <= b || e - b > 4 || holds_known(nc, b, e) || built_before(nc, b))
        return 0;
    for (size_t i = b; i < e; i++)
        if (!text_is_han(nc->t->cps[i]))
            return 0;
    return 1;
}

/* Does a programme's name end at e: the text goes on with no more of it
 * (a punctuation mark, a boundary word such as 的)? */
static int name_ends_at(const name_ctx *nc, size_t e)
{
    const text_view *t = nc->t;
    return e >= t->n || !text_is_han(t->cps[e]) ||
           text_match_list(t->cps, t->n, e, &nc->lx->boundary);
}

/* 1000万台, 2.5万吨: where an amount in a counting unit (kg:countingUnit)
 * that begins at b ends, below limit; 0 when none begins there. */
static size_t amount_end(const name_ctx *nc, size_t b, size_t limit)
{
    const uint32_t *cps = nc->t->cps;
    size_t q = b;
    while (q < limit && (is_numeral(cps[q]) || (q > b && cps[q] == '.')))
        q++;
    size_t u = q > b ? text_match_list(cps, limit, q, &nc->lx->counting_unit) : 0;
    return u ? q + u : 0;
}

/* 年产1000万台变频电机及控制系统项目: a project is named by its yearly
 * output (kg:outputOpen, an amount, its unit), and the name begins there
 * even across a conjunction that stops other names (及). Returns where such
 * an opening begins in the clause before start, or start. Other words that
 * stop names stay edges: 年产10万吨并建设…项目 is two things. */
static size_t output_start(const name_ctx *nc, size_t start)
{
    const lexicon *lx = nc->lx;
    const uint32_t *cps = nc->t->cps;
    for (size_t q = start; q > 0 && start - q < MAX_NAME && is_name_char(cps[q - 1]); q--) {
        size_t o = text_match_list(cps, start, q - 1, &lx->output_open);
        size_t e = o ? amount_end(nc, q - 1 + o, start) : 0;
        if (!e)
            continue;
        /* only a conjunction may stand between: 年产…电机及控制系统项目; not
         * 在 or 等 (年产60万吨烯烃项目在…基地, 年产3万吨五氧化二钒等项目) */
        for (size_t i = e; i < start; i++) {
            size_t w = text_match_list(cps, start, i, &lx->boundary);
            if (w && text_match_list(cps, start, i, &lx->conjunction) != w)
                return start;
        }
        return q - 1;
    }
    return start;
}

/* 新疆自贸区|喀什|片区, 福建自贸试验区|厦门|片区: a park's name, a division
 * and a park's suffix name the park's area in that place, a park of its
 * own as sure as the park that opens it. */
static int park_area(const name_ctx *nc, size_t start, size_t p)
{
    const lexicon *lx = nc->lx;
    for (size_t i = first_hit_ending_at(nc, p); i < nc->n_hits && nc->hits[i].begin < p; i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->end != p || h->begin <= start || h->form_kind == FORM_HIDDEN ||
            cnkg_ontology_term(lx->onto, h->term)->cls != CNKG_ADMINISTRATIVE_DIVISION)
            continue;
        if (lexicon_is_park_area(lx, nc->t->cps, start, h->begin))
            return 1;
    }
    return 0;
}

/* 无锡|职教园区 but not 化工园区, 深入园区: a suffix that is also the
 * common word for a park (kg:placedParkSuffix) ends a name only after a
 * known place, park or firm, and only when no other class's longer suffix
 * ends there (重庆市承接产业转移|示范园区 is a programme). 1 when the park's
 * name [start, end) with its suffix at p is refused so. */
static int unplaced_park(const name_ctx *nc, size_t start, size_t p, size_t end)
{
    const lexicon *lx = nc->lx;
    if (!text_list_holds(&lx->placed_park, nc->t->cps, p, end))
        return 0;
    for (int c = 0; c < CNKG_CLASS_COUNT; c++)
        if (c != CNKG_INDUSTRIAL_PARK &&
            text_match_list_ending(nc->t->cps, end, &lx->suffix[c]) > end - p)
            return 1;
    return !head_is_known(nc, start, p);
}

/* 属于|无锡华顺民生食品有限公司, 基地|烟台氨纶股份有限公司: the walk left
 * from a firm's legal form passed words that stop no name; where a known
 * division (not a hidden form) opens a head of two characters or more
 * after it, the registered name begins there, as most do. */
static size_t firm_division_start(const name_ctx *nc, size_t start, size_t p)
{
    for (size_t i = first_hit_from(nc, start + 1); i < nc->n_hits && nc->hits[i].begin < p; i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->begin > start && h->end + 2 <= p && h->form_kind != FORM_HIDDEN &&
            h->end - h->begin >= 2 && !text_is_open_paren(nc->t->cps[h->begin - 1]) &&
            cnkg_ontology_term(nc->lx->onto, h->term)->cls == CNKG_ADMINISTRATIVE_DIVISION)
            return h->begin;
    }
    return start;
}

/* 国家电网|公司, 海尔|电器, 苏宁|电器: where a known firm's name (not a
 * hidden form) opens the name at start and ends right where the suffix
 * begins, the firm and the suffix are its fuller name; not where more
 * name stands before it (现代|起亚汽车|公司), nor before a count (TCL集团
 * 股份 5875万股: shares). Its start, or (size_t)-1. */
static size_t known_firm_before(const name_ctx *nc, size_t start, size_t p, size_t end)
{
    size_t best = (size_t)-1, q = end;
    while (q < nc->t->n && nc->t->cps[q] == ' ')
        q++;
    if (q < nc->t->n && is_numeral(nc->t->cps[q]))
        return best;
    for (size_t i = 0; i < nc->n_hits; i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->end == p && h->begin == start && h->end - h->begin >= 2 &&
            h->form_kind != FORM_HIDDEN &&
            cnkg_ontology_term(nc->lx->onto, h->term)->cls == CNKG_COMPANY)
            best = h->begin;
    }
    return best;
}

/* Where a plant's name begins after an ordinal count inside [start, p)
 * (第 or 首, numerals, a measure word for one thing: kg:ordinalMeasure),
 * or start when none is there; *count_end is where the count ends (0:
 * none). An owner's 第三个|洗碗机工厂 is called by its number, which begins
 * the name (*kept 1); 首座, 第一条 and, after whose it is
 * (kg:marketScope), 国内第三条 rank it among others, and the name is what
 * follows. */
static size_t ordinal_start(const name_ctx *nc, size_t start, size_t p, size_t *count_end,
                            int *kept)
{
    const uint32_t *cps = nc->t->cps;
    for (size_t q = p; q > start + 1; q--) {
        if (text_match_list_ending(cps, q, &nc->lx->ordinal_measure) != 1)
            continue;
        size_t k = q - 1;
        while (k > start && is_numeral(cps[k - 1]))
            k--;
        int first = k > start && k == q - 1 && cps[k - 1] == 0x9996; /* 首 */
        int nth = k > start && k < q - 1 && cps[k - 1] == 0x7B2C;    /* 第 */
        if (!first && !nth)
            continue;
        *count_end = q;
        first |= q - k == 2 && (cps[k] == 0x4E00 || cps[k] == '1'); /* 第一 */
        *kept = !first && !text_match_list_ending(cps, k - 1, &nc->lx->market_scope);
        return *kept ? k - 1 : q;
    }
    return start;
}

/* Where a project's name that ends at end, its suffix at p, begins when an
 * ordinal count may stand inside [start, p): start when none does,
 * (size_t)-1 when the count ranks a kind among others. *counted is set
 * when the count makes a kind of plant one plant: its number, or a rank
 * before the product it is named by (第一条|钙钛矿电池中试线); the rules
 * that drop a kind then let it be. */
static size_t counted_plant_start(const name_ctx *nc, size_t start, size_t p, size_t end,
                                  int *counted)
{
    size_t count_end = 0;
    int kept = 0;
    size_t b = ordinal_start(nc, start, p, &count_end, &kept);
    if (!count_end)
        return start;
    if (lexicon_is_generic(nc->lx, CNKG_PROJECT, nc->t->cps, count_end, end))
        return (size_t)-1; /* 第二条|生产线: a plant's common noun, counted */
    *counted = kept || text_match_list_ending(nc->t->cps, p, &nc->lx->product_head);
    return *counted ? b : (size_t)-1; /* 第一个|重大基础设施项目: a rank among a kind */
}

/* 为新一年的生产做准备, 焦炭本身耗煤量很大, 随着核电: does [b, e) hold a word
 * of a clause (kg:clauseWord: an adverb, a pronoun, a verb of telling or
 * deciding)? A rule that reads a name out of common words has then run
 * into the clause around it. */
static int holds_clause_word(const name_ctx *nc, size_t b, size_t e)
{
    return holds_word(nc->t, b, e, &nc->lx->clause_word);
}

/* 我们海外市场, 组团出海, 替我们开路: does a common word (kg:suffixWord) hold
 * the one-character suffix at p? Then no name ends there. */
static int suffix_in_word(const name_ctx *nc, size_t p)
{
    for (size_t b = p >= 3 ? p - 3 : 0; b <= p; b++)
        if (text_match_list(nc->t->cps, nc->t->n, b, &nc->lx->suffix_word) > p - b)
            return 1;
    return 0;
}

static int is_open_quote(uint32_t cp);
static int is_close_quote(uint32_t cp);

/* 正在制定|文化产业科技创新三年行动计划, 制定出台|实施方案: a verb that
 * brings a programme (kg:trigger) opens its object, not its name; no
 * annotated programme outside book marks begins with one. Returns where
 * the name begins after such verbs, and 了, at start; p when only the
 * suffix at p is left. */
static size_t past_programme_verbs(const name_ctx *nc, size_t start, size_t p)
{
    const text_view *t = nc->t;
    size_t len;
    /* 运用“千万工程”: a quote opened before the suffix and not closed
     * before it opens the name */
    for (size_t i = p; i > start; i--)
        if (is_close_quote(t->cps[i - 1]))
            break;
        else if (is_open_quote(t->cps[i - 1])) {
            start = i;
            break;
        }
    while (start < p &&
           (len = text_match_list(t->cps, p, start, &nc->lx->trigger[CNKG_PROGRAM])) > 0) {
        start += len;
        if (start < p && text_has_at(t->cps, p, start, "了"))
            start++;
    }
    return start;
}

/* 承平高速, 常泰长江大桥, 太康隧道: a place's name that ends in a suffix
 * for built works (kg:worksSuffix) names what is being built or run, a
 * project, as the news speaks of it (开工, 贯通, 通车); its left edge is
 * found as a place's. */
static int is_works(const name_ctx *nc, cnkg_class cls, size_t end)
{
    return cls == CNKG_PLACE && text_match_list_ending(nc->t->cps, end, &nc->lx->works_suffix);
}

/* Where the first known name of two characters or more (not a hidden
 * form) inside [b, e) begins, or (size_t)-1. */
static size_t first_known_in(const name_ctx *nc, size_t b, size_t e)
{
    for (size_t i = first_hit_from(nc, b); i < nc->n_hits && nc->hits[i].begin < e; i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->begin >= b && h->end <= e && h->end - h->begin >= 2 && h->form_kind != FORM_HIDDEN)
            return h->begin;
    }
    return (size_t)-1;
}

static int holds_numeral(const uint32_t *cps, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++)
        if (text_is_numeral(cps[i]))
            return 1;
    return 0;
}

/* Where the name of built works (kg:worksSuffix) whose suffix begins at p
 * begins, its walk left having stopped at start; (size_t)-1 when the head
 * names no works. 控制性工程|刘家山隧道, 重大工程|温福高铁: a project's
 * suffix inside the head ends a description of the works, which follows.
 * The news names a way by the places it joins (承平, 京唐, 中吉乌) or by a
 * known place, where the name begins (枝江长江大桥, 手握|中国高铁: then the
 * country alone names no works); a longer head of plain words, or one with
 * a count or a word that stops names, is a clause (保持高速 增长, 沿线高风险
 * 隧道, 96列高铁), and a head of words for a kind of way
 * (kg:worksKind: 市域铁路, 国家高速公路) or a sector (煤炭铁路) names a kind;
 * before a verb of manner (kg:mannerTail: 高速|增长) the suffix is an adverb. */
static size_t works_start(const name_ctx *nc, size_t start, size_t p, size_t end)
{
    enum { PLAIN_HEAD = 3 };
    const lexicon *lx = nc->lx;
    const uint32_t *cps = nc->t->cps;
    for (size_t q = p; q-- > start + 2;) /* p - 1 down to start + 2; none when p is 0 */
        if (text_match_list_ending(cps, q, &lx->suffix[CNKG_PROJECT]) >= 2) {
            start = q;
            break;
        }
    if (text_match_list(cps, nc->t->n, end, &lx->manner_tail))
        return (size_t)-1;
    if (han_count(cps, start, p) < 2 || only_words(cps, start, p, &lx->works_kind) ||
        only_words(cps, start, p, &lx->home_country) ||
        only_words(cps, start, p, &lx->whole_territory) ||
        only_words(cps, start, p, &lx->descriptive) || only_kinds(nc, start, p))
        return (size_t)-1;
    size_t known = first_known_in(nc, start, p);
    if (known != (size_t)-1)
        start = known;
    else if (p - start > PLAIN_HEAD || holds_numeral(cps, start, p) ||
             has_boundary_word(nc, (cnkg_span){start, p}))
        return (size_t)-1;
    if (han_count(cps, start, p) < 2 || only_words(cps, start, p, &lx->works_kind) ||
        only_words(cps, start, p, &lx->home_country))
        return (size_t)-1;
    /* 上海铁路|局, 北京铁路|集团: the works' name opens a body's */
    for (int c = 0; c < CNKG_CLASS_COUNT; c++)
        if (is_actor((cnkg_class)c) && text_match_list(cps, nc->t->n, end, &lx->suffix[c]))
            return (size_t)-1;
    return start;
}

/* 中国酿酒工业协会|葡萄酒|分会: a unit's word (kg:unitWord) that ends a
 * name after the whole name of its body (a suffix of the class, then two
 * characters at least of the unit's own) names the unit, as surely as the
 * body's suffix names the body, and the longer name wins. */
static int unit_of_named_body(const name_ctx *nc, cnkg_class cls, size_t start, size_t p,
                              size_t end)
{
    const text_view *t = nc->t;
    if (cls != CNKG_ORGANIZATION || text_match_list(t->cps, end, p, &nc->lx->unit_word) != end - p)
        return 0;
    for (size_t q = start + 2; q + 2 <= p; q++)
        if (text_match_list_ending(t->cps, q, &nc->lx->suffix[cls]) >= 2)
            return 1;
    return 0;
}

/* Suffix rule for one class at the positions where one of its suffixes
 * may begin (nc->suffix_at). */
static void suffix_names(const name_ctx *nc, cnkg_class cls, cand_list *out)
{
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    const word_list *suffixes = &lx->suffix[cls];
    for (size_t k = 0; k < nc->n_suffix_at; k++) {
        size_t p = nc->suffix_at[k];
        if (!(lx->suffix_classes[t->cps[p] % TEXT_FILTER_BITS] >> cls & 1))
            continue;
        size_t len = text_match_list(t->cps, t->n, p, suffixes);
        if (!len)
            continue;
        size_t end = p + len;
        /* 镇江子公司: a firm's standing (kg:standingWord) holds the
         * suffix and more; it names a relation, and no name ends there */
        if (text_match_list_ending(t->cps, end, &lx->standing_word) > len)
            continue;
        /* 市域铁|路: a place's shorter suffix inside a works suffix
         * (kg:worksSuffix) is read where the works suffix begins */
        if (cls == CNKG_PLACE && text_match_list_ending(t->cps, end, &lx->works_suffix) > len)
            continue;
        size_t from = known_form_start(nc, end);
        /* 生产基地|项目: a suffix right before is part of the name, even
         * where it holds a word that stops names (生产) */
        size_t inner = text_match_list_ending(t->cps, p, suffixes);
        if (inner < 2)
            inner = 0; /* 发|展|大会: one character is no suffix word */
        if (inner && p - inner < from)
            from = p - inner;
        size_t start = extend_left(nc, from < p ? from : p, end, cls);
        if (cls == CNKG_PROGRAM) {
            /* 编制|现代化产业体系创新图谱: an object cut from its verb is a
             * name only where the text goes on with no more of it */
            size_t cut = past_programme_verbs(nc, start, p);
            if (cut > start && !name_ends_at(nc, end))
                continue;
            start = cut;
        }
        if (cls == CNKG_GOVERNMENT_AGENCY || cls == CNKG_ORGANIZATION)
            start = division_led_start(nc, start, end);
        if (cls == CNKG_ORGANIZATION) /* not 中共|重庆市委: a party's body */
            start = body_division_start(nc, start, p);
        int counted = 0; /* an ordinal count: 第三个|洗碗机工厂 */
        if (cls == CNKG_PROJECT)
            start = counted_plant_start(nc, start, p, end, &counted);
        if (start == (size_t)-1)
            continue;
        size_t output = cls == CNKG_PROJECT ? output_start(nc, start) : start;
        int by_output = output < start;
        start = output;
        if (counted_measure(nc, start, p))
            continue;
        /* 16日|恢复生产线, 5日|分三期, 18日|自贸港, 6日|坠入红海: the walk
         * stopped at a date; a head of two characters after it, or a
         * one-character suffix, is a clause's words or a kind, no name */
        if (day_date_ending(t->cps, start) && (p - start <= 2 || len == 1))
            continue;
        /* 新修|货运码头, 建设|农村公路: after a verb that builds, a way or a
         * stop named by common words is the kind being built; one that a
         * known place opens keeps its name, begun after the verb
         * (建设|上海东海大桥) */
        if (cls == CNKG_PLACE && len >= 2) {
            size_t head = place_built_head(nc, start, p);
            if (head != (size_t)-1) {
                if (!head_is_known(nc, head, p))
                    continue;
                start = head;
            }
        }
        int works = is_works(nc, cls, end);
        if (works && (start = works_start(nc, start, p, end)) == (size_t)-1)
            continue;
        if (!suffix_allowed(nc, cls, len, start, p))
            continue;
        /* 拓展海|外, 找出路: the suffix belongs to a common word */
        if (len == 1 && suffix_in_word(nc, p))
            continue;
        if (cls == CNKG_INDUSTRIAL_PARK && unplaced_park(nc, start, p, end))
            continue;
        /* 部分地区, 受理本地区, 干旱地区: a head ending in a word for part or
         * kind of an area (kg:regionPartWord) names no region */
        if (cls == CNKG_REGION && text_match_list_ending(t->cps, p, &lx->region_part))
            continue;
        if (cls == CNKG_GOVERNMENT_AGENCY && start == p && level_committee(nc, p, end)) {
            cand_add(out, p, end, cls, NULL, SRC_RULE, 2);
            continue;
        }
        int need = cls == CNKG_COMPANY || cls == CNKG_PROJECT ? 2 : 1; /* 在|津项目 */
        if (han_count(t->cps, start, p) < need ||
            (!counted && has_quantifier(lx, t->cps, start, p)))
            continue;
        if (lexicon_is_generic(lx, cls, t->cps, start, end) || generic_tail(nc, cls, start, p, end))
            continue;
        /* 格力电器西南产业基地: what a firm names after itself is its
         * project, not a programme */
        if (cls == CNKG_PROGRAM && head_is_company(nc, start, p))
            continue;
        /* 重要基地, 战略生产基地, 新基地: a kind of thing, not a name */
        if (start < p && only_words(t->cps, start, p - inner, &lx->descriptive))
            continue;
        /* 先进制造业基地, 物流基地, 无人工厂: a kind of plant. A project is named
         * by its product (高精密度线路板项目): 项目 keeps such a head, and so
         * does a suffix that says what is done there (动力电池生产基地). */
        if (cls == CNKG_PROJECT && !inner && len == 2 && start < p && !counted &&
            only_kinds(nc, start, p) && !text_has_at(t->cps, t->n, end - 2, "项目"))
            continue;
        /* 宁波舟山港, 河北黄骅港: divisions with a one-character suffix
         * name a place of their own, however long (544 such ports in the
         * unlabelled corpus, 102 names); the suffix makes it as sure as
         * the divisions inside it. */
        int of_divisions = len == 1 && cls == CNKG_PLACE && divisions_before(nc, p) < p;
        if (of_divisions)
            start = divisions_before(nc, p);
        if (len == 1 && ((end - start > 4 && !of_divisions) ||
                         (end < t->n && text_is_han(t->cps[end]) &&
                          !text_match_list(t->cps, t->n, end, &lx->boundary))))
            continue; /* 峡, 江: a one-character suffix ends only a short name, and
                       * only where the name ends (三峡|龙脊 goes on) */
        if (cls == CNKG_PROJECT && !counted && plain_short_head(nc, start, p - inner))
            continue;
        /* 国家重大水利工程——…, 特大型城市深隧排涝项目——…: what the dashes
         * set off describes the project named after them (19 such pairs in
         * the training stories, no description a gold project) */
        if (cls == CNKG_PROJECT && apposition_dash(t, end))
            continue;
        /* 交流活动, 商标展会: so is an event whose suffix is itself a
         * common noun (活动, 展会) after a short plain head */
        if (cls == CNKG_EVENT && !inner && lexicon_is_generic(lx, cls, t->cps, p, end) &&
            plain_short_head(nc, start, p))
            continue;
        if (start > 0 && t->cps[start - 1] == 0x7B49)
            continue; /* 等零部件项目: after 等 comes the list's category, not a name */
        /* 规上工业企业, 电子行业: a suffix followed by a common noun is a
         * modifier of it, not the end of a name */
        if (cls == CNKG_COMPANY &&
            (text_match_list(t->cps, t->n, end, &lx->generic[cls]) ||
             text_match_list(t->cps, t->n, end, &lx->topic_tail) || industry_at(nc, end)))
            continue; /* 江阴机械|装备产业 too */
        /* 一站式航空维修基地, 一站式服务: an attributive suffix (kg:attributiveSuffix)
         * ends a programme's name only where the name ends */
        if (cls == CNKG_PROGRAM && text_list_holds(&lx->attributive, t->cps, p, end) &&
            !name_ends_at(nc, end))
            continue;
        size_t sfx = len + inner; /* 生产基地|项目 ends in a long suffix too */
        int strength = sfx >= 3 || of_divisions ? 3 : sfx == 2 ? 2 : 1;
        /* a park's name that a known place must open (无锡|职教园区) is as
         * sure as that place */
        if (by_output ||
            (cls == CNKG_INDUSTRIAL_PARK &&
             (park_area(nc, start, p) || text_list_holds(&lx->placed_park, t->cps, p, end))) ||
            (cls == CNKG_PROGRAM && (period_before(nc, p) || issuer_end(nc, start, p))))
            strength = 3; /* the yearly output, the park, the period, the issuer make it sure */
        /* 西安至延安高铁, 枝江长江大桥: works named by known places are as
         * sure as those places, and win over them */
        if (works && holds_known(nc, start, p))
            strength = 3;
        /* …水利工程——环北部湾广东水资源配置工程: the name a description
         * sets up is as sure as a known name, and wins over the places in it */
        if (cls == CNKG_PROJECT && start >= 2 && apposition_dash(t, start - 2) &&
            text_match_list_ending(t->cps, start - 2, suffixes))
            strength = 3;
        if (is_actor(cls) && !(cls == CNKG_ORGANIZATION && len >= 3)) {
            /* 大部分银行, 贸易公司: a suffix alone makes no firm or body. The
             * name must begin with a known name (江西|光速电子, 涪陵高新区|
             * 管委会) or end in a legal form (有限公司); the labeller, ranked
             * above these, proposes the rest. */
            int legal = text_match_list_ending(t->cps, end, &lx->legal_suffix) > 0;
            size_t firm =
                cls == CNKG_COMPANY && !legal ? known_firm_before(nc, start, p, end) : (size_t)-1;
            if (firm != (size_t)-1) { /* as sure as the known firm: it wins over it */
                if (holds_clause_word(nc, firm, end))
                    continue;
                cand_add(out, firm, end, cls, NULL, SRC_RULE, 3);
                out->items[out->n - 1].head_end = p;
                continue;
            }
            if (cls == CNKG_COMPANY && legal && !head_is_known(nc, start, p))
                start = firm_division_start(nc, start, p);
            int known = head_is_known(nc, start, p) || described_by_place(nc, start, end);
            if (!legal && !known)
                continue;
            if (is_place_and_industry(nc, start, end))
                continue;
            /* 江苏恒锐精密科技有限公司: a known place and a legal form make the
             * edges sure; otherwise the labeller's edges are better */
            strength = legal && known ? 3 : strength > 2 ? 2 : strength;
        }
        /* 列入中央考虑项目, 随着核电项目: the name's final span holds a
         * clause's words */
        if (holds_clause_word(nc, start, end))
            continue;
        if (unit_of_named_body(nc, cls, start, p, end))
            strength = 3;
        cand_add(out, start, end, works ? CNKG_PROJECT : cls, NULL, SRC_RULE, strength);
        out->items[out->n - 1].head_end = p;
    }
}

static int is_open_quote(uint32_t cp)
{
    return cp == 0x201C || cp == 0x2018 || cp == 0x300C || cp == 0x300E;
}

static int is_close_quote(uint32_t cp)
{
    return cp == 0x201D || cp == 0x2019 || cp == 0x300D || cp == 0x300F;
}

/* A title may quote part of itself (“一带一路”倡议, 成渝“双城经济圈”). */
static int is_title_char(uint32_t cp)
{
    return is_name_char(cp) || is_open_quote(cp) || is_close_quote(cp);
}

static int title_chars(const text_view *t, size_t b, size_t e)
{
    for (size_t k = b; k < e; k++)
        if (!is_title_char(t->cps[k]))
            return 0;
    return 1;
}

/* How far after quotes a programme's word may end their name, and how far
 * a verb there is still part of it (“智慧城市”建设规划). */
enum { MAX_QUOTE_TAIL = 12, QUOTE_TAIL_VERBS = 4 };

/* Does the word at e part what follows a quote from it (的, a conjunction,
 * a function word, a period's time; past the first few words, a verb)?
 * “一带一路”从理念转化为行动, “通港达园”的支线航道提升工程, “十五五”时期加快…:
 * the words after the quotes are no part of its name. */
static int quote_tail_stops(const lexicon *lx, const text_view *t, size_t e, int past_verbs)
{
    return text_has_at(t->cps, t->n, e, "的") || text_has_at(t->cps, t->n, e, "等") ||
           text_match_list(t->cps, t->n, e, &lx->boundary) == 1 ||
           text_match_list(t->cps, t->n, e, &lx->period_tail) ||
           text_match_list(t->cps, t->n, e, &lx->conjunction) ||
           text_match_list(t->cps, t->n, e, &lx->copula) ||
           (past_verbs && (text_match_list(t->cps, t->n, e, &lx->trigger[CNKG_PROGRAM]) ||
                           text_match_list(t->cps, t->n, e, &lx->build_word)));
}

/* “十二五”发展规划, “十二五”战略性新兴产业发展规划, “三区四带”国家生态安全
 * 屏障体系: more words and a programme's suffix after the quotes make one
 * name with them (in the training stories 14 such names of 17 where the words
 * hold no 的, conjunction or verb). Returns where it ends, or 0. */
static size_t quoted_programme_end(const lexicon *lx, const text_view *t, size_t close_end)
{
    /* “十四五”规划纲要: the quotes name a period, the plan is the whole */
    size_t plan = text_match_list(t->cps, t->n, close_end, &lx->plan_word);
    if (plan)
        return close_end + plan;
    for (size_t e = close_end + 1;
         e < t->n && e <= close_end + MAX_QUOTE_TAIL && text_is_han(t->cps[e - 1]); e++) {
        if (quote_tail_stops(lx, t, e - 1, e - 1 >= close_end + QUOTE_TAIL_VERBS))
            return 0;
        size_t len = text_match_list(t->cps, t->n, e, &lx->suffix[CNKG_PROGRAM]);
        if (len >= 2 && (e + len >= t->n || !text_is_han(t->cps[e + len]) ||
                         text_match_list(t->cps, t->n, e + len, &lx->boundary)))
            return e + len;
    }
    return 0;
}

/* The class whose longest suffix ends a quoted phrase at e (two characters
 * at least), the first of the order below on a tie: “国家生态工业示范园区”
 * ends in a programme's 示范园区 before a park's 园区. */
static cnkg_class quoted_suffix_class(const lexicon *lx, const text_view *t, size_t e)
{
    static const cnkg_class inside[] = {CNKG_ORGANIZATION, CNKG_INDUSTRIAL_PARK, CNKG_COMPANY,
                                        CNKG_PROGRAM,      CNKG_PROJECT,         CNKG_EVENT};
    cnkg_class best = CNKG_CLASS_NONE;
    size_t best_len = 1;
    for (size_t i = 0; i < sizeof inside / sizeof *inside; i++) {
        size_t len = text_match_list_ending(t->cps, e, &lx->suffix[inside[i]]);
        if (len > best_len)
            best = inside[i], best_len = len;
    }
    return best;
}

static int text_span_holds(const uint32_t *cps, size_t b, size_t e, uint32_t cp)
{
    for (size_t i = b; i < e; i++)
        if (cps[i] == cp)
            return 1;
    return 0;
}

enum { MAX_OF_TAIL = 10 }; /* words between 的 and the programme's word */

/* “品牌出海”的最新举措, “加快推进煤矿企业兼并重组”的规划, “通港达园”的支线航道
 * 提升工程: quotes, 的 and a few words ending in a programme's suffix where
 * the name ends. The quotes name the policy that the words after 的 carry
 * out or describe (in the training stories the quoted phrase is a programme
 * in 10 such places of 12, the whole phrase in 1). */
static int quote_of_programme(const lexicon *lx, const text_view *t, size_t close_end)
{
    if (!text_has_at(t->cps, t->n, close_end, "的"))
        return 0;
    for (size_t e = close_end + 1;
         e < t->n && e <= close_end + 1 + MAX_OF_TAIL && text_is_han(t->cps[e - 1]); e++) {
        size_t len = text_match_list(t->cps, t->n, e, &lx->suffix[CNKG_PROGRAM]);
        if (len >= 2 && (e + len >= t->n || !text_is_han(t->cps[e + len])))
            return 1;
    }
    return 0;
}

/* The class a quoted phrase takes from its surroundings, or NONE. */
static cnkg_class quote_class(const lexicon *lx, const text_view *t, size_t open, size_t b,
                              size_t e, size_t close_end)
{
    /* What follows the quotes is the surest sign: “三事分办”机制, “刀片电池”生产线 */
    if (text_match_list(t->cps, t->n, close_end, &lx->product_marker))
        return CNKG_PRODUCT;
    if (text_match_list(t->cps, t->n, close_end, &lx->suffix[CNKG_PROGRAM]) >= 2 ||
        quote_of_programme(lx, t, close_end))
        return CNKG_PROGRAM;
    /* Then a class suffix inside the quotes: “智能汽车安全技术创新联合体” */
    cnkg_class by_suffix = quoted_suffix_class(lx, t, e);
    if (by_suffix != CNKG_CLASS_NONE)
        return by_suffix;
    /* “万人助万企”活动, “属地直通”模式: a word for a way of working after
     * a name of three characters at least (“加速”模式 is a plain word), not
     * a list of aims (“龙头引领、配套协同”模式 is a slogan) */
    if (e - b >= 3 && !text_span_holds(t->cps, b, e, 0x3001) &&
        text_match_list(t->cps, t->n, close_end, &lx->programme_kind))
        return CNKG_PROGRAM;
    if (text_match_list_ending(t->cps, text_count_start(t->cps, open, &lx->measure),
                               &lx->trigger[CNKG_PROGRAM]))
        return CNKG_PROGRAM; /* 实施100个“产品创新强基”项目 */
    if (text_match_list_ending(t->cps, open, &lx->trigger[CNKG_PRODUCT]) ||
        text_match_list_ending(t->cps, open, &lx->product_kind))
        return CNKG_PRODUCT; /* 研发“…”, 小麦新品种“…”, 保姆机器人“…” */
    return CNKG_CLASS_NONE;
}

/* After a run of quoted phrases (“清单制”“积分制”“院落制”等乡村自治形式),
 * the words that follow may class the whole run. */
static cnkg_class run_tail_class(const lexicon *lx, const text_view *t, size_t pos)
{
    size_t end = pos;
    while (end < t->n && end - pos < 14 && !text_is_clause_break(t->cps[end]))
        end++;
    /* “首问责任制”“限时办结制”等诸多服务机制也不断推出, “家电下乡”等政策: 等
     * and a word for policies within a few characters, before any verb of
     * making further on; not past 的, a conjunction or a verb that brings a
     * programme (“…”等突出问题完善制度, “…”等地区和国际多边机制: the policy
     * is of something else) */
    if (text_has_at(t->cps, t->n, pos, "等"))
        for (size_t i = pos + 1; i < end && i <= pos + 8; i++) {
            if (text_has_at(t->cps, t->n, i, "的") ||
                text_match_list(t->cps, t->n, i, &lx->conjunction) ||
                text_match_list(t->cps, t->n, i, &lx->trigger[CNKG_PROGRAM]))
                break;
            if (text_match_list(t->cps, t->n, i, &lx->policy_list))
                return CNKG_PROGRAM;
        }
    for (size_t i = pos; i < end; i++) {
        if (text_match_list(t->cps, end, i, &lx->product_tail) &&
            text_match_list_ending(t->cps, end, &lx->cue[CNKG_PRODUCES]))
            return CNKG_PRODUCT;
    }
    for (size_t i = pos; i < end; i++)
        if (text_match_list(t->cps, t->n, i, &lx->cue[CNKG_PRODUCES]) &&
            text_has_at(t->cps, t->n, pos, "等"))
            return CNKG_PRODUCT;
    return CNKG_CLASS_NONE;
}

/* 汽车产业|“十二五”规划, 贵州|“十二五”规划: known names and a sector's
 * words (kg:Industry's suffixes: 行业, 工业) right before a quoted period
 * say what the plan is for, and open its name. Returns where it begins. */
static size_t plan_topic_start(const name_ctx *nc, size_t open)
{
    const uint32_t *cps = nc->t->cps;
    size_t from = open;
    while (from > 0 && open - from < 12) {
        size_t known = known_form_start(nc, from);
        size_t sector = text_match_list_ending(cps, from, &nc->lx->suffix[CNKG_INDUSTRY]);
        if (known < from)
            from = known;
        else if (sector >= 2 && from - sector < from)
            from -= sector;
        else
            break;
    }
    return from;
}

typedef struct quoted {
    size_t open, b, e, close_end;
} quoted;

static void quoted_names(const name_ctx *nc, cand_list *out)
{
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    quoted run[16] = {{0}};
    size_t n_run = 0;
    cnkg_class run_class = CNKG_CLASS_NONE; /* of the quote just before, if adjacent */
    size_t run_end = (size_t)-1;
    for (size_t i = 0; i < t->n; i++) {
        if (!is_open_quote(t->cps[i]))
            continue;
        size_t j = i + 1;
        while (j < t->n && j - i <= 20 && !is_close_quote(t->cps[j]) &&
               !text_is_sentence_end(t->cps[j]))
            j++;
        if (j >= t->n || !is_close_quote(t->cps[j]) || j - i < 3)
            continue;
        quoted q = {i, i + 1, j, j + 1};
        /* “清单制”“积分制”: a quote right after a classed one shares its class */
        if (run_class != CNKG_CLASS_NONE &&
            (run_end == i || (run_end + 1 == i && t->cps[run_end] == 0x3001))) {
            cand_add(out, q.b, q.e, run_class, NULL, SRC_RULE, 3);
            run_end = q.close_end;
            i = j;
            continue;
        }
        run_class = CNKG_CLASS_NONE;
        /* A run continues when the next quote opens right away or after 、 */
        if (n_run &&
            !(run[n_run - 1].close_end == i ||
              (run[n_run - 1].close_end + 1 == i && t->cps[run[n_run - 1].close_end] == 0x3001)))
            n_run = 0;
        if (n_run < 16)
            run[n_run++] = q;
        size_t whole = n_run == 1 ? quoted_programme_end(lx, t, q.close_end) : 0;
        if (whole) { /* “十二五”发展规划, 汽车产业“十二五”规划: what the plan is for opens it */
            size_t from = plan_topic_start(nc, q.open);
            cand_add(out, from, whole, CNKG_PROGRAM, NULL, SRC_RULE, 3);
            n_run = 0;
            i = whole - 1;
            continue;
        }
        cnkg_class cls = quote_class(lx, t, run[0].open, q.b, q.e, q.close_end);
        if (cls == CNKG_CLASS_NONE)
            cls = run_tail_class(lx, t, q.close_end);
        if (cls == CNKG_CLASS_NONE)
            continue;
        for (size_t k = 0; k < n_run; k++)
            cand_add(out, run[k].b, run[k].e, cls, NULL, SRC_RULE, 3);
        n_run = 0;
        run_class = cls;
        run_end = q.close_end;
        i = j;
    }
}

/* 限价令, 禁塑令, “强装令”: an order a government issues, named by the
 * thing it limits or bans and kg:orderWord. A name of three characters
 * opened by kg:orderOpen (限, 禁) is one anywhere; in quotes, any three
 * are, unless the last two make a common word (kg:commonOrderWord: 指令,
 * 命令). 禁止令 and 限制令, a court's injunctions, are kg:genericTerm. */
static void order_names(const name_ctx *nc, cand_list *out)
{
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    for (size_t p = 2; p < t->n; p++) {
        size_t w = text_match_list(t->cps, t->n, p, &lx->order_word);
        if (!w)
            continue;
        size_t b = p - 2, e = p + w;
        if (!text_is_han(t->cps[b]) || !text_is_han(t->cps[b + 1]))
            continue;
        int opened = text_match_list(t->cps, p, b, &lx->order_open) == 1;
        int in_quotes = b > 0 && is_open_quote(t->cps[b - 1]) && e < t->n &&
                        is_close_quote(t->cps[e]) &&
                        !text_match_list(t->cps, t->n, b + 1, &lx->common_order);
        if ((!opened && !in_quotes) || lexicon_is_generic(lx, CNKG_PROGRAM, t->cps, b, e))
            continue;
        cand_add(out, b, e, CNKG_PROGRAM, NULL, SRC_RULE, 3);
    }
}

/* Where the person rule's name that begins at b, with a surname of sn
 * characters, ends: one or two more characters unless the next one starts
 * a boundary word; a known person's name there ends it (外长王毅参加: 王毅). */
static size_t person_name_end(const name_ctx *nc, size_t b, size_t sn)
{
    const text_view *t = nc->t;
    size_t known = known_end_at(nc, b, CNKG_PERSON);
    if (known)
        return known;
    size_t e = b + sn;
    for (int k = 0; k < 2 && e < t->n && text_is_han(t->cps[e]); k++) {
        if (e > b + sn && text_match_list(t->cps, t->n, e, &nc->lx->boundary))
            break;
        e++;
    }
    return e;
}

/* 村民肖复金, 记者 夏元: a surname right after a role word. Not after a role
 * word that ends a title written after a name (书记 in 总书记高度重视). */
static void person_names(const name_ctx *nc, cand_list *out)
{
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    const word_list *triggers = &lx->trigger[CNKG_PERSON];
    for (size_t p = 0; p < t->n; p++) {
        size_t len = text_match_list(t->cps, t->n, p, triggers);
        if (!len || text_match_list_ending(t->cps, p + len, &lx->title_after_name) > len)
            continue;
        size_t b = p + len;
        while (b < t->n && (t->cps[b] == ' ' || t->cps[b] == 0x3000))
            b++;
        size_t sn = text_match_list(t->cps, t->n, b, &lx->surname);
        if (!sn)
            continue;
        size_t e = person_name_end(nc, b, sn);
        if (e - b >= 2 && e - b <= 4)
            cand_add(out, b, e, CNKG_PERSON, NULL, SRC_RULE, 2);
    }
}

/* 第十九届…国际红叶节 */
static void event_names(const name_ctx *nc, cand_list *out)
{
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    const word_list *prefixes = &lx->prefix[CNKG_EVENT];
    for (size_t p = 0; p < t->n; p++) {
        size_t len = text_match_list(t->cps, t->n, p, prefixes);
        if (!len)
            continue;
        for (size_t e = p + len + 2; e <= t->n && e - p <= max_length(CNKG_EVENT); e++) {
            if (text_is_clause_break(t->cps[e - 1]))
                break;
            size_t sl = text_match_list_ending(t->cps, e, &lx->suffix[CNKG_EVENT]);
            if (sl && (e == t->n || !text_is_han(t->cps[e]) ||
                       text_match_list(t->cps, t->n, e, &lx->boundary))) {
                cand_add(out, p, e, CNKG_EVENT, NULL, SRC_RULE, 3);
                break;
            }
        }
    }
}

/* Where an agency's name starts, given its department at pos: at the
 * division named right before (巴南区|经济信息委), at a level word (市|农业农村委),
 * else at the department itself. */
static size_t agency_head(const name_ctx *nc, size_t pos)
{
    size_t start = pos;
    for (size_t i = first_hit_ending_at(nc, pos); i < nc->n_hits && nc->hits[i].begin < pos; i++) {
        const gaz_hit *h = &nc->hits[i];
        const cnkg_term *t = cnkg_ontology_term(nc->lx->onto, h->term);
        if (h->end == pos && h->begin < start && h->form_kind != FORM_HIDDEN &&
            (t->cls == CNKG_ADMINISTRATIVE_DIVISION || t->cls == CNKG_INDUSTRIAL_PARK))
            start = h->begin;
    }
    if (start == pos && pos > 0)
        start -= text_match_list_ending(nc->t->cps, pos, &nc->lx->level_word);
    return start;
}

/* 巴南区经济信息委, 市农业农村委: a department's name, and before it the
 * division (or 市, 区) it belongs to. */
static void agency_name_at(const name_ctx *nc, size_t p, size_t len, cand_list *out)
{
    size_t start = agency_head(nc, p);
    if (start == p && lexicon_is_generic(nc->lx, CNKG_GOVERNMENT_AGENCY, nc->t->cps, p, p + len))
        return; /* 政府, 法院 alone name no body */
    cand_add(out, start, p + len, CNKG_GOVERNMENT_AGENCY, NULL, SRC_RULE, 3);
}

static void agency_names(const name_ctx *nc, cand_list *out)
{
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    word_hit *hits = NULL;
    long found = text_find_all(&lx->department_forms, t->cps, t->n, &hits);
    if (found >= 0) { /* one pass over the text, candidates in the same order */
        for (long i = 0; i < found; i++)
            agency_name_at(nc, hits[i].pos, hits[i].len, out);
        free(hits);
        return;
    }
    size_t n = cnkg_ontology_department_count(lx->onto);
    for (size_t d = 0; d < n; d++) {
        const cnkg_term *dep = cnkg_ontology_department(lx->onto, d);
        for (size_t f = 0; f < dep->n_forms; f++) {
            size_t len = cnkg_utf8_length(dep->forms[f]);
            for (size_t p = 0; p + len <= t->n; p++)
                if (text_has_at(t->cps, t->n, p, dep->forms[f]))
                    agency_name_at(nc, p, len, out);
        }
    }
}

/* Items of a list that ends at end: A、B、C, the first cut on its left at a
 * clause break or a word of stop (the verb that brings the list: 落地, 攻关).
 * Returns the count, at most max. */
static size_t list_items_joined(const name_ctx *nc, size_t end, const word_list *stop,
                                cnkg_span *items, size_t max, int conjunctions);

static size_t list_items(const name_ctx *nc, size_t end, const word_list *stop, cnkg_span *items,
                         size_t max)
{
    return list_items_joined(nc, end, stop, items, max, 0);
}

/* The same, where 和, 及 join items as 、 does. */
static size_t list_items_joined(const name_ctx *nc, size_t end, const word_list *stop,
                                cnkg_span *items, size_t max, int conjunctions)
{
    const text_view *t = nc->t;
    size_t n = 0, item_end = end, p = end;
    while (p > 0 && n < max) {
        uint32_t cp = t->cps[p - 1];
        size_t conj = conjunctions ? text_match_list_ending(t->cps, p, &nc->lx->conjunction) : 0;
        if (conj && text_match_list_ending(t->cps, p, &nc->lx->boundary) > conj)
            conj = 0;               /* 涉及, 以及: a word, not 及 */
        if (cp == 0x3001 || conj) { /* 、 */
            size_t width = conj ? conj : 1;
            if (item_end > p)
                items[n++] = (cnkg_span){p, item_end};
            p -= width;
            item_end = p;
            continue;
        }
        if (text_is_clause_break(cp) || text_is_skipped(cp) ||
            text_match_list_ending(t->cps, p, stop))
            break;
        p--;
    }
    if (item_end > p && n < max)
        items[n++] = (cnkg_span){p, item_end};
    return n;
}

static int plain_item(const name_ctx *nc, cnkg_span s, size_t min, size_t max)
{
    if (s.end - s.begin < min || s.end - s.begin > max)
        return 0;
    for (size_t i = s.begin; i < s.end; i++)
        if (!is_name_char(nc->t->cps[i]))
            return 0;
    return !text_match_list(nc->t->cps, s.end, s.begin, &nc->lx->quantifier);
}

/* Is the item, whole, a known term of one of the classes in mask? */
static int is_known_as(const name_ctx *nc, cnkg_span item, unsigned mask)
{
    for (size_t i = first_hit_from(nc, item.begin);
         i < nc->n_hits && nc->hits[i].begin < item.begin + 1; i++) {
        const gaz_hit *h = &nc->hits[i];
        cnkg_class c = cnkg_ontology_term(nc->lx->onto, h->term)->cls;
        if (h->begin == item.begin && h->end == item.end && (mask & (1u << c)))
            return 1;
    }
    return 0;
}

static int is_known_industry(const name_ctx *nc, cnkg_span item)
{
    return is_known_as(nc, item, (1u << CNKG_INDUSTRY) | (1u << CNKG_PRODUCT));
}

/* The first known industry or product inside an item, at or after from. */
static const gaz_hit *first_industry(const name_ctx *nc, cnkg_span item, size_t from)
{
    const gaz_hit *best = NULL;
    for (size_t i = first_hit_from(nc, from); i < nc->n_hits && nc->hits[i].begin < item.end; i++) {
        const gaz_hit *h = &nc->hits[i];
        cnkg_class c = cnkg_ontology_term(nc->lx->onto, h->term)->cls;
        if ((c == CNKG_INDUSTRY || c == CNKG_PRODUCT) && h->begin >= from && h->end <= item.end &&
            h->form_kind != FORM_HIDDEN && (!best || h->begin < best->begin))
            best = h;
    }
    return best;
}

/* The company a project is named after: a known company at the head of
 * the item (华峰|己二酸), else the words before the first known industry
 * (联鸿|纺织服饰, 优倍净|高端|化妆品), without modifiers such as 高端. What
 * follows a known company, short and unknown, is its product (己二酸). */
static void item_company(const name_ctx *nc, cnkg_span item, cand_list *out)
{
    const text_view *t = nc->t;
    size_t head = item.begin;
    for (size_t i = first_hit_from(nc, item.begin);
         i < nc->n_hits && nc->hits[i].begin < item.begin + 1; i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->begin == item.begin && h->end < item.end && h->end > head &&
            cnkg_ontology_term(nc->lx->onto, h->term)->cls == CNKG_COMPANY)
            head = h->end;
    }
    if (head > item.begin) {
        const gaz_hit *ind = first_industry(nc, item, head);
        size_t rest = item.end - head;
        if (!ind && rest >= 2 && rest <= 5 && han_count(t->cps, head, item.end) == (int)rest)
            cand_add(out, head, item.end, CNKG_PRODUCT, NULL, SRC_RULE, 3);
        return;
    }
    const gaz_hit *ind = first_industry(nc, item, item.begin + 2);
    if (!ind || text_match_list_ending(t->cps, item.end, &nc->lx->suffix[CNKG_PROJECT]))
        return; /* 三一重工西南制造基地: a named plant, not company + industry */
    size_t end = ind->begin, m;
    while (end > item.begin + 2 && (m = text_match_list_ending(t->cps, end, &nc->lx->modifier)))
        end -= m;
    int all_han = 1;
    for (size_t i = item.begin; i < end; i++)
        all_han &= text_is_han(t->cps[i]) && !text_match_list(t->cps, end, i, &nc->lx->boundary);
    if (end - item.begin >= 2 && all_han)
        cand_add(out, item.begin, end, CNKG_COMPANY, NULL, SRC_RULE, 3);
}

/* Where the words after the last function word that stops names inside
 * item s begin (全天在|越野滑雪): the list's first item carries the words
 * that bring it. A conjunction joins parts of one name (晶圆及封测), and a
 * verb may be one (优倍净高端化妆品研发生产项目): only a one-character word
 * that is no conjunction counts. */
static size_t words_after_stop(const name_ctx *nc, cnkg_span s)
{
    const uint32_t *cps = nc->t->cps;
    for (size_t i = s.end - 1; i > s.begin; i--)
        if (text_match_list_ending(cps, i, &nc->lx->boundary) == 1 &&
            !text_match_list_ending(cps, i, &nc->lx->conjunction))
            return i;
    return s.begin;
}

/* 投资1300亿元建设的|国家大型风光基地、…等项目: the list's first item, whose
 * left edge no 、 sets, begins after its last 的 (as a product list's
 * does, item_cut); what comes before describes it. */
static size_t first_item_start(const name_ctx *nc, cnkg_span s)
{
    for (size_t i = s.end; i-- > s.begin;)
        if (nc->t->cps[i] == 0x7684) /* 的 */
            return i + 2 < s.end ? i + 1 : s.begin;
    return s.begin;
}

/* 承接中铝高端制造、华峰己二酸等项目: each item of a list closed by 等…项目
 * is a project; its canonical name carries the suffix. */
static void project_lists(const name_ctx *nc, cand_list *out)
{
    const text_view *t = nc->t;
    const word_list *sfx = &nc->lx->suffix[CNKG_PROJECT];
    for (size_t p = 0; p < t->n; p++) {
        if (t->cps[p] != 0x7B49) /* 等 */
            continue;
        size_t tail = 0, q = p + 1;
        while (q < t->n && q - p <= 6 && !text_is_clause_break(t->cps[q]) &&
               !(tail = text_match_list(t->cps, t->n, q, sfx)))
            q++;
        if (!tail || !text_has_at(t->cps, t->n, q + tail - 2, "项目"))
            continue;
        if (holds_word(t, p + 1, q + tail, &nc->lx->activity_kind))
            continue; /* 剪纸、酿酒等非遗体验项目: pastimes offered, no projects */
        cnkg_span items[16];
        size_t n = list_items(nc, p, &nc->lx->trigger[CNKG_PROJECT], items, 16);
        if (n) /* 建设的|国家大型风光基地、…等项目: the first item carries the clause */
            items[n - 1].begin = first_item_start(nc, items[n - 1]);
        for (size_t i = 0; i < n; i++) {
            if (!plain_item(nc, items[i], 2, 30) || is_known_industry(nc, items[i]) ||
                holds_clause_word(nc, items[i].begin, items[i].end))
                continue; /* 电池、电机等关键零部件项目: kinds of projects, not projects */
            if (i == n - 1 && n > 1 && has_boundary_word(nc, items[i]))
                continue; /* 国家发改委已将…、…等项目, 确保…、…等项目: the first
                           * item, whose left edge no 、 sets, runs into the
                           * clause that brings the list (a word that stops
                           * names stands in it), so where it begins is unknown */
            /* 柔道、跆拳道等项目, 观鸟、登山等特色项目, 验收、调试等项目: a
             * short item of common words is a kind of activity, as 算法工程
             * is a kind of work; a known name makes one (华峰、宁德时代等项目) */
            if (plain_short_head(nc, words_after_stop(nc, items[i]), items[i].end))
                continue;
            cand_add(out, items[i].begin, items[i].end, CNKG_PROJECT, NULL, SRC_RULE, 3);
            char *item = cnkg_cps_to_utf8(t->cps, items[i].begin, items[i].end);
            cnkg_buf label = {0};
            cnkg_buf_puts(&label, item);
            if (!text_match_list_ending(t->cps, items[i].end, sfx))
                cnkg_buf_puts(&label, "项目");
            out->items[out->n - 1].label = cnkg_buf_detach(&label);
            free(item);
            item_company(nc, items[i], out);
        }
    }
}

static int has_boundary_word(const name_ctx *nc, cnkg_span s)
{
    return holds_word(nc->t, s.begin, s.end, &nc->lx->boundary);
}

/* 年产冷轧薄板300万吨, 累计生产家用空调近4000万套: an item that goes on with a
 * quantity names the product before it (and before 近, 约). Returns 1 when
 * the item was cut so. */
static int cut_quantity(const name_ctx *nc, cnkg_span *item)
{
    const text_view *t = nc->t;
    size_t q = item->begin;
    while (q < item->end && !(t->cps[q] >= '0' && t->cps[q] <= '9'))
        q++;
    if (q == item->end || q == item->begin)
        return 0;
    size_t m;
    while (q > item->begin && (m = text_match_list_ending(t->cps, q, &nc->lx->boundary)) > 0 &&
           q - m >= item->begin)
        q -= m;
    item->end = q;
    return 1;
}

/* 年产10万台|空调、5万盏|灯具: an item that opens with an amount in a
 * counting unit (kg:countingUnit) names its product after the unit, up to
 * a word of capacity (kg:capacityWord: …自动变速器的生产能力). Returns 1
 * when the item was cut so, 0 when it opens with no amount and unit. */
static int cut_amount(const name_ctx *nc, cnkg_span *item)
{
    const text_view *t = nc->t;
    size_t q = amount_end(nc, item->begin, item->end);
    if (!q)
        return 0;
    item->begin = q;
    for (size_t p = item->begin; p < item->end; p++)
        if (text_match_list(t->cps, item->end, p, &nc->lx->capacity_word)) {
            item->end = p;
            break;
        }
    if (item->end > item->begin && t->cps[item->end - 1] == 0x7684) /* 的 */
        item->end--;
    return 1;
}

/* 混凝土泵车3000台, 喷浆车150台: an item that ends in an amount in a counting
 * unit (kg:countingUnit) names its product before the amount. */
static void cut_trailing_amount(const name_ctx *nc, cnkg_span *item)
{
    const uint32_t *cps = nc->t->cps;
    for (size_t q = item->begin + 1; q < item->end; q++)
        if (is_numeral(cps[q]) && !is_numeral(cps[q - 1]) &&
            amount_end(nc, q, item->end) == item->end) {
            item->end = q;
            return;
        }
}

/* Does a class suffix longer than len begin at p (开发|区, 研发|中心)? */
static int suffix_over(const name_ctx *nc, size_t p, size_t len)
{
    for (int c = 0; c < CNKG_CLASS_COUNT; c++)
        if (text_match_list(nc->t->cps, nc->t->n, p, &nc->lx->suffix[c]) > len)
            return 1;
    return 0;
}

/* Does what follows a product trigger ending at e read as its object?
 * Not in 研发能力弱, 生产规模, 生产、供应、销售, 生产与工业旅游: there the
 * verb is a noun, or one of a list of activities. */
static int trigger_takes_object(const name_ctx *nc, size_t e)
{
    const text_view *t = nc->t;
    if (e >= t->n || text_is_clause_break(t->cps[e]) || t->cps[e] == 0x3001)
        return 0;
    return !text_match_list(t->cps, t->n, e, &nc->lx->conjunction) &&
           !text_match_list(t->cps, t->n, e, &nc->lx->verbal_noun);
}

/* Is the trigger at b..e half of a frequent word written across its edge
 * (kg:crossingWordStart 公开 in 公开发行, kg:crossingWordEnd 发行 there)? Then
 * the text holds no such verb. */
static int trigger_crossed(const lexicon *lx, const text_view *t, size_t b, size_t e)
{
    return (b >= 1 && text_list_holds(&lx->crossing_start, t->cps, b - 1, b + 1)) ||
           (e < t->n && text_list_holds(&lx->crossing_end, t->cps, e - 1, e + 1));
}

/* Does a known product or industry end right before the trigger at p
 * (芯片|生产, 锂电池|生产)? Then trigger and 的 qualify what follows: it is
 * of that making (…生产的重要原料), not what is made. */
static int thing_made_before(const name_ctx *nc, size_t p)
{
    for (size_t i = first_hit_ending_at(nc, p); i < nc->n_hits && nc->hits[i].begin < p; i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->end != p || h->form_kind == FORM_HIDDEN)
            continue;
        cnkg_class c = cnkg_ontology_term(nc->lx->onto, h->term)->cls;
        if (c == CNKG_PRODUCT || c == CNKG_INDUSTRY)
            return 1;
    }
    return 0;
}

/* Where what the product trigger [p, p + len) makes begins: after it and
 * 的, or after its complement and aspect; 0 where the trigger makes
 * nothing there. */
static size_t trigger_object(const name_ctx *nc, size_t p, size_t len)
{
    const text_view *t = nc->t;
    const lexicon *lx = nc->lx;
    if (suffix_over(nc, p, len))
        return 0; /* 开发区, 研发中心: the trigger is part of a name's suffix */
    if (trigger_crossed(lx, t, p, p + len) ||
        text_match_list_ending(t->cps, p + len, &lx->making_noun) > len)
        return 0; /* 公开发行: no 开发 there; 西部大开发: a programme */
    size_t b = p + len;
    if (text_has_at(t->cps, t->n, b, "的")) {
        if (thing_made_before(nc, p))
            return 0; /* 芯片生产的|全链条实验: the 的 names a part of that making */
        b++;
    } else { /* 研发出|X, 开发了|X, 研发成功了|X: the verb's complement, its aspect */
        b += text_match_list(t->cps, t->n, b, &lx->verb_complement);
        b += text_match_list(t->cps, t->n, b, &lx->aspect_particle);
    }
    return trigger_takes_object(nc, b) ? b : 0;
}

/* 攻关智能驾驶系统、车规级芯片等核心技术: after a product trigger, the items up to
 * 等, the end of the clause or 的 before a firm (生产X的企业) are products
 * (研发的X: what was made follows the 的). */
static void product_lists(const name_ctx *nc, cand_list *out)
{
    const text_view *t = nc->t;
    const lexicon *lx = nc->lx;
    for (size_t p = 0; p < t->n; p++) {
        size_t len = text_match_list(t->cps, t->n, p, &lx->trigger[CNKG_PRODUCT]);
        if (!len || text_match_list(t->cps, t->n, p, &lx->product_marker) ||
            text_match_list(t->cps, t->n, p, &lx->output_noun))
            continue; /* 生产线, 年产值 are nouns, not 生产 + what is made */
        size_t b = trigger_object(nc, p, len);
        if (!b)
            continue;
        size_t e = b;
        while (e < t->n && !text_is_clause_break(t->cps[e]) && t->cps[e] != 0x7B49 &&
               !(text_has_at(t->cps, t->n, e, "的") &&
                 text_match_list(t->cps, t->n, e + 1, &lx->generic[CNKG_COMPANY])) &&
               !text_match_list(t->cps, t->n, e, &lx->capacity_word))
            e++; /* 生产量子计算机的企业: the firm is described by its product;
                  * 年产X的生产能力: the capacity is no item */
        cnkg_span items[8];
        size_t n = list_items_joined(nc, e, &lx->trigger[CNKG_PRODUCT], items, 8, 1);
        for (size_t i = 0; i < n; i++) {
            if (items[i].begin < p + len)
                continue;
            if (items[i].begin < b)
                items[i].begin = b; /* 研发的|X */
            size_t m = text_match_list_ending(t->cps, items[i].begin, &lx->trigger[CNKG_PRODUCT]);
            if (m && text_match_list(t->cps, t->n, items[i].begin - m, &lx->output_noun))
                continue; /* 研发、生产团队: the list's last word is a noun */
            if (text_match_list_ending(t->cps, items[i].end, &lx->suffix[CNKG_PROJECT]) >= 2)
                continue; /* 年产5万吨负极材料项目: a capacity, a project */
            if (text_match_list_ending(t->cps, items[i].end, &lx->generic[CNKG_COMPANY]) >= 2)
                continue; /* 医药生产|流通企业: makers, not what they make */
            if (text_match_list_ending(t->cps, items[i].end, &lx->nominal_tail) ||
                text_match_list_ending(t->cps, items[i].end, &lx->public_field))
                continue; /* 生产技术和管理|经验, 生产经营|管理: what making needs or is */
            size_t nov = text_match_list_ending(t->cps, items[i].end, &lx->novelty_tail);
            if (nov && items[i].end - nov >= items[i].begin + 2 &&
                !holds_numeral(t->cps, items[i].begin, items[i].end - nov))
                items[i].end -= nov; /* 研发出特种不锈钢|新产品: the thing made, new
                                      * (not 数十款|新产品: a count) */
            int amount = is_numeral(t->cps[items[i].begin]);
            if (amount && !cut_amount(nc, &items[i]))
                continue; /* 年产值, 年产5万: no unit, no product */
            int counted = amount || cut_quantity(nc, &items[i]);
            if (text_match_list_ending(t->cps, items[i].end, &lx->locative))
                continue; /* 在食品生产加工储藏中: the verb is a noun in a place phrase */
            if (!plain_item(nc, items[i], counted ? 2 : 3, 12) || has_boundary_word(nc, items[i]) ||
                holds_clause_word(nc, items[i].begin, items[i].end) ||
                has_quantifier(lx, t->cps, items[i].begin, items[i].end) ||
                lexicon_is_generic(lx, CNKG_PRODUCT, t->cps, items[i].begin, items[i].end))
                continue;
            cand_add(out, items[i].begin, items[i].end, CNKG_PRODUCT, NULL, SRC_RULE, 3);
        }
        p = e;
    }
}

/* 产品以混凝土机械、工程起重机械等为主: after a cue that opens a firm's
 * products, a list of two or more closed by 等 lists products; after a head
 * of a catalogue (kg:catalogueHead: 主要产品是) so does the rest of the
 * clause, one item or more, 等 or not. Ranked above the rules that read the
 * same words as a body or an industry. */
static void product_catalogues(const name_ctx *nc, cand_list *out)
{
    const text_view *t = nc->t;
    const lexicon *lx = nc->lx;
    for (size_t p = 0; p < t->n; p++) {
        size_t len = text_match_list(t->cps, t->n, p, &lx->product_list_cue);
        if (!len)
            continue;
        size_t b = p + len;
        if (b < t->n && (t->cps[b] == 0xFF1A || t->cps[b] == ':'))
            b++;
        size_t e = b;
        while (e < t->n && e - b < 80 && !text_is_clause_break(t->cps[e]) && t->cps[e] != 0x7B49)
            e++;
        int head = text_match_list(t->cps, t->n, p, &lx->catalogue_head) == len;
        if (e >= t->n || (t->cps[e] != 0x7B49 && !(head && text_is_clause_break(t->cps[e]))))
            continue; /* 等 */
        cnkg_span items[12];
        size_t n = list_items_joined(nc, e, &lx->product_list_cue, items, 12, 1);
        if (n < (head ? 1u : 2u))
            continue;
        int good[12], all = items[n - 1].begin == b; /* the list fills the clause */
        for (size_t i = 0; i < n; i++) {
            good[i] = items[i].begin >= b && !is_numeral(t->cps[items[i].begin]) &&
                      plain_item(nc, items[i], 2, 12) && !has_boundary_word(nc, items[i]) &&
                      !lexicon_is_generic(lx, CNKG_PRODUCT, t->cps, items[i].begin, items[i].end);
            all &= good[i];
        }
        /* with no 等 to close it, a list one of whose items reads as no
         * product (10类ODN连接设备及器件) is no list of products */
        for (size_t i = 0; (all || t->cps[e] == 0x7B49) && i < n; i++)
            if (good[i])
                cand_add(out, items[i].begin, items[i].end, CNKG_PRODUCT, NULL, SRC_RULE, 5);
        p = e;
    }
}

/* Does the thing made at s end in a product's last word (kg:productHead:
 * 热水器, 镀锌板), read as one, with no word that stops names in it and no
 * word of kind opening it (主要|面板, 重点|…)? */
static int made_thing(const name_ctx *nc, cnkg_span s)
{
    const text_view *t = nc->t;
    return plain_item(nc, s, 2, 12) &&
           text_match_list_ending(t->cps, s.end, &nc->lx->product_head) &&
           !has_boundary_word(nc, s) && !has_quantifier(nc->lx, t->cps, s.begin, s.end) &&
           text_match_list(t->cps, s.end, s.begin, &nc->lx->descriptive) < 2 && /* 主要|面板 */
           !lexicon_is_generic(nc->lx, CNKG_PRODUCT, t->cps, s.begin, s.end) &&
           !is_known_industry(nc, s);
}

/* Where the last amount in a counting unit inside s ends (形成70万吨|冷轧板),
 * or 0. */
static size_t last_amount_end(const name_ctx *nc, cnkg_span s)
{
    const uint32_t *cps = nc->t->cps;
    for (size_t q = s.end; q > s.begin; q--) {
        size_t b = q - 1;
        if (!is_numeral(cps[b]) || (b > s.begin && (is_numeral(cps[b - 1]) || cps[b - 1] == '.')))
            continue;
        size_t a = amount_end(nc, b, s.end);
        if (a)
            return a;
    }
    return 0;
}

/* Does the product that begins at b have a sure left edge: 的 (年产能300兆瓦
 * 的|), or a word of two characters or more that stops names (上马|)? Not
 * the start of the clause, nor one character (将建, 在华): the walk left
 * has crossed a verb or a subject there as often (以保证花都…工厂). */
static int sure_left_edge(const name_ctx *nc, size_t b)
{
    const text_view *t = nc->t;
    return b > 0 && (t->cps[b - 1] == 0x7684 || /* 的 */
                     text_match_list_ending(t->cps, b, &nc->lx->boundary) >= 2);
}

/* Does a known name other than a product's or an industry's (a place's, a
 * firm's, a body's) open s (花都|发动机工厂)? The plant is then named by
 * its owner or its place, not by its product alone. */
static int opens_with_owner(const name_ctx *nc, cnkg_span s)
{
    unsigned things = 1u << CNKG_PRODUCT | 1u << CNKG_INDUSTRY;
    unsigned all = (1u << CNKG_CLASS_COUNT) - 1;
    return known_opening(nc, s.begin, s.end - 1, all & ~things) != 0;
}

/* Where the last count's measure word inside s ends (第一条|光子芯片), or
 * s.begin. */
static size_t after_count(const name_ctx *nc, cnkg_span s)
{
    for (size_t q = s.end; q > s.begin + 1; q--)
        if (text_match_list_ending(nc->t->cps, q, &nc->lx->measure) == 1 &&
            is_numeral(nc->t->cps[q - 2]))
            return q;
    return s.begin;
}

/* 上马平板太阳能热水器生产线, 一条光子芯片中试线, 年产300万台液晶面板生产线: a
 * plant named by a word of plant (kg:plantWord) names what it makes by the
 * words before it; a product when they end like one, their left edge is
 * sure (after an amount, a count, 的, a long word that stops names) and no
 * owner's name opens them. */
static void plant_products(const name_ctx *nc, cand_list *out)
{
    const text_view *t = nc->t;
    const lexicon *lx = nc->lx;
    for (size_t p = 2; p < t->n; p++) {
        size_t len = text_match_list(t->cps, t->n, p, &lx->plant_word);
        if (!len || text_match_list_ending(t->cps, p + len, &lx->plant_word) != len)
            continue; /* 产线 inside 生产线 */
        cnkg_span s = {extend_left(nc, p, p, CNKG_PRODUCT), p};
        size_t a = last_amount_end(nc, s);
        size_t counted = after_count(nc, s);
        if (a)
            s.begin = a;
        else if (counted > s.begin)
            s.begin = counted;
        else if (!sure_left_edge(nc, s.begin))
            continue;
        if (made_thing(nc, s) && !opens_with_owner(nc, s))
            cand_add(out, s.begin, s.end, CNKG_PRODUCT, NULL, SRC_RULE, 3);
    }
}

/* 5年, 2023年, 今明两|年: the length of a number of years at q (its 年
 * alone where the walk left stopped inside), below end, or 0. Only a count
 * of years says when a market is: 5G|手机, 100台|空调 name the thing. */
static size_t years_at(const uint32_t *cps, size_t q, size_t end)
{
    size_t k = q;
    while (k < end && is_numeral(cps[k]))
        k++;
    return k < end && cps[k] == 0x5E74 /* 年 */ ? k + 1 - q : 0;
}

/* Where the words before a market's product end inside s: after the words
 * that say whose or when the market is (kg:marketScope: 我国, 未来5年) and
 * known places (中国, 内蒙古), or s.begin. */
static size_t market_scope_end(const name_ctx *nc, cnkg_span s)
{
    const text_view *t = nc->t;
    enum { PLACES = 1u << CNKG_ADMINISTRATIVE_DIVISION | 1u << CNKG_REGION };
    size_t b = s.begin, moved = 1;
    for (size_t k = 1; k <= 2 && k <= b; k++) { /* 我|国: the walk left stopped inside */
        size_t m = text_match_list(t->cps, s.end, b - k, &nc->lx->market_scope);
        if (m > k) {
            b = b - k + m;
            break;
        }
    }
    while (moved && b < s.end) {
        moved = 0;
        size_t m = text_match_list(t->cps, s.end, b, &nc->lx->market_scope);
        m += years_at(t->cps, b + m, s.end); /* 未来|5年, 2023年 */
        size_t place = m ? 0 : known_opening(nc, b, s.end - 1, PLACES);
        if (place)
            m = place - b;
        if (m) {
            b += m;
            moved = 1;
            if (b < s.end && t->cps[b] == 0x7684) /* 的: 中国的钒电池市场 */
                b++;
        }
    }
    return b;
}

/* 国内变频洗衣机市场, 中央空调市场, 中国的钒电池市场: a product names its
 * market (kg:marketWord); the words before it, after whose or when the
 * market is, name a product when they end like one. A name of two
 * characters must be a known product (投机市场, 二板市场 name none). */
static void market_products(const name_ctx *nc, cand_list *out)
{
    const text_view *t = nc->t;
    for (size_t p = 2; p < t->n; p++) {
        if (!text_match_list(t->cps, t->n, p, &nc->lx->market_word))
            continue;
        cnkg_span s = {extend_left(nc, p, p, CNKG_PRODUCT), p};
        size_t walked = s.begin;
        s.begin = market_scope_end(nc, s);
        size_t len = s.end - s.begin;
        if (len < 3 && !is_known_as(nc, s, 1u << CNKG_PRODUCT))
            continue;
        /* the walk left crosses verbs (抢占|, 走访|): the edge is sure after
         * whose the market is, 的 or a long word that stops names; at the
         * start of a clause only a short name is */
        int clause = s.begin == 0 || !is_name_char(t->cps[s.begin - 1]);
        int scoped = s.begin > walked ||
                     text_match_list_ending(t->cps, s.begin, &nc->lx->market_scope); /* 国内| */
        if (len > 8 || !(scoped || sure_left_edge(nc, s.begin) || (clause && len <= 4)))
            continue;
        int numeral = 0; /* 第一季度, 5月份: a time, not a kind */
        for (size_t i = s.begin; i < s.end; i++)
            numeral |= is_numeral(t->cps[i]);
        if (numeral)
            continue;
        if (made_thing(nc, s) && !opens_with_owner(nc, s))
            cand_add(out, s.begin, s.end, CNKG_PRODUCT, NULL, SRC_RULE, 3);
    }
}

/* 形成70万吨冷轧板和30万吨镀锌板产能, 预留了100万台滚筒洗衣机的产能: before a
 * word of capacity (kg:amountCapacityWord), each item counted in a unit
 * (kg:countingUnit) names a product after its amount, when it ends like
 * one (kg:productHead; not 200万吨钢铁产能, a sector, nor 700万吨氮肥落后
 * 产能). */
static void capacity_products(const name_ctx *nc, cand_list *out)
{
    const text_view *t = nc->t;
    const lexicon *lx = nc->lx;
    for (size_t p = 1; p < t->n; p++) {
        size_t len = text_match_list(t->cps, t->n, p, &lx->amount_capacity);
        if (!len)
            continue;
        size_t e = t->cps[p - 1] == 0x7684 ? p - 1 : p; /* 的 */
        cnkg_span items[8];
        size_t n = list_items_joined(nc, e, &lx->trigger[CNKG_PRODUCT], items, 8, 1);
        for (size_t i = 0; i < n; i++) {
            size_t a = last_amount_end(nc, items[i]);
            if (!a)
                break; /* the list of counted things ends there */
            cnkg_span s = {a, items[i].end};
            if (made_thing(nc, s))
                cand_add(out, s.begin, s.end, CNKG_PRODUCT, NULL, SRC_RULE, 3);
        }
        p += len - 1;
    }
}

/* Where a thing made that an industry's name opens ends, or 0: the last
 * words of things made (kg:productHead, kg:sectorProductHead) from e on,
 * one after another (光伏|电池|片), and the text goes on with no more of
 * the word after a head of one character (LED|灯|、, not 能源|机|构). */
static size_t sector_product_end(const name_ctx *nc, size_t e)
{
    const text_view *t = nc->t;
    size_t end = e, last = 0;
    for (;;) {
        size_t len = text_match_list(t->cps, t->n, end, &nc->lx->product_head);
        size_t more = text_match_list(t->cps, t->n, end, &nc->lx->sector_product);
        if (more > len)
            len = more;
        if (!len)
            break;
        end += len;
        last = len;
    }
    if (!last || (last == 1 && !name_ends_at(nc, end) &&
                  !text_match_list(t->cps, t->n, end, &nc->lx->conjunction)))
        return 0;
    return end;
}

/* 光伏组件, LED灯, 汽车轮胎, 电池片: a known industry followed at once by
 * the last word of a thing made names what the sector makes (in the
 * training stories such names are products three times in four). Not
 * when a word of the sector closes it (光伏组件产业, 汽车轮胎企业, 汽车轮胎
 * 制造业): the phrase then names the sector, which the rules of industries
 * find. */
static void sector_products(const name_ctx *nc, cand_list *out)
{
    const text_view *t = nc->t;
    const lexicon *lx = nc->lx;
    for (size_t i = 0; i < nc->n_hits; i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->form_kind == FORM_HIDDEN ||
            cnkg_ontology_term(lx->onto, h->term)->cls != CNKG_INDUSTRY)
            continue;
        size_t end = sector_product_end(nc, h->end);
        if (!end || text_match_list(t->cps, t->n, end, &lx->sector_tail) ||
            text_match_list(t->cps, t->n, end, &lx->suffix[CNKG_INDUSTRY]) ||
            text_match_list(t->cps, t->n, end, &lx->work_head))
            continue;
        cand_add(out, h->begin, end, CNKG_PRODUCT, NULL, SRC_RULE, 3);
    }
}

/* Does a product named elsewhere end s after its start (桌面|激光雕刻机)? A
 * known product, or one a rule found before in the text (研发激光雕刻机):
 * that names the machine, and the words before it describe it. */
static int named_product_ending(const name_ctx *nc, const cand_list *found, cnkg_span s)
{
    const uint32_t *cps = nc->t->cps;
    for (size_t i = first_hit_ending_at(nc, s.end); i < nc->n_hits && nc->hits[i].begin < s.end;
         i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->end == s.end && h->begin > s.begin && h->form_kind != FORM_HIDDEN &&
            cnkg_ontology_term(nc->lx->onto, h->term)->cls == CNKG_PRODUCT)
            return 1;
    }
    for (size_t i = 0; i < found->n; i++) {
        const cand *c = &found->items[i];
        size_t len = c->end - c->begin;
        if (c->cls == CNKG_PRODUCT && len >= 2 && len < s.end - s.begin &&
            !memcmp(cps + c->begin, cps + s.end - len, len * sizeof *cps))
            return 1;
    }
    return 0;
}

/* Where the noun that begins at *from, after a measure word for
 * machines, ends: at a word that stops names or the end of its clause.
 * *from moves past the clause's last 的: what comes before describes the
 * machine (一台外形小巧的|榨汁器, 首台集成模组与芯片的|控制系统). */
static size_t counted_noun_end(const name_ctx *nc, size_t *from)
{
    const text_view *t = nc->t;
    size_t e = *from;
    for (; e < t->n && is_name_char(t->cps[e]) && !text_is_clause_break(t->cps[e]); e++)
        if (t->cps[e] == 0x7684) /* 的 */
            *from = e + 1;
    for (size_t q = *from + 1; q < e; q++)
        if (text_match_list(t->cps, e, q, &nc->lx->boundary))
            return q;
    return e;
}

/* 一台外形小巧的榨汁器, 国内首台双轴深松整地机, 30多台甘蔗剥叶机:
 * after a count (numerals, 首) and a measure word for machines
 * (kg:machineMeasure), the noun that runs to the end of its clause names a
 * machine made when it ends like one (made_thing), when no product named
 * elsewhere ends it and, of two characters, when it is a known product.
 * Not inside a known name (三台县), nor 一台台 (one after another), nor
 * 首台（套） (a policy's term). */
static void counted_machines(const name_ctx *nc, cand_list *out)
{
    const text_view *t = nc->t;
    const lexicon *lx = nc->lx;
    for (size_t p = 1; p < t->n; p++) {
        size_t len = text_match_list(t->cps, t->n, p, &lx->machine_measure);
        if (!len || !(is_numeral(t->cps[p - 1]) || t->cps[p - 1] == 0x9996) || /* 首 */
            known_overlaps(nc, p, p + 1))
            continue; /* 三台县, 台州: no measure word there */
        size_t b = p + len;
        if (b >= t->n || text_is_open_paren(t->cps[b]) ||
            text_match_list(t->cps, t->n, b, &lx->machine_measure))
            continue;
        size_t e = counted_noun_end(nc, &b);
        cnkg_span s = {b, e};
        if (e - b < 3 && !is_known_as(nc, s, 1u << CNKG_PRODUCT))
            continue; /* 首台样机, 一台新机: two characters name a kind */
        if (made_thing(nc, s) && !named_product_ending(nc, out, s))
            cand_add(out, s.begin, s.end, CNKG_PRODUCT, NULL, SRC_RULE, 3);
    }
}

/* Does a word that stops names stand inside the item, or open it when it
 * is short or the word long (对A, 包括X)? One may open a longer item whose
 * left edge is sure (外延片). */
static int item_opens_stop(const name_ctx *nc, cnkg_span s)
{
    const text_view *t = nc->t;
    size_t m = text_match_list(t->cps, s.end, s.begin, &nc->lx->boundary);
    if (m >= 2 || (m && s.end - s.begin < 3))
        return 1;
    return has_boundary_word(nc, (cnkg_span){s.begin + 1, s.end});
}

/* Is the item a known division or region (美国、韩国等产品: where the
 * products come from)? A known firm may name its brand (金龙鱼). */
static int is_known_place(const name_ctx *nc, cnkg_span item)
{
    return is_known_as(nc, item, (1u << CNKG_ADMINISTRATIVE_DIVISION) | (1u << CNKG_REGION));
}

/* Does a noun phrase end at p: before a mark, a word that stops names or a
 * locative (等产品上, 等产品的)? */
static int phrase_ends(const name_ctx *nc, size_t p)
{
    const text_view *t = nc->t;
    return p >= t->n || !text_is_han(t->cps[p]) ||
           text_match_list(t->cps, t->n, p, &nc->lx->boundary) ||
           text_match_list(t->cps, t->n, p, &nc->lx->locative) || t->cps[p] == 0x4E0A; /* 上 */
}

/* Where the words that bring a list end inside item s: after its last 的,
 * aspect particle (新增了|微波炉), verb of making with its complement
 * (研发出|太阳能锅炉), verb that brings a product list (生产及销售|冰箱)
 * or word of two or more characters that stops names (主要生产LED产业链上游
 * 的|外延片). 0 if none. */
static size_t item_cut(const name_ctx *nc, cnkg_span s)
{
    const text_view *t = nc->t;
    const lexicon *lx = nc->lx;
    for (size_t i = s.end; i > s.begin; i--) { /* at s.end: the item is the verb (研发、生产) */
        if (t->cps[i - 1] == 0x7684 ||         /* 的 */
            text_match_list_ending(t->cps, i, &lx->aspect_particle))
            return i;
        if (text_match_list_ending(t->cps, i, &lx->cue[CNKG_PRODUCES]) ||
            text_match_list_ending(t->cps, i, &lx->product_list_verb) ||
            text_match_list_ending(t->cps, i, &lx->boundary) >= 2)
            return i + text_match_list(t->cps, s.end, i, &lx->verb_complement);
    }
    return 0;
}

/* Does item s end in the last word of a thing made (kg:productHead,
 * kg:sectorProductHead), with words before it (落地|灯, not 灯 alone)? */
static int ends_like_product(const name_ctx *nc, cnkg_span s)
{
    size_t len = text_match_list_ending(nc->t->cps, s.end, &nc->lx->product_head);
    size_t more = text_match_list_ending(nc->t->cps, s.end, &nc->lx->sector_product);
    if (more > len)
        len = more;
    return len && len < s.end - s.begin;
}

/* Is every item of the list one name: plain and short, no known place, no
 * generic word? The items between marks have sure edges (落地灯 holds a word
 * that stops names and is a lamp); the first is cut after the words that
 * bring the list (item_cut) and then holds no such word and is no longer
 * than the longest other by more than one. */
static int list_of_names(const name_ctx *nc, cnkg_span *items, size_t n)
{
    size_t longest = 0;
    for (size_t i = 0; i + 1 < n; i++)
        if (items[i].end - items[i].begin > longest)
            longest = items[i].end - items[i].begin;
    size_t c = item_cut(nc, items[n - 1]);
    if (c)
        items[n - 1].begin = c;
    cnkg_span first = items[n - 1];
    if (has_boundary_word(nc, first) || first.end - first.begin > longest + 1)
        return 0;
    for (size_t i = 0; i < n; i++) {
        cnkg_span s = items[i];
        if (text_span_holds(nc->t->cps, s.begin, s.end, 0x7B49))
            return 0; /* 等: the list closed before the item's end */
        if (!plain_item(nc, s, 2, 8) || is_known_place(nc, s) ||
            lexicon_is_generic(nc->lx, CNKG_PRODUCT, nc->t->cps, s.begin, s.end))
            return 0;
    }
    return 1;
}

/* 吸顶灯、壁灯、吊灯、台灯、落地灯、小夜灯, 折叠屏、曲面屏、伸缩屏: three
 * or more names joined by 、, three of them and two in three ending in the
 * last word of a thing made (not 补短板、锻长板、扬优势, a slogan), list
 * things made, and each of them is a product (节日灯串 too, listed among
 * lamps). The list ends at 等, an ellipsis (……, read as 等) or a mark and
 * begins after a word that stops names or a mark. */
static void headed_lists(const name_ctx *nc, cand_list *out)
{
    const text_view *t = nc->t;
    for (size_t p = 1; p <= t->n; p++) {
        if (p < t->n && t->cps[p] != 0x7B49 &&                   /* 等 */
            !(t->cps[p] == 0x2026 && t->cps[p - 1] != 0x2026) && /* …… ends it as 等 does */
            (t->cps[p] == 0x3001 ||
             !(text_is_clause_break(t->cps[p]) || text_is_skipped(t->cps[p]))))
            continue;
        if (t->cps[p - 1] == 0x7B49) /* 等。: the list ended at 等 */
            continue;
        cnkg_span items[16];
        size_t n = list_items(nc, p, &nc->lx->product_list_cue, items, 16);
        if (n < 3 || n == 16)
            continue;
        size_t headed = 0;
        for (size_t i = 0; i < n; i++)
            headed += ends_like_product(nc, items[i]);
        if (headed < 3 || headed * 3 < n * 2 || !list_of_names(nc, items, n))
            continue;
        for (size_t i = 0; i < n; i++)
            cand_add(out, items[i].begin, items[i].end, CNKG_PRODUCT, NULL, SRC_RULE, 3);
    }
}

/* Does a word that names what the list holds as products (产品, 材料) end
 * the few words after the 等 at p (等核心产品, 等高附加值的新材料)? Not after
 * a sector's word (等领域的产品): then the items are sectors. */
static int product_list_closed(const name_ctx *nc, size_t p)
{
    const text_view *t = nc->t;
    int closed = 0, of = 0;
    for (size_t q = p + 1; q < t->n && q - p <= 10 && !text_is_clause_break(t->cps[q]); q++) {
        of |= t->cps[q] == 0x7684; /* 的 */
        if (text_match_list(t->cps, t->n, q, &nc->lx->sector_tail) ||
            (!of && text_match_list(t->cps, t->n, q, &nc->lx->generic[CNKG_COMPANY]) >= 2))
            return 0; /* 等与家电无关的领域; 等零部件配套企业: the items are firms
                       * (but 等产品的生产企业: they are what the firms make) */
        size_t m = q - p <= 8 ? text_match_list(t->cps, t->n, q, &nc->lx->product_list_tail) : 0;
        /* not 等家电卖场, 等知名产品品牌: the word heads no longer noun;
         * 产品 does but before a product's marker (等产品出口, 等产品价格) */
        if (m && (phrase_ends(nc, q + m) ||
                  (text_has_at(t->cps, t->n, q + m - 2, "产品") &&
                   !text_match_list(t->cps, t->n, q + m, &nc->lx->product_marker))))
            closed = 1;
    }
    return closed;
}

/* Does a word for parts (kg:partListTail) follow the 等 at p within the
 * clause, and is one of the n items a known sector (汽车、数控机床等各类零部件)?
 * Then the list names whose parts they are, not things made. */
static int parts_of_sectors(const name_ctx *nc, size_t p, const cnkg_span *items, size_t n)
{
    const text_view *t = nc->t;
    int parts = 0;
    for (size_t q = p + 1; q < t->n && q - p <= 10 && !text_is_clause_break(t->cps[q]) && !parts;
         q++)
        parts = text_match_list(t->cps, t->n, q, &nc->lx->part_list_tail) != 0;
    for (size_t i = 0; parts && i < n; i++)
        if (is_known_as(nc, items[i], 1u << CNKG_INDUSTRY))
            return 1;
    return 0;
}

/* 锂电池、充电桩产品产量: a list set right before 产品(的)产量 counts the
 * output of each item, so each is a product, as in a list closed by
 * 等…产品 (in the training stories the items of such lists are gold
 * products, 等 or not). Does such a list end at p? */
static int output_list_end(const name_ctx *nc, size_t p)
{
    const text_view *t = nc->t;
    /* 产 first: this runs at every character of the text */
    return t->cps[p] == 0x4EA7 && p > 0 && t->cps[p - 1] != 0x7B49 && text_is_han(t->cps[p - 1]) &&
           (text_has_at(t->cps, t->n, p, "产品产量") || text_has_at(t->cps, t->n, p, "产品的产量"));
}

/* 外延片、芯片等核心产品, 冰箱、洗衣机等产品: two or more items closed by 等
 * and a word for products are products, as after a catalogue's cue. The
 * list's first item is cut after its last 的 or verb of making
 * (主要生产LED产业链上游的|外延片); one that is a known term whole
 * (新能源汽车、充电桩等产品) begins where the term does. */
static void product_tail_lists(const name_ctx *nc, cand_list *out)
{
    const text_view *t = nc->t;
    const lexicon *lx = nc->lx;
    for (size_t p = 0; p < t->n; p++) {
        int closed = t->cps[p] == 0x7B49 && product_list_closed(nc, p); /* 等…产品 */
        if (!closed && !output_list_end(nc, p))
            continue;
        /* 工业控制计算机及系统产品产量: without 等, 及 and 和 join one name */
        cnkg_span items[12];
        size_t n = list_items_joined(nc, p, &lx->product_list_cue, items, 12, closed);
        if (n < 2 || parts_of_sectors(nc, p, items, n))
            continue;
        /* Cut at the right-most item that holds the words bringing the
         * list; the items left of it are those words */
        int cut = 0;
        size_t longest = 0;
        for (size_t i = 0; i < n && !cut; i++) {
            size_t c = item_cut(nc, items[i]);
            if (c) {
                items[i].begin = c;
                n = i + 1;
                cut = 1;
            }
            if (i + 1 < n && items[i].end - items[i].begin > longest)
                longest = items[i].end - items[i].begin;
        }
        for (size_t i = 0; i < n; i++) {
            cut_trailing_amount(nc, &items[i]);
            /* Items between 、 or after the cut have a sure left edge: a
             * word that stops names may open them (外延片, 内存条); the
             * first item, uncut, may begin with the clause (要减少空调) */
            int sure = i + 1 < n || cut || is_known_as(nc, items[i], ~0u);
            if (!sure &&
                (items[i].end - items[i].begin > longest + 1 || has_boundary_word(nc, items[i])))
                continue;
            if (plain_item(nc, items[i], 2, 12) && !(sure && item_opens_stop(nc, items[i])) &&
                !is_known_place(nc, items[i]) &&
                !lexicon_is_generic(lx, CNKG_PRODUCT, t->cps, items[i].begin, items[i].end))
                cand_add(out, items[i].begin, items[i].end, CNKG_PRODUCT, NULL, SRC_RULE, 5);
        }
    }
}

/* 等3个镇, 等18个县（市、区）: a count of divisions closes the list. */
static int towns_follow(const name_ctx *nc, size_t p)
{
    const text_view *t = nc->t;
    size_t q = p;
    while (q < t->n && q - p < 4 && is_numeral(t->cps[q]))
        q++;
    if (q == p || q >= t->n || t->cps[q] != 0x4E2A) /* 个 */
        return 0;
    return text_match_list(t->cps, t->n, q + 1, &nc->lx->town_suffix) ||
           text_has_at(t->cps, t->n, q + 1, "县") || text_has_at(t->cps, t->n, q + 1, "区") ||
           text_has_at(t->cps, t->n, q + 1, "市");
}

/* Is the item nothing but division names (四川成都)? */
static int only_places(const name_ctx *nc, cnkg_span item)
{
    size_t p = item.end;
    while (p > item.begin) {
        size_t start = p;
        for (size_t i = first_hit_ending_at(nc, p); i < nc->n_hits && nc->hits[i].begin < p; i++) {
            const gaz_hit *h = &nc->hits[i];
            if (h->end == p && h->begin >= item.begin && h->begin < start &&
                cnkg_ontology_term(nc->lx->onto, h->term)->cls == CNKG_ADMINISTRATIVE_DIVISION)
                start = h->begin;
        }
        if (start == p)
            return 0;
        p = start;
    }
    return 1;
}

/* Is the gazetteer hit h a foreign country (not kg:homeCountry)? */
static int foreign_country(const name_ctx *nc, const gaz_hit *h)
{
    const cnkg_term *term = cnkg_ontology_term(nc->lx->onto, h->term);
    return term->cls == CNKG_ADMINISTRATIVE_DIVISION && division_code_is_country(term->code) &&
           !lexicon_is_home_country(nc->lx, nc->t->cps, h->begin, h->end);
}

/* Does a known name end at e and begin after b (荷兰驻|广州: a Chinese
 * city, not a foreign state)? */
static int known_ends_inside(const name_ctx *nc, size_t b, size_t e)
{
    for (size_t i = first_hit_ending_at(nc, e); i < nc->n_hits && nc->hits[i].begin < e; i++)
        if (nc->hits[i].end == e && nc->hits[i].begin > b)
            return 1;
    return 0;
}

/* The end of a foreign division's name that begins at p: min to five Han
 * characters, no count (多州, 远东八个州) nor a word that stops names
 * (各州), then a word of sfx; or p when there is none. Not a suffix that
 * opens a common noun (省份), nor one right after another (省|省长), nor a
 * name that ends in a word for no state (kg:notStateWord: 外务省, 反省). */
static size_t foreign_division_end(const name_ctx *nc, size_t p, const word_list *sfx, size_t min)
{
    const text_view *t = nc->t;
    for (size_t len = 1; len <= 5 && p + len < t->n; len++) {
        if (!text_is_han(t->cps[p + len - 1]) || is_numeral(t->cps[p + len - 1]) ||
            text_match_list_ending(t->cps, p + len, &nc->lx->boundary))
            return p;
        size_t s = text_match_list(t->cps, t->n, p + len, sfx);
        size_t e = p + len + s;
        if (!s || len < min)
            continue;
        /* 大城市: a common noun of divisions; 驻广州: a known name */
        const word_list *generic = &nc->lx->generic[CNKG_ADMINISTRATIVE_DIVISION];
        if (text_match_list_ending(t->cps, e, generic) || known_ends_inside(nc, p, e) ||
            text_match_list(t->cps, t->n, p + len, generic) > s ||
            text_match_list(t->cps, t->n, p + len - 1, sfx) ||
            text_match_list_ending(t->cps, e, &nc->lx->not_state))
            return p;
        return e;
    }
    return p;
}

/* 俄罗斯|萨马拉州, 美国|加州|洛杉矶郡, 美国南部|得克萨斯州: after a foreign
 * country (and a word of direction, kg:directionWord), a name ending in a
 * state's suffix (kg:foreignStateSuffix: 州, 郡) is a division of it; after
 * such a division, a name ending in a lower one's (kg:foreignLocalSuffix:
 * 市, 郡, 县) is one of that. */
static void foreign_divisions(const name_ctx *nc, cand_list *out)
{
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    for (size_t i = 0; i < nc->n_hits; i++) {
        const gaz_hit *h = &nc->hits[i];
        if (!foreign_country(nc, h) || known_form_start(nc, h->end) != h->begin)
            continue;
        size_t p = h->end;
        p += text_match_list(t->cps, t->n, p, &lx->direction_word);
        size_t e = foreign_division_end(nc, p, &lx->foreign_state, 1);
        for (int level = 0; e > p && level < 2; level++) {
            cand_add(out, p, e, CNKG_ADMINISTRATIVE_DIVISION, NULL, SRC_RULE, 3);
            p = e;
            e = foreign_division_end(nc, p, &lx->foreign_local, 2);
        }
    }
}

/* 宁波同舟汽配、苏州晟锋电驱等4家东部企业, 中国汽研、招商车研等科研院所: a list
 * closed by 等 and a common noun of a class (企业, 科研院所) lists members
 * of that class. */
/* Does a word for a field (领域, 行业), not the start of a longer common
 * word of industries (产业链), stand at q? */
static int field_word_at(const name_ctx *nc, size_t q)
{
    const text_view *t = nc->t;
    /* 方面 (产品定价、货款交割等方面对企业): a field of no industry too */
    size_t len = text_match_list(t->cps, t->n, q, &nc->lx->topic_tail);
    return len && text_match_list(t->cps, t->n, q, &nc->lx->generic[CNKG_INDUSTRY]) <= len;
}

/* 冰箱、洗衣机等家电企业, 多晶硅、光伏制造等企业: where an item is a known
 * industry or product, the list names the trades of the firms, and its
 * other items are trades too, not firms' names. */
static int lists_trades(const name_ctx *nc, const cnkg_span *items, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (is_known_industry(nc, items[i]))
            return 1;
    return 0;
}

static void member_lists(const name_ctx *nc, cand_list *out)
{
    static const cnkg_class classes[] = {CNKG_COMPANY, CNKG_ORGANIZATION, CNKG_INDUSTRIAL_PARK};
    const text_view *t = nc->t;
    for (size_t p = 0; p < t->n; p++) {
        if (t->cps[p] != 0x7B49) /* 等 */
            continue;
        cnkg_class cls = CNKG_CLASS_NONE;
        for (size_t q = p + 1; q < t->n && q - p <= 8 && cls == CNKG_CLASS_NONE; q++) {
            /* 电子氟化工、电子磷化工等领域企业: a word for a field (kg:topicTail)
             * before the common noun says the list names fields, not members;
             * not where it opens a longer word (产业链合作伙伴) */
            if (text_is_clause_break(t->cps[q]) || field_word_at(nc, q))
                break;
            int classes_named = 0;
            for (size_t k = 0; k < sizeof classes / sizeof *classes; k++)
                if (text_match_list(t->cps, t->n, q, &nc->lx->generic[classes[k]])) {
                    cls = classes[k];
                    classes_named++;
                }
            /* 央视网、央视频等平台, 服贸会、消博会等平台, 智库、媒体等领域的
             * 合作平台: a common noun of two classes (平台: a park's and a
             * body's) says neither */
            if (classes_named > 1) {
                cls = CNKG_CLASS_NONE;
                break;
            }
        }
        if (cls == CNKG_CLASS_NONE && towns_follow(nc, p + 1))
            cls = CNKG_ADMINISTRATIVE_DIVISION; /* 大朗镇、寮步镇等3个镇 */
        if (cls == CNKG_CLASS_NONE || text_match_list(t->cps, t->n, p + 1, &nc->lx->place_tail))
            continue; /* 等地园区: the list is of places */
        cnkg_span items[16];
        size_t n = list_items(nc, p, &nc->lx->boundary, items, 16);
        if (cls == CNKG_COMPANY && lists_trades(nc, items, n))
            continue;
        for (size_t i = 0; i < n; i++)
            if (plain_item(nc, items[i], 2, 14) && !is_known_industry(nc, items[i]) &&
                (cls == CNKG_ADMINISTRATIVE_DIVISION
                     ? text_match_list_ending(t->cps, items[i].end, &nc->lx->town_suffix) > 0
                     : !only_places(nc, items[i])) &&
                !lexicon_is_generic(nc->lx, cls, t->cps, items[i].begin, items[i].end))
                /* the list says what its members are, above a term's usual
                 * class (汇丰、花旗、东亚等外资行: 东亚 is a bank here) */
                cand_add(out, items[i].begin, items[i].end, cls, NULL, SRC_RULE, 5);
    }
}

/* The end of a programme's suffix at pos, taking the suffix words that
 * follow it too (三年行动|计划), or 0. */
static size_t programme_suffix_end(const name_ctx *nc, size_t pos)
{
    const word_list *sfx = &nc->lx->suffix[CNKG_PROGRAM];
    size_t len = text_match_list(nc->t->cps, nc->t->n, pos, sfx);
    if (len < 2)
        return 0;
    size_t end = pos + len;
    while ((len = text_match_list(nc->t->cps, nc->t->n, end, sfx)) >= 2)
        end += len;
    return end;
}

enum { MAX_PROGRAMME = 20 };

/* 实施自由贸易试验区|提升战略: a programme's suffix followed by a word that
 * ends other names (提升) may be the first part of a longer name, when the
 * words after it reach a second suffix that closes the clause. Returns
 * where that name ends, or 0. */
static size_t programme_goes_on(const name_ctx *nc, size_t start, size_t end)
{
    const text_view *t = nc->t;
    const lexicon *lx = nc->lx;
    for (size_t e = end; e < t->n && e - start < MAX_PROGRAMME; e++) {
        /* 存量政策和…, 三北工程是…: a conjunction, a copula or a second
         * verb parts two phrases */
        if (!text_is_han(t->cps[e]) || text_has_at(t->cps, t->n, e, "的") ||
            text_match_list(t->cps, t->n, e, &lx->conjunction) ||
            text_match_list(t->cps, t->n, e, &lx->copula) ||
            text_match_list(t->cps, t->n, e, &lx->trigger[CNKG_PROGRAM]) ||
            (e > end && text_match_list(t->cps, t->n, e, &lx->boundary)))
            return 0;
        size_t len = text_match_list(t->cps, t->n, e, &lx->suffix[CNKG_PROGRAM]);
        if (len >= 2 && e + len - start <= MAX_PROGRAMME &&
            (e + len >= t->n || text_is_clause_break(t->cps[e + len])))
            return e + len;
    }
    return 0;
}

/* Is [b, e) a quoted name and a kind word only (“三事分办”机制)? */
static int quote_and_kind(const name_ctx *nc, size_t b, size_t e)
{
    const text_view *t = nc->t;
    if (!is_open_quote(t->cps[b]))
        return 0;
    size_t c = b + 1;
    while (c < e && !is_close_quote(t->cps[c]))
        c++;
    return c + 1 < e && (lexicon_is_generic(nc->lx, CNKG_PROGRAM, t->cps, c + 1, e) ||
                         text_list_holds(&nc->lx->suffix[CNKG_PROGRAM], t->cps, c + 1, e));
}

/* Does the object [start, end) of a programme's verb name a kind, not
 * which one: descriptive words before a kind of works (推进民生工程), or
 * what a kind of policy longer than its suffix is about
 * (完善高水平对外开放体制机制, 出台产业扶持政策)? */
static int programme_kind(const name_ctx *nc, size_t start, size_t end)
{
    const uint32_t *cps = nc->t->cps;
    size_t kind = text_match_list_ending(cps, end, &nc->lx->suffix[CNKG_PROGRAM]);
    if (!kind)
        return 0;
    return (kind < end - start && only_words(cps, start, end - kind, &nc->lx->descriptive)) ||
           generic_tail(nc, CNKG_PROGRAM, start, end - kind, end);
}

/* 推进船舶和海洋工程装备产业高质量发展行动, 实施农机购置与应用补贴政策: a
 * conjunction (和, 与) at e inside a programme's object joins two topics of
 * one name when the words before it are no programme of their own
 * (实施智能制造工程和…创新工程 lists two) and not a lone character. The
 * words after it must be more than a kind of policy (完善治理结构和管理制度,
 * 价格政策, 退出机制: two things, no name): MIN_JOINED_TOPIC characters. */
enum { MIN_JOINED_TOPIC = 6 };

static int topics_joined(const name_ctx *nc, size_t start, size_t e)
{
    const uint32_t *cps = nc->t->cps;
    size_t len = text_match_list(cps, nc->t->n, e, &nc->lx->conjunction);
    return len == 1 && e - start >= 2 && (size_t)han_count(cps, start, e) == e - start &&
           text_match_list_ending(cps, e, &nc->lx->suffix[CNKG_PROGRAM]) < 2 &&
           e + len < nc->t->n && text_is_han(cps[e + len]);
}

/* 实施重点产业科技创新行动, 落实重点科技创新税收政策: right after the verb,
 * a descriptive word that also stops names (重点, an adverb before a verb:
 * 重点推进) qualifies the object and opens its name. A name of descriptive
 * words and a kind only (实施重大工程) is still none (programme_kind). */
static int qualifier_opens(const name_ctx *nc, size_t start)
{
    const text_view *t = nc->t;
    return text_match_list(t->cps, t->n, start, &nc->lx->descriptive) > 0;
}

/* 出台关于促进民营经济发展壮大的意见, 出台了进一步推动工业用地提质增效工作的
 * 若干意见: a document named without book marks after a verb that brings a
 * programme. Its words open with 关于 (kg:aboutWord) or count the kind
 * (若干: kg:quantifierWord), and 的 and the kind (意见: a programme's
 * suffix, 通知: kg:documentWord) close the clause. Returns where the name
 * ends, or 0. */
static size_t document_object_end(const name_ctx *nc, size_t start)
{
    enum { MAX_DOCUMENT = 40 };
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    size_t d = start;
    while (d < t->n && d - start < MAX_DOCUMENT && is_title_char(t->cps[d]) &&
           t->cps[d] != 0x7684) /* 的 */
        d++;
    if (d >= t->n || t->cps[d] != 0x7684 || d - start < 4)
        return 0;
    size_t counted = text_match_list(t->cps, t->n, d + 1, &lx->quantifier);
    size_t w = d + 1 + counted;
    size_t kind = text_match_list(t->cps, t->n, w, &lx->suffix[CNKG_PROGRAM]);
    size_t doc = text_match_list(t->cps, t->n, w, &lx->document_word);
    size_t end = w + (doc > kind ? doc : kind);
    if (end == w || end >= t->n || !text_is_clause_break(t->cps[end]) ||
        !(counted || text_match_list(t->cps, d, start, &lx->about_word)))
        return 0;
    return end;
}

/* 制定实施集群国际竞争力提升方案, 出台了企业服务专员制度, 开展群链企业协同行动:
 * the object of a verb that brings a programme, read up to a programme's
 * suffix. The name may hold words that stop other names (提升, 协同, 发展);
 * it stops at 的, a conjunction and a clause break. After a list closed by
 * 等 (推进A、B等13条重点产业链倍增计划) the name begins after 等, its count
 * included. */
static void programme_objects(const name_ctx *nc, cand_list *out)
{
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    const word_list *trig = &lx->trigger[CNKG_PROGRAM];
    for (size_t p = 0; p < t->n; p++) {
        size_t len = text_match_list(t->cps, t->n, p, trig);
        if (!len)
            continue;
        size_t b = p + len;
        while ((len = text_match_list(t->cps, t->n, b, trig)) > 0)
            b += len; /* 制定实施 */
        if (text_has_at(t->cps, t->n, b, "了"))
            b++;
        size_t doc = document_object_end(nc, b);
        if (doc) {
            cand_add(out, b, doc, CNKG_PROGRAM, NULL, SRC_RULE, 3);
            p = doc - 1;
            continue;
        }
        size_t start = b, end = 0;
        size_t joint = 0; /* where the second topic begins */
        int listed = 0, in_list = 0;
        for (size_t e = b; e < t->n && e - start < MAX_PROGRAMME; e++) {
            uint32_t cp = t->cps[e];
            if (cp == 0x7B49) { /* 等 */
                start = e + 1, listed = 1, in_list = 0;
                continue;
            }
            if (cp == 0x3001) { /* 、: a list, named only when 等 closes it */
                in_list = 1;
                continue;
            }
            if (e > start && !joint && topics_joined(nc, start, e)) {
                joint = e + text_match_list(t->cps, t->n, e, &lx->conjunction);
                e = joint - 1;
                continue;
            }
            if (e > start && (text_has_at(t->cps, t->n, e, "的") ||
                              text_match_list(t->cps, t->n, e, &lx->conjunction) ||
                              text_match_list(t->cps, t->n, e, trig) ||
                              text_match_list(t->cps, t->n, e, &lx->build_word)))
                break; /* 成为我市建设…体系: a second verb, a clause, not a name */
            if (!is_title_char(cp))
                break;
            if (e > start && !in_list && (end = programme_suffix_end(nc, e)) > 0) {
                if (name_ends_at(nc, end)) {
                    size_t longer =
                        text_is_han(t->cps[end]) ? programme_goes_on(nc, start, end) : 0;
                    end = longer ? longer : end;
                    break;
                }
                end = 0;
            }
        }
        if (!end || end - start > MAX_PROGRAMME || han_count(t->cps, start, end) < 4 ||
            (joint > start && end - joint < MIN_JOINED_TOPIC) ||
            (text_match_list(t->cps, t->n, start, &lx->boundary) && !qualifier_opens(nc, start)) ||
            text_match_list(t->cps, t->n, start, &lx->home_word) ||
            (!listed && has_quantifier(lx, t->cps, start, end)) ||
            /* 等一系列产业政策, 等诸多服务机制: the list's kind, not a name */
            (listed && text_match_list(t->cps, t->n, start, &lx->quantifier)) ||
            lexicon_is_generic(lx, CNKG_PROGRAM, t->cps, start, end))
            continue;
        if (quote_and_kind(nc, start, end))
            continue; /* “项目管家”制度: the quotes name it (quoted_names) */
        if (programme_kind(nc, start, end))
            continue;
        cand_add(out, start, end, CNKG_PROGRAM, NULL, SRC_RULE, 3);
        p = end - 1;
    }
}

/* Does [b, e) end in a suffix of a park, a base or a resort? */
static int ends_like_a_place(const name_ctx *nc, size_t b, size_t e)
{
    static const cnkg_class classes[] = {CNKG_INDUSTRIAL_PARK, CNKG_PROJECT, CNKG_PLACE,
                                         CNKG_PROGRAM};
    for (size_t k = 0; k < sizeof classes / sizeof *classes; k++) {
        size_t s = text_match_list_ending(nc->t->cps, e, &nc->lx->suffix[classes[k]]);
        if (s >= 2 && e - s > b)
            return 1;
    }
    return 0;
}

/* 入选全国工商联发布的榜单: 的 or a verb inside, the words are a clause
 * about a title, not its name. */
static int title_is_clause(const name_ctx *nc, cnkg_span it)
{
    return text_span_holds(nc->t->cps, it.begin, it.end, 0x7684 /* 的 */) ||
           holds_word(nc->t, it.begin, it.end, &nc->lx->trigger[CNKG_PROGRAM]) ||
           holds_word(nc->t, it.begin, it.end, &nc->lx->build_word);
}

/* 入选|全国首批乡村旅游重点村, 获批|国家级火炬计划: does a word that opens a
 * title granted (kg:titleOpenWord) open the item, with more than it after
 * and no count (创建全国…示范村115个: how many, the title ends before)? */
static int title_opens(const name_ctx *nc, cnkg_span it)
{
    const text_view *t = nc->t;
    size_t len = text_match_list(t->cps, it.end, it.begin, &nc->lx->title_open);
    return len && it.end - it.begin >= len + 3 && text_is_han(t->cps[it.end - 1]) &&
           !has_quantifier(nc->lx, t->cps, it.begin + len, it.end) && !title_is_clause(nc, it) &&
           /* 获批国家开发银行贷款: the words speak of a known body, not of a
            * title the opener (国家) grants */
           !known_actor_from(nc, it.begin, it.begin + 1, it.end);
}

/* 被列为广东省LED产业基地和战略性新兴产业基地, 创建国家优质工程机械产业基地和省级
 * 旅游度假区: after a designation cue, each name of the list that ends like
 * a park or a base is the title given, a programme. Ranked above the park
 * and project rules that read the same span. */
static void designations(const name_ctx *nc, cand_list *out)
{
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    for (size_t p = 0; p < t->n; p++) {
        size_t len = text_match_list(t->cps, t->n, p, &lx->designation_cue);
        if (!len)
            continue;
        size_t e = p + len;
        while (e < t->n && e - p < 48 && !text_is_clause_break(t->cps[e]))
            e++;
        cnkg_span items[8];
        size_t n = list_items_joined(nc, e, &lx->designation_cue, items, 8, 1);
        for (size_t i = 0; i < n; i++) {
            cnkg_span it = items[i];
            /* a title that a level opens runs to the list's end, over words
             * that stop other names (全国首批乡村旅游|重点|村) */
            int opened = title_opens(nc, it);
            if (it.begin < p + len || it.end - it.begin < 4 || it.end - it.begin > 20 ||
                (!opened && has_boundary_word(nc, it)) ||
                !(opened || ends_like_a_place(nc, it.begin, it.end)) ||
                lexicon_is_generic(lx, CNKG_INDUSTRIAL_PARK, t->cps, it.begin, it.end))
                continue;
            if (title_chars(t, it.begin, it.end))
                cand_add(out, it.begin, it.end, CNKG_PROGRAM, NULL, SRC_RULE, 5);
        }
        p = e;
    }
}

/* The count a list states at p (三大|产业, 3个|万亿元级产业), 2 to 19,
 * and in *len the length of the count and its measure word or 大 (the
 * kg:quantifierWord 两大 … 八大); 0 where p holds none. */
static size_t list_count_at(const name_ctx *nc, size_t p, size_t *len)
{
    size_t digits = 0;
    long count = text_count_at(nc->t->cps, nc->t->n, p, &digits);
    if (count < 2 || count > 19)
        return 0;
    size_t m = text_match_list(nc->t->cps, nc->t->n, p + digits, &nc->lx->measure);
    size_t q = text_match_list(nc->t->cps, nc->t->n, p, &nc->lx->quantifier);
    if (!m && q != digits + 1)
        return 0; /* 三大 is a quantifier word as a whole */
    *len = m ? digits + m : q;
    return (size_t)count;
}

/* Does a list of divisions end at pos, closed by 等 or not (上海、大连和
 * 石家庄, 大连、宁波等)? The last member may be a chain (山西省临汾市). */
static int division_list_before(const name_ctx *nc, size_t pos)
{
    const uint32_t *cps = nc->t->cps;
    if (pos > 0 && cps[pos - 1] == 0x7B49) /* 等 */
        pos--;
    size_t s = divisions_before(nc, pos);
    if (s == pos)
        return 0;
    for (size_t r; (r = divisions_before(nc, s)) < s;)
        s = r; /* 江苏省|常州市: the province says where the city lies */
    return s > 0 && (cps[s - 1] == 0x3001 || text_match_list_ending(cps, s, &nc->lx->conjunction));
}

/* Does [b, e) read as a clause, not a title (城市|被确定为…基地: a count of
 * places and the verb that gives them a title)? A one-character word that
 * stops names (被, 的, 在), a cue of a title given or a verb that brings
 * a programme or a work says so; longer stop words (扩大, 开放) are a
 * programme's topic (服务业扩大开放试点). */
static int counted_title_is_clause(const name_ctx *nc, cnkg_span it)
{
    const lexicon *lx = nc->lx;
    for (size_t q = it.begin; q < it.end; q++)
        if (text_match_list(nc->t->cps, it.end, q, &lx->boundary) == 1)
            return 1;
    /* a cue that ends the words is the title's kind (…开放|试点) */
    size_t kind = text_match_list_ending(nc->t->cps, it.end, &lx->suffix[CNKG_PROGRAM]);
    return title_is_clause(nc, it) || holds_word(nc->t, it.begin, it.end, &lx->designation_cue) ||
           holds_word(nc->t, it.begin, it.end - kind, &lx->cue[CNKG_DESIGNATED_AS]);
}

/* 上海、大连…和石家庄七个国家半导体照明工程产业化基地, 新增大连、宁波等9个
 * 服务业扩大开放试点: a list of divisions, a count of them (list_count_at)
 * and words that end like a base or a programme and close the clause name
 * the title each member holds, a programme (relations.c, counted_title_holders). */
static void counted_titles(const name_ctx *nc, cand_list *out)
{
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    for (size_t p = 1; p < t->n; p++) {
        size_t len = 0;
        if (!list_count_at(nc, p, &len) || !division_list_before(nc, p))
            continue;
        size_t b = p + len, e = b;
        while (e < t->n && e - b <= 20 && !text_is_clause_break(t->cps[e]))
            e++;
        cnkg_span it = {b, e};
        if (e >= t->n || !text_is_clause_break(t->cps[e]) || e - b < 4 || e - b > 20 ||
            !ends_like_a_place(nc, b, e) || counted_title_is_clause(nc, it) ||
            lexicon_is_generic(lx, CNKG_INDUSTRIAL_PARK, t->cps, b, e) ||
            lexicon_is_generic(lx, CNKG_PROGRAM, t->cps, b, e) || !title_chars(t, b, e))
            continue;
        cand_add(out, b, e, CNKG_PROGRAM, NULL, SRC_RULE, 5);
        p = e;
    }
}

/* 作为浙江高质量外资集聚先行区，嘉兴…, 广东省作为全国唯一省级试点，: a clause
 * opened by kg:roleWord that is one name ending in a programme's suffix
 * (先行区, 试点, 示范区) names a title its holder bears (relations.c,
 * role_clauses). Not a park's or a plant's suffix: 作为全国最大的光缆生产基地
 * describes a plant, 作为大湾区又一超级工程 a work. The name may hold words that stop other names
 * (集聚, 发展), as a programme's does. */
static void role_titles(const name_ctx *nc, cand_list *out)
{
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    for (size_t p = 0; p < t->n; p++) {
        size_t len = text_match_list(t->cps, t->n, p, &lx->role_word);
        /* the role word opens its clause (广东省作为…试点: a kind, not a name) */
        if (!len ||
            (p > 0 && !text_is_clause_break(t->cps[p - 1]) && !text_is_skipped(t->cps[p - 1])))
            continue;
        size_t b = p + len, e = b;
        while (e < t->n && e - b <= 20 && !text_is_clause_break(t->cps[e]))
            e++;
        if (e >= t->n || !text_is_clause_break(t->cps[e]))
            continue;
        e -= text_match_list_ending(t->cps, e, &lx->role_tail);
        int of = 0; /* 作为雄安新区建设的重点先行区: a kind described, no name */
        for (size_t k = b; k < e; k++)
            of |= t->cps[k] == 0x7684; /* 的 */
        if (e - b < 4 || e - b > 20 || of ||
            text_match_list_ending(t->cps, e, &lx->suffix[CNKG_PROGRAM]) < 2 ||
            text_match_list_ending(t->cps, e, &lx->suffix[CNKG_PROJECT]) ||
            lexicon_is_generic(lx, CNKG_PROGRAM, t->cps, b, e))
            continue;
        if (title_chars(t, b, e))
            cand_add(out, b, e, CNKG_PROGRAM, NULL, SRC_RULE, 5);
        p = e;
    }
}

/* 《海南自由贸易港建设总体方案》, 《优化营商环境条例》: a title in book marks
 * that ends in a programme's suffix or a document's word names a policy
 * document. */
/* 《国务院关于…的决定》, 《中共中央 国务院关于…》: where known bodies open
 * a title and 关于 follows them, they are its issuers. The annotated
 * stories name the document with them (8 titles of 8), and the issuers
 * are mentions of their own inside it (resolve.c, compatible). Returns
 * where 关于 begins, or b. */
static size_t title_after_issuers(const name_ctx *nc, size_t b, size_t e)
{
    const text_view *t = nc->t;
    size_t pos = b;
    for (int found = 1; found && pos < e;) {
        found = 0;
        for (size_t i = first_hit_from(nc, pos); i < nc->n_hits && nc->hits[i].begin < pos + 1;
             i++) {
            const gaz_hit *h = &nc->hits[i];
            cnkg_class c = cnkg_ontology_term(nc->lx->onto, h->term)->cls;
            if (h->begin == pos && h->end < e && h->form_kind != FORM_HIDDEN &&
                (c == CNKG_GOVERNMENT_AGENCY || c == CNKG_ORGANIZATION ||
                 c == CNKG_ADMINISTRATIVE_DIVISION)) {
                pos = h->end;
                found = 1;
                break;
            }
        }
        while (found && pos < e &&
               (t->cps[pos] == ' ' || t->cps[pos] == 0x3000 || t->cps[pos] == 0x3001))
            pos++;
    }
    return pos > b && text_match_list(t->cps, e, pos, &nc->lx->about_word) ? pos : b;
}

static void programme_titles(const name_ctx *nc, cand_list *out)
{
    const text_view *t = nc->t;
    for (size_t i = 0; i < t->n; i++) {
        if (t->cps[i] != 0x300A) /* 《 */
            continue;
        size_t j = i + 1;
        while (j < t->n && j - i <= 40 && t->cps[j] != 0x300B && !text_is_sentence_end(t->cps[j]))
            j++;
        if (j >= t->n || t->cps[j] != 0x300B || j - i < 5)
            continue;
        size_t w = text_before_bracket(t->cps, i + 1, j);
        if (j - w > 0 && w - (i + 1) < 4) {
            i = j; /* 《纲要（2023年版）》: a short form of a title named before */
            continue;
        }
        if ((text_match_list_ending(t->cps, w, &nc->lx->suffix[CNKG_PROGRAM]) >= 2 ||
             text_match_list_ending(t->cps, w, &nc->lx->document_word)) &&
            !text_match_list_ending(t->cps, w, &nc->lx->not_document)) {
            size_t about = title_after_issuers(nc, i + 1, j);
            cand_add(out, i + 1, j, CNKG_PROGRAM, NULL, SRC_RULE, 3);
            if (about > i + 1)
                out->items[out->n - 1].issuers_end = about;
        }
        i = j;
    }
}

/* “关于印发…计划的通知”, “关于印发《…》的通知(下称《通知》)”: a document's
 * title in double quotes, book marks being written inside it or left out.
 * It opens with 关于 (kg:aboutWord, after its issuers or none) and ends in a
 * document's word or a programme's suffix, before a bracket that says how
 * the story calls it. */
static void quoted_documents(const name_ctx *nc, cand_list *out)
{
    enum { MAX_QUOTED = 60 };
    const text_view *t = nc->t;
    for (size_t i = 0; i < t->n; i++) {
        if (t->cps[i] != 0x201C) /* “ */
            continue;
        size_t j = i + 1;
        while (j < t->n && j - i <= MAX_QUOTED && t->cps[j] != 0x201D &&
               !text_is_sentence_end(t->cps[j]))
            j++;
        if (j >= t->n || t->cps[j] != 0x201D)
            continue;
        size_t w = text_before_bracket(t->cps, i + 1, j);
        size_t about = title_after_issuers(nc, i + 1, w);
        if (w - (i + 1) >= 8 && text_match_list(t->cps, w, about, &nc->lx->about_word) &&
            (text_match_list_ending(t->cps, w, &nc->lx->suffix[CNKG_PROGRAM]) >= 2 ||
             text_match_list_ending(t->cps, w, &nc->lx->document_word)) &&
            !text_match_list_ending(t->cps, w, &nc->lx->not_document)) {
            cand_add(out, i + 1, w, CNKG_PROGRAM, NULL, SRC_RULE, 3);
            if (about > i + 1)
                out->items[out->n - 1].issuers_end = about;
        }
        i = j;
    }
}

/* Is the item a known name of another class (荣昌高新区), or does it end
 * like one (…高新区, …研究院)? */
static int names_other_thing(const name_ctx *nc, cnkg_span item)
{
    static const cnkg_class others[] = {
        CNKG_ADMINISTRATIVE_DIVISION, CNKG_INDUSTRIAL_PARK, CNKG_COMPANY, CNKG_ORGANIZATION,
        CNKG_GOVERNMENT_AGENCY,       CNKG_PROJECT,         CNKG_PROGRAM};
    for (size_t i = first_hit_from(nc, item.begin);
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
    size_t s = known_form_start(nc, it.end);
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
    return plain_item(nc, it, 2, 10) && !is_known_industry(nc, it) &&
           (after_mark || known_tail_ok(nc, it)) && !names_other_thing(nc, it) &&
           !only_places(nc, it) && !has_quantifier(lx, cps, it.begin, it.end) &&
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
static void industry_lists(const name_ctx *nc, cand_list *out)
{
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    for (size_t p = 0; p < t->n; p++) {
        /* the length of what closes the list: 等, or a count and its
         * measure word (三大, 3个) */
        size_t closer_len = 0, count = 0;
        if (t->cps[p] == 0x7B49) /* 等 */
            closer_len = 1;
        else if (p == 0 || !is_name_char(t->cps[p - 1]) || t->cps[p - 1] == 0x7B49 ||
                 text_is_numeral(t->cps[p - 1]) ||
                 text_match_list_ending(t->cps, p, &lx->demonstrative) ||
                 !(count = list_count_at(nc, p, &closer_len)))
            continue;
        const word_list *noun = count ? &lx->counted_sector : &lx->generic[CNKG_INDUSTRY];
        if (!sector_noun_follows(nc, p + closer_len, noun))
            continue;
        cnkg_span items[16];
        size_t n = list_items_joined(nc, p, &lx->trigger[CNKG_INDUSTRY], items, 16, 1);
        int joined = 1;
        if (count && n != count) {
            n = list_items_joined(nc, p, &lx->trigger[CNKG_INDUSTRY], items, 16, 0);
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
    return !known_overlaps(nc, b, end);
}

static void modified_industries(const name_ctx *nc, cand_list *out)
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
static void trades_of_industries(const name_ctx *nc, cand_list *out)
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
        for (size_t j = first_hit_ending_at(nc, h->end);
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
 * another name, read by other rules such as modified_industries)? */
static int known_visible_ending(const name_ctx *nc, size_t b, size_t e, unsigned classes)
{
    for (size_t i = first_hit_ending_at(nc, e); i < nc->n_hits && nc->hits[i].begin < e; i++) {
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
static void open_sector_names(const name_ctx *nc, cand_list *out)
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

/* Harvatck(HongKong)Limited, Unlited New Ideas Limited, WABCO Holdings
 * Inc.: a Latin legal form (kg:latinLegalSuffix) ending a Latin word ends a
 * firm's name, which runs left over Latin words, blanks and brackets to
 * the Chinese text before it. The suffix rule reads Han names only. */
static int latin_word_char(uint32_t cp)
{
    return cp < 0x80 && (isalnum((int)cp) || cp == ' ' || cp == '&' || cp == '-' || cp == '.');
}

static int latin_name_char(uint32_t cp)
{
    return latin_word_char(cp) || text_is_open_paren(cp) || text_is_close_paren(cp);
}

static void latin_firm_names(const name_ctx *nc, cand_list *out)
{
    enum { MAX_LATIN = 60 };
    const uint32_t *cps = nc->t->cps;
    size_t n = nc->t->n;
    for (size_t p = 1; p < n; p++) {
        size_t len = text_match_list(cps, n, p, &nc->lx->latin_legal);
        if (!len || (p + len < n && isalnum((int)(cps[p + len] < 0x80 ? cps[p + len] : 0))))
            continue; /* Incheon, Limitedness: the form ends a word */
        size_t end = p + len;
        if (end < n && cps[end] == '.')
            end++;
        size_t b = p;
        while (b > 0 && p - b < MAX_LATIN && latin_name_char(cps[b - 1]))
            b--;
        while (b < p && (cps[b] == ' ' || cps[b] == '.' || cps[b] == '-' || cps[b] == '&'))
            b++;
        int letters = 0;
        for (size_t k = b; k < p; k++)
            letters += cps[k] < 0x80 && isalpha((int)cps[k]);
        if (letters >= 2 && !text_is_close_paren(cps[b]))
            cand_add(out, b, end, CNKG_COMPANY, NULL, SRC_RULE, 3);
        p = end - 1;
    }
}

/* Where the Latin name that begins at b ends: words, blanks and & - .
 * up to MAX_LATIN, less the blanks and joiners at its end and a number
 * written apart after it (MF Global FXA Securities 17: a count). */
static size_t latin_run_end(const uint32_t *cps, size_t n, size_t b)
{
    enum { MAX_LATIN = 60 };
    size_t e = b;
    while (e < n && e - b < MAX_LATIN && latin_word_char(cps[e]))
        e++;
    for (;;) {
        while (e > b && (cps[e - 1] == ' ' || cps[e - 1] == '-' || cps[e - 1] == '&'))
            e--;
        size_t w = e;
        while (w > b && cps[w - 1] < 0x80 && isdigit((int)cps[w - 1]))
            w--;
        if (w == e || w == b || cps[w - 1] != ' ')
            return e;
        e = w;
    }
}

/* Does the kind of firm at p (len characters) follow a word, not a
 * pointer back (该公司: the firm named before), and is it no legal form's
 * end (有限公司CR450: what the firm makes follows)? */
static int described_head(const name_ctx *nc, size_t p, size_t len)
{
    const uint32_t *cps = nc->t->cps;
    if (p == 0 || !(text_is_han(cps[p - 1]) || text_is_latin(cps[p - 1])))
        return 0;
    if (text_match_list_ending(cps, p, &nc->lx->demonstrative))
        return 0;
    return text_match_list_ending(cps, p + len, &nc->lx->suffix[CNKG_COMPANY]) <= len;
}

/* 市场研究公司IHS iSuppli, 安全软件厂商McAfee, 传媒文化公司Shamlinks: a
 * Latin name right after words that say what kind of firm it is
 * (kg:latinFirmHead) names that firm, with or without a legal form. Not
 * after 该公司 (the firm named before), after a legal form (有限公司CR450,
 * a thing it makes) or before a word such as CEO (kg:latinNotName). */
static void described_latin_firms(const name_ctx *nc, cand_list *out)
{
    const uint32_t *cps = nc->t->cps;
    size_t n = nc->t->n;
    for (size_t p = 1; p < n; p++) {
        size_t len = text_match_list(cps, n, p, &nc->lx->latin_firm_head);
        size_t b = p + len;
        if (!len || b >= n || cps[b] >= 0x80 || !isalpha((int)cps[b]) ||
            !described_head(nc, p, len))
            continue;
        size_t e = latin_run_end(cps, n, b);
        int letters = 0, digits = 0;
        for (size_t k = b; k < e; k++) {
            letters += isalpha((int)cps[k]) != 0;
            digits += isdigit((int)cps[k]) != 0;
        }
        if (letters >= 2 && digits <= 1 && !text_list_holds(&nc->lx->latin_not_name, cps, b, e))
            cand_add(out, b, e, CNKG_COMPANY, NULL, SRC_RULE, 3);
        p = e - 1;
    }
}

/* The run of a Latin code that begins at b: a capital letter first, then
 * letters, digits and hyphens, at most max of them; its end with trailing
 * hyphens left out (b when no capital begins it), and how many digits and
 * hyphens the run scanned holds. Callers say which runs are codes. */
static size_t code_run_end(const uint32_t *cps, size_t n, size_t b, size_t max, int *digits,
                           int *hyphens)
{
    if (b >= n || cps[b] >= 0x80 || !isupper((int)cps[b]))
        return b;
    size_t e = b;
    for (; e < n && e - b < max && cps[e] < 0x80 && (isalnum((int)cps[e]) || cps[e] == '-'); e++) {
        *digits += isdigit((int)cps[e]) != 0;
        *hyphens += cps[e] == '-';
    }
    while (e > b && cps[e - 1] == '-')
        e--;
    return e;
}

/* Where the model code that begins at b ends: a capital Latin letter
 * first, then letters, digits and hyphens with at least one digit (C919,
 * CP1000, CJ-4, SCC86000TM); b itself when there is none, or when a Latin
 * letter or digit stands before b (inside a longer word). Units (100MW,
 * 10kV) and dates begin with a digit and are no code. */
static size_t model_code_end(const uint32_t *cps, size_t n, size_t b)
{
    int digits = 0, hyphens = 0;
    if (b > 0 && cps[b - 1] < 0x80 && isalnum((int)cps[b - 1]))
        return b;
    size_t e = code_run_end(cps, n, b, 16, &digits, &hyphens);
    return digits && e < n && text_is_han(cps[e]) ? e : b;
}

/* C919大飞机, CP1000反应堆, SCC86000TM履带式起重机, CR450动车组: a model
 * code right before a few Han characters that end in a kind of machine
 * (kg:modelHead; 型 may join them) names that model; the shortest such
 * span is taken. Standards (ISO9001认证) and meetings (G20峰会) end in no
 * such word; a count or a train's number (D301次列车, CRH2两种车型:
 * kg:modelGap) stops the span. */
static void model_products(const name_ctx *nc, cand_list *out)
{
    enum { MAX_HEAD = 8 };
    const uint32_t *cps = nc->t->cps;
    size_t n = nc->t->n;
    for (size_t b = 0; b < n; b++) {
        size_t e = model_code_end(cps, n, b);
        if (e == b)
            continue;
        for (size_t k = e + 1; k <= n && k - e <= MAX_HEAD && text_is_han(cps[k - 1]) &&
                               !text_match_list(cps, n, k - 1, &nc->lx->model_gap);
             k++)
            if (text_match_list_ending(cps, k, &nc->lx->model_head) > 0) {
                cand_add(out, b, k, CNKG_PRODUCT, NULL, SRC_RULE, 3);
                break;
            }
        b = e - 1;
    }
}

/* Where the code after a kind of machine, at b, ends: a capital Latin
 * letter first, then letters, digits and hyphens with a digit or a hyphen
 * in them (E6, CR-V, W899), and no Latin letter or digit after; b when
 * there is none. A bare word of capitals (LED, CEO, QQ) names no model. */
static size_t trailing_code_end(const uint32_t *cps, size_t n, size_t b)
{
    int digits = 0, hyphens = 0;
    size_t e = code_run_end(cps, n, b, 12, &digits, &hyphens);
    if (e < n && cps[e] < 0x80 && (isalnum((int)cps[e]) || cps[e] == '-' || cps[e] == ' '))
        return b; /* F3D M, a code run on past its end */
    return digits || hyphens ? e : b;
}

/* 纯电动汽车E6, 新款CR-V, 旗舰手机W899: a model code right after a kind of
 * machine (kg:modelHead) or a word that introduces a model (kg:modelLead:
 * 新款, 汽车, 产品) is the model's name, the code alone. */
static void led_models(const name_ctx *nc, cand_list *out)
{
    const uint32_t *cps = nc->t->cps;
    size_t n = nc->t->n;
    for (size_t b = 1; b < n; b++) {
        if (cps[b] >= 0x80 || !text_is_han(cps[b - 1]) ||
            (!text_match_list_ending(cps, b, &nc->lx->model_head) &&
             !text_match_list_ending(cps, b, &nc->lx->model_lead)))
            continue;
        size_t e = trailing_code_end(cps, n, b);
        if (e > b)
            cand_add(out, b, e, CNKG_PRODUCT, NULL, SRC_RULE, 3);
    }
}

/* Is every mention of the known term of hit h in the text after a level
 * of award (kg:levelTitle)? */
static int always_levelled(const name_ctx *nc, const gaz_hit *h)
{
    for (size_t i = 0; i < nc->n_hits; i++) {
        const gaz_hit *o = &nc->hits[i];
        if (o->term == h->term && o->form_kind != FORM_HIDDEN &&
            !text_match_list_ending(nc->t->cps, o->begin, &nc->lx->level_title))
            return 0;
    }
    return 1;
}

/* 国家级|先进制造业集群, 省级|绿色工厂: a level of award (kg:levelTitle)
 * right before a known programme is part of the title the place or firm
 * holds, and the news names it so (the annotated stories write 国家级先进
 * 制造业集群 seven times, 国家级绿色工厂 four). A title that opens with 国家
 * itself (国家先进制造业集群) takes no second level; one the story also
 * names without a level is named so (专精特新“小巨人”), and one node must
 * hold both mentions. */
static void level_programmes(const name_ctx *nc, cand_list *out)
{
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    for (size_t i = 0; i < nc->n_hits; i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->form_kind == FORM_HIDDEN ||
            cnkg_ontology_term(lx->onto, h->term)->cls != CNKG_PROGRAM)
            continue;
        size_t level = text_match_list_ending(t->cps, h->begin, &lx->level_title);
        if (!level || text_has_at(t->cps, t->n, h->begin, "国家") || !always_levelled(nc, h))
            continue;
        cand_add(out, h->begin - level, h->end, CNKG_PROGRAM, NULL, SRC_RULE, 5);
    }
}

void names_find(const lexicon *lx, const text_view *t, const gaz_hit *hits, size_t n_hits,
                cand_list *out)
{
    name_ctx nc = {lx, t, hits, n_hits, cnkg_xmalloc((t->n + 1) * sizeof(size_t)), 0, 0};
    for (size_t i = 0; i < n_hits; i++)
        if (hits[i].end - hits[i].begin > nc.longest)
            nc.longest = hits[i].end - hits[i].begin;
    for (size_t p = 0; p < t->n; p++)
        if (lx->suffix_classes[t->cps[p] % TEXT_FILTER_BITS])
            nc.suffix_at[nc.n_suffix_at++] = p;
    agency_names(&nc, out);
    for (int c = 0; c < CNKG_CLASS_COUNT; c++)
        suffix_names(&nc, (cnkg_class)c, out);
    plant_products(&nc, out);
    quoted_names(&nc, out);
    order_names(&nc, out);
    programme_objects(&nc, out);
    level_programmes(&nc, out);
    programme_titles(&nc, out);
    quoted_documents(&nc, out);
    designations(&nc, out);
    counted_titles(&nc, out);
    role_titles(&nc, out);
    person_names(&nc, out);
    event_names(&nc, out);
    project_lists(&nc, out);
    product_lists(&nc, out);
    product_catalogues(&nc, out);
    product_tail_lists(&nc, out);
    capacity_products(&nc, out);
    market_products(&nc, out);
    counted_machines(&nc, out);
    sector_products(&nc, out);
    headed_lists(&nc, out);
    member_lists(&nc, out);
    industry_lists(&nc, out);
    modified_industries(&nc, out);
    trades_of_industries(&nc, out);
    open_sector_names(&nc, out);
    foreign_divisions(&nc, out);
    latin_firm_names(&nc, out);
    described_latin_firms(&nc, out);
    model_products(&nc, out);
    led_models(&nc, out);
    free(nc.suffix_at);
}
