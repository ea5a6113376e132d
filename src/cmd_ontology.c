/* cmd_ontology.c - `cnkg ontology`: the schema the graph follows, and the
 * concept schemes a query joins it to.
 *
 * The files are printed as they are, one after the other, so that their
 * comments (sources, the 33618 caveats) reach the reader. Turtle allows a
 * @prefix to be declared again, and every file declares its own, so the
 * concatenation parses as one document. It would not if two files shared a
 * blank node label (_:x) or used @base: the ontology uses neither, and the
 * end-to-end test checks that the printed triples are the sum of the files'. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cnkg_common.h"
#include "cnkg_ontology.h"
#include "commands.h"

static const char usage[] =
    "usage: cnkg ontology [--ontology DIR] [--all | --shapes | --path] [-v]\n"
    "\n"
    "Prints cnkg's ontology as Turtle: the schema (classes, relations, their\n"
    "Chinese and English labels, domains and ranges) and the concept schemes a\n"
    "query joins a graph to - the industry taxonomy and Chongqing's 33618\n"
    "modern manufacturing cluster system with its four tiers (万亿级, 五千亿级,\n"
    "千亿级, 新星), from which kg:inCluster leads an industry to its cluster.\n"
    "Load it beside a graph to let a reasoner or a SPARQL query follow\n"
    "rdfs:subClassOf, skos:broader and kg:inCluster. The files are printed\n"
    "one after the other, comments included.\n"
    "\n"
    "  --ontology DIR  the ontology directory (default: $CNKG_ONTOLOGY, else the\n"
    "                  one cnkg was built or installed with)\n"
    "  --all           print every lexicon file too (divisions, companies,\n"
    "                  parks, cue words ...): all the extractor knows\n"
    "  --shapes        print the SHACL shapes every graph cnkg writes conforms\n"
    "                  to (classes, relations within their domains and ranges,\n"
    "                  labels, mentions, statements, articles) instead\n"
    "  --path          print the directory instead of the ontology\n"
    "  -v, --verbose   say on standard error which files were printed\n"
    "  -h, --help      this help\n"
    "\n"
    "examples:\n"
    "  cnkg ontology > ontology.ttl\n"
    "  cnkg query -d kg.ttl -d ontology.ttl @queries/companies-by-cluster.rq\n"
    "  cnkg ontology --shapes > shapes.ttl\n"
    "  shacl validate --shapes shapes.ttl --data kg.ttl     # Apache Jena\n"
    "\n"
    "exit status: 0 printed, 1 a file of the ontology could not be read or\n"
    "the output not written, 2 a usage error.\n";

/* The shapes, relative to the ontology dir. They are a document of their
 * own (a SHACL engine takes shapes and data apart), so --shapes prints them
 * alone rather than after the schema. */
static const char shapes_file[] = "shapes.ttl";

/* The schemes printed beside the schema, relative to the ontology dir. */
static const char *const scheme_files[] = {"lexicon/industries.ttl", "lexicon/programs.ttl"};

/* Copies the file at path to out under a header comment naming rel; with
 * verbose, names it on stderr too. */
static int print_file(FILE *out, const char *path, const char *rel, int verbose, cnkg_error *err)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        cnkg_error_set(err, "cannot open '%s'; set --ontology DIR or CNKG_ONTOLOGY", path);
        return -1;
    }
    /* The newline keeps a file whose last line has none from running into
     * the next file's header. */
    fprintf(out, "\n# ==== %s ====\n\n", rel);
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
        fwrite(buf, 1, n, out);
    int failed = ferror(fp);
    fclose(fp);
    if (failed) {
        cnkg_error_set(err, "cannot read '%s'", path);
        return -1;
    }
    if (verbose)
        fprintf(stderr, "cnkg ontology: printed %s\n", path);
    return 0;
}

static int print_rel(FILE *out, const char *dir, const char *rel, int verbose, cnkg_error *err)
{
    char *path = cnkg_path_join(dir, rel);
    int rc = print_file(out, path, rel, verbose, err);
    free(path);
    return rc;
}

/* The lexicon's files, found as the loader finds them. */
static int print_lexicon(FILE *out, const char *dir, int verbose, cnkg_error *err)
{
    char *lexicon = cnkg_path_join(dir, "lexicon");
    char **paths = NULL;
    size_t n = 0;
    int rc = cnkg_ontology_files(lexicon, &paths, &n, err);
    /* each named as under dir: lexicon/industries.ttl */
    for (size_t i = 0; rc == 0 && i < n; i++)
        rc = print_file(out, paths[i], paths[i] + strlen(dir) + 1, verbose, err);
    cnkg_ontology_files_free(paths, n);
    free(lexicon);
    return rc;
}

static int print_schemes(FILE *out, const char *dir, int verbose, cnkg_error *err)
{
    for (size_t i = 0; i < sizeof scheme_files / sizeof *scheme_files; i++)
        if (print_rel(out, dir, scheme_files[i], verbose, err) != 0)
            return -1;
    return 0;
}

static int print_ontology(FILE *out, const char *dir, int all, int verbose, cnkg_error *err)
{
    if (print_rel(out, dir, "cnkg.ttl", verbose, err) != 0)
        return -1;
    return all ? print_lexicon(out, dir, verbose, err) : print_schemes(out, dir, verbose, err);
}

int cnkg_cmd_ontology(int argc, char **argv)
{
    static const struct option options[] = {{"ontology", required_argument, NULL, 'O'},
                                            {"all", no_argument, NULL, 'a'},
                                            {"path", no_argument, NULL, 'p'},
                                            {"shapes", no_argument, NULL, 's'},
                                            {"verbose", no_argument, NULL, 'v'},
                                            {"help", no_argument, NULL, 'h'},
                                            {NULL, 0, NULL, 0}};
    const char *dir = cnkg_data_path(CNKG_DATA_ONTOLOGY);
    int path_only = 0, all = 0, shapes = 0, verbose = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "vh", options, NULL)) != -1) {
        switch (c) {
        case 'O':
            dir = optarg;
            break;
        case 'a':
            all = 1;
            break;
        case 'p':
            path_only = 1;
            break;
        case 's':
            shapes = 1;
            break;
        case 'v':
            verbose = 1;
            break;
        case 'h':
            fputs(usage, stdout);
            return 0;
        default:
            fputs("Run 'cnkg ontology --help' for the options.\n", stderr);
            return 2;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "cnkg ontology: unexpected argument '%s'\n%s", argv[optind], usage);
        return 2;
    }
    if (path_only + all + shapes > 1) {
        fprintf(stderr, "cnkg ontology: --path, --all and --shapes exclude each other\n%s", usage);
        return 2;
    }
    if (path_only) {
        puts(dir);
        return 0;
    }
    cnkg_error err = {0};
    int rc = shapes ? print_rel(stdout, dir, shapes_file, verbose, &err)
                    : print_ontology(stdout, dir, all, verbose, &err);
    if (rc != 0) {
        fprintf(stderr, "cnkg ontology: %s\n", err.message);
        return 1;
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "cnkg ontology: cannot write the ontology\n");
        return 1;
    }
    return 0;
}
