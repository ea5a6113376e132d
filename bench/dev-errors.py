#!/usr/bin/python3
"""Error table of the extractor on a gold set, by kind of miss.

usage: bench/dev-errors.py [--cnkg build/cnkg] [CORPUS_DIR GOLD_DIR]

Extracts every article with cnkg, scores it with ../shared/eval/score --json
and sorts every miss and false positive into the kinds the extractor's work
is planned by: a relation missed because an endpoint was not found, one
missed between two found entities, a class confusion, a duplicate node,
article fields. A development tool: not part of the product or its tests.
"""
import argparse, collections, glob, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=os.path.join(SHARED, "corpus/dev"))
    ap.add_argument("gold", nargs="?", default=os.path.join(SHARED, "eval/gold/dev"))
    ap.add_argument("--cnkg", default="build/cnkg")
    a = ap.parse_args()
    kinds = collections.Counter()
    by_rel = collections.Counter()
    for g in sorted(glob.glob(os.path.join(a.gold, "*.tsv"))):
        name = os.path.basename(g)[:-4]
        with tempfile.NamedTemporaryFile(suffix=".ttl") as out:
            subprocess.run([a.cnkg, "extract", os.path.join(a.corpus, name + ".txt"), "-o", out.name],
                           stderr=subprocess.DEVNULL, check=False)
            r = subprocess.run([sys.executable, os.path.join(SHARED, "eval/score"), "--json", g,
                                out.name], capture_output=True, text=True)
        d = json.loads(r.stdout)
        missed = {lab for _, lab in d["missed_entities"]}
        spurious = {lab for _, labs in d["spurious_entities"] for lab in labs}
        for cls, lab in d["missed_entities"]:
            if lab in spurious:
                kinds["entity: class confusion (found, wrong class)"] += 1
            else:
                kinds["entity: name not found (%s)" % cls] += 1
        for classes, labs in d["spurious_entities"]:
            if not any(l in missed for l in labs):
                kinds["entity: false name (%s)" % "/".join(classes)] += 1
        kinds["entity: duplicate node"] += len(d["duplicate_entities"])
        for s, rel, o in d["missed_relations"]:
            if s in missed or o in missed:
                kinds["relation missed: an endpoint not found"] += 1
            else:
                kinds["relation missed: both found, no fact"] += 1
            by_rel["missed " + rel] += 1
        for s, rel, o in d["spurious_relations"]:
            kinds["relation false: between found entities"] += 1
            by_rel["false " + rel] += 1
        kinds["relation false: an endpoint not an entity of the gold"] += len(
            d["relations_with_unknown_endpoints"])
        c = d["counts"]["article"]
        kinds["article field missed"] += c["fn"]
        kinds["article field wrong"] += c["fp"]
    for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]):
        print("%5d  %s" % (v, k))
    print()
    for k, v in sorted(by_rel.items(), key=lambda kv: -kv[1]):
        print("%5d  %s" % (v, k))


if __name__ == "__main__":
    main()
