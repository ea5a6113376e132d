/* table.c - SELECT results as aligned columns for a terminal. Columns are
 * measured in display cells, not bytes or code points, so Chinese labels
 * (two cells a character) line up with ASCII ones. */
#include "query_internal.h"

#include <stdlib.h>
#include <string.h>

/* A cell wider than this is cut with an ellipsis: a sentence of source
 * text would otherwise push every other column off the screen. The other
 * formats always give the full value. */
#define CNKG_TABLE_MAX_WIDTH 60

struct cnkg_table {
    char **header;
    size_t n_cols;
    char ***rows;
    size_t n_rows, cap_rows;
};

typedef struct range {
    uint32_t lo, hi;
} range;

static const range wide[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x2E80, 0x303E},
    {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
    {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x1F300, 0x1F64F},
    {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

static const range zero[] = {
    {0x0300, 0x036F}, {0x200B, 0x200F}, {0x20D0, 0x20FF}, {0xFE00, 0xFE0F}, {0xFEFF, 0xFEFF},
};

static int in_ranges(uint32_t cp, const range *r, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (cp >= r[i].lo && cp <= r[i].hi)
            return 1;
    return 0;
}

static size_t cp_width(uint32_t cp)
{
    if (in_ranges(cp, zero, sizeof zero / sizeof zero[0]))
        return 0;
    return in_ranges(cp, wide, sizeof wide / sizeof wide[0]) ? 2 : 1;
}

/* The width of s, stopping before the code point that would pass limit;
 * *cut gets the byte offset where it stopped. */
static size_t measure(const char *s, size_t limit, size_t *cut)
{
    size_t len = strlen(s), i = 0, width = 0;
    while (i < len) {
        uint32_t cp;
        size_t used = cnkg_utf8_decode(s + i, len - i, &cp);
        size_t w = used ? cp_width(cp) : 1;
        if (width + w > limit)
            break;
        width += w;
        i += used ? used : 1;
    }
    if (cut)
        *cut = i;
    return width;
}

size_t cnkg_display_width(const char *s)
{
    return measure(s, (size_t)-1, NULL);
}

/* Control characters would break the grid: show them as escapes. Then cut
 * what is too wide. */
static char *display_text(const char *s)
{
    cnkg_buf b = {0};
    cnkg_buf_puts(&b, "");
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        if (*c == '\n')
            cnkg_buf_puts(&b, "\\n");
        else if (*c == '\t')
            cnkg_buf_puts(&b, "\\t");
        else if (*c < 0x20 || *c == 0x7F)
            cnkg_buf_printf(&b, "\\x%02X", *c);
        else
            cnkg_buf_putc(&b, (char)*c);
    }
    size_t cut;
    if (measure(b.data, CNKG_TABLE_MAX_WIDTH, &cut) < cnkg_display_width(b.data)) {
        measure(b.data, CNKG_TABLE_MAX_WIDTH - 1, &cut);
        b.len = cut;
        b.data[cut] = '\0';
        cnkg_buf_puts(&b, "\xE2\x80\xA6"); /* U+2026, one cell */
    }
    return cnkg_buf_detach(&b);
}

cnkg_table *cnkg_table_new(const char *const *vars, size_t n_vars)
{
    cnkg_table *t = cnkg_xcalloc(1, sizeof *t);
    t->n_cols = n_vars;
    t->header = cnkg_xcalloc(n_vars, sizeof *t->header);
    for (size_t i = 0; i < n_vars; i++)
        t->header[i] = display_text(vars[i]);
    return t;
}

void cnkg_table_add_row(cnkg_table *t, char **cells)
{
    for (size_t i = 0; i < t->n_cols; i++) {
        char *shown = display_text(cells[i] ? cells[i] : "");
        free(cells[i]);
        cells[i] = shown;
    }
    if (t->n_rows == t->cap_rows) {
        t->cap_rows = t->cap_rows ? t->cap_rows * 2 : 64;
        t->rows = cnkg_xrealloc(t->rows, t->cap_rows * sizeof *t->rows);
    }
    t->rows[t->n_rows++] = cells;
}

static void print_line(char *const *cells, const size_t *widths, size_t n, FILE *out)
{
    for (size_t i = 0; i < n; i++) {
        fputs(cells[i], out);
        if (i + 1 == n)
            break;
        for (size_t pad = cnkg_display_width(cells[i]); pad < widths[i] + 2; pad++)
            fputc(' ', out);
    }
    fputc('\n', out);
}

void cnkg_table_print(const cnkg_table *t, FILE *out)
{
    size_t *widths = cnkg_xcalloc(t->n_cols, sizeof *widths);
    for (size_t i = 0; i < t->n_cols; i++) {
        widths[i] = cnkg_display_width(t->header[i]);
        for (size_t r = 0; r < t->n_rows; r++) {
            size_t w = cnkg_display_width(t->rows[r][i]);
            if (w > widths[i])
                widths[i] = w;
        }
    }
    if (t->n_cols)
        print_line(t->header, widths, t->n_cols, out);
    for (size_t i = 0; i < t->n_cols; i++) {
        for (size_t k = 0; k < widths[i]; k++)
            fputc('-', out);
        fputs(i + 1 < t->n_cols ? "  " : "\n", out);
    }
    for (size_t r = 0; r < t->n_rows; r++)
        print_line(t->rows[r], widths, t->n_cols, out);
    fprintf(out, "(%zu row%s)\n", t->n_rows, t->n_rows == 1 ? "" : "s");
    free(widths);
}

void cnkg_table_free(cnkg_table *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->n_cols; i++)
        free(t->header[i]);
    free(t->header);
    for (size_t r = 0; r < t->n_rows; r++) {
        for (size_t i = 0; i < t->n_cols; i++)
            free(t->rows[r][i]);
        free(t->rows[r]);
    }
    free(t->rows);
    free(t);
}
