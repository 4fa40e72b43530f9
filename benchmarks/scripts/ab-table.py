#!/usr/bin/env python3
"""Prints the table of an ab-compare.sh output directory.

Usage: ab-table.py DIR
DIR holds machine.txt and one JMH JSON file per build and round (A-1.json, B-1.json, A-2.json, ...).
Per benchmark and input: the median of each build's scores over the rounds, the lowest and highest,
and B ÷ A of the medians. "B ÷ A" below 1 means B is faster (the scores are times).
"""
import glob
import json
import os
import re
import statistics
import sys


def scores(d, build):
    """{(benchmark, params): [score of round 1, round 2, ...]} of one build, in round order."""
    out = {}
    files = glob.glob(os.path.join(d, f"{build}-*.json"))
    for path in sorted(files, key=lambda p: int(re.search(r"-(\d+)\.json$", p).group(1))):
        with open(path) as f:
            rows = json.load(f)
        for r in rows:
            name = r["benchmark"].rsplit(".", 2)
            key = (".".join(name[-2:]), ",".join(f"{k}={v}" for k, v in sorted(r.get("params", {}).items())))
            out.setdefault(key, []).append(r["primaryMetric"]["score"])
            unit = r["primaryMetric"]["scoreUnit"]
    if not out:
        sys.exit(f"ab-table: no {build}-*.json results in {d}")
    return out, unit


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: ab-table.py DIR")
    d = sys.argv[1]
    a, unit = scores(d, "A")
    b, _ = scores(d, "B")
    with open(os.path.join(d, "machine.txt")) as f:
        print("".join("    " + line for line in f))
    print(f"| benchmark | params | A median ({unit}) | A range | B median ({unit}) | B range | B ÷ A |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for key in sorted(set(a) & set(b)):
        ma, mb = statistics.median(a[key]), statistics.median(b[key])
        print(f"| {key[0]} | {key[1]} | {ma:.1f} | {min(a[key]):.0f}–{max(a[key]):.0f} "
              f"| {mb:.1f} | {min(b[key]):.0f}–{max(b[key]):.0f} | **{mb / ma:.3f}** |")
    missing = sorted(set(a) ^ set(b))
    if missing:
        print("\nOnly in one build: " + ", ".join(f"{k[0]} {k[1]}" for k in missing))


main()
