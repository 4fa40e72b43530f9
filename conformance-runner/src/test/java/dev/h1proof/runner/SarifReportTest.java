package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.sarif against the published SARIF 2.1.0 schema, and what code scanning relies on. */
class SarifReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  @TempDir Path tmp;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in =
        SarifReportTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  private static Set<ValidationMessage> validate(JsonNode log) {
    return schema.validate(log);
  }

  @Test
  void theSchemaCatchesABrokenLog() throws Exception {
    // the validator is live: a log without its version, or with an unknown level, is refused
    JsonNode broken = JSON.readTree("{\"runs\":[]}");
    assertThat(validate(broken)).isNotEmpty();
    JsonNode badLevel =
        JSON.readTree(
            "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}},"
                + "\"results\":[{\"message\":{\"text\":\"m\"},\"level\":\"fatal\"}]}]}");
    assertThat(validate(badLevel)).isNotEmpty();
  }

  @Test
  void aFailingServerGivesAValidLogWithTheRuleAsAnError() throws Exception {
    Path reports = tmp.resolve("r");
    String url;
    try (LenientJetty jetty = LenientJetty.acceptingWhitespaceBeforeColon()) {
      url = jetty.url();
      CliTest.Run run =
          CliTest.cli(
              "run",
              url,
              "--report-dir",
              reports.toString(),
              "--format",
              "sarif",
              "--rule",
              "RFC9112-5.1-whitespace-before-colon",
              "--rule",
              "RFC9112-2.1-baseline-valid-requests");
      assertThat(run.code()).as(run.out() + run.err()).isEqualTo(ExitCodes.GATE_FAILED);
    }
    JsonNode log = JSON.readTree(reports.resolve("report.sarif").toFile());
    assertThat(validate(log)).isEmpty();
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    JsonNode run = log.path("runs").get(0);
    assertThat(run.path("properties").path("target").asText()).isEqualTo(url);

    JsonNode rules = run.path("tool").path("driver").path("rules");
    Set<String> ids = new HashSet<>();
    JsonNode colonRule = null;
    for (JsonNode rule : rules) {
      ids.add(rule.path("id").asText());
      if (rule.path("id").asText().equals("RFC9112-5.1-whitespace-before-colon")) {
        colonRule = rule;
      }
    }
    assertThat(ids)
        .containsExactlyInAnyOrder(
            "RFC9112-5.1-whitespace-before-colon", "RFC9112-2.1-baseline-valid-requests");
    assertThat(colonRule).isNotNull();
    assertThat(colonRule.path("helpUri").asText())
        .startsWith("https://www.rfc-editor.org/rfc/rfc9112");
    assertThat(colonRule.path("help").path("text").asText())
        .contains(colonRule.path("helpUri").asText());
    assertThat(colonRule.path("fullDescription").path("text").asText()).isNotBlank();
    assertThat(colonRule.path("defaultConfiguration").path("level").asText()).isEqualTo("error");

    JsonNode results = run.path("results");
    assertThat(results.size()).isGreaterThanOrEqualTo(1);
    boolean sawFail = false;
    for (JsonNode result : results) {
      String ruleId = result.path("ruleId").asText();
      assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(ruleId);
      assertThat(result.path("properties").path("target").asText()).isEqualTo(url);
      assertThat(result.path("partialFingerprints").path("h1proofScenario/v1").asText())
          .matches("[0-9a-f]{64}");
      // the location is the scenario in the rulebook, never the URL
      JsonNode artifact =
          result.path("locations").get(0).path("physicalLocation").path("artifactLocation");
      assertThat(artifact.path("uri").asText()).endsWith(".feature").doesNotContain("://");
      if (result.path("properties").path("verdict").asText().equals("FAIL")) {
        assertThat(ruleId).isEqualTo("RFC9112-5.1-whitespace-before-colon");
        assertThat(result.path("level").asText()).isEqualTo("error");
        sawFail = true;
      } else {
        assertThat(result.path("level").asText()).isEqualTo("note");
      }
    }
    assertThat(sawFail).isTrue();
  }

  @Test
  void levelsFollowTheRequirement() {
    assertThat(dev.h1proof.runner.report.SarifReport.sarifLevel(dev.h1proof.rulebook.Level.MUST))
        .isEqualTo("error");
    assertThat(dev.h1proof.runner.report.SarifReport.sarifLevel(dev.h1proof.rulebook.Level.SHOULD))
        .isEqualTo("warning");
    assertThat(dev.h1proof.runner.report.SarifReport.sarifLevel(dev.h1proof.rulebook.Level.MAY))
        .isEqualTo("note");
  }

  @Test
  void aCleanRunAgainstTheReferenceServerIsValidToo() throws Exception {
    Path reports = tmp.resolve("clean");
    CliTest.Run run = CliTest.cli("run", "--report-dir", reports.toString(), "--section", "7");
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    JsonNode log = JSON.readTree(reports.resolve("report.sarif").toFile());
    assertThat(validate(log)).isEmpty();
    for (JsonNode result : log.path("runs").get(0).path("results")) {
      assertThat(result.path("level").asText()).isEqualTo("note"); // WARNs only, no FAIL
    }
  }
}
