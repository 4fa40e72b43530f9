package dev.h1proof.rulebook;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The step vocabulary, defined once. The socket driver applies step text through {@link #apply};
 * the parser driver's cucumber glue binds the same patterns (they are compile-time constants, so
 * they can be annotation values) and calls the same {@link ScenarioBuilder} methods.
 */
public final class Vocabulary {
  /** {@code Given the request} with a doc string: the bytes under test. */
  public static final String REQUEST = "^the request$";

  /** {@code And a pipelined canary request}. */
  public static final String CANARY = "^a pipelined canary request$";

  /**
   * {@code And a canary request after the response}: the canary, written only once the server has
   * answered (or the read timeout passed), for messages after which RFC 9112 §9.6 forbids the
   * client to pipeline (a close option, or HTTP/1.0 without keep-alive).
   */
  public static final String CANARY_AFTER_RESPONSE = "^a canary request after the response$";

  /** {@code When the request is sent}. */
  public static final String SEND = "^the request is sent$";

  /** {@code Then expect OUTCOME}: PASS. */
  public static final String EXPECT = "^expect (.+)$";

  /** {@code And allow OUTCOME}: WARN. */
  public static final String ALLOW = "^allow (.+)$";

  /**
   * {@code And precondition RULE-ID holds}: the scenario needs a capability that another rule's
   * controls prove (e.g. chunked support); where they did not pass, a rejection here shows nothing
   * more and is INCONCLUSIVE.
   */
  public static final String PRECONDITION_RULE = "^precondition (RFC\\d+-\\S+) holds$";

  /**
   * {@code And precondition OUTCOME}: the scenario judges something that exists only when the
   * target did this (e.g. the status-line of a 400 needs a 400); otherwise INCONCLUSIVE.
   */
  public static final String PRECONDITION = "^precondition (?!RFC\\d+-)(.+)$";

  /**
   * {@code And inconclusive OUTCOME}: an observation that shows neither conformance nor a violation
   * of the rule (e.g. an early answer before the body was read): INCONCLUSIVE, with the reason.
   */
  public static final String INCONCLUSIVE = "^inconclusive (.+)$";

  /**
   * {@code And the back end receives FORWARDED}, in {@code @intermediary} scenarios only: what the
   * capture back end behind the intermediary must have received when the client saw the outcome of
   * the {@code expect} or {@code allow} line just before (see {@link Forwarded}).
   */
  public static final String BACK_END = "^the back end receives (.+)$";

  private static final Pattern BACK_END_P = Pattern.compile(BACK_END);
  private static final Pattern REQUEST_P = Pattern.compile(REQUEST);
  private static final Pattern CANARY_P = Pattern.compile(CANARY);
  private static final Pattern CANARY_AFTER_RESPONSE_P = Pattern.compile(CANARY_AFTER_RESPONSE);
  private static final Pattern SEND_P = Pattern.compile(SEND);
  private static final Pattern EXPECT_P = Pattern.compile(EXPECT);
  private static final Pattern ALLOW_P = Pattern.compile(ALLOW);
  private static final Pattern PRECONDITION_RULE_P = Pattern.compile(PRECONDITION_RULE);
  private static final Pattern PRECONDITION_P = Pattern.compile(PRECONDITION);
  private static final Pattern INCONCLUSIVE_P = Pattern.compile(INCONCLUSIVE);

  private Vocabulary() {}

  /**
   * Applies one step to a builder.
   *
   * @throws IllegalArgumentException for a step outside the vocabulary, or a bad argument
   */
  public static void apply(ScenarioBuilder builder, String text, String docString) {
    Matcher m;
    if (REQUEST_P.matcher(text).matches()) {
      if (docString == null) {
        throw new IllegalArgumentException("'the request' needs a doc string with the bytes");
      }
      builder.request(docString);
    } else if (CANARY_P.matcher(text).matches()) {
      builder.canary();
    } else if (CANARY_AFTER_RESPONSE_P.matcher(text).matches()) {
      builder.canaryAfterResponse();
    } else if (SEND_P.matcher(text).matches()) {
      builder.send();
    } else if ((m = EXPECT_P.matcher(text)).matches()) {
      builder.expect(m.group(1));
    } else if ((m = ALLOW_P.matcher(text)).matches()) {
      builder.allow(m.group(1));
    } else if ((m = PRECONDITION_RULE_P.matcher(text)).matches()) {
      builder.requireRule(m.group(1));
    } else if ((m = PRECONDITION_P.matcher(text)).matches()) {
      builder.precondition(m.group(1));
    } else if ((m = INCONCLUSIVE_P.matcher(text)).matches()) {
      builder.inconclusive(m.group(1));
    } else if ((m = BACK_END_P.matcher(text)).matches()) {
      builder.backEnd(m.group(1));
    } else {
      throw new IllegalArgumentException("undefined step: '" + text + "'");
    }
  }
}
