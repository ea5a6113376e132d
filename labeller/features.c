/* features.c - the feature templates: character n-grams around a position,
 * character classes, and cues from a hand-written list of the words that end
 * Chinese organisation and place names. The list matters because a window
 * of +-2 characters cannot see that "...经济和信息化委员会" ends in 委员会
 * six characters later. */
#include "lab_internal.h"

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

static int cnum(uint32_t c)
{
    static const uint32_t digits[] = {
        0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B,
        0x4E5D, 0x5341, 0x767E, 0x5343, 0x4E07, 0x4EBF, 0x4E24}; /* 零一二三四五六七八九十百千万亿两
                                                                  */
    for (size_t k = 0; k < sizeof digits / sizeof digits[0]; k++)
        if (digits[k] == c)
            return 1;
    return 0;
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

static uint32_t at(const uint32_t *cps, size_t n, ptrdiff_t j)
{
    if (j < 0)
        return CP_BOS;
    if ((size_t)j >= n)
        return CP_EOS;
    return norm(cps[j]);
}

/* Words that end names of companies, government bodies, organisations and
 * places, longest first so that the first match is the longest. */
static const char32_t *const suffixes[] = {
    U"股份有限公司", U"有限责任公司", U"有限公司", U"委员会", U"办公室", U"办公厅",   U"研究院",
    U"研究所",       U"检察院",       U"派出所",   U"管理局", U"管委会", U"俱乐部",   U"基金会",
    U"联合会",       U"博物馆",       U"风景区",   U"自治区", U"自治州", U"人民政府", U"公司",
    U"集团",         U"银行",         U"证券",     U"保险",   U"基金",   U"控股",     U"股份",
    U"科技",         U"实业",         U"传媒",     U"影业",   U"汽车",   U"电子",     U"政府",
    U"法院",         U"公安",         U"国务院",   U"部门",   U"大学",   U"学院",     U"中学",
    U"小学",         U"协会",         U"学会",     U"联盟",   U"医院",   U"中心",     U"组织",
    U"景区",         U"公园",         U"广场",     U"大道",   U"小区",   U"大厦",     U"球队",
    U"战队",         U"乐队",         U"省",       U"市",     U"县",     U"区",       U"镇",
    U"乡",           U"村",           U"路",       U"街",     U"局",     U"委",       U"部",
    U"厅",           U"署",           U"办",       U"处",     U"院",     U"所",       U"队",
    U"会",           U"社",           U"台",       U"网",     U"店",     U"厂",       U"寺",
    U"山",           U"湖",           U"岛",       U"河",     U"馆",     U"园",       U"号",
};

#define N_SUFFIXES (sizeof suffixes / sizeof suffixes[0])
_Static_assert(N_SUFFIXES < 256, "suffix indexes are bytes");
#define AHEAD 8

static ptrdiff_t suffix_len(const char32_t *s)
{
    ptrdiff_t len = 0;
    while (s[len])
        len++;
    return len;
}

/* Index + 1 of the longest listed suffix ending at j, or 0. */
static int suffix_ending_at(const uint32_t *cps, ptrdiff_t j)
{
    uint32_t last = norm(cps[j]);
    for (size_t k = 0; k < N_SUFFIXES; k++) {
        const char32_t *s = suffixes[k];
        ptrdiff_t l = suffix_len(s);
        if (s[l - 1] != last || j + 1 < l)
            continue;
        ptrdiff_t m = 1;
        while (m < l && norm(cps[j - m]) == s[l - 1 - m])
            m++;
        if (m == l)
            return (int)k + 1;
    }
    return 0;
}

void cnkg_lab_suffixes(const uint32_t *cps, size_t n, uint8_t *sfx)
{
    for (size_t j = 0; j < n; j++)
        sfx[j] = (uint8_t)suffix_ending_at(cps, (ptrdiff_t)j);
}

static size_t suffix_features(const uint8_t *sfx, size_t n, size_t i, uint64_t *out)
{
    size_t k = 0;
    if (sfx[i])
        out[k++] = key(F_SFX_END, sfx[i], 0, 0);
    for (size_t d = 1; d <= AHEAD && i + d < n; d++) {
        int s = sfx[i + d];
        if (!s)
            continue;
        out[k++] = key(F_SFX_AHEAD, (uint64_t)s, d, 0);
        /* Whether this suffix starts right here. */
        if (suffix_len(suffixes[s - 1]) == (ptrdiff_t)d + 1)
            out[k++] = key(F_SFX_BEGIN, (uint64_t)s, 0, 0);
        break;
    }
    return k;
}

size_t cnkg_lab_features(const uint32_t *cps, const uint8_t *sfx, size_t n, size_t i, uint64_t *out)
{
    ptrdiff_t p = (ptrdiff_t)i;
    uint32_t c[5];
    int cls[5];
    for (int d = -2; d <= 2; d++) {
        c[d + 2] = at(cps, n, p + d);
        cls[d + 2] = char_class(c[d + 2]);
    }
    size_t k = 0;
    out[k++] = key(F_BIAS, 0, 0, 0);
    for (int d = 0; d < 5; d++)
        out[k++] = key(F_U + d, c[d], 0, 0);
    for (int d = 0; d < 4; d++)
        out[k++] = key(F_B + d, c[d], c[d + 1], 0);
    out[k++] = key(F_T, c[1], c[2], c[3]);
    uint64_t cls5 = 0;
    for (int d = 0; d < 5; d++)
        cls5 = cls5 * 8 + (uint64_t)cls[d];
    out[k++] = key(F_CLS5, cls5, 0, 0);
    out[k++] = key(F_CLS3, (uint64_t)cls[1], (uint64_t)cls[2], (uint64_t)cls[3]);
    out[k++] = key(F_CLS0, (uint64_t)cls[2], 0, 0);
    if (c[2] == c[1] || c[2] == c[3])
        out[k++] = key(F_REPEAT, 0, 0, 0);
    k += suffix_features(sfx, n, i, out + k);
    return k;
}
