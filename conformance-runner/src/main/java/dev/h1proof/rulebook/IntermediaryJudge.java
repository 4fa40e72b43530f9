package dev.h1proof.rulebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Judges an {@code @intermediary} scenario from both sides: what the client got back through the
 * intermediary, and what the capture back end behind it received. Each permitted outcome is a pair
 * (client outcome, {@link Forwarded}); a pair matches when both halves do. The first matching
 * {@code expect} pair gives PASS, then an {@code allow} pair WARN. Otherwise bytes forwarded that a
 * strict back end rejects, or any other forwarding no pair permits, give FAIL; silence at the
 * client with nothing wrong forwarded gives INCONCLUSIVE.
 *
 * <p>So does the proxy's own failure where the rule permits forwarding: when it answered the
 * message under test with a server error (500, 502–504) and the back end received nothing of that
 * message (at most the canary, after the client's canary was answered), the proxy neither forwarded
 * what the rule forbids nor showed that it normalises. RFC 9110 §15.6: a 5xx says the server erred
 * or could not perform the request, which is no judgement on the message's syntax. Where the rule
 * mandates a rejection (every pair forwards nothing), a 5xx in place of the named status stays a
 * FAIL, as in the server rulebook.
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
    if (ownFailure(scenario, client, backEnd)) {
      return new Judgement(
          Verdict.INCONCLUSIVE,
          null,
          "the proxy answered "
              + client.finalResponses().get(0).status()
              + " itself and forwarded nothing of the message under test ("
              + backEnd.summary()
              + "): its own failure, neither the forwarding the rule forbids nor a normalised"
              + " message");
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

  /**
   * The proxy failed on its own: the rule permits forwarding, the first final response is a server
   * error, and the back end received only valid bytes with no request but, at most, the canary.
   */
  private static boolean ownFailure(
      RuleScenario scenario, Observation client, BackEndObservation backEnd) {
    if (scenario.forwarded().stream().allMatch(f -> f.requests() == 0)) {
      return false;
    }
    List<Observation.Response> finals = client.finalResponses();
    if (finals.isEmpty() || !SERVER_ERRORS.contains(finals.get(0).status())) {
      return false;
    }
    if (backEnd.truncated()
        || backEnd.violation() != null
        || backEnd.framed().stream().anyMatch(f -> f.leftover() > 0)) {
      return false;
    }
    List<ForwardedMessages.Request> requests = backEnd.requests();
    int canaries = scenario.canary() && finals.size() >= 2 ? 1 : 0;
    return requests.size() <= canaries
        && requests.stream().allMatch(r -> r.method().equals("GET") && r.body().length == 0);
  }

  private static final Set<Integer> SERVER_ERRORS = Set.of(500, 502, 503, 504);
}
