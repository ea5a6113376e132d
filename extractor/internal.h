/*
 * internal.h - what the extractor's files share. Not installed, not for
 * other components: they see cnkg_extractor.h only.
 *
 * The pipeline for one article (extractor.c):
 *   page.c       page -> article drafts (headline, byline, body, source)
 *   text.c       code points, the matching view, sentences
 *   gazetteer.c  known names from the ontology (a code point trie)
 *   names*.c     open-class names from rules (suffixes, quotes, triggers, lists)
 *   resolve*.c   candidates -> entities and mentions (one policy)
 *   coref.c      我市, 当地, 该示范区 ... -> the entity they point to
 *   relations*.c cue patterns over a sentence's mentions -> facts
 *   check.c      facts the ontology's domains and ranges allow, a mention per span
 */
#ifndef CNKG_EXTRACTOR_INTERNAL_H
#define CNKG_EXTRACTOR_INTERNAL_H

#include "cnkg_extractor.h"

#include <opencc.h>
#include <stdint.h>

/* How far up a chain of parent divisions the extractor walks: China has
 * five levels, and an edited ontology may hold a cycle (A in B, B in A). */
enum { MAX_DEPTH = 16 };

/* --- page.c ------------------------------------------------------------- */

typedef struct article_draft {
    cnkg_buf text;
    char *title, *kicker, *publisher, *date;
    char *url; /* a link line's target ([查看原文](https://…)), or NULL */
    char **authors;
    size_t n_authors;
    int ghost;     /* page_split_piece's stand-in for an article above the piece */
    size_t offset; /* where its first line starts in the text split */
} article_draft;

typedef struct word_index word_index;

typedef struct word_list {
    const char *const *words; /* longest first */
    size_t n;
    /* Built by word_list_index: the words as code points, bucketed by
     * their first and last code point, so that matching at a position
     * looks at the few words that can match there instead of all of
     * them. NULL: the list is scanned word by word. */
    word_index *index;
    /* Set with the index: bit cp % TEXT_FILTER_BITS is set when some word
     * begins with a code point of that remainder, so that the positions
     * where no word can begin (most of them) are answered inline. */
    const uint64_t *first;
} word_list;

enum { TEXT_FILTER_BITS = 4096 };

/* Is a division's code a country's (alpha-2), not a Chinese one's (digits)? */
int division_code_is_country(const char *code);

void word_list_index(word_list *l);
void word_list_index_free(word_list *l);
/* Every occurrence of every word of an indexed list in cps[0, n), ordered
 * by word (list order) then position, as a word-by-word scan finds them.
 * Returns the count; *out is realloc'd. -1 when the list has no index or
 * holds an empty word (the caller then scans). */
typedef struct word_hit {
    size_t word, pos, len; /* len in code points */
} word_hit;
long text_find_all(const word_list *l, const uint32_t *cps, size_t n, word_hit **out);

struct lexicon;
/* Splits a page into articles; returns the count, *out receives them. cc
 * (its cc NULL: none) reads traditional script for the layout. */
struct t2s_converter;
size_t page_split(const char *text, size_t len, const struct lexicon *lx,
                  const struct t2s_converter *cc, article_draft **out);
void article_draft_free(article_draft *d);

/* A page read in pieces (a page file too large to read whole): what a
 * piece needs to know of the page above it so that it splits as the whole
 * page would. Zeroed with above -1 for the page's first piece. */
typedef struct page_state {
    char *publisher, *date; /* the masthead's, for the articles below it */
    int ghost;              /* an article above goes on into the piece, in its body */
    int seen_body;          /* without a ghost: the article closed above had a body */
    int above;              /* the last paragraph above that is not chrome ends a
                               sentence (1), does not (0), none (-1) */
} page_state;

typedef struct page_rest {
    size_t at;         /* where the next piece's text starts in this one */
    size_t open;       /* bytes of text of the article that goes on there (0: none) */
    size_t open_start; /* ... and where its first line starts */
    size_t drop;       /* where the next piece starts when that article is refused
                          (then with a ghost) */
} page_rest;

/* Splits text, a piece of a page that goes on (last 0) or ends (last 1),
 * in the page's state st, which it updates for the next piece. Returns
 * the articles that the text after the piece cannot change; the next
 * piece must be text from rest->at on, followed by the page's next lines.
 * Split so, a page gives the articles page_split gives it whole. */
size_t page_split_piece(const char *text, size_t len, int last, page_state *st,
                        const struct lexicon *lx, const struct t2s_converter *cc,
                        article_draft **out, page_rest *rest);
void page_state_free(page_state *st);

/* --- text.c ------------------------------------------------------------- */

typedef struct text_view {
    uint32_t *cps; /* the article's code points, in simplified script */
    size_t n;
    /* The matching view: quotes and blanks dropped, full-width ASCII folded,
     * Latin lower-cased, so that ‘33618’ matches 33618 and Micro LED matches
     * MicroLED. map[i] is the code point index of view[i] in cps. */
    uint32_t *view;
    size_t *map;
    size_t n_view;
} text_view;

/* Traditional script read as simplified: OpenCC's t2s, and which code
 * points it can change (t2s_table.c), so that texts holding none of them
 * (most simplified text) skip the conversion. */
typedef struct t2s_converter {
    opencc_t cc; /* NULL: texts are left as they are */
    /* A bit per code point below T2S_LIMIT, or NULL: convert every text;
     * followed by as many bits for the barriers. */
    const uint8_t *changes;
} t2s_converter;

enum { T2S_LIMIT = 0x30000, T2S_FILES = 3 };
typedef struct t2s_data_file {
    const char *name;
    unsigned long size;
    uint64_t hash; /* cnkg_hash64(content, size, 0) */
} t2s_data_file;
extern const uint32_t t2s_changeable[];
extern const size_t t2s_n_changeable;
extern const uint32_t t2s_barriers[]; /* in no key: a conversion may be cut after them */
extern const size_t t2s_n_barriers;
extern const t2s_data_file t2s_files[T2S_FILES]; /* t2s.json, then its dictionaries */

/* The bitmaps of t2s_changeable and t2s_barriers, one after the other,
 * when the data OpenCC loads for t2s.json (looked up as OpenCC 1.1 does,
 * from data_dir) are the files the table was made from; NULL otherwise.
 * Free it with free(). */
uint8_t *text_t2s_changes(const char *data_dir);
/* 0 when OpenCC's t2s provably leaves cps[0, n) as they are (none is in
 * t->changes); 1 when it may change them, or t->changes is NULL. */
int text_t2s_may_change(const t2s_converter *t, const uint32_t *cps, size_t n);

void text_view_init(text_view *t, const char *utf8, const t2s_converter *cc);
void text_view_free(text_view *t);
uint32_t text_fold(uint32_t cp);
int text_is_skipped(uint32_t cp); /* dropped from the matching view */
int text_is_han(uint32_t cp);
int text_is_latin(uint32_t cp);       /* a-z, A-Z, full-width too */
int text_is_open_paren(uint32_t cp);  /* ( and its full-width form */
int text_is_close_paren(uint32_t cp); /* ) and its full-width form */
int text_is_closing(uint32_t cp);     /* closing quotes and brackets: ” 」 ） 》 〉 */
int text_is_numeral(uint32_t cp);     /* 0-9, 一 … 万, 两, 几, 多 */
long text_count_at(const uint32_t *cps, size_t n, size_t pos, size_t *len); /* 3, 三, 十二 */
int text_is_punct(uint32_t cp);
int text_is_sentence_end(uint32_t cp);
int text_is_clause_break(uint32_t cp); /* ，、；：and sentence ends */
/* 1 when the UTF-8 word occurs in cps at pos. */
int text_has_at(const uint32_t *cps, size_t n, size_t pos, const char *word);
/* The longest word of the list that occurs at pos (its length in code
 * points), or 0. */
size_t text_match_list_at(const uint32_t *cps, size_t n, size_t pos, const word_list *l);
static inline size_t text_match_list(const uint32_t *cps, size_t n, size_t pos, const word_list *l)
{
    if (l->first) {
        if (pos >= n)
            return 0;
        uint32_t cp = cps[pos];
        if (!(l->first[cp % TEXT_FILTER_BITS / 64] >> (cp % 64) & 1))
            return 0;
    }
    return text_match_list_at(cps, n, pos, l);
}
/* 1 when cps[b, e) is exactly one of the list's words. */
int text_list_holds(const word_list *l, const uint32_t *cps, size_t b, size_t e);
/* The longest word of the list that ends at pos (exclusive), or 0. */
size_t text_match_list_ending(const uint32_t *cps, size_t pos, const word_list *l);
/* Where a count that ends at pos begins (实施|100个|“…”, 50多家|啤酒基地):
 * numerals and a measure word of the list; pos when none ends there. */
size_t text_count_start(const uint32_t *cps, size_t pos, const word_list *measure);
/* 《…发展规划（2024—2028年）》, 《…条例(草案)》: where a name [b, e) ends in a
 * bracket (its period, its stage), where the words before the bracket end;
 * e when it does not. */
size_t text_before_bracket(const uint32_t *cps, size_t b, size_t e);
void text_sentences(cnkg_article *a, const text_view *t);

/* --- gazetteer.c -------------------------------------------------------- */

typedef struct gazetteer gazetteer;

enum { FORM_PREF = 0, FORM_ALT = 1, FORM_HIDDEN = 2 };

typedef struct gaz_hit {
    size_t begin, end; /* code points in the text (not the view) */
    uint32_t term;     /* index into the ontology's terms */
    int form_kind;     /* FORM_PREF / FORM_ALT / FORM_HIDDEN */
} gaz_hit;

gazetteer *gazetteer_build(const cnkg_ontology *onto);
void gazetteer_free(gazetteer *g);
/* Every match of every form in the text, all lengths, sorted by begin then
 * longest first. Returns the count; *hits is realloc'd. */
size_t gazetteer_scan(const gazetteer *g, const text_view *t, gaz_hit **hits, size_t *cap);
/* The first of hits[0, n) (as gazetteer_scan orders them) that begins at b
 * or after, by binary search: a question about a position concerns a run
 * of hits, and scanning all of them at every position was quadratic in a
 * long article. */
size_t gazetteer_hit_from(const gaz_hit *hits, size_t n, size_t b);
/* The length of the longest of hits[0, n): a hit that ends at or after a
 * place begins at most this far before it. */
size_t gazetteer_hits_longest(const gaz_hit *hits, size_t n);
/* The known term of class cls that s[0, len) is a form of (not a hidden
 * one), or NULL. */
const cnkg_term *gazetteer_term_of_class(const gazetteer *g, const cnkg_ontology *onto,
                                         const char *s, size_t len, cnkg_class cls);
/* Drops the two-character matches that start inside a frequent word written
 * across their edge (start: kg:crossingWordStart) or end inside one (end:
 * kg:crossingWordEnd); keeps the order. Returns the new count. */
size_t gazetteer_drop_crossing(const word_list *start, const word_list *end, const text_view *t,
                               gaz_hit *hits, size_t n);

/* --- candidates (names*.c, resolve*.c) ------------------------------------- */

enum cand_source { SRC_GAZETTEER, SRC_RULE, SRC_LABELLER, SRC_LOCAL };

typedef struct cand {
    size_t begin, end;
    cnkg_class cls;
    const cnkg_term *term; /* gazetteer term, or NULL */
    char *label;           /* canonical label when it differs from the surface */
    int source;
    int strength; /* higher wins a conflict of equal spans */
    int dropped;
    size_t entity;
    size_t head_end;           /* rule names: where the suffix begins (江西光速|电子) */
    const cnkg_township *town; /* a township found under its county, or NULL */
    size_t issuers_end; /* a document's title: where its issuers end (财政部|关于…), or 0 */
} cand;

typedef struct cand_list {
    cand *items;
    size_t n, cap;
} cand_list;

void cand_add(cand_list *l, size_t begin, size_t end, cnkg_class cls, const cnkg_term *term,
              int source, int strength);
void cand_list_free(cand_list *l);

/* Candidates filed by where they begin, for the passes that ask which
 * candidates lie near another: asking every candidate about every other
 * was quadratic in a long article. at[p] is the last filed candidate that
 * begins at p, next[i] the one filed before it there (NO_CAND ends);
 * longest is the longest of the list at init and of those filed since. */
#define NO_CAND ((size_t)-1)

typedef struct cand_index {
    size_t *at, *next, n_at, cap_next, longest;
    size_t *near, n_near, cap_near; /* cand_index_near's answer */
} cand_index;

void cand_index_init(cand_index *x, const cand_list *cands);
/* Files candidate i; one added to the list since init is filed too. */
void cand_index_file(cand_index *x, const cand_list *cands, size_t i);
/* An index of the whole list, for a pass that adds no candidate and moves
 * none. */
void cand_index_file_all(cand_index *x, const cand_list *cands);
void cand_index_free(cand_index *x);
/* The filed candidates that begin in [from, to], in the list's order, in
 * x->near: the order a scan of the list meets them. */
void cand_index_near(cand_index *x, size_t from, size_t to);

/* Indexes ordered by value (qsort's comparator of size_t). */
int index_ascending(const void *pa, const void *pb);

/* A position in the text paired with the index of what stands there:
 * sorted by position, then index, an array of them finds by binary search
 * the mentions that begin (or end) in a stretch of text, in list order
 * among equals (relations.c, coref.c). */
typedef struct position_key {
    size_t pos, i;
} position_key;

void position_keys_sort(position_key *keys, size_t n);

/* The lexicons the rules read, gathered once from the ontology. */
typedef struct lexicon {
    const cnkg_ontology *onto;
    word_list suffix[CNKG_CLASS_COUNT];
    word_list prefix[CNKG_CLASS_COUNT];
    word_list trigger[CNKG_CLASS_COUNT];
    word_list generic[CNKG_CLASS_COUNT];
    word_list anaphor[CNKG_CLASS_COUNT]; /* kg:anaphor: 园区, 企业 */
    word_list cue[CNKG_RELATION_COUNT];
    word_list boundary, home_word, place_word, local_word, surname, modifier, hidden_cue,
        abbreviation, publishers, locative, topic_tail, town_suffix, product_marker, product_tail,
        quantifier, level_word, measure, build_word, legal_suffix, partner_word, weak_locative,
        place_tail, navigation, conjunction;
    /* page layout (page.c): information-line labels, outlet names, bylines */
    word_list source_field, author_field, poster_field, date_field, self_word, outlet_suffix,
        dateline_word, report_open, report_word, byline_role, byline_mark, byline_open,
        paper_suffix, page_open, page_close;
    /* relations*.c: 是, 揭牌, 能力, 引育, 集群 (see syntax.ttl) */
    word_list copula, opening_word, nominal_tail, attract_word, cluster_word, sector_list_word,
        policy_tail, policy_says, scope_word, become_word, members_word;
    word_list holding_word; /* 举行, 召开: an event held at a place (relations_located.c) */
    /* 连接, 途经: a route lies in the places listed after (relations_located.c) */
    word_list passing_word;
    word_list zone_suffix; /* 试验区, 先行区: a zone a place that builds it holds as a title */
    word_list unit_word; /* 处, 办公室: end a body's own unit before a title (relations_people.c) */
    /* 工业, 产业化: between the sector a project's name opens with and 项目 */
    word_list project_sector_word;
    word_list separately_word; /* 均, 分别: each on its own, after a list (relations_cues.c) */
    /* 研究院, 实验室: bodies named by where they work (relations_structure.c) */
    word_list sited_body;
    /* 司法, 社会管理: fields of public work, not sectors (names_industries.c) */
    word_list public_field;
    word_list trade_open, trade_close; /* 以 … 为主: a firm's main trades (relations_described.c) */
    word_list counted_sector; /* 三大|产业: a count closes a list of sectors (names_industries.c) */
    /* 作为 … ，X: a clause describing the name that opens the next (relations_roles.c) */
    word_list role_word, role_tail, hub_word;
    /* names_titles.c, names_products.c: 列为, 年产值, 以…为主 (see syntax.ttl) */
    word_list designation_cue, output_noun, product_list_cue, product_list_tail, product_list_verb,
        aspect_particle, verb_complement, counting_unit, capacity_word;
    word_list government_head; /* 市长, 副县长: head a division's government (relations_people.c) */
    word_list government_word; /* 政府, 人民政府: end the name of that government */
    word_list output_open;     /* 年产: a project named by its yearly output */
    /* 主要产品是: the clause after it lists products (names_products.c) */
    word_list catalogue_head;
    word_list part_list_tail; /* 零部件: after 等, parts, of the sectors listed or listed */
    word_list product_kind;   /* 新品种, 机器人: before quotes, they name one such thing */
    word_list plant_word; /* 生产线, 工厂: a plant named by what it makes (names_products.c) */
    word_list product_head; /* 机, 板, 电池: the last word of a thing made (names_products.c) */
    word_list model_head; /* 起重机, 动车组: after a model code, a model made (names_products.c) */
    word_list model_gap; /* 次, 两: between a code and a kind, no model (names_products.c) */
    word_list model_lead; /* 新款, 汽车: before a model code, the model made (names_products.c) */
    word_list sector_product;  /* 组件, 产品: after an industry, the thing it makes */
    word_list market_word;     /* 市场: after a thing made, its market (names_products.c) */
    word_list machine_measure; /* 台: after a count, a machine made (names_products.c) */
    word_list ordinal_measure; /* 条, 座: after 第二, one plant of an owner (names_suffix.c) */
    word_list market_scope;    /* 我国, 全球: whose a market is, before its product */
    word_list making_noun; /* 大开发: a noun that ends in a product trigger (names_products.c) */
    word_list amount_capacity; /* 产能: after an amount and a product, its capacity */
    word_list attributive;     /* 一站式: a programme's suffix that may qualify a noun */
    word_list plan_word; /* 规划, 工程: after quotes, one name with them (“十四五”规划) */
    word_list period_word;     /* 十二五: a plan's period, before 规划 it names the plan */
    word_list period_tail;     /* 期间: after a period's name, the time it names */
    word_list state_word;      /* 国家: the state, issuer of a programme it opens */
    word_list not_bureau;      /* 布局, 格局: end in 局 and name no bureau */
    word_list document_word;   /* 条例, 决定: end a policy's title in book marks */
    word_list not_document;    /* 兵法, 做法: end a title in book marks that is no policy */
    word_list programme_kind;  /* 模式, 活动: after quotes, say they name a programme */
    word_list level_title;     /* 国家级, 省级: before a known programme, part of its title */
    word_list title_open;      /* 全国, 首批: opens a title granted after a designation cue */
    word_list policy_list;     /* 政策, 措施: after 等, a list of policies */
    word_list order_word;      /* 令: ends the name of an order (限价令) */
    word_list order_open;      /* 限, 禁: opens an order's name, one character before what */
    word_list common_order;    /* 指令, 命令: a common word, no order's name in quotes */
    word_list about_word;      /* 关于: a document's title after its issuer */
    word_list common_short;    /* 资源, 合作: county short forms that are ordinary words */
    word_list common_industry; /* 农业, 能源: industry names that are ordinary words */
    word_list sector_word;     /* 企业, 业: after an industry, make it the sector */
    word_list common_noun;     /* 思路, 第一站: common nouns a suffix makes look like names */
    word_list crossing_start; /* 国家: words a short match must not start inside (国家政策) */
    word_list crossing_end;   /* 工作: ... nor end inside (信息化工作: no 化工) */
    word_list demonstrative;  /* 此, 上述: point back to a thing named before */
    word_list pointing_phrase; /* 这些, 这一: what follows describes, names nothing */
    word_list whole_territory; /* 全国, 全省: all of a territory's things of a kind */
    word_list region_part; /* 部分, 本: before 地区, part or kind of an area (names_suffix.c) */
    word_list press_suffix;   /* 报, 网: ends a paper's or news site's name (resolve_choose.c) */
    word_list set_phrase;     /* 中国特色社会主义: the names it opens are no mentions */
    word_list country_letter; /* 中, 美, 俄: a country in one character (中美关系) */
    word_list standing_word;  /* 股东, 子公司: a firm's standing before another's name */
    word_list bare_firm_word; /* 公司, 集团: a firm of any trade (意大利公司: a kind) */
    word_list headed_firm_suffix; /* 公司: after a head, a full name's short form (merge.c) */
    word_list website_suffix;     /* 网: a proposed firm is a website (中国钢材网) */
    word_list not_website;        /* 电网, 联网: 网 ends a word, no website */
    word_list purchase_cue;    /* 收购, 控股: buying a firm, a partnership (relations_cues.c) */
    word_list latin_legal;     /* Limited, Inc: a Latin firm's legal form (names_latin.c) */
    word_list latin_firm_head; /* 公司, 机构: say what kind of firm a Latin name is */
    word_list latin_not_name;  /* CEO, IPO: Latin words after 公司 that name no firm */
    word_list home_country;    /* 中国: the country the news is written in */
    word_list nation_word;     /* 我国: words that point to home_country_term */
    /* 今年|国家|将加快: the state acting, a mention of home_country_term (coref.c) */
    word_list state_lead, state_acts;
    const cnkg_term *home_country_term; /* the country term homeCountry names, or NULL */
    word_list direction_word;           /* 南部, 首都: between a country and its state */
    word_list foreign_state;            /* 州, 郡: end a foreign state's name after its country */
    word_list foreign_local;            /* 市, 郡, 县: end a name after a foreign state */
    word_list not_state;                /* 外务省, 反省: end in a state's suffix, name none */
    word_list placed_park;              /* 园区: ends a park's name only after a known place */
    word_list hidden_word;              /* 新的: a hidden form opens a plain word there */
    word_list clause_word;              /* 本身, 大幅: a clause's words, in no rule-made name */
    word_list suffix_word;      /* 海外, 出海: a common word holding a one-character suffix */
    word_list activity_kind;    /* 特色, 体验: 等…项目 lists activities, no projects */
    word_list novelty_tail;     /* 新产品: 研发出X新产品 names X */
    word_list sector_tail;      /* 领域, 企业: later in its clause, the same */
    word_list work_head;        /* 制造, 加工: after an industry, the trade in it */
    word_list own_trade;        /* 流通, 设计: ... a trade of its own before 行业 */
    word_list open_sector;      /* 行业: after a name no lexicon holds, a sector */
    word_list not_sector;       /* 提高, 细分: before 行业, no sector's name */
    word_list descriptive;      /* 重要, 战略, 新: say what kind, never which one */
    word_list way_suffix;       /* 路, 站, 港: after one character, a common word */
    word_list works_suffix;     /* 铁路, 隧道: a place's suffix that names works */
    word_list flowing_suffix;   /* 江, 河: a place that runs through many divisions */
    word_list route_word;       /* 至: joins the two ends of a way's name */
    word_list works_kind;       /* 市域, 国家: a kind of way before its suffix */
    word_list manner_tail;      /* 增长: after 高速, the suffix is an adverb */
    word_list verbal_noun;      /* 能力, 规模: after 研发, 生产 they make a noun */
    word_list industry_head;    /* 成本, 枢纽: after an industry, the thing it qualifies */
    word_list title_after_name; /* 总书记, 同志: a title written after a person's name */
    word_list local_scope;      /* 本土, 周边: between a place and its firms' sector */
    word_list department_forms; /* every form of every department, in order */
    /* Bit c of suffix_classes[cp % TEXT_FILTER_BITS] is set when a word of
     * suffix[c] may begin with cp: one look-up a position finds where any
     * suffix rule can fire (about 40% of the positions) instead of one
     * filter test per class at every position. */
    uint16_t suffix_classes[TEXT_FILTER_BITS];
} lexicon;

void lexicon_init(lexicon *lx, const cnkg_ontology *onto);
/* 中国|特色社会主义: does the name at [b, e) open a set phrase
 * (kg:setPhrase) and end inside it? Then it is the phrase's wording, no
 * mention of what it names. */
static inline int lexicon_phrase_opened(const lexicon *lx, const text_view *t, size_t b, size_t e)
{
    return text_match_list(t->cps, t->n, b, &lx->set_phrase) > e - b;
}
void lexicon_free(lexicon *lx);
/* The name of a word list the lexicon reads that the ontology does not
 * hold (a misspelt name in lexicon.c's table, a list dropped from the
 * Turtle), or NULL when it holds them all. */
const char *lexicon_missing_list(const lexicon *lx);
/* 1 when the term iri names is above term in the division tree (its
 * parent, or the parent's, ...). */
int lexicon_term_below(const lexicon *lx, const cnkg_term *term, const char *iri);
/* 1 when cps[b, e) is exactly one of the class's generic words (企业). */
int lexicon_is_generic(const lexicon *lx, cnkg_class cls, const uint32_t *cps, size_t b, size_t e);
int lexicon_is_trade_body(const lexicon *lx, const uint32_t *cps, size_t b, size_t e, size_t end);
/* 1 when a park's name that begins at name_begin closes right before
 * division_begin, the division naming the park's area there
 * (福建自贸试验区|厦门|片区). */
size_t lexicon_firm_word_ending(const lexicon *lx, const uint32_t *cps, size_t n, size_t q);
int lexicon_is_park_area(const lexicon *lx, const uint32_t *cps, size_t name_begin,
                         size_t division_begin);
/* 1 when cps[b, e) is exactly the news's own country (kg:homeCountry). */
int lexicon_is_home_country(const lexicon *lx, const uint32_t *cps, size_t b, size_t e);

void names_find(const lexicon *lx, const text_view *t, const gaz_hit *hits, size_t n_hits,
                cand_list *out);

/* resolve.c: chooses among candidates and fills the article's entities
 * and mentions. home is the IRI of the paper's home division, or NULL. */
void resolve_candidates(const lexicon *lx, const text_view *t, const gaz_hit *hits, size_t n_hits,
                        const char *home, cand_list *cands, cnkg_article *a);
/* Gives an entity the IRI, code and parent of a known term. */
void entity_link_term(cnkg_entity *e, const cnkg_term *term);
/* merge.c: short forms into fuller names, and repeat mentions. */
void merge_entities(const lexicon *lx, const gazetteer *gaz, cnkg_article *a);
void mentions_repeat(const lexicon *lx, const text_view *t, cnkg_article *a);
/* 化工|行业: a sector's form with the sector word after it, as an alias */
void mentions_alias_sector_words(const lexicon *lx, const text_view *t, cnkg_article *a);

/* coref.c */
void coref_resolve(const lexicon *lx, const text_view *t, cnkg_article *a, const cnkg_term *home);

/* relations.c: home is the IRI of the paper's home division, or NULL */
void relations_find(const lexicon *lx, const text_view *t, cnkg_article *a, const char *home);
/* check.c: drops the facts whose subject or object is of a class the
 * relation's rdfs:domain or rdfs:range (in the ontology) does not allow;
 * keeps one mention per span (a NIF phrase is named by its offsets). */
void relations_check(const lexicon *lx, cnkg_article *a);
void mentions_one_per_span(cnkg_article *a);

#endif
