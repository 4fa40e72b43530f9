#!/usr/bin/env bash
# Opens an h1proof report.html in headless Chromium and fails when the page is broken:
#   - the page wrote anything to the console (an error, a CSP violation, a blocked fetch);
#     the report's own script never logs, so any console line is a fault;
#   - the inline script did not run (it sets data-script="ready" on <body>), e.g. because its
#     Content-Security-Policy hash no longer matches.
# Installs Debian's chromium when it is missing (needs root). Usage: check-html-report.sh REPORT.html
set -euo pipefail

report=${1:?usage: check-html-report.sh REPORT.html}
if [[ ! -f $report ]]; then
  echo "check-html-report: no such file: $report" >&2
  exit 2
fi

browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -z $browser ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "check-html-report: chromium is missing; run as root to install it" >&2
    exit 2
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  browser=$(command -v chromium)
fi

profile=$(mktemp -d)
log=$(mktemp)
dom=$(mktemp)
trap 'rm -rf "$profile" "$log" "$dom"' EXIT

status=0
timeout 60 "$browser" \
  --headless --no-sandbox --disable-gpu \
  --disable-background-networking --disable-component-update --disable-sync --no-first-run \
  --user-data-dir="$profile" \
  --enable-logging=stderr --v=0 \
  --virtual-time-budget=3000 \
  --dump-dom "file://$(realpath "$report")" >"$dom" 2>"$log" || status=$?
if [[ $status -ne 0 ]]; then
  echo "check-html-report: chromium failed (exit $status)" >&2
  tail -n 20 "$log" >&2
  exit 1
fi

failed=0
if grep -E ':CONSOLE' "$log" >&2; then
  echo "check-html-report: $report logged to the console (above)" >&2
  failed=1
fi
if ! grep -qE '<body[^>]* data-script="ready"' "$dom"; then
  echo "check-html-report: the report's inline script did not run" >&2
  failed=1
fi
if [[ $failed -eq 0 ]]; then
  echo "check-html-report: $report OK (no console output, script ran)"
fi
exit "$failed"
