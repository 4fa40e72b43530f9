package dev.h1proof.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.h1proof.runner.Main;
import dev.h1proof.server.ReferenceServer;
import dev.h1proof.server.ServerOptions;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code h1proof proxy} end to end, and the capture back end's bounds. */
class ProxyCommandTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** A normalising proxy on a free loopback port, forwarding to {@code backEnd} on loopback. */
  static NormalisingProxy normalisingProxy(int backEnd) throws Exception {
    return NormalisingProxy.start(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        new InetSocketAddress(InetAddress.getLoopbackAddress(), backEnd),
        Duration.ofSeconds(2));
  }

  /** {@code h1proof proxy} through the proxy listening on {@code port}, to the back end's port. */
  static Run through(int port, int backEnd, String... more) {
    String[] args = new String[more.length + 4];
    args[0] = "proxy";
    args[1] = "http://127.0.0.1:" + port + "/";
    args[2] = "--back-end";
    args[3] = "127.0.0.1:" + backEnd;
    System.arraycopy(more, 0, args, 4, more.length);
    return cli(args);
  }

  /** The connection-option rule alone, through the proxy on {@code port}; reports in tmp. */
  private Run connectionOptionsThrough(int port, int backEnd) {
    return through(
        port,
        backEnd,
        "--rule",
        "RFC9110-7.6.1-proxy-drops-connection-options",
        "--report-dir",
        tmp.toString());
  }

  @Test
  void badOptionsAreOneLineUsageErrors() {
    Run r = cli("proxy", "http://127.0.0.1:1/", "--back-end", "8.8.8.8:9000");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo("h1proof: --back-end must be a loopback address, not 8.8.8.8");
    r = cli("proxy", "http://127.0.0.1:1/", "--rule", "RFC9112-5.1-whitespace-before-colon");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown intermediary rule id");
    r = cli("serve", "--proxy", "example.org:80");
    assertThat(r.code()).isEqualTo(2);
  }

  @Test
  void anUnreachableProxyOrOneThatDoesNotForwardIsNotUsable() throws Exception {
    Run r = cli("proxy", "http://127.0.0.1:" + freePort() + "/", "--report-dir", tmp.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.err()).startsWith("h1proof: cannot reach the proxy at");
    try (ReferenceServer notAProxy =
        ReferenceServer.start(
            ServerOptions.strict(), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      r = cli("proxy", "http://127.0.0.1:" + notAProxy.port() + "/");
      assertThat(r.code()).isEqualTo(3);
      assertThat(r.err())
          .contains("never reached the capture back end")
          .contains("the client got: status 200");
    }
  }

  @Test
  void theNormalisingProxyPassesAndTheReportKeepsTheForwardedBytes() throws Exception {
    int backEnd = freePort();
    try (NormalisingProxy proxy = normalisingProxy(backEnd)) {
      Run r = connectionOptionsThrough(proxy.port(), backEnd);
      assertThat(r.code()).as(r.out() + r.err()).isZero();
      JsonNode json = new ObjectMapper().readTree(tmp.resolve("report.json").toFile());
      JsonNode forwarded = json.path("results").get(0).path("evidence").path("forwarded");
      assertThat(forwarded.path("summary").asText())
          .isEqualTo("back end received 2 requests on 2 connection(s)");
      assertThat(forwarded.path("connections").get(0).path("received").path("octets").asText())
          .startsWith("GET / HTTP/1.1\\r\\n")
          .doesNotContain("X-Hop");
      assertThat(java.nio.file.Files.readString(tmp.resolve("report.html")))
          .contains("Forwarded by the proxy to the back end: back end received 2 requests")
          .contains("Back-end connection 2");
    }
  }

  @Test
  void aProxyThatStopsDuringTheRunIsNotUsableAndAccusedOfNothing() throws Exception {
    int backEnd = freePort();
    try (NormalisingProxy proxy = normalisingProxy(backEnd);
        // the preflight and the first scenarios get through; then the proxy dies mid-scenario
        VerbatimRelay dying = VerbatimRelay.stoppingAfter(proxy.port(), 6)) {
      Run r = through(dying.port(), backEnd, "--timeout", "500ms", "--report-dir", tmp.toString());
      assertThat(r.code()).as(r.out() + r.err()).isEqualTo(3);
      assertThat(r.err().strip())
          .startsWith("h1proof: the proxy stopped accepting connections during the run")
          .doesNotContain("\n");
      JsonNode json = new ObjectMapper().readTree(tmp.resolve("report.json").toFile());
      JsonNode results = json.path("results");
      int total = dev.h1proof.rulebook.Rulebook.bundled().intermediary().size();
      assertThat(results.size()).as("every scenario has a result").isEqualTo(total);
      java.util.List<String> verdicts = new java.util.ArrayList<>();
      results.forEach(x -> verdicts.add(x.path("verdict").asText()));
      assertThat(verdicts).doesNotContain("FAIL");
      assertThat(verdicts.subList(0, 5)).as("run before the stop").doesNotContain("SKIP");
      assertThat(verdicts.subList(7, total)).as("not run after the stop").containsOnly("SKIP");
      assertThat(json.path("notUsable").asText()).startsWith("the proxy stopped");
      // the scenario in flight when the proxy died: no answer would be its FAIL, were it not
      // for the refusal that followed
      assertThat(results.get(5).path("verdict").asText()).isEqualTo("INCONCLUSIVE");
      assertThat(results.get(5).path("reason").asText())
          .startsWith("not judged, because the proxy stopped during the run")
          .contains("the FAIL would have been: observed no response, connection closed");
      assertThat(results.get(6).path("reason").asText())
          .startsWith("connection to the proxy failed");
      assertThat(json.path("notUsable").asText())
          .contains(": " + (total - 6) + " scenario(s) could not be sent and 1 FAIL(s)");
    }
  }

  @Test
  void thePreflightWaitsOutAProxyThatAnswersGatewayErrorsAtFirst() throws Exception {
    int backEnd = freePort();
    try (NormalisingProxy proxy = normalisingProxy(backEnd);
        VerbatimRelay warming = VerbatimRelay.warmingUp(proxy.port(), 3)) {
      Run r = connectionOptionsThrough(warming.port(), backEnd);
      assertThat(r.code()).as(r.out() + r.err()).isZero();
      assertThat(r.out()).contains("passed = 2 PASS + 0 WARN; failed = 0 FAIL");
    }
    // one that never stops answering 502 is still not usable, after the tries
    try (VerbatimRelay never = VerbatimRelay.warmingUp(freePort(), Integer.MAX_VALUE)) {
      long t0 = System.nanoTime();
      Run r =
          cli("proxy", "http://127.0.0.1:" + never.port() + "/", "--report-dir", tmp.toString());
      assertThat(r.code()).isEqualTo(3);
      assertThat(r.err().strip())
          .startsWith("h1proof: a GET sent to the proxy at")
          .contains("(the client got: status 502");
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(30));
    }
  }

  @Test
  void theCaptureIsBoundedPerConnectionAndPerScenario() throws Exception {
    try (CaptureBackEnd backEnd =
        CaptureBackEnd.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      backEnd.begin();
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), backEnd.port())) {
        OutputStream out = s.getOutputStream();
        out.write(
            "POST / HTTP/1.1\r\nHost: b\r\nContent-Length: 3000000\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        byte[] chunk = new byte[64 * 1024];
        for (int i = 0; i < 24; i++) {
          out.write(chunk);
        }
        out.flush();
        backEnd.awaitQuiet(Duration.ofMillis(200), Duration.ofSeconds(5));
        assertThat(backEnd.snapshot().truncated()).isTrue();
        assertThat(backEnd.snapshot().connections().get(0)).hasSize(CaptureBackEnd.MAX_BYTES);
      }
      backEnd.begin();
      assertThat(backEnd.snapshot().truncated()).isFalse();
      Socket[] sockets = new Socket[CaptureBackEnd.MAX_CONNECTIONS + 2];
      try {
        for (int i = 0; i < sockets.length; i++) {
          sockets[i] = new Socket(InetAddress.getLoopbackAddress(), backEnd.port());
        }
        backEnd.awaitQuiet(Duration.ofMillis(200), Duration.ofSeconds(5));
        assertThat(backEnd.snapshot().connections()).hasSize(CaptureBackEnd.MAX_CONNECTIONS);
        assertThat(backEnd.snapshot().truncated()).isTrue();
      } finally {
        for (Socket s : sockets) {
          if (s != null) {
            s.close();
          }
        }
      }
    }
  }
}
