/* cmd_query.c - `cnkg query`: SPARQL over RDF files or a store, offline. */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cnkg_query.h"
#include "commands.h"

static const char usage_line[] =
    "usage: cnkg query (-d DATAFILE... | --store SPEC) [-r table|csv|tsv|json] [-v]\n"
    "                  (QUERY | @FILE.rq | --name NAME)\n";

static const char help_text[] =
    "Answer a SPARQL 1.1 query over RDF files or a store, offline.\n"
    "\n"
    "The files given with -d are merged into one in-memory graph; the query\n"
    "(SELECT, ASK, CONSTRUCT or DESCRIBE) is answered over it by rasqal. A\n"
    "file's syntax follows its extension: .ttl Turtle, .nt N-Triples, .nq\n"
    "N-Quads, .trig TriG, .rdf/.xml RDF/XML, anything else Turtle. For more\n"
    "than a few articles, load them once into a store (cnkg load) and query\n"
    "it with --store.\n"
    "\n"
    "QUERY is the text of the query; @FILE reads it from a file, @- from\n"
    "standard input; --name NAME runs the shipped competency query NAME.rq\n"
    "(queries/ of the source tree, installed under share/cnkg/queries).\n"
    "\n"
    "Options:\n"
    "  -d, --data FILE       an RDF file to query; repeat for more\n"
    "  -s, --store SPEC      a store instead of files: a directory filled by\n"
    "                        cnkg load, or virtuoso://HOST:PORT (see cnkg load -h)\n"
    "  -n, --name NAME       run queries/NAME.rq (e.g. companies-settled)\n"
    "  -v, --verbose         say on standard error which engine answered, and why\n"
    "  -r, --results FORMAT  how SELECT and ASK results are written:\n"
    "                          table  aligned columns for reading (default); IRIs\n"
    "                                 shown as prefixed names, values cut at 60\n"
    "                                 columns; ASK prints yes or no\n"
    "                          csv    W3C SPARQL 1.1 CSV: plain values, CRLF\n"
    "                          tsv    W3C SPARQL 1.1 TSV: values in Turtle syntax\n"
    "                          json   W3C SPARQL 1.1 JSON\n"
    "                        CONSTRUCT and DESCRIBE always print Turtle.\n"
    "  -h, --help            show this help\n"
    "\n"
    "Prefixes the query does not declare itself are predeclared:\n"
    "  kg: <https://w3id.org/cnkg/ontology#>   id: <https://w3id.org/cnkg/id/>\n"
    "  skos: schema: <https://schema.org/> prov: nif: itsrdf: dcterms:\n"
    "  rdf: rdfs: xsd: owl:\n"
    "Declare them anyway in a query you mean to run elsewhere.\n"
    "\n"
    "Engines: rasqal answers in memory, in-process, what it answers right. What\n"
    "it cannot parse (property paths a/b a* ^a, EXISTS, NOT EXISTS, MINUS) or is\n"
    "known to get wrong (casts, GROUP BY an expression, HAVING, a GROUP_CONCAT\n"
    "SEPARATOR, REPLACE, SUBSTR, aggregates in subqueries, empty groups) is\n"
    "answered by Jena ARQ (Debian's libapache-jena-java), which starts a JVM:\n"
    "about a second more. -v says which engine answered and why; the answers\n"
    "are written alike. Over files the default graph is the merge of them all\n"
    "(a triple stated twice is one triple); GRAPH sees the graphs of N-Quads\n"
    "files (through Jena ARQ). A store past 20,000 triples is answered by\n"
    "Virtuoso (see cnkg load --help), fast on large graphs but wrong on a\n"
    "quarter of the W3C SPARQL 1.1 tests. A query there that uses property\n"
    "paths (+ * ? ^ | !), MINUS, BIND, VALUES, HAVING, IN, arithmetic, AVG,\n"
    "SUM, casts, functions other than STR, LANG, DATATYPE, string tests over\n"
    "STR() and the tests (BOUND, isIRI, sameTerm, ...) in a FILTER, or a\n"
    "test's value as a column, is answered by Jena ARQ over the store's TDB2\n"
    "copy instead: 2 s or more a query, and the first one after a load\n"
    "also puts that load into the copy. -v names the engine.\n"
    "\n"
    "Labels are written with a language tag: match \"璧山区\"@zh, not \"璧山区\".\n"
    "\n"
    "examples:\n"
    "  # How many companies settled in each district?\n"
    "  cnkg query -d kg.ttl '\n"
    "    SELECT ?district (COUNT(DISTINCT ?c) AS ?companies) WHERE {\n"
    "      ?c a kg:Company ; kg:locatedIn ?d .\n"
    "      ?d a kg:AdministrativeDivision ; skos:prefLabel ?district .\n"
    "    }\n"
    "    GROUP BY ?district ORDER BY DESC(?companies)'\n"
    "\n"
    "  # The same from the ready-made file, as CSV for a spreadsheet:\n"
    "  cnkg query -d kg.ttl -r csv @queries/companies-per-district.rq > counts.csv\n"
    "\n"
    "  # Which sentence states each fact? Graphs of many articles merge:\n"
    "  cnkg query -d a.ttl -d b.nq @queries/fact-sources.rq\n"
    "\n"
    "  # Who works with whom, directly or through others (a property path;\n"
    "  # -v says Jena ARQ answered):\n"
    "  cnkg query -d kg.ttl -v '\n"
    "    SELECT ?a ?b WHERE { ?x kg:collaboratesWith+ ?y .\n"
    "      ?x skos:prefLabel ?a . ?y skos:prefLabel ?b }'\n"
    "\n"
    "  # Companies the articles place nowhere:\n"
    "  cnkg query -d kg.ttl '\n"
    "    SELECT ?name WHERE { ?c a kg:Company ; skos:prefLabel ?name\n"
    "      FILTER NOT EXISTS { ?c kg:locatedIn ?d } }'\n"
    "\n"
    "  # Does any company come from Jiangxi? (prints yes or no)\n"
    "  cnkg query -d kg.ttl 'ASK { ?c kg:originFrom ?p . ?p skos:prefLabel \"江西省\"@zh }'\n"
    "\n"
    "  # Everything said about parks, as Turtle:\n"
    "  cnkg query -d kg.ttl 'CONSTRUCT { ?p ?r ?o } WHERE { ?p a kg:IndustrialPark ; ?r ?o }'\n"
    "\n"
    "  # A store of many articles, and a shipped query over it:\n"
    "  cnkg load out/*.nq --store ~/kg-store\n"
    "  cnkg query --store ~/kg-store --name companies-per-district\n"
    "\n"
    "Environment: CNKG_QUERY_ENGINE=rasqal or jena answers with that engine\n"
    "alone (for comparisons).\n"
    "\n"
    "exit status: 0 success, 1 query or data error, 2 usage error.\n";

/* Reads all of fp; NULL on a read error. */
static char *slurp(FILE *fp)
{
    size_t len = 0, cap = 4096;
    char *text = malloc(cap);
    size_t got;
    while (text && (got = fread(text + len, 1, cap - len - 1, fp)) > 0) {
        len += got;
        if (cap - len - 1 == 0) {
            char *bigger = realloc(text, cap *= 2);
            if (!bigger)
                free(text);
            text = bigger;
        }
    }
    if (!text || ferror(fp)) {
        free(text);
        return NULL;
    }
    text[len] = '\0';
    return text;
}

static char *read_query(const char *arg)
{
    if (arg[0] != '@')
        return strdup(arg);
    const char *path = arg + 1;
    int std = strcmp(path, "-") == 0;
    FILE *fp = std ? stdin : fopen(path, "rb");
    char *text = fp ? slurp(fp) : NULL;
    int saved = errno;
    if (fp && !std)
        fclose(fp);
    if (!text)
        fprintf(stderr, "cnkg query: cannot read %s: %s\n", std ? "standard input" : path,
                strerror(saved ? saved : EIO));
    return text;
}

/* A message about "query:LINE" names the query's file when there is one,
 * so an editor can jump to it. */
static void report(const char *message, const char *query_arg)
{
    if (query_arg[0] == '@' && strcmp(query_arg, "@-") != 0 && strncmp(message, "query:", 6) == 0)
        fprintf(stderr, "cnkg query: %s:%s\n", query_arg + 1, message + 6);
    else
        fprintf(stderr, "cnkg query: %s\n", message);
}

static int run_files(char **data, int n_data, const char *sparql, cnkg_results_format format,
                     int verbose, cnkg_error *err)
{
    cnkg_query_engine *q = NULL;
    int rc = cnkg_query_engine_new(&q, err);
    for (int i = 0; rc == 0 && i < n_data; i++)
        rc = cnkg_query_engine_load(q, data[i], err);
    if (rc == 0)
        rc = cnkg_query_engine_run(q, sparql, format, stdout, err);
    if (verbose && q && *cnkg_query_engine_answered_by(q))
        fprintf(stderr, "cnkg query: engine: %s\n", cnkg_query_engine_answered_by(q));
    cnkg_query_engine_free(q);
    return rc;
}

static int run_store(const char *spec, const char *sparql, cnkg_results_format format, int verbose,
                     cnkg_error *err)
{
    cnkg_store *s = NULL;
    int rc = cnkg_store_open(&s, spec, 0, err);
    if (rc == 0)
        rc = cnkg_store_query(s, sparql, format, stdout, err);
    if (s && verbose && *cnkg_store_engine(s))
        fprintf(stderr, "cnkg query: engine: %s\n", cnkg_store_engine(s));
    cnkg_store_free(s);
    return rc;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* "companies-settled, designated-parks, …": what --name takes, sorted. */
static void list_query_names(const char *dir, FILE *out)
{
    DIR *d = opendir(dir);
    char **names = NULL;
    size_t n = 0;
    for (struct dirent *e; d && (e = readdir(d));) {
        size_t len = strlen(e->d_name);
        if (len > 3 && strcmp(e->d_name + len - 3, ".rq") == 0) {
            names = cnkg_xrealloc(names, (n + 1) * sizeof *names);
            names[n++] = cnkg_xstrndup(e->d_name, len - 3);
        }
    }
    if (d)
        closedir(d);
    if (n)
        qsort(names, n, sizeof *names, by_name);
    for (size_t i = 0; i < n; i++) {
        fprintf(out, "%s%s", i ? ", " : "", names[i]);
        free(names[i]);
    }
    fputs(n ? "\n" : "(none)\n", out);
    free(names);
}

/* --name NAME as @DIR/NAME.rq, so that messages name the file. */
static char *named_query_arg(const char *name)
{
    const char *dir = cnkg_data_path(CNKG_DATA_QUERIES);
    size_t len = strlen(dir) + strlen(name) + 6;
    char *arg = cnkg_xmalloc(len);
    snprintf(arg, len, "@%s/%s.rq", dir, name);
    if (*name && !strchr(name, '/') && access(arg + 1, R_OK) == 0)
        return arg;
    free(arg);
    fprintf(stderr, "cnkg query: no shipped query named '%s' in %s; the names are:\n  ", name, dir);
    list_query_names(dir, stderr);
    return NULL;
}

static int run(char **data, int n_data, const char *store, const char *query_arg,
               cnkg_results_format format, int verbose)
{
    char *sparql = read_query(query_arg);
    if (!sparql)
        return 1;
    cnkg_error err = {{0}};
    int rc = store ? run_store(store, sparql, format, verbose, &err)
                   : run_files(data, n_data, sparql, format, verbose, &err);
    if (rc)
        report(err.message, query_arg);
    free(sparql);
    return rc ? 1 : 0;
}

int cnkg_cmd_query(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"data", required_argument, NULL, 'd'},
        {"results", required_argument, NULL, 'r'},
        {"store", required_argument, NULL, 's'},
        {"name", required_argument, NULL, 'n'},
        {"verbose", no_argument, NULL, 'v'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    cnkg_results_format format = CNKG_RESULTS_TABLE;
    char **data = calloc((size_t)argc + 1, sizeof *data);
    int n_data = 0, c, status = -1, verbose = 0;
    const char *store = NULL, *name = NULL;
    if (!data)
        return 1;
    optind = 0; /* glibc: start afresh, whoever parsed before */
    opterr = 0;
    while (status < 0 && (c = getopt_long(argc, argv, ":d:r:s:n:vh", longopts, NULL)) != -1) {
        switch (c) {
        case 'd':
            data[n_data++] = optarg;
            break;
        case 'r':
            if (cnkg_results_format_from_name(optarg, &format))
                status =
                    cnkg_usage_error("query", usage_line,
                                     "unknown results format '%s' (table, csv, tsv, json)", optarg);
            break;
        case 's':
            store = optarg;
            break;
        case 'n':
            name = optarg;
            break;
        case 'v':
            verbose = 1;
            break;
        case 'h':
            fputs(usage_line, stdout);
            fputs(help_text, stdout);
            status = 0;
            break;
        case ':':
            status = cnkg_usage_error("query", usage_line, "option %s needs an argument",
                                      argv[optind - 1]);
            break;
        default:
            status = cnkg_usage_error("query", usage_line, "unknown option %s", argv[optind - 1]);
            break;
        }
    }
    char *named = NULL;
    if (status < 0) {
        int n_queries = argc - optind + (name ? 1 : 0);
        if (n_queries == 0)
            status = cnkg_usage_error("query", usage_line, "%s", "no query given");
        else if (n_queries > 1)
            status = cnkg_usage_error("query", usage_line, "one query only; unexpected '%s'",
                                      argv[optind + (name ? 0 : 1)]);
        else if (n_data == 0 && !store)
            status = cnkg_usage_error("query", usage_line, "%s",
                                      "no data: give -d DATAFILE or --store SPEC");
        else if (n_data && store)
            status = cnkg_usage_error("query", usage_line, "%s",
                                      "give -d DATAFILE or --store SPEC, not both");
        else if (name && !(named = named_query_arg(name)))
            status = 1;
        else
            status = run(data, n_data, store, named ? named : argv[optind], format, verbose);
    }
    free(named);
    free(data);
    return status;
}
