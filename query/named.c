/* named.c - where `cnkg query --name NAME` finds NAME.rq: $CNKG_QUERIES,
 * else the source tree's queries/ when this build was not installed, else
 * share/cnkg/queries (as the ontology finds its directory). */
#include "cnkg_query.h"

#include <stdlib.h>
#include <sys/stat.h>

const char *cnkg_queries_default_dir(void)
{
    const char *env = getenv("CNKG_QUERIES");
    if (env && *env)
        return env;
    struct stat st;
    if (stat(CNKG_SOURCE_QUERIES_DIR, &st) == 0 && S_ISDIR(st.st_mode))
        return CNKG_SOURCE_QUERIES_DIR;
    return CNKG_INSTALL_QUERIES_DIR;
}
