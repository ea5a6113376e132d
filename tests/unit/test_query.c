/* test_query.c - the query engine: loading files of each syntax, the four
 * results formats written exactly as the W3C specifies them, ASK,
 * CONSTRUCT and DESCRIBE, and the messages a user sees when the data or the
 * query is wrong. The data are made up: fictional companies in real
 * districts of Chongqing. */
#define _XOPEN_SOURCE 700
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cnkg_query.h"

static const char kg_ttl[] =
    "@prefix kg: <https://w3id.org/cnkg/ontology#> .\n"
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    "@prefix d: <https://w3id.org/cnkg/id/division/> .\n"
    "@prefix c: <https://w3id.org/cnkg/id/company/> .\n"
    "d:500227 a kg:AdministrativeDivision ; skos:prefLabel \"璧山区\"@zh .\n"
    "d:500153 a kg:AdministrativeDivision ; skos:prefLabel \"荣昌区\" .\n"
    "d:500102 a kg:AdministrativeDivision ; skos:prefLabel \"涪陵区\" .\n"
    "d:360000 a kg:AdministrativeDivision ; skos:prefLabel \"江西省\" .\n"
    "c:c1 a kg:Company ; skos:prefLabel \"山城微光电子\" ; kg:locatedIn d:500227 ;\n"
    "    kg:originFrom d:360000 .\n"
    "c:c2 a kg:Company ; skos:prefLabel \"渝新储能\" ; kg:locatedIn d:500227 .\n"
    "c:c3 a kg:Company ; skos:prefLabel \"Northwind Parts, \\\"Ltd\\\"\" ;\n"
    "    kg:locatedIn d:500227 .\n"
    "c:c4 a kg:Company ; skos:prefLabel \"青岚生物\" ; kg:locatedIn d:500153 .\n"
    "c:c5 a kg:Company ; skos:prefLabel \"line one\\nline\\ttwo\" ; kg:locatedIn d:500153 .\n"
    "c:c6 a kg:Company ; skos:prefLabel \"白鹤制药\" ; kg:locatedIn d:500102 ;\n"
    "    kg:note [ kg:text \"a blank node\" ] .\n";

static const char count_query[] = "PREFIX kg: <https://w3id.org/cnkg/ontology#>\n"
                                  "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                                  "SELECT ?district (COUNT(?c) AS ?n) WHERE {\n"
                                  "  ?c a kg:Company ; kg:locatedIn ?d .\n"
                                  "  ?d skos:prefLabel ?district .\n"
                                  "} GROUP BY ?district ORDER BY DESC(?n)\n";

typedef struct fixture {
    char dir[64];
    char path[256];
    cnkg_query_engine *q;
    cnkg_error err;
    char *out; /* what the last run wrote */
    size_t out_len;
} fixture;

static void write_file(fixture *f, const char *name, const char *text)
{
    snprintf(f->path, sizeof f->path, "%s/%s", f->dir, name);
    FILE *fp = fopen(f->path, "wb");
    assert_non_null(fp);
    fputs(text, fp);
    fclose(fp);
}

static int load(fixture *f, const char *name, const char *text)
{
    write_file(f, name, text);
    return cnkg_query_engine_load(f->q, f->path, &f->err);
}

static int run(fixture *f, const char *sparql, cnkg_results_format format)
{
    free(f->out);
    f->out = NULL;
    FILE *mem = open_memstream(&f->out, &f->out_len);
    assert_non_null(mem);
    int rc = cnkg_query_engine_run(f->q, sparql, format, mem, &f->err);
    fclose(mem);
    return rc;
}

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    strcpy(f->dir, "/tmp/cnkg-test-query-XXXXXX");
    if (!f || !mkdtemp(f->dir) || cnkg_query_engine_new(&f->q, &f->err))
        return -1;
    *state = f;
    return 0;
}

static int setup_loaded(void **state)
{
    if (setup(state))
        return -1;
    fixture *f = *state;
    return load(f, "kg.ttl", kg_ttl);
}

static int teardown(void **state)
{
    fixture *f = *state;
    const char *names[] = {"kg.ttl", "bad.ttl", "more.nt", "more.nq", "more.trig"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        snprintf(f->path, sizeof f->path, "%s/%s", f->dir, names[i]);
        unlink(f->path);
    }
    rmdir(f->dir);
    cnkg_query_engine_free(f->q);
    free(f->out);
    free(f);
    return 0;
}

/* --- a strict JSON checker, to know the output parses at all ------------ */

static const char *json_value(const char *s);

static const char *json_ws(const char *s)
{
    while (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t')
        s++;
    return s;
}

static const char *json_string(const char *s)
{
    if (*s++ != '"')
        return NULL;
    while (*s != '"') {
        if ((unsigned char)*s < 0x20)
            return NULL; /* raw control characters are not allowed */
        if (*s == '\\') {
            s++;
            if (*s == 'u') {
                for (int i = 1; i <= 4; i++)
                    if (!isxdigit((unsigned char)s[i]))
                        return NULL;
                s += 4;
            } else if (!strchr("\"\\/bfnrt", *s)) {
                return NULL;
            }
        }
        s++;
    }
    return s + 1;
}

static const char *json_list(const char *s, char close, int keyed)
{
    s = json_ws(s + 1);
    if (*s == close)
        return s + 1;
    for (;;) {
        if (keyed) {
            s = json_string(json_ws(s));
            if (!s || *(s = json_ws(s)) != ':')
                return NULL;
            s++;
        }
        s = json_value(s);
        if (!s)
            return NULL;
        s = json_ws(s);
        if (*s == close)
            return s + 1;
        if (*s++ != ',')
            return NULL;
    }
}

static const char *json_value(const char *s)
{
    s = json_ws(s);
    if (*s == '{')
        return json_list(s, '}', 1);
    if (*s == '[')
        return json_list(s, ']', 0);
    if (*s == '"')
        return json_string(s);
    if (strncmp(s, "true", 4) == 0 || strncmp(s, "null", 4) == 0)
        return s + 4;
    if (strncmp(s, "false", 5) == 0)
        return s + 5;
    return NULL; /* no numbers in these results */
}

static int json_valid(const char *text)
{
    const char *end = json_value(text);
    return end && *json_ws(end) == '\0';
}

/* --- SELECT in each format -------------------------------------------- */

static void test_select_csv(void **state)
{
    fixture *f = *state;
    assert_int_equal(run(f, count_query, CNKG_RESULTS_CSV), 0);
    assert_string_equal(f->out, "district,n\r\n"
                                "璧山区,3\r\n"
                                "荣昌区,2\r\n"
                                "涪陵区,1\r\n");
}

static void test_select_tsv(void **state)
{
    fixture *f = *state;
    assert_int_equal(run(f, count_query, CNKG_RESULTS_TSV), 0);
    assert_string_equal(f->out, "?district\t?n\n"
                                "\"璧山区\"@zh\t3\n"
                                "\"荣昌区\"\t2\n"
                                "\"涪陵区\"\t1\n");
}

static void test_select_json(void **state)
{
    fixture *f = *state;
    assert_int_equal(run(f, count_query, CNKG_RESULTS_JSON), 0);
    assert_true(json_valid(f->out));
    assert_non_null(strstr(f->out, "{\"head\":{\"vars\":[\"district\",\"n\"]}"));
    assert_non_null(strstr(f->out, "\"district\":{\"type\":\"literal\",\"value\":\"璧山区\","
                                   "\"xml:lang\":\"zh\"}"));
    assert_non_null(strstr(f->out, "\"n\":{\"type\":\"literal\",\"value\":\"3\",\"datatype\":"
                                   "\"http://www.w3.org/2001/XMLSchema#integer\"}"));
    /* three bindings, in order */
    const char *a = strstr(f->out, "璧山区"), *b = strstr(f->out, "荣昌区");
    const char *c = strstr(f->out, "涪陵区");
    assert_true(a && b && c && a < b && b < c);
}

static void test_select_table(void **state)
{
    fixture *f = *state;
    assert_int_equal(run(f, count_query, CNKG_RESULTS_TABLE), 0);
    /* a Chinese character takes two columns: 璧山区 is as wide as "district" less 2 */
    assert_string_equal(f->out, "district  n\n"
                                "--------  -\n"
                                "璧山区    3\n"
                                "荣昌区    2\n"
                                "涪陵区    1\n"
                                "(3 rows)\n");
}

static void test_empty_results_keep_header(void **state)
{
    fixture *f = *state;
    const char *q = "SELECT ?x ?y WHERE { ?x kg:noSuchRelation ?y }";
    assert_int_equal(run(f, q, CNKG_RESULTS_CSV), 0);
    assert_string_equal(f->out, "x,y\r\n");
    assert_int_equal(run(f, q, CNKG_RESULTS_TSV), 0);
    assert_string_equal(f->out, "?x\t?y\n");
    assert_int_equal(run(f, q, CNKG_RESULTS_JSON), 0);
    assert_true(json_valid(f->out));
    assert_non_null(strstr(f->out, "{\"head\":{\"vars\":[\"x\",\"y\"]}"));
    assert_non_null(strstr(f->out, "\"bindings\":[]"));
    assert_int_equal(run(f, q, CNKG_RESULTS_TABLE), 0);
    assert_string_equal(f->out, "x  y\n-  -\n(0 rows)\n");
}

static const char label_query[] = "SELECT ?c ?l WHERE { ?c skos:prefLabel ?l . FILTER(?c = %s) }";

static void run_label(fixture *f, const char *company, cnkg_results_format format)
{
    char sparql[256];
    snprintf(sparql, sizeof sparql, label_query, company);
    assert_int_equal(run(f, sparql, format), 0);
}

static void test_csv_quoting(void **state)
{
    fixture *f = *state;
    run_label(f, "<https://w3id.org/cnkg/id/company/c3>", CNKG_RESULTS_CSV);
    assert_string_equal(f->out, "c,l\r\n"
                                "https://w3id.org/cnkg/id/company/c3,\"Northwind Parts, "
                                "\"\"Ltd\"\"\"\r\n");
    run_label(f, "<https://w3id.org/cnkg/id/company/c5>", CNKG_RESULTS_CSV);
    assert_string_equal(f->out, "c,l\r\n"
                                "https://w3id.org/cnkg/id/company/c5,\"line one\nline\ttwo\"\r\n");
}

static void test_tsv_escapes(void **state)
{
    fixture *f = *state;
    run_label(f, "<https://w3id.org/cnkg/id/company/c5>", CNKG_RESULTS_TSV);
    assert_string_equal(f->out,
                        "?c\t?l\n"
                        "<https://w3id.org/cnkg/id/company/c5>\t\"line one\\nline\\ttwo\"\n");
}

static void test_json_escapes(void **state)
{
    fixture *f = *state;
    run_label(f, "<https://w3id.org/cnkg/id/company/c5>", CNKG_RESULTS_JSON);
    assert_true(json_valid(f->out));
    assert_non_null(strstr(f->out, "\"value\":\"line one\\nline\\ttwo\""));
    run_label(f, "<https://w3id.org/cnkg/id/company/c3>", CNKG_RESULTS_JSON);
    assert_true(json_valid(f->out));
    assert_non_null(strstr(f->out, "\"value\":\"Northwind Parts, \\\"Ltd\\\"\""));
}

static void test_table_escapes_controls(void **state)
{
    fixture *f = *state;
    run_label(f, "<https://w3id.org/cnkg/id/company/c5>", CNKG_RESULTS_TABLE);
    /* the IRI compacts with the predeclared id: prefix */
    assert_non_null(strstr(f->out, "id:company/c5  line one\\nline\\ttwo\n"));
}

static const char origin_query[] =
    "SELECT ?name ?from WHERE { ?c a kg:Company ; skos:prefLabel ?name .\n"
    "  OPTIONAL { ?c kg:originFrom ?o . ?o skos:prefLabel ?from }\n"
    "  FILTER(?name = \"山城微光电子\" || ?name = \"渝新储能\") } ORDER BY ?name";

static void test_unbound(void **state)
{
    fixture *f = *state;
    assert_int_equal(run(f, origin_query, CNKG_RESULTS_CSV), 0);
    assert_string_equal(f->out, "name,from\r\n山城微光电子,江西省\r\n渝新储能,\r\n");
    assert_int_equal(run(f, origin_query, CNKG_RESULTS_TSV), 0);
    assert_string_equal(f->out, "?name\t?from\n\"山城微光电子\"\t\"江西省\"\n\"渝新储能\"\t\n");
    /* JSON leaves an unbound variable out of its binding */
    assert_int_equal(run(f, origin_query, CNKG_RESULTS_JSON), 0);
    assert_true(json_valid(f->out));
    assert_non_null(
        strstr(f->out, "\n  {\"name\":{\"type\":\"literal\",\"value\":\"渝新储能\"}}\n"));
    assert_non_null(strstr(f->out, "\"from\":{\"type\":\"literal\",\"value\":\"江西省\"}"));
}

static void test_bnode_terms(void **state)
{
    fixture *f = *state;
    const char *q = "SELECT ?n WHERE { ?c kg:note ?n }";
    assert_int_equal(run(f, q, CNKG_RESULTS_TSV), 0);
    assert_memory_equal(f->out, "?n\n_:", 5);
    assert_int_equal(run(f, q, CNKG_RESULTS_JSON), 0);
    assert_non_null(strstr(f->out, "{\"n\":{\"type\":\"bnode\",\"value\":\""));
}

static void test_table_prefixes_and_truncation(void **state)
{
    fixture *f = *state;
    const char *q = "PREFIX co: <https://w3id.org/cnkg/id/company/>\n"
                    "SELECT ?c ?long WHERE { ?c skos:prefLabel \"渝新储能\" .\n"
                    "  BIND(CONCAT(\"公司\", \"0123456789012345678901234567890123456789"
                    "0123456789012345678901234567890123456789\") AS ?long) }";
    assert_int_equal(run(f, q, CNKG_RESULTS_TABLE), 0);
    /* the query's own prefix wins over id: */
    assert_non_null(strstr(f->out, "\nco:c2  公司"));
    /* 60 columns at most: 4 for 公司, 55 digits, then the ellipsis */
    assert_non_null(
        strstr(f->out, "公司0123456789012345678901234567890123456789012345678901234…\n"));
}

/* --- ASK, CONSTRUCT, DESCRIBE ----------------------------------------- */

static void test_ask(void **state)
{
    fixture *f = *state;
    const char *yes = "ASK { ?c kg:originFrom ?p . ?p skos:prefLabel \"江西省\" }";
    const char *no = "ASK { ?c kg:originFrom ?p . ?p skos:prefLabel \"荣昌区\" }";
    assert_int_equal(run(f, yes, CNKG_RESULTS_TABLE), 0);
    assert_string_equal(f->out, "yes\n");
    assert_int_equal(run(f, no, CNKG_RESULTS_TABLE), 0);
    assert_string_equal(f->out, "no\n");
    assert_int_equal(run(f, yes, CNKG_RESULTS_JSON), 0);
    assert_string_equal(f->out, "{\"head\":{},\"boolean\":true}\n");
    assert_int_equal(run(f, no, CNKG_RESULTS_JSON), 0);
    assert_string_equal(f->out, "{\"head\":{},\"boolean\":false}\n");
    assert_int_equal(run(f, no, CNKG_RESULTS_CSV), 0);
    assert_string_equal(f->out, "_askResult\r\nfalse\r\n");
}

static void test_construct_is_turtle(void **state)
{
    fixture *f = *state;
    const char *q = "CONSTRUCT { ?c kg:locatedIn ?d } WHERE {\n"
                    "  ?c kg:locatedIn ?d . ?d skos:prefLabel \"涪陵区\" }";
    /* Turtle whatever the results format */
    assert_int_equal(run(f, q, CNKG_RESULTS_CSV), 0);
    assert_non_null(strstr(f->out, "@prefix kg: <https://w3id.org/cnkg/ontology#> ."));
    assert_non_null(strstr(f->out,
                           "<https://w3id.org/cnkg/id/company/c6>\n"
                           "    kg:locatedIn <https://w3id.org/cnkg/id/division/500102> ."));
    assert_null(strstr(f->out, "company/c1"));
    assert_null(strstr(f->out, "@prefix skos:")); /* only the prefixes it uses */
}

static void test_describe(void **state)
{
    fixture *f = *state;
    assert_int_equal(run(f, "DESCRIBE <https://w3id.org/cnkg/id/company/c6>", CNKG_RESULTS_TABLE),
                     0);
    assert_non_null(strstr(f->out, "skos:prefLabel \"白鹤制药\""));
    /* the blank node it points to is described too */
    assert_non_null(strstr(f->out, "\"a blank node\""));
    assert_null(strstr(f->out, "山城微光电子"));
    const char *q = "DESCRIBE ?c WHERE { ?c kg:originFrom ?p }";
    assert_int_equal(run(f, q, CNKG_RESULTS_TABLE), 0);
    assert_non_null(strstr(f->out, "\"山城微光电子\""));
    assert_null(strstr(f->out, "白鹤制药"));
}

/* --- loading ----------------------------------------------------------- */

static void test_load_syntaxes_merge(void **state)
{
    fixture *f = *state;
    assert_int_equal(load(f, "more.nt",
                          "<https://w3id.org/cnkg/id/company/n1> "
                          "<https://w3id.org/cnkg/ontology#locatedIn> "
                          "<https://w3id.org/cnkg/id/division/500102> .\n"
                          "<https://w3id.org/cnkg/id/company/n1> "
                          "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                          "<https://w3id.org/cnkg/ontology#Company> .\n"),
                     0);
    assert_int_equal(load(f, "more.nq",
                          "<https://w3id.org/cnkg/id/company/n2> "
                          "<https://w3id.org/cnkg/ontology#locatedIn> "
                          "<https://w3id.org/cnkg/id/division/500102> <http://example.org/g1> .\n"
                          "<https://w3id.org/cnkg/id/company/n2> "
                          "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                          "<https://w3id.org/cnkg/ontology#Company> <http://example.org/g2> .\n"),
                     0);
    assert_int_equal(load(f, "more.trig",
                          "@prefix kg: <https://w3id.org/cnkg/ontology#> .\n"
                          "<http://example.org/g3> { <https://w3id.org/cnkg/id/company/n3> a "
                          "kg:Company ; kg:locatedIn "
                          "<https://w3id.org/cnkg/id/division/500102> . }\n"),
                     0);
    assert_int_equal(run(f, count_query, CNKG_RESULTS_CSV), 0);
    assert_string_equal(f->out, "district,n\r\n"
                                "涪陵区,4\r\n"
                                "璧山区,3\r\n"
                                "荣昌区,2\r\n");
}

static void test_missing_file(void **state)
{
    fixture *f = *state;
    snprintf(f->path, sizeof f->path, "%s/no-such-file.ttl", f->dir);
    assert_int_equal(cnkg_query_engine_load(f->q, f->path, &f->err), -1);
    assert_non_null(strstr(f->err.message, "no-such-file.ttl"));
}

static void test_turtle_error_line(void **state)
{
    fixture *f = *state;
    assert_int_equal(load(f, "bad.ttl",
                          "@prefix kg: <https://w3id.org/cnkg/ontology#> .\n"
                          "kg:a kg:b kg:c .\n"
                          "kg:a kg:b \"unterminated .\n"
                          "kg:d kg:e kg:f .\n"),
                     -1);
    assert_non_null(strstr(f->err.message, "bad.ttl:3:"));
}

static void test_query_syntax_error(void **state)
{
    fixture *f = *state;
    /* line 2 of the caller's text, although a prologue of prefixes is added */
    assert_int_equal(run(f, "SELECT ?x\nWHERE { ?x ?y }}", CNKG_RESULTS_TABLE), -1);
    /* rasqal refuses it, then Jena ARQ, whose message stands */
    assert_non_null(strstr(f->err.message, "query:2: "));
    assert_int_equal(run(f, "SELECT ?x WHERE { ?x nope:y ?z }", CNKG_RESULTS_TABLE), -1);
    assert_non_null(strstr(f->err.message, "nope"));
    /* the engine is still usable after an error */
    assert_int_equal(run(f, "ASK { ?c a kg:Company }", CNKG_RESULTS_TABLE), 0);
    assert_string_equal(f->out, "yes\n");
}

static void test_format_names(void **state)
{
    cnkg_results_format fmt;
    assert_int_equal(cnkg_results_format_from_name("tsv", &fmt), 0);
    assert_int_equal(fmt, CNKG_RESULTS_TSV);
    assert_int_equal(cnkg_results_format_from_name("json", &fmt), 0);
    assert_int_equal(fmt, CNKG_RESULTS_JSON);
    assert_int_equal(cnkg_results_format_from_name("xml", &fmt), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_select_csv, setup_loaded, teardown),
        cmocka_unit_test_setup_teardown(test_select_tsv, setup_loaded, teardown),
        cmocka_unit_test_setup_teardown(test_select_json, setup_loaded, teardown),
        cmocka_unit_test_setup_teardown(test_select_table, setup_loaded, teardown),
        cmocka_unit_test_setup_teardown(test_empty_results_keep_header, setup_loaded, teardown),
        cmocka_unit_test_setup_teardown(test_csv_quoting, setup_loaded, teardown),
        cmocka_unit_test_setup_teardown(test_tsv_escapes, setup_loaded, teardown),
        cmocka_unit_test_setup_teardown(test_json_escapes, setup_loaded, teardown),
        cmocka_unit_test_setup_teardown(test_table_escapes_controls, setup_loaded, teardown),
        cmocka_unit_test_setup_teardown(test_unbound, setup_loaded, teardown),
        cmocka_unit_test_setup_teardown(test_bnode_terms, setup_loaded, teardown),
        cmocka_unit_test_setup_teardown(test_table_prefixes_and_truncation, setup_loaded, teardown),
        cmocka_unit_test_setup_teardown(test_ask, setup_loaded, teardown),
        cmocka_unit_test_setup_teardown(test_construct_is_turtle, setup_loaded, teardown),
        cmocka_unit_test_setup_teardown(test_describe, setup_loaded, teardown),
        cmocka_unit_test_setup_teardown(test_load_syntaxes_merge, setup_loaded, teardown),
        cmocka_unit_test_setup_teardown(test_missing_file, setup, teardown),
        cmocka_unit_test_setup_teardown(test_turtle_error_line, setup, teardown),
        cmocka_unit_test_setup_teardown(test_query_syntax_error, setup_loaded, teardown),
        cmocka_unit_test(test_format_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
