package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Rulebook;
import dev.h1proof.rulebook.TargetInfo;
import dev.h1proof.rulebook.Wire;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Scenarios whose permitted outcomes include silence wait out the read timeout on a pool of their
 * own: as many at once as {@code waitSlots} allows, and never more. The server here reads every
 * request and never answers, so each such scenario holds its connection for a whole timeout, and
 * the peak number of exchanges in flight at once (counted where the runner starts and ends them)
 * shows how the waits were scheduled.
 */
class SilenceWaitTest {
  private static final int SILENT = 10;

  /** Accepts, reads until the client hangs up, never answers. */
  private static final class SilentServer implements AutoCloseable {
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger peak = new AtomicInteger();
    final LoopbackServer server;

    SilentServer() throws IOException {
      server =
          new LoopbackServer(
              c -> {
                try (c) {
                  InputStream in = c.getInputStream();
                  byte[] buf = new byte[65536];
                  while (in.read(buf) >= 0) {
                    // keep reading: silence until the client gives up
                  }
                } catch (IOException ignored) {
                  // the client reset the connection
                }
              });
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }

  private static List<RuleScenario> silenceAllowed() {
    return Rulebook.bundled().scenarios().stream()
        .filter(s -> !s.baseline() && Execution.mayWaitForSilence(s))
        .limit(SILENT)
        .toList();
  }

  /**
   * Scenarios that may wait though silence is not among their outcomes: their request awaits the
   * server's first bytes (an interim response) before it goes on, and a server that sends none lets
   * the read timeout run out.
   */
  private static List<RuleScenario> awaitingTheServer(SilentServer server) throws Exception {
    TargetInfo info =
        new SocketTarget(
                TargetUrl.parse(server.server.url()), null, null, Duration.ofMillis(400), null)
            .info();
    return Rulebook.bundled().scenarios().stream()
        .filter(
            s ->
                !s.baseline()
                    && !Execution.mayWaitForSilence(s)
                    && s.request().render(info).breaks().stream()
                        .anyMatch(b -> b.kind() == Wire.BreakKind.AWAIT))
        .limit(SILENT)
        .toList();
  }

  private static Execution.Results run(SilentServer server, int waitSlots) throws Exception {
    return run(server, waitSlots, silenceAllowed());
  }

  private static Execution.Results run(
      SilentServer server, int waitSlots, List<RuleScenario> scenarios) throws Exception {
    SocketTarget target =
        new SocketTarget(
            TargetUrl.parse(server.server.url()),
            null,
            null,
            Duration.ofMillis(400),
            Duration.ofMillis(400),
            null);
    Target counted =
        new Target() {
          @Override
          public TargetInfo info() {
            return target.info();
          }

          @Override
          public String describe() {
            return target.describe();
          }

          @Override
          public Observation exchange(Wire wire) throws IOException {
            return exchange(wire, CloseStakes.NONE).join();
          }

          @Override
          public CompletableFuture<Observation> exchange(Wire wire, CloseStakes stakes)
              throws IOException {
            server.peak.accumulateAndGet(server.inFlight.incrementAndGet(), Math::max);
            try {
              return target.exchange(wire, stakes);
            } finally {
              server.inFlight.decrementAndGet();
            }
          }
        };
    return new Execution(counted, 1, waitSlots, Execution.Fragmentation.NONE, 1)
        .run(scenarios, r -> {});
  }

  @Test
  void theSilenceWaitsOverlapUpToTheirSlots() throws Exception {
    assertThat(silenceAllowed()).hasSize(SILENT);
    try (SilentServer server = new SilentServer()) {
      Execution.Results results = run(server, SILENT);
      assertThat(results.results()).hasSize(SILENT).allMatch(r -> r.observation() != null);
      // One probe slot (concurrency 1) would hold them one at a time; the wait pool holds all.
      assertThat(server.peak.get()).isEqualTo(SILENT);
    }
  }

  @Test
  void noMoreSilenceWaitsAtOnceThanTheirSlots() throws Exception {
    try (SilentServer server = new SilentServer()) {
      Execution.Results results = run(server, 3);
      assertThat(results.results()).hasSize(SILENT);
      assertThat(server.peak.get()).isBetween(1, 3);
    }
  }

  @Test
  void scenariosThatAwaitTheServerWaitOnTheSameSlots() throws Exception {
    try (SilentServer server = new SilentServer()) {
      List<RuleScenario> awaiting = awaitingTheServer(server);
      assertThat(awaiting).as("scenarios that await an interim response").hasSizeGreaterThan(1);
      Execution.Results results = run(server, awaiting.size(), awaiting);
      assertThat(results.results()).hasSize(awaiting.size());
      // With one probe slot they would wait one after the other; on the wait pool, all at once.
      assertThat(server.peak.get()).isEqualTo(awaiting.size());
    }
  }

  @Test
  void theVerdictsDoNotDependOnHowManyWaitAtOnce() throws Exception {
    try (SilentServer a = new SilentServer();
        SilentServer b = new SilentServer()) {
      List<String> overlapped =
          run(a, SILENT).results().stream()
              .map(r -> r.scenario().key() + " " + r.verdict())
              .toList();
      List<String> oneByOne =
          run(b, 1).results().stream().map(r -> r.scenario().key() + " " + r.verdict()).toList();
      assertThat(overlapped).isEqualTo(oneByOne);
    }
  }
}
