/* atomic_file.c - see atomic_file.h.
 *
 * The signal handler needs the temporary paths, and a handler can reach
 * nothing but globals: the table of tracked paths is the CLI's one piece
 * of global state. It is changed only with the signals blocked, and the
 * handler does nothing but unlink() and _exit(), both async-signal-safe. */
#include "atomic_file.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *volatile tracked[ATOMIC_FILE_MAX_TRACKED];

static const int fatal_signals[] = {SIGINT, SIGTERM, SIGHUP};

static void block_signals(sigset_t *old)
{
    sigset_t set;
    sigemptyset(&set);
    for (size_t i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++)
        sigaddset(&set, fatal_signals[i]);
    sigprocmask(SIG_BLOCK, &set, old);
}

static void restore_signals(const sigset_t *old)
{
    sigprocmask(SIG_SETMASK, old, NULL);
}

static void on_signal(int sig)
{
    for (size_t i = 0; i < ATOMIC_FILE_MAX_TRACKED; i++)
        if (tracked[i])
            unlink(tracked[i]);
    _exit(128 + sig);
}

void atomic_file_handle_signals(void)
{
    for (size_t i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++) {
        struct sigaction sa, old;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_signal;
        sigfillset(&sa.sa_mask);
        if (sigaction(fatal_signals[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
            continue;
        sigaction(fatal_signals[i], &sa, NULL);
    }
    signal(SIGXFSZ, SIG_IGN);
}

static int track_unblocked(const char *temp)
{
    for (size_t i = 0; i < ATOMIC_FILE_MAX_TRACKED; i++) {
        if (!tracked[i]) {
            tracked[i] = temp;
            return 0;
        }
    }
    return -1;
}

int atomic_file_track(const char *temp)
{
    sigset_t old;
    block_signals(&old);
    int rc = track_unblocked(temp);
    restore_signals(&old);
    return rc;
}

void atomic_file_untrack(const char *temp)
{
    sigset_t old;
    block_signals(&old);
    for (size_t i = 0; i < ATOMIC_FILE_MAX_TRACKED; i++)
        if (tracked[i] == temp)
            tracked[i] = NULL;
    restore_signals(&old);
}

static void temp_free(atomic_file *f)
{
    atomic_file_untrack(f->temp);
    free(f->temp);
    f->temp = NULL;
}

int atomic_file_in_place(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

/* A graph is written in pieces of a few kilobytes; stdio's 4 KB buffer
 * made that a write call per piece (17,000 for 75 MB). glibc ignores the
 * size unless it is given the buffer, so the file owns one. A terminal
 * keeps its line buffering, so output still shows as it goes. */
enum { OUTPUT_BUFFER = 1 << 20 };

static void buffer_generously(atomic_file *f)
{
    if (isatty(fileno(f->fp)))
        return;
    f->buffer = cnkg_xmalloc(OUTPUT_BUFFER);
    setvbuf(f->fp, f->buffer, _IOFBF, OUTPUT_BUFFER);
}

/* stdio keeps stdout's buffer until the process ends, past any
 * atomic_file; so standard output gets one buffer for the process. */
static char stdout_buffer[OUTPUT_BUFFER];

static void buffer_stdout(void)
{
    if (!isatty(STDOUT_FILENO))
        setvbuf(stdout, stdout_buffer, _IOFBF, sizeof stdout_buffer);
}

/* A device or a FIFO: written as it is, nothing to rename. */
static int open_in_place(atomic_file *f, const char *path, cnkg_error *err)
{
    f->fp = fopen(path, "wb");
    if (!f->fp)
        return cnkg_error_set(err, "cannot write '%s': %s", path, strerror(errno));
    buffer_generously(f);
    f->target = cnkg_xstrdup(path);
    return 0;
}

int atomic_file_open(atomic_file *f, const char *path, cnkg_error *err)
{
    memset(f, 0, sizeof *f);
    if (!path || strcmp(path, "-") == 0) {
        f->fp = stdout;
        buffer_stdout();
        return 0;
    }
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return cnkg_error_set(err, "cannot write '%s': it is a directory", path);
    if (atomic_file_in_place(path))
        return open_in_place(f, path, err);
    size_t n = strlen(path);
    f->temp = cnkg_xmalloc(n + 16);
    snprintf(f->temp, n + 16, "%s.tmp.XXXXXX", path);
    /* Created and tracked with the signals held, so that no signal can
     * fall between the two and leave the file behind. */
    sigset_t old;
    block_signals(&old);
    int fd = mkstemp(f->temp);
    int e = errno;
    int tracked_ok = fd >= 0 && track_unblocked(f->temp) == 0;
    restore_signals(&old);
    if (fd >= 0 && !tracked_ok) {
        close(fd);
        unlink(f->temp);
        free(f->temp);
        f->temp = NULL;
        return cnkg_error_set(err, "cannot write '%s': too many temporary files", path);
    }
    if (fd < 0) {
        free(f->temp);
        f->temp = NULL;
        return cnkg_error_set(err, "cannot write '%s': %s", path, strerror(e));
    }
    /* mkstemp makes the file private; the output should be created as any
     * other file would, as the umask allows. */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    f->fp = fdopen(fd, "wb");
    if (!f->fp) {
        close(fd);
        unlink(f->temp);
        temp_free(f);
        return cnkg_error_set(err, "cannot write '%s'", path);
    }
    buffer_generously(f);
    f->target = cnkg_xstrdup(path);
    return 0;
}

int atomic_file_commit(atomic_file *f, cnkg_error *err)
{
    if (!f->target) {
        if (fflush(stdout) != 0 || ferror(stdout))
            return cnkg_error_set(err, "cannot write to standard output: %s", strerror(errno));
        return 0;
    }
    /* Disk full shows here at the latest: the stream's buffer, fsync or
     * close fails, and the target is left as it was. */
    int failed = 0, e = 0;
    if (fflush(f->fp) != 0) /* retries what failed before: errno says why */
        failed = 1, e = errno;
    if (ferror(f->fp) && !failed)
        failed = 1, e = EIO;
    if (f->temp && fsync(fileno(f->fp)) != 0 && errno != EINVAL && !failed)
        failed = 1, e = errno;
    if (fclose(f->fp) != 0 && !failed)
        failed = 1, e = errno;
    f->fp = NULL;
    free(f->buffer);
    f->buffer = NULL;
    if (!f->temp) { /* written in place */
        if (failed)
            cnkg_error_set(err, "cannot write '%s': %s", f->target, strerror(e));
        atomic_file_abort(f);
        return failed ? -1 : 0;
    }
    if (failed || rename(f->temp, f->target) != 0) {
        e = failed ? e : errno;
        unlink(f->temp);
        cnkg_error_set(err, "cannot write '%s': %s", f->target, strerror(e));
        atomic_file_abort(f);
        return -1;
    }
    temp_free(f);
    free(f->target);
    f->target = NULL;
    return 0;
}

void atomic_file_abort(atomic_file *f)
{
    if (f->fp && f->fp != stdout)
        fclose(f->fp);
    free(f->buffer);
    if (f->temp)
        unlink(f->temp);
    if (f->temp)
        temp_free(f);
    free(f->target);
    memset(f, 0, sizeof *f);
}
