/* text.c - the article as code points, the view names are matched in, and
 * sentence boundaries. */
#include "internal.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int text_is_han(uint32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x20000 && cp <= 0x2FA1F) || cp == 0x3007;
}

/* The value of a digit 0-9 or a Chinese digit 一 … 九, 两; -1 otherwise.
 * (The Chinese digits are scattered over the CJK block, hence the table.) */
static int digit_value(uint32_t cp)
{
    static const uint32_t digits[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94,
                                      0x516D, 0x4E03, 0x516B, 0x4E5D}; /* 一 … 九 */
    if (cp >= '0' && cp <= '9')
        return (int)(cp - '0');
    if (cp == 0x4E24) /* 两 */
        return 2;
    for (int i = 0; i < 9; i++)
        if (cp == digits[i])
            return i + 1;
    return -1;
}

/* 一批, 百亿级, 多个: a digit or a Chinese numeral, the head of a count. */
int text_is_numeral(uint32_t cp)
{
    static const uint32_t more[] = {0x5341, 0x767E, 0x5343,
                                    0x4E07, 0x51E0, 0x591A}; /* 十百千万几多 */
    if (digit_value(cp) >= 0)
        return 1;
    for (size_t i = 0; i < sizeof more / sizeof *more; i++)
        if (cp == more[i])
            return 1;
    return 0;
}

/* 3个, 三大, 十二条: the small whole number written at pos in digits or in
 * Chinese up to 九十九, its length in *len; -1 where none is. */
long text_count_at(const uint32_t *cps, size_t n, size_t pos, size_t *len)
{
    size_t q = pos;
    long value = 0;
    if (q < n && cps[q] >= '0' && cps[q] <= '9') {
        while (q < n && cps[q] >= '0' && cps[q] <= '9' && value < 100000)
            value = value * 10 + (long)(cps[q++] - '0');
    } else {
        int d = q < n ? digit_value(cps[q]) : -1;
        if (d > 0)
            value = d, q++;
        if (q < n && cps[q] == 0x5341) { /* 十 */
            value = (value ? value : 1) * 10, q++;
            d = q < n ? digit_value(cps[q]) : -1;
            if (d > 0 && cps[q] != 0x4E24)
                value += d, q++;
        }
    }
    *len = q - pos;
    return q > pos ? value : -1;
}

int text_is_skipped(uint32_t cp)
{
    switch (cp) {
    case ' ':
    case '\t':
    case '"':
    case '\'':
    case 0x201C:
    case 0x201D:
    case 0x2018:
    case 0x2019: /* “ ” ‘ ’ */
    case 0x300C:
    case 0x300D:
    case 0x300E:
    case 0x300F: /* 「 」 『 』 */
    case 0x3000:
    case 0x00A0:
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

int text_is_latin(uint32_t cp)
{
    cp = text_fold(cp);
    return cp >= 'a' && cp <= 'z';
}

int text_is_open_paren(uint32_t cp)
{
    return cp == '(' || cp == 0xFF08;
}

int text_is_close_paren(uint32_t cp)
{
    return cp == ')' || cp == 0xFF09;
}

int text_is_sentence_end(uint32_t cp)
{
    return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == '!' || cp == '?' || cp == 0xFF1B ||
           cp == ';' || cp == '\n';
}

int text_is_clause_break(uint32_t cp)
{
    return text_is_sentence_end(cp) || cp == 0xFF0C || cp == ',' || cp == 0xFF1A || cp == ':';
}

int text_is_punct(uint32_t cp)
{
    if (cp < 0x80)
        return !((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'));
    return (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
           (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
           (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) || cp == 0x00B7;
}

/* --- traditional script ----------------------------------------------------
 * OpenCC takes most of the extraction time spent outside the rules when
 * every text goes through it, yet it leaves simplified text as it is. Which
 * code points it can change depends on its data only (t2s_table.c, made by
 * gen-t2s-table.sh), so the table is used only when the files OpenCC loads
 * are those it was made from: found as OpenCC 1.1 finds them (the working
 * directory first, then the configuration's directory, then the package's
 * data directory) and compared by size and hash. */

static int file_is(const char *path, const t2s_data_file *want)
{
    size_t len = 0;
    cnkg_error ignored; /* a file that cannot be read is not the one wanted */
    char *data = cnkg_file_read(path, &len, &ignored);
    int same = data && len == want->size && cnkg_hash64(data, len, 0) == want->hash;
    free(data);
    return same;
}

static int readable(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f)
        fclose(f);
    return f != NULL;
}

uint8_t *text_t2s_changes(const char *data_dir)
{
    if (!data_dir || !*data_dir)
        return NULL;
    cnkg_buf path = {0}, config_dir = {0};
    int known = 1;
    for (size_t i = 0; known && i < T2S_FILES; i++) {
        const char *name = t2s_files[i].name;
        cnkg_buf_clear(&path);
        if (readable(name)) {
            cnkg_buf_puts(&path, name); /* the working directory */
        } else if (i > 0 && config_dir.len) {
            cnkg_buf_puts(&path, config_dir.data);
            cnkg_buf_puts(&path, name);
            if (!readable(path.data)) {
                cnkg_buf_clear(&path);
                cnkg_buf_puts(&path, data_dir);
                cnkg_buf_puts(&path, name);
            }
        } else {
            cnkg_buf_puts(&path, data_dir);
            cnkg_buf_puts(&path, name);
        }
        if (i == 0) { /* the configuration: its directory is searched for the dictionaries */
            const char *slash = strrchr(path.data, '/');
            if (slash)
                cnkg_buf_append(&config_dir, path.data, (size_t)(slash - path.data) + 1);
        }
        known = file_is(path.data, &t2s_files[i]);
    }
    cnkg_buf_free(&path);
    cnkg_buf_free(&config_dir);
    if (!known)
        return NULL;
    uint8_t *bits = cnkg_xcalloc(2 * T2S_LIMIT / 8, 1), *barriers = bits + T2S_LIMIT / 8;
    for (size_t i = 0; i < t2s_n_changeable; i++)
        bits[t2s_changeable[i] >> 3] |= (uint8_t)(1u << (t2s_changeable[i] & 7));
    for (size_t i = 0; i < t2s_n_barriers; i++)
        barriers[t2s_barriers[i] >> 3] |= (uint8_t)(1u << (t2s_barriers[i] & 7));
    return bits;
}

int text_t2s_may_change(const t2s_converter *t, const uint32_t *cps, size_t n)
{
    if (!t->changes)
        return 1;
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = cps[i];
        if (cp >= T2S_LIMIT || (t->changes[cp >> 3] >> (cp & 7) & 1))
            return 1;
    }
    return 0;
}

static int t2s_barrier(const t2s_converter *t, uint32_t cp)
{
    return cp < T2S_LIMIT && (t->changes[T2S_LIMIT / 8 + (cp >> 3)] >> (cp & 7) & 1);
}

/* cps[0, n) as OpenCC converts the whole, into *m code points, or NULL
 * when it fails. */
static uint32_t *t2s_whole(opencc_t cc, const uint32_t *cps, size_t n, size_t *m)
{
    char *text = cnkg_cps_to_utf8(cps, 0, n);
    char *conv = opencc_convert_utf8(cc, text, strlen(text));
    uint32_t *out = conv ? cnkg_utf8_to_cps(conv, strlen(conv), m) : NULL;
    if (conv)
        opencc_convert_utf8_free(conv);
    free(text);
    return out;
}

/* The same, converting only the pieces (each up to a barrier) that hold
 * a code point t2s may change: the rest come back as they are and OpenCC
 * costs some 60 instructions a byte. See gen-t2s-table.sh for why the
 * result is the same. (cps come from a C string: no U+0000, which would
 * cut OpenCC's input short.) */
static uint32_t *t2s_pieces(const t2s_converter *t, const uint32_t *cps, size_t n, size_t *m)
{
    uint32_t *out = cnkg_xmalloc((n + 1) * sizeof *out);
    size_t used = 0, cap = n + 1;
    for (size_t begin = 0, end; begin < n; begin = end) {
        for (end = begin; end < n && !t2s_barrier(t, cps[end]);)
            end++;
        end += end < n; /* the barrier ends its piece */
        size_t k = 0;
        uint32_t *conv = NULL;
        const uint32_t *piece = cps + begin;
        if (text_t2s_may_change(t, piece, end - begin)) {
            piece = conv = t2s_whole(t->cc, piece, end - begin, &k);
            if (!conv) {
                free(out);
                return NULL;
            }
        } else {
            k = end - begin;
        }
        if (used + k + 1 > cap) {
            cap = 2 * (used + k + 1);
            out = cnkg_xrealloc(out, cap * sizeof *out);
        }
        memcpy(out + used, piece, k * sizeof *out);
        used += k;
        free(conv);
    }
    *m = used;
    return out;
}

/* Traditional script read as simplified, code point for code point, so
 * that offsets into the converted text are offsets into the original: the
 * gazetteer, the rules and the labeller (trained on simplified text) all
 * see 發展 as 发展 while NIF keeps pointing at the article as written.
 * OpenCC converts by phrase; where a phrase would change length, its
 * characters are converted one by one instead. */
static void to_simplified(const t2s_converter *t2s, uint32_t *cps, size_t n)
{
    if (!t2s || !t2s->cc || n == 0 || !text_t2s_may_change(t2s, cps, n))
        return;
    opencc_t cc = t2s->cc;
    size_t m = 0;
    uint32_t *out = t2s->changes ? t2s_pieces(t2s, cps, n, &m) : t2s_whole(cc, cps, n, &m);
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
}

static int url_starts(const uint32_t *cps, size_t n, size_t i)
{
    static const char *const schemes[] = {"http://", "https://", "www."};
    if (i > 0 && cps[i - 1] < 0x80 && (isalnum((int)cps[i - 1]) || cps[i - 1] == '.'))
        return 0; /* inside a word: not where a URL starts */
    /* Their first letters (ASCII) first: this runs at every position. */
    for (size_t k = 0; k < sizeof schemes / sizeof *schemes; k++)
        if (cps[i] == (unsigned char)schemes[k][0] && text_has_at(cps, n, i, schemes[k]))
            return 1;
    return 0;
}

static int is_url_char(uint32_t cp)
{
    return cp > ' ' && cp < 0x7F && cp != ')' && cp != '(' && cp != '"' && cp != '<' && cp != '>' &&
           cp != '[' && cp != ']';
}

/* http://…, https://…, www.…: a URL names nothing, yet its letters read
 * like names (tv.cctv.com/…/VIDEkwKl…). Its code points read as '/', so
 * that no rule or model finds a name there and offsets stay as they are. */
static void mask_urls(uint32_t *cps, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (!url_starts(cps, n, i))
            continue;
        while (i < n && is_url_char(cps[i]))
            cps[i++] = '/';
    }
}

void text_view_init(text_view *t, const char *utf8, const t2s_converter *cc)
{
    memset(t, 0, sizeof *t);
    t->cps = cnkg_utf8_to_cps(utf8, strlen(utf8), &t->n);
    to_simplified(cc, t->cps, t->n);
    mask_urls(t->cps, t->n);
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

/* --- word index -----------------------------------------------------------
 * The rules ask "which word of this list is at (or ends at) this position"
 * at nearly every position of every article; scanning a list of a few
 * hundred UTF-8 words there was most of the extraction time. The index
 * keeps each list's answer exactly: among the words sharing the first (or
 * last) code point it tries them in list order, so the first hit is the
 * one the linear scan would have returned. */

typedef struct word_bucket {
    uint32_t cp, first, count; /* count 0: an empty slot */
} word_bucket;

typedef struct word_table {
    word_bucket *slots; /* open addressing over a power of two */
    size_t mask;
    uint32_t *order; /* word numbers, bucket after bucket, in list order */
    /* Bit cp % TEXT_FILTER_BITS is set when some bucket's code point has that
     * remainder: most positions of a text start (or end) no word of a
     * list, and this answers them without probing the table. */
    uint64_t filter[TEXT_FILTER_BITS / 64];
} word_table;

struct word_index {
    uint32_t *cps; /* every word's code points, one after another */
    size_t *start; /* word w is cps[start[w], start[w] + len[w]) */
    uint32_t *len; /* 0: never matches (not UTF-8) */
    size_t n;      /* words before the first empty one */
    word_table head, tail;
};

typedef struct key_word {
    uint32_t cp, word;
} key_word;

static int key_word_cmp(const void *a, const void *b)
{
    const key_word *x = a, *y = b;
    if (x->cp != y->cp)
        return x->cp < y->cp ? -1 : 1;
    return x->word < y->word ? -1 : x->word > y->word;
}

static size_t slot_of(uint32_t cp, size_t mask)
{
    return (size_t)((cp * 2654435761u) >> 7) & mask;
}

static void table_build(word_table *t, key_word *keys, size_t n)
{
    qsort(keys, n, sizeof *keys, key_word_cmp);
    size_t size = 8;
    while (size < 2 * n)
        size <<= 1;
    t->slots = cnkg_xcalloc(size, sizeof *t->slots);
    t->mask = size - 1;
    t->order = cnkg_xmalloc((n + 1) * sizeof *t->order);
    for (size_t i = 0; i < n; i++) {
        t->order[i] = keys[i].word;
        if (i > 0 && keys[i - 1].cp == keys[i].cp)
            continue;
        size_t s = slot_of(keys[i].cp, t->mask);
        while (t->slots[s].count)
            s = (s + 1) & t->mask;
        size_t j = i;
        while (j < n && keys[j].cp == keys[i].cp)
            j++;
        t->slots[s] = (word_bucket){keys[i].cp, (uint32_t)i, (uint32_t)(j - i)};
        t->filter[keys[i].cp % TEXT_FILTER_BITS / 64] |= 1ULL << (keys[i].cp % 64);
    }
}

static const word_bucket *table_find(const word_table *t, uint32_t cp)
{
    if (!(t->filter[cp % TEXT_FILTER_BITS / 64] >> (cp % 64) & 1))
        return NULL;
    for (size_t s = slot_of(cp, t->mask); t->slots[s].count; s = (s + 1) & t->mask)
        if (t->slots[s].cp == cp)
            return &t->slots[s];
    return NULL;
}

void word_list_index(word_list *l)
{
    word_index *x = cnkg_xmalloc(sizeof *x);
    memset(x, 0, sizeof *x);
    /* An empty word matches everywhere with length 0, which ends the
     * linear scan: the words after it can never be returned. */
    while (x->n < l->n && l->words[x->n][0])
        x->n++;
    size_t total = 0;
    for (size_t w = 0; w < x->n; w++)
        total += strlen(l->words[w]);
    x->cps = cnkg_xmalloc((total + 1) * sizeof *x->cps);
    x->start = cnkg_xmalloc((x->n + 1) * sizeof *x->start);
    x->len = cnkg_xmalloc((x->n + 1) * sizeof *x->len);
    key_word *heads = cnkg_xmalloc((x->n + 1) * sizeof *heads);
    key_word *tails = cnkg_xmalloc((x->n + 1) * sizeof *tails);
    size_t used = 0, keys = 0;
    for (size_t w = 0; w < x->n; w++) {
        const char *s = l->words[w];
        size_t len = strlen(s), i = 0, k = used;
        while (i < len) {
            size_t step = cnkg_utf8_decode(s + i, len - i, &x->cps[k]);
            if (!step)
                break;
            i += step, k++;
        }
        x->start[w] = used;
        x->len[w] = i == len ? (uint32_t)(k - used) : 0;
        if (!x->len[w])
            continue; /* text_has_at never matches a word that is not UTF-8 */
        used = k;
        heads[keys] = (key_word){x->cps[x->start[w]], (uint32_t)w};
        tails[keys++] = (key_word){x->cps[used - 1], (uint32_t)w};
    }
    table_build(&x->head, heads, keys);
    table_build(&x->tail, tails, keys);
    free(heads);
    free(tails);
    l->index = x;
    l->first = x->head.filter;
}

void word_list_index_free(word_list *l)
{
    word_index *x = l->index;
    if (!x)
        return;
    free(x->cps);
    free(x->start);
    free(x->len);
    free(x->head.slots);
    free(x->head.order);
    free(x->tail.slots);
    free(x->tail.order);
    free(x);
    l->index = NULL;
    l->first = NULL;
}

static size_t index_match(const word_index *x, const uint32_t *cps, size_t n, size_t pos)
{
    if (pos >= n)
        return 0;
    const word_bucket *b = table_find(&x->head, cps[pos]);
    if (!b)
        return 0;
    for (uint32_t i = 0; i < b->count; i++) {
        uint32_t w = x->head.order[b->first + i], len = x->len[w];
        if (len <= n - pos && !memcmp(cps + pos, x->cps + x->start[w], len * sizeof *cps))
            return len;
    }
    return 0;
}

static size_t index_match_ending(const word_index *x, const uint32_t *cps, size_t pos)
{
    if (pos == 0)
        return 0;
    const word_bucket *b = table_find(&x->tail, cps[pos - 1]);
    if (!b)
        return 0;
    for (uint32_t i = 0; i < b->count; i++) {
        uint32_t w = x->tail.order[b->first + i], len = x->len[w];
        if (len <= pos && !memcmp(cps + pos - len, x->cps + x->start[w], len * sizeof *cps))
            return len;
    }
    return 0;
}

int text_list_holds(const word_list *l, const uint32_t *cps, size_t b, size_t e)
{
    const word_index *x = l->index;
    if (x && x->n == l->n && e > b) {
        const word_bucket *k = table_find(&x->head, cps[b]);
        for (uint32_t i = 0; k && i < k->count; i++) {
            uint32_t w = x->head.order[k->first + i];
            if (x->len[w] == e - b && !memcmp(cps + b, x->cps + x->start[w], (e - b) * sizeof *cps))
                return 1;
        }
        return 0;
    }
    for (size_t i = 0; i < l->n; i++)
        if (cnkg_utf8_length(l->words[i]) == e - b && text_has_at(cps, e, b, l->words[i]))
            return 1;
    return 0;
}

static int word_hit_cmp(const void *a, const void *b)
{
    const word_hit *x = a, *y = b;
    if (x->word != y->word)
        return x->word < y->word ? -1 : 1;
    return x->pos < y->pos ? -1 : x->pos > y->pos;
}

long text_find_all(const word_list *l, const uint32_t *cps, size_t n, word_hit **out)
{
    const word_index *x = l->index;
    if (!x || x->n != l->n)
        return -1;
    size_t count = 0, cap = 0;
    for (size_t pos = 0; pos < n; pos++) {
        const word_bucket *b = table_find(&x->head, cps[pos]);
        for (uint32_t i = 0; b && i < b->count; i++) {
            uint32_t w = x->head.order[b->first + i], len = x->len[w];
            if (len > n - pos || memcmp(cps + pos, x->cps + x->start[w], len * sizeof *cps))
                continue;
            if (count == cap) {
                cap = cap ? 2 * cap : 16;
                *out = cnkg_xrealloc(*out, cap * sizeof **out);
            }
            (*out)[count++] = (word_hit){w, pos, len};
        }
    }
    if (count > 1)
        qsort(*out, count, sizeof **out, word_hit_cmp);
    return (long)count;
}

size_t text_match_list_at(const uint32_t *cps, size_t n, size_t pos, const word_list *l)
{
    if (l->index)
        return index_match(l->index, cps, n, pos);
    for (size_t i = 0; i < l->n; i++) /* longest first: the first hit is the longest */
        if (text_has_at(cps, n, pos, l->words[i]))
            return cnkg_utf8_length(l->words[i]);
    return 0;
}

size_t text_match_list_ending(const uint32_t *cps, size_t pos, const word_list *l)
{
    if (l->index)
        return index_match_ending(l->index, cps, pos);
    for (size_t i = 0; i < l->n; i++) {
        size_t len = cnkg_utf8_length(l->words[i]);
        if (len <= pos && text_has_at(cps, pos, pos - len, l->words[i]))
            return len;
    }
    return 0;
}

size_t text_count_start(const uint32_t *cps, size_t pos, const word_list *measure)
{
    size_t m = text_match_list_ending(cps, pos, measure);
    if (!m || pos == m || !text_is_numeral(cps[pos - m - 1]))
        return pos;
    size_t b = pos - m;
    while (b > 0 && text_is_numeral(cps[b - 1]))
        b--;
    return b;
}

size_t text_before_bracket(const uint32_t *cps, size_t b, size_t e)
{
    if (e - b < 4 || !text_is_close_paren(cps[e - 1]))
        return e;
    for (size_t k = e - 1; k > b; k--)
        if (text_is_open_paren(cps[k - 1]))
            return k - 1;
    return e;
}

int text_is_closing(uint32_t cp)
{
    return cp == 0x201D || cp == 0x2019 || cp == 0x300D || cp == 0x300F || cp == 0xFF09 ||
           cp == ')' || cp == '"' || cp == 0x300B || cp == 0x3009;
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
            while (end < t->n && text_is_closing(t->cps[end]))
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
