package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Rulebook;
import dev.h1proof.rulebook.Verdict;
import dev.h1proof.runner.result.ScenarioResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A close that comes at the target's idle timeout, long after its response, is not a close caused
 * by the request: the runner measures the idle timeout on a valid request of its own and reads such
 * a close both ways, never accusing the target on it. A close that comes sooner than the idle
 * timeout still counts.
 */
class IdleCloseTest {
  private static final long IDLE_MILLIS = 1500;
  private static final byte[] OK =
      "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] REJECTION =
      "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  /**
   * Answers the probe's plain GET with 200 and anything else with a 400 that does not announce a
   * close; then leaves the connection idle and closes it after {@code IDLE_MILLIS}, or, when {@code
   * probeKeptOpen}, keeps the probe's connection open and closes only the others.
   */
  private static LoopbackServer server(boolean probeKeptOpen) throws IOException {
    return new LoopbackServer(
        c -> {
          try (c) {
            InputStream in = c.getInputStream();
            byte[] buf = new byte[65536];
            int n = in.read(buf);
            if (n <= 0) {
              return;
            }
            boolean probe = isProbe(c, Arrays.copyOf(buf, n));
            OutputStream out = c.getOutputStream();
            out.write(probe ? OK : REJECTION);
            out.flush();
            Thread.sleep(probe && probeKeptOpen ? 60_000 : IDLE_MILLIS);
          } catch (IOException | InterruptedException ignored) {
            // the client hung up
          }
        });
  }

  private static boolean isProbe(Socket c, byte[] request) {
    byte[] probe = IdleProbe.request("/", "127.0.0.1:" + c.getLocalPort());
    return Arrays.equals(probe, request);
  }

  /** Scenarios whose verdict on a plain 400 is better when the connection stays open. */
  private static List<RuleScenario> openReadsBetter(int count) {
    Observation.Response rejection = new Observation.Response(400, false, List.of(), new byte[0]);
    Observation open =
        new Observation(
            REJECTION, List.of(rejection), Observation.ConnectionState.OPEN, List.of(), 1);
    List<RuleScenario> chosen = new ArrayList<>();
    for (RuleScenario s : Rulebook.bundled().scenarios()) {
      Verdict asOpen = s.judge(open).verdict();
      Verdict asClosed = s.judge(open.withConnection(Observation.ConnectionState.CLOSED)).verdict();
      if (!s.baseline()
          && !s.canary()
          && asClosed == Verdict.FAIL
          && (asOpen == Verdict.PASS || asOpen == Verdict.WARN)
          && chosen.size() < count) {
        chosen.add(s);
      }
    }
    return chosen;
  }

  /** Scenarios whose verdict on a plain 400 is better when the connection is closed. */
  private static List<RuleScenario> closedReadsBetter(int count) {
    Observation.Response rejection = new Observation.Response(400, false, List.of(), new byte[0]);
    Observation open =
        new Observation(
            REJECTION, List.of(rejection), Observation.ConnectionState.OPEN, List.of(), 1);
    List<RuleScenario> chosen = new ArrayList<>();
    for (RuleScenario s : Rulebook.bundled().scenarios()) {
      Verdict asOpen = s.judge(open).verdict();
      Verdict asClosed = s.judge(open.withConnection(Observation.ConnectionState.CLOSED)).verdict();
      if (!s.baseline()
          && !s.canary()
          && asOpen == Verdict.FAIL
          && asClosed == Verdict.PASS
          && chosen.size() < count) {
        chosen.add(s);
      }
    }
    return chosen;
  }

  private static List<ScenarioResult> run(LoopbackServer server, List<RuleScenario> scenarios)
      throws Exception {
    SocketTarget target =
        new SocketTarget(
            TargetUrl.parse(server.url()),
            null,
            null,
            Duration.ofMillis(500),
            Duration.ofSeconds(3),
            null);
    return new Execution(target, 2, 2, Execution.Fragmentation.NONE, 1)
        .run(scenarios, r -> {})
        .results();
  }

  @Test
  void aCloseAtTheIdleTimeoutNeverMakesAFail() throws Exception {
    List<RuleScenario> scenarios = openReadsBetter(2);
    assertThat(scenarios).as("scenarios whose verdict turns on a close after a 400").isNotEmpty();
    try (LoopbackServer server = server(false)) {
      for (ScenarioResult r : run(server, scenarios)) {
        Observation o = r.observation();
        assertThat(o.connection()).isEqualTo(Observation.ConnectionState.CLOSED);
        assertThat(o.idleClose()).as(r.judgement().reason()).isNotNull();
        assertThat(o.idleClose().afterMillis()).isGreaterThanOrEqualTo(IDLE_MILLIS - 200);
        assertThat(o.idleClose().idleTimeoutMillis()).isGreaterThanOrEqualTo(IDLE_MILLIS - 200);
        assertThat(r.verdict())
            .as(r.judgement().reason())
            .isEqualTo(
                r.scenario().judge(o.withConnection(Observation.ConnectionState.OPEN)).verdict())
            .isNotEqualTo(Verdict.FAIL);
        assertThat(r.judgement().reason()).contains("at its idle timeout");
      }
    }
  }

  @Test
  void aCloseSoonerThanTheIdleTimeoutStillCounts() throws Exception {
    List<RuleScenario> scenarios = openReadsBetter(1);
    try (LoopbackServer server = server(true)) {
      ScenarioResult r = run(server, scenarios).get(0);
      assertThat(r.observation().connection()).isEqualTo(Observation.ConnectionState.CLOSED);
      assertThat(r.observation().idleClose()).isNull();
      assertThat(r.verdict()).as(r.judgement().reason()).isEqualTo(Verdict.FAIL);
    }
  }

  @Test
  void aCloseTheVerdictAsksForIsNotSetAgainstTheIdleTimeout() throws Exception {
    // The close the verdict wants already accuses the least: reading it as open could only accuse
    // more, so the idle timeout does not matter and is not looked up.
    List<RuleScenario> scenarios = closedReadsBetter(2);
    assertThat(scenarios).as("scenarios that want a close after a 400").isNotEmpty();
    try (LoopbackServer server = server(false)) {
      for (ScenarioResult r : run(server, scenarios)) {
        Observation o = r.observation();
        assertThat(o.connection()).isEqualTo(Observation.ConnectionState.CLOSED);
        assertThat(o.idleClose()).as(r.judgement().reason()).isNull();
        assertThat(r.verdict()).as(r.judgement().reason()).isEqualTo(Verdict.PASS);
      }
    }
  }

  @Test
  void aCloseSoonerThanAnyIdleTimeoutIsNoIdleClose() {
    long soonest = IdleProbe.shortestMatching();
    for (long idle = IdleProbe.SHORTEST_IDLE_MILLIS; idle <= 120_000; idle += 50) {
      assertThat(IdleProbe.atIdleTimeout(soonest - 1, idle)).as("%d ms", idle).isFalse();
    }
    assertThat(IdleProbe.atIdleTimeout(soonest, IdleProbe.SHORTEST_IDLE_MILLIS)).isTrue();
    assertThat(new IdleProbe().idleClose(soonest - 1, Duration.ofMinutes(1)))
        .as("answered at once, without a probe")
        .isNull();
  }

  @Test
  void aStoppedProbeLeavesItsReadAndNeverStartsAgain() throws Exception {
    try (LoopbackServer server = server(true)) {
      TargetUrl url = TargetUrl.parse(server.url());
      IdleProbe probe = new IdleProbe();
      ExecutorService executor = Executors.newSingleThreadExecutor();
      AtomicInteger connections = new AtomicInteger();
      IdleProbe.Connector connector =
          deadline -> {
            connections.incrementAndGet();
            return new Socket(url.host(), url.port());
          };
      byte[] request = IdleProbe.request("/", url.authority());
      probe.startOnce(executor, connector, request, Duration.ofSeconds(2), Duration.ofMinutes(1));
      // The server keeps the probe's connection open for a minute: the probe reads on until
      // stopped.
      assertThat(probe.idleClose(600, Duration.ofSeconds(5))).isNull();
      probe.stop();
      executor.shutdown();
      assertThat(executor.awaitTermination(10, TimeUnit.SECONDS))
          .as("the probe's thread left its read")
          .isTrue();
      ExecutorService again = Executors.newSingleThreadExecutor();
      probe.startOnce(again, connector, request, Duration.ofSeconds(2), Duration.ofMinutes(1));
      again.shutdown();
      assertThat(again.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
      assertThat(connections.get()).isEqualTo(1);
    }
  }

  @Test
  void onlyACloseNearTheMeasuredIdleTimeoutMatches() {
    assertThat(IdleProbe.atIdleTimeout(5_000, 5_100)).isTrue();
    assertThat(IdleProbe.atIdleTimeout(4_100, 5_000)).isTrue();
    assertThat(IdleProbe.atIdleTimeout(2_000, 5_000)).isFalse();
    assertThat(IdleProbe.atIdleTimeout(300, 400)).as("no idle timeout below 1 s").isFalse();
    // the probe waits only until no idle timeout could match any more
    for (long after : new long[] {1_000, 5_000, 20_000}) {
      long longest = IdleProbe.longestMatching(after);
      assertThat(IdleProbe.atIdleTimeout(after, longest - 150)).as("%d ms", after).isTrue();
      assertThat(IdleProbe.atIdleTimeout(after, longest)).as("%d ms", after).isFalse();
    }
  }
}
