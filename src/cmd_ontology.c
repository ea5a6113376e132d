/* cmd_ontology.c - `cnkg ontology`: the schema the graph follows. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cnkg_ontology.h"
#include "commands.h"

static const char usage[] =
    "usage: cnkg ontology [--ontology DIR] [--path]\n"
    "\n"
    "Prints cnkg's ontology (classes, relations, their Chinese and English\n"
    "labels, domains and ranges) as Turtle. Load it beside a graph to let a\n"
    "reasoner or a SPARQL query follow rdfs:subClassOf.\n"
    "\n"
    "  --ontology DIR  the ontology directory (default: $CNKG_ONTOLOGY, else the\n"
    "                  one cnkg was built or installed with)\n"
    "  --path          print the directory instead of the schema\n"
    "  -h, --help      this help\n";

int cnkg_cmd_ontology(int argc, char **argv)
{
    static const struct option options[] = {{"ontology", required_argument, NULL, 'O'},
                                            {"path", no_argument, NULL, 'p'},
                                            {"help", no_argument, NULL, 'h'},
                                            {NULL, 0, NULL, 0}};
    const char *dir = cnkg_ontology_default_dir();
    int path_only = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case 'O': dir = optarg; break;
        case 'p': path_only = 1; break;
        case 'h': fputs(usage, stdout); return 0;
        default: fputs(usage, stderr); return 2;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "cnkg ontology: unexpected argument '%s'\n%s", argv[optind], usage);
        return 2;
    }
    if (path_only) {
        puts(dir);
        return 0;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/cnkg.ttl", dir);
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        fprintf(stderr, "cnkg ontology: cannot open '%s'; set --ontology DIR or CNKG_ONTOLOGY\n",
                path);
        return 1;
    }
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
        fwrite(buf, 1, n, stdout);
    fclose(fp);
    return ferror(stdout) ? 1 : 0;
}
