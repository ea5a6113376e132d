#!/usr/bin/env bash
# Installs what cnkg needs to build, test and draw, from Debian's packages,
# and only what is missing. Runs apt-get through sudo when not root.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libraptor2-dev raptor2-utils          # RDF parsing and serialising; rapper for tests
  librdf0-dev librasqal3-dev            # librdf (Redland) + rasqal: SPARQL
  libgraphviz-dev                       # cgraph + gvc: diagrams
  libcmocka-dev                         # unit tests
  libopencc-dev opencc                  # traditional script read as simplified
  fonts-noto-cjk                        # Chinese labels in PNG/PDF diagrams
  serdi python3-rdflib                  # tests: a second and third RDF parser; the scorers
  libxml2-utils                         # tests: xmllint checks the SVG is well-formed
  chromium chromium-driver              # tests: the HTML view in a real browser (tests/e2e/html.sh)
  clang                                 # libFuzzer harnesses (scripts/fuzz.sh)
  valgrind                              # tests: the end-to-end suite under memcheck
  time                                  # tests: /usr/bin/time measures stream.sh's peak memory
  virtuoso-opensource                   # the store past 20,000 triples: a private Virtuoso
  default-jre-headless libapache-jena-java  # Jena ARQ: the SPARQL 1.1 rasqal refuses or gets wrong; tests: its shacl (scripts/jena.sh)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "cnkg: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
