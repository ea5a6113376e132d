/* features.c - the feature templates: character n-grams around a position,
 * character classes, and cues from a hand-written list of the words that end
 * Chinese organisation and place names. The list matters because a window
 * of +-2 characters cannot see that "...经济和信息化委员会" ends in 委员会
 * six characters later. */
#include "lab_internal.h"

#include <string.h>
#include <uchar.h>

enum {
    CP_BOS = 0x110000, /* padding left of the text */
    CP_EOS = 0x110001, /* padding right of it */
};

enum { CLS_PAD, CLS_HAN, CLS_LATIN, CLS_DIGIT, CLS_CNUM, CLS_SPACE, CLS_PUNCT };

/* Template identifiers; part of the model format, so only ever append. */
enum {
    F_BIAS = 1,
    F_U, /* + offset + 2 */
    F_B = F_U + 5,
    F_T = F_B + 4,
    F_CLS5,
    F_CLS3,
    F_CLS0,
    F_SFX_END,   /* a listed suffix ends here */
    F_SFX_AHEAD, /* the nearest listed suffix ends d characters ahead */
    F_SFX_BEGIN, /* a listed suffix starts here */
    F_REPEAT,    /* c[0] == c[-1] or c[0] == c[1] */
};

/* Fullwidth forms and case are spelling, not meaning; all digits are one. */
static uint32_t norm(uint32_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E)
        c -= 0xFEE0;
    else if (c == 0x3000)
        c = ' ';
    if (c >= 'A' && c <= 'Z')
        c += 'a' - 'A';
    if (c >= '0' && c <= '9')
        c = '0';
    return c;
}

/* Chinese numerals: 零一二三四五六七八九十百千万亿两. A switch, which the
 * compiler turns into a few comparisons; it runs five times a character. */
static int cnum(uint32_t c)
{
    switch (c) {
    case 0x96F6:
    case 0x4E00:
    case 0x4E8C:
    case 0x4E09:
    case 0x56DB:
    case 0x4E94:
    case 0x516D:
    case 0x4E03:
    case 0x516B:
    case 0x4E5D:
    case 0x5341:
    case 0x767E:
    case 0x5343:
    case 0x4E07:
    case 0x4EBF:
    case 0x4E24:
        return 1;
    default:
        return 0;
    }
}

static int char_class(uint32_t c)
{
    if (c >= CP_BOS)
        return CLS_PAD;
    if (c == '0')
        return CLS_DIGIT;
    if (cnum(c))
        return CLS_CNUM;
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
        (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF))
        return CLS_HAN;
    if ((c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F))
        return CLS_LATIN;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        return CLS_SPACE;
    return CLS_PUNCT;
}

static uint64_t mix(uint64_t h)
{
    h ^= h >> 31;
    h *= 0x7fb5d329728ea185ULL;
    h ^= h >> 27;
    h *= 0x81dadef4bc2dd44dULL;
    h ^= h >> 33;
    return h;
}

static uint64_t key(uint64_t tmpl, uint64_t a, uint64_t b, uint64_t c)
{
    uint64_t h = mix(tmpl * 0x9E3779B97F4A7C15ULL + a);
    h = mix(h ^ (b + 0x632BE59BD9B4E019ULL));
    h = mix(h ^ (c + 0x8CB92BA72F3D8DD7ULL));
    return h ? h : 1;
}

static uint32_t at(const cnkg_lab_text *t, ptrdiff_t j)
{
    if (j < 0)
        return CP_BOS;
    if ((size_t)j >= t->n)
        return CP_EOS;
    return t->c[j];
}

static int class_at(const cnkg_lab_text *t, ptrdiff_t j)
{
    return j < 0 || (size_t)j >= t->n ? CLS_PAD : t->cls[j];
}

/* Words that end names of companies, government bodies, organisations and
 * places, longest first so that the first match is the longest. Lengths
 * are counted by the compiler: the list is scanned at every character. */
typedef struct suffix {
    const char32_t *text;
    ptrdiff_t len;
} suffix;

// clang-format off
#define S(s) {s, (ptrdiff_t)(sizeof s / sizeof(char32_t)) - 1}
// clang-format on
static const suffix suffixes[] = {
    S(U"股份有限公司"), S(U"有限责任公司"), S(U"有限公司"), S(U"委员会"), S(U"办公室"),
    S(U"办公厅"),       S(U"研究院"),       S(U"研究所"),   S(U"检察院"), S(U"派出所"),
    S(U"管理局"),       S(U"管委会"),       S(U"俱乐部"),   S(U"基金会"), S(U"联合会"),
    S(U"博物馆"),       S(U"风景区"),       S(U"自治区"),   S(U"自治州"), S(U"人民政府"),
    S(U"公司"),         S(U"集团"),         S(U"银行"),     S(U"证券"),   S(U"保险"),
    S(U"基金"),         S(U"控股"),         S(U"股份"),     S(U"科技"),   S(U"实业"),
    S(U"传媒"),         S(U"影业"),         S(U"汽车"),     S(U"电子"),   S(U"政府"),
    S(U"法院"),         S(U"公安"),         S(U"国务院"),   S(U"部门"),   S(U"大学"),
    S(U"学院"),         S(U"中学"),         S(U"小学"),     S(U"协会"),   S(U"学会"),
    S(U"联盟"),         S(U"医院"),         S(U"中心"),     S(U"组织"),   S(U"景区"),
    S(U"公园"),         S(U"广场"),         S(U"大道"),     S(U"小区"),   S(U"大厦"),
    S(U"球队"),         S(U"战队"),         S(U"乐队"),     S(U"省"),     S(U"市"),
    S(U"县"),           S(U"区"),           S(U"镇"),       S(U"乡"),     S(U"村"),
    S(U"路"),           S(U"街"),           S(U"局"),       S(U"委"),     S(U"部"),
    S(U"厅"),           S(U"署"),           S(U"办"),       S(U"处"),     S(U"院"),
    S(U"所"),           S(U"队"),           S(U"会"),       S(U"社"),     S(U"台"),
    S(U"网"),           S(U"店"),           S(U"厂"),       S(U"寺"),     S(U"山"),
    S(U"湖"),           S(U"岛"),           S(U"河"),       S(U"馆"),     S(U"园"),
    S(U"号"),
};
#undef S

#define N_SUFFIXES (sizeof suffixes / sizeof suffixes[0])
_Static_assert(N_SUFFIXES < 256, "suffix indexes are bytes");
#define AHEAD 8

/* The suffixes by their last character (its low byte), each chain in
 * list order so that the first match is still the longest. Built per
 * sentence; trying all 91 suffixes at every character had cost ~840
 * instructions a character, the chains ~65. */
typedef struct suffix_index {
    uint8_t head[256];        /* 1 + first suffix of the bucket, or 0 */
    uint8_t next[N_SUFFIXES]; /* 1 + next suffix of the same bucket, or 0 */
} suffix_index;

static void suffix_index_init(suffix_index *ix)
{
    memset(ix->head, 0, sizeof ix->head);
    for (size_t k = N_SUFFIXES; k-- > 0;) {
        uint8_t bucket = (uint8_t)suffixes[k].text[suffixes[k].len - 1];
        ix->next[k] = ix->head[bucket];
        ix->head[bucket] = (uint8_t)(k + 1);
    }
}

/* Index + 1 of the longest listed suffix ending at j of the normalised
 * code points cps, or 0. */
static int suffix_ending_at(const suffix_index *ix, const uint32_t *cps, ptrdiff_t j)
{
    uint32_t last = cps[j];
    for (int k1 = ix->head[(uint8_t)last]; k1; k1 = ix->next[k1 - 1]) {
        const char32_t *s = suffixes[k1 - 1].text;
        ptrdiff_t l = suffixes[k1 - 1].len;
        if (s[l - 1] != last || j + 1 < l)
            continue;
        ptrdiff_t m = 1;
        while (m < l && cps[j - m] == s[l - 1 - m])
            m++;
        if (m == l)
            return k1;
    }
    return 0;
}

size_t cnkg_lab_text_size(size_t n)
{
    return n * (sizeof(uint32_t) + 2);
}

void cnkg_lab_prepare(const uint32_t *cps, size_t n, void *mem, cnkg_lab_text *t)
{
    t->c = mem;
    t->cls = (uint8_t *)(t->c + n);
    t->sfx = t->cls + n;
    t->n = n;
    for (size_t j = 0; j < n; j++) {
        t->c[j] = norm(cps[j]);
        t->cls[j] = (uint8_t)char_class(t->c[j]);
    }
    suffix_index ix;
    suffix_index_init(&ix);
    for (size_t j = 0; j < n; j++)
        t->sfx[j] = (uint8_t)suffix_ending_at(&ix, t->c, (ptrdiff_t)j);
}

/* Cells of the tagger's cache (see cnkg_lab_feature_args): a character's
 * five unigrams side by side, then the templates whose arguments are few. */
enum {
    CELL_UNI_CPS = 0x10002, /* the BMP, then the two paddings */
    CELL_BIAS = CELL_UNI_CPS * 5,
    CELL_REPEAT = CELL_BIAS + 1,
    CELL_CLS0 = CELL_REPEAT + 1,
    CELL_CLS3 = CELL_CLS0 + 8,
    CELL_SFX_END = CELL_CLS3 + 8 * 8 * 8,
    CELL_SFX_BEGIN = CELL_SFX_END + 256,
    CELL_SFX_AHEAD = CELL_SFX_BEGIN + 256,
    CELL_CLS5 = CELL_SFX_AHEAD + 256 * (AHEAD + 1),
    CELL_COUNT = CELL_CLS5 + 8 * 8 * 8 * 8 * 8,
};
_Static_assert(CELL_COUNT == CNKG_LAB_CELLS, "the header's count of cells");

/* The cell of the unigram of c at offset d, or -1 beyond the BMP. */
static int32_t unigram_cell(uint32_t c, int d)
{
    if (c < 0x10000)
        return (int32_t)c * 5 + d;
    if (c == CP_BOS || c == CP_EOS)
        return (int32_t)(0x10000 + c - CP_BOS) * 5 + d;
    return -1;
}

/* Appends one feature before hashing, with its cell. */
static void put(cnkg_lab_fargs *out, uint32_t tmpl, uint32_t a, uint32_t b, uint32_t c,
                int32_t cell)
{
    out->arg[out->n] = (cnkg_lab_farg){tmpl, a, b, c};
    out->cell[out->n++] = cell;
}

static void suffix_features(const uint8_t *sfx, size_t n, size_t i, cnkg_lab_fargs *out)
{
    if (sfx[i])
        put(out, F_SFX_END, sfx[i], 0, 0, CELL_SFX_END + sfx[i]);
    for (size_t d = 1; d <= AHEAD && i + d < n; d++) {
        int s = sfx[i + d];
        if (!s)
            continue;
        put(out, F_SFX_AHEAD, (uint32_t)s, (uint32_t)d, 0,
            CELL_SFX_AHEAD + s * (AHEAD + 1) + (int32_t)d);
        /* Whether this suffix starts right here. */
        if (suffixes[s - 1].len == (ptrdiff_t)d + 1)
            put(out, F_SFX_BEGIN, (uint32_t)s, 0, 0, CELL_SFX_BEGIN + s);
        break;
    }
}

void cnkg_lab_feature_args(const cnkg_lab_text *t, size_t i, cnkg_lab_fargs *out)
{
    ptrdiff_t p = (ptrdiff_t)i;
    uint32_t c[5];
    int cls[5];
    for (int d = -2; d <= 2; d++) {
        c[d + 2] = at(t, p + d);
        cls[d + 2] = class_at(t, p + d);
    }
    out->n = 0;
    put(out, F_BIAS, 0, 0, 0, CELL_BIAS);
    for (int d = 0; d < 5; d++)
        put(out, F_U + (uint32_t)d, c[d], 0, 0, unigram_cell(c[d], d));
    for (int d = 0; d < 4; d++)
        put(out, F_B + (uint32_t)d, c[d], c[d + 1], 0, -1);
    put(out, F_T, c[1], c[2], c[3], -1);
    uint32_t cls5 = 0;
    for (int d = 0; d < 5; d++)
        cls5 = cls5 * 8 + (uint32_t)cls[d];
    put(out, F_CLS5, cls5, 0, 0, CELL_CLS5 + (int32_t)cls5);
    put(out, F_CLS3, (uint32_t)cls[1], (uint32_t)cls[2], (uint32_t)cls[3],
        CELL_CLS3 + cls[1] * 64 + cls[2] * 8 + cls[3]);
    put(out, F_CLS0, (uint32_t)cls[2], 0, 0, CELL_CLS0 + cls[2]);
    if (c[2] == c[1] || c[2] == c[3])
        put(out, F_REPEAT, 0, 0, 0, CELL_REPEAT);
    suffix_features(t->sfx, t->n, i, out);
}

uint64_t cnkg_lab_farg_key(const cnkg_lab_farg *f)
{
    return key(f->tmpl, f->a, f->b, f->c);
}

size_t cnkg_lab_features(const cnkg_lab_text *t, size_t i, uint64_t *out)
{
    cnkg_lab_fargs args;
    cnkg_lab_feature_args(t, i, &args);
    for (size_t j = 0; j < args.n; j++)
        out[j] = cnkg_lab_farg_key(&args.arg[j]);
    return args.n;
}
