#!/usr/bin/env bash
# Checks an h1proof report.html the way a reader uses it, in headless Chromium:
#   - it renders at 1280 and at 420 px wide (screenshots, kept with --screenshots DIR);
#   - the page's script runs and logs nothing (a CSP hash mismatch or a script error would);
#   - the failures section comes before the list of every rule;
#   - a search (?q=ID, as the toolbar writes it into the URL) narrows the rows to that rule;
#   - the FAIL filter (?v=FAIL) shows exactly the rules with a FAIL, and no other.
# Installs Debian's chromium when it is missing (needs root).
#
# Usage: scripts/check-report-pages.sh [--screenshots DIR] REPORT.html...
#   --screenshots DIR  keep DIR/NAME-1280.png and DIR/NAME-420.png, NAME being the report's
#                      folder name (e.g. ci-report-1280.png)
set -euo pipefail

shots=""
reports=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --screenshots) shots="${2:?--screenshots takes a folder}"; shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) reports+=("$1") ;;
  esac
  shift
done
if [[ ${#reports[@]} -eq 0 ]]; then
  echo "check-report-pages: give at least one report.html (see --help)" >&2
  exit 2
fi

browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -z $browser ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "check-report-pages: chromium is missing; install Debian's chromium package or run as root" >&2
    exit 2
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -qq chromium >/dev/null
  browser=$(command -v chromium)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# chrome URL OUT [extra flags...]: one headless run, its console lines kept in OUT.log.
chrome() {
  local url="$1" out="$2"
  shift 2
  timeout 60 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --disable-background-networking --disable-component-update --disable-sync --no-first-run \
    --user-data-dir="$work/profile" --enable-logging=stderr --v=0 \
    --virtual-time-budget=3000 "$@" "$url" >"$out" 2>"$out.log" || {
    echo "check-report-pages: chromium failed on $url" >&2
    tail -n 20 "$out.log" >&2
    return 1
  }
  if grep -E ':CONSOLE' "$out.log" >&2; then
    echo "check-report-pages: $url logged to the console (above)" >&2
    return 1
  fi
}

failed=0
for report in "${reports[@]}"; do
  if [[ ! -f $report ]]; then
    echo "check-report-pages: no such file: $report" >&2
    exit 2
  fi
  url="file://$(realpath "$report")"
  name=$(basename "$(dirname "$(realpath "$report")")")
  dir="$work/$name"
  mkdir -p "$dir"

  for width in 1280 420; do
    png="$dir/$name-$width.png"
    chrome "$url" "$dir/shot-$width" --window-size="$width,1000" --screenshot="$png" || failed=1
    if [[ ! -s $png ]]; then
      echo "check-report-pages: no screenshot at $width px" >&2
      failed=1
    elif [[ -n $shots ]]; then
      mkdir -p "$shots"
      cp "$png" "$shots/"
    fi
  done

  chrome "$url" "$dir/plain.html" --dump-dom || failed=1
  # The first rule's id is the search term: its own row must stay, most others must go.
  term=$(grep -o '<tbody class="rule" id="r-[^"]*"' "$dir/plain.html" | sed -n '1s/.*id="r-\(.*\)"$/\1/p' || true)
  chrome "$url?q=$term" "$dir/search.html" --dump-dom || failed=1
  chrome "$url?v=FAIL" "$dir/fail.html" --dump-dom || failed=1

  python3 - "$dir" "$term" "$report" <<'PY' || failed=1
import re, sys
from html.parser import HTMLParser

folder, term, report = sys.argv[1:4]

class Rules(HTMLParser):
    """The rules' tbody elements (id, verdicts, hidden), the order of sections, the body's flag."""
    def __init__(self):
        super().__init__()
        self.rules, self.sections, self.ready, self.toolbar_hidden = [], [], False, None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "body":
            self.ready = a.get("data-script") == "ready"
        if tag == "section" and a.get("id") in ("summary", "failures", "rules"):
            self.sections.append(a["id"])
        if tag == "div" and a.get("id") == "toolbar":
            self.toolbar_hidden = "hidden" in a
        if tag == "tbody" and "rule" in (a.get("class") or "").split():
            self.rules.append((a["id"][2:], a.get("data-v", "").split(), "hidden" in a))

def load(name):
    p = Rules()
    p.feed(open(f"{folder}/{name}", encoding="utf-8").read())
    return p

problems = []
plain, search, fail = load("plain.html"), load("search.html"), load("fail.html")
total = len(plain.rules)
for label, page in (("plain", plain), ("search", search), ("FAIL filter", fail)):
    if not page.ready:
        problems.append(f"{label}: the page's script did not run")
    if page.toolbar_hidden is not False:
        problems.append(f"{label}: the search and filter toolbar is not shown")
if plain.sections != ["summary", "failures", "rules"]:
    problems.append(f"sections in the order {plain.sections}, not summary, failures, rules")
if total == 0 or any(hidden for _, _, hidden in plain.rules):
    problems.append(f"without a query every rule should show ({total} rules)")
shown = [rid for rid, _, hidden in search.rules if not hidden]
if term not in shown or len(shown) >= total:
    problems.append(f"searching {term!r} shows {len(shown)} of {total} rules")
expected = sorted(rid for rid, verdicts, _ in plain.rules if "FAIL" in verdicts)
shown_fail = sorted(rid for rid, _, hidden in fail.rules if not hidden)
if shown_fail != expected:
    problems.append(f"?v=FAIL shows {len(shown_fail)} rules, {len(expected)} have a FAIL")
for p in problems:
    print(f"check-report-pages: {report}: {p}", file=sys.stderr)
if problems:
    sys.exit(1)
print(f"check-report-pages: {report} OK: failures before rules; search {term!r} shows"
      f" {len(shown)} of {total} rules; FAIL filter shows {len(shown_fail)}")
PY
done
exit "$failed"
