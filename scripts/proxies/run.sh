#!/usr/bin/env bash
# Judges real reverse proxies with `h1proof proxy`: each one is installed from Debian's packages when
# missing, started on a loopback port with a minimal configuration that forwards everything to
# h1proof's capture back end, run through every @intermediary scenario, and stopped.
# Compact results go to reports/proxies/<proxy>.txt (one verdict line per scenario) and
# reports/proxies/PROXIES.md (the table); the full reports stay in target/proxies/<proxy>/.
#
# Usage: scripts/proxies/run.sh [PROXY...]   (default: all of them)
# Proxies: haproxy nginx apache varnish squid trafficserver caddy h2o
# Ports: PROXY_PORT_BASE (default 24100); proxy i listens on base+10*i, its back end on base+10*i+1.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$root/reports/proxies"
work="$root/target/proxies"
base="${PROXY_PORT_BASE:-24100}"
all=(haproxy nginx apache varnish squid trafficserver caddy h2o)
mkdir -p "$out" "$work"
chmod 755 "$work"

jar="$root/conformance-runner/target/h1proof.jar"
if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -B -q -o -pl parser,conformance-runner -am package -DskipTests) || exit 1
fi

need() { # need BINARY PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  apt-get -o DPkg::Lock::Timeout=900 install -y "$2" >/dev/null || {
    echo "proxies: cannot install $2" >&2
    return 1
  }
}

wait_port() {
  for _ in $(seq 1 150); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

pid=""
stop() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    pid=""
  fi
}
trap stop EXIT

# start_<proxy> DIR PORT BACKEND: starts the proxy in the foreground mode of its daemon, in the
# background, writes its process id to DIR/pid and prints its version.
start_haproxy() {
  need haproxy haproxy || return 1
  cat >"$1/haproxy.cfg" <<CFG
global
  maxconn 256
defaults
  mode http
  timeout connect 5s
  timeout client 10s
  timeout server 10s
frontend front
  bind 127.0.0.1:$2
  default_backend back
backend back
  server h1proof 127.0.0.1:$3
CFG
  haproxy -db -f "$1/haproxy.cfg" >"$1/proxy.log" 2>&1 &
  echo $! >"$1/pid"
  haproxy -v | head -1
}

start_nginx() {
  need nginx nginx || return 1
  mkdir -p "$1/tmp"
  cat >"$1/nginx.conf" <<CFG
daemon off;
master_process off;
worker_processes 1;
pid $1/nginx.pid;
error_log $1/error.log;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $1/tmp/body;
  proxy_temp_path $1/tmp/proxy;
  fastcgi_temp_path $1/tmp/fastcgi;
  uwsgi_temp_path $1/tmp/uwsgi;
  scgi_temp_path $1/tmp/scgi;
  server {
    listen 127.0.0.1:$2;
    location / { proxy_pass http://127.0.0.1:$3; }
  }
}
CFG
  nginx -e "$1/error.log" -p "$1" -c "$1/nginx.conf" >"$1/proxy.log" 2>&1 &
  echo $! >"$1/pid"
  nginx -v 2>&1
}

start_apache() {
  need apache2 apache2 || return 1
  local m=/usr/lib/apache2/modules
  cat >"$1/httpd.conf" <<CFG
ServerName 127.0.0.1
Listen 127.0.0.1:$2
PidFile $1/httpd.pid
DefaultRuntimeDir $1
ErrorLog $1/error.log
LoadModule mpm_event_module $m/mod_mpm_event.so
LoadModule authz_core_module $m/mod_authz_core.so
$( [ -f $m/mod_unixd.so ] && echo "LoadModule unixd_module $m/mod_unixd.so" )
LoadModule proxy_module $m/mod_proxy.so
LoadModule proxy_http_module $m/mod_proxy_http.so
User www-data
Group www-data
ProxyPass "/" "http://127.0.0.1:$3/"
CFG
  apache2 -f "$1/httpd.conf" -DFOREGROUND >"$1/proxy.log" 2>&1 &
  echo $! >"$1/pid"
  apache2 -v | head -1
}

start_varnish() {
  need varnishd varnish || return 1
  # pass: nothing is cached, so every request (the canary too) is forwarded and judged.
  cat >"$1/default.vcl" <<CFG
vcl 4.1;
backend default { .host = "127.0.0.1"; .port = "$3"; }
sub vcl_recv { return (pass); }
CFG
  varnishd -F -a "127.0.0.1:$2" -f "$1/default.vcl" -n "$1/varnish" -s malloc,32m >"$1/proxy.log" 2>&1 &
  echo $! >"$1/pid"
  varnishd -V 2>&1 | head -1
}

start_squid() {
  need squid squid || return 1
  chown proxy "$1" 2>/dev/null
  cat >"$1/squid.conf" <<CFG
http_port 127.0.0.1:$2 accel defaultsite=127.0.0.1 no-vhost
cache_peer 127.0.0.1 parent $3 0 no-query originserver name=h1proof
cache_peer_access h1proof allow all
never_direct allow all
http_access allow all
cache deny all
pid_filename $1/squid.pid
cache_log $1/cache.log
access_log none
coredump_dir $1
shutdown_lifetime 1 seconds
CFG
  squid -N -f "$1/squid.conf" >"$1/proxy.log" 2>&1 &
  echo $! >"$1/pid"
  squid -v | head -1
}

start_trafficserver() {
  need traffic_server trafficserver || return 1
  local etc="$1/etc" run="$1/run"
  mkdir -p "$etc" "$run/log" "$run/cache"
  cp -r /etc/trafficserver/. "$etc/"
  echo "map / http://127.0.0.1:$3/" >"$etc/remap.config"
  echo "$run/cache 64M" >"$etc/storage.config"
  # ATS 9 reads records.config; the overrides replace the packaged lines.
  grep -v -E 'proxy\.config\.(http\.server_ports|admin\.user_id|http\.cache\.http|url_remap\.remap_required|log\.logfile_dir|diags\.debug\.enabled) ' \
    /etc/trafficserver/records.config >"$etc/records.config"
  cat >>"$etc/records.config" <<CFG
CONFIG proxy.config.http.server_ports STRING $2
CONFIG proxy.config.admin.user_id STRING #-1
CONFIG proxy.config.http.cache.http INT 0
CONFIG proxy.config.url_remap.remap_required INT 1
CONFIG proxy.config.log.logfile_dir STRING $run/log
CONFIG proxy.config.diags.debug.enabled INT 0
CFG
  chown -R trafficserver:trafficserver "$1" 2>/dev/null
  cat >"$1/runroot.yaml" <<CFG
prefix: /usr
exec_prefix: /usr
bindir: /usr/bin
sbindir: /usr/sbin
sysconfdir: $etc
datadir: /usr/share/trafficserver
includedir: /usr/include
libdir: /usr/lib/x86_64-linux-gnu
libexecdir: /usr/lib/trafficserver/modules
localstatedir: $run
runtimedir: $run
logdir: $run/log
cachedir: $run/cache
CFG
  traffic_server --run-root="$1/runroot.yaml" >"$1/proxy.log" 2>&1 &
  echo $! >"$1/pid"
  echo "Apache $(traffic_server -V 2>&1 | head -1 | cut -d' ' -f1-3)"
}

start_caddy() {
  need caddy caddy || return 1
  cat >"$1/Caddyfile" <<CFG
{
  admin off
  auto_https off
}
http://127.0.0.1:$2 {
  reverse_proxy 127.0.0.1:$3
}
CFG
  HOME="$1" XDG_DATA_HOME="$1" XDG_CONFIG_HOME="$1" \
    caddy run --config "$1/Caddyfile" --adapter caddyfile >"$1/proxy.log" 2>&1 &
  echo $! >"$1/pid"
  echo "caddy $(caddy version 2>/dev/null | head -1)"
}

start_h2o() {
  need h2o h2o || return 1
  chmod 1777 "$1" # h2o drops to nobody after reading its configuration
  cat >"$1/h2o.conf" <<CFG
listen:
  host: 127.0.0.1
  port: $2
error-log: $1/error.log
hosts:
  default:
    paths:
      "/":
        proxy.reverse.url: "http://127.0.0.1:$3/"
CFG
  h2o -c "$1/h2o.conf" >"$1/proxy.log" 2>&1 &
  echo $! >"$1/pid"
  h2o --version 2>&1 | head -1
}

proxies=("$@")
[ ${#proxies[@]} -eq 0 ] && proxies=("${all[@]}")
status=0
for name in "${proxies[@]}"; do
  i=-1
  for k in "${!all[@]}"; do [ "${all[$k]}" = "$name" ] && i=$k; done
  if [ "$i" -lt 0 ]; then
    echo "proxies: unknown proxy '$name' (known: ${all[*]})" >&2
    exit 2
  fi
  port=$((base + 10 * i))
  backend=$((port + 1))
  dir="$work/$name"
  rm -rf "$dir"
  mkdir -p "$dir"
  chmod 755 "$dir"
  version="$(start_"$name" "$dir" "$port" "$backend")" || {
    echo "proxies: $name could not be installed" >&2
    status=1
    continue
  }
  # The start function ran in a subshell (for its version line); its process id is in a file.
  pid="$(cat "$dir/pid" 2>/dev/null)"
  if ! wait_port "$port"; then
    echo "proxies: $name did not listen on $port; see $dir/proxy.log" >&2
    stop
    status=1
    continue
  fi
  echo "proxies: $version on 127.0.0.1:$port, back end 127.0.0.1:$backend"
  java -jar "$jar" proxy "http://127.0.0.1:$port/" --back-end "127.0.0.1:$backend" \
    --report-dir "$dir/report" >"$dir/console.txt" 2>&1
  code=$?
  stop
  if [ "$code" -ge 2 ]; then
    # Not usable (it never forwarded the preflight GET) or a usage error: no verdicts to publish.
    echo "proxies: $name: $(grep '^h1proof: ' "$dir/console.txt" | tail -1)" >&2
    rm -f "$out/$name.txt"
    status=1
    continue
  fi
  {
    echo "# $version through h1proof proxy (exit $code)"
    grep -E '^(PASS|WARN|FAIL|INCONCLUSIVE|SKIP) ' "$dir/console.txt"
    grep '^h1proof: ' "$dir/console.txt" | grep -v 'capture back end listening'
  } >"$out/$name.txt"
  tail -1 "$out/$name.txt"
done

# The table: one column per proxy with a result file.
{
  echo "# Proxies through h1proof proxy"
  echo
  echo "Generated by \`scripts/proxies/run.sh\` from \`reports/proxies/<proxy>.txt\`; each non-PASS"
  echo "verdict is reviewed in [REVIEW.md](REVIEW.md)."
  echo
  files=()
  for name in "${all[@]}"; do [ -f "$out/$name.txt" ] && files+=("$name"); done
  printf '| scenario |'; for n in "${files[@]}"; do printf ' %s |' "$n"; done; echo
  printf '| --- |'; for _ in "${files[@]}"; do printf ' --- |'; done; echo
  first="${files[0]:-}"
  if [ -n "$first" ]; then
    grep -E '^(PASS|WARN|FAIL|INCONCLUSIVE|SKIP) ' "$out/$first.txt" | sed -E 's/^[A-Z]+ +[A-Z]+ +//' |
      while IFS= read -r scenario; do
        printf '| %s |' "$scenario"
        for n in "${files[@]}"; do
          v="$(grep -F -- "$scenario" "$out/$n.txt" | head -1 | awk '{print $1}')"
          printf ' %s |' "${v:-n/a}"
        done
        echo
      done
  fi
} >"$out/PROXIES.md"
exit $status
