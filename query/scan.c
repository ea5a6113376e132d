/* scan.c - just enough SPARQL lexing to find keywords: comments, IRIs and
 * strings are stepped over so that a '#' in an IRI or a keyword inside a
 * literal is not taken for what it is not. */
#include "query_internal.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Steps over a string literal (short or long form) starting at s. */
static const char *skip_string(const char *s)
{
    char q = *s;
    int triple = s[1] == q && s[2] == q;
    s += triple ? 3 : 1;
    while (*s) {
        if (*s == '\\' && s[1]) {
            s += 2;
        } else if (*s == q && (!triple || (s[1] == q && s[2] == q))) {
            return s + (triple ? 3 : 1);
        } else if (!triple && *s == '\n') {
            return s; /* unterminated: the parser will say so */
        } else {
            s++;
        }
    }
    return s;
}

const char *cnkg_sparql_skip(const char *s)
{
    if (*s == '#') {
        while (*s && *s != '\n')
            s++;
    } else if (*s == '<' && s[1] && !isspace((unsigned char)s[1]) && s[1] != '=') {
        /* an IRI, not the operators < and <= */
        const char *e = s + 1;
        while (*e && *e != '>' && !isspace((unsigned char)*e))
            e++;
        if (*e == '>')
            s = e + 1;
    } else if (*s == '"' || *s == '\'') {
        s = skip_string(s);
    }
    return s;
}

static int name_char(char c)
{
    return isalnum((unsigned char)c) || c == '_' || c == '-' || c == ':' || c == '?' || c == '$' ||
           (c & 0x80);
}

const char *cnkg_sparql_find_word(const char *text, const char *const *words, size_t n_words,
                                  size_t *which)
{
    const char *s = text;
    while (*s) {
        const char *e = cnkg_sparql_skip(s);
        if (e != s) {
            s = e;
            continue;
        }
        if (s == text || !name_char(s[-1])) {
            for (size_t i = 0; i < n_words; i++) {
                size_t len = strlen(words[i]);
                if (strncasecmp(s, words[i], len) == 0 && !name_char(s[len])) {
                    if (which)
                        *which = i;
                    return s;
                }
            }
        }
        s++;
    }
    return NULL;
}
