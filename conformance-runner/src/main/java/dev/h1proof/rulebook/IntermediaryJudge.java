package dev.h1proof.rulebook;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges an {@code @intermediary} scenario from both sides: what the client got back through the
 * intermediary, and what the capture back end behind it received. Each permitted outcome is a pair
 * (client outcome, {@link Forwarded}); a pair matches when both halves do. The first matching
 * {@code expect} pair gives PASS, then an {@code allow} pair WARN. Otherwise bytes forwarded that a
 * strict back end rejects, or any other forwarding no pair permits, give FAIL; silence at the
 * client with nothing wrong forwarded gives INCONCLUSIVE.
 */
public final class IntermediaryJudge {
  private IntermediaryJudge() {}

  /** The verdict on one intermediary scenario. */
  public static Judgement judge(
      RuleScenario scenario, Observation client, BackEndObservation backEnd) {
    List<Forwarded> forwarded = scenario.forwarded();
    if (forwarded.size() != scenario.expected().size() + scenario.allowed().size()) {
      throw new IllegalArgumentException(scenario.key() + " is not an intermediary scenario");
    }
    Observation.Unusable unusable = client.unusable();
    if (unusable != null) {
      return new Judgement(
          unusable.broken() ? Verdict.FAIL : Verdict.INCONCLUSIVE,
          null,
          unusable.reason() + "; " + backEnd.summary());
    }
    List<String> misses = new ArrayList<>();
    int i = 0;
    for (Outcome outcome : scenario.expected()) {
      Forwarded f = forwarded.get(i++);
      String miss = miss(outcome, f, client, scenario, backEnd);
      if (miss == null) {
        return new Judgement(
            Verdict.PASS,
            outcome,
            "preferred outcome: " + outcome.text() + "; the back end received " + f.text());
      }
      misses.add(miss);
    }
    for (Outcome outcome : scenario.allowed()) {
      Forwarded f = forwarded.get(i++);
      String miss = miss(outcome, f, client, scenario, backEnd);
      if (miss == null) {
        return new Judgement(
            Verdict.WARN,
            outcome,
            "permitted, not preferred: " + outcome.text() + "; the back end received " + f.text());
      }
      misses.add(miss);
    }
    String violation = backEnd.violation();
    if (violation == null && client.silent()) {
      return new Judgement(
          Verdict.INCONCLUSIVE,
          null,
          "no response within the timeout, connection still open; " + backEnd.summary());
    }
    return new Judgement(
        Verdict.FAIL,
        null,
        "observed "
            + client.summary()
            + "; "
            + backEnd.summary()
            + "; permitted: "
            + String.join(" | ", misses));
  }

  private static String miss(
      Outcome outcome,
      Forwarded f,
      Observation client,
      RuleScenario scenario,
      BackEndObservation backEnd) {
    String pair = outcome.text() + " with " + f.text();
    if (outcome.match(client, scenario.canary()) != Outcome.Match.YES) {
      return pair;
    }
    String why = f.mismatch(backEnd);
    return why == null ? null : pair + " (" + why + ")";
  }
}
