#!/usr/bin/env bash
# The seed comparison of issue 14: the six categories of the Kourier compliance tester, written as
# the rulebook's @seed scenarios (123,942 requests), sent to Go net/http and Hyper on loopback.
# Writes the small per-server summaries reports/seed/<server>.json and regenerates reports/SEED.md
# (the post's numbers, kept in reports/seed/post.json, beside ours). Full reports stay in a
# temporary folder (about 250 MB per server) and are not kept.
#
# Usage: scripts/seed-comparison.sh [go|hyper]...      (default: both)
#   SEED_PORT_BASE    first loopback port used (default 22010; the servers take base and base+1)
#   SEED_CONCURRENCY  connections at once (default 128)
#   SEED_TIMEOUT      h1proof --timeout (default 1s)
#   SEED_ONLY_TABLE=1 skip the runs, only regenerate reports/SEED.md from the JSON
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/reports/seed"
base=${SEED_PORT_BASE:-22010}
concurrency=${SEED_CONCURRENCY:-128}
timeout=${SEED_TIMEOUT:-1s}
servers=("$@")
[[ ${#servers[@]} -gt 0 ]] || servers=(go hyper)

# summary summarize RESULTS.ndjson OUT.json SERVER VERSION SECONDS CONCURRENCY TIMEOUT
# summary table DIR SEED.md
summary() {
  python3 - "$@" <<'PY'
import json, os, re, sys
from collections import Counter, OrderedDict

CATEGORIES = OrderedDict([
    ("path", "an octet not allowed in the absolute-path"),
    ("query", "an octet not allowed in the query"),
    ("field-name", "a non-tchar octet as a field name"),
    ("field-value", "a CTL (not HTAB, CR, LF) or DEL as a field value"),
    ("pct-path", "an invalid two-octet percent-encoding in the path"),
    ("pct-query", "an invalid two-octet percent-encoding in the query"),
])
STATUS = re.compile(r"^HTTP/\d\.\d (\d{3})")

def summarize(results, out, server, version, seconds, concurrency, timeout):
    cats = {c: {"sent": 0, "answered_200": 0, "other_status": Counter(), "no_response": 0,
                "other_bytes": 0, "connection_failed": 0, "verdicts": Counter()} for c in CATEGORIES}
    with open(results) as f:
        for line in f:
            r = json.loads(line)
            cat = next((t[len("@seed-"):] for t in r["tags"] if t.startswith("@seed-")), None)
            if cat not in cats:
                continue
            c = cats[cat]
            c["sent"] += 1
            c["verdicts"][r["verdict"]] += 1
            received = ((r.get("evidence") or {}).get("received") or {}).get("octets")
            if received is None:
                # No exchange at all (the connection could not be made): the tester would not
                # count it either way; kept apart.
                c["connection_failed"] += 1
                continue
            # The tester's criterion: an answer that starts with "HTTP/1.1 200 OK" is undetected.
            if received.startswith("HTTP/1.1 200 OK"):
                c["answered_200"] += 1
                continue
            m = STATUS.match(received)
            if m:
                c["other_status"][m.group(1)] += 1
            elif received == "":
                c["no_response"] += 1
            else:
                c["other_bytes"] += 1
    sent = sum(c["sent"] for c in cats.values())
    ok = sum(c["answered_200"] for c in cats.values())
    doc = OrderedDict()
    doc["server"] = server
    doc["version"] = version
    doc["run"] = OrderedDict([("command", "h1proof run URL --tags @seed --concurrency %s --timeout %s"
                                % (concurrency, timeout)),
                              ("seconds", int(seconds)), ("requests", sent)])
    doc["score_percent"] = round(100.0 * (sent - ok) / sent, 1) if sent else 0.0
    doc["categories"] = OrderedDict()
    for name, c in cats.items():
        doc["categories"][name] = OrderedDict([
            ("sent", c["sent"]), ("answered_200", c["answered_200"]),
            ("other_status", OrderedDict(sorted(c["other_status"].items()))),
            ("no_response", c["no_response"]), ("other_bytes", c["other_bytes"]),
            ("connection_failed", c["connection_failed"]),
            ("verdicts", OrderedDict(sorted(c["verdicts"].items())))])
    with open(out, "w") as f:
        json.dump(doc, f, indent=2)
        f.write("\n")

def fmt(n):
    return "{:,}".format(n)

def others(c):
    parts = ["%s × %s" % (fmt(v), k) for k, v in c["other_status"].items()]
    if c["no_response"]:
        parts.append("%s × no response" % fmt(c["no_response"]))
    if c["other_bytes"]:
        parts.append("%s × other bytes" % fmt(c["other_bytes"]))
    if c.get("connection_failed"):
        parts.append("%s × connection failed" % fmt(c["connection_failed"]))
    return ", ".join(parts) if parts else "none"

def table(folder, md):
    post = json.load(open(os.path.join(folder, "post.json")))
    notes = json.load(open(os.path.join(folder, "notes.json")))
    ours = {s: json.load(open(os.path.join(folder, s + ".json"))) for s in ("go", "hyper")}
    L = []
    L.append("# The seed comparison")
    L.append("")
    L.append("Generated by `scripts/seed-comparison.sh` from the JSON in `reports/seed/`; "
             "do not edit by hand.")
    L.append("")
    L.append("The post [%s](%s) (%s) sends six categories of invalid requests, one request each, "
             "and counts a request as undetected only when the answer starts with `HTTP/1.1 200 OK`. "
             "The same requests are the rulebook's `@seed` scenarios (`h1proof run URL --tags @seed`); "
             "the columns below count them the post's way. Our own verdicts, per rule, follow our "
             "grading and are listed further down." % (post["title"], post["url"], post["date"]))
    L.append("")
    L.append("| category | sent | Go: post | Go: ours | Hyper: post | Hyper: ours |")
    L.append("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, label in CATEGORIES.items():
        pg = post["servers"]["go"]["categories"][name]
        ph = post["servers"]["hyper"]["categories"][name]
        og = ours["go"]["categories"][name]
        oh = ours["hyper"]["categories"][name]
        L.append("| %s | %s | %s | %s | %s | %s |" % (
            label, fmt(og["sent"]), fmt(pg["undetected"]), fmt(og["answered_200"]),
            fmt(ph["undetected"]), fmt(oh["answered_200"])))
    L.append("| score (share not answered 200 OK) | %s | %s%% | %s%% | %s%% | %s%% |" % (
        fmt(ours["go"]["run"]["requests"]), post["servers"]["go"]["score_percent"],
        ours["go"]["score_percent"], post["servers"]["hyper"]["score_percent"],
        ours["hyper"]["score_percent"]))
    L.append("")
    L.append("Cells are requests answered `200 OK` (the post's \"undetected\").")
    L.append("")
    L.append("## Versions")
    L.append("")
    L.append("| server | the post | ours |")
    L.append("| --- | --- | --- |")
    for s, label in (("go", "Go net/http"), ("hyper", "Hyper")):
        L.append("| %s | %s | %s |" % (label, post["servers"][s]["version"], ours[s]["version"]))
    L.append("")
    L.append("## Our runs")
    L.append("")
    L.append("| server | requests | time (s) | command |")
    L.append("| --- | ---: | ---: | --- |")
    for s in ("go", "hyper"):
        r = ours[s]["run"]
        L.append("| %s | %s | %s | `%s` |" % (s, fmt(r["requests"]), r["seconds"], r["command"]))
    L.append("")
    L.append("## Every answer, and our verdicts")
    L.append("")
    L.append("| server | category | answered 200 | other answers | PASS | WARN | FAIL | INCONCLUSIVE |")
    L.append("| --- | --- | ---: | --- | ---: | ---: | ---: | ---: |")
    for s in ("go", "hyper"):
        for name in CATEGORIES:
            c = ours[s]["categories"][name]
            v = c["verdicts"]
            L.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
                s, name, fmt(c["answered_200"]), others(c), fmt(v.get("PASS", 0)),
                fmt(v.get("WARN", 0)), fmt(v.get("FAIL", 0)), fmt(v.get("INCONCLUSIVE", 0))))
    L.append("")
    L.append("## Notes")
    L.append("")
    for n in notes["notes"]:
        L.append("- " + n)
    L.append("")
    with open(md, "w") as f:
        f.write("\n".join(L))

if sys.argv[1] == "summarize":
    summarize(*sys.argv[2:])
else:
    table(*sys.argv[2:])
PY
}

if [[ ${SEED_ONLY_TABLE:-0} != 1 ]]; then
  work="$(mktemp -d /tmp/h1proof-seed.XXXXXX)"
  source "$root/scripts/lib/servers.sh"
  trap 'stop_servers; rm -rf "$work"' EXIT
  servers_prepare
  port=$base
  for server in "${servers[@]}"; do
    version="$("start_$server" "$port")"
    wait_for "$port"
    start=$(date +%s)
    set +e
    "$root/h1proof" run "http://127.0.0.1:$port/" --tags @seed --concurrency "$concurrency" \
      --timeout "$timeout" --no-color --report-dir "$work/$server" >"$work/$server.log" 2>&1
    status=$?
    set -e
    seconds=$(($(date +%s) - start))
    if [[ $status -gt 1 ]]; then
      tail -n 20 "$work/$server.log" >&2
      echo "seed-comparison: h1proof run against $server ended with exit code $status" >&2
      exit 1
    fi
    summary summarize "$work/$server/results.ndjson" "$out/$server.json" "$server" "$version" \
      "$seconds" "$concurrency" "$timeout"
    echo "seed-comparison: $server done in ${seconds}s ($version)"
    port=$((port + 1))
  done
fi
summary table "$out" "$root/reports/SEED.md"
echo "seed-comparison: wrote $root/reports/SEED.md"
