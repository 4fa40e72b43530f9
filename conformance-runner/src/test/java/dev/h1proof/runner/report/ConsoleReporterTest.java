package dev.h1proof.runner.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.runner.result.RunReport;
import dev.h1proof.runner.result.ScenarioResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReporterTest {
  private final StringWriter text = new StringWriter();
  private long now;

  private ConsoleReporter reporter(boolean terminal, boolean colour) {
    return new ConsoleReporter(new PrintWriter(text), terminal, colour, () -> now);
  }

  /** The fixture run, its results arriving in rulebook order one second apart. */
  private String run(boolean terminal, boolean colour) {
    RunReport report = ReportFixtures.run();
    ConsoleReporter console = reporter(terminal, colour);
    console.start(report.results().stream().map(ScenarioResult::scenario).toList());
    for (ScenarioResult r : report.results()) {
      now += 1_000_000_000L;
      console.result(r);
    }
    console.summary(report, List.of(Path.of("reports", "report.html")));
    return text.toString();
  }

  private static String lastLine(String s) {
    List<String> lines = s.lines().toList();
    return lines.get(lines.size() - 1);
  }

  @Test
  void onAPipeEachSectionIsOnePlainLineInRfcOrderWithItsFailures() {
    // when
    String out = run(false, false);

    // then one line per section, in RFC order (not the order the results came in)
    assertThat(out).doesNotContain("\u001b", "\r");
    assertThat(out.lines().filter(l -> l.matches("[✔×] RFC .*")))
        .containsExactly(
            "× RFC 9112 §2.2  1 scenario: 1 FAIL",
            "✔ RFC 9112 §3  1 scenario: 1 INCONCLUSIVE",
            "✔ RFC 9112 §5.1  1 scenario: 1 PASS",
            "✔ RFC 9112 §5.2  1 scenario: 1 WARN",
            "× RFC 9112 §6.3  1 scenario: 1 FAIL",
            "✔ RFC 9112 §7.1  1 scenario: 1 SKIP");
    // and a × line with the reason under each FAIL, a ? line under the INCONCLUSIVE
    List<String> crosses = out.lines().filter(l -> l.startsWith("    × ")).toList();
    assertThat(crosses).hasSize(2);
    assertThat(crosses.get(0))
        .startsWith("    × " + ReportFixtures.SHOULD_FAILURE + " a bare CR inside a field value: ");
    assertThat(crosses.get(1))
        .startsWith(
            "    × " + ReportFixtures.GATE_FAILURE + " Transfer-Encoding with Content-Length: ")
        .contains(ReportFixtures.results().get(2).judgement().reason());
    assertThat(out.lines().filter(l -> l.startsWith("    ? "))).hasSize(1);
    assertThat(out)
        .contains("Gate failed (fail on MUST and above): 1 failure(s)")
        .contains("  " + ReportFixtures.GATE_FAILURE + " [MUST]")
        .contains("Report: " + Path.of("reports", "report.html"));
    assertThat(lastLine(out)).isEqualTo("2 passed, 1 failed, 1 skipped");
    List<String> lines = out.strip().lines().toList();
    assertThat(lines.get(lines.size() - 2))
        .isEqualTo(
            "Counts: passed = 1 PASS + 1 WARN; failed = 1 FAIL at or above MUST; skipped = 1 SKIP"
                + " (not run); in none of these: 1 FAIL below MUST, 0 baselined FAIL,"
                + " 1 INCONCLUSIVE.");
  }

  @Test
  void aSectionIsPrintedOnlyOnceEveryScenarioOfItAndOfTheSectionsBeforeItIsDone() {
    RunReport report = ReportFixtures.run();
    ConsoleReporter console = reporter(false, false);
    console.start(report.results().stream().map(ScenarioResult::scenario).toList());
    List<ScenarioResult> results = report.results();

    // when §5.1, §5.2 and §6.3 are done, §2.2 and §3 are not: nothing yet
    console.result(results.get(0));
    console.result(results.get(1));
    console.result(results.get(2));
    assertThat(text.toString()).isEmpty();

    // when §2.2 is done: §2.2 alone (§3 still runs)
    console.result(results.get(3));
    assertThat(text.toString().lines()).first().asString().startsWith("× RFC 9112 §2.2 ");
    assertThat(text.toString()).doesNotContain("§3", "§5.1");

    // when §3 is done: §3 and the three waiting behind it, in order
    console.result(results.get(4));
    assertThat(text.toString().lines().filter(l -> l.contains(" RFC ")).toList())
        .extracting(l -> l.substring(2, l.indexOf("  ")))
        .containsExactly(
            "RFC 9112 §2.2", "RFC 9112 §3", "RFC 9112 §5.1", "RFC 9112 §5.2", "RFC 9112 §6.3");
  }

  @Test
  void onATerminalAStatusLineShowsTheRunningFailCountAndTheTimeLeft() {
    // when
    String out = run(true, true);

    // then the status line is redrawn in place with the FAILs so far and an estimate
    assertThat(out).contains("\r\u001b[2K[########................] 2/6  ");
    assertThat(out).contains("] 3/6  \u001b[1;31m1 FAIL\u001b[0m  ETA 3s");
    assertThat(out).contains("] 1/6  0 FAIL  ETA 5s");
    // and colour only where it means something: never on a zero count
    assertThat(out).doesNotContain("m0 ");
    assertThat(out).contains("\u001b[32m✔\u001b[0m RFC 9112 §3");
    assertThat(lastLine(out)).isEqualTo("2 passed, 1 failed, 1 skipped");
  }

  @Test
  void noColourKeepsTheStatusLineButNoColourCode() {
    // when a terminal with NO_COLOR
    String out = run(true, false);

    // then the status line is there, and no escape but the one that clears it
    assertThat(out).contains("ETA");
    assertThat(out.replace("\r\u001b[2K", "")).doesNotContain("\u001b");
  }

  @Test
  void anInterruptedRunNeverSaysTheGatePassed() {
    // given an interrupted run whose results so far hold no gate failure
    RunReport all = ReportFixtures.run();
    RunReport report =
        ReportFixtures.report(
                all.results().stream()
                    .filter(r -> !r.scenario().ruleId().equals(ReportFixtures.GATE_FAILURE))
                    .toList())
            .withIncomplete("interrupted by a signal");

    // when
    reporter(false, false).summary(report, List.of());

    // then
    String out = text.toString();
    assertThat(out)
        .contains("The run is incomplete (interrupted by a signal): the reports hold the ")
        .doesNotContain("Gate passed");
    assertThat(lastLine(out)).endsWith(" (incomplete: interrupted by a signal)");
  }

  @Test
  void controlCharactersCannotReachTheTerminal() {
    assertThat(Text.visible("a\u001b[2Jb\rc")).isEqualTo("a\\x1b[2Jb\\x0dc");
  }
}
