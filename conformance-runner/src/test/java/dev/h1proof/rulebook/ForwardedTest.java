package dev.h1proof.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The forwarded-bytes vocabulary of intermediary scenarios and its grading. */
class ForwardedTest {
  private static BackEndObservation backEnd(String... connections) {
    return new BackEndObservation(
        java.util.Arrays.stream(connections)
            .map(c -> c.getBytes(StandardCharsets.ISO_8859_1))
            .toList(),
        false);
  }

  private static final String GET = "GET / HTTP/1.1\r\nHost: b\r\n\r\n";

  @Test
  void nothingAllowsAnAbandonedPrefixButNoRequestAndNoInvalidByte() {
    Forwarded nothing = Forwarded.parse("nothing");
    assertThat(nothing.mismatch(backEnd())).isNull();
    assertThat(nothing.mismatch(backEnd("POST / HTTP/1.1\r\nHost: b\r\nContent-Le"))).isNull();
    assertThat(nothing.mismatch(backEnd(GET))).isEqualTo("forwarded 1 complete request(s)");
    assertThat(nothing.mismatch(backEnd("GET / HTTP/1.1\r\nHost: b\r\nX : 1\r\n\r\n")))
        .startsWith(
            "forwarded bytes a strict back end rejects: RFC9112-5.1-whitespace-before-colon");
  }

  @Test
  void theRequestAndTheCanaryAcrossConnectionsWithTheirClauses() {
    Forwarded f =
        Forwarded.parse(
            "the request and the canary, body \"hel, lo\", no field X-Hop,"
                + " field X-A is \"a b\", no connection option X-Hop");
    String post =
        "POST / HTTP/1.1\r\nHost: b\r\nX-A: a   b\r\nConnection: keep-alive\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n3\r\nhel\r\n4\r\n, lo\r\n0\r\n\r\n";
    assertThat(f.mismatch(backEnd(post, GET))).isNull();
    assertThat(f.mismatch(backEnd(post + GET))).isNull();
    assertThat(f.mismatch(backEnd(post))).isEqualTo("forwarded 1 request(s), not 2");
    assertThat(f.mismatch(backEnd(post.replace("X-A", "X-Hop: 1\r\nX-A"), GET)))
        .isEqualTo("the forwarded request carries X-Hop");
    assertThat(f.mismatch(backEnd(post.replace("keep-alive", "X-Hop"), GET)))
        .isEqualTo("the forwarded Connection field still names X-Hop");
    assertThat(f.mismatch(backEnd(post.replace("a   b", "ab"), GET)))
        .startsWith("the forwarded request's X-A is [ab]");
    assertThat(f.mismatch(backEnd(post, GET + "GET /x"))).contains("bytes after the last");
    assertThat(
            f.mismatch(
                new BackEndObservation(List.of(post.getBytes(StandardCharsets.ISO_8859_1)), true)))
        .isEqualTo("the back end's capture bound was reached");
  }

  @Test
  void theContentIsComparedAsFramed() {
    Forwarded f = Forwarded.parse("the request, body \"hello\"");
    assertThat(f.mismatch(backEnd("POST / HTTP/1.1\r\nHost: b\r\nContent-Length: 5\r\n\r\nhello")))
        .isNull();
    assertThat(f.mismatch(backEnd("POST / HTTP/1.1\r\nHost: b\r\nContent-Length: 4\r\n\r\nhell")))
        .isEqualTo("the forwarded content is \"hell\", not \"hello\"");
  }

  /**
   * Given a clean request and then a broken one on the same connection, the violation's offset
   * counts from the connection's first byte, in a head and in a chunked body alike.
   */
  @Test
  void violationOffsetsCountFromTheFirstByte() {
    String chunked = "POST / HTTP/1.1\r\nHost: b\r\nTransfer-Encoding: chunked\r\n\r\n";
    String first = chunked + "3\r\nhel\r\n0\r\nX-T: v\r\n\r\n";
    byte[] head =
        (first + "GET / HTTP/1.1\r\nHost: b\r\nX : 1\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    ForwardedMessages m = ForwardedMessages.parse(head, head.length);
    assertThat(m.requests()).hasSize(1);
    assertThat(m.requests().get(0).body()).isEqualTo("hel".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(m.requests().get(0).end()).isEqualTo(first.length());
    assertThat(m.violation().ruleId()).isEqualTo("RFC9112-5.1-whitespace-before-colon");
    assertThat(m.violationOffset()).isEqualTo(first.length() + 26);
    assertThat(m.leftover()).isEqualTo(head.length - first.length());

    byte[] body =
        (first + chunked + "3\r\nhelo\r\n0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    m = ForwardedMessages.parse(body, body.length);
    assertThat(m.requests()).hasSize(1);
    assertThat(m.violation().ruleId()).isEqualTo("RFC9112-7.1-chunk-data-length-mismatch");
    assertThat(m.violationOffset()).isEqualTo(first.length() + chunked.length() + 6);

    byte[] partial =
        (first + chunked + "3\r\nhel\r\n0\r\nX-T").getBytes(StandardCharsets.ISO_8859_1);
    m = ForwardedMessages.parse(partial, partial.length);
    assertThat(m.requests()).hasSize(1);
    assertThat(m.violation()).isNull();
    assertThat(m.leftover()).isEqualTo(partial.length - first.length());
  }

  @Test
  void badGrammarIsNamed() {
    assertThatThrownBy(() -> Forwarded.parse("everything"))
        .hasMessageContaining("'nothing', 'the request' or 'the request and the canary'");
    assertThatThrownBy(() -> Forwarded.parse("nothing, no field X"))
        .hasMessageContaining("'nothing' takes no clause");
    assertThatThrownBy(() -> Forwarded.parse("the request, with sugar"))
        .hasMessageContaining("unknown clause 'with sugar'");
  }

  @Test
  void theBuilderPairsEveryOutcomeInIntermediaryScenariosOnly() {
    ScenarioBuilder b = new ScenarioBuilder();
    b.request("GET / HTTP/1.1\\r\\nHost: {host}\\r\\n\\r\\n");
    b.send();
    b.expect("accepted");
    assertThatThrownBy(
            () ->
                b.build(
                    Rule.of("RFC9112-2.2-proxy-bare-CR", Level.MUST),
                    "t",
                    "d",
                    "f",
                    "u",
                    1,
                    Set.of("@intermediary")))
        .hasMessageContaining("every 'expect' and 'allow' line is followed by");
    b.backEnd("the request");
    assertThatThrownBy(() -> b.backEnd("nothing")).hasMessageContaining("once per line");
    RuleScenario s =
        b.build(
            Rule.of("RFC9112-2.2-proxy-bare-CR", Level.MUST),
            "t",
            "d",
            "f",
            "u",
            1,
            Set.of("@intermediary"));
    assertThat(s.intermediary()).isTrue();
    assertThat(s.forwarded()).extracting(Forwarded::text).containsExactly("the request");
    assertThatThrownBy(
            () ->
                b.build(
                    Rule.of("RFC9112-2.2-bare-CR-in-field-line", Level.MUST),
                    "t",
                    "d",
                    "f",
                    "u",
                    1,
                    Set.of()))
        .hasMessageContaining("belongs to @intermediary scenarios only");
  }

  @Test
  void theJudgeNeedsBothHalvesOfAPair() {
    ScenarioBuilder b = new ScenarioBuilder();
    b.request("GET / HTTP/1.1\\r\\nHost: {host}\\r\\n\\r\\n");
    b.send();
    b.expect("status 400, connection closed");
    b.backEnd("nothing");
    RuleScenario s =
        b.build(
            Rule.of("RFC9112-2.2-proxy-bare-CR", Level.MUST),
            "t",
            "d",
            "f",
            "u",
            1,
            Set.of("@intermediary"));
    Observation rejected =
        new Observation(
            "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1),
            List.of(new Observation.Response(400, false, List.of(), new byte[0])),
            Observation.ConnectionState.CLOSED,
            List.of(),
            1);
    assertThat(IntermediaryJudge.judge(s, rejected, backEnd()).verdict()).isEqualTo(Verdict.PASS);
    assertThat(IntermediaryJudge.judge(s, rejected, backEnd(GET)).verdict())
        .isEqualTo(Verdict.FAIL);
    Observation silent =
        new Observation(new byte[0], List.of(), Observation.ConnectionState.OPEN, List.of(), 1);
    assertThat(IntermediaryJudge.judge(s, silent, backEnd()).verdict())
        .isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(IntermediaryJudge.judge(s, silent, backEnd(GET.replace("\r\nHost", "\nHost"))))
        .extracting(Judgement::verdict)
        .isEqualTo(Verdict.FAIL);
  }

  private static Observation answered(Observation.ConnectionState state, int... statuses) {
    StringBuilder raw = new StringBuilder();
    List<Observation.Response> responses = new java.util.ArrayList<>();
    for (int status : statuses) {
      raw.append("HTTP/1.1 ").append(status).append(" X\r\nContent-Length: 0\r\n\r\n");
      responses.add(new Observation.Response(status, false, List.of(), new byte[0]));
    }
    return new Observation(
        raw.toString().getBytes(StandardCharsets.ISO_8859_1), responses, state, List.of(), 1);
  }

  private static RuleScenario rejectOrForward(String ruleId, boolean forwardPermitted) {
    ScenarioBuilder b = new ScenarioBuilder();
    b.request("POST / HTTP/1.1\\r\\nHost: {host}\\r\\nContent-Length: 5\\r\\n\\r\\nhello");
    b.canary();
    b.send();
    b.expect("status 400, connection closed, canary not answered");
    b.backEnd("nothing");
    if (forwardPermitted) {
      b.expect("accepted, canary answered");
      b.backEnd("the request and the canary, body \"hello\"");
    }
    return b.build(Rule.of(ruleId, Level.MUST), "t", "d", "f", "u", 1, Set.of("@intermediary"));
  }

  @Test
  void aProxysOwnServerErrorWithNothingForwardedIsInconclusiveWhereForwardingIsPermitted() {
    RuleScenario s = rejectOrForward("RFC9112-5.2-proxy-obs-fold", true);
    Observation failedThenCanary = answered(Observation.ConnectionState.OPEN, 502, 200);
    // only the canary reached the back end: the proxy's own failure on the message under test
    Judgement j = IntermediaryJudge.judge(s, failedThenCanary, backEnd(GET));
    assertThat(j.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(j.reason()).startsWith("the proxy answered 502 itself");
    assertThat(
            IntermediaryJudge.judge(
                s, answered(Observation.ConnectionState.CLOSED, 503), backEnd()))
        .extracting(Judgement::verdict)
        .isEqualTo(Verdict.INCONCLUSIVE);
    // something of the message under test was forwarded: FAIL
    String post = "POST / HTTP/1.1\r\nHost: b\r\nContent-Length: 5\r\n\r\nhello";
    assertThat(IntermediaryJudge.judge(s, failedThenCanary, backEnd(post, GET)).verdict())
        .isEqualTo(Verdict.FAIL);
    assertThat(IntermediaryJudge.judge(s, failedThenCanary, backEnd(GET + GET)).verdict())
        .isEqualTo(Verdict.FAIL);
    assertThat(
            IntermediaryJudge.judge(
                    s, failedThenCanary, backEnd("GET / HTTP/1.1\r\nHost : b\r\n\r\n"))
                .verdict())
        .isEqualTo(Verdict.FAIL);
    // the canary was not answered, so no forwarded request can be the canary
    assertThat(
            IntermediaryJudge.judge(
                    s, answered(Observation.ConnectionState.CLOSED, 502), backEnd(GET))
                .verdict())
        .isEqualTo(Verdict.FAIL);
    // not a server error of the proxy's own
    assertThat(
            IntermediaryJudge.judge(
                    s, answered(Observation.ConnectionState.OPEN, 501, 200), backEnd(GET))
                .verdict())
        .isEqualTo(Verdict.FAIL);
    // where the rule mandates a rejection, a 5xx in place of the named status stays a FAIL
    RuleScenario mandated = rejectOrForward("RFC9112-6.3-proxy-CL-invalid", false);
    assertThat(IntermediaryJudge.judge(mandated, failedThenCanary, backEnd(GET)).verdict())
        .isEqualTo(Verdict.FAIL);
  }
}
