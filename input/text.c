/* text.c - the bytes of a text file as the text cnkg reads. Offsets in
 * messages are byte offsets into the file as it is on disk, so a user can
 * find the spot with a hex viewer.
 *
 * Detection: a UTF-8 byte order mark, or bytes that are valid UTF-8, mean
 * UTF-8. Otherwise GB18030 (a superset of GBK and GB2312, so one decoder
 * serves all three) is tried with iconv. A file that is valid UTF-8 for
 * several Chinese characters before a bad byte is a damaged UTF-8 file, not
 * GBK: GBK text rarely forms even one valid multi-byte UTF-8 sequence, and
 * decoding a damaged UTF-8 file as GB18030 would turn it into nonsense. */
#include "input_internal.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Multi-byte UTF-8 characters before the first bad byte that make a file
 * damaged UTF-8 rather than GBK. */
enum { UTF8_EVIDENCE = 3 };

static const char bom_utf8[] = "\xEF\xBB\xBF";

/* Offset of the first byte that does not start a valid UTF-8 sequence, or
 * len when the whole text is valid; *multi counts the multi-byte
 * characters before it. */
static size_t utf8_invalid_at(const char *s, size_t len, size_t *multi)
{
    size_t i = 0;
    *multi = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t n = cnkg_utf8_decode(s + i, len - i, &cp);
        if (n == 0)
            return i;
        i += n;
        (*multi)++;
    }
    return len;
}

/* Converts raw from the named encoding, appending UTF-8 to out. Returns
 * len, or the offset of the first byte that is not valid in it; *cut (when
 * given) says whether the input ends inside a character (more bytes would
 * complete it, as in a piece of a file) rather than at a bad byte. */
static size_t iconv_append(const char *from, const char *raw, size_t len, cnkg_buf *out, int *cut)
{
    iconv_t cd = iconv_open("UTF-8", from);
    if (cut)
        *cut = 0;
    if (cd == (iconv_t)-1)
        return 0;
    char chunk[16384];
    char *in = (char *)raw;
    size_t left = len;
    while (left > 0) {
        char *o = chunk;
        size_t room = sizeof chunk;
        size_t rc = iconv(cd, &in, &left, &o, &room);
        cnkg_buf_append(out, chunk, (size_t)(o - chunk));
        if (rc == (size_t)-1 && errno != E2BIG) {
            if (cut) /* EILSEQ: a bad byte; EINVAL: cut at the end */
                *cut = errno == EINVAL;
            break;
        }
    }
    iconv_close(cd);
    return (size_t)(in - raw);
}

static const char *iconv_name(cnkg_input_encoding enc)
{
    return enc == CNKG_ENCODING_GBK ? "GBK" : "GB18030";
}

static const char *display_encoding(cnkg_input_encoding enc)
{
    return enc == CNKG_ENCODING_GBK ? "GBK" : "GB18030";
}

/* NUL bytes, or more than one control character in 32 bytes: not text.
 * Bytes below 0x20 are single characters in UTF-8 and GB18030 alike, so
 * this holds before decoding and the offset is the file's (raw starting
 * at its byte base). */
static int check_binary(const char *name, const char *raw, size_t len, size_t base, cnkg_error *err)
{
    const char *nul = memchr(raw, '\0', len);
    if (nul)
        return cnkg_error_set(err, "'%s' is not a text file: NUL byte at byte offset %zu", name,
                              base + (size_t)(nul - raw));
    size_t controls = 0, first = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)raw[i];
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') ||
            c == 0x7F) {
            if (controls++ == 0)
                first = i;
        }
    }
    if (controls > len / 32)
        return cnkg_error_set(err,
                              "'%s' is not a text file: %zu control characters in %zu bytes "
                              "(the first at byte offset %zu)",
                              name, controls, len, base + first);
    return 0;
}

static int bad_byte(const char *name, const char *what, const char *raw, size_t at,
                    const char *hint, cnkg_error *err)
{
    return cnkg_error_set(err, "'%s' is not valid %s: invalid byte 0x%02X at byte offset %zu%s",
                          name, what, (unsigned char)raw[at], at, hint);
}

static int decode_utf8(const char *name, const char *raw, size_t len, cnkg_buf *out,
                       cnkg_error *err)
{
    size_t skip = len >= 3 && memcmp(raw, bom_utf8, 3) == 0 ? 3 : 0, multi;
    size_t bad = skip + utf8_invalid_at(raw + skip, len - skip, &multi);
    if (bad < len)
        return bad_byte(name, "UTF-8", raw, bad, "", err);
    cnkg_buf_append(out, raw + skip, len - skip);
    return 0;
}

/* GB18030 can carry a byte order mark too (U+FEFF encoded as 84 31 95 33):
 * it is dropped after conversion. */
static void drop_bom(cnkg_buf *out)
{
    if (out->len >= 3 && memcmp(out->data, bom_utf8, 3) == 0) {
        memmove(out->data, out->data + 3, out->len - 3);
        out->len -= 3;
        out->data[out->len] = '\0';
    }
}

static int decode_gb(const char *name, cnkg_input_encoding enc, const char *raw, size_t len,
                     cnkg_buf *out, cnkg_error *err)
{
    size_t done = iconv_append(iconv_name(enc), raw, len, out, NULL);
    if (done < len)
        return bad_byte(name, display_encoding(enc), raw, done, "", err);
    drop_bom(out);
    return 0;
}

static int decode_auto(const char *name, const char *raw, size_t len, cnkg_buf *out,
                       cnkg_error *err)
{
    size_t multi;
    size_t bad = utf8_invalid_at(raw, len, &multi);
    int bom = len >= 3 && memcmp(raw, bom_utf8, 3) == 0;
    if (bad == len || bom || multi >= UTF8_EVIDENCE)
        return decode_utf8(name, raw, len, out, err);
    size_t gb_bad = iconv_append("GB18030", raw, len, out, NULL);
    if (gb_bad == len) {
        drop_bom(out);
        return 0;
    }
    /* Neither: the decoding that went further is the likelier intent. */
    static const char hint[] = " (nor GBK/GB18030; --encoding chooses one)";
    if (gb_bad > bad)
        return bad_byte(name, "GB18030", raw, gb_bad, " (nor UTF-8; --encoding chooses one)", err);
    return bad_byte(name, "UTF-8", raw, bad, hint, err);
}

int cnkg_input_text_decode_as(const char *name, const char *raw, size_t len,
                              cnkg_input_encoding enc, cnkg_buf *out, cnkg_error *err)
{
    cnkg_buf_clear(out);
    cnkg_buf_append(out, "", 0);
    if (check_binary(name, raw, len, 0, err) < 0)
        return -1;
    int rc;
    switch (enc) {
    case CNKG_ENCODING_UTF8:
        rc = decode_utf8(name, raw, len, out, err);
        break;
    case CNKG_ENCODING_GBK:
    case CNKG_ENCODING_GB18030:
        rc = decode_gb(name, enc, raw, len, out, err);
        break;
    default:
        rc = decode_auto(name, raw, len, out, err);
        break;
    }
    if (rc < 0) {
        cnkg_buf_clear(out);
        cnkg_buf_append(out, "", 0);
        return -1;
    }
    cnkg_input_newlines_normalise(out);
    return 0;
}

/* The bytes at the end of s[0, len) that start a UTF-8 character and
 * leave it incomplete: the next piece completes it. */
static size_t utf8_incomplete_tail(const char *s, size_t len)
{
    size_t i = len;
    while (i > 0 && len - i < 3 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
        i--;
    if (i == 0)
        return 0;
    unsigned char lead = (unsigned char)s[i - 1];
    size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return need > len - (i - 1) ? len - (i - 1) : 0;
}

static int has_high_byte(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80)
            return 1;
    return 0;
}

/* The encoding of a file read in pieces, told from the first piece that
 * is not plain ASCII as cnkg_input_text_decode_as tells it. */
static cnkg_input_encoding detect_piece(const char *raw, size_t len, size_t base)
{
    size_t multi, usable = len - utf8_incomplete_tail(raw, len);
    size_t bad = utf8_invalid_at(raw, usable, &multi);
    int bom = base == 0 && len >= 3 && memcmp(raw, bom_utf8, 3) == 0;
    return bad == usable || bom || multi >= UTF8_EVIDENCE ? CNKG_ENCODING_UTF8
                                                          : CNKG_ENCODING_GB18030;
}

int cnkg_input_text_decode_piece(const char *name, const char *raw, size_t len, size_t base,
                                 int last, cnkg_input_encoding *enc, cnkg_buf *out, size_t *used,
                                 cnkg_error *err)
{
    cnkg_buf_clear(out);
    cnkg_buf_append(out, "", 0);
    *used = 0;
    if (check_binary(name, raw, len, base, err) < 0)
        return -1;
    /* A CR may be the first half of a CRLF the next piece ends. */
    size_t n = !last && len && raw[len - 1] == '\r' ? len - 1 : len;
    if (*enc == CNKG_ENCODING_AUTO && has_high_byte(raw, n))
        *enc = detect_piece(raw, n, base);
    if (*enc == CNKG_ENCODING_AUTO) { /* ASCII so far: the same in both */
        cnkg_buf_append(out, raw, n);
        *used = n;
    } else if (*enc == CNKG_ENCODING_UTF8) {
        size_t tail = last ? 0 : utf8_incomplete_tail(raw, n), multi;
        size_t skip = base == 0 && n >= 3 && memcmp(raw, bom_utf8, 3) == 0 ? 3 : 0;
        size_t bad = skip + utf8_invalid_at(raw + skip, n - tail - skip, &multi);
        if (bad < n - tail)
            return cnkg_error_set(err,
                                  "'%s' is not valid UTF-8: invalid byte 0x%02X at byte offset %zu",
                                  name, (unsigned char)raw[bad], base + bad);
        cnkg_buf_append(out, raw + skip, n - tail - skip);
        *used = n - tail;
    } else {
        int cut;
        size_t done = iconv_append(iconv_name(*enc), raw, n, out, &cut);
        if (done < n && (last || !cut))
            return cnkg_error_set(
                err, "'%s' is not valid %s: invalid byte 0x%02X at byte offset %zu", name,
                display_encoding(*enc), (unsigned char)raw[done], base + done);
        if (base == 0)
            drop_bom(out);
        *used = done;
    }
    cnkg_input_newlines_normalise(out);
    return 0;
}

int cnkg_input_text_decode(const char *name, const char *raw, size_t len, cnkg_buf *out,
                           cnkg_error *err)
{
    return cnkg_input_text_decode_as(name, raw, len, CNKG_ENCODING_AUTO, out, err);
}

/* CRLF and a lone CR both become LF, in place: pages exported on Windows
 * and old Mac tools must split into lines the same way. */
void cnkg_input_newlines_normalise(cnkg_buf *b)
{
    size_t w = 0;
    for (size_t r = 0; r < b->len; r++) {
        char c = b->data[r];
        if (c == '\r') {
            if (r + 1 < b->len && b->data[r + 1] == '\n')
                r++;
            c = '\n';
        }
        b->data[w++] = c;
    }
    b->len = w;
    b->data[w] = '\0';
}

int cnkg_input_encoding_from_name(const char *name, cnkg_input_encoding *enc)
{
    static const struct {
        const char *name;
        cnkg_input_encoding enc;
    } names[] = {{"auto", CNKG_ENCODING_AUTO},      {"utf-8", CNKG_ENCODING_UTF8},
                 {"utf8", CNKG_ENCODING_UTF8},      {"gbk", CNKG_ENCODING_GBK},
                 {"cp936", CNKG_ENCODING_GBK},      {"gb2312", CNKG_ENCODING_GBK},
                 {"gb18030", CNKG_ENCODING_GB18030}};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        if (strcasecmp(name, names[i].name) == 0) {
            *enc = names[i].enc;
            return 0;
        }
    }
    return -1;
}
