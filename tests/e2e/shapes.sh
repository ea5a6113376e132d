#!/usr/bin/env bash
# shapes.sh - the SHACL shapes (`cnkg ontology --shapes`) parse, state the
# domains and ranges of cnkg.ttl, and the sample page's graph conforms to
# them at every --provenance level, checked by a real SHACL engine (Apache
# Jena's shacl, scripts/jena.sh). A graph broken on purpose must fail, each
# break named by its focus node and its shape: a test of the test. The dev
# articles and the seed page are shapes-corpus.sh.
#
# Environment: CNKG (the built binary), CNKG_SOURCE_DIR (the source tree).
# A missing Jena or rdflib fails the test: scripts/deps.sh installs them.
set -uo pipefail
export LC_ALL=C.UTF-8

. "$(dirname "$0")/lib/checks.sh"
. "$(dirname "$0")/lib/shacl.sh"
export CNKG_ONTOLOGY=$CNKG_SOURCE_DIR/ontology
shacl_require

# --- the shapes as cnkg prints them ------------------------------------------

shapes=$tmp/shapes.ttl
rc=0
"$CNKG" ontology --shapes >"$shapes" 2>"$tmp/err" || rc=$?
check "cnkg ontology --shapes exits 0 (got $rc: $(head -c 200 "$tmp/err"))" test "$rc" -eq 0
rapper -q -i turtle -o ntriples "$shapes" 2>"$tmp/rapper.err" | sort -u >"$tmp/printed.nt"
check "rapper parses the printed shapes: $(head -c 200 "$tmp/rapper.err")" test ! -s "$tmp/rapper.err"
rapper -q -i turtle -o ntriples "$CNKG_ONTOLOGY/shapes.ttl" 2>/dev/null | sort -u >"$tmp/file.nt"
check "the printed shapes are the triples of ontology/shapes.ttl ($(wc -l <"$tmp/printed.nt") triples)" \
    cmp -s "$tmp/printed.nt" "$tmp/file.nt"

# The shapes repeat the ontology's domains and ranges in SHACL's terms;
# they must say what cnkg.ttl says, class for class.
"$PYTHON" - "$CNKG_ONTOLOGY/cnkg.ttl" "$shapes" >"$tmp/agree.out" 2>&1 <<'PY'
import sys
from rdflib import Graph, Namespace, RDF, RDFS, OWL, URIRef
from rdflib.collection import Collection

KG = Namespace("https://w3id.org/cnkg/ontology#")
KGSH = Namespace("https://w3id.org/cnkg/shapes#")
SH = Namespace("http://www.w3.org/ns/shacl#")
onto = Graph().parse(sys.argv[1], format="turtle")
shapes = Graph().parse(sys.argv[2], format="turtle")
bad = []

def short(nodes):
    return " ".join(sorted(str(n).split("#")[-1] for n in nodes)) or "(none)"

def onto_classes(node):
    if isinstance(node, URIRef):
        return {node}
    union = onto.value(node, OWL.unionOf)
    return set(Collection(onto, union)) if union is not None else set()

def shape_classes(shape):
    single = shapes.value(shape, SH["class"])
    if single is not None:
        return {single}
    alt = shapes.value(shape, SH["or"])
    if alt is None:
        return set()
    return {shapes.value(m, SH["class"]) for m in Collection(shapes, alt)}

def listed(shape, prop):
    head = shapes.value(shape, prop)
    return set(Collection(shapes, head)) if head is not None else set()

# The thirteen classes: those the ontology gives a diagram style.
classes = set(onto.subjects(KG.shape, None))
for what, got in [("kgsh:Entity targets", set(shapes.objects(KGSH.Entity, SH.targetClass))),
                  ("kgsh:Typed sh:xone", {shapes.value(m, SH["class"]) for m in listed(KGSH.Typed, SH.xone)}),
                  ("kgsh:Phrase-taClassRef sh:in", listed(KGSH["Phrase-taClassRef"], SH["in"]))]:
    if got != classes:
        bad.append(f"{what}: {short(got)}; cnkg.ttl's classes: {short(classes)}")

# The relations: object properties with a domain and a range, but
# kg:inCluster, which links lexicon concepts and no article graph holds.
relations = {p for p in onto.subjects(RDF.type, OWL.ObjectProperty)
             if onto.value(p, RDFS.domain) is not None and onto.value(p, RDFS.range) is not None}
relations.discard(KG.inCluster)
stated = listed(KGSH["Statement-predicate"], SH["in"])
if stated != relations:
    bad.append(f"kgsh:Statement-predicate: {short(stated)}; cnkg.ttl: {short(relations)}")
for rel in sorted(relations):
    local = str(rel).split("#")[-1]
    for side, prop in (("domain", RDFS.domain), ("range", RDFS.range)):
        shape = KGSH[f"{local}-{side}"]
        want = onto_classes(onto.value(rel, prop))
        got = shape_classes(shape)
        target = shapes.value(shape, SH.targetSubjectsOf)
        if got != want:
            bad.append(f"kgsh:{local}-{side}: {short(got)}; cnkg.ttl's rdfs:{side}: {short(want)}")
        if target != rel:
            bad.append(f"kgsh:{local}-{side} does not target the subjects of kg:{local}")
        if side == "range" and shapes.value(shape, SH.path) != rel:
            bad.append(f"kgsh:{local}-range is not about the values of kg:{local}")
print("\n".join(bad) if bad else f"{len(relations)} relations, {len(classes)} classes agree")
sys.exit(1 if bad else 0)
PY
rc=$?
check "the shapes state cnkg.ttl's 13 classes and the domain and range of its 12 relations: $(cat "$tmp/agree.out")" \
    test "$rc" -eq 0

# --- the sample page at every provenance level --------------------------------

sample=$CNKG_SOURCE_DIR/examples/cqnews-sample.txt
for level in mentions sentences none; do
    graph=$tmp/sample-$level.ttl
    if ! "$CNKG" extract -q "$sample" --provenance "$level" -o "$graph" 2>"$tmp/err"; then
        fail "extract the sample --provenance $level: $(head -c 300 "$tmp/err")"
        continue
    fi
    shacl_validate "$shapes" "$graph" "$tmp/sample-$level.out"
    rc=$?
    if [ "$rc" -eq 0 ]; then
        pass "the sample's graph conforms to the shapes (--provenance $level)"
    else
        fail "the sample's graph breaks the shapes (--provenance $level): $(wc -l <"$tmp/sample-$level.out") violations
$(shacl_summary "$tmp/sample-$level.out")"
    fi
done

# --- a test of the test: a graph broken on purpose ------------------------------

# Each break is made in the N-Triples of the sample, and each must come back
# as a violation of the named shape at the named focus node.
base=$tmp/sample.nt
broken=$tmp/broken.nt
"$CNKG" extract -q "$sample" -o "$base" || fail "extract the sample as N-Triples"
NIF='http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#'
KG='https://w3id.org/cnkg/ontology#'
TYPE='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'
first_typed() { grep -m1 -F " $TYPE <$1> ." "$base" | cut -d' ' -f1; }

phrase=$(first_typed "${NIF}Phrase")
phrase2=$(grep -F " $TYPE <${NIF}Phrase> ." "$base" | sed -n 2p | cut -d' ' -f1)
company=$(grep -m1 -F " <${KG}operates> " "$base" | cut -d' ' -f1)
industry=$(first_typed "${KG}Industry")
region=$(first_typed "${KG}Region")
program=$(first_typed "${KG}Program")
division=$(grep -m1 -E ' <http://www\.w3\.org/2004/02/skos/core#notation> "[0-9]{6}" \.$' "$base" | cut -d' ' -f1)
statement=$(first_typed "http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement")
entity=$(first_typed "${KG}Company")
stmt_triple=$(awk -v s="$statement" '$1 == s && $2 ~ /#(subject|predicate|object)>$/ { v[$2] = $3 }
    END { printf "%s %s %s .", v["<http://www.w3.org/1999/02/22-rdf-syntax-ns#subject>"],
          v["<http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate>"], v["<http://www.w3.org/1999/02/22-rdf-syntax-ns#object>"] }' "$base")
for v in phrase phrase2 company industry region program division statement entity; do
    check "the sample has a node to break: $v (${!v:-none})" test -n "${!v}"
done

{
    # a mention that begins after it ends
    awk -v p="$phrase" -v b="<${NIF}beginIndex>" '$1 == p && $2 == b { print $1, $2, "\"9999\"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> ."; next } { print }' "$base" |
        # a division code of 4 digits, a Chinese label without its tag,
        # and the triple a statement names taken away
        sed -E -e "s|^($division <http://www.w3.org/2004/02/skos/core#notation>) \"[0-9]+\" \.$|\1 \"5001\" .|" \
            -e "s|^($entity <http://www.w3.org/2004/02/skos/core#prefLabel> \"[^\"]*\")@zh \.$|\1 .|" |
        grep -v -x -F "$stmt_triple" |
        # a mention classed otherwise than the entity it names
        awk -v p="$phrase2" -v c="<http://www.w3.org/2005/11/its/rdf#taClassRef>" \
            '$1 == p && $2 == c { print $1, $2, "<'"${KG}"'Place> ."; next } { print }'
    # a relation to an object of the wrong class, one from the wrong subject
    echo "$company <${KG}operates> $industry ."
    echo "$region <${KG}designatedAs> $program ."
    # an entity of two classes
    echo "$program $TYPE <${KG}Industry> ."
} >"$broken"
check "the broken graph differs from the sample by the planned edits (4 lines changed, 1 gone, 3 added)" \
    test "$(diff "$base" "$broken" | grep -c '^[<>]')" -eq 12

shacl_validate "$shapes" "$broken" "$tmp/broken.out"
rc=$?
check "the broken graph fails validation (got $rc, 1 expected)" test "$rc" -eq 1
expect() { # expect SHAPE FOCUS: the report names the shape at the focus node
    check "the report names $1 at $2" grep -q -F -e "$(printf '%s\t%s\t' "$1" "$2")" "$tmp/broken.out"
}
expect kgsh:String-beginIndex "$phrase"
expect kgsh:Segment-anchor-text "$phrase"
expect kgsh:operates-range "$company"
expect kgsh:designatedAs-domain "$region"
expect kgsh:AdministrativeDivision-notation "$division"
expect kgsh:Entity-prefLabel "$entity"
expect kgsh:Statement-asserted "$statement"
expect kgsh:Phrase-class "$phrase2"
expect kgsh:Entity "$program"
if [ "$failures" -ne 0 ] && [ -s "$tmp/broken.out" ]; then
    echo "the broken graph's report:" >&2
    shacl_summary "$tmp/broken.out" >&2
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all shapes checks passed"
