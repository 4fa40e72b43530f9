package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Servers that misbehave on purpose. Each runs the real CLI in a child JVM with a 256 MiB heap and
 * checks that the run ends within its budget, writes all four reports, exits with the documented
 * code and judges what arrived: INCONCLUSIVE when nothing usable came in time, FAIL when the bytes
 * are not HTTP or break response syntax, never PASS for bytes that are not a complete response.
 */
class HostileServerTest {
  @TempDir Path tmp;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The bound on a child run, JVM start and report writing included, on a loaded machine. */
  private static final long WALL_CLOCK_MILLIS = 60_000;

  private static final String BASELINE_RULE = "RFC9112-2.1-baseline-valid-requests";
  private static final byte[] OK =
      "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII);

  /** Reads the start of a request (the servers answer whatever comes). */
  private static void readRequest(Socket c) throws IOException {
    c.getInputStream().read(new byte[65536]);
  }

  /** Answers the first bytes of each connection with {@code response}, then closes. */
  private static Consumer<Socket> answer(byte[] response) {
    return c -> {
      try (c) {
        readRequest(c);
        OutputStream out = c.getOutputStream();
        out.write(response);
        out.flush();
        Thread.sleep(100); // let the bytes arrive before the FIN
      } catch (IOException | InterruptedException ignored) {
        // the client may hang up first
      }
    };
  }

  /** Answers, then keeps the connection open and quiet until the test ends. */
  private static Consumer<Socket> answerAndHold(byte[] response) {
    return c -> {
      try {
        readRequest(c);
        c.getOutputStream().write(response);
        c.getOutputStream().flush();
        c.getInputStream().transferTo(OutputStream.nullOutputStream());
      } catch (IOException ignored) {
        // closed by the client or the test
      }
    };
  }

  /** A run of the CLI in a child JVM. */
  record Child(int code, String out, String err, long millis, Path reports) {
    JsonNode report() throws IOException {
      return JSON.readTree(reports.resolve("report.json").toFile());
    }

    /** The baseline scenario's result. */
    JsonNode baseline() throws IOException {
      for (JsonNode r : report().path("results")) {
        if (r.path("id").asText().equals(BASELINE_RULE)) {
          return r;
        }
      }
      throw new AssertionError("no baseline result in " + reports);
    }

    /** The CLI's own lines on stderr (the parser may log which scanner it chose). */
    List<String> messages() {
      // The --insecure notice is a warning the user asked for, not a reason for the exit.
      return err.lines()
          .filter(l -> l.startsWith("h1proof: ") && !l.startsWith("h1proof: --insecure:"))
          .toList();
    }

    String describe() {
      return "exit " + code + " after " + millis + " ms\nstdout:\n" + out + "\nstderr:\n" + err;
    }
  }

  /** Runs {@code h1proof run URL --report-dir D ARGS} with {@code -Xmx256m}; bounded in time. */
  private Child child(String url, String... args) throws Exception {
    Path reports = Files.createTempDirectory(tmp, "r");
    Path stdout = reports.resolveSibling(reports.getFileName() + ".out");
    Path stderr = reports.resolveSibling(reports.getFileName() + ".err");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.add("run");
    command.add(url);
    command.add("--report-dir");
    command.add(reports.toString());
    command.add("--no-color");
    command.addAll(List.of(args));
    long t0 = System.nanoTime();
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError("h1proof did not end within 90 s: " + Files.readString(stdout));
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    return new Child(
        p.exitValue(), Files.readString(stdout), Files.readString(stderr), millis, reports);
  }

  /**
   * Checks what every hostile run must show: the budget (at most the baseline's deadline, four read
   * timeouts, plus slack), the four reports, exit 3 with a one-line reason and no gate line, a
   * small report.json, and the baseline's verdict and reason.
   */
  private static void assertUnusable(
      Child run, long budgetMillis, String verdict, String reasonPart) throws IOException {
    assertWithinBudget(run, budgetMillis);
    assertThat(run.code()).as(run.describe()).isEqualTo(ExitCodes.TARGET_OR_BASELINE);
    for (String file : List.of("report.json", "junit.xml", "report.html", "summary.md")) {
      assertThat(run.reports().resolve(file)).as(run.describe()).isRegularFile();
    }
    assertThat(Files.size(run.reports().resolve("report.json"))).isLessThan(2 << 20);
    assertThat(run.out()).as(run.describe()).doesNotContain("Gate passed");
    assertThat(run.report().path("gate").path("passed").asBoolean()).isFalse();
    assertThat(Files.readString(run.reports().resolve("summary.md"))).doesNotContain("Gate passed");
    assertThat(run.messages()).as(run.describe()).hasSize(1);
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("internal error");
    JsonNode baseline = run.baseline();
    assertThat(baseline.path("verdict").asText()).as(run.describe()).isEqualTo(verdict);
    assertThat(baseline.path("reason").asText()).as(run.describe()).contains(reasonPart);
  }

  @Test
  @Execution(ExecutionMode.CONCURRENT)
  void aSilentServerIsInconclusiveAndUnusable() throws Exception {
    try (LoopbackServer server =
        new LoopbackServer(
            c -> {
              try {
                c.getInputStream().transferTo(OutputStream.nullOutputStream());
              } catch (IOException ignored) {
                // closed by the test
              }
            })) {
      Child run = child(server.url(), "--timeout", "500ms");
      assertUnusable(run, 5_000, "INCONCLUSIVE", "no response within the timeout");
    }
  }

  @Test
  @Execution(ExecutionMode.CONCURRENT)
  void aServerThatSendsOneBytePerSecondMeetsTheDeadlineNotEachRead() throws Exception {
    // Each byte comes before the read timeout, so only the exchange's deadline (4 x 1500 ms) ends
    // it.
    try (LoopbackServer server =
        new LoopbackServer(
            c -> {
              try {
                readRequest(c);
                OutputStream out = c.getOutputStream();
                for (byte b : OK) {
                  out.write(b);
                  out.flush();
                  Thread.sleep(1000);
                }
              } catch (IOException | InterruptedException ignored) {
                // the client gives up at its deadline
              }
            })) {
      Child run = child(server.url(), "--timeout", "1500ms");
      assertUnusable(run, 9_000, "INCONCLUSIVE", "still incomplete when the wait for it ended");
      assertThat(run.baseline().path("evidence").path("elapsedMillis").asLong())
          .isBetween(5_500L, 8_000L);
    }
  }

  @Test
  @Execution(ExecutionMode.CONCURRENT)
  void aHeaderSectionThatNeverEndsFails() throws Exception {
    try (LoopbackServer server =
        new LoopbackServer(
            c -> {
              try {
                readRequest(c);
                OutputStream out = c.getOutputStream();
                out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
                byte[] field =
                    "X-Filler: aaaaaaaaaaaaaaaaaaaa\r\n".getBytes(StandardCharsets.US_ASCII);
                while (true) {
                  out.write(field);
                }
              } catch (IOException ignored) {
                // the client hangs up at its bound
              }
            })) {
      Child run = child(server.url(), "--timeout", "500ms");
      assertUnusable(run, 5_000, "FAIL", "header section did not end");
    }
  }

  @Test
  @Execution(ExecutionMode.CONCURRENT)
  void anEndlessBodyIsReadPastWithBoundedEvidenceAndIsInconclusive() throws Exception {
    byte[] chunk = ("4000\r\n" + "A".repeat(0x4000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    try (LoopbackServer server =
        new LoopbackServer(
            c -> {
              try {
                readRequest(c);
                OutputStream out = c.getOutputStream();
                out.write(
                    "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                while (true) {
                  out.write(chunk);
                }
              } catch (IOException ignored) {
                // the client hangs up at its deadline
              }
            })) {
      Child run = child(server.url(), "--timeout", "500ms");
      assertUnusable(run, 5_000, "INCONCLUSIVE", "still incomplete when the wait for it ended");
      JsonNode evidence = run.baseline().path("evidence");
      assertThat(evidence.path("received").path("length").asLong())
          .isEqualTo(ResponseStream.EVIDENCE_BYTES);
      assertThat(run.baseline().path("reason").asText()).containsPattern("\\d{7,} bytes received");
    }
  }

  @Test
  @Execution(ExecutionMode.CONCURRENT)
  void aResetInTheMiddleOfAResponseIsInconclusive() throws Exception {
    try (LoopbackServer server =
        new LoopbackServer(
            c -> {
              try {
                readRequest(c);
                OutputStream out = c.getOutputStream();
                out.write(
                    "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc"
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(300); // the client reads these bytes before the reset
                c.setSoLinger(true, 0);
                c.close();
              } catch (IOException | InterruptedException ignored) {
                // gone
              }
            })) {
      Child run = child(server.url(), "--timeout", "2s");
      assertUnusable(run, 11_000, "INCONCLUSIVE", "reset in the middle of a response");
    }
  }

  @Test
  @Execution(ExecutionMode.CONCURRENT)
  void garbageInsteadOfHttpFails() throws Exception {
    byte[] garbage =
        "\u0000\u0001SSH-2.0-OpenSSH\r\n\u00ff\u00fe".getBytes(StandardCharsets.ISO_8859_1);
    try (LoopbackServer server = new LoopbackServer(answer(garbage))) {
      Child run = child(server.url(), "--timeout", "500ms");
      assertUnusable(run, 5_000, "FAIL", "not an HTTP/1.x response");
      assertThat(run.baseline().path("reason").asText()).contains("SSH-2.0");
    }
  }

  @Test
  @Execution(ExecutionMode.CONCURRENT)
  void tenResponsesToOneRequestFail() throws Exception {
    byte[] ten = new String(OK, StandardCharsets.US_ASCII).repeat(10).getBytes();
    try (LoopbackServer server = new LoopbackServer(answerAndHold(ten))) {
      Child run = child(server.url(), "--timeout", "500ms");
      assertUnusable(run, 5_000, "FAIL", "status 200 then status 200");
    }
  }

  @Test
  @Execution(ExecutionMode.CONCURRENT)
  void halfAStatusLineThenACloseFails() throws Exception {
    try (LoopbackServer server =
        new LoopbackServer(answer("HTTP/1.1 2".getBytes(StandardCharsets.US_ASCII)))) {
      Child run = child(server.url(), "--timeout", "500ms");
      assertUnusable(run, 5_000, "FAIL", "closed in the middle of a response");
    }
  }

  @Test
  @Execution(ExecutionMode.CONCURRENT)
  void halfAStatusLineThenSilenceIsInconclusive() throws Exception {
    try (LoopbackServer server =
        new LoopbackServer(answerAndHold("HTTP/1.1 2".getBytes(StandardCharsets.US_ASCII)))) {
      Child run = child(server.url(), "--timeout", "500ms");
      assertUnusable(run, 5_000, "INCONCLUSIVE", "still incomplete");
    }
  }

  @Test
  @Execution(ExecutionMode.CONCURRENT)
  void aResponseThenGarbageFails() throws Exception {
    byte[] bytes =
        ("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok\u0000\u0007garbage")
            .getBytes(StandardCharsets.ISO_8859_1);
    try (LoopbackServer server = new LoopbackServer(answerAndHold(bytes))) {
      Child run = child(server.url(), "--timeout", "500ms");
      assertUnusable(run, 5_000, "FAIL", "not an HTTP/1.x response");
    }
  }

  @Test
  @Execution(ExecutionMode.CONCURRENT)
  void anHttp2PrefaceAnswerFails() throws Exception {
    // An HTTP/2 server's connection preface: an empty SETTINGS frame.
    byte[] settings = {0, 0, 0, 4, 0, 0, 0, 0, 0};
    try (LoopbackServer server = new LoopbackServer(answerAndHold(settings))) {
      Child run = child(server.url(), "--timeout", "500ms");
      assertUnusable(run, 5_000, "FAIL", "not an HTTP/1.x response");
    }
  }

  @Test
  @Execution(ExecutionMode.CONCURRENT)
  void aCloseBeforeTheTlsHandshakeIsAnUnusableTarget() throws Exception {
    try (LoopbackServer server = new LoopbackServer(c -> closeQuietly(c))) {
      String url = "https://127.0.0.1:" + server.port() + "/";
      Child run = child(url, "--timeout", "500ms", "--insecure");
      assertWithinBudget(run, 5_000);
      assertThat(run.code()).as(run.describe()).isEqualTo(ExitCodes.TARGET_OR_BASELINE);
      assertThat(run.messages()).as(run.describe()).hasSize(1);
      assertThat(run.messages().get(0)).startsWith("h1proof: TLS handshake");
      assertThat(run.out()).doesNotContain("Gate passed");
      for (String file : List.of("report.json", "junit.xml", "report.html", "summary.md")) {
        assertThat(run.reports().resolve(file)).as(run.describe()).isRegularFile();
      }
      assertThat(run.report().path("counts").path("PASS").asInt()).isZero();
      assertThat(run.report().path("notUsable").asText()).startsWith("TLS handshake");
    }
  }

  /**
   * A server that answers every request with a 4 MiB body, against the large requests (1 MiB
   * fields, 100000-octet methods): the run holds in a 256 MiB heap, each response is read to its
   * end past the evidence prefix, and the responses still count.
   */
  @Test
  @Execution(ExecutionMode.CONCURRENT)
  void largeRequestsAndLargeResponsesFitInASmallHeap() throws Exception {
    byte[] body = new byte[4 << 20];
    java.util.Arrays.fill(body, (byte) 'B');
    byte[] head =
        ("HTTP/1.1 200 OK\r\nContent-Length: " + body.length + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    try (LoopbackServer server =
        new LoopbackServer(
            c -> {
              try (c) {
                InputStream in = c.getInputStream();
                byte[] buf = new byte[65536];
                if (in.read(buf) < 0) {
                  return;
                }
                // Read on in the background, so a large request never blocks the client.
                Thread sink =
                    new Thread(
                        () -> {
                          try {
                            in.transferTo(OutputStream.nullOutputStream());
                          } catch (IOException ignored) {
                            // closed
                          }
                        });
                sink.setDaemon(true);
                sink.start();
                OutputStream out = c.getOutputStream();
                out.write(head);
                out.write(body);
                out.flush();
                c.shutdownOutput();
                sink.join(5_000);
              } catch (IOException | InterruptedException ignored) {
                // the client hung up
              }
            })) {
      Child run =
          child(
              server.url(),
              "--timeout",
              "1s",
              "--rule",
              BASELINE_RULE,
              "--rule",
              "RFC9112-3-overlong-method-501",
              "--rule",
              "RFC9112-3-target-too-long-414",
              "--rule",
              "RFC9110-5.4-fields-too-large",
              "--rule",
              "RFC9112-7.1.1-chunk-ext-length-limit",
              "--rule",
              "RFC9112-9.6-graceful-close-no-reset");
      // 17 scenarios, 4 s deadline each, 8 at once: the budget if every one ran into its deadline.
      assertWithinBudget(run, 3 * 4_000 + 5_000);
      // Accepting everything fails the MUSTs about oversized requests: the gate fails.
      assertThat(run.code()).as(run.describe()).isEqualTo(ExitCodes.GATE_FAILED);
      assertThat(run.err()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
      for (String file : List.of("report.json", "junit.xml", "report.html", "summary.md")) {
        assertThat(run.reports().resolve(file)).isRegularFile();
      }
      JsonNode baseline = run.baseline();
      assertThat(baseline.path("verdict").asText()).as(run.describe()).isIn("PASS", "WARN");
      assertThat(baseline.path("evidence").path("received").path("length").asLong())
          .isEqualTo(ResponseStream.EVIDENCE_BYTES);
      assertThat(run.report().path("results").size()).isGreaterThan(5);
    }
  }

  /**
   * The run itself (report.json's duration: scenarios, not JVM start) stays within {@code
   * budgetMillis}; the whole child, JVM start included, within a bound generous enough for a loaded
   * machine.
   */
  private static void assertWithinBudget(Child run, long budgetMillis) throws IOException {
    assertThat(run.millis()).as(run.describe()).isLessThan(WALL_CLOCK_MILLIS);
    assertThat(run.report().path("durationMillis").asLong())
        .as(run.describe())
        .isLessThan(budgetMillis);
  }

  private static void closeQuietly(Socket c) {
    try {
      c.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Test
  @Execution(ExecutionMode.CONCURRENT)
  void aScriptInAResponseIsOnlyTextInTheHtmlReport() throws Exception {
    byte[] hostile =
        ("HTTP/1.1 200 OK\r\nContent-Length: 25\r\nX-Evil: <img src=x onerror=alert(2)>\r\n"
                + "Connection: close\r\n\r\n<script>alert(1)</script>")
            .getBytes(StandardCharsets.ISO_8859_1);
    try (LoopbackServer server = new LoopbackServer(answer(hostile))) {
      Path reports = tmp.resolve("r");
      CliTest.Run run =
          CliTest.cli(
              "run",
              server.url(),
              "--report-dir",
              reports.toString(),
              "--timeout",
              "500ms",
              "--rule",
              BASELINE_RULE);
      assertThat(run.code()).as(run.out() + run.err()).isIn(ExitCodes.OK, ExitCodes.GATE_FAILED);
      Document html = Jsoup.parse(reports.resolve("report.html").toFile(), "UTF-8");
      assertThat(html.select("img")).isEmpty();
      assertThat(html.select("script"))
          .allSatisfy(s -> assertThat(s.data()).doesNotContain("alert("));
      assertThat(html.text()).contains("<script>alert(1)</script>");
    }
  }
}
