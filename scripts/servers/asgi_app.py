"""Minimal ASGI app for the conformance runs under uvicorn and hypercorn
(scripts/lib/servers.sh: start_uvicorn, start_hypercorn).

Every request's body is read to the end (the server frames it: Content-Length or chunked) before
the answer, whatever the method:
  GET, HEAD      200 with the fixed body "hello\n" (HEAD: the same header section, no body)
  POST, PUT      200 with "ok\n"
  OPTIONS        204 with Allow
  DELETE         200 with "deleted\n"
  anything else  405 with Allow
Parsing, framing and error answers are the server's own: the app adds no checks of its own.
"""

ALLOW = b"GET, HEAD, POST, PUT, OPTIONS, DELETE"
ROUTES = {
    "GET": (200, b"hello\n"),
    "HEAD": (200, b"hello\n"),
    "POST": (200, b"ok\n"),
    "PUT": (200, b"ok\n"),
    "DELETE": (200, b"deleted\n"),
}


async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            break
    if message["type"] == "http.disconnect":
        return
    method = scope["method"]
    headers = [(b"content-type", b"text/plain")]
    if method == "OPTIONS":
        status, body = 204, b""
        headers = [(b"allow", ALLOW)]
    elif method in ROUTES:
        status, body = ROUTES[method]
    else:
        status, body = 405, b"method not allowed\n"
        headers.append((b"allow", ALLOW))
    if status != 204:
        headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if method == "HEAD" else body})
