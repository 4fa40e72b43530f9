package dev.h1proof.runner.result;

import dev.h1proof.rulebook.Level;
import dev.h1proof.rulebook.Verdict;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one run found: the single source every report is rendered from.
 *
 * @param tool "h1proof" and its version
 * @param target the target's URL (or "in-process parser")
 * @param started when the run began
 * @param durationMillis how long it took
 * @param failOn the lowest level whose FAIL breaks the gate
 * @param results every selected scenario's result, in rulebook order
 * @param unexpectedPasses baselined rule ids that no longer fail
 * @param notUsable why the target is not usable (the baseline scenario failed, or the target
 *     stopped accepting connections during the run), or null
 * @param incomplete why the run stopped before every scenario had a verdict (e.g. it was
 *     interrupted), or null for a complete run
 */
public record RunReport(
    String tool,
    String target,
    Instant started,
    long durationMillis,
    Level failOn,
    List<ScenarioResult> results,
    List<String> unexpectedPasses,
    String notUsable,
    String incomplete) {

  /** A complete run's report. */
  public RunReport(
      String tool,
      String target,
      Instant started,
      long durationMillis,
      Level failOn,
      List<ScenarioResult> results,
      List<String> unexpectedPasses,
      String notUsable) {
    this(tool, target, started, durationMillis, failOn, results, unexpectedPasses, notUsable, null);
  }

  /** The same report, marked incomplete for {@code reason}. */
  public RunReport withIncomplete(String reason) {
    return new RunReport(
        tool,
        target,
        started,
        durationMillis,
        failOn,
        results,
        unexpectedPasses,
        notUsable,
        reason);
  }

  /** The number of results per verdict, every verdict present. */
  public Map<Verdict, Integer> counts() {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0);
    }
    for (ScenarioResult r : results) {
      counts.merge(r.verdict(), 1, Integer::sum);
    }
    return counts;
  }

  /** The FAILs that break the gate: at or above {@code failOn}, and not baselined. */
  public List<ScenarioResult> gateFailures() {
    return results.stream()
        .filter(r -> r.verdict() == Verdict.FAIL && !r.baselined())
        .filter(r -> atOrAbove(r.scenario().level(), failOn))
        .toList();
  }

  /** The FAILs below {@code failOn} that the baseline does not list. */
  public List<ScenarioResult> failuresBelowGate() {
    return results.stream()
        .filter(r -> r.verdict() == Verdict.FAIL && !r.baselined())
        .filter(r -> !atOrAbove(r.scenario().level(), failOn))
        .toList();
  }

  /** The FAILs the baseline lists as known, at any level. */
  public List<ScenarioResult> baselinedFailures() {
    return results.stream().filter(r -> r.verdict() == Verdict.FAIL && r.baselined()).toList();
  }

  /** True when the gate passes; never for a target that is not usable (nothing was judged). */
  public boolean gatePassed() {
    return notUsable == null && gateFailures().isEmpty();
  }

  /** MUST is above SHOULD, which is above MAY. */
  public static boolean atOrAbove(Level level, Level threshold) {
    return level.ordinal() <= threshold.ordinal();
  }

  /**
   * The closing line, "N passed, N failed" plus ", N skipped" when any, plus " (incomplete: …)" for
   * an interrupted run. Passed counts PASS and WARN; failed counts exactly the FAILs that break the
   * gate (the same rule as the exit code); skipped counts the scenarios that were not run (SKIP)
   * and nothing else. A FAIL below the gate, a baselined FAIL and an INCONCLUSIVE are in none of
   * the three: {@link #countsExplained()} names them.
   */
  public String closingLine() {
    Map<Verdict, Integer> c = counts();
    int passed = c.get(Verdict.PASS) + c.get(Verdict.WARN);
    int failed = gateFailures().size();
    int skipped = c.get(Verdict.SKIP);
    return passed
        + " passed, "
        + failed
        + " failed"
        + (skipped > 0 ? ", " + skipped + " skipped" : "")
        + (incomplete != null ? " (incomplete: " + incomplete + ")" : "");
  }

  /** One line saying what each count of the closing line holds, with every verdict's number. */
  public String countsExplained() {
    Map<Verdict, Integer> c = counts();
    return "Counts: passed = "
        + c.get(Verdict.PASS)
        + " PASS + "
        + c.get(Verdict.WARN)
        + " WARN; failed = "
        + gateFailures().size()
        + " FAIL at or above "
        + failOn
        + "; skipped = "
        + c.get(Verdict.SKIP)
        + " SKIP (not run); in none of these: "
        + failuresBelowGate().size()
        + " FAIL below "
        + failOn
        + ", "
        + baselinedFailures().size()
        + " baselined FAIL, "
        + c.get(Verdict.INCONCLUSIVE)
        + " INCONCLUSIVE.";
  }
}
