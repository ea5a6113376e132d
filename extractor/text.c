/* text.c - the article as code points, the view names are matched in, and
 * sentence boundaries. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

int text_is_han(uint32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x20000 && cp <= 0x2FA1F) || cp == 0x3007;
}

int text_is_skipped(uint32_t cp)
{
    switch (cp) {
    case ' ': case '\t': case '"': case '\'':
    case 0x201C: case 0x201D: case 0x2018: case 0x2019: /* “ ” ‘ ’ */
    case 0x300C: case 0x300D: case 0x300E: case 0x300F: /* 「 」 『 』 */
    case 0x3000: case 0x00A0:
        return 1;
    }
    return 0;
}

uint32_t text_fold(uint32_t cp)
{
    if (cp >= 0xFF01 && cp <= 0xFF5E) /* full-width ASCII */
        cp -= 0xFEE0;
    if (cp >= 'A' && cp <= 'Z')
        cp += 'a' - 'A';
    return cp;
}

int text_is_sentence_end(uint32_t cp)
{
    return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == '!' || cp == '?' ||
           cp == 0xFF1B || cp == ';' || cp == '\n';
}

int text_is_clause_break(uint32_t cp)
{
    return text_is_sentence_end(cp) || cp == 0xFF0C || cp == ',' || cp == 0xFF1A || cp == ':';
}

int text_is_punct(uint32_t cp)
{
    if (cp < 0x80)
        return !((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
                 (cp >= 'A' && cp <= 'Z'));
    return (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
           (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
           (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) || cp == 0x00B7;
}

/* Traditional script read as simplified, code point for code point, so
 * that offsets into the converted text are offsets into the original: the
 * gazetteer, the rules and the labeller (trained on simplified text) all
 * see 發展 as 发展 while NIF keeps pointing at the article as written.
 * OpenCC converts by phrase; where a phrase would change length, its
 * characters are converted one by one instead. */
static void to_simplified(opencc_t cc, uint32_t *cps, size_t n)
{
    if (!cc || n == 0)
        return;
    char *text = cnkg_cps_to_utf8(cps, 0, n);
    char *conv = opencc_convert_utf8(cc, text, strlen(text));
    size_t m = 0;
    uint32_t *out = conv ? cnkg_utf8_to_cps(conv, strlen(conv), &m) : NULL;
    if (out && m == n) {
        memcpy(cps, out, n * sizeof *cps);
    } else {
        for (size_t i = 0; i < n; i++) {
            char one[5] = {0};
            cnkg_utf8_encode(cps[i], one);
            char *c1 = opencc_convert_utf8(cc, one, strlen(one));
            uint32_t cp;
            if (c1 && cnkg_utf8_decode(c1, strlen(c1), &cp) == strlen(c1))
                cps[i] = cp;
            if (c1)
                opencc_convert_utf8_free(c1);
        }
    }
    free(out);
    if (conv)
        opencc_convert_utf8_free(conv);
    free(text);
}

void text_view_init(text_view *t, const char *utf8, opencc_t cc)
{
    memset(t, 0, sizeof *t);
    t->cps = cnkg_utf8_to_cps(utf8, strlen(utf8), &t->n);
    to_simplified(cc, t->cps, t->n);
    t->view = cnkg_xmalloc((t->n + 1) * sizeof *t->view);
    t->map = cnkg_xmalloc((t->n + 1) * sizeof *t->map);
    for (size_t i = 0; i < t->n; i++) {
        if (text_is_skipped(t->cps[i]))
            continue;
        t->view[t->n_view] = text_fold(t->cps[i]);
        t->map[t->n_view++] = i;
    }
    t->map[t->n_view] = t->n;
}

void text_view_free(text_view *t)
{
    free(t->cps);
    free(t->view);
    free(t->map);
}

int text_has_at(const uint32_t *cps, size_t n, size_t pos, const char *word)
{
    size_t len = strlen(word), i = 0;
    while (i < len) {
        uint32_t cp;
        size_t used = cnkg_utf8_decode(word + i, len - i, &cp);
        if (!used || pos >= n || cps[pos] != cp)
            return 0;
        i += used;
        pos++;
    }
    return 1;
}

size_t text_match_list(const uint32_t *cps, size_t n, size_t pos, const word_list *l)
{
    for (size_t i = 0; i < l->n; i++) /* longest first: the first hit is the longest */
        if (text_has_at(cps, n, pos, l->words[i]))
            return cnkg_utf8_length(l->words[i]);
    return 0;
}

size_t text_match_list_ending(const uint32_t *cps, size_t pos, const word_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        size_t len = cnkg_utf8_length(l->words[i]);
        if (len <= pos && text_has_at(cps, pos, pos - len, l->words[i]))
            return len;
    }
    return 0;
}

static int is_closing(uint32_t cp)
{
    return cp == 0x201D || cp == 0x2019 || cp == 0x300D || cp == 0x300F || cp == 0xFF09 ||
           cp == ')' || cp == '"' || cp == 0x300B;
}

static int is_blank(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == '\n' || cp == '\r';
}

/* A sentence ends after 。！？； or a line break, taking closing quotes
 * with it; leading blanks are not part of it. */
void text_sentences(cnkg_article *a, const text_view *t)
{
    size_t start = 0;
    for (size_t i = 0; i <= t->n; i++) {
        int end_here = i == t->n || text_is_sentence_end(t->cps[i]);
        if (!end_here)
            continue;
        size_t end = i;
        if (i < t->n && t->cps[i] != '\n') {
            end = i + 1;
            while (end < t->n && is_closing(t->cps[end]))
                end++;
            i = end - 1;
        }
        while (start < end && is_blank(t->cps[start]))
            start++;
        size_t stop = end;
        while (stop > start && is_blank(t->cps[stop - 1]))
            stop--;
        if (stop > start)
            cnkg_article_add_sentence(a, start, stop);
        start = end;
    }
}
