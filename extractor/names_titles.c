/*
 * names_titles.c - programmes and titles: the object of a programme
 * (实施…行动), policy documents in book marks (《…条例》), the titles a place
 * or firm is given (国家级先进制造业集群, 专精特新“小巨人”), counted or held by
 * role, and a level of award before a known programme.
 */
#include "names_internal.h"

/* A title may quote part of itself (“一带一路”倡议, 成渝“双城经济圈”). */
static int is_title_char(uint32_t cp)
{
    return names_is_name_char(cp) || names_is_open_quote(cp) || names_is_close_quote(cp);
}

static int title_chars(const text_view *t, size_t b, size_t e)
{
    for (size_t k = b; k < e; k++)
        if (!is_title_char(t->cps[k]))
            return 0;
    return 1;
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
    if (!names_is_open_quote(t->cps[b]))
        return 0;
    size_t c = b + 1;
    while (c < e && !names_is_close_quote(t->cps[c]))
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
    return (kind < end - start && names_only_words(cps, start, end - kind, &nc->lx->descriptive)) ||
           names_generic_tail(nc, CNKG_PROGRAM, start, end - kind, end);
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
    return len == 1 && e - start >= 2 && (size_t)names_han_count(cps, start, e) == e - start &&
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
void names_programme_objects(const name_ctx *nc, cand_list *out)
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
                if (names_name_ends_at(nc, end)) {
                    size_t longer =
                        text_is_han(t->cps[end]) ? programme_goes_on(nc, start, end) : 0;
                    end = longer ? longer : end;
                    break;
                }
                end = 0;
            }
        }
        if (!end || end - start > MAX_PROGRAMME || names_han_count(t->cps, start, end) < 4 ||
            (joint > start && end - joint < MIN_JOINED_TOPIC) ||
            (text_match_list(t->cps, t->n, start, &lx->boundary) && !qualifier_opens(nc, start)) ||
            text_match_list(t->cps, t->n, start, &lx->home_word) ||
            (!listed && names_has_quantifier(lx, t->cps, start, end)) ||
            /* 等一系列产业政策, 等诸多服务机制: the list's kind, not a name */
            (listed && text_match_list(t->cps, t->n, start, &lx->quantifier)) ||
            lexicon_is_generic(lx, CNKG_PROGRAM, t->cps, start, end))
            continue;
        if (quote_and_kind(nc, start, end))
            continue; /* “项目管家”制度: the quotes name it (names_quoted) */
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
    return names_text_span_holds(nc->t->cps, it.begin, it.end, 0x7684 /* 的 */) ||
           names_holds_word(nc->t, it.begin, it.end, &nc->lx->trigger[CNKG_PROGRAM]) ||
           names_holds_word(nc->t, it.begin, it.end, &nc->lx->build_word);
}

/* 入选|全国首批乡村旅游重点村, 获批|国家级火炬计划: does a word that opens a
 * title granted (kg:titleOpenWord) open the item, with more than it after
 * and no count (创建全国…示范村115个: how many, the title ends before)? */
static int title_opens(const name_ctx *nc, cnkg_span it)
{
    const text_view *t = nc->t;
    size_t len = text_match_list(t->cps, it.end, it.begin, &nc->lx->title_open);
    return len && it.end - it.begin >= len + 3 && text_is_han(t->cps[it.end - 1]) &&
           !names_has_quantifier(nc->lx, t->cps, it.begin + len, it.end) &&
           !title_is_clause(nc, it) &&
           /* 获批国家开发银行贷款: the words speak of a known body, not of a
            * title the opener (国家) grants */
           !names_known_actor_from(nc, it.begin, it.begin + 1, it.end);
}

/* 被列为广东省LED产业基地和战略性新兴产业基地, 创建国家优质工程机械产业基地和省级
 * 旅游度假区: after a designation cue, each name of the list that ends like
 * a park or a base is the title given, a programme. Ranked above the park
 * and project rules that read the same span. */
void names_designations(const name_ctx *nc, cand_list *out)
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
        size_t n = names_list_items_joined(nc, e, &lx->designation_cue, items, 8, 1);
        for (size_t i = 0; i < n; i++) {
            cnkg_span it = items[i];
            /* a title that a level opens runs to the list's end, over words
             * that stop other names (全国首批乡村旅游|重点|村) */
            int opened = title_opens(nc, it);
            if (it.begin < p + len || it.end - it.begin < 4 || it.end - it.begin > 20 ||
                (!opened && names_has_boundary_word(nc, it)) ||
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
size_t names_list_count_at(const name_ctx *nc, size_t p, size_t *len)
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
    size_t s = names_divisions_before(nc, pos);
    if (s == pos)
        return 0;
    for (size_t r; (r = names_divisions_before(nc, s)) < s;)
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
    return title_is_clause(nc, it) ||
           names_holds_word(nc->t, it.begin, it.end, &lx->designation_cue) ||
           names_holds_word(nc->t, it.begin, it.end - kind, &lx->cue[CNKG_DESIGNATED_AS]);
}

/* 上海、大连…和石家庄七个国家半导体照明工程产业化基地, 新增大连、宁波等9个
 * 服务业扩大开放试点: a list of divisions, a count of them (names_list_count_at)
 * and words that end like a base or a programme and close the clause name
 * the title each member holds, a programme (relations_roles.c,
 * relations_counted_title_holders). */
void names_counted_titles(const name_ctx *nc, cand_list *out)
{
    const lexicon *lx = nc->lx;
    const text_view *t = nc->t;
    for (size_t p = 1; p < t->n; p++) {
        size_t len = 0;
        if (!names_list_count_at(nc, p, &len) || !division_list_before(nc, p))
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
 * (先行区, 试点, 示范区) names a title its holder bears (relations_roles.c,
 * relations_role_clauses). Not a park's or a plant's suffix: 作为全国最大的光缆生产基地
 * describes a plant, 作为大湾区又一超级工程 a work. The name may hold words that stop other names
 * (集聚, 发展), as a programme's does. */
void names_role_titles(const name_ctx *nc, cand_list *out)
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
 * are mentions of their own inside it (resolve_choose.c, compatible). Returns
 * where 关于 begins, or b. */
static size_t title_after_issuers(const name_ctx *nc, size_t b, size_t e)
{
    const text_view *t = nc->t;
    size_t pos = b;
    for (int found = 1; found && pos < e;) {
        found = 0;
        for (size_t i = names_first_hit_from(nc, pos);
             i < nc->n_hits && nc->hits[i].begin < pos + 1; i++) {
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

void names_programme_titles(const name_ctx *nc, cand_list *out)
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
void names_quoted_documents(const name_ctx *nc, cand_list *out)
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
void names_level_programmes(const name_ctx *nc, cand_list *out)
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
