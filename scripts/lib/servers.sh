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

# tree PID...: the processes and all their descendants (a server may fork workers or a child
# that outlives its parent: Traffic Server, gunicorn, the Java launchers).
tree() {
  local pid child
  for pid in "$@"; do
    echo "$pid"
    for child in $(pgrep -P "$pid" 2>/dev/null); do tree "$child"; done
  done
}

# stop_servers: TERM to every recorded server and everything it started, a wait of at most 10 s
# for them to exit, then KILL to any that did not (Traffic Server 9 can outlive a TERM for
# seconds, and a survivor holds its port for the next run).
stop_servers() {
  local file pids=() pid i found alive
  for file in "$work"/pids/*.pid "$work"/nginx/nginx.pid "$work"/apache.pid "$work"/squid/squid.pid; do
    [[ -f $file ]] || continue
    pid=$(cat "$file" 2>/dev/null) || continue
    [[ $pid =~ ^[0-9]+$ ]] || continue
    read -r -a found <<<"$(tree "$pid" | tr '\n' ' ')"
    pids+=("${found[@]}")
  done
  [[ ${#pids[@]} -gt 0 ]] || return 0
  kill "${pids[@]}" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    alive=()
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive+=("$pid"); done
    [[ ${#alive[@]} -eq 0 ]] && return 0
    sleep 0.1
  done
  echo "servers: killing ${#alive[@]} process(es) that outlived TERM: ${alive[*]}" >&2
  kill -KILL "${alive[@]}" 2>/dev/null || true
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

# ---------------------------------------------------------------------------------------------
# The wider matrix (reports/generate). Servers of Debian's Python stack run on Debian's own
# interpreter (/usr/bin/python3), which is the one their packages install into.
#   h2o            Debian H2O serving index.html (file.dir); static file, like nginx
#   caddy          Debian Caddy serving index.html (file_server), admin API and automatic HTTPS off
#   uvicorn        Debian uvicorn (h11 protocol: httptools is not packaged) with asgi_app.py
#   hypercorn      Debian hypercorn (h11) with asgi_app.py
#   gunicorn       Debian gunicorn (sync worker) with wsgi_app.py
#   twisted        Debian Twisted (twisted.web) with twisted_app.py
#   tomcat10       Debian Tomcat 10 with the matrix AppServlet (matrix-servers) as the ROOT webapp
#   jetty9         Debian Jetty 9 with a javax copy of AppServlet as the ROOT webapp
#   jetty12 netty tomcat11 undertow vertx jdkhttp
#                  embedded in matrix-servers (Maven): see matrix-servers/src/main/java
#   helidon        Helidon 4 SE embedded, matrix-servers-helidon (needs JDK 21+; run on JDK 25)
#   haproxy varnish trafficserver squid
#                  Debian reverse proxies in front of the Go net/http app (go-app) on
#                  $backend_port, judged as origin servers: what they forward, reject or rewrite is
#                  what a client of the site sees.

backend_port=${MATRIX_BACKEND_PORT:-23100}
debian_python=/usr/bin/python3

# wait_gone PORT: waits (at most 10 s) until nothing listens on PORT any more.
wait_gone() {
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null || return 0
    sleep 0.1
  done
  echo "servers: port $1 still in use" >&2
  return 1
}

# wait_for_long PORT SECONDS: wait_for with a longer bound, for servers that start a JVM.
wait_for_long() {
  local i
  for ((i = 0; i < $2 * 10; i++)); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "servers: nothing listens on port $1 after $2 s" >&2
  return 1
}

# debian_package_version PACKAGE: the installed version of a Debian package.
debian_package_version() {
  dpkg-query -W -f='${Version}' "$1" 2>/dev/null
}

start_h2o() {
  need_package /usr/bin/h2o h2o
  cat >"$work/h2o.conf" <<CONF
listen:
  host: 127.0.0.1
  port: $1
error-log: $work/h2o-error.log
hosts:
  default:
    paths:
      /:
        file.dir: $work/www
CONF
  /usr/bin/h2o -c "$work/h2o.conf" >"$work/h2o.log" 2>&1 &
  remember h2o $!
  echo "H2O $(/usr/bin/h2o --version | sed -n 's/^h2o version //p'), static file"
}

start_caddy() {
  need_package /usr/bin/caddy caddy
  cat >"$work/Caddyfile" <<CONF
{
	admin off
	auto_https off
}
http://127.0.0.1:$1 {
	bind 127.0.0.1
	root * $work/www
	file_server
}
CONF
  HOME="$work" XDG_DATA_HOME="$work/caddy-data" XDG_CONFIG_HOME="$work/caddy-config" \
    /usr/bin/caddy run --config "$work/Caddyfile" --adapter caddyfile >"$work/caddy.log" 2>&1 &
  remember caddy $!
  echo "Caddy $(/usr/bin/caddy version | awk '{print $1}'), static file"
}

start_uvicorn() {
  [[ -d /usr/lib/python3/dist-packages/uvicorn ]] || install_packages python3-uvicorn
  (cd "$servers_dir" && exec "$debian_python" -m uvicorn --host 127.0.0.1 --port "$1" \
    --http h11 --no-access-log --log-level warning asgi_app:app) >"$work/uvicorn.log" 2>&1 &
  remember uvicorn $!
  echo "uvicorn $("$debian_python" -c 'import uvicorn, h11; print(uvicorn.__version__, "(h11", h11.__version__ + ")")'), scripts/servers/asgi_app.py"
}

start_hypercorn() {
  [[ -d /usr/lib/python3/dist-packages/hypercorn ]] || install_packages python3-hypercorn
  (cd "$servers_dir" && exec "$debian_python" -m hypercorn --bind "127.0.0.1:$1" asgi_app:app) \
    >"$work/hypercorn.log" 2>&1 &
  remember hypercorn $!
  echo "Hypercorn $(debian_package_version python3-hypercorn | sed 's/-[^-]*$//') (h11), scripts/servers/asgi_app.py"
}

start_gunicorn() {
  need_package /usr/bin/gunicorn gunicorn
  (cd "$servers_dir" && exec "$debian_python" -m gunicorn --bind "127.0.0.1:$1" --workers 2 \
    --log-level warning wsgi_app:app) >"$work/gunicorn.log" 2>&1 &
  remember gunicorn $!
  echo "gunicorn $("$debian_python" -c 'import gunicorn; print(gunicorn.__version__)') (sync workers), scripts/servers/wsgi_app.py"
}

start_twisted() {
  [[ -d /usr/lib/python3/dist-packages/twisted ]] || install_packages python3-twisted
  "$debian_python" "$servers_dir/twisted_app.py" "$1" >"$work/twisted.log" 2>&1 &
  remember twisted $!
  echo "Twisted $("$debian_python" -c 'import twisted; print(twisted.__version__)') twisted.web, scripts/servers/twisted_app.py"
}

# matrix_classes: the compiled matrix-servers module (reports/generate builds it first).
matrix_classes() {
  local classes="$servers_root/matrix-servers/target/classes"
  if [[ ! -f $classes/dev/h1proof/matrix/AppServlet.class ]]; then
    echo "servers: matrix-servers is not built (mvn -B -pl matrix-servers package -DskipTests)" >&2
    return 1
  fi
  echo "$classes"
}

# webapp DIR CLASSES: a ROOT webapp in DIR with AppServlet on /* from the class folder CLASSES.
webapp() {
  mkdir -p "$1/WEB-INF/classes/dev/h1proof/matrix"
  cp "$2"/dev/h1proof/matrix/{AppServlet,Routes}.class "$1/WEB-INF/classes/dev/h1proof/matrix/"
  cat >"$1/WEB-INF/web.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" version="3.1">
  <servlet><servlet-name>app</servlet-name><servlet-class>dev.h1proof.matrix.AppServlet</servlet-class></servlet>
  <servlet-mapping><servlet-name>app</servlet-name><url-pattern>/*</url-pattern></servlet-mapping>
</web-app>
XML
}

start_tomcat10() {
  need_package /usr/share/tomcat10/bin/catalina.sh tomcat10
  local classes base="$work/tomcat10"
  classes=$(matrix_classes)
  mkdir -p "$base"/{conf,logs,temp,work,webapps}
  cp /usr/share/tomcat10/etc/{web.xml,catalina.properties,context.xml} "$base/conf/"
  cat >"$base/conf/server.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<Server port="-1" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="$1" address="127.0.0.1" protocol="HTTP/1.1" connectionTimeout="20000" bindOnInit="false"/>
    <Engine name="Catalina" defaultHost="localhost">
      <Host name="localhost" appBase="webapps" unpackWARs="false" autoDeploy="false"/>
    </Engine>
  </Service>
</Server>
XML
  webapp "$base/webapps/ROOT" "$classes"
  CATALINA_HOME=/usr/share/tomcat10 CATALINA_BASE="$base" CATALINA_PID="$work/tomcat10.pid" \
    /usr/share/tomcat10/bin/catalina.sh run >"$work/tomcat10.log" 2>&1 &
  remember tomcat10 $!
  echo "Apache Tomcat $(debian_package_version tomcat10 | sed 's/-[^-]*$//') (Debian tomcat10), AppServlet"
}

start_jetty9() {
  need_package /usr/share/jetty9/start.jar jetty9
  local classes base="$work/jetty9"
  classes=$(matrix_classes)
  mkdir -p "$base/webapps" "$work/jetty9-src" "$work/jetty9-classes"
  # The same servlet, for the javax namespace of Servlet 3.1/4.0.
  sed 's/jakarta\.servlet/javax.servlet/g' \
    "$servers_root/matrix-servers/src/main/java/dev/h1proof/matrix/AppServlet.java" \
    >"$work/jetty9-src/AppServlet.java"
  javac -nowarn --release 17 -cp "/usr/share/java/servlet-api.jar:$classes" \
    -d "$work/jetty9-classes" "$work/jetty9-src/AppServlet.java"
  cp "$classes/dev/h1proof/matrix/Routes.class" "$work/jetty9-classes/dev/h1proof/matrix/"
  webapp "$base/webapps/ROOT" "$work/jetty9-classes"
  printf '%s\n' --module=deploy,http jetty.http.host=127.0.0.1 "jetty.http.port=$1" >"$base/start.ini"
  (cd "$base" && exec java -jar /usr/share/jetty9/start.jar jetty.home=/usr/share/jetty9 \
    "jetty.base=$base") >"$work/jetty9.log" 2>&1 &
  remember jetty9 $!
  echo "Jetty $(debian_package_version jetty9 | sed 's/-[^-]*$//') (Debian jetty9), AppServlet (javax)"
}

# start_embedded NAME PORT: one server of matrix-servers (the line it prints is its version).
start_embedded() {
  local classes
  classes=$(matrix_classes)
  java -Xmx256m -cp "$classes:$servers_root/matrix-servers/target/lib/*" dev.h1proof.matrix.Main \
    "$1" "$2" >"$work/$1.log" 2>&1 &
  remember "$1" $!
  matrix_version "$work/$1.log"
}

# matrix_version LOG: waits (at most 60 s) for the "version: " line a matrix app prints once it
# listens, and prints the rest of it.
matrix_version() {
  local i
  for ((i = 0; i < 600; i++)); do
    grep -q '^version: ' "$1" 2>/dev/null && break
    sleep 0.1
  done
  sed -n 's/^version: //p' "$1" | head -n 1
}
start_jetty12() { start_embedded jetty12 "$1"; }
start_netty() { start_embedded netty "$1"; }
start_tomcat11() { start_embedded tomcat11 "$1"; }
start_undertow() { start_embedded undertow "$1"; }
start_vertx() { start_embedded vertx "$1"; }
start_jdkhttp() { start_embedded jdkhttp "$1"; }

# The backend of the proxies: the Go net/http app on $backend_port (started once per proxy run).
start_backend() {
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$backend_port") 2>/dev/null; then
    start_go "$backend_port" >/dev/null
    # start_go remembered it as "go"; keep it apart from a go target of the same run.
    mv "$work/pids/go.pid" "$work/pids/backend.pid"
    wait_for "$backend_port"
  fi
  echo "Go net/http app (scripts/servers/go-app) on 127.0.0.1:$backend_port"
}

start_haproxy() {
  need_package /usr/sbin/haproxy haproxy
  start_backend >/dev/null
  cat >"$work/haproxy.cfg" <<CONF
global
  maxconn 256
defaults
  mode http
  timeout connect 5s
  timeout client 30s
  timeout server 30s
frontend site
  bind 127.0.0.1:$1
  default_backend app
backend app
  server go 127.0.0.1:$backend_port
CONF
  /usr/sbin/haproxy -db -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
  remember haproxy $!
  echo "HAProxy $(/usr/sbin/haproxy -v | sed -n 's/^HAProxy version \([^ ]*\).*/\1/p') in front of the Go app"
}

start_varnish() {
  need_package /usr/sbin/varnishd varnish
  start_backend >/dev/null
  mkdir -p "$work/varnish"
  /usr/sbin/varnishd -F -j none -n "$work/varnish" -a "127.0.0.1:$1" -b "127.0.0.1:$backend_port" \
    -s malloc,64m -T none >"$work/varnish.log" 2>&1 &
  remember varnish $!
  echo "Varnish $(/usr/sbin/varnishd -V 2>&1 | sed -n 's/.*(varnish-\([^ ]*\) .*/\1/p') (builtin VCL) in front of the Go app"
}

start_trafficserver() {
  need_package /usr/bin/traffic_server trafficserver
  start_backend >/dev/null
  # A runroot of its own under $work: Debian's configuration copied, logs, cache and sockets here.
  local root="$work/ats"
  rm -rf "$root"
  mkdir -p "$root"/{etc,var,run,log,cache}
  cp -r /etc/trafficserver/. "$root/etc/"
  cat >"$root/runroot.yaml" <<CONF
prefix: $root
exec_prefix: /usr
bindir: /usr/bin
sbindir: /usr/sbin
sysconfdir: $root/etc
datadir: $root/cache
includedir: /usr/include
libdir: /usr/lib/trafficserver
libexecdir: /usr/lib/trafficserver/modules
localstatedir: $root/var
runtimedir: $root/run
logdir: $root/log
cachedir: $root/cache
CONF
  cat >>"$root/etc/records.config" <<CONF
CONFIG proxy.config.http.server_ports STRING $1
CONFIG proxy.config.http.cache.http INT 0
CONFIG proxy.config.reverse_proxy.enabled INT 1
CONFIG proxy.config.url_remap.remap_required INT 1
CONFIG proxy.config.admin.user_id STRING #-1
CONF
  echo "map / http://127.0.0.1:$backend_port/" >"$root/etc/remap.config"
  echo "$root/cache 64M" >"$root/etc/storage.config"
  traffic_server --run-root="$root/runroot.yaml" >"$work/trafficserver.log" 2>&1 &
  remember trafficserver $!
  echo "Apache Traffic Server $(traffic_server -V 2>&1 | sed -n 's/^Traffic Server \([^ ]*\).*/\1/p' | head -n 1) (remap, cache off) in front of the Go app"
}

start_squid() {
  need_package /usr/sbin/squid squid
  start_backend >/dev/null
  mkdir -p "$work/squid"
  chmod 777 "$work/squid"
  cat >"$work/squid.conf" <<CONF
http_port 127.0.0.1:$1 accel defaultsite=127.0.0.1 no-vhost
cache_peer 127.0.0.1 parent $backend_port 0 no-query originserver name=app
cache_peer_access app allow all
http_access allow all
cache deny all
pid_filename $work/squid/squid.pid
cache_log $work/squid/cache.log
access_log none
coredump_dir $work/squid
shutdown_lifetime 0 seconds
CONF
  /usr/sbin/squid -N -f "$work/squid.conf" >"$work/squid.log" 2>&1 &
  remember squid $!
  echo "Squid $(/usr/sbin/squid -v | sed -n 's/^Squid Cache: Version //p') (accelerator) in front of the Go app"
}

# start_jdk21 NAME CLASS PORT: one app of matrix-servers-jdk21 (built by reports/lib/build-jdk21.sh)
# on the newest JDK there is (Helidon 4 needs 21+).
start_jdk21() {
  local module="$servers_root/matrix-servers-jdk21/target" jdk="" candidate
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    [[ -x $candidate/bin/java ]] && jdk=$candidate && break
  done
  if [[ -z $jdk || ! -d $module/classes ]]; then
    echo "servers: matrix-servers-jdk21 is not built or no JDK 21+ (reports/lib/build-jdk21.sh)" >&2
    return 1
  fi
  "$jdk/bin/java" -Xmx256m -cp "$module/classes:$module/lib/*" "$2" "$3" >"$work/$1.log" 2>&1 &
  remember "$1" $!
  echo "$(matrix_version "$work/$1.log") on JDK $("$jdk/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p')"
}
start_helidon() { start_jdk21 helidon dev.h1proof.matrix.jdk21.HelidonApp "$1"; }
start_ktor() { start_jdk21 ktor dev.h1proof.matrix.jdk21.KtorAppKt "$1"; }

# wait_http PORT SECONDS: waits until a GET / on PORT gets any HTTP response (a server can accept
# connections before it serves them: Tomcat binds its port before its webapp is deployed).
wait_http() {
  local i
  for ((i = 0; i < $2 * 2; i++)); do
    "$debian_python" - "$1" <<'PY' 2>/dev/null && return 0
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=2)
s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
sys.exit(0 if s.recv(5) == b"HTTP/" else 1)
PY
    sleep 0.5
  done
  echo "servers: no HTTP response on port $1 after $2 s" >&2
  return 1
}
