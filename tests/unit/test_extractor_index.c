/*
 * test_extractor_index.c - the index of candidates by where they begin
 * (extractor/candidates.c) that resolve*.c's passes ask instead of scanning
 * the whole list: it must find exactly the candidates a scan finds, in the
 * list's order, for lists of any shape, empty ones included.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "fixture.h"
#include "internal.h"

/* A small generator of its own, so that the lists are the same everywhere. */
static size_t next_random(uint64_t *state, size_t below)
{
    *state = *state * 6364136223846793005u + 1442695040888963407u;
    return (size_t)(*state >> 33) % below;
}

static void random_list(cand_list *l, uint64_t seed, size_t n, size_t text, size_t longest)
{
    for (size_t i = 0; i < n; i++) {
        size_t b = next_random(&seed, text), len = 1 + next_random(&seed, longest);
        cand_add(l, b, b + len, CNKG_COMPANY, NULL, SRC_RULE, 1);
    }
}

/* What a scan of the first n_filed candidates finds beginning in
 * [from, to] must be x->near, in the same order. */
static void assert_near_is_scan(const cand_list *l, size_t n_filed, cand_index *x, size_t from,
                                size_t to)
{
    cand_index_near(x, from, to);
    size_t found = 0;
    for (size_t i = 0; i < n_filed; i++) {
        if (l->items[i].begin < from || l->items[i].begin > to)
            continue;
        assert_true(found < x->n_near);
        assert_int_equal(x->near[found], i);
        found++;
    }
    assert_int_equal(found, x->n_near);
}

static void test_near_matches_scan(void **state)
{
    (void)state;
    for (uint64_t seed = 1; seed <= 20; seed++) {
        cand_list l = {0};
        random_list(&l, seed, 5 + seed * 13, 40 + seed * 20, 1 + seed % 12);
        cand_index x;
        cand_index_file_all(&x, &l);
        uint64_t r = seed;
        for (int q = 0; q < 200; q++) {
            size_t from = next_random(&r, x.n_at + 5), to = from + next_random(&r, 30);
            assert_near_is_scan(&l, l.n, &x, from, to);
        }
        cand_index_free(&x);
        cand_list_free(&l);
    }
}

/* choose asks for the candidates that begin from the longest's length
 * before c to its end: every one that overlaps c must be among them. */
static void test_window_holds_every_overlap(void **state)
{
    (void)state;
    cand_list l = {0};
    random_list(&l, 7, 400, 300, 25);
    cand_index x;
    cand_index_file_all(&x, &l);
    for (size_t i = 0; i < l.n; i++) {
        const cand *c = &l.items[i];
        cand_index_near(&x, c->begin > x.longest ? c->begin - x.longest : 0, c->end);
        for (size_t k = 0; k < l.n; k++) {
            const cand *o = &l.items[k];
            if (o->end <= c->begin || c->end <= o->begin)
                continue;
            int listed = 0;
            for (size_t j = 0; j < x.n_near && !listed; j++)
                listed = x.near[j] == k;
            assert_true(listed);
        }
    }
    cand_index_free(&x);
    cand_list_free(&l);
}

/* resolve_division_chains files candidates it adds after init: further right than
 * any before and longer than the longest, they are found all the same. */
static void test_filed_after_init(void **state)
{
    (void)state;
    cand_list l = {0};
    random_list(&l, 3, 50, 60, 4);
    cand_index x;
    cand_index_init(&x, &l);
    for (size_t i = 0; i < 30; i++)
        cand_index_file(&x, &l, i); /* the rest are not filed yet */
    assert_near_is_scan(&l, 30, &x, 0, 100);
    for (size_t i = 0; i < 200; i++)
        cand_add(&l, 100 + i, 140 + i, CNKG_ADMINISTRATIVE_DIVISION, NULL, SRC_RULE, 3);
    for (size_t i = 30; i < l.n; i++)
        cand_index_file(&x, &l, i);
    assert_int_equal(x.longest, 40);
    for (size_t from = 0; from < 320; from += 7)
        assert_near_is_scan(&l, l.n, &x, from, from + 11);
    cand_index_free(&x);
    cand_list_free(&l);
}

/* An article with no candidate: nothing to index, nothing found (and no
 * arithmetic on the empty list's NULL items). */
static void test_empty_list(void **state)
{
    (void)state;
    cand_list l = {0};
    cand_index x;
    cand_index_file_all(&x, &l);
    cand_index_near(&x, 0, 10);
    assert_int_equal(x.n_near, 0);
    assert_int_equal(x.longest, 0);
    cand_index_free(&x);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_near_matches_scan),
        cmocka_unit_test(test_window_holds_every_overlap),
        cmocka_unit_test(test_filed_after_init),
        cmocka_unit_test(test_empty_list),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
