/* virtuoso_sql.c - SQL for the store's Virtuoso through its isql client:
 * statements run while the caller goes on, and the resumable bulk load in
 * chunks. The server itself is virtuoso_server.c's. */
#include "store_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* --- SQL through isql --------------------------------------------------- */

int cnkg_virtuoso_sql_start(const cnkg_virtuoso *v, const char *sql, cnkg_virtuoso_job *job,
                            cnkg_error *err)
{
    memset(job, 0, sizeof *job);
    snprintf(job->sql_path, sizeof job->sql_path, "/tmp/cnkg-sql-XXXXXX");
    int fd = mkstemp(job->sql_path);
    if (fd < 0)
        return cnkg_error_set(err, "cannot write a temporary file: %s", strerror(errno));
    close(fd);
    snprintf(job->out_path, sizeof job->out_path, "%s.out", job->sql_path);
    cnkg_buf addr = {0};
    cnkg_buf_printf(&addr, "%s:%d", v->host, v->sql_port);
    char *argv[] = {(char *)virtuoso_env_or("CNKG_ISQL", "isql-vt"),
                    addr.data,
                    "dba",
                    v->password,
                    "VERBOSE=OFF",
                    "BANNER=OFF",
                    "PROMPT=OFF",
                    "ERRORS=STDOUT",
                    NULL};
    job->pid = virtuoso_write_file(job->sql_path, sql)
                   ? -1
                   : virtuoso_spawn(argv, job->sql_path, job->out_path, NULL);
    cnkg_buf_free(&addr);
    return 0; /* a failure to start is reported by cnkg_virtuoso_sql_finish */
}

int cnkg_virtuoso_sql_finish(cnkg_virtuoso_job *job, char **output, cnkg_error *err)
{
    int status = job->pid > 0 ? virtuoso_wait(job->pid, 3600 * 24) : -1;
    char *text = virtuoso_slurp(job->out_path);
    unlink(job->sql_path);
    unlink(job->out_path);
    job->pid = 0;
    const char *bad = strstr(text, "*** Error");
    int rc = 0;
    if (status != 0 || bad) {
        const char *msg = bad ? bad + 4 : "isql failed (is isql-vt installed?)";
        rc = cnkg_error_set(err, "virtuoso: %.*s", (int)strcspn(msg, "\n"), msg);
    }
    if (output && rc == 0)
        *output = text;
    else
        free(text);
    return rc;
}

int cnkg_virtuoso_sql(const cnkg_virtuoso *v, const char *sql, char **output, cnkg_error *err)
{
    cnkg_virtuoso_job job;
    if (cnkg_virtuoso_sql_start(v, sql, &job, err))
        return -1;
    return cnkg_virtuoso_sql_finish(&job, output, err);
}

static void sql_string(cnkg_buf *b, const char *s)
{
    cnkg_buf_putc(b, '\'');
    for (; *s; s++) {
        if (*s == '\'')
            cnkg_buf_putc(b, '\'');
        cnkg_buf_putc(b, *s);
    }
    cnkg_buf_putc(b, '\'');
}

/* --- bulk loading in chunks ------------------------------------------------ */

/* ll_file of a file whose name starts with prefix (ld_dir keeps the
 * directory as it was given). */
static void where_file(cnkg_buf *sql, const char *prefix)
{
    cnkg_buf_puts(sql, "ll_file like ");
    cnkg_buf b = {0};
    cnkg_buf_printf(&b, "%%/%s%%", prefix);
    sql_string(sql, b.data);
    cnkg_buf_free(&b);
}

/* The union graph's copies of the triples of graphs (n of them, repeats
 * allowed): found through the GS index, graph by graph, which costs about
 * twice a scan of their quads but nothing for the rest of the store. */
static void union_add_graphs(cnkg_buf *sql, char *const *graphs, size_t n)
{
    cnkg_buf_puts(sql, "log_enable(2, 1);\n");
    for (size_t i = 0; i < n; i += 200) {
        cnkg_buf_puts(
            sql,
            "insert soft DB.DBA.RDF_QUAD (G, S, P, O) select iri_to_id('" CNKG_STORE_UNION_GRAPH
            "'), S, P, O from DB.DBA.RDF_QUAD where G in (");
        for (size_t j = i; j < n && j < i + 200; j++) {
            cnkg_buf_puts(sql, j > i ? ", iri_to_id(" : "iri_to_id(");
            sql_string(sql, graphs[j]);
            cnkg_buf_puts(sql, ", 0)");
        }
        cnkg_buf_puts(sql, ");\n");
    }
    cnkg_buf_puts(sql, "log_enable(1);\n");
}

int cnkg_virtuoso_load_start(const cnkg_virtuoso *v, const char *nq_path, char *const *clear,
                             size_t n_clear, char *const *graphs, size_t n_graphs,
                             cnkg_virtuoso_job *job, cnkg_error *err)
{
    cnkg_buf sql = {0};
    for (size_t i = 0; i < n_clear; i++) /* an article loaded again replaces itself */
        cnkg_buf_printf(&sql, "SPARQL CLEAR GRAPH <%s>;\n", clear[i]);
    const char *slash = strrchr(nq_path, '/');
    char *dir = cnkg_xstrndup(nq_path, (size_t)(slash - nq_path));
    cnkg_buf_puts(&sql, "delete from DB.DBA.load_list where ");
    where_file(&sql, slash + 1);
    cnkg_buf_puts(&sql, ";\nld_dir(");
    sql_string(&sql, dir);
    cnkg_buf_putc(&sql, ',');
    sql_string(&sql, slash + 1);
    cnkg_buf_puts(&sql, ", 'urn:cnkg:graph:default');\nrdf_loader_run();\n");
    /* the marker is built by concat so that an echo of the statement cannot match */
    cnkg_buf_puts(&sql, "select concat('cnkg', '-load-error: ', ll_error) from DB.DBA.load_list "
                        "where ll_error is not null and ");
    where_file(&sql, slash + 1);
    cnkg_buf_puts(&sql, ";\n");
    if (n_graphs)
        union_add_graphs(&sql, graphs, n_graphs);
    int rc = cnkg_virtuoso_sql_start(v, sql.data, job, err);
    free(dir);
    cnkg_buf_free(&sql);
    return rc;
}

int cnkg_virtuoso_load_finish(cnkg_virtuoso_job *job, cnkg_error *err)
{
    char *out = NULL;
    int rc = cnkg_virtuoso_sql_finish(job, &out, err);
    const char *bad = out ? strstr(out, "cnkg-load-error: ") : NULL;
    if (bad)
        rc = cnkg_error_set(err, "virtuoso: cannot load: %.*s", (int)strcspn(bad + 17, "\n"),
                            bad + 17);
    free(out);
    return rc;
}

/* A load that was killed leaves the chunk it was loading in state 1 (the
 * server gives the statement up with its client): that one and those not
 * done are forgotten, and loaded again. */
int cnkg_virtuoso_load_resume(const cnkg_virtuoso *v, const char *prefix, char **done,
                              size_t *quads, cnkg_error *err)
{
    cnkg_buf sql = {0};
    cnkg_buf_puts(&sql, "select concat('cnkg', '-chunk: ', case when ll_error is not null then 9 "
                        "else ll_state end, ' ', ll_file) from DB.DBA.load_list where ");
    where_file(&sql, prefix);
    cnkg_buf_puts(&sql, ";\nselect concat('cnkg', '-quads: ', count(*)) from DB.DBA.RDF_QUAD;\n");
    char *out = NULL;
    int rc = cnkg_virtuoso_sql(v, sql.data, &out, err);
    const char *count = out ? strstr(out, "cnkg-quads: ") : NULL;
    *quads = count ? strtoull(count + 12, NULL, 10) : 0;
    cnkg_buf names = {0};
    cnkg_buf_puts(&names, "\n");
    for (const char *at = out ? strstr(out, "cnkg-chunk: 2 ") : NULL; rc == 0 && at;
         at = strstr(at + 1, "cnkg-chunk: 2 ")) {
        const char *file = at + 14, *end = file + strcspn(file, "\r\n");
        const char *slash = file;
        for (const char *p = file; p < end; p++)
            if (*p == '/')
                slash = p + 1;
        cnkg_buf_append(&names, slash, (size_t)(end - slash));
        cnkg_buf_putc(&names, '\n');
    }
    free(out);
    cnkg_buf_clear(&sql);
    cnkg_buf_puts(&sql, "delete from DB.DBA.load_list where (ll_state <> 2 or ll_error is not "
                        "null) and ");
    where_file(&sql, prefix);
    cnkg_buf_puts(&sql, ";\n");
    if (rc == 0)
        rc = cnkg_virtuoso_sql(v, sql.data, NULL, err);
    cnkg_buf_free(&sql);
    if (rc == 0)
        *done = cnkg_buf_detach(&names);
    else
        cnkg_buf_free(&names);
    return rc;
}

/* The union graph (store_internal.h) gets the triples of the graphs loaded
 * (a set: INSERT SOFT keeps one of each) rather than a second copy of
 * every quad in the files, which the bulk loader would parse again: here
 * in one pass over the store, when the load is most of the store (or after
 * each chunk, union_add_graphs, when it is not). After articles were
 * replaced it is made again from the graphs that stay: a replaced
 * article's triple leaves it only where no other graph states it. */
int cnkg_virtuoso_load_end(const cnkg_virtuoso *v, const char *prefix, int union_pass,
                           cnkg_error *err)
{
    cnkg_buf sql = {0};
    if (union_pass == CNKG_UNION_REBUILD)
        cnkg_buf_puts(&sql,
                      "log_enable(3, 1);\n"
                      "delete from DB.DBA.RDF_QUAD where G = iri_to_id('" CNKG_STORE_UNION_GRAPH
                      "');\n");
    if (union_pass != CNKG_UNION_DONE)
        cnkg_buf_puts(
            &sql,
            "log_enable(2, 1);\n"
            "insert soft DB.DBA.RDF_QUAD (G, S, P, O) select iri_to_id('" CNKG_STORE_UNION_GRAPH
            "'), S, P, O from DB.DBA.RDF_QUAD where G not in (iri_to_id('" CNKG_STORE_UNION_GRAPH
            "'), iri_to_id('http://www.openlinksw.com/schemas/virtrdf#'), "
            "iri_to_id('http://www.w3.org/ns/ldp#'), "
            "iri_to_id('http://localuriqaserver/sparql'));\n"
            "log_enable(1);\n");
    cnkg_buf_puts(&sql, "delete from DB.DBA.load_list where ");
    where_file(&sql, prefix);
    cnkg_buf_puts(&sql, ";\ncheckpoint;\n");
    int rc = cnkg_virtuoso_sql(v, sql.data, NULL, err);
    cnkg_buf_free(&sql);
    return rc;
}
