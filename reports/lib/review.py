#!/usr/bin/env python3
"""Proposes reasons for the UNREVIEWED entries of reports/reviewed/<target>.json.

Usage: reports/lib/review.py [--write] [--redo] TARGET...
Reads the full run of each target (target/matrix/<target>/report.json, left by reports/generate)
and, for every entry of reviewed/<target>.json whose reason is UNREVIEWED, proposes one:
  WARN          the outcome the rule permits but does not prefer, as the run graded it;
  INCONCLUSIVE  why the run could reach no verdict;
  FAIL          what this cell observed, then the requirement it breaks, from REQUIREMENTS below
                (one sentence per rule, written from the RFC text); a FAIL whose rule has no
                sentence here keeps UNREVIEWED, so --check goes on failing until someone writes one.
APP lists the cells whose verdict the app causes rather than the server; their reason starts "app:".
Without --write it prints the proposals; with it, it writes them into the reviewed file (the
runner's layout is kept: only the reason strings change). Also fills an UNREVIEWED "app" from APPS.
"""
import json
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))

# What the RFC requires, per rule: one sentence each, in our words, from RFC 9110 / RFC 9112.
REQUIREMENTS = {
    "RFC9110-10.1.1-expect-ignored-for-HTTP10": "RFC 9110 §10.1.1: a server must ignore 100-continue in an HTTP/1.0 request and §15.2 forbids sending a 1xx to an HTTP/1.0 client",
    "RFC9110-10.1.1-unknown-expectation": "RFC 9110 §10.1.1: an expectation other than 100-continue may get 417 or be ignored, nothing else",
    "RFC9110-17.10-underscore-lookalike-field-names": "RFC 9110 §17.10/§5.1: Content_Length is a different field from Content-Length and must not frame the body",
    "RFC9110-4.2.1-http-URI-with-empty-host": "RFC 9110 §4.2.1: an http(s) URI with an empty host is invalid and a recipient processing one must reject it",
    "RFC9110-5.4-fields-too-large": "RFC 9110 §5.4: a server that will not process a field that large must answer 4xx (431), not drop it silently",
    "RFC9110-5.5-LF-inside-field-value": "RFC 9110 §5.5 with RFC 9112 §2.2 and §6.1: a lone LF in a value is rejected, replaced by SP, or a line end; read as a line end both framing fields are present and the server must close, which it did not",
    "RFC9110-5.5-other-CTL-in-field-value": "RFC 9110 §5.5: a CTL in a field value is invalid; a recipient may keep it only where that is safe, and the outcome here is not one the rule permits",
    "RFC9110-5.6.1-list-field-parsing": "RFC 9110 §5.6.1: a recipient must accept and ignore empty list elements (',chunked' is chunked); refusing the valid message breaks that MUST",
    "RFC9110-6.2-response-version": "RFC 9110 §6.2: a server must not send a version it does not conform to; the answer to HTTP/1.2 must say HTTP/1.1",
    "RFC9110-6.2-unsupported-major-version-505": "RFC 9110 §6.2/§15.6.6: an unsupported major version is refused (505 or 400) or answered as HTTP/1.1; this outcome is neither",
    "RFC9110-7.2-Host-valid-forms": "RFC 9110 §7.2 with RFC 3986: this Host value is valid and must not get a syntax 400",
    "RFC9110-7.4-https-target-over-cleartext": "RFC 9110 §7.4: unless the connection is from a trusted gateway (none here), a request for an https resource must be rejected unless received over a connection secured for that origin",
    "RFC9110-7.6.1-connection-option-parsing": "RFC 9110 §7.6.1/§5.6.1: Connection options are case-insensitive list members, so this close must be honoured and the connection closed after the response",
    "RFC9110-7.8-100-before-101": "RFC 9110 §7.8: with Upgrade and Expect: 100-continue the 100 must come before any 101",
    "RFC9110-7.8-upgrade-ignored-for-HTTP10": "RFC 9110 §7.8: a server must ignore Upgrade in an HTTP/1.0 request and answer it as if the field were absent (no 101, no refusal because of it)",
    "RFC9110-7.8-upgrade-requires-connection-option": "RFC 9110 §7.8/§7.6.1: Upgrade without the upgrade connection option ought to be ignored, i.e. the request answered as if it were absent (no 101, no refusal)",
    "RFC9110-7.8-upgrade-to-unoffered-protocol": "RFC 9110 §7.8: a server must not switch to a protocol the client did not list in Upgrade",
    "RFC9110-9.3.2-HEAD-response-has-no-content": "RFC 9110 §9.3.2 with RFC 9112 §6.3: a response to HEAD ends at its empty line; octets after it are taken for the next response",
    "RFC9112-2.2-bare-CR-in-field-line": "RFC 9112 §2.2: a bare CR is never a line end; the element is invalid or the CR becomes SP, and either way this request must get 400",
    "RFC9112-2.2-bare-CR-in-request-line": "RFC 9112 §2.2: a bare CR in the request-line is invalid or becomes SP, and both readings leave an invalid request-line that gets 400",
    "RFC9112-2.2-bare-LF-field-lines": "RFC 9112 §2.2: a lone LF may be accepted as a line end, but the framing must stay consistent; this outcome is not one the rule permits",
    "RFC9112-2.2-extra-CRLF-between-pipelined-requests": "RFC 9112 §2.2: a server should skip an empty line before a request-line; the pipelined request behind it was not answered normally",
    "RFC9112-2.2-no-processing-after-framing-error": "RFC 9112 §2.2/§6.3: after a framing error the server must close, so the bytes pipelined behind the rejected request are never answered",
    "RFC9112-2.2-non-HTTP-octets-400-close": "RFC 9112 §2.2: input that is not HTTP should get 400 and a close",
    "RFC9112-2.3-HTTP-name-case-sensitive": "RFC 9112 §2.3: the version name is case-sensitive HTTP; another spelling should get 400 (or be taken as HTTP/1.1), never an HTTP/0.9-style answer",
    "RFC9112-2.3-version-digit-format": "RFC 9112 §2.3: HTTP-version is HTTP/DIGIT.DIGIT; another shape should get 400",
    "RFC9112-2.3-version-internal-whitespace": "RFC 9112 §2.3/§3: whitespace inside the version leaves an invalid request-line that should get 400",
    "RFC9112-3-request-line-wrong-word-count": "RFC 9112 §3: a request-line has exactly three words; anything else should get 400",
    "RFC9112-3-target-too-long-414": "RFC 9112 §3: a server refusing a request-target as longer than it will parse must answer 414",
    "RFC9112-3.2-Host-comma-list": "RFC 9112 §3.2: Host is one uri-host with an optional port; a list-like value is invalid and must get 400",
    "RFC9112-3.2-Host-duplicate": "RFC 9112 §3.2: a request with more than one Host field line must get 400",
    "RFC9112-3.2-Host-duplicate-HTTP10": "RFC 9112 §3.2: the 400 for several or invalid Host lines applies to any request message, HTTP/1.0 included",
    "RFC9112-3.2-Host-invalid-IP-literal": "RFC 9112 §3.2 with RFC 3986 §3.2.2: a malformed IP literal is an invalid Host value that must get 400",
    "RFC9112-3.2-Host-invalid-characters": "RFC 9112 §3.2 with RFC 3986 §3.2.2: these octets cannot appear in uri-host, so the Host value is invalid and must get 400",
    "RFC9112-3.2-Host-invalid-port": "RFC 9112 §3.2 with RFC 3986 §3.2.3: port is digits only after one colon, so this Host value is invalid and must get 400",
    "RFC9112-3.2-Host-missing-HTTP11": "RFC 9112 §3.2: an HTTP/1.1 request without Host must get 400",
    "RFC9112-3.2-Host-with-path-query-fragment": "RFC 9112 §3.2: Host is uri-host and port only; a slash, question mark or hash makes it invalid and it must get 400",
    "RFC9112-3.2-Host-with-userinfo": "RFC 9112 §3.2: Host has no userinfo; an at-sign makes it invalid and it must get 400",
    "RFC9112-3.2.2-absolute-form-accepted": "RFC 9112 §3.2.2: a server must accept the absolute-form of request-target",
    "RFC9112-3.2.2-absolute-form-overrides-Host": "RFC 9112 §3.2.2: with an absolute-form target the server ignores Host, so a differing Host must not cause a 400",
    "RFC9112-3.2.3-authority-form-only-for-CONNECT": "RFC 9112 §3.2.3: authority-form is for CONNECT only; with GET the request-line should get 400",
    "RFC9112-5-field-name-not-a-token": "RFC 9110 §5.1/RFC 9112 §2.2: a field name that is not a token should get 400 and a close",
    "RFC9112-5.1-OWS-around-field-value": "RFC 9112 §5.1: whitespace around a field value is not part of it, so the padded value must be read as the plain one",
    "RFC9112-5.1-whitespace-before-colon": "RFC 9112 §5.1: a server must reject with 400 a request with whitespace between a field name and its colon",
    "RFC9112-5.2-obs-fold": "RFC 9112 §5.2: an obs-fold in a request must get 400 or be replaced by SP; unfolded, this Host is invalid, so 400 either way",
    "RFC9112-5.2-obs-fold-in-framing-field": "RFC 9112 §5.2/§6.1: a fold in a framing field must get 400 or be unfolded; unfolded, both framing fields are present and the server must close",
    "RFC9112-6.1-TE-OWS-and-list-forms": "RFC 9112 §6.1 with RFC 9110 §5.5: whitespace around chunked is not part of the value, so the body must be read as chunked",
    "RFC9112-6.1-TE-and-CL-together": "RFC 9112 §6.1: with both Transfer-Encoding and Content-Length the server may reject or frame by chunked, and either way must close the connection after responding",
    "RFC9112-6.1-TE-in-HTTP10-request": "RFC 9112 §6.1: Transfer-Encoding in an HTTP/1.0 request means faulty framing and the server must close after processing it",
    "RFC9112-6.1-chunked-supported": "RFC 9112 §6.1: every recipient must be able to parse the chunked coding",
    "RFC9112-6.3-CL-empty-or-internal-whitespace": "RFC 9112 §6.3 item 5: an invalid Content-Length (empty, or whitespace inside the number) must get 400 and a close",
    "RFC9112-6.3-CL-identical-values": "RFC 9112 §6.1/§6.3: beside Transfer-Encoding chunked the server must reject or frame by chunked and close; it must not keep the connection",
    "RFC9112-6.3-CL-invalid-syntax": "RFC 9112 §6.1/§6.3: beside Transfer-Encoding chunked the server must reject or frame by chunked and close; it must not keep the connection",
    "RFC9112-6.3-TE-chunked-not-final": "RFC 9112 §6.3 item 4: a Transfer-Encoding whose final coding is not chunked must get 400 (or 501) and a close, never Content-Length framing",
    "RFC9112-6.3-TE-empty-or-malformed-value": "RFC 9112 §6.3 item 4: a Transfer-Encoding without chunked as final coding must get 400 and a close, never Content-Length framing",
    "RFC9112-6.3-TE-overrides-CL": "RFC 9112 §6.3 item 3: Transfer-Encoding overrides Content-Length, so the answer comes once the chunked body ends, and the connection then closes",
    "RFC9112-7.1.1-chunk-ext-malformed": "RFC 9112 §7.1.1/§6.1: the malformed extension should be rejected, and with Content-Length also present the server must close after responding",
    "RFC9112-7.1.1-chunk-ext-quoted-string": "RFC 9112 §7.1.1 with RFC 9110 §5.6.4: a quoted-string extension value is valid and the chunked body must be accepted",
    "RFC9112-7.1.2-trailer-bare-LF": "RFC 9112 §2.2: a lone LF ending a trailer line may be accepted or rejected, with consistent framing; this outcome is neither",
    "RFC9112-9.3-HTTP10-keep-alive": "RFC 9112 §9.3 and Appendix C.2.2: an HTTP/1.0 keep-alive request may persist or close, and the response must say which (keep-alive exactly when it persists)",
    "RFC9112-9.3-close-signalled-when-server-closes": "RFC 9112 §9.6: a server closing after a request with close should say close in its response",
    "RFC9112-9.3.2-pipelined-responses-in-order": "RFC 9112 §9.3.2: responses to pipelined requests must be sent in the order of the requests",
    "RFC9110-9.3.6-CONNECT-empty-or-invalid-port": "RFC 9110 §9.3.6: a server must reject a CONNECT whose target port is empty or invalid, typically with 400",
    "RFC9112-6.1-TE-chunked-twice": "RFC 9112 §6.1/§7: chunked must not be applied twice, so the length is unknown (400 and close), and beside Content-Length the server must close after responding in any case",
    "RFC9112-6.3-CL-differing-values": "RFC 9112 §6.3 item 5: Content-Length values that differ make the framing invalid; the server must answer 400 and close, never pick one",
    "RFC9112-7.1-chunk-lines-bare-CR": "RFC 9112 §2.2/§7.1: a bare CR in a chunk line is invalid (or SP, which still breaks the line), so the body must be rejected and the connection closed",
    "RFC9112-7.1-chunk-size-not-hex": "RFC 9112 §7.1: chunk-size is hex digits only; any other octet makes the chunked body invalid, which should get 400 and a close",
    "RFC9112-7.1-chunk-size-surrounding-whitespace": "RFC 9112 §7.1: the chunk-size line allows no whitespace around the size (only BWS before an extension); the line is invalid and should get 400 and a close",
    "RFC9112-7.1-chunk-size-overflow": "RFC 9112 §7.1: a recipient must guard against chunk sizes that overflow its integers and reject what it cannot hold (400 or 413 and a close), never wrap or misframe",
    "RFC9112-7.1-chunk-data-length-mismatch": "RFC 9112 §7.1: chunk-data is exactly chunk-size octets followed by CRLF; anything else is an invalid body that should get 400 and a close",
    "RFC9112-7.1-chunk-lines-bare-LF": "RFC 9112 §7.1 and §2.2: chunk lines end in CRLF; a lone LF there should be rejected with a close (or taken as a line end consistently), and this outcome is neither",
    "RFC9112-7.1-last-chunk-and-terminator": "RFC 9112 §7.1: the last chunk (zeros, optional extensions) and the trailer section's empty line end the body; a valid one must be accepted and an incomplete one must not be answered as complete",
    "RFC9112-7.1.1-chunk-extensions-ignored": "RFC 9112 §7.1.1: a recipient must ignore chunk extensions it does not recognize, so this valid chunked body must be accepted",
    "RFC9112-7.1.1-chunk-ext-BWS": "RFC 9112 §7.1.1: BWS is allowed around the semicolon and equals sign of a chunk extension, so this valid chunked body must be accepted",
    "RFC9112-7.1.1-chunk-ext-CR-LF-NUL": "RFC 9112 §7.1.1 and §2.2: a bare CR, lone LF or NUL cannot appear in a chunk extension; the body is invalid and is to be rejected with a close",
    "RFC9112-7.1.1-chunk-ext-length-limit": "RFC 9112 §7.1.1: a server should limit chunk extensions and answer an oversized one with a 4xx (and close), not a server error or an unbounded read",
    "RFC9112-7.1.2-trailer-section-accepted": "RFC 9112 §7.1.2: a trailer section after the last chunk is part of valid chunked framing and must be accepted",
    "RFC9112-7.1.2-trailer-malformed-field-line": "RFC 9112 §7.1.2 and §5: a malformed trailer field line makes the message invalid; it should be rejected with 400 and a close",
    "RFC9112-6.1-no-TE-or-CL-in-1xx-and-204": "RFC 9112 §6.1 and RFC 9110 §8.6: a server must not send Transfer-Encoding or Content-Length in a 1xx or 204 response",
    "RFC9112-6.3-CL-list-with-empty-or-invalid-member": "RFC 9112 §6.3 item 5: a Content-Length list with an empty or invalid member is an invalid value; the server must answer 400 and close",
    "RFC9112-6.1-TE-unknown-coding-501": "RFC 9112 §6.1: a server receiving a transfer coding it does not understand should answer 501 and close",
    "RFC9112-3-leading-trailing-whitespace-in-request-line": "RFC 9112 §3: the request-line is method SP target SP version with nothing around it; other whitespace makes it invalid and it should get 400",
    "RFC9112-3.1-method-not-a-token": "RFC 9112 §3.1 with RFC 9110 §9.1: the method is a token; any other octet makes the request-line invalid and it should get 400",
    "RFC9112-3.2-CTL-or-NUL-in-target": "RFC 9112 §3.2 with RFC 3986: a control octet cannot appear in a request-target; it should get 400",
    "RFC9112-3.2-disallowed-octets-in-target": "RFC 9112 §3.2 with RFC 3986: this octet is not allowed in a request-target; it should get 400",
    "RFC9112-3.2-whitespace-in-target": "RFC 9112 §3 and §3.2: whitespace cannot appear inside a request-target, so the request-line is invalid and should get 400",
    "RFC9112-3.2.1-origin-form-legal-characters": "RFC 9112 §3.2.1 with RFC 3986 §3.3: this origin-form (empty segments, sub-delims, colon, at-sign, percent-encodings included) is valid and must not get a syntax 400",
    "RFC9112-2.3-HTTP10-request-accepted": "RFC 9112 §2.3 with RFC 9110 §6.2: HTTP/1.0 shares the major version, so the request should be processed normally; 505 is for a major version the server does not support",
    "RFC9112-9.3-HTTP10-closes-by-default": "RFC 9112 §9.3: an HTTP/1.0 request without keep-alive should be answered and the connection then closed",
    "RFC9112-9.6-graceful-close-no-reset": "RFC 9112 §9.6: after its response to a request with close the server closes in stages, reading and discarding what follows; answering those octets is not closing",
    "RFC9112-9.6-request-Connection-close": "RFC 9112 §9.6: after the response to a request with the close option the server must close and must not process any later request on the connection",
    "RFC9112-9.6-server-sent-close-stops-processing": "RFC 9112 §9.6: after sending a response with the close option the server must not process any further request on that connection",
    "RFC9112-2.2-bare-CR-as-line-terminator": "RFC 9112 §2.2: a lone CR never ends a line, so this header section is not complete and must not be acted on",
    "RFC9112-3-separator-leniency": "RFC 9112 §3: the request-line parts are separated by one SP; a recipient may split on runs of whitespace or reject, and this outcome is neither",
    "RFC9112-7.1.2-trailer-not-merged": "RFC 9112 §7.1.2 with RFC 9110 §6.5.1: a framing field in a trailer must not be merged into the header section or frame anything",
    "RFC9112-9.2-one-final-response-per-request": "RFC 9112 §9.2/§9.3.2: one final response per request, none for octets of a body; after rejecting the invalid framing nothing else is answered",
    "RFC9110-8.6-CL-large-value-no-overflow": "RFC 9110 §8.6: a recipient must not let a huge Content-Length overflow; it rejects (400 or 413) or waits for the body, and never loses the framing",
    "RFC9112-9.6-half-close-after-complete-request": "RFC 9112 §9.6: a half-close after a complete request does not cancel it; the server still answers",
}

# (target, rule regex, reason) for cells the app causes, not the server.
APP = [
    ("netty", r"^RFC9112-9\.3-HTTP10-keep-alive$",
     "app: with Netty the handler announces a persisting HTTP/1.0 connection (Connection: keep-alive), as Netty's own examples do; NettyApp keeps the connection as HttpUtil.isKeepAlive says but does not add the header, so the persisted connection is not announced"),
    ("python", r"^RFC9112-6\.(1|3)-|^RFC9112-7\.|^RFC9110-5\.6\.1-list-field-parsing",
     "app: python-app.py frames the body itself (http.server has none) and answers any Transfer-Encoding 501 with a close, so this framing verdict measures the app"),
]

# (target regex, rule, title regex or None, observed regex, reason) for FAILs that h1proof's grading
# gets wrong or that are open to dispute: the verdict is recorded as the run gives it, the reason
# says why it does not stand, and the report to the lead lists each one for a grading fix.
DISPUTED = [
    (r".", "RFC9110-9.3.6-CONNECT-empty-or-invalid-port", None, r"^status (3\d\d|404|405)",
     "disputed FAIL (h1proof grading): the server refused to open a tunnel (a %s, no 2xx), which rejects the CONNECT as RFC 9110 §9.3.6 requires (400 is only 'typically'); the scenario's own text says any non-2xx rejection conforms, but the grading counts a 3xx/404 as accepted"),
    (r"^gunicorn$", "RFC9110-5.5-other-CTL-in-field-value", None, r"^status 200, connection closed$",
     "disputed FAIL (h1proof grading): gunicorn's sync worker closes every connection after its response and says Connection: close, which RFC 9112 §9.6 permits; the rule allows accepting the octet with the connection open but not with this announced close"),
    (r"^gunicorn$", "RFC9110-10.1.1-unknown-expectation", None, r"^status 200, connection closed$",
     "disputed FAIL (h1proof grading): the unknown expectation is ignored as RFC 9110 §10.1.1 allows; the close that follows is gunicorn's sync worker closing every connection with Connection: close, which RFC 9112 §9.6 permits"),
    (r".", "RFC9110-7.8-upgrade-to-unoffered-protocol", None, r"^status 400",
     "disputed FAIL (h1proof grading): the server did not switch protocols, which is all RFC 9110 §7.8 requires here; refusing a valid request with 400 is unhelpful but is not what the cited MUST forbids"),
]

DISPUTED += [
    (r".", "RFC9110-7.8-100-before-101", None, r"^status 4",
     "disputed FAIL (h1proof grading): no 101 was sent, so the order RFC 9110 §7.8 asks for (100 before 101) was not broken; the server refused the upgrade request instead, which the cited MUST does not forbid"),
    (r"^(uvicorn|hypercorn)$", "RFC9112-9.3-HTTP10-keep-alive", None, r"^status 400",
     "disputed FAIL (h1proof grading): h11 answers the valid HTTP/1.0 keep-alive request with 400 once it sees a second request pipelined behind it; a wrong answer, but RFC 9112 §9.3 and Appendix C.2.2, which the rule cites, only say whether the connection may persist and how that is announced"),
    (r"^gunicorn$", "RFC9110-9.3.2-HEAD-response-has-no-content", None, r"^status 200, connection closed$",
     "disputed FAIL (h1proof grading): the HEAD response ends at its empty line (no content); gunicorn's sync worker then closes with Connection: close, as it does after every response (RFC 9112 §9.6 allows it), so the pipelined request is left for the client to retry; nothing in RFC 9110 §9.3.2 is broken"),
    (r"^(uvicorn|netty)$", "RFC9110-6.2-unsupported-major-version-505", None, r"then status 400",
     "disputed FAIL (h1proof grading): the server reads the HTTP/2 preface as two HTTP/1 messages, PRI * HTTP/2.0 (answered by the app's 405, an 'accepted' outcome the rule permits) and the line SM (400); two answers to what it parsed as two requests, which the one-response-per-request check counts as one"),
]

DISPUTED += [
    (r"^gunicorn$", "RFC9112-2.2-bare-LF-field-lines", None, r"^status 200, connection closed$",
     "disputed FAIL (h1proof grading): gunicorn accepted the lone LF (permitted by RFC 9112 §2.2) and then closed with Connection: close, as its sync worker does after every response (RFC 9112 §9.6 allows it); the rule permits acceptance only with the connection open"),
    (r"^gunicorn$", "RFC9112-2.2-extra-CRLF-between-pipelined-requests", None, r"^status 200, connection closed$",
     "disputed FAIL (h1proof grading): gunicorn answered the first request and closed with Connection: close, as after every response (RFC 9112 §9.6 allows it), so the request after the empty line was never read; the FAIL rests on the close, not on how the empty line was handled"),
    (r"^gunicorn$", "RFC9112-5.2-obs-fold-in-framing-field", "a folded Content-Length value", r"^status 200, connection closed$",
     "disputed FAIL (h1proof grading): gunicorn answered and closed with Connection: close, as after every response (RFC 9112 §9.6 allows it), so the canary that would show how the folded Content-Length framed the body was never read; the FAIL rests on the close alone"),
    (r"^jdkhttp$", "RFC9112-3-separator-leniency", None, r"^status 404, connection closed$",
     "disputed FAIL (h1proof grading): the JDK server split on the two spaces (the leniency RFC 9112 §3 permits), answered from its context lookup (404) and closed with Connection: close, which RFC 9112 §9.6 allows after any response"),
    (r"^jdkhttp$", "RFC9112-7.1.2-trailer-not-merged", None, r"^no response, connection closed$",
     "disputed FAIL (h1proof grading): the JDK server closes without answering a chunked body with a trailer section (it does not take trailers at all, a separate failure under RFC9112-7.1.2-trailer-section-accepted); nothing was merged, and the rule tolerates a rejection"),
]

APPS = {
    "h1proof": "the reference server (./h1proof serve) answers every request itself; no app",
    "h2o": "Debian H2O serving the static file index.html (file.dir handler, no app)",
    "caddy": "Debian Caddy serving the static file index.html (file_server, no app)",
    "uvicorn": "scripts/servers/asgi_app.py (reads the body, routes the standard methods)",
    "hypercorn": "scripts/servers/asgi_app.py (reads the body, routes the standard methods)",
    "gunicorn": "scripts/servers/wsgi_app.py (reads the body, routes the standard methods)",
    "twisted": "scripts/servers/twisted_app.py (reads the body, routes the standard methods)",
    "tomcat10": "AppServlet (matrix-servers) as the ROOT webapp: reads the body, routes the standard methods",
    "jetty9": "AppServlet (javax copy) as the ROOT webapp: reads the body, routes the standard methods",
    "jetty12": "matrix-servers JettyApp: core Handler, reads the body, routes the standard methods",
    "netty": "matrix-servers NettyApp: HttpServerCodec + HttpServerExpectContinueHandler + handler; reads the body, routes the standard methods, answers a request Netty failed to decode 400 and closes",
    "tomcat11": "matrix-servers TomcatApp: AppServlet on /*, reads the body, routes the standard methods",
    "undertow": "matrix-servers UndertowApp: receiveFullBytes, routes the standard methods",
    "vertx": "matrix-servers VertxApp: request.body(), routes the standard methods, 100-continue handled by Vert.x",
    "jdkhttp": "matrix-servers JdkHttpApp: reads the body, routes the standard methods",
    "helidon": "matrix-servers-jdk21 HelidonApp: reads the entity, routes the standard methods",
    "ktor": "matrix-servers-jdk21 KtorApp: one call interceptor reads the body, routes the standard methods",
    "haproxy": "HAProxy (mode http) in front of scripts/servers/go-app; judged as an origin server",
    "varnish": "Varnish (builtin VCL) in front of scripts/servers/go-app; judged as an origin server",
    "trafficserver": "Apache Traffic Server (remap, cache off) in front of scripts/servers/go-app; judged as an origin server",
    "squid": "Squid accelerator (caching denied) in front of scripts/servers/go-app; judged as an origin server",
}


def observed(reason):
    """The observed part of a runner reason: 'status 200, connection open' etc."""
    m = re.match(r"observed (.*?); permitted: ", reason)
    if m:
        return m.group(1)
    m = re.match(r"not an HTTP/1\.x response: (.*)", reason)
    if m:
        return ("an answer that is no HTTP/1.x response (" + m.group(1)[:70]
                + "…): an error page without a status-line, as HTTP/0.9 would answer")
    return reason[:120]


def propose(target, result):
    verdict = result["verdict"]
    reason = result["reason"]
    for t, pattern, text in APP:
        if t == target and re.search(pattern, result["id"]):
            return text
    obs = observed(reason)
    if verdict == "FAIL":
        for t, rule, title, pattern, text in DISPUTED:
            if (re.search(t, target) and rule == result["id"]
                    and (title is None or re.search(title, result["title"]))
                    and re.search(pattern, obs)):
                return text % obs.split(",")[0] if "%s" in text else text
    if verdict == "WARN":
        return "WARN reviewed: " + reason
    if verdict == "INCONCLUSIVE":
        return "INCONCLUSIVE reviewed: " + reason
    if verdict == "SKIP":
        return "SKIP reviewed: " + reason
    requirement = REQUIREMENTS.get(result["id"])
    if requirement is None:
        return None
    return "correct FAIL: observed %s; %s" % (observed(reason), requirement)


def jackson(reviewed):
    """The file in the runner's layout (Jackson's default pretty printer), so diffs stay small."""
    q = lambda v: json.dumps(v, ensure_ascii=False)
    head = '{\n  "schema" : %s,\n  "server" : %s,\n  "app" : %s,\n  "scenarios" : [ ' % (
        q(reviewed["schema"]), q(reviewed["server"]), q(reviewed["app"]))
    def varies(e):
        return '    "varies" : [ %s ],\n' % ", ".join(q(v) for v in e["varies"]) if e.get("varies") else ""
    items = ['{\n    "rule" : %s,\n    "title" : %s,\n    "verdict" : %s,\n%s    "reason" : %s\n  }' % (
        q(e["rule"]), q(e["title"]), q(e["verdict"]), varies(e), q(e["reason"])) for e in reviewed["scenarios"]]
    return head + ", ".join(items) + (" ]" if items else "]") + "\n}\n"


def main(argv):
    write = "--write" in argv
    redo = "--redo" in argv  # propose again for every entry, not only the UNREVIEWED ones
    targets = [a for a in argv if not a.startswith("--")]
    missing_total = 0
    for target in targets:
        full = os.path.join(root, "target", "matrix", target, "report.json")
        path = os.path.join(root, "reports", "reviewed", target + ".json")
        results = {(r["id"], r["title"]): r for r in json.load(open(full))["results"]}
        with open(path, encoding="utf-8") as f:
            text = f.read()
        reviewed = json.loads(text)
        proposals = {}
        missing = []
        for e in reviewed["scenarios"]:
            if "UNREVIEWED" not in e["reason"] and not redo:
                continue
            r = results.get((e["rule"], e["title"]))
            reason = propose(target, r) if r else None
            if reason is None:
                missing.append("%s \"%s\" %s" % (e["rule"], e["title"], e["verdict"]))
            else:
                proposals[(e["rule"], e["title"])] = reason
        if not write:
            for k, v in proposals.items():
                print("%s | %s | %s | %s" % (target, k[0], k[1], v))
        for m in missing:
            print("%s: no proposal for %s" % (target, m), file=sys.stderr)
        missing_total += len(missing)
        if write:
            for e in reviewed["scenarios"]:
                key = (e["rule"], e["title"])
                if key in proposals:
                    e["reason"] = proposals[key]
            if "UNREVIEWED" in reviewed["app"] and APPS.get(target):
                reviewed["app"] = APPS[target]
            with open(path + ".tmp", "w", encoding="utf-8") as f:
                f.write(jackson(reviewed))
            os.replace(path + ".tmp", path)
            print("%s: %d reasons written, %d left UNREVIEWED" % (target, len(proposals), len(missing)))
    return 1 if missing_total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
