#!/usr/bin/env python3
"""The published compliance matrix: compact reports, README blocks, index.html, and their check.

Used by reports/generate (see its header). Commands:
  targets                       prints the targets in matrix order, one line
  compact FULL DIR --target T --port P --version V --seconds S --reviewed FILE
                                writes DIR/report.json (compact: evidence only for non-PASS
                                results) and DIR/report.html from a full h1proof report.json
  timing REPORTS --seconds S --targets "T..." T=S...
                                records the regeneration time in REPORTS/generate.json
  recompact REPORTS FULL        compacts every target again from FULL/<target>/report.json
  render REPORTS                rewrites the generated blocks of README.md and index.html
  check REPORTS                 fails when README.md, index.html or any report.html differs from
                                what the JSON beside them gives, or a non-PASS verdict is not
                                reviewed in reviewed/<target>.json
Standard library only.
"""
import datetime
import html
import json
import os
import re
import sys

TARGETS = [
    "h1proof", "nginx", "apache", "lighttpd", "h2o", "caddy", "node", "python", "uvicorn",
    "gunicorn", "hypercorn", "twisted", "go", "hyper", "tomcat10", "jetty9", "jetty12", "netty",
    "tomcat11", "undertow", "vertx", "helidon", "ktor", "jdkhttp", "haproxy", "varnish",
    "trafficserver", "squid",
]
VERDICTS = ["PASS", "WARN", "FAIL", "INCONCLUSIVE", "SKIP"]
WORST = {"PASS": 0, "SKIP": 1, "WARN": 2, "INCONCLUSIVE": 3, "FAIL": 4}
LETTER = {"PASS": "P", "WARN": "W", "FAIL": "F", "INCONCLUSIVE": "I", "SKIP": "S"}
LEVELS = ["MUST", "SHOULD", "MAY"]
# Characters of notation kept per side in a committed report (the full report keeps 4096 octets):
# more for FAIL and INCONCLUSIVE, whose bytes a reader checks, than for WARN (a permitted outcome).
EVIDENCE_CHARS = 240
WARN_EVIDENCE_CHARS = 60
APP_PREFIX = "app:"
SMUGGLING = re.compile(
    r"smuggl|transfer-encoding|content-length|chunk|framing|te-|-te|cl-|desync|obs-fold|"
    r"bare-lf|bare-cr|lf-only|whitespace-before-colon", re.I)


def fail(message):
    print("matrix: " + message, file=sys.stderr)
    sys.exit(2)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def write(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def dump(value):
    """JSON with one line per top-level member and one line per result, so diffs stay small."""
    lines = []
    for k, v in value.items():
        if k in ("rules", "scenarios"):
            items = ",\n".join("  " + json.dumps(r, ensure_ascii=False, separators=(",", ":"))
                                for r in v)
            lines.append(' %s: [\n%s\n ]' % (json.dumps(k), items))
        else:
            lines.append(" %s: %s" % (json.dumps(k), json.dumps(v, ensure_ascii=False)))
    return "{\n" + ",\n".join(lines) + "\n}\n"


def esc(text):
    return html.escape(str(text), quote=True)


def anchor(result_key):
    return "s-" + re.sub(r"[^A-Za-z0-9_.-]", "_", result_key)


def rule_anchor(rule_id):
    return "r-" + re.sub(r"[^A-Za-z0-9_.-]", "_", rule_id)


def column(result):
    """The README matrix column of a result: its RFC and top-level section, small ones merged."""
    top = int(str(result["section"]).split(".")[0])
    if result["rfc"] == 9112:
        if top in (8, 9):
            return "9112 §8–9"
        if top in (4, 5):
            return "9112 §4–5"
        return "9112 §%d" % top
    if top <= 6:
        return "9110 §2–6"
    if top <= 9:
        return "9110 §7–9"
    return "9110 §10–17"


COLUMNS = ["9112 §2", "9112 §3", "9112 §4–5", "9112 §6", "9112 §7", "9112 §8–9",
           "9110 §2–6", "9110 §7–9", "9110 §10–17"]


# ---------------------------------------------------------------------------------------------
# compact


def review_key(result):
    return (result["id"], result["title"])


def accepts(entry, verdict):
    """Whether a reviewed entry matches a run's verdict: its own, or one it varies to between runs."""
    return entry["verdict"] == verdict or verdict in entry.get("varies", [])


def load_reviewed(path):
    reviewed = load(path)
    entries = {(e["rule"], e["title"]): e for e in reviewed.get("scenarios", [])}
    return reviewed, entries


def first_line(side):
    if side is None:
        return None
    octets = side.get("octets") or ""
    end = octets.find("\\r\\n")
    return side if end < 0 else dict(side, octets=octets[:end])


def trim(side, limit):
    if side is None:
        return None
    kept = {"length": side.get("length"), "octets": side.get("octets") or ""}
    if len(kept["octets"]) > limit:
        kept["octets"] = kept["octets"][:limit]
    if kept["octets"] != (side.get("octets") or "") or side.get("truncated"):
        kept["trimmed"] = True
    return kept


def rule_summary(results):
    """[rule id, level, worst verdict, scenarios, PASS scenarios] per rule, in rulebook order."""
    rules = {}
    for r in results:
        entry = rules.setdefault(r["id"], [r["id"], r["level"], "PASS", 0, 0])
        if WORST[r["verdict"]] > WORST[entry[2]]:
            entry[2] = r["verdict"]
        entry[3] += 1
        entry[4] += r["verdict"] == "PASS"
    return list(rules.values())


def column_counts(results):
    cells = {c: {v: 0 for v in VERDICTS} for c in COLUMNS}
    for r in results:
        cells[column(r)][r["verdict"]] += 1
    return cells


def compact(args):
    full, out = args[0], args[1]
    opts = dict(zip(args[2::2], args[3::2]))
    report = load(full)
    reviewed, entries = load_reviewed(opts["--reviewed"])
    seen = {}
    scenarios = []
    for r in report["results"]:
        seen[r["id"]] = seen.get(r["id"], 0) + 1
        if r["verdict"] == "PASS":
            continue
        ev = r.get("evidence") or {}
        limit = EVIDENCE_CHARS if r["verdict"] in ("FAIL", "INCONCLUSIVE") else WARN_EVIDENCE_CHARS
        entry = entries.get(review_key(r))
        scenarios.append({
            "id": r["id"], "n": seen[r["id"]], "level": r["level"], "rfc": r["rfc"],
            "section": r["section"], "title": r["title"], "verdict": r["verdict"],
            "reason": r["reason"],
            "connection": ev.get("connection"),
            # A WARN is a permitted outcome: its answer's first line is kept, not the request.
            "sent": trim(ev.get("sent"), limit) if r["verdict"] != "WARN" else None,
            "received": trim(first_line(ev.get("received")), limit) if r["verdict"] == "WARN"
            else trim(ev.get("received"), limit),
        })
    compacted = {
        "schema": "h1proof-matrix-run/1",
        "about": "one target's run, compacted for reports/: every count of the run, one line per "
                 "rule, and only the non-PASS scenarios with their evidence, each side trimmed to "
                 "%d characters of the rulebook's notation for FAIL and INCONCLUSIVE; for a WARN only the "
                 "first line of the answer, at most %d characters, "
                 "(the full report is target/matrix/<target>/report.json after reports/generate)"
                 % (EVIDENCE_CHARS, WARN_EVIDENCE_CHARS),
        "tool": report.get("tool"),
        "report": report["schema"],
        "started": report.get("started"),
        "durationMillis": report.get("durationMillis"),
        "complete": report.get("complete"),
        "closingLine": report.get("closingLine"),
        "matrix": {
            "target": opts["--target"],
            "port": int(opts["--port"]),
            "server": opts["--version"],
            "app": reviewed.get("app"),
            "date": report.get("started", "")[:10],
            "seconds": int(opts["--seconds"]),
        },
        "counts": {v: report["counts"].get(v, 0) for v in VERDICTS},
        "failByLevel": {lv: sum(1 for r in report["results"]
                                if r["verdict"] == "FAIL" and r["level"] == lv) for lv in LEVELS},
        "columns": column_counts(report["results"]),
        "rules": rule_summary(report["results"]),
        "scenarios": scenarios,
    }
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, "report.json"), dump(compacted))
    write(os.path.join(out, "report.html"), server_html(with_reviews(compacted, reviewed)))
    # The reviewed file names the server as this run saw it.
    # (Only that line changes: the file keeps the runner's layout.)
    with open(opts["--reviewed"], encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r'("server"\s*:\s*)"(?:[^"\\]|\\.)*"', lambda m: m.group(1) + json.dumps(opts["--version"]),
                  text, count=1)
    write(opts["--reviewed"], text)


# ---------------------------------------------------------------------------------------------
# per-server HTML

STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}
th{background:#f3f3f3;position:sticky;top:0}
.PASS,.P{background:#d9f2d9}.WARN,.W{background:#fff1c2}.FAIL,.F{background:#f7c6c6}
.INCONCLUSIVE,.I{background:#dcdcf7}.SKIP,.S{background:#eee}
pre{white-space:pre-wrap;word-break:break-all;margin:0;font-size:12px;max-width:60em}
.app{font-style:italic}a{color:#036}
"""


def tally(results):
    counts = {v: 0 for v in VERDICTS}
    for r in results:
        counts[r["verdict"]] += 1
    return counts


def link(result):
    return "https://www.rfc-editor.org/rfc/rfc%s.html#section-%s" % (result["rfc"], result["section"])


def scenario_anchor(s):
    return "s-%s-%d" % (re.sub(r"[^A-Za-z0-9_.-]", "_", s["id"]), s["n"])


def counts_line(counts):
    return ", ".join("%s %d" % (v, counts[v]) for v in VERDICTS)


def server_html(report):
    m = report["matrix"]
    counts = report["counts"]
    first = {}
    for s in report["scenarios"]:
        w = first.get(s["id"])
        if w is None or WORST[s["verdict"]] > WORST[w["verdict"]]:
            first[s["id"]] = s
    out = ["<!DOCTYPE html><html lang=en><head><meta charset=utf-8>",
           "<title>h1proof: %s</title><style>%s</style></head><body>" % (esc(m["server"]), STYLE),
           "<h1>%s</h1>" % esc(m["server"]),
           "<p>Target <code>%s</code> on 127.0.0.1:%d, run on %s with %s. App: %s</p>" % (
               esc(m["target"]), m["port"], esc(m["date"]), esc(report.get("tool")), esc(m["app"])),
           "<p id=counts>%s.</p>" % counts_line(counts),
           "<p>Evidence is kept for the non-PASS scenarios only, each side trimmed to %d characters "
           "of the rulebook's notation for FAIL and INCONCLUSIVE; for a WARN (a permitted outcome) only "
           "the answer's first line, at most %d characters "
           "(<code>\\r\\n</code> for CR LF); <code>reports/generate "
           "%s</code> writes the full report with every exchange to <code>target/matrix/%s/</code>. "
           "A review beginning <i>app:</i> marks a verdict caused by the app, not the server. "
           "<a href=\"../index.html\">All servers</a></p>" % (
               EVIDENCE_CHARS, WARN_EVIDENCE_CHARS, esc(m["target"]), esc(m["target"])),
           "<h2>Non-PASS scenarios</h2>",
           "<table><tr><th>verdict</th><th>rule</th><th>scenario</th>"
           "<th>reviewed reason (the run's own is in report.json)</th><th>sent</th><th>received</th></tr>"]
    for s in report["scenarios"]:
        ids = '<a id="%s"></a>' % scenario_anchor(s)
        if first[s["id"]] is s:
            ids += '<a id="%s"></a>' % rule_anchor(s["id"])
        sides = []
        for side in ("sent", "received"):
            e = s.get(side)
            if e is None:
                sides.append("<td>%s</td>" % ("(not kept for a WARN)" if s["verdict"] == "WARN" else "(none)"))
                continue
            note = ""
            if e.get("truncated") or e.get("trimmed"):
                note = "\n[… %d octets in all]" % e.get("length", 0)
            sides.append("<td><pre>%s%s</pre></td>" % (esc(e.get("octets") or ""), esc(note)))
        review = s.get("review") or "NOT REVIEWED: " + s["reason"]
        cls = " class=app" if review.startswith(APP_PREFIX) else ""
        if s.get("varies") and "aries between runs" not in review:
            review = "[varies between runs; other runs: %s] %s" % (" or ".join(s["varies"]), review)
        out.append(
            '<tr><td class=%s>%s%s</td><td><a href="%s">%s</a> %s</td><td>%s</td>'
            '<td%s>%s</td>%s</tr>' % (
                s["verdict"], ids, s["verdict"], link(s), esc(s["id"]), esc(s["level"]),
                esc(s["title"]), cls, esc(review), "".join(sides)))
    out.append("</table><h2>Rules</h2><table><tr><th>rule</th><th>level</th><th>worst verdict</th>"
               "<th>PASS scenarios</th></tr>")
    for rule, level, worst, total, passed in report["rules"]:
        target = "#" + scenario_anchor(first[rule]) if rule in first else ""
        ident = "" if rule in first else ' id="%s"' % rule_anchor(rule)
        out.append('<tr%s><td>%s</td><td>%s</td><td class=%s>%s</td><td>%d of %d</td></tr>' % (
            ident, ('<a href="%s">%s</a>' % (target, esc(rule))) if target else esc(rule),
            esc(level), worst, worst, passed, total))
    out.append("</table></body></html>\n")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# render


def with_reviews(run, reviewed):
    """The run with each non-PASS scenario's reviewed reason attached as "review" (in memory only:
    the reasons live in reviewed/<target>.json, not in report.json)."""
    entries = {(e["rule"], e["title"]): e for e in reviewed.get("scenarios", [])}
    scenarios = []
    for s in run["scenarios"]:
        e = entries.get(review_key(s))
        scenarios.append(dict(s, review=e["reason"] if e and accepts(e, s["verdict"]) else None,
                              varies=sorted({e["verdict"], *e.get("varies", [])} - {s["verdict"]})
                              if e and accepts(e, s["verdict"]) else []))
    return dict(run, scenarios=scenarios)


def collect(reports):
    runs = []
    for t in TARGETS:
        path = os.path.join(reports, t, "report.json")
        if os.path.exists(path):
            runs.append(with_reviews(load(path), reviewed_for(reports, t)))
    return runs


def worst_by_rule(report):
    return {rule: worst for rule, _, worst, _, _ in report["rules"]}


def reviewed_for(reports, target):
    path = os.path.join(reports, "reviewed", target + ".json")
    return load(path) if os.path.exists(path) else {"scenarios": []}


def block_versions(reports, runs):
    lines = ["| target | server and version | app | port | run on | run (s) |",
             "| --- | --- | --- | ---: | --- | ---: |"]
    for run in runs:
        m = run["matrix"]
        lines.append("| [%s](%s/report.html) | %s | %s | %d | %s | %d |" % (
            m["target"], m["target"], m["server"].replace("|", "\\|"),
            (m["app"] or "").replace("|", "\\|"), m["port"], m["date"], m["seconds"]))
    return lines


def block_summary(reports, runs):
    lines = ["| target | PASS | WARN | FAIL | FAIL (MUST) | INCONCLUSIVE | SKIP | reviewed | of them app-caused "
             "| vary between runs |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for run in runs:
        m = run["matrix"]
        c = run["counts"]
        must = run["failByLevel"]["MUST"]
        reviewed = [r for r in run["scenarios"] if r.get("review") and "UNREVIEWED" not in r["review"]]
        app = sum(1 for r in reviewed if r["review"].startswith(APP_PREFIX))
        varying = sum(1 for e in reviewed_for(reports, m["target"])["scenarios"] if e.get("varies"))
        lines.append("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d |" % (
            m["target"], c["PASS"], c["WARN"], c["FAIL"], must, c["INCONCLUSIVE"], c["SKIP"],
            len(reviewed), app, varying))
    return lines


def block_sections(reports, runs):
    lines = ["Each cell is PASS/WARN/FAIL scenario counts (INCONCLUSIVE and SKIP left out).", "",
             "| target | " + " | ".join(COLUMNS) + " |",
             "| --- |" + " ---: |" * len(COLUMNS)]
    for run in runs:
        cells = run["columns"]
        lines.append("| %s | " % run["matrix"]["target"] + " | ".join(
            "%d/%d/%d" % (cells[c]["PASS"], cells[c]["WARN"], cells[c]["FAIL"]) for c in COLUMNS) + " |")
    return lines


def block_timing(reports, runs):
    path = os.path.join(reports, "generate.json")
    if not os.path.exists(path):
        return ["(not measured yet)"]
    g = load(path)
    return ["The last full regeneration (`reports/generate`, %d targets, on %s, 2 cores) took %d s "
            "(%d min %d s) (see below for the builds from clean and the package installation)." % (
                len(g["targets"]), g["date"], g["seconds"], g["seconds"] // 60, g["seconds"] % 60)]


def block_seed(reports, runs):
    """The seed comparison's main table, as SEED.md gives it (SeedComparisonTest checks every number
    of SEED.md against reports/seed/*.json, so this block is checked through it)."""
    path = os.path.join(reports, "SEED.md")
    if not os.path.exists(path):
        return ["(not run yet: scripts/seed-comparison.sh)"]
    lines = open(path, encoding="utf-8").read().split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("| category |"))
    end = start
    while end < len(lines) and lines[end].startswith("|"):
        end += 1
    note = next((l for l in lines[end:] if l.startswith("Cells are")), "")
    return lines[start:end] + ([""] + [note] if note else [])


def block_audit(reports, runs):
    """The FAIL audit's counts (reports/lib/audit.py): FAIL cells, flagged by class, replayed."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import audit
    return audit.block(reports).split("\n")


BLOCKS = {"versions": block_versions, "summary": block_summary, "sections": block_sections,
          "timing": block_timing, "seed": block_seed, "audit": block_audit}


def render_readme(reports, text, runs):
    def replace(match):
        name = match.group(1)
        if name not in BLOCKS:
            fail("README.md has an unknown generated block " + name)
        body = "\n".join(BLOCKS[name](reports, runs))
        return "<!-- generated:%s -->\n%s\n<!-- /generated:%s -->" % (name, body, name)

    return re.sub(r"<!-- generated:(\w+) -->.*?<!-- /generated:\1 -->", replace, text, flags=re.S)


def index_html(runs):
    worst = [worst_by_rule(run) for run in runs]
    rules = []
    seen = set()
    for run in runs:
        for rule, level, _, _, _ in run["rules"]:
            if rule not in seen:
                seen.add(rule)
                rules.append((rule, level))
    out = ["<!DOCTYPE html><html lang=en><head><meta charset=utf-8>",
           "<title>h1proof compliance matrix</title><style>%s"
           "td.c{text-align:center;padding:0}td.c a{display:block;padding:1px 4px;text-decoration:none;color:#222}"
           "th.v{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:normal}"
           "</style></head><body>" % STYLE,
           "<h1>h1proof compliance matrix</h1>",
           "<p>One row per rule, one column per server; each cell is the worst verdict among the "
           "rule's scenarios (P PASS, W WARN, F FAIL, I INCONCLUSIVE, S SKIP) and links to its "
           "evidence in that server's report. Servers, versions and apps: "
           "<a href=\"README.md\">README.md</a>.</p>",
           "<table><tr><th>rule</th><th>level</th>"]
    for run in runs:
        m = run["matrix"]
        out.append('<th class=v title="%s"><a href="%s/report.html">%s</a></th>' % (
            esc(m["server"]), esc(m["target"]), esc(m["target"])))
    out.append("</tr>")
    for name, label in (("FAIL", "FAIL"), ("WARN", "WARN"), ("PASS", "PASS")):
        out.append("<tr><th>%s scenarios</th><th></th>" % label)
        for run in runs:
            out.append("<td class=c>%d</td>" % run["counts"][name])
        out.append("</tr>")
    for rule, level in rules:
        out.append("<tr><td>%s</td><td>%s</td>" % (esc(rule), esc(level)))
        for run, w in zip(runs, worst):
            v = w.get(rule)
            if v is None:
                out.append("<td></td>")
                continue
            out.append('<td class="c %s"><a href="%s/report.html#%s">%s</a></td>' % (
                LETTER[v], esc(run["matrix"]["target"]), rule_anchor(rule), LETTER[v]))
        out.append("</tr>")
    out.append("</table></body></html>\n")
    return "".join(out)


def rendered(reports):
    runs = collect(reports)
    with open(os.path.join(reports, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    return {"README.md": render_readme(reports, readme, runs), "index.html": index_html(runs)}, runs


def attach_reviews(reports):
    """Copies each reviewed reason into its run's report.json and rewrites its report.html."""
    for t in TARGETS:
        path = os.path.join(reports, t, "report.json")
        if not os.path.exists(path):
            continue
        run = load(path)
        run["matrix"]["app"] = reviewed_for(reports, t).get("app")
        write(path, dump(run))
        write(os.path.join(reports, t, "report.html"),
              server_html(with_reviews(run, reviewed_for(reports, t))))


def render(args):
    reports = args[0]
    attach_reviews(reports)
    files, _ = rendered(reports)
    for name, text in files.items():
        write(os.path.join(reports, name), text)


def timing(args):
    reports = args[0]
    opts = {}
    rest = []
    i = 1
    while i < len(args):
        if args[i] in ("--seconds", "--targets"):
            opts[args[i]] = args[i + 1]
            i += 2
        else:
            rest.append(args[i])
            i += 1
    targets = opts["--targets"].split()
    if len(targets) < len(TARGETS) - 2:
        return  # a partial run is not the time of a full regeneration
    write(os.path.join(reports, "generate.json"), dump({
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d"),
        "seconds": int(opts["--seconds"]),
        "targets": targets,
        "perTarget": {k: int(v) for k, v in (x.split("=") for x in rest)},
    }))


# ---------------------------------------------------------------------------------------------
# check


def check(args):
    reports = args[0]
    problems = []
    passed = 0
    files, runs = rendered(reports)
    if not runs:
        problems.append("no reports/<target>/report.json at all")
    for name, text in files.items():
        with open(os.path.join(reports, name), encoding="utf-8") as f:
            committed = f.read()
        if committed != text:
            a, b = committed.splitlines(), text.splitlines()
            line = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
            problems.append("%s differs from what the JSON gives (first at line %d: %r)" % (
                name, line + 1, (a[line] if line < len(a) else "")[:160]))
        else:
            passed += 1
    # Outside the generated blocks, the prose gives no counts of its own.
    prose = re.sub(r"<!-- generated:(\w+) -->.*?<!-- /generated:\1 -->", "", files["README.md"], flags=re.S)
    prose = re.sub(r"```.*?```", "", prose, flags=re.S)
    counts = re.findall(r"(?<![\w./])\d+\s+(?:PASS|WARN|FAIL|INCONCLUSIVE|SKIP|targets?|servers?|scenarios?|"
                        r"verdicts?|failures?|cells?)\b", prose)
    if counts:
        problems.append("README.md gives counts outside the generated blocks: %s" % ", ".join(counts[:5]))
    else:
        passed += 1
    anchors = {}
    for run in runs:
        t = run["matrix"]["target"]
        # The run's own numbers agree with each other: per-rule, per-column and per-verdict counts.
        c = run["counts"]
        by_rules = sum(total for _, _, _, total, _ in run["rules"])
        by_columns = {v: sum(col[v] for col in run["columns"].values()) for v in VERDICTS}
        non_pass = tally(run["scenarios"])
        non_pass["PASS"] = c["PASS"]
        fails = {lv: sum(1 for x in run["scenarios"] if x["verdict"] == "FAIL" and x["level"] == lv)
                 for lv in LEVELS}
        if (by_rules != sum(c.values()) or by_columns != c or non_pass != c
                or fails != run["failByLevel"]):
            problems.append("%s/report.json: its counts, columns, rules and scenarios disagree" % t)
        else:
            passed += 1
        page = os.path.join(reports, t, "report.html")
        with open(page, encoding="utf-8") as f:
            committed = f.read()
        if committed != server_html(run):
            problems.append("%s/report.html differs from what its report.json gives" % t)
        else:
            passed += 1
        anchors[t] = set(re.findall(r'id="([^"]+)"', committed))
        reviewed = reviewed_for(reports, t)
        entries = {(e["rule"], e["title"]): e for e in reviewed["scenarios"]}
        missing = []
        for r in run["scenarios"]:
            e = entries.pop(review_key(r), None)
            if e is None or not accepts(e, r["verdict"]):
                missing.append("%s \"%s\" %s" % (r["id"], r["title"], r["verdict"]))
            elif "UNREVIEWED" in e["reason"]:
                missing.append("%s \"%s\": reason %s" % (r["id"], r["title"], e["reason"][:60]))
        # An entry left over is one for a scenario this run passed: right only when it varies to PASS.
        entries = {k: e for k, e in entries.items() if not accepts(e, "PASS")}
        if missing or entries or "UNREVIEWED" in (reviewed.get("app") or ""):
            problems.append("reviewed/%s.json does not match its run: %d not reviewed (%s), %d extra" % (
                t, len(missing), "; ".join(missing[:3]), len(entries)))
        else:
            passed += 1
    links = re.findall(r'href="([a-z0-9]+)/report\.html#([^"]+)"', files["index.html"])
    broken = [l for l in links if l[1] not in anchors.get(l[0], set())]
    if broken:
        problems.append("index.html: %d links to no evidence, e.g. %s#%s" % ((len(broken),) + broken[0]))
    else:
        passed += 1
    for p in problems:
        print("check: " + p)
    print("%d passed, %d failed" % (passed, len(problems)))
    sys.exit(1 if problems else 0)


def recompact(args):
    """Compacts every target again from its full report (after a change to this file), keeping the
    port, server, seconds and date its run recorded."""
    reports, full = args[0], args[1]
    for t in TARGETS:
        src = os.path.join(full, t, "report.json")
        dst = os.path.join(reports, t, "report.json")
        if not (os.path.exists(src) and os.path.exists(dst)):
            continue
        m = load(dst)["matrix"]
        compact([src, os.path.join(reports, t), "--target", t, "--port", str(m["port"]),
                 "--version", m["server"], "--seconds", str(m["seconds"]),
                 "--reviewed", os.path.join(reports, "reviewed", t + ".json")])


def main():
    if len(sys.argv) < 2:
        fail("usage: matrix.py targets|compact|timing|render|check ...")
    command, args = sys.argv[1], sys.argv[2:]
    if command == "targets":
        print(" ".join(TARGETS))
    elif command == "compact":
        compact(args)
    elif command == "timing":
        timing(args)
    elif command == "recompact":
        recompact(args)
    elif command == "render":
        render(args)
    elif command == "check":
        check(args)
    else:
        fail("unknown command " + command)


if __name__ == "__main__":
    main()
