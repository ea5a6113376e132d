/*
 * names_products.c - things made: the items of a list of products
 * (生产A、B和C), a catalogue (主要产品是…), the product a plant is named by
 * (浮法玻璃生产线), a market's product, a capacity's, a sector's, machines
 * counted (500台挖掘机), lists whose items end like things made
 * (吸顶灯、壁灯、吊灯) or that a word for products closes (外延片、芯片等
 * 核心产品), and models by code (XCA1600起重机).
 */
#include "names_internal.h"

#include <ctype.h>
#include <string.h>

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
    size_t q = names_amount_end(nc, item->begin, item->end);
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
        if (names_is_numeral(cps[q]) && !names_is_numeral(cps[q - 1]) &&
            names_amount_end(nc, q, item->end) == item->end) {
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
    for (size_t i = names_first_hit_ending_at(nc, p); i < nc->n_hits && nc->hits[i].begin < p;
         i++) {
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
void names_product_lists(const name_ctx *nc, cand_list *out)
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
        size_t n = names_list_items_joined(nc, e, &lx->trigger[CNKG_PRODUCT], items, 8, 1);
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
                !names_holds_numeral(t->cps, items[i].begin, items[i].end - nov))
                items[i].end -= nov; /* 研发出特种不锈钢|新产品: the thing made, new
                                      * (not 数十款|新产品: a count) */
            int amount = names_is_numeral(t->cps[items[i].begin]);
            if (amount && !cut_amount(nc, &items[i]))
                continue; /* 年产值, 年产5万: no unit, no product */
            int counted = amount || cut_quantity(nc, &items[i]);
            if (text_match_list_ending(t->cps, items[i].end, &lx->locative))
                continue; /* 在食品生产加工储藏中: the verb is a noun in a place phrase */
            if (!names_plain_item(nc, items[i], counted ? 2 : 3, 12) ||
                names_has_boundary_word(nc, items[i]) ||
                names_holds_clause_word(nc, items[i].begin, items[i].end) ||
                names_has_quantifier(lx, t->cps, items[i].begin, items[i].end) ||
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
void names_product_catalogues(const name_ctx *nc, cand_list *out)
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
        size_t n = names_list_items_joined(nc, e, &lx->product_list_cue, items, 12, 1);
        if (n < (head ? 1u : 2u))
            continue;
        int good[12], all = items[n - 1].begin == b; /* the list fills the clause */
        for (size_t i = 0; i < n; i++) {
            good[i] = items[i].begin >= b && !names_is_numeral(t->cps[items[i].begin]) &&
                      names_plain_item(nc, items[i], 2, 12) &&
                      !names_has_boundary_word(nc, items[i]) &&
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
    return names_plain_item(nc, s, 2, 12) &&
           text_match_list_ending(t->cps, s.end, &nc->lx->product_head) &&
           !names_has_boundary_word(nc, s) &&
           !names_has_quantifier(nc->lx, t->cps, s.begin, s.end) &&
           text_match_list(t->cps, s.end, s.begin, &nc->lx->descriptive) < 2 && /* 主要|面板 */
           !lexicon_is_generic(nc->lx, CNKG_PRODUCT, t->cps, s.begin, s.end) &&
           !names_is_known_industry(nc, s);
}

/* Where the last amount in a counting unit inside s ends (形成70万吨|冷轧板),
 * or 0. */
static size_t last_amount_end(const name_ctx *nc, cnkg_span s)
{
    const uint32_t *cps = nc->t->cps;
    for (size_t q = s.end; q > s.begin; q--) {
        size_t b = q - 1;
        if (!names_is_numeral(cps[b]) ||
            (b > s.begin && (names_is_numeral(cps[b - 1]) || cps[b - 1] == '.')))
            continue;
        size_t a = names_amount_end(nc, b, s.end);
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
    return names_known_opening(nc, s.begin, s.end - 1, all & ~things) != 0;
}

/* Where the last count's measure word inside s ends (第一条|光子芯片), or
 * s.begin. */
static size_t after_count(const name_ctx *nc, cnkg_span s)
{
    for (size_t q = s.end; q > s.begin + 1; q--)
        if (text_match_list_ending(nc->t->cps, q, &nc->lx->measure) == 1 &&
            names_is_numeral(nc->t->cps[q - 2]))
            return q;
    return s.begin;
}

/* 上马平板太阳能热水器生产线, 一条光子芯片中试线, 年产300万台液晶面板生产线: a
 * plant named by a word of plant (kg:plantWord) names what it makes by the
 * words before it; a product when they end like one, their left edge is
 * sure (after an amount, a count, 的, a long word that stops names) and no
 * owner's name opens them. */
void names_plant_products(const name_ctx *nc, cand_list *out)
{
    const text_view *t = nc->t;
    const lexicon *lx = nc->lx;
    for (size_t p = 2; p < t->n; p++) {
        size_t len = text_match_list(t->cps, t->n, p, &lx->plant_word);
        if (!len || text_match_list_ending(t->cps, p + len, &lx->plant_word) != len)
            continue; /* 产线 inside 生产线 */
        cnkg_span s = {names_extend_left(nc, p, p, CNKG_PRODUCT), p};
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
    while (k < end && names_is_numeral(cps[k]))
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
        size_t place = m ? 0 : names_known_opening(nc, b, s.end - 1, PLACES);
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
void names_market_products(const name_ctx *nc, cand_list *out)
{
    const text_view *t = nc->t;
    for (size_t p = 2; p < t->n; p++) {
        if (!text_match_list(t->cps, t->n, p, &nc->lx->market_word))
            continue;
        cnkg_span s = {names_extend_left(nc, p, p, CNKG_PRODUCT), p};
        size_t walked = s.begin;
        s.begin = market_scope_end(nc, s);
        size_t len = s.end - s.begin;
        if (len < 3 && !names_is_known_as(nc, s, 1u << CNKG_PRODUCT))
            continue;
        /* the walk left crosses verbs (抢占|, 走访|): the edge is sure after
         * whose the market is, 的 or a long word that stops names; at the
         * start of a clause only a short name is */
        int clause = s.begin == 0 || !names_is_name_char(t->cps[s.begin - 1]);
        int scoped = s.begin > walked ||
                     text_match_list_ending(t->cps, s.begin, &nc->lx->market_scope); /* 国内| */
        if (len > 8 || !(scoped || sure_left_edge(nc, s.begin) || (clause && len <= 4)))
            continue;
        int numeral = 0; /* 第一季度, 5月份: a time, not a kind */
        for (size_t i = s.begin; i < s.end; i++)
            numeral |= names_is_numeral(t->cps[i]);
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
void names_capacity_products(const name_ctx *nc, cand_list *out)
{
    const text_view *t = nc->t;
    const lexicon *lx = nc->lx;
    for (size_t p = 1; p < t->n; p++) {
        size_t len = text_match_list(t->cps, t->n, p, &lx->amount_capacity);
        if (!len)
            continue;
        size_t e = t->cps[p - 1] == 0x7684 ? p - 1 : p; /* 的 */
        cnkg_span items[8];
        size_t n = names_list_items_joined(nc, e, &lx->trigger[CNKG_PRODUCT], items, 8, 1);
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
    if (!last || (last == 1 && !names_name_ends_at(nc, end) &&
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
void names_sector_products(const name_ctx *nc, cand_list *out)
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
    for (size_t i = names_first_hit_ending_at(nc, s.end);
         i < nc->n_hits && nc->hits[i].begin < s.end; i++) {
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
    for (; e < t->n && names_is_name_char(t->cps[e]) && !text_is_clause_break(t->cps[e]); e++)
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
void names_counted_machines(const name_ctx *nc, cand_list *out)
{
    const text_view *t = nc->t;
    const lexicon *lx = nc->lx;
    for (size_t p = 1; p < t->n; p++) {
        size_t len = text_match_list(t->cps, t->n, p, &lx->machine_measure);
        if (!len || !(names_is_numeral(t->cps[p - 1]) || t->cps[p - 1] == 0x9996) || /* 首 */
            names_known_overlaps(nc, p, p + 1))
            continue; /* 三台县, 台州: no measure word there */
        size_t b = p + len;
        if (b >= t->n || text_is_open_paren(t->cps[b]) ||
            text_match_list(t->cps, t->n, b, &lx->machine_measure))
            continue;
        size_t e = counted_noun_end(nc, &b);
        cnkg_span s = {b, e};
        if (e - b < 3 && !names_is_known_as(nc, s, 1u << CNKG_PRODUCT))
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
    return names_has_boundary_word(nc, (cnkg_span){s.begin + 1, s.end});
}

/* Is the item a known division or region (美国、韩国等产品: where the
 * products come from)? A known firm may name its brand (金龙鱼). */
static int is_known_place(const name_ctx *nc, cnkg_span item)
{
    return names_is_known_as(nc, item, (1u << CNKG_ADMINISTRATIVE_DIVISION) | (1u << CNKG_REGION));
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
    if (names_has_boundary_word(nc, first) || first.end - first.begin > longest + 1)
        return 0;
    for (size_t i = 0; i < n; i++) {
        cnkg_span s = items[i];
        if (names_text_span_holds(nc->t->cps, s.begin, s.end, 0x7B49))
            return 0; /* 等: the list closed before the item's end */
        if (!names_plain_item(nc, s, 2, 8) || is_known_place(nc, s) ||
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
void names_headed_lists(const name_ctx *nc, cand_list *out)
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
        size_t n = names_list_items(nc, p, &nc->lx->product_list_cue, items, 16);
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
        if (names_is_known_as(nc, items[i], 1u << CNKG_INDUSTRY))
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
void names_product_tail_lists(const name_ctx *nc, cand_list *out)
{
    const text_view *t = nc->t;
    const lexicon *lx = nc->lx;
    for (size_t p = 0; p < t->n; p++) {
        int closed = t->cps[p] == 0x7B49 && product_list_closed(nc, p); /* 等…产品 */
        if (!closed && !output_list_end(nc, p))
            continue;
        /* 工业控制计算机及系统产品产量: without 等, 及 and 和 join one name */
        cnkg_span items[12];
        size_t n = names_list_items_joined(nc, p, &lx->product_list_cue, items, 12, closed);
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
            int sure = i + 1 < n || cut || names_is_known_as(nc, items[i], ~0u);
            if (!sure && (items[i].end - items[i].begin > longest + 1 ||
                          names_has_boundary_word(nc, items[i])))
                continue;
            if (names_plain_item(nc, items[i], 2, 12) && !(sure && item_opens_stop(nc, items[i])) &&
                !is_known_place(nc, items[i]) &&
                !lexicon_is_generic(lx, CNKG_PRODUCT, t->cps, items[i].begin, items[i].end))
                cand_add(out, items[i].begin, items[i].end, CNKG_PRODUCT, NULL, SRC_RULE, 5);
        }
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
void names_model_products(const name_ctx *nc, cand_list *out)
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
void names_led_models(const name_ctx *nc, cand_list *out)
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
