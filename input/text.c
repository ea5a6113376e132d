/* text.c - the bytes of a text file as the text cnkg reads. Offsets in
 * messages are byte offsets into the file as it is on disk, so a user can
 * find the spot with a hex viewer. */
#include "input_internal.h"

#include <string.h>

typedef enum text_encoding {
    TEXT_UTF8,
    /* GBK/GB18030 goes here: a detector that recognises it when the bytes
     * are not UTF-8, and a converter to UTF-8 in to_utf8(). */
} text_encoding;

/* Offset of the first byte that does not start a valid UTF-8 sequence, or
 * len when the whole text is valid. NUL counts as invalid: documents are C
 * strings. */
static size_t utf8_invalid_at(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x01 && c < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t n = c ? cnkg_utf8_decode(s + i, len - i, &cp) : 0;
        if (n == 0)
            return i;
        i += n;
    }
    return len;
}

static int detect(const char *name, const char *raw, size_t len, text_encoding *enc,
                  cnkg_error *err)
{
    size_t bad = utf8_invalid_at(raw, len);
    if (bad == len) {
        *enc = TEXT_UTF8;
        return 0;
    }
    if (raw[bad] == '\0')
        return cnkg_error_set(err, "'%s' is not a text file: NUL byte at byte offset %zu", name,
                              bad);
    return cnkg_error_set(err,
                          "'%s' is not valid UTF-8: invalid byte 0x%02X at byte offset %zu "
                          "(only UTF-8 input is supported)",
                          name, (unsigned char)raw[bad], bad);
}

/* Appends raw to out in UTF-8. Only UTF-8 is known today, so it is a copy
 * without the byte order mark. */
static void to_utf8(text_encoding enc, const char *raw, size_t len, cnkg_buf *out)
{
    (void)enc;
    if (len >= 3 && memcmp(raw, "\xEF\xBB\xBF", 3) == 0)
        raw += 3, len -= 3;
    cnkg_buf_append(out, raw, len);
}

/* CRLF and a lone CR both become LF, in place: pages exported on Windows
 * and old Mac tools must split into lines the same way. */
static void normalise_newlines(cnkg_buf *b)
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

int cnkg_input_text_decode(const char *name, const char *raw, size_t len, cnkg_buf *out,
                           cnkg_error *err)
{
    text_encoding enc;
    if (detect(name, raw, len, &enc, err) < 0)
        return -1;
    cnkg_buf_clear(out);
    cnkg_buf_append(out, "", 0);
    to_utf8(enc, raw, len, out);
    normalise_newlines(out);
    return 0;
}
