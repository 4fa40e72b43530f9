package dev.h1proof.runner;

import dev.h1proof.rulebook.Outcome;
import dev.h1proof.rulebook.Rule;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Rulebook;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code h1proof explain RULE-ID}: the requirement, where the RFC says it, and its scenarios. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description =
        "Shows a rule: its level, RFC section, requirement sentence and every scenario's bytes"
            + " and outcomes.")
public final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Selection selection;

  @Parameters(paramLabel = "RULE-ID", description = "The rule id, as in h1proof list.")
  String ruleId;

  @Override
  public Integer call() {
    Rulebook rulebook = selection.rulebook();
    selection.rules = List.of(ruleId);
    List<RuleScenario> scenarios = selection.select(rulebook);
    PrintWriter out = spec.commandLine().getOut();
    Rule rule = scenarios.get(0).rule();
    out.println(rule.id() + "  (" + rule.level() + ", " + rule.citation() + ")");
    out.println(rule.name() + "   [" + rule.file() + ":" + rule.line() + "]");
    out.println("Requirement: " + rule.requirement());
    out.println(rule.link());
    for (RuleScenario s : scenarios) {
      out.println();
      out.println("Scenario: " + s.title() + "   [" + s.uri() + ":" + s.line() + "]");
      if (!s.description().isEmpty()) {
        out.println("  " + s.description());
      }
      out.println("  Sends:");
      for (String line : s.request().notation().split("\n")) {
        out.println("    " + line);
      }
      if (s.canary()) {
        out.println("    (the last request is the pipelined canary)");
      }
      for (Outcome o : s.preconditions()) {
        out.println("  Applies only after: " + o.text() + " (otherwise INCONCLUSIVE)");
      }
      for (Outcome o : s.expected()) {
        out.println("  PASS if: " + o.text());
      }
      for (Outcome o : s.allowed()) {
        out.println("  WARN if: " + o.text());
      }
      for (Outcome o : s.inconclusive()) {
        out.println("  INCONCLUSIVE if: " + o.text());
      }
      out.println("  Anything else: FAIL (silence within the timeout: INCONCLUSIVE)");
    }
    out.flush();
    return ExitCodes.OK;
  }
}
