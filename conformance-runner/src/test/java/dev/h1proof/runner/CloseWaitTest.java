package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Rulebook;
import dev.h1proof.rulebook.Verdict;
import dev.h1proof.runner.result.ScenarioResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A server that announces {@code Connection: close} and closes only after a lingering pause longer
 * than the read timeout (nginx lingers 5 s): the runner must see the close, and the waits must not
 * hold a concurrency slot.
 */
class CloseWaitTest {
  private static final byte[] REJECTION =
      "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII);
  private static final long LINGER_MILLIS = 1500;

  /** Answers each connection with a 400 that announces the close, then closes after a linger. */
  private static LoopbackServer lingeringServer() throws IOException {
    return new LoopbackServer(
        c -> {
          try (c) {
            c.getInputStream().read(new byte[65536]);
            OutputStream out = c.getOutputStream();
            out.write(REJECTION);
            out.flush();
            Thread.sleep(LINGER_MILLIS);
          } catch (IOException | InterruptedException ignored) {
            // the client hung up
          }
        });
  }

  /** Scenarios whose verdict on a 400 that announced the close turns on seeing the close. */
  private static List<RuleScenario> closeDecides(int count) {
    Observation.Response rejection =
        new Observation.Response(
            400, false, List.of(new Observation.Field("Connection", "close")), new byte[0]);
    Observation open =
        new Observation(
            REJECTION, List.of(rejection), Observation.ConnectionState.OPEN, List.of(), 1);
    List<RuleScenario> chosen = new ArrayList<>();
    for (RuleScenario s : Rulebook.bundled().scenarios()) {
      if (!s.baseline()
          && !s.canary()
          && s.judge(open).verdict() == Verdict.WARN
          && s.judge(open.withConnection(Observation.ConnectionState.CLOSED)).verdict()
              == Verdict.PASS
          && chosen.size() < count) {
        chosen.add(s);
      }
    }
    return chosen;
  }

  @Test
  void aLingeringCloseIsSeenAndTheWaitsOverlapOnOneSlot() throws Exception {
    List<RuleScenario> scenarios = closeDecides(6);
    assertThat(scenarios).hasSize(6);
    try (LoopbackServer server = lingeringServer()) {
      SocketTarget target =
          new SocketTarget(
              TargetUrl.parse("http://127.0.0.1:" + server.port() + "/"),
              null,
              null,
              Duration.ofMillis(500),
              Duration.ofSeconds(5),
              null);
      long t0 = System.nanoTime();
      Execution.Results results =
          new Execution(target, 1, 1, Execution.Fragmentation.NONE, 1).run(scenarios, r -> {});
      long millis = (System.nanoTime() - t0) / 1_000_000;
      for (ScenarioResult r : results.results()) {
        assertThat(r.observation().connection())
            .as("%s: %s", r.scenario().title(), r.judgement().reason())
            .isEqualTo(Observation.ConnectionState.CLOSED);
        assertThat(r.verdict()).as(r.judgement().reason()).isEqualTo(Verdict.PASS);
        assertThat(r.observation().elapsedMillis()).isGreaterThanOrEqualTo(LINGER_MILLIS - 100);
      }
      // Six lingers of 1.5 s one after another would take 9 s; overlapped they take one.
      assertThat(millis).isLessThan(6 * LINGER_MILLIS / 2);
    }
  }

  @Test
  void withoutALongerCloseWaitTheLingeringServerLooksOpen() throws Exception {
    List<RuleScenario> scenarios = closeDecides(1);
    try (LoopbackServer server = lingeringServer()) {
      SocketTarget target =
          new SocketTarget(
              TargetUrl.parse("http://127.0.0.1:" + server.port() + "/"),
              null,
              null,
              Duration.ofMillis(500),
              Duration.ofMillis(500),
              null);
      ScenarioResult r =
          new Execution(target, 1, 1, Execution.Fragmentation.NONE, 1)
              .run(scenarios, x -> {})
              .results()
              .get(0);
      assertThat(r.observation().connection()).isEqualTo(Observation.ConnectionState.OPEN);
      assertThat(r.verdict()).isEqualTo(Verdict.WARN);
    }
  }
}
