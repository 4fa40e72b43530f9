package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.h1proof.server.ReferenceServer;
import dev.h1proof.server.ServerOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end, against real servers on loopback. */
class CliTest {
  @TempDir Path tmp;

  /** The exit code and what the CLI printed. */
  record Run(int code, String out, String err) {
    String lastLine() {
      String[] lines = out.strip().split("\n");
      return lines[lines.length - 1];
    }
  }

  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  /**
   * {@code h1proof run URL args...} against a reference server with these options, started on a
   * free loopback port for the run and stopped after it.
   */
  static Run runAgainst(ServerOptions options, String... args) throws IOException {
    try (ReferenceServer server =
        ReferenceServer.start(options, new InetSocketAddress("127.0.0.1", 0))) {
      String[] all = new String[args.length + 2];
      all[0] = "run";
      all[1] = "http://127.0.0.1:" + server.port() + "/";
      System.arraycopy(args, 0, all, 2, args.length);
      return cli(all);
    }
  }

  /** One field of every result in a report.json, by scenario key, in key order. */
  static Map<String, String> reportColumn(Path reportJson, String field) throws IOException {
    Map<String, String> column = new TreeMap<>();
    for (JsonNode result : new ObjectMapper().readTree(reportJson.toFile()).path("results")) {
      column.put(result.path("key").asText(), result.path(field).asText());
    }
    return column;
  }

  @Test
  void runWithoutUrlPassesAgainstTheBuiltInReferenceServer() throws IOException {
    Path reports = tmp.resolve("reports");
    Run run = cli("run", "--report-dir", reports.toString());
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    assertThat(run.lastLine()).matches("\\d+ passed, 0 failed");
    JsonNode json = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
    assertThat(json.path("results").size()).isGreaterThanOrEqualTo(3);
    assertThat(Files.readString(reports.resolve("junit.xml"))).contains("<testsuite");
    // each request stored once, large ones as a prefix: the whole clean run stays small
    assertThat(Files.size(reports.resolve("report.json"))).isLessThan(2_000_000L);
    // issue 17: a clean run's page stays under 1 MB (it was 2.1 MB as one flat table)
    assertThat(Files.size(reports.resolve("report.html"))).isLessThan(1_000_000L);
    String[] lines = run.out().strip().split("\n");
    assertThat(lines[lines.length - 2])
        .startsWith("Counts: passed = ")
        .endsWith(
            "; skipped = 0 SKIP (not run); in none of these: 0 FAIL below MUST,"
                + " 0 baselined FAIL, 0 INCONCLUSIVE.");
    assertThat(Files.readAllLines(reports.resolve("results.ndjson")))
        .hasSize(json.path("results").size());
  }

  @Test
  void aServerAcceptingWhitespaceBeforeColonFailsThatRule() throws Exception {
    try (LenientJetty jetty = LenientJetty.acceptingWhitespaceBeforeColon()) {
      Run run =
          cli(
              "run",
              jetty.url(),
              "--report-dir",
              tmp.resolve("r").toString(),
              "--rule",
              "RFC9112-5.1-whitespace-before-colon",
              "--rule",
              "RFC9112-2.1-baseline-valid-requests");
      assertThat(run.code()).as(run.out() + run.err()).isEqualTo(ExitCodes.GATE_FAILED);
      assertThat(run.out()).contains("RFC9112-5.1-whitespace-before-colon");
      assertThat(run.lastLine()).matches("\\d+ passed, [1-9]\\d* failed.*");
    }
  }

  @Test
  void strictJettyPassesThatRule() throws Exception {
    try (LenientJetty jetty = LenientJetty.strict()) {
      Run run =
          cli(
              "run",
              jetty.url(),
              "--report-dir",
              tmp.resolve("r").toString(),
              "--rule",
              "RFC9112-5.1-whitespace-before-colon",
              "--rule",
              "RFC9112-2.1-baseline-valid-requests");
      assertThat(run.code()).as(run.out() + run.err()).isZero();
    }
  }

  @Test
  void anUnreachableTargetExitsThreeWithOneLine() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Run run = cli("run", "http://127.0.0.1:" + port + "/", "--report-dir", tmp.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.TARGET_OR_BASELINE);
    assertThat(run.err().strip()).startsWith("h1proof: cannot connect").doesNotContain("\tat ");
  }

  /**
   * An id-shaped rule id the rulebook does not define. Written in two parts so that
   * RulesDefinedOnceTest, which rejects every undefined id named in the sources, does not take it
   * for a stale reference.
   */
  private static final String UNDEFINED_RULE = "RFC9112-0-" + "no-such-rule";

  @Test
  void usageErrorsExitTwoWithoutAStackTrace() throws IOException {
    Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
    String[][] cases = {
      {"run", "ftp://127.0.0.1/"},
      {"run", "http://"},
      {"run", "--rule", UNDEFINED_RULE},
      {"run", "--tags", "@MUST and ("},
      {"run", "--fail-on", "sometimes"},
      {"run", "--timeout", "forever"},
      {"run", "--report-dir", file.toString()},
      {"run", "--no-such-option"},
      {"explain", UNDEFINED_RULE},
      {"list", "--format", "yaml"}
    };
    for (String[] args : cases) {
      Run run = cli(args);
      assertThat(run.code())
          .as(String.join(" ", args) + "\n" + run.err())
          .isEqualTo(ExitCodes.USAGE);
      assertThat(run.err())
          .as(String.join(" ", args))
          .startsWith("h1proof: ")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void listAndExplain() {
    Run list = cli("list");
    assertThat(list.code()).isZero();
    assertThat(list.out()).contains("RFC9112-5.1-whitespace-before-colon").contains("MUST");
    Run explain = cli("explain", "RFC9112-5.1-whitespace-before-colon");
    assertThat(explain.code()).isZero();
    assertThat(explain.out()).contains("X-Test : 1\\r\\n").contains("PASS if: status 400");
  }

  @Test
  void parseReportsAcceptedAndRejectedFiles() throws IOException {
    Path good =
        Files.write(
            tmp.resolve("good.http"),
            "GET / HTTP/1.1\r\nHost: a\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    Path bad =
        Files.write(
            tmp.resolve("bad.http"),
            "GET / HTTP/1.1\r\nHost: a\r\nX-A : 1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    Run ok = cli("parse", good.toString());
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).contains("accepted");
    Run rejected = cli("parse", "--json", good.toString(), bad.toString());
    assertThat(rejected.code()).isEqualTo(1);
    String[] lines = rejected.out().strip().split("\n");
    JsonNode second = new ObjectMapper().readTree(lines[1]);
    assertThat(second.path("result").asText()).isEqualTo("rejected");
    assertThat(second.path("status").asInt()).isEqualTo(400);
    assertThat(second.path("rule").asText()).isEqualTo("RFC9112-5.1-whitespace-before-colon");
    assertThat(second.path("offset").asInt()).isEqualTo(28);
    Run missing = cli("parse", tmp.resolve("missing").toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aSilentTargetIsNotUsableAndExitsThree() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      Thread acceptor =
          new Thread(
              () -> {
                java.util.List<java.net.Socket> held = new java.util.ArrayList<>();
                try {
                  while (true) {
                    held.add(silent.accept()); // accept, read nothing, answer nothing
                  }
                } catch (IOException closed) {
                  held.forEach(
                      s -> {
                        try {
                          s.close();
                        } catch (IOException ignored) {
                          // the test is over
                        }
                      });
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      Run run =
          cli(
              "run",
              "http://127.0.0.1:" + silent.getLocalPort() + "/",
              "--timeout",
              "200ms",
              "--report-dir",
              tmp.toString());
      assertThat(run.code()).as(run.out() + run.err()).isEqualTo(ExitCodes.TARGET_OR_BASELINE);
      assertThat(run.err()).contains("not usable");
      assertThat(run.lastLine()).matches("0 passed, 0 failed, \\d+ skipped");
    }
  }

  @Test
  void selectionBySectionTagsAndLevel() {
    Run section = cli("list", "--section", "7.1.1");
    assertThat(section.code()).isZero();
    assertThat(section.out().lines().filter(l -> l.startsWith("RFC")))
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).startsWith("RFC9112-7.1.1-"));
    Run tags = cli("list", "--tags", "@control and @MUST");
    assertThat(tags.out().lines().filter(l -> l.startsWith("RFC")))
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).contains(" MUST "));
    Run must = cli("list", "--level", "must", "--format", "json");
    Run should = cli("list", "--level", "should", "--format", "json");
    assertThat(must.out()).doesNotContain("\"SHOULD\"").doesNotContain("\"MAY\"");
    assertThat(should.out()).contains("\"SHOULD\"").doesNotContain("\"MAY\"");
    assertThat(cli("list", "--section", "99.9").code()).isEqualTo(ExitCodes.USAGE);
  }
}
