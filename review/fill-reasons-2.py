#!/usr/bin/env python3
"""Second review pass, after the rulebook fixes of issue 11 (features/README.md, grading policy).

Usage: review/fill-reasons-2.py SERVER REPORT_JSON
Gives a reason to every entry of reports/reviewed/SERVER.json that is UNREVIEWED, or whose first-pass
reason called a FAIL "wrong" or "debatable" (those verdicts were re-read against the RFC here; the rules
below say what was decided). WARN and INCONCLUSIVE entries get the permitted outcome or the judgement
the run gave, read against the grading policy. Entries left without a rule are listed and keep
UNREVIEWED, so the guard refuses the file.
"""
import importlib.util
import json
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("first", os.path.join(here, "fill-reasons.py"))
first = importlib.util.module_from_spec(spec)
spec.loader.exec_module(first)

C = "correct FAIL: "
HIDDEN = (C + "framed as chunked with the connection kept open, so the request hidden after the last chunk was"
          " answered too (three responses); RFC 9112 §6.1: after a request with both Transfer-Encoding and"
          " Content-Length the server must close, and a front end framing by Content-Length would disagree")

# (servers or "*", rule regex, title regex or None, observed regex or None, reason), for FAILs
FAILS = [
    ("python", r".", None, r"^not an HTTP/1\.x response",
     C + "http.server answers with an HTML error page and no status-line (its HTTP/0.9-style error for a"
     " request-line it cannot parse): no HTTP/1.1 response at all, where the rule asks for a 400"),
    ("go", r"RFC9112-3.2.3-authority-form-only-for-CONNECT", None, r"octets after a HEAD response",
     C + "Go's 400 to this HEAD carries a body ('400 Bad Request'), so the bytes after its header section are"
     " no response (RFC 9110 §9.3.2: no content in a response to HEAD); broken HTTP whatever the target"),
    ("*", r"RFC9110-4.2.1-http-URI-with-empty-host", None, r"status 200",
     C + "an absolute-form http target with an empty host is served; RFC 9112 §3.2.2 makes the server take"
     " the host from an absolute-form target and RFC 9110 §4.2.1 requires rejecting an http URI with an"
     " empty host, whatever the app then does with the path"),
    ("*", r"RFC9110-5.6.1-list-field-parsing", r"empty element before chunked", r"status 501",
     C + "',chunked' is chunked after an empty list element, which RFC 9110 §5.6.1 says a recipient MUST"
     " parse and ignore; refusing the valid message with 501 breaks that MUST (a 400 would too)"),
    ("lighttpd", r"RFC9112-5.2-obs-fold-in-framing-field", None, r"status 501",
     C + "by the letter: RFC 9112 §5.2 requires a 400 or replacing the fold with SP (which frames the body as"
     " chunked); 501 is neither. Safe: the connection is closed"),
    ("lighttpd", r"RFC9112-6.3-CL-empty-or-internal-whitespace", None, r"status 411",
     C + "by the letter: RFC 9112 §6.3 requires 400 and a close for an invalid Content-Length; lighttpd"
     " answers 411 (it takes the empty value as no length) and closes, which is safe but not the named"
     " response"),
    ("lighttpd", r"RFC9112-6.3-TE-empty-or-malformed-value", None, r"status (411|200)",
     C + "by the letter: RFC 9112 §6.3 item 4 requires 400 and a close when Transfer-Encoding is present and"
     " chunked is not final; lighttpd treats the empty Transfer-Encoding as absent (411, or the"
     " Content-Length body) and closes, which is safe but not the named response"),
    ("node", r"RFC9112-6.3-TE-empty-or-malformed-value", r"next to Content-Length", r"then status 200",
     C + "the empty Transfer-Encoding is ignored, the body framed by Content-Length and the connection kept"
     " (the canary answered); RFC 9112 §6.3 item 4 requires 400 and a close, and a front end that honours"
     " the Transfer-Encoding line frames these bytes otherwise (replayed by hand: 200, 200, open)"),
    ("go hyper", r"RFC9112-6.1-TE-and-CL-together|RFC9112-6.3-CL-invalid-syntax|RFC9112-6.3-CL-identical-values"
     r"|RFC9112-6.1-TE-chunked-twice|RFC9110-5.5-LF-inside-field-value|RFC9112-7.1.1-chunk-ext-malformed", None,
     r"then status 200 then status 200, connection open", HIDDEN),
    ("*", r"RFC9112-9.3-close-signalled-when-server-closes", None, r"connection closed",
     C + "(SHOULD) the server closed after this response without the close option in it (RFC 9112 §9.6:"
     " a server that closes after a response should say so in it)"),
]

WARN_NOTES = [
    (r"^rejected", "turned away with a status other than the one the rule names, a SHOULD or MAY (grading"
     " policy: the rule's purpose is met)"),
    (r"^no response, connection closed", "closed without a response: a rejection (grading policy)"),
    (r"^accepted(, canary answered)?$", "accepted against a SHOULD, framed as the sender meant (grading policy:"
     " a SHOULD not followed, nothing misframed)"),
    (r"^accepted, connection closed", "answered early or leniently and closed, so nothing can be misframed"),
    (r"^bare body", "an HTTP/0.9 answer to a request-line without a version"),
    (r".", "an outcome the scenario lists as permitted by the RFC"),
]


def fail_reason(server, entry, observed):
    for servers, rule, title, seen, text in FAILS:
        if servers != "*" and server not in servers.split():
            continue
        if not re.match(rule, entry["rule"]):
            continue
        if title and not re.search(title, entry["title"]):
            continue
        if seen and not re.search(seen, observed):
            continue
        return text
    return None


def main():
    server, report_path = sys.argv[1], sys.argv[2]
    path = f"reports/reviewed/{server}.json"
    reviewed = json.load(open(path))
    results = {(r["id"], r["title"]): r for r in json.load(open(report_path))["results"]}
    left = 0
    for entry in reviewed["scenarios"]:
        stale = entry["reason"] == "UNREVIEWED" or (
            entry["verdict"] == "FAIL" and entry["reason"].startswith(("wrong", "debatable")))
        if not stale:
            continue
        result = results.get((entry["rule"], entry["title"]))
        text = None
        if result is not None:
            observed = result["reason"].split("; permitted")[0].replace("observed ", "")
            if entry["verdict"] == "FAIL":
                text = fail_reason(server, entry, observed) or first.reason(server, entry, result)
                if text and text.startswith(("wrong", "debatable")):
                    text = None
            elif entry["verdict"] == "WARN":
                matched = result["reason"].replace("permitted, not preferred: ", "")
                note = next(n for p, n in WARN_NOTES if re.search(p, matched))
                text = f"WARN reviewed: {matched}: {note}"
            elif entry["verdict"] == "INCONCLUSIVE":
                text = "INCONCLUSIVE reviewed: " + result["reason"]
        if text:
            entry["reason"] = text
        else:
            entry["reason"] = "UNREVIEWED"
            left += 1
            print(f"left UNREVIEWED: {entry['verdict']} {entry['rule']} \"{entry['title']}\"", file=sys.stderr)
    with open(path, "w") as f:
        f.write(first.jackson(reviewed))
    print(f"{path}: {len(reviewed['scenarios'])} entries, {left} left UNREVIEWED")


if __name__ == "__main__":
    main()
