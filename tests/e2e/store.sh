#!/usr/bin/env bash
# store.sh - `cnkg load` and `cnkg query --store` on a small store, answered
# in memory (no server): loading is idempotent per named graph, a graph
# loaded again replaces the old one, shipped queries run by name, and the
# answers equal those of `cnkg query -d` over the same files.
set -u
. "$(dirname "$0")/lib/checks.sh"
# raptor leaks in its N-Triples parser (tests/lsan.supp): full stacks let
# the sanitizer build see the frame that the rule names
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}fast_unwind_on_malloc=0"
count() { # STORE: the number of triples, as CSV's one value
    timeout 60 "$CNKG" query --store "$1" -r csv 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' | tail -n 1 | tr -d '\r'
}

timeout 120 "$CNKG" extract -q "$CNKG_SOURCE_DIR/examples/cqnews-sample.txt" -o "$tmp/kg.nq" ||
    fail "extract the example"
timeout 120 "$CNKG" extract -q "$CNKG_SOURCE_DIR/examples/cqnews-sample.txt" -o "$tmp/kg.ttl" ||
    fail "extract the example as Turtle"
count_files() { # FILE...: distinct triples, as cnkg query -d counts them
    local args=()
    for f in "$@"; do args+=(-d "$f"); done
    timeout 60 "$CNKG" query "${args[@]}" -r csv 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' | tail -n 1 | tr -d '\r'
}
n_quads=$(count_files "$tmp/kg.nq")
[ "$n_quads" -gt 100 ] || fail "the example has $n_quads triples"

timeout 60 "$CNKG" load "$tmp/kg.nq" --store "$tmp/s" -v 2>"$tmp/err" || fail "load: $(cat "$tmp/err")"
grep -q 'rasqal in memory' "$tmp/err" || fail "load -v does not say memory: $(cat "$tmp/err")"
[ -f "$tmp/s/cnkg-store" ] || fail "no cnkg-store mark"
[ "$(count "$tmp/s")" = "$n_quads" ] || fail "count $(count "$tmp/s") != $n_quads"

# the same articles again: nothing added
timeout 60 "$CNKG" load "$tmp/kg.nq" --store "$tmp/s" || fail "reload"
[ "$(count "$tmp/s")" = "$n_quads" ] || fail "reload added triples: $(count "$tmp/s")"

# an article changed: its graph is replaced, the others stay
g=$(head -n 1 "$tmp/kg.nq" | awk '{print $NF == "." ? $(NF-1) : $NF}')
{ grep -F " $g ." "$tmp/kg.nq" | head -n 3; } >"$tmp/changed.nq"
grep -vF " $g ." "$tmp/kg.nq" >"$tmp/others.nq"
want=$(count_files "$tmp/others.nq" "$tmp/changed.nq")
timeout 60 "$CNKG" load "$tmp/changed.nq" --store "$tmp/s" || fail "load changed article"
[ "$(count "$tmp/s")" = "$want" ] && [ "$want" -lt "$n_quads" ] ||
    fail "replace: $(count "$tmp/s") != $want"
timeout 60 "$CNKG" load "$tmp/kg.nq" --store "$tmp/s" || fail "load back"

# triples without a graph go to the default graph, added to, never
# replaced: a copy of a file adds no graph and no triple
cp "$tmp/kg.ttl" "$tmp/kg-copy.ttl"
timeout 60 "$CNKG" load "$tmp/kg.nq" "$tmp/kg.ttl" --store "$tmp/t" || fail "load Turtle"
n_files=$(ls "$tmp/t/graphs" | grep -c .)
timeout 60 "$CNKG" load "$tmp/kg-copy.ttl" --store "$tmp/t" || fail "load a copy"
[ "$(ls "$tmp/t/graphs" | grep -c .)" = "$n_files" ] || fail "a copy added a graph"
[ "$(count "$tmp/t")" = "$n_quads" ] || fail "a copy added triples: $(count "$tmp/t")"

# GRAPH ?g sees the articles' graphs, over the file as over the store
graphs_of() { # WHERE...: how many named graphs GRAPH ?g sees
    timeout 60 "$CNKG" query "$@" -r csv 'SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }' |
        tail -n 1 | tr -d '\r'
}
n_articles=$(grep -o '<https://w3id.org/cnkg/id/article/[^<>]*> \.$' "$tmp/kg.nq" | sort -u | grep -c .)
[ "$(graphs_of -d "$tmp/kg.nq")" = "$n_articles" ] || fail "GRAPH ?g over -d: $(graphs_of -d "$tmp/kg.nq")"
[ "$(graphs_of --store "$tmp/t")" = "$n_articles" ] || fail "GRAPH ?g over the store: $(graphs_of --store "$tmp/t")"

# shipped queries by name, same answers as over the file
for rq in "$CNKG_SOURCE_DIR"/queries/*.rq; do
    name=$(basename "$rq" .rq)
    timeout 60 "$CNKG" query --store "$tmp/s" -r tsv --name "$name" >"$tmp/a.tsv" 2>"$tmp/err" ||
        fail "$name over the store: $(cat "$tmp/err")"
    timeout 60 "$CNKG" query -d "$tmp/kg.nq" -r tsv @"$rq" >"$tmp/b.tsv" || fail "$name over -d"
    # blank node labels differ between loads; the shipped queries show none
    cmp -s "$tmp/a.tsv" "$tmp/b.tsv" || fail "$name: store and file answers differ"
done

# --verbose names the engine for -d too
timeout 60 "$CNKG" query -v -d "$tmp/kg.nq" 'ASK {}' >/dev/null 2>"$tmp/err"
grep -q "engine: rasqal in memory ($n_quads triples in 1 files)" "$tmp/err" || fail "-v -d: $(cat "$tmp/err")"
timeout 60 "$CNKG" query -v --store "$tmp/s" 'ASK {}' >/dev/null 2>"$tmp/err"
grep -q "engine: rasqal in memory ($n_quads triples" "$tmp/err" || fail "-v --store: $(cat "$tmp/err")"

# a directory that is not a store is left alone
mkdir "$tmp/other" && echo keep >"$tmp/other/file"
timeout 60 "$CNKG" load "$tmp/kg.nq" --store "$tmp/other" 2>"$tmp/err" && fail "loaded into a non-store"
grep -q 'not a cnkg store' "$tmp/err" || fail "non-store message: $(cat "$tmp/err")"

# errors and usage
timeout 60 "$CNKG" load "$tmp/none.nq" --store "$tmp/s" 2>"$tmp/err"
[ $? -eq 1 ] || fail "missing input: wrong status"
grep -q "cannot open $tmp/none.nq" "$tmp/err" || fail "missing input: $(cat "$tmp/err")"
printf '<a> <b> "open .\n' >"$tmp/bad.nt"
timeout 60 "$CNKG" load "$tmp/bad.nt" --store "$tmp/s" 2>"$tmp/err" && fail "bad input loaded"
grep -q "bad.nt:1:" "$tmp/err" || fail "bad input: $(cat "$tmp/err")"
[ "$(count "$tmp/s")" = "$n_quads" ] || fail "a failed load changed the store"
timeout 60 "$CNKG" load "$tmp/kg.nq" 2>/dev/null
[ $? -eq 2 ] || fail "load without --store: wrong status"
timeout 60 "$CNKG" query --store "$tmp/s" -d "$tmp/kg.nq" 'ASK {}' 2>/dev/null
[ $? -eq 2 ] || fail "--store with -d: wrong status"
timeout 60 "$CNKG" query --store "$tmp/s" --name no-such-query 2>"$tmp/err"
[ $? -eq 1 ] && grep -q "no shipped query named 'no-such-query'" "$tmp/err" || fail "unknown name: $(cat "$tmp/err")"
[ "$(timeout 60 "$CNKG" store status --store "$tmp/s")" = stopped ] || fail "status of a memory store"
[ "$(timeout 60 "$CNKG" store status -v --store "$tmp/s" 2>"$tmp/err")" = stopped ] &&
    grep -q "cnkg store: $tmp/s: " "$tmp/err" || fail "store status -v: $(cat "$tmp/err")"

# a store that does not exist is an error, and is not created, except by load
for cmd in "query --store $tmp/typo ASK{}" "store status --store $tmp/typo" \
    "store stop --store $tmp/typo"; do
    # shellcheck disable=SC2086 # the words of cmd are its arguments
    timeout 60 "$CNKG" $cmd >"$tmp/out" 2>"$tmp/err"
    [ $? -eq 1 ] || fail "$cmd: wrong status"
    grep -qx "cnkg [a-z]*: no store at $tmp/typo; create it with cnkg load" "$tmp/err" ||
        fail "$cmd: $(cat "$tmp/err")"
    [ -e "$tmp/typo" ] && fail "$cmd created $tmp/typo"
    [ -s "$tmp/out" ] && fail "$cmd answered: $(cat "$tmp/out")"
done
mkdir "$tmp/plain"
timeout 60 "$CNKG" query --store "$tmp/plain" 'ASK {}' 2>"$tmp/err" && fail "queried a plain directory"
grep -q "no store at $tmp/plain" "$tmp/err" || fail "plain directory: $(cat "$tmp/err")"
[ -z "$(ls -A "$tmp/plain")" ] || fail "a query wrote into a plain directory"

# a failed first load removes what it created: the directory, or the
# store's files in an empty directory it was given
timeout 60 "$CNKG" load "$tmp/bad.nt" --store "$tmp/new" 2>/dev/null && fail "bad input loaded (new)"
[ -e "$tmp/new" ] && fail "a failed load left $tmp/new behind"
timeout 60 "$CNKG" load "$tmp/bad.nt" --store "$tmp/plain" 2>/dev/null && fail "bad input loaded (empty)"
[ -d "$tmp/plain" ] && [ -z "$(ls -A "$tmp/plain")" ] || fail "a failed load left files in $tmp/plain"
timeout 60 "$CNKG" load "$tmp/kg.nq" --store "$tmp/new" || fail "load into a new store"
[ -f "$tmp/new/cnkg-store" ] || fail "load made no store"

if [ "$failures" -ne 0 ]; then
    echo "store.sh: $failures failure(s)" >&2
    exit 1
fi
echo "store.sh: all passed"
