package dev.h1proof.runner.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.rulebook.RuleIds;
import dev.h1proof.runner.RunReport;
import dev.h1proof.runner.ScenarioResult;
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
    String received = page.selectFirst("#" + anchor(2) + " pre.rx").text();
    assertThat(received)
        .contains(ReportFixtures.HOSTILE_BODY)
        .contains("X-Evil: \\0\\x1b\\xff" + ReportFixtures.EVIL_TAIL);
    assertThat(page.selectFirst("#" + anchor(2) + " pre.rx").wholeText()).contains("\\r\\n\n");
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
    assertThat(page.select("#sections tbody th"))
        .extracting(Element::text)
        .containsExactly(
            "RFC 9112 §2.2",
            "RFC 9112 §3",
            "RFC 9112 §5.1",
            "RFC 9112 §5.2",
            "RFC 9112 §6.3",
            "RFC 9112 §7.1");
    assertThat(page.select("#counts td.count"))
        .extracting(Element::text)
        .containsExactly("1", "1", "2", "1", "1", "6");
  }

  @Test
  void oneRowPerScenarioLinkedToItsSectionWithEvidence() {
    // then
    Elements rows = page.select("#scenarios > tbody");
    assertThat(rows).hasSize(report.results().size());
    Element fail = rows.get(2);
    assertThat(fail.hasClass("v-FAIL")).isTrue();
    assertThat(fail.selectFirst("td.rule a").attr("href"))
        .isEqualTo(RuleIds.link(ReportFixtures.GATE_FAILURE))
        .isEqualTo("https://www.rfc-editor.org/rfc/rfc9112.html#section-6.3");
    assertThat(fail.selectFirst("td.verdict").text()).isEqualTo("FAIL");
    assertThat(rows.get(3).selectFirst("td.verdict").text()).isEqualTo("FAIL (below MUST)");
    assertThat(fail.select("details pre.tx")).hasSize(1);
    assertThat(fail.selectFirst("details").text())
        .contains("status 400, connection closed", "accepted then accepted, connection closed")
        .contains("connection open, 42 ms");
    assertThat(rows.get(5).selectFirst("details").text()).contains("Not run");
  }

  @Test
  void withoutJavaScriptTheFiltersStayHiddenAndEveryRowShows() {
    // then
    assertThat(page.selectFirst("#filters").hasAttr("hidden")).isTrue();
    assertThat(page.select("#filters button[data-verdict]")).hasSize(5);
    assertThat(page.selectFirst("#scenarios").classNames()).isEmpty();
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
