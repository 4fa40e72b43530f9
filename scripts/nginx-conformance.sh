#!/usr/bin/env bash
# Runs the whole rulebook against nginx from Debian's package on a loopback port and checks what
# a user relies on: the run finishes within a time budget, junit.xml and report.json parse and
# hold one entry per scenario, and report.html opens in headless Chromium without console errors.
# Installs nginx (and, through check-html-report.sh, chromium) when missing; needs root for that.
#
# Usage: scripts/nginx-conformance.sh [--budget-ms N]
#   (the published nginx column of reports/ is written by `reports/generate nginx`)
#   --budget-ms N  fail when the run takes longer (default 8000: nginx holds one exchange for its 5 s
#                  discard timer, the rest is JVM start, the other scenarios and the reports)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
budget_ms=8000
while [[ $# -gt 0 ]]; do
  case "$1" in
    --publish) echo "nginx-conformance: --publish is gone; run reports/generate nginx" >&2; exit 2 ;;
    --budget-ms) budget_ms="$2"; shift ;;
    *) echo "nginx-conformance: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

work=$(mktemp -d)
# shellcheck source=lib/servers.sh
source "$root/scripts/lib/servers.sh"
servers_prepare
stop() {
  stop_servers
  rm -rf "$work"
}
trap stop EXIT

port=$(free_port)
version=$(start_nginx "$port")
wait_for "$port"
echo "nginx-conformance: $version on http://127.0.0.1:$port/"

out="$root/target/nginx-report"
rm -rf "$out"
cd "$root"
./h1proof list --format json >"$work/catalogue.json"
start=$(date +%s%N)
status=0
./h1proof run "http://127.0.0.1:$port/" --report-dir "$out" >"$work/run.log" || status=$?
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
tail -n 12 "$work/run.log"
echo "nginx-conformance: h1proof run exited $status after ${elapsed_ms} ms (JVM start included)"
if [[ $status -ne 0 && $status -ne 1 ]]; then
  echo "nginx-conformance: the run did not complete (exit $status)" >&2
  exit 1
fi

python3 - "$out" "$work/catalogue.json" <<'PY'
import json, sys, xml.etree.ElementTree as ET
out, catalogue = sys.argv[1], sys.argv[2]
scenarios = sum(len(rule["scenarios"]) for rule in json.load(open(catalogue)))
report = json.load(open(f"{out}/report.json"))
tests = sum(int(s.get("tests")) for s in ET.parse(f"{out}/junit.xml").getroot().iter("testsuite"))
results = len(report["results"])
print(f"nginx-conformance: {scenarios} scenarios, report.json {results} results, junit.xml {tests} tests")
if not (scenarios == results == tests):
    sys.exit("nginx-conformance: the counts differ")
# What bounds the run: the longest exchanges (a silence waits out --timeout; a close wait ends at
# the server's close, which nginx delays while it discards a body it was announced).
timed = sorted(
    (r["evidence"]["elapsedMillis"] or 0, r["verdict"], r["evidence"]["connection"], r["key"])
    for r in report["results"]
)
for millis, verdict, connection, key in reversed(timed[-3:]):
    print(f"nginx-conformance: longest exchange {millis} ms, {verdict}, connection {connection}: {key}")
PY

"$root/scripts/check-html-report.sh" "$out/report.html"
echo "nginx-conformance: report.html opens in headless Chromium without console errors"

if [[ $elapsed_ms -gt $budget_ms ]]; then
  echo "nginx-conformance: took ${elapsed_ms} ms, over the ${budget_ms} ms budget" >&2
  exit 1
fi
