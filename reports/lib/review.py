#!/usr/bin/env python3
"""Proposes reasons for the UNREVIEWED entries of reports/reviewed/<target>.json.

Usage: reports/lib/review.py [--write] TARGET...
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
    "RFC9110-7.8-upgrade-ignored-for-HTTP10": "RFC 9110 §7.8: a server must ignore Upgrade in an HTTP/1.0 request, so no 101",
    "RFC9110-7.8-upgrade-requires-connection-option": "RFC 9110 §7.8/§7.6.1: Upgrade without the upgrade connection option ought to be ignored; no 101",
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
    "RFC9112-9.6-half-close-after-complete-request": "RFC 9112 §9.6: a half-close after a complete request does not cancel it; the server still answers",
}

# (target, rule regex, reason) for cells the app causes, not the server.
APP = [
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
    "uvicorn ": "",
}


def observed(reason):
    """The observed part of a runner reason: 'status 200, connection open' etc."""
    m = re.match(r"observed (.*?); permitted: ", reason)
    if m:
        return m.group(1)
    m = re.match(r"not an HTTP/1\.x response: (.*)", reason)
    if m:
        return "no HTTP/1.x response (" + m.group(1)[:90] + ")"
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
    items = ['{\n    "rule" : %s,\n    "title" : %s,\n    "verdict" : %s,\n    "reason" : %s\n  }' % (
        q(e["rule"]), q(e["title"]), q(e["verdict"]), q(e["reason"])) for e in reviewed["scenarios"]]
    return head + ", ".join(items) + (" ]" if items else "]") + "\n}\n"


def main(argv):
    write = "--write" in argv
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
            if "UNREVIEWED" not in e["reason"]:
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
