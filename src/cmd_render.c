/* cmd_render.c - `cnkg render`: RDF graphs written by cnkg, drawn as a
 * diagram people can read. */
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "atomic_file.h"
#include "cnkg_render.h"
#include "commands.h"

static const char usage_line[] =
    "usage: cnkg render GRAPH... -o FILE.{svg,png,pdf,dot,html} [options]\n";

static const char help_text[] =
    "Draw a knowledge graph written by 'cnkg extract' as a diagram, with\n"
    "Graphviz (no 'dot' program needed).\n"
    "\n"
    "GRAPH is an RDF file: .ttl Turtle, .nt N-Triples, .nq N-Quads, .rdf/.xml\n"
    "RDF/XML. Several files merge into one graph. Each entity is drawn once,\n"
    "named by its Chinese skos:prefLabel (else English, else its IRI), shaped\n"
    "and coloured by class, with a legend (图例). Relations are labelled in\n"
    "Chinese (位于, 发展产业 ...). A place holding something is drawn as a box\n"
    "around it: a district around its parks, a park around its companies;\n"
    "industries share a box. Articles, mentions and provenance are left out.\n"
    "\n"
    "output:\n"
    "  -o, --output FILE      the picture; its format follows the extension:\n"
    "                         .svg .png .pdf .dot (or .gv) .html; - for stdout\n"
    "  -f, --format FMT       svg, png, pdf, dot or html, whatever the extension\n"
    "\n"
    "An .html file is an interactive view for a browser, self-contained and\n"
    "offline: the picture with pan and zoom, a search box for any name, a panel\n"
    "showing what a clicked entity is, its relations and the sentences that\n"
    "state them, and a choice of views (the one asked for, each article, each\n"
    "connected entity's neighbourhood).\n"
    "\n"
    "what to draw (filters combine):\n"
    "      --focus NAME       one entity, what is within --depth hops of it, and\n"
    "                         the places those are located in; NAME is any of\n"
    "                         its labels (比亚迪) or its IRI\n"
    "      --depth N          how many hops around --focus (default 1)\n"
    "      --class LIST       only these classes, comma-separated:\n"
    "                         AdministrativeDivision Region IndustrialPark\n"
    "                         Company GovernmentAgency Organization Industry\n"
    "                         Program Product Project Person Event Place\n"
    "      --relation LIST    only these relations, comma-separated:\n"
    "                         locatedIn originFrom inIndustry developsIndustry\n"
    "                         designatedAs covers implements leads\n"
    "                         collaboratesWith produces operates affiliatedWith\n"
    "      --article N|TEXT   only what the N-th article mentions, and only the\n"
    "                         relations it states (1-based, in the order of\n"
    "                         the text whatever the syntax; --verbose prints\n"
    "                         its headline), or the one whose headline\n"
    "                         contains TEXT\n"
    "      --show-articles    also draw the articles and what each mentions\n"
    "      --max-nodes N      past N nodes draw an overview of at most N nodes\n"
    "                         (default 40), fewer if it would not fit two\n"
    "                         1920x1080 screens: the most connected entities;\n"
    "                         leaves of one class hanging from one entity by\n"
    "                         one relation as one node listing them; one edge\n"
    "                         per pair of nodes, with counts; entities in no\n"
    "                         relation listed in the legend. The title says so\n"
    "      --all              draw every entity, however many (no overview)\n"
    "\n"
    "other:\n"
    "      --layout ENGINE    Graphviz layout: dot (default up to 300 nodes),\n"
    "                         sfdp (default beyond), neato, fdp, circo, twopi\n"
    "      --ontology DIR     ontology: class and relation names, labels, styles (default:\n"
    "                         $CNKG_ONTOLOGY, else the one cnkg was built with)\n"
    "  -v, --verbose          say what was read and drawn, and with which layout\n"
    "  -h, --help             this help\n"
    "\n"
    "examples:\n"
    "  cnkg extract page.txt -o kg.ttl\n"
    "  cnkg render kg.ttl -o kg.svg                    # the whole graph\n"
    "  cnkg render kg.ttl -o byd.png --focus 比亚迪      # BYD and its neighbours\n"
    "  cnkg render kg.ttl -o byd.png --focus 比亚迪 --depth 2\n"
    "  cnkg render kg.ttl -o parks.pdf --class AdministrativeDivision,IndustrialPark,Company\n"
    "  cnkg render kg.ttl -o where.svg --relation locatedIn,originFrom\n"
    "  cnkg render kg.ttl -o first.svg --article 1 --show-articles -v\n"
    "  cnkg render kg.ttl -o byd.svg --article 比亚迪       # by its headline\n"
    "  cnkg render day1.nq day2.nq -o week.svg          # graphs merge\n"
    "  cnkg render kg.ttl -o - -f dot | less            # Graphviz source\n"
    "  cnkg render kg.ttl -o view.html                  # explore it in a browser\n"
    "\n"
    "exit status: 0 success, 1 unreadable graph or ontology, unknown --focus\n"
    "or --article, or write error, 2 usage error.\n";

typedef struct render_opts {
    const char *output, *format, *ontology;
    const char *article; /* --article as given: a number or part of a headline */
    /* --class and --relation as given, comma-joined: their names are the
     * ontology's, read once it is loaded */
    cnkg_buf classes, relations;
    cnkg_render_view view;
    int verbose;
} render_opts;

static int parse_count(const char *s, size_t min, size_t *out)
{
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (!*s || *end || s[0] == '-' || v < min || v > UINT_MAX)
        return -1;
    *out = (size_t)v;
    return 0;
}

static int class_named(const cnkg_names *names, const char *name)
{
    for (int c = 0; c < CNKG_CLASS_COUNT; c++)
        if (strcasecmp(name, cnkg_class_name(names, (cnkg_class)c)) == 0)
            return c;
    return -1;
}

static int relation_named(const cnkg_names *names, const char *name)
{
    for (int r = 0; r < CNKG_RELATION_COUNT; r++)
        if (strcasecmp(name, cnkg_relation_name(names, (cnkg_relation)r)) == 0)
            return r;
    return -1;
}

/* A comma-separated list of names into a bit set. */
static int parse_list(const char *list, const cnkg_names *names,
                      int (*named)(const cnkg_names *, const char *), unsigned *bits,
                      const char *option)
{
    char *copy = strdup(list), *save = NULL;
    int rc = 0;
    for (char *tok = strtok_r(copy, ", ", &save); tok; tok = strtok_r(NULL, ", ", &save)) {
        int i = named(names, tok);
        if (i < 0) {
            fprintf(stderr, "cnkg render: %s: unknown name '%s'\n", option, tok);
            rc = 2;
            break;
        }
        *bits |= 1u << i;
    }
    free(copy);
    if (rc == 0 && *bits == 0)
        return cnkg_usage_error("render", usage_line, "%s needs at least one name", option);
    if (rc)
        fputs("Try 'cnkg render --help' for the names.\n", stderr);
    return rc;
}

enum {
    OPT_FOCUS = 256,
    OPT_DEPTH,
    OPT_CLASS,
    OPT_RELATION,
    OPT_ARTICLE,
    OPT_SHOW_ARTICLES,
    OPT_MAX_NODES,
    OPT_ALL,
    OPT_LAYOUT,
    OPT_ONTOLOGY
};

static int parse_option(int c, render_opts *o)
{
    size_t n;
    switch (c) {
    case 'o':
        o->output = optarg;
        return 0;
    case 'f':
        o->format = optarg;
        return 0;
    case 'v':
        o->verbose = 1;
        return 0;
    case OPT_FOCUS:
        o->view.focus = optarg;
        return 0;
    case OPT_DEPTH:
        if (parse_count(optarg, 1, &n) != 0)
            return cnkg_usage_error("render", usage_line,
                                    "--depth wants a whole number from 1, not '%s'", optarg);
        o->view.depth = (unsigned)n;
        return 0;
    case OPT_CLASS:
        cnkg_buf_printf(&o->classes, ",%s", optarg);
        return 0;
    case OPT_RELATION:
        cnkg_buf_printf(&o->relations, ",%s", optarg);
        return 0;
    case OPT_ARTICLE:
        /* A number counts articles; anything else is part of a headline,
         * looked up once the graphs are read. */
        o->article = optarg;
        if (optarg[strspn(optarg, "0123456789")] == '\0' &&
            parse_count(optarg, 1, &o->view.article) != 0)
            return cnkg_usage_error(
                "render", usage_line,
                "--article wants a number from 1 or part of a headline, not '%s'", optarg);
        if (!*optarg)
            return cnkg_usage_error("render", usage_line, "%s",
                                    "--article wants a number from 1 or part of a headline");
        return 0;
    case OPT_SHOW_ARTICLES:
        o->view.show_articles = 1;
        return 0;
    case OPT_MAX_NODES:
        if (parse_count(optarg, 1, &o->view.max_nodes) != 0)
            return cnkg_usage_error("render", usage_line,
                                    "--max-nodes wants a number from 1, not '%s'", optarg);
        return 0;
    case OPT_ALL:
        o->view.all = 1;
        return 0;
    case OPT_LAYOUT:
        o->view.layout = optarg;
        return 0;
    case OPT_ONTOLOGY:
        o->ontology = optarg;
        return 0;
    default:
        fputs("Try 'cnkg render --help' for more.\n", stderr);
        return 2;
    }
}

static const char *format_of(const char *path)
{
    const char *dot = strrchr(path, '.');
    if (!dot || strchr(dot, '/'))
        return NULL;
    static const char *const known[] = {"svg", "png", "pdf", "dot", "html"};
    for (size_t i = 0; i < sizeof known / sizeof *known; i++)
        if (strcasecmp(dot + 1, known[i]) == 0)
            return known[i];
    if (strcasecmp(dot + 1, "htm") == 0)
        return "html";
    return strcasecmp(dot + 1, "gv") == 0 ? "dot" : NULL;
}

static int check_output(render_opts *o)
{
    if (!o->output)
        return cnkg_usage_error("render", usage_line, "%s",
                                "no picture to write: give -o FILE.svg (or .png .pdf .dot .html)");
    if (!o->format && strcmp(o->output, "-") == 0)
        return cnkg_usage_error("render", usage_line, "%s",
                                "-o - writes to stdout: say which format with -f");
    if (!o->format && !(o->format = format_of(o->output)))
        return cnkg_usage_error("render", usage_line,
                                "cannot tell the format of '%s': name it .svg .png .pdf .dot or "
                                ".html, or give -f",
                                o->output);
    if (strcmp(o->format, "svg") && strcmp(o->format, "png") && strcmp(o->format, "pdf") &&
        strcmp(o->format, "dot") && strcmp(o->format, "html"))
        return cnkg_usage_error("render", usage_line,
                                "unknown --format '%s' (svg, png, pdf, dot or html)", o->format);
    if (o->view.depth && !o->view.focus)
        return cnkg_usage_error("render", usage_line, "%s", "--depth goes with --focus");
    return 0;
}

/* Returns 0 to go on, -1 after --help, or the exit status of a usage error. */
static int parse_options(int argc, char **argv, render_opts *o)
{
    static const struct option options[] = {{"output", required_argument, NULL, 'o'},
                                            {"format", required_argument, NULL, 'f'},
                                            {"focus", required_argument, NULL, OPT_FOCUS},
                                            {"depth", required_argument, NULL, OPT_DEPTH},
                                            {"class", required_argument, NULL, OPT_CLASS},
                                            {"relation", required_argument, NULL, OPT_RELATION},
                                            {"article", required_argument, NULL, OPT_ARTICLE},
                                            {"show-articles", no_argument, NULL, OPT_SHOW_ARTICLES},
                                            {"max-nodes", required_argument, NULL, OPT_MAX_NODES},
                                            {"all", no_argument, NULL, OPT_ALL},
                                            {"layout", required_argument, NULL, OPT_LAYOUT},
                                            {"ontology", required_argument, NULL, OPT_ONTOLOGY},
                                            {"verbose", no_argument, NULL, 'v'},
                                            {"help", no_argument, NULL, 'h'},
                                            {NULL, 0, NULL, 0}};
    int c, rc;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:f:vh", options, NULL)) != -1) {
        if (c == 'h') {
            fputs(usage_line, stdout);
            fputc('\n', stdout);
            fputs(help_text, stdout);
            return -1;
        }
        if ((rc = parse_option(c, o)) != 0)
            return rc;
    }
    if (optind >= argc)
        return cnkg_usage_error("render", usage_line, "%s",
                                "no GRAPH given (an RDF file written by cnkg extract)");
    return check_output(o);
}

static int read_graphs(cnkg_diagram *d, char **paths, int n, int verbose, cnkg_error *err)
{
    for (int i = 0; i < n; i++)
        if (cnkg_render_diagram_add_rdf_file(d, paths[i], err) != 0)
            return -1;
    if (verbose)
        fprintf(stderr, "cnkg render: read %d file%s, %zu article%s\n", n, n == 1 ? "" : "s",
                cnkg_render_diagram_article_count(d),
                cnkg_render_diagram_article_count(d) == 1 ? "" : "s");
    return 0;
}

static void tell(const render_opts *o, const cnkg_diagram *d, const cnkg_render_report *r)
{
    if (o->verbose && o->view.article)
        fprintf(stderr, "cnkg render: article %zu: %s\n", o->view.article,
                cnkg_render_diagram_article_headline(d, o->view.article));
    if (r->summarised)
        fprintf(stderr,
                "cnkg render: %zu nodes and %zu edges are too many to draw legibly (more than "
                "--max-nodes %zu); drew an overview: %zu nodes, leaves of one class under one "
                "entity merged into lists (%zu entities), %zu less connected entities left "
                "out, %zu in no relation listed in the legend. --all draws everything; "
                "--focus NAME, --class Company,... or --article N narrow the view.\n",
                r->selected_nodes, r->selected_edges,
                o->view.max_nodes ? o->view.max_nodes : (size_t)CNKG_RENDER_MAX_NODES, r->nodes,
                r->grouped, r->hidden, r->isolated);
    if (o->verbose)
        fprintf(stderr, "cnkg render: drew %zu nodes, %zu edges, %zu box%s; layout %s%s\n",
                r->nodes, r->edges, r->clusters, r->clusters == 1 ? "" : "es", r->layout,
                o->view.layout                  ? " (--layout)"
                : r->summarised                 ? " (overview)"
                : strcmp(r->layout, "dot") == 0 ? " (small graph)"
                                                : " (large graph, scalable layout)");
    if (!r->summarised && r->selected_nodes == 0)
        fputs("cnkg render: warning: nothing to draw (no entity passes the filters)\n", stderr);
}

static cnkg_ontology *load_ontology(const render_opts *o, cnkg_error *err)
{
    cnkg_ontology *onto = NULL;
    const char *dir = o->ontology ? o->ontology : cnkg_data_path(CNKG_DATA_ONTOLOGY);
    /* Needed: the classes and relations of the graphs read are named by
     * it, as are the names --class and --relation take. */
    return cnkg_ontology_load(&onto, dir, err) == 0 ? onto : NULL;
}

/* --class and --relation name what the ontology names. */
static int parse_lists(render_opts *o, const cnkg_names *names)
{
    int rc = 0;
    if (o->classes.len)
        rc = parse_list(o->classes.data, names, class_named, &o->view.classes, "--class");
    if (rc == 0 && o->relations.len)
        rc = parse_list(o->relations.data, names, relation_named, &o->view.relations, "--relation");
    return rc;
}

int cnkg_cmd_render(int argc, char **argv)
{
    render_opts o = {0};
    int rc = parse_options(argc, argv, &o);
    if (rc) {
        cnkg_buf_free(&o.classes);
        cnkg_buf_free(&o.relations);
        return rc < 0 ? 0 : rc;
    }
    cnkg_error err = {{0}};
    cnkg_ontology *onto = load_ontology(&o, &err);
    if (!onto) {
        fprintf(stderr, "cnkg render: %s\n", err.message);
        rc = 1;
    } else {
        rc = parse_lists(&o, cnkg_ontology_names(onto));
    }
    cnkg_buf_free(&o.classes);
    cnkg_buf_free(&o.relations);
    if (rc) {
        cnkg_ontology_free(onto);
        return rc;
    }
    cnkg_diagram *d = cnkg_render_diagram_new(onto);
    atomic_file out = {0};
    cnkg_render_report report = {0};
    int status = 1;
    if (read_graphs(d, argv + optind, argc - optind, o.verbose, &err) != 0)
        goto done;
    if (o.article && !o.view.article &&
        cnkg_render_diagram_article_find(d, o.article, &o.view.article, &err) != 0)
        goto done;
    if (atomic_file_open(&out, o.output, &err) != 0)
        goto done;
    if ((strcmp(o.format, "html") == 0
             ? cnkg_render_diagram_write_html(d, out.fp, &o.view, &report, &err)
             : cnkg_render_diagram_draw(d, out.fp, o.format, &o.view, &report, &err)) != 0) {
        atomic_file_abort(&out);
        goto done;
    }
    if (atomic_file_commit(&out, &err) != 0)
        goto done;
    tell(&o, d, &report);
    status = 0;
done:
    if (status != 0)
        fprintf(stderr, "cnkg render: %s\n", err.message);
    cnkg_render_diagram_free(d);
    cnkg_ontology_free(onto);
    return status;
}
