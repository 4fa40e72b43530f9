package dev.h1proof.runner.report;

import dev.h1proof.rulebook.Verdict;
import dev.h1proof.runner.RunReport;
import dev.h1proof.runner.ScenarioResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the user sees while a run goes on and when it ends. With {@code ansi} (a terminal) it draws
 * a progress bar redrawn in place and colours the verdicts; otherwise it writes plain lines fit for
 * a CI log. Either way the last line is the run's closing line, exactly, without colour.
 */
public final class ConsoleReporter {
  private static final String RESET = "\u001b[0m";
  private static final String CLEAR_LINE = "\r\u001b[2K";
  private static final int BAR_WIDTH = 30;
  private static final int DOT_EVERY = 10;

  private final PrintWriter out;
  private final boolean ansi;
  private boolean midLine;
  private int dotsPrinted;

  /**
   * Creates a reporter.
   *
   * @param out where to write
   * @param ansi true on a terminal: colours and a progress bar redrawn with {@code \r}
   */
  public ConsoleReporter(PrintWriter out, boolean ansi) {
    this.out = out;
    this.ansi = ansi;
  }

  /** Shows that {@code done} of {@code total} scenarios have a verdict. */
  public void progress(int done, int total) {
    if (ansi) {
      int filled = total <= 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
      out.print(
          CLEAR_LINE
              + "["
              + "#".repeat(filled)
              + ".".repeat(BAR_WIDTH - filled)
              + "] "
              + done
              + "/"
              + total);
      midLine = true;
    } else {
      while (dotsPrinted < done / DOT_EVERY) {
        out.print('.');
        dotsPrinted++;
        midLine = true;
      }
    }
    out.flush();
  }

  /** Reports one verdict as it arrives: FAIL, WARN and INCONCLUSIVE get a line, the rest none. */
  public void result(ScenarioResult result) {
    Verdict verdict = result.verdict();
    if (verdict != Verdict.FAIL && verdict != Verdict.WARN && verdict != Verdict.INCONCLUSIVE) {
      return;
    }
    endLine();
    String baselined = result.baselined() ? " (baselined)" : "";
    out.println(
        colour(verdict, pad(verdict.name()))
            + " "
            + Text.visible(result.scenario().ruleId())
            + " "
            + Text.visible(result.scenario().title())
            + baselined
            + ": "
            + Text.visible(result.judgement().reason()));
    out.flush();
  }

  /**
   * Ends the run: counts per verdict, the gate failures by rule id, unexpected passes, the written
   * reports, what each count means and, as the very last line, {@link RunReport#closingLine()}.
   */
  public void summary(RunReport report, List<Path> reportFiles) {
    endLine();
    out.println();
    StringBuilder counts = new StringBuilder();
    for (Map.Entry<Verdict, Integer> e : report.counts().entrySet()) {
      counts.append(counts.length() == 0 ? "" : ", ");
      counts.append(colour(e.getKey(), e.getValue() + " " + e.getKey()));
    }
    out.println(counts);
    if (report.notUsable() != null) {
      // No gate line: the gate is not judged when only the baseline ran.
      out.println("The target is not usable: " + Text.visible(report.notUsable()));
    } else {
      gate(report);
    }
    if (!report.unexpectedPasses().isEmpty()) {
      out.println("Unexpected passes (baselined, no longer failing; remove from the baseline):");
      report.unexpectedPasses().forEach(id -> out.println("  " + Text.visible(id)));
    }
    for (Path file : reportFiles) {
      out.println("Report: " + file);
    }
    out.println(report.countsExplained());
    out.println(report.closingLine());
    out.flush();
  }

  private void gate(RunReport report) {
    List<ScenarioResult> failures = report.gateFailures();
    if (report.incomplete() != null) {
      out.println(
          "The run is incomplete ("
              + Text.visible(report.incomplete())
              + "): the reports hold the "
              + (report.results().size() - report.counts().get(Verdict.SKIP))
              + " verdicts reached.");
      if (failures.isEmpty()) {
        return; // an interrupted run can prove a gate failure, never a pass
      }
    }
    if (failures.isEmpty()) {
      out.println("Gate passed (fail on " + report.failOn() + " and above).");
      return;
    }
    out.println(
        colour(Verdict.FAIL, "Gate failed")
            + " (fail on "
            + report.failOn()
            + " and above): "
            + failures.size()
            + " failure(s)");
    for (ScenarioResult r : failures) {
      out.println(
          "  "
              + Text.visible(r.scenario().ruleId())
              + " ["
              + r.scenario().level()
              + "] "
              + Text.visible(r.scenario().title()));
    }
  }

  private void endLine() {
    if (midLine) {
      out.print(ansi ? CLEAR_LINE : System.lineSeparator());
      midLine = false;
    }
  }

  private String colour(Verdict verdict, String text) {
    if (!ansi) {
      return text;
    }
    String code =
        switch (verdict) {
          case PASS -> "\u001b[32m";
          case WARN -> "\u001b[33m";
          case FAIL -> "\u001b[1;31m";
          case INCONCLUSIVE -> "\u001b[36m";
          case SKIP -> "\u001b[90m";
        };
    return code + text + RESET;
  }

  private static String pad(String verdict) {
    return String.format("%-12s", verdict);
  }
}
