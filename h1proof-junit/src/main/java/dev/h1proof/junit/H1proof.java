package dev.h1proof.junit;

import dev.h1proof.rulebook.Level;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Verdict;
import dev.h1proof.runner.CliException;
import dev.h1proof.runner.ConformanceRun;
import dev.h1proof.runner.report.ReportException;
import dev.h1proof.runner.result.RunReport;
import dev.h1proof.runner.result.ScenarioResult;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The h1proof rulebook as JUnit 5 dynamic tests, for a {@code @TestFactory}:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> http11() {
 *   return H1proof.target(URI.create("http://127.0.0.1:" + port + "/"))
 *       .failOn("should")
 *       .tags("not @MAY")
 *       .scenarios();
 * }
 * }</pre>
 *
 * <p>Each rule is a {@link DynamicContainer} holding one {@link DynamicTest} per scenario. The
 * scenarios run once, all together and in parallel as {@code h1proof run} runs them, when the first
 * test executes; each test then reports its scenario's verdict by the CLI's gate:
 *
 * <ul>
 *   <li>a FAIL at or above the fail-on level that the baseline does not list fails the test, with
 *       the rule, the reason and the bytes sent;
 *   <li>PASS, WARN, a FAIL below the fail-on level and a baselined FAIL pass;
 *   <li>SKIP and INCONCLUSIVE abort the test (JUnit reports it skipped) with the reason;
 *   <li>a target that is not usable (its baseline scenario did not pass) or cannot be reached, and
 *       a baseline file that cannot be read, fail every test with that reason.
 * </ul>
 *
 * <p>Invalid options (an unknown rule id, a bad tag expression, a selection that matches nothing)
 * throw {@link IllegalArgumentException} from the option's method or from {@link #scenarios()},
 * with the CLI's one-line message.
 */
public final class H1proof {
  private final ConformanceRun run;
  private Path reportDir;
  private RunReport report;
  private RuntimeException problem;

  private H1proof(URI target) {
    this.run = ConformanceRun.against(target.toString());
  }

  /** Every scenario of the bundled rulebook against {@code target}, with the CLI's defaults. */
  public static Stream<DynamicNode> scenarios(URI target) {
    return target(target).scenarios();
  }

  /** A configurable run against {@code target} (http:// or https://, path = request target). */
  public static H1proof target(URI target) {
    return new H1proof(target);
  }

  /** The lowest level whose FAIL fails a test: "must" (default), "should" or "may". */
  public H1proof failOn(String level) {
    return configure(() -> run.failOn(level));
  }

  /** The lowest level whose FAIL fails a test (default MUST). */
  public H1proof failOn(Level level) {
    return configure(() -> run.failOn(level));
  }

  /**
   * Only scenarios matching this cucumber tag expression, e.g. {@code "@MUST and not @control"}.
   */
  public H1proof tags(String expression) {
    return configure(() -> run.tags(expression));
  }

  /** Only these rule ids. */
  public H1proof rules(String... ids) {
    return configure(() -> run.rules(List.of(ids)));
  }

  /** Known failures (an {@code h1proof-baseline/1} file, as written by --write-baseline). */
  public H1proof baseline(Path file) {
    return configure(() -> run.baseline(file));
  }

  /** The longest silence awaited while a response is due (default 2 s). */
  public H1proof timeout(Duration value) {
    return configure(() -> run.timeout(value));
  }

  /** How long a server that owes a close is given to close (default 10 s). */
  public H1proof closeWait(Duration value) {
    return configure(() -> run.closeWait(value));
  }

  /** Connections at once (default 8). */
  public H1proof concurrency(int value) {
    return configure(() -> run.concurrency(value));
  }

  /** The target's echo endpoint, if it has one. */
  public H1proof echoPath(String path) {
    return configure(() -> run.echoPath(path));
  }

  /** Accept any TLS certificate (self-signed test servers). */
  public H1proof insecure() {
    return configure(() -> run.insecure(true));
  }

  /**
   * Also write the CLI's reports (JSON, JUnit XML, HTML, Markdown) into this folder once the
   * scenarios have run.
   */
  public H1proof reportDir(Path dir) {
    this.reportDir = dir;
    return this;
  }

  /**
   * One container per rule (in rulebook order), one test per selected scenario in it.
   *
   * @throws IllegalArgumentException for an unknown rule id, a bad tag expression or a selection
   *     that matches nothing
   */
  public Stream<DynamicNode> scenarios() {
    List<RuleScenario> selected;
    try {
      selected = run.scenarios();
    } catch (CliException e) {
      throw new IllegalArgumentException("h1proof: " + e.getMessage(), e);
    }
    Map<String, List<RuleScenario>> byRule = new LinkedHashMap<>();
    for (RuleScenario s : selected) {
      byRule.computeIfAbsent(s.ruleId(), k -> new ArrayList<>()).add(s);
    }
    List<DynamicNode> rules = new ArrayList<>();
    for (Map.Entry<String, List<RuleScenario>> rule : byRule.entrySet()) {
      RuleScenario first = rule.getValue().get(0);
      List<DynamicNode> tests = new ArrayList<>();
      for (RuleScenario s : rule.getValue()) {
        tests.add(DynamicTest.dynamicTest(s.title(), () -> check(s)));
      }
      rules.add(
          DynamicContainer.dynamicContainer(
              rule.getKey() + " [" + first.level() + "]", tests.stream()));
    }
    return rules.stream();
  }

  /** The run's report, running the scenarios on the first call. */
  public synchronized RunReport report() {
    if (report == null && problem == null) {
      try {
        report = run.run();
        if (reportDir != null) {
          ConformanceRun.writeAll(report, reportDir);
        }
      } catch (CliException | ReportException e) {
        problem = new IllegalStateException("h1proof: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("h1proof: interrupted while running the rulebook", e);
      }
    }
    if (problem != null) {
      throw problem;
    }
    return report;
  }

  private void check(RuleScenario scenario) {
    RunReport done = report();
    if (done.notUsable() != null) {
      throw new AssertionFailedError("h1proof: target not usable: " + done.notUsable());
    }
    Set<ScenarioResult> failing = Collections.newSetFromMap(new IdentityHashMap<>());
    failing.addAll(done.gateFailures());
    ScenarioResult result =
        done.results().stream()
            .filter(r -> r.scenario() == scenario)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no result for " + scenario.key()));
    if (failing.contains(result)) {
      throw new AssertionFailedError(failure(result, done.failOn()));
    }
    Verdict verdict = result.verdict();
    if (verdict == Verdict.SKIP || verdict == Verdict.INCONCLUSIVE) {
      throw new TestAbortedException(verdict + ": " + result.judgement().reason());
    }
  }

  private static String failure(ScenarioResult r, Level failOn) {
    RuleScenario s = r.scenario();
    return s.ruleId()
        + " ["
        + s.level()
        + "] FAIL (fail on "
        + failOn
        + " and above): "
        + r.judgement().reason()
        + System.lineSeparator()
        + "  "
        + s.rfcLink()
        + System.lineSeparator()
        + "  sent: "
        + escape(r.sent());
  }

  /** The bytes as one line: printable ASCII as is, CR and LF as \r and \n, the rest as \xHH. */
  static String escape(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int shown = Math.min(bytes.length, 2048);
    for (int i = 0; i < shown; i++) {
      int b = bytes[i] & 0xff;
      if (b == '\r') {
        out.append("\\r");
      } else if (b == '\n') {
        out.append("\\n");
      } else if (b == '\\') {
        out.append("\\\\");
      } else if (b >= 0x20 && b < 0x7f) {
        out.append((char) b);
      } else {
        out.append(String.format("\\x%02X", b));
      }
    }
    if (shown < bytes.length) {
      out.append("… (").append(bytes.length - shown).append(" more bytes)");
    }
    return out.toString();
  }

  private H1proof configure(Runnable change) {
    try {
      change.run();
    } catch (CliException e) {
      throw new IllegalArgumentException("h1proof: " + e.getMessage(), e);
    }
    return this;
  }
}
