package dev.h1proof.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.h1proof.rulebook.Observation.ConnectionState;
import dev.h1proof.rulebook.Observation.Response;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JudgeTest {
  private static RuleScenario scenario() {
    ScenarioBuilder b = new ScenarioBuilder();
    b.request("GET {path} HTTP/1.1\\r\\nHost: {host}\\r\\nX-A : 1\\r\\n\\r\\n");
    b.send();
    b.expect("status 400, connection closed");
    b.allow("no response, connection closed");
    return b.build(
        "RFC9112-5.1-whitespace-before-colon",
        Level.MUST,
        "t",
        "d",
        "f",
        "05.feature",
        3,
        Set.of("@RFC9112-5.1-whitespace-before-colon", "@MUST"));
  }

  private static Observation observed(ConnectionState state, int... statuses) {
    List<Response> responses =
        java.util.Arrays.stream(statuses)
            .mapToObj(s -> new Response(s, false, List.of(), new byte[0]))
            .toList();
    return new Observation(
        statuses.length == 0 ? new byte[0] : new byte[] {'H'}, responses, state, List.of(), 1);
  }

  @Test
  void preferredPassesPermittedWarnsOtherwiseFails() {
    RuleScenario s = scenario();
    assertThat(s.judge(observed(ConnectionState.CLOSED, 400)).verdict()).isEqualTo(Verdict.PASS);
    assertThat(s.judge(observed(ConnectionState.CLOSED)).verdict()).isEqualTo(Verdict.WARN);
    Judgement fail = s.judge(observed(ConnectionState.OPEN, 200));
    assertThat(fail.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(fail.reason()).contains("status 200").contains("status 400, connection closed");
  }

  @Test
  void silenceIsInconclusive() {
    assertThat(scenario().judge(observed(ConnectionState.OPEN)).verdict())
        .isEqualTo(Verdict.INCONCLUSIVE);
  }

  private static RuleScenario build(ScenarioBuilder b) {
    return b.build(
        "RFC9112-4-status-line-syntax",
        Level.MUST,
        "t",
        "d",
        "f",
        "response.feature",
        3,
        Set.of("@RFC9112-4-status-line-syntax", "@MUST"));
  }

  @Test
  void aPreconditionThatDidNotHappenIsInconclusiveNotFail() {
    ScenarioBuilder b = new ScenarioBuilder();
    b.request("GET {path} HTTP/1.1\\r\\nHost: {host}\\r\\nContent-Length:\\r\\n\\r\\n");
    b.send();
    b.expect("status 400, well-formed");
    Vocabulary.apply(b, "precondition status 400", null);
    RuleScenario s = build(b);
    Judgement judged = s.judge(observed(ConnectionState.OPEN, 200));
    assertThat(judged.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(judged.reason()).contains("precondition not met").contains("status 200");
    assertThat(s.judge(observed(ConnectionState.OPEN, 400)).verdict()).isEqualTo(Verdict.PASS);
    // The precondition held but the rule did not: a malformed 400 still fails.
    Observation malformed =
        new Observation(
            new byte[] {'H'},
            List.of(new Response(400, false, List.of(), new byte[0])),
            ConnectionState.OPEN,
            List.of("RFC9112-4-status-line-syntax at 0: no SP after the code"),
            1);
    assertThat(s.judge(malformed).verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void anInconclusiveOutcomeIsNeitherPassNorFail() {
    ScenarioBuilder b = new ScenarioBuilder();
    b.request("POST {path} HTTP/1.1\\r\\nHost: {host}\\r\\n\\r\\n");
    b.canary();
    b.send();
    b.expect("status 400, connection closed");
    Vocabulary.apply(b, "inconclusive accepted, connection open, canary not answered", null);
    RuleScenario s = build(b);
    Judgement judged = s.judge(observed(ConnectionState.OPEN, 405));
    assertThat(judged.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(judged.reason()).contains("neither conformance nor a violation");
    assertThat(s.judge(observed(ConnectionState.OPEN, 405, 200)).verdict()).isEqualTo(Verdict.FAIL);
    assertThatThrownBy(
            () -> {
              ScenarioBuilder early = new ScenarioBuilder();
              early.request("GET / HTTP/1.1\\r\\n\\r\\n");
              early.send();
              early.inconclusive("accepted");
            })
        .hasMessageContaining("at least one 'expect'");
  }

  @Test
  void anotherRejectionOrACloseIsAWarnForAShouldButNotForAMustThatNamesTheStatus() {
    ScenarioBuilder must = new ScenarioBuilder();
    must.request("GET {path} HTTP/1.1\\r\\nHost: {host}\\r\\nX-A : 1\\r\\n\\r\\n");
    must.send();
    must.expect("status 400, connection closed");
    RuleScenario mustScenario = build(must);
    assertThat(mustScenario.allowed()).isEmpty();
    assertThat(mustScenario.judge(observed(ConnectionState.CLOSED, 431)).verdict())
        .isEqualTo(Verdict.FAIL);

    ScenarioBuilder b = new ScenarioBuilder();
    b.request("GET {path} HTTP/1.1\\r\\nHost: {host}\\r\\nX-A : 1\\r\\n\\r\\n");
    b.canary();
    b.send();
    b.expect("status 400, connection closed, canary not answered");
    RuleScenario s =
        b.build(
            "RFC9112-5-field-name-not-a-token",
            Level.SHOULD,
            "t",
            "d",
            "f",
            "05.feature",
            3,
            Set.of("@RFC9112-5-field-name-not-a-token", "@SHOULD"));
    assertThat(s.allowed())
        .extracting(Outcome::text)
        .containsExactly(
            "rejected, connection closed, canary not answered",
            "no response, connection closed, canary not answered",
            "accepted, canary answered");
    assertThat(s.judge(observed(ConnectionState.CLOSED, 400)).verdict()).isEqualTo(Verdict.PASS);
    assertThat(s.judge(observed(ConnectionState.CLOSED, 431)).verdict()).isEqualTo(Verdict.WARN);
    assertThat(s.judge(observed(ConnectionState.CLOSED)).verdict()).isEqualTo(Verdict.WARN);
    // Accepted against the SHOULD, but framed as sent: the canary got its own answer.
    assertThat(s.judge(observed(ConnectionState.OPEN, 200, 200)).verdict()).isEqualTo(Verdict.WARN);
    // A 404 or 405 may be a processed message; the canary answered is a misframing; open is a
    // rejection without the close the rule requires.
    assertThat(s.judge(observed(ConnectionState.CLOSED, 405)).verdict()).isEqualTo(Verdict.FAIL);
    assertThat(s.judge(observed(ConnectionState.OPEN, 400, 200)).verdict()).isEqualTo(Verdict.FAIL);
    assertThat(s.judge(observed(ConnectionState.OPEN, 431)).verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void stepsMustComeInOrder() {
    ScenarioBuilder b = new ScenarioBuilder();
    assertThatThrownBy(() -> b.expect("accepted")).hasMessageContaining("follow");
    b.request("GET / HTTP/1.1\\r\\n\\r\\n");
    b.canary();
    b.send();
    assertThatThrownBy(() -> b.allow("accepted")).hasMessageContaining("at least one 'expect'");
  }

  @Test
  void undefinedStepsAreRejected() {
    assertThatThrownBy(() -> Vocabulary.apply(new ScenarioBuilder(), "the server smiles", null))
        .hasMessageContaining("undefined step");
  }
}
