package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.h1proof.server.ReferenceServer;
import dev.h1proof.server.ServerOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No gathered result is lost: a signal mid-run still writes every report, and an output path that
 * cannot be written stops the run before its first request, not after its last.
 */
class NothingLostTest {
  @TempDir Path tmp;

  private static final String[] REPORTS = {"report.json", "junit.xml", "report.html", "summary.md"};

  @Test
  void sigintMidRunWritesEveryReportMarkedIncompleteAndExits130() throws Exception {
    interruptMidRun("INT");
  }

  @Test
  void sigtermMidRunDoesTheSame() throws Exception {
    interruptMidRun("TERM");
  }

  private void interruptMidRun(String signal) throws Exception {
    try (ReferenceServer server =
            ReferenceServer.start(
                ServerOptions.strict(),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        SlowProxy slow = new SlowProxy(server.address(), Duration.ofMillis(400))) {
      // given a run against a server that answers every request 400 ms late
      Path reports = tmp.resolve("reports");
      try (ChildCli child =
          ChildCli.start(
              tmp.resolve("child"),
              "run",
              slow.url(),
              "--report-dir",
              reports.toString(),
              "--concurrency",
              "4",
              "--no-color")) {
        // when some results are on disk, the signal arrives
        Path stream = reports.resolve("results.ndjson");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (lines(stream) < 5 && child.process().isAlive() && System.nanoTime() < deadline) {
          Thread.sleep(100);
        }
        assertThat(lines(stream)).as(child.out() + child.err()).isGreaterThanOrEqualTo(5);
        // from here on nothing is answered, so the run is certainly still going when signalled
        // (without this, a run slowed down by a loaded machine could end before the signal)
        slow.holdAnswers();
        assertThat(child.process().isAlive()).as("still running when signalled").isTrue();
        child.signal(signal);
        int code = child.await(60);

        // then it exits 130 with every report written, each saying the run is incomplete
        assertThat(code).as(child.out() + child.err()).isEqualTo(ExitCodes.INTERRUPTED);
        for (String name : REPORTS) {
          assertThat(reports.resolve(name)).as(name).isNotEmptyFile();
        }
        JsonNode json = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
        assertThat(json.path("complete").asBoolean(true)).isFalse();
        assertThat(json.path("incomplete").asText()).isEqualTo("interrupted by a signal");
        int scenarios = json.path("results").size();
        int listed = 0;
        for (JsonNode rule :
            new ObjectMapper().readTree(CliTest.cli("list", "--format", "json").out())) {
          listed += rule.path("scenarios").size();
        }
        assertThat(scenarios).isEqualTo(listed);
        int verdicts = 0;
        for (JsonNode r : json.path("results")) {
          if (!r.path("verdict").asText().equals("SKIP")) {
            verdicts++;
          } else {
            assertThat(r.path("reason").asText()).isEqualTo("not run: interrupted by a signal");
          }
        }
        assertThat(verdicts).isGreaterThanOrEqualTo(5).isLessThan(scenarios);
        assertThat(json.path("totals").path("skipped").asInt()).isEqualTo(scenarios - verdicts);
        String closing = json.path("closingLine").asText();
        assertThat(closing)
            .matches(
                "\\d+ passed, 0 failed, \\d+ skipped \\(incomplete: interrupted by a signal\\)");
        String[] out = child.out().strip().split("\n");
        assertThat(out[out.length - 1]).isEqualTo(closing);
        assertThat(Files.readString(reports.resolve("report.html")))
            .contains("Incomplete run (interrupted by a signal)");
        assertThat(Files.readString(reports.resolve("summary.md"))).contains("Incomplete run");
        assertThat(Files.readString(reports.resolve("junit.xml")))
            .contains("not run: interrupted by a signal");
        for (String line : Files.readAllLines(stream)) {
          assertThat(new ObjectMapper().readTree(line).path("verdict").asText()).isNotEmpty();
        }
      }
    }
  }

  private static long lines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    try (var stream = Files.lines(file)) {
      return stream.count();
    }
  }

  /** Answers each request on the connection with an empty 200 until the client closes. */
  private static void answerOk(Socket c) {
    try (c) {
      InputStream in = c.getInputStream();
      OutputStream out = c.getOutputStream();
      byte[] buf = new byte[65536];
      while (in.read(buf) > 0) {
        out.write(
            "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
    } catch (IOException ignored) {
      // the client hung up
    }
  }

  @Test
  void anUnwritableOutputPathIsAUsageErrorBeforeTheFirstConnection() throws Exception {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    Path reports = tmp.resolve("reports");
    Files.createDirectories(reports.resolve("junit.xml"));
    try (LoopbackServer server = new LoopbackServer(NothingLostTest::answerOk)) {
      List<List<String>> cases =
          List.of(
              List.of("--write-baseline", file.resolve("baseline.json").toString()),
              List.of("--write-baseline", tmp.toString()),
              List.of("--report-dir", file.toString()),
              List.of("--report-dir", reports.toString()));
      for (List<String> options : cases) {
        // given an output path that cannot be written
        List<String> args = new java.util.ArrayList<>(List.of("run", server.url()));
        if (!options.contains("--report-dir")) {
          args.addAll(List.of("--report-dir", tmp.resolve("ok").toString()));
        }
        args.addAll(options);

        // when
        CliTest.Run run = CliTest.cli(args.toArray(String[]::new));

        // then one line, exit 2, and the target never saw a connection
        assertThat(run.code()).as(options + "\n" + run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip())
            .as(options.toString())
            .startsWith("h1proof: ")
            .doesNotContain("\n");
        assertThat(server.connections()).as(options.toString()).isZero();
      }
    }
  }

  @Test
  void aBaselineThatCannotBeWrittenAfterTheRunStillLeavesEveryReport() throws Exception {
    // given a baseline folder that the first connection replaces with a file
    Path folder = tmp.resolve("baselines");
    Path reports = tmp.resolve("reports");
    AtomicInteger seen = new AtomicInteger();
    try (LoopbackServer server =
        new LoopbackServer(
            c -> {
              if (seen.getAndIncrement() == 0) {
                try {
                  Files.deleteIfExists(folder);
                  Files.writeString(folder, "in the way");
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              }
              answerOk(c);
            })) {
      // when
      CliTest.Run run =
          CliTest.cli(
              "run",
              server.url(),
              "--rule",
              "RFC9112-2.1-baseline-valid-requests",
              "--report-dir",
              reports.toString(),
              "--write-baseline",
              folder.resolve("baseline.json").toString());

      // then the reports are there, and the failed baseline is exit 4 with one line
      assertThat(run.code()).as(run.out() + run.err()).isEqualTo(ExitCodes.REPORT_NOT_WRITTEN);
      assertThat(run.err().strip())
          .startsWith("h1proof: cannot write the baseline ")
          .doesNotContain("\n");
      for (String name : REPORTS) {
        assertThat(reports.resolve(name)).as(name).isNotEmptyFile();
      }
      // (this bare server fails some scenarios of the rule; what matters is nothing was lost)
      assertThat(run.lastLine()).matches("\\d+ passed, \\d+ failed");
      JsonNode json = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
      assertThat(json.path("results").size()).isPositive();
    }
  }
}
