package dev.h1proof.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.runner.ConformanceRun;
import dev.h1proof.server.ReferenceServer;
import dev.h1proof.server.ServerOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs {@link H1proof} factories through the JUnit Platform test kit against the reference server,
 * strict and with one rule deliberately broken, and checks which dynamic tests pass and fail.
 */
class H1proofTest {
  /** Section 5 (field syntax): 38 scenarios, a few seconds against the reference server. */
  private static final String SECTION = "@section-5";

  private static final String TOLERATED = "RFC9112-5.1-whitespace-before-colon";

  /** What the fixture's factory returns; set by each test before it runs the fixture. */
  static volatile Function<URI, Stream<DynamicNode>> factory;

  static volatile URI target;

  private ReferenceServer server;

  /** Not a test of its own (surefire skips nested classes): the engine test kit runs it. */
  static class Fixture {
    @TestFactory
    Stream<DynamicNode> http11() {
      return factory.apply(target);
    }
  }

  @AfterEach
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  private URI start(ServerOptions options) throws IOException {
    server =
        ReferenceServer.start(options, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    return URI.create("http://127.0.0.1:" + server.port() + "/");
  }

  private static EngineExecutionResults run(URI uri, Function<URI, Stream<DynamicNode>> make) {
    target = uri;
    factory = make;
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(Fixture.class)).execute();
  }

  private static List<RuleScenario> section(URI uri) {
    return ConformanceRun.against(uri.toString()).tags(SECTION).scenarios();
  }

  private static Set<String> names(Stream<Event> events) {
    return events.map(e -> e.getTestDescriptor().getDisplayName()).collect(Collectors.toSet());
  }

  @Test
  void theReferenceServerPassesEveryScenarioOneTestEachInOneContainerPerRule() throws IOException {
    URI uri = start(ServerOptions.strict());
    List<RuleScenario> expected = section(uri);
    EngineExecutionResults events =
        run(uri, u -> H1proof.target(u).tags(SECTION).echoPath("/echo").scenarios());

    assertThat(events.testEvents().started().count()).isEqualTo(expected.size());
    assertThat(events.testEvents().succeeded().count()).isEqualTo(expected.size());
    assertThat(events.testEvents().failed().count()).isZero();
    assertThat(events.testEvents().aborted().count()).isZero();
    Set<String> rules =
        expected.stream().map(s -> s.ruleId() + " [" + s.level() + "]").collect(Collectors.toSet());
    Set<String> containers =
        names(
            events.containerEvents().started().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().startsWith("RFC")));
    assertThat(containers).isEqualTo(rules);
    assertThat(names(events.testEvents().succeeded().stream()))
        .isEqualTo(expected.stream().map(RuleScenario::title).collect(Collectors.toSet()));
  }

  @Test
  void aServerThatBreaksOneRuleFailsExactlyThatRulesTestsNamingTheRule(@TempDir Path reports)
      throws IOException {
    URI uri = start(ServerOptions.strict().tolerating(List.of(TOLERATED)));
    List<RuleScenario> all = section(uri);
    // The rule's smuggling probe (Transfer-Encoding with a space before the colon, next to
    // Content-Length) still PASSes: the tolerant server takes the field as Transfer-Encoding and
    // then rejects Transfer-Encoding beside Content-Length under RFC9112-6.1, a rule it keeps.
    Set<String> broken =
        all.stream()
            .filter(
                s ->
                    s.ruleId().equals(TOLERATED)
                        && !s.control()
                        && !s.tags().contains("@smuggling"))
            .map(RuleScenario::title)
            .collect(Collectors.toSet());
    assertThat(broken).hasSizeGreaterThan(3);
    assertThat(
            all.stream()
                .filter(s -> s.ruleId().equals(TOLERATED) && s.tags().contains("@smuggling"))
                .count())
        .isEqualTo(1);

    EngineExecutionResults events =
        run(
            uri,
            u -> H1proof.target(u).tags(SECTION).echoPath("/echo").reportDir(reports).scenarios());

    assertThat(names(events.testEvents().failed().stream())).isEqualTo(broken);
    assertThat(events.testEvents().succeeded().count()).isEqualTo(all.size() - broken.size());
    events.testEvents().failed().stream()
        .forEach(
            e ->
                assertThat(
                        e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                            .orElseThrow()
                            .getThrowable()
                            .orElseThrow()
                            .getMessage())
                    .startsWith(TOLERATED + " [MUST] FAIL")
                    .contains("observed status 200")
                    .contains("sent: "));
    // The CLI's reports, from the same run.
    assertThat(Files.readString(reports.resolve("junit.xml"))).contains(TOLERATED);
    assertThat(Files.readString(reports.resolve("report.json"))).contains(TOLERATED);
    assertThat(reports.resolve("report.html")).exists();
    assertThat(reports.resolve("summary.md")).exists();
  }

  @Test
  void aBaselineOrALowerBarTurnsTheKnownFailureIntoPasses(@TempDir Path dir) throws IOException {
    URI uri = start(ServerOptions.strict().tolerating(List.of(TOLERATED)));
    Path baseline = dir.resolve("baseline.json");
    Files.writeString(
        baseline,
        "{\"schema\": \"h1proof-baseline/1\", \"rules\": {\""
            + TOLERATED
            + "\": {\"expected\": \"FAIL\", \"reason\": \"served with --tolerate on purpose\"}}}");
    int size = section(uri).size();

    EngineExecutionResults known =
        run(uri, u -> H1proof.target(u).tags(SECTION).baseline(baseline).scenarios());
    assertThat(known.testEvents().failed().count()).isZero();
    assertThat(known.testEvents().succeeded().count()).isEqualTo(size);

    // Without the baseline, a lower bar keeps the MUST failures failing.
    EngineExecutionResults should =
        run(uri, u -> H1proof.target(u).tags(SECTION).failOn("should").scenarios());
    assertThat(should.testEvents().failed().count()).isGreaterThan(3);
  }

  @Test
  void anUnreachableTargetFailsEveryTestWithTheReason() throws IOException {
    int closed;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = probe.getLocalPort();
    }
    URI uri = URI.create("http://127.0.0.1:" + closed + "/");
    EngineExecutionResults events = run(uri, u -> H1proof.target(u).rules(TOLERATED).scenarios());
    assertThat(events.testEvents().failed().count()).isGreaterThan(3);
    assertThat(events.testEvents().succeeded().count()).isZero();
    events.testEvents().failed().stream()
        .forEach(
            e ->
                assertThat(
                        e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                            .orElseThrow()
                            .getThrowable()
                            .orElseThrow()
                            .getMessage())
                    .startsWith("h1proof: cannot connect to"));
  }

  @Test
  void badOptionsAreOneLineErrorsBeforeAnyTestRuns() {
    URI uri = URI.create("http://127.0.0.1:1/");
    assertThatThrownBy(() -> H1proof.target(uri).tags("@MUST and (").scenarios())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("h1proof: invalid tag expression");
    assertThatThrownBy(() -> H1proof.target(uri).rules("RFC9112-9.9-no-such-rule").scenarios())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("h1proof: unknown rule id: RFC9112-9.9-no-such-rule");
    assertThatThrownBy(() -> H1proof.target(uri).failOn("sometimes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("h1proof: failOn takes must, should or may, not 'sometimes'");
  }

  @Test
  void theBytesOfAFailureAreShownOnOneLine() {
    assertThat(
            H1proof.escape(
                "GET / HTTP/1.1\r\nX\t: \u00ff\\\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))
        .isEqualTo("GET / HTTP/1.1\\r\\nX\\x09: \\xFF\\\\\\r\\n");
  }
}
