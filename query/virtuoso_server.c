/* virtuoso_server.c - the supervisor of the Virtuoso server behind a large
 * store: a private instance in the store's directory (its own database,
 * virtuoso.ini generated, loopback only, ports chosen free at start),
 * started when first needed, kept warm between calls and stopped by
 * `cnkg store stop` or after an idle time; or a running server of the
 * user's. It starts and waits for programs (virtuoso-t here, isql-vt for
 * virtuoso_sql.c) without changing cnkg's working directory.
 *
 * SQL (bulk loading, clearing graphs) goes through Virtuoso's isql
 * (virtuoso_sql.c); queries go to the SPARQL endpoint over HTTP
 * (virtuoso_run.c, http.c).
 *
 * Layout of a private instance, DIR/virtuoso/:
 *   virtuoso.ini  db/  incoming/ (files being bulk-loaded)  vsp/
 *   server   "PID HTTP-PORT SQL-PORT" while it runs
 *   used     touched on every use; the idle watcher reads its time */
#define _GNU_SOURCE /* POSIX_SPAWN_SETSID */
#include "store_internal.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static int free_port(void)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t len = sizeof a;
    int port = -1;
    if (fd >= 0 && bind(fd, (struct sockaddr *)&a, sizeof a) == 0 &&
        getsockname(fd, (struct sockaddr *)&a, &len) == 0)
        port = ntohs(a.sin_port);
    if (fd >= 0)
        close(fd);
    return port;
}

static int run_program(char *const *argv, const char *in_path, const char *out_path,
                       const char *cwd, int timeout_s)
{
    pid_t pid = virtuoso_spawn(argv, in_path, out_path, cwd);
    return pid < 0 ? -1 : virtuoso_wait(pid, timeout_s);
}

/* --- the private instance ----------------------------------------------- */

static int write_ini(const char *vdir, int http_port, int sql_port)
{
    cnkg_buf b = {0};
    cnkg_buf_printf(
        &b,
        "; written by cnkg: a private Virtuoso for the store in %s, loopback only\n"
        "[Database]\nDatabaseFile = %s/db/virtuoso.db\nErrorLogFile = %s/db/virtuoso.log\n"
        "LockFile = %s/db/virtuoso.lck\nTransactionFile = %s/db/virtuoso.trx\n"
        "xa_persistent_file = %s/db/virtuoso.pxa\nErrorLogLevel = 7\nFileExtend = 200\n"
        "Striping = 0\nTempStorage = TempDatabase\n"
        "[TempDatabase]\nDatabaseFile = %s/db/virtuoso-temp.db\n"
        "TransactionFile = %s/db/virtuoso-temp.trx\nStriping = 0\n"
        "[Parameters]\nServerPort = 127.0.0.1:%d\nDisableUnixSocket = 1\n"
        "CheckpointInterval = 60\nCaseMode = 2\nDirsAllowed = ., %s/incoming\n"
        "NumberOfBuffers = %s\nMaxDirtyBuffers = %s\nMaxQueryMem = 1G\nThreadsPerQuery = 2\n"
        "[HTTPServer]\nServerPort = 127.0.0.1:%d\nServerRoot = %s/vsp\n"
        "MaxClientConnections = 4\nServerThreads = 4\nCharset = UTF-8\n"
        "[SPARQL]\nResultSetMaxRows = 1000000000\nMaxQueryExecutionTime = 0\n"
        "MaxQueryCostEstimationTime = 0\n",
        vdir, vdir, vdir, vdir, vdir, vdir, vdir, vdir, sql_port, vdir,
        virtuoso_env_or("CNKG_VIRTUOSO_BUFFERS", "100000"),
        virtuoso_env_or("CNKG_VIRTUOSO_DIRTY", "75000"), http_port, vdir);
    char *ini = cnkg_path_join(vdir, "virtuoso.ini");
    int rc = virtuoso_write_file(ini, b.data);
    free(ini);
    cnkg_buf_free(&b);
    return rc;
}

static pid_t read_server(const char *vdir, int *http_port, int *sql_port)
{
    char *path = cnkg_path_join(vdir, "server");
    char *text = virtuoso_slurp(path);
    free(path);
    long pid = 0;
    if (sscanf(text, "%ld %d %d", &pid, http_port, sql_port) != 3)
        pid = 0;
    free(text);
    return pid > 0 && kill((pid_t)pid, 0) == 0 ? (pid_t)pid : 0;
}

static void touch_used(const char *vdir)
{
    char *path = cnkg_path_join(vdir, "used");
    int fd = open(path, O_WRONLY | O_CREAT, 0644);
    if (fd >= 0) {
        futimens(fd, NULL);
        close(fd);
    }
    free(path);
}

static int wait_gone(pid_t pid, int timeout_s)
{
    for (int i = 0; i < timeout_s * 10; i++) {
        waitpid(pid, NULL, WNOHANG); /* reaps it when it is our child */
        if (kill(pid, 0) != 0)
            return 0;
        usleep(100000);
    }
    return -1;
}

static void stop_pid(pid_t pid)
{
    kill(pid, SIGTERM); /* Virtuoso checkpoints and exits */
    if (wait_gone(pid, 60)) {
        kill(pid, SIGKILL);
        wait_gone(pid, 5);
    }
}

/* A process of its own, detached: stops the server once nobody has used
 * it for idle_s seconds, and goes when the server goes. A small shell
 * loop rather than a fork of this process, which would keep its memory
 * (a large load's) alive for as long as the server runs. */
static void start_watcher(const char *vdir, pid_t server, int idle_s)
{
    static const char loop[] =
        "while kill -0 \"$1\" 2>/dev/null; do sleep \"$3\"; "
        "used=$(stat -c %Y \"$2/used\" 2>/dev/null || echo 0); "
        "if [ $(( $(date +%s) - used )) -ge \"$4\" ]; then kill \"$1\"; "
        "i=0; while kill -0 \"$1\" 2>/dev/null && [ $i -lt 600 ]; do sleep 0.1; i=$((i+1)); done; "
        "kill -9 \"$1\" 2>/dev/null; rm -f \"$2/server\"; exit 0; fi; done";
    char pid[32], idle[32], nap[8];
    snprintf(pid, sizeof pid, "%ld", (long)server);
    snprintf(idle, sizeof idle, "%d", idle_s);
    snprintf(nap, sizeof nap, "%d", idle_s < 10 ? 1 : 5);
    char *argv[] = {"sh", "-c", (char *)loop, "cnkg-store-watch", pid, (char *)vdir,
                    nap,  idle, NULL};
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t attr;
    posix_spawn_file_actions_init(&fa);
    for (int fd = 0; fd < 3; fd++) /* the caller's pipes must not stay open */
        posix_spawn_file_actions_addopen(&fa, fd, "/dev/null", O_RDWR, 0);
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID);
    pid_t child;
    if (posix_spawn(&child, "/bin/sh", &fa, &attr, argv, environ) == 0)
        waitpid(child, NULL, WNOHANG);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
}

static int start_server(cnkg_virtuoso *v, const char *vdir, int idle_s, cnkg_error *err)
{
    static const char *const subdirs[] = {"db", "incoming", "vsp"};
    for (size_t i = 0; i < 3; i++) {
        char *d = cnkg_path_join(vdir, subdirs[i]);
        mkdir(d, 0755);
        free(d);
    }
    v->http_port = free_port();
    v->sql_port = free_port();
    while (v->sql_port == v->http_port && v->sql_port > 0)
        v->sql_port = free_port();
    if (v->http_port <= 0 || v->sql_port <= 0 || write_ini(vdir, v->http_port, v->sql_port))
        return cnkg_error_set(err, "cannot configure Virtuoso in %s", vdir);
    char *lock = cnkg_path_join(vdir, "db/virtuoso.lck");
    unlink(lock); /* a stale lock from a server that died */
    char *ini = cnkg_path_join(vdir, "virtuoso.ini"), *log = cnkg_path_join(vdir, "start.log");
    char *db = cnkg_path_join(vdir, "db");
    char *argv[] = {(char *)virtuoso_env_or("CNKG_VIRTUOSO_BIN", "virtuoso-t"), "+wait",
                    "+configfile", ini, NULL};
    int status = run_program(argv, NULL, log, db, 180);
    char *text = virtuoso_slurp(lock);
    long pid = 0;
    const char *at = strstr(text, "VIRT_PID=");
    if (at)
        pid = strtol(at + 9, NULL, 10);
    free(text);
    int rc = 0;
    if (status != 0 || pid <= 0)
        rc = cnkg_error_set(err,
                            "cannot start Virtuoso (%s): see %s and %s/db/virtuoso.log; "
                            "install it with scripts/virtuoso.sh install "
                            "(Debian package virtuoso-opensource)",
                            status < 0 ? "virtuoso-t not found or did not answer" : "it failed",
                            log, vdir);
    if (rc == 0) {
        cnkg_buf b = {0};
        cnkg_buf_printf(&b, "%ld %d %d\n", pid, v->http_port, v->sql_port);
        char *server = cnkg_path_join(vdir, "server");
        virtuoso_write_file(server, b.data);
        free(server);
        cnkg_buf_free(&b);
        touch_used(vdir);
        start_watcher(vdir, (pid_t)pid, idle_s);
    }
    free(lock);
    free(ini);
    free(log);
    free(db);
    return rc;
}

int cnkg_virtuoso_private(cnkg_virtuoso *v, const char *dir, int idle_s, cnkg_error *err)
{
    memset(v, 0, sizeof *v);
    snprintf(v->host, sizeof v->host, "127.0.0.1");
    v->dir = cnkg_xstrdup(dir);
    v->load_dir = cnkg_path_join(dir, "incoming");
    v->password = cnkg_xstrdup("dba"); /* reachable from this machine only */
    mkdir(dir, 0755);
    if (read_server(dir, &v->http_port, &v->sql_port)) {
        touch_used(dir);
        return 0;
    }
    if (start_server(v, dir, idle_s, err)) {
        cnkg_virtuoso_free(v);
        return -1;
    }
    return 0;
}

int cnkg_virtuoso_running(const char *dir)
{
    int http, sql;
    return read_server(dir, &http, &sql) != 0;
}

int cnkg_virtuoso_stop(const char *dir, cnkg_error *err)
{
    int http, sql;
    pid_t pid = read_server(dir, &http, &sql);
    char *server = cnkg_path_join(dir, "server");
    if (pid)
        stop_pid(pid);
    int alive = pid && kill(pid, 0) == 0;
    if (!alive)
        unlink(server);
    free(server);
    return alive ? cnkg_error_set(err, "Virtuoso (pid %ld) did not stop", (long)pid) : 0;
}

/* The first directory the server may read that we can write. */
static int find_load_dir(cnkg_virtuoso *v, cnkg_error *err)
{
    char *out = NULL;
    if (cnkg_virtuoso_sql(v,
                          "select concat('cnkg', '-dirs: ', cfg_item_value(virtuoso_ini_path(), "
                          "'Parameters', 'DirsAllowed'));\n",
                          &out, err))
        return -1;
    const char *at = strstr(out, "cnkg-dirs: ");
    cnkg_buf dirs = {0};
    if (at)
        cnkg_buf_append(&dirs, at + 11, strcspn(at + 11, "\r\n"));
    free(out);
    for (char *save = NULL, *d = dirs.data ? strtok_r(dirs.data, ", ", &save) : NULL; d;
         d = strtok_r(NULL, ", ", &save)) {
        if (d[0] == '/' && access(d, W_OK) == 0) {
            v->load_dir = cnkg_xstrdup(d);
            break;
        }
    }
    cnkg_buf_free(&dirs);
    if (!v->load_dir)
        return cnkg_error_set(err, "virtuoso: the server reads files from no directory this "
                                   "user can write: add one to DirsAllowed in its virtuoso.ini");
    return 0;
}

int cnkg_virtuoso_remote(cnkg_virtuoso *v, const char *spec, cnkg_error *err)
{
    memset(v, 0, sizeof *v);
    const char *colon = strrchr(spec, ':');
    if (!colon || colon == spec || (size_t)(colon - spec) >= sizeof v->host)
        return cnkg_error_set(err, "bad store virtuoso://%s: give virtuoso://HOST:PORT", spec);
    memcpy(v->host, spec, (size_t)(colon - spec));
    v->http_port = atoi(colon + 1);
    const char *sql = strstr(colon, "?sql=");
    v->sql_port = sql ? atoi(sql + 5) : atoi(virtuoso_env_or("CNKG_VIRTUOSO_SQL_PORT", "1111"));
    if (v->http_port <= 0 || v->sql_port <= 0)
        return cnkg_error_set(err, "bad store virtuoso://%s: give virtuoso://HOST:PORT", spec);
    v->password = cnkg_xstrdup(virtuoso_env_or("CNKG_VIRTUOSO_PASSWORD", "dba"));
    return 0;
}

int cnkg_virtuoso_load_dir(cnkg_virtuoso *v, cnkg_error *err)
{
    return v->load_dir ? 0 : find_load_dir(v, err);
}

void cnkg_virtuoso_free(cnkg_virtuoso *v)
{
    free(v->dir);
    free(v->load_dir);
    free(v->password);
    memset(v, 0, sizeof *v);
}
