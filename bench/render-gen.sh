#!/usr/bin/env bash
# render-gen.sh - writes a synthetic cnkg-shaped graph as Turtle, for
# timing `cnkg render` on large inputs. Every name is made up from a few
# syllables and a number; nothing comes from real news.
#
#   bench/render-gen.sh [NODES] [SEED] > big.ttl      (default 10000, 1)
#   time build/cnkg render big.ttl -o big.svg -v                  # overview
#   time build/cnkg render big.ttl -o big.svg -v --max-nodes 20000 # sfdp
#
# Shape: divisions hold parks, parks hold companies; companies are in
# industries, make products, collaborate; programmes cover divisions;
# one article per 50 entities mentions them through NIF phrases.
set -euo pipefail
nodes=${1:-10000}
seed=${2:-1}

awk -v N="$nodes" -v SEED="$seed" '
function pick(n) { return int(rand() * n) }
function name(i,   a, b) {
    a = syl[i % ns + 1]; b = syl[int(i / ns) % ns + 1]
    return a b
}
function ent(slug, i) { return "<https://w3id.org/cnkg/id/" slug "/" slug i ">" }
function entity(slug, cls, i, label) {
    printf "%s a kg:%s ;\n    skos:prefLabel \"%s\"@zh ;\n    rdfs:label \"%s\"@zh .\n", ent(slug, i), cls, label, label
}
function rel(s, p, o) { printf "%s kg:%s %s .\n", s, p, o }
BEGIN {
    srand(SEED)
    ns = split("青 岚 云 峰 星 河 松 柏 金 石 海 川 明 远 嘉 禾 新 城 雁 湖", syl, " ")
    print "@prefix kg: <https://w3id.org/cnkg/ontology#> ."
    print "@prefix skos: <http://www.w3.org/2004/02/skos/core#> ."
    print "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> ."
    print "@prefix schema: <https://schema.org/> ."
    print "@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> ."
    print "@prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> ."
    nd = int(N * 0.02) + 1; np = int(N * 0.05) + 1; ni = int(N * 0.03) + 1
    ng = int(N * 0.05) + 1; nr = int(N * 0.15) + 1
    nc = N - nd - np - ni - ng - nr; if (nc < 1) nc = 1
    for (i = 0; i < nd; i++) { entity("division", "AdministrativeDivision", i, name(i) "区" i); iri[k++] = ent("division", i) }
    for (i = 0; i < np; i++) {
        entity("park", "IndustrialPark", i, name(i + 7) "产业园" i); iri[k++] = ent("park", i)
        rel(ent("park", i), "locatedIn", ent("division", pick(nd)))
    }
    for (i = 0; i < ni; i++) { entity("industry", "Industry", i, name(i + 3) "产业" i); iri[k++] = ent("industry", i) }
    for (i = 0; i < ng; i++) {
        entity("program", "Program", i, name(i + 11) "计划" i); iri[k++] = ent("program", i)
        rel(ent("program", i), "covers", ent("division", pick(nd)))
    }
    for (i = 0; i < nr; i++) { entity("product", "Product", i, name(i + 5) "芯片" i); iri[k++] = ent("product", i) }
    for (i = 0; i < nc; i++) {
        c = ent("company", i)
        entity("company", "Company", i, name(i + 1) "科技有限公司" i); iri[k++] = c
        rel(c, "locatedIn", ent("park", pick(np)))
        rel(c, "inIndustry", ent("industry", pick(ni)))
        rel(c, "produces", ent("product", pick(nr)))
        if (rand() < 0.3) rel(c, "collaboratesWith", ent("company", pick(nc)))
        if (rand() < 0.2) rel(c, "implements", ent("program", pick(ng)))
    }
    for (a = 0; a * 50 < k; a++) {
        art = "<https://w3id.org/cnkg/id/article/a" a ">"
        ctx = "<https://w3id.org/cnkg/id/article/a" a "#char=0,1000>"
        printf "%s a schema:NewsArticle ;\n    schema:headline \"%s新闻%d\"@zh ;\n    kg:hasContext %s .\n", art, name(a), a, ctx
        for (m = 0; m < 50 && a * 50 + m < k; m++) {
            ph = "<https://w3id.org/cnkg/id/article/a" a "#char=" m * 10 "," m * 10 + 4 ">"
            printf "%s a nif:Phrase ;\n    nif:referenceContext %s ;\n    itsrdf:taIdentRef %s .\n", ph, ctx, iri[a * 50 + m]
        }
    }
}'
