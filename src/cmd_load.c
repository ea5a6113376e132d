/* cmd_load.c - `cnkg load`: graph files into a store; `cnkg store`: the
 * store's server (status, stop). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cnkg_query.h"
#include "commands.h"

static const char load_usage[] = "usage: cnkg load INPUT... --store SPEC [-v]\n";

static const char load_help[] =
    "Load graph files (as written by cnkg extract) into a store, to query\n"
    "them later with cnkg query --store SPEC.\n"
    "\n"
    "SPEC is a directory (created when missing; a load that fails removes\n"
    "what it created) or virtuoso://HOST:PORT.\n"
    "A directory store needs no server while it is small: up to 20,000\n"
    "triples (CNKG_STORE_MEMORY_LIMIT) it is answered in memory by rasqal.\n"
    "Past that, cnkg starts a private Virtuoso in DIR/virtuoso (its own\n"
    "database, loopback only, ports chosen at start), bulk-loads the graphs\n"
    "and keeps it running for the next calls; it stops after 15 minutes\n"
    "unused (CNKG_STORE_IDLE, seconds) or with cnkg store stop --store DIR.\n"
    "It needs the Debian package virtuoso-opensource (scripts/virtuoso.sh\n"
    "install). The load's chunks are also kept for a Jena TDB2 copy in\n"
    "DIR/jena, which answers the queries Virtuoso gets wrong (see cnkg query\n"
    "--help); the first such query builds it from them (about 30 s of CPU a\n"
    "million triples; CNKG_STORE_JENA=load builds it with the load).\n"
    "CNKG_STORE_JENA=0 keeps none, and then Virtuoso answers them, -v saying\n"
    "they may be wrong (so too after a load that failed part way: load\n"
    "afresh into a new store).\n"
    "\n"
    "virtuoso://HOST:PORT[?sql=PORT] is a Virtuoso you run: PORT is its HTTP\n"
    "port; loading goes through isql-vt on its SQL port (1111 unless ?sql=\n"
    "or CNKG_VIRTUOSO_SQL_PORT says otherwise; password CNKG_VIRTUOSO_PASSWORD,\n"
    "dba by default) into a directory its DirsAllowed lists.\n"
    "\n"
    "A load into Virtuoso is streamed: cnkg writes the input, in chunks of\n"
    "whole graphs, into the server's load directory and bulk-loads each\n"
    "while it writes the next, so its memory stays small whatever the input.\n"
    "A load that was killed, run again with the same files, resumes: the\n"
    "chunks the server had loaded are not loaded again (-v says so). One that\n"
    "failed part way (a file that does not parse) keeps the chunks it had\n"
    "loaded: load the corrected files again to complete it.\n"
    "\n"
    "Each named graph (one per article in cnkg's N-Quads) is loaded whole:\n"
    "loading an article again replaces it, so it adds nothing. Triples\n"
    "without a graph (Turtle, N-Triples) go to the store's default graph,\n"
    "which loads add to and never replace. Queries see the merge of all\n"
    "graphs as their default graph: a triple that many articles state is\n"
    "one triple, in memory as in Virtuoso.\n"
    "\n"
    "Options:\n"
    "  -s, --store SPEC   the store (required)\n"
    "  -v, --verbose      say where the triples went\n"
    "  -h, --help         show this help\n"
    "\n"
    "examples:\n"
    "  cnkg extract news/ -o out/kg.nq\n"
    "  cnkg load out/kg.nq --store ~/kg-store\n"
    "  cnkg query --store ~/kg-store --name companies-settled\n"
    "\n"
    "exit status: 0 success, 1 data or store error, 2 usage error.\n";

static int load(const char *spec, char **inputs, int n, int verbose)
{
    cnkg_error err = {{0}};
    cnkg_store *s = NULL;
    int rc = cnkg_store_open(&s, spec, 1, &err);
    if (rc == 0)
        rc = cnkg_store_load(s, inputs, (size_t)n, &err);
    if (rc && s)
        cnkg_store_discard(s);
    if (rc)
        fprintf(stderr, "cnkg load: %s\n", err.message);
    else if (verbose)
        fprintf(stderr, "cnkg load: %d file%s into %s: %s\n", n, n == 1 ? "" : "s", spec,
                cnkg_store_engine(s));
    cnkg_store_free(s);
    return rc ? 1 : 0;
}

/* The options load and store share: --store SPEC (else $CNKG_STORE), -v,
 * and -h (usage and help). -1 when the command goes on, else its exit
 * status. */
static int store_options(int argc, char **argv, const char *cmd, const char *usage,
                         const char *help, const char **store, int *verbose)
{
    static const struct option longopts[] = {
        {"store", required_argument, NULL, 's'},
        {"verbose", no_argument, NULL, 'v'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    int c;
    *store = getenv("CNKG_STORE");
    *verbose = 0;
    optind = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":s:vh", longopts, NULL)) != -1) {
        if (c == 's') {
            *store = optarg;
        } else if (c == 'v') {
            *verbose = 1;
        } else if (c == 'h') {
            fputs(usage, stdout);
            fputs(help, stdout);
            return 0;
        } else if (c == ':') {
            return cnkg_usage_error(cmd, usage, "option %s needs an argument", argv[optind - 1]);
        } else {
            return cnkg_usage_error(cmd, usage, "unknown option %s", argv[optind - 1]);
        }
    }
    return -1;
}

int cnkg_cmd_load(int argc, char **argv)
{
    const char *store;
    int verbose;
    int status = store_options(argc, argv, "load", load_usage, load_help, &store, &verbose);
    if (status >= 0)
        return status;
    if (!store || !*store)
        return cnkg_usage_error("load", load_usage, "%s", "no store: give --store SPEC");
    if (optind >= argc)
        return cnkg_usage_error("load", load_usage, "%s", "no input files");
    return load(store, argv + optind, argc - optind, verbose);
}

static const char store_usage[] = "usage: cnkg store status|stop --store DIR [-v]\n";

static const char store_help[] =
    "status: whether the store's private Virtuoso runs; stop: stop it\n"
    "(it starts again when a query or load needs it). CNKG_STORE gives\n"
    "the store when --store is not given.\n"
    "\n"
    "  --store DIR    the store (a directory made by cnkg load)\n"
    "  -v, --verbose  say on standard error which store and engine\n"
    "  -h, --help     this help\n"
    "\n"
    "examples:\n"
    "  cnkg store status --store ~/kg-store     # prints running or stopped\n"
    "  cnkg store stop --store ~/kg-store       # stops its Virtuoso, says so\n"
    "\n"
    "exit status: 0 done, 1 the store could not be opened or stopped,\n"
    "2 a usage error.\n";

int cnkg_cmd_store(int argc, char **argv)
{
    const char *store;
    int verbose;
    int status = store_options(argc, argv, "store", store_usage, store_help, &store, &verbose);
    if (status >= 0)
        return status;
    if (optind >= argc || (strcmp(argv[optind], "stop") && strcmp(argv[optind], "status")))
        return cnkg_usage_error("store", store_usage, "%s", "give status or stop");
    if (optind + 2 == argc && !store) {
        fprintf(stderr, "cnkg store: the store is given with --store: cnkg store %s --store %s\n",
                argv[optind], argv[optind + 1]);
        return 2;
    }
    if (optind + 1 != argc)
        return cnkg_usage_error("store", store_usage, "%s",
                                "give status or stop, then --store DIR");
    if (!store || !*store)
        return cnkg_usage_error("store", store_usage, "%s", "no store: give --store DIR");
    cnkg_error err = {{0}};
    cnkg_store *s = NULL;
    int rc = cnkg_store_open(&s, store, 0, &err);
    if (rc == 0 && strcmp(argv[optind], "stop") == 0) {
        int was_running = cnkg_store_running(s);
        rc = cnkg_store_stop(s, &err);
        if (rc == 0)
            printf("%s\n", was_running ? "stopped" : "not running");
    } else if (rc == 0)
        printf("%s\n", cnkg_store_running(s) ? "running" : "stopped");
    if (rc)
        fprintf(stderr, "cnkg store: %s\n", err.message);
    else if (verbose)
        fprintf(stderr, "cnkg store: %s: %s\n", store, cnkg_store_engine(s));
    cnkg_store_free(s);
    return rc ? 1 : 0;
}
