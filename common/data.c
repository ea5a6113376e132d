/* data.c - where the data cnkg ships are found. Every kind is looked up
 * the same way, so that a build run from its tree, an installed cnkg and a
 * user's own copy behave alike whatever the data: the environment
 * variable when set, else this build's own copy (in the source or the
 * build tree) when it was not installed, else the installed one. */
#include "cnkg_common.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static const struct {
    const char *env;
    const char *source, *installed; /* set by common/CMakeLists.txt */
    int is_dir;
} data[] = {
    [CNKG_DATA_ONTOLOGY] = {"CNKG_ONTOLOGY", CNKG_SOURCE_DIR "/ontology",
                            CNKG_INSTALL_DATA_DIR "/ontology", 1},
    [CNKG_DATA_MODEL] = {"CNKG_MODEL", CNKG_SOURCE_DIR "/models/cluener.model",
                         CNKG_INSTALL_DATA_DIR "/models/cluener.model", 0},
    [CNKG_DATA_QUERIES] = {"CNKG_QUERIES", CNKG_SOURCE_DIR "/queries",
                           CNKG_INSTALL_DATA_DIR "/queries", 1},
    /* made by the build (query/CMakeLists.txt), so in the build tree */
    [CNKG_DATA_JENA] = {"CNKG_JENA_DIR", CNKG_BUILD_DIR "/jena", CNKG_INSTALL_DATA_DIR "/jena", 1},
    [CNKG_DATA_PAIRS] = {"CNKG_PAIRS_MODEL", CNKG_SOURCE_DIR "/models/pairs.model",
                         CNKG_INSTALL_DATA_DIR "/models/pairs.model", 0},
    [CNKG_DATA_ENTITIES] = {"CNKG_ENTITY_MODEL", CNKG_SOURCE_DIR "/models/entities.model",
                            CNKG_INSTALL_DATA_DIR "/models/entities.model", 0},
};

static int present(const char *path, int is_dir)
{
    struct stat st;
    if (is_dir)
        return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
    return access(path, R_OK) == 0;
}

const char *cnkg_data_path(cnkg_data what)
{
    const char *env = getenv(data[what].env);
    if (env && *env)
        return env;
    if (present(data[what].source, data[what].is_dir))
        return data[what].source;
    return data[what].installed;
}
