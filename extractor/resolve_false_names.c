/*
 * resolve_false_names.c - the proposals no name can be
 * (resolve_drop_false_names): counts (两个项目), a labelled body that is a
 * person's name or title, a firm's bare suffix, a common noun ending in a
 * suffix, a cut Latin word or broken parentheses, a demonstrative or a
 * whole territory before a kind, a country pair (中马|两国), a frequent
 * word cut at a name's edge, a word for a firm of any trade, a website.
 */
#include "resolve_internal.h"

/* Does a known term longer than k characters begin at b (的|家电设计: 家电,
 * not the measure word 家)? */
static int term_opens_past(const gaz_hit *hits, size_t n_hits, size_t b, size_t k)
{
    for (size_t i = 0; i < n_hits; i++)
        if (hits[i].begin == b && hits[i].end - hits[i].begin > k)
            return 1;
    return 0;
}

/* 两个项目, 这条生产线, 28个系列, 江苏四家: a count of things, not a name.
 * True when the span opens with a measure word right after a numeral or a
 * word that stops names (这, 该) (not one that opens a known term there:
 * 的|家电设计), or with a numeral and a measure word, or, when
 * counted_before, right after a count (50多家|啤酒生产基地) that is no
 * ordinal. */
static int is_counted(const lexicon *lx, const text_view *t, const gaz_hit *hits, size_t n_hits,
                      size_t b, size_t e, int counted_before)
{
    size_t k = text_match_list(t->cps, e, b, &lx->measure);
    if (b > 0 && k &&
        (text_is_numeral(t->cps[b - 1]) || (text_match_list_ending(t->cps, b, &lx->boundary) &&
                                            !term_opens_past(hits, n_hits, b, k))))
        return 1;
    size_t count = counted_before ? text_count_start(t->cps, b, &lx->measure) : b;
    if (count != b && !(count > 0 && t->cps[count - 1] == 0x7B2C)) /* 第 */
        return 1; /* 第一条|X中试线: an ordinal says which one, not how many */
    size_t p = b;
    while (p < e && text_is_numeral(t->cps[p]))
        p++;
    if (p > b && text_match_list(t->cps, e, p, &lx->measure))
        return 1;
    /* 江苏四家: a count closing the span names the firms counted */
    for (size_t q = b + 1; q < e; q++)
        if (text_is_numeral(t->cps[q - 1]) && text_match_list(t->cps, e, q, &lx->measure) &&
            q + text_match_list(t->cps, e, q, &lx->measure) == e)
            return 1;
    return 0;
}

/* The labeller reads bodies in a title and a name (市委常委苟利军), in a
 * person's name alone (苟利军), in 市有关部门: a person's name under a title,
 * or a short one with no word that says it is a body (委, 局, 政府), is the
 * person; a level and a generic word name no body. */
static void check_labelled_agency(const lexicon *lx, const text_view *t, cand *c)
{
    size_t b = c->begin, e = c->end;
    for (size_t p = e > 4 ? e - 4 : b; p + 2 <= e; p++) {
        if (p >= b + 2 && text_match_list_ending(t->cps, p, &lx->trigger[CNKG_PERSON]) &&
            resolve_chinese_name(lx, t, p, e)) {
            c->begin = p; /* 市委常委|苟利军 */
            c->cls = CNKG_PERSON;
            return;
        }
    }
    /* 山东省委|常委, 福州市委|常委: a post (a kg:Person trigger) after a
     * body's name is no part of it */
    for (size_t q = e - 1; q >= b + 2; q--)
        if (text_list_holds(&lx->trigger[CNKG_PERSON], t->cps, q, e) &&
            text_match_list_ending(t->cps, q, &lx->suffix[CNKG_GOVERNMENT_AGENCY])) {
            c->end = e = q;
            break;
        }
    size_t level = text_match_list(t->cps, e, b, &lx->level_word);
    if (level && lexicon_is_generic(lx, CNKG_GOVERNMENT_AGENCY, t->cps, b + level, e))
        c->dropped = 1; /* 市|有关部门 */
    else if (text_match_list_ending(t->cps, e, &lx->not_bureau))
        c->dropped = 1; /* 城镇化空间布局, 开发保护格局: 局 ends the word, no bureau */
    else if (!text_match_list_ending(t->cps, e, &lx->suffix[CNKG_GOVERNMENT_AGENCY]) &&
             resolve_chinese_name(lx, t, b, e))
        c->cls = CNKG_PERSON; /* 苟利军 */
}

/* 贸|易公司, 合资公司: a firm's suffix after one character, or after a
 * word that stops names, names no firm. */
static int bare_firm(const lexicon *lx, const text_view *t, const cand *c)
{
    size_t sfx = text_match_list_ending(t->cps, c->end, &lx->suffix[CNKG_COMPANY]);
    if (!sfx || sfx >= c->end - c->begin)
        return 0;
    size_t head = c->end - sfx;
    return head - c->begin < 2 || text_list_holds(&lx->boundary, t->cps, c->begin, head);
}

/* 湖北加快科|技成果, 中科空天飞行科|技产业化基地: a firm's name does not end
 * inside one of the words that end firms' names (科技). */
static int ends_inside_suffix(const lexicon *lx, const text_view *t, const cand *c)
{
    for (size_t k = 1; k < 4 && k < c->end - c->begin; k++)
        if (text_match_list(t->cps, t->n, c->end - k, &lx->suffix[CNKG_COMPANY]) > k)
            return 1;
    return 0;
}

/* 中央经|济工作会议: a labelled body with no body's suffix (委, 局, 政府)
 * that an event's name (会议, 大会) runs past, from the same start, is a
 * cut of that name. (Other rules' names past it cost CLUENER's bodies.) */
static int cut_by_a_rule(const lexicon *lx, const text_view *t, const cand_list *cands,
                         const cand *c)
{
    if (text_match_list_ending(t->cps, c->end, &lx->suffix[CNKG_GOVERNMENT_AGENCY]))
        return 0;
    for (size_t k = 0; k < cands->n; k++) {
        const cand *o = &cands->items[k];
        if (o->source == SRC_RULE && o->cls == CNKG_EVENT && !o->dropped && o->begin == c->begin &&
            o->end > c->end)
            return 1;
    }
    return 0;
}

int resolve_generic_of_any(const lexicon *lx, const text_view *t, size_t b, size_t e)
{
    for (int k = 0; k < CNKG_CLASS_COUNT; k++)
        if (lexicon_is_generic(lx, (cnkg_class)k, t->cps, b, e))
            return 1;
    return 0;
}

/* 思路, 第一站, 伟大工程: a common noun that ends in a name suffix
 * (common-nouns.ttl, counted in the corpus) is a kind's word too. */
static int is_generic_of_any(const lexicon *lx, const text_view *t, const cand *c)
{
    return resolve_generic_of_any(lx, t, c->begin, c->end) ||
           text_list_holds(&lx->common_noun, t->cps, c->begin, c->end);
}

/* Dew p|roduction, OSCAR|: a name written in Latin letters begins and
 * ends at a word's edges; a span that cuts a word is a fragment. */
static int cuts_latin_word(const text_view *t, size_t b, size_t e)
{
    return (b > 0 && text_is_latin(t->cps[b]) && text_is_latin(t->cps[b - 1])) ||
           (e < t->n && e > b && text_is_latin(t->cps[e - 1]) && text_is_latin(t->cps[e]));
}

/* 冶金(, (中国): a name holds its parentheses in pairs, and a bracketed
 * part follows its name rather than opening one. */
static int broken_parens(const text_view *t, size_t b, size_t e)
{
    return resolve_unbalanced(t, b, e) || (e > b && text_is_open_paren(t->cps[b]));
}

/* 博物馆, 高速公路: a place's or project's suffix word alone is a common
 * noun (the suffixes of events hold names: 亚运会, 广交会). */
static int bare_suffix(const lexicon *lx, const text_view *t, const cand *c)
{
    return (c->cls == CNKG_PLACE || c->cls == CNKG_PROJECT) &&
           text_list_holds(&lx->suffix[c->cls], t->cps, c->begin, c->end);
}

/* 老路, 网站, 涉港: one character before the suffix of a made way or stop
 * (kg:waySuffix) makes a common word, not a place's name. */
static int short_way(const lexicon *lx, const text_view *t, const cand *c)
{
    return c->cls == CNKG_PLACE && c->end - c->begin == 2 &&
           text_list_holds(&lx->way_suffix, t->cps, c->begin + 1, c->end);
}

/* 此项活动, 上述项目, 这|项工程: a demonstrative before the head noun (and
 * its measure word) points back to a thing; it opens no name. */
static int points_to_thing(const lexicon *lx, const text_view *t, size_t b, size_t e)
{
    size_t d = text_match_list(t->cps, e, b, &lx->demonstrative);
    if (d && d < e - b)
        return 1;
    /* 这些|偏僻落后地区, 这一|全球最大自贸区: a demonstrative with its
     * number describes the thing it points back to */
    if (text_match_list_ending(t->cps, b, &lx->pointing_phrase))
        return 1;
    return text_match_list_ending(t->cps, b, &lx->demonstrative) &&
           text_match_list(t->cps, e, b, &lx->measure);
}

/* 全国|铁路, 全国|主要发电企业电源工程, 全国|高新区: a word for a whole
 * territory (kg:wholeTerritoryWord) before a place, a plant, a park or a region
 * speaks of all such things there; it opens no name of one. */
static int scoped_kind(const lexicon *lx, const text_view *t, const cand *c)
{
    if (c->cls != CNKG_PLACE && c->cls != CNKG_PROJECT && c->cls != CNKG_INDUSTRIAL_PARK &&
        c->cls != CNKG_REGION)
        return 0;
    size_t m = text_match_list(t->cps, c->end, c->begin, &lx->whole_territory);
    return m && m < c->end - c->begin;
}

/* 全|国网上零售额, 全|国办理, 全|市高速公路, 全|省防汛抗旱指挥中心: a name
 * that starts inside a word for a whole territory (kg:wholeTerritoryWord) is
 * cut from that word, whatever found it; the word itself opens no name. */
static int starts_inside_territory_word(const lexicon *lx, const text_view *t, const cand *c)
{
    for (size_t q = c->begin + 1; q < c->end; q++) {
        size_t m = text_match_list_ending(t->cps, q, &lx->whole_territory);
        if (m && q - m < c->begin)
            return 1;
    }
    return 0;
}

/* 中马|两国, 中塞|友谊, 中塔|关系: two countries written in one character
 * each (kg:countryShortChar) name the pair, not a firm, a body or a place (塔
 * closes places' names), unless the two
 * characters are a known name (巴西, 印尼: a gazetteer term on the span). A
 * person's two characters may be any (马新). */
static int country_pair(const lexicon *lx, const text_view *t, const gaz_hit *hits, size_t n_hits,
                        const cand *c)
{
    if (c->end - c->begin != 2 || c->cls == CNKG_PERSON ||
        !text_list_holds(&lx->country_letter, t->cps, c->begin, c->begin + 1) ||
        !text_list_holds(&lx->country_letter, t->cps, c->begin + 1, c->end))
        return 0;
    for (size_t i = 0; i < n_hits; i++)
        if (hits[i].begin == c->begin && hits[i].end == c->end)
            return 0;
    return 1;
}

/* Is the two-character word at b a frequent word written across a name's
 * edge (kg:crossingWordStart or kg:crossingWordEnd)? */
static int frequent_word_at(const lexicon *lx, const text_view *t, size_t b)
{
    return b + 2 <= t->n && (text_list_holds(&lx->crossing_start, t->cps, b, b + 2) ||
                             text_list_holds(&lx->crossing_end, t->cps, b, b + 2));
}

/* Does another kept name hold the character at p (中国|家具: 中国 takes 国)? */
static int char_claimed(const cand_list *cands, const cand *c, size_t p)
{
    for (size_t i = 0; i < cands->n; i++) {
        const cand *o = &cands->items[i];
        if (o != c && !o->dropped && o->begin <= p && p < o->end &&
            (o->end <= c->begin || o->begin >= c->end))
            return 1;
    }
    return 0;
}

/* 中国特色社|会主义, 中央办|公厅, 内塔尼|亚胡, 我|国太原卫星, 加沙|地带民防部门: a
 * name a rule found begins and ends at a word's edge; one whose first or
 * last character makes a frequent word with its neighbour outside is cut
 * out of the text's words. A sector or a place may end before a word its
 * suffix starts (光伏产业|链, 塔里木河|流域). */
static int cuts_frequent_word(const lexicon *lx, const text_view *t, const cand_list *cands,
                              const cand *c)
{
    if (c->end - c->begin < 3)
        return 0;
    if (c->begin >= 1 && frequent_word_at(lx, t, c->begin - 1) &&
        !char_claimed(cands, c, c->begin - 1))
        return 1;
    return c->cls != CNKG_INDUSTRY && c->cls != CNKG_PLACE && frequent_word_at(lx, t, c->end - 1) &&
           !char_claimed(cands, c, c->end);
}

/* 摩|托罗拉 (摩托罗拉), 白|俄罗斯国防部 (白俄罗斯), 马自|达 (马自达): a known
 * term of three characters or more written across a proposed name's edge takes the characters the
 * name shares with it; the name is a fragment. */
static int straddled_by_term(const gaz_hit *hits, size_t n_hits, const cand *c)
{
    for (size_t i = 0; i < n_hits; i++) {
        const gaz_hit *h = &hits[i];
        if (h->end - h->begin < 3)
            continue; /* 长武, 同安: a short county's name is written inside
                       * other words (委员长|武维华, 同|安瓦尔) */
        if ((h->begin < c->begin && c->begin < h->end && h->end < c->end) ||
            (c->begin < h->begin && h->begin < c->end && c->end < h->end))
            return 1;
    }
    return 0;
}

/* 意大利公司, 大型集团: a word for a firm of any trade (kg:bareFirmWord:
 * 公司, 集团) after nothing but a country or words that say what kind
 * (kg:descriptiveWord) names a kind of firm, one from that country or of
 * that size, not a firm (美国杜邦公司, 海尔集团 name one). Not after a
 * Chinese division: 武威公司 is a firm's branch there. */
static int kind_of_firm(const lexicon *lx, const text_view *t, const gaz_hit *hits, size_t n_hits,
                        const cand *c)
{
    if (c->cls != CNKG_COMPANY || c->term)
        return 0;
    size_t g = text_match_list_ending(t->cps, c->end, &lx->bare_firm_word);
    if (!g || g >= c->end - c->begin)
        return 0;
    size_t head = c->end - g;
    for (size_t q = c->begin; q < head;) {
        size_t w = text_match_list(t->cps, head, q, &lx->descriptive);
        if (!w)
            break;
        q += w;
        if (q == head)
            return 1;
    }
    for (size_t i = 0; i < n_hits; i++) {
        const gaz_hit *h = &hits[i];
        if (h->begin == c->begin && h->end == head && h->form_kind != FORM_HIDDEN &&
            resolve_is_country(cnkg_ontology_term(lx->onto, h->term)))
            return 1;
    }
    return 0;
}

/* 中国钢材网, 中证网: a firm proposed with a website's word at its end
 * (kg:websiteSuffix) is a website, which the schema counts as a body; not
 * when a known term or a word of grids (kg:notWebsiteWord: 华中电网, 青藏联网)
 * ends the name there. */
static int is_website(const lexicon *lx, const text_view *t, const gaz_hit *hits, size_t n_hits,
                      const cand *c)
{
    size_t w = text_match_list_ending(t->cps, c->end, &lx->website_suffix);
    if (c->cls != CNKG_COMPANY || c->term || !w || w >= c->end - c->begin ||
        text_match_list_ending(t->cps, c->end, &lx->not_website))
        return 0;
    for (size_t i = 0; i < n_hits; i++)
        if (hits[i].end == c->end && hits[i].begin >= c->begin && hits[i].end - hits[i].begin > w)
            return 0;
    return 1;
}

/* The hits that may touch [b, e): those beginning before e and less than
 * the longest hit's length before b. gazetteer_scan sorts hits by begin, so
 * the tests below read a few hits, not all of a long text's. */
static const gaz_hit *hits_near(const gaz_hit *hits, size_t n_hits, size_t longest, size_t b,
                                size_t e, size_t *n_near)
{
    size_t from = b >= longest ? b - longest + 1 : 0;
    *n_near = 0;
    if (n_hits == 0) /* hits is NULL then, and NULL + 0 is undefined in C */
        return hits;
    size_t lo = gazetteer_hit_from(hits, n_hits, from), end = lo;
    while (end < n_hits && hits[end].begin < e)
        end++;
    *n_near = end - lo;
    return hits + lo;
}

/* Drops the proposals of the rules and the labeller that no name can be,
 * and mends a few: a post cut off a labelled body's name, a website's
 * class made a body's (the schema counts it an Organization). */
void resolve_drop_false_names(const lexicon *lx, const text_view *t, const gaz_hit *all_hits,
                              size_t n_all, cand_list *cands)
{
    size_t longest = gazetteer_hits_longest(all_hits, n_all);
    for (size_t i = 0; i < cands->n; i++) {
        cand *c = &cands->items[i];
        size_t n_hits;
        const gaz_hit *hits = hits_near(all_hits, n_all, longest, c->begin, c->end, &n_hits);
        if (!c->dropped && (starts_inside_territory_word(lx, t, c) ||
                            lexicon_phrase_opened(lx, t, c->begin, c->end)))
            c->dropped = 1;
        if (c->dropped || c->source == SRC_GAZETTEER || c->cls == CNKG_ADMINISTRATIVE_DIVISION)
            continue;
        /* 央企 read as a body, 经销企业 listed as a product: a kind's common
         * noun, of any class, names none */
        if (is_generic_of_any(lx, t, c) || cuts_latin_word(t, c->begin, c->end) ||
            broken_parens(t, c->begin, c->end) || bare_suffix(lx, t, c) || short_way(lx, t, c) ||
            points_to_thing(lx, t, c->begin, c->end) || scoped_kind(lx, t, c) ||
            cuts_frequent_word(lx, t, cands, c) || country_pair(lx, t, hits, n_hits, c) ||
            kind_of_firm(lx, t, hits, n_hits, c) ||
            (c->source == SRC_LABELLER && straddled_by_term(hits, n_hits, c))) {
            c->dropped = 1;
            continue;
        }
        /* 13条重点产业链倍增计划: a programme's title may begin with a
         * count; 一条|光子芯片中试线: a count before a plant's product
         * counts the plants, the product keeps its name */
        int plant_product = c->cls == CNKG_PRODUCT && c->source == SRC_RULE &&
                            text_match_list(t->cps, t->n, c->end, &lx->plant_word);
        if (c->cls != CNKG_PROGRAM &&
            is_counted(lx, t, hits, n_hits, c->begin, c->end, !plant_product))
            c->dropped = 1;
        else if (c->cls == CNKG_PERSON && c->source == SRC_LABELLER &&
                 !resolve_person_shaped(lx, t, c->begin, c->end))
            c->dropped = 1;
        else if (c->cls == CNKG_GOVERNMENT_AGENCY && c->source == SRC_LABELLER &&
                 cut_by_a_rule(lx, t, cands, c))
            c->dropped = 1;
        else if (c->cls == CNKG_GOVERNMENT_AGENCY && c->source == SRC_LABELLER)
            check_labelled_agency(lx, t, c);
        else if (is_website(lx, t, hits, n_hits, c))
            c->cls = CNKG_ORGANIZATION;
        else if (c->cls == CNKG_COMPANY && c->source == SRC_LABELLER &&
                 (bare_firm(lx, t, c) || ends_inside_suffix(lx, t, c)))
            c->dropped = 1;
    }
    resolve_extend_cut_persons(t, cands);
    resolve_cut_run_on_persons(t, cands);
}
