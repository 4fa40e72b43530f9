package dev.h1proof.runner;

/** The CLI's exit codes, named once and listed in {@code --help}. */
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

  /**
   * The run was interrupted by SIGINT or SIGTERM; the reports were written from the results so far
   * and are marked incomplete. 128 + 2, the code shells give a process ended by SIGINT.
   */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
