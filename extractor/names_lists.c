/*
 * names_lists.c - lists of names: splitting A、B、C into its items
 * (names_list_items, used by the rules for products, titles and
 * industries too), and the lists whose items are projects (A、B等项目) or
 * members of a group of places or firms.
 */
#include "names_internal.h"

#include <stdlib.h>

/* Items of a list that ends at end: A、B、C, the first cut on its left at a
 * clause break or a word of stop (the verb that brings the list: 落地, 攻关).
 * Returns the count, at most max. */
size_t names_list_items(const name_ctx *nc, size_t end, const word_list *stop, cnkg_span *items,
                        size_t max)
{
    return names_list_items_joined(nc, end, stop, items, max, 0);
}

/* The same, where 和, 及 join items as 、 does. */
size_t names_list_items_joined(const name_ctx *nc, size_t end, const word_list *stop,
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

int names_plain_item(const name_ctx *nc, cnkg_span s, size_t min, size_t max)
{
    if (s.end - s.begin < min || s.end - s.begin > max)
        return 0;
    for (size_t i = s.begin; i < s.end; i++)
        if (!names_is_name_char(nc->t->cps[i]))
            return 0;
    return !text_match_list(nc->t->cps, s.end, s.begin, &nc->lx->quantifier);
}

/* Is the item, whole, a known term of one of the classes in mask? */
int names_is_known_as(const name_ctx *nc, cnkg_span item, unsigned mask)
{
    for (size_t i = names_first_hit_from(nc, item.begin);
         i < nc->n_hits && nc->hits[i].begin < item.begin + 1; i++) {
        const gaz_hit *h = &nc->hits[i];
        cnkg_class c = cnkg_ontology_term(nc->lx->onto, h->term)->cls;
        if (h->begin == item.begin && h->end == item.end && (mask & (1u << c)))
            return 1;
    }
    return 0;
}

int names_is_known_industry(const name_ctx *nc, cnkg_span item)
{
    return names_is_known_as(nc, item, (1u << CNKG_INDUSTRY) | (1u << CNKG_PRODUCT));
}

/* The first known industry or product inside an item, at or after from. */
static const gaz_hit *first_industry(const name_ctx *nc, cnkg_span item, size_t from)
{
    const gaz_hit *best = NULL;
    for (size_t i = names_first_hit_from(nc, from); i < nc->n_hits && nc->hits[i].begin < item.end;
         i++) {
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
    for (size_t i = names_first_hit_from(nc, item.begin);
         i < nc->n_hits && nc->hits[i].begin < item.begin + 1; i++) {
        const gaz_hit *h = &nc->hits[i];
        if (h->begin == item.begin && h->end < item.end && h->end > head &&
            cnkg_ontology_term(nc->lx->onto, h->term)->cls == CNKG_COMPANY)
            head = h->end;
    }
    if (head > item.begin) {
        const gaz_hit *ind = first_industry(nc, item, head);
        size_t rest = item.end - head;
        if (!ind && rest >= 2 && rest <= 5 && names_han_count(t->cps, head, item.end) == (int)rest)
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
void names_project_lists(const name_ctx *nc, cand_list *out)
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
        if (names_holds_word(t, p + 1, q + tail, &nc->lx->activity_kind))
            continue; /* 剪纸、酿酒等非遗体验项目: pastimes offered, no projects */
        cnkg_span items[16];
        size_t n = names_list_items(nc, p, &nc->lx->trigger[CNKG_PROJECT], items, 16);
        if (n) /* 建设的|国家大型风光基地、…等项目: the first item carries the clause */
            items[n - 1].begin = first_item_start(nc, items[n - 1]);
        for (size_t i = 0; i < n; i++) {
            if (!names_plain_item(nc, items[i], 2, 30) || names_is_known_industry(nc, items[i]) ||
                names_holds_clause_word(nc, items[i].begin, items[i].end))
                continue; /* 电池、电机等关键零部件项目: kinds of projects, not projects */
            if (i == n - 1 && n > 1 && names_has_boundary_word(nc, items[i]))
                continue; /* 国家发改委已将…、…等项目, 确保…、…等项目: the first
                           * item, whose left edge no 、 sets, runs into the
                           * clause that brings the list (a word that stops
                           * names stands in it), so where it begins is unknown */
            /* 柔道、跆拳道等项目, 观鸟、登山等特色项目, 验收、调试等项目: a
             * short item of common words is a kind of activity, as 算法工程
             * is a kind of work; a known name makes one (华峰、宁德时代等项目) */
            if (names_plain_short_head(nc, words_after_stop(nc, items[i]), items[i].end))
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

int names_has_boundary_word(const name_ctx *nc, cnkg_span s)
{
    return names_holds_word(nc->t, s.begin, s.end, &nc->lx->boundary);
}

/* 等3个镇, 等18个县（市、区）: a count of divisions closes the list. */
static int towns_follow(const name_ctx *nc, size_t p)
{
    const text_view *t = nc->t;
    size_t q = p;
    while (q < t->n && q - p < 4 && names_is_numeral(t->cps[q]))
        q++;
    if (q == p || q >= t->n || t->cps[q] != 0x4E2A) /* 个 */
        return 0;
    return text_match_list(t->cps, t->n, q + 1, &nc->lx->town_suffix) ||
           text_has_at(t->cps, t->n, q + 1, "县") || text_has_at(t->cps, t->n, q + 1, "区") ||
           text_has_at(t->cps, t->n, q + 1, "市");
}

/* Is the item nothing but division names (四川成都)? */
int names_only_places(const name_ctx *nc, cnkg_span item)
{
    size_t p = item.end;
    while (p > item.begin) {
        size_t start = p;
        for (size_t i = names_first_hit_ending_at(nc, p); i < nc->n_hits && nc->hits[i].begin < p;
             i++) {
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
        if (names_is_known_industry(nc, items[i]))
            return 1;
    return 0;
}

/* 宁波同舟汽配、苏州晟锋电驱等4家东部企业, 中国汽研、招商车研等科研院所: a list
 * closed by 等 and a common noun of a class (企业, 科研院所) lists members
 * of that class. */
void names_member_lists(const name_ctx *nc, cand_list *out)
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
        size_t n = names_list_items(nc, p, &nc->lx->boundary, items, 16);
        if (cls == CNKG_COMPANY && lists_trades(nc, items, n))
            continue;
        for (size_t i = 0; i < n; i++)
            if (names_plain_item(nc, items[i], 2, 14) && !names_is_known_industry(nc, items[i]) &&
                (cls == CNKG_ADMINISTRATIVE_DIVISION
                     ? text_match_list_ending(t->cps, items[i].end, &nc->lx->town_suffix) > 0
                     : !names_only_places(nc, items[i])) &&
                !lexicon_is_generic(nc->lx, cls, t->cps, items[i].begin, items[i].end))
                /* the list says what its members are, above a term's usual
                 * class (汇丰、花旗、东亚等外资行: 东亚 is a bank here) */
                cand_add(out, items[i].begin, items[i].end, cls, NULL, SRC_RULE, 5);
    }
}
