package dev.h1proof.runner;

import dev.h1proof.rulebook.Level;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Rulebook;
import dev.h1proof.runner.baseline.Baseline;
import dev.h1proof.runner.report.Format;
import dev.h1proof.runner.report.Reports;
import dev.h1proof.runner.result.RunReport;
import dev.h1proof.runner.result.ScenarioResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code h1proof run} as a Java API: the same selection, baseline, execution and gate as the CLI,
 * for the Maven plugin and the JUnit 5 factory. Configure it, then {@link #run()} it; the returned
 * {@link RunReport} decides the gate exactly as the CLI does ({@link RunReport#gatePassed()}).
 *
 * <p>Every problem the CLI reports as one line with an exit code (a bad tag expression, an unknown
 * rule id, an unreadable baseline, an unreachable target) is thrown as a {@link CliException} with
 * that message and code.
 */
public final class ConformanceRun {
  private String url;
  private final Selection selection = new Selection();
  private Level failOn = Level.MUST;
  private Path baseline;
  private Duration timeout = Duration.ofSeconds(2);
  private Duration closeWait = SocketTarget.DEFAULT_CLOSE_WAIT;
  private int concurrency = 8;
  private String hostHeader;
  private String echoPath;
  private boolean insecure;
  private Path ca;
  private Rulebook rulebook;
  private List<RuleScenario> selected;

  private ConformanceRun(String url) {
    this.url = Objects.requireNonNull(url, "url");
  }

  /**
   * A run against the server at {@code url} (http:// or https://; its path is the request target).
   */
  public static ConformanceRun against(String url) {
    return new ConformanceRun(url);
  }

  /** Another target, e.g. once a server started for the run knows its port. */
  public ConformanceRun url(String value) {
    this.url = Objects.requireNonNull(value, "url");
    return this;
  }

  /** The lowest level whose FAIL breaks the gate (default MUST). */
  public ConformanceRun failOn(Level level) {
    this.failOn = Objects.requireNonNull(level, "level");
    return this;
  }

  /** As {@link #failOn(Level)}, from "must", "should" or "may" (any case). */
  public ConformanceRun failOn(String level) {
    try {
      return failOn(Level.valueOf(level.trim().toUpperCase(java.util.Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new CliException(
          ExitCodes.USAGE, "failOn takes must, should or may, not '" + level + "'");
    }
  }

  /** Only scenarios matching this cucumber tag expression; null or blank selects all. */
  public ConformanceRun tags(String expression) {
    invalidate();
    selection.tags = expression == null || expression.isBlank() ? null : expression;
    return this;
  }

  /** Only these rule ids (none: every rule). */
  public ConformanceRun rules(List<String> ids) {
    invalidate();
    selection.rules = new ArrayList<>(ids);
    return this;
  }

  /** Read the rulebook from this folder instead of the bundled one; null for the bundled one. */
  public ConformanceRun features(Path dir) {
    invalidate();
    selection.features = dir;
    return this;
  }

  /** Known failures (an {@code h1proof-baseline/1} file) that do not break the gate; or null. */
  public ConformanceRun baseline(Path file) {
    this.baseline = file;
    return this;
  }

  /** The longest silence awaited while a response is due (default 2 s). */
  public ConformanceRun timeout(Duration value) {
    this.timeout = positive(value, "timeout");
    return this;
  }

  /** How long a server that announced or owes a close is given to close (default 10 s). */
  public ConformanceRun closeWait(Duration value) {
    this.closeWait = positive(value, "closeWait");
    return this;
  }

  /** Connections at once, 1 to 256 (default 8). */
  public ConformanceRun concurrency(int value) {
    if (value < 1 || value > 256) {
      throw new CliException(ExitCodes.USAGE, "concurrency takes 1 to 256, not " + value);
    }
    this.concurrency = value;
    return this;
  }

  /** The Host value scenarios send; null for the URL's authority. */
  public ConformanceRun hostHeader(String value) {
    this.hostHeader = value;
    return this;
  }

  /** The target's echo endpoint, if it has one ({@code h1proof serve}: /echo); or null. */
  public ConformanceRun echoPath(String value) {
    this.echoPath = value;
    return this;
  }

  /** Accept any TLS certificate (self-signed test servers). */
  public ConformanceRun insecure(boolean value) {
    this.insecure = value;
    return this;
  }

  /** Trust the PEM certificate(s) in this file; or null. */
  public ConformanceRun ca(Path file) {
    this.ca = file;
    return this;
  }

  /** The scenarios this run will send, in rulebook order; loads and selects once. */
  public synchronized List<RuleScenario> scenarios() {
    if (selected == null) {
      rulebook = selection.rulebook();
      selected = selection.select(rulebook);
    }
    return selected;
  }

  /** The level whose FAILs (and those above it) break the gate. */
  public Level threshold() {
    return failOn;
  }

  /**
   * Runs the selected scenarios and returns the report, baseline applied. A target that cannot be
   * reached is a {@link CliException} with exit code 3, as in the CLI; a target whose baseline
   * scenario fails gives a report whose {@link RunReport#notUsable()} says why.
   */
  public RunReport run() throws InterruptedException {
    return run(r -> {});
  }

  /** As {@link #run()}; {@code onResult} sees each result as it completes, from several threads. */
  public RunReport run(Consumer<ScenarioResult> onResult) throws InterruptedException {
    List<RuleScenario> chosen = scenarios();
    Baseline known = RunCommand.readBaseline(baseline);
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    Execution.Results outcome;
    String described;
    try (SocketTarget target = target()) {
      described = target.describe();
      RunCommand.preflight(target);
      outcome =
          new Execution(
                  target,
                  concurrency,
                  Execution.DEFAULT_WAIT_SLOTS,
                  Execution.Fragmentation.NONE,
                  1)
              .run(chosen, onResult);
    }
    return RunCommand.report(
        described, started, t0, failOn, outcome.results(), outcome.notUsable(), known);
  }

  /**
   * Writes the reports of a run into {@code dir}, each format under its fixed name ({@code
   * report.json}, {@code junit.xml}, {@code report.html}, {@code summary.md}, …).
   *
   * @throws dev.h1proof.runner.report.ReportException when a report cannot be written
   */
  public static List<Path> write(RunReport report, Path dir, Set<Format> formats) {
    return Reports.writeAll(report, dir, formats);
  }

  /** As {@link #write(RunReport, Path, Set)} with every format the CLI writes. */
  public static List<Path> writeAll(RunReport report, Path dir) {
    return write(report, dir, Reports.ALL);
  }

  private SocketTarget target() {
    return RunCommand.socketTarget(
        url,
        new RunCommand.TlsTrust(insecure, ca, "insecure and ca"),
        hostHeader,
        echoPath,
        timeout,
        closeWait);
  }

  private synchronized void invalidate() {
    selected = null;
  }

  /**
   * Parses a duration the way the CLI's options do: digits then ms, s or m ("2s", "500ms").
   *
   * @param option the option's name, for the message of a {@link CliException}
   */
  public static Duration duration(String text, String option) {
    return Durations.parse(text, option);
  }

  private static Duration positive(Duration value, String what) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new CliException(ExitCodes.USAGE, what + " must be a positive duration");
    }
    return value;
  }
}
