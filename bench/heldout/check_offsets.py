#!/usr/bin/python3
"""Check the CLUENER-style gold of the held-out set.

usage: check_offsets.py [GOLD.jsonl [INPUT.jsonl]]
(defaults: cluener-style.gold.jsonl and cluener-style.jsonl beside this file)

Every surface must equal text[b:e+1] (code points, end inclusive), spans must
not overlap, types must be CLUENER's, and the input file must carry the same
texts in the same order. Exits 1 naming the first bad line.
"""
import json
import os
import sys

TYPES = {"address", "book", "company", "game", "government", "movie",
         "name", "organization", "position", "scene"}


def fail(msg):
    sys.exit(f"check_offsets: {msg}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    gold = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "cluener-style.gold.jsonl")
    inp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "cluener-style.jsonl")
    gold_texts, spans = [], 0
    for n, line in enumerate(open(gold, encoding="utf-8"), 1):
        d = json.loads(line)
        text = d["text"]
        gold_texts.append(text)
        used = []
        for typ, surfaces in d.get("label", {}).items():
            if typ not in TYPES:
                fail(f"{gold}:{n}: unknown type {typ}")
            for surface, positions in surfaces.items():
                if not positions:
                    fail(f"{gold}:{n}: {surface} has no positions")
                for b, e in positions:
                    if not (0 <= b <= e < len(text)):
                        fail(f"{gold}:{n}: [{b}, {e}] outside the text")
                    if text[b:e + 1] != surface:
                        fail(f"{gold}:{n}: [{b}, {e}] is {text[b:e + 1]!r}, not {surface!r}")
                    for ub, ue in used:
                        if not (e < ub or b > ue):
                            fail(f"{gold}:{n}: {surface} [{b}, {e}] overlaps [{ub}, {ue}]")
                    used.append((b, e))
                    spans += 1
    inp_texts = [json.loads(line)["text"] for line in open(inp, encoding="utf-8")]
    if inp_texts != gold_texts:
        fail(f"{inp} and {gold} do not hold the same texts in the same order")
    print(f"check_offsets: {len(gold_texts)} texts, {spans} spans, all exact")


if __name__ == "__main__":
    main()
