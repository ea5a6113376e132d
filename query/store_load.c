/* store_load.c - `cnkg load`: input files are read with raptor and split
 * by named graph; the graphs then go where the store keeps them. A small
 * store writes one N-Quads file a graph (replacing a graph loaded before),
 * reading at most its limit of statements to know it stays small; once
 * the store would pass the memory limit, its graphs and the inputs are
 * streamed into its Virtuoso (store_stream.c). */
#include "cnkg_query.h"
#include "store_internal.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

typedef struct graph {
    char *name;
    cnkg_buf quads; /* N-Quads lines */
    size_t n;
} graph;

/* Graphs by name: open addressing over indexes into items. */
typedef struct graph_map {
    graph *items;
    size_t n, cap;
    size_t *slots; /* index + 1, 0 when free */
    size_t n_slots;
} graph_map;

static void map_grow(graph_map *m)
{
    size_t n_slots = m->n_slots ? m->n_slots * 2 : 256;
    size_t *slots = cnkg_xcalloc(n_slots, sizeof *slots);
    for (size_t i = 0; i < m->n; i++) {
        size_t h = cnkg_hash64(m->items[i].name, strlen(m->items[i].name), 0) & (n_slots - 1);
        while (slots[h])
            h = (h + 1) & (n_slots - 1);
        slots[h] = i + 1;
    }
    free(m->slots);
    m->slots = slots;
    m->n_slots = n_slots;
}

static graph *map_find(graph_map *m, const char *name, int add)
{
    if ((m->n + 1) * 2 > m->n_slots)
        map_grow(m);
    size_t h = cnkg_hash64(name, strlen(name), 0) & (m->n_slots - 1);
    for (; m->slots[h]; h = (h + 1) & (m->n_slots - 1))
        if (strcmp(m->items[m->slots[h] - 1].name, name) == 0)
            return &m->items[m->slots[h] - 1];
    if (!add)
        return NULL;
    if (m->n == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 64;
        m->items = cnkg_xrealloc(m->items, m->cap * sizeof *m->items);
    }
    graph *g = &m->items[m->n];
    memset(g, 0, sizeof *g);
    g->name = cnkg_xstrdup(name);
    m->slots[h] = ++m->n;
    return g;
}

static void map_free(graph_map *m)
{
    for (size_t i = 0; i < m->n; i++) {
        free(m->items[i].name);
        cnkg_buf_free(&m->items[i].quads);
    }
    free(m->items);
    free(m->slots);
}

/* --- reading the inputs -------------------------------------------------- */

typedef struct reading {
    graph_map *map;
    char bnode_prefix[64]; /* keeps blank nodes of different files apart */
    size_t n, limit;       /* statements read; past limit the reading stops */
    int stop;
} reading;

static void append_term(reading *r, cnkg_buf *b, raptor_term *t)
{
    cnkg_rdf_term_append(b, t, r->bnode_prefix);
}

static void on_statement(void *data, raptor_statement *st)
{
    reading *r = data;
    if (r->stop || (r->stop = ++r->n > r->limit))
        return;
    const char *name = CNKG_STORE_DEFAULT_GRAPH;
    if (st->graph && st->graph->type == RAPTOR_TERM_TYPE_URI)
        name = (const char *)raptor_uri_as_string(st->graph->value.uri);
    graph *g = map_find(r->map, name, 1);
    append_term(r, &g->quads, st->subject);
    cnkg_buf_putc(&g->quads, ' ');
    append_term(r, &g->quads, st->predicate);
    cnkg_buf_putc(&g->quads, ' ');
    append_term(r, &g->quads, st->object);
    cnkg_buf_printf(&g->quads, " <%s> .\n", name);
    g->n++;
}

/* Reads the inputs into map, unless they hold more than limit statements:
 * then *over is set, and map holds some of them. */
static int read_inputs(char *const *paths, size_t n_paths, graph_map *map, size_t limit, int *over,
                       cnkg_error *err)
{
    cnkg_raptor raptor;
    if (cnkg_raptor_open(&raptor, err) != 0)
        return -1;
    int rc = 0;
    unsigned long token = (unsigned long)time(NULL) ^ ((unsigned long)getpid() << 16);
    reading r = {map, {0}, 0, limit, 0};
    for (size_t i = 0; rc == 0 && !r.stop && i < n_paths; i++) {
        snprintf(r.bnode_prefix, sizeof r.bnode_prefix, "l%lxf%zu", token, i);
        rc = cnkg_file_check_graph(paths[i], err);
        if (rc == 0)
            rc = cnkg_raptor_parse_file(&raptor, paths[i], cnkg_raptor_syntax_of_path(paths[i]),
                                        on_statement, &r, &r.stop, err);
        rc = r.stop ? 0 : rc;
    }
    *over = r.stop;
    cnkg_raptor_close(&raptor);
    return rc;
}

/* --- into memory --------------------------------------------------------- */

static char *graph_file(const char *dir, const char *name)
{
    char hex[33];
    cnkg_hash_hex128(name, strlen(name), hex);
    cnkg_buf b = {0};
    cnkg_buf_printf(&b, "%s/graphs/%s.nq", dir, hex);
    return cnkg_buf_detach(&b);
}

static size_t count_lines(const char *path)
{
    FILE *fp = fopen(path, "rb");
    size_t n = 0;
    int c;
    while (fp && (c = getc(fp)) != EOF)
        n += c == '\n';
    if (fp)
        fclose(fp);
    return n;
}

/* The triples the store would hold in memory with map loaded. */
static size_t memory_total(const char *dir, graph_map *map)
{
    char **files;
    size_t n_files = cnkg_store_graph_files(dir, &files), total = 0;
    for (size_t i = 0; i < n_files; i++) {
        total += count_lines(files[i]);
        free(files[i]);
    }
    free(files);
    for (size_t i = 0; i < map->n; i++) {
        char *path = graph_file(dir, map->items[i].name);
        total += map->items[i].n;
        if (strcmp(map->items[i].name, CNKG_STORE_DEFAULT_GRAPH) != 0)
            total -= count_lines(path); /* replaced */
        free(path);
    }
    return total;
}

static int write_whole(const char *path, const cnkg_buf *b, cnkg_error *err)
{
    cnkg_buf name = {0};
    cnkg_buf_printf(&name, "%s.tmp", path);
    char *tmp = cnkg_buf_detach(&name);
    FILE *fp = fopen(tmp, "wb");
    int rc = fp && (b->len == 0 || fwrite(b->data, 1, b->len, fp) == b->len) ? 0 : -1;
    if (fp && fclose(fp) != 0)
        rc = -1;
    if (rc == 0 && rename(tmp, path) != 0)
        rc = -1;
    if (rc) {
        rc = cnkg_error_set(err, "cannot write %s: %s", path, strerror(errno));
        unlink(tmp);
    }
    free(tmp);
    return rc;
}

/* Appends the lines of text that seen does not hold yet. */
static void append_new_lines(cnkg_keyset *seen, const char *text, size_t len, cnkg_buf *out)
{
    for (const char *line = text, *end; line < text + len; line = end + 1) {
        end = memchr(line, '\n', (size_t)(text + len - line));
        if (!end)
            break;
        int added;
        cnkg_keyset_insert(seen, cnkg_key_of(line, (size_t)(end - line)), 0, &added);
        if (added)
            cnkg_buf_append(out, line, (size_t)(end - line + 1));
    }
}

/* The default graph is added to, never replaced: the lines it held, then
 * the new ones it did not hold. A file that cannot be read is an error,
 * not an empty graph: writing the new lines alone would lose the old. */
static int merge_default(const char *path, cnkg_buf *quads, cnkg_error *err)
{
    size_t len = 0;
    char *old = cnkg_file_read(path, &len, err);
    if (!old && errno != ENOENT)
        return -1;
    cnkg_keyset seen = {0};
    cnkg_buf merged = {0};
    cnkg_buf_puts(&merged, "");
    append_new_lines(&seen, old ? old : "", len, &merged);
    append_new_lines(&seen, quads->data ? quads->data : "", quads->len, &merged);
    cnkg_keyset_free(&seen);
    free(old);
    cnkg_buf_free(quads);
    *quads = merged;
    return 0;
}

static int load_memory(const char *dir, graph_map *map, cnkg_error *err)
{
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < map->n; i++) {
        char *path = graph_file(dir, map->items[i].name);
        if (strcmp(map->items[i].name, CNKG_STORE_DEFAULT_GRAPH) == 0)
            rc = merge_default(path, &map->items[i].quads, err);
        if (rc == 0)
            rc = write_whole(path, &map->items[i].quads, err);
        free(path);
    }
    return rc;
}

static void mark_virtuoso(const cnkg_store *s)
{
    char *mark = cnkg_path_join(s->vdir, CNKG_STORE_VIRTUOSO_MARK);
    FILE *fp = fopen(mark, "w");
    if (fp)
        fclose(fp);
    free(mark);
}

/* A store in memory stays there while it holds up to its limit of
 * triples; past it, or in Virtuoso already, the inputs are streamed into
 * Virtuoso (store_stream.c), which only reads as many statements as the
 * limit to decide. */
int cnkg_store_load(cnkg_store *s, char *const *paths, size_t n_paths, cnkg_error *err)
{
    graph_map map = {0};
    int virtuoso = cnkg_store_uses_virtuoso(s), from_memory = 0, over = 0, rc = 0;
    if (!virtuoso) {
        rc = read_inputs(paths, n_paths, &map, s->memory_limit, &over, err);
        /* a limit of 0 puts even an empty store in Virtuoso (the W3C
         * tests' --mode virtuoso) */
        if (rc == 0 &&
            (over || memory_total(s->dir, &map) > s->memory_limit || s->memory_limit == 0))
            virtuoso = from_memory = 1;
    }
    size_t n = 0;
    for (size_t i = 0; i < map.n; i++)
        n += map.items[i].n;
    if (rc == 0 && !virtuoso) {
        rc = load_memory(s->dir, &map, err);
        snprintf(s->engine, sizeof s->engine, "rasqal in memory (%s/graphs)", s->dir);
    }
    map_free(&map);
    if (rc == 0 && virtuoso) {
        rc = cnkg_store_open_virtuoso(s, err);
        if (rc == 0 && !s->virt.load_dir)
            rc = cnkg_virtuoso_load_dir(&s->virt, err);
        if (rc == 0)
            rc = cnkg_store_stream(s, paths, n_paths, from_memory, &n, err);
        if (rc == 0 && !s->remote)
            mark_virtuoso(s);
    }
    return rc;
}
