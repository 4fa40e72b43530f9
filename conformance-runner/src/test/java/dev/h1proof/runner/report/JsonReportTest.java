package dev.h1proof.runner.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.h1proof.rulebook.Notation;
import dev.h1proof.rulebook.TargetInfo;
import dev.h1proof.runner.result.RunReport;
import dev.h1proof.runner.result.ScenarioResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {
  private static final List<String> RESULT_FIELDS =
      List.of(
          "id",
          "level",
          "section",
          "rfc",
          "title",
          "description",
          "feature",
          "file",
          "line",
          "tags",
          "verdict",
          "baselined",
          "reason",
          "matchedOutcome",
          "expected",
          "allowed",
          "evidence");
  private static final List<String> EVIDENCE_FIELDS =
      List.of("sent", "received", "connection", "elapsedMillis", "responses", "deviations");

  private static JsonNode render(RunReport report) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonReport().render(report, out);
    return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void topLevelCarriesTheRunAndTheGate() throws Exception {
    // given a run with every verdict
    RunReport report = ReportFixtures.run();

    // when it is rendered as JSON and parsed back
    JsonNode root = render(report);

    // then the run, the gate and the counts are there
    assertThat(root.path("schema").asText()).isEqualTo("h1proof-report/2");
    assertThat(root.path("tool").asText()).isEqualTo("h1proof 0.1.0-test");
    assertThat(root.path("target").asText()).isEqualTo("http://localhost:8080/");
    assertThat(root.path("started").asText()).isEqualTo("2026-11-22T10:15:30Z");
    assertThat(root.path("durationMillis").asLong()).isEqualTo(1234);
    assertThat(root.path("failOn").asText()).isEqualTo("MUST");
    assertThat(root.path("gate").path("passed").asBoolean(true)).isFalse();
    assertThat(root.path("gate").path("failures"))
        .extracting(JsonNode::asText)
        .containsExactly(ReportFixtures.GATE_FAILURE);
    JsonNode counts = root.path("counts");
    assertThat(counts.path("PASS").asInt()).isEqualTo(1);
    assertThat(counts.path("WARN").asInt()).isEqualTo(1);
    assertThat(counts.path("FAIL").asInt()).isEqualTo(2);
    assertThat(counts.path("INCONCLUSIVE").asInt()).isEqualTo(1);
    assertThat(counts.path("SKIP").asInt()).isEqualTo(1);
    assertThat(root.path("closingLine").asText()).isEqualTo("2 passed, 1 failed, 1 skipped");
    assertThat(root.path("complete").asBoolean(false)).isTrue();
    assertThat(root.path("incomplete").isNull()).isTrue();
    JsonNode totals = root.path("totals");
    assertThat(totals.path("passed").asInt()).isEqualTo(2);
    assertThat(totals.path("failed").asInt()).isEqualTo(1);
    assertThat(totals.path("skipped").asInt()).isEqualTo(1);
    assertThat(totals.path("failedBelowGate").asInt()).isEqualTo(1);
    assertThat(totals.path("failedBaselined").asInt()).isZero();
    assertThat(totals.path("inconclusive").asInt()).isEqualTo(1);
    assertThat(root.path("countsExplained").asText()).isEqualTo(report.countsExplained());
    assertThat(root.has("notUsable")).isTrue();
    assertThat(root.path("notUsable").isNull()).isTrue();
    assertThat(root.path("unexpectedPasses").isArray()).isTrue();
  }

  @Test
  void everyResultHasEveryFieldInRulebookOrder() throws Exception {
    // given
    RunReport report = ReportFixtures.run();

    // when
    JsonNode results = render(report).path("results");

    // then
    List<String> ids = new ArrayList<>();
    results.forEach(r -> ids.add(r.path("id").asText()));
    assertThat(ids)
        .containsExactlyElementsOf(
            report.results().stream().map(r -> r.scenario().ruleId()).toList());
    for (JsonNode result : results) {
      assertThat(result.fieldNames()).toIterable().containsAll(RESULT_FIELDS);
      assertThat(result.path("evidence").fieldNames()).toIterable().containsAll(EVIDENCE_FIELDS);
    }
    assertThat(results.get(1).path("verdict").asText()).isEqualTo("WARN");
    assertThat(results.get(1).path("matchedOutcome").asText()).isEqualTo("accepted");
    assertThat(results.get(0).path("section").asText()).isEqualTo("5.1");
    assertThat(results.get(0).path("rfc").asInt()).isEqualTo(9112);
    assertThat(results.get(0).path("line").asInt()).isEqualTo(12);
    assertThat(results.get(2).path("breaksGate").asBoolean()).isTrue();
    assertThat(results.get(3).path("breaksGate").asBoolean()).isFalse();
  }

  @Test
  void evidenceIsLosslessAndEscaped() throws Exception {
    // given the hostile response with NUL, ESC and 0xff
    RunReport report = ReportFixtures.run();
    ScenarioResult hostile = report.results().get(2);

    // when
    JsonNode evidence = render(report).path("results").get(2).path("evidence");

    // then the notation decodes back to every octet, and shows them visibly
    assertThat(decode(evidence.path("received"))).isEqualTo(hostile.observation().received());
    assertThat(decode(evidence.path("sent"))).isEqualTo(hostile.sent());
    assertThat(evidence.path("received").path("octets").asText())
        .contains("X-Evil: \\0\\x1b\\xff<img")
        .contains(ReportFixtures.HOSTILE_BODY)
        .doesNotContain("\u0000", "\u001b");
    assertThat(evidence.path("sent").path("octets").asText())
        .contains("Transfer-Encoding: chunked\\r\\n");
    assertThat(evidence.path("sent").path("length").asInt()).isEqualTo(hostile.sent().length);
    assertThat(evidence.path("sent").path("truncated").asBoolean(true)).isFalse();
    assertThat(evidence.path("sent").has("sha256")).isFalse();
    assertThat(evidence.path("connection").asText()).isEqualTo("OPEN");
    assertThat(evidence.path("elapsedMillis").asLong()).isEqualTo(42);
    assertThat(evidence.path("responses").get(0).path("status").asInt()).isEqualTo(200);
    assertThat(evidence.path("responses").get(0).path("interim").asBoolean()).isFalse();
    assertThat(evidence.path("deviations")).hasSize(1);
  }

  @Test
  void aScenarioThatWasNotRunHasNoResponse() throws Exception {
    // given the SKIP
    RunReport report = ReportFixtures.run();

    // when
    JsonNode skipped = render(report).path("results").get(5);

    // then
    assertThat(skipped.path("verdict").asText()).isEqualTo("SKIP");
    assertThat(skipped.path("evidence").path("received").isNull()).isTrue();
    assertThat(skipped.path("evidence").path("connection").isNull()).isTrue();
    assertThat(skipped.path("evidence").path("sent").path("length").asInt(-1)).isZero();
    assertThat(skipped.path("evidence").path("sent").path("octets").asText("x")).isEmpty();
  }

  @Test
  void aLargeRequestIsStoredOnceAsAPrefixWithItsLengthAndDigest() throws Exception {
    // given a result whose request is 1 MiB
    RunReport small = ReportFixtures.run();
    ScenarioResult first = small.results().get(0);
    byte[] large = new byte[1 << 20];
    java.util.Arrays.fill(large, (byte) 'a');
    ScenarioResult big =
        new ScenarioResult(
            first.scenario(), first.judgement(), large, first.observation(), first.baselined());
    RunReport report =
        new RunReport(
            small.tool(),
            small.target(),
            small.started(),
            small.durationMillis(),
            small.failOn(),
            List.of(big),
            List.of(),
            null);

    // when
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonReport().render(report, out);
    JsonNode sent =
        new ObjectMapper().readTree(out.toByteArray()).path("results").get(0).path("evidence");

    // then the prefix, the length and the digest are there, and the file stays small
    JsonNode octets = sent.path("sent");
    assertThat(octets.path("length").asInt()).isEqualTo(large.length);
    assertThat(octets.path("truncated").asBoolean()).isTrue();
    assertThat(octets.path("octets").asText()).isEqualTo("a".repeat(Evidence.PREFIX_OCTETS));
    assertThat(octets.path("sha256").asText())
        .isEqualTo(
            java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(large)));
    assertThat(out.size()).isLessThan(3 * Evidence.PREFIX_OCTETS + 8192);
  }

  @Test
  void anInterruptedRunSaysSoInTheJson() throws Exception {
    // given
    RunReport report = ReportFixtures.run().withIncomplete("interrupted by a signal");

    // when
    JsonNode root = render(report);

    // then
    assertThat(root.path("complete").asBoolean(true)).isFalse();
    assertThat(root.path("incomplete").asText()).isEqualTo("interrupted by a signal");
    assertThat(root.path("closingLine").asText())
        .isEqualTo("2 passed, 1 failed, 1 skipped (incomplete: interrupted by a signal)");
  }

  private static byte[] decode(JsonNode octets) {
    return Notation.decode(octets.path("octets").asText())
        .render(new TargetInfo("h", "h", 80, "/", null))
        .bytes();
  }
}
