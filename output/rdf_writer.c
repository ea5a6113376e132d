/* rdf_writer.c - the writer: a document in one syntax, articles added in
 * order. Turtle and RDF/XML go through raptor (rdf_raptor.c), whose
 * emitter drops duplicates over the whole document (raptor holds those
 * graphs in memory anyway). N-Triples and N-Quads stream: each article is
 * formatted into a chunk whose emitter drops the article's duplicates, and
 * the writer drops repeats of earlier articles' triples through a
 * fixed-size cache, so memory is bounded and the rare repeat that slips
 * through is merged by `sort -u`. */
#include <stdlib.h>
#include <string.h>

#include "cnkg_raptor.h"
#include "rdf_internal.h"

/* The cross-article cache: sets of four keys, the most recently seen
 * first, so a repeat is missed only when five other triples of its set
 * came after it (a direct-mapped cache of the same size missed one triple
 * in fifteen of an article written twice). */
#define RECENT_WAYS 4
#define RECENT_SETS (1u << 13)

struct cnkg_rdf_chunk {
    rdf_emitter em;
    rdf_lines lines;
};

struct cnkg_rdf_writer {
    cnkg_rdf_format format;
    FILE *fp;
    rdf_emitter em;        /* Turtle, RDF/XML: the document's emitter; else errors only */
    cnkg_rdf_chunk *chunk; /* streaming: add_article's chunk */
    cnkg_key *recent;      /* streaming: RECENT_SETS x RECENT_WAYS earlier triples */
    int agent_written;
};

int cnkg_rdf_format_from_name(const char *name, cnkg_rdf_format *out)
{
    static const struct {
        const char *name;
        cnkg_rdf_format format;
    } names[] = {
        {"turtle", CNKG_FORMAT_TURTLE},     {"ttl", CNKG_FORMAT_TURTLE},
        {"ntriples", CNKG_FORMAT_NTRIPLES}, {"nt", CNKG_FORMAT_NTRIPLES},
        {"nquads", CNKG_FORMAT_NQUADS},     {"nq", CNKG_FORMAT_NQUADS},
        {"rdfxml", CNKG_FORMAT_RDFXML},     {"xml", CNKG_FORMAT_RDFXML},
    };
    for (size_t i = 0; name && i < sizeof names / sizeof names[0]; i++) {
        if (strcmp(name, names[i].name) == 0) {
            *out = names[i].format;
            return 0;
        }
    }
    return -1;
}

/* The syntax the name says, as the readers see it (cnkg_raptor.h), when
 * cnkg writes that syntax. */
int cnkg_rdf_format_from_path(const char *path, cnkg_rdf_format *out)
{
    return cnkg_rdf_format_from_name(cnkg_raptor_syntax_of_path(path), out);
}

static int streaming(cnkg_rdf_format format)
{
    return format == CNKG_FORMAT_NTRIPLES || format == CNKG_FORMAT_NQUADS;
}

int cnkg_rdf_chunk_new(cnkg_rdf_chunk **out, cnkg_rdf_format format, cnkg_error *err)
{
    *out = NULL;
    if (!streaming(format))
        return cnkg_error_set(err, "only N-Triples and N-Quads are written in chunks");
    cnkg_rdf_chunk *c = cnkg_xcalloc(1, sizeof *c);
    rdf_emitter_init(&c->em, format);
    c->em.lines = &c->lines;
    *out = c;
    return 0;
}

int cnkg_rdf_provenance_from_name(const char *name, cnkg_rdf_provenance *out)
{
    static const char *const names[] = {"mentions", "sentences", "none"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (strcmp(name, names[i]) == 0) {
            *out = (cnkg_rdf_provenance)i;
            return 0;
        }
    }
    return -1;
}

void cnkg_rdf_chunk_set_provenance(cnkg_rdf_chunk *c, cnkg_rdf_provenance p)
{
    c->em.provenance = p;
}

void cnkg_rdf_writer_set_provenance(cnkg_rdf_writer *w, cnkg_rdf_provenance p)
{
    w->em.provenance = p;
    if (w->chunk)
        cnkg_rdf_chunk_set_provenance(w->chunk, p);
}

void cnkg_rdf_chunk_free(cnkg_rdf_chunk *c)
{
    if (!c)
        return;
    rdf_emitter_clear(&c->em);
    rdf_lines_free(&c->lines);
    free(c);
}

/* The article through an emitter; doing says in a message what failed. */
static int emit_article(rdf_emitter *e, const cnkg_article *a, const char *doing, cnkg_error *err)
{
    rdf_article_emit(e, a);
    e->graph = NULL;
    if (e->failed)
        return cnkg_error_set(err, "%s: cannot %s RDF: %s", a->source ? a->source : "article",
                              doing, e->message);
    return 0;
}

int cnkg_rdf_chunk_format(cnkg_rdf_chunk *c, const cnkg_article *a, cnkg_error *err)
{
    rdf_lines_clear(&c->lines);
    cnkg_keyset_clear(&c->em.seen); /* duplicates are the article's own */
    c->em.agent_written = 0;
    c->em.failed = 0;
    return emit_article(&c->em, a, "format", err);
}

static void writer_free(cnkg_rdf_writer *w)
{
    rdf_emitter_clear(&w->em);
    cnkg_rdf_chunk_free(w->chunk);
    free(w->recent);
    free(w);
}

int cnkg_rdf_writer_open(cnkg_rdf_writer **out, FILE *fp, cnkg_rdf_format format, cnkg_error *err)
{
    *out = NULL;
    if (format != CNKG_FORMAT_TURTLE && format != CNKG_FORMAT_RDFXML && !streaming(format))
        return cnkg_error_set(err, "unknown RDF format %d", (int)format);
    cnkg_rdf_writer *w = cnkg_xcalloc(1, sizeof *w);
    w->format = format;
    w->fp = fp;
    rdf_emitter_init(&w->em, format);
    if (streaming(format)) {
        if (cnkg_rdf_chunk_new(&w->chunk, format, err) != 0) {
            writer_free(w);
            return -1;
        }
        w->recent = cnkg_xcalloc((size_t)RECENT_SETS * RECENT_WAYS, sizeof *w->recent);
    } else if (!(w->em.raptor = rdf_raptor_open(fp, format, err))) {
        writer_free(w);
        return -1;
    }
    *out = w;
    return 0;
}

/* Whether the line is to be written: not the document's agent a second
 * time, not a triple the cache saw lately (and records it). */
static int line_wanted(cnkg_rdf_writer *w, const rdf_line *line)
{
    if (line->once) {
        if (w->agent_written)
            return 0;
        w->agent_written = 1;
    }
    cnkg_key *set = &w->recent[(line->key.lo % RECENT_SETS) * RECENT_WAYS];
    int way = 0;
    while (way < RECENT_WAYS - 1 && !(set[way].hi == line->key.hi && set[way].lo == line->key.lo))
        way++;
    int seen = set[way].hi == line->key.hi && set[way].lo == line->key.lo;
    memmove(set + 1, set, (size_t)way * sizeof *set); /* the oldest, or the key, drops out */
    set[0] = line->key;
    return !seen;
}

/* Writes the wanted lines, runs of them at once. */
static void write_lines(cnkg_rdf_writer *w, const rdf_lines *l)
{
    size_t run = 0, begin = 0; /* [run, begin) is wanted and not yet written */
    for (size_t i = 0; i < l->n; i++) {
        size_t end = l->line[i].end;
        if (!line_wanted(w, &l->line[i])) {
            fwrite(l->text.data + run, 1, begin - run, w->fp);
            run = end;
        }
        begin = end;
    }
    fwrite(l->text.data + run, 1, begin - run, w->fp);
    if (ferror(w->fp))
        rdf_emitter_fail(&w->em, "write error");
}

int cnkg_rdf_writer_add_chunk(cnkg_rdf_writer *w, const cnkg_rdf_chunk *c, cnkg_error *err)
{
    if (w->em.failed)
        return cnkg_error_set(err, "RDF output failed earlier: %s", w->em.message);
    if (!w->recent || c->em.format != w->format)
        return cnkg_error_set(err, "a chunk is written by a writer of its own format");
    write_lines(w, &c->lines);
    if (w->em.failed)
        return cnkg_error_set(err, "cannot write RDF: %s", w->em.message);
    return 0;
}

int cnkg_rdf_writer_add_article(cnkg_rdf_writer *w, const cnkg_article *a, cnkg_error *err)
{
    if (w->em.failed)
        return cnkg_error_set(err, "RDF output failed earlier: %s", w->em.message);
    if (w->chunk) {
        if (cnkg_rdf_chunk_format(w->chunk, a, err) != 0)
            return -1;
        return cnkg_rdf_writer_add_chunk(w, w->chunk, err);
    }
    return emit_article(&w->em, a, "write", err);
}

int cnkg_rdf_writer_close(cnkg_rdf_writer *w, cnkg_error *err)
{
    if (!w)
        return 0;
    if (w->em.raptor) {
        cnkg_error raptor_err;
        if (rdf_raptor_close(w->em.raptor, &raptor_err) != 0)
            rdf_emitter_fail(&w->em, "%s", raptor_err.message);
        w->em.raptor = NULL;
    }
    if (!w->em.failed && (fflush(w->fp) != 0 || ferror(w->fp)))
        rdf_emitter_fail(&w->em, "write error");
    int rc = 0;
    if (w->em.failed)
        rc = cnkg_error_set(err, "cannot write RDF: %s", w->em.message);
    writer_free(w);
    return rc;
}
