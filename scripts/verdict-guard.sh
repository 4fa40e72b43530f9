#!/usr/bin/env bash
# The reviewed-verdicts guard: starts real servers on loopback ports (nginx, Node.js and Python by
# default, each with the app described in scripts/lib/servers.sh), runs the whole rulebook against
# each with `h1proof run URL --expect-verdicts reports/reviewed/<server>.json`, and fails when any
# scenario's verdict differs from the reviewed one (each difference is printed on one line). A
# change of verdict is then a reviewed edit to that file, made in the same commit as its cause.
#
# Usage: scripts/verdict-guard.sh [--draft] [SERVER...]
#   SERVER   any start_<name> of scripts/lib/servers.sh (default: nginx node python)
#   --draft  instead of checking, (re)write reports/reviewed/<server>.json from the run: entries
#            whose verdict is unchanged keep their reviewed reason, new or changed ones say
#            UNREVIEWED, and the guard refuses the file until a reviewer replaces every UNREVIEWED.
# Exit: 0 every verdict matches; 1 a verdict differs (or a run did not complete); 2 usage.
# Each server gets a fixed loopback port (base $VERDICT_GUARD_PORT_BASE, default 21310, plus its
# place in all_servers), because a verdict may depend on the port's digits: lighttpd reads a Host port
# with a leading zero as octal, so "a Host value with a port with leading zeros" gives 400 for
# :039493 and 200 for :036361.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
draft=0
servers=()
for arg in "$@"; do
  case "$arg" in
    --draft) draft=1 ;;
    -*) echo "verdict-guard: unknown option $arg" >&2; exit 2 ;;
    *) servers+=("$arg") ;;
  esac
done
[[ ${#servers[@]} -gt 0 ]] || servers=(nginx node python)
all_servers=(h1proof nginx node python go apache lighttpd hyper)
# Below Linux's ephemeral range (32768-60999): a fixed port inside it can already be the local end
# of one of the runner's own client connections, and the next server then cannot bind it.
port_base=${VERDICT_GUARD_PORT_BASE:-21310}

port_of() {
  local i
  for i in "${!all_servers[@]}"; do
    [[ ${all_servers[$i]} == "$1" ]] && echo $((port_base + i)) && return 0
  done
  return 1
}

work=$(mktemp -d)
# shellcheck source=lib/servers.sh
source "$root/scripts/lib/servers.sh"
for server in "${servers[@]}"; do
  if ! declare -F "start_$server" >/dev/null || ! port_of "$server" >/dev/null; then
    echo "verdict-guard: no server named $server (see scripts/lib/servers.sh)" >&2
    exit 2
  fi
done
servers_prepare
cleanup() {
  stop_servers
  rm -rf "$work"
}
trap cleanup EXIT

cd "$root"
./h1proof list >/dev/null # builds the CLI once, outside the timed runs
reviewed_dir="$root/reports/reviewed"
mkdir -p "$reviewed_dir"
started=$(date +%s%N)
failed=()
for server in "${servers[@]}"; do
  port=$(port_of "$server")
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "verdict-guard: port $port for $server is in use (set VERDICT_GUARD_PORT_BASE)" >&2
    exit 1
  fi
  version=$("start_$server" "$port")
  wait_for "$port"
  file="$reviewed_dir/$server.json"
  out="$root/target/verdict-guard/$server"
  rm -rf "$out"
  if [[ $draft -eq 1 ]]; then
    if [[ ! -f $file ]]; then
      # The server's version is known here, not to the runner: seed it; the app is for the reviewer.
      printf '{"schema": "h1proof-reviewed/1", "server": "%s", "app": "UNREVIEWED: %s", "scenarios": []}\n' \
        "$version" "describe what the app does" >"$file"
    fi
    args=(--write-verdicts "$file")
  else
    args=(--expect-verdicts "$file")
  fi
  t0=$(date +%s%N)
  status=0
  ./h1proof run "http://127.0.0.1:$port/" --report-dir "$out" --no-color "${args[@]}" \
    >"$work/$server.log" 2>&1 || status=$?
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  grep -E '^h1proof: (verdict differs|every verdict|[0-9]+ verdict)|^h1proof: reviewed' "$work/$server.log" || true
  echo "verdict-guard: $server ($version): exit $status after ${ms} ms"
  if [[ $draft -eq 1 && $status -le 1 ]]; then
    echo "verdict-guard: drafted $file ($(grep -c '"UNREVIEWED' "$file" || true) entries to review)"
  elif [[ $status -ne 0 ]]; then
    [[ $status -le 1 ]] || tail -n 3 "$work/$server.log" >&2
    failed+=("$server")
  fi
done
total_ms=$(( ($(date +%s%N) - started) / 1000000 ))
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "verdict-guard: verdicts differ from reports/reviewed/ for: ${failed[*]} (${total_ms} ms)" >&2
  exit 1
fi
echo "verdict-guard: ${#servers[@]} server(s) checked in ${total_ms} ms"
