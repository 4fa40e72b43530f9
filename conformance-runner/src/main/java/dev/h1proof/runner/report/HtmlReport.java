package dev.h1proof.runner.report;

import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.RuleIds;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Verdict;
import dev.h1proof.runner.RunReport;
import dev.h1proof.runner.ScenarioResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * {@code report.html}, in the manner of Autobahn|Testsuite's report: a header, a legend, counts per
 * verdict and per RFC section, then one row per scenario with its evidence.
 *
 * <p>The page is self-contained: inline CSS and a few lines of inline JavaScript, both pinned by
 * hash in a Content-Security-Policy that also forbids every fetch. It is built as a DOM, so any
 * byte a server sent becomes text, never markup; the bytes are shown in the rulebook's notation, so
 * non-printable octets are visible. Without JavaScript every scenario is shown and the filter
 * buttons stay hidden.
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
        var table = document.getElementById('scenarios');
        var filters = document.getElementById('filters');
        if (table && filters) {
          var buttons = filters.querySelectorAll('button[data-verdict]');
          for (var i = 0; i < buttons.length; i++) {
            buttons[i].addEventListener('click', function (event) {
              var button = event.currentTarget;
              var hidden = table.classList.toggle('hide-' + button.getAttribute('data-verdict'));
              button.setAttribute('aria-pressed', hidden ? 'false' : 'true');
            });
          }
          filters.hidden = false;
        }
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
    doc.outputSettings().charset(StandardCharsets.UTF_8);
    doc.prependChild(new DocumentType("html", "", ""));
    doc.selectFirst("html").attr("lang", "en");
    head(doc.head(), report);
    Element body = doc.body();
    header(body, report);
    legend(body);
    counts(body, report);
    sections(body, report);
    scenarios(body, report);
    body.appendElement("script").appendChild(new DataNode(SCRIPT));
    return doc;
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

  private static void header(Element body, RunReport report) {
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
    row(table, "Duration", String.format("%.1f s", report.durationMillis() / 1000.0));
    row(table, "Tool", report.tool());
    row(table, "Fail on", report.failOn() + " and above");
    Element gate = row(table, "Gate", report.gatePassed() ? "PASSED" : "FAILED");
    gate.addClass("gate").addClass(report.gatePassed() ? "PASS" : "FAIL");
    if (!report.gatePassed()) {
      gate.appendText(": ");
      List<String> ids = Evidence.gateFailureIds(report);
      for (int i = 0; i < ids.size(); i++) {
        gate.appendText(i == 0 ? "" : ", ");
        gate.appendElement("code").text(ids.get(i));
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

  private static void counts(Element body, RunReport report) {
    Element section = body.appendElement("section").id("counts");
    section.appendElement("h2").text("Verdicts");
    Element table = section.appendElement("table");
    Element head = table.appendElement("tr");
    Element values = table.appendElement("tr");
    for (Map.Entry<Verdict, Integer> e : report.counts().entrySet()) {
      head.appendElement("th")
          .addClass("verdict")
          .addClass(e.getKey().name())
          .text(e.getKey().name());
      values.appendElement("td").addClass("count").text(Integer.toString(e.getValue()));
    }
    head.appendElement("th").text("total");
    values.appendElement("td").addClass("count").text(Integer.toString(report.results().size()));
  }

  private static void sections(Element body, RunReport report) {
    Element section = body.appendElement("section").id("sections");
    section.appendElement("h2").text("Verdicts per RFC section");
    Element table = section.appendElement("table");
    Element head = table.appendElement("thead").appendElement("tr");
    head.appendElement("th").text("Section");
    for (Verdict v : Verdict.values()) {
      head.appendElement("th").addClass("verdict").addClass(v.name()).text(v.name());
    }
    Element tbody = table.appendElement("tbody");
    for (Map.Entry<String, Map<Verdict, Integer>> e : tallyBySection(report).entrySet()) {
      Element tr = tbody.appendElement("tr");
      String ruleId = e.getKey();
      tr.appendElement("th")
          .attr("scope", "row")
          .appendElement("a")
          .attr("href", RuleIds.link(ruleId))
          .text(RuleIds.citation(ruleId));
      for (Verdict v : Verdict.values()) {
        int n = e.getValue().get(v);
        Element td = tr.appendElement("td").addClass("count").text(Integer.toString(n));
        if (n > 0) {
          td.addClass(v.name());
        }
      }
    }
  }

  /** Counts per verdict for each section, keyed by the first rule id seen in that section. */
  private static Map<String, Map<Verdict, Integer>> tallyBySection(RunReport report) {
    Map<String, String> sectionRule = new TreeMap<>(BY_SECTION);
    Map<String, Map<Verdict, Integer>> tally = new TreeMap<>(BY_SECTION);
    for (ScenarioResult r : report.results()) {
      String id = r.scenario().ruleId();
      String key = sectionKey(id);
      sectionRule.putIfAbsent(key, id);
      tally.computeIfAbsent(key, k -> zeroes()).merge(r.verdict(), 1, Integer::sum);
    }
    Map<String, Map<Verdict, Integer>> byRule = new LinkedHashMap<>();
    tally.forEach((key, counts) -> byRule.put(sectionRule.get(key), counts));
    return byRule;
  }

  private static String sectionKey(String ruleId) {
    return RuleIds.rfc(ruleId) + ":" + RuleIds.section(ruleId);
  }

  private static final Comparator<String> BY_SECTION = HtmlReport::compareSections;

  private static int compareSections(String a, String b) {
    String[] x = a.split("[:.]");
    String[] y = b.split("[:.]");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareNumbers(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static int compareNumbers(String a, String b) {
    try {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    } catch (NumberFormatException e) {
      return a.compareTo(b);
    }
  }

  private static Map<Verdict, Integer> zeroes() {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0);
    }
    return counts;
  }

  private static void scenarios(Element body, RunReport report) {
    Element section = body.appendElement("section").id("results");
    section.appendElement("h2").text("Scenarios");
    Element filters = section.appendElement("div").id("filters").attr("hidden", true);
    filters.appendText("Show: ");
    report
        .counts()
        .forEach(
            (v, n) ->
                filters
                    .appendElement("button")
                    .attr("type", "button")
                    .attr("data-verdict", v.name())
                    .attr("aria-pressed", "true")
                    .addClass("verdict")
                    .addClass(v.name())
                    .text(v.name() + " " + n));
    Element table = section.appendElement("table").id("scenarios");
    Element head = table.appendElement("thead").appendElement("tr");
    for (String name : List.of("Rule", "Level", "Scenario", "Verdict", "Reason")) {
      head.appendElement("th").text(name);
    }
    Set<ScenarioResult> breaking = Evidence.gateFailures(report);
    Set<String> anchors = new HashSet<>();
    for (ScenarioResult r : report.results()) {
      scenario(table, r, breaking.contains(r), anchor(r.scenario(), anchors), report);
    }
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

  private static void scenario(
      Element table, ScenarioResult r, boolean breaksGate, String anchor, RunReport report) {
    RuleScenario s = r.scenario();
    Element tbody = table.appendElement("tbody").id(anchor).addClass("v-" + r.verdict().name());
    Element tr = tbody.appendElement("tr");
    Element rule = tr.appendElement("td").addClass("rule");
    rule.appendElement("a").attr("href", s.rfcLink()).text(s.ruleId());
    rule.appendElement("div").addClass("cite").text(RuleIds.citation(s.ruleId()));
    tr.appendElement("td").text(s.level() == null ? "" : s.level().name());
    Element title = tr.appendElement("td");
    title.appendElement("a").attr("href", "#" + anchor).text(s.title());
    title.appendElement("div").addClass("file").text(s.uri() + ":" + s.line());
    tr.appendElement("td")
        .addClass("verdict")
        .addClass(r.verdict().name())
        .text(verdictText(r, breaksGate, report));
    tr.appendElement("td").addClass("reason").text(Text.visible(r.judgement().reason()));
    Element details =
        tbody
            .appendElement("tr")
            .addClass("evidence")
            .appendElement("td")
            .attr("colspan", "5")
            .appendElement("details");
    details.appendElement("summary").text("Evidence");
    evidence(details, r);
  }

  private static String verdictText(ScenarioResult r, boolean breaksGate, RunReport report) {
    if (r.verdict() != Verdict.FAIL || breaksGate) {
      return r.verdict().name();
    }
    return r.baselined() ? "FAIL (baselined)" : "FAIL (below " + report.failOn() + ")";
  }

  private static void evidence(Element details, ScenarioResult r) {
    RuleScenario s = r.scenario();
    Element dl = details.appendElement("dl");
    term(dl, "Requirement").addClass("description").text(nonNull(s.description()));
    list(term(dl, "Expected (PASS)"), Evidence.texts(s.expected()));
    list(term(dl, "Allowed (WARN)"), Evidence.texts(s.allowed()));
    term(dl, "Matched outcome").text(nonNull(Evidence.matched(r), "none"));
    term(dl, "Observed").text(r.observation() == null ? "not run" : r.observation().summary());
    term(dl, "Connection").text(Evidence.connection(r));
    Observation o = r.observation();
    if (o != null && !o.deviations().isEmpty()) {
      list(term(dl, "Response deviations"), o.deviations().stream().map(Text::visible).toList());
    }
    term(dl, "Tags").text(String.join(" ", new TreeSet<>(s.tags())));
    details.appendElement("h4").text("Sent (" + length(r.sent()) + " bytes)");
    details
        .appendElement("pre")
        .addClass("tx")
        .text(Text.clip(Evidence.request(r), Evidence.DISPLAY_LIMIT));
    if (r.sent() != null && r.sent().length > Evidence.PREFIX_OCTETS) {
      details
          .appendElement("p")
          .text("Only the first " + Evidence.PREFIX_OCTETS + " octets are shown.");
    }
    if (o == null) {
      details.appendElement("p").text("Not run: nothing was received.");
      return;
    }
    details.appendElement("h4").text("Received (" + o.received().length + " bytes)");
    String received = Evidence.response(r);
    details
        .appendElement("pre")
        .addClass("rx")
        .text(received.isEmpty() ? "(no bytes)" : Text.clip(received, Evidence.DISPLAY_LIMIT));
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
    Element ul = parent.appendElement("ul");
    items.forEach(item -> ul.appendElement("li").appendElement("code").text(item));
  }

  private static int length(byte[] bytes) {
    return bytes == null ? 0 : bytes.length;
  }

  private static String nonNull(String s) {
    return nonNull(s, "");
  }

  private static String nonNull(String s, String fallback) {
    return s == null ? fallback : s;
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
    StringBuilder css =
        new StringBuilder(
            """
            body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
            table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
            th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; }
            th, td { vertical-align: top; }
            td.count { text-align: right; }
            .verdict, td.gate, td.count.PASS, td.count.WARN, td.count.FAIL,
            td.count.INCONCLUSIVE, td.count.SKIP { color: #fff; font-weight: bold; }
            .PASS { background: #0a0; } .WARN { background: #9a0; } .FAIL { background: #900; }
            .INCONCLUSIVE { background: #4095bf; } .SKIP { background: #888; }
            td.closing-line { font-family: monospace; font-weight: bold; }
            .banner { padding: 0.6em 1em; font-weight: bold; }
            .not-usable { background: #a05a2c; color: #fff; }
            .incomplete { background: #5a2ca0; color: #fff; }
            .cite, .file { color: #666; font-size: 0.85em; }
            td.reason { max-width: 40em; }
            tr.evidence > td { border-top: none; background: #fafafa; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; }
            dt { font-weight: bold; } dd { margin: 0; } dd ul { margin: 0; padding-left: 1.2em; }
            .description { white-space: pre-line; }
            pre { padding: 0.5em; overflow-x: auto; white-space: pre; border-left: 4px solid; }
            pre.tx { background: #fdeeee; border-color: #900; }
            pre.rx { background: #eefbee; border-color: #0a0; }
            #filters button { border: none; padding: 0.3em 0.8em; margin-right: 0.3em; }
            #filters button { cursor: pointer; }
            #filters button[aria-pressed="false"] { opacity: 0.35; }
            """);
    for (Verdict v : Verdict.values()) {
      css.append(".hide-").append(v.name()).append(" tbody.v-").append(v.name());
      css.append(" { display: none; }\n");
    }
    return css.toString();
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
