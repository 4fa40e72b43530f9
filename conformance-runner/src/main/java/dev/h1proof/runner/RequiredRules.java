package dev.h1proof.runner;

import dev.h1proof.rulebook.Judgement;
import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cross-scenario precondition {@code precondition RULE-ID holds}. A server without chunked
 * support answers every chunked request with 501 and a close; that fact is judged once, under
 * RFC9112-6.1-chunked-supported, and the chunk-grammar scenarios cannot show anything more. So when
 * a control of a required rule FAILed in the same run, a FAIL whose observation is a plain
 * rejection (an error status or no response, then a close, nothing else answered) becomes
 * INCONCLUSIVE with that reason. A FAIL that shows anything else (a success, a canary answered, a
 * second response) stays a FAIL: a server that ignores chunked and frames by Content-Length is
 * exactly what the smuggling scenarios are there to catch.
 */
public final class RequiredRules {
  private RequiredRules() {}

  /** The results, with FAILs that only show a missing capability made INCONCLUSIVE. */
  public static List<ScenarioResult> apply(List<ScenarioResult> results) {
    Set<String> broken = new HashSet<>();
    for (ScenarioResult r : results) {
      if (r.scenario().control() && r.verdict() == Verdict.FAIL) {
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
    if (r.verdict() != Verdict.FAIL || r.observation() == null || !onlyRejected(r.observation())) {
      return r;
    }
    for (String rule : r.scenario().requiredRules()) {
      if (broken.contains(rule)) {
        return new ScenarioResult(
            r.scenario(),
            new Judgement(
                Verdict.INCONCLUSIVE,
                null,
                "precondition not met: "
                    + rule
                    + " does not hold on this target (a control of it failed), so this rejection ("
                    + r.observation().summary()
                    + ") shows nothing more"),
            r.sent(),
            r.observation(),
            r.baselined());
      }
    }
    return r;
  }

  /** At most one final response, an error, then a close: the message was turned away whole. */
  private static boolean onlyRejected(Observation o) {
    List<Observation.Response> finals = o.finalResponses();
    return o.connection().closed()
        && finals.size() <= 1
        && finals.stream().allMatch(f -> f.status() >= 400);
  }
}
