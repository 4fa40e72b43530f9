# Shared by the scripts that run real servers on loopback ports: one start function per server.
# Source it after setting $work to a folder the servers may use (mode 755, readable by www-data);
# call servers_prepare once, then start_<server> PORT, which starts the server in the background,
# prints one line naming its version and app, and records how to stop it; stop_servers stops them
# all (call it from an EXIT trap). The start functions are meant to run in $( ) substitutions, so
# they keep no shell state: every process id goes to a file under $work/pids.
# Each function installs what its server needs from Debian's packages when missing (needs root).
# The apps are in scripts/servers/; each file's header says what its app does.
#
# Servers and apps:
#   h1proof   the built-in reference server (./h1proof serve)
#   nginx     Debian nginx serving the static file index.html. GET/HEAD 200; POST, PUT, DELETE and
#             OPTIONS get nginx's own 405 at once (it then reads and discards the body); methods it
#             cannot parse get 400.
#   apache    Debian Apache httpd (mpm_event, core + dir + mime only) serving index.html. GET/HEAD
#             and POST get the file with 200 (the default handler serves POST too; it reads the body
#             first); PUT/DELETE 405; OPTIONS 200 with Allow; unknown methods 501 and a close.
#   lighttpd  Debian lighttpd serving index.html. GET/HEAD 200; POST gets the file with 200 and
#             Connection: close; PUT/DELETE 501; unknown methods 501 and a close; OPTIONS 200.
#   node      Node.js http with scripts/servers/node-app.js (routes the standard methods, reads bodies)
#   python    Python http.server with scripts/servers/python-app.py (frames Content-Length bodies
#             itself; any Transfer-Encoding gets 501 and a close: http.server has no chunked decoder)
#   go        Go net/http (Debian golang-go) with scripts/servers/go-app, built offline
#   hyper     Hyper 0.14 (Debian librust-hyper-dev) with scripts/servers/hyper-app, built offline

servers_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../servers" && pwd)"
servers_root="$(cd "$servers_dir/../.." && pwd)"
# Built apps (Go, Hyper) are cached here between runs: rebuilt when their sources change.
servers_build="$servers_root/target/servers"

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

wait_for() {
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "servers: nothing listens on port $1" >&2
  return 1
}

servers_prepare() {
  mkdir -p "$work/www" "$work/pids"
  echo "hello" >"$work/www/index.html"
  chmod 755 "$work"
  chmod -R a+rX "$work/www"
}

install_packages() {
  if [[ $(id -u) -ne 0 ]]; then
    echo "servers: $* missing; run as root to install" >&2
    return 1
  fi
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  # Packages may start a system instance on port 80; the scripts use their own instances only.
  local package
  for package in "$@"; do (service "$package" stop || true) >/dev/null 2>&1; done
}

# need_package COMMAND PACKAGE...: installs PACKAGE(s) when COMMAND is not found.
need_package() {
  local command=$1
  shift
  if ! command -v "$command" >/dev/null 2>&1; then
    install_packages "$@"
  fi
}

# remember NAME PID: the process stop_servers ends.
remember() {
  echo "$2" >"$work/pids/$1.pid"
}

stop_servers() {
  local file
  for file in "$work"/pids/*.pid "$work"/nginx/nginx.pid "$work"/apache.pid; do
    [[ -f $file ]] && kill "$(cat "$file")" 2>/dev/null || true
  done
}

start_h1proof() {
  "$servers_root/h1proof" serve --port "$1" >"$work/h1proof.log" 2>&1 &
  remember h1proof $!
  echo "h1proof reference server"
}

start_nginx() {
  need_package /usr/sbin/nginx nginx
  mkdir -p "$work/nginx"
  cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
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
  echo "$(/usr/sbin/nginx -v 2>&1 | sed 's/^nginx version: //'), static file"
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
  echo "$(/usr/sbin/apache2 -v | sed -n 's/^Server version: //p'), static file"
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
  remember lighttpd $!
  echo "$(/usr/sbin/lighttpd -v | head -n 1 | sed 's/ - .*//'), static file"
}

start_node() {
  need_package node nodejs
  node "$servers_dir/node-app.js" "$1" >"$work/node.log" 2>&1 &
  remember node $!
  echo "Node.js $(node --version) http, scripts/servers/node-app.js"
}

start_python() {
  need_package python3 python3
  python3 "$servers_dir/python-app.py" "$1" >"$work/python.log" 2>&1 &
  remember python $!
  echo "Python $(python3 -c 'import sys; print(sys.version.split()[0])') http.server, scripts/servers/python-app.py"
}

# stale BINARY SOURCE...: true when BINARY is missing or older than any SOURCE file.
stale() {
  local binary=$1
  shift
  [[ ! -x $binary ]] || [[ -n $(find "$@" -type f -newer "$binary" -not -path '*/target/*' -print -quit) ]]
}

start_go() {
  need_package go golang-go
  local binary="$servers_build/go-app"
  if stale "$binary" "$servers_dir/go-app"; then
    mkdir -p "$servers_build"
    # Standard library only: no module download is possible or needed.
    (cd "$servers_dir/go-app" && GOFLAGS=-mod=mod GOPROXY=off go build -o "$binary" .) >&2
  fi
  "$binary" "$1" >"$work/go.log" 2>&1 &
  remember go $!
  echo "$(go version | awk '{print $3}') net/http, scripts/servers/go-app"
}

start_hyper() {
  need_package cargo cargo
  if ! compgen -G '/usr/share/cargo/registry/hyper-0.14.*' >/dev/null; then
    install_packages librust-hyper-dev librust-tokio-dev
  fi
  local binary="$servers_build/hyper-app"
  if stale "$binary" "$servers_dir/hyper-app"; then
    mkdir -p "$servers_build"
    # Offline, from Debian's packaged crates: hyper-app/.cargo/config.toml replaces crates.io
    # with /usr/share/cargo/registry.
    (cd "$servers_dir/hyper-app" && cargo build --release --offline --quiet \
      --target-dir "$servers_build/hyper-target") >&2
    cp "$servers_build/hyper-target/release/hyper-app" "$binary"
  fi
  "$binary" "$1" >"$work/hyper.log" 2>&1 &
  remember hyper $!
  local version
  version=$(ls -d /usr/share/cargo/registry/hyper-0.14.* | sed 's/.*hyper-//' | sort -V | tail -n 1)
  echo "Hyper $version (Debian librust-hyper-dev), scripts/servers/hyper-app"
}
