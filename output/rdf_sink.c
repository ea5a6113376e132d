/* rdf_sink.c - see rdf_sink.h for why the serializers' bytes are rewritten. */
#include "rdf_sink.h"

#include <stdint.h>

#include "cnkg_common.h"

/* raptor hands over most of the output a byte at a time; the FILE is only
 * ever written by one thread at a time (the writer's owner), so the
 * per-call stdio lock is pure cost. */
#define PUTC(c, fp) putc_unlocked((c), (fp))
#define FERROR(fp) ferror_unlocked(fp)

static void put_turtle(cnkg_rdf_sink *k, unsigned char c)
{
    if (c == '\r')
        fputs("\\r", k->fp);
    else if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F)
        fprintf(k->fp, "\\u%04X", c);
    else
        PUTC(c, k->fp);
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/* The escape in pending is complete: write it as UTF-8 when it names a
 * printable non-ASCII code point, else as it came. */
static void flush_escape(cnkg_rdf_sink *k)
{
    uint32_t cp = 0;
    int ok = k->n_pending == 6 || k->n_pending == 10;
    for (size_t i = 2; ok && i < k->n_pending; i++) {
        int v = hex_value(k->pending[i]);
        ok = v >= 0;
        cp = cp << 4 | (uint32_t)(v < 0 ? 0 : v);
    }
    if (ok && cp >= 0xA0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
        char utf8[4];
        fwrite(utf8, 1, cnkg_utf8_encode(cp, utf8), k->fp);
    } else {
        fwrite(k->pending, 1, k->n_pending, k->fp);
    }
    k->n_pending = 0;
}

static void put_ntriples(cnkg_rdf_sink *k, unsigned char c)
{
    if (k->n_pending == 0) {
        if (c == '\\')
            k->pending[k->n_pending++] = (char)c;
        else
            PUTC(c, k->fp);
        return;
    }
    k->pending[k->n_pending++] = (char)c;
    if (k->n_pending == 2) {
        if (c != 'u' && c != 'U') { /* \\ \" \n ...: two bytes, done */
            fwrite(k->pending, 1, 2, k->fp);
            k->n_pending = 0;
        }
        return;
    }
    size_t want = k->pending[1] == 'u' ? 6 : 10;
    if (k->n_pending == want)
        flush_escape(k);
}

static void put_byte(cnkg_rdf_sink *k, unsigned char c)
{
    switch (k->mode) {
    case CNKG_SINK_TURTLE:
        put_turtle(k, c);
        break;
    case CNKG_SINK_NTRIPLES:
        put_ntriples(k, c);
        break;
    default:
        PUTC(c, k->fp);
    }
}

static int sink_write_byte(void *context, const int byte)
{
    cnkg_rdf_sink *k = context;
    put_byte(k, (unsigned char)byte);
    return FERROR(k->fp) ? 1 : 0;
}

static int sink_write_bytes(void *context, const void *ptr, size_t size, size_t nmemb)
{
    cnkg_rdf_sink *k = context;
    const unsigned char *p = ptr;
    if (k->mode == CNKG_SINK_RAW) {
        fwrite(p, size, nmemb, k->fp);
    } else {
        for (size_t i = 0; i < size * nmemb; i++)
            put_byte(k, p[i]);
    }
    /* raptor counts a short write as failure. */
    return FERROR(k->fp) ? 0 : (int)nmemb;
}

static int sink_write_end(void *context)
{
    cnkg_rdf_sink *k = context;
    if (k->n_pending) /* a cut escape cannot come from raptor; keep the bytes */
        fwrite(k->pending, 1, k->n_pending, k->fp);
    k->n_pending = 0;
    return FERROR(k->fp) ? 1 : 0;
}

static const raptor_iostream_handler sink_handler = {
    .version = 2, /* raptor counts writers as version 2 */
    .write_byte = sink_write_byte,
    .write_bytes = sink_write_bytes,
    .write_end = sink_write_end,
};

raptor_iostream *cnkg_rdf_sink_iostream(raptor_world *world, cnkg_rdf_sink *sink)
{
    return raptor_new_iostream_from_handler(world, sink, &sink_handler);
}
