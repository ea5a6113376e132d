/*
 * cnkg_common.h - the few things every cnkg library shares: error reporting,
 * UTF-8 code points, a growable string buffer, files, where the shipped
 * data are, a stable hash and sets of hash keys.
 *
 * Errors follow libgit2: a function that can fail returns 0 on success and -1
 * on failure, and fills the caller's cnkg_error with a message that names the
 * file and line when there is one. Nothing below the CLI prints.
 */
#ifndef CNKG_COMMON_H
#define CNKG_COMMON_H

#include <stddef.h>
#include <stdint.h>

typedef struct cnkg_error {
    char message[1024];
} cnkg_error;

/* Formats a message into err (when err is not NULL) and returns -1. */
int cnkg_error_set(cnkg_error *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Allocation that cannot fail: on exhaustion the process exits with a
 * message, as there is no sensible partial result to return. */
void *cnkg_xmalloc(size_t size);
void *cnkg_xcalloc(size_t count, size_t size);
/* Zeroed room starting on a multiple of align (a power of two), for
 * vectors; freed with free(). */
void *cnkg_xcalloc_aligned(size_t align, size_t count, size_t size);
void *cnkg_xrealloc(void *ptr, size_t size);
char *cnkg_xstrdup(const char *s);
char *cnkg_xstrndup(const char *s, size_t n);

/* --- UTF-8 ------------------------------------------------------------ */

/* Decodes one code point at s (at most len bytes). Returns the number of
 * bytes used, or 0 for an invalid or truncated sequence. */
size_t cnkg_utf8_decode_any(const char *s, size_t len, uint32_t *cp);

/* The same, inline for ASCII and for the three-byte forms that cannot be
 * overlong or surrogates (lead bytes E1-EC, EE, EF: all of CJK and the
 * fullwidth punctuation), which are nearly every character cnkg reads and
 * writes; anything else goes to cnkg_utf8_decode_any. */
static inline size_t cnkg_utf8_decode(const char *str, size_t len, uint32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    if (len >= 3 && s[0] >= 0xE1 && s[0] <= 0xEF && s[0] != 0xED && (s[1] & 0xC0) == 0x80 &&
        (s[2] & 0xC0) == 0x80) {
        *cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        return 3;
    }
    if (len >= 1 && s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    return cnkg_utf8_decode_any(str, len, cp);
}

/* Appends the UTF-8 encoding of cp to out (at least 4 bytes); returns its
 * length. */
size_t cnkg_utf8_encode(uint32_t cp, char *out);

/* Decodes a whole string into a freshly allocated array of code points.
 * Invalid bytes become U+FFFD so offsets stay defined. */
uint32_t *cnkg_utf8_to_cps(const char *s, size_t len, size_t *n_out);

/* Encodes cps[begin, end) as a freshly allocated UTF-8 string. */
char *cnkg_cps_to_utf8(const uint32_t *cps, size_t begin, size_t end);

/* Number of code points in a UTF-8 string. */
size_t cnkg_utf8_length(const char *s);

/* The value of a hexadecimal digit (either case), or -1: for the \\u
 * escapes of JSON and Turtle and HTTP's chunk sizes. */
int cnkg_hex_digit(char c);

/* --- string buffer ---------------------------------------------------- */

typedef struct cnkg_buf {
    char *data; /* always NUL-terminated once anything was appended */
    size_t len;
    size_t cap;
} cnkg_buf;

void cnkg_buf_append(cnkg_buf *b, const char *s, size_t n);
void cnkg_buf_puts(cnkg_buf *b, const char *s);
/* Room for extra more bytes and the terminator. */
void cnkg_buf_reserve(cnkg_buf *b, size_t extra);
/* Inline: formatters put single characters between every part they write. */
static inline void cnkg_buf_putc(cnkg_buf *b, char c)
{
    if (b->len + 2 > b->cap)
        cnkg_buf_reserve(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}
/* n in decimal, without a trip through printf. */
void cnkg_buf_put_size(cnkg_buf *b, size_t n);
void cnkg_buf_printf(cnkg_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The ways a string is escaped. A double-quoted string's two both name
 * " \\ \n \r \t; JSON also names \b and \f and writes the other controls as
 * \u00xx, N-Triples and Turtle write the other controls and DEL as \u00XX.
 * An IRI between < > (IRIREF) names nothing and writes controls, space,
 * <>"{}|^`\\ and DEL as \u00XX. */
typedef enum { CNKG_ESCAPE_JSON, CNKG_ESCAPE_NTRIPLES, CNKG_ESCAPE_IRI } cnkg_escape;
/* Appends s escaped so, without the quotes around it. */
void cnkg_buf_put_escaped(cnkg_buf *b, const char *s, cnkg_escape style);
/* The same for one byte (ASCII; a byte past it is appended as it is). */
void cnkg_buf_put_escaped_byte(cnkg_buf *b, unsigned char c, cnkg_escape style);
void cnkg_buf_clear(cnkg_buf *b);
void cnkg_buf_free(cnkg_buf *b);
/* Hands the contents to the caller and leaves b empty. */
char *cnkg_buf_detach(cnkg_buf *b);

/* --- files -------------------------------------------------------------- */

/* "dir/name", freshly allocated. */
char *cnkg_path_join(const char *dir, const char *name);

/* The whole file at path, NUL-terminated (an empty file gives ""), and its
 * length; or NULL with err set ("PATH: reason") and errno saying why, for
 * callers that take a missing file apart. */
char *cnkg_file_read(const char *path, size_t *len, cnkg_error *err);

/* 0 when path can be read as an RDF graph file; otherwise -1 with err
 * saying what it is instead and what to do: a missing file, a directory,
 * or an article (.txt, .html, .json, .jsonl) that `cnkg extract` turns
 * into a graph first. For query and render, which take graph files. */
int cnkg_file_check_graph(const char *path, cnkg_error *err);

/* --- shipped data -------------------------------------------------------- */

/* The data cnkg ships, each with the environment variable that overrides
 * where it is. */
typedef enum cnkg_data {
    CNKG_DATA_ONTOLOGY, /* $CNKG_ONTOLOGY: the ontology and lexicons (a directory) */
    CNKG_DATA_MODEL,    /* $CNKG_MODEL: the name labeller's model (a file) */
    CNKG_DATA_QUERIES,  /* $CNKG_QUERIES: the named queries NAME.rq (a directory) */
    CNKG_DATA_JENA,     /* $CNKG_JENA_DIR: cnkg-jena-msg.jar and cnkg-jena.jsa (a directory) */
    CNKG_DATA_PAIRS,    /* $CNKG_PAIRS_MODEL: the pair classifier's model (a file) */
    CNKG_DATA_ENTITIES, /* $CNKG_ENTITY_MODEL: the entity filter's model (a file) */
} cnkg_data;

/* Where cnkg reads that data by default: the variable when set, else the
 * build's own copy when it exists (a build that was not installed: the
 * source tree's, the build tree's for Jena's), else the installed one
 * under share/cnkg. */
const char *cnkg_data_path(cnkg_data what);

/* --- hashing ------------------------------------------------------------ */

/* 64-bit FNV-1a: stable across machines and runs, which is what makes IRIs
 * built from it deterministic. Not cryptographic. */
uint64_t cnkg_hash64(const void *data, size_t len, uint64_t seed);
/* The same hash fed in parts: cnkg_hash64_end(cnkg_hash64_add(
 * cnkg_hash64_begin(seed), data, len)) == cnkg_hash64(data, len, seed),
 * and adding a then b equals adding a and b joined. */
static inline uint64_t cnkg_hash64_begin(uint64_t seed)
{
    return 0xcbf29ce484222325ULL ^ seed;
}
static inline uint64_t cnkg_hash64_add(uint64_t h, const void *data, size_t len)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}
uint64_t cnkg_hash64_end(uint64_t h);

/* 32 hex digits from two independent 64-bit hashes of the data. */
void cnkg_hash_hex128(const void *data, size_t len, char out[33]);

/* --- key sets ------------------------------------------------------------ */

/* A set of 128-bit hash keys mapping to an index: the RDF writer keeps
 * triple hashes in one to drop duplicates; the renderer maps IRIs and edges
 * to their slots. Keys are two independent 64-bit hashes, so two different
 * inputs collide with negligible probability and no input needs to be
 * kept. */
typedef struct cnkg_key {
    uint64_t hi, lo;
} cnkg_key;

typedef struct cnkg_keyset {
    cnkg_key *keys;
    size_t *values;
    size_t len, cap; /* cap is zero or a power of two */
} cnkg_keyset;

cnkg_key cnkg_key_of(const void *data, size_t len);

/* Looks key up, adding it with value when absent. Returns a pointer to the
 * stored value; *added tells whether it was new. The pointer is valid until
 * the next insertion. */
size_t *cnkg_keyset_insert(cnkg_keyset *s, cnkg_key key, size_t value, int *added);
/* The value stored for key, or NULL when the set does not hold it. */
const size_t *cnkg_keyset_find(const cnkg_keyset *s, cnkg_key key);
/* Empties the set, keeping memory for about as many keys as it held. */
void cnkg_keyset_clear(cnkg_keyset *s);
void cnkg_keyset_free(cnkg_keyset *s);

#endif
