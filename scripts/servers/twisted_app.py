"""Minimal Twisted Web app for the conformance runs (scripts/lib/servers.sh: start_twisted).

twisted.web frames the body (Content-Length or chunked) and hands the resource the whole of it in
request.content; the resource reads it to the end before the answer, whatever the method:
  GET, HEAD      200 with the fixed body "hello\n" (HEAD: Twisted drops the body)
  POST, PUT      200 with "ok\n"
  OPTIONS        204 with Allow
  DELETE         200 with "deleted\n"
  anything else  405 with Allow (Twisted's own answer for a method the resource has no render_ for)
Parsing, framing and error answers are Twisted's own: the app adds no checks of its own.
Usage: python3 twisted_app.py PORT
"""
import sys

from twisted.internet import reactor
from twisted.web import resource, server

ALLOW = b"GET, HEAD, POST, PUT, OPTIONS, DELETE"


class App(resource.Resource):
    isLeaf = True
    allowedMethods = (b"GET", b"HEAD", b"POST", b"PUT", b"OPTIONS", b"DELETE")

    def _answer(self, request, body):
        request.content.read()
        request.setHeader(b"content-type", b"text/plain")
        return body

    def render_GET(self, request):
        return self._answer(request, b"hello\n")

    def render_HEAD(self, request):
        return self._answer(request, b"hello\n")

    def render_POST(self, request):
        return self._answer(request, b"ok\n")

    render_PUT = render_POST

    def render_DELETE(self, request):
        return self._answer(request, b"deleted\n")

    def render_OPTIONS(self, request):
        request.content.read()
        request.setResponseCode(204)
        request.setHeader(b"allow", ALLOW)
        return b""


if __name__ == "__main__":
    reactor.listenTCP(int(sys.argv[1]), server.Site(App()), interface="127.0.0.1")
    reactor.run()
