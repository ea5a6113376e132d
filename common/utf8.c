/* utf8.c - code point decoding. NIF offsets count code points, so every
 * component converts through here rather than counting bytes. */
#include "cnkg_common.h"

size_t cnkg_utf8_decode_any(const char *str, size_t len, uint32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    if (len == 0)
        return 0;
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    size_t need;
    uint32_t c, min;
    if ((s[0] & 0xE0) == 0xC0) {
        need = 2, c = s[0] & 0x1F, min = 0x80;
    } else if ((s[0] & 0xF0) == 0xE0) {
        need = 3, c = s[0] & 0x0F, min = 0x800;
    } else if ((s[0] & 0xF8) == 0xF0) {
        need = 4, c = s[0] & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (len < need)
        return 0;
    for (size_t i = 1; i < need; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    /* Overlong forms, surrogates and values past U+10FFFF are not UTF-8. */
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return need;
}

size_t cnkg_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

uint32_t *cnkg_utf8_to_cps(const char *s, size_t len, size_t *n_out)
{
    uint32_t *cps = cnkg_xmalloc((len + 1) * sizeof *cps);
    size_t n = 0, i = 0;
    while (i < len) {
        uint32_t cp;
        size_t used = cnkg_utf8_decode(s + i, len - i, &cp);
        if (used == 0) {
            cp = 0xFFFD;
            used = 1;
        }
        cps[n++] = cp;
        i += used;
    }
    cps[n] = 0;
    *n_out = n;
    return cps;
}

char *cnkg_cps_to_utf8(const uint32_t *cps, size_t begin, size_t end)
{
    char *out = cnkg_xmalloc((end - begin) * 4 + 1);
    size_t n = 0;
    for (size_t i = begin; i < end; i++)
        n += cnkg_utf8_encode(cps[i], out + n);
    out[n] = '\0';
    return out;
}

size_t cnkg_utf8_length(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            n++;
    return n;
}

int cnkg_hex_digit(char c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}
