/* input.c - the document stream: a text file is read whole (it is a page,
 * and pages are small), JSON lines are read a line at a time so a corpus of
 * any size streams. */
#include "input_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct cnkg_input {
    cnkg_input_files files;
    size_t next_file; /* index of the next file to start */
    size_t total, done;

    /* The JSON lines file being read, or NULL between files. */
    FILE *fp;
    const cnkg_input_file *current;
    size_t line_no;
    char *line;
    size_t line_cap;

    /* What the last document points into. */
    cnkg_buf text;
    cnkg_jsonl_record rec;
};

static const char *display_name(const cnkg_input_file *f)
{
    return strcmp(f->path, "-") == 0 ? "<stdin>" : f->path;
}

int cnkg_input_open(cnkg_input **out, char *const *paths, size_t n_paths, cnkg_input_format format,
                    cnkg_error *err)
{
    cnkg_input *in = cnkg_xcalloc(1, sizeof *in);
    size_t n_stdin = 0;
    for (size_t i = 0; i < n_paths; i++) {
        if (strcmp(paths[i], "-") == 0 && ++n_stdin > 1) {
            cnkg_input_close(in);
            return cnkg_error_set(err, "standard input ('-') can be read only once");
        }
        if (cnkg_input_files_add(&in->files, paths[i], format, err) < 0) {
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

static int next_text(cnkg_input *in, const cnkg_input_file *f, cnkg_document *doc, cnkg_error *err)
{
    FILE *fp = open_file(f, err);
    if (!fp)
        return -1;
    cnkg_buf raw = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        cnkg_buf_append(&raw, chunk, n);
    int failed = ferror(fp);
    close_file(fp);
    int rc = failed ? read_error(f, err)
                    : cnkg_input_text_decode(display_name(f), raw.data ? raw.data : "", raw.len,
                                             &in->text, err);
    in->done += raw.len;
    cnkg_buf_free(&raw);
    if (rc < 0)
        return -1;
    *doc = (cnkg_document){.source = f->path, .text = in->text.data, .length = in->text.len};
    return 1;
}

/* The next record of the open JSON lines file: 1, 0 at its end, -1. */
static int next_record(cnkg_input *in, cnkg_document *doc, cnkg_error *err)
{
    const char *name = display_name(in->current);
    ssize_t n;
    errno = 0;
    while ((n = getline(&in->line, &in->line_cap, in->fp)) >= 0) {
        in->line_no++;
        in->done += (size_t)n;
        char *s = in->line;
        size_t len = (size_t)n;
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
    if (ferror(in->fp))
        return read_error(in->current, err);
    return 0;
}

int cnkg_input_next(cnkg_input *in, cnkg_document *doc, cnkg_error *err)
{
    cnkg_jsonl_record_free(&in->rec);
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
        if (f->format == CNKG_INPUT_TEXT)
            return next_text(in, f, doc, err);
        in->fp = open_file(f, err);
        if (!in->fp)
            return -1;
        in->current = f;
        in->line_no = 0;
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
    cnkg_input_files_free(&in->files);
    free(in->line);
    cnkg_buf_free(&in->text);
    cnkg_jsonl_record_free(&in->rec);
    free(in);
}
