#!/usr/bin/env python3
"""Fills the reasons of a drafted reports/reviewed/<server>.json from the review (review/FINDINGS.md).

Usage: review/fill-reasons.py SERVER REPORT_JSON
Only entries whose reason is UNREVIEWED are touched, and only when a review rule below matches the
entry's rule id, title and verdict and the run's observation in REPORT_JSON; every other entry stays
UNREVIEWED, so the guard refuses the file until someone reviews it. The rules are the reviewer's
judgement, written once per family; FINDINGS.md has the evidence and the RFC sentences.
"""
import json
import re
import sys

APPS = {
    "nginx": "Debian nginx serving the static file index.html (no app): GET/HEAD 200; POST/PUT/DELETE"
    " get nginx's own 405 after it reads and discards the body; OPTIONS 405; unknown methods 405/400",
    "node": "scripts/servers/node-app.js on Node's http module: reads every body to the end; GET/HEAD 200"
    " 'hello', POST/PUT 200, OPTIONS 204, DELETE 200, other methods 405; no check of its own",
    "python": "scripts/servers/python-app.py on http.server: frames Content-Length bodies itself (digits"
    " only, else 400 + close); any Transfer-Encoding gets 501 + close (no chunked decoder); GET/HEAD 200,"
    " POST/PUT 200, OPTIONS 204, DELETE 200, other methods http.server's own 501",
    "go": "scripts/servers/go-app on Go net/http: reads every body to the end; GET/HEAD 200 'hello', POST/PUT"
    " 200, OPTIONS 204, DELETE 200, other methods 405; no check of its own",
    "hyper": "scripts/servers/hyper-app on Hyper 0.14 (HTTP/1 only): reads every body to the end; GET/HEAD 200"
    " 'hello', POST/PUT 200, OPTIONS 204, DELETE 200, other methods 405; no check of its own",
    "apache": "Debian Apache httpd (mpm_event, core + dir + mime) serving the static file index.html (no app):"
    " GET/HEAD/POST get the file with 200, PUT/DELETE 405, OPTIONS 200, unknown methods 501 and a close",
    "lighttpd": "Debian lighttpd serving the static file index.html (no app): GET/HEAD 200; a POST gets the"
    " file with 200 and Connection: close before its body is read; PUT/DELETE 501; OPTIONS 200",
}

WRONG = "wrong FAIL (issue #11 class {c}, FINDINGS {d}): "
DEBATABLE = "debatable (FINDINGS {d}): "
CORRECT = "correct FAIL: "

# (servers, rule-id regex, title regex or None, verdict, observed regex or None, reason)
RULES = [
    # Part 3 specifics (Go, Apache, lighttpd, Hyper); FINDINGS Part 3
    ("go lighttpd", r"RFC9112-4-status-line-syntax|RFC9110-2.2-response-header-section-grammar|RFC9112-9.3-close-signalled-when-server-closes|RFC9112-9.6-graceful-close-no-reset|RFC9112-9.3.2-pipelined-responses-in-order",
     None, "FAIL", r"^status 200",
     WRONG.format(c=1, d="D2") + "the empty Content-Length that should provoke the 400 was answered 200, so there is no 400 to judge"),
    ("go", r"RFC9112-9.2-one-final-response-per-request", r"rejected request followed", "FAIL", None,
     WRONG.format(c=1, d="D2") + "the empty Content-Length was taken as 0 (no rejection happened); that is FAILed under CL-empty"),
    ("hyper lighttpd", r"RFC9110-6.2-response-version", None, "FAIL", None,
     WRONG.format(c=1, d="D2") + "the rejection of HTTP/1.2 is well-formed and claims no 1.2; the rejection is judged under higher-minor-version"),
    ("lighttpd", r"RFC9112-3.2-Host-missing-HTTP11", r"HTTP/1.2", "FAIL", r"status 505",
     WRONG.format(c=1, d="D2") + "lighttpd refuses HTTP/1.2 with 505 before looking at Host; precondition: HTTP/1.2 accepted"),
    ("hyper", r"RFC9112-9.6-server-sent-close-stops-processing", None, "FAIL", None,
     WRONG.format(c=1, d="D2") + "Hyper sent no 400 and no close (it never validates Host; FAILed under RFC9112-3.2-Host-*)"),
    ("lighttpd", r"RFC9112-6.3-no-CL-no-TE-means-empty-body", None, "FAIL", r"status 501 then status 200",
     WRONG.format(c=1, d="D2") + "501 (method not implemented) then the canary's 200: the empty body is proven, which is the rule"),
    ("lighttpd", r"RFC9112-6-framing-independent-of-method", None, "FAIL", r"status 501",
     WRONG.format(c=1, d="D2") + "DELETE is not implemented (501 + close), so the body was never framed"),
    ("lighttpd", r"RFC9112-6.3-CL-empty-or-internal-whitespace", None, "FAIL", r"status 411",
     DEBATABLE.format(d="D5") + "411 + close instead of the 400 RFC 9112 §6.3 names; the close keeps the framing safe"),
    ("lighttpd", r"RFC9112-6.3-TE-empty-or-malformed-value|RFC9112-9.2-one-final-response-per-request", None, "FAIL", r"status 411",
     WRONG.format(c=6, d="D5") + "one 411 and a close: rejected and closed, only 400 is permitted today"),
    ("lighttpd", r"RFC9112-2.2-bare-CR-in-request-line|RFC9112-3-leading-trailing-whitespace-in-request-line|RFC9112-3-request-line-wrong-word-count", None, "FAIL", r"status 501",
     WRONG.format(c=6, d="D5") + "lighttpd takes the first word as an unknown method: 501 and a close reject the request-line"),
    ("lighttpd go", r"RFC9110-5.6.1-list-field-parsing|RFC9112-5.2-obs-fold-in-framing-field", None, "FAIL", r"status 501",
     DEBATABLE.format(d="D5") + "rejected with 501 and a close, which is safe; 400 would be WARN for the same act (class 8)"),
    ("lighttpd", r"RFC9110-6.2-unsupported-major-version-505", r"HTTP/2 connection preface", "FAIL", None,
     WRONG.format(c=9, d="D10") + "lighttpd answers the preface with an HTTP/2 SETTINGS frame (h2c prior knowledge), not garbage"),
    ("lighttpd", r"(?!RFC9112-3.2-Host-)", None, "FAIL", r"^status 200, connection closed$",
     WRONG.format(c=4, d="D4") + "lighttpd answers a POST at once with 200 and Connection: close, before reading the body"),
    ("hyper", r"RFC9112-9.6-half-close-after-complete-request", None, "FAIL", r"no response, connection closed",
     "correct FAIL but timing-dependent (FINDINGS D13): Hyper's default http1_half_close(false) closes on the read EOF,"
     " racing the response; 1 of 3 whole runs lost it, 8 of 8 single replays answered"),
    ("lighttpd", r"RFC9112-3.2-Host-empty-or-out-of-range-port", r"leading zeros", "WARN", None,
     "WARN reviewed, port-dependent (class 7, FINDINGS D12): lighttpd reads :0PORT as octal; 200 on the guard's fixed"
     " port 47316 (all octal digits), 400 on a port with an 8 or 9"),
    ("go hyper", r"RFC9110-5.5-LF-inside-field-value", r"inject Transfer-Encoding", "INCONCLUSIVE", None,
     "INCONCLUSIVE, bytes with a second reading (class 5, FINDINGS D9): Content-Length 5 equals the chunked body's length, so the canary cannot tell"),
    ("go hyper", r"RFC9112-6.1-TE-and-CL-together|RFC9112-6.3-TE-overrides-CL|RFC9112-6.1-TE-in-HTTP10-request", None, "FAIL", r"connection (open|closed)",
     CORRECT + "Transfer-Encoding and Content-Length together are processed as chunked and the connection is not closed after the response (RFC 9112 §6.1 MUST close)"),
    ("go", r"RFC9112-5.2-obs-fold-in-framing-field", None, "FAIL", r"then status 200",
     CORRECT + "the folded TE is unfolded and processed next to Content-Length with the connection kept open"),
    ("go", r"RFC9112-6.3-CL-empty-or-internal-whitespace", None, "FAIL", None,
     CORRECT + "an empty Content-Length is taken as 0 and the canary answered; RFC 9112 §6.3 MUST 400 and close"),
    ("go", r"RFC9112-7.1.1-chunk-ext-CR-LF-NUL", None, "FAIL", r"then status 200",
     DEBATABLE.format(d="D6") + "Go skips chunk extensions without looking at their octets; framed as sent, canary answered"),
    ("hyper", r"RFC9112-7.1.2-trailer-bare-LF", None, "FAIL", None,
     CORRECT + "the request after a lone-LF trailer line is swallowed as trailer text (FINDINGS D11: a framing defect graded at MAY)"),
    ("hyper", r"RFC9110-10.1.1-expect-ignored-for-HTTP10", None, "FAIL", None,
     CORRECT + "Hyper sends 100 Continue to an HTTP/1.0 client (RFC 9110 §10.1.1 MUST ignore the expectation)"),
    ("lighttpd", r"RFC9110-7.2-Host-valid-forms", None, "FAIL", None,
     CORRECT + "a valid Host with an underscore (unreserved in reg-name) is rejected with 400"),
    ("lighttpd", r"RFC9112-3.2.2-absolute-form-", None, "FAIL", None,
     CORRECT + "a valid absolute-form request is rejected with 400 (RFC 9112 §3.2.2 MUST accept it and ignore Host)"),
    ("lighttpd", r"RFC9110-7.8-upgrade-ignored-for-HTTP10", None, "FAIL", None,
     CORRECT + "an Upgrade in an HTTP/1.0 request gets 400 instead of being ignored (RFC 9110 §7.8 MUST ignore)"),
    ("lighttpd hyper", r"RFC9112-3-target-too-long-414", None, "FAIL", r"status 431",
     CORRECT + "a too-long target gets 431, not the 414 RFC 9112 §3 requires"),
    ("apache hyper", r"RFC9112-6.1-TE-unknown-coding-501", None, "FAIL", None,
     CORRECT + "an unknown coding before chunked is ignored and the body decoded as chunked (SHOULD 501, RFC 9112 §6.1)"),
    ("apache", r"RFC9110-4.2.1-http-URI-with-empty-host", None, "FAIL", None,
     CORRECT + "Apache resolves absolute-form targets and accepts an http URI with an empty host (RFC 9110 §4.2.1 MUST reject)"),
    ("apache hyper", r"RFC9112-3.2.1-origin-form-must-start-with-slash|RFC9112-3.2.3-authority-form-only-for-CONNECT", None, "FAIL", r"status 200",
     CORRECT + "an invalid request-target is accepted (SHOULD 400, RFC 9112 §3.2)"),
    ("go hyper apache lighttpd", r"RFC9112-2.2-non-HTTP-octets-400-close", None, "INCONCLUSIVE", None,
     "INCONCLUSIVE: the server waits for a line feed a TLS ClientHello never sends, silent at 2 s (FINDINGS D9)"),
    # D1: canary after Connection: close
    ("node", r"RFC9112-9.6-request-Connection-close|RFC9110-7.6.1-connection-option-parsing|RFC9110-5.6.1-list-field-parsing|RFC9112-9.3-HTTP10-closes-by-default|RFC9112-9.6-graceful-close-no-reset",
     None, "FAIL", r"status 400, connection (closed|reset)",
     WRONG.format(c=2, d="D1") + "the canary is sent in the same write after close (a client MUST NOT); Node answers 400"
     " and closes; sent after the response, Node answers 200 and closes"),
    # D2: preconditions
    ("nginx", r"RFC9112-6.1-no-TE-or-CL-in-1xx-and-204", None, "FAIL", None,
     WRONG.format(c=1, d="D2") + "OPTIONS * got 400, so there is no 1xx/204 response to judge"),
    ("node", r"RFC9110-6.2-response-version", None, "FAIL", None,
     WRONG.format(c=1, d="D2") + "the 400 says HTTP/1.1, so the version rule is kept; the 400 is WARN under higher-minor-version"),
    ("node python", r"RFC9112-9.6-server-sent-close-stops-processing", None, "FAIL", None,
     WRONG.format(c=1, d="D2") + "the server sent no 400 and no close (the Host defect is FAILed under its own rule)"),
    ("python", r"RFC9112-2.2-whitespace-before-first-field", None, "FAIL", None,
     WRONG.format(c=1, d="D2") + "http.server accepts any request without Host, so a 200 says nothing about the space-led line"),
    ("python", r"RFC9112-2.2-bare-CR-in-field-line", r"after the Host value", "FAIL", None,
     WRONG.format(c=1, d="D2") + "with the CR replaced by SP the Host value is invalid, and http.server never validates Host"
     " (FAILed under RFC9112-3.2-Host-*)"),
    ("python", r"RFC9110-5.5-NUL-in-field-value", r"Host", "FAIL", None,
     WRONG.format(c=1, d="D2") + "NUL replaced by SP still leaves an invalid Host, which http.server never validates"),
    ("python", r"RFC9112-5.2-obs-fold$", r"a fold after the Host value", "FAIL", None,
     WRONG.format(c=1, d="D2") + "an unfolded Host is invalid, and http.server never validates Host"),
    ("python", r"RFC9110-10.1.1-100-continue-sent-promptly", None, "FAIL", None,
     WRONG.format(c=1, d="D2") + "100 Continue was sent at once (the rule), then 501 because the app has no chunked decoder"),
    ("python", r"RFC9112-9.2-one-final-response-per-request|RFC9112-9.3-read-body-or-close", None, "FAIL", r"status 501",
     WRONG.format(c=1, d="D2") + "one 501 and a close: exactly one response and nothing after the body is read"),
    ("python", r"RFC9110-5.5-LF-inside-field-value", r"inject Transfer-Encoding", "FAIL", None,
     WRONG.format(c=5, d="D2/D5") + "RFC 9112 §2.2 lets a recipient end a line at a lone LF; then TE+CL get 501 and a close, which is safe"),
    ("python", r"RFC9112-6.1-TE-and-CL-together|RFC9112-6.3-TE-overrides-CL|RFC9112-6.1-TE-in-HTTP10-request", None, "FAIL", r"status 501",
     WRONG.format(c=6, d="D5") + "501 and a close reject the message and close as RFC 9112 §6.1 requires; only 400 is permitted today"),
    ("python", r"RFC9112-6.1-chunked-supported|RFC9112-2.1-baseline-valid-requests", None, "FAIL", r"status 501",
     CORRECT + "the app answers 501 to every Transfer-Encoding: http.server has no chunked decoder (RFC 9112 §6.1 MUST parse chunked)"),
    ("python", r"RFC9112-[67]|RFC9110-5.1-field-name-case-insensitive|RFC9110-5.6.1-list-field-parsing|RFC9110-15.5.14|RFC9112-8-incomplete-chunked-body",
     None, "FAIL", r"status 501",
     WRONG.format(c=1, d="D2") + "precondition not met: chunked is not supported at all (501 + close, FAILed once under"
     " RFC9112-6.1-chunked-supported); the chunk rule itself was never exercised"),
    # D3
    ("nginx", r"RFC9112-6.3-TE-overrides-CL", None, "FAIL", r"status 400, connection open",
     WRONG.format(c=3, d="D3") + "nginx answers 400 with Connection: close and closes at 5.0 s (lingering close); the run stops reading at 2 s"),
    # D4
    ("nginx", r"RFC9112-7.1-chunk-size-overflow|RFC9110-15.5.14-content-too-large", None, "FAIL", r"status 405, connection open",
     WRONG.format(c=4, d="D4") + "nginx answers 405 at once and keeps reading the announced chunk; the canary is body, not a wrap-around"),
    # D5
    ("nginx", r"RFC9110-5.6.1-list-field-parsing", None, "FAIL", r"status 501",
     DEBATABLE.format(d="D5") + "`,chunked` rejected with 501 + close is FAIL while 400 + close is WARN (class 8); the list"
     " MUST is broken either way"),
    ("node", r"RFC9110-9.3.6-CONNECT-empty-or-invalid-port|RFC9112-3.2.3-CONNECT-with-non-authority-target", None, "FAIL", r"no response, connection closed",
     WRONG.format(c=6, d="D5") + "Node closes every CONNECT without a response (no connect handler); a close rejects it"),
    # D6: accepted what a SHOULD rejects, framed consistently
    ("nginx node go apache hyper", r"RFC9112-7.1.1-chunk-ext-malformed|RFC9112-7.1.1-chunk-ext-CR-LF-NUL|RFC9112-7.1.2-trailer-malformed-field-line|RFC9112-7.1-chunk-size-not-hex",
     None, "FAIL", r"then status 200, connection open",
     DEBATABLE.format(d="D6") + "read leniently and framed as sent (the canary got its own 200); the same observation is"
     " WARN under chunk-size-surrounding-whitespace (class 8); SHOULD level"),
    ("nginx", r"RFC9112-7.1-chunk-data-length-mismatch", r"less data", "FAIL", None,
     WRONG.format(c=5, d="D6") + "`5\\r\\nhell\\r\\n` is also a 5-octet chunk `hell\\r` and a lone LF, which nginx reads; the canary got its own 200"),
    ("nginx python", r"RFC9112-2.3-version-digit-format", None, "FAIL", r"status 200",
     DEBATABLE.format(d="D6") + "accepted a malformed version (SHOULD 400, RFC 9112 §2.2); http/1.1 in lower case is WARN for the same act"),
    ("node", r"RFC9112-3-HTTP09-style-request", None, "FAIL", None,
     DEBATABLE.format(d="D6") + "Node answers a full HTTP/1.1 200 and closes; requirements.md says this is a WARN, the scenario FAILs it"),
    ("nginx python", r"RFC9112-5-field-line-without-colon", None, "FAIL", r"status 200",
     DEBATABLE.format(d="D6") + "the line without a colon is ignored and the request answered (SHOULD 400, RFC 9112 §2.2)"),
    ("nginx go hyper", r"RFC9112-3-overlong-method-501", None, "FAIL", r"status 405",
     DEBATABLE.format(d="D6") + "the unknown long method is rejected with 405, while Node's 400 is WARN for the same SHOULD (501)"),
    ("node python", r"RFC9112-2.2-no-processing-after-framing-error", None, "FAIL", None,
     DEBATABLE.format(d="D6") + "the malformed line was accepted, so no framing error happened for the server; the canary's 200 is its own"),
    # D7
    ("node python go hyper", r"RFC9110-4.2.1-http-URI-with-empty-host", None, "FAIL", None,
     DEBATABLE.format(d="D7") + "the app never processes the target (routes by method only), the library passes it through unchecked"),
    ("nginx node python go apache lighttpd hyper", r"RFC9110-7.4-https-target-over-cleartext", None, "FAIL", None,
     CORRECT + "an https target over cleartext is answered 200 (RFC 9110 §7.4 MUST reject); unless from a trusted gateway, none here (FINDINGS D7)"),
    ("node python go hyper", r"RFC9112-3.2.4-asterisk-only-for-OPTIONS", None, "FAIL", None,
     CORRECT + "`*` accepted for a method other than OPTIONS (SHOULD 400); the app ignores the target, see FINDINGS D7"),
    # D8
    ("python", r"RFC9110-6.2-unsupported-major-version-505|RFC9112-2.2-bare-CR-in-request-line", None, "FAIL", r"unparseable",
     CORRECT + "http.server answers an HTML error page without a status line (HTTP/0.9 style), not an HTTP/1.1 response"),
    # correct FAILs
    ("nginx node python go lighttpd hyper", r"RFC9112-3.2-Host-", None, "FAIL", r"status 200",
     CORRECT + "an invalid, duplicate or missing Host is answered 200; RFC 9112 §3.2 requires 400"),
    ("nginx node", r"RFC9112-5.1-OWS-around-field-value|RFC9112-6.1-TE-OWS-and-list-forms", None, "FAIL", r"status (400|501)",
     CORRECT + "HTAB around a field value is not treated as OWS (RFC 9112 §5.1): the valid request is rejected"),
    ("nginx", r"RFC9112-3.2.4-OPTIONS-asterisk-accepted", None, "FAIL", r"status 400",
     CORRECT + "a valid OPTIONS * is answered 400 as if it were a syntax error (SHOULD be processed or get 501)"),
    ("node", r"RFC9112-3-target-too-long-414", None, "FAIL", r"status 431",
     CORRECT + "a too-long target gets 431, not the 414 RFC 9112 §3 requires (Node counts the request-line into its header limit)"),
    ("node", r"RFC9110-7.6.1-connection-option-parsing", r"tabs", "FAIL", r"then status 200",
     CORRECT + "`Connection:\\tclose\\t` is not honoured: 200 with keep-alive, canary answered (OWS includes HTAB)"),
    ("node", r"RFC9112-9.3.2-pipelined-responses-in-order", None, "FAIL", r"status 400",
     CORRECT + "only a 400 comes back: the two valid GETs before the bad request are never answered, so the 400 reads as the first answer"),
    ("node", r"RFC9112-6.1-TE-unknown-coding-501", None, "FAIL", None,
     CORRECT + "an unknown coding before chunked is ignored and the body decoded as chunked (SHOULD 501, RFC 9112 §6.1)"),
    ("python", r"RFC9110-7.6.1-connection-option-parsing|RFC9110-5.6.1-list-field-parsing", None, "FAIL", r"then status 200",
     CORRECT + "http.server compares the whole Connection value with `close`, so close inside a list is not honoured"),
    ("python", r"RFC9112-9.3-HTTP10-keep-alive", None, "FAIL", None,
     CORRECT + "an HTTP/1.0 keep-alive connection persists but the answer lacks Connection: keep-alive (RFC 9112 §9.3)"),
    ("python", r"RFC9112-5.1-whitespace-before-colon", None, "FAIL", None,
     CORRECT + "whitespace between field name and colon is accepted; RFC 9112 §5.1 MUST 400"),
    ("python", r"RFC9112-2.2-bare-CR-in-field-line", r"field name", "FAIL", None,
     CORRECT + "a bare CR inside a field name is accepted (RFC 9112 §2.2: reject, or replace by SP, which leaves no token)"),
    ("python", r"RFC9112-5.2-obs-fold$", r"folds into Host", "FAIL", None,
     CORRECT + "the space-led TE line is unfolded into Host and the chunk bytes are then read as a request (garbage answer)"),
    ("python", r"RFC9112-5-field-name-not-a-token", None, "FAIL", None,
     CORRECT + "a field name with a space is accepted and the chunk bytes are then read as a request (garbage answer)"),
    ("python", r"RFC9112-5.2-obs-fold-in-framing-field", None, "FAIL", r"status 501",
     WRONG.format(c=1, d="D2") + "the folded Transfer-Encoding was seen and got the app's 501 + close; chunked is not supported at all"),
    ("python", r"RFC9110-5.5-NUL-in-field-value", None, "FAIL", None,
     CORRECT + "a NUL in a field value is accepted unchanged (RFC 9110 §5.5: reject or replace by SP)"),
    ("python", r"RFC9112-3.2-CTL-or-NUL-in-target|RFC9112-3.2.1-origin-form-must-start-with-slash|RFC9112-3.2.3-authority-form-only-for-CONNECT", None, "FAIL", r"status 200",
     CORRECT + "an invalid request-target is accepted (SHOULD 400, RFC 9112 §3.2); the app ignores the target"),
    ("python", r"RFC9112-2.2-leading-empty-line", None, "FAIL", None,
     CORRECT + "an empty line before the request-line makes http.server close without an answer (SHOULD ignore it, RFC 9112 §2.2)"),
    ("python", r"RFC9112-2.2-extra-CRLF-between-pipelined-requests", None, "FAIL", None,
     CORRECT + "a CRLF between pipelined requests makes http.server close after the first answer (SHOULD skip it)"),
    # INCONCLUSIVE
    ("nginx python go apache lighttpd hyper", r"RFC9112-2.2-bare-CR-in-field-line|RFC9110-5.5-LF-inside-field-value|RFC9110-5.5-NUL-in-field-value|RFC9112-5.2-obs-fold$",
     None, "INCONCLUSIVE", r"status 200",
     "INCONCLUSIVE as designed: 200, and replacing the octet by SP is permitted; only an echo tells (FINDINGS D9 proposes a decisive form)"),
    ("python", r"RFC9112-2.2-non-HTTP-octets-400-close", None, "INCONCLUSIVE", None,
     "INCONCLUSIVE: http.server waits for a line feed a TLS ClientHello never sends, silent at 2 s (FINDINGS D9)"),
]

WARN_NOTES = {
    "accepted, connection closed, canary not answered": "answered early and closed, so the body's framing is not shown",
    "accepted, connection open": "accepted (or answered early and kept reading)",
    "accepted, connection open, canary answered": "accepted leniently and framed as sent",
}


def reason(server, entry, result):
    observed = result["reason"].split(";")[0].replace("observed ", "")
    for servers, rule, title, verdict, seen, text in RULES:
        if server not in servers.split():
            continue
        if entry["verdict"] != verdict or not re.match(rule, entry["rule"]):
            continue
        if title and not re.search(title, entry["title"]):
            continue
        if seen and not re.search(seen, observed):
            continue
        return text
    if entry["verdict"] == "WARN":
        matched = result.get("matchedOutcome") or ""
        note = WARN_NOTES.get(matched, "an outcome the RFC permits")
        return f"WARN reviewed: {matched}: {note}; permitted, not preferred"
    return None


def jackson(reviewed):
    """The layout h1proof's --write-verdicts writes (Jackson's default pretty printer), so diffs stay small."""
    q = lambda v: json.dumps(v, ensure_ascii=False)
    head = "".join(f"  {q(k)} : {q(reviewed[k])},\n" for k in ("schema", "server", "app"))
    entries = [
        "{\n" + ",\n".join(f"    {q(k)} : {q(e[k])}" for k in ("rule", "title", "verdict", "reason")) + "\n  }"
        for e in reviewed["scenarios"]
    ]
    body = "[ " + ", ".join(entries) + " ]" if entries else "[ ]"
    return "{\n" + head + f'  "scenarios" : {body}\n' + "}\n"


def main():
    server, report_path = sys.argv[1], sys.argv[2]
    path = f"reports/reviewed/{server}.json"
    reviewed = json.load(open(path))
    results = {(r["id"], r["title"]): r for r in json.load(open(report_path))["results"]}
    reviewed["app"] = APPS[server] if reviewed["app"].startswith("UNREVIEWED") else reviewed["app"]
    left = 0
    for entry in reviewed["scenarios"]:
        if entry["reason"] != "UNREVIEWED":
            continue
        result = results.get((entry["rule"], entry["title"]))
        text = reason(server, entry, result) if result else None
        if text:
            entry["reason"] = text
        else:
            left += 1
            print(f"left UNREVIEWED: {entry['verdict']} {entry['rule']} \"{entry['title']}\"", file=sys.stderr)
    with open(path, "w") as f:
        f.write(jackson(reviewed))
    print(f"{path}: {len(reviewed['scenarios'])} entries, {left} left UNREVIEWED")


if __name__ == "__main__":
    main()
