/* atomic_file.h - an output file that appears whole or not at all: written
 * to a temporary file beside the target and renamed over it on commit, so
 * a failed or interrupted run never leaves a truncated file. */
#ifndef CNKG_ATOMIC_FILE_H
#define CNKG_ATOMIC_FILE_H

#include <stdio.h>

#include "cnkg_common.h"

typedef struct atomic_file {
    FILE *fp;
    char *target; /* NULL for stdout */
    char *temp;
} atomic_file;

/* path "-" or NULL writes to stdout. */
int atomic_file_open(atomic_file *f, const char *path, cnkg_error *err);
int atomic_file_commit(atomic_file *f, cnkg_error *err);
void atomic_file_abort(atomic_file *f);

#endif
