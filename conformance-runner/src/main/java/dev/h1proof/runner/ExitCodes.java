package dev.h1proof.runner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CLI's exit codes and what each means, written once: {@code --help} of {@code h1proof}, {@code
 * run} and {@code parse} lists them from here, and the README's table is {@link #markdownTable} (a
 * test compares the two).
 */
public final class ExitCodes {
  /** No FAIL at or above {@code --fail-on} (or, for parse, every input accepted). */
  public static final int OK = 0;

  /**
   * The gate failed: a FAIL at or above {@code --fail-on} that the baseline does not list; or, with
   * {@code --expect-verdicts}, a verdict that differs from the reviewed file.
   */
  public static final int GATE_FAILED = 1;

  /** A usage error: bad option, unknown rule id or tag, malformed URL. */
  public static final int USAGE = 2;

  /**
   * The target is unreachable, TLS failed, or the baseline or reviewed-verdicts file is invalid (a
   * reviewed-verdicts file that still holds an UNREVIEWED reason included).
   */
  public static final int TARGET_OR_BASELINE = 3;

  /**
   * The run completed but a report or the baseline could not be written (the console summary and
   * every other report are still written).
   */
  public static final int REPORT_NOT_WRITTEN = 4;

  /** A fault in h1proof itself: a bug, reported in one line that asks for a bug report. */
  public static final int INTERNAL = 70;

  /**
   * The run was interrupted by SIGINT or SIGTERM; the reports were written from the results so far
   * and are marked incomplete. 128 + 2, the code shells give a process ended by SIGINT.
   */
  public static final int INTERRUPTED = 130;

  /** One exit code and what it means, in Markdown (code spans only). */
  public record Meaning(int code, String markdown) {
    /** The meaning without Markdown, for {@code --help}. */
    public String plain() {
      return markdown.replace("`", "");
    }
  }

  /** The codes of {@code h1proof run}, which are also the CLI's. */
  public static final List<Meaning> RUN =
      List.of(
          new Meaning(
              OK, "no FAIL at or above `--fail-on` (default `must`), baselined failures excepted"),
          new Meaning(
              GATE_FAILED,
              "the gate failed; with `--expect-verdicts`: a verdict differs from the reviewed file"
                  + " (this replaces the gate)"),
          new Meaning(
              USAGE,
              "usage error: bad option, unknown rule id or tag, malformed URL, an output path"
                  + " (`--report-dir`, a report in it, `--write-baseline`) that cannot be written;"
                  + " all checked before the first request"),
          new Meaning(
              TARGET_OR_BASELINE,
              "target unreachable or not usable (its `@baseline` request got no passing response,"
                  + " or it stopped accepting connections during the run), TLS failure (untrusted,"
                  + " expired or wrong-name certificate, a server that hangs up in the handshake),"
                  + " or an invalid baseline or reviewed-verdicts file (one with an `UNREVIEWED`"
                  + " reason included); the reports are still written"),
          new Meaning(
              REPORT_NOT_WRITTEN,
              "the run completed but a report or the baseline could not be written (every other"
                  + " report still is)"),
          new Meaning(INTERNAL, "an internal error in h1proof (a bug: please report it)"),
          new Meaning(
              INTERRUPTED,
              "interrupted by SIGINT (Ctrl-C) or SIGTERM: every report is written from the verdicts"
                  + " reached so far, marked incomplete"));

  /** The codes of {@code h1proof parse}. */
  public static final List<Meaning> PARSE =
      List.of(
          new Meaning(OK, "every input was accepted"),
          new Meaning(GATE_FAILED, "an input was rejected or incomplete"),
          new Meaning(USAGE, "usage error (e.g. a file that cannot be read)"),
          new Meaning(INTERNAL, "an internal error in h1proof (a bug: please report it)"));

  /** The codes as picocli's {@code exitCodeList} wants them: code to plain text, in order. */
  public static Map<String, String> help(List<Meaning> codes) {
    Map<String, String> map = new LinkedHashMap<>();
    codes.forEach(m -> map.put(Integer.toString(m.code()), m.plain()));
    return map;
  }

  /** The README's table of exit codes. */
  public static String markdownTable(List<Meaning> codes) {
    StringBuilder sb = new StringBuilder("| exit code | meaning |\n| --- | --- |\n");
    codes.forEach(
        m -> sb.append("| ").append(m.code()).append(" | ").append(m.markdown()).append(" |\n"));
    return sb.toString();
  }

  private ExitCodes() {}
}
