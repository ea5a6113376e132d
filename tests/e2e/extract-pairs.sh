#!/usr/bin/env bash
# extract-pairs.sh - the pair classifier in the CLI: a model file (here a
# tiny one that believes every candidate) adds facts the rules did not
# state, --no-model turns every learned part off, $CNKG_PAIRS_MODEL chooses
# the file, and a missing or foreign file is a clear error.
#
# Environment: CNKG (the built binary), CNKG_SOURCE_DIR (the source tree).
set -euo pipefail
export LC_ALL=C.UTF-8

. "$(dirname "$0")/lib/checks.sh"

# A sentence written for this test: the rules read 落户 as locatedIn; the
# ontology also lets a firm come from a district (originFrom), which no
# rule states here.
printf '星河科技有限公司落户青山区。\n' >"$tmp/page.txt"
printf 'cnkg-linear 1 bits=8 threshold=0.5 features=pairs-3\nbias\t10\n' >"$tmp/all.model"
origin='<https://w3id.org/cnkg/id/company/星河科技有限公司> <https://w3id.org/cnkg/ontology#originFrom> <https://w3id.org/cnkg/id/division/青山区> .'
located='<https://w3id.org/cnkg/id/company/星河科技有限公司> <https://w3id.org/cnkg/ontology#locatedIn> <https://w3id.org/cnkg/id/division/青山区> .'

extract() { # extract OUT ARGS...: N-Triples of the page
    local out=$1
    shift
    "$CNKG" extract -q "$@" -f nt --provenance none "$tmp/page.txt" -o "$out"
}

extract "$tmp/model.nt" --pairs-model "$tmp/all.model"
check "a model adds the fact no rule states" grep -qF "$origin" "$tmp/model.nt"
check "the rules' fact stays" grep -qF "$located" "$tmp/model.nt"

extract "$tmp/none.nt" --pairs-model "$tmp/all.model" --no-model
check "--no-model adds nothing learned" bash -c "! grep -qF '$origin' '$tmp/none.nt'"
check "--no-model keeps the rules' fact" grep -qF "$located" "$tmp/none.nt"

CNKG_PAIRS_MODEL=$tmp/all.model extract "$tmp/env.nt"
check "\$CNKG_PAIRS_MODEL chooses the model" grep -qF "$origin" "$tmp/env.nt"

# a model whose threshold no score reaches adds nothing (what the trainer
# writes when no fact is worth adding)
printf 'cnkg-linear 1 bits=8 threshold=1.01 features=pairs-3\nbias\t10\n' >"$tmp/never.model"
extract "$tmp/never.nt" --pairs-model "$tmp/never.model"
check "a threshold above 1 adds nothing" bash -c "! grep -qF '$origin' '$tmp/never.nt'"

rc=0
"$CNKG" extract -q --pairs-model "$tmp/missing.model" "$tmp/page.txt" -o "$tmp/x.nt" 2>"$tmp/err" || rc=$?
check "a missing model fails" test "$rc" -eq 1
check "... naming the file and the way out" grep -qE "missing.model.*--no-model" "$tmp/err"

printf 'cnkg-linear 1 bits=8 threshold=0.5 features=entities-1\nbias\t0\n' >"$tmp/other.model"
rc=0
"$CNKG" extract -q --pairs-model "$tmp/other.model" "$tmp/page.txt" -o "$tmp/x.nt" 2>"$tmp/err" || rc=$?
check "a model of other features is refused" grep -qE "other.model:1:" "$tmp/err"

# --jobs 2 gives the model to every worker
extract "$tmp/jobs.nt" --pairs-model "$tmp/all.model" --jobs 2
check "--jobs 2 applies the model too" grep -qF "$origin" "$tmp/jobs.nt"

if [ "$failures" -gt 0 ]; then
    echo "extract-pairs.sh: $failures check(s) failed" >&2
    exit 1
fi
echo "extract-pairs.sh: all checks passed"
