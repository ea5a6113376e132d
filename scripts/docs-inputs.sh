# docs-inputs.sh - what a README picture is drawn from, sourced by
# scripts/docs.sh (which records it beside the picture) and by
# tests/e2e/docs.sh (which checks the record), so that both compute it
# alike. Run from the source tree's top.
#
# A picture is stale when any of these changed: its `cnkg render` options;
# the graph of examples/ (the examples, the extractor, its model and
# lexicon: hashed as sorted N-Triples, which do not depend on the order
# of writing); or the renderer and the ontology that styles it (hashed as
# source, so that any change to them asks for make docs again).

docs_pictures() { # NAME OPTIONS... per line, from docs/pictures
    grep -v '^[[:space:]]*\(#\|$\)' docs/pictures
}

docs_renderer_files() {
    LC_ALL=C ls render/*.c render/*.h render/html/* src/cmd_render.c ontology/cnkg.ttl
}

docs_inputs() { # docs_inputs CNKG OPTIONS: the record, one line per input
    local cnkg=$1 options=$2 graph renderer
    graph=$("$cnkg" extract examples/ -f ntriples -q | LC_ALL=C sort -u | sha256sum | cut -c1-64)
    renderer=$(docs_renderer_files | xargs cat | sha256sum | cut -c1-64)
    echo "# what make docs drew this picture from (scripts/docs-inputs.sh)"
    echo "options: $options"
    echo "graph: $graph"
    echo "renderer: $renderer"
}
