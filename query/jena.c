/* jena.c - queries answered by Apache Jena ARQ, a full SPARQL 1.1 engine
 * from Debian (libapache-jena-java), for what rasqal refuses or gets wrong
 * (route.c says which).
 *
 * ARQ runs as its command line, arq.sparql, one JVM a query: the merged
 * graph is handed over as an N-Triples file, the answer comes back as
 * SPARQL JSON (SELECT, ASK) or N-Triples (CONSTRUCT, DESCRIBE) and is
 * written by cnkg's own writers, so the output does not depend on which
 * engine answered.
 *
 * Starting Jena from Debian's package needs two things the build provides
 * (query/CMakeLists.txt): a classpath of the jena jars and their
 * dependencies (not /usr/share/java/'*', where two SLF4J bridges call each
 * other), and cnkg-jena-msg.jar, the XML parser's message files that
 * jena-core 4.5.0-2 ships under org/apache/jena/ext/xerces while the code
 * looks under xerces/ (without them ARQ dies at start with "internal
 * error"). The build also dumps a class-data archive, cnkg-jena.jsa,
 * which takes the JVM's start from about 1.6 s to 0.6 s of CPU. */
#include "query_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static int is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

int cnkg_jena_available(cnkg_error *err)
{
    const char *jars = CNKG_JENA_JARS;
    if (!*jars)
        return cnkg_error_set(err, "this cnkg was built without Jena ARQ "
                                   "(install libapache-jena-java and rebuild)");
    char path[4096];
    snprintf(path, sizeof path, "%s/cnkg-jena-msg.jar", cnkg_data_path(CNKG_DATA_JENA));
    if (!is_file(path))
        return cnkg_error_set(err, "Jena ARQ is not set up: %s is missing", path);
    return 0;
}

static int write_file(const char *path, const char *text, size_t len)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return -1;
    size_t done = 0;
    while (done < len) {
        ssize_t w = write(fd, text + done, len - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            close(fd);
            return -1;
        }
        done += (size_t)w;
    }
    return close(fd);
}

/* What java wrote to a file; "" when it wrote none. */
static char *read_file(const char *path, size_t *len)
{
    cnkg_error ignored;
    char *text = cnkg_file_read(path, len, &ignored);
    if (!text)
        *len = 0, text = cnkg_xstrdup("");
    return text;
}

/* Runs java with stdout and stderr into files; its exit status, or -1. */
static int run_java(char *const *argv, const char *out_path, const char *err_path)
{
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&fa, 2, err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    pid_t pid;
    int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc)
        return -1;
    int status = 0;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* ARQ's "Encountered ... at line N, column C." becomes "query:LINE: ..."
 * in the lines of the caller's text. */
static int jena_error(const char *text, int shift, cnkg_error *err)
{
    while (*text == '\n' || *text == ' ')
        text++;
    int n = (int)strcspn(text, "\n");
    const char *at = strstr(text, " at line ");
    int line = 0, column = 0;
    if (at && at - text < n && sscanf(at, " at line %d, column %d", &line, &column) == 2 &&
        line - shift > 0)
        return cnkg_error_set(err, "query:%d: %.*s (column %d; Jena ARQ)", line - shift,
                              (int)(at - text), text, column);
    if (n == 0)
        return cnkg_error_set(err, "query: Jena ARQ failed without a message");
    return cnkg_error_set(err, "query: %.*s (Jena ARQ)", n, text);
}

/* java with the Jena set-up, in argv[0, return): the classpath, the class
 * data archive, options for a short run and the main class; cp and jsa
 * hold strings argv points to. */
static int java_argv(char **argv, cnkg_buf *cp, cnkg_buf *jsa, const char *main_class,
                     int short_run)
{
    cnkg_buf_printf(cp, "%s:%s/cnkg-jena-msg.jar", CNKG_JENA_JARS, cnkg_data_path(CNKG_DATA_JENA));
    cnkg_buf_printf(jsa, "-XX:SharedArchiveFile=%s/cnkg-jena.jsa", cnkg_data_path(CNKG_DATA_JENA));
    const char *java = getenv("CNKG_JAVA");
    int a = 0;
    argv[a++] = (char *)(java && *java ? java : "java");
    if (is_file(jsa->data + strlen("-XX:SharedArchiveFile=")))
        argv[a++] = jsa->data;
    if (short_run) /* C1 only starts faster; a bulk load wants C2 */
        argv[a++] = "-XX:TieredStopAtLevel=1";
    argv[a++] = "-XX:+UseSerialGC";
    argv[a++] = "-Xlog:disable"; /* a stale archive must not print on stdout */
    argv[a++] = "-cp";
    argv[a++] = cp->data;
    argv[a++] = (char *)main_class;
    return a;
}

/* A directory of its own for one run's files, in $TMPDIR. */
static int temp_dir(cnkg_buf *dir, cnkg_error *err)
{
    const char *tmpdir = getenv("TMPDIR");
    cnkg_buf_printf(dir, "%s/cnkg-jena-XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
    if (mkdtemp(dir->data))
        return 0;
    return cnkg_error_set(err, "cannot make a directory for Jena ARQ in %s: %s",
                          tmpdir && *tmpdir ? tmpdir : "/tmp", strerror(errno));
}

/* Runs argv (a query: its answer in answer_path) and writes the answer. */
static int run_query(char **argv, int graph, int shift, const char *answer_path,
                     const char *err_path, const cnkg_prefixes *px, cnkg_results_format format,
                     FILE *out, cnkg_error *err)
{
    int status = run_java(argv, answer_path, err_path);
    size_t len = 0;
    int rc;
    if (status < 0) {
        rc = cnkg_error_set(err, "cannot run %s for Jena ARQ (install default-jre-headless)",
                            argv[0]);
    } else if (status != 0) {
        char *msg = read_file(err_path, &len);
        rc = jena_error(msg, shift, err);
        free(msg);
    } else {
        char *answer = read_file(answer_path, &len);
        rc = graph ? cnkg_answer_write_ntriples(answer, len, px, out, err)
                   : cnkg_answer_write_json(answer, format, px, out, err);
        free(answer);
    }
    return rc;
}

/* --base: relative IRIs resolve against the working directory, as in
 * rasqal */
static void base_of_cwd(cnkg_buf *base)
{
    char *cwd = getcwd(NULL, 0);
    cnkg_buf_printf(base, "file://%s/", cwd ? cwd : "");
    free(cwd);
}

static int is_graph_form(const char *text)
{
    static const char *const forms[] = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"};
    size_t which = 0;
    cnkg_sparql_find_word(text, forms, 4, &which);
    return which >= 2;
}

/* One query through a Jena command: its files in a directory of its own,
 * and the command line that reads them. */
typedef struct jena_job {
    cnkg_buf dir, cp, jsa, base;
    char query[4200], answer[4200], errors[4200];
    char *argv[28];
    int argc;
} jena_job;

/* Makes the directory, writes the query and starts the command line:
 * strict SPARQL 1.1 (not ARQ's extensions) and rasqal's base. */
static int jena_job_open(jena_job *j, const char *main_class, const char *text, cnkg_error *err)
{
    memset(j, 0, sizeof *j);
    if (temp_dir(&j->dir, err))
        return -1;
    snprintf(j->query, sizeof j->query, "%s/query.rq", j->dir.data);
    snprintf(j->answer, sizeof j->answer, "%s/answer", j->dir.data);
    snprintf(j->errors, sizeof j->errors, "%s/errors", j->dir.data);
    j->argc = java_argv(j->argv, &j->cp, &j->jsa, main_class, 1);
    j->argv[j->argc++] = "--strict";
    base_of_cwd(&j->base);
    j->argv[j->argc++] = "--base";
    j->argv[j->argc++] = j->base.data;
    if (write_file(j->query, text, strlen(text)) != 0)
        return cnkg_error_set(err, "cannot write the query for Jena ARQ in %s: %s", j->dir.data,
                              strerror(errno));
    return 0;
}

/* Ends the command line and runs it; the answer goes to out. */
static int jena_job_run(jena_job *j, const char *text, int shift, const cnkg_prefixes *px,
                        cnkg_results_format format, FILE *out, cnkg_error *err)
{
    int graph = is_graph_form(text);
    j->argv[j->argc++] = "--query";
    j->argv[j->argc++] = j->query;
    j->argv[j->argc++] = graph ? "--results=nt" : "--results=json";
    j->argv[j->argc] = NULL;
    return run_query(j->argv, graph, shift, j->answer, j->errors, px, format, out, err);
}

/* Removes the job's files (the caller's own in its directory first). */
static void jena_job_close(jena_job *j)
{
    if (j->dir.data) {
        unlink(j->query);
        unlink(j->answer);
        unlink(j->errors);
        rmdir(j->dir.data);
    }
    cnkg_buf_free(&j->cp);
    cnkg_buf_free(&j->jsa);
    cnkg_buf_free(&j->base);
    cnkg_buf_free(&j->dir);
}

int cnkg_jena_query(const cnkg_buf *data, size_t n_data, const cnkg_buf *quads, const char *text,
                    int shift, const cnkg_prefixes *px, cnkg_results_format format, FILE *out,
                    cnkg_error *err)
{
    if (cnkg_jena_available(err))
        return -1;
    jena_job j;
    int rc = jena_job_open(&j, "arq.sparql", text, err);
    char data_path[4200] = "", quads_path[4200] = "";
    if (rc == 0) {
        snprintf(data_path, sizeof data_path, "%s/data.nt", j.dir.data);
        snprintf(quads_path, sizeof quads_path, "%s/named.nq", j.dir.data);
        FILE *fp = fopen(data_path, "wb");
        for (size_t i = 0; fp && i < n_data; i++)
            fwrite(data[i].data ? data[i].data : "", 1, data[i].len, fp);
        if (!fp || fclose(fp) != 0 ||
            (quads && quads->len && write_file(quads_path, quads->data, quads->len) != 0))
            rc = cnkg_error_set(err, "cannot write the graph for Jena ARQ in %s: %s", j.dir.data,
                                strerror(errno));
    }
    if (rc == 0) {
        /* the merge of everything is the default graph; named graphs beside */
        j.argv[j.argc++] = "--data";
        j.argv[j.argc++] = data_path;
        if (quads && quads->len) {
            j.argv[j.argc++] = "--data";
            j.argv[j.argc++] = quads_path;
        }
        rc = jena_job_run(&j, text, shift, px, format, out, err);
    }
    if (*data_path) {
        unlink(data_path);
        unlink(quads_path);
    }
    jena_job_close(&j);
    return rc;
}

/* --- a TDB2 database: the copy of a Virtuoso store ---------------------- */

int cnkg_jena_tdb2_query(const char *loc, const char *text, int shift, const cnkg_prefixes *px,
                         cnkg_results_format format, FILE *out, cnkg_error *err)
{
    if (cnkg_jena_available(err))
        return -1;
    jena_job j;
    int rc = jena_job_open(&j, "tdb2.tdbquery", text, err);
    if (rc == 0) {
        j.argv[j.argc++] = "--loc";
        j.argv[j.argc++] = (char *)loc;
        /* the default graph is the merge of the named graphs, a set */
        j.argv[j.argc++] = "--set";
        j.argv[j.argc++] = "tdb2:unionDefaultGraph=true";
        rc = jena_job_run(&j, text, shift, px, format, out, err);
    }
    jena_job_close(&j);
    return rc;
}

/* Runs a TDB2 command on loc with args; its messages go to log_path. */
static int run_tdb2(const char *main_class, const char *loc, char *const *args, size_t n_args,
                    const char *log_path, cnkg_error *err)
{
    cnkg_buf cp = {0}, jsa = {0};
    char **argv = cnkg_xcalloc(n_args + 20, sizeof *argv);
    int a = java_argv(argv, &cp, &jsa, main_class, strcmp(main_class, "tdb2.tdbloader") != 0);
    argv[a++] = "--loc";
    argv[a++] = (char *)loc;
    for (size_t i = 0; i < n_args; i++)
        argv[a++] = args[i];
    argv[a] = NULL;
    int status = run_java(argv, log_path, log_path);
    int rc = 0;
    if (status != 0) {
        size_t len;
        char *msg = read_file(log_path, &len);
        rc = cnkg_error_set(err, "Jena %s failed on %s: %.*s", main_class, loc,
                            (int)strcspn(msg, "\n"), msg);
        free(msg);
    }
    free(argv);
    cnkg_buf_free(&cp);
    cnkg_buf_free(&jsa);
    return rc;
}

int cnkg_jena_tdb2_update(const char *loc, char *const *drop, size_t n_drop, char *const *files,
                          size_t n_files, cnkg_error *err)
{
    if (cnkg_jena_available(err))
        return -1;
    cnkg_buf dir = {0};
    if (temp_dir(&dir, err)) {
        cnkg_buf_free(&dir);
        return -1;
    }
    char update_path[4200], log_path[4200];
    snprintf(update_path, sizeof update_path, "%s/drop.ru", dir.data);
    snprintf(log_path, sizeof log_path, "%s/log", dir.data);
    int rc = 0;
    if (n_drop) {
        cnkg_buf u = {0};
        for (size_t i = 0; i < n_drop; i++)
            cnkg_buf_printf(&u, "DROP SILENT GRAPH <%s> ;\n", drop[i]);
        if (write_file(update_path, u.data, u.len) != 0)
            rc = cnkg_error_set(err, "cannot write %s: %s", update_path, strerror(errno));
        char *args[] = {"--update", update_path};
        if (rc == 0)
            rc = run_tdb2("tdb2.tdbupdate", loc, args, 2, log_path, err);
        cnkg_buf_free(&u);
    }
    if (rc == 0 && n_files)
        rc = run_tdb2("tdb2.tdbloader", loc, files, n_files, log_path, err);
    unlink(update_path);
    unlink(log_path);
    rmdir(dir.data);
    cnkg_buf_free(&dir);
    return rc;
}
