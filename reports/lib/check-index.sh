#!/usr/bin/env bash
# Opens reports/index.html in headless Chromium (Debian's chromium, installed when missing) and
# checks what a reader gets: the grid renders with one column per report.json, every cell a link,
# and the evidence page behind a few links (first, middle, last FAIL) opens and has the anchor the
# link names. Writes a screenshot to target/matrix/index.png.
# Exit 0 when all holds; 1 otherwise.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
reports="$root/reports"
if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends chromium >/dev/null
fi
out="$root/target/matrix"
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chrome() {
  timeout 120 chromium --headless --no-sandbox --disable-gpu --user-data-dir="$profile" "$@" 2>/dev/null
}
chrome --dump-dom "file://$reports/index.html" >"$out/index.dom.html"
chrome --screenshot="$out/index.png" --window-size=1600,1000 "file://$reports/index.html" >/dev/null
python3 - "$reports" "$out/index.dom.html" <<'PY'
import glob, json, os, re, subprocess, sys
reports, dom_file = sys.argv[1], sys.argv[2]
dom = open(dom_file, encoding="utf-8").read()
targets = sorted(os.path.basename(os.path.dirname(p)) for p in glob.glob(reports + "/*/report.json"))
heads = re.findall(r'<th class="v"[^>]*><a href="([a-z0-9]+)/report.html">', dom)
problems = []
if sorted(heads) != targets:
    problems.append("the rendered grid has columns %s, the reports are %s" % (heads, targets))
cells = re.findall(r'<td class="c ([PWFIS])"><a href="([a-z0-9]+)/report.html#([^"]+)"', dom)
rows = dom.count("<tr>") - 1
if not cells or len(cells) > rows * len(targets):
    problems.append("%d linked cells for %d rows and %d columns" % (len(cells), rows, len(targets)))
fails = [c for c in cells if c[0] == "F"]
for verdict, target, anchor in [fails[0], fails[len(fails) // 2], fails[-1]] if fails else []:
    page = "file://%s/%s/report.html" % (reports, target)
    text = subprocess.run(["timeout", "120", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                           "--user-data-dir=" + os.environ.get("TMPDIR", "/tmp") + "/h1proof-chromium",
                           "--dump-dom", page], capture_output=True, text=True).stdout
    if 'id="%s"' % anchor not in text:
        problems.append("%s/report.html has no anchor %s" % (target, anchor))
for p in problems:
    print("check-index: " + p)
print("check-index: %d columns, %d linked cells, %d FAIL links followed; %s" % (
    len(heads), len(cells), min(3, len(fails)), "ok" if not problems else "FAILED"))
sys.exit(1 if problems else 0)
PY
