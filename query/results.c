/* results.c - SELECT results in the W3C formats (CSV, TSV, JSON) and the
 * ASK answer in every format. The table format lives in table.c; this file
 * hands it formatted cells.
 *
 * Each row is formatted into one buffer and written with a single fwrite,
 * so a large result streams in constant memory (except as a table). */
#include "query_internal.h"
#include "cnkg_json.h"

#include <stdlib.h>
#include <string.h>

static const char *const format_names[] = {
    [CNKG_RESULTS_TABLE] = "table",
    [CNKG_RESULTS_CSV] = "csv",
    [CNKG_RESULTS_TSV] = "tsv",
    [CNKG_RESULTS_JSON] = "json",
};

int cnkg_results_format_from_name(const char *name, cnkg_results_format *out)
{
    for (size_t i = 0; i < sizeof format_names / sizeof format_names[0]; i++) {
        if (strcmp(name, format_names[i]) == 0) {
            *out = (cnkg_results_format)i;
            return 0;
        }
    }
    return -1;
}

struct cnkg_results_writer {
    cnkg_results_format format;
    FILE *out;
    const cnkg_prefixes *prefixes;
    char **vars;
    size_t n_vars;
    size_t n_rows;
    cnkg_table *table;
    cnkg_buf line;
};

cnkg_results_writer *cnkg_results_writer_new(cnkg_results_format format, FILE *out,
                                             const cnkg_prefixes *prefixes)
{
    cnkg_results_writer *w = cnkg_xcalloc(1, sizeof *w);
    w->format = format;
    w->out = out;
    w->prefixes = prefixes;
    return w;
}

void cnkg_results_writer_free(cnkg_results_writer *w)
{
    if (!w)
        return;
    for (size_t i = 0; i < w->n_vars; i++)
        free(w->vars[i]);
    free(w->vars);
    cnkg_table_free(w->table);
    cnkg_buf_free(&w->line);
    free(w);
}

static void flush_line(cnkg_results_writer *w)
{
    if (w->line.len)
        fwrite(w->line.data, 1, w->line.len, w->out);
    cnkg_buf_clear(&w->line);
}

/* --- CSV: plain values, RFC 4180 quoting, CRLF ------------------------ */

static void csv_field(cnkg_buf *b, const char *s)
{
    if (!strpbrk(s, "\",\r\n")) {
        cnkg_buf_puts(b, s);
        return;
    }
    cnkg_buf_putc(b, '"');
    for (; *s; s++) {
        if (*s == '"')
            cnkg_buf_putc(b, '"');
        cnkg_buf_putc(b, *s);
    }
    cnkg_buf_putc(b, '"');
}

static void csv_term(cnkg_buf *b, const cnkg_term *t)
{
    if (t->kind == CNKG_TERM_UNBOUND)
        return;
    if (t->kind == CNKG_TERM_BNODE)
        cnkg_buf_puts(b, "_:");
    csv_field(b, t->value);
}

/* --- JSON --------------------------------------------------------------- */

static void json_term(cnkg_buf *b, const char *var, const cnkg_term *t)
{
    static const char *const types[] = {
        [CNKG_TERM_IRI] = "uri", [CNKG_TERM_LITERAL] = "literal", [CNKG_TERM_BNODE] = "bnode"};
    cnkg_json_append_string(b, var);
    cnkg_buf_printf(b, ":{\"type\":\"%s\",\"value\":", types[t->kind]);
    cnkg_json_append_string(b, t->value);
    if (t->kind == CNKG_TERM_LITERAL && t->lang && *t->lang) {
        cnkg_buf_puts(b, ",\"xml:lang\":");
        cnkg_json_append_string(b, t->lang);
    } else if (t->kind == CNKG_TERM_LITERAL && t->datatype &&
               !cnkg_term_has_xsd_type(t, "string")) {
        cnkg_buf_puts(b, ",\"datatype\":");
        cnkg_json_append_string(b, t->datatype);
    }
    cnkg_buf_putc(b, '}');
}

/* --- table cells ------------------------------------------------------ */

static char *table_cell(const cnkg_results_writer *w, const cnkg_term *t)
{
    cnkg_buf b = {0};
    switch (t->kind) {
    case CNKG_TERM_UNBOUND:
        return NULL;
    case CNKG_TERM_IRI:
        cnkg_prefixes_compact(w->prefixes, t->value, &b);
        break;
    case CNKG_TERM_BNODE:
        cnkg_buf_printf(&b, "_:%s", t->value);
        break;
    case CNKG_TERM_LITERAL:
        cnkg_buf_puts(&b, t->value);
        break;
    }
    if (!b.data)
        return cnkg_xstrdup("");
    return cnkg_buf_detach(&b);
}

/* --- driving ------------------------------------------------------------ */

void cnkg_results_writer_begin(cnkg_results_writer *w, const char *const *vars, size_t n_vars)
{
    w->n_vars = n_vars;
    w->vars = cnkg_xcalloc(n_vars, sizeof *w->vars);
    for (size_t i = 0; i < n_vars; i++)
        w->vars[i] = cnkg_xstrdup(vars[i]);
    cnkg_buf *b = &w->line;
    switch (w->format) {
    case CNKG_RESULTS_TABLE:
        w->table = cnkg_table_new(vars, n_vars);
        return;
    case CNKG_RESULTS_CSV:
        for (size_t i = 0; i < n_vars; i++) {
            if (i)
                cnkg_buf_putc(b, ',');
            csv_field(b, vars[i]);
        }
        cnkg_buf_puts(b, "\r\n");
        break;
    case CNKG_RESULTS_TSV:
        for (size_t i = 0; i < n_vars; i++)
            cnkg_buf_printf(b, "%s?%s", i ? "\t" : "", vars[i]);
        cnkg_buf_putc(b, '\n');
        break;
    case CNKG_RESULTS_JSON:
        cnkg_buf_puts(b, "{\"head\":{\"vars\":[");
        for (size_t i = 0; i < n_vars; i++) {
            if (i)
                cnkg_buf_putc(b, ',');
            cnkg_json_append_string(b, vars[i]);
        }
        cnkg_buf_puts(b, "]},\n \"results\":{\"bindings\":[");
        break;
    }
    flush_line(w);
}

void cnkg_results_writer_row(cnkg_results_writer *w, const cnkg_term *terms)
{
    cnkg_buf *b = &w->line;
    switch (w->format) {
    case CNKG_RESULTS_TABLE: {
        char **cells = cnkg_xcalloc(w->n_vars, sizeof *cells);
        for (size_t i = 0; i < w->n_vars; i++)
            cells[i] = table_cell(w, &terms[i]);
        cnkg_table_add_row(w->table, cells);
        break;
    }
    case CNKG_RESULTS_CSV:
        for (size_t i = 0; i < w->n_vars; i++) {
            if (i)
                cnkg_buf_putc(b, ',');
            csv_term(b, &terms[i]);
        }
        cnkg_buf_puts(b, "\r\n");
        break;
    case CNKG_RESULTS_TSV:
        for (size_t i = 0; i < w->n_vars; i++) {
            if (i)
                cnkg_buf_putc(b, '\t');
            cnkg_term_append_turtle(&terms[i], b);
        }
        cnkg_buf_putc(b, '\n');
        break;
    case CNKG_RESULTS_JSON: {
        cnkg_buf_puts(b, w->n_rows ? ",\n  {" : "\n  {");
        int first = 1;
        for (size_t i = 0; i < w->n_vars; i++) {
            if (terms[i].kind == CNKG_TERM_UNBOUND)
                continue; /* the format leaves unbound variables out */
            if (!first)
                cnkg_buf_putc(b, ',');
            json_term(b, w->vars[i], &terms[i]);
            first = 0;
        }
        cnkg_buf_putc(b, '}');
        break;
    }
    }
    w->n_rows++;
    flush_line(w);
}

void cnkg_results_writer_end(cnkg_results_writer *w)
{
    if (w->format == CNKG_RESULTS_TABLE) {
        cnkg_table_print(w->table, w->out);
    } else if (w->format == CNKG_RESULTS_JSON) {
        fputs(w->n_rows ? "\n ]}}\n" : "]}}\n", w->out);
    }
}

/* CSV and TSV define no boolean form; this is the one Jena and others use,
 * a single column named _askResult. */
void cnkg_results_write_boolean(cnkg_results_format format, int value, FILE *out)
{
    const char *word = value ? "true" : "false";
    switch (format) {
    case CNKG_RESULTS_TABLE:
        fputs(value ? "yes\n" : "no\n", out);
        break;
    case CNKG_RESULTS_CSV:
        fprintf(out, "_askResult\r\n%s\r\n", word);
        break;
    case CNKG_RESULTS_TSV:
        fprintf(out, "?_askResult\n%s\n", word);
        break;
    case CNKG_RESULTS_JSON:
        fprintf(out, "{\"head\":{},\"boolean\":%s}\n", word);
        break;
    }
}
