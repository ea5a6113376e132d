/*
 * input_internal.h - the pieces of the input library behind cnkg_input.h:
 * the directory walk, text decoding, a small JSON parser and the JSON lines
 * record reader. Not installed, not for other components.
 */
#ifndef CNKG_INPUT_INTERNAL_H
#define CNKG_INPUT_INTERNAL_H

#include <stddef.h>

#include "cnkg_common.h"
#include "cnkg_input.h"

/* --- files ------------------------------------------------------------ */

/* One file to read, after directories were expanded. */
typedef struct cnkg_input_file {
    char *path;
    char *error;              /* why the path could not be opened, when deferred; else NULL */
    cnkg_input_format format; /* a .txt in a walked directory is a page even in JSON lines mode */
    size_t size;              /* bytes at open, 0 for stdin */
} cnkg_input_file;

typedef struct cnkg_input_files {
    cnkg_input_file *items;
    size_t n, cap;
} cnkg_input_files;

/* Appends the files that path names: itself, or for a directory the
 * matching files beneath it in strcmp order of their full paths. */
int cnkg_input_files_add(cnkg_input_files *files, const char *path, cnkg_input_format format,
                         cnkg_error *err);
void cnkg_input_files_free(cnkg_input_files *files);
/* Appends path as a file that fails with message when its turn comes. */
void cnkg_input_files_add_error(cnkg_input_files *files, const char *path, const char *message);

/* --- text ------------------------------------------------------------- */

/* Turns the raw bytes of a text file into the text cnkg works on: UTF-8
 * without a byte order mark, lines ended by LF only. name is for messages. */
int cnkg_input_text_decode(const char *name, const char *raw, size_t len, cnkg_buf *out,
                           cnkg_error *err);
/* ... in the given encoding, or detected for CNKG_ENCODING_AUTO. Binary
 * input (NUL bytes, many control characters) is refused first. */
int cnkg_input_text_decode_as(const char *name, const char *raw, size_t len,
                              cnkg_input_encoding enc, cnkg_buf *out, cnkg_error *err);
/* A piece of a text file read in pieces: raw[0, len) from the file's byte
 * base on, in *enc (CNKG_ENCODING_AUTO: told from the first piece that is
 * not plain ASCII, then kept for the rest). Unless last, a character the
 * piece ends inside, or a CR that may start a CRLF, is left for the next
 * piece: *used says how many bytes were decoded. Errors name the file's
 * byte offset. */
int cnkg_input_text_decode_piece(const char *name, const char *raw, size_t len, size_t base,
                                 int last, cnkg_input_encoding *enc, cnkg_buf *out, size_t *used,
                                 cnkg_error *err);
/* CRLF and lone CR to LF, in place. */
void cnkg_input_newlines_normalise(cnkg_buf *b);

/* --- HTML ------------------------------------------------------------- */

/* Replaces out with the text of the HTML page html[0, len): markup,
 * scripts, styles, comments and page furniture (nav, header, footer,
 * aside) dropped, references decoded, one line per paragraph. */
void cnkg_input_html_strip(const char *html, size_t len, cnkg_buf *out);
/* Whether text starts like an HTML page, or path is named like one. */
int cnkg_input_html_sniff(const char *text, size_t len);
int cnkg_input_html_named(const char *path);

/* --- JSON lines ------------------------------------------------------- */

typedef struct cnkg_jsonl_record {
    char *text, *id, *title, *date, *url;
} cnkg_jsonl_record;

/* Reads one line (without its line end). Returns 1 with rec filled, 0 when
 * the line is blank, -1 with err naming name and line_no. */
int cnkg_jsonl_record_parse(cnkg_jsonl_record *rec, const char *line, size_t len, const char *name,
                            size_t line_no, cnkg_error *err);
void cnkg_jsonl_record_free(cnkg_jsonl_record *rec);

#endif
