package dev.h1proof.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.rulebook.Observation.ConnectionState;
import dev.h1proof.rulebook.Observation.Reception;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an observation that is no complete response means for the verdict. */
class ObservationTest {
  private static Observation notHttp(byte[] received) {
    return new Observation(
        received, List.of(), ConnectionState.OPEN, List.of(), 1, Reception.NOT_HTTP, 0);
  }

  @Test
  void garbageIsBrokenHttp() {
    Observation.Unusable u =
        notHttp("<html>hello</html>".getBytes(StandardCharsets.US_ASCII)).unusable();
    assertThat(u.broken()).isTrue();
    assertThat(u.reason()).startsWith("not an HTTP/1.x response");
  }

  @Test
  void anHttp2SettingsFrameIsAnAnswerOnlyWhereTheScenarioListsIt() {
    // a SETTINGS frame with one setting (6 octets), as lighttpd answers the HTTP/2 preface
    byte[] settings = {0, 0, 6, 4, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 100};
    assertThat(notHttp(settings).unusable().broken()).isTrue();
    ScenarioBuilder b = new ScenarioBuilder();
    b.request("PRI * HTTP/2.0\\r\\n\\r\\nSM\\r\\n\\r\\n");
    b.send();
    b.expect("status 505");
    b.expect("http2 answer");
    RuleScenario preface =
        b.build(
            "RFC9110-6.2-unsupported-major-version-505",
            Level.MAY,
            "t",
            "",
            "",
            "02.feature",
            1,
            java.util.Set.of("@RFC9110-6.2-unsupported-major-version-505"));
    assertThat(preface.judge(notHttp(settings)).verdict()).isEqualTo(Verdict.PASS);
    // the same header on another stream is no answer to a connection preface
    byte[] onStream1 = {0, 0, 6, 4, 0, 0, 0, 0, 1, 0, 3, 0, 0, 0, 100};
    assertThat(preface.judge(notHttp(onStream1)).verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void aBareBodyIsAnHttp09AnswerOnlyWhereTheScenarioListsIt() {
    ScenarioBuilder b = new ScenarioBuilder();
    b.request("GET /\\r\\n\\r\\n");
    b.send();
    b.expect("status 400, connection closed");
    b.allow("bare body");
    RuleScenario http09 =
        b.build(
            "RFC9112-3-HTTP09-style-request",
            Level.SHOULD,
            "t",
            "",
            "",
            "03.feature",
            1,
            java.util.Set.of("@RFC9112-3-HTTP09-style-request"));
    byte[] hello = "hello\n".getBytes(StandardCharsets.US_ASCII);
    Observation closed =
        new Observation(
            hello, List.of(), ConnectionState.CLOSED, List.of(), 1, Reception.NOT_HTTP, 0);
    assertThat(http09.judge(closed).verdict()).isEqualTo(Verdict.WARN);
    assertThat(http09.judge(notHttp(hello)).verdict()).isEqualTo(Verdict.WARN);
    // a scenario that does not list it: the same bytes are not HTTP
    ScenarioBuilder plain = new ScenarioBuilder();
    plain.request("GET / HTTP/1.1\\r\\n\\r\\n");
    plain.send();
    plain.expect("status 400, connection closed");
    RuleScenario http11 =
        plain.build(
            "RFC9112-3.2-Host-missing-HTTP11",
            Level.MUST,
            "t",
            "",
            "",
            "h.feature",
            1,
            java.util.Set.of("@RFC9112-3.2-Host-missing-HTTP11"));
    assertThat(http11.judge(closed).verdict()).isEqualTo(Verdict.FAIL);
  }
}
