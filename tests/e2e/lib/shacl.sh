# shacl.sh - validating graphs against ontology/shapes.ttl with Apache
# Jena's SHACL engine (scripts/jena.sh), for shapes.sh and
# shapes-corpus.sh. Sourced after checks.sh:
#     . "$(dirname "$0")/lib/shacl.sh"
#
# Jena's `shacl validate` exits 0 whether or not the data conform, so the
# report itself is read: python3's rdflib (python3-rdflib, a test
# dependency already) turns it into lines of
#     shape <TAB> focus node <TAB> value <TAB> message
# where shape is the constraint that failed (kgsh:locatedIn-domain,
# kgsh:Phrase-class ...): every shape and SPARQL constraint of the file
# has an IRI, so a report always names one.

JENA="$CNKG_SOURCE_DIR/scripts/jena.sh"
PYTHON=python3 # set by shacl_require to one that has rdflib

# shacl_require: fails the test when Jena or rdflib cannot run: both are
# Debian packages that scripts/deps.sh installs, so their absence is a
# broken set-up, not a reason to skip.
shacl_require() {
    if ! "$JENA" --check 2>"$tmp/jena-check.err"; then
        echo "FAIL: Jena's shacl cannot run here (scripts/deps.sh installs default-jre-headless and libapache-jena-java): $(tail -n 3 "$tmp/jena-check.err")" >&2
        exit 1
    fi
    # A python3 of its own (pyenv ...) may come first on PATH without
    # rdflib; Debian's has it when python3-rdflib is installed.
    local py
    for py in python3 /usr/bin/python3; do
        if "$py" -c 'import rdflib' 2>/dev/null; then
            PYTHON=$py
            return 0
        fi
    done
    echo "FAIL: python3-rdflib is needed to read the SHACL reports (scripts/deps.sh installs it)" >&2
    exit 1
}

# shacl_validate SHAPES DATA OUT: validates DATA (a graph file Jena reads by
# its extension) and writes the violations to OUT, one per line. Returns 0
# when DATA conforms, 1 when it does not, 2 when the engine failed.
shacl_validate() {
    local shapes=$1 data=$2 out=$3
    : >"$out"
    if ! timeout 600 "$JENA" shacl validate --shapes "$shapes" --data "$data" \
        >"$out.report.ttl" 2>"$out.err"; then
        echo "jena shacl failed on $data: $(tail -n 5 "$out.err")" >&2
        return 2
    fi
    "$PYTHON" - "$out.report.ttl" >"$out" 2>"$out.err" <<'PY'
import sys
from rdflib import Graph, Namespace, RDF, URIRef, Literal

SH = Namespace("http://www.w3.org/ns/shacl#")
KGSH = "https://w3id.org/cnkg/shapes#"
g = Graph()
g.parse(sys.argv[1], format="turtle")
reports = list(g.subjects(RDF.type, SH.ValidationReport))
if len(reports) != 1:
    sys.exit("not a SHACL validation report")

def name(t):
    if t is None:
        return "-"
    if isinstance(t, URIRef):
        s = str(t)
        return "kgsh:" + s[len(KGSH):] if s.startswith(KGSH) else "<" + s + ">"
    if isinstance(t, Literal):
        return '"' + str(t) + '"' + ("@" + t.language if t.language else "")
    return "[]"

lines = []
for r in g.objects(reports[0], SH.result):
    # A SPARQL constraint is named by sh:sourceConstraint, the rest by
    # the shape that holds the failed constraint.
    shape = g.value(r, SH.sourceConstraint)
    if not isinstance(shape, URIRef):
        shape = g.value(r, SH.sourceShape)
    lines.append("\t".join([name(shape), name(g.value(r, SH.focusNode)),
                            name(g.value(r, SH.value)),
                            str(g.value(r, SH.resultMessage) or "")]))
for line in sorted(set(lines)):
    print(line)
conforms = g.value(reports[0], SH.conforms)
sys.exit(0 if conforms is not None and conforms.toPython() is True and not lines else 1)
PY
    local rc=$?
    if [ "$rc" -gt 1 ]; then
        echo "cannot read Jena's report on $data: $(tail -n 3 "$out.err")" >&2
        return 2
    fi
    return "$rc"
}

# shacl_summary OUT: the violations of OUT by kind: count, shape, message,
# and the first focus node (and value) as an example.
shacl_summary() {
    awk -F'\t' '{ k = $1 "\t" $4; if (!(k in n)) { ex[k] = $2 ($3 != "-" ? " -> " $3 : ""); order[++m] = k } n[k]++ }
        END { for (i = 1; i <= m; i++) { k = order[i]; split(k, p, "\t");
                  printf "  %4d  %s  (%s)\n        e.g. %s\n", n[k], p[1], p[2], ex[k] } }' "$1"
}
