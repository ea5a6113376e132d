/* atomic_file.h - an output file that appears whole or not at all: written
 * to a temporary file beside the target and renamed over it on commit, so
 * a failed or interrupted run never leaves a truncated file. A target that
 * exists and is not a regular file (/dev/null, a FIFO) is written in
 * place: renaming over it would replace the device with a plain file. */
#ifndef CNKG_ATOMIC_FILE_H
#define CNKG_ATOMIC_FILE_H

#include <stdio.h>

#include "cnkg_common.h"

typedef struct atomic_file {
    FILE *fp;
    char *target; /* NULL for stdout */
    char *temp;   /* NULL for stdout and for a target written in place */
    char *buffer; /* the stream's buffer, freed after it is closed */
} atomic_file;

/* Whether path is written in place: it exists and is neither a regular
 * file nor a directory. */
int atomic_file_in_place(const char *path);

/* path "-" or NULL writes to stdout. A directory is refused. */
int atomic_file_open(atomic_file *f, const char *path, cnkg_error *err);
int atomic_file_commit(atomic_file *f, cnkg_error *err);
void atomic_file_abort(atomic_file *f);

/* Interruption: after this, SIGINT, SIGTERM and SIGHUP remove every
 * temporary file still open and end the process with status 128 + the
 * signal number (130, 143, 129). A signal the process was started with
 * ignored stays ignored (nohup). SIGXFSZ is ignored so that a file size
 * limit is a write error, handled like a full disk. */
void atomic_file_handle_signals(void);
/* A temporary file that someone else writes (a diagram renderer): removed
 * on a signal until untracked. temp must stay valid until then. At most
 * ATOMIC_FILE_MAX_TRACKED at once; beyond, tracking returns -1. */
enum { ATOMIC_FILE_MAX_TRACKED = 8 };
int atomic_file_track(const char *temp);
void atomic_file_untrack(const char *temp);

#endif
