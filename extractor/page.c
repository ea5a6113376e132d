/*
 * page.c - a newspaper page into articles.
 *
 * A page export holds several articles: a kicker and headline, a byline
 * (新重庆-重庆日报记者 夏元), paragraphs, section headings, a source line
 * (据《重庆日报》), with lines broken mid-sentence and blank lines between.
 * An article ends at a source line, or where two or more blank lines are
 * followed by a headline. A paragraph that is long, holds a comma and does
 * not end a sentence was broken by the export and is joined to the next.
 *
 * Web pages and transcripts add information lines under the headline
 * (发布时间：2011-06-09, 发布人：-证券时报, 新闻联播 2023-02-01) and page
 * chrome: links (查看原文 and its URL), rules (---), a repeated body, a
 * site's list of links after the article. Chrome never enters the article's
 * text, so that NIF offsets index what is read and no name is found in it.
 * The words of the layout (field labels, roles, outlet endings) are the
 * lexicon's (syntax.ttl).
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct para {
    char *text;    /* trimmed UTF-8, as written: what the article keeps */
    char *simple;  /* the same in simplified script: what is read for layout */
    size_t length; /* code points */
    size_t blanks; /* blank lines before it */
    size_t offset; /* where its blank lines (or it) start in the page text */
    size_t start;  /* where its first line starts */
} para;

static char *parse_date(const char *s);

enum { HEADLINE_MAX = 40, BROKEN_MIN = 24, BYLINE_MAX = 60, REPEAT_MIN = 8, TITLE_MAX = 120 };

static int is_trim_space(const char *s, size_t *used)
{
    uint32_t cp;
    *used = cnkg_utf8_decode(s, strlen(s), &cp);
    return *used &&
           (cp == ' ' || cp == '\t' || cp == '\r' || cp == 0x3000 || cp == 0xA0 || cp == 0xFEFF);
}

static char *trim(const char *s, size_t len)
{
    char *copy = cnkg_xstrndup(s, len), *p = copy;
    size_t used;
    while (*p && is_trim_space(p, &used))
        p += used;
    char *out = cnkg_xstrdup(p);
    free(copy);
    /* Trailing blanks: ASCII and U+3000 (3 bytes). */
    size_t n = strlen(out);
    for (;;) {
        if (n && (out[n - 1] == ' ' || out[n - 1] == '\t' || out[n - 1] == '\r'))
            n--;
        else if (n >= 3 && memcmp(out + n - 3, "\xE3\x80\x80", 3) == 0)
            n -= 3;
        else
            break;
    }
    out[n] = '\0';
    return out;
}

static int contains(const char *s, const char *word)
{
    return strstr(s, word) != NULL;
}

static int ends_with(const char *s, const char *word)
{
    size_t n = strlen(s), m = strlen(word);
    return n >= m && memcmp(s + n - m, word, m) == 0;
}

static int ends_sentence(const char *s)
{
    static const char *const ends[] = {"。", "！", "？", "；", "…", "”", "」", "』",
                                       "）", ")",  "!",  "?",  ";", ".", "：", ":"};
    for (size_t i = 0; i < sizeof ends / sizeof *ends; i++)
        if (ends_with(s, ends[i]))
            return 1;
    return 0;
}

static int has_sentence_punct(const char *s)
{
    return contains(s, "，") || contains(s, "。") || contains(s, "；") || contains(s, "！") ||
           contains(s, "？");
}

static int has_word(const char *s, const word_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        if (contains(s, l->words[i]))
            return 1;
    return 0;
}

static size_t word_at(const char *s, const word_list *l)
{
    for (size_t i = 0; i < l->n; i++) /* longest first */
        if (strncmp(s, l->words[i], strlen(l->words[i])) == 0)
            return strlen(l->words[i]);
    return 0;
}

static int ends_with_word(const char *s, const word_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        if (ends_with(s, l->words[i]))
            return 1;
    return 0;
}

/* The first word of the list in s, or NULL. */
static const char *find_word(const char *s, const word_list *l)
{
    for (const char *p = s; *p; p++)
        if (word_at(p, l))
            return p;
    return NULL;
}

/* A field's label of the list at s with its colon (来源：, 来源:): the
 * length in bytes of both, or 0. */
static size_t field_label_at(const char *s, const word_list *labels)
{
    size_t n = word_at(s, labels);
    if (!n)
        return 0;
    if (strncmp(s + n, "：", 3) == 0)
        return n + 3;
    return s[n] == ':' ? n + 1 : 0;
}

/* The value of the first field of the list in s: where it starts, or NULL. */
static const char *field_value(const char *s, const word_list *labels)
{
    for (const char *p = s; *p; p++) {
        size_t n = field_label_at(p, labels);
        if (n)
            return p + n;
    }
    return NULL;
}

static int has_field(const char *s, const lexicon *lx)
{
    return field_value(s, &lx->source_field) || field_value(s, &lx->author_field) ||
           field_value(s, &lx->poster_field) || field_value(s, &lx->date_field);
}

/* 【一线调研】: a column tag before a headline, its length in code points
 * (0: none). The headline is printed with it, but it makes no line longer
 * than a headline can be. */
static size_t column_tag_length(const char *s)
{
    const char *close = strstr(s, "】");
    if (strncmp(s, "【", 3) != 0 || !close)
        return 0;
    char *tag = cnkg_xstrndup(s, (size_t)(close - s) + 3);
    size_t n = cnkg_utf8_length(tag);
    free(tag);
    return n;
}

static int is_headline(const para *p, const lexicon *lx)
{
    return p->length - column_tag_length(p->simple) <= HEADLINE_MAX &&
           !has_sentence_punct(p->simple) && !ends_with(p->simple, "：") &&
           !word_at(p->simple, &lx->report_open) && !has_word(p->simple, &lx->byline_mark) &&
           !has_field(p->simple, lx);
}

static int is_byline(const para *p, const lexicon *lx)
{
    return p->length <= BYLINE_MAX && !contains(p->simple, "。") &&
           (has_word(p->simple, &lx->byline_mark) || word_at(p->simple, &lx->byline_open));
}

/* Below the text, a byline stands apart: it opens with its role or a
 * bracket ((记者 张三), 文/李四), or a blank parts its role from the names
 * (南方日报记者 吴哲). A line naming 记者 otherwise is a heading
 * (中外记者见面会), no byline. */
static int opens_byline(const char *s, const lexicon *lx)
{
    if (word_at(s, &lx->byline_role) || word_at(s, &lx->self_word) || *s == '(' ||
        strncmp(s, "（", 3) == 0 || word_at(s, &lx->byline_open))
        return 1;
    for (const char *p = s; *p; p++) {
        size_t n = word_at(p, &lx->byline_role), used;
        if (n && is_trim_space(p + n, &used))
            return 1;
    }
    return 0;
}

/* 来源：贵州日报  作者：记者 杨梅  2024-06-20, 发布人：-证券时报: a web
 * page's information line. */
static int is_info_line(const para *p, const lexicon *lx)
{
    return p->length <= BYLINE_MAX && !contains(p->simple, "。") && has_field(p->simple, lx);
}

/* 首页 | 要闻, 当前位置：…, 分享到：: a web page's furniture, no article text. */
static int is_navigation(const para *p, const lexicon *lx)
{
    return !contains(p->simple, "。") && !contains(p->simple, "，") &&
           has_word(p->simple, &lx->navigation);
}

/* http://…, https://… or www.… up to the end of s, with no blank in it. */
static int is_url(const char *s, size_t n)
{
    if (!(n > 7 && strncmp(s, "http://", 7) == 0) && !(n > 8 && strncmp(s, "https://", 8) == 0) &&
        !(n > 4 && strncmp(s, "www.", 4) == 0))
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] <= ' ')
            return 0;
    return 1;
}

/* A line that is a link, [查看原文](https://…) or a bare URL: page chrome.
 * Returns the URL (to free), or NULL when the line is no link. */
static char *link_url(const char *s)
{
    size_t n = strlen(s);
    if (is_url(s, n))
        return cnkg_xstrdup(s);
    const char *mid = strstr(s, "](");
    if (s[0] != '[' || !mid || !ends_with(s, ")"))
        return NULL;
    const char *u = mid + 2;
    size_t un = (size_t)(s + n - 1 - u);
    return is_url(u, un) ? cnkg_xstrndup(u, un) : NULL;
}

/* ---, ***, ———: a rule between parts of a page, no text. */
static int is_rule(const char *s)
{
    size_t n = 0;
    while (*s) {
        uint32_t cp;
        size_t used = cnkg_utf8_decode(s, strlen(s), &cp);
        if (!used || !(cp == '-' || cp == '_' || cp == '=' || cp == '*' || cp == '~' ||
                       cp == 0x2014 || cp == 0x2500 || cp == 0x2501))
            return 0;
        s += used, n++;
    }
    return n >= 3;
}

/* 1、…, 2. …: a numbered line. */
static int is_numbered(const char *s)
{
    size_t d = 0;
    while (s[d] >= '0' && s[d] <= '9')
        d++;
    return d >= 1 && d <= 2 &&
           (strncmp(s + d, "、", 3) == 0 || s[d] == '.' || strncmp(s + d, "．", 3) == 0);
}

/* A line that is no part of any article's text: a link (its URL goes to
 * the article, when there is one to take it), a rule, furniture. */
static int is_chrome(const para *p, const lexicon *lx, char **url)
{
    char *link = link_url(p->simple);
    if (link) {
        if (url && !*url)
            *url = link;
        else
            free(link);
        return 1;
    }
    return is_rule(p->simple) || (is_navigation(p, lx) && !is_info_line(p, lx));
}

/* Whether a site's list of links may follow p: a sentence ends it, and it
 * announces no list of its own (十大新闻包括：). */
static int may_precede_list(const para *p)
{
    return ends_sentence(p->simple) && !ends_with(p->simple, "：") && !ends_with(p->simple, ":");
}

/* A site's list of links after the article: three or more numbered lines
 * that hold no sentence close the page (chrome may stand around them), and
 * the paragraph above them ends a sentence (a list the article gives is
 * announced: 十大新闻包括：). Returns where the list starts, or n when
 * there is none; [start, end) is chrome. above_state: for a piece of a
 * page, what may_precede_list says of the last paragraph above the piece
 * that is not chrome (-1: there is none). */
static size_t trailing_link_list(const para *ps, size_t n, const lexicon *lx, int above_state,
                                 size_t *end)
{
    size_t e = n;
    while (e > 0 && is_chrome(&ps[e - 1], lx, NULL))
        e--;
    size_t k = e;
    while (k > 0 && is_numbered(ps[k - 1].simple) && !has_sentence_punct(ps[k - 1].simple))
        k--;
    size_t above = k;
    while (above > 0 && is_chrome(&ps[above - 1], lx, NULL))
        above--;
    *end = e;
    int may_follow = above ? may_precede_list(&ps[above - 1]) : above_state == 1;
    if (e - k < 3 || !may_follow)
        return n;
    return k;
}

/* 第2版, 第A03版: a page number, written in digits and letters (a title's
 * 试行第十版 is no page). */
static int has_page_number(const char *s, const lexicon *lx)
{
    for (const char *p = s; (p = find_word(p, &lx->page_open)) != NULL; p++) {
        const char *q = p + word_at(p, &lx->page_open);
        size_t n = 0;
        while (n < 4 &&
               ((q[n] >= '0' && q[n] <= '9') || ((q[n] | 0x20) >= 'a' && (q[n] | 0x20) <= 'z')))
            n++;
        if (n && word_at(q + n, &lx->page_close))
            return 1;
    }
    return 0;
}

/* 江西日报 2024年9月12日 星期四 第2版 要闻: the page's masthead names the
 * paper and the day for every article on it. */
static int is_masthead(const para *p, const lexicon *lx)
{
    if (p->length > 60 || has_sentence_punct(p->simple))
        return 0;
    char *date = parse_date(p->simple);
    int full = date && date[0] != '-';
    free(date);
    return full || has_page_number(p->simple, lx);
}

/* 据《重庆日报》, 来源：重庆日报 */
static char *source_publisher(const char *s, const lexicon *lx)
{
    const char *open = strstr(s, "《"), *close = strstr(s, "》");
    size_t label = field_label_at(s, &lx->source_field);
    if (word_at(s, &lx->report_open) && open && close && close > open && strlen(s) < 80)
        return cnkg_xstrndup(open + 3, (size_t)(close - open - 3));
    if (label && strlen(s) < 60 && !field_value(s, &lx->author_field))
        return trim(s + label, strlen(s + label));
    return NULL;
}

static int is_name_char(uint32_t cp)
{
    return text_is_han(cp) || cp == 0xB7; /* · in transliterated names */
}

static void add_author(article_draft *d, const char *s, size_t len)
{
    d->authors = cnkg_xrealloc(d->authors, (d->n_authors + 1) * sizeof *d->authors);
    d->authors[d->n_authors++] = cnkg_xstrndup(s, len);
}

/* Names of two to four characters from s + i, separated by blanks or 、;
 * stops at the next role word or punctuation. Returns where it stopped. */
static size_t read_names(article_draft *d, const char *s, size_t i, const word_list *roles)
{
    size_t len = strlen(s);
    for (;;) {
        size_t used;
        while (i < len && (is_trim_space(s + i, &used) || strncmp(s + i, "、", 3) == 0))
            i += strncmp(s + i, "、", 3) == 0 ? 3 : used;
        size_t start = i, count = 0;
        uint32_t cp;
        while (i < len && (used = cnkg_utf8_decode(s + i, len - i, &cp)) && is_name_char(cp)) {
            if ((count == 0 || count >= 2) && word_at(s + i, roles) > 3)
                break; /* the next role word, not a name */
            i += used;
            count++;
        }
        if (count >= 2 && count <= 4)
            add_author(d, s + start, i - start);
        if (count == 0 || i >= len || !is_trim_space(s + i, &used))
            return i;
    }
}

/* After each role word (记者, 摄影, 通讯员: kg:bylineRole), the names. */
static void parse_names(article_draft *d, const char *s, const lexicon *lx)
{
    size_t len = strlen(s), i = 0;
    while (i < len) {
        size_t role_len = word_at(s + i, &lx->byline_role);
        if (role_len) {
            i = read_names(d, s, i + role_len, &lx->byline_role);
            continue;
        }
        uint32_t cp;
        size_t used = cnkg_utf8_decode(s + i, len - i, &cp);
        i += used ? used : 1;
    }
}

/* The publisher named in a byline: a known paper's name in it, else what
 * stands before 记者 after the last '-'. */
static void parse_byline(article_draft *d, const char *s, const lexicon *lx)
{
    parse_names(d, s, lx);
    if (d->publisher)
        return;
    for (size_t i = 0; i < lx->publishers.n; i++) {
        if (contains(s, lx->publishers.words[i])) {
            d->publisher = cnkg_xstrdup(lx->publishers.words[i]);
            return;
        }
    }
    const char *role = find_word(s, &lx->byline_mark);
    if (role && role > s && !word_at(s, &lx->self_word)) {
        const char *start = s;
        for (const char *p = s; p < role; p++)
            if (*p == '-' || *p == '(')
                start = p + 1;
        if (role - start >= 6)
            d->publisher = cnkg_xstrndup(start, (size_t)(role - start));
    }
}

/* An outlet's name: two to twelve characters, no punctuation or digits
 * (《》 taken off), a known paper's or ending as outlets do (报, 网,
 * 联播: kg:outletSuffix). */
static int is_outlet(const char *s, const lexicon *lx)
{
    size_t n = cnkg_utf8_length(s);
    if (n < 2 || n > 12)
        return 0;
    for (const char *p = s; *p;) {
        uint32_t cp;
        size_t used = cnkg_utf8_decode(p, strlen(p), &cp);
        if (!used || (cp < 0x80 && !((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')) ||
            (cp >= 0x80 && !text_is_han(cp)))
            return 0;
        p += used;
    }
    for (size_t i = 0; i < lx->publishers.n; i++)
        if (strcmp(s, lx->publishers.words[i]) == 0)
            return 1;
    return ends_with_word(s, &lx->outlet_suffix);
}

/* 《21世纪经济报道》 -> 21世纪经济报道; 英国《金融时报》 -> 金融时报. */
static char *outlet_name(const char *s, size_t len)
{
    char *copy = cnkg_xstrndup(s, len);
    const char *open = strstr(copy, "《"), *close = open ? strstr(open, "》") : NULL;
    char *out = close ? cnkg_xstrndup(open + 3, (size_t)(close - open - 3)) : trim(copy, len);
    free(copy);
    return out;
}

/* A person's name: a surname and one or two characters more, not ending as
 * an outlet's or a body's name does (发布人：高路, not 发布人：和讯 or
 * 发布人：-商务部). */
static int is_person_name(const char *s, size_t len, const lexicon *lx)
{
    char *name = cnkg_xstrndup(s, len);
    size_t n = cnkg_utf8_length(name), i = 0;
    size_t surname = cnkg_utf8_length(name) ? word_at(name, &lx->surname) / 3 : 0;
    int ok = surname && n > surname && n - surname <= 2 &&
             !ends_with_word(name, &lx->outlet_suffix) &&
             !ends_with_word(name, &lx->suffix[CNKG_GOVERNMENT_AGENCY]) &&
             !ends_with_word(name, &lx->suffix[CNKG_ORGANIZATION]) &&
             !ends_with_word(name, &lx->suffix[CNKG_COMPANY]);
    while (ok && name[i]) {
        uint32_t cp;
        size_t used = cnkg_utf8_decode(name + i, len - i, &cp);
        ok = used && is_name_char(cp);
        i += used ? used : 1;
    }
    free(name);
    return ok;
}

/* 发布人：-证券时报, 发布人：大洋网-广州日报, 发布人：高路, 发布人：-: a
 * reposting site's poster. Outlets joined by '-' are a site and its paper:
 * the paper (a name ending in 报) is the publisher, else the last name.
 * People named are the authors. The site itself (本站) and an empty value
 * name nobody. */
static void read_poster(article_draft *d, const char *value, const lexicon *lx)
{
    size_t len = 0;
    while (value[len] && strncmp(value + len, "\xE3\x80\x80", 3) != 0 &&
           strncmp(value + len, "  ", 2) != 0 && strncmp(value + len, "（", 3) != 0 &&
           value[len] != '(')
        len++; /* 王海玲（记者）: the bracket says what the poster is */
    char *v = trim(value, len);
    const char *s = v;
    while (*s == '-' || *s == ' ')
        s++;
    if (!*s || word_at(s, &lx->self_word)) {
        free(v);
        return;
    }
    /* people: names separated by blanks */
    int people = 1;
    for (const char *p = s; *p && people;) {
        size_t n = strcspn(p, " ");
        people = is_person_name(p, n, lx);
        p += n;
        while (*p == ' ')
            p++;
    }
    if (people) {
        for (const char *p = s; *p;) {
            size_t n = strcspn(p, " ");
            add_author(d, p, n);
            p += n;
            while (*p == ' ')
                p++;
        }
    } else if (!d->publisher) {
        char *pick = NULL;
        for (const char *p = s; *p;) {
            size_t n = strcspn(p, "-");
            char *name = outlet_name(p, n);
            if (*name && (!pick || !ends_with_word(pick, &lx->paper_suffix))) {
                free(pick);
                pick = name;
            } else {
                free(name);
            }
            p += n;
            while (*p == '-')
                p++;
        }
        d->publisher = pick;
    }
    free(v);
}

/* At the start of the body: 据海峡都市报报道，… or 央视网消息（新闻联播）：…
 * name the outlet whose story it is. A bracket after the report word names
 * the programme that carried it (the publisher) or a byline. */
static void read_report(article_draft *d, const char *s, const lexicon *lx)
{
    size_t open = word_at(s, &lx->report_open);
    for (const char *p = s + open; *p && p - s < 60; p++) {
        size_t w = word_at(p, &lx->report_word);
        if (!w)
            continue;
        char *name = outlet_name(s + open, (size_t)(p - s - open));
        const char *after = p + w;
        int bracket = strncmp(after, "（", 3) == 0 || *after == '(';
        int closed = bracket || strncmp(after, "，", 3) == 0 || strncmp(after, "：", 3) == 0 ||
                     *after == ':';
        if (is_outlet(name, lx) && (open || closed)) {
            const char *in = after + (*after == '(' ? 1 : 3);
            const char *close = bracket ? strstr(in, *after == '(' ? ")" : "）") : NULL;
            char *inner = close ? cnkg_xstrndup(in, (size_t)(close - in)) : NULL;
            if (inner && has_word(inner, &lx->byline_role))
                parse_byline(d, inner, lx);
            if (!d->publisher && inner && is_outlet(inner, lx))
                d->publisher = cnkg_xstrdup(inner);
            if (!d->publisher)
                d->publisher = cnkg_xstrdup(name);
            free(inner);
        }
        free(name);
        return;
    }
}

/* 2024-06-20 at i: year, month and day, or 0. */
static int iso_date(const uint32_t *cps, size_t n, size_t i, int *y, int *m, int *d)
{
    int v[3] = {0, 0, 0}, widths[3] = {4, 2, 2};
    for (int k = 0; k < 3; k++) {
        for (int w = 0; w < widths[k]; w++, i++) {
            if (i >= n || cps[i] < '0' || cps[i] > '9')
                return 0;
            v[k] = v[k] * 10 + (int)(cps[i] - '0');
        }
        if (k < 2 && (i >= n || cps[i++] != '-'))
            return 0;
    }
    *y = v[0], *m = v[1], *d = v[2];
    return *m >= 1 && *m <= 12 && *d >= 1 && *d <= 31;
}

/* 11月20日, 2024年3月5日 or 2024-03-05 near the start of a line. */
static char *parse_date(const char *s)
{
    size_t n;
    uint32_t *cps = cnkg_utf8_to_cps(s, strlen(s), &n);
    char *out = NULL;
    for (size_t i = 0; i < n && i < 40 && !out; i++) {
        int year = 0, month = 0, day = 0;
        if ((i == 0 || cps[i - 1] < '0' || cps[i - 1] > '9') &&
            iso_date(cps, n, i, &year, &month, &day)) {
            cnkg_buf b = {0};
            cnkg_buf_printf(&b, "%04d-%02d-%02d", year, month, day);
            out = cnkg_buf_detach(&b);
            break;
        }
        size_t j = i;
        int num = 0, digits = 0;
        while (j < n && cps[j] >= '0' && cps[j] <= '9')
            num = digits < 6 ? num * 10 + (int)(cps[j] - '0') : num, j++, digits++;
        if (digits == 4 && j < n && cps[j] == 0x5E74) { /* 年 */
            year = num, j++, num = digits = 0;
            while (j < n && cps[j] >= '0' && cps[j] <= '9')
                num = digits < 6 ? num * 10 + (int)(cps[j] - '0') : num, j++, digits++;
        }
        if (!digits || digits > 2 || j >= n || cps[j] != 0x6708) /* 月 */
            continue;
        month = num, j++, num = digits = 0;
        while (j < n && cps[j] >= '0' && cps[j] <= '9')
            num = digits < 6 ? num * 10 + (int)(cps[j] - '0') : num, j++, digits++;
        if (!digits || digits > 2 || j >= n || cps[j] != 0x65E5) /* 日 */
            continue;
        day = num;
        if (month < 1 || month > 12 || day < 1 || day > 31)
            continue;
        cnkg_buf b = {0};
        if (year)
            cnkg_buf_printf(&b, "%04d-%02d-%02d", year, month, day);
        else
            cnkg_buf_printf(&b, "--%02d-%02d", month, day);
        out = cnkg_buf_detach(&b);
    }
    free(cps);
    return out;
}

/* 重庆日报讯(新重庆-重庆日报记者 赵伟平)11月20日，...
 * 【本报讯】记者梁家豪报道：...
 * 据海峡都市报报道，..., 央视网消息（新闻联播）：... */
static void parse_dateline(article_draft *d, const char *s, const lexicon *lx)
{
    const char *xun = find_word(s, &lx->dateline_word);
    const char *self = find_word(s, &lx->self_word);
    size_t xun_len = xun ? word_at(xun, &lx->dateline_word) : 0;
    if (xun && xun - s <= 30 && self && self < xun) {
        /* the paper itself: the masthead said which; the reporter follows */
        const char *role = find_word(xun, &lx->byline_role);
        if (role && role - xun <= 12) {
            char *head = cnkg_xstrndup(role, strlen(role) < 60 ? strlen(role) : 60);
            parse_names(d, head, lx);
            free(head);
        }
    } else if (xun && xun - s <= 30) {
        if (!d->publisher && xun > s) {
            char *pub = cnkg_xstrndup(s, (size_t)(xun - s));
            if (cnkg_utf8_length(pub) >= 2 && cnkg_utf8_length(pub) <= 10)
                d->publisher = pub;
            else
                free(pub);
        }
        const char *open = xun + xun_len, *close = NULL;
        if (strncmp(open, "(", 1) == 0 || strncmp(open, "（", 3) == 0)
            close = strstr(open, ")") ? strstr(open, ")") : strstr(open, "）");
        if (close) {
            char *inner = cnkg_xstrndup(open, (size_t)(close - open));
            parse_byline(d, inner, lx);
            free(inner);
        }
    } else {
        read_report(d, s, lx);
    }
    if (!d->date)
        d->date = parse_date(s);
}

static int is_pinyin_letter(uint32_t cp)
{
    static const char toned[] = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ";
    if ((cp >= 'a' && cp <= 'z') || (cp >= '1' && cp <= '5'))
        return 1;
    char buf[5] = {0};
    cnkg_utf8_encode(cp, buf);
    return cp >= 0x80 && strstr(toned, buf) != NULL;
}

/* 产業(yè)链 -> 产業链: a badly converted page glosses characters with their
 * pinyin in brackets. A bracket right after a Chinese character holding
 * lower-case pinyin syllables (贵安(guì ān)) is such a gloss, and goes. */
static char *strip_pinyin(const char *s)
{
    size_t n;
    uint32_t *cps = cnkg_utf8_to_cps(s, strlen(s), &n);
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        if (text_is_open_paren(cps[i]) && w > 0 && text_is_han(cps[w - 1])) {
            size_t j = i + 1, letters = 0;
            while (j < n && j - i <= 20 && (is_pinyin_letter(cps[j]) || cps[j] == ' '))
                letters += cps[j] < '0' || cps[j] > '9', j++;
            /* 管理（2） numbers a part: a gloss holds letters */
            if (j < n && text_is_close_paren(cps[j]) && j - i >= 2 && j - i <= 20 &&
                cps[i + 1] != ' ' && letters) {
                i = j;
                continue;
            }
        }
        cps[w++] = cps[i];
    }
    char *out = cnkg_cps_to_utf8(cps, 0, w);
    free(cps);
    return out;
}

/* 1 when s is UTF-8 that t2s provably leaves as it is. */
static int t2s_keeps(const t2s_converter *cc, const char *s, size_t len)
{
    if (!cc->changes)
        return 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t used = cnkg_utf8_decode(s + i, len - i, &cp);
        if (!used || text_t2s_may_change(cc, &cp, 1))
            return 0;
        i += used;
    }
    return 1;
}

static char *simplified(const t2s_converter *cc, const char *s)
{
    size_t len = strlen(s);
    if (!cc || !cc->cc || t2s_keeps(cc, s, len))
        return cnkg_xstrdup(s);
    char *conv = opencc_convert_utf8(cc->cc, s, len);
    char *out = cnkg_xstrdup(conv ? conv : s);
    if (conv)
        opencc_convert_utf8_free(conv);
    return out;
}

static size_t split_paragraphs(const char *text, size_t len, const t2s_converter *cc, para **out)
{
    para *ps = NULL;
    size_t n = 0, cap = 0, blanks = 0, i = 0, gap = 0;
    while (i <= len) {
        size_t j = i;
        while (j < len && text[j] != '\n')
            j++;
        char *raw = trim(text + i, j - i);
        char *line = strip_pinyin(raw);
        free(raw);
        if (!*line) {
            if (blanks++ == 0)
                gap = i;
            free(line);
        } else {
            if (n == cap)
                ps = cnkg_xrealloc(ps, (cap = cap ? cap * 2 : 32) * sizeof *ps);
            ps[n++] = (para){line,   simplified(cc, line), cnkg_utf8_length(line),
                             blanks, blanks ? gap : i,     i};
            blanks = 0;
        }
        i = j + 1;
    }
    *out = ps;
    return n;
}

/* Joins paragraphs the export broke: "当地不" + "仅集聚了..." */
static size_t rejoin(para *ps, size_t n, const lexicon *lx)
{
    size_t w = 0;
    for (size_t r = 0; r < n; r++) {
        if (w > 0) {
            para *prev = &ps[w - 1];
            char *src = source_publisher(ps[r].simple, lx);
            int joins = prev->length >= BROKEN_MIN && has_sentence_punct(prev->simple) &&
                        !ends_sentence(prev->simple) && !src && !is_chrome(&ps[r], lx, NULL) &&
                        !is_info_line(&ps[r], lx) && !is_masthead(&ps[r], lx);
            free(src);
            if (joins) {
                cnkg_buf b = {0}, sb = {0};
                cnkg_buf_puts(&b, prev->text);
                cnkg_buf_puts(&b, ps[r].text);
                cnkg_buf_puts(&sb, prev->simple);
                cnkg_buf_puts(&sb, ps[r].simple);
                free(prev->text);
                free(ps[r].text);
                free(prev->simple);
                free(ps[r].simple);
                prev->text = cnkg_buf_detach(&b);
                prev->simple = cnkg_buf_detach(&sb);
                prev->length += ps[r].length;
                continue;
            }
        }
        ps[w++] = ps[r];
    }
    return w;
}

static void draft_finish(article_draft *d, char **heads, size_t n_heads)
{
    /* The headline is the longest line of the block above the text; a line
     * before it is the kicker. */
    size_t best = 0, best_len = 0;
    for (size_t i = 0; i < n_heads; i++) {
        size_t l = cnkg_utf8_length(heads[i]);
        if (strncmp(heads[i], "——", 6) != 0 && l > best_len)
            best = i, best_len = l;
    }
    if (n_heads) {
        d->title = cnkg_xstrdup(heads[best]);
        if (best > 0)
            d->kicker = cnkg_xstrdup(heads[0]);
    }
}

static void draft_append(article_draft *d, const char *s)
{
    if (d->text.len)
        cnkg_buf_putc(&d->text, '\n');
    cnkg_buf_puts(&d->text, s);
}

/* The first line of an article right above its information or date line
 * (发布时间：…, 新闻联播 2023-02-01) is its headline, whatever it holds
 * (中外记者见面会, 己所不欲，勿施于人。), up to a length no paragraph of
 * text holding a sentence's end stays under. */
static int above_info(const para *ps, size_t i, size_t n, const lexicon *lx)
{
    return i + 1 < n && ps[i].length <= TITLE_MAX &&
           (ps[i].length <= HEADLINE_MAX || !contains(ps[i].simple, "。")) &&
           (is_info_line(&ps[i + 1], lx) || is_masthead(&ps[i + 1], lx));
}

/* 重庆日报 on a line of its own, above the day: the masthead's first line,
 * no headline. */
static int is_paper_name(const para *p, const lexicon *lx)
{
    for (size_t i = 0; i < lx->publishers.n; i++)
        if (strcmp(p->simple, lx->publishers.words[i]) == 0)
            return 1;
    return p->length >= 3 && p->length <= 12 && is_outlet(p->simple, lx) &&
           ends_with_word(p->simple, &lx->paper_suffix);
}

/* 香港经济日报　2024年11月8日, 新闻联播 2023-02-01: the name a masthead or
 * date line begins with, up to a blank or the first digit. */
static char *leading_name(const char *s)
{
    size_t n = 0;
    while (s[n] && s[n] != ' ' && strncmp(s + n, "\xE3\x80\x80", 3) != 0 &&
           !(s[n] >= '0' && s[n] <= '9'))
        n++;
    return cnkg_xstrndup(s, n);
}

typedef struct page_meta {
    char *publisher, *date;
} page_meta;

static void read_masthead(page_meta *m, const para *p, const lexicon *lx)
{
    for (size_t i = 0; i < lx->publishers.n && !m->publisher; i++)
        if (contains(p->simple, lx->publishers.words[i]))
            m->publisher = cnkg_xstrdup(lx->publishers.words[i]);
    if (!m->publisher) {
        /* 香港经济日报　2024年11月8日: the paper's name comes first */
        char *name = leading_name(p->simple);
        if (ends_with_word(name, &lx->paper_suffix) && cnkg_utf8_length(name) >= 3)
            m->publisher = name;
        else
            free(name);
    }
    if (!m->date)
        m->date = parse_date(p->simple);
}

/* 来源：贵州日报  作者：记者 杨梅  2024-06-20 08:15  责任编辑：吴迪
 * 发布时间：2011-06-09 / 发布人：-每日经济新闻 */
static void read_info_line(article_draft *d, const para *p, const lexicon *lx)
{
    const char *src = field_value(p->simple, &lx->source_field);
    if (src && !d->publisher) {
        size_t n = 0, used;
        while (*src && is_trim_space(src, &used)) /* 来源： 中国建材网 */
            src += used;
        while (src[n] && !is_trim_space(src + n, &used))
            n++;
        if (n && !word_at(src, &lx->self_word))
            d->publisher = cnkg_xstrndup(src, n);
    }
    const char *poster = field_value(p->simple, &lx->poster_field);
    if (poster)
        read_poster(d, poster, lx);
    const char *author = field_value(p->simple, &lx->author_field);
    if (author) {
        /* 作者：记者 杨梅 reads like a byline; 作者：杨梅 names at once */
        char *head = cnkg_xstrndup(author, strlen(author) < 40 ? strlen(author) : 40);
        if (word_at(head, &lx->byline_role))
            parse_names(d, head, lx);
        else
            read_names(d, head, 0, &lx->byline_role);
        free(head);
    }
    if (!d->date)
        d->date = parse_date(p->simple);
}

/* 新闻联播 2023-02-01 under a headline: the programme or paper that ran the
 * story, and the day. */
static void read_date_line(article_draft *d, const para *p, const lexicon *lx)
{
    char *name = leading_name(p->simple);
    if (!d->publisher && is_outlet(name, lx))
        d->publisher = name;
    else
        free(name);
    if (!d->date)
        d->date = parse_date(p->simple);
}

static article_draft *draft_open(article_draft **ds, size_t *nd)
{
    *ds = cnkg_xrealloc(*ds, (*nd + 1) * sizeof **ds);
    article_draft *d = &(*ds)[(*nd)++];
    memset(d, 0, sizeof *d);
    return d;
}

/* An article takes the masthead's paper and day where it names none. */
static void draft_close(article_draft *d, char **heads, size_t n_heads, const page_meta *m)
{
    draft_finish(d, heads, n_heads);
    if (!d->publisher && m->publisher)
        d->publisher = cnkg_xstrdup(m->publisher);
    if (!d->date && m->date)
        d->date = cnkg_xstrdup(m->date);
}

/* A paragraph the article holds already: the page repeats its body. */
static int is_repeat(const para *ps, const unsigned char *kept, size_t from, size_t i)
{
    if (ps[i].length < REPEAT_MIN)
        return 0;
    for (size_t j = from; j < i; j++)
        if (kept[j] && strcmp(ps[j].simple, ps[i].simple) == 0)
            return 1;
    return 0;
}

/* The splitter's state over a page's paragraphs. */
typedef struct splitter {
    const lexicon *lx;
    para *ps;
    size_t n;
    unsigned char *kept;
    page_meta meta;
    article_draft *ds;
    size_t nd;
    article_draft *cur; /* the article being read, or NULL */
    char *heads[8];
    size_t n_heads, first;
    int in_head, seen_body;
    /* As they were when cur opened: a piece of the page ending inside cur
     * makes the next piece start there, in this state. */
    page_meta open_meta;
    int open_ghost, open_seen_body;
} splitter;

static void meta_copy(page_meta *to, const page_meta *from)
{
    free(to->publisher);
    free(to->date);
    to->publisher = from->publisher ? cnkg_xstrdup(from->publisher) : NULL;
    to->date = from->date ? cnkg_xstrdup(from->date) : NULL;
}

static void meta_free(page_meta *m)
{
    free(m->publisher);
    free(m->date);
    memset(m, 0, sizeof *m);
}

static void split_open(splitter *sp, size_t i)
{
    meta_copy(&sp->open_meta, &sp->meta);
    sp->open_ghost = sp->cur != NULL;
    sp->open_seen_body = sp->seen_body;
    if (sp->cur)
        draft_close(sp->cur, sp->heads, sp->n_heads, &sp->meta);
    sp->cur = draft_open(&sp->ds, &sp->nd);
    sp->cur->offset = sp->ps[i].start;
    sp->n_heads = 0, sp->in_head = 1, sp->seen_body = 0, sp->first = i;
}

/* 发布人：-第一财经日报 then a line that holds a name alone (胡军华): the
 * reporter under the poster line, before the text begins (in corpus/news
 * 30 of the 38 lines of two to four characters after 发布人 are names). */
static int reporter_line(const para *ps, size_t i, const article_draft *d, int seen_body,
                         const lexicon *lx)
{
    const char *s = ps[i].simple;
    return i > 0 && !seen_body && d->n_authors == 0 && d->publisher &&
           field_value(ps[i - 1].simple, &lx->poster_field) && is_person_name(s, strlen(s), lx);
}

/* One paragraph of the page, in order. */
static void split_para(splitter *sp, size_t i, size_t list, size_t last)
{
    const lexicon *lx = sp->lx;
    para *ps = sp->ps, *p = &ps[i];
    size_t n = sp->n;
    if (is_chrome(p, lx, sp->cur ? &sp->cur->url : NULL) || (i >= list && i < last))
        return;
    if ((!sp->cur || !sp->seen_body) && sp->n_heads == 0 &&
        (is_masthead(p, lx) ||
         (is_paper_name(p, lx) && i + 1 < n && is_masthead(&ps[i + 1], lx)))) {
        read_masthead(&sp->meta, p, lx);
        return;
    }
    if (sp->cur && is_repeat(ps, sp->kept, sp->first, i))
        return;
    char *pub = sp->seen_body ? source_publisher(p->simple, lx) : NULL;
    /* a new article: after two blank lines a headline, or a headline
     * right above a byline */
    int headline_next =
        is_headline(p, lx) && !pub && (p->blanks >= 2 || (i + 1 < n && is_byline(&ps[i + 1], lx)));
    if (!sp->cur || (sp->seen_body && headline_next))
        split_open(sp, i);
    article_draft *cur = sp->cur;
    draft_append(cur, p->text);
    sp->kept[i] = 1;
    if (pub) {
        if (!cur->publisher)
            cur->publisher = pub;
        else
            free(pub);
        draft_close(cur, sp->heads, sp->n_heads, &sp->meta);
        sp->n_heads = 0;
        sp->cur = NULL; /* the next paragraph opens a new article */
        return;
    }
    if (is_info_line(p, lx)) {
        read_info_line(cur, p, lx);
        sp->in_head = 0;
    } else if (reporter_line(ps, i, cur, sp->seen_body, lx)) {
        add_author(cur, p->simple, strlen(p->simple));
    } else if (sp->in_head && sp->n_heads == 0 && above_info(ps, i, n, lx)) {
        sp->heads[sp->n_heads++] = p->text;
    } else if (is_byline(p, lx) && (!sp->seen_body || opens_byline(p->simple, lx))) {
        parse_byline(cur, p->simple, lx);
        sp->in_head = 0;
    } else if (sp->in_head && sp->n_heads > 0 && is_masthead(p, lx)) {
        read_date_line(cur, p, lx);
        sp->in_head = 0;
    } else if (sp->in_head && is_headline(p, lx) && sp->n_heads < 8) {
        sp->heads[sp->n_heads++] = p->text;
    } else {
        if (!sp->seen_body)
            parse_dateline(cur, p->simple, lx);
        sp->in_head = 0, sp->seen_body = 1;
    }
}

/* How many paragraphs of a piece that does not end the page can be read
 * as the whole page would read them. The last may go on in the next
 * piece (a broken line joins it), and what is decided at the one before
 * looks at it; a run of numbered lines and chrome at the end may be a
 * site's list of links, known only at the page's end. */
static size_t settled_paras(const splitter *sp)
{
    size_t k = sp->n;
    while (k > 0 &&
           ((is_numbered(sp->ps[k - 1].simple) && !has_sentence_punct(sp->ps[k - 1].simple)) ||
            is_chrome(&sp->ps[k - 1], sp->lx, NULL)))
        k--;
    size_t stable = sp->n >= 2 ? sp->n - 2 : 0;
    return k < stable ? k : stable;
}

/* may_precede_list for the last paragraph before ps[i] that is not
 * chrome, or the state's when there is none in this piece. */
static int above_state(const splitter *sp, size_t i, int before)
{
    while (i > 0 && is_chrome(&sp->ps[i - 1], sp->lx, NULL))
        i--;
    return i ? may_precede_list(&sp->ps[i - 1]) : before;
}

/* A ghost: an article above the piece, already written or refused, read
 * on (in its body) only so that the piece splits as the page does. */
static void split_ghost(splitter *sp)
{
    sp->cur = draft_open(&sp->ds, &sp->nd);
    sp->cur->ghost = 1;
    sp->seen_body = 1, sp->in_head = 0, sp->first = 0;
}

/* Where the next piece starts, and the state it starts in. */
static void split_rest(splitter *sp, size_t stop, size_t len, page_state *st, page_rest *rest)
{
    int before = st->above;
    size_t at = stop < sp->n ? sp->ps[stop].offset : len;
    rest->drop = at;
    rest->open = 0;
    if (sp->cur && !sp->cur->ghost) {
        rest->at = sp->ps[sp->first].offset;
        rest->open = sp->cur->text.len;
        rest->open_start = sp->cur->offset;
        meta_copy(&sp->meta, &sp->open_meta);
        st->ghost = sp->open_ghost;
        st->seen_body = sp->open_seen_body;
        st->above = above_state(sp, sp->first, before);
    } else {
        rest->at = at;
        st->ghost = sp->cur != NULL;
        st->seen_body = sp->seen_body;
        st->above = above_state(sp, stop, before);
    }
    free(st->publisher);
    free(st->date);
    st->publisher = sp->meta.publisher;
    st->date = sp->meta.date;
    memset(&sp->meta, 0, sizeof sp->meta);
    /* the open article is read again with the next piece */
    if (sp->cur) {
        article_draft_free(sp->cur);
        sp->nd--;
        sp->cur = NULL;
    }
}

/* Where the last two lines of a text of blank lines start, with the
 * partial line after them: all that the next paragraph needs of them is
 * that two or more blank lines stand above it. */
static size_t blank_tail(const char *text, size_t len)
{
    size_t at = len, newlines = 0;
    while (at > 0 && !(text[at - 1] == '\n' && ++newlines == 3))
        at--;
    return at;
}

/* Ghosts are no articles. */
static size_t drop_ghosts(article_draft *ds, size_t n)
{
    size_t w = 0;
    for (size_t r = 0; r < n; r++) {
        if (ds[r].ghost)
            article_draft_free(&ds[r]);
        else
            ds[w++] = ds[r];
    }
    return w;
}

size_t page_split_piece(const char *text, size_t len, int last, page_state *st, const lexicon *lx,
                        const t2s_converter *cc, article_draft **out, page_rest *rest)
{
    splitter sp = {.lx = lx};
    sp.n = split_paragraphs(text, len, cc, &sp.ps);
    sp.n = rejoin(sp.ps, sp.n, lx);
    sp.kept = cnkg_xcalloc(sp.n ? sp.n : 1, 1);
    sp.meta.publisher = st->publisher, sp.meta.date = st->date;
    st->publisher = st->date = NULL;
    sp.seen_body = st->seen_body;
    if (st->ghost)
        split_ghost(&sp);
    size_t list = sp.n, end = sp.n, stop = last ? sp.n : settled_paras(&sp);
    if (last)
        list = trailing_link_list(sp.ps, sp.n, lx, st->above, &end);
    for (size_t i = 0; i < stop; i++)
        split_para(&sp, i, list, end);
    if (last) {
        if (sp.cur)
            draft_close(sp.cur, sp.heads, sp.n_heads, &sp.meta);
        sp.cur = NULL;
        split_rest(&sp, sp.n, len, st, rest);
    } else if (stop == 0) {
        /* nothing settled: the next piece starts as this one did */
        if (sp.cur)
            article_draft_free(sp.cur), sp.nd--, sp.cur = NULL;
        st->publisher = sp.meta.publisher, st->date = sp.meta.date;
        memset(&sp.meta, 0, sizeof sp.meta);
        *rest = (page_rest){.at = sp.n ? 0 : blank_tail(text, len)};
    } else {
        split_rest(&sp, stop, len, st, rest);
    }
    for (size_t i = 0; i < sp.n; i++) {
        free(sp.ps[i].text);
        free(sp.ps[i].simple);
    }
    free(sp.ps);
    free(sp.kept);
    meta_free(&sp.meta);
    meta_free(&sp.open_meta);
    *out = sp.ds;
    return drop_ghosts(sp.ds, sp.nd);
}

size_t page_split(const char *text, size_t len, const lexicon *lx, const t2s_converter *cc,
                  article_draft **out)
{
    page_state st = {.above = -1};
    page_rest rest;
    size_t n = page_split_piece(text, len, 1, &st, lx, cc, out, &rest);
    page_state_free(&st);
    return n;
}

void page_state_free(page_state *st)
{
    free(st->publisher);
    free(st->date);
    st->publisher = st->date = NULL;
}

void article_draft_free(article_draft *d)
{
    cnkg_buf_free(&d->text);
    free(d->title);
    free(d->kicker);
    free(d->publisher);
    free(d->date);
    free(d->url);
    for (size_t i = 0; i < d->n_authors; i++)
        free(d->authors[i]);
    free(d->authors);
}
