package dev.h1proof.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.rulebook.Observation.ConnectionState;
import dev.h1proof.rulebook.Observation.Response;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Answers that real servers gave and that an earlier grading FAILed, though the sentence the rule
 * cites does not forbid them (the matrix review of 28 servers disputed each). Each is checked
 * beside an answer that still breaks the sentence, so the fix cannot turn into a free pass.
 */
class DisputedVerdictsTest {
  private static RuleScenario titled(String title) {
    return Rulebook.bundled().scenarios().stream()
        .filter(s -> s.title().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no scenario titled " + title));
  }

  /** Final responses with these statuses (1xx are interim), the connection left open. */
  private static Observation answered(int... statuses) {
    List<Response> responses =
        Arrays.stream(statuses)
            .mapToObj(s -> new Response(s, s < 200, List.of(), new byte[0]))
            .toList();
    return new Observation(new byte[] {'H'}, responses, ConnectionState.OPEN, List.of(), 1);
  }

  /** Final responses with these statuses, then the server's close. */
  private static Observation answeredAndClosed(int... statuses) {
    List<Response> responses =
        Arrays.stream(statuses)
            .mapToObj(s -> new Response(s, s < 200, List.of(), new byte[0]))
            .toList();
    return new Observation(new byte[] {'H'}, responses, ConnectionState.CLOSED, List.of(), 1);
  }

  private static Verdict verdict(String title, Observation o) {
    Judgement j = titled(title).judge(o);
    return j.verdict();
  }

  @Test
  void anyAnswerButA2xxToACONNECTWithABadPortRefusesTheTunnel() {
    // H2O answers 404 and Caddy 308: no tunnel is formed (RFC 9110 §9.3.6)
    String title = "CONNECT with no port is rejected";
    assertThat(verdict(title, answered(404))).isEqualTo(Verdict.WARN);
    assertThat(verdict(title, answered(308))).isEqualTo(Verdict.WARN);
    assertThat(verdict(title, answered(400))).isEqualTo(Verdict.PASS);
    assertThat(verdict(title, answered(200))).isEqualTo(Verdict.FAIL);
  }

  @Test
  void refusingAnUnofferedUpgradeDoesNotSwitchProtocols() {
    // uvicorn and Traffic Server answer 400: the MUST forbids a 101, not a refusal
    String title = "an unknown protocol in Upgrade is not switched to";
    assertThat(verdict(title, answered(400))).isEqualTo(Verdict.WARN);
    assertThat(verdict(title, answered(200))).isEqualTo(Verdict.PASS);
  }

  @Test
  void withoutA101ThereIsNo100ToSendBeforeIt() {
    String title = "100 comes before any 101 on an upgrade with 100-continue";
    assertThat(verdict(title, answered(400))).isEqualTo(Verdict.WARN);
    assertThat(verdict(title, answered(100, 200))).isEqualTo(Verdict.PASS);
  }

  @Test
  void anHttp1ServerMayAnswerThePrefaceAsTwoMessages() {
    // PRI * HTTP/2.0 is answered as a request (405), then "SM" is rejected (400)
    String title = "the HTTP/2 connection preface on an HTTP/1.1 port";
    assertThat(verdict(title, answered(405, 400))).isEqualTo(Verdict.WARN);
    assertThat(verdict(title, answered(505))).isEqualTo(Verdict.PASS);
    // three answers to two messages is not one of them
    assertThat(verdict(title, answered(405, 400, 400))).isEqualTo(Verdict.FAIL);
  }

  @Test
  void aMalformedChunkRejectedWithAnyStatusAndAClosedFramesNothingWrongly() {
    // Jetty 9 and Ktor answer 500, Varnish 503, then close: RFC 9112 §7.1 and §2.2 name no status
    for (String title :
        List.of(
            "a 2^64+5 chunk size does not wrap around",
            "a bare CR after the chunk size",
            "a bare CR inside a chunk extension value",
            "a NUL inside a trailer value")) {
      assertThat(verdict(title, answeredAndClosed(500))).as(title).isEqualTo(Verdict.WARN);
      assertThat(verdict(title, answeredAndClosed(503))).as(title).isEqualTo(Verdict.WARN);
      assertThat(verdict(title, answeredAndClosed(400))).as(title).isEqualTo(Verdict.PASS);
      // the rest of the rejected body answered as a request is still a violation
      assertThat(verdict(title, answeredAndClosed(500, 400))).as(title).isEqualTo(Verdict.FAIL);
      assertThat(verdict(title, answered(500, 200))).as(title).isEqualTo(Verdict.FAIL);
    }
    // an obs-fold must be rejected with 400 (RFC 9112 §5.2 names it) or replaced
    assertThat(verdict("an obs-fold inside a trailer value", answeredAndClosed(500)))
        .isEqualTo(Verdict.FAIL);
  }

  @Test
  void refusingAnUpgradeWithoutItsConnectionOptionSwitchesNothing() {
    // Jetty 9 and 12 answer 400: the sender broke RFC 9110 §7.8's MUST; no 101 is sent
    for (String title :
        List.of(
            "Upgrade h2c without the upgrade connection option",
            "Upgrade websocket without the upgrade connection option")) {
      assertThat(verdict(title, answeredAndClosed(400))).as(title).isEqualTo(Verdict.WARN);
      assertThat(verdict(title, answered(200))).as(title).isEqualTo(Verdict.PASS);
      assertThat(verdict(title, answered(101))).as(title).isEqualTo(Verdict.FAIL);
    }
  }

  @Test
  void anHttp10MessageWithTransferEncodingClosedWithoutAnAnswerFramesNothing() {
    // Squid resets at once: RFC 9112 §6.1 asks for faulty framing and a close, and names no status
    String title = "an HTTP/1.0 keep-alive request with chunked and Content-Length";
    assertThat(verdict(title, answeredAndClosed())).isEqualTo(Verdict.WARN);
    assertThat(verdict(title, answeredAndClosed(400))).isEqualTo(Verdict.PASS);
    // the canary answered means the body was framed by one of the fields
    assertThat(verdict(title, answered(200, 200))).isEqualTo(Verdict.FAIL);
  }

  @Test
  void aCloseAfterTheCanaryIsAnsweredSaysNothingAboutChunkedParsing() {
    // Apache's event MPM, under the load of a whole run, answered the chunked POST and the canary
    // and then closed without announcing it: the canary's answer shows the framing (RFC 9112
    // §6.1), and §9.5 lets a server close an idle connection at any time.
    String title = "Chunked with a capital C frames the body";
    Judgement closed = titled(title).judge(answeredAndClosed(200, 200));
    assertThat(closed.verdict()).isEqualTo(Verdict.PASS);
    assertThat(closed.reason()).contains("RFC 9112 §9.5").contains("read as open");
    assertThat(verdict(title, answered(200, 200))).isEqualTo(Verdict.PASS);
    // the canary lost is still a finding, closed or not; a reset is not an idle close
    assertThat(verdict(title, answered(200))).isNotEqualTo(Verdict.PASS);
    // closing instead of answering the canary stays what the rule permits, not preferred
    assertThat(verdict(title, answeredAndClosed(200))).isEqualTo(Verdict.WARN);
    Observation reset = answeredAndClosed(200, 200).withConnection(ConnectionState.RESET);
    assertThat(titled(title).judge(reset).verdict())
        .as(titled(title).judge(reset).reason())
        .isEqualTo(Verdict.FAIL);
  }

  @Test
  void persistenceRulesStillJudgeTheClose() {
    // RFC 9112 §9.3: an HTTP/1.0 keep-alive request answered, and the canary too, then the
    // connection closed: the keep-alive announcement is what that rule judges, so no idle reading
    RuleScenario s =
        Rulebook.bundled().scenarios().stream()
            .filter(x -> x.ruleId().equals("RFC9112-9.3-HTTP10-keep-alive") && x.canary())
            .findFirst()
            .orElseThrow();
    assertThat(s.judge(answeredAndClosed(200, 200)).reason()).doesNotContain("§9.5");
  }
}
