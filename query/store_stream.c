/* store_stream.c - a load into the store's Virtuoso, streamed: the input
 * is read statement by statement and written, in chunks of whole graphs,
 * as N-Quads files into the server's load directory, each bulk-loaded
 * (ld_dir + rdf_loader_run) in isql while the next one is written. cnkg
 * holds one statement at a time, whatever the size of the input. N-Quads
 * and N-Triples are read line by line: lines in the form cnkg writes go
 * on as they are (nquads_line.c), others through raptor, which took as
 * much CPU as the server's own loading.
 *
 * Loading a graph again replaces it: the graphs the store held before the
 * load are cleared in the SQL of the chunk where the load first meets
 * them. The union graph, every triple once (store_internal.h), is filled
 * at the end in one pass over the store.
 *
 * A load that is killed and run again resumes: chunks are named after the
 * load (its inputs, their sizes and times), cut at the same places, and
 * the bulk loader's DB.DBA.load_list says which were loaded; those are
 * read again only to know their graphs. A graph the killed load cleared
 * made the union graph stale, which a file in the load directory
 * remembers until a load has made it again. */
#include "cnkg_query.h"
#include "store_internal.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Quads a chunk: the first is small, so that the server starts loading
 * soon after cnkg starts reading; each next one twice as large, up to the
 * largest, because every chunk costs an isql and a loader's start-up. */
#define CNKG_STORE_CHUNK_FIRST 25000
#define CNKG_STORE_CHUNK 800000
#define UNION_STALE "cnkg-union-stale"

enum { /* what the load knows of a graph */
       GRAPH_IN_STORE = 1,
       GRAPH_IN_MEMORY = 2, /* among the store's graphs in memory, moving to Virtuoso */
       GRAPH_MET = 4        /* met in the load's inputs */
};

typedef struct stream {
    cnkg_store *s;
    cnkg_error *err;
    int rc, stop;
    char prefix[64];    /* of the load's chunk files: "cnkg-load-KEY-" */
    char *done;         /* the chunks loaded before, "\nNAME\nNAME\n" */
    cnkg_keyset graphs; /* GRAPH_... flags by name */
    size_t chunk_quads; /* when to cut */
    size_t chunk_max;
    int memory; /* reading the store's graphs in memory */
    int union_stale;
    int union_per_chunk; /* the store is larger than the load */
    char bnode_prefix[64];
    cnkg_buf last; /* the graph of the last statement */
    cnkg_buf line;
    cnkg_buf spo; /* a statement raptor read, in N-Triples */
    /* the chunk being written */
    size_t chunk;
    int open, skip;
    FILE *fp;
    cnkg_buf path;
    size_t quads;
    char **clear;
    size_t n_clear;
    char **met; /* graphs met in it, for the union graph when union_per_chunk */
    size_t n_met;
    cnkg_keyset met_set; /* the same, to name each once (inputs may interleave graphs) */
    /* the chunk loading */
    cnkg_virtuoso_job job;
    int loading;
    int started; /* a chunk has gone to the server */
    char *loading_path;
    unsigned long loading_seq;
    size_t total;
    size_t resumed; /* chunks loaded before */
    /* the store's copy for Jena ARQ (store_jena.c): where chunks and the
     * names of the graphs the load replaces wait, once Virtuoso has them,
     * numbered in the order they went to Virtuoso */
    char *jena_pending;
    unsigned long jena_seq;
} stream;

static int fail(stream *st, int rc)
{
    if (rc) {
        st->rc = -1;
        st->stop = 1;
    }
    return rc;
}

/* A chunk Virtuoso has loaded waits for the Jena copy, when the store
 * keeps one. */
static void keep_for_jena(stream *st, const char *path, unsigned long seq)
{
    if (st->jena_pending) {
        char *to = cnkg_store_jena_chunk_path(st->jena_pending, seq, path);
        if (rename(path, to) != 0)
            unlink(path);
        free(to);
    } else {
        unlink(path);
    }
}

/* Waits for the chunk loading, if one is. */
static int finish_loading(stream *st)
{
    if (!st->loading)
        return 0;
    cnkg_error ignored = {{0}};
    int rc = cnkg_virtuoso_load_finish(&st->job, st->rc ? &ignored : st->err);
    st->loading = 0;
    keep_for_jena(st, st->loading_path, st->loading_seq);
    free(st->loading_path);
    st->loading_path = NULL;
    return fail(st, rc);
}

static void chunk_begin(stream *st)
{
    cnkg_buf name = {0};
    cnkg_buf_printf(&name, "\n%s%06zu.nq\n", st->prefix, st->chunk);
    st->skip = st->done && strstr(st->done, name.data) != NULL;
    cnkg_buf_clear(&st->path);
    cnkg_buf_printf(&st->path, "%s/%s%06zu.nq", st->s->virt.load_dir, st->prefix, st->chunk);
    cnkg_buf_free(&name);
    st->open = 1;
    st->quads = 0;
    if (st->skip) {
        st->resumed++;
        if (access(st->path.data, F_OK) == 0) /* left by the load that was killed */
            keep_for_jena(st, st->path.data, st->jena_seq++);
        return;
    }
    cnkg_buf tmp = {0};
    cnkg_buf_printf(&tmp, "%s.tmp", st->path.data);
    st->fp = fopen(tmp.data, "wb");
    if (!st->fp)
        fail(st, cnkg_error_set(st->err, "cannot write %s: %s", tmp.data, strerror(errno)));
    cnkg_buf_free(&tmp);
}

static int write_union_stale(const char *load_dir, cnkg_error *err)
{
    char *flag = cnkg_path_join(load_dir, UNION_STALE);
    FILE *fp = fopen(flag, "w");
    int rc = fp && fclose(fp) == 0
                 ? 0
                 : cnkg_error_set(err, "cannot write %s: %s", flag, strerror(errno));
    free(flag);
    return rc;
}

/* The chunk is complete: it loads while the next is written, once the
 * one before has loaded (its clears must not overtake that one's load). */
static void chunk_end(stream *st)
{
    if (!st->open)
        return;
    st->open = 0;
    int written = 0;
    if (st->fp) {
        cnkg_buf tmp = {0};
        cnkg_buf_printf(&tmp, "%s.tmp", st->path.data);
        written = fclose(st->fp) == 0 && rename(tmp.data, st->path.data) == 0;
        if (!written)
            fail(st,
                 cnkg_error_set(st->err, "cannot write %s: %s", st->path.data, strerror(errno)));
        unlink(tmp.data);
        cnkg_buf_free(&tmp);
        st->fp = NULL;
    }
    finish_loading(st);
    /* the graphs it replaces leave the Jena copy just before it: noted
     * before Virtuoso clears them (a chunk loaded before a kill has its
     * note from that load) */
    unsigned long seq = st->jena_seq;
    if (written && st->jena_pending && st->rc == 0) {
        st->jena_seq++;
        fail(st, cnkg_store_jena_drop(st->jena_pending, seq, st->clear, st->n_clear, st->err));
    }
    if (st->n_clear && !st->union_stale && st->rc == 0)
        st->union_stale = fail(st, write_union_stale(st->s->virt.load_dir, st->err)) == 0;
    if (written && st->rc == 0 &&
        fail(st,
             cnkg_virtuoso_load_start(&st->s->virt, st->path.data, st->clear, st->n_clear, st->met,
                                      st->union_stale ? 0 : st->n_met, &st->job, st->err)) == 0) {
        st->loading = 1;
        st->started = 1;
        st->loading_path = cnkg_xstrdup(st->path.data);
        st->loading_seq = seq;
    } else if (written) {
        unlink(st->path.data);
    }
    for (size_t i = 0; i < st->n_clear; i++)
        free(st->clear[i]);
    free(st->clear);
    st->clear = NULL;
    st->n_clear = 0;
    for (size_t i = 0; i < st->n_met; i++)
        free(st->met[i]);
    free(st->met);
    st->met = NULL;
    st->n_met = 0;
    cnkg_keyset_clear(&st->met_set);
    st->chunk++;
    st->chunk_quads = st->chunk_quads * 2 < st->chunk_max ? st->chunk_quads * 2 : st->chunk_max;
}

/* The load meets a graph: the first time, a graph the store held is
 * cleared with the chunk that brings it again. */
static void graph_meet(stream *st, const char *name)
{
    int added;
    size_t *flags = cnkg_keyset_insert(&st->graphs, cnkg_key_of(name, strlen(name)), 0, &added);
    size_t seen = st->memory ? GRAPH_IN_MEMORY : GRAPH_MET;
    size_t before = st->memory ? GRAPH_IN_STORE : GRAPH_IN_STORE | GRAPH_IN_MEMORY;
    if (*flags & seen)
        return;
    *flags |= seen;
    if ((*flags & before) && strcmp(name, CNKG_STORE_DEFAULT_GRAPH) != 0) {
        st->clear = cnkg_xrealloc(st->clear, (st->n_clear + 1) * sizeof *st->clear);
        st->clear[st->n_clear++] = cnkg_xstrdup(name);
    }
}

/* A statement of the load, "S P O" in N-Triples and its graph's name. */
static void quad_take(stream *st, const char *name, const char *spo, size_t spo_len)
{
    if (st->stop)
        return;
    if (!st->last.data || strcmp(st->last.data, name) != 0) {
        if (st->open && st->quads >= st->chunk_quads)
            chunk_end(st); /* between two graphs: a graph given in one run is in one file */
        graph_meet(st, name);
        int added = 0;
        if (st->union_per_chunk)
            cnkg_keyset_insert(&st->met_set, cnkg_key_of(name, strlen(name)), 0, &added);
        if (added) {
            st->met = cnkg_xrealloc(st->met, (st->n_met + 1) * sizeof *st->met);
            st->met[st->n_met++] = cnkg_xstrdup(name);
        }
        cnkg_buf_clear(&st->last);
        cnkg_buf_puts(&st->last, name);
    }
    if (!st->open)
        chunk_begin(st);
    st->quads++;
    st->total++;
    if (!st->fp)
        return;
    cnkg_buf *b = &st->line;
    cnkg_buf_clear(b);
    cnkg_buf_append(b, spo, spo_len);
    cnkg_buf_printf(b, " <%s> .\n", name);
    if (fwrite(b->data, 1, b->len, st->fp) != b->len)
        fail(st, cnkg_error_set(st->err, "cannot write %s: %s", st->path.data, strerror(errno)));
}

static void on_statement(void *data, raptor_statement *s)
{
    stream *st = data;
    if (st->stop)
        return;
    const char *name = CNKG_STORE_DEFAULT_GRAPH;
    if (s->graph && s->graph->type == RAPTOR_TERM_TYPE_URI)
        name = (const char *)raptor_uri_as_string(s->graph->value.uri);
    cnkg_buf *b = &st->spo;
    cnkg_buf_clear(b);
    cnkg_rdf_term_append(b, s->subject, st->bnode_prefix);
    cnkg_buf_putc(b, ' ');
    cnkg_rdf_term_append(b, s->predicate, st->bnode_prefix);
    cnkg_buf_putc(b, ' ');
    cnkg_rdf_term_append(b, s->object, st->bnode_prefix);
    quad_take(st, name, b->data, b->len);
}

/* Lines that are not in the plain form (nquads_line.c), gathered while
 * they follow one another and read by raptor together: N-Triples and
 * N-Quads hold a statement a line, so any run of lines parses alone. */
typedef struct pending {
    const char *path, *syntax;
    cnkg_raptor *raptor;
    cnkg_buf lines;
    size_t first; /* the number of the first line held */
} pending;

static void pending_parse(stream *st, pending *pd)
{
    if (pd->lines.len == 0 || st->stop)
        return;
    int rc = cnkg_raptor_parse_text(pd->raptor, pd->path, pd->syntax, pd->lines.data, pd->lines.len,
                                    on_statement, st, NULL);
    cnkg_buf_clear(&pd->lines);
    if (st->stop || rc == 0)
        return;
    if (pd->raptor->line > 0) /* counted from the first line held */
        pd->raptor->line += (int)pd->first - 1;
    fail(st, cnkg_raptor_fail(pd->raptor, pd->path, "cannot parse the file", st->err));
}

/* An N-Quads or N-Triples file, line by line: plain lines as they are,
 * the others through raptor, in the order of the file. */
static int read_lines(stream *st, cnkg_raptor *raptor, const char *path, const char *syntax)
{
    if (cnkg_file_check_graph(path, st->err) != 0)
        return fail(st, -1);
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return fail(st, cnkg_error_set(st->err, "cannot open %s: %s", path, strerror(errno)));
    int triples = strcmp(syntax, "ntriples") == 0;
    pending pd = {path, syntax, raptor, {0}, 0};
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t got;
    while (!st->stop && (got = getline(&line, &cap, fp)) >= 0) {
        lineno++;
        size_t len = (size_t)got, spo_len, graph_len;
        const char *graph;
        if (len && line[len - 1] == '\n')
            len--;
        int kind = cnkg_nquads_line(line, len, &spo_len, &graph, &graph_len);
        if (kind < 0 || (triples && graph)) {
            if (pd.lines.len == 0)
                pd.first = lineno;
            cnkg_buf_append(&pd.lines, line, (size_t)got);
            if (pd.lines.len >= 65536)
                pending_parse(st, &pd);
            continue;
        }
        pending_parse(st, &pd);
        if (kind == 0)
            continue;
        cnkg_buf_clear(&st->spo);
        cnkg_nquads_spo_append(&st->spo, line, spo_len);
        if (!graph) {
            quad_take(st, CNKG_STORE_DEFAULT_GRAPH, st->spo.data, st->spo.len);
            continue;
        }
        char *close = (char *)graph + graph_len; /* the '>' */
        *close = '\0';
        quad_take(st, graph, st->spo.data, st->spo.len);
        *close = '>';
    }
    if (!st->stop && ferror(fp))
        fail(st, cnkg_error_set(st->err, "cannot read %s: %s", path, strerror(errno)));
    pending_parse(st, &pd);
    free(line);
    fclose(fp);
    cnkg_buf_free(&pd.lines);
    return st->rc;
}

/* The graphs the server holds, which the load replaces where it brings
 * them again. */
static int store_graphs(stream *st)
{
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (!mem)
        return cnkg_error_set(st->err, "out of memory");
    int rc = cnkg_virtuoso_query(&st->s->virt, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                                 CNKG_RESULTS_TSV, mem, st->err);
    /* A list cut short would leave old graphs uncleared. */
    if (fclose(mem) != 0 && rc == 0)
        rc = cnkg_error_set(st->err, "out of memory");
    for (char *save = NULL, *line = rc == 0 ? strtok_r(text, "\n", &save) : NULL; line;
         line = strtok_r(NULL, "\n", &save)) {
        size_t l = strlen(line);
        if (line[0] != '<' || line[l - 1] != '>')
            continue;
        int added;
        *cnkg_keyset_insert(&st->graphs, cnkg_key_of(line + 1, l - 2), 0, &added) = GRAPH_IN_STORE;
    }
    free(text);
    return rc;
}

/* The name of the load: its inputs as they are now, and how it cuts them. */
static void load_key(stream *st, char *const *paths, size_t n, char *const *memory, size_t n_memory)
{
    cnkg_buf id = {0};
    cnkg_buf_printf(&id, "%zu %zu\n", st->chunk_quads, st->chunk_max);
    for (int part = 0; part < 2; part++) {
        char *const *v = part ? paths : memory;
        for (size_t i = 0; i < (part ? n : n_memory); i++) {
            struct stat sb;
            char *abs = realpath(v[i], NULL);
            if (stat(v[i], &sb) != 0)
                memset(&sb, 0, sizeof sb);
            cnkg_buf_printf(&id, "%d %s %lld %lld.%09ld\n", part, abs ? abs : v[i],
                            (long long)sb.st_size, (long long)sb.st_mtim.tv_sec,
                            (long)sb.st_mtim.tv_nsec);
            free(abs);
        }
    }
    char hex[33];
    cnkg_hash_hex128(id.data, id.len, hex);
    snprintf(st->prefix, sizeof st->prefix, "cnkg-load-%.16s-", hex);
    cnkg_buf_free(&id);
}

static size_t input_bytes(char *const *paths, size_t n, char *const *memory, size_t n_memory)
{
    size_t bytes = 0;
    struct stat sb;
    for (size_t i = 0; i < n + n_memory; i++)
        if (stat(i < n ? paths[i] : memory[i - n], &sb) == 0)
            bytes += (size_t)sb.st_size;
    return bytes;
}

static int read_files(stream *st, cnkg_raptor *raptor, char *const *paths, size_t n,
                      const char *tag)
{
    for (size_t i = 0; st->rc == 0 && i < n; i++) {
        /* blank nodes of different files stay apart, and are named alike
         * when a killed load is run again */
        snprintf(st->bnode_prefix, sizeof st->bnode_prefix, "%s%s%zu", st->prefix + 10, tag, i);
        const char *syntax = cnkg_raptor_syntax_of_path(paths[i]);
        if (syntax && (strcmp(syntax, "nquads") == 0 || strcmp(syntax, "ntriples") == 0))
            read_lines(st, raptor, paths[i], syntax);
        else if ((cnkg_file_check_graph(paths[i], st->err) ||
                  cnkg_raptor_parse_file(raptor, paths[i], syntax, on_statement, st, &st->stop,
                                         st->err)) &&
                 !st->stop)
            fail(st, -1);
    }
    return st->rc;
}

/* CNKG_STORE_CHUNK, the tests' way to make small chunks; anything but a
 * positive number leaves the default. */
static size_t chunk_max_from_env(void)
{
    const char *env = getenv("CNKG_STORE_CHUNK");
    char *end;
    errno = 0;
    unsigned long long n = env ? strtoull(env, &end, 10) : 0;
    if (!env || errno || end == env || *end || n == 0 || *env == '-')
        return CNKG_STORE_CHUNK;
    return (size_t)n;
}

int cnkg_store_stream(cnkg_store *s, char *const *paths, size_t n_paths, int from_memory,
                      size_t *quads, cnkg_error *err)
{
    stream st = {0};
    st.s = s;
    st.err = err;
    st.chunk_max = chunk_max_from_env();
    st.chunk_quads = st.chunk_max < CNKG_STORE_CHUNK_FIRST ? st.chunk_max : CNKG_STORE_CHUNK_FIRST;
    char **memory = NULL;
    size_t n_memory = from_memory && s->dir ? cnkg_store_graph_files(s->dir, &memory) : 0;
    load_key(&st, paths, n_paths, memory, n_memory);
    st.jena_pending = cnkg_store_jena_begin(s, &st.jena_seq);
    char *flag = cnkg_path_join(s->virt.load_dir, UNION_STALE);
    st.union_stale = access(flag, F_OK) == 0;
    cnkg_raptor raptor;
    if (fail(&st, cnkg_raptor_open(&raptor, err)) == 0) {
        size_t in_store = 0;
        fail(&st, cnkg_virtuoso_load_resume(&s->virt, st.prefix, &st.done, &in_store, err));
        /* the union graph after each chunk costs twice the chunk's quads,
         * at the end as many as the store has: whichever is less, with
         * quads guessed from bytes (cnkg's N-Quads: 255 a line) */
        st.union_per_chunk = input_bytes(paths, n_paths, memory, n_memory) / 255 < in_store;
    }
    if (st.rc == 0)
        fail(&st, store_graphs(&st));
    st.memory = 1;
    if (st.rc == 0)
        read_files(&st, &raptor, memory, n_memory, "m");
    chunk_end(&st); /* a graph in memory and again in the input are in two chunks */
    st.memory = 0;
    cnkg_buf_clear(&st.last);
    if (st.rc == 0)
        read_files(&st, &raptor, paths, n_paths, "f");
    chunk_end(&st);
    finish_loading(&st);
    /* A load that failed part way leaves the chunks it had loaded, whose
     * triples the union graph may lack: the next load makes it again. */
    if (st.rc && st.started && !st.union_stale) {
        cnkg_error ignored = {{0}};
        write_union_stale(s->virt.load_dir, &ignored);
    }
    int pass = st.union_stale                      ? CNKG_UNION_REBUILD
               : !st.union_per_chunk || st.resumed ? CNKG_UNION_ADD
                                                   : CNKG_UNION_DONE;
    if (st.rc == 0 && fail(&st, cnkg_virtuoso_load_end(&s->virt, st.prefix, pass, err)) == 0)
        unlink(flag);
    if (st.rc == 0 && st.jena_pending)
        fail(&st, cnkg_store_jena_end(s, err));
    if (st.rc && st.jena_pending && st.started)
        cnkg_store_jena_forget(s);
    free(st.jena_pending);
    for (size_t i = 0; i < n_memory; i++) { /* they are in Virtuoso now */
        if (st.rc == 0)
            unlink(memory[i]);
        free(memory[i]);
    }
    free(memory);
    cnkg_raptor_close(&raptor);
    free(flag);
    free(st.done);
    free(st.clear);
    for (size_t i = 0; i < st.n_met; i++)
        free(st.met[i]);
    free(st.met);
    cnkg_keyset_free(&st.met_set);
    cnkg_keyset_free(&st.graphs);
    cnkg_buf_free(&st.last);
    cnkg_buf_free(&st.line);
    cnkg_buf_free(&st.spo);
    cnkg_buf_free(&st.path);
    *quads = st.total;
    if (st.resumed) { /* cnkg load -v says so */
        size_t len = strlen(s->engine);
        snprintf(s->engine + len, sizeof s->engine - len,
                 "; resumed a load killed before, %zu chunk%s of it loaded then", st.resumed,
                 st.resumed == 1 ? "" : "s");
    }
    return st.rc;
}
