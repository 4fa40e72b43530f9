package dev.h1proof.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Rulebook;
import dev.h1proof.rulebook.Verdict;
import dev.h1proof.runner.Execution;
import dev.h1proof.runner.ProxyRun;
import dev.h1proof.runner.TargetUrl;
import dev.h1proof.runner.result.ScenarioResult;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The calibration pair of issue 15: through a verbatim TCP relay every non-control {@code
 * @intermediary} scenario FAILs, and through {@code h1proof serve --proxy} (the strict normalising
 * proxy) every scenario PASSes, each judged on both sides by the capture back end.
 */
class ProxyCalibrationTest {
  static List<RuleScenario> scenarios;
  static CaptureBackEnd backEnd;

  @BeforeAll
  static void start() throws Exception {
    scenarios =
        Rulebook.load(Path.of(System.getProperty("h1proof.features", "../features")))
            .intermediary();
    backEnd = CaptureBackEnd.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
  }

  @AfterAll
  static void stop() throws Exception {
    backEnd.close();
  }

  static ProxyRun run(int port) {
    return new ProxyRun(
        TargetUrl.parse("http://127.0.0.1:" + port + "/"), Duration.ofSeconds(2), backEnd);
  }

  @Test
  void theRulebookHasIntermediaryScenariosForEveryRule() {
    assertThat(scenarios).hasSizeGreaterThanOrEqualTo(30);
    assertThat(scenarios.stream().map(RuleScenario::ruleId).distinct().count())
        .isGreaterThanOrEqualTo(14);
    assertThat(scenarios.stream().filter(s -> !s.control())).hasSizeGreaterThanOrEqualTo(25);
  }

  @Test
  void theVerbatimRelayFailsEveryFramingScenario() throws Exception {
    try (VerbatimRelay relay = new VerbatimRelay(backEnd.port())) {
      ProxyRun run = run(relay.port());
      assertThat(run.preflight()).isNull();
      Execution.Results outcome = run.run(scenarios, r -> {});
      assertThat(outcome.notUsable()).isNull();
      List<ScenarioResult> results = outcome.results();
      List<String> wrong = new ArrayList<>();
      for (ScenarioResult r : results) {
        Verdict want = r.scenario().control() ? Verdict.PASS : Verdict.FAIL;
        if (r.verdict() != want) {
          wrong.add(describe(r));
        }
      }
      assertThat(wrong).as("relay verdicts other than FAIL (PASS for controls)").isEmpty();
      // The evidence is kept: what the back end received is the request, verbatim.
      ScenarioResult first =
          results.stream().filter(r -> !r.scenario().control()).findFirst().orElseThrow();
      assertThat(first.forwarded().connections()).isNotEmpty();
      assertThat(first.forwarded().connections().get(0)).isEqualTo(first.sent());
    }
  }

  @Test
  void theNormalisingProxyPassesEveryScenario() throws Exception {
    try (NormalisingProxy proxy =
        NormalisingProxy.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            backEnd.address(),
            Duration.ofSeconds(2))) {
      ProxyRun run = run(proxy.port());
      assertThat(run.preflight()).isNull();
      Execution.Results outcome = run.run(scenarios, x -> {});
      assertThat(outcome.notUsable()).isNull();
      List<String> wrong = new ArrayList<>();
      for (ScenarioResult r : outcome.results()) {
        if (r.verdict() != Verdict.PASS) {
          wrong.add(describe(r));
        }
      }
      assertThat(wrong).as("normalising proxy verdicts other than PASS").isEmpty();
    }
  }

  private static String describe(ScenarioResult r) {
    return r.scenario().key()
        + " "
        + r.scenario().title()
        + ": "
        + r.verdict()
        + " ("
        + r.judgement().reason()
        + ")";
  }
}
