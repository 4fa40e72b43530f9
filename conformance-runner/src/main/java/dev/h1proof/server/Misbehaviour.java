package dev.h1proof.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ways the reference server can misbehave on purpose, each keyed by the id of the rulebook rule
 * it breaks, so that {@code h1proof serve --tolerate RULE-ID} and self-validation can check the
 * rulebook against a server known to be wrong. These are server behaviours, not parser defects: the
 * connection engine and the responder consult them, one place per behaviour. Tolerating a rule id
 * enables its misbehaviours here and its parser {@link dev.h1proof.parser.Violation violations}
 * through the parser's test lab alike.
 *
 * <p>The "Tolerated:" paragraph of each constant says what the server then does. A constant carries
 * no level or section: the rulebook defines them.
 */
public enum Misbehaviour {
  // ------------------------------------------------------------------ responses (Group 12)
  /**
   * A status-line is {@code HTTP-version SP status-code SP [ reason-phrase ] CRLF}. Tolerated: the
   * final status-lines omit the SP and reason ({@code HTTP/1.1 200}).
   */
  MALFORMED_STATUS_LINE("RFC9112-4-status-line-syntax", "Status-line without SP and reason"),
  /**
   * A response field line is {@code token ":" OWS field-value OWS CRLF}. Tolerated: every response
   * carries a folded field line (obs-fold).
   */
  FOLDED_RESPONSE_FIELD(
      "RFC9110-2.2-response-header-section-grammar", "Folded field line in every response"),
  /**
   * No Transfer-Encoding or Content-Length in a 1xx or 204 response. Tolerated: the 100 and 204
   * responses carry {@code Content-Length: 0}.
   */
  LENGTH_IN_1XX_OR_204(
      "RFC9112-6.1-no-TE-or-CL-in-1xx-and-204", "Content-Length: 0 in 100 and 204 responses"),
  /**
   * No Content-Length in a response with Transfer-Encoding. Tolerated: responses are chunked and
   * still carry Content-Length.
   */
  CL_WITH_TE_IN_RESPONSE(
      "RFC9112-6.2-no-CL-with-TE-in-response", "Chunked responses that carry Content-Length"),
  /**
   * A response to HEAD has no content. Tolerated: HEAD responses carry the GET response's content.
   */
  CONTENT_AFTER_HEAD("RFC9110-9.3.2-HEAD-response-has-no-content", "Content in HEAD responses"),
  /**
   * Responses are self-delimited so the connection can persist. Tolerated: responses carry no
   * Content-Length and end with the connection.
   */
  CLOSE_DELIMITED_RESPONSE(
      "RFC9112-6.3-self-delimited-responses", "Responses delimited by closing the connection"),

  // --------------------------------------------------------------- server behaviour (Group 13)
  /**
   * After a message it rejected, the server stops reading and closes. Tolerated: the rejection is
   * answered without {@code Connection: close}, the connection stays open, and parsing resumes
   * after the next empty line, so a pipelined canary is answered (the resync that desynchronises
   * front ends and back ends).
   */
  PROCESSING_AFTER_FRAMING_ERROR(
      "RFC9112-2.2-no-processing-after-framing-error",
      "Processing continued after a framing error"),
  /**
   * A request with {@code Connection: close} ends the connection after its response. Tolerated: the
   * option is ignored and the connection persists, whatever the version.
   */
  CONNECTION_CLOSE_IGNORED(
      "RFC9112-9.6-request-Connection-close",
      "Connection kept open after a request with Connection: close"),
  /**
   * HTTP/1.1 connections persist by default. Tolerated: the server closes after every response to
   * an HTTP/1.1 request.
   */
  HTTP11_CLOSED_BY_DEFAULT(
      "RFC9112-9.3-persistent-by-default", "HTTP/1.1 connection closed without a reason"),
  /**
   * HTTP/1.0 connections without the keep-alive option close after the response. Tolerated: they
   * persist like HTTP/1.1 connections.
   */
  HTTP10_KEPT_OPEN_BY_DEFAULT(
      "RFC9112-9.3-HTTP10-closes-by-default", "HTTP/1.0 connection kept open without keep-alive"),
  /**
   * The method is case-sensitive: {@code get} is not GET. Tolerated: the method is upper-cased
   * before it is served.
   */
  METHOD_CASE_FOLDED("RFC9112-3.1-method-case-sensitive", "Method served case-insensitively"),
  /** An unrecognised method is answered with 501. Tolerated: it is served like GET, with 200. */
  UNKNOWN_METHOD_SERVED("RFC9110-9.1-unknown-method-501", "Unknown method served"),
  /**
   * A request with {@code Expect: 100-continue} and content gets 100 (Continue) before the server
   * waits for the content. Tolerated: no 100 is sent.
   */
  CONTINUE_NOT_SENT(
      "RFC9110-10.1.1-100-continue-sent-promptly", "No 100 (Continue) for Expect: 100-continue"),
  /**
   * A request with {@code Expect: 100-continue} but no content is answered at once. Tolerated: the
   * server waits for content that was never announced, and answers nothing.
   */
  CONTINUE_AWAITS_ABSENT_CONTENT(
      "RFC9110-10.1.1-100-continue-without-content",
      "Waiting for content after Expect: 100-continue without content"),
  /**
   * {@code Expect} is ignored in an HTTP/1.0 request. Tolerated: an HTTP/1.0 request with {@code
   * Expect: 100-continue} gets a 100 (Continue) as soon as its header section is complete, content
   * or not, although HTTP/1.0 clients do not understand 1xx responses.
   */
  CONTINUE_FOR_HTTP10(
      "RFC9110-10.1.1-expect-ignored-for-HTTP10", "100 (Continue) sent to an HTTP/1.0 client"),
  /**
   * No action is taken before the header section is complete. Tolerated: the server answers 200 as
   * soon as the request-line has arrived, and sends nothing more when the message completes.
   */
  EARLY_RESPONSE(
      "RFC9110-5.3-no-action-before-header-section-complete",
      "Response before the header section was complete"),
  /**
   * A server that closes after a response announces it in that response with the {@code close}
   * connection option (RFC 9112 §9.6). Tolerated: responses followed by a close omit {@code
   * Connection: close}.
   */
  CLOSE_NOT_ANNOUNCED(
      "RFC9112-9.3-close-signalled-when-server-closes",
      "Connection closed without announcing close"),
  /**
   * A Content-Length in a HEAD response is the length a GET would get (RFC 9110 §8.6). Tolerated:
   * HEAD responses claim one octet more than the GET content.
   */
  HEAD_CONTENT_LENGTH_INCONSISTENT(
      "RFC9110-8.6-HEAD-and-304-Content-Length-consistent",
      "HEAD Content-Length differs from the GET content"),
  /**
   * An https target received over cleartext is not served (RFC 9110 §7.4: the reference server
   * answers 421). Tolerated: it is served like an http target.
   */
  HTTPS_TARGET_SERVED_OVER_CLEARTEXT(
      "RFC9110-7.4-https-target-over-cleartext", "https resource served over cleartext"),
  /**
   * Request framing does not depend on the method. Tolerated: a Content-Length or chunked body on
   * GET, HEAD, OPTIONS or DELETE is not read, so its octets are parsed as the next request.
   */
  BODY_IGNORED_FOR_METHOD(
      "RFC9112-6-framing-independent-of-method",
      "Body framing ignored for a method that seldom carries content"),
  /**
   * A request is answered once it is complete, body included (RFC 9112 §6.3: an incomplete body
   * gets no response until it completes or the server gives up). Tolerated: the response is sent as
   * soon as the header section is complete, and the body is then read and discarded.
   */
  RESPONSE_BEFORE_BODY(
      "RFC9112-6.3-CL-body-incomplete", "Response sent before the body was received"),
  /**
   * A server must read the whole request body or close the connection after its response (RFC 9112
   * §9.3). Tolerated: a request with content is answered as soon as its header section is complete,
   * the connection stays open, and the unread content is parsed as the next request (a handler that
   * ignores the body, and a keep-alive loop that does not drain it).
   */
  BODY_LEFT_UNREAD("RFC9112-9.3-read-body-or-close", "Body left unread on a persistent connection"),
  /**
   * A server that sends its final response before reading the content still reads it or closes (RFC
   * 9110 §10.1.1, RFC 9112 §9.3). Tolerated: a request with {@code Expect: 100-continue} and
   * content is answered at once with its final response instead of 100 (Continue), as a server
   * refusing the content would, and the content the client sends anyway is parsed as the next
   * request.
   */
  EXPECTATION_ANSWERED_BODY_UNREAD(
      "RFC9110-10.1.1-early-final-response-signals-intent",
      "Content after an early final response parsed as a request"),
  /**
   * A header section too large to process gets a 4xx (RFC 9110 §5.4). Tolerated, together with
   * {@link #HEADER_SECTION_TOO_LARGE} and {@link #TOO_MANY_FIELDS} (same rule id), which let the
   * request through the parser: the application behind it, whose header buffer keeps the configured
   * limits, drops the connection without a response.
   */
  OVERSIZED_HEADER_SECTION_DROPPED(
      "RFC9110-5.4-fields-too-large", "Oversized header section dropped without a response"),
  /**
   * A request-target longer than the server will parse gets 414 (RFC 9112 §3). Tolerated, together
   * with {@link #REQUEST_LINE_TOO_LONG} (same rule id), which lets the request through the parser:
   * a request-line longer than the configured limit is refused with 431, as servers that count the
   * request-line against their header limit do, and the connection closes.
   */
  LONG_REQUEST_LINE_ANSWERED_431(
      "RFC9112-3-target-too-long-414", "Overlong request-target refused with 431"),
  /**
   * A method longer than any implemented one gets 501 (RFC 9112 §3). Tolerated, together with
   * {@link #METHOD_TOO_LONG} (same rule id), which lets the request through the parser: a method
   * longer than the request-line limit is refused with 414 like an overlong request-line, and the
   * connection closes.
   */
  LONG_METHOD_ANSWERED_414("RFC9112-3-overlong-method-501", "Overlong method refused with 414"),
  /**
   * Only HTTP/1.1 requires Host (RFC 9112 §3.2); the reference server serves an HTTP/1.0 request
   * without it under its default authority. Tolerated: such a request is rejected with 400, as
   * servers that require Host whatever the version do (the less preferred choice).
   */
  HOST_REQUIRED_IN_HTTP10(
      "RFC9112-3.2-Host-missing-HTTP10", "HTTP/1.0 request without Host rejected"),
  /**
   * An incomplete header section gets no response while it may still complete (RFC 9112 §8).
   * Tolerated: the server takes every read for a whole message: a read that ends inside a header
   * section is answered 400 at once, its octets are discarded, and the connection stays open.
   */
  INCOMPLETE_HEAD_ANSWERED(
      "RFC9112-8-incomplete-header-section",
      "Incomplete header section answered while it could still complete"),
  /**
   * An HTTP/1.0 connection persists only when the response carries the keep-alive option (RFC 9112
   * §9.3). Tolerated: keep-alive is honoured, but the response does not say so, so an HTTP/1.0
   * client waits for a close that does not come.
   */
  HTTP10_KEEP_ALIVE_UNANNOUNCED(
      "RFC9112-9.3-HTTP10-keep-alive",
      "HTTP/1.0 connection kept open without announcing keep-alive"),
  /**
   * A client's half-close neither delimits nor cancels a request (RFC 9112 §9.6). Tolerated: the
   * half-close is taken for a cancellation: responses not yet written are dropped and the
   * connection closes. (In-process the whole request and the half-close arrive before anything is
   * written; over a socket the response usually leaves before the end of input is read.)
   */
  HALF_CLOSE_CANCELS_REQUEST(
      "RFC9112-9.6-half-close-after-complete-request",
      "Complete request dropped on a client half-close"),
  /**
   * Upgrade is ignored in an HTTP/1.0 request (RFC 9110 §7.8). Tolerated: the reference server's
   * WebSocket upgrade does not check the version, so an HTTP/1.0 request switches protocols too.
   */
  UPGRADE_IN_HTTP10(
      "RFC9110-7.8-upgrade-ignored-for-HTTP10", "Upgrade honoured in an HTTP/1.0 request"),
  /**
   * Upgrade without the {@code upgrade} connection option is ignored (RFC 9110 §7.8, §7.6.1).
   * Tolerated: the reference server's WebSocket upgrade does not look at the Connection field.
   */
  UPGRADE_WITHOUT_CONNECTION_OPTION(
      "RFC9110-7.8-upgrade-requires-connection-option",
      "Upgrade honoured without the upgrade connection option"),
  /**
   * A server switches only to a protocol the client offered (RFC 9110 §7.8). Tolerated: any GET
   * with an Upgrade field, whatever it lists, is switched to WebSocket (as servers that only check
   * that the field is present do).
   */
  UPGRADE_TO_UNOFFERED_PROTOCOL(
      "RFC9110-7.8-upgrade-to-unoffered-protocol",
      "Switched to a protocol the client did not offer");

  private static final Map<String, List<Misbehaviour>> BY_RULE_ID;

  static {
    Map<String, List<Misbehaviour>> map = new HashMap<>();
    for (Misbehaviour m : values()) {
      map.computeIfAbsent(m.ruleId, k -> new ArrayList<>()).add(m);
    }
    map.replaceAll((k, list) -> Collections.unmodifiableList(list));
    BY_RULE_ID = Collections.unmodifiableMap(map);
  }

  private final String ruleId;
  private final String summary;

  Misbehaviour(String ruleId, String summary) {
    this.ruleId = ruleId;
    this.summary = summary;
  }

  /** The id of the rulebook rule this misbehaviour breaks. */
  public String ruleId() {
    return ruleId;
  }

  /** A one-line description of the misbehaviour. */
  public String summary() {
    return summary;
  }

  /** Every constant whose {@link #ruleId()} equals the given id, in declaration order. */
  public static List<Misbehaviour> forRuleId(String ruleId) {
    return BY_RULE_ID.getOrDefault(ruleId, List.of());
  }
}
