#!/usr/bin/env bash
# Tests `reports/generate --check` (reports/lib/matrix.py check): it passes on the committed
# reports/, and fails on a copy where one number of README.md or index.html, a count in a
# report.json, a reviewed reason or an evidence anchor has been changed by hand.
# Prints one line per case and closes with "N passed, N failed".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
matrix="$root/reports/lib/matrix.py"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

# case NAME WANT MUTATION: copies reports/ afresh, applies MUTATION (a python snippet run in the
# copy, `d` its path), and expects `check` to exit WANT.
case_() {
  local name=$1 want=$2 code=$3 copy="$tmp/$1"
  cp -r "$root/reports" "$copy"
  if ! python3 -c "import sys, re, json, glob; d = sys.argv[1]
$code" "$copy"; then
    echo "check-test: $name: the mutation did not apply"
    failed=$((failed + 1))
    return
  fi
  local got=0
  python3 "$matrix" check "$copy" >"$tmp/$name.log" 2>&1 || got=$?
  if [[ $got -eq $want ]]; then
    echo "check-test: $name: exit $got as expected"
    passed=$((passed + 1))
  else
    echo "check-test: $name: exit $got, expected $want"
    tail -n 3 "$tmp/$name.log"
    failed=$((failed + 1))
  fi
}

# Changes the first number found by PATTERN (a group around the digits) in FILE, or fails.
bump='
def bump(path, pattern):
    text = open(path, encoding="utf-8").read()
    m = re.search(pattern, text, re.S)
    assert m, pattern
    number = str(int(m.group(1)) + 1)
    open(path, "w", encoding="utf-8").write(text[:m.start(1)] + number + text[m.end(1):])
'

case_ committed 0 "pass"
case_ readme-summary-number 1 "$bump
bump(d + '/README.md', r'<!-- generated:summary -->.*?\n\| [a-z0-9]+ \| (\d+) \|')"
case_ readme-section-number 1 "$bump
bump(d + '/README.md', r'<!-- generated:sections -->.*?\n\| [a-z0-9]+ \| (\d+)/')"
case_ readme-prose-count 1 "
p = d + '/README.md'
open(p, 'a').write('\nThe matrix has 12 FAIL on one server.\n')"
case_ readme-audit-number 1 "$bump
bump(d + '/README.md', r'<!-- generated:audit -->.*?\n\| (\d+) \|')"
case_ index-count 1 "$bump
bump(d + '/index.html', r'<td class=c>(\d+)</td>')"
case_ index-cell 1 "
p = d + '/index.html'
t = open(p).read()
assert '>P</a>' in t
open(p, 'w').write(t.replace('>P</a>', '>F</a>', 1))"
case_ report-json-count 1 "
p = sorted(glob.glob(d + '/*/report.json'))[0]
r = json.load(open(p)); r['counts']['PASS'] += 1
open(p, 'w').write(json.dumps(r))"
case_ report-html-anchor 1 "
p = sorted(glob.glob(d + '/*/report.html'))[-1]
t = open(p).read()
assert 'id=\"r-' in t
open(p, 'w').write(t.replace('id=\"r-', 'id=\"x-', 1))"
case_ reviewed-unreviewed 1 "
p = sorted(glob.glob(d + '/reviewed/*.json'))[0]
t = open(p).read()
i = t.index('\"reason\" : \"') + len('\"reason\" : \"')
open(p, 'w').write(t[:i] + 'UNREVIEWED ' + t[i:])"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
