/*
 * cnkg_input.h - the documents cnkg reads: files, directories (their *.txt,
 * recursively, in sorted order), standard input, and JSON lines.
 *
 * A document is UTF-8 text with optional metadata. A text file is one
 * document (a page that the extractor may split into several articles); a
 * JSON lines file gives one document per line, its "text" field as is.
 *
 * Which is which is told by cnkg_document.line: 0 for a whole text file (a
 * page), the line number for a JSON lines record. In JSON lines mode a
 * directory gives its *.jsonl and *.json files as records and its *.txt
 * files as pages; a file named on the command line is read in the mode
 * given. Text files may start with a byte order mark and use CRLF or CR
 * line ends; the document has neither. Input that is not UTF-8 is refused.
 */
#ifndef CNKG_INPUT_H
#define CNKG_INPUT_H

#include <stddef.h>

#include "cnkg_common.h"

typedef enum cnkg_input_format {
    CNKG_INPUT_TEXT,
    CNKG_INPUT_JSONL,
} cnkg_input_format;

typedef struct cnkg_document {
    const char *source; /* file name ("-" for stdin) */
    size_t line;        /* 1-based line for JSON lines, 0 for a whole file */
    const char *text;   /* UTF-8, NUL-terminated */
    size_t length;      /* bytes */
    const char *id, *title, *date, *url; /* JSON lines fields, or NULL */
} cnkg_document;

typedef struct cnkg_input cnkg_input;

/* paths: files, directories or "-". Directories are expanded at open so
 * that errors about missing paths come first. */
int cnkg_input_open(cnkg_input **out, char *const *paths, size_t n_paths,
                    cnkg_input_format format, cnkg_error *err);
/* Fills doc with the next document; returns 1, 0 at the end, -1 on error
 * (err names the file and, for JSON lines, the line). doc stays valid until
 * the next call. */
int cnkg_input_next(cnkg_input *in, cnkg_document *doc, cnkg_error *err);
/* Total bytes of all inputs known at open (0 for stdin), and bytes read so
 * far, for progress reports. */
size_t cnkg_input_total_bytes(const cnkg_input *in);
size_t cnkg_input_bytes_read(const cnkg_input *in);
void cnkg_input_close(cnkg_input *in);

#endif
