#!/usr/bin/env bash
# shapes-corpus.sh - the graphs of the dev articles (../shared/corpus/dev/)
# and of the seed page (../shared/corpus/seed/, when present) conform to
# the SHACL shapes at every --provenance level, checked by Apache Jena's
# shacl (scripts/jena.sh). A violation fails the test; the report lists
# every kind of violation by shape with a count and an example focus
# node, then every violation.
#
# Environment: CNKG, CNKG_SOURCE_DIR; CNKG_SHARED for the shared data
# (default: ../shared beside the source tree). Exit 77 (skipped, as
# SKIP_RETURN_CODE tells ctest, and a failure in CI) when the dev articles
# are missing, so that the test never passes without having looked; a
# missing Jena or rdflib fails it (scripts/deps.sh installs them).
set -uo pipefail
export LC_ALL=C.UTF-8

. "$(dirname "$0")/lib/checks.sh"
. "$(dirname "$0")/lib/shacl.sh"
export CNKG_ONTOLOGY=$CNKG_SOURCE_DIR/ontology
shared=${CNKG_SHARED:-$CNKG_SOURCE_DIR/../shared}

if ! ls "$shared"/corpus/dev/*.txt >/dev/null 2>&1; then
    echo "SKIPPED: no dev articles in $shared/corpus/dev (set CNKG_SHARED to the shared data)" >&2
    exit 77
fi
shacl_require

shapes=$tmp/shapes.ttl
"$CNKG" ontology --shapes >"$shapes" || fail "cnkg ontology --shapes"

sets=(dev)
n_dev=$(ls "$shared"/corpus/dev/*.txt | wc -l)
check "the dev set has its 16 articles (found $n_dev)" test "$n_dev" -eq 16
if ls "$shared"/corpus/seed/*.txt >/dev/null 2>&1; then
    sets+=(seed)
else
    echo "note: no seed page in $shared/corpus/seed; the dev articles only" >&2
fi

summary=$tmp/summary
: >"$summary"
for set in "${sets[@]}"; do
    for level in mentions sentences none; do
        graph=$tmp/$set-$level.nt
        out=$tmp/$set-$level.out
        # N-Triples: one graph for the whole set, as a user would load it.
        if ! "$CNKG" extract -q "$shared/corpus/$set/" --provenance "$level" -o "$graph" 2>"$tmp/err"; then
            fail "extract $set --provenance $level: $(head -c 300 "$tmp/err")"
            continue
        fi
        shacl_validate "$shapes" "$graph" "$out"
        rc=$?
        if [ "$rc" -eq 0 ]; then
            pass "$set, --provenance $level: the graph conforms to the shapes ($(wc -l <"$graph") triples)"
        elif [ "$rc" -eq 1 ]; then
            fail "$set, --provenance $level: $(wc -l <"$out") violations
$(shacl_summary "$out")"
            awk -F'\t' -v s="$set" -v l="$level" '{ print s "\t" l "\t" $0 }' "$out" >>"$summary"
        else
            fail "$set, --provenance $level: the SHACL engine failed"
        fi
    done
done

if [ -s "$summary" ]; then
    # Every violation, so that the log shows them all: set, level, shape,
    # focus node, value, message.
    echo "every violation (set, level, shape, focus node, value, message):" >&2
    sed 's/^/  /' "$summary" >&2
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all graphs conform (${sets[*]}, three provenance levels)"
