package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS targets and the baseline round trip, end to end through the CLI against embedded Jetty. */
class TlsAndBaselineTest {
  @TempDir Path tmp;
  @TempDir static Path pkiDir;
  static TestPki pki;
  static Path goodStore;
  static Path otherNameStore;
  static Path expiredStore;

  @BeforeAll
  static void certificates() throws Exception {
    pki = new TestPki(pkiDir);
    goodStore = pki.server("good", "dns:localhost,ip:127.0.0.1", null, 2);
    otherNameStore = pki.server("other", "dns:other.example", null, 2);
    expiredStore = pki.server("expired", "dns:localhost,ip:127.0.0.1", "-10d", 2);
  }

  private static final String[] TWO_RULES = {
    "--rule", "RFC9112-2.1-baseline-valid-requests", "--rule", "RFC9112-5.1-whitespace-before-colon"
  };

  private static String[] args(String... head) {
    String[] all = new String[head.length + TWO_RULES.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(TWO_RULES, 0, all, head.length, TWO_RULES.length);
    return all;
  }

  @Test
  void httpsWithInsecureOrTheServersCertificatePasses() throws Exception {
    try (TlsJetty jetty = new TlsJetty(tmp)) {
      String reports = tmp.resolve("r").toString();
      CliTest.Run insecure =
          CliTest.cli(args("run", jetty.url(), "--insecure", "--report-dir", reports));
      assertThat(insecure.code()).as(insecure.out() + insecure.err()).isZero();
      assertThat(insecure.lastLine()).matches("[1-9]\\d* passed, 0 failed");

      CliTest.Run trusted =
          CliTest.cli(
              args(
                  "run",
                  jetty.url(),
                  "--ca",
                  jetty.certificate().toString(),
                  "--report-dir",
                  reports));
      assertThat(trusted.code()).as(trusted.out() + trusted.err()).isZero();
    }
  }

  @Test
  void anUntrustedCertificateIsATlsFailureWithExitThree() throws Exception {
    try (TlsJetty jetty = new TlsJetty(tmp)) {
      CliTest.Run run =
          CliTest.cli(args("run", jetty.url(), "--report-dir", tmp.resolve("r").toString()));
      assertThat(run.code()).isEqualTo(ExitCodes.TARGET_OR_BASELINE);
      assertThat(run.err().strip())
          .startsWith("h1proof: TLS handshake with " + jetty.url() + " failed")
          .contains("--insecure")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void aCertificateForTheHostPassesAndSniCarriesTheNameButNeverAnAddress() throws Exception {
    try (TlsJetty jetty = new TlsJetty(goodStore, pki.caCertificate())) {
      String reports = tmp.resolve("r").toString();
      String ca = pki.caCertificate().toString();

      CliTest.Run byName =
          CliTest.cli(args("run", jetty.url("localhost"), "--ca", ca, "--report-dir", reports));
      assertThat(byName.code()).as(byName.out() + byName.err()).isZero();
      assertThat(jetty.serverNames()).isNotEmpty().containsOnly("localhost");

      jetty.serverNames().clear();
      CliTest.Run byAddress =
          CliTest.cli(args("run", jetty.url("127.0.0.1"), "--ca", ca, "--report-dir", reports));
      assertThat(byAddress.code()).as(byAddress.out() + byAddress.err()).isZero();
      assertThat(jetty.serverNames()).isNotEmpty().containsOnly("");
    }
  }

  @Test
  void aCertificateForAnotherNameFailsWithExitThreeAndInsecureAcceptsIt() throws Exception {
    try (TlsJetty jetty = new TlsJetty(otherNameStore, pki.caCertificate())) {
      String reports = tmp.resolve("r").toString();
      CliTest.Run checked =
          CliTest.cli(
              args(
                  "run",
                  jetty.url("localhost"),
                  "--ca",
                  pki.caCertificate().toString(),
                  "--report-dir",
                  reports));
      assertThat(checked.code()).as(checked.out()).isEqualTo(ExitCodes.TARGET_OR_BASELINE);
      assertThat(checked.err().strip())
          .startsWith("h1proof: TLS handshake with " + jetty.url("localhost") + " failed: ")
          .contains("not for this host name")
          .doesNotContain("\n");
      assertReportsWritten(tmp.resolve("r"));

      CliTest.Run insecure =
          CliTest.cli(args("run", jetty.url("localhost"), "--insecure", "--report-dir", reports));
      assertThat(insecure.code()).as(insecure.out() + insecure.err()).isZero();
      assertThat(insecure.err().strip())
          .isEqualTo(
              "h1proof: --insecure: the server's certificate is neither verified nor matched to"
                  + " localhost");
    }
  }

  @Test
  void anExpiredCertificateFailsWithExitThree() throws Exception {
    try (TlsJetty jetty = new TlsJetty(expiredStore, pki.caCertificate())) {
      CliTest.Run run =
          CliTest.cli(
              args(
                  "run",
                  jetty.url("localhost"),
                  "--ca",
                  pki.caCertificate().toString(),
                  "--report-dir",
                  tmp.resolve("r").toString()));
      assertThat(run.code()).as(run.out()).isEqualTo(ExitCodes.TARGET_OR_BASELINE);
      assertThat(run.err().strip())
          .startsWith("h1proof: TLS handshake with ")
          .contains("the server's certificate has expired")
          .doesNotContain("\n");
      assertReportsWritten(tmp.resolve("r"));
    }
  }

  /** An unusable target still gets every report, each scenario SKIPped with the reason. */
  private static void assertReportsWritten(Path dir) throws IOException {
    for (String file : java.util.List.of("report.json", "junit.xml", "report.html", "summary.md")) {
      assertThat(dir.resolve(file)).isRegularFile();
    }
    assertThat(Files.readString(dir.resolve("summary.md"))).doesNotContain("Gate passed");
  }

  @Test
  void aServerThatClosesBeforeTheHandshakeFailsWithExitThreeAndOneLine() throws Exception {
    try (ServerSocket closing = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor =
          new Thread(
              () -> {
                while (!closing.isClosed()) {
                  try {
                    closing.accept().close();
                  } catch (IOException closed) {
                    return;
                  }
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      String url = "https://127.0.0.1:" + closing.getLocalPort() + "/";
      CliTest.Run run = CliTest.cli(args("run", url, "--report-dir", tmp.resolve("r").toString()));
      assertThat(run.code()).as(run.out()).isEqualTo(ExitCodes.TARGET_OR_BASELINE);
      assertThat(run.err().strip())
          .startsWith("h1proof: TLS handshake with " + url + " failed: ")
          .contains("closed the connection")
          .doesNotContain("\n")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void tlsOptionsOnACleartextUrlAreAUsageError() {
    CliTest.Run run = CliTest.cli("run", "http://127.0.0.1:1/", "--insecure");
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aBaselineWrittenFromOneRunMakesTheNextPassAndRemovingAnEntryFailsIt() throws Exception {
    try (LenientJetty jetty = LenientJetty.acceptingWhitespaceBeforeColon()) {
      Path baseline = tmp.resolve("baseline.json");
      String reports = tmp.resolve("r").toString();
      CliTest.Run first =
          CliTest.cli(
              args(
                  "run",
                  jetty.url(),
                  "--report-dir",
                  reports,
                  "--write-baseline",
                  baseline.toString()));
      assertThat(first.code()).as(first.out()).isEqualTo(ExitCodes.GATE_FAILED);
      assertThat(Files.readString(baseline)).contains("RFC9112-5.1-whitespace-before-colon");

      CliTest.Run second =
          CliTest.cli(
              args("run", jetty.url(), "--report-dir", reports, "--baseline", baseline.toString()));
      assertThat(second.code()).as(second.out()).isZero();

      ObjectMapper json = new ObjectMapper();
      ObjectNode root = (ObjectNode) json.readTree(baseline.toFile());
      ((ObjectNode) root.get("rules")).remove("RFC9112-5.1-whitespace-before-colon");
      json.writeValue(baseline.toFile(), root);
      CliTest.Run third =
          CliTest.cli(
              args("run", jetty.url(), "--report-dir", reports, "--baseline", baseline.toString()));
      assertThat(third.code()).isEqualTo(ExitCodes.GATE_FAILED);
      assertThat(third.out()).contains("RFC9112-5.1-whitespace-before-colon");
    }
  }

  @Test
  void anInvalidBaselineExitsThree() throws Exception {
    Path baseline = Files.writeString(tmp.resolve("bad.json"), "{ not json");
    CliTest.Run run =
        CliTest.cli("run", "--baseline", baseline.toString(), "--report-dir", tmp.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.TARGET_OR_BASELINE);
    assertThat(run.err()).startsWith("h1proof: ").doesNotContain("\tat ");
  }
}
