package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.Observation.ConnectionState;
import dev.h1proof.rulebook.Observation.Response;
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
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A FAIL that rests on the runner's own wait (the server left the connection open and had not yet
 * sent a response a permitted outcome names) gets a second look, alone and with twice the wait,
 * before it accuses the server. A FAIL on what the server did send gets none.
 */
class SecondLookTest {
  private static final String TITLE = "an empty line between two pipelined GET requests is skipped";
  private static final Duration TIMEOUT = Duration.ofMillis(300);

  private static RuleScenario scenario() {
    return Rulebook.bundled().scenarios().stream()
        .filter(s -> s.title().equals(TITLE))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no scenario titled " + TITLE));
  }

  private static Observation answered(ConnectionState connection, int... statuses) {
    List<Response> responses =
        Arrays.stream(statuses)
            .mapToObj(s -> new Response(s, false, List.of(), new byte[0]))
            .toList();
    return new Observation(new byte[] {'H'}, responses, connection, List.of(), 1);
  }

  @Test
  void onlyAFailThatAResponseStillDueCouldTurnIsWaitedFor() {
    RuleScenario s = scenario();
    // accepted, then nothing more on an open connection: "accepted then accepted" was still
    // possible
    assertThat(s.judge(answered(ConnectionState.OPEN, 200)).verdict()).isEqualTo(Verdict.FAIL);
    assertThat(s.stoppedByTheWait(answered(ConnectionState.OPEN, 200))).isTrue();
    // the server closed: nothing more was coming
    assertThat(s.stoppedByTheWait(answered(ConnectionState.CLOSED, 200))).isFalse();
    // what it sent already rules every permitted outcome out
    assertThat(s.stoppedByTheWait(answered(ConnectionState.OPEN, 500))).isFalse();
    assertThat(s.stoppedByTheWait(answered(ConnectionState.OPEN, 200, 500))).isFalse();
    // silence is not a FAIL at all
    assertThat(s.stoppedByTheWait(answered(ConnectionState.OPEN))).isFalse();
  }

  /**
   * Answers every GET request-line it reads with 200, except that on the connections numbered in
   * {@code slow} (from 1) it answers only the first and then stays silent; {@code second} is the
   * status of the second answer.
   */
  private static LoopbackServer server(AtomicInteger accepted, List<Integer> slow, int second)
      throws IOException {
    return new LoopbackServer(
        c -> {
          int n = accepted.incrementAndGet();
          try (c) {
            serve(c, slow.contains(n), second);
          } catch (IOException | InterruptedException ignored) {
            // the client hung up
          }
        });
  }

  private static void serve(Socket c, boolean slow, int second)
      throws IOException, InterruptedException {
    InputStream in = c.getInputStream();
    OutputStream out = c.getOutputStream();
    StringBuilder seen = new StringBuilder();
    int answered = 0;
    byte[] buf = new byte[8192];
    int r;
    while ((r = in.read(buf)) > 0) {
      seen.append(new String(buf, 0, r, StandardCharsets.ISO_8859_1));
      int requests = count(seen, "GET ");
      while (answered < requests && !(slow && answered == 1)) {
        int status = answered == 0 ? 200 : second;
        out.write(
            ("HTTP/1.1 " + status + " X\r\nContent-Length: 2\r\n\r\nok")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        answered++;
      }
    }
  }

  private static int count(CharSequence text, String what) {
    int n = 0;
    for (int i = text.toString().indexOf(what); i >= 0; i = text.toString().indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  private static List<ScenarioResult> run(LoopbackServer server, List<RuleScenario> scenarios)
      throws Exception {
    SocketTarget target =
        new SocketTarget(
            TargetUrl.parse(server.url()), null, null, TIMEOUT, Duration.ofSeconds(2), null);
    List<ScenarioResult> seen = Collections.synchronizedList(new ArrayList<>());
    List<ScenarioResult> results =
        new Execution(target, 8, 8, Execution.Fragmentation.NONE, 1)
            .run(scenarios, seen::add)
            .results();
    assertThat(seen).as("each result reported once, the final one").hasSameElementsAs(results);
    return results;
  }

  @Test
  void aServerThatWasOnlySlowIsJudgedOnTheSecondLook() throws Exception {
    AtomicInteger accepted = new AtomicInteger();
    try (LoopbackServer server = server(accepted, List.of(1), 200)) {
      ScenarioResult r = run(server, List.of(scenario())).get(0);
      assertThat(accepted.get()).as("connections: the run's and the second look's").isEqualTo(2);
      assertThat(r.verdict()).as(r.judgement().reason()).isEqualTo(Verdict.PASS);
      assertThat(r.observation().finalResponses()).hasSize(2);
      assertThat(r.judgement().reason())
          .startsWith("second attempt, with nothing else running and twice the wait: ")
          .contains("the first attempt, among the run's other exchanges");
    }
  }

  @Test
  void aServerThatNeverAnswersIsFailedOnBothLooks() throws Exception {
    AtomicInteger accepted = new AtomicInteger();
    try (LoopbackServer server = server(accepted, List.of(1, 2), 200)) {
      ScenarioResult r = run(server, List.of(scenario())).get(0);
      assertThat(accepted.get()).isEqualTo(2);
      assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
      assertThat(r.observation().finalResponses()).hasSize(1);
      assertThat(r.observation().connection()).isEqualTo(ConnectionState.OPEN);
      assertThat(r.judgement().reason())
          .startsWith("confirmed by a second attempt with nothing else running and twice the wait");
    }
  }

  @Test
  void aSecondAttemptThatFailsAnotherWayIsNotCalledAConfirmation() throws Exception {
    AtomicInteger accepted = new AtomicInteger();
    // the first connection waits with the connection open; the second answers the second GET 500
    try (LoopbackServer server = server(accepted, List.of(1), 500)) {
      ScenarioResult r = run(server, List.of(scenario())).get(0);
      assertThat(accepted.get()).isEqualTo(2);
      assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
      assertThat(r.observation().finalResponses()).hasSize(2);
      assertThat(r.judgement().reason())
          .startsWith("second attempt, with nothing else running and twice the wait: ")
          .contains("stopped waiting with the connection open")
          .doesNotContain("confirmed");
    }
  }

  @Test
  void aFailOnWhatTheServerSentGetsNoSecondLook() throws Exception {
    AtomicInteger accepted = new AtomicInteger();
    try (LoopbackServer server = server(accepted, List.of(), 500)) {
      ScenarioResult r = run(server, List.of(scenario())).get(0);
      assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
      assertThat(r.observation().finalResponses()).hasSize(2);
      assertThat(accepted.get()).as("no second connection").isEqualTo(1);
      assertThat(r.judgement().reason()).doesNotContain("attempt");
    }
  }

  @Test
  void secondLooksAreBoundedPerRun() throws Exception {
    int copies = Execution.MOST_SECOND_LOOKS + 2;
    List<RuleScenario> scenarios = Collections.nCopies(copies, scenario());
    AtomicInteger accepted = new AtomicInteger();
    List<Integer> all = new ArrayList<>();
    for (int i = 1; i <= 2 * copies; i++) {
      all.add(i);
    }
    try (LoopbackServer server = server(accepted, all, 200)) {
      List<ScenarioResult> results = run(server, scenarios);
      assertThat(accepted.get()).isEqualTo(copies + Execution.MOST_SECOND_LOOKS);
      assertThat(results).allMatch(r -> r.verdict() == Verdict.FAIL);
      assertThat(results.stream().filter(r -> r.judgement().reason().contains("no second look")))
          .hasSize(2);
    }
  }
}
