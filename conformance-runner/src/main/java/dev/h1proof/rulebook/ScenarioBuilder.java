package dev.h1proof.rulebook;

import dev.h1proof.parser.Level;
import java.util.ArrayList;
import java.util.List;
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
  }

  /** A permitted, not preferred, outcome. */
  public void allow(String outcome) {
    requireSent();
    if (expected.isEmpty()) {
      throw new IllegalStateException("'allow' outcomes follow at least one 'expect'");
    }
    allowed.add(Outcome.parse(outcome));
  }

  /**
   * What must have happened for the scenario to say anything about its rule; several lines are
   * alternatives.
   */
  public void precondition(String outcome) {
    requireSent();
    preconditions.add(Outcome.parse(outcome));
  }

  /** An observation that shows neither conformance nor a violation: INCONCLUSIVE. */
  public void inconclusive(String outcome) {
    requireSent();
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

  /** Completes the scenario; the metadata comes from its tags and position. */
  public RuleScenario build(
      String ruleId,
      Level level,
      String title,
      String description,
      String feature,
      String uri,
      int line,
      Set<String> tags) {
    if (!sent || expected.isEmpty()) {
      throw new IllegalStateException(
          "a scenario needs 'the request', 'the request is sent' and at least one 'expect'");
    }
    Template bytes =
        canary ? request.then(canaryAfterResponse ? CANARY_AFTER_RESPONSE : CANARY) : request;
    return new RuleScenario(
        ruleId,
        level,
        title,
        description,
        feature,
        uri,
        line,
        Set.copyOf(tags),
        bytes,
        canary,
        List.copyOf(expected),
        List.copyOf(allowed),
        List.copyOf(preconditions),
        List.copyOf(inconclusive));
  }
}
