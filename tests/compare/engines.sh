#!/usr/bin/env bash
# engines.sh - the shipped queries give one answer whatever answers them:
# cnkg query -d (rasqal, Jena ARQ where rasqal is wrong), a store answered
# in memory, and a store past the 20,000-triple threshold (its private
# Virtuoso), each compared as a multiset of rows with Oxigraph's answer
# over the merged graph (npm package oxigraph, installed here into a
# temporary directory). The corpus crosses the threshold: the 16 dev
# articles and the seed of ../shared, 300 CLUENER dev sentences and the
# example page (about 31,000 distinct triples), with the ontology's
# industries and programmes. Skipped (77) when ../shared, node or
# Virtuoso is absent. Not an e2e/ test: too slow under valgrind.
set -u
: "${CNKG:?set CNKG to the cnkg binary}"
: "${CNKG_SOURCE_DIR:?set CNKG_SOURCE_DIR to the source tree}"
shared=${CNKG_SHARED:-$CNKG_SOURCE_DIR/../shared}
skip() { echo "engines.sh: SKIPPED: $*" >&2; exit 77; }
[ -d "$shared/corpus/dev" ] && [ -f "$shared/data/cluener/dev.json" ] || skip "no corpus in $shared"
command -v node >/dev/null && command -v npm >/dev/null || skip "node and npm are needed for Oxigraph"
command -v virtuoso-t >/dev/null || skip "Virtuoso is not installed (scripts/deps.sh)"

tmp=$(mktemp -d)
cleanup() {
    for s in "$tmp/big" "$tmp/small"; do
        [ -d "$s" ] && timeout 90 "$CNKG" store stop --store "$s" >/dev/null 2>&1
    done
    rm -rf "$tmp"
}
trap cleanup EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

(cd "$tmp" && timeout 300 npm install --silent --no-audit --no-fund --prefix "$tmp/npm" \
    oxigraph >"$tmp/npm.log" 2>&1) || skip "npm could not install oxigraph: $(tail -n 3 "$tmp/npm.log")"
export NODE_PATH="$tmp/npm/node_modules"

head -n 300 "$shared/data/cluener/dev.json" >"$tmp/cluener.jsonl"
timeout 300 "$CNKG" extract -q "$shared/corpus/dev" "$shared/corpus/seed" \
    "$CNKG_SOURCE_DIR/examples/cqnews-sample.txt" -o "$tmp/news.nq" || fail "extract the articles"
timeout 300 "$CNKG" extract -q "$tmp/cluener.jsonl" -o "$tmp/cluener.nq" || fail "extract CLUENER"
lex="$CNKG_SOURCE_DIR/ontology/lexicon"
data=("$tmp/news.nq" "$tmp/cluener.nq" "$lex/industries.ttl" "$lex/programs.ttl")
dargs=()
for d in "${data[@]}"; do dargs+=(-d "$d"); done

n=$(timeout 600 "$CNKG" query "${dargs[@]}" -r csv 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o }' |
    tail -n 1 | tr -d '\r')
[ "${n:-0}" -gt 20000 ] || fail "the corpus has ${n:-no} triples, not past 20,000"

timeout 900 "$CNKG" load "${data[@]}" --store "$tmp/big" -v 2>"$tmp/err" || fail "load big: $(cat "$tmp/err")"
grep -q virtuoso "$tmp/err" || fail "the big store is not in Virtuoso: $(cat "$tmp/err")"
CNKG_STORE_MEMORY_LIMIT=1000000 timeout 300 "$CNKG" load "${data[@]}" --store "$tmp/small" -v \
    2>"$tmp/err" || fail "load small: $(cat "$tmp/err")"
grep -q 'rasqal in memory' "$tmp/err" || fail "the small store is not in memory: $(cat "$tmp/err")"

mkdir "$tmp/oxi"
timeout 600 node "$CNKG_SOURCE_DIR/bench/query-oxigraph.js" --merge --out "$tmp/oxi" "${data[@]}" \
    -- "$CNKG_SOURCE_DIR"/queries/*.rq >"$tmp/oxi.log" 2>&1 || fail "oxigraph: $(tail -n 3 "$tmp/oxi.log")"

cat >"$tmp/compare.js" <<'JS'
// compare.js A.json B.json QUERY.rq: exit 1 when the rows differ as
// multisets. In the columns a GROUP_CONCAT makes, the order of the words is
// the engine's, so they are sorted, and the language tag is dropped
// (Oxigraph keeps a tag the joined values share, SPARQL 1.1 does not).
const fs = require('fs');
const [a, b, rq] = process.argv.slice(2);
const concat = new Set([...fs.readFileSync(rq, 'utf8')
    .matchAll(/GROUP_CONCAT\s*\((?:[^()]|\([^()]*\))*\)\s+AS\s+[?$](\w+)/gi)].map(m => m[1]));
const XSD = 'http://www.w3.org/2001/XMLSchema#';
function term(t, name) {
    if (!t) return '';
    if (t.type === 'uri') return '<' + t.value + '>';
    if (t.type === 'bnode') return '_:';
    let v = t.value, lang = t['xml:lang'] ? '@' + t['xml:lang'].toLowerCase() : '';
    if (concat.has(name)) { v = v.split(' ').sort().join(' '); lang = ''; }
    const dt = t.datatype && t.datatype !== XSD + 'string' ? '^^' + t.datatype : '';
    return JSON.stringify(v) + (lang || dt);
}
function rows(file) {
    const r = JSON.parse(fs.readFileSync(file, 'utf8'));
    return r.results.bindings.map(b => r.head.vars.map(v => term(b[v], v)).join('\t')).sort();
}
const x = rows(a), y = rows(b);
if (JSON.stringify(x) !== JSON.stringify(y)) {
    console.error(`  ${x.length} rows, Oxigraph ${y.length}`);
    const count = l => l.reduce((m, r) => m.set(r, (m.get(r) || 0) + 1), new Map());
    const cx = count(x), cy = count(y);
    for (const [r, k] of cx) if (k !== (cy.get(r) || 0)) { console.error(`  ${k} x ${r}, Oxigraph ${cy.get(r) || 0}`); break; }
    for (const [r, k] of cy) if (!cx.has(r)) { console.error(`  only Oxigraph: ${r}`); break; }
    process.exit(1);
}
JS

nonempty=0
for rq in "$CNKG_SOURCE_DIR"/queries/*.rq; do
    name=$(basename "$rq" .rq)
    [ -s "$tmp/oxi/$name.json" ] || { fail "$name: no Oxigraph answer"; continue; }
    for how in d small big; do
        case $how in
        d) where=("${dargs[@]}") ;;
        *) where=(--store "$tmp/$how") ;;
        esac
        timeout 600 "$CNKG" query "${where[@]}" -r json --name "$name" >"$tmp/$name.$how.json" \
            2>"$tmp/err" || { fail "$name ($how): $(cat "$tmp/err")"; continue; }
        node "$tmp/compare.js" "$tmp/$name.$how.json" "$tmp/oxi/$name.json" "$rq" 2>"$tmp/cmp" ||
            fail "$name: $how and Oxigraph differ:
$(cat "$tmp/cmp")"
    done
    grep -q '"bindings":\[\]' "$tmp/$name.d.json" || nonempty=$((nonempty + 1))
done
[ "$nonempty" -ge 6 ] || fail "only $nonempty shipped queries have answers on the corpus"

if [ "$failures" -ne 0 ]; then
    echo "engines.sh: $failures failure(s)" >&2
    exit 1
fi
echo "engines.sh: all passed ($nonempty queries with rows, $n triples)"
