package dev.h1proof.runner.report;

import dev.h1proof.rulebook.Judgement;
import dev.h1proof.rulebook.Level;
import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.Observation.ConnectionState;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.ScenarioBuilder;
import dev.h1proof.rulebook.TargetInfo;
import dev.h1proof.runner.result.RunReport;
import dev.h1proof.runner.result.ScenarioResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A run with every verdict, judged by real {@link RuleScenario}s, whose hostile response carries
 * markup and the octets 0x00, 0x1b and 0xff.
 */
public final class ReportFixtures {
  /** The body of the hostile response. */
  public static final String HOSTILE_BODY = "<script>alert(1)</script>";

  /** A rule that the hostile target FAILs at MUST level, breaking the gate. */
  public static final String GATE_FAILURE = "RFC9112-6.3-CL-differing-values";

  /** A rule that FAILs at SHOULD level, below the default gate. */
  public static final String SHOULD_FAILURE = "RFC9112-2.2-non-HTTP-octets-400-close";

  /** A rule that PASSes. */
  public static final String PASSING = "RFC9112-5.1-whitespace-before-colon";

  /** A rule that WARNs. */
  public static final String WARNING = "RFC9112-5.2-obs-fold";

  /** Markup and Markdown syntax a hostile server puts in a field value. */
  public static final String EVIL_TAIL = "<img src=x onerror=alert(2)>|`";

  private static final String OK = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";

  private static final TargetInfo TARGET =
      new TargetInfo("localhost:8080", "localhost", 8080, "/", null);

  private ReportFixtures() {}

  /** A run over two feature files with PASS, WARN, two FAILs, INCONCLUSIVE and SKIP. */
  public static RunReport run() {
    return report(results());
  }

  /** A report of {@code results} with gate MUST and no baseline. */
  public static RunReport report(List<ScenarioResult> results) {
    return new RunReport(
        "h1proof 0.1.0-test",
        "http://localhost:8080/",
        Instant.parse("2026-11-22T10:15:30Z"),
        1234,
        Level.MUST,
        results,
        List.of(),
        null);
  }

  /** What a target sent back, before it is judged. */
  public record Observed(
      byte[] received, List<Observation.Response> responses, List<String> deviations) {}

  /** Every verdict, in rulebook order. */
  public static List<ScenarioResult> results() {
    List<ScenarioResult> results = new ArrayList<>();
    results.add(
        judged(
            whitespaceBeforeColon(),
            observed("HTTP/1.1 400 Bad Request\r\n\r\n", 400),
            ConnectionState.CLOSED));
    results.add(judged(obsFold(), observed(OK, 200), ConnectionState.OPEN));
    results.add(judged(smuggling(), hostile(), ConnectionState.OPEN));
    results.add(judged(bareCr(), observed(OK, 200), ConnectionState.OPEN));
    results.add(judged(longLine(), observed(""), ConnectionState.OPEN));
    results.add(
        new ScenarioResult(
            chunked(),
            Judgement.skipped("the baseline scenario failed"),
            new byte[0],
            null,
            false));
    return results;
  }

  /** Judges what was observed with the scenario itself, as the socket driver does. */
  public static ScenarioResult judged(
      RuleScenario scenario, Observed observed, ConnectionState connection) {
    Observation observation =
        new Observation(
            observed.received(), observed.responses(), connection, observed.deviations(), 42);
    byte[] sent = scenario.request().render(TARGET).bytes();
    return new ScenarioResult(scenario, scenario.judge(observation), sent, observation, false);
  }

  /** A PASS of {@code ruleId} at {@code level}, for baseline tests. */
  public static ScenarioResult passing(String ruleId, Level level) {
    return judged(
        scenario(ruleId, level, "status 400"),
        observed("HTTP/1.1 400 Bad Request\r\n\r\n", 400),
        ConnectionState.CLOSED);
  }

  /** A FAIL of {@code ruleId} at {@code level}, for baseline tests. */
  public static ScenarioResult failing(String ruleId, Level level) {
    return judged(scenario(ruleId, level, "status 400"), observed(OK, 200), ConnectionState.OPEN);
  }

  private static RuleScenario scenario(String ruleId, Level level, String expect) {
    ScenarioBuilder b = new ScenarioBuilder();
    b.request("GET {path} HTTP/1.1\\r\\n\nHost: {host}\\r\\n\n\\r\\n");
    b.send();
    b.expect(expect);
    return b.build(
        ruleId,
        level,
        "a scenario of " + ruleId,
        "",
        "Generated",
        "generated.feature",
        3,
        Set.of("@" + ruleId, "@" + level));
  }

  private static RuleScenario whitespaceBeforeColon() {
    ScenarioBuilder b = new ScenarioBuilder();
    b.request("GET {path} HTTP/1.1\\r\\n\nHost: {host}\\r\\n\nX-Test : 1\\r\\n\n\\r\\n");
    b.send();
    b.expect("status 400, connection closed");
    return b.build(
        PASSING,
        Level.MUST,
        "whitespace between field name and colon is rejected",
        "A server MUST reject, with a response status code of 400 (Bad Request), any received"
            + " request message that contains whitespace between a header field name and colon."
            + " (RFC 9112 §5.1)",
        "Field line parsing",
        "5-field-syntax.feature",
        12,
        Set.of("@" + PASSING, "@MUST"));
  }

  private static RuleScenario obsFold() {
    ScenarioBuilder b = new ScenarioBuilder();
    b.request("GET {path} HTTP/1.1\\r\\n\nHost: {host}\\r\\n\nX-Fold: a\\r\\n\n\\sb\\r\\n\n\\r\\n");
    b.send();
    b.expect("status 400");
    b.allow("accepted");
    return b.build(
        WARNING,
        Level.MUST,
        "obs-fold is rejected or replaced | with SP",
        "A server that receives an obs-fold MUST either reject the message with 400 or replace"
            + " each obs-fold with one or more SP octets.",
        "Field line parsing",
        "5-field-syntax.feature",
        30,
        Set.of("@" + WARNING, "@MUST"));
  }

  private static RuleScenario smuggling() {
    ScenarioBuilder b = new ScenarioBuilder();
    b.request(
        "POST {path} HTTP/1.1\\r\\n\nHost: {host}\\r\\n\nTransfer-Encoding: chunked\\r\\n\n"
            + "Content-Length: 5\\r\\n\n\\r\\n\n0\\r\\n\n\\r\\n");
    b.canary();
    b.send();
    b.expect("status 400, connection closed");
    b.allow("accepted then accepted, connection closed");
    return b.build(
        GATE_FAILURE,
        Level.MUST,
        "Transfer-Encoding with Content-Length",
        "A server MAY reject a request that contains both Content-Length and Transfer-Encoding"
            + " or process it in accordance with Transfer-Encoding, and MUST close the connection"
            + " after responding.",
        "Message body length",
        "6-message-body.feature",
        7,
        Set.of("@" + GATE_FAILURE, "@MUST"));
  }

  private static RuleScenario bareCr() {
    ScenarioBuilder b = new ScenarioBuilder();
    b.request("GET {path} HTTP/1.1\\r\\n\nHost: {host}\\r\\n\nX-A: a\\rb\\r\\n\n\\r\\n");
    // With the canary lost (one response), accepting the message is a FAIL even at SHOULD level.
    b.canary();
    b.send();
    b.expect("status 400");
    return b.build(
        SHOULD_FAILURE,
        Level.SHOULD,
        "a bare CR inside a field value",
        "A sender MUST NOT generate a bare CR; a recipient SHOULD reject the message.",
        "Message body length",
        "6-message-body.feature",
        40,
        Set.of("@" + SHOULD_FAILURE, "@SHOULD"));
  }

  private static RuleScenario longLine() {
    ScenarioBuilder b = new ScenarioBuilder();
    b.request("GET /{repeat:100:a} HTTP/1.1\\r\\n\nHost: {host}\\r\\n\n\\r\\n");
    b.send();
    b.expect("status 414 or 400");
    b.allow("accepted");
    return b.build(
        "RFC9112-3-request-line-8000-octets",
        Level.SHOULD,
        "a long request-target",
        "A server that receives a request-target longer than it wishes to parse MUST respond 414.",
        "Message body length",
        "6-message-body.feature",
        55,
        Set.of("@RFC9112-3-request-line-8000-octets", "@SHOULD"));
  }

  private static RuleScenario chunked() {
    ScenarioBuilder b = new ScenarioBuilder();
    b.request("GET {path} HTTP/1.1\\r\\n\nHost: {host}\\r\\n\n\\r\\n");
    b.send();
    b.expect("accepted");
    return b.build(
        "RFC9112-7.1-chunk-size-hex-forms",
        Level.MUST,
        "chunk size in hex",
        "chunk-size = 1*HEXDIG",
        "Message body length",
        "6-message-body.feature",
        70,
        Set.of("@RFC9112-7.1-chunk-size-hex-forms", "@MUST"));
  }

  /** The raw bytes and one final response per status. */
  public static Observed observed(String raw, int... statuses) {
    List<Observation.Response> responses = new ArrayList<>();
    for (int status : statuses) {
      responses.add(new Observation.Response(status, false, List.of(), new byte[0]));
    }
    return new Observed(raw.getBytes(StandardCharsets.ISO_8859_1), responses, List.of());
  }

  private static Observed hostile() {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    raw.writeBytes(latin1("HTTP/1.1 200 OK\r\nX-Evil: "));
    raw.writeBytes(new byte[] {0x00, 0x1b, (byte) 0xff});
    raw.writeBytes(latin1(EVIL_TAIL + "\r\n"));
    raw.writeBytes(latin1("Content-Length: " + HOSTILE_BODY.length() + "\r\n\r\n"));
    raw.writeBytes(latin1(HOSTILE_BODY));
    Observation.Response response =
        new Observation.Response(
            200,
            false,
            List.of(new Observation.Field("X-Evil", "\u0000\u001b\u00ff" + EVIL_TAIL)),
            latin1(HOSTILE_BODY));
    return new Observed(
        raw.toByteArray(),
        List.of(response),
        List.of("RFC9110-5.5-other-CTL-in-field-value: \u0000 and \u001b in X-Evil"));
  }

  private static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
