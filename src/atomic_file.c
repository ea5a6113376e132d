/* atomic_file.c - see atomic_file.h. */
#include "atomic_file.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int atomic_file_open(atomic_file *f, const char *path, cnkg_error *err)
{
    memset(f, 0, sizeof *f);
    if (!path || strcmp(path, "-") == 0) {
        f->fp = stdout;
        return 0;
    }
    size_t n = strlen(path);
    f->temp = cnkg_xmalloc(n + 16);
    snprintf(f->temp, n + 16, "%s.tmp.XXXXXX", path);
    int fd = mkstemp(f->temp);
    if (fd < 0) {
        int e = errno;
        free(f->temp);
        f->temp = NULL;
        return cnkg_error_set(err, "cannot write '%s': %s", path, strerror(e));
    }
    f->fp = fdopen(fd, "wb");
    if (!f->fp) {
        close(fd);
        unlink(f->temp);
        free(f->temp);
        f->temp = NULL;
        return cnkg_error_set(err, "cannot write '%s'", path);
    }
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
    int failed = ferror(f->fp) != 0;
    failed |= fflush(f->fp) != 0;
    failed |= fsync(fileno(f->fp)) != 0 && errno != EINVAL;
    int e = errno;
    failed |= fclose(f->fp) != 0;
    f->fp = NULL;
    if (failed || rename(f->temp, f->target) != 0) {
        e = failed ? e : errno;
        unlink(f->temp);
        cnkg_error_set(err, "cannot write '%s': %s", f->target, strerror(e));
        atomic_file_abort(f);
        return -1;
    }
    free(f->temp);
    free(f->target);
    f->temp = f->target = NULL;
    return 0;
}

void atomic_file_abort(atomic_file *f)
{
    if (f->fp && f->fp != stdout)
        fclose(f->fp);
    if (f->temp)
        unlink(f->temp);
    free(f->temp);
    free(f->target);
    memset(f, 0, sizeof *f);
}
