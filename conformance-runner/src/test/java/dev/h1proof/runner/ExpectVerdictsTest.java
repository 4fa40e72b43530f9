package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Rulebook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --expect-verdicts} and {@code --write-verdicts} end to end, against the reference server
 * on loopback: the guard passes on a file that matches and fails, naming the scenario, on a file
 * whose verdict was deliberately changed.
 */
class ExpectVerdictsTest {
  private static final String RULE = "RFC9112-5.1-whitespace-before-colon";

  @TempDir Path tmp;

  private CliTest.Run run(String... extra) {
    String[] base = {
      "run",
      "--report-dir",
      tmp.resolve("reports").toString(),
      "--rule",
      RULE,
      "--rule",
      "RFC9112-2.1-baseline-valid-requests"
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return CliTest.cli(args);
  }

  private Path reviewed(String scenarios) throws IOException {
    return Files.writeString(
        tmp.resolve("reviewed.json"),
        "{\"schema\": \"h1proof-reviewed/1\", \"server\": \"h1proof reference server\","
            + " \"app\": \"the built-in responder\", \"scenarios\": ["
            + scenarios
            + "]}");
  }

  private static String firstTitle() {
    return Rulebook.bundled().scenarios().stream()
        .filter(s -> s.ruleId().equals(RULE))
        .map(RuleScenario::title)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aMatchingFilePassesAndADeliberatelyChangedVerdictFailsNamingTheScenario()
      throws IOException {
    // given the reference server, which passes every scenario, and a file listing nothing
    CliTest.Run matching = run("--expect-verdicts", reviewed("").toString());

    // then every verdict matches
    assertThat(matching.code()).as(matching.out() + matching.err()).isZero();
    assertThat(matching.out()).contains("h1proof: every verdict matches ");

    // when the file claims that one scenario FAILs
    String title = firstTitle();
    Path changed =
        reviewed(
            "{\"rule\": \""
                + RULE
                + "\", \"title\": \""
                + title
                + "\", \"verdict\": \"FAIL\", \"reason\": \"deliberately wrong\"}");
    CliTest.Run differing = run("--expect-verdicts", changed.toString());

    // then the guard fails and names it, with the expected and the observed verdict
    assertThat(differing.code()).as(differing.out()).isEqualTo(ExitCodes.GATE_FAILED);
    assertThat(differing.out())
        .contains(
            "h1proof: verdict differs: "
                + RULE
                + " \""
                + title
                + "\": expected FAIL, observed PASS")
        .contains("h1proof: 1 verdict(s) differ from ");
  }

  @Test
  void aListedScenarioThatNoLongerExistsFailsTheGuard() throws IOException {
    Path gone =
        reviewed(
            "{\"rule\": \""
                + RULE
                + "\", \"title\": \"a title the rulebook dropped\", \"verdict\": \"WARN\","
                + " \"reason\": \"r\"}");
    CliTest.Run run = run("--expect-verdicts", gone.toString());
    assertThat(run.code()).as(run.out()).isEqualTo(ExitCodes.GATE_FAILED);
    assertThat(run.out())
        .contains(
            "\"a title the rulebook dropped\": expected WARN, observed nothing (the rulebook has no"
                + " such scenario)");
  }

  @Test
  void aDraftIsWrittenAndRefusedAsAnExpectationUntilReviewed() throws IOException {
    // given a draft written from a run
    Path draft = tmp.resolve("drafts/reference.json");
    CliTest.Run written = run("--write-verdicts", draft.toString());
    assertThat(written.code()).as(written.out() + written.err()).isZero();
    assertThat(Files.readString(draft))
        .contains("\"schema\" : \"h1proof-reviewed/1\"")
        .contains("\"app\" : \"UNREVIEWED: describe the app\"");

    // when it is used as the expectation before review
    CliTest.Run refused = run("--expect-verdicts", draft.toString());

    // then the run is refused before it starts: exit 3, one line
    assertThat(refused.code()).isEqualTo(ExitCodes.TARGET_OR_BASELINE);
    assertThat(refused.err().strip())
        .startsWith("h1proof: reviewed verdicts " + draft + ": \"server\" or \"app\" is still")
        .doesNotContain("\n")
        .doesNotContain("\tat ");
  }

  @Test
  void aMalformedFileExitsThreeWithOneLine() throws IOException {
    Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"schema\": \"h1proof-reviewed/1\"");
    CliTest.Run run = run("--expect-verdicts", bad.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.TARGET_OR_BASELINE);
    assertThat(run.err().strip())
        .startsWith("h1proof: reviewed verdicts " + bad + ": not valid JSON")
        .doesNotContain("\n");
  }
}
