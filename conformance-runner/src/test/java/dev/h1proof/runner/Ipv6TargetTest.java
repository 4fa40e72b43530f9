package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.h1proof.rulebook.Notation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IPv6 literals as targets and as a listening address: brackets wherever a URI needs them. */
class Ipv6TargetTest {
  @TempDir Path tmp;

  @Test
  void anIpv6TargetIsBracketedInHostAndInTheAbsoluteForm() {
    // given a target at [::1]:8080
    SocketTarget target =
        new SocketTarget(
            TargetUrl.parse("http://[::1]:8080/x"), null, null, Duration.ofSeconds(1), null);

    // when a template with every host placeholder is rendered for it
    byte[] bytes =
        Notation.decode(
                "GET http://{hostname}:{port}{path} HTTP/1.1\\r\\nHost: {host}\\r\\n"
                    + "X-Name: {hostname}\\r\\n\\r\\n")
            .render(target.info())
            .bytes();

    // then
    assertThat(new String(bytes, StandardCharsets.US_ASCII))
        .isEqualTo("GET http://[::1]:8080/x HTTP/1.1\r\nHost: [::1]:8080\r\nX-Name: [::1]\r\n\r\n");
  }

  @Test
  void serveOnIpv6AndTheWholeRulebookPassesThere() throws Exception {
    // given h1proof serve listening on ::1 only
    try (ChildCli serve =
        ChildCli.start(tmp.resolve("serve"), "serve", "--bind", "::1", "--port", "0")) {
      Pattern serving = Pattern.compile("serving on (http://\\[::1\\]:\\d+/)");
      String url = null;
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (url == null && serve.process().isAlive() && System.nanoTime() < deadline) {
        Matcher m = serving.matcher(serve.out());
        if (m.find()) {
          url = m.group(1);
        } else {
          Thread.sleep(100);
        }
      }
      assertThat(url).as(serve.out() + serve.err()).isNotNull();

      // when every scenario runs against it
      Path reports = tmp.resolve("reports");
      CliTest.Run run = CliTest.cli("run", url, "--report-dir", reports.toString());

      // then every one passes
      assertThat(run.code()).as(run.out() + run.err()).isZero();
      JsonNode json = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
      int scenarios = json.path("results").size();
      assertThat(scenarios).isGreaterThan(500);
      assertThat(json.path("counts").path("PASS").asInt()).as(run.out()).isEqualTo(scenarios);
      assertThat(run.lastLine()).isEqualTo(scenarios + " passed, 0 failed");
      assertThat(Files.size(reports.resolve("report.json"))).isLessThan(2L << 20);
    }
  }

  @Test
  void serveOnANameThatDoesNotResolveIsAUsageError() {
    CliTest.Run run = CliTest.cli("serve", "--bind", "nohost.invalid", "--port", "0");
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip())
        .isEqualTo("h1proof: --bind nohost.invalid: not an address or a host name that resolves");
  }
}
