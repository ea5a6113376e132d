#!/usr/bin/env bash
# query-gen.sh TRIPLES - writes to stdout a synthetic cnkg-shaped graph in
# N-Quads of about TRIPLES quads: articles as named graphs, each naming a few
# companies (type, label, place, origin, industry, collaborator) with the
# reified facts cnkg writes for its provenance. Names are made up
# (公司000123); districts are 40 of Chongqing's division codes.
set -euo pipefail
n=${1:?usage: query-gen.sh TRIPLES}
awk -v target="$n" 'BEGIN {
    kg = "https://w3id.org/cnkg/ontology#"; id = "https://w3id.org/cnkg/id/"
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    skos = "http://www.w3.org/2004/02/skos/core#"; prov = "http://www.w3.org/ns/prov#"
    nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
    type = "<" rdf "type>"; label = "<" skos "prefLabel>"
    out = 0
    # the divisions and industries, in a graph of their own
    g = "<" id "graph/ontology>"
    for (d = 0; d < 40; d++) {
        div[d] = "<" id "division/5001" sprintf("%02d", d) ">"
        print div[d], type, "<" kg "AdministrativeDivision>", g " ."
        print div[d], label, "\"区县" sprintf("%02d", d) "\"@zh", g " ."
        out += 2
    }
    for (p = 0; p < 30; p++) {
        prov_[p] = "<" id "division/" (110000 + p * 10000) ">"
        print prov_[p], type, "<" kg "AdministrativeDivision>", g " ."
        print prov_[p], label, "\"省份" sprintf("%02d", p) "\"@zh", g " ."
        out += 2
    }
    for (i = 0; i < 60; i++) {
        ind[i] = "<" id "industry/行业" i ">"
        print ind[i], type, "<" kg "Industry>", g " ."
        print ind[i], label, "\"行业" sprintf("%02d", i) "\"@zh", g " ."
        out += 2
    }
    srand(33618)
    for (a = 0; out < target; a++) {
        art = "<" id "article/a" a ">"; g = art " ."
        print art, type, "<https://schema.org/NewsArticle>", g
        out++
        for (k = 0; k < 5 && out < target; k++) {
            c = a * 5 + k
            co = "<" id "company/公司" sprintf("%06d", c) ">"
            d = int(rand() * rand() * 40); o = int(rand() * 30); i = int(rand() * 60)
            sen = "<" id "article/a" a "#char=" (k * 40) "," (k * 40 + 30) ">"
            st = "<" id "statement/s" c ">"
            print co, type, "<" kg "Company>", g
            print co, label, "\"公司" sprintf("%06d", c) "\"@zh", g
            print co, "<" kg "locatedIn>", div[d], g
            print co, "<" kg "originFrom>", prov_[o], g
            print co, "<" kg "inIndustry>", ind[i], g
            if (c > 0)
                print co, "<" kg "collaboratesWith>", "<" id "company/公司" sprintf("%06d", int(rand() * c)) ">", g
            print sen, "<" nif "anchorOf>", "\"公司" sprintf("%06d", c) "落户区县" sprintf("%02d", d) "。\"", g
            print st, type, "<" rdf "Statement>", g
            print st, "<" rdf "subject>", co, g
            print st, "<" rdf "predicate>", "<" kg "locatedIn>", g
            print st, "<" rdf "object>", div[d], g
            print st, "<" prov "wasDerivedFrom>", sen, g
            out += 11 + (c > 0)
        }
    }
}'
