package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Servers that misbehave on purpose: the run must finish, judge, and report them safely. */
class HostileServerTest {
  @TempDir Path tmp;

  /** A loopback server that hands every connection, after its first read, to {@code behaviour}. */
  private static final class RawServer implements AutoCloseable {
    final ServerSocket socket;

    RawServer(Consumer<Socket> behaviour) throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread acceptor =
          new Thread(
              () -> {
                while (!socket.isClosed()) {
                  try {
                    Socket c = socket.accept();
                    Thread t = new Thread(() -> behaviour.accept(c));
                    t.setDaemon(true);
                    t.start();
                  } catch (IOException closed) {
                    return;
                  }
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
    }

    String url() {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/";
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  private static void answer(Socket c, byte[] response) {
    try (c) {
      InputStream in = c.getInputStream();
      in.read(new byte[65536]);
      OutputStream out = c.getOutputStream();
      out.write(response);
      out.flush();
    } catch (IOException ignored) {
      // the client may hang up first
    }
  }

  @Test
  void aScriptInAResponseIsOnlyTextInTheHtmlReport() throws Exception {
    byte[] hostile =
        ("HTTP/1.1 200 OK\r\nContent-Length: 25\r\nX-Evil: <img src=x onerror=alert(2)>\r\n"
                + "Connection: close\r\n\r\n<script>alert(1)</script>")
            .getBytes(StandardCharsets.ISO_8859_1);
    try (RawServer server = new RawServer(c -> answer(c, hostile))) {
      Path reports = tmp.resolve("r");
      CliTest.Run run =
          CliTest.cli(
              "run", server.url(), "--report-dir", reports.toString(), "--timeout", "500ms");
      assertThat(run.code()).as(run.out() + run.err()).isIn(ExitCodes.OK, ExitCodes.GATE_FAILED);
      Document html = Jsoup.parse(reports.resolve("report.html").toFile(), "UTF-8");
      assertThat(html.select("img")).isEmpty();
      assertThat(html.select("script"))
          .allSatisfy(s -> assertThat(s.data()).doesNotContain("alert("));
      assertThat(html.text()).contains("<script>alert(1)</script>");
    }
  }

  @Test
  void aServerThatNeverStopsSendingIsCappedAndTheRunEnds() throws Exception {
    byte[] chunk = new byte[64 * 1024];
    java.util.Arrays.fill(chunk, (byte) 'A');
    try (RawServer server =
        new RawServer(
            c -> {
              try (c) {
                c.getInputStream().read(new byte[65536]);
                OutputStream out = c.getOutputStream();
                out.write("HTTP/1.1 200 OK\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < 64; i++) { // 4 MiB at most, beyond the runner's 1 MiB cap
                  out.write(chunk);
                }
              } catch (IOException ignored) {
                // the runner hangs up at its cap
              }
            })) {
      long t0 = System.nanoTime();
      CliTest.Run run =
          CliTest.cli(
              "run",
              server.url(),
              "--report-dir",
              tmp.resolve("r").toString(),
              "--timeout",
              "500ms",
              "--rule",
              "RFC9112-2.1-baseline-valid-requests");
      assertThat(run.code()).isIn(ExitCodes.GATE_FAILED, ExitCodes.TARGET_OR_BASELINE);
      assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(30_000);
      assertThat(run.err()).doesNotContain("\tat ");
    }
  }

  @Test
  void garbageInsteadOfHttpIsJudgedNotThrown() throws Exception {
    byte[] garbage =
        "\u0000\u0001SSH-2.0-OpenSSH\r\n\u00ff\u00fe".getBytes(StandardCharsets.ISO_8859_1);
    try (RawServer server = new RawServer(c -> answer(c, garbage))) {
      CliTest.Run run =
          CliTest.cli(
              "run",
              server.url(),
              "--report-dir",
              tmp.resolve("r").toString(),
              "--timeout",
              "500ms");
      assertThat(run.code())
          .as(run.err())
          .isIn(ExitCodes.GATE_FAILED, ExitCodes.TARGET_OR_BASELINE);
      assertThat(run.err()).doesNotContain("internal error").doesNotContain("\tat ");
      assertThat(Files.exists(tmp.resolve("r").resolve("report.json"))).isTrue();
    }
  }
}
