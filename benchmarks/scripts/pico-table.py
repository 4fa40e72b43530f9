#!/usr/bin/env python3
"""Prints the h1proof ÷ pico and h1proof ÷ Netty tables from a pico-compare.sh output directory.

Usage: pico-table.py DIR
pico's figure per input is the mean of its two runs (before and after the JMH runs, in pico-1.txt
and pico-2.txt); h1proof's is the JMH score with its 99.9% error.
"""
import json
import os
import re
import sys


def pico(d):
    runs = {}
    for name in ("pico-1.txt", "pico-2.txt"):
        with open(os.path.join(d, name)) as f:
            for line in f:
                m = re.match(r"(\S+)\.http\s+pico-(\S+)\s+([\d.]+) ns/parse", line)
                if m:
                    runs.setdefault((m.group(1), m.group(2)), []).append(float(m.group(3)))
    return {k: (sum(v) / len(v), min(v), max(v)) for k, v in runs.items()}


def jmh(path):
    with open(path) as f:
        rows = json.load(f)
    out = {}
    for r in rows:
        method = r["benchmark"].rsplit(".", 1)[1]
        pm = r["primaryMetric"]
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        out[(method, r["params"]["input"])] = (pm["score"], pm["scoreError"], alloc)
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: pico-table.py DIR")
    d = sys.argv[1]
    p = pico(d)
    with open(os.path.join(d, "machine.txt")) as f:
        print("".join("    " + line for line in f))
    for v in ("25", "17"):
        head = jmh(os.path.join(d, f"head-jdk{v}.json"))
        msg = jmh(os.path.join(d, f"message-jdk{v}.json"))
        print(f"\n**JDK {v}**\n")
        print("| input | pico SSE4.2 (ns) | pico no SSE4.2 (ns) | h1proof head (ns) | ÷ pico SSE4.2 "
              "| h1proof head, scalar (ns) | h1proof message (ns) | Netty message (ns) | Netty ÷ h1proof "
              "| B/op head / message |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        inputs = sorted({i for (_, i) in head}, key=lambda i: p.get((i, "sse42"), (0,))[0])
        for i in inputs:
            ps, pp = p[(i, "sse42")][0], p[(i, "plain")][0]
            hs, he, ha = head[("h1proofHead", i)]
            ss, se, _ = head[("h1proofHeadScalar", i)]
            ms, me, ma = msg[("h1proof", i)]
            ns, ne, _ = msg[("netty", i)]
            print(f"| `{i}` | {ps:.0f} | {pp:.0f} | {hs:.0f} ± {he:.0f} | **{hs / ps:.2f}** "
                  f"| {ss:.0f} ± {se:.0f} | {ms:.0f} ± {me:.0f} | {ns:.0f} ± {ne:.0f} | {ns / ms:.2f} "
                  f"| {ha:.2f} / {ma:.2f} |")
        rest = sorted({i for (m, i) in msg if m == "netty"} - set(inputs))
        for i in rest:
            ms, me, ma = msg[("h1proof", i)]
            ns, ne, _ = msg[("netty", i)]
            print(f"| `{i}` | – | – | – | – | – | {ms:.0f} ± {me:.0f} | {ns:.0f} ± {ne:.0f} "
                  f"| {ns / ms:.2f} | – / {ma:.2f} |")


main()
