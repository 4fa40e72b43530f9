"""Minimal WSGI app for the conformance runs under gunicorn (scripts/lib/servers.sh: start_gunicorn).

Every request's body is read to the end before the answer, whatever the method: gunicorn frames it
(Content-Length, or chunked, when it sets wsgi.input_terminated) and the app reads wsgi.input until
it ends.
  GET, HEAD      200 with the fixed body "hello\n" (HEAD: the same header section, no body: gunicorn
                 sends whatever the app returns, even for HEAD)
  POST, PUT      200 with "ok\n"
  OPTIONS        204 with Allow
  DELETE         200 with "deleted\n"
  anything else  405 with Allow
Parsing, framing and error answers are gunicorn's own: the app adds no checks of its own.
"""

ALLOW = "GET, HEAD, POST, PUT, OPTIONS, DELETE"
ROUTES = {
    "GET": ("200 OK", b"hello\n"),
    "HEAD": ("200 OK", b"hello\n"),
    "POST": ("200 OK", b"ok\n"),
    "PUT": ("200 OK", b"ok\n"),
    "DELETE": ("200 OK", b"deleted\n"),
}


def app(environ, start_response):
    stream = environ["wsgi.input"]
    while stream.read(65536):
        pass
    method = environ["REQUEST_METHOD"]
    headers = [("Content-Type", "text/plain")]
    if method == "OPTIONS":
        start_response("204 No Content", [("Allow", ALLOW)])
        return [b""]
    if method in ROUTES:
        status, body = ROUTES[method]
    else:
        status, body = "405 Method Not Allowed", b"method not allowed\n"
        headers.append(("Allow", ALLOW))
    headers.append(("Content-Length", str(len(body))))
    start_response(status, headers)
    return [b"" if method == "HEAD" else body]
