package dev.h1proof.runner.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.runner.RunReport;
import dev.h1proof.runner.ScenarioResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReporterTest {
  private final StringWriter text = new StringWriter();

  private String run(boolean ansi) {
    RunReport report = ReportFixtures.run();
    ConsoleReporter console = new ConsoleReporter(new PrintWriter(text), ansi);
    int done = 0;
    for (int i = 0; i < 4; i++) {
      for (ScenarioResult r : report.results()) {
        console.progress(++done, 24);
        console.result(r);
      }
    }
    console.summary(report, List.of(Path.of("reports", "report.html")));
    return text.toString();
  }

  private static String lastLine(String s) {
    List<String> lines = s.lines().toList();
    return lines.get(lines.size() - 1);
  }

  @Test
  void plainOutputHasNoEscapesAndOnlyTheInterestingVerdicts() {
    // when
    String out = run(false);

    // then
    assertThat(out).doesNotContain("\u001b", "\r");
    assertThat(out.lines().filter(l -> l.startsWith("FAIL "))).hasSize(8);
    assertThat(out.lines().filter(l -> l.startsWith("WARN "))).hasSize(4);
    assertThat(out.lines().filter(l -> l.startsWith("INCONCLUSIVE "))).hasSize(4);
    assertThat(out).doesNotContain("PASS " + ReportFixtures.PASSING);
    assertThat(out.lines().filter(l -> l.equals("."))).hasSize(2);
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
  void ansiOutputRedrawsTheBarAndEndsWithAPlainClosingLine() {
    // when
    String out = run(true);

    // then
    assertThat(out).contains("\r\u001b[2K[", "] 24/24", "\u001b[1;31m");
    assertThat(lastLine(out)).isEqualTo("2 passed, 1 failed, 1 skipped");
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
    new ConsoleReporter(new PrintWriter(text), false).summary(report, List.of());

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
