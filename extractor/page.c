/*
 * page.c - a newspaper page into articles.
 *
 * A page export holds several articles: a kicker and headline, a byline
 * (新重庆-重庆日报记者 夏元), paragraphs, section headings, a source line
 * (据《重庆日报》), with lines broken mid-sentence and blank lines between.
 * An article ends at a source line, or where two or more blank lines are
 * followed by a headline. A paragraph that is long, holds a comma and does
 * not end a sentence was broken by the export and is joined to the next.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct para {
    char *text;    /* trimmed UTF-8, as written: what the article keeps */
    char *simple;  /* the same in simplified script: what is read for layout */
    size_t length; /* code points */
    size_t blanks; /* blank lines before it */
} para;

enum { HEADLINE_MAX = 40, BROKEN_MIN = 24, BYLINE_MAX = 60 };

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

static int is_headline(const para *p)
{
    return p->length <= HEADLINE_MAX && !has_sentence_punct(p->simple) &&
           !ends_with(p->simple, "：") && strncmp(p->simple, "据", 3) != 0 &&
           !contains(p->simple, "记者") && !contains(p->simple, "来源：");
}

static int is_byline(const para *p)
{
    return p->length <= BYLINE_MAX && !contains(p->simple, "。") &&
           (contains(p->simple, "记者") || contains(p->simple, "通讯员") ||
            strncmp(p->simple, "文/", 4) == 0 || strncmp(p->simple, "本报", 6) == 0);
}

/* 来源：贵州日报  作者：记者 杨梅  2024-06-20: a web page's information line. */
static int is_info_line(const para *p)
{
    return p->length <= BYLINE_MAX && !contains(p->simple, "。") &&
           (contains(p->simple, "来源：") || contains(p->simple, "作者：") ||
            contains(p->simple, "发布时间："));
}

static int has_word(const char *s, const word_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        if (contains(s, l->words[i]))
            return 1;
    return 0;
}

/* 首页 | 要闻, 当前位置：…, 分享到：: a web page's furniture, no article text. */
static int is_navigation(const para *p, const lexicon *lx)
{
    return !contains(p->simple, "。") && !contains(p->simple, "，") &&
           has_word(p->simple, &lx->navigation);
}

/* 据《重庆日报》, 来源：重庆日报 */
static char *source_publisher(const char *s)
{
    const char *open = strstr(s, "《"), *close = strstr(s, "》");
    if (strncmp(s, "据", 3) == 0 && open && close && close > open && strlen(s) < 80)
        return cnkg_xstrndup(open + 3, (size_t)(close - open - 3));
    if ((strncmp(s, "来源：", 9) == 0 || strncmp(s, "稿源：", 9) == 0) && strlen(s) < 60 &&
        !contains(s, "作者："))
        return trim(s + 9, strlen(s + 9));
    return NULL;
}

static int is_name_char(uint32_t cp)
{
    return text_is_han(cp) || cp == 0xB7; /* · in transliterated names */
}

/* After 记者 / 摄影 / 通讯员: names of two to four characters, separated
 * by blanks or 、. Stops at the next role word or punctuation. */
static const char *const roles[] = {"特约摄影", "摄影报道", "通讯员", "实习生",
                                    "记者",     "摄影",     "报道"};

static size_t role_at(const char *s)
{
    for (size_t r = 0; r < sizeof roles / sizeof *roles; r++)
        if (strncmp(s, roles[r], strlen(roles[r])) == 0)
            return strlen(roles[r]);
    return 0;
}

static void parse_names(article_draft *d, const char *s)
{
    size_t len = strlen(s), i = 0;
    while (i < len) {
        size_t role_len = role_at(s + i);
        if (!role_len) {
            uint32_t cp;
            size_t used = cnkg_utf8_decode(s + i, len - i, &cp);
            i += used ? used : 1;
            continue;
        }
        i += role_len;
        for (;;) {
            size_t used;
            while (i < len && (is_trim_space(s + i, &used) || strncmp(s + i, "、", 3) == 0))
                i += strncmp(s + i, "、", 3) == 0 ? 3 : used;
            size_t start = i, count = 0;
            uint32_t cp;
            while (i < len && (used = cnkg_utf8_decode(s + i, len - i, &cp)) && is_name_char(cp)) {
                if ((count == 0 || count >= 2) && role_at(s + i) > 3)
                    break; /* the next role word, not a name */
                i += used;
                count++;
            }
            if (count >= 2 && count <= 4) {
                char *name = cnkg_xstrndup(s + start, i - start);
                d->authors = cnkg_xrealloc(d->authors, (d->n_authors + 1) * sizeof *d->authors);
                d->authors[d->n_authors++] = name;
            }
            if (count == 0 || i >= len || !is_trim_space(s + i, &used))
                break;
        }
    }
}

/* The publisher named in a byline: a known paper's name in it, else what
 * stands before 记者 after the last '-'. */
static void parse_byline(article_draft *d, const char *s, const word_list *publishers)
{
    parse_names(d, s);
    if (d->publisher)
        return;
    for (size_t i = 0; i < publishers->n; i++) {
        if (contains(s, publishers->words[i])) {
            d->publisher = cnkg_xstrdup(publishers->words[i]);
            return;
        }
    }
    const char *role = strstr(s, "记者");
    if (role && role > s && strncmp(s, "本报", 6) != 0) {
        const char *start = s;
        for (const char *p = s; p < role; p++)
            if (*p == '-' || *p == '(')
                start = p + 1;
        if (role - start >= 6)
            d->publisher = cnkg_xstrndup(start, (size_t)(role - start));
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
 * 【本报讯】记者梁家豪报道：... */
static void parse_dateline(article_draft *d, const char *s, const word_list *publishers)
{
    const char *xun = strstr(s, "讯");
    if (xun && xun - s <= 30 && strstr(s, "本报") && strstr(s, "本报") < xun) {
        /* the paper itself: the masthead said which; the reporter follows */
        const char *role = strstr(xun, "记者");
        if (role && role - xun <= 12) {
            char *head = cnkg_xstrndup(role, strlen(role) < 60 ? strlen(role) : 60);
            parse_names(d, head);
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
        const char *open = xun + 3, *close = NULL;
        if (strncmp(open, "(", 1) == 0 || strncmp(open, "（", 3) == 0)
            close = strstr(open, ")") ? strstr(open, ")") : strstr(open, "）");
        if (close) {
            char *inner = cnkg_xstrndup(open, (size_t)(close - open));
            parse_byline(d, inner, publishers);
            free(inner);
        }
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

static int is_open_paren(uint32_t cp)
{
    return cp == '(' || cp == 0xFF08;
}

static int is_close_paren(uint32_t cp)
{
    return cp == ')' || cp == 0xFF09;
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
        if (is_open_paren(cps[i]) && w > 0 && text_is_han(cps[w - 1])) {
            size_t j = i + 1;
            while (j < n && j - i <= 20 && (is_pinyin_letter(cps[j]) || cps[j] == ' '))
                j++;
            if (j < n && is_close_paren(cps[j]) && j - i >= 2 && j - i <= 20 && cps[i + 1] != ' ') {
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
    size_t n = 0, cap = 0, blanks = 0, i = 0;
    while (i <= len) {
        size_t j = i;
        while (j < len && text[j] != '\n')
            j++;
        char *raw = trim(text + i, j - i);
        char *line = strip_pinyin(raw);
        free(raw);
        if (!*line) {
            blanks++;
            free(line);
        } else {
            if (n == cap)
                ps = cnkg_xrealloc(ps, (cap = cap ? cap * 2 : 32) * sizeof *ps);
            ps[n++] = (para){line, simplified(cc, line), cnkg_utf8_length(line), blanks};
            blanks = 0;
        }
        i = j + 1;
    }
    *out = ps;
    return n;
}

/* Joins paragraphs the export broke: "当地不" + "仅集聚了..." */
static size_t rejoin(para *ps, size_t n)
{
    size_t w = 0;
    for (size_t r = 0; r < n; r++) {
        if (w > 0) {
            para *prev = &ps[w - 1];
            char *src = source_publisher(ps[r].simple);
            int joins = prev->length >= BROKEN_MIN && has_sentence_punct(prev->simple) &&
                        !ends_sentence(prev->simple) && !src;
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

/* 江西日报 2024年9月12日 星期四 第2版 要闻: the page's masthead names the
 * paper and the day for every article on it. */
static int is_masthead(const para *p)
{
    if (p->length > 60 || has_sentence_punct(p->simple))
        return 0;
    char *date = parse_date(p->simple);
    int full = date && date[0] != '-';
    free(date);
    return full || (contains(p->simple, "第") && contains(p->simple, "版"));
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
        const char *s = p->simple;
        size_t n = 0;
        while (s[n] && s[n] != ' ' && strncmp(s + n, "\xE3\x80\x80", 3) != 0 &&
               !(s[n] >= '0' && s[n] <= '9'))
            n++;
        char *name = cnkg_xstrndup(s, n);
        if (ends_with(name, "报") && cnkg_utf8_length(name) >= 3)
            m->publisher = name;
        else
            free(name);
    }
    if (!m->date)
        m->date = parse_date(p->simple);
}

/* 来源：贵州日报  作者：记者 杨梅  2024-06-20 08:15  责任编辑：吴迪 */
static void read_info_line(article_draft *d, const para *p, const lexicon *lx)
{
    const char *src = strstr(p->simple, "来源：");
    if (src && !d->publisher) {
        src += strlen("来源：");
        size_t n = 0;
        while (src[n] && src[n] != ' ' && strncmp(src + n, "\xE3\x80\x80", 3) != 0)
            n++;
        if (n)
            d->publisher = cnkg_xstrndup(src, n);
    }
    const char *author = strstr(p->simple, "作者：");
    if (author) {
        author += strlen("作者：");
        /* 作者：记者 杨梅 reads like a byline; 作者：杨梅 needs a role */
        cnkg_buf b = {0};
        cnkg_buf_puts(&b, strncmp(author, "记者", 6) == 0 ? "" : "记者");
        cnkg_buf_append(&b, author, strlen(author) < 40 ? strlen(author) : 40);
        parse_names(d, b.data);
        cnkg_buf_free(&b);
    }
    if (!d->date)
        d->date = parse_date(p->simple);
    (void)lx;
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

size_t page_split(const char *text, size_t len, const lexicon *lx, const t2s_converter *cc,
                  article_draft **out)
{
    para *ps;
    size_t n = split_paragraphs(text, len, cc, &ps);
    n = rejoin(ps, n);

    page_meta meta = {0};
    article_draft *ds = NULL;
    size_t nd = 0;
    article_draft *cur = NULL;
    char *heads[8];
    size_t n_heads = 0;
    int in_head = 0, seen_body = 0;
    for (size_t i = 0; i < n; i++) {
        para *p = &ps[i];
        if (is_navigation(p, lx) && !is_info_line(p))
            continue;
        if ((!cur || !seen_body) && n_heads == 0 && is_masthead(p)) {
            read_masthead(&meta, p, lx);
            continue;
        }
        char *pub = seen_body ? source_publisher(p->simple) : NULL;
        /* a new article: after two blank lines a headline, or a headline
         * right above a byline */
        int headline_next =
            is_headline(p) && !pub && (p->blanks >= 2 || (i + 1 < n && is_byline(&ps[i + 1])));
        if (!cur || (seen_body && headline_next)) {
            if (cur)
                draft_close(cur, heads, n_heads, &meta);
            cur = draft_open(&ds, &nd);
            n_heads = 0, in_head = 1, seen_body = 0;
        }
        draft_append(cur, p->text);
        if (pub) {
            if (!cur->publisher)
                cur->publisher = pub;
            else
                free(pub);
            draft_close(cur, heads, n_heads, &meta);
            n_heads = 0;
            cur = NULL; /* the next paragraph opens a new article */
            continue;
        }
        if (is_info_line(p)) {
            read_info_line(cur, p, lx);
            in_head = 0;
        } else if (is_byline(p)) {
            parse_byline(cur, p->simple, &lx->publishers);
            in_head = 0;
        } else if (in_head && is_headline(p) && n_heads < 8) {
            heads[n_heads++] = p->text;
        } else {
            if (!seen_body)
                parse_dateline(cur, p->simple, &lx->publishers);
            in_head = 0, seen_body = 1;
        }
    }
    if (cur)
        draft_close(cur, heads, n_heads, &meta);
    for (size_t i = 0; i < n; i++) {
        free(ps[i].text);
        free(ps[i].simple);
    }
    free(ps);
    free(meta.publisher);
    free(meta.date);
    *out = ds;
    return nd;
}

void article_draft_free(article_draft *d)
{
    cnkg_buf_free(&d->text);
    free(d->title);
    free(d->kicker);
    free(d->publisher);
    free(d->date);
    for (size_t i = 0; i < d->n_authors; i++)
        free(d->authors[i]);
    free(d->authors);
}
