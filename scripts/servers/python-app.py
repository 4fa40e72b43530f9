"""Minimal Python `http.server` app for the conformance runs (scripts/lib/servers.sh: start_python).

http.server parses the request line and the header section and answers unknown methods with its
own 501; it leaves the body to the app. This app therefore frames the body itself, the way a
careful app on http.server must, and says so here so its answers are not taken for the library's:
  - Content-Length: read exactly that many octets. The value must be digits only (all copies
    equal); anything else is answered 400 and the connection closed, because the body cannot be
    framed.
  - Transfer-Encoding (any value): answered 501 and the connection closed. http.server has no
    chunked decoder, and the app does not add one: what is measured is http.server itself.
Routing, after the body has been read:
  GET, HEAD  200 with the fixed body "hello\n" (HEAD: header section only)
  POST, PUT  200 with "ok\n"
  OPTIONS    204 with Allow
  DELETE     200 with "deleted\n"
  other      http.server's own 501 (it has no do_<METHOD> handler)
Usage: python3 python-app.py PORT
"""
import http.server
import re
import sys

ALLOW = "GET, HEAD, POST, PUT, OPTIONS, DELETE"
DIGITS = re.compile(r"[0-9]+")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _read_body(self):
        """Reads the body; answers and returns False when it cannot be framed."""
        if self.headers.get_all("Transfer-Encoding"):
            self._answer(501, b"transfer codings are not implemented\n", close=True)
            return False
        lengths = self.headers.get_all("Content-Length") or []
        values = {v.strip(" \t") for v in lengths}
        if not lengths:
            return True
        if len(values) != 1 or not DIGITS.fullmatch(next(iter(values))):
            self._answer(400, b"bad Content-Length\n", close=True)
            return False
        remaining = int(next(iter(values)))
        while remaining > 0:
            chunk = self.rfile.read(min(remaining, 65536))
            if not chunk:
                self.close_connection = True
                return False
            remaining -= len(chunk)
        return True

    def _answer(self, status, body, close=False, head=False, extra=None):
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        if status != 204:
            self.send_header("Content-Length", str(len(body)))
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if not head and status != 204:
            self.wfile.write(body)

    def do_GET(self):
        if self._read_body():
            self._answer(200, b"hello\n")

    def do_HEAD(self):
        if self._read_body():
            self._answer(200, b"hello\n", head=True)

    def do_POST(self):
        if self._read_body():
            self._answer(200, b"ok\n")

    do_PUT = do_POST

    def do_OPTIONS(self):
        if self._read_body():
            self._answer(204, b"", extra={"Allow": ALLOW})

    def do_DELETE(self):
        if self._read_body():
            self._answer(200, b"deleted\n")


if __name__ == "__main__":
    server = http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
    server.daemon_threads = True
    server.serve_forever()
