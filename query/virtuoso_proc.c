/* virtuoso_proc.c - the programs and files around a Virtuoso: a child
 * started and waited for, a file read or written whole. Below both the
 * supervisor (virtuoso_server.c) and the SQL client (virtuoso_sql.c), which
 * calls isql through them. */
#define _GNU_SOURCE /* posix_spawn_file_actions_addchdir_np */
#include "store_internal.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

const char *virtuoso_env_or(const char *name, const char *fallback)
{
    const char *v = getenv(name);
    return v && *v ? v : fallback;
}

/* Starts argv with stdin from in_path (or /dev/null) and stdout and stderr
 * to out_path, in cwd when given. Its pid, or -1. */
pid_t virtuoso_spawn(char *const *argv, const char *in_path, const char *out_path, const char *cwd)
{
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, in_path ? in_path : "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, out_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&fa, 1, 2);
    /* The child changes directory, not cnkg: a chdir here would move every
     * thread's relative paths while it lasted (glibc 2.29, musl 1.1.24). */
    if (cwd)
        posix_spawn_file_actions_addchdir_np(&fa, cwd);
    pid_t pid;
    int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    return rc ? -1 : pid;
}

/* Waits at most timeout_s seconds for pid. Its exit status, or -1. */
int virtuoso_wait(pid_t pid, int timeout_s)
{
    int status = 0;
    for (int waited = 0; waitpid(pid, &status, WNOHANG) == 0; waited++) {
        if (waited >= timeout_s * 10) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            return -1;
        }
        usleep(100000);
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* A file's text; "" when it cannot be read (no output, no lock file). */
char *virtuoso_slurp(const char *path)
{
    cnkg_error ignored;
    size_t len;
    char *text = cnkg_file_read(path, &len, &ignored);
    return text ? text : cnkg_xstrdup("");
}

int virtuoso_write_file(const char *path, const char *text)
{
    FILE *fp = fopen(path, "wb");
    if (!fp)
        return -1;
    fputs(text, fp);
    return fclose(fp) == 0 ? 0 : -1;
}
