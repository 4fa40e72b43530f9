package dev.h1proof.runner.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.runner.result.RunReport;
import dev.h1proof.runner.result.ScenarioResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  /** Where a sample is left for {@code scripts/check-html-report.sh}. */
  private static final Path SAMPLE = Path.of("target", "sample-report");

  private RunReport report;
  private Document page;

  @BeforeEach
  void render() throws Exception {
    report = ReportFixtures.run();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new HtmlReport().render(report, out);
    page = Jsoup.parse(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void serverBytesAreTextNeverMarkup() {
    // given a response whose body is <script>alert(1)</script> and a field with an <img onerror>

    // then the only script is our own, no image exists, and no element has an event handler
    Elements scripts = page.select("script");
    assertThat(scripts).hasSize(1);
    assertThat(scripts.first().data()).contains("data-script").doesNotContain("alert");
    assertThat(page.select("img, iframe, object, embed, link")).isEmpty();
    assertThat(page.getAllElements())
        .allSatisfy(
            e -> assertThat(e.attributes().asList()).noneMatch(a -> a.getKey().startsWith("on")));

    // and the hostile bytes appear as text, every octet visible
    String received = page.selectFirst("#f-" + anchor(2) + " pre.rx").text();
    assertThat(received)
        .contains(ReportFixtures.HOSTILE_BODY)
        .contains("X-Evil: \\0\\x1b\\xff" + ReportFixtures.EVIL_TAIL);
    assertThat(page.selectFirst("#f-" + anchor(2) + " pre.rx").wholeText()).contains("\\r\\n\n");
    assertThat(page.text())
        .doesNotContain("\u0000", "\u001b")
        .contains("\\x00 and \\x1b in X-Evil");
  }

  @Test
  void aLargeRequestShowsItsPrefixLengthAndDigestOnly() throws Exception {
    // given a result whose request is 1 MiB of 'a'
    ScenarioResult first = report.results().get(0);
    byte[] large = new byte[1 << 20];
    java.util.Arrays.fill(large, (byte) 'a');
    RunReport big =
        ReportFixtures.report(
            java.util.List.of(
                new ScenarioResult(
                    first.scenario(),
                    first.judgement(),
                    large,
                    first.observation(),
                    first.baselined())));

    // when
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new HtmlReport().render(big, out);
    Document bigPage = Jsoup.parse(out.toString(StandardCharsets.UTF_8));

    // then the page holds the 4096-octet prefix, the length and the digest, not the megabyte
    String sent = bigPage.selectFirst("pre.tx").text();
    String digest =
        java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(large));
    assertThat(sent)
        .startsWith("a".repeat(Evidence.PREFIX_OCTETS))
        .doesNotContain("a".repeat(Evidence.PREFIX_OCTETS + 1))
        .contains((large.length - Evidence.PREFIX_OCTETS) + " more octets not shown")
        .contains(large.length + " in all, SHA-256 " + digest);
    assertThat(bigPage.text()).contains("Sent (" + large.length + " bytes)");
    assertThat(out.size()).isLessThan(64 * 1024);
  }

  @Test
  void theInlineScriptAndStyleArePinnedByTheContentSecurityPolicy() throws Exception {
    // when
    String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");

    // then nothing may be fetched, and only our own script and style run
    assertThat(policy).startsWith("default-src 'none'");
    assertThat(policy).contains(sha256(page.selectFirst("script").data()));
    assertThat(policy).contains(sha256(page.selectFirst("style").data()));
    assertThat(page.select("[src]")).isEmpty();
  }

  @Test
  void headerLegendCountsAndSections() {
    // then the header says what was run and the gate result
    String header = page.selectFirst("header").text();
    assertThat(header)
        .contains("http://localhost:8080/", "2026-11-22T10:15:30Z", "h1proof 0.1.0-test")
        .contains("FAILED", ReportFixtures.GATE_FAILURE);
    assertThat(page.selectFirst("td.closing-line").text()).isEqualTo(report.closingLine());
    assertThat(page.select("#legend td.verdict"))
        .extracting(Element::text)
        .containsExactly("PASS", "WARN", "FAIL", "INCONCLUSIVE", "SKIP");
    assertThat(page.select("#counts td.count"))
        .extracting(Element::text)
        .containsExactly("1", "1", "2", "1", "1", "6");
    assertThat(page.selectFirst("#overview").text())
        .isEqualTo("6 rules in 6 RFC sections; 2 with a FAIL, 1 breaking the gate.");
  }

  @Test
  void theSectionTableLinksToItsOwnRowsInRfcOrder() {
    // then one row per section, in section order, each linking to that section's rows
    Elements links = page.select("#sections tbody th a");
    assertThat(links)
        .extracting(Element::text)
        .containsExactly(
            "RFC 9112 §2.2",
            "RFC 9112 §3",
            "RFC 9112 §5.1",
            "RFC 9112 §5.2",
            "RFC 9112 §6.3",
            "RFC 9112 §7.1");
    for (Element link : links) {
      String target = link.attr("href");
      assertThat(target).startsWith("#sec-");
      Element section = page.getElementById(target.substring(1));
      assertThat(section).as(target).isNotNull();
      assertThat(section.select("tbody.rule td.id").text())
          .startsWith("RFC9112-" + link.text().substring("RFC 9112 §".length()) + "-");
    }
    // and zero counts are blank cells, non-PASS counts coloured
    Element smuggling = page.select("#sections tbody tr").get(4);
    assertThat(smuggling.select("td"))
        .extracting(Element::text)
        .containsExactly("1", "", "", "1", "", "");
    assertThat(smuggling.select("td.FAIL")).hasSize(1);
  }

  @Test
  void failuresComeFirstGroupedByRuleWithRequirementOutcomesAndBytesSideBySide() {
    // then the failures section comes straight after the summary, before every rule
    assertThat(page.body().children().select("section").eachAttr("id"))
        .filteredOn(id -> !id.startsWith("sec-"))
        .containsExactly("summary", "failures", "rules", "legend");
    Elements failures = page.select("#failures article.failure");
    assertThat(failures)
        .extracting(Element::id)
        .containsExactly(
            "fail-" + ReportFixtures.SHOULD_FAILURE, "fail-" + ReportFixtures.GATE_FAILURE);

    // and each says its rule, level, whether it breaks the gate, its requirement and RFC link
    Element gate = failures.get(1);
    assertThat(gate.selectFirst("h3").text())
        .isEqualTo(ReportFixtures.GATE_FAILURE + " MUST breaks the gate");
    assertThat(gate.selectFirst("p.requirement a").attr("href"))
        .isEqualTo("https://www.rfc-editor.org/rfc/rfc9112.html#section-6.3");
    assertThat(gate.selectFirst("p.requirement").text())
        .contains("MAY reject a request that contains both Content-Length and Transfer-Encoding");
    assertThat(failures.get(0).selectFirst("h3").text())
        .isEqualTo(ReportFixtures.SHOULD_FAILURE + " SHOULD");
    assertThat(failures.get(0).selectFirst("summary .verdict").text())
        .isEqualTo("FAIL (below MUST)");

    // and the expected and observed outcomes, then the bytes sent and received side by side
    Element scenario = gate.selectFirst("details.scenario");
    assertThat(scenario.hasAttr("open")).isTrue();
    assertThat(scenario.select("dt"))
        .extracting(Element::text)
        .containsSequence("Expected", "Also allowed", "Observed", "Verdict");
    assertThat(scenario.selectFirst("dd code").text()).isEqualTo("status 400, connection closed");
    Elements sides = scenario.select("div.wire > div");
    assertThat(sides).hasSize(2);
    assertThat(sides.get(0).selectFirst("h5").text()).startsWith("Sent (");
    assertThat(sides.get(0).selectFirst("pre.tx").wholeText())
        .startsWith("POST / HTTP/1.1\\r\\n\n");
    assertThat(sides.get(1).selectFirst("h5").text()).startsWith("Received (");
  }

  @Test
  void everyRuleIsOneLineWithACellPerScenarioThatOpensItsEvidence() {
    // then one tbody per rule, its cells coloured by verdict in scenario order
    Elements rules = page.select("#rules tbody.rule");
    assertThat(rules).hasSize(6);
    Element warn = page.getElementById("r-" + ReportFixtures.WARNING);
    assertThat(warn.attr("data-v")).isEqualTo("WARN");
    assertThat(warn.attr("data-l")).isEqualTo("MUST");
    Element cell = warn.selectFirst("a.c");
    assertThat(cell.classNames()).contains("WARN");
    assertThat(cell.text()).isEqualTo("W");
    assertThat(cell.attr("title")).startsWith("WARN: ");

    // and a non-FAIL cell opens the evidence in the row below; a FAIL cell its failure block
    Element evidence = page.getElementById(cell.attr("href").substring(1));
    assertThat(evidence.hasClass("ev")).isTrue();
    assertThat(evidence.parents()).contains(warn);
    assertThat(evidence.select("pre.tx, pre.rx")).hasSize(2);
    String failHref =
        page.getElementById("r-" + ReportFixtures.GATE_FAILURE).selectFirst("a.c").attr("href");
    assertThat(page.getElementById(failHref.substring(1)).parents())
        .contains(page.getElementById("fail-" + ReportFixtures.GATE_FAILURE));

    // and a scenario that was not run says so
    Element skip = page.select("#rules tbody.rule").last();
    assertThat(skip.attr("data-v")).isEqualTo("SKIP");
    assertThat(skip.selectFirst(".ev").text()).contains("Received: not run");
  }

  @Test
  void theGateCellCountsTheRulesThatBrokeItWithLinks() {
    Element gate = page.selectFirst("td.gate");
    assertThat(gate.ownText()).startsWith("FAILED: 1 rule at MUST or above broke it:");
    assertThat(gate.select("a"))
        .extracting(a -> a.attr("href"))
        .containsExactly("#fail-" + ReportFixtures.GATE_FAILURE);
    assertThat(page.getElementById("fail-" + ReportFixtures.GATE_FAILURE)).isNotNull();
  }

  @Test
  void withoutJavaScriptTheToolbarStaysHiddenAndEveryRuleShows() {
    assertThat(page.selectFirst("#toolbar").hasAttr("hidden")).isTrue();
    assertThat(page.select("#toolbar input#q[type=search]")).hasSize(1);
    assertThat(page.select("#toolbar button[data-key=v]"))
        .extracting(b -> b.attr("data-value"))
        .containsExactly("", "PASS", "WARN", "FAIL", "INCONCLUSIVE", "SKIP");
    assertThat(page.select("#toolbar button[data-key=l]"))
        .extracting(b -> b.attr("data-value"))
        .containsExactly("", "MUST", "SHOULD", "MAY");
    assertThat(page.select("#rules tbody.rule[hidden]")).isEmpty();
    // the script keeps the choice in the query string
    assertThat(page.selectFirst("script").data())
        .contains("URLSearchParams(window.location.search)", "history.replaceState");
  }

  @Test
  void leavesASampleForTheBrowserCheck() throws Exception {
    // when
    Files.createDirectories(SAMPLE);
    Path written = new HtmlReport().write(report, SAMPLE);

    // then
    assertThat(written).exists();
    assertThat(Files.readString(written)).startsWith("<!doctype html>");
  }

  private String anchor(int index) {
    var s = report.results().get(index).scenario();
    return (s.ruleId() + "-" + s.line()).replace(".", "\\.");
  }

  private static String sha256(String text) throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
  }
}
