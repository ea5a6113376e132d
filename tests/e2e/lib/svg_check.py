#!/usr/bin/env python3
"""svg_check.py - what a person looking at a cnkg picture would object to,
checked on the SVG Graphviz wrote (a test helper, not part of cnkg).

    svg_check.py FILE.svg [--max-width PX] [--max-height PX]

Checks that no two edge labels overlap (boxes estimated from the font
size: a CJK character is as wide as the font is high, others about half),
that every entity drawn is an end of some edge (legend samples and lists
aside), and that the picture, at Graphviz's 96 dpi for PNG, fits the
limits given. Prints one line per problem and exits 1 if there is any.
"""
import re
import sys
import xml.etree.ElementTree as ET

NS = {"s": "http://www.w3.org/2000/svg"}


def text_width(text, size):
    return sum(size if ord(c) > 0x2E7F else 0.55 * size for c in text)


def label_boxes(edge):
    for t in edge.iter("{http://www.w3.org/2000/svg}text"):
        size = float(t.get("font-size", "14"))
        x, y = float(t.get("x")), float(t.get("y"))
        w = text_width(t.text or "", size)
        anchor = t.get("text-anchor", "start")
        left = x - w / 2 if anchor == "middle" else x - w if anchor == "end" else x
        # y is the baseline: the glyphs go from about 0.8 size above to 0.2 below.
        yield (left, y - 0.8 * size, left + w, y + 0.2 * size, t.text)


def overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def main(argv):
    path = argv[1]
    limits = {"--max-width": None, "--max-height": None}
    for i in range(2, len(argv), 2):
        limits[argv[i]] = float(argv[i + 1])
    root = ET.parse(path).getroot()
    problems = []
    to_px = 96.0 / 72.0
    width = float(re.match(r"[\d.]+", root.get("width")).group()) * to_px
    height = float(re.match(r"[\d.]+", root.get("height")).group()) * to_px
    if limits["--max-width"] and width > limits["--max-width"]:
        problems.append(f"{width:.0f} px wide, more than {limits['--max-width']:.0f}")
    if limits["--max-height"] and height > limits["--max-height"]:
        problems.append(f"{height:.0f} px tall, more than {limits['--max-height']:.0f}")

    boxes, ends, nodes = [], set(), []
    for g in root.iter("{http://www.w3.org/2000/svg}g"):
        title = g.find("s:title", NS)
        if g.get("class") == "edge":
            a, _, b = (title.text or "").partition("->")
            ends.update((a, b))
            boxes.extend((b, title.text) for b in label_boxes(g))
        elif g.get("class") == "node":
            nodes.append(title.text or "")
    for i in range(len(boxes)):
        for j in range(i + 1, len(boxes)):
            if boxes[i][1] != boxes[j][1] and overlap(boxes[i][0], boxes[j][0]):
                problems.append(f"edge labels overlap: {boxes[i][0][4]} and {boxes[j][0][4]}")
    for n in nodes:
        if n.startswith(("legend:", "list:")):
            continue
        if n not in ends:
            problems.append(f"drawn without an edge: {n}")
    for p in problems:
        print(f"{path}: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
