/* cmd_extract.c - `cnkg extract`: articles in, graph and diagram out. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "atomic_file.h"
#include "cnkg_extractor.h"
#include "cnkg_input.h"
#include "cnkg_output.h"
#include "cnkg_render.h"
#include "commands.h"
#include "parallel.h"

static const char usage[] =
    "usage: cnkg extract INPUT... [options]\n"
    "\n"
    "Reads news articles and writes their knowledge graph. INPUT is a file, a\n"
    "directory (its *.txt, *.html and *.htm files, recursively, in name order)\n"
    "or - for standard input. A text file is a page: cnkg splits it into\n"
    "articles at source lines (据《重庆日报》) and headlines, and rejoins lines\n"
    "the page broke. Text is UTF-8 (with or without a byte order mark) or\n"
    "GBK/GB18030, detected. A saved web page (*.html, *.htm, or a file that\n"
    "starts like one) is read as the text a reader sees: markup, scripts,\n"
    "styles, navigation, headers, footers and asides dropped, one line per\n"
    "paragraph; NIF offsets count in that text, which nif:isString holds.\n"
    "\n"
    "output:\n"
    "  -o, --output FILE        write the graph to FILE (default: Turtle on stdout)\n"
    "  -f, --format FORMAT      turtle, ntriples, nquads or rdfxml; default from the\n"
    "                           extension of FILE (.ttl .nt .nq .rdf), else turtle.\n"
    "                           N-Triples and N-Quads stream article by article in\n"
    "                           bounded memory; Turtle and RDF/XML hold the whole\n"
    "                           graph to group it, as do diagrams.\n"
    "      --svg FILE           draw the graph as SVG (Graphviz)\n"
    "      --png FILE           ... as PNG\n"
    "      --dot FILE           ... as Graphviz DOT source\n"
    "      --provenance LEVEL   how facts are traced to the text: mentions (the\n"
    "                           default: every name found, as a NIF phrase with\n"
    "                           code point offsets, and all that sentences keeps),\n"
    "                           sentences (each fact's statement, its sentence and\n"
    "                           the article's text: a third of the bytes) or none\n"
    "                           (entities, relations and article data: a tenth)\n"
    "\n"
    "input:\n"
    "  -i, --input-format FMT   text (default) or jsonl: one JSON object per line\n"
    "                           with a \"text\" field and optional \"id\", \"title\",\n"
    "                           \"date\", \"url\"; each line is one article, taken as is;\n"
    "                           a file named *.jsonl is read so without -i\n"
    "  -e, --encoding ENC       text files are utf-8, gbk or gb18030 (default: detected)\n"
    "  -k, --keep-going         on a bad input (missing, unreadable, binary, not\n"
    "                           UTF-8/GBK, too large, a malformed JSON line) go on\n"
    "                           with the rest, list the bad ones at the end, exit 2\n"
    "      --max-article-size N refuse an article with more than N bytes of text\n"
    "                           (suffix K or M; default 4M)\n"
    "      --max-entities N     refuse an article that names more than N distinct\n"
    "                           entities (default 10000)\n"
    "      --ontology DIR       ontology and lexicons (default: $CNKG_ONTOLOGY, else\n"
    "                           the one cnkg was built or installed with)\n"
    "      --model FILE         the statistical name labeller (default: $CNKG_MODEL,\n"
    "                           else the shipped models/cluener.model)\n"
    "      --pairs-model FILE   the pair classifier, which adds facts between two\n"
    "                           names of a sentence after the rules (default:\n"
    "                           $CNKG_PAIRS_MODEL, else the shipped models/pairs.model)\n"
    "      --entity-model FILE  the entity filter, which drops the names it believes\n"
    "                           false (default: $CNKG_ENTITY_MODEL, else the shipped\n"
    "                           models/entities.model)\n"
    "      --no-entity-model    no entity filter: every name found is kept (the\n"
    "                           labeller and the pair classifier still run)\n"
    "      --no-model           no learned part: rules and gazetteers only\n"
    "      --explain            show on stderr every name candidate, where it came\n"
    "                           from (term, rule, labeller) and whether it was kept\n"
    "  -j, --jobs N             extract on N threads (default 1; 0: one per core);\n"
    "                           the output is the same byte for byte\n"
    "  -q, --quiet              no progress on stderr\n"
    "  -v, --verbose            a line per article on stderr: where it came from,\n"
    "                           its headline, how many entities and facts\n"
    "  -h, --help               this help\n"
    "\n"
    "limits:\n"
    "  --max-article-size (default 4 MB) holds per article, not per file. A\n"
    "  text file larger than it (many concatenated pages) is read in pieces\n"
    "  of that size and split into articles as it is read, so a file of any\n"
    "  size streams in the memory of one piece and one article; an article\n"
    "  with more text is refused with a message naming the file and the line\n"
    "  it starts on, never truncated or split. An HTML page (its text after\n"
    "  markup stripping) and a JSON lines record are read whole and held to\n"
    "  the limit the same way; an HTML file or JSON line of more than 4 times\n"
    "  the limit is refused without being read whole. An article naming more\n"
    "  than --max-entities distinct entities (default 10000; a long news\n"
    "  article names a few hundred) is refused the same way, whole: with\n"
    "  --keep-going it is left out and listed, and the rest is written.\n"
    "\n"
    "exit status:\n"
    "  0 success; 1 an error, nothing written (-o and diagram files appear\n"
    "  whole or not at all); 2 a usage error, or with --keep-going some inputs\n"
    "  failed and the rest were written; 130, 143 interrupted by SIGINT or\n"
    "  SIGTERM, no file written. A full disk is an error (status 1).\n"
    "\n"
    "examples:\n"
    "  cnkg extract page.txt -o kg.ttl --svg kg.svg\n"
    "  cnkg extract archive/ -o archive.nq           # one named graph per article\n"
    "  cnkg extract -i jsonl dev.json -o dev.nt\n"
    "  cat page.txt | cnkg extract - | rapper -i turtle -c - https://w3id.org/cnkg/\n";

typedef struct extract_opts {
    const char *output, *format, *svg, *png, *dot, *ontology, *model, *pairs_model, *entity_model;
    int jsonl, no_model, no_entity_model, quiet, verbose, explain, keep_going;
    unsigned jobs;
    cnkg_input_encoding encoding;
    size_t max_text, max_entities;
    cnkg_rdf_provenance provenance;
} extract_opts;

#define MAX_ENTITIES_DEFAULT 10000

typedef struct run {
    cnkg_rdf_writer *writer;
    cnkg_diagram *diagram;
    cnkg_error err;
    size_t articles;
    int failed;
    cnkg_buf skipped; /* --keep-going: a line per bad input */
    size_t n_skipped;
    size_t max_entities;
    int keep_going, verbose;
    /* --keep-going: articles over --max-entities. Apart from skipped, which
     * the reading thread writes, because articles come in worker threads
     * (one at a time, in their turn). */
    cnkg_buf refused;
    size_t n_refused;
} run;

/* The summary of bad inputs and refused articles lists the first
 * SKIPPED_LISTED of each and counts the rest, so a corpus of broken lines
 * cannot grow it without bound. */
enum { SKIPPED_LISTED = 100 };

/* Whether the article is within --max-entities. When it is not, the run
 * fails, or under --keep-going the article is noted and left out. */
static int within_limits(run *r, const cnkg_article *a, int *refused)
{
    *refused = 0;
    if (a->n_entities <= r->max_entities)
        return 1;
    cnkg_error why;
    cnkg_error_set(&why,
                   "%s: an article%s%s%s names %zu distinct entities, more than --max-entities "
                   "%zu: raise the limit, or split the document",
                   a->source ? a->source : "<input>", a->title ? " (" : "",
                   a->title ? a->title : "", a->title ? ")" : "", a->n_entities, r->max_entities);
    if (!r->keep_going) {
        r->err = why;
        r->failed = 1;
        return 0;
    }
    if (r->n_refused++ < SKIPPED_LISTED)
        cnkg_buf_printf(&r->refused, "  %s\n", why.message);
    *refused = 1;
    return 0;
}

/* Writes an article: formatted already in chunk (--jobs N, N-Triples or
 * N-Quads), or by the writer when chunk is NULL. format_err, when not
 * NULL, is the error formatting it met, reported instead. */
static int write_article(run *r, const cnkg_article *a, const cnkg_rdf_chunk *chunk,
                         const cnkg_error *format_err)
{
    int refused;
    if (!within_limits(r, a, &refused))
        return refused ? 0 : -1;
    r->articles++;
    if (r->verbose) /* in the writer's turn, so in input order with any --jobs */
        fprintf(stderr, "cnkg extract: %s: %s: %zu entities, %zu facts\n", a->source,
                a->title ? a->title : "(no headline)", a->n_entities, a->n_facts);
    if (r->diagram)
        cnkg_render_diagram_add_article(r->diagram, a);
    int rc = -1;
    if (format_err)
        r->err = *format_err;
    else if (chunk)
        rc = cnkg_rdf_writer_add_chunk(r->writer, chunk, &r->err);
    else
        rc = cnkg_rdf_writer_add_article(r->writer, a, &r->err);
    if (rc != 0)
        r->failed = 1;
    return rc;
}

/* The summary of what --keep-going left out; 2 when anything was. */
static int report_left_out(const char *what, const char *how, size_t n, const cnkg_buf *listed)
{
    if (n == 0)
        return 0;
    fprintf(stderr, "cnkg extract: %zu %s%s %s:\n%s", n, what, n == 1 ? "" : "s", how,
            listed->data);
    if (n > SKIPPED_LISTED)
        fprintf(stderr, "  ... and %zu more\n", n - SKIPPED_LISTED);
    return 2;
}

static int on_article(const cnkg_article *a, void *ctx)
{
    return write_article(ctx, a, NULL, NULL);
}

static void copy_field(char **field, const char *value)
{
    if (value)
        cnkg_article_set(field, value);
}

/* A bad input under --keep-going: noted for the summary, then skipped. */
static void skip_input(run *r, const cnkg_error *why)
{
    if (r->n_skipped++ < SKIPPED_LISTED)
        cnkg_buf_printf(&r->skipped, "  %s\n", why->message);
}

/* A page file read in pieces: its articles, as the reader settles them. */
typedef struct piece_ctx {
    cnkg_extractor *x;
    run *r;
} piece_ctx;

static int on_page_article(cnkg_article *a, void *ctx)
{
    piece_ctx *c = ctx;
    cnkg_extractor_fill(c->x, a);
    int rc = on_article(a, c->r);
    cnkg_article_free(a);
    return rc;
}

/* An article over --max-article-size: an error, or a bad input under
 * --keep-going. */
static int on_refused(const cnkg_error *why, void *ctx)
{
    run *r = ((piece_ctx *)ctx)->r;
    if (!r->keep_going) {
        r->err = *why;
        r->failed = 1;
        return -1;
    }
    skip_input(r, why);
    return 0;
}

static int extract_document(cnkg_extractor *x, cnkg_page_reader *reader, const cnkg_document *doc,
                            run *r)
{
    if (doc->piece) {
        piece_ctx c = {x, r};
        return cnkg_page_reader_feed(reader, doc->source, doc->text, doc->length, !doc->more,
                                     on_page_article, on_refused, &c);
    }
    if (doc->line == 0)
        return cnkg_extractor_page(x, doc->text, doc->length, doc->source, on_article, r);
    /* A JSON line is named by its line, in messages. */
    cnkg_buf source = {0};
    cnkg_buf_printf(&source, "%s:%zu", doc->source, doc->line);
    cnkg_article *a = cnkg_extractor_article(x, doc->text, doc->length, source.data);
    cnkg_buf_free(&source);
    a->position = doc->line;
    copy_field(&a->id, doc->id);
    copy_field(&a->title, doc->title);
    copy_field(&a->date, doc->date);
    copy_field(&a->url, doc->url);
    int rc = on_article(a, r);
    cnkg_article_free(a);
    return rc;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void progress(const cnkg_input *in, size_t docs, const run *r, double start, int final)
{
    size_t done = cnkg_input_bytes_read(in), total = cnkg_input_total_bytes(in);
    double secs = now() - start, mb = done / 1e6;
    fprintf(stderr, "\rcnkg extract: %zu documents, %zu articles, %.1f MB, %.2f MB/s", docs,
            r->articles, mb, secs > 0 ? mb / secs : 0.0);
    if (total && !final && done) {
        double eta = secs * (double)(total - done) / (double)done;
        fprintf(stderr, ", %3.0f%%, ETA %.0fs", 100.0 * done / total, eta);
    }
    fputs(final ? "\n" : "   ", stderr);
}

static int write_diagram(cnkg_diagram *d, const char *path, const char *format, cnkg_error *err)
{
    if (!path)
        return 0;
    if (atomic_file_in_place(path)) /* /dev/null, a FIFO: never renamed over */
        return cnkg_render_diagram_write(d, path, format, err);
    /* Render beside the target and rename, so a failed layout leaves no
     * half-written picture. */
    size_t n = strlen(path) + 16;
    char *temp = cnkg_xmalloc(n);
    snprintf(temp, n, "%s.tmp.%ld", path, (long)getpid());
    atomic_file_track(temp);
    int rc = cnkg_render_diagram_write(d, temp, format, err);
    if (rc == 0 && rename(temp, path) != 0)
        rc = cnkg_error_set(err, "cannot write '%s'", path);
    if (rc != 0)
        unlink(temp);
    atomic_file_untrack(temp);
    free(temp);
    return rc;
}

/* "4M", "512K", "1000": a positive byte count. */
static int parse_size(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (end == s || errno || *s == '-')
        return -1;
    unsigned shift = 0;
    if (*end == 'K' || *end == 'k')
        shift = 10, end++;
    else if (*end == 'M' || *end == 'm')
        shift = 20, end++;
    if (*end || v == 0 || v > (SIZE_MAX >> 24) >> shift)
        return -1;
    *out = (size_t)v << shift;
    return 0;
}

static int parse_options(int argc, char **argv, extract_opts *o)
{
    static const struct option options[] = {{"output", required_argument, NULL, 'o'},
                                            {"format", required_argument, NULL, 'f'},
                                            {"svg", required_argument, NULL, 'S'},
                                            {"png", required_argument, NULL, 'P'},
                                            {"dot", required_argument, NULL, 'D'},
                                            {"input-format", required_argument, NULL, 'i'},
                                            {"ontology", required_argument, NULL, 'O'},
                                            {"model", required_argument, NULL, 'M'},
                                            {"no-model", no_argument, NULL, 'N'},
                                            {"pairs-model", required_argument, NULL, 'Q'},
                                            {"entity-model", required_argument, NULL, 'G'},
                                            {"no-entity-model", no_argument, NULL, 'g'},
                                            {"quiet", no_argument, NULL, 'q'},
                                            {"verbose", no_argument, NULL, 'v'},
                                            {"explain", no_argument, NULL, 'X'},
                                            {"help", no_argument, NULL, 'h'},
                                            {"encoding", required_argument, NULL, 'e'},
                                            {"keep-going", no_argument, NULL, 'k'},
                                            {"max-article-size", required_argument, NULL, 'L'},
                                            {"max-entities", required_argument, NULL, 'E'},
                                            {"jobs", required_argument, NULL, 'j'},
                                            {"provenance", required_argument, NULL, 'V'},
                                            {NULL, 0, NULL, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:f:i:e:j:kqvh", options, NULL)) != -1) {
        switch (c) {
        case 'o':
            o->output = optarg;
            break;
        case 'f':
            o->format = optarg;
            break;
        case 'S':
            o->svg = optarg;
            break;
        case 'P':
            o->png = optarg;
            break;
        case 'D':
            o->dot = optarg;
            break;
        case 'O':
            o->ontology = optarg;
            break;
        case 'M':
            o->model = optarg;
            break;
        case 'N':
            o->no_model = 1;
            break;
        case 'Q':
            o->pairs_model = optarg;
            break;
        case 'G':
            o->entity_model = optarg;
            break;
        case 'g':
            o->no_entity_model = 1;
            break;
        case 'q':
            o->quiet = 1;
            break;
        case 'v':
            o->verbose = 1;
            break;
        case 'k':
            o->keep_going = 1;
            break;
        case 'e':
            if (cnkg_input_encoding_from_name(optarg, &o->encoding) != 0) {
                fprintf(stderr, "cnkg extract: --encoding is utf-8, gbk or gb18030, not '%s'\n",
                        optarg);
                return 2;
            }
            break;
        case 'L':
            if (parse_size(optarg, &o->max_text) != 0) {
                fprintf(stderr,
                        "cnkg extract: --max-article-size takes a number of bytes, with an "
                        "optional K or M, not '%s'\n",
                        optarg);
                return 2;
            }
            break;
        case 'V':
            if (cnkg_rdf_provenance_from_name(optarg, &o->provenance) != 0) {
                fprintf(stderr,
                        "cnkg extract: --provenance is mentions, sentences or none, not '%s'\n",
                        optarg);
                return 2;
            }
            break;
        case 'E': {
            char *end;
            unsigned long long n = strtoull(optarg, &end, 10);
            if (end == optarg || *end || *optarg == '-' || n == 0 || n > SIZE_MAX / 2) {
                fprintf(stderr, "cnkg extract: --max-entities takes a positive number, not '%s'\n",
                        optarg);
                return 2;
            }
            o->max_entities = (size_t)n;
            break;
        }
        case 'j': {
            char *end;
            unsigned long n = strtoul(optarg, &end, 10);
            if (end == optarg || *end || *optarg == '-' || n > 1024) {
                fprintf(stderr,
                        "cnkg extract: --jobs takes a number of threads (0: one per "
                        "core), not '%s'\n",
                        optarg);
                return 2;
            }
            o->jobs = (unsigned)n;
            break;
        }
        case 'X':
            o->explain = 1;
            break;
        case 'i':
            if (strcmp(optarg, "jsonl") == 0)
                o->jsonl = 1;
            else if (strcmp(optarg, "text") != 0) {
                fprintf(stderr, "cnkg extract: --input-format is text or jsonl, not '%s'\n",
                        optarg);
                return 2;
            }
            break;
        case 'h':
            fputs(usage, stdout);
            return -1;
        default:
            fputs("Run 'cnkg extract --help' for the options.\n", stderr);
            return 2;
        }
    }
    if (optind >= argc) {
        fputs("cnkg extract: no INPUT given (a file, a directory, or - for stdin)\n"
              "Run 'cnkg extract --help' for the options.\n",
              stderr);
        return 2;
    }
    return 0;
}

/* The extension of a file name (".json"), or NULL when it has none. */
static const char *path_extension(const char *path)
{
    const char *slash = strrchr(path, '/'), *dot = strrchr(path, '.');
    if (!dot || dot == path || (slash && dot < slash) || (slash && dot == slash + 1))
        return NULL;
    return dot;
}

/* -o kg.json must not quietly write Turtle: a name without an extension
 * gets Turtle, an extension cnkg writes picks its syntax, any other is
 * refused unless --format says what to write. */
static int choose_format(const extract_opts *o, cnkg_rdf_format *fmt)
{
    *fmt = CNKG_FORMAT_TURTLE;
    if (o->format) {
        if (cnkg_rdf_format_from_name(o->format, fmt) != 0) {
            fprintf(stderr,
                    "cnkg extract: unknown --format '%s' (turtle, ntriples, nquads, rdfxml)\n",
                    o->format);
            return 2;
        }
    } else if (o->output && strcmp(o->output, "-") != 0 && path_extension(o->output) &&
               !atomic_file_in_place(o->output) && cnkg_rdf_format_from_path(o->output, fmt) != 0) {
        fprintf(stderr,
                "cnkg extract: -o %s: cnkg does not write '%s' files; name the output .ttl, .nt, "
                ".nq or .rdf, or give --format turtle|ntriples|nquads|rdfxml\n",
                o->output, path_extension(o->output));
        return 2;
    }
    return 0;
}

/* --svg x.png would write SVG into a file named PNG. */
static int check_diagram_path(const char *flag, const char *path, const char *const *exts)
{
    const char *ext = path ? path_extension(path) : NULL;
    if (!ext || atomic_file_in_place(path))
        return 0;
    for (size_t i = 0; exts[i]; i++)
        if (strcasecmp(ext, exts[i]) == 0)
            return 0;
    fprintf(stderr,
            "cnkg extract: %s %s: %s writes %s files, not '%s'; use --svg, --png or --dot by the "
            "picture's type\n",
            flag, path, flag, exts[0], ext);
    return 2;
}

static int check_diagram_paths(const extract_opts *o)
{
    static const char *const svg[] = {".svg", NULL}, *const png[] = {".png", NULL},
                             *const dot[] = {".dot", ".gv", NULL};
    return check_diagram_path("--svg", o->svg, svg) || check_diagram_path("--png", o->png, png) ||
                   check_diagram_path("--dot", o->dot, dot)
               ? 2
               : 0;
}

/* The RDF writer says only that a write failed: when the output stream
 * holds an error, say which file and why (a full disk, a size limit),
 * retrying the buffered bytes to learn errno. */
static void name_write_error(atomic_file *out, cnkg_error *err)
{
    if (!out->fp || !ferror(out->fp))
        return;
    errno = 0;
    fflush(out->fp);
    char why[sizeof err->message];
    snprintf(why, sizeof why, "%s", err->message);
    const char *name = out->target ? out->target : "standard output";
    if (errno)
        cnkg_error_set(err, "cannot write '%s': %s", name, strerror(errno));
    else
        cnkg_error_set(err, "cannot write '%s': %s", name, why);
}

typedef struct resources {
    cnkg_ontology *onto;
    cnkg_labeller *labeller;
    cnkg_pairs *pairs;
    cnkg_entities *entities; /* NULL: --no-entity-model or --no-model */
    cnkg_extractor *x;
    cnkg_page_reader *reader; /* page files over the limit, read in pieces */
    cnkg_input *in;
} resources;

static void resources_free(resources *res)
{
    cnkg_input_close(res->in);
    cnkg_page_reader_free(res->reader);
    cnkg_extractor_free(res->x);
    cnkg_labeller_free(res->labeller);
    cnkg_pairs_free(res->pairs);
    cnkg_entities_free(res->entities);
    cnkg_ontology_free(res->onto);
}

/* A model that cannot be read is an error, not a silent fallback: the
 * output would change without a word. The message says the way out. */
static void model_error_hint(cnkg_error *err, const char *option, const char *off,
                             const char *means)
{
    size_t len = strlen(err->message);
    snprintf(err->message + len, sizeof err->message - len, " (give %s FILE, or %s %s)", option,
             off, means);
}

/* The labeller, the pair classifier and the entity filter, each required
 * like the others unless turned off. */
static int models_open(resources *res, const extract_opts *o, cnkg_error *err)
{
    const char *model = o->model ? o->model : cnkg_data_path(CNKG_DATA_MODEL);
    if (cnkg_labeller_load(&res->labeller, model, err) != 0) {
        model_error_hint(err, "--model", "--no-model", "for rules alone");
        return -1;
    }
    const char *pairs = o->pairs_model ? o->pairs_model : cnkg_data_path(CNKG_DATA_PAIRS);
    if (cnkg_pairs_load(&res->pairs, pairs, res->onto, err) != 0) {
        model_error_hint(err, "--pairs-model", "--no-model", "for rules alone");
        return -1;
    }
    if (o->no_entity_model)
        return 0;
    const char *path = o->entity_model ? o->entity_model : cnkg_data_path(CNKG_DATA_ENTITIES);
    if (cnkg_entities_load(&res->entities, path, cnkg_ontology_names(res->onto), err) != 0) {
        model_error_hint(err, "--entity-model", "--no-entity-model", "to keep every name");
        return -1;
    }
    return 0;
}

static int resources_open(resources *res, const extract_opts *o, char **paths, size_t n,
                          cnkg_error *err)
{
    memset(res, 0, sizeof *res);
    cnkg_input_options in_opts = {
        .format = o->jsonl ? CNKG_INPUT_JSONL : CNKG_INPUT_TEXT,
        .encoding = o->encoding,
        .max_text = o->max_text,
        .defer_errors = o->keep_going,
    };
    if (cnkg_input_open_with(&res->in, paths, n, &in_opts, err))
        return -1;
    if (cnkg_ontology_load(&res->onto,
                           o->ontology ? o->ontology : cnkg_data_path(CNKG_DATA_ONTOLOGY), err))
        return -1;
    if (!o->no_model && models_open(res, o, err) != 0)
        return -1;
    if (cnkg_extractor_new(&res->x, res->onto, res->labeller, err) != 0)
        return -1;
    cnkg_extractor_set_pairs(res->x, res->pairs);
    cnkg_extractor_set_entities(res->x, res->entities);
    if (cnkg_page_reader_new(&res->reader, res->onto, o->max_text, err) != 0)
        return -1;
    if (o->explain)
        cnkg_extractor_set_trace(res->x, stderr);
    return 0;
}

static int process(resources *res, run *r, int keep_going, int show, cnkg_error *err)
{
    cnkg_document doc;
    size_t docs = 0;
    double start = now(), last = start;
    int rc;
    while ((rc = cnkg_input_next(res->in, &doc, err)) != 0) {
        if (rc < 0) {
            /* a page file that fails in a piece ends there */
            cnkg_page_reader_reset(res->reader);
            if (!keep_going)
                return -1;
            skip_input(r, err);
            continue;
        }
        docs += !doc.more;
        if (extract_document(res->x, res->reader, &doc, r) != 0) {
            *err = r->err;
            return -1;
        }
        if (show && now() - last > 0.5) {
            progress(res->in, docs, r, start, 0);
            last = now();
        }
    }
    if (show)
        progress(res->in, docs, r, start, 1);
    return 0;
}

/* --jobs N: the adapters between the parallel driver and this run. */
typedef struct par_ctx {
    run *r;
    const cnkg_input *in;
    double start;
    int show;
    cnkg_rdf_format format;
    cnkg_rdf_provenance provenance;
} par_ctx;

/* N-Triples and N-Quads: each worker formats its articles into chunks
 * before their turn, so the turn itself only copies bytes out; a batch of
 * records needs a chunk per article (slot). Turtle and RDF/XML have no
 * chunks: raptor takes articles in their turn. A formatting error waits in
 * its slot for the turn, where the run may be told without a lock. */
typedef struct par_slot {
    cnkg_rdf_chunk *chunk;
    cnkg_error err;
    int failed;
} par_slot;

typedef struct par_state {
    cnkg_rdf_format format;
    cnkg_rdf_provenance provenance;
    int lines; /* the format is written in chunks */
    par_slot *slots;
    size_t n;
} par_state;

static void *par_state_new(void *ctx)
{
    par_state *st = cnkg_xcalloc(1, sizeof *st);
    st->format = ((par_ctx *)ctx)->format;
    st->provenance = ((par_ctx *)ctx)->provenance;
    cnkg_rdf_chunk *probe = NULL;
    cnkg_error ignored;
    st->lines = cnkg_rdf_chunk_new(&probe, st->format, &ignored) == 0;
    cnkg_rdf_chunk_free(probe);
    return st;
}

static void par_state_free(void *state)
{
    par_state *st = state;
    for (size_t i = 0; i < st->n; i++)
        cnkg_rdf_chunk_free(st->slots[i].chunk);
    free(st->slots);
    free(st);
}

/* Slot i, made when first asked for; NULL for a format without chunks. */
static par_slot *par_slot_at(par_state *st, size_t i)
{
    if (!st->lines)
        return NULL;
    if (i >= st->n) {
        st->slots = cnkg_xrealloc(st->slots, (i + 1) * sizeof *st->slots);
        for (; st->n <= i; st->n++) {
            par_slot *s = &st->slots[st->n];
            memset(s, 0, sizeof *s);
            if (cnkg_rdf_chunk_new(&s->chunk, st->format, &s->err) == 0)
                cnkg_rdf_chunk_set_provenance(s->chunk, st->provenance);
        }
    }
    return &st->slots[i];
}

static int par_prepare(const cnkg_article *a, void *state, size_t slot, void *ctx)
{
    (void)ctx;
    par_slot *s = par_slot_at(state, slot);
    if (s)
        s->failed = cnkg_rdf_chunk_format(s->chunk, a, &s->err) != 0;
    return 0;
}

static int par_article(const cnkg_article *a, void *state, size_t slot, void *ctx)
{
    par_state *st = state;
    par_slot *s = slot < st->n ? &st->slots[slot] : NULL;
    return write_article(((par_ctx *)ctx)->r, a, s ? s->chunk : NULL,
                         s && s->failed ? &s->err : NULL);
}

static void par_skip(const cnkg_error *why, void *ctx)
{
    skip_input(((par_ctx *)ctx)->r, why);
}

static void par_progress(size_t docs, size_t articles, int final, void *ctx)
{
    par_ctx *c = ctx;
    run counts = {.articles = articles};
    if (c->show)
        progress(c->in, docs, &counts, c->start, final);
}

static int process_parallel(resources *res, run *r, const extract_opts *o, cnkg_rdf_format fmt,
                            int show, cnkg_error *err)
{
    par_ctx c = {r, res->in, now(), show, fmt, o->provenance};
    parallel_opts po = {.jobs = o->jobs,
                        .onto = res->onto,
                        .reader = res->reader,
                        .labeller = res->labeller,
                        .pairs = res->pairs,
                        .entities = res->entities,
                        .keep_going = o->keep_going,
                        .on_article = par_article,
                        .state_new = par_state_new,
                        .state_free = par_state_free,
                        .prepare = par_prepare,
                        .on_skip = par_skip,
                        .on_progress = par_progress,
                        .ctx = &c};
    if (parallel_extract(&po, res->in, err) != 0) {
        if (r->failed)
            *err = r->err;
        return -1;
    }
    return 0;
}

int cnkg_cmd_extract(int argc, char **argv)
{
    extract_opts o = {
        .max_text = CNKG_INPUT_MAX_TEXT_DEFAULT, .max_entities = MAX_ENTITIES_DEFAULT, .jobs = 1};
    int rc = parse_options(argc, argv, &o);
    if (rc)
        return rc < 0 ? 0 : rc;
    cnkg_rdf_format fmt;
    if ((rc = choose_format(&o, &fmt)) != 0 || (rc = check_diagram_paths(&o)) != 0)
        return rc;

    cnkg_error err = {{0}};
    resources res;
    atomic_file out = {0};
    run r = {.max_entities = o.max_entities, .keep_going = o.keep_going, .verbose = o.verbose};
    int status = 1;
    atomic_file_handle_signals();
    if (resources_open(&res, &o, argv + optind, (size_t)(argc - optind), &err) != 0)
        goto done;
    if (atomic_file_open(&out, o.output, &err) != 0)
        goto done;
    if (cnkg_rdf_writer_open(&r.writer, out.fp, fmt, &err) != 0)
        goto done;
    cnkg_rdf_writer_set_provenance(r.writer, o.provenance);
    if (o.svg || o.png || o.dot)
        r.diagram = cnkg_render_diagram_new(res.onto);
    int show = !o.quiet && isatty(STDERR_FILENO);
    if (o.explain) /* the trace is the first extractor's, read in order */
        o.jobs = 1;
    if (parallel_jobs(o.jobs) == 1 ? process(&res, &r, o.keep_going, show, &err)
                                   : process_parallel(&res, &r, &o, fmt, show, &err))
        goto done;
    cnkg_rdf_writer *w = r.writer;
    r.writer = NULL;
    if (cnkg_rdf_writer_close(w, &err) != 0 || atomic_file_commit(&out, &err) != 0)
        goto done;
    if (write_diagram(r.diagram, o.svg, "svg", &err) ||
        write_diagram(r.diagram, o.png, "png", &err) ||
        write_diagram(r.diagram, o.dot, "dot", &err))
        goto done;
    status = report_left_out("input", "skipped", r.n_skipped, &r.skipped) |
             report_left_out("article", "left out", r.n_refused, &r.refused);
done:
    if (status == 1) {
        name_write_error(&out, &err);
        fprintf(stderr, "cnkg extract: %s\n", err.message);
    }
    if (r.writer) {
        cnkg_error ignored;
        cnkg_rdf_writer_close(r.writer, &ignored);
    }
    if (out.fp)
        atomic_file_abort(&out);
    cnkg_render_diagram_free(r.diagram);
    cnkg_buf_free(&r.skipped);
    cnkg_buf_free(&r.refused);
    resources_free(&res);
    return status;
}
