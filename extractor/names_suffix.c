/*
 * names_suffix.c - the suffix rule: 江西光速电子, 荣昌高新区, 巴南区经济信息委.
 * A class suffix (kg:suffix) ends a name, and to its left the longest run
 * of name characters that crosses no boundary word (的, 在, 引进 ...) is
 * the name (names_extend_left). Most of this file is the many ways that run
 * is cut shorter or refused: an issuer, a division before a body, a count,
 * an owner's plant, a work's route, a word that merely describes.
 */
#include "names_internal.h"

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
           text_match_list_ending(cps, end, &nc->lx->works_suffix) &&
           names_known_form_start(nc, q) < q;
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
size_t names_extend_left(const name_ctx *nc, size_t pos, size_t end, cnkg_class cls)
{
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    size_t start = pos, depth = 0, limit = names_max_length(cls);
    while (start > 0 && end - start < limit) {
        /* 洛玻集团龙飞玻璃有限公司|浮法玻璃生产线: a firm's legal form ends
         * the firm, and what it owns or runs is named after it */
        if (!is_actor(cls) && text_match_list_ending(t->cps, start, &lx->legal_suffix))
            break;
        size_t known = names_known_form_start(nc, start);
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
        if (!names_is_name_char(cp))
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

/* Does the period a plan covers end at p (国家十二五|规划)? */
static int period_before(const name_ctx *nc, size_t p)
{
    return text_match_list_ending(nc->t->cps, p, &nc->lx->period_word) > 0;
}

/* Does a known firm's or body's name (not a hidden form) begin at b and
 * end within [min_end, max_end]? The words it opens speak of that actor. */
int names_known_actor_from(const name_ctx *nc, size_t b, size_t min_end, size_t max_end)
{
    for (size_t i = names_first_hit_from(nc, b); i < nc->n_hits && nc->hits[i].begin == b; i++) {
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
static size_t issuer_end(const name_ctx *nc, size_t start, size_t p)
{
    size_t e = start + text_match_list(nc->t->cps, p, start, &nc->lx->state_word);
    for (size_t i = names_first_hit_from(nc, start);
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
    if (e > start && names_known_actor_from(nc, start, e + 1, p))
        return 0;
    if (text_match_list_ending(nc->t->cps, p, &nc->lx->suffix[CNKG_GOVERNMENT_AGENCY]))
        return 0;
    /* 国家|重大工程: a kind of works the state runs, not which one;
     * 国家|关于…计划: a document's title, read by names_programme_titles; a long
     * run is a clause, not a name */
    const uint32_t *cps = nc->t->cps;
    if (e == start || names_han_count(cps, e, p) < 2 || p - e > 12 ||
        names_only_words(cps, e, p, &nc->lx->descriptive) ||
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
               period_before(nc, p) ||
               (issuer_end(nc, start, p) && names_name_ends_at(nc, p + len));
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
        for (size_t i = names_first_hit_from(nc, q); i < nc->n_hits && nc->hits[i].begin < q + 1;
             i++) {
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
    for (size_t i = names_first_hit_from(nc, start); i < nc->n_hits && nc->hits[i].begin < p; i++) {
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
        for (size_t j = names_first_hit_from(nc, start > 8 ? start - 8 : 0);
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

/* Does a known division, park, company or organisation open [start, end)? */
static int head_is_known(const name_ctx *nc, size_t start, size_t end)
{
    enum {
        KNOWN_HEAD = 1u << CNKG_ADMINISTRATIVE_DIVISION | 1u << CNKG_REGION |
                     1u << CNKG_INDUSTRIAL_PARK | 1u << CNKG_COMPANY | 1u << CNKG_ORGANIZATION
    };
    return names_known_opening(nc, start, end, KNOWN_HEAD) != 0;
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
        if (q == 0 || !names_is_name_char(nc->t->cps[q - 1]) ||
            text_match_list_ending(nc->t->cps, q, &nc->lx->boundary))
            return 0;
    }
    return 0;
}

/* Does a known company open [start, end) (格力电器|西南产业基地)? */
static int head_is_company(const name_ctx *nc, size_t start, size_t end)
{
    return names_known_opening(nc, start, end, 1u << CNKG_COMPANY) != 0;
}

/* 渝西|新能源汽车: a place and a known industry name a sector there, not a
 * firm, even when the industry ends in a firm's suffix (汽车). */
static int is_place_and_industry(const name_ctx *nc, size_t start, size_t end)
{
    for (size_t i = names_first_hit_ending_at(nc, end); i < nc->n_hits && nc->hits[i].begin < end;
         i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->end != end || h->begin <= start ||
            cnkg_ontology_term(nc->lx->onto, h->term)->cls != CNKG_INDUSTRY)
            continue;
        if (names_known_form_start(nc, h->begin) == start || h->begin == start)
            return 1;
    }
    return 0;
}

/* 添新项目, 引导重大项目: a name ending in a generic phrase longer than the
 * suffix (新项目, 重大项目) names something only after a known name. */
int names_generic_tail(const name_ctx *nc, cnkg_class cls, size_t start, size_t p, size_t end)
{
    size_t g = text_match_list_ending(nc->t->cps, end, &nc->lx->generic[cls]);
    /* 工作思路, 重要思路: a common noun that holds the suffix (思路 holds
     * 路, common-nouns.ttl) is such a phrase too */
    size_t c = text_match_list_ending(nc->t->cps, end, &nc->lx->common_noun);
    if (c > g)
        g = c;
    return g > end - p && end - g > start && !head_is_known(nc, start, end - g);
}

/* Does a known industry begin at pos? */
static int industry_at(const name_ctx *nc, size_t pos)
{
    return names_known_end_at(nc, pos, CNKG_INDUSTRY) > 0;
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
        for (size_t i = names_first_hit_from(nc, b); i < nc->n_hits && nc->hits[i].begin < b + 1;
             i++) {
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
    for (size_t i = names_first_hit_ending_at(nc, q); i < nc->n_hits && nc->hits[i].begin < q;
         i++) {
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
size_t names_divisions_before(const name_ctx *nc, size_t pos)
{
    const cnkg_term *next = NULL;
    if (division_across(nc, pos))
        return pos;
    for (;;) {
        const gaz_hit *best = NULL;
        for (size_t i = names_first_hit_ending_at(nc, pos);
             i < nc->n_hits && nc->hits[i].begin < pos; i++) {
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

/* Does any known name (a division, a firm, an industry ...) lie in [b, e)? */
static int holds_known(const name_ctx *nc, size_t b, size_t e)
{
    for (size_t i = names_first_hit_from(nc, b); i < nc->n_hits && nc->hits[i].begin < e; i++) {
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
int names_plain_short_head(const name_ctx *nc, size_t b, size_t e)
{
    if (e <= b || e - b > 4 || holds_known(nc, b, e) || built_before(nc, b))
        return 0;
    for (size_t i = b; i < e; i++)
        if (!text_is_han(nc->t->cps[i]))
            return 0;
    return 1;
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
    for (size_t q = start; q > 0 && start - q < MAX_NAME && names_is_name_char(cps[q - 1]); q--) {
        size_t o = text_match_list(cps, start, q - 1, &lx->output_open);
        size_t e = o ? names_amount_end(nc, q - 1 + o, start) : 0;
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
    for (size_t i = names_first_hit_ending_at(nc, p); i < nc->n_hits && nc->hits[i].begin < p;
         i++) {
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
    for (size_t i = names_first_hit_from(nc, start + 1); i < nc->n_hits && nc->hits[i].begin < p;
         i++) {
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
    if (q < nc->t->n && names_is_numeral(nc->t->cps[q]))
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
        while (k > start && names_is_numeral(cps[k - 1]))
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

/* 我们海外市场, 组团出海, 替我们开路: does a common word (kg:suffixWord) hold
 * the one-character suffix at p? Then no name ends there. */
static int suffix_in_word(const name_ctx *nc, size_t p)
{
    for (size_t b = p >= 3 ? p - 3 : 0; b <= p; b++)
        if (text_match_list(nc->t->cps, nc->t->n, b, &nc->lx->suffix_word) > p - b)
            return 1;
    return 0;
}

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
        if (names_is_close_quote(t->cps[i - 1]))
            break;
        else if (names_is_open_quote(t->cps[i - 1])) {
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
    for (size_t i = names_first_hit_from(nc, b); i < nc->n_hits && nc->hits[i].begin < e; i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->begin >= b && h->end <= e && h->end - h->begin >= 2 && h->form_kind != FORM_HIDDEN)
            return h->begin;
    }
    return (size_t)-1;
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
    if (names_han_count(cps, start, p) < 2 || names_only_words(cps, start, p, &lx->works_kind) ||
        names_only_words(cps, start, p, &lx->home_country) ||
        names_only_words(cps, start, p, &lx->whole_territory) ||
        names_only_words(cps, start, p, &lx->descriptive) || only_kinds(nc, start, p))
        return (size_t)-1;
    size_t known = first_known_in(nc, start, p);
    if (known != (size_t)-1)
        start = known;
    else if (p - start > PLAIN_HEAD || names_holds_numeral(cps, start, p) ||
             names_has_boundary_word(nc, (cnkg_span){start, p}))
        return (size_t)-1;
    if (names_han_count(cps, start, p) < 2 || names_only_words(cps, start, p, &lx->works_kind) ||
        names_only_words(cps, start, p, &lx->home_country))
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
void names_suffix(const name_ctx *nc, cnkg_class cls, cand_list *out)
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
        size_t from = names_known_form_start(nc, end);
        /* 生产基地|项目: a suffix right before is part of the name, even
         * where it holds a word that stops names (生产) */
        size_t inner = text_match_list_ending(t->cps, p, suffixes);
        if (inner < 2)
            inner = 0; /* 发|展|大会: one character is no suffix word */
        if (inner && p - inner < from)
            from = p - inner;
        size_t start = names_extend_left(nc, from < p ? from : p, end, cls);
        if (cls == CNKG_PROGRAM) {
            /* 编制|现代化产业体系创新图谱: an object cut from its verb is a
             * name only where the text goes on with no more of it */
            size_t cut = past_programme_verbs(nc, start, p);
            if (cut > start && !names_name_ends_at(nc, end))
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
        if (names_han_count(t->cps, start, p) < need ||
            (!counted && names_has_quantifier(lx, t->cps, start, p)))
            continue;
        if (lexicon_is_generic(lx, cls, t->cps, start, end) ||
            names_generic_tail(nc, cls, start, p, end))
            continue;
        /* 格力电器西南产业基地: what a firm names after itself is its
         * project, not a programme */
        if (cls == CNKG_PROGRAM && head_is_company(nc, start, p))
            continue;
        /* 重要基地, 战略生产基地, 新基地: a kind of thing, not a name */
        if (start < p && names_only_words(t->cps, start, p - inner, &lx->descriptive))
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
        int of_divisions = len == 1 && cls == CNKG_PLACE && names_divisions_before(nc, p) < p;
        if (of_divisions)
            start = names_divisions_before(nc, p);
        if (len == 1 && ((end - start > 4 && !of_divisions) ||
                         (end < t->n && text_is_han(t->cps[end]) &&
                          !text_match_list(t->cps, t->n, end, &lx->boundary))))
            continue; /* 峡, 江: a one-character suffix ends only a short name, and
                       * only where the name ends (三峡|龙脊 goes on) */
        if (cls == CNKG_PROJECT && !counted && names_plain_short_head(nc, start, p - inner))
            continue;
        /* 国家重大水利工程——…, 特大型城市深隧排涝项目——…: what the dashes
         * set off describes the project named after them (19 such pairs in
         * the training stories, no description a gold project) */
        if (cls == CNKG_PROJECT && apposition_dash(t, end))
            continue;
        /* 交流活动, 商标展会: so is an event whose suffix is itself a
         * common noun (活动, 展会) after a short plain head */
        if (cls == CNKG_EVENT && !inner && lexicon_is_generic(lx, cls, t->cps, p, end) &&
            names_plain_short_head(nc, start, p))
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
            !names_name_ends_at(nc, end))
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
                if (names_holds_clause_word(nc, firm, end))
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
        if (names_holds_clause_word(nc, start, end))
            continue;
        if (unit_of_named_body(nc, cls, start, p, end))
            strength = 3;
        cand_add(out, start, end, works ? CNKG_PROJECT : cls, NULL, SRC_RULE, strength);
        out->items[out->n - 1].head_end = p;
    }
}
