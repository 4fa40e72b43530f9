package dev.h1proof.runner;

import dev.h1proof.parser.Level;
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
 * @param notUsable why the target is not usable (the baseline scenario failed), or null
 */
public record RunReport(
    String tool,
    String target,
    Instant started,
    long durationMillis,
    Level failOn,
    List<ScenarioResult> results,
    List<String> unexpectedPasses,
    String notUsable) {

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

  /** True when the gate passes; never for a target that is not usable (nothing was judged). */
  public boolean gatePassed() {
    return notUsable == null && gateFailures().isEmpty();
  }

  /** MUST is above SHOULD, which is above MAY. */
  public static boolean atOrAbove(Level level, Level threshold) {
    return level.ordinal() <= threshold.ordinal();
  }

  /**
   * The closing line, "N passed, N failed" plus ", N skipped" when any: passed counts PASS and
   * WARN; failed counts exactly the FAILs that break the gate (the same rule as the exit code);
   * skipped counts the rest (SKIP, INCONCLUSIVE, and FAILs that are baselined or below {@code
   * failOn}).
   */
  public String closingLine() {
    Map<Verdict, Integer> c = counts();
    int passed = c.get(Verdict.PASS) + c.get(Verdict.WARN);
    int failed = gateFailures().size();
    int skipped = results.size() - passed - failed;
    return passed
        + " passed, "
        + failed
        + " failed"
        + (skipped > 0 ? ", " + skipped + " skipped" : "");
  }
}
