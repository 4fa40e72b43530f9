#!/usr/bin/env python3
"""Prints the Markdown results table of benchmarks/README.md from one JMH JSON result file.

Usage: python3 benchmarks/results/table.py benchmarks/results/jdk25-simd.json

One row per input: every parser's score with its error and allocation per operation (from
-prof gc), the fastest peer (Netty, Jetty, Undertow or Tomcat) and h1proof's speed-up over it
(the peer's time divided by h1proof's).
"""
import json
import sys

PEERS = ["netty", "jetty", "undertow", "tomcat"]
INPUT_ORDER = [
    "techempower-plaintext",
    "techempower-plaintext-pipelined-16",
    "browser-get-chrome",
    "chrome-cookies-430",
    "classic-703",
    "large-headers-16k",
    "chunked-post-events",
    "mix",
]


def main(path):
    with open(path) as f:
        runs = json.load(f)
    scores = {}
    methods = []
    for run in runs:
        method = run["benchmark"].rsplit(".", 1)[1]
        if method not in methods:
            methods.append(method)
        primary = run["primaryMetric"]
        alloc = run.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        scores[(run["params"]["input"], method)] = (primary["score"], primary["scoreError"], alloc)
    methods.sort(key=lambda m: (not m.startswith("h1proof"), m != "h1proof", m))
    inputs = [i for i in INPUT_ORDER if any(k[0] == i for k in scores)]
    print("| input | " + " | ".join(f"`{m}`" for m in methods) + " | fastest peer | h1proof ÷ fastest peer |")
    print("|---|" + "---:|" * len(methods) + "---|---:|")
    for i in inputs:
        cells = []
        for m in methods:
            if (i, m) not in scores:
                cells.append("")
                continue
            score, error, alloc = scores[(i, m)]
            cell = f"{score:,.0f} ± {error:,.0f} ns"
            if alloc is not None:
                cell += f"<br>{alloc:,.0f} B"
            cells.append(cell)
        peers = [(scores[(i, p)][0], p) for p in PEERS if (i, p) in scores]
        best, name = min(peers) if peers else (None, "")
        ratio = f"**{best / scores[(i, 'h1proof')][0]:.2f}×**" if best and (i, "h1proof") in scores else ""
        print(f"| `{i}` | " + " | ".join(cells) + f" | {name} | {ratio} |")


if __name__ == "__main__":
    main(sys.argv[1])
