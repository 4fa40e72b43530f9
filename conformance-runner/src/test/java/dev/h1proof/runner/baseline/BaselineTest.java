package dev.h1proof.runner.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.h1proof.rulebook.Level;
import dev.h1proof.rulebook.Verdict;
import dev.h1proof.runner.report.ReportFixtures;
import dev.h1proof.runner.result.RunReport;
import dev.h1proof.runner.result.ScenarioResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  private static final String OTHER = "RFC9112-7.1-chunk-size-overflow";

  @TempDir Path temp;

  private static RunReport failingRun() {
    List<ScenarioResult> results = new ArrayList<>(ReportFixtures.results());
    results.add(ReportFixtures.failing(OTHER, Level.MUST));
    return ReportFixtures.report(results);
  }

  private static Baseline recorded(RunReport run) {
    return Baseline.fromRun(run.results(), Baseline.recordedReason(LocalDate.of(2026, 11, 22)));
  }

  @Test
  void aRecordedBaselineLetsTheSameRunPass() throws IOException {
    // given a run whose gate fails, recorded as a baseline and read back
    RunReport run = failingRun();
    assertThat(run.gatePassed()).isFalse();
    Path file = temp.resolve("ci/h1proof-baseline.json");
    recorded(run).write(file);

    // when it is applied to the same results
    RunReport gated = Baseline.read(file).apply(run);

    // then the gate passes, every FAIL is baselined and nothing is an unexpected pass
    assertThat(gated.gatePassed()).isTrue();
    assertThat(gated.closingLine()).isEqualTo("2 passed, 0 failed, 1 skipped");
    assertThat(gated.countsExplained())
        .contains("failed = 0 FAIL at or above", " 3 baselined FAIL, ");
    assertThat(gated.results())
        .filteredOn(r -> r.verdict() == Verdict.FAIL)
        .hasSize(3)
        .allMatch(ScenarioResult::baselined);
    assertThat(gated.results())
        .filteredOn(r -> r.verdict() != Verdict.FAIL)
        .noneMatch(ScenarioResult::baselined);
    assertThat(gated.unexpectedPasses()).isEmpty();
  }

  @Test
  void theFileListsEveryFailingRuleSortedWithTheRecordedReason() throws IOException {
    // when
    Path file = temp.resolve("baseline.json");
    recorded(failingRun()).write(file);

    // then
    assertThat(Files.readString(file))
        .isEqualTo(
            """
            {
              "schema" : "h1proof-baseline/1",
              "rules" : {
                "RFC9112-2.2-non-HTTP-octets-400-close" : {
                  "expected" : "FAIL",
                  "reason" : "recorded by h1proof on 2026-11-22"
                },
                "RFC9112-6.3-CL-differing-values" : {
                  "expected" : "FAIL",
                  "reason" : "recorded by h1proof on 2026-11-22"
                },
                "RFC9112-7.1-chunk-size-overflow" : {
                  "expected" : "FAIL",
                  "reason" : "recorded by h1proof on 2026-11-22"
                }
              }
            }
            """);
  }

  @Test
  void aRuleRemovedFromTheBaselineBreaksTheGateAgain() throws IOException {
    // given the recorded baseline without one entry
    RunReport run = failingRun();
    Map<String, Baseline.Entry> rules = new TreeMap<>(recorded(run).rules());
    rules.remove(OTHER);
    Path file = temp.resolve("baseline.json");
    new Baseline(rules).write(file);

    // when
    RunReport gated = Baseline.read(file).apply(run);

    // then exactly that rule breaks the gate
    assertThat(gated.gatePassed()).isFalse();
    assertThat(gated.gateFailures()).extracting(r -> r.scenario().ruleId()).containsExactly(OTHER);
  }

  @Test
  void aListedRuleThatNowPassesIsAnUnexpectedPass() {
    // given a baseline listing OTHER, and a run where OTHER passes
    Baseline baseline = recorded(failingRun());
    List<ScenarioResult> results = new ArrayList<>(ReportFixtures.results());
    results.add(ReportFixtures.passing(OTHER, Level.MUST));

    // when
    Baseline.Applied applied = baseline.apply(results);

    // then
    assertThat(applied.unexpectedPasses()).containsExactly(OTHER);
  }

  @Test
  void aListedRuleThatWasNotRunOrOnlySkippedIsNoUnexpectedPass() {
    // given a baseline listing the skipped rule and a rule not in the run
    Baseline baseline =
        new Baseline(
            Map.of(
                "RFC9112-7.1-chunk-size-hex-forms", new Baseline.Entry(Verdict.FAIL, "known", null),
                "RFC9112-9.6-graceful-close-no-reset",
                    new Baseline.Entry(Verdict.FAIL, "known", null)));

    // when
    Baseline.Applied applied = baseline.apply(ReportFixtures.results());

    // then
    assertThat(applied.unexpectedPasses()).isEmpty();
  }

  @Test
  void anExpectedWarnCoversNoFail() {
    // given a baseline that expects a WARN of a rule that now FAILs
    Baseline baseline =
        new Baseline(
            Map.of(ReportFixtures.GATE_FAILURE, new Baseline.Entry(Verdict.WARN, "known", null)));

    // when
    RunReport gated = baseline.apply(ReportFixtures.run());

    // then the FAIL still breaks the gate
    assertThat(gated.gateFailures())
        .extracting(r -> r.scenario().ruleId())
        .containsExactly(ReportFixtures.GATE_FAILURE);
  }

  @Test
  void listedRulesUnknownToTheRulebookAreReported() {
    // given
    Baseline baseline = recorded(failingRun());

    // when
    List<String> unknown =
        baseline.unknownRules(List.of(ReportFixtures.GATE_FAILURE, ReportFixtures.SHOULD_FAILURE));

    // then
    assertThat(unknown).containsExactly(OTHER);
  }

  @Test
  void malformedBaselinesAreRejectedWithAClearMessage() throws IOException {
    assertRejected("{\"schema\": \"h1proof-baseline/1\", \"rules\": {", "not valid JSON at line 1");
    assertRejected("[]", "the top level must be a JSON object");
    assertRejected("{\"schema\": \"h1proof-baseline/2\", \"rules\": {}}", "unknown schema");
    assertRejected("{\"rules\": {}}", "unknown schema (none)");
    assertRejected("{\"schema\": \"h1proof-baseline/1\"}", "\"rules\" must be an object");
    assertRejected(entry("{\"expected\": \"FAIL\"}"), "a \"reason\" is required");
    assertRejected(
        entry("{\"expected\": \"FAIL\", \"reason\": \" \"}"), "a \"reason\" is required");
    assertRejected(
        entry("{\"expected\": \"PASS\", \"reason\": \"r\"}"), "must be \"FAIL\" or \"WARN\"");
    assertRejected(entry("{\"expected\": \"FAIL\", \"reson\": \"r\"}"), "unknown key \"reson\"");
    assertRejected(entry("\"FAIL\""), "must be an object");
    assertRejected(
        "{\"schema\": \"h1proof-baseline/1\", \"rules\": {\"whitespace-before-colon\":"
            + " {\"expected\": \"FAIL\", \"reason\": \"r\"}}}",
        "not a rule id (RFC<number>-<section>-<name>): whitespace-before-colon");
    assertRejected(
        "{\"schema\": \"h1proof-baseline/1\", \"rules\": {"
            + "\"RFC9112-5.1-whitespace-before-colon\": {\"expected\": \"FAIL\", \"reason\": \"r\"},"
            + "\"RFC9112-5.1-whitespace-before-colon\": {\"expected\": \"FAIL\", \"reason\": \"r\"}}}",
        "Duplicate field 'RFC9112-5.1-whitespace-before-colon'");
    assertThatThrownBy(() -> Baseline.read(temp.resolve("missing.json")))
        .isInstanceOf(BaselineException.class)
        .hasMessage("baseline " + temp.resolve("missing.json") + ": no such file");
  }

  private static String entry(String body) {
    return "{\"schema\": \"h1proof-baseline/1\", \"rules\": {\"RFC9112-5.1-whitespace-before-colon\": "
        + body
        + "}}";
  }

  private void assertRejected(String json, String problem) throws IOException {
    Path file = Files.writeString(temp.resolve("bad.json"), json);
    assertThatThrownBy(() -> Baseline.read(file))
        .isInstanceOf(BaselineException.class)
        .hasMessageStartingWith("baseline " + file + ": ")
        .hasMessageContaining(problem)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
