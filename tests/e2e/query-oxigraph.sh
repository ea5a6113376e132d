#!/usr/bin/env bash
# query-oxigraph.sh - the shipped queries give the same answers through
# cnkg (rasqal in memory, and a store) as through Oxigraph, an independent
# SPARQL engine (npm package oxigraph, installed by this test into a
# temporary directory). The graph is the example article extracted by
# cnkg, with the ontology's industries and programmes for the cluster
# query. Rows are compared as sets (order aside), GROUP_CONCAT values as
# sets of words without a language tag (engines join them in any order,
# and Oxigraph keeps the tag the joined values share, rasqal does not).
set -u
. "$(dirname "$0")/lib/checks.sh"
# raptor leaks in its N-Triples parser (tests/lsan.supp): full stacks let
# the sanitizer build see the frame that the rule names
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}fast_unwind_on_malloc=0"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "query-oxigraph.sh: node and npm are needed to install Oxigraph (scripts/deps.sh installs them)" >&2
    exit 1
fi
if ! (cd "$tmp" && timeout 300 npm install --silent --no-audit --no-fund --prefix "$tmp/npm" \
    oxigraph >"$tmp/npm.log" 2>&1); then
    # The registry could not be reached: the test cannot run, and says so
    # to ctest (SKIP_RETURN_CODE), which CI counts as a failure.
    echo "query-oxigraph.sh: SKIPPED: npm could not install oxigraph:" >&2
    tail -n 5 "$tmp/npm.log" >&2
    exit 77
fi
export NODE_PATH="$tmp/npm/node_modules"

timeout 120 "$CNKG" extract -q "$CNKG_SOURCE_DIR/examples/cqnews-sample.txt" -o "$tmp/kg.nq" ||
    fail "extract the example"
lex="$CNKG_SOURCE_DIR/ontology/lexicon"
data=("$tmp/kg.nq" "$lex/industries.ttl" "$lex/programs.ttl")
timeout 120 "$CNKG" load "${data[@]}" --store "$tmp/store" || fail "load the store"

mkdir "$tmp/oxi"
timeout 300 node "$CNKG_SOURCE_DIR/bench/query-oxigraph.js" --merge --out "$tmp/oxi" "${data[@]}" \
    -- "$CNKG_SOURCE_DIR"/queries/*.rq >"$tmp/oxi.log" 2>&1 || fail "oxigraph: $(tail -n 3 "$tmp/oxi.log")"

cat >"$tmp/compare.js" <<'JS'
// compare.js A.json B.json QUERY.rq: exit 1 when the row sets differ
const fs = require('fs');
const [a, b, rq] = process.argv.slice(2);
const concat = /GROUP_CONCAT/i.test(fs.readFileSync(rq, 'utf8'));
const XSD = 'http://www.w3.org/2001/XMLSchema#';
function term(t) {
    if (!t) return '';
    let v = t.value;
    if (t.type === 'literal' && concat) {
        v = v.split(' ').sort().join(' ');
        if (!t.datatype) return JSON.stringify(v);
    }
    if (t.type === 'uri') return '<' + v + '>';
    if (t.type === 'bnode') return '_:';
    const dt = t.datatype && t.datatype !== XSD + 'string' ? '^^' + t.datatype : '';
    return JSON.stringify(v) + (t['xml:lang'] ? '@' + t['xml:lang'].toLowerCase() : dt);
}
function rows(file) {
    const r = JSON.parse(fs.readFileSync(file, 'utf8'));
    const vars = r.head.vars;
    return [...new Set(r.results.bindings.map(b => vars.map(v => term(b[v])).join('\t')))].sort();
}
const x = rows(a), y = rows(b);
if (JSON.stringify(x) !== JSON.stringify(y)) {
    console.error(`  cnkg ${x.length} rows, oxigraph ${y.length}`);
    const only = (p, q) => p.filter(r => !q.includes(r)).slice(0, 3);
    for (const r of only(x, y)) console.error('  only cnkg:     ' + r);
    for (const r of only(y, x)) console.error('  only oxigraph: ' + r);
    process.exit(1);
}
if (x.length === 0) console.error(`  (no rows: ${rq})`);
JS

nonempty=0
for rq in "$CNKG_SOURCE_DIR"/queries/*.rq; do
    name=$(basename "$rq" .rq)
    [ -s "$tmp/oxi/$name.json" ] || { fail "$name: no Oxigraph answer"; continue; }
    args=()
    for d in "${data[@]}"; do args+=(-d "$d"); done
    timeout 120 "$CNKG" query "${args[@]}" -r json @"$rq" >"$tmp/$name.json" 2>"$tmp/err" ||
        fail "$name: cnkg: $(cat "$tmp/err")"
    node "$tmp/compare.js" "$tmp/$name.json" "$tmp/oxi/$name.json" "$rq" 2>"$tmp/cmp" ||
        fail "$name: cnkg -d and Oxigraph differ:
$(cat "$tmp/cmp")"
    timeout 120 "$CNKG" query --store "$tmp/store" -r json --name "$name" >"$tmp/$name.s.json" ||
        fail "$name: cnkg --store"
    node "$tmp/compare.js" "$tmp/$name.s.json" "$tmp/oxi/$name.json" "$rq" 2>"$tmp/cmp" ||
        fail "$name: the store and Oxigraph differ:
$(cat "$tmp/cmp")"
    grep -q '"bindings":\[\]' "$tmp/$name.json" || nonempty=$((nonempty + 1))
done
# the comparison means something only if most queries find rows
[ "$nonempty" -ge 5 ] || fail "only $nonempty shipped queries have answers on the example"

if [ "$failures" -ne 0 ]; then
    echo "query-oxigraph.sh: $failures failure(s)" >&2
    exit 1
fi
echo "query-oxigraph.sh: all passed ($nonempty queries with rows)"
