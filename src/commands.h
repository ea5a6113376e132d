/* commands.h - the subcommands of the cnkg CLI. Each parses its own
 * options with getopt_long (argv[0] is the subcommand's name), prints its
 * own --help, and returns the process exit status: 0 success, 1 failure,
 * 2 usage error. Messages go to stderr as "cnkg SUBCOMMAND: ...". */
#ifndef CNKG_COMMANDS_H
#define CNKG_COMMANDS_H

int cnkg_cmd_extract(int argc, char **argv);
int cnkg_cmd_query(int argc, char **argv);
int cnkg_cmd_load(int argc, char **argv);
int cnkg_cmd_store(int argc, char **argv);
int cnkg_cmd_ontology(int argc, char **argv);
int cnkg_cmd_render(int argc, char **argv);

/* A usage error of subcommand cmd: "cnkg CMD: " and fmt with arg, then its
 * usage line and where to find more, on stderr; returns 2, the status. */
int cnkg_usage_error(const char *cmd, const char *usage, const char *fmt, const char *arg);

#endif
