#!/usr/bin/env python3
"""The FAIL audit: every FAIL cell of the committed matrix, flagged by the three ways a FAIL has
been found wrong on real servers, and replayed against the real server.

  (c) ending        the verdict rests on how the exchange ended on our side, not on the server:
                    a reset (a response sent just before it may be lost), silence at our read
                    timeout, or a connection we judged open although a close after our wait would
                    have been a permitted outcome;
  (b) precondition  the rule's precondition is not visible in the evidence: a pipelined follow-up
                    or persistence judged after the server announced its close, after a first
                    response that was a rejection or the app's own 404/405, or that never completed;
  (a) rejection     the server turned the message away (a 4xx/5xx rejection, or a close without a
                    response) where the rule or its RFC sentence might permit a refusal.

Commands (standard library only; `scan` and `block` read only the committed JSON, so they are
deterministic and take well under a second):
  scan [REPORTS] [--target T] [--class c|b|a] [--json]
                     lists every flagged FAIL: target, rule, scenario number, title, classes, why
  replay URL TARGET [--class c|b|a] [--rule ID] [--wait S] [--out FILE] [REPORTS]
                     sends the bytes of TARGET's flagged FAIL cells again to URL, one connection
                     each, reading until the server closes, resets, or stays silent for --wait
                     seconds (default 15) after its last byte, and prints what came back, when
                     and how the connection ended (JSON lines with --out)
  confirm [--write [--overturn]] TARGET...
                     decides each flagged cell of TARGET from its replay (target/audit/<target>.jsonl)
                     and its long-wait rerun (target/audit/<target>-long/report.json, both written by
                     `reports/generate --replay TARGET`): confirmed when the rerun FAILs again, the
                     replay saw the same statuses and the same ending, and for class (a) the rule is
                     in READINGS (its sentence names the status or makes the message valid); with
                     --write, writes the confirmed reasons into reviewed/<target>.json; prints the
                     others (overturned: the rerun or the replay disagrees with the FAIL); with
                     --overturn also writes theirs, beginning "wrong FAIL (replayed" (for cells whose
                     FAIL rested on the run's waits; a rulebook fix is applied by regenerating)
  targets [REPORTS]  the targets with a flagged cell;  rules --target T: their rule ids as --rule=
  block [REPORTS]    the README's generated FAIL-audit block (reports/lib/matrix.py renders it)

A flagged cell counts as replayed when its reviewed reason (reviewed/<target>.json) begins
"confirmed FAIL (replayed" : the reviewer replayed it and wrote what was sent, what came back,
when the connection ended and which sentence it breaks.
"""
import json
import os
import re
import socket
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REPLAYED = "confirmed FAIL (replayed"
OVERTURNED = "wrong FAIL (replayed"
CLASSES = ["c", "b", "a"]
CLASS_NAMES = {"c": "ending", "b": "precondition", "a": "rejection"}
# The statuses the rulebook's `rejected` covers (features/README.md, Outcomes).
REJECTIONS = {400, 414, 431, 501, 505, 500, 502, 503, 504}


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def targets(reports):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import matrix  # the target list, in matrix order
    return [t for t in matrix.TARGETS if os.path.exists(os.path.join(reports, t, "report.json"))]


def decode(notation):
    """The bytes a committed `octets` string stands for (the rulebook's notation, one line)."""
    out = bytearray()
    i = 0
    while i < len(notation):
        c = notation[i]
        if c == "\\":
            if i + 1 == len(notation):
                break  # an escape cut by the trim
            e = notation[i + 1]
            if e == "x":
                if not re.fullmatch(r"[0-9a-fA-F]{2}", notation[i + 2:i + 4]):
                    break  # an escape cut by the trim
                out.append(int(notation[i + 2:i + 4], 16))
                i += 4
                continue
            out += {"r": b"\r", "n": b"\n", "t": b"\t", "s": b" ", "0": b"\0"}.get(e, e.encode())
            i += 2
            continue
        out += c.encode("latin-1")
        i += 1
    return bytes(out)


def parse_reason(reason):
    """(observed items, connection, permitted outcomes) from a runner reason; items are strings
    such as 'status 400', 'interim 100', 'no response'."""
    m = re.match(r"observed (.*?); permitted: (.*)$", reason)
    if not m:
        return None
    observed, permitted = m.group(1), m.group(2).split(" | ")
    parts = [p.strip() for p in observed.split(",")]
    items = parts[0].split(" then ")
    connection = next((p for p in parts[1:] if p.startswith("connection ")), "")
    return items, connection, permitted


def statuses(items):
    return [int(x.split()[1]) for x in items if x.startswith("status ")]


def first_head(received):
    """The first response's header section as text (lower case), or ''."""
    text = decode(received or "").decode("latin-1")
    end = text.find("\r\n\r\n")
    return (text if end < 0 else text[:end]).lower()


def announced_close(received):
    return re.search(r"\r\nconnection:[ \t]*[^\r\n]*\bclose\b", first_head(received)) is not None


def flags(target, s):
    """[(class, why)] for one FAIL scenario of the compact report."""
    out = []
    reason = s["reason"]
    parsed = parse_reason(reason)
    received = (s.get("received") or {}).get("octets") or ""
    conn = s.get("connection")
    if conn == "RESET":
        out.append(("c", "the connection was reset: a response the server sent just before the reset "
                         "can be lost on our side"))
    if parsed is None:
        # "not an HTTP/1.x response: ..." and the like: judged on the bytes alone.
        return out
    items, connection, permitted = parsed
    codes = statuses(items)
    finals = [x for x in items if not x.startswith("interim ")]
    if conn == "OPEN":
        if finals == ["no response"] or not finals:
            out.append(("c", "no response and the connection still open: silence at our read timeout"))
        elif any("connection closed" in p and all(st in p or "accepted" in p or "rejected" in p
                                                  for st in ["status %d" % c for c in codes[:1]])
                 for p in permitted):
            out.append(("c", "judged open, where a close after the same answer is permitted: did the "
                             "server close after our wait ended?"))
    pipelined = any("canary" in p or " then " in p or "keep-alive" in p for p in permitted)
    if pipelined or re.search(r"RFC9112-9\.", s["id"]):
        if announced_close(received) and len(codes) <= 1 and all(
                "canary answered" in p or "connection open" in p or " then " in p for p in permitted):
            out.append(("b", "the first response announced Connection: close, after which no "
                             "follow-up or persistence is due, and every permitted outcome needs one"))
        if codes and codes[0] in (404, 405) and len(codes) > 1:
            out.append(("b", "the follow-up is judged after the app's own %d to the message under "
                             "test, which may have come before its body was read" % codes[0]))
        if s.get("received") and (s["received"].get("length") or 0) > 0 and not codes:
            out.append(("b", "no complete first response: the follow-up's precondition never happened"))
    request_line = decode((s.get("sent") or {}).get("octets") or "").split(b"\r\n", 1)[0]
    if request_line.endswith(b" HTTP/1.0") and codes[:1] == [505] \
            and s["id"] != "RFC9112-2.3-HTTP10-request-accepted":
        out.append(("b", "the server refuses HTTP/1.0 itself (505), which RFC9112-2.3-HTTP10-request-"
                         "accepted judges once; this rule's precondition, a processed HTTP/1.0 "
                         "request, never happened"))
    rejected = (codes[:1] and codes[0] in REJECTIONS | {411, 413, 417, 421, 403, 426}) or \
        (finals == ["no response"] and conn in ("CLOSED", "RESET"))
    if rejected and not any(p.startswith("status %d" % codes[0]) if codes else p.startswith("no response")
                            for p in permitted):
        out.append(("a", "the server refused the message (%s, connection %s), where only %s is "
                         "permitted: does the rule or its sentence allow a refusal?"
                    % (items[0], conn.lower(), " | ".join(permitted)[:120])))
    return out


def scan(reports):
    """Every FAIL of the committed reports: (target, scenario, flags)."""
    rows = []
    for t in targets(reports):
        run = load(os.path.join(reports, t, "report.json"))
        for s in run["scenarios"]:
            if s["verdict"] == "FAIL":
                rows.append((t, s, flags(t, s)))
    return rows


def reviewed_reasons(reports, target):
    path = os.path.join(reports, "reviewed", target + ".json")
    if not os.path.exists(path):
        return {}
    return {(e["rule"], e["title"]): e["reason"] for e in load(path)["scenarios"]}


def summary(reports):
    rows = scan(reports)
    flagged = [r for r in rows if r[2]]
    per_class = {c: sum(1 for r in flagged if any(f[0] == c for f in r[2])) for c in CLASSES}
    reasons = {}
    replayed = 0
    overturned = 0
    for t, s, _ in flagged:
        if t not in reasons:
            reasons[t] = reviewed_reasons(reports, t)
        reason = reasons[t].get((s["id"], s["title"]), "")
        if reason.startswith(REPLAYED):
            replayed += 1
        elif reason.startswith(OVERTURNED):
            overturned += 1
    return {"fails": len(rows), "flagged": len(flagged), "classes": per_class, "replayed": replayed,
            "overturned": overturned,
            "targets": sorted({t for t, _, _ in flagged})}


def block(reports):
    s = summary(reports)
    lines = [
        "| FAIL cells | flagged | (c) ending | (b) precondition | (a) rejection | replayed and confirmed "
        "| replayed and found wrong | not settled |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        "| %d | %d | %d | %d | %d | %d | %d | %d |" % (
            s["fails"], s["flagged"], s["classes"]["c"], s["classes"]["b"], s["classes"]["a"],
            s["replayed"], s["overturned"], s["flagged"] - s["replayed"] - s["overturned"]),
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# replay


def exchange(host, port, data, wait):
    """Writes data on a new connection while a reader drains the answer; returns what came back,
    when each part arrived, and how the connection ended: 'closed' (FIN), 'reset', or 'open'
    (silent for `wait` seconds after the last byte, then closed by us)."""
    sock = socket.create_connection((host, port), timeout=5)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    got = bytearray()
    marks = []
    state = {"end": None, "at": None}
    t0 = time.monotonic()

    def reader():
        sock.settimeout(wait)
        while True:
            try:
                chunk = sock.recv(65536)
            except socket.timeout:
                state["end"] = "open"
                break
            except OSError:
                state["end"] = "reset"
                break
            if not chunk:
                state["end"] = "closed"
                break
            if len(got) < 65536:
                got.extend(chunk[:65536 - len(got)])
            marks.append(round((time.monotonic() - t0) * 1000))
        state["at"] = round((time.monotonic() - t0) * 1000)

    th = threading.Thread(target=reader, daemon=True)
    th.start()
    write_error = None
    try:
        sock.sendall(data)
    except OSError as e:
        write_error = type(e).__name__
    th.join(wait + 60)
    sock.close()
    return {"received": bytes(got), "end": state["end"], "endMillis": state["at"],
            "firstByteMillis": marks[0] if marks else None, "lastByteMillis": marks[-1] if marks else None,
            "writeError": write_error}


def status_lines(data):
    return re.findall(rb"HTTP/\d\.\d \d{3}[^\r\n]*", data)


def breaks(rule, title):
    """True when the scenario's bytes are not written in one go (a pause, an await, a shutdown, or
    a canary written after the response): the compact `sent` cannot replay it faithfully."""
    features = os.path.join(ROOT, "features")
    for name in sorted(os.listdir(features)):
        if not name.endswith(".feature"):
            continue
        text = open(os.path.join(features, name), encoding="utf-8").read()
        if rule not in text:
            continue
        for block in re.split(r"\n\s*(?=Scenario)", text):
            first = block.split("\n", 1)[0]
            if title in first and rule in text:
                return bool(re.search(r"\{(pause|await|shutdown)\}|canary request after the response",
                                      block))
    return False


def replay_one(host, port, committed_port, s, fl, wait):
    data = decode((s.get("sent") or {}).get("octets") or "")
    if port != committed_port:
        data = data.replace(b":%d" % committed_port, b":%d" % port)
    r = exchange(host, port, data, wait)
    lines = [x.decode("latin-1") for x in status_lines(r["received"])]
    return {"target": None, "id": s["id"], "n": s["n"], "title": s["title"],
            "classes": [f[0] for f in fl], "committed": s["reason"], "sent": len(data),
            "statusLines": lines, "received": r["received"][:2048].decode("latin-1"),
            "end": r["end"], "endMillis": r["endMillis"], "firstByteMillis": r["firstByteMillis"],
            "lastByteMillis": r["lastByteMillis"], "writeError": r["writeError"]}


def describe(r, wait):
    after = "" if r["lastByteMillis"] is None else " (%d ms after its last byte)" % (
        r["endMillis"] - r["lastByteMillis"])
    return "%s; %d octets back; %s at %s ms%s%s" % (
        " / ".join(r["statusLines"]) or "no status-line", len(r["received"]),
        {"closed": "closed by the server", "reset": "reset by the server",
         "open": "still open after %gs of silence" % wait}[r["end"]], r["endMillis"], after,
        ", our write failed (%s)" % r["writeError"] if r["writeError"] else "")


def replay(args):
    url, target = args[0], args[1]
    opts = {}
    rest = []
    i = 2
    while i < len(args):
        if args[i] in ("--class", "--rule", "--wait", "--out"):
            opts[args[i]] = args[i + 1]
            i += 2
        else:
            rest.append(args[i])
            i += 1
    reports = rest[0] if rest else os.path.join(ROOT, "reports")
    m = re.match(r"http://([^/:]+):(\d+)", url)
    if not m:
        print("audit: replay needs an http://HOST:PORT URL", file=sys.stderr)
        return 2
    host, port = m.group(1), int(m.group(2))
    wait = float(opts.get("--wait", "15"))
    committed_port = load(os.path.join(reports, target, "report.json"))["matrix"]["port"]
    # The baseline: when does this server close an idle connection after a valid request?
    idle = exchange(host, port, b"GET / HTTP/1.1\r\nHost: %s:%d\r\n\r\n" % (host.encode(), port), wait)
    baseline = {"target": target, "id": "baseline", "title": "GET / then idle",
                "statusLines": [x.decode("latin-1") for x in status_lines(idle["received"])],
                "end": idle["end"], "endMillis": idle["endMillis"],
                "lastByteMillis": idle["lastByteMillis"]}
    print("baseline GET /: " + describe(dict(baseline, received=idle["received"], writeError=None), wait))
    jobs = []
    skipped = []
    for t, s, fl in scan(reports):
        if t != target or not fl:
            continue
        if "--class" in opts and not any(f[0] == opts["--class"] for f in fl):
            continue
        if "--rule" in opts and s["id"] != opts["--rule"]:
            continue
        sent = s.get("sent") or {}
        if sent.get("trimmed") or breaks(s["id"], s["title"]):
            skipped.append(s)
            continue
        jobs.append((s, fl))
    results = [None] * len(jobs)

    def work(k):
        s, fl = jobs[k]
        try:
            results[k] = replay_one(host, port, committed_port, s, fl, wait)
        except OSError as e:
            results[k] = {"id": s["id"], "n": s["n"], "title": s["title"], "error": str(e)}

    threads = []
    for k in range(len(jobs)):
        th = threading.Thread(target=work, args=(k,), daemon=True)
        threads.append(th)
        th.start()
        while sum(1 for x in threads if x.is_alive()) >= 12:
            time.sleep(0.01)
    for th in threads:
        th.join()
    out = open(opts["--out"], "w", encoding="utf-8") if "--out" in opts else None
    if out:
        out.write(json.dumps(baseline) + "\n")
    for r in results:
        r["target"] = target
        if "error" in r:
            print("%s #%d %s: replay failed: %s" % (r["id"], r["n"], r["title"], r["error"]))
        else:
            print("%s #%d %s [%s]: %s" % (r["id"], r["n"], r["title"], ",".join(r["classes"]),
                                          describe(dict(r, received=r["received"].encode("latin-1")), wait)))
        if out:
            out.write(json.dumps(r) + "\n")
    for s in skipped:
        print("%s #%d %s: not written in one go or trimmed here; replayed by ./h1proof run --rule %s"
              % (s["id"], s["n"], s["title"], s["id"]))
        if out:
            out.write(json.dumps({"target": target, "id": s["id"], "n": s["n"], "title": s["title"],
                                  "skipped": True}) + "\n")
    if out:
        out.close()
    print("audit: %d flagged cells of %s replayed, %d left to ./h1proof run" % (len(jobs), target, len(skipped)))
    return 0


def flagged_rules(reports, target):
    return sorted({s["id"] for t, s, fl in scan(reports) if t == target and fl})


# Class (a): the rules whose sentence names the status, or makes the message valid, so that a
# refusal is no permitted outcome (read in /work/shared/rfc; the rule's outcomes say the same).
READINGS = {
    "RFC9112-3-target-too-long-414": "RFC 9112 §3 names the status: a server refusing a request-target longer than it will parse MUST answer 414",
    "RFC9110-5.6.1-list-field-parsing": "the message is valid: RFC 9110 §5.6.1 has a recipient parse and ignore empty list elements",
    "RFC9112-6.1-TE-OWS-and-list-forms": "the message is valid: OWS around list members is part of the list syntax (RFC 9110 §5.6.1) and chunked must be decoded (RFC 9112 §6.1)",
    "RFC9112-6.1-chunked-supported": "the message is valid: RFC 9112 §6.1 requires every HTTP/1.1 recipient to parse chunked",
    "RFC9112-6.3-TE-empty-or-malformed-value": "RFC 9112 §6.3 item 4 names the answer: 400 and a close (501 for an unknown coding, §6.1)",
    "RFC9112-6.3-TE-chunked-not-final": "RFC 9112 §6.3 item 4 names the answer: 400 and a close",
    "RFC9112-6.3-CL-invalid-syntax": "RFC 9112 §6.3 item 5 names the answer: 400 and a close",
    "RFC9112-6.3-CL-empty-or-internal-whitespace": "RFC 9112 §6.3 item 5 names the answer: 400 and a close",
    "RFC9112-6.3-CL-differing-values": "RFC 9112 §6.3 item 5 names the answer: 400 and a close",
    "RFC9112-6.3-CL-list-with-invalid-member": "RFC 9112 §6.3 item 5 names the answer: 400 and a close",
    "RFC9112-3.2.2-absolute-form-overrides-Host": "RFC 9112 §3.2.2: an origin server MUST ignore Host beside an absolute-form target, so the Host value cannot be the ground of a 400",
    "RFC9112-3.2.2-absolute-form-accepted": "RFC 9112 §3.2.2: a server MUST accept the absolute-form",
    "RFC9112-7.1.1-chunk-extensions-ignored": "the message is valid: RFC 9112 §7.1.1 has a recipient ignore unrecognized chunk extensions",
    "RFC9112-7.1.1-chunk-ext-quoted-string": "the message is valid: a quoted-string is a chunk-ext-val (RFC 9112 §7.1.1), to be ignored",
    "RFC9112-7.1.2-trailer-section-accepted": "the message is valid: a trailer section is part of chunked, which a recipient MUST be able to parse (RFC 9112 §7.1, §7.1.2)",
    "RFC9112-7.1.2-trailer-not-merged": "the message is valid: a trailer section is part of chunked, which a recipient MUST be able to parse (RFC 9112 §7.1, §7.1.2)",
    "RFC9112-7.1-last-chunk-and-terminator": "the message is valid chunked, which a recipient MUST be able to parse (RFC 9112 §7.1)",
    "RFC9112-5.2-obs-fold-in-framing-field": "RFC 9112 §5.2 names the refusal: 400, or the fold replaced by SP",
    "RFC9112-7.1.2-trailer-NUL-or-obs-fold": "RFC 9112 §5.2 names the refusal of an obs-fold: 400, or the fold replaced by SP",
    "RFC9112-3.2-Host-missing-HTTP11": "RFC 9112 §3.2 names the status: 400",
    "RFC9112-3.2-Host-duplicate-HTTP10": "RFC 9112 §3.2 names the status: 400",
    "RFC9110-5.4-fields-too-large": "RFC 9110 §5.4: a server that will not process fields that large MUST answer with a 4xx, so a close without any answer breaks it",
    "RFC9110-7.8-upgrade-ignored-for-HTTP10": "RFC 9110 §7.8: a server MUST ignore Upgrade in an HTTP/1.0 request, and this server accepts the same request without it",
    "RFC9112-5.1-OWS-around-field-value": "the message is valid: OWS before and after a field value is part of the field-line grammar (RFC 9112 §5.1)",
    "RFC9110-7.2-Host-valid-forms": "the message is valid: the Host value is a valid uri-host [ \":\" port ] (RFC 9110 §7.2)",
    "RFC9112-2.3-HTTP10-request-accepted": "HTTP/1.0 shares HTTP/1.1's major version, so 505 (RFC 9110 §15.6.6: the major version is not supported) is no answer to it; RFC 9112 §2.3 has it processed",
    "RFC9112-9.3.2-pipelined-responses-in-order": "RFC 9112 §9.3.2: responses to pipelined requests go in request order, so the lone 400 is paired by the client with the first, valid GET, whose own answer never comes",
    "RFC9112-2.2-extra-CRLF-between-pipelined-requests": "the first GET is complete and valid, yet only a 400 comes back, which the client pairs with that GET (RFC 9112 §9.3.2: responses in request order)",
    "RFC9110-8.6-CL-large-value-no-overflow": "RFC 9110 §8.6: the canary answered after the 500 shows the length wrapped to a small number (the body octets then the canary read as requests)",
    "RFC9110-6.2-response-version": "what fails is the response's own status-line: RFC 9110 §6.2 has a server send its highest supported version, HTTP/1.1, never HTTP/1.2",
    "RFC9112-7.1.1-chunk-ext-BWS": "the message is valid: BWS around chunk-extension delimiters is in the chunk-ext grammar (RFC 9112 §7.1.1) and RFC 9110 §5.6.3 has recipients accept it; a close without any answer processes nothing",
    "RFC9112-2.2-no-processing-after-framing-error": "RFC 9112 §6.3 item 4 names the answer to Transfer-Encoding without a final chunked: 400 and a close",
    "RFC9112-9.6-half-close-after-complete-request": "RFC 9112 §9.6: a client's half-close neither delimits the request nor means it no longer wants the answer, so closing without one drops a complete request (a MAY-level rule, advisory)",
    "RFC9112-3.2.1-origin-form-legal-characters": "the message is valid: every octet of the target is allowed in origin-form (RFC 9112 §3.2.1)",
}


def long_verdicts(target):
    """(rule, title) -> verdict of the long-wait rerun (target/audit/<target>-long), or {}."""
    path = os.path.join(ROOT, "target", "audit", target + "-long", "report.json")
    if not os.path.exists(path):
        return {}
    return {(r["id"], r["title"]): (r["verdict"], r["reason"]) for r in load(path)["results"]}


def replays(target):
    path = os.path.join(ROOT, "target", "audit", target + ".jsonl")
    if not os.path.exists(path):
        return {}, None
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    base = next((r for r in rows if r.get("id") == "baseline"), None)
    return {(r["id"], r["title"]): r for r in rows if r.get("id") != "baseline"}, base


def ending(r):
    if r["end"] == "open":
        return "the connection still open after 15 s of silence"
    gap = "" if r.get("lastByteMillis") is None else ", %d ms after its last byte" % (
        r["endMillis"] - r["lastByteMillis"])
    return "the connection %s at %d ms%s" % ("closed by the server" if r["end"] == "closed"
                                            else "reset by the server", r["endMillis"], gap)


def first_line(sent):
    """The first line of the sent octets, in the rulebook's notation (every octet visible)."""
    return (sent or "").split("\\r\\n", 1)[0][:60]


def decide(target, s, fl, replay_row, long_row, base):
    """('confirmed'|'overturned'|'differs'|'unreplayed', text)."""
    committed = parse_reason(s["reason"])
    if long_row is None:
        return "unreplayed", "no long-wait rerun"
    verdict, reason = long_row
    if verdict != "FAIL":
        return "overturned", "the rerun with long waits gives %s: %s" % (verdict, reason[:160])
    if replay_row is None or "error" in replay_row or replay_row.get("skipped"):
        replayed = None
    else:
        replayed = replay_row
        got = [int(x.split()[1]) for x in replay_row["statusLines"] if re.match(r"HTTP/\d\.\d \d{3}", x)]
        want = statuses(committed[0]) if committed else []
        if committed and (got[:len(want)] != want
                          or (len(got) > len(want) and s["connection"] in ("RESET", "CLOSED"))):
            return "differs", "the replay got %s where the run saw %s" % (got, want)
        judged_open = any(f[0] == "c" and f[1].startswith("judged open") for f in fl)
        if judged_open and replay_row["end"] != "open" and base and base.get("endMillis") \
                and replay_row["endMillis"] < 0.8 * base["endMillis"]:
            return "overturned", "the server closed %s, before its idle close (%s ms), where the run judged it open" % (
                ending(replay_row), base["endMillis"])
    if any(f[0] == "b" and "refuses HTTP/1.0" in f[1] for f in fl):
        return "overturned", ("the server refuses every HTTP/1.0 request with 505, judged once under "
                              "RFC9112-2.3-HTTP10-request-accepted; this rule's precondition, a "
                              "processed HTTP/1.0 request, never happened")
    if "a" in [f[0] for f in fl] and s["id"] not in READINGS:
        finals = statuses(committed[0]) if committed else []
        if len(finals) >= 2 and finals[0] in REJECTIONS:
            return "confirmed", replayed
        return "unreplayed", "a refusal whose reading is not done"
    return "confirmed", replayed


def confirm(args):
    write = "--write" in args
    names = [a for a in args if not a.startswith("--")]
    reports = os.path.join(ROOT, "reports")
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import review
    today = time.strftime("%Y-%m-%d", time.gmtime())
    tally = {}
    for target in names:
        rows, base = replays(target)
        longs = long_verdicts(target)
        path = os.path.join(reports, "reviewed", target + ".json")
        reviewed = load(path)
        entries = {(e["rule"], e["title"]): e for e in reviewed["scenarios"]}
        for t, s, fl in scan(reports):
            if t != target or not fl:
                continue
            key = (s["id"], s["title"])
            e = entries.get(key)
            if e is None or e["reason"].startswith(REPLAYED):
                continue
            outcome, detail = decide(target, s, fl, rows.get(key), longs.get(key), base)
            tally[outcome] = tally.get(outcome, 0) + 1
            if outcome != "confirmed":
                print("%s | %s #%d | %s | %s: %s" % (target, s["id"], s["n"], s["title"], outcome, detail))
                classes = [f[0] for f in fl]
                if outcome == "overturned" and "--overturn" in args and not e["reason"].startswith(OVERTURNED) \
                        and ("c" in classes or "b" in classes):
                    row = rows.get(key)
                    seen = "" if not row or row.get("skipped") or "error" in row else \
                        "; alone it got %s, %s" % (" / ".join(row["statusLines"]) or "no status-line", ending(row))
                    why = ("the FAIL rested on how the run's exchange ended (its read timeout or a reset), "
                           "not on what the server does" if "c" in classes
                           else "the rule was judged where its precondition never happened")
                    e["reason"] = "%s %s): %s%s; %s" % (OVERTURNED, today, detail, seen, why)
                continue
            old = re.sub(r"^(correct FAIL|FAIL reviewed)[:,]?\s*", "", e["reason"])
            if detail is None:
                how = "replayed by ./h1proof run --timeout 5s --close-wait 20s, which FAILs it again"
            else:
                how = "sent %d octets (%s), got %s, %s; h1proof run --timeout 5s --close-wait 20s FAILs it again" % (
                    detail["sent"], first_line(s["sent"]["octets"]),
                    " / ".join(detail["statusLines"]) or "no status-line", ending(detail))
            reading = ""
            if "a" in [f[0] for f in fl]:
                reading = ("; no refusal is permitted here: " + READINGS[s["id"]] if s["id"] in READINGS
                           else "; the refusal is not what fails: after it the server went on reading "
                                "the same connection and answered what followed the rejected message, "
                                "so its framing of that message decided what became a request")
            e["reason"] = "%s %s, %s): %s%s" % (REPLAYED, today, how, old, reading)
        if write:
            with open(path + ".tmp", "w", encoding="utf-8") as f:
                f.write(review.jackson(reviewed))
            os.replace(path + ".tmp", path)
    print("audit: " + ", ".join("%s %d" % kv for kv in sorted(tally.items())))
    return 0


def main(argv):
    if not argv:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    command, args = argv[0], argv[1:]
    if command == "replay":
        return replay(args)
    if command == "confirm":
        return confirm(args)
    only = {}
    rest = []
    i = 0
    while i < len(args):
        if args[i] in ("--target", "--class"):
            only[args[i]] = args[i + 1]
            i += 2
        elif args[i] == "--json":
            only["--json"] = True
            i += 1
        else:
            rest.append(args[i])
            i += 1
    reports = rest[0] if rest else os.path.join(ROOT, "reports")
    if command == "block":
        print(block(reports))
        return 0
    if command == "targets":
        print(" ".join(summary(reports)["targets"]))
        return 0
    if command == "rules":
        print(" ".join("--rule=" + r for r in flagged_rules(reports, only["--target"])))
        return 0
    if command != "scan":
        print("audit: unknown command %s (scan, replay, block)" % command, file=sys.stderr)
        return 2
    rows = scan(reports)
    shown = 0
    for t, s, fl in rows:
        if not fl or ("--target" in only and t != only["--target"]):
            continue
        if "--class" in only and not any(f[0] == only["--class"] for f in fl):
            continue
        shown += 1
        if "--json" in only:
            print(json.dumps({"target": t, "id": s["id"], "n": s["n"], "title": s["title"],
                              "flags": [{"class": c, "why": w} for c, w in fl]}))
        else:
            print("%s | %s #%d | %s | %s" % (t, s["id"], s["n"], s["title"],
                                             "; ".join("(%s) %s" % f for f in fl)))
    s = summary(reports)
    print("audit: %d FAIL cells, %d flagged (c %d, b %d, a %d), %d of them replayed and confirmed; "
          "%d listed" % (s["fails"], s["flagged"], s["classes"]["c"], s["classes"]["b"],
                         s["classes"]["a"], s["replayed"], shown), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
