/* rdf_sink.c - see rdf_sink.h for why the serializers' bytes are rewritten. */
#include "rdf_sink.h"

/* raptor hands over most of the output a byte at a time; the FILE is only
 * ever written by one thread at a time (the writer's owner), so the
 * per-call stdio lock is pure cost. */
#define PUTC(c, fp) putc_unlocked((c), (fp))
#define FERROR(fp) ferror_unlocked(fp)

static void put_turtle(rdf_sink *k, unsigned char c)
{
    if (c == '\r')
        fputs("\\r", k->fp);
    else if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F)
        fprintf(k->fp, "\\u%04X", c);
    else
        PUTC(c, k->fp);
}

static void put_byte(rdf_sink *k, unsigned char c)
{
    switch (k->mode) {
    case RDF_SINK_TURTLE:
        put_turtle(k, c);
        break;
    default:
        PUTC(c, k->fp);
    }
}

static int sink_write_byte(void *context, const int byte)
{
    rdf_sink *k = context;
    put_byte(k, (unsigned char)byte);
    return FERROR(k->fp) ? 1 : 0;
}

static int sink_write_bytes(void *context, const void *ptr, size_t size, size_t nmemb)
{
    rdf_sink *k = context;
    const unsigned char *p = ptr;
    if (k->mode == RDF_SINK_RAW) {
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
    rdf_sink *k = context;
    return FERROR(k->fp) ? 1 : 0;
}

static const raptor_iostream_handler sink_handler = {
    .version = 2, /* raptor counts writers as version 2 */
    .write_byte = sink_write_byte,
    .write_bytes = sink_write_bytes,
    .write_end = sink_write_end,
};

raptor_iostream *rdf_sink_iostream(raptor_world *world, rdf_sink *sink)
{
    return raptor_new_iostream_from_handler(world, sink, &sink_handler);
}
