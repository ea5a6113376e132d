#!/usr/bin/env bash
# ontology.sh - `cnkg ontology`: the printed Turtle parses (rapper) into
# exactly the triples of the files it joins, and holds the schema and
# Chongqing's 33618 scheme with its four tiers; --all adds the lexicon.
#
# Environment: CNKG (the built binary), CNKG_SOURCE_DIR (the source tree).
# Every failed check is printed before the script exits non-zero.
set -euo pipefail
export LC_ALL=C.UTF-8

. "$(dirname "$0")/lib/checks.sh"
ONTO=$CNKG_SOURCE_DIR/ontology
export CNKG_ONTOLOGY=$ONTO

if ! command -v rapper >/dev/null; then
    echo "ontology.sh: rapper not found: install raptor2-utils (scripts/deps.sh does)" >&2
    exit 1
fi

KG='https://w3id\.org/cnkg/ontology#'
SCHEME='https://w3id\.org/cnkg/id/scheme/33618'
TYPE='<http://www\.w3\.org/1999/02/22-rdf-syntax-ns#type>'
SKOS='http://www\.w3\.org/2004/02/skos/core#'

# triples FILE...: the distinct triples of the files, each parsed alone.
triples() {
    local f
    for f in "$@"; do rapper -q -i turtle -o ntriples "$f"; done | sort -u
}
lines() { grep -cE -e "$2" "$1" || true; }

# --- the default output: schema + industry and 33618 schemes --------------

rc=0
"$CNKG" ontology >"$tmp/onto.ttl" 2>"$tmp/err" || rc=$?
check "cnkg ontology exits 0 (got $rc: $(head -c 200 "$tmp/err"))" test "$rc" -eq 0

if rapper -q -i turtle -o ntriples "$tmp/onto.ttl" 2>"$tmp/rapper.err" | sort -u >"$tmp/onto.nt" &&
    [ ! -s "$tmp/rapper.err" ]; then
    pass "rapper parses the printed Turtle"
else
    fail "rapper rejects the printed Turtle: $(head -3 "$tmp/rapper.err")"
fi

# Joining files must neither lose triples nor merge nodes (a shared blank
# node label or @base would): the whole is the sum of the parts.
triples "$ONTO/cnkg.ttl" "$ONTO/lexicon/industries.ttl" "$ONTO/lexicon/programs.ttl" >"$tmp/parts.nt"
check "the printed triples are those of cnkg.ttl, industries.ttl and programs.ttl ($(wc -l <"$tmp/onto.nt") vs $(wc -l <"$tmp/parts.nt"))" \
    cmp -s "$tmp/onto.nt" "$tmp/parts.nt"

check "the schema declares kg:Company" \
    grep -qE "^<${KG}Company> $TYPE <http://www\.w3\.org/2002/07/owl#Class> \.$" "$tmp/onto.nt"
check "the schema declares kg:inCluster an owl:ObjectProperty" \
    grep -qE "^<${KG}inCluster> $TYPE <http://www\.w3\.org/2002/07/owl#ObjectProperty> \.$" "$tmp/onto.nt"
check "the schema declares kg:clusterTier an owl:DatatypeProperty" \
    grep -qE "^<${KG}clusterTier> $TYPE <http://www\.w3\.org/2002/07/owl#DatatypeProperty> \.$" "$tmp/onto.nt"
check "the output holds the 33618 skos:ConceptScheme" \
    grep -qE "^<$SCHEME> $TYPE <${SKOS}ConceptScheme> \.$" "$tmp/onto.nt"

# Four tiers, and the high-growth half of the 新星 tier as a view of it.
# (rapper writes N-Triples with \u escapes: 高成长性产业集群 is HIGH.)
HIGH='/\u9AD8\u6210\u957F\u6027\u4EA7\u4E1A\u96C6\u7FA4>'
tiers=$(lines "$tmp/onto.nt" "^<$SCHEME/[^>]*> $TYPE <${SKOS}Collection> \.$")
check "the 33618 scheme has four tier collections and the high-growth view (got $tiers)" test "$tiers" -eq 5
high=$(grep -F "$HIGH <http://www.w3.org/2004/02/skos/core#member> " "$tmp/onto.nt" | grep -c "^<$SCHEME/" || true)
check "the high-growth view lists 2 clusters (got $high)" test "$high" -eq 2
members=$(($(lines "$tmp/onto.nt" "^<$SCHEME/[^>]*> <${SKOS}member> ") - high))
in_scheme=$(lines "$tmp/onto.nt" "<${SKOS}inScheme> <$SCHEME> \.$")
check "the tiers hold 3+3+6 clusters and at least one 新星 (got $members)" test "$members" -ge 13
check "every tier member is in the scheme ($in_scheme in the scheme)" test "$in_scheme" -eq "$members"
links=$(lines "$tmp/onto.nt" "^<[^>]*> <${KG}inCluster> <")
check "industries point to their clusters with kg:inCluster (got $links)" test "$links" -ge 100

# The tiers by name, as the files state them.
for tier in 万亿级主导产业集群 五千亿级支柱产业集群 千亿级特色优势产业集群 新星产业集群; do
    check "the output names the tier $tier" grep -qF "skos:prefLabel \"$tier\"@zh" "$tmp/onto.ttl"
done
for cluster in 低空经济 卫星互联网 农机装备 AI及服务机器人 传感器及仪器仪表 医疗器械; do
    check "the output lists the 新星 cluster $cluster with its source" sh -c \
        "awk '/^<https:\/\/w3id.org\/cnkg\/id\/industry\/$cluster> skos:inScheme/,/ \\.\$/' '$tmp/onto.ttl' | grep -q 'kg:clusterTier \"新星\"' &&
         awk '/^<https:\/\/w3id.org\/cnkg\/id\/industry\/$cluster> skos:inScheme/,/ \\.\$/' '$tmp/onto.ttl' | grep -q 'dcterms:source <http'"
done
for tier in 万亿级 五千亿级 千亿级 新星; do
    check "a cluster has kg:clusterTier \"$tier\"" grep -qF "kg:clusterTier \"$tier\"" "$tmp/onto.ttl"
done
for cluster in 智能网联新能源汽车 新一代电子信息制造业 先进材料 智能装备及智能制造 食品及农产品加工 \
    软件信息服务 新型显示 高端摩托车 轻合金材料 轻纺 生物医药 新能源及新型储能; do
    check "the output lists the cluster $cluster" \
        grep -qF "<https://w3id.org/cnkg/id/industry/$cluster> skos:inScheme <https://w3id.org/cnkg/id/scheme/33618>" \
        "$tmp/onto.ttl"
done
check "the default output leaves the divisions out" \
    bash -c "! grep -q '/id/division/511623' '$tmp/onto.nt'"

# --- --all: every lexicon file ----------------------------------------------

rc=0
"$CNKG" ontology --all >"$tmp/all.ttl" 2>"$tmp/err" || rc=$?
check "cnkg ontology --all exits 0 (got $rc)" test "$rc" -eq 0
rapper -q -i turtle -o ntriples "$tmp/all.ttl" 2>"$tmp/rapper.err" | sort -u >"$tmp/all.nt" || true
check "rapper parses the --all Turtle: $(head -c 200 "$tmp/rapper.err")" test ! -s "$tmp/rapper.err"
mapfile -t lexicon < <(find "$ONTO/lexicon" -name '*.ttl' | sort)
triples "$ONTO/cnkg.ttl" "${lexicon[@]}" >"$tmp/allparts.nt"
check "--all prints the triples of cnkg.ttl and all ${#lexicon[@]} lexicon files" \
    cmp -s "$tmp/all.nt" "$tmp/allparts.nt"
check "--all includes the divisions" grep -q '/id/division/500000>' "$tmp/all.nt"

# --- the other options -------------------------------------------------------

rc=0
"$CNKG" ontology --help >"$tmp/help" 2>&1 || rc=$?
check "cnkg ontology --help exits 0" test "$rc" -eq 0
for word in --all --path --ontology 33618; do
    check "cnkg ontology --help mentions $word" grep -qF -e "$word" "$tmp/help"
done

check "cnkg ontology --path prints a directory with cnkg.ttl" \
    test -f "$("$CNKG" ontology --path)/cnkg.ttl"

rc=0
"$CNKG" ontology --path --all >/dev/null 2>&1 || rc=$?
check "--path with --all is a usage error (got $rc)" test "$rc" -eq 2

rc=0
"$CNKG" ontology --ontology "$tmp/none" >"$tmp/out" 2>"$tmp/err" || rc=$?
check "a missing ontology directory fails (got $rc)" test "$rc" -eq 1
check "the failure names the missing file" grep -qF "$tmp/none/cnkg.ttl" "$tmp/err"
check "the failure prints no Turtle" test ! -s "$tmp/out"

mkdir -p "$tmp/bare"
cp "$ONTO/cnkg.ttl" "$tmp/bare/"
rc=0
"$CNKG" ontology --ontology "$tmp/bare" >"$tmp/out" 2>"$tmp/err" || rc=$?
check "a directory without the schemes fails (got $rc)" test "$rc" -eq 1
check "that failure names the missing scheme file" grep -qF "lexicon/industries.ttl" "$tmp/err"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all ontology checks passed"
