#!/usr/bin/env bash
# provenance.sh - --provenance mentions|sentences|none: each level leaves
# out a part of the graph and nothing else. The facts and entities are the
# same at every level (the lighter outputs are subsets of the default),
# what is left out is gone, what sentences keeps still points at typed NIF
# strings, and every level parses and is the same with --jobs 2.
#
# Environment: CNKG (the built binary), CNKG_SOURCE_DIR (the source tree).
set -euo pipefail
export LC_ALL=C.UTF-8

. "$(dirname "$0")/lib/checks.sh"

page=$CNKG_SOURCE_DIR/examples/cqnews-sample.txt
NIF='<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#'
for level in mentions sentences none; do
    "$CNKG" extract -q -f ntriples --provenance "$level" "$page" -o "$tmp/$level.nt"
    "$CNKG" extract -q -j 2 -f ntriples --provenance "$level" "$page" -o "$tmp/$level-j2.nt"
    check "$level: --jobs 2 writes the same bytes" cmp -s "$tmp/$level.nt" "$tmp/$level-j2.nt"
    check "$level: parses as N-Triples" \
        sh -c "rapper -i ntriples -c '$tmp/$level.nt' 2>&1 | grep -q 'returned [1-9]'"
done
"$CNKG" extract -q -f ntriples "$page" -o "$tmp/default.nt"
check "the default is mentions" cmp -s "$tmp/default.nt" "$tmp/mentions.nt"

# Subsets of the default, with the same typed entities and the same facts.
subset() { [ -z "$(comm -23 <(sort -u "$1") <(sort -u "$2"))" ]; }
kg_lines() { # the facts: kg relations between entities (hasContext is NIF's)
    grep -E ' <https://w3id.org/cnkg/ontology#[a-zA-Z]+> <https://w3id.org/cnkg/id/' "$1" |
        grep -v '#hasContext>' | sort -u
}
typed() { grep -E '#type> <https://w3id.org/cnkg/ontology#' "$1" | sort -u; }
for level in sentences none; do
    check "$level: every line is in the default output" subset "$tmp/$level.nt" "$tmp/mentions.nt"
    check "$level: the same facts as the default" \
        cmp -s <(kg_lines "$tmp/$level.nt") <(kg_lines "$tmp/mentions.nt")
    check "$level: the same typed entities" cmp -s <(typed "$tmp/$level.nt") <(typed "$tmp/mentions.nt")
    check "$level: no mention phrases" sh -c "! grep -q '${NIF}Phrase>' '$tmp/$level.nt'"
    check "$level: no taIdentRef" sh -c "! grep -q 'its/rdf#taIdentRef>' '$tmp/$level.nt'"
done
check "mentions: has mention phrases" grep -q "${NIF}Phrase>" "$tmp/mentions.nt"
check "kg facts exist to compare" test "$(kg_lines "$tmp/mentions.nt" | wc -l)" -gt 10

# sentences: each statement derives from a sentence or context written here.
check "sentences: has statements" grep -q 'rdf-syntax-ns#Statement>' "$tmp/sentences.nt"
derived_ok() {
    local src
    while read -r src; do
        grep -qE "^$(printf '%s' "$src" | sed 's/[][\.*^$/]/\\&/g') <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ${NIF}(Sentence|Context)>" "$1" ||
            { echo "no NIF string for $src" >&2; return 1; }
    done < <(grep 'prov#wasDerivedFrom>' "$1" | awk '{print $3}' | sort -u)
}
check "sentences: statements derive from NIF strings in the output" derived_ok "$tmp/sentences.nt"
"$CNKG" query -d "$tmp/mentions.nt" @"$CNKG_SOURCE_DIR/queries/fact-sources.rq" -r tsv >"$tmp/src-m.tsv"
"$CNKG" query -d "$tmp/sentences.nt" @"$CNKG_SOURCE_DIR/queries/fact-sources.rq" -r tsv >"$tmp/src-s.tsv"
check "sentences: fact-sources gives the default's answer" cmp -s "$tmp/src-m.tsv" "$tmp/src-s.tsv"
check "fact-sources has answers" test "$(wc -l <"$tmp/src-s.tsv")" -gt 10
check "none: no NIF, no statements" \
    sh -c "! grep -qE 'nif-core#|rdf-syntax-ns#Statement>' '$tmp/none.nt'"
check "sentences: a third of the default or less" \
    test "$(wc -c <"$tmp/sentences.nt")" -lt "$(($(wc -c <"$tmp/mentions.nt") / 2))"

# Diagrams: the whole graph draws at every level; --article needs mentions.
"$CNKG" render "$tmp/none.nt" -o "$tmp/none.dot"
check "none: the graph still draws" grep -q 'label=' "$tmp/none.dot"
set +e
"$CNKG" render "$tmp/sentences.nt" --article 1 -o "$tmp/article.dot" 2>"$tmp/article.err"
rc=$?
set -e
check "sentences: render --article refuses" test "$rc" = 1
check "and says why" grep -q 'no mentions' "$tmp/article.err"

set +e
"$CNKG" extract -q --provenance all "$page" -o "$tmp/bad.ttl" 2>"$tmp/bad.err"
rc=$?
set -e
check "an unknown level exits 2" test "$rc" = 2
check "and says the levels" grep -q 'mentions, sentences or none' "$tmp/bad.err"

[ "$failures" = 0 ] || { echo "$failures check(s) failed" >&2; exit 1; }
echo "provenance.sh: all checks passed"
