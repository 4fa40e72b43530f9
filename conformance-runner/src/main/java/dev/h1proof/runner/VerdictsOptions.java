package dev.h1proof.runner;

import dev.h1proof.rulebook.Rulebook;
import dev.h1proof.runner.baseline.BaselineException;
import dev.h1proof.runner.baseline.ReviewedVerdicts;
import dev.h1proof.runner.result.RunReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --expect-verdicts} and {@code --write-verdicts} of {@code h1proof run}: the run compared
 * with, or drafted into, a server's reviewed verdicts ({@link ReviewedVerdicts}).
 */
public final class VerdictsOptions {
  @Option(
      names = "--expect-verdicts",
      paramLabel = "FILE",
      description =
          "Reviewed verdicts of this server: exit 1 when any verdict differs from them (this"
              + " replaces the --fail-on gate).")
  Path expect;

  @Option(
      names = "--write-verdicts",
      paramLabel = "FILE",
      description =
          "Draft reviewed verdicts from this run: unchanged entries keep their reasons, new ones"
              + " say UNREVIEWED.")
  Path write;

  private ReviewedVerdicts expected;
  private ReviewedVerdicts previous;

  /**
   * Reads the files before the run, so a bad file costs no run: exit 3 for a malformed file or an
   * expectation that still holds an UNREVIEWED reason.
   */
  void load() {
    try {
      if (expect != null) {
        expected = ReviewedVerdicts.read(expect).requireReviewed(expect.toString());
      }
      // A draft over an existing file keeps the reasons already reviewed in it.
      previous =
          expected != null || write == null || !Files.isRegularFile(write)
              ? expected
              : ReviewedVerdicts.read(write);
    } catch (BaselineException e) {
      throw new CliException(ExitCodes.TARGET_OR_BASELINE, e.getMessage());
    }
  }

  /** Writes the draft when asked; exit 4 when it cannot be written. */
  void draft(String server, RunReport report, Rulebook rulebook) {
    if (write == null) {
      return;
    }
    try {
      ReviewedVerdicts.draft(server, report.results(), previous, rulebook.scenarios()).write(write);
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.REPORT_NOT_WRITTEN,
          "cannot write the verdicts " + write + ": " + e.getMessage());
    }
  }

  /**
   * The exit code: {@code code} as is without {@code --expect-verdicts} or when the run did not
   * complete (above 1); otherwise 0 when every verdict matches the reviewed file and 1 when one
   * differs, each difference printed on one line.
   */
  int exitCode(int code, RunReport report, Rulebook rulebook, PrintWriter out) {
    if (expected == null || code > ExitCodes.GATE_FAILED) {
      return code;
    }
    List<ReviewedVerdicts.Difference> differences =
        expected.compare(report.results(), rulebook.scenarios());
    differences.forEach(d -> out.println("h1proof: verdict differs: " + d.line()));
    out.println(
        "h1proof: "
            + (differences.isEmpty()
                ? "every verdict matches " + expect
                : differences.size() + " verdict(s) differ from " + expect));
    if (report.notUsable() != null) {
      return ExitCodes.TARGET_OR_BASELINE;
    }
    return differences.isEmpty() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
  }
}
