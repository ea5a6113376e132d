/* jsonl.c - one JSON lines record: "text" is required, "id", "title",
 * "date" and "url" are kept, every other field (a corpus's "label", say) is
 * ignored once it has parsed. */
#include "input_internal.h"

#include "cnkg_json.h"

#include <stdlib.h>
#include <string.h>

/* An optional string field; null counts as absent. A numeric id is kept as
 * written, as corpora number their records either way. */
static int take_field(const cnkg_json *obj, const char *key, int number_ok, char **out,
                      const char *name, size_t line_no, cnkg_error *err)
{
    const cnkg_json *m = cnkg_json_get(obj, key);
    if (!m || m->kind == CNKG_JSON_NULL)
        return 0;
    if (m->kind == CNKG_JSON_STRING || (number_ok && m->kind == CNKG_JSON_NUMBER)) {
        *out = cnkg_xstrdup(m->text);
        return 0;
    }
    return cnkg_error_set(err, "%s:%zu: \"%s\" must be a string%s", name, line_no, key,
                          number_ok ? " or a number" : "");
}

/* Where the line's first byte that is not white space is; len if none. */
static size_t first_byte(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        i++;
    return i;
}

int cnkg_jsonl_record_parse(cnkg_jsonl_record *rec, const char *line, size_t len, const char *name,
                            size_t line_no, cnkg_error *err)
{
    memset(rec, 0, sizeof *rec);
    size_t start = first_byte(line, len);
    if (start == len)
        return 0;
    if (line[start] != '{')
        return cnkg_error_set(err,
                              "%s:%zu: invalid JSON at column %zu: '{' expected: each line "
                              "must be a JSON object",
                              name, line_no, start + 1);
    cnkg_json obj;
    cnkg_error why;
    size_t where;
    if (cnkg_json_parse(line, len, &obj, &where, &why) < 0)
        return cnkg_error_set(err, "%s:%zu: invalid JSON at column %zu: %s", name, line_no,
                              where + 1, why.message);
    const cnkg_json *text = cnkg_json_get(&obj, "text");
    int rc = 0;
    if (!text)
        rc = cnkg_error_set(err, "%s:%zu: missing \"text\" field", name, line_no);
    else if (text->kind != CNKG_JSON_STRING)
        rc = cnkg_error_set(err, "%s:%zu: \"text\" must be a string", name, line_no);
    if (rc == 0) {
        rec->text = cnkg_xstrdup(text->text);
        if (take_field(&obj, "id", 1, &rec->id, name, line_no, err) < 0 ||
            take_field(&obj, "title", 0, &rec->title, name, line_no, err) < 0 ||
            take_field(&obj, "date", 0, &rec->date, name, line_no, err) < 0 ||
            take_field(&obj, "url", 0, &rec->url, name, line_no, err) < 0) {
            cnkg_jsonl_record_free(rec);
            rc = -1;
        }
    }
    cnkg_json_free(&obj);
    return rc < 0 ? -1 : 1;
}

void cnkg_jsonl_record_free(cnkg_jsonl_record *rec)
{
    free(rec->text);
    free(rec->id);
    free(rec->title);
    free(rec->date);
    free(rec->url);
    memset(rec, 0, sizeof *rec);
}
