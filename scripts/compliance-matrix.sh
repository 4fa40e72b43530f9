#!/usr/bin/env bash
# Regenerates the published compliance matrix (reports/MATRIX.md and reports/<target>/summary.md):
# runs the whole rulebook against real servers on loopback ports and puts the results side by side.
# Servers: the h1proof reference server, nginx, Apache httpd and lighttpd from Debian's packages
# (installed when missing, which needs root), Node.js's http module and Python's http.server.
# Usage: scripts/compliance-matrix.sh [TARGET...]   (default: all of them)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
all_targets=(h1proof nginx apache lighttpd node python)
targets=("${@:-${all_targets[@]}}")
work=$(mktemp -d)
chmod 755 "$work"
mkdir -p "$work/www"
echo "hello" >"$work/www/index.html"
chmod -R a+rX "$work/www"
out="$root/target/matrix"
rm -rf "$out"
mkdir -p "$out"
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [[ -f $work/nginx.pid ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  [[ -f $work/apache.pid ]] && kill "$(cat "$work/apache.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

wait_for() {
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "compliance-matrix: nothing listens on port $1" >&2
  return 1
}

need_package() {
  local binary=$1 package=$2
  if [[ ! -x $binary ]]; then
    if [[ $(id -u) -ne 0 ]]; then
      echo "compliance-matrix: $package is missing; run as root to install it" >&2
      return 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package" >/dev/null
    # Packages may start a system instance on port 80; the matrix uses its own instances only.
    (service "$package" stop || true) >/dev/null 2>&1
  fi
}

start_h1proof() {
  ./h1proof serve --port "$1" >"$work/h1proof.log" 2>&1 &
  pids+=($!)
  echo "h1proof reference server"
}

start_nginx() {
  need_package /usr/sbin/nginx nginx
  mkdir -p "$work/nginx"
  cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  server { listen 127.0.0.1:$1; root $work/www; location / { } }
}
CONF
  /usr/sbin/nginx -p "$work/nginx" -c "$work/nginx.conf"
  /usr/sbin/nginx -v 2>&1 | sed 's/^nginx version: //'
}

start_apache() {
  need_package /usr/sbin/apache2 apache2
  local modules=/usr/lib/apache2/modules
  cat >"$work/apache.conf" <<CONF
ServerRoot "$work"
ServerName localhost
Listen 127.0.0.1:$1
PidFile $work/apache.pid
ErrorLog $work/apache-error.log
LoadModule mpm_event_module $modules/mod_mpm_event.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule dir_module $modules/mod_dir.so
LoadModule mime_module $modules/mod_mime.so
TypesConfig /etc/mime.types
User www-data
Group www-data
DocumentRoot "$work/www"
<Directory "$work/www">
  Require all granted
</Directory>
DirectoryIndex index.html
CONF
  /usr/sbin/apache2 -f "$work/apache.conf" -k start
  /usr/sbin/apache2 -v | sed -n 's/^Server version: //p'
}

start_lighttpd() {
  need_package /usr/sbin/lighttpd lighttpd
  cat >"$work/lighttpd.conf" <<CONF
server.document-root = "$work/www"
server.bind = "127.0.0.1"
server.port = $1
server.errorlog = "$work/lighttpd-error.log"
index-file.names = ( "index.html" )
CONF
  /usr/sbin/lighttpd -D -f "$work/lighttpd.conf" >"$work/lighttpd.log" 2>&1 &
  pids+=($!)
  /usr/sbin/lighttpd -v | head -n 1
}

start_node() {
  node -e '
    require("http").createServer((req, res) => {
      req.resume();
      req.on("end", () => { res.setHeader("Content-Type", "text/plain"); res.end("hello\n"); });
    }).listen(Number(process.argv[1]), "127.0.0.1");' "$1" >"$work/node.log" 2>&1 &
  pids+=($!)
  echo "Node.js $(node --version) http module"
}

start_python() {
  python3 -c '
import http.server, sys, os
os.chdir(sys.argv[2])
http.server.SimpleHTTPRequestHandler.protocol_version = "HTTP/1.1"
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), http.server.SimpleHTTPRequestHandler).serve_forever()
' "$1" "$work/www" >"$work/python.log" 2>&1 &
  pids+=($!)
  echo "Python $(python3 -c 'import sys; print(sys.version.split()[0])') http.server"
}

columns=()
versions=()
for target in "${targets[@]}"; do
  port=$(free_port)
  version=$("start_$target" "$port")
  wait_for "$port"
  echo "compliance-matrix: $target ($version) on http://127.0.0.1:$port/"
  status=0
  ./h1proof run "http://127.0.0.1:$port/" --report-dir "$out/$target" --no-color >"$out/$target.log" 2>&1 || status=$?
  tail -n 1 "$out/$target.log"
  if [[ $status -gt 1 ]]; then
    echo "compliance-matrix: the run against $target did not complete (exit $status)" >&2
    tail -n 5 "$out/$target.log" >&2
    exit 1
  fi
  mkdir -p "reports/$target"
  cp "$out/$target/summary.md" "reports/$target/summary.md"
  columns+=("$target=$out/$target/report.json")
  versions+=("| $target | $version |")
done

./h1proof matrix --out "$out/matrix.md" "${columns[@]}"
{
  echo "<!-- Generated by scripts/compliance-matrix.sh on $(date -u +%Y-%m-%d); do not edit by hand. -->"
  sed -n '1,2p' "$out/matrix.md"
  echo "| target | server |"
  echo "|---|---|"
  printf '%s\n' "${versions[@]}"
  echo
  sed -n '3,$p' "$out/matrix.md"
} >reports/MATRIX.md
echo "compliance-matrix: wrote reports/MATRIX.md"
