/* json.c - JSON string literals, for every writer of JSON: SPARQL results
 * (query/) and the HTML view's data (render/). */
#include "cnkg_common.h"

void cnkg_json_append_string(cnkg_buf *out, const char *s)
{
    cnkg_buf_putc(out, '"');
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        switch (*c) {
        case '"':
            cnkg_buf_puts(out, "\\\"");
            break;
        case '\\':
            cnkg_buf_puts(out, "\\\\");
            break;
        case '\n':
            cnkg_buf_puts(out, "\\n");
            break;
        case '\r':
            cnkg_buf_puts(out, "\\r");
            break;
        case '\t':
            cnkg_buf_puts(out, "\\t");
            break;
        case '\b':
            cnkg_buf_puts(out, "\\b");
            break;
        case '\f':
            cnkg_buf_puts(out, "\\f");
            break;
        default:
            if (*c < 0x20)
                cnkg_buf_printf(out, "\\u%04x", *c);
            else
                cnkg_buf_putc(out, (char)*c);
        }
    }
    cnkg_buf_putc(out, '"');
}
