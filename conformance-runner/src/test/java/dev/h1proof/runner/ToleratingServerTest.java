package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.parser.Violation;
import dev.h1proof.parser.lab.Tolerance;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Rulebook;
import dev.h1proof.server.ServerOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The socket-level proof of issue 5: {@code h1proof run} against the real reference server started
 * the way {@code h1proof serve --tolerate RFC9112-5.1-whitespace-before-colon} starts it.
 */
class ToleratingServerTest {
  private static final String RULE = "RFC9112-5.1-whitespace-before-colon";

  @TempDir Path tmp;

  @Test
  void runAgainstAServerToleratingOneRuleFailsExactlyThatRulesScenarios() throws IOException {
    // given the options `serve --tolerate RULE` builds
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs("--port", "0", "--tolerate", RULE);
    ServerOptions options = serve.serverOptions();
    assertThat(Tolerance.tolerated(options.parserConfig()))
        .containsExactlyInAnyOrderElementsOf(Violation.forRuleId(RULE));
    assertThat(options.misbehaviours()).isEmpty();
    assertThat(options.toleratedRuleIds()).containsExactly(RULE);

    // and what the same engine does in-process
    Map<String, String> inProcess = new TreeMap<>();
    InProcessTarget target = new InProcessTarget(options);
    Set<String> ownFailing = new TreeSet<>();
    for (RuleScenario s : Rulebook.load(Path.of("..", "features")).scenarios()) {
      String verdict = s.judge(target.exchange(s.request().render(target.info()))).verdict().name();
      inProcess.put(s.key(), verdict);
      if (s.ruleId().equals(RULE) && !s.control() && verdict.equals("FAIL")) {
        ownFailing.add(s.key());
      }
    }
    // one scenario of the rule (TE with a space before the colon next to CL) is answered 400 either
    // way, because trimming the name turns it into TE with CL; SelfValidationTest lists survivors
    assertThat(ownFailing).hasSizeGreaterThanOrEqualTo(6);

    // when h1proof run is pointed at the real server on loopback
    CliTest.Run run = CliTest.runAgainst(options, "--report-dir", tmp.resolve("report").toString());
    int code = run.code();
    String printed = run.out() + run.err();
    Path report = tmp.resolve("report/report.json");
    Map<String, String> overSocket = CliTest.reportColumn(report, "verdict");
    Map<String, String> ruleOf = CliTest.reportColumn(report, "id");

    // then the scenarios of the rule FAIL, and nothing else does: no scenario of another rule
    // changes
    assertThat(code).as(printed).isEqualTo(ExitCodes.GATE_FAILED);
    Set<String> failed = new TreeSet<>();
    Set<String> notPassing = new TreeSet<>();
    overSocket.forEach(
        (key, verdict) -> {
          if (!verdict.equals("PASS")) {
            notPassing.add(key + " " + verdict);
          }
          if (verdict.equals("FAIL")) {
            failed.add(key);
          }
        });
    Set<String> otherRules = new TreeSet<>();
    for (String key : failed) {
      if (!ruleOf.get(key).equals(RULE)) {
        otherRules.add(key);
      }
    }
    assertThat(otherRules).as("FAILs of rules other than " + RULE).isEmpty();
    assertThat(failed).as("the FAILs are exactly the scenarios of " + RULE).isEqualTo(ownFailing);
    assertThat(notPassing.stream().map(k -> k.substring(0, k.lastIndexOf(' '))).toList())
        .as("only FAILs, no WARN or INCONCLUSIVE: %s", notPassing)
        .containsExactlyInAnyOrderElementsOf(failed);
    assertThat(overSocket)
        .as("the socket run judges every scenario as the in-process engine does")
        .isEqualTo(inProcess);
  }

  @Test
  void serveRejectsAnUnknownRuleIdToTolerate() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            new String[] {"serve", "--port", "0", "--tolerate", "RFC9112-no-such-rule"},
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("unknown rule id to tolerate: RFC9112-no-such-rule");
  }
}
