package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Rulebook;
import dev.h1proof.rulebook.TargetInfo;
import dev.h1proof.rulebook.Verdict;
import dev.h1proof.rulebook.Wire;
import dev.h1proof.runner.result.ScenarioResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A server busy with the run's other connections may let its accept queue fill: the kernel then
 * leaves new handshakes unfinished until the server accepts again. Such a server is loaded, not
 * unreachable, and its scenarios must still be judged: the connection gets more than one read
 * timeout to open, and a scenario whose connection could not be opened at all gets a second look
 * once the run's other exchanges are over. (Python's http.server, with its accept queue of 5, was
 * seen to leave four scenarios of a CI run INCONCLUSIVE this way.)
 */
class BusyAcceptTest {
  private static final byte[] GET =
      "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private static final byte[] OK =
      "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII);

  /**
   * Answers 200 to each header section read from {@code c} (no request here has a body) and keeps
   * the connection open until the client closes it.
   */
  static void answer(Socket c) {
    try (c) {
      InputStream in = c.getInputStream();
      OutputStream out = c.getOutputStream();
      int matched = 0; // octets of CR LF CR LF seen in a row
      for (int b = in.read(); b >= 0; b = in.read()) {
        matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : (b == '\r' ? 1 : 0);
        if (matched == 4) {
          out.write(OK);
          out.flush();
          matched = 0;
        }
      }
    } catch (IOException ignored) {
      // the client hung up
    }
  }

  /**
   * Opens connections that the listener with backlog 1 never accepts until one can no longer be
   * opened within 300 ms: the accept queue is then full and the kernel drops the next SYNs.
   */
  private static List<Socket> fillAcceptQueue(ServerSocket listener) throws IOException {
    List<Socket> fillers = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      Socket s = new Socket();
      try {
        s.connect(listener.getLocalSocketAddress(), 300);
        fillers.add(s);
      } catch (SocketTimeoutException full) {
        s.close();
        return fillers;
      }
    }
    throw new AssertionError("the accept queue of a backlog-1 listener did not fill in 16");
  }

  @Test
  void aConnectionTheServerAcceptsOnlyAfterOneTimeoutIsStillJudged() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      List<Socket> fillers = fillAcceptQueue(listener);
      Duration timeout = Duration.ofSeconds(4);
      SocketTarget target = target(listener.getLocalPort(), timeout);
      // The server starts accepting half a second after one read timeout; the kernel finishes the
      // client's handshake some time after that: on Linux 6.18, 0.5 to 0.6 s later; where a full
      // queue drops SYNs instead, with the SYN resent 7 s after the first. Both come before the
      // two read timeouts (8 s) the connect may take; a connect bounded by one gives up first.
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  Thread.sleep(timeout.toMillis() + 500);
                  for (Socket f : fillers) {
                    f.close();
                  }
                  while (!listener.isClosed()) {
                    Socket c = listener.accept();
                    Thread t = new Thread(() -> answer(c));
                    t.setDaemon(true);
                    t.start();
                  }
                } catch (IOException | InterruptedException closed) {
                  // the test is over
                }
              });
      acceptor.setDaemon(true);
      long t0 = System.nanoTime();
      acceptor.start();
      try {
        Observation o = target.exchange(new Wire(GET, List.of()));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(millis).as("it opened after one read timeout").isGreaterThan(timeout.toMillis());
        assertThat(o.finalResponses()).hasSize(1);
        assertThat(o.finalResponses().get(0).status()).isEqualTo(200);
        assertThat(o.elapsedMillis())
            .as("the exchange's time includes the wait to connect")
            .isGreaterThanOrEqualTo(millis - 100);
      } finally {
        target.close();
      }
    }
  }

  @Test
  void aConnectionThatNeverOpensEndsAfterTwoTimeouts() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      List<Socket> fillers = fillAcceptQueue(listener);
      try (SocketTarget target = target(listener.getLocalPort(), Duration.ofMillis(500))) {
        long t0 = System.nanoTime();
        IOException thrown = null;
        try {
          target.exchange(new Wire(GET, List.of()));
        } catch (IOException e) {
          thrown = e;
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(thrown).isInstanceOf(SocketTimeoutException.class);
        assertThat(millis).isBetween(900L, 2000L);
      } finally {
        for (Socket f : fillers) {
          f.close();
        }
      }
    }
  }

  /** The server, reached through a target whose first {@code refusals} connections fail. */
  private static final class Refusing implements Target {
    private final Target real;
    private final AtomicInteger refusals;
    private final AtomicInteger attempts = new AtomicInteger();

    Refusing(Target real, int refusals) {
      this.real = real;
      this.refusals = new AtomicInteger(refusals);
    }

    @Override
    public TargetInfo info() {
      return real.info();
    }

    @Override
    public String describe() {
      return real.describe();
    }

    @Override
    public Observation exchange(Wire wire) throws IOException {
      attempts.incrementAndGet();
      if (refusals.getAndDecrement() > 0) {
        throw new ConnectException("Connection refused");
      }
      return real.exchange(wire);
    }
  }

  /** A GET that a server answering 200 and closing passes. */
  private static RuleScenario plainGet() {
    String title =
        "a lone two-octet UTF-8 lead octet before CRLF does not swallow the next field line";
    return Rulebook.bundled().scenarios().stream()
        .filter(s -> s.title().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no scenario titled " + title));
  }

  private static List<ScenarioResult> run(Target target, List<RuleScenario> scenarios)
      throws InterruptedException {
    List<ScenarioResult> seen = Collections.synchronizedList(new ArrayList<>());
    List<ScenarioResult> results =
        new Execution(target, 4, 4, Execution.Fragmentation.NONE, 1)
            .run(scenarios, seen::add)
            .results();
    assertThat(seen).as("each result reported once, the final one").hasSameElementsAs(results);
    return results;
  }

  /** The runner's target for a server on loopback port {@code port}. */
  private static SocketTarget target(int port, Duration timeout) {
    return new SocketTarget(
        TargetUrl.parse("http://127.0.0.1:" + port + "/"), null, null, timeout, null);
  }

  private static LoopbackServer helloServer() throws IOException {
    return new LoopbackServer(BusyAcceptTest::answer);
  }

  @Test
  void aScenarioWhoseConnectionFailedIsJudgedOnTheSecondLook() throws Exception {
    try (LoopbackServer server = helloServer();
        SocketTarget real = target(server.port(), Duration.ofSeconds(1))) {
      Refusing target = new Refusing(real, 1);
      ScenarioResult r = run(target, List.of(plainGet())).get(0);
      assertThat(target.attempts.get()).as("the run's attempt and the second look").isEqualTo(2);
      assertThat(r.verdict()).as(r.judgement().reason()).isEqualTo(Verdict.PASS);
      assertThat(r.observation()).isNotNull();
      assertThat(r.judgement().reason())
          .startsWith("second attempt, with nothing else running and twice the wait: ")
          .contains("could not open its connection: connection failed: ConnectException");
    }
  }

  @Test
  void aConnectionThatFailsTwiceStaysInconclusiveAndSaysSo() throws Exception {
    try (LoopbackServer server = helloServer();
        SocketTarget real = target(server.port(), Duration.ofSeconds(1))) {
      Refusing target = new Refusing(real, 2);
      ScenarioResult r = run(target, List.of(plainGet())).get(0);
      assertThat(target.attempts.get()).isEqualTo(2);
      assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
      assertThat(r.judgement().reason())
          .startsWith("second attempt, with nothing else running and twice the wait: connection")
          .contains("could not open its connection");
    }
  }

  @Test
  void secondLooksForFailedConnectionsAreBoundedPerRun() throws Exception {
    int copies = Execution.MOST_SECOND_LOOKS + 3;
    try (LoopbackServer server = helloServer();
        SocketTarget real = target(server.port(), Duration.ofSeconds(1))) {
      Refusing target = new Refusing(real, Integer.MAX_VALUE);
      List<ScenarioResult> results = run(target, Collections.nCopies(copies, plainGet()));
      assertThat(target.attempts.get()).isEqualTo(copies + Execution.MOST_SECOND_LOOKS);
      assertThat(results).allMatch(r -> r.verdict() == Verdict.INCONCLUSIVE);
      assertThat(results.stream().filter(r -> r.judgement().reason().contains("no second look")))
          .hasSize(3)
          .allMatch(r -> !r.judgement().reason().contains("connection open"));
      assertThat(server.connections()).as("no connection was ever made").isZero();
    }
  }
}
