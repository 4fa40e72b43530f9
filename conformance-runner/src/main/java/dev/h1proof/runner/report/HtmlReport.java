package dev.h1proof.runner.report;

import dev.h1proof.rulebook.BackEndObservation;
import dev.h1proof.rulebook.Forwarded;
import dev.h1proof.rulebook.Level;
import dev.h1proof.rulebook.Notation;
import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.RuleIds;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Verdict;
import dev.h1proof.runner.result.RunReport;
import dev.h1proof.runner.result.ScenarioResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * {@code report.html}, read from the top: a summary, the failures grouped by rule with their bytes
 * side by side, then every rule grouped by RFC section, one line per rule with a coloured cell per
 * scenario (the Autobahn|Testsuite grid), each cell opening that scenario's evidence.
 *
 * <p>The page is self-contained: inline CSS and a little inline JavaScript, both pinned by hash in
 * a Content-Security-Policy that also forbids every fetch. It is built as a DOM, so any byte a
 * server sent becomes text, never markup; the bytes are shown in the rulebook's notation, so
 * non-printable octets are visible. The script adds search and filters by verdict and level, kept
 * in the page's query string ({@code ?q=…&v=FAIL&l=MUST}). Without JavaScript every rule is shown,
 * the toolbar stays hidden, and a cell still opens its evidence (the {@code :target} rule of the
 * CSS).
 */
public final class HtmlReport implements ReportWriter {
  /** The attribute the inline script sets on {@code <body>} once it has run. */
  public static final String SCRIPT_READY_ATTRIBUTE = "data-script";

  private static final Map<Verdict, String> MEANING = meanings();
  private static final String CSS = css();
  private static final String SCRIPT =
      """
      (function () {
        'use strict';
        var bar = document.getElementById('toolbar');
        var rules = document.querySelectorAll('#rules tbody.rule');
        var sections = document.querySelectorAll('#rules section.sec');
        var input = document.getElementById('q');
        var shown = document.getElementById('shown');
        var state = { q: '', v: '', l: '' };
        var text = [];
        for (var t = 0; t < rules.length; t++) {
          var words = [rules[t].rows[0].textContent];
          var cells = rules[t].querySelectorAll('a.c');
          for (var c = 0; c < cells.length; c++) { words.push(cells[c].title); }
          text.push(words.join(' ').toLowerCase());
        }
        var params = new URLSearchParams(window.location.search);
        state.q = params.get('q') || '';
        state.v = params.get('v') || '';
        state.l = params.get('l') || '';
        function apply() {
          var q = state.q.trim().toLowerCase();
          var n = 0;
          for (var i = 0; i < rules.length; i++) {
            var r = rules[i];
            var ok = (!q || text[i].indexOf(q) >= 0)
              && (!state.v || (' ' + r.getAttribute('data-v') + ' ').indexOf(' ' + state.v + ' ') >= 0)
              && (!state.l || r.getAttribute('data-l') === state.l);
            r.hidden = !ok;
            if (ok) { n++; }
          }
          for (var j = 0; j < sections.length; j++) {
            sections[j].hidden = !sections[j].querySelector('tbody.rule:not([hidden])');
          }
          shown.textContent = n + ' of ' + rules.length + ' rules shown';
          var buttons = bar.querySelectorAll('button[data-key]');
          for (var k = 0; k < buttons.length; k++) {
            var b = buttons[k];
            b.setAttribute('aria-pressed',
              state[b.getAttribute('data-key')] === b.getAttribute('data-value') ? 'true' : 'false');
          }
          var out = new URLSearchParams();
          if (state.q) { out.set('q', state.q); }
          if (state.v) { out.set('v', state.v); }
          if (state.l) { out.set('l', state.l); }
          var search = out.toString();
          try {
            window.history.replaceState(null, '',
              window.location.pathname + (search ? '?' + search : '') + window.location.hash);
          } catch (e) {
            // a page opened from a file may refuse; the filters still work
          }
        }
        if (bar) {
          input.value = state.q;
          input.addEventListener('input', function () { state.q = input.value; apply(); });
          bar.addEventListener('click', function (event) {
            var b = event.target.closest('button[data-key]');
            if (b) { state[b.getAttribute('data-key')] = b.getAttribute('data-value'); apply(); }
          });
          bar.hidden = false;
          apply();
        }
        function openTarget() {
          var id = decodeURIComponent(window.location.hash.slice(1));
          var el = id && document.getElementById(id);
          if (el && el.tagName === 'DETAILS') { el.open = true; }
        }
        window.addEventListener('hashchange', openTarget);
        openTarget();
        document.body.setAttribute('data-script', 'ready');
      })();
      """;

  @Override
  public String fileName() {
    return "report.html";
  }

  @Override
  public void render(RunReport report, OutputStream out) throws IOException {
    out.write(toDocument(report).outerHtml().getBytes(StandardCharsets.UTF_8));
  }

  /** The page as a DOM. */
  public static Document toDocument(RunReport report) {
    Document doc = Document.createShell("");
    doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
    doc.prependChild(new DocumentType("html", "", ""));
    doc.selectFirst("html").attr("lang", "en");
    head(doc.head(), report);
    Page page = new Page(report);
    Element body = doc.body();
    header(body, page);
    summary(body, page);
    failures(body, page);
    rules(body, page);
    legend(body);
    body.appendElement("script").appendChild(new DataNode(SCRIPT));
    return doc;
  }

  /** One rule's results, in rulebook order. */
  private record RuleRow(String id, Level level, List<ScenarioResult> results) {
    /**
     * The rule's requirement sentence, as the rulebook defines it once; for a rule made without one
     * (a report of an older rulebook), its first scenario's description, else its title.
     */
    String requirement() {
      String requirement = results.get(0).scenario().rule().requirement();
      if (!requirement.isBlank()) {
        return requirement;
      }
      for (ScenarioResult r : results) {
        String d = r.scenario().description();
        if (d != null && !d.isBlank()) {
          return d.strip();
        }
      }
      return results.get(0).scenario().title();
    }

    boolean failed() {
      return results.stream().anyMatch(r -> r.verdict() == Verdict.FAIL);
    }
  }

  /** The report, grouped once: rules by section, anchors by result, the gate's failures. */
  private static final class Page {
    final RunReport report;
    final Map<String, List<RuleRow>> sections = new TreeMap<>(Sections.ORDER);
    final Map<ScenarioResult, String> anchors = new IdentityHashMap<>();
    final Set<ScenarioResult> breaking;
    final Set<String> breakingRules = new HashSet<>();

    Page(RunReport report) {
      this.report = report;
      this.breaking = Evidence.gateFailures(report);
      breaking.forEach(r -> breakingRules.add(r.scenario().ruleId()));
      Map<String, RuleRow> byId = new LinkedHashMap<>();
      Set<String> taken = new HashSet<>();
      for (ScenarioResult r : report.results()) {
        RuleScenario s = r.scenario();
        byId.computeIfAbsent(
                s.ruleId(),
                id -> {
                  RuleRow row = new RuleRow(id, s.level(), new ArrayList<>());
                  sections.computeIfAbsent(Sections.key(id), k -> new ArrayList<>()).add(row);
                  return row;
                })
            .results()
            .add(r);
        anchors.put(r, anchor(s, taken));
      }
    }

    List<RuleRow> failedRules() {
      List<RuleRow> failed = new ArrayList<>();
      sections.values().forEach(rows -> rows.stream().filter(RuleRow::failed).forEach(failed::add));
      return failed;
    }
  }

  private static void head(Element head, RunReport report) {
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta")
        .attr("http-equiv", "Content-Security-Policy")
        .attr(
            "content",
            "default-src 'none'; style-src '"
                + sha256(CSS)
                + "'; script-src '"
                + sha256(SCRIPT)
                + "'; base-uri 'none'; form-action 'none'");
    head.appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text("h1proof report: " + report.target());
    head.appendElement("style").appendChild(new DataNode(CSS));
  }

  private static void header(Element body, Page page) {
    RunReport report = page.report;
    Element header = body.appendElement("header");
    header.appendElement("h1").text("h1proof: HTTP/1.1 conformance report");
    if (report.notUsable() != null) {
      header
          .appendElement("p")
          .addClass("banner")
          .addClass("not-usable")
          .text("The target is not usable: " + report.notUsable());
    }
    if (report.incomplete() != null) {
      header
          .appendElement("p")
          .addClass("banner")
          .addClass("incomplete")
          .text(
              "Incomplete run ("
                  + report.incomplete()
                  + "): scenarios without a verdict are listed as SKIP, not run.");
    }
    Element table = header.appendElement("table").addClass("meta");
    row(table, "Target", report.target());
    row(table, "Started", String.valueOf(report.started()));
    row(table, "Duration", String.format(Locale.ROOT, "%.1f s", report.durationMillis() / 1000.0));
    row(table, "Tool", report.tool());
    row(table, "Fail on", report.failOn() + " and above");
    Element gate = row(table, "Gate", report.gatePassed() ? "PASSED" : "FAILED");
    gate.addClass("gate").addClass(report.gatePassed() ? "PASS" : "FAIL");
    if (!report.gatePassed()) {
      List<String> ids = Evidence.gateFailureIds(report);
      gate.appendText(
          ": "
              + ids.size()
              + (ids.size() == 1 ? " rule" : " rules")
              + " at "
              + report.failOn()
              + " or above broke it: ");
      for (int i = 0; i < ids.size(); i++) {
        gate.appendText(i == 0 ? "" : " ");
        gate.appendElement("a").attr("href", "#" + failureAnchor(ids.get(i))).text(ids.get(i));
      }
    }
    row(table, "Result", report.closingLine()).addClass("closing-line");
    row(table, "Counts", report.countsExplained());
    if (!report.unexpectedPasses().isEmpty()) {
      Element cell =
          row(
              table,
              "Unexpected passes",
              "baselined but no longer failing; remove from the baseline: ");
      for (String id : report.unexpectedPasses()) {
        cell.appendElement("code").text(id);
        cell.appendText(" ");
      }
    }
  }

  private static Element row(Element table, String name, String value) {
    Element tr = table.appendElement("tr");
    tr.appendElement("th").attr("scope", "row").text(name);
    return tr.appendElement("td").text(value == null ? "" : value);
  }

  private static void summary(Element body, Page page) {
    Element section = body.appendElement("section").id("summary");
    section.appendElement("h2").text("Summary");
    Element counts = section.appendElement("table").id("counts");
    Element head = counts.appendElement("tr");
    Element values = counts.appendElement("tr");
    for (Map.Entry<Verdict, Integer> e : page.report.counts().entrySet()) {
      head.appendElement("th")
          .addClass("verdict")
          .addClass(e.getKey().name())
          .text(e.getKey().name());
      values.appendElement("td").addClass("count").text(Integer.toString(e.getValue()));
    }
    head.appendElement("th").text("total");
    values
        .appendElement("td")
        .addClass("count")
        .text(Integer.toString(page.report.results().size()));
    int rules = page.sections.values().stream().mapToInt(List::size).sum();
    section
        .appendElement("p")
        .id("overview")
        .text(
            rules
                + " rules in "
                + page.sections.size()
                + " RFC sections; "
                + page.failedRules().size()
                + " with a FAIL, "
                + page.breakingRules.size()
                + " breaking the gate.");
  }

  /** The index of the rules part: one row per RFC section, linking to that section's rows. */
  private static void sectionIndex(Element parent, Page page) {
    Element section = parent.appendElement("div").addClass("scroll");
    Element table = section.appendElement("table").id("sections");
    Element tr = table.appendElement("thead").appendElement("tr");
    tr.appendElement("th").text("Section");
    tr.appendElement("th").text("Rules");
    for (Verdict v : Verdict.values()) {
      tr.appendElement("th")
          .addClass("verdict")
          .addClass(v.name())
          .attr("title", v.name())
          .text(v == Verdict.INCONCLUSIVE ? "INC" : v.name());
    }
    Element tbody = table.appendElement("tbody");
    for (Map.Entry<String, List<RuleRow>> e : page.sections.entrySet()) {
      Element row = tbody.appendElement("tr");
      String first = e.getValue().get(0).id();
      row.appendElement("th")
          .attr("scope", "row")
          .appendElement("a")
          .attr("href", "#" + sectionAnchor(e.getKey()))
          .text(RuleIds.citation(first));
      row.appendElement("td").addClass("count").text(Integer.toString(e.getValue().size()));
      Map<Verdict, Integer> tally = zeroes();
      e.getValue()
          .forEach(r -> r.results().forEach(x -> tally.merge(x.verdict(), 1, Integer::sum)));
      for (Verdict v : Verdict.values()) {
        int n = tally.get(v);
        // An empty cell for none, so the eye goes to the counts that are there.
        Element td =
            row.appendElement("td").addClass("count").text(n == 0 ? "" : Integer.toString(n));
        if (n > 0 && v != Verdict.PASS) {
          td.addClass(v.name());
        }
      }
    }
  }

  private static void failures(Element body, Page page) {
    Element section = body.appendElement("section").id("failures");
    List<RuleRow> failed = page.failedRules();
    section
        .appendElement("h2")
        .text(
            failed.isEmpty()
                ? "Failures: none"
                : "Failures: " + failed.size() + (failed.size() == 1 ? " rule" : " rules"));
    if (failed.isEmpty()) {
      section.appendElement("p").text("No scenario got FAIL.");
      return;
    }
    for (RuleRow rule : failed) {
      Element article =
          section.appendElement("article").addClass("failure").id(failureAnchor(rule.id()));
      Element h3 = article.appendElement("h3");
      h3.appendElement("code").text(rule.id());
      h3.appendText(" ");
      h3.appendElement("span").addClass("level").text(levelName(rule.level()));
      if (page.breakingRules.contains(rule.id())) {
        h3.appendText(" ");
        h3.appendElement("span").addClass("breaks").text("breaks the gate");
      }
      Element p = article.appendElement("p").addClass("requirement");
      p.appendElement("a").attr("href", RuleIds.link(rule.id())).text(RuleIds.citation(rule.id()));
      p.appendText(": " + rule.requirement());
      boolean first = true;
      for (ScenarioResult r : rule.results()) {
        if (r.verdict() != Verdict.FAIL) {
          continue;
        }
        // The first failure of a rule is open; the others are one line each until opened.
        Element div =
            article.appendElement("details").addClass("scenario").id("f-" + page.anchors.get(r));
        if (first) {
          div.attr("open", true);
          first = false;
        }
        Element h4 = div.appendElement("summary");
        h4.appendElement("span")
            .addClass("verdict")
            .addClass("FAIL")
            .text(verdictText(r, page.breaking.contains(r), page.report));
        h4.appendText(" " + r.scenario().title());
        outcome(div, r, true);
        wire(div, r);
      }
    }
  }

  /** Expected and observed outcome, and why the verdict is what it is. */
  private static void outcome(Element parent, ScenarioResult r, boolean withFile) {
    RuleScenario s = r.scenario();
    Element dl = parent.appendElement("dl");
    list(term(dl, "Expected"), Evidence.texts(s.expected()));
    if (!s.allowed().isEmpty()) {
      list(term(dl, "Also allowed"), Evidence.texts(s.allowed()));
    }
    if (!s.forwarded().isEmpty()) {
      list(
          term(dl, "Back end receives (per outcome, in order)"),
          s.forwarded().stream().map(Forwarded::text).toList());
    }
    term(dl, "Observed")
        .text(
            (r.observation() == null ? "not run" : r.observation().summary())
                + "; "
                + Evidence.connection(r));
    term(dl, "Verdict").addClass("reason").text(Text.visible(r.judgement().reason()));
    Observation o = r.observation();
    if (o != null && !o.deviations().isEmpty()) {
      list(term(dl, "Response deviations"), o.deviations().stream().map(Text::visible).toList());
    }
    if (withFile) {
      dl.appendElement("dt").text("Scenario");
      dl.appendElement("dd").addClass("file").text(s.uri() + ":" + s.line());
    }
  }

  /**
   * The bytes sent and received, side by side; for an intermediary scenario the bytes the proxy
   * forwarded to the back end stand between them (client → proxy → back end → client).
   */
  private static void wire(Element parent, ScenarioResult r) {
    Element wire = parent.appendElement("div").addClass("wire");
    Element tx = wire.appendElement("div");
    tx.appendElement("h5").text("Sent (" + length(r.sent()) + " bytes)");
    tx.appendElement("pre")
        .addClass("tx")
        .text(Text.clip(Evidence.request(r), Evidence.DISPLAY_LIMIT));
    if (r.forwarded() != null) {
      wire.addClass("fwd");
      forwarded(wire, r);
    }
    Element rx = wire.appendElement("div");
    Observation o = r.observation();
    if (o == null) {
      rx.appendElement("h5").text("Received: not run");
      rx.appendElement("pre").addClass("rx").text("(nothing was sent)");
      return;
    }
    rx.appendElement("h5").text("Received (" + o.received().length + " bytes)");
    String received = Evidence.response(r);
    rx.appendElement("pre")
        .addClass("rx")
        .text(received.isEmpty() ? "(no bytes)" : Text.clip(received, Evidence.DISPLAY_LIMIT));
  }

  private static void rules(Element body, Page page) {
    Element section = body.appendElement("section").id("rules");
    section.appendElement("h2").text("All rules by RFC section");
    sectionIndex(section, page);
    Element bar = section.appendElement("div").id("toolbar").attr("hidden", true);
    bar.appendElement("input")
        .id("q")
        .attr("type", "search")
        .attr("placeholder", "Search rule id or text")
        .attr("aria-label", "Search rule id or text");
    Element verdicts = bar.appendElement("span").addClass("group");
    filterButton(verdicts, "v", "", "any verdict");
    Map<Verdict, Integer> counts = page.report.counts();
    for (Verdict v : Verdict.values()) {
      filterButton(verdicts, "v", v.name(), v.name() + " " + counts.get(v)).addClass(v.name());
    }
    Element levels = bar.appendElement("span").addClass("group");
    filterButton(levels, "l", "", "any level");
    for (Level l : Level.values()) {
      filterButton(levels, "l", l.name(), l.name());
    }
    bar.appendElement("span").id("shown");
    for (Map.Entry<String, List<RuleRow>> e : page.sections.entrySet()) {
      Element sec = section.appendElement("section").addClass("sec").id(sectionAnchor(e.getKey()));
      String first = e.getValue().get(0).id();
      Element h3 = sec.appendElement("h3");
      h3.appendText(RuleIds.citation(first) + " ");
      h3.appendElement("a").addClass("rfc").attr("href", RuleIds.link(first)).text("RFC text");
      Element table = sec.appendElement("table").addClass("grid");
      for (RuleRow rule : e.getValue()) {
        ruleRow(table, rule, page);
      }
    }
  }

  private static Element filterButton(Element parent, String key, String value, String label) {
    return parent
        .appendElement("button")
        .attr("type", "button")
        .attr("data-key", key)
        .attr("data-value", value)
        .attr("aria-pressed", value.isEmpty() ? "true" : "false")
        .text(label);
  }

  private static void ruleRow(Element table, RuleRow rule, Page page) {
    Set<String> verdicts = new java.util.TreeSet<>();
    rule.results().forEach(r -> verdicts.add(r.verdict().name()));
    Element tbody =
        table
            .appendElement("tbody")
            .addClass("rule")
            .id("r-" + rule.id())
            .attr("data-v", String.join(" ", verdicts))
            .attr("data-l", levelName(rule.level()));
    Element tr = tbody.appendElement("tr");
    Element id = tr.appendElement("td").addClass("id");
    id.appendElement("a").attr("href", "#r-" + rule.id()).text(rule.id());
    tr.appendElement("td").addClass("level").text(levelName(rule.level()));
    Element cells = tr.appendElement("td").addClass("cells");
    for (ScenarioResult r : rule.results()) {
      String anchor = page.anchors.get(r);
      boolean failure = r.verdict() == Verdict.FAIL;
      cells
          .appendElement("a")
          .addClass("c")
          .addClass(r.verdict().name())
          .attr("href", "#" + (failure ? "f-" : "e-") + anchor)
          .attr("title", r.verdict().name() + ": " + r.scenario().title())
          .text(r.verdict().name().substring(0, 1));
    }
    tr.appendElement("td").addClass("req").text(firstSentence(rule.requirement()));
    Element evidence = null;
    for (ScenarioResult r : rule.results()) {
      if (r.verdict() == Verdict.FAIL) {
        continue; // shown in full in the failures section, where its cell links
      }
      if (evidence == null) {
        evidence =
            tbody.appendElement("tr").addClass("ev-row").appendElement("td").attr("colspan", "4");
      }
      Element div = evidence.appendElement("div").addClass("ev").id("e-" + page.anchors.get(r));
      Element h4 = div.appendElement("h4");
      h4.appendElement("span")
          .addClass("verdict")
          .addClass(r.verdict().name())
          .text(r.verdict().name());
      h4.appendText(" " + r.scenario().title());
      outcome(div, r, false);
      wire(div, r);
    }
  }

  private static String firstSentence(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    int colon = oneLine.indexOf(": ");
    if (colon > 0 && colon < 24 && oneLine.startsWith("RFC ")) {
      oneLine = oneLine.substring(colon + 2); // the citation is in the row already
    }
    int end = oneLine.indexOf(". ");
    String first = end > 0 ? oneLine.substring(0, end + 1) : oneLine;
    return first.length() > 160 ? first.substring(0, 159) + "…" : first;
  }

  private static void legend(Element body) {
    Element section = body.appendElement("section").id("legend");
    section.appendElement("h2").text("Legend");
    Element table = section.appendElement("table");
    for (Map.Entry<Verdict, String> e : MEANING.entrySet()) {
      Element tr = table.appendElement("tr");
      tr.appendElement("td")
          .addClass("verdict")
          .addClass(e.getKey().name())
          .text(e.getKey().name());
      tr.appendElement("td").text(e.getValue());
    }
    section
        .appendElement("p")
        .text(
            "The level (MUST, SHOULD, MAY) does not change a verdict; it decides whether a FAIL"
                + " breaks the gate. Bytes are shown in the rulebook's notation: \\r CR, \\n LF,"
                + " \\t HTAB, \\s a space at a line's edge, \\0 NUL, \\xHH any other octet.");
  }

  private static String verdictText(ScenarioResult r, boolean breaksGate, RunReport report) {
    if (r.verdict() != Verdict.FAIL || breaksGate) {
      return r.verdict().name();
    }
    return r.baselined() ? "FAIL (baselined)" : "FAIL (below " + report.failOn() + ")";
  }

  private static String anchor(RuleScenario s, Set<String> taken) {
    // An expansion of {each:SET} shares its line with its family: its octets keep anchors unique
    // without a search through thousands of taken ids.
    String base = s.ruleId() + "-" + s.line() + (s.variant() == null ? "" : "-" + s.variant());
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /** The id of a rule's block in the failures section. */
  static String failureAnchor(String ruleId) {
    return "fail-" + ruleId;
  }

  /** The id of a section's rows, e.g. {@code sec-9112-5.1}. */
  private static String sectionAnchor(String key) {
    return "sec-" + key.replace(':', '-');
  }

  private static String levelName(Level level) {
    return level == null ? "" : level.name();
  }

  private static Map<Verdict, Integer> zeroes() {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0);
    }
    return counts;
  }

  /**
   * An intermediary scenario's middle hop, between "Sent" (client → proxy) and "Received" (proxy →
   * client): each connection the capture back end recorded (proxy → back end).
   */
  private static void forwarded(Element wire, ScenarioResult r) {
    BackEndObservation f = r.forwarded();
    Element hop = wire.appendElement("div").addClass("hop");
    hop.appendElement("h5").text("Forwarded by the proxy to the back end: " + f.summary());
    if (f.connections().isEmpty()) {
      hop.appendElement("pre").addClass("fw").text("(nothing reached the back end)");
    }
    for (int i = 0; i < f.connections().size(); i++) {
      byte[] bytes = f.connections().get(i);
      hop.appendElement("p")
          .addClass("conn")
          .text("Back-end connection " + (i + 1) + " (" + bytes.length + " bytes)");
      int shown = Evidence.prefixLength(bytes);
      hop.appendElement("pre")
          .addClass("fw")
          .text(Text.clip(Notation.escape(bytes, 0, shown, true), Evidence.DISPLAY_LIMIT));
    }
  }

  private static Element term(Element dl, String name) {
    dl.appendElement("dt").text(name);
    return dl.appendElement("dd");
  }

  private static void list(Element parent, List<String> items) {
    if (items.isEmpty()) {
      parent.text("none");
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        parent.appendText(" | ");
      }
      parent.appendElement("code").text(items.get(i));
    }
  }

  private static int length(byte[] bytes) {
    return bytes == null ? 0 : bytes.length;
  }

  private static Map<Verdict, String> meanings() {
    Map<Verdict, String> m = new EnumMap<>(Verdict.class);
    m.put(Verdict.PASS, "The target did what the RFC prefers (an 'expect' outcome).");
    m.put(Verdict.WARN, "The target did something the RFC permits but does not prefer.");
    m.put(Verdict.FAIL, "The target did something the RFC does not permit.");
    m.put(
        Verdict.INCONCLUSIVE,
        "No answer within the timeout, or deciding needs the target's echo endpoint.");
    m.put(Verdict.SKIP, "Not run: the baseline scenario failed, or the target cannot run it.");
    return m;
  }

  private static String css() {
    return """
        body { font: 14px/1.4 system-ui, sans-serif; margin: 1.2em; color: #222; }
        h2 { border-bottom: 2px solid #ddd; padding-bottom: 0.15em; margin-top: 1.4em; }
        table { border-collapse: collapse; margin: 0.5em 0 1em; }
        th, td { border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
        td.count { text-align: right; }
        .verdict, td.gate, td.count.WARN, td.count.FAIL, td.count.INCONCLUSIVE, td.count.SKIP
          { color: #fff; font-weight: bold; }
        .PASS { background: #1a7f37; } .WARN { background: #9a6700; } .FAIL { background: #b3261e; }
        .INCONCLUSIVE { background: #2f6fa3; } .SKIP { background: #777; }
        span.verdict { padding: 0.05em 0.4em; border-radius: 3px; font-size: 0.85em; }
        td.gate a { color: #fff; margin-right: 0.4em; }
        .scroll { overflow-x: auto; }
        #sections th { white-space: nowrap; }
        td.closing-line { font-family: monospace; font-weight: bold; }
        .banner { padding: 0.6em 1em; font-weight: bold; }
        .not-usable { background: #a05a2c; color: #fff; }
        .incomplete { background: #5a2ca0; color: #fff; }
        .file, .rfc { color: #666; font-size: 0.85em; }
        article.failure { border-left: 4px solid #b3261e; padding: 0.1em 0 0.1em 0.8em; margin: 1em 0; }
        article.failure h3 { margin: 0.3em 0; font-size: 1.05em; }
        .level { font-size: 0.8em; border: 1px solid #999; border-radius: 3px; padding: 0 0.3em; }
        .breaks { font-size: 0.8em; color: #b3261e; font-weight: bold; }
        .requirement { white-space: pre-line; margin: 0.3em 0; }
        .ev h4 { margin: 0.6em 0 0.2em; font-size: 1em; }
        details.scenario > summary { margin: 0.5em 0 0.2em; font-weight: bold; cursor: pointer; }
        details.scenario { margin-bottom: 0.4em; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1em 0.8em; margin: 0.3em 0; }
        dt { font-weight: bold; } dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
        .wire { display: grid; grid-template-columns: 1fr 1fr; gap: 0.6em; }
        .wire.fwd { grid-template-columns: 1fr 1fr 1fr; }
        .wire > div { min-width: 0; }
        .hop .conn { margin: 0.2em 0; font-size: 0.9em; }
        h5 { margin: 0.3em 0 0.1em; font-size: 0.9em; }
        pre { margin: 0; padding: 0.4em; overflow-x: auto; white-space: pre; border-left: 4px solid;
          font-size: 12px; max-height: 24em; }
        pre.tx { background: #fdf0ef; border-color: #b3261e; }
        pre.rx { background: #eef8f0; border-color: #1a7f37; }
        pre.fw { background: #eef3fb; border-color: #1f5fa8; }
        #toolbar { position: sticky; top: 0; background: #fff; padding: 0.4em 0; z-index: 1;
          display: flex; flex-wrap: wrap; gap: 0.4em; align-items: center; }
        #toolbar[hidden] { display: none; }
        #q { flex: 1 1 14em; padding: 0.3em; font: inherit; }
        .group { display: inline-flex; flex-wrap: wrap; gap: 0.2em; }
        #toolbar button { border: 1px solid #bbb; background: #f4f4f4; padding: 0.2em 0.6em;
          cursor: pointer; font: inherit; border-radius: 3px; }
        #toolbar button.PASS, #toolbar button.WARN, #toolbar button.FAIL,
        #toolbar button.INCONCLUSIVE, #toolbar button.SKIP { color: #fff; opacity: 0.6; border: none; }
        #toolbar button.PASS { background: #1a7f37; } #toolbar button.WARN { background: #9a6700; }
        #toolbar button.FAIL { background: #b3261e; } #toolbar button.SKIP { background: #777; }
        #toolbar button.INCONCLUSIVE { background: #2f6fa3; }
        #toolbar button[aria-pressed="true"] { outline: 2px solid #222; opacity: 1; }
        #shown { color: #666; font-size: 0.9em; }
        section.sec h3 { margin: 1em 0 0.2em; font-size: 1.05em; }
        table.grid { width: 100%; table-layout: fixed; margin: 0; }
        table.grid td { border: none; border-top: 1px solid #eee; }
        td.id { width: 22em; overflow-wrap: anywhere; font-family: monospace; font-size: 12px; }
        td.id a { color: #222; text-decoration: none; }
        td.level { width: 4.5em; font-size: 0.85em; color: #555; }
        td.cells { width: 14em; }
        td.req { color: #555; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
        a.c { display: inline-block; width: 1.3em; height: 1.3em; margin: 0 1px 1px 0;
          color: #fff; text-align: center; text-decoration: none; font-size: 11px;
          line-height: 1.3em; border-radius: 2px; }
        tr.ev-row > td { padding: 0; border: none; }
        .ev { display: none; background: #fafafa; border: 1px solid #ddd; padding: 0.2em 0.6em 0.6em;
          margin: 0.2em 0 0.6em; white-space: normal; }
        .ev:target { display: block; }
        .ev, .scenario, tbody.rule, section.sec, article.failure { scroll-margin-top: 9em; }
        .scenario:target, tbody.rule:target td { background: #fff8d6; }
        @media (max-width: 700px) {
          body { margin: 0.5em; }
          .wire, .wire.fwd { grid-template-columns: 1fr; }
          table.grid, table.grid tbody, table.grid tr { display: block; }
          table.grid tbody[hidden] { display: none; }
          table.grid tbody.rule > tr:first-child { display: flex; flex-wrap: wrap; gap: 0 0.5em;
            border-top: 1px solid #eee; padding: 0.2em 0; }
          table.grid td { border: none; padding: 0; }
          td.id { width: 100%; }
          td.req { display: none; }
          td.level, td.cells { width: auto; }
          tr.ev-row > td { display: block; }
          table.meta td { overflow-wrap: anywhere; }
        }
        """;
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
