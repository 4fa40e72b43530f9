package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that stops during a run (crashes, is killed, closes its listener) ends the connections
 * it holds without a response, and refuses the rest. Such a close is its stopping, not its answer
 * to the request: the run must not draw a FAIL from it. It was seen to: `h1proof serve` killed a
 * second into a run left two MUST FAILs ("observed no response, connection reset") on scenarios the
 * same server passes. Both servers here answer the baseline request and then close every later
 * connection with no response; one then stops listening, the other goes on accepting, which makes
 * the same closes real answers.
 */
class StoppedTargetTest {
  @TempDir Path tmp;

  private static final byte[] OK =
      "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII);

  /** Connections closed with no response before a stopping server closes its listener. */
  private static final int CLOSED_BEFORE_STOPPING = 60;

  /**
   * Connections closed with no response before a restarting server answers again: enough that some
   * are FAILs, and few enough that they all get a second look.
   */
  private static final int CLOSED_BEFORE_RESTARTING = 40;

  /** What the server does once it has closed {@code closes} connections with no response. */
  private enum Then {
    STOP,
    GO_ON_CLOSING,
    ANSWER
  }

  /**
   * Answers 200 on the first connection that carries a request (the baseline scenario runs alone,
   * first), then closes each connection as soon as it has read one octet; after {@code closes} of
   * those it stops listening, goes on closing, or answers 200 to every request as if restarted.
   */
  private static Thread serve(ServerSocket listener, int closes, Then then) {
    Thread t =
        new Thread(
            () -> {
              try (listener) {
                // The run's reachability probe connects and sends nothing; the baseline follows.
                while (!answerHead(listener.accept())) {
                  // the probe's connection
                }
                for (int closed = 0; then == Then.GO_ON_CLOSING || closed < closes; closed++) {
                  try (Socket c = listener.accept()) {
                    c.getInputStream().read();
                  }
                }
                while (then == Then.ANSWER) {
                  Socket c = listener.accept();
                  Thread answering = new Thread(() -> BusyAcceptTest.answer(c), "answering");
                  answering.setDaemon(true);
                  answering.start();
                }
              } catch (IOException stopped) {
                // the test closed the listener
              }
            },
            "stopping-server");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /**
   * Reads up to the end of one header section, answers 200 and closes; returns false, having
   * answered nothing, for a connection closed before a whole header section.
   */
  private static boolean answerHead(Socket c) {
    try (c) {
      InputStream in = c.getInputStream();
      OutputStream out = c.getOutputStream();
      int matched = 0; // octets of CR LF CR LF seen in a row
      while (matched < 4) {
        int b = in.read();
        if (b < 0) {
          return false;
        }
        matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : (b == '\r' ? 1 : 0);
      }
      out.write(OK);
      out.flush();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private record Outcome(CliTest.Run run, JsonNode report) {
    List<String> reasons(String verdict) {
      List<String> reasons = new ArrayList<>();
      for (JsonNode r : report.path("results")) {
        if (r.path("verdict").asText().equals(verdict)) {
          reasons.add(r.path("reason").asText());
        }
      }
      return reasons;
    }
  }

  private Outcome run(int closes, Then then, String dir) throws IOException {
    ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread server = serve(listener, closes, then);
    try {
      Path reports = tmp.resolve(dir);
      CliTest.Run run =
          CliTest.cli(
              "run",
              "http://127.0.0.1:" + listener.getLocalPort() + "/",
              "--timeout",
              "500ms",
              "--report-dir",
              reports.toString(),
              "--no-color");
      return new Outcome(run, new ObjectMapper().readTree(reports.resolve("report.json").toFile()));
    } finally {
      listener.close();
      server.interrupt();
    }
  }

  @Test
  void aServerThatStopsDuringTheRunIsAccusedOfNothingAndTheRunSaysItStopped() throws IOException {
    Outcome o = run(CLOSED_BEFORE_STOPPING, Then.STOP, "stopping");

    assertThat(o.run().code()).as(o.run().err()).isEqualTo(ExitCodes.TARGET_OR_BASELINE);
    assertThat(o.reasons("FAIL")).as("no FAIL may rest on the server's stopping").isEmpty();
    List<String> unjudged =
        o.reasons("INCONCLUSIVE").stream()
            .filter(r -> r.startsWith("not judged, because the target stopped during the run"))
            .toList();
    assertThat(unjudged).as("the closes that would have been FAILs").isNotEmpty();
    assertThat(unjudged)
        .allMatch(r -> r.contains("the FAIL would have been: observed no response"));
    String notUsable = o.report().path("notUsable").asText();
    assertThat(notUsable)
        .startsWith("the target stopped accepting connections during the run")
        .contains(unjudged.size() + " FAIL(s) were left unjudged");
    assertThat(o.run().err()).contains("h1proof: the target stopped accepting connections");
    assertThat(o.reasons("INCONCLUSIVE"))
        .filteredOn(r -> r.startsWith(Execution.CONNECTION_FAILED))
        .isNotEmpty()
        .allMatch(
            r ->
                r.endsWith(
                    "(the target refused connections at the end of the run: no" + " second look)"));
  }

  @Test
  void aServerThatGoesOnAcceptingIsJudgedOnTheSameCloses() throws IOException {
    Outcome o = run(0, Then.GO_ON_CLOSING, "accepting");

    assertThat(o.run().code()).as(o.run().err()).isEqualTo(ExitCodes.GATE_FAILED);
    assertThat(o.report().path("notUsable").isNull()).as("notUsable").isTrue();
    assertThat(o.reasons("FAIL"))
        .as("a close with no response, from a server that is still there, is its answer")
        .anyMatch(
            r ->
                r.startsWith("confirmed by a second attempt")
                    && r.contains("observed no response, connection ")
                    && r.contains("got no complete response before the connection ended"))
        .anyMatch(
            r ->
                r.startsWith("observed no response, connection ")
                    && r.endsWith("scenarios of this run needed one)"));
    assertThat(o.reasons("INCONCLUSIVE"))
        .noneMatch(r -> r.startsWith("not judged, because the target stopped"));
  }

  @Test
  void aServerThatRestartedIsJudgedOnItsSecondLook() throws IOException {
    Outcome o = run(CLOSED_BEFORE_RESTARTING, Then.ANSWER, "restarting");

    assertThat(o.report().path("notUsable").isNull()).as("notUsable").isTrue();
    List<String> looked =
        o.report().findValues("reason").stream()
            .map(JsonNode::asText)
            .filter(r -> r.contains("got no complete response before the connection ended"))
            .toList();
    assertThat(looked).as("the closes that were FAILs got a second look").isNotEmpty();
    assertThat(looked)
        .as("each judged on the answer of the restarted server, which is not the first close")
        .allMatch(r -> r.startsWith("second attempt, with nothing else running"))
        .allMatch(r -> !r.substring(0, r.indexOf(" (the first attempt")).contains("observed no"))
        .noneMatch(r -> r.contains("no second look"));
  }
}
