/* iri.c - deterministic IRIs. An IRI depends only on what the entity is
 * (class and canonical label, or official code), never on run order or
 * machine, so shards merge by set union. */
#include "cnkg_graph.h"

#include <stdio.h>
#include <string.h>

/* RFC 3987 lets non-ASCII characters stand in IRIs as they are; of ASCII,
 * only the unreserved set is kept and everything else is percent-encoded so
 * that no label can break out of <...> in any syntax. Spaces, controls and
 * the Unicode non-characters are encoded too. */
static int keep_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

static int keep_code_point(uint32_t cp)
{
    if (cp < 0x80)
        return keep_byte((unsigned char)cp);
    /* ucschar of RFC 3987 excludes the C1 controls, surrogates and
     * non-characters; private use is iprivate, valid only in queries. */
    if (cp < 0xA0 || (cp >= 0xD800 && cp <= 0xF8FF) || (cp >= 0xFDD0 && cp <= 0xFDEF))
        return 0;
    if ((cp & 0xFFFE) == 0xFFFE || cp == 0x3000) /* ideographic space reads as a blank */
        return 0;
    return 1;
}

void cnkg_iri_append_label(cnkg_buf *b, const char *label)
{
    size_t len = strlen(label), i = 0;
    while (i < len) {
        uint32_t cp;
        size_t used = cnkg_utf8_decode(label + i, len - i, &cp);
        if (used == 0)
            used = 1, cp = 0xFFFD + 1; /* invalid byte: encode it raw below */
        if (cp <= 0x10FFFF && keep_code_point(cp)) {
            cnkg_buf_append(b, label + i, used);
        } else {
            for (size_t k = 0; k < used; k++)
                cnkg_buf_printf(b, "%%%02X", (unsigned char)label[i + k]);
        }
        i += used;
    }
}

char *cnkg_iri_entity(const cnkg_names *names, const cnkg_entity *e)
{
    if (e->iri)
        return cnkg_xstrdup(e->iri);
    cnkg_buf b = {0};
    cnkg_buf_puts(&b, CNKG_ID_NS);
    cnkg_buf_puts(&b, cnkg_class_slug(names, e->cls));
    cnkg_buf_putc(&b, '/');
    /* a division with a code is named by it: labels repeat (朝阳区) */
    if (e->code && e->cls == CNKG_ADMINISTRATIVE_DIVISION)
        cnkg_iri_append_label(&b, e->code);
    else
        cnkg_iri_append_label(&b, e->label);
    return cnkg_buf_detach(&b);
}

char *cnkg_iri_article(const cnkg_article *a)
{
    char hex[33];
    cnkg_hash_hex128(a->text, strlen(a->text), hex);
    cnkg_buf b = {0};
    cnkg_buf_printf(&b, "%sarticle/%s", CNKG_ID_NS, hex);
    return cnkg_buf_detach(&b);
}
