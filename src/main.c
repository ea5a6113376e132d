/* main.c - cnkg: Chinese news to a knowledge graph. Dispatches to the
 * subcommands; each parses its own options. */
#include <stdio.h>
#include <string.h>

#include "commands.h"

int cnkg_usage_error(const char *cmd, const char *usage, const char *fmt, const char *arg)
{
    fprintf(stderr, "cnkg %s: ", cmd);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    fputs(usage, stderr);
    fprintf(stderr, "Try 'cnkg %s --help' for more.\n", cmd);
    return 2;
}

static const char usage[] =
    "usage: cnkg <command> [options] [arguments]\n"
    "\n"
    "Turns Chinese news articles into a knowledge graph: companies, divisions,\n"
    "parks, industries, programmes and how they relate, as standard RDF with\n"
    "NIF provenance down to the sentence.\n"
    "\n"
    "commands:\n"
    "  extract   read articles, write the graph (Turtle, N-Triples, N-Quads,\n"
    "            RDF/XML) and optionally a diagram (SVG, PNG, DOT)\n"
    "  query     answer a SPARQL query over graph files or a store\n"
    "  load      load graph files into a store (a directory, or Virtuoso)\n"
    "  store     status or stop of a store's private Virtuoso\n"
    "  render    draw graph files as SVG, PNG, PDF or DOT, whole or in part\n"
    "  ontology  print the ontology (classes, relations, the 33618 scheme) as Turtle\n"
    "\n"
    "examples:\n"
    "  cnkg extract page.txt -o kg.ttl --svg kg.svg\n"
    "  cnkg extract archive/ -o kg.nq\n"
    "  cnkg render kg.ttl -o byd.svg --focus 比亚迪\n"
    "  cnkg query -d kg.ttl 'SELECT ?c WHERE { ?c a <https://w3id.org/cnkg/ontology#Company> }'\n"
    "\n"
    "Run 'cnkg <command> --help' for a command's options.\n";

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
} command;

static const command commands[] = {
    {"extract", cnkg_cmd_extract}, {"query", cnkg_cmd_query},       {"load", cnkg_cmd_load},
    {"store", cnkg_cmd_store},     {"ontology", cnkg_cmd_ontology}, {"render", cnkg_cmd_render},
};

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stderr);
        return 2;
    }
    const char *name = argv[1];
    if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0 || strcmp(name, "help") == 0) {
        fputs(usage, stdout);
        return 0;
    }
    if (strcmp(name, "-V") == 0 || strcmp(name, "--version") == 0) {
        printf("cnkg %s\n", CNKG_VERSION);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++) {
        if (strcmp(name, commands[i].name) != 0)
            continue;
        /* getopt names argv[0] in its messages: "cnkg extract: …" */
        char program[32];
        snprintf(program, sizeof program, "cnkg %s", commands[i].name);
        argv[1] = program;
        return commands[i].run(argc - 1, argv + 1);
    }
    fprintf(stderr, "cnkg: '%s' is not a command; see 'cnkg --help'\n", name);
    return 2;
}
