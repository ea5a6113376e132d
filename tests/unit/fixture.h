/*
 * fixture.h - set-up that many unit tests share, written once: the
 * ontology of the source tree and the contract's names it declares, and
 * temporary directories of files. Every helper fails the running test
 * (cmocka) rather than return an error.
 */
#ifndef CNKG_TEST_FIXTURE_H
#define CNKG_TEST_FIXTURE_H

#include <stddef.h>

#include "cnkg_extractor.h"
#include "cnkg_ontology.h"

/* The source tree's ontology/, loaded on first use, once per test program,
 * and freed at exit. */
const cnkg_ontology *fixture_ontology(void);
/* Its class and relation names: what hand-made articles are written in. */
const cnkg_names *fixture_names(void);
/* An extractor over that ontology without the statistical labeller, so
 * that a test shows what the rules do; made on first use, freed at exit. */
cnkg_extractor *fixture_extractor(void);

/* A new directory /tmp/cnkg-<tag>-XXXXXX; free it with fixture_dir_remove. */
char *fixture_dir_new(const char *tag);
/* The same holding contract.ttl: the contract's names as the tree's
 * ontology declares them (kg:contractClasses, kg:contractRelations,
 * kg:slug, owl:SymmetricProperty) and nothing else, for a test that loads
 * small lexicons of its own: a directory without them names no class, and
 * does not load. */
char *fixture_schema_dir_new(const char *tag);
/* Writes text to dir/name, making the directories name passes through. */
void fixture_file_write(const char *dir, const char *name, const char *text);
/* Removes the directory and all in it, and frees dir. */
void fixture_dir_remove(char *dir);

/* A cmocka fixture: a fresh directory /tmp/cnkg-test-XXXXXX for each test,
 * and a buffer for the paths of the files in it. */
typedef struct fixture_tmp {
    char *dir;
    char path[512];
} fixture_tmp;
/* cmocka setup and teardown: *state is a fixture_tmp. */
int fixture_tmp_setup(void **state);
int fixture_tmp_teardown(void **state);
/* Full path of name inside the directory, valid until the next call. */
const char *fixture_tmp_at(fixture_tmp *f, const char *name);
/* Writes len bytes to the file name inside the directory. */
void fixture_tmp_put(fixture_tmp *f, const char *name, const char *bytes, size_t len);

/* Monotonic seconds, for the tests that bound a time. */
double fixture_now(void);

#endif
