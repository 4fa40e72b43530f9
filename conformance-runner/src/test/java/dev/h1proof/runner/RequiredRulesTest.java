package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.rulebook.Level;
import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.Observation.ConnectionState;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.ScenarioBuilder;
import dev.h1proof.rulebook.Verdict;
import dev.h1proof.rulebook.Vocabulary;
import dev.h1proof.runner.result.ScenarioResult;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A missing capability, judged once, does not FAIL every scenario that needs it. */
class RequiredRulesTest {
  private static final String CHUNKED = "RFC9112-6.1-chunked-supported";

  private static RuleScenario chunkedControl() {
    ScenarioBuilder b = new ScenarioBuilder();
    b.request("POST / HTTP/1.1\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n0\\r\\n\\r\\n");
    b.send();
    b.expect("accepted");
    return b.build(
        CHUNKED, Level.MUST, "c", "", "", "07.feature", 1, Set.of("@" + CHUNKED, "@control"));
  }

  private static RuleScenario chunkGrammar() {
    ScenarioBuilder b = new ScenarioBuilder();
    Vocabulary.apply(
        b,
        "the request",
        "POST / HTTP/1.1\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n5;a=\"b\"\\r\\nhello\\r\\n0\\r\\n\\r\\n");
    Vocabulary.apply(b, "a pipelined canary request", null);
    Vocabulary.apply(b, "the request is sent", null);
    Vocabulary.apply(b, "expect accepted, connection open, canary answered", null);
    Vocabulary.apply(b, "precondition " + CHUNKED + " holds", null);
    return b.build(
        "RFC9112-7.1.1-chunk-ext-quoted-string",
        Level.MUST,
        "g",
        "",
        "",
        "07.feature",
        9,
        Set.of("@RFC9112-7.1.1-chunk-ext-quoted-string", "@control"));
  }

  private static ScenarioResult run(RuleScenario s, ConnectionState state, int... statuses) {
    List<Observation.Response> responses =
        Arrays.stream(statuses)
            .mapToObj(c -> new Observation.Response(c, false, List.of(), new byte[0]))
            .toList();
    Observation o = new Observation(new byte[] {'H'}, responses, state, List.of(), 1);
    return new ScenarioResult(s, s.judge(o), new byte[0], o, false);
  }

  @Test
  void aSingleAnswerBecomesInconclusiveOnlyWhenTheRequiredRuleFailed() {
    ScenarioResult rejected501 = run(chunkGrammar(), ConnectionState.CLOSED, 501);
    assertThat(rejected501.verdict()).isEqualTo(Verdict.FAIL);

    List<ScenarioResult> unsupported =
        RequiredRules.apply(
            List.of(run(chunkedControl(), ConnectionState.CLOSED, 501), rejected501));
    assertThat(unsupported.get(0).verdict()).isEqualTo(Verdict.FAIL);
    assertThat(unsupported.get(1).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(unsupported.get(1).judgement().reason())
        .contains("precondition not met")
        .contains(CHUNKED);

    List<ScenarioResult> supported =
        RequiredRules.apply(List.of(run(chunkedControl(), ConnectionState.OPEN, 200), rejected501));
    assertThat(supported.get(1).verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void aFailThatShowsMoreThanARejectionStaysAFail() {
    // The canary answered besides: the server framed the body somehow, whatever it supports.
    ScenarioResult misframed = run(chunkGrammar(), ConnectionState.OPEN, 200, 200, 200);
    List<ScenarioResult> out =
        RequiredRules.apply(List.of(run(chunkedControl(), ConnectionState.CLOSED, 501), misframed));
    assertThat(out.get(1).verdict()).isEqualTo(Verdict.FAIL);
  }
}
