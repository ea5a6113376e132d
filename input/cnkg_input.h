/*
 * cnkg_input.h - the documents cnkg reads: files, directories (their *.txt,
 * *.html and *.htm, recursively, in sorted order), standard input, and
 * JSON lines.
 *
 * A document is UTF-8 text with optional metadata. A text file is one
 * document (a page that the extractor may split into several articles),
 * or, larger than the text limit, a run of pieces (see cnkg_document); a
 * JSON lines file gives one document per line, its "text" field as is.
 *
 * Which is which is told by cnkg_document.line: 0 for a text file (a
 * page, whole or a piece of it), the line number for a JSON lines record. In JSON lines mode a
 * directory gives its *.jsonl and *.json files as records and its *.txt
 * files as pages; a file named on the command line is read in the mode
 * given. Text files may start with a byte order mark and use CRLF or CR
 * line ends; the document has neither.
 *
 * Text files are UTF-8 or GBK/GB18030, told apart by their bytes (or named
 * by cnkg_input_options.encoding) and converted to UTF-8; a file that is
 * neither, or is binary (a NUL byte, or mostly control characters), is
 * refused naming the byte offset of the first bad byte. A text file that is
 * an HTML page (by its .html/.htm name or by its first bytes) becomes the
 * text a reader sees: markup, scripts, styles, navigation and comments
 * dropped, entities decoded, one line per paragraph.
 *
 * An error from cnkg_input_next concerns one document only: calling it
 * again goes on with the next record or file, which is how a caller skips
 * bad input.
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
    const char *source;                  /* file name ("-" for stdin) */
    size_t line;                         /* 1-based line for JSON lines, 0 for a whole file */
    const char *text;                    /* UTF-8, NUL-terminated */
    size_t length;                       /* bytes */
    const char *id, *title, *date, *url; /* JSON lines fields, or NULL */
    /* A page file over the text limit (a file of many concatenated pages)
     * comes in pieces of about the limit's size, in order, each ending
     * where the next goes on: piece is set, and more unless it is the
     * last. The limit then applies to each article, not to the file. */
    int piece, more;
} cnkg_document;

typedef struct cnkg_input cnkg_input;

/* paths: files, directories or "-". Directories are expanded at open so
 * that errors about missing paths come first. */
int cnkg_input_open(cnkg_input **out, char *const *paths, size_t n_paths, cnkg_input_format format,
                    cnkg_error *err);
/* Fills doc with the next document; returns 1, 0 at the end, -1 on error
 * (err names the file and, for JSON lines, the line). doc stays valid until
 * the next call. */
int cnkg_input_next(cnkg_input *in, cnkg_document *doc, cnkg_error *err);
/* Total bytes of all inputs known at open (0 for stdin), and bytes read so
 * far, for progress reports. */
size_t cnkg_input_total_bytes(const cnkg_input *in);
size_t cnkg_input_bytes_read(const cnkg_input *in);
void cnkg_input_close(cnkg_input *in);

/* --- options ------------------------------------------------------------ */

typedef enum cnkg_input_encoding {
    CNKG_ENCODING_AUTO, /* UTF-8 when the bytes are valid UTF-8, else GB18030 */
    CNKG_ENCODING_UTF8,
    CNKG_ENCODING_GBK,
    CNKG_ENCODING_GB18030,
} cnkg_input_encoding;

/* The largest document text (an HTML page after decoding and stripping,
 * one JSON lines record's "text", an article of a page file) read by
 * default. Larger ones are refused with a message naming them, never
 * truncated; a plain text file over it comes in pieces. */
#define CNKG_INPUT_MAX_TEXT_DEFAULT ((size_t)4 << 20)

typedef struct cnkg_input_options {
    cnkg_input_format format;
    cnkg_input_encoding encoding; /* for text files; JSON is always UTF-8 */
    size_t max_text;              /* bytes; 0 for CNKG_INPUT_MAX_TEXT_DEFAULT */
    /* Nonzero: a path that cannot be opened is reported by cnkg_input_next
     * in its turn instead of failing the open, so the rest can be read. */
    int defer_errors;
} cnkg_input_options;

/* Parses "utf-8", "utf8", "gbk" (or "cp936", "gb2312"), "gb18030" or
 * "auto", in any case. */
int cnkg_input_encoding_from_name(const char *name, cnkg_input_encoding *enc);

/* cnkg_input_open with options; opts NULL means the defaults (text,
 * detected encoding, default limit). */
int cnkg_input_open_with(cnkg_input **out, char *const *paths, size_t n_paths,
                         const cnkg_input_options *opts, cnkg_error *err);

#endif
