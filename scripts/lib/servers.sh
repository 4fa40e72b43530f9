# Shared by the scripts that run real servers on loopback ports. Source it after setting $work to
# a folder the servers may use (readable by www-data) that holds the document root $work/www.

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
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package" >/dev/null
    # Packages may start a system instance on port 80; the matrix uses its own instances only.
    (service "$package" stop || true) >/dev/null 2>&1
  fi
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
  /usr/sbin/nginx -v 2>&1 | sed 's/^nginx version: //'
}

