package dev.h1proof.rulebook;

import dev.h1proof.parser.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One scenario of the rulebook: a requirement, the bytes that test it, and every permitted outcome.
 *
 * @param ruleId the stable rule id, e.g. {@code RFC9112-5.1-whitespace-before-colon}
 * @param level the requirement level
 * @param title the scenario's name
 * @param description the requirement, paraphrased and cited
 * @param feature the feature's name
 * @param uri the feature file, relative to the rulebook folder
 * @param line the scenario's line in that file
 * @param tags every tag, with the '@'
 * @param request the bytes under test, canary included
 * @param canary whether a pipelined canary follows the message under test
 * @param expected outcomes that PASS
 * @param allowed outcomes that WARN
 */
public record RuleScenario(
    String ruleId,
    Level level,
    String title,
    String description,
    String feature,
    String uri,
    int line,
    Set<String> tags,
    Template request,
    boolean canary,
    List<Outcome> expected,
    List<Outcome> allowed) {

  /** The tag that marks the scenario gating the rest. */
  public static final String BASELINE_TAG = "@baseline";

  /** The tag that marks a valid message that must be accepted. */
  public static final String CONTROL_TAG = "@control";

  /** A stable key for this scenario: rule id and line, e.g. {@code RFC9112-5.1-…:12}. */
  public String key() {
    return ruleId + ":" + uri + ":" + line;
  }

  /** The section part of the rule id, e.g. "5.1" for RFC9112-5.1-…; "" for an unsectioned id. */
  public String section() {
    return RuleIds.section(ruleId);
  }

  /** The RFC number of the rule id, e.g. 9112. */
  public int rfc() {
    return RuleIds.rfc(ruleId);
  }

  /** A link to the rule's section of the RFC. */
  public String rfcLink() {
    return RuleIds.link(ruleId);
  }

  /** True for a control: a valid message that must be accepted. */
  public boolean control() {
    return tags.contains(CONTROL_TAG);
  }

  /** The tag of scenarios only meaningful over cleartext TCP. */
  public static final String CLEARTEXT_TAG = "@cleartext";

  /** True when the scenario only makes sense over cleartext TCP. */
  public boolean cleartextOnly() {
    return tags.contains(CLEARTEXT_TAG);
  }

  /** True for the scenario that gates the rest. */
  public boolean baseline() {
    return tags.contains(BASELINE_TAG);
  }

  /** Judges an observation: PASS, WARN, INCONCLUSIVE or FAIL, as features/README.md says. */
  public Judgement judge(Observation observation) {
    Observation.Unusable unusable = observation.unusable();
    if (unusable != null) {
      // Bytes that are no complete response match no outcome: FAIL when they break HTTP/1.1,
      // INCONCLUSIVE when they only stopped short in time.
      return new Judgement(
          unusable.broken() ? Verdict.FAIL : Verdict.INCONCLUSIVE, null, unusable.reason());
    }
    boolean unknown = false;
    for (Outcome outcome : expected) {
      Outcome.Match m = outcome.match(observation, canary);
      if (m == Outcome.Match.YES) {
        return new Judgement(Verdict.PASS, outcome, "preferred outcome: " + outcome.text());
      }
      unknown |= m == Outcome.Match.UNKNOWN;
    }
    for (Outcome outcome : allowed) {
      Outcome.Match m = outcome.match(observation, canary);
      if (m == Outcome.Match.YES) {
        return new Judgement(Verdict.WARN, outcome, "permitted, not preferred: " + outcome.text());
      }
      unknown |= m == Outcome.Match.UNKNOWN;
    }
    if (unknown) {
      return new Judgement(
          Verdict.INCONCLUSIVE,
          null,
          "observed " + observation.summary() + "; deciding needs an echo endpoint");
    }
    if (observation.silent()) {
      return new Judgement(
          Verdict.INCONCLUSIVE, null, "no response within the timeout, connection still open");
    }
    List<String> permitted = new ArrayList<>();
    expected.forEach(o -> permitted.add(o.text()));
    allowed.forEach(o -> permitted.add(o.text()));
    return new Judgement(
        Verdict.FAIL,
        null,
        "observed " + observation.summary() + "; permitted: " + String.join(" | ", permitted));
  }
}
