/* input.c - the document stream: a text file is read whole when it is no
 * larger than the text limit (a page, the common case), else in pieces of
 * that size (a file of many concatenated pages, which the extractor splits
 * into articles piece by piece); JSON lines are read a line at a time. So
 * a corpus of any size streams, and memory stays bounded whatever the
 * input: an HTML file or a line too large for the limit is refused after
 * reading at most a few times the limit, never read whole. */
#include "input_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How much raw input may stand behind the text limit: HTML markup is
 * dropped, JSON escapes shrink, so the raw bytes may exceed the text. */
enum { RAW_PER_TEXT = 4 };

struct cnkg_input {
    cnkg_input_files files;
    cnkg_input_options opts;
    size_t next_file; /* index of the next file to start */
    size_t total, done;

    /* The JSON lines file being read, or NULL between files. */
    FILE *fp;
    const cnkg_input_file *current;
    size_t line_no;
    cnkg_buf line;
    char chunk[65536]; /* read ahead of line */
    size_t chunk_pos, chunk_len;

    /* The page file being read in pieces, or NULL. */
    FILE *page_fp;
    const cnkg_input_file *page_file;
    cnkg_buf pending;        /* bytes read and not yet decoded */
    size_t page_offset;      /* the file's byte offset of pending */
    cnkg_input_encoding enc; /* as told by the first pieces */

    /* What the last document points into. */
    cnkg_buf text, html;
    cnkg_jsonl_record rec;
};

static const char *display_name(const cnkg_input_file *f)
{
    return strcmp(f->path, "-") == 0 ? "<stdin>" : f->path;
}

int cnkg_input_open(cnkg_input **out, char *const *paths, size_t n_paths, cnkg_input_format format,
                    cnkg_error *err)
{
    cnkg_input_options opts = {.format = format};
    return cnkg_input_open_with(out, paths, n_paths, &opts, err);
}

int cnkg_input_open_with(cnkg_input **out, char *const *paths, size_t n_paths,
                         const cnkg_input_options *opts, cnkg_error *err)
{
    cnkg_input *in = cnkg_xcalloc(1, sizeof *in);
    if (opts)
        in->opts = *opts;
    if (!in->opts.max_text)
        in->opts.max_text = CNKG_INPUT_MAX_TEXT_DEFAULT;
    size_t n_stdin = 0;
    for (size_t i = 0; i < n_paths; i++) {
        if (strcmp(paths[i], "-") == 0 && ++n_stdin > 1) {
            cnkg_input_close(in);
            return cnkg_error_set(err, "standard input ('-') can be read only once");
        }
        cnkg_error why;
        if (cnkg_input_files_add(&in->files, paths[i], in->opts.format, &why) < 0) {
            if (in->opts.defer_errors) {
                cnkg_input_files_add_error(&in->files, paths[i], why.message);
                continue;
            }
            if (err)
                *err = why;
            cnkg_input_close(in);
            return -1;
        }
    }
    for (size_t i = 0; i < in->files.n; i++)
        in->total += in->files.items[i].size;
    *out = in;
    return 0;
}

static FILE *open_file(const cnkg_input_file *f, cnkg_error *err)
{
    if (strcmp(f->path, "-") == 0)
        return stdin;
    FILE *fp = fopen(f->path, "rb");
    if (!fp)
        cnkg_error_set(err, "cannot open '%s': %s", f->path, strerror(errno));
    return fp;
}

static void close_file(FILE *fp)
{
    if (fp && fp != stdin)
        fclose(fp);
}

static int read_error(const cnkg_input_file *f, cnkg_error *err)
{
    return cnkg_error_set(err, "cannot read '%s': %s", display_name(f), strerror(errno));
}

/* Reads fp whole into raw, or stops past limit bytes: returns 0, 1 when
 * the file is larger than limit, -1 on a read error. */
static int read_bounded(FILE *fp, size_t limit, cnkg_buf *raw)
{
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
        cnkg_buf_append(raw, chunk, n);
        if (raw->len > limit)
            return 1;
    }
    return ferror(fp) ? -1 : 0;
}

static int too_large(const char *name, size_t limit, cnkg_error *err)
{
    return cnkg_error_set(err,
                          "'%s' is too large: more than %zu bytes of text (the limit per "
                          "document; it is refused, not truncated)",
                          name, limit);
}

/* The text of a page: decoded, and stripped when it is HTML. Returns 0,
 * -1, or 1 when it is plain text over the limit, to be read in pieces. */
static int page_text(cnkg_input *in, const cnkg_input_file *f, const cnkg_buf *raw, cnkg_error *err)
{
    const char *name = display_name(f);
    if (cnkg_input_text_decode_as(name, raw->data ? raw->data : "", raw->len, in->opts.encoding,
                                  &in->text, err) < 0)
        return -1;
    int html = cnkg_input_html_named(f->path) || cnkg_input_html_sniff(in->text.data, in->text.len);
    if (html) {
        cnkg_input_html_strip(in->text.data, in->text.len, &in->html);
        cnkg_buf tmp = in->text;
        in->text = in->html;
        in->html = tmp;
    }
    if (in->text.len > in->opts.max_text)
        return html ? too_large(name, in->opts.max_text, err) : 1;
    return 0;
}

/* Whether a file whose first bytes are raw is an HTML page: HTML is read
 * whole, as a reader sees the page, so it is never read in pieces. */
static int is_html(const cnkg_input_file *f, const cnkg_buf *raw)
{
    size_t skip = raw->len >= 3 && memcmp(raw->data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    return cnkg_input_html_named(f->path) ||
           cnkg_input_html_sniff(raw->data + skip, raw->len - skip);
}

static void page_close(cnkg_input *in)
{
    close_file(in->page_fp);
    in->page_fp = NULL;
    cnkg_buf_clear(&in->pending);
}

/* The next piece of the page file being read in pieces: about the limit's
 * worth of bytes, decoded. */
static int next_piece(cnkg_input *in, cnkg_document *doc, cnkg_error *err)
{
    const cnkg_input_file *f = in->page_file;
    char chunk[65536];
    size_t n = 1;
    /* A few bytes over the limit, so that a piece always holds a whole
     * character however small the limit. */
    while (in->pending.len < in->opts.max_text + 8 &&
           (n = fread(chunk, 1, sizeof chunk, in->page_fp)) > 0)
        cnkg_buf_append(&in->pending, chunk, n);
    if (n == 0 && ferror(in->page_fp)) {
        page_close(in);
        return read_error(f, err);
    }
    int last = n == 0;
    size_t used;
    if (cnkg_input_text_decode_piece(display_name(f), in->pending.data ? in->pending.data : "",
                                     in->pending.len, in->page_offset, last, &in->enc, &in->text,
                                     &used, err) < 0) {
        page_close(in);
        return -1;
    }
    memmove(in->pending.data, in->pending.data + used, in->pending.len - used);
    in->pending.len -= used;
    in->page_offset += used;
    in->done += used;
    if (last)
        page_close(in);
    *doc = (cnkg_document){.source = f->path,
                           .text = in->text.data,
                           .length = in->text.len,
                           .piece = 1,
                           .more = !last};
    return 1;
}

/* Starts reading f in pieces, raw holding its first bytes. */
static int start_pieces(cnkg_input *in, const cnkg_input_file *f, FILE *fp, cnkg_buf *raw,
                        cnkg_document *doc, cnkg_error *err)
{
    in->page_fp = fp;
    in->page_file = f;
    cnkg_buf_clear(&in->pending);
    cnkg_buf_append(&in->pending, raw->data, raw->len);
    in->page_offset = 0;
    in->enc = in->opts.encoding;
    return next_piece(in, doc, err);
}

static int next_text(cnkg_input *in, const cnkg_input_file *f, cnkg_document *doc, cnkg_error *err)
{
    FILE *fp = open_file(f, err);
    if (!fp)
        return -1;
    cnkg_buf raw = {0};
    int state = read_bounded(fp, in->opts.max_text, &raw);
    if (state > 0 && !is_html(f, &raw)) {
        int rc = start_pieces(in, f, fp, &raw, doc, err);
        cnkg_buf_free(&raw);
        return rc;
    }
    if (state > 0) /* HTML: markup goes, so the page may be larger */
        state = read_bounded(fp, in->opts.max_text * RAW_PER_TEXT, &raw);
    close_file(fp);
    int rc = state < 0   ? read_error(f, err)
             : state > 0 ? too_large(display_name(f), in->opts.max_text, err)
                         : page_text(in, f, &raw, err);
    in->done += raw.len;
    cnkg_buf_free(&raw);
    if (rc < 0)
        return -1;
    /* Text over the limit in a file under it (GBK grows as UTF-8): one
     * piece, so that the limit applies per article. */
    *doc = (cnkg_document){
        .source = f->path, .text = in->text.data, .length = in->text.len, .piece = rc == 1};
    return 1;
}

/* Reads one line into in->line, without keeping more than limit bytes:
 * returns its length with the line end, 0 at the end of the file, -1 on a
 * read error, or -2 when the line was longer than limit (and was skipped
 * to its end). A NUL byte is kept, for the JSON parser to reject. */
static ssize_t read_line(cnkg_input *in, size_t limit)
{
    size_t total = 0;
    int over = 0;
    cnkg_buf_clear(&in->line);
    cnkg_buf_append(&in->line, "", 0);
    for (;;) {
        if (in->chunk_pos == in->chunk_len) {
            in->chunk_len = fread(in->chunk, 1, sizeof in->chunk, in->fp);
            in->chunk_pos = 0;
            if (in->chunk_len == 0)
                break;
        }
        const char *start = in->chunk + in->chunk_pos;
        size_t avail = in->chunk_len - in->chunk_pos;
        const char *nl = memchr(start, '\n', avail);
        size_t n = nl ? (size_t)(nl - start) + 1 : avail;
        in->chunk_pos += n;
        total += n;
        if (!over && in->line.len + n > limit) {
            over = 1;
            cnkg_buf_clear(&in->line);
        }
        if (!over)
            cnkg_buf_append(&in->line, start, n);
        if (nl)
            break;
    }
    if (ferror(in->fp))
        return -1;
    if (over)
        return -2;
    return (ssize_t)total;
}

/* The next record of the open JSON lines file: 1, 0 at its end, -1. */
static int next_record(cnkg_input *in, cnkg_document *doc, cnkg_error *err)
{
    const char *name = display_name(in->current);
    size_t limit = in->opts.max_text * RAW_PER_TEXT;
    ssize_t n;
    errno = 0;
    while ((n = read_line(in, limit)) != 0) {
        if (n == -1)
            break;
        in->line_no++;
        if (n == -2)
            return cnkg_error_set(err,
                                  "%s:%zu: line longer than %zu bytes (refused, not truncated)",
                                  name, in->line_no, limit);
        in->done += (size_t)n;
        char *s = in->line.data;
        size_t len = in->line.len;
        /* A byte order mark is a file property; editors add it to line 1. */
        if (in->line_no == 1 && len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
            s += 3, len -= 3;
        if (len > 0 && s[len - 1] == '\n')
            len--;
        if (len > 0 && s[len - 1] == '\r')
            len--;
        int rc = cnkg_jsonl_record_parse(&in->rec, s, len, name, in->line_no, err);
        if (rc < 0)
            return -1;
        if (rc == 0)
            continue;
        if (strlen(in->rec.text) > in->opts.max_text)
            return cnkg_error_set(err,
                                  "%s:%zu: \"text\" is %zu bytes, more than the limit of %zu "
                                  "(refused, not truncated)",
                                  name, in->line_no, strlen(in->rec.text), in->opts.max_text);
        *doc = (cnkg_document){
            .source = in->current->path,
            .line = in->line_no,
            .text = in->rec.text,
            .length = strlen(in->rec.text),
            .id = in->rec.id,
            .title = in->rec.title,
            .date = in->rec.date,
            .url = in->rec.url,
        };
        return 1;
    }
    if (ferror(in->fp)) {
        read_error(in->current, err);
        /* Nothing more can come from it: the next call goes on with the
         * next file. */
        close_file(in->fp);
        in->fp = NULL;
        return -1;
    }
    return 0;
}

int cnkg_input_next(cnkg_input *in, cnkg_document *doc, cnkg_error *err)
{
    cnkg_jsonl_record_free(&in->rec);
    if (in->page_fp)
        return next_piece(in, doc, err);
    for (;;) {
        if (in->fp) {
            int rc = next_record(in, doc, err);
            if (rc != 0)
                return rc;
            close_file(in->fp);
            in->fp = NULL;
        }
        if (in->next_file == in->files.n)
            return 0;
        const cnkg_input_file *f = &in->files.items[in->next_file++];
        if (f->error)
            return cnkg_error_set(err, "%s", f->error);
        if (f->format == CNKG_INPUT_TEXT)
            return next_text(in, f, doc, err);
        in->fp = open_file(f, err);
        if (!in->fp)
            return -1;
        in->current = f;
        in->line_no = 0;
        in->chunk_pos = in->chunk_len = 0;
    }
}

size_t cnkg_input_total_bytes(const cnkg_input *in)
{
    return in->total;
}

size_t cnkg_input_bytes_read(const cnkg_input *in)
{
    return in->done;
}

void cnkg_input_close(cnkg_input *in)
{
    if (!in)
        return;
    close_file(in->fp);
    close_file(in->page_fp);
    cnkg_buf_free(&in->pending);
    cnkg_input_files_free(&in->files);
    cnkg_buf_free(&in->line);
    cnkg_buf_free(&in->text);
    cnkg_buf_free(&in->html);
    cnkg_jsonl_record_free(&in->rec);
    free(in);
}
