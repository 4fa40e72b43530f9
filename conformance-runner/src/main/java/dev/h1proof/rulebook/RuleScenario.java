package dev.h1proof.rulebook;

import dev.h1proof.parser.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One scenario of the rulebook: a requirement, the bytes that test it, and every permitted outcome.
 *
 * @param rule the rule the scenario tests, which gives its id, level and section
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
 * @param preconditions outcomes of which one must have happened for the scenario to judge its rule
 *     (empty: none needed); otherwise INCONCLUSIVE
 * @param inconclusive outcomes that show neither conformance nor a violation: INCONCLUSIVE
 * @param requiredRules rules whose controls must pass on the target for a rejection of this
 *     scenario to be judged (see {@code dev.h1proof.runner.RequiredRules})
 * @param forwarded in an {@code @intermediary} scenario, what the back end behind the intermediary
 *     must receive with each expected, then each allowed, outcome (see {@link IntermediaryJudge});
 *     empty otherwise
 * @param variant for one expansion of a scenario written with {@code {each:SET}}, the hex digits of
 *     its octet or octets (e.g. {@code 7f}, {@code 2547}); null for every other scenario
 */
public record RuleScenario(
    Rule rule,
    String title,
    String description,
    String feature,
    String uri,
    int line,
    Set<String> tags,
    Template request,
    boolean canary,
    List<Outcome> expected,
    List<Outcome> allowed,
    List<Outcome> preconditions,
    List<Outcome> inconclusive,
    List<String> requiredRules,
    List<Forwarded> forwarded,
    String variant) {

  /** The tag of scenarios judged through an intermediary, on both sides of it. */
  public static final String INTERMEDIARY_TAG = "@intermediary";

  /** True for a scenario judged through an intermediary ({@link IntermediaryJudge}). */
  public boolean intermediary() {
    return tags.contains(INTERMEDIARY_TAG);
  }

  /** The tag that marks the scenario gating the rest. */
  public static final String BASELINE_TAG = "@baseline";

  /** The tag that marks a valid message that must be accepted. */
  public static final String CONTROL_TAG = "@control";

  /** The rule id, e.g. {@code RFC9112-5.1-whitespace-before-colon}: the rule's. */
  public String ruleId() {
    return rule.id();
  }

  /** The requirement level: the rule's. */
  public Level level() {
    return rule.level();
  }

  /** The tag of the seed comparison's scenarios (issue 14): selected only when named. */
  public static final String SEED_TAG = "@seed";

  /**
   * A stable key for this scenario: rule id, file and line, e.g. {@code
   * RFC9112-5.1-…:x.feature:12}; an expansion adds {@code #} and its octets in hex, e.g. {@code
   * …:03-request-line.feature:290#7f}.
   */
  public String key() {
    return ruleId() + ":" + uri + ":" + line + (variant == null ? "" : "#" + variant);
  }

  /** This scenario with other bytes, title and variant: one expansion of an {@code {each:SET}}. */
  RuleScenario expansion(String expandedTitle, Template bytes, String expandedVariant) {
    return new RuleScenario(
        rule,
        expandedTitle,
        description,
        feature,
        uri,
        line,
        tags,
        bytes,
        canary,
        expected,
        allowed,
        preconditions,
        inconclusive,
        requiredRules,
        forwarded,
        expandedVariant);
  }

  /** The rule's section, e.g. "5.1". */
  public String section() {
    return rule.section();
  }

  /** The rule's RFC number, e.g. 9112. */
  public int rfc() {
    return rule.rfc();
  }

  /** A link to the rule's section of the RFC. */
  public String rfcLink() {
    return rule.link();
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

  /**
   * Judges an observation by the grading policy of {@code features/README.md}: bytes that are no
   * complete response give FAIL when they break HTTP/1.1 and INCONCLUSIVE when they only stopped
   * short in time; a precondition that did not happen gives INCONCLUSIVE; then the first {@code
   * expect} outcome that matches gives PASS, an {@code allow} outcome WARN, an {@code inconclusive}
   * outcome INCONCLUSIVE; silence, or an outcome that only an echo endpoint could decide,
   * INCONCLUSIVE; anything else FAIL.
   */
  public Judgement judge(Observation observed) {
    Observation.Unusable unusable = observed.unusable();
    if (unusable != null) {
      for (Outcome outcome : expected) {
        if (outcome.notHttp1() && outcome.match(observed, canary) == Outcome.Match.YES) {
          return new Judgement(Verdict.PASS, outcome, "preferred outcome: " + outcome.text());
        }
      }
      for (Outcome outcome : allowed) {
        if (outcome.notHttp1() && outcome.match(observed, canary) == Outcome.Match.YES) {
          return new Judgement(
              Verdict.WARN, outcome, "permitted, not preferred: " + outcome.text());
        }
      }
      return new Judgement(
          unusable.broken() ? Verdict.FAIL : Verdict.INCONCLUSIVE, null, unusable.reason());
    }
    Observation observation = ownDeviations(observed);
    boolean unknown = false;
    if (!preconditions.isEmpty()) {
      boolean met = false;
      for (Outcome precondition : preconditions) {
        Outcome.Match m = precondition.match(observation, canary);
        met |= m == Outcome.Match.YES;
        unknown |= m == Outcome.Match.UNKNOWN;
      }
      if (!met && !unknown) {
        return new Judgement(
            Verdict.INCONCLUSIVE,
            null,
            "precondition not met: observed "
                + observation.summary()
                + ", the rule applies only after "
                + texts(preconditions));
      }
    }
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
    for (Outcome outcome : inconclusive) {
      if (outcome.match(observation, canary) == Outcome.Match.YES) {
        return new Judgement(
            Verdict.INCONCLUSIVE,
            outcome,
            "observed "
                + observation.summary()
                + ", which shows neither conformance nor a violation");
      }
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
    List<Outcome> permitted = new ArrayList<>(expected);
    permitted.addAll(allowed);
    if (endedByAnnouncedClose(observation)) {
      for (Outcome outcome : permitted) {
        if (outcome.cutShort(observation, canary)) {
          return new Judgement(
              Verdict.INCONCLUSIVE,
              null,
              "observed "
                  + observation.summary()
                  + ": the server announced the close and closed, as RFC 9112 §9.6 permits any"
                  + " server, before the exchange could show '"
                  + outcome.text()
                  + "'");
        }
      }
    }
    if (closedOnceIdle(observation)) {
      Judgement asOpen = judge(observation.withConnection(Observation.ConnectionState.OPEN));
      if ((asOpen.verdict() == Verdict.PASS || asOpen.verdict() == Verdict.WARN)
          && asOpen.matched() != null
          && asOpen.matched().canary() == Outcome.Canary.ANSWERED) {
        return new Judgement(
            asOpen.verdict(),
            asOpen.matched(),
            "the server closed the connection after answering the canary, when nothing more was"
                + " due on it (RFC 9112 §9.5 lets any server close an idle connection at any"
                + " time), so the close says nothing about this rule; read as open: "
                + asOpen.reason());
      }
    }
    return new Judgement(
        Verdict.FAIL,
        null,
        "observed " + observation.summary() + "; permitted: " + texts(permitted));
  }

  /**
   * A well-formed exchange with a canary that the server ended with a close (a FIN, no reset), in a
   * scenario whose rule is not about the connection itself: neither a rule of RFC 9112 §9
   * (connection management) nor one with a {@code close announced} or {@code keep-alive announced}
   * clause. Once the canary is answered nothing more is due, so such a close is one RFC 9112 §9.5
   * permits at any time (an event MPM closing keep-alive connections under load, say).
   */
  private boolean closedOnceIdle(Observation observation) {
    if (!canary
        || observation.connection() != Observation.ConnectionState.CLOSED
        || observation.reception() != Observation.Reception.COMPLETE
        || !observation.deviations().isEmpty()
        || ruleId().startsWith("RFC9112-9.")) {
      return false;
    }
    List<Outcome> outcomes = new ArrayList<>(expected);
    outcomes.addAll(allowed);
    return outcomes.stream().noneMatch(o -> o.closeAnnounced() || o.keepAliveAnnounced());
  }

  /**
   * A well-formed exchange that the server ended by closing the connection after announcing the
   * close in its last response: a server may do that after any response (RFC 9112 §9.6), so what
   * the exchange did not get to show is no evidence against it.
   */
  private static boolean endedByAnnouncedClose(Observation observation) {
    return observation.connection().closed()
        && observation.reception() == Observation.Reception.COMPLETE
        && observation.deviations().isEmpty()
        && Outcome.lastAnnouncesClose(observation);
  }

  /**
   * Whether a FAIL on this observation may rest on the client's own wait rather than on the server:
   * the server left the connection open, the responses so far are well formed and are the first
   * ones a permitted outcome names, and that outcome names one more (a later response, or the
   * canary's answer) that had not come when the wait ended. A busy server may simply not have
   * answered yet, so such a FAIL deserves a second, unhurried look before it accuses anyone.
   *
   * @param observation what the exchange observed
   * @return true when a permitted outcome was still possible when the wait ended
   */
  public boolean stoppedByTheWait(Observation observation) {
    if (observation == null
        || observation.unusable() != null
        || observation.connection() != Observation.ConnectionState.OPEN
        || observation.reception() != Observation.Reception.COMPLETE
        || !observation.deviations().isEmpty()) {
      return false;
    }
    for (Outcome outcome : expected) {
      if (outcome.responseStillDue(observation, canary)) {
        return true;
      }
    }
    for (Outcome outcome : allowed) {
      if (outcome.responseStillDue(observation, canary)) {
        return true;
      }
    }
    return false;
  }

  /** The rule ids that response-syntax deviations name. */
  private static final Set<String> RESPONSE_RULES = responseRules();

  private static Set<String> responseRules() {
    Set<String> ids = new java.util.HashSet<>();
    for (Violation v : Violation.values()) {
      if (v.name().startsWith("RESPONSE_")) {
        ids.add(v.ruleId());
      }
    }
    return Set.copyOf(ids);
  }

  /**
   * A scenario of a response-syntax rule is judged on that rule's deviations only, so that a
   * response breaking another response rule is not blamed on this one. Every other scenario's
   * {@code well-formed} clause sees every deviation (an unsolicited response, say, is what a
   * smuggling scenario looks for).
   */
  private Observation ownDeviations(Observation observation) {
    if (!RESPONSE_RULES.contains(ruleId()) || observation.deviations().isEmpty()) {
      return observation;
    }
    List<String> own = new ArrayList<>();
    for (String deviation : observation.deviations()) {
      if (deviation.startsWith(ruleId() + " ")) {
        own.add(deviation);
      }
    }
    return observation.withDeviations(own);
  }

  private static String texts(List<Outcome> outcomes) {
    List<String> texts = new ArrayList<>();
    outcomes.forEach(o -> texts.add(o.text()));
    return String.join(" | ", texts);
  }
}
