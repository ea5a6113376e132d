/* html.c - a saved news page as the text a reader sees.
 *
 * A small state machine, not a parser: it never builds a tree and never
 * fails, whatever the markup. Text outside tags is kept; the contents of
 * script, style and other non-text elements and of page furniture (nav,
 * header, footer, aside) are dropped; block elements end a line, so the
 * extractor's page splitter sees one paragraph per line. White space runs
 * fold to one space, and vanish where a source line break fell between two
 * Chinese characters (a space there is an artefact, not a word break).
 * Markup characters are ASCII, so the input is walked byte by byte and
 * UTF-8 sequences pass through whole. */
#include "input_internal.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

typedef struct stripper {
    const char *s;
    size_t len, i;
    cnkg_buf *out;
    int space;   /* white space seen since the last text */
    int newline; /* ... and it held a line break */
    size_t skip; /* depth inside dropped elements */
    char skip_name[12];
} stripper;

/* Elements whose content is raw text up to their end tag. */
static const char *const raw_elements[] = {"script", "style",    "textarea", "title",
                                           "xmp",    "noscript", "template", NULL};
/* Elements dropped with everything inside them. */
static const char *const furniture[] = {"nav", "header", "footer", "aside", "head",
                                        "svg", "select", "button", NULL};
/* Elements that start and end a line. */
static const char *const blocks[] = {
    "p",      "div",  "br",   "li",      "h1",      "h2",         "h3",     "h4",
    "h5",     "h6",   "tr",   "table",   "ul",      "ol",         "dl",     "dd",
    "dt",     "hr",   "pre",  "section", "article", "blockquote", "figure", "figcaption",
    "center", "main", "body", "html",    "form",    "address",    NULL};

static int in_list(const char *name, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (strcmp(name, list[i]) == 0)
            return 1;
    return 0;
}

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\v' || c == '\r';
}

static int is_alpha(unsigned char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static int is_alnum(unsigned char c)
{
    return is_alpha(c) || (c >= '0' && c <= '9');
}

/* Bytes that end a run of plain text: markup, references, white space and
 * the lead byte of U+00A0. */
static int is_special(unsigned char c)
{
    return c == '<' || c == '&' || c == 0xC2 || is_space(c);
}

static char last_byte(const stripper *st)
{
    return st->out->len ? st->out->data[st->out->len - 1] : '\n';
}

/* Appends text, first writing the white space pending before it. */
static void emit(stripper *st, const char *text, size_t n)
{
    if (n == 0 || st->skip)
        return;
    char last = last_byte(st);
    if (st->space && last != '\n' && last != ' ') {
        int cjk_join = st->newline && (unsigned char)last >= 0x80 && (unsigned char)text[0] >= 0x80;
        if (!cjk_join)
            cnkg_buf_putc(st->out, ' ');
    }
    st->space = st->newline = 0;
    cnkg_buf_append(st->out, text, n);
}

static void trim_trailing_spaces(cnkg_buf *out)
{
    while (out->len && out->data[out->len - 1] == ' ')
        out->data[--out->len] = '\0';
}

static void line_break(stripper *st)
{
    if (st->skip)
        return;
    trim_trailing_spaces(st->out);
    if (st->out->len && last_byte(st) != '\n')
        cnkg_buf_putc(st->out, '\n');
    st->space = st->newline = 0;
}

/* --- entities ------------------------------------------------------------ */

static const struct {
    const char *name;
    uint32_t cp;
} entities[] = {
    {"amp", '&'},       {"lt", '<'},       {"gt", '>'},        {"quot", '"'},     {"apos", '\''},
    {"nbsp", 0xA0},     {"copy", 0xA9},    {"reg", 0xAE},      {"middot", 0xB7},  {"deg", 0xB0},
    {"times", 0xD7},    {"divide", 0xF7},  {"yen", 0xA5},      {"laquo", 0xAB},   {"raquo", 0xBB},
    {"ensp", 0x2002},   {"emsp", 0x2003},  {"thinsp", 0x2009}, {"ndash", 0x2013}, {"mdash", 0x2014},
    {"lsquo", 0x2018},  {"rsquo", 0x2019}, {"ldquo", 0x201C},  {"rdquo", 0x201D}, {"bull", 0x2022},
    {"hellip", 0x2026}, {"trade", 0x2122}, {"permil", 0x2030}, {"plusmn", 0xB1},  {"sup2", 0xB2},
    {"micro", 0xB5},    {"para", 0xB6},    {"sect", 0xA7},     {"euro", 0x20AC},  {"larr", 0x2190},
    {"rarr", 0x2192},
};

/* The code point of a numeric reference, with the ones HTML forbids (NUL,
 * surrogates, beyond Unicode) as U+FFFD. */
static uint32_t numeric(const char *s, size_t n, size_t *used)
{
    int hex = n > 0 && (s[0] == 'x' || s[0] == 'X');
    size_t i = hex, digits = 0;
    uint32_t cp = 0;
    for (; i < n; i++, digits++) {
        unsigned char c = (unsigned char)s[i];
        int d = c >= '0' && c <= '9'                            ? c - '0'
                : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                                                : -1;
        if (d < 0)
            break;
        if (cp <= 0x10FFFF)
            cp = cp * (hex ? 16 : 10) + (uint32_t)d;
    }
    *used = digits ? i + (i < n && s[i] == ';') : 0;
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000))
        cp = 0xFFFD;
    return cp;
}

/* At '&': decodes a reference, or returns 0 to keep the '&' as text. */
static size_t entity(const char *s, size_t n, uint32_t *cp)
{
    if (n > 2 && s[1] == '#') {
        size_t used;
        *cp = numeric(s + 2, n - 2, &used);
        return used ? used + 2 : 0;
    }
    size_t k = 1;
    while (k < n && k < 12 && is_alnum((unsigned char)s[k]))
        k++;
    if (k >= n || s[k] != ';')
        return 0;
    for (size_t e = 0; e < sizeof entities / sizeof *entities; e++) {
        if (strlen(entities[e].name) == k - 1 && memcmp(entities[e].name, s + 1, k - 1) == 0) {
            *cp = entities[e].cp;
            return k + 1;
        }
    }
    return 0;
}

static void text_entity(stripper *st)
{
    uint32_t cp;
    size_t used = entity(st->s + st->i, st->len - st->i, &cp);
    if (!used) {
        emit(st, "&", 1);
        st->i++;
        return;
    }
    st->i += used;
    if (cp == 0xA0) { /* &nbsp; indents Chinese paragraphs: white space */
        st->space = 1;
        return;
    }
    char utf8[4];
    emit(st, utf8, cnkg_utf8_encode(cp, utf8));
}

/* --- tags ---------------------------------------------------------------- */

static const char *find_ci(const char *s, size_t n, const char *needle)
{
    size_t m = strlen(needle);
    for (size_t i = 0; i + m <= n; i++)
        if (strncasecmp(s + i, needle, m) == 0)
            return s + i;
    return NULL;
}

/* Skips to just after needle, or to the end. */
static void skip_past(stripper *st, const char *needle)
{
    const char *at = find_ci(st->s + st->i, st->len - st->i, needle);
    st->i = at ? (size_t)(at - st->s) + strlen(needle) : st->len;
}

/* At the end of a tag's name: skips attributes, whose quoted values may
 * hold '>', to just after the closing '>'. */
static void skip_attributes(stripper *st)
{
    char quote = 0;
    for (; st->i < st->len; st->i++) {
        char c = st->s[st->i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            st->i++;
            return;
        }
    }
}

static void open_element(stripper *st, const char *name)
{
    if (st->skip) {
        if (strcmp(name, st->skip_name) == 0)
            st->skip++;
        return;
    }
    if (in_list(name, furniture)) {
        strcpy(st->skip_name, name);
        st->skip = 1;
        return;
    }
    if (in_list(name, blocks))
        line_break(st);
    else if (strcmp(name, "td") == 0 || strcmp(name, "th") == 0)
        st->space = 1;
}

static void close_element(stripper *st, const char *name)
{
    if (st->skip) {
        if (strcmp(name, st->skip_name) == 0)
            st->skip--;
        return;
    }
    if (in_list(name, blocks))
        line_break(st);
    else if (strcmp(name, "td") == 0 || strcmp(name, "th") == 0)
        st->space = 1;
}

/* At '<' followed by a letter or '/'. */
static void tag(stripper *st)
{
    int closing = st->s[st->i + 1] == '/';
    st->i += 1 + closing;
    char name[12];
    size_t n = 0;
    while (st->i < st->len && is_alnum((unsigned char)st->s[st->i])) {
        if (n < sizeof name - 1)
            name[n++] = (char)(st->s[st->i] | 0x20);
        st->i++;
    }
    name[n] = '\0';
    skip_attributes(st);
    /* A page that omits </head> starts its body anyway. */
    if (!closing && strcmp(name, "body") == 0 && st->skip && strcmp(st->skip_name, "head") == 0)
        st->skip = 0;
    if (closing) {
        close_element(st, name);
        return;
    }
    open_element(st, name);
    if (in_list(name, raw_elements)) {
        char end[16];
        snprintf(end, sizeof end, "</%s", name);
        skip_past(st, end);
        skip_attributes(st);
    }
}

static void markup(stripper *st)
{
    const char *s = st->s + st->i;
    size_t left = st->len - st->i;
    if (left >= 4 && memcmp(s, "<!--", 4) == 0) {
        st->i += 4;
        skip_past(st, "-->");
    } else if (left >= 9 && memcmp(s, "<![CDATA[", 9) == 0) {
        st->i += 9;
        skip_past(st, "]]>");
    } else if (left >= 2 && (s[1] == '!' || s[1] == '?')) {
        skip_past(st, ">");
    } else if (left >= 2 && (is_alpha((unsigned char)s[1]) || s[1] == '/')) {
        tag(st);
    } else {
        emit(st, "<", 1);
        st->i++;
    }
}

void cnkg_input_html_strip(const char *html, size_t len, cnkg_buf *out)
{
    cnkg_buf_clear(out);
    cnkg_buf_append(out, "", 0);
    stripper st = {.s = html, .len = len, .out = out};
    while (st.i < len) {
        unsigned char c = (unsigned char)html[st.i];
        if (c == '<') {
            markup(&st);
        } else if (c == '&') {
            text_entity(&st);
        } else if (is_space(c) ||
                   (c == 0xC2 && st.i + 1 < len && (unsigned char)html[st.i + 1] == 0xA0)) {
            st.space = 1;
            st.newline |= c == '\n';
            st.i += c == 0xC2 ? 2 : 1;
        } else {
            size_t j = st.i + 1;
            while (j < len && !is_special((unsigned char)html[j]))
                j++;
            emit(&st, html + st.i, j - st.i);
            st.i = j;
        }
    }
    trim_trailing_spaces(out);
    if (out->len && last_byte(&st) != '\n')
        cnkg_buf_putc(out, '\n');
}

/* A page saved as .txt still says what it is in its first bytes. */
int cnkg_input_html_sniff(const char *text, size_t len)
{
    size_t i = 0;
    while (i < len && is_space((unsigned char)text[i]))
        i++;
    if (i == len || text[i] != '<')
        return 0;
    size_t n = len - i < 1024 ? len - i : 1024;
    return find_ci(text + i, n, "<!doctype html") || find_ci(text + i, n, "<html") ||
           find_ci(text + i, n, "<body") || find_ci(text + i, n, "<head");
}

int cnkg_input_html_named(const char *path)
{
    size_t n = strlen(path);
    return (n > 5 && strcasecmp(path + n - 5, ".html") == 0) ||
           (n > 4 && strcasecmp(path + n - 4, ".htm") == 0);
}
