package dev.h1proof.runner;

import dev.h1proof.rulebook.Judgement;
import dev.h1proof.rulebook.Verdict;
import dev.h1proof.runner.result.ScenarioResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cross-scenario precondition {@code precondition RULE-ID holds}. Some facts are judged once,
 * under their own rule, and a scenario that needs them cannot show anything more where they are
 * missing: a server without chunked support answers every chunked request with 501 and a close
 * (RFC9112-6.1-chunked-supported), and a server that never validates Host accepts a Host value that
 * a bare CR, a NUL or a fold made invalid (RFC9112-3.2-Host-invalid-characters). So when a scenario
 * of a required rule FAILed in the same run, a FAIL that shows at most one final response becomes
 * INCONCLUSIVE with that reason. A FAIL with two or more final responses stays a FAIL: a canary or
 * a hidden request answered shows how the server framed the message, whatever it supports, and that
 * is what the smuggling scenarios are there to catch.
 */
public final class RequiredRules {
  private RequiredRules() {}

  /** The results, with FAILs that only show a fact judged elsewhere made INCONCLUSIVE. */
  public static List<ScenarioResult> apply(List<ScenarioResult> results) {
    Set<String> broken = new HashSet<>();
    for (ScenarioResult r : results) {
      if (r.verdict() == Verdict.FAIL) {
        broken.add(r.scenario().ruleId());
      }
    }
    if (broken.isEmpty()) {
      return results;
    }
    List<ScenarioResult> out = new ArrayList<>(results.size());
    for (ScenarioResult r : results) {
      out.add(downgrade(r, broken));
    }
    return out;
  }

  private static ScenarioResult downgrade(ScenarioResult r, Set<String> broken) {
    if (r.verdict() != Verdict.FAIL
        || r.observation() == null
        || r.observation().finalResponses().size() > 1) {
      return r;
    }
    for (String rule : r.scenario().requiredRules()) {
      if (broken.contains(rule)) {
        return r.withJudgement(
            new Judgement(
                Verdict.INCONCLUSIVE,
                null,
                "precondition not met: "
                    + rule
                    + " does not hold on this target (a scenario of it FAILed), so this ("
                    + r.observation().summary()
                    + ") shows nothing more about this rule"));
      }
    }
    return r;
  }
}
