/* test_nquads_line.c - the plain N-Quads lines a load passes on without a
 * parser: which lines are plain, and that a plain line's statement comes
 * out byte for byte as raptor reads it and cnkg_rdf_term_append writes it
 * (the load's other path). */
#define _XOPEN_SOURCE 700
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "cnkg_query.h"
#include "query_internal.h"

static int plain(const char *line)
{
    size_t spo, glen;
    const char *g;
    return cnkg_nquads_line(line, strlen(line), &spo, &g, &glen);
}

static void test_which_lines_are_plain(void **state)
{
    (void)state;
    assert_int_equal(plain("<http://e.org/s> <http://e.org/p> \"x\" <http://e.org/g> ."), 1);
    assert_int_equal(plain("<http://e.org/s> <http://e.org/p> <http://e.org/o> ."), 1);
    assert_int_equal(plain("<http://e.org/s> <http://e.org/p> \"重庆\"@zh <http://e.org/g> ."), 1);
    assert_int_equal(plain("<http://e.org/公司> <http://e.org/p> \"1\"^^<http://e.org/int> ."), 1);
    assert_int_equal(plain(""), 0);
    /* escapes raptor would rewrite, blank nodes, relative or dotted IRIs,
     * two spaces, upper-case tags, bad UTF-8, anything after the dot */
    assert_int_equal(plain("<http://e.org/s> <http://e.org/p> \"a\\tb\" ."), -1);
    assert_int_equal(plain("<http://e.org/s> <http://e.org/p> _:b1 <http://e.org/g> ."), -1);
    assert_int_equal(plain("<s> <http://e.org/p> \"x\" ."), -1);
    assert_int_equal(plain("<http://e.org/a/../s> <http://e.org/p> \"x\" ."), -1);
    assert_int_equal(plain("<http://e.org/s>  <http://e.org/p> \"x\" ."), -1);
    assert_int_equal(plain("<http://e.org/s> <http://e.org/p> \"x\"@ZH ."), -1);
    assert_int_equal(plain("<http://e.org/s> <http://e.org/p> \"\xe9\" ."), -1);
    assert_int_equal(plain("<http://e.org/s> <http://e.org/p> \"x\" . # note"), -1);
    assert_int_equal(plain("<http://e.org/s> <http://e.org/p> \"x <http://e.org/g> ."), -1);
}

typedef struct seen {
    cnkg_buf spo;
} seen;

static void on_statement(void *data, raptor_statement *s)
{
    seen *sn = data;
    cnkg_rdf_term_append(&sn->spo, s->subject, "");
    cnkg_buf_putc(&sn->spo, ' ');
    cnkg_rdf_term_append(&sn->spo, s->predicate, "");
    cnkg_buf_putc(&sn->spo, ' ');
    cnkg_rdf_term_append(&sn->spo, s->object, "");
}

static void test_plain_lines_read_as_raptor_reads_them(void **state)
{
    (void)state;
    static const char *const lines[] = {
        "<http://e.org/s> <http://e.org/p> \"x \\\"q\\\" \\\\ \\n\\r\" <http://e.org/g> .",
        "<http://e.org/重庆/𝄞> <http://e.org/p> <http://e.org/o/é> <http://e.org/g> .",
        "<http://e.org/s> <http://e.org/p> \"2022\"^^<http://www.w3.org/2001/XMLSchema#gYear> .",
        "<http://e.org/s> <http://e.org/p> \"v\"^^<http://e.org/类型> <http://e.org/g> .",
        "<http://e.org/s> <http://e.org/p> \"长江\"@zh-hans <http://e.org/g> .",
    };
    raptor_world *world = raptor_new_world();
    assert_non_null(world);
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        size_t spo, glen;
        const char *g;
        assert_int_equal(cnkg_nquads_line(lines[i], strlen(lines[i]), &spo, &g, &glen), 1);
        cnkg_buf mine = {0};
        cnkg_nquads_spo_append(&mine, lines[i], spo);
        seen sn = {{0}};
        raptor_parser *p = raptor_new_parser(world, "nquads");
        raptor_uri *base = raptor_new_uri(world, (const unsigned char *)"urn:test");
        raptor_parser_set_statement_handler(p, &sn, on_statement);
        assert_int_equal(raptor_parser_parse_start(p, base), 0);
        assert_int_equal(
            raptor_parser_parse_chunk(p, (const unsigned char *)lines[i], strlen(lines[i]), 1), 0);
        assert_non_null(sn.spo.data);
        assert_string_equal(mine.data, sn.spo.data);
        raptor_free_uri(base);
        raptor_free_parser(p);
        cnkg_buf_free(&mine);
        cnkg_buf_free(&sn.spo);
    }
    raptor_free_world(world);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_which_lines_are_plain),
        cmocka_unit_test(test_plain_lines_read_as_raptor_reads_them),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
