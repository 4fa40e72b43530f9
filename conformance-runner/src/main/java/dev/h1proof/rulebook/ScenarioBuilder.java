package dev.h1proof.rulebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects one scenario's steps, in the order the vocabulary requires, into a {@link RuleScenario}.
 */
public final class ScenarioBuilder {
  /** The canary: a minimal valid request pipelined after the message under test. */
  static final Template CANARY =
      Notation.decode("GET {path} HTTP/1.1\\r\\nHost: {host}\\r\\n\\r\\n");

  /** The canary, written after the server's first bytes rather than in the same write. */
  static final Template CANARY_AFTER_RESPONSE =
      Notation.decode("{await}GET {path} HTTP/1.1\\r\\nHost: {host}\\r\\n\\r\\n");

  private Template request;
  private boolean canary;
  private boolean canaryAfterResponse;
  private boolean sent;
  private final List<Outcome> expected = new ArrayList<>();
  private final List<Outcome> allowed = new ArrayList<>();
  private final List<Outcome> preconditions = new ArrayList<>();
  private final List<Outcome> inconclusive = new ArrayList<>();
  private final List<String> requiredRules = new ArrayList<>();

  /**
   * The forwarded half of each expect and allow line, in their order; null where none was given.
   */
  private final List<Forwarded> expectedForwarded = new ArrayList<>();

  private final List<Forwarded> allowedForwarded = new ArrayList<>();
  private List<Forwarded> lastForwarded;

  /** The bytes under test, in the notation. */
  public void request(String docString) {
    if (request != null) {
      throw new IllegalStateException("a scenario has one 'the request' step");
    }
    request = Notation.decode(docString);
  }

  /** Pipelines the canary after the request. */
  public void canary() {
    if (request == null || sent || canary) {
      throw new IllegalStateException("'a pipelined canary request' follows 'the request' once");
    }
    canary = true;
  }

  /** Sends the canary once the server has answered, not pipelined. */
  public void canaryAfterResponse() {
    canary();
    canaryAfterResponse = true;
  }

  /** Marks the request as sent; outcomes follow. */
  public void send() {
    if (request == null || sent) {
      throw new IllegalStateException("'the request is sent' follows 'the request' once");
    }
    sent = true;
  }

  /** A preferred outcome. */
  public void expect(String outcome) {
    requireSent();
    expected.add(Outcome.parse(outcome));
    expectedForwarded.add(null);
    lastForwarded = expectedForwarded;
  }

  /** A permitted, not preferred, outcome. */
  public void allow(String outcome) {
    requireSent();
    if (expected.isEmpty()) {
      throw new IllegalStateException("'allow' outcomes follow at least one 'expect'");
    }
    allowed.add(Outcome.parse(outcome));
    allowedForwarded.add(null);
    lastForwarded = allowedForwarded;
  }

  /**
   * What the back end behind an intermediary must receive with the client-side outcome of the
   * {@code expect} or {@code allow} line just before ({@code @intermediary} scenarios).
   */
  public void backEnd(String forwarded) {
    requireSent();
    if (lastForwarded == null || lastForwarded.get(lastForwarded.size() - 1) != null) {
      throw new IllegalStateException(
          "'the back end receives' follows an 'expect' or 'allow' line, once per line");
    }
    lastForwarded.set(lastForwarded.size() - 1, Forwarded.parse(forwarded));
  }

  /**
   * What must have happened for the scenario to say anything about its rule; several lines are
   * alternatives.
   */
  public void precondition(String outcome) {
    requireSent();
    lastForwarded = null;
    preconditions.add(Outcome.parse(outcome));
  }

  /** A rule whose controls must pass on the target for a rejection here to mean anything. */
  public void requireRule(String ruleId) {
    requireSent();
    lastForwarded = null;
    requiredRules.add(ruleId);
  }

  /** An observation that shows neither conformance nor a violation: INCONCLUSIVE. */
  public void inconclusive(String outcome) {
    requireSent();
    lastForwarded = null;
    if (expected.isEmpty()) {
      throw new IllegalStateException("'inconclusive' outcomes follow at least one 'expect'");
    }
    inconclusive.add(Outcome.parse(outcome));
  }

  private void requireSent() {
    if (!sent) {
      throw new IllegalStateException("outcomes follow 'the request is sent'");
    }
  }

  /**
   * Completes a scenario of a rule made by hand (tests, fixtures): the rule has this one scenario.
   */
  public RuleScenario build(
      String ruleId,
      Level level,
      String title,
      String description,
      String feature,
      String uri,
      int line,
      Set<String> tags) {
    Rule rule = Rule.of(ruleId, level);
    RuleScenario scenario = build(rule, title, description, feature, uri, line, tags);
    rule.add(scenario);
    return scenario;
  }

  /**
   * Completes a scenario of a rule; the id and level are the rule's, the rest comes from the
   * scenario's name, tags and position. The caller adds it to the rule.
   */
  public RuleScenario build(
      Rule rule,
      String title,
      String description,
      String feature,
      String uri,
      int line,
      Set<String> tags) {
    Level level = rule.level();
    if (!sent || expected.isEmpty()) {
      throw new IllegalStateException(
          "a scenario needs 'the request', 'the request is sent' and at least one 'expect'");
    }
    if (tags.contains(RuleScenario.INTERMEDIARY_TAG)) {
      return buildIntermediary(rule, title, description, feature, uri, line, tags);
    }
    if (expectedForwarded.stream().anyMatch(f -> f != null)
        || allowedForwarded.stream().anyMatch(f -> f != null)) {
      throw new IllegalStateException(
          "'the back end receives' belongs to @intermediary scenarios only");
    }
    Template bytes =
        canary ? request.then(canaryAfterResponse ? CANARY_AFTER_RESPONSE : CANARY) : request;
    // Outcomes by text: the written ones first, then those the grading policy derives from them.
    Map<String, Outcome> permitted = new LinkedHashMap<>();
    expected.forEach(o -> permitted.put(o.text(), null));
    allowed.forEach(o -> permitted.put(o.text(), o));
    List<Outcome> named = new ArrayList<>(expected);
    named.addAll(allowed);
    // A MUST that names its status (400 for Host errors, 414 for long targets) is kept only by that
    // status; a SHOULD or MAY is met in purpose by any rejection (features/README.md, grading
    // policy).
    for (Outcome o : level == Level.MUST ? List.<Outcome>of() : named) {
      o.rejectionAlternatives().forEach(a -> permitted.putIfAbsent(a.text(), a));
    }
    // A SHOULD that asks for a rejection is not a MUST: accepting the message anyway, framed as the
    // sender meant it (the canary answered on its own), is a WARN; any other framing still FAILs.
    boolean control = tags.contains(RuleScenario.CONTROL_TAG);
    if (level == Level.SHOULD && !control && expected.stream().allMatch(Outcome::rejects)) {
      Outcome lenient = Outcome.parse(canary ? "accepted, canary answered" : "accepted");
      permitted.putIfAbsent(lenient.text(), lenient);
    }
    List<Outcome> allowedAll = new ArrayList<>();
    permitted.values().stream().filter(o -> o != null).forEach(allowedAll::add);
    return new RuleScenario(
        rule,
        title,
        description,
        feature,
        uri,
        line,
        Set.copyOf(tags),
        bytes,
        canary,
        List.copyOf(expected),
        List.copyOf(allowedAll),
        List.copyOf(preconditions),
        List.copyOf(inconclusive),
        List.copyOf(requiredRules),
        List.of(),
        null);
  }

  /**
   * An intermediary scenario: every outcome line is paired with what the back end receives, and
   * nothing is derived (each pair says what the intermediary may do, in full).
   */
  private RuleScenario buildIntermediary(
      Rule rule,
      String title,
      String description,
      String feature,
      String uri,
      int line,
      Set<String> tags) {
    if (expectedForwarded.contains(null) || allowedForwarded.contains(null)) {
      throw new IllegalStateException(
          "in an @intermediary scenario every 'expect' and 'allow' line is followed by 'the back"
              + " end receives'");
    }
    if (!preconditions.isEmpty() || !inconclusive.isEmpty() || !requiredRules.isEmpty()) {
      throw new IllegalStateException(
          "an @intermediary scenario has only 'expect' and 'allow' pairs");
    }
    List<Forwarded> forwarded = new ArrayList<>(expectedForwarded);
    forwarded.addAll(allowedForwarded);
    return new RuleScenario(
        rule,
        title,
        description,
        feature,
        uri,
        line,
        Set.copyOf(tags),
        canary ? request.then(canaryAfterResponse ? CANARY_AFTER_RESPONSE : CANARY) : request,
        canary,
        List.copyOf(expected),
        List.copyOf(allowed),
        List.of(),
        List.of(),
        List.of(),
        List.copyOf(forwarded),
        null);
  }
}
