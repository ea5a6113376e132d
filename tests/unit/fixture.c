/* fixture.c - see fixture.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cnkg_common.h"
#include "fixture.h"

static cnkg_ontology *shared_onto;

static void free_shared(void)
{
    cnkg_ontology_free(shared_onto);
}

const cnkg_ontology *fixture_ontology(void)
{
    if (!shared_onto) {
        cnkg_error err = {{0}};
        if (cnkg_ontology_load(&shared_onto, CNKG_SOURCE_DIR "/ontology", &err) != 0)
            fail_msg("%s", err.message);
        atexit(free_shared);
    }
    return shared_onto;
}

const cnkg_names *fixture_names(void)
{
    return cnkg_ontology_names(fixture_ontology());
}

static cnkg_extractor *shared_extractor;

static void free_extractor(void)
{
    cnkg_extractor_free(shared_extractor);
}

/* Registered after the ontology's clean-up, so run before it: the
 * extractor refers to the ontology. */
cnkg_extractor *fixture_extractor(void)
{
    if (!shared_extractor) {
        cnkg_error err = {{0}};
        if (cnkg_extractor_new(&shared_extractor, fixture_ontology(), NULL, &err) != 0)
            fail_msg("%s", err.message);
        atexit(free_extractor);
    }
    return shared_extractor;
}

char *fixture_dir_new(const char *tag)
{
    char tmpl[128];
    snprintf(tmpl, sizeof tmpl, "/tmp/cnkg-%s-XXXXXX", tag);
    if (!mkdtemp(tmpl))
        fail_msg("mkdtemp %s failed", tmpl);
    return strdup(tmpl);
}

char *fixture_schema_dir_new(const char *tag)
{
    const cnkg_names *n = fixture_names();
    cnkg_buf b = {0};
    cnkg_buf_puts(&b, "@prefix kg: <" CNKG_NS "> .\n"
                      "@prefix owl: <" CNKG_OWL_NS "> .\n"
                      "<https://w3id.org/cnkg/ontology> kg:contractClasses (");
    for (int c = 0; c < CNKG_CLASS_COUNT; c++)
        cnkg_buf_printf(&b, " kg:%s", cnkg_class_name(n, c));
    cnkg_buf_puts(&b, " ) ;\n  kg:contractRelations (");
    for (int r = 0; r < CNKG_RELATION_COUNT; r++)
        cnkg_buf_printf(&b, " kg:%s", cnkg_relation_name(n, r));
    cnkg_buf_puts(&b, " ) .\n");
    for (int c = 0; c < CNKG_CLASS_COUNT; c++)
        cnkg_buf_printf(&b, "kg:%s kg:slug \"%s\" .\n", cnkg_class_name(n, c),
                        cnkg_class_slug(n, c));
    for (int r = 0; r < CNKG_RELATION_COUNT; r++)
        if (cnkg_relation_is_symmetric(n, r))
            cnkg_buf_printf(&b, "kg:%s a owl:SymmetricProperty .\n", cnkg_relation_name(n, r));
    char *dir = fixture_dir_new(tag);
    fixture_file_write(dir, "contract.ttl", b.data);
    cnkg_buf_free(&b);
    return dir;
}

void fixture_file_write(const char *dir, const char *name, const char *text)
{
    char path[1024];
    int n = snprintf(path, sizeof path, "%s/%s", dir, name);
    assert_true(n > 0 && (size_t)n < sizeof path);
    /* the directories on the way, as mkdir -p */
    for (char *slash = path + strlen(dir) + 1; (slash = strchr(slash, '/')) != NULL; slash++) {
        *slash = '\0';
        mkdir(path, 0700);
        *slash = '/';
    }
    FILE *f = fopen(path, "wb");
    if (!f)
        fail_msg("cannot write %s", path);
    fputs(text, f);
    assert_int_equal(fclose(f), 0);
}

void fixture_dir_remove(char *dir)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
    free(dir);
}

int fixture_tmp_setup(void **state)
{
    fixture_tmp *f = cnkg_xcalloc(1, sizeof *f);
    f->dir = fixture_dir_new("test");
    *state = f;
    return 0;
}

int fixture_tmp_teardown(void **state)
{
    fixture_tmp *f = *state;
    fixture_dir_remove(f->dir);
    free(f);
    return 0;
}

const char *fixture_tmp_at(fixture_tmp *f, const char *name)
{
    snprintf(f->path, sizeof f->path, "%s/%s", f->dir, name);
    return f->path;
}

void fixture_tmp_put(fixture_tmp *f, const char *name, const char *bytes, size_t len)
{
    FILE *fp = fopen(fixture_tmp_at(f, name), "wb");
    assert_non_null(fp);
    assert_int_equal(fwrite(bytes, 1, len, fp), len);
    fclose(fp);
}

double fixture_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}
