/*
 * names_quotes.c - quoted names: “三事分办”机制, 推行“清单制”. A quoted
 * phrase is classed by the suffix after it or the trigger verb before it,
 * and a run of quoted phrases shares one class. Also the orders a
 * government issues (限价令, “强装令”), most often quoted.
 */
#include "names_internal.h"

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
    if (e - b >= 3 && !names_text_span_holds(t->cps, b, e, 0x3001) &&
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
        size_t known = names_known_form_start(nc, from);
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

void names_quoted(const name_ctx *nc, cand_list *out)
{
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    quoted run[16] = {{0}};
    size_t n_run = 0;
    cnkg_class run_class = CNKG_CLASS_NONE; /* of the quote just before, if adjacent */
    size_t run_end = (size_t)-1;
    for (size_t i = 0; i < t->n; i++) {
        if (!names_is_open_quote(t->cps[i]))
            continue;
        size_t j = i + 1;
        while (j < t->n && j - i <= 20 && !names_is_close_quote(t->cps[j]) &&
               !text_is_sentence_end(t->cps[j]))
            j++;
        if (j >= t->n || !names_is_close_quote(t->cps[j]) || j - i < 3)
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
void names_order(const name_ctx *nc, cand_list *out)
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
        int in_quotes = b > 0 && names_is_open_quote(t->cps[b - 1]) && e < t->n &&
                        names_is_close_quote(t->cps[e]) &&
                        !text_match_list(t->cps, t->n, b + 1, &lx->common_order);
        if ((!opened && !in_quotes) || lexicon_is_generic(lx, CNKG_PROGRAM, t->cps, b, e))
            continue;
        cand_add(out, b, e, CNKG_PROGRAM, NULL, SRC_RULE, 3);
    }
}
