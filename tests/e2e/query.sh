#!/usr/bin/env bash
# query.sh - `cnkg query` end to end: every competency query in queries/
# runs over a small made-up graph (fictional companies in real districts)
# and gives the expected rows; results formats, exit codes and messages.
set -u

: "${CNKG:?set CNKG to the cnkg binary}"
: "${CNKG_SOURCE_DIR:?set CNKG_SOURCE_DIR to the source tree}"
# raptor leaks in its N-Triples parser (tests/lsan.supp): full stacks let
# the sanitizer build see the frame that the rule names
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}fast_unwind_on_malloc=0"
Q="$CNKG_SOURCE_DIR/queries"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# expect_status WANT NAME CMD...: runs CMD, output in $tmp/out and $tmp/err.
expect_status() {
    local want=$1 name=$2
    shift 2
    "$@" >"$tmp/out" 2>"$tmp/err"
    local got=$?
    if [ "$got" -ne "$want" ]; then
        fail "$name: exit $got, expected $want"
        sed 's/^/    /' "$tmp/err" >&2
    fi
}

expect_out() { # NAME TEXT: stdout holds TEXT
    grep -qF -- "$2" "$tmp/out" || fail "$1: output lacks '$2'"
}

expect_err() { # NAME TEXT: stderr holds TEXT
    grep -qF -- "$2" "$tmp/err" || fail "$1: message lacks '$2': $(cat "$tmp/err")"
}

cat >"$tmp/kg.ttl" <<'EOF'
@prefix kg: <https://w3id.org/cnkg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix div: <https://w3id.org/cnkg/id/division/> .
@prefix e: <https://w3id.org/cnkg/id/e2e/> .

div:500227 a kg:AdministrativeDivision ; skos:prefLabel "璧山区"@zh .
div:500153 a kg:AdministrativeDivision ; skos:prefLabel "荣昌区"@zh .
div:360000 a kg:AdministrativeDivision ; skos:prefLabel "江西省"@zh .
div:440000 a kg:AdministrativeDivision ; skos:prefLabel "广东省"@zh .
e:park1 a kg:IndustrialPark ; skos:prefLabel "荣昌高新区"@zh ; kg:locatedIn div:500153 ;
    kg:designatedAs e:prog1 ; kg:developsIndustry e:ind2, e:ind3 .
e:prog1 a kg:Program ; skos:prefLabel "承接产业转移示范园区"@zh .
e:prog2 a kg:Program ; skos:prefLabel "璧荣协作走廊"@zh ; kg:covers div:500227, div:500153 .
e:ind1 a kg:Industry ; skos:prefLabel "新型显示"@zh .
e:ind2 a kg:Industry ; skos:prefLabel "生物医药"@zh .
e:ind3 a kg:Industry ; skos:prefLabel "兽药"@zh .
div:500227 kg:developsIndustry e:ind1 .
e:co1 a kg:Company ; skos:prefLabel "星桥电子有限公司"@zh ; kg:locatedIn div:500227 ;
    kg:originFrom div:440000 ; kg:collaboratesWith e:org1 .
e:co2 a kg:Company ; skos:prefLabel "青岚生物"@zh ; kg:locatedIn e:park1 ;
    kg:originFrom div:360000 .
e:co3 a kg:Company ; skos:prefLabel "云杉材料"@zh ; kg:locatedIn div:500227 .
e:org1 a kg:Organization ; skos:prefLabel "山城材料研究院"@zh .
e:art1 a schema:NewsArticle ; schema:headline "园区招商一周观察"@zh .
e:ctx1 a nif:Context ; nif:isString "星桥电子有限公司近日落户璧山区。青岚生物来自江西省。" .
e:sen1 nif:anchorOf "星桥电子有限公司近日落户璧山区。" .
e:st1 a rdf:Statement ; rdf:subject e:co1 ; rdf:predicate kg:locatedIn ;
    rdf:object div:500227 ; prov:wasDerivedFrom e:sen1 .
e:st2 a rdf:Statement ; rdf:subject e:co2 ; rdf:predicate kg:originFrom ;
    rdf:object div:360000 ; prov:wasDerivedFrom e:ctx1 .
EOF

# --- the competency queries ----------------------------------------------

for rq in "$Q"/*.rq; do
    head -n 2 "$rq" | grep -q '^# 问题' || fail "$(basename "$rq"): first line is not the Chinese question"
    head -n 3 "$rq" | grep -q '^# Question' || fail "$(basename "$rq"): no English question"
done

expect_status 0 companies-per-district "$CNKG" query -d "$tmp/kg.ttl" -r csv @"$Q/companies-per-district.rq"
# the company in a park counts for the park's district
printf 'district,companies\r\n璧山区,2\r\n荣昌区,1\r\n' | cmp -s - "$tmp/out" ||
    fail "companies-per-district: $(cat -A "$tmp/out")"

expect_status 0 companies-settled "$CNKG" query -d "$tmp/kg.ttl" -r tsv @"$Q/companies-settled.rq"
printf '?company\t?place\t?origin\n"云杉材料"@zh\t"璧山区"@zh\t\n"星桥电子有限公司"@zh\t"璧山区"@zh\t"广东省"@zh\n"青岚生物"@zh\t"荣昌高新区"@zh\t"江西省"@zh\n' |
    cmp -s - "$tmp/out" || fail "companies-settled: $(cat "$tmp/out")"

expect_status 0 industries-by-place "$CNKG" query -d "$tmp/kg.ttl" -r csv @"$Q/industries-by-place.rq"
expect_out industries-by-place '璧山区,新型显示'
grep -q '^荣昌高新区,.*兽药' "$tmp/out" && grep -q '^荣昌高新区,.*生物医药' "$tmp/out" ||
    fail "industries-by-place: $(cat "$tmp/out")"

expect_status 0 designated-parks "$CNKG" query -d "$tmp/kg.ttl" -r csv @"$Q/designated-parks.rq"
printf 'park,programme\r\n荣昌高新区,承接产业转移示范园区\r\n' | cmp -s - "$tmp/out" ||
    fail "designated-parks: $(cat "$tmp/out")"

expect_status 0 zone-coverage "$CNKG" query -d "$tmp/kg.ttl" -r csv @"$Q/zone-coverage.rq"
grep -q '^璧荣协作走廊,2,.*璧山区' "$tmp/out" || fail "zone-coverage: $(cat "$tmp/out")"

expect_status 0 collaborations "$CNKG" query -d "$tmp/kg.ttl" -r csv @"$Q/collaborations.rq"
expect_out collaborations '星桥电子有限公司,山城材料研究院'

expect_status 0 fact-sources "$CNKG" query -d "$tmp/kg.ttl" @"$Q/fact-sources.rq"
expect_out fact-sources 'kg:locatedIn'
expect_out fact-sources 'kg:originFrom  江西省'
expect_out fact-sources '星桥电子有限公司近日落户璧山区。'

# --- formats ---------------------------------------------------------------

count='SELECT ?district (COUNT(?c) AS ?n) WHERE { ?c a kg:Company ; kg:locatedIn ?d .
  ?d skos:prefLabel ?district } GROUP BY ?district ORDER BY DESC(?n)'

expect_status 0 table "$CNKG" query --data "$tmp/kg.ttl" "$count"
expect_out table 'district    n'
expect_out table '璧山区      2'
expect_out table '荣昌高新区  1'
expect_out table '(2 rows)'

expect_status 0 json "$CNKG" query -d "$tmp/kg.ttl" --results json "$count"
expect_out json '{"head":{"vars":["district","n"]}'
expect_out json '"district":{"type":"literal","value":"璧山区","xml:lang":"zh"}'

expect_status 0 ask "$CNKG" query -d "$tmp/kg.ttl" 'ASK { ?c kg:originFrom ?p . ?p skos:prefLabel "江西省"@zh }'
[ "$(cat "$tmp/out")" = yes ] || fail "ask: $(cat "$tmp/out")"
expect_status 0 ask-json "$CNKG" query -d "$tmp/kg.ttl" -r json 'ASK { ?c kg:originFrom ?c }'
[ "$(cat "$tmp/out")" = '{"head":{},"boolean":false}' ] || fail "ask-json: $(cat "$tmp/out")"

expect_status 0 construct "$CNKG" query -d "$tmp/kg.ttl" -r json \
    'CONSTRUCT { ?p kg:designatedAs ?g } WHERE { ?p kg:designatedAs ?g }'
expect_out construct '@prefix kg: <https://w3id.org/cnkg/ontology#> .'
expect_out construct 'kg:designatedAs <https://w3id.org/cnkg/id/e2e/prog1>'

# the query from standard input, data in two syntaxes
printf '<https://w3id.org/cnkg/id/e2e/co4> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/cnkg/ontology#Company> .\n' >"$tmp/more.nt"
echo 'SELECT (COUNT(?c) AS ?n) WHERE { ?c a kg:Company }' >"$tmp/n.rq"
expect_status 0 stdin-query "$CNKG" query -d "$tmp/kg.ttl" -d "$tmp/more.nt" -r csv @- <"$tmp/n.rq"
printf 'n\r\n4\r\n' | cmp -s - "$tmp/out" || fail "stdin-query: $(cat "$tmp/out")"

# --- errors ------------------------------------------------------------------

printf 'SELECT ?x\nWHERE {\n  ?x ?y }}\n' >"$tmp/bad.rq"
expect_status 1 bad-query "$CNKG" query -d "$tmp/kg.ttl" @"$tmp/bad.rq"
expect_err bad-query "cnkg query: $tmp/bad.rq:3:"
[ -s "$tmp/out" ] && fail "bad-query: wrote to stdout"

printf '@prefix kg: <https://w3id.org/cnkg/ontology#> .\nkg:a kg:b kg:c .\nkg:a kg:b "open .\n' >"$tmp/bad.ttl"
expect_status 1 bad-data "$CNKG" query -d "$tmp/bad.ttl" 'ASK {}'
expect_err bad-data "$tmp/bad.ttl:3:"

expect_status 1 missing-data "$CNKG" query -d "$tmp/none.ttl" 'ASK {}'
expect_err missing-data "cannot open $tmp/none.ttl"

expect_status 1 missing-query-file "$CNKG" query -d "$tmp/kg.ttl" @"$tmp/none.rq"
expect_err missing-query-file "$tmp/none.rq"

expect_status 2 no-data "$CNKG" query 'ASK {}'
expect_err no-data 'cnkg query: no data'
expect_status 2 no-query "$CNKG" query -d "$tmp/kg.ttl"
expect_err no-query 'cnkg query: no query given'
expect_status 2 bad-format "$CNKG" query -d "$tmp/kg.ttl" -r xml 'ASK {}'
expect_err bad-format "unknown results format 'xml'"
expect_status 2 bad-option "$CNKG" query --frobnicate -d "$tmp/kg.ttl" 'ASK {}'
expect_status 2 two-queries "$CNKG" query -d "$tmp/kg.ttl" 'ASK {}' 'ASK {}'

expect_status 0 help "$CNKG" query --help
expect_out help 'usage: cnkg query'
expect_out help 'companies-per-district.rq'

if [ "$failures" -ne 0 ]; then
    echo "query.sh: $failures failure(s)" >&2
    exit 1
fi
echo "query.sh: all passed"
