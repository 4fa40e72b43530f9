package dev.h1proof.runner.report;

import dev.h1proof.rulebook.Verdict;
import dev.h1proof.runner.result.RunReport;
import dev.h1proof.runner.result.ScenarioResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code summary.md}, for a CI job summary such as GitHub's {@code $GITHUB_STEP_SUMMARY}: the
 * closing line, the counts, the gate failures, and the WARNs folded away. Every text that could
 * carry a server's words is escaped, so it cannot break the Markdown or inject HTML.
 */
public final class MarkdownSummary implements ReportWriter {

  @Override
  public String fileName() {
    return "summary.md";
  }

  @Override
  public void render(RunReport report, OutputStream out) throws IOException {
    out.write(toMarkdown(report).getBytes(StandardCharsets.UTF_8));
  }

  /** The summary as Markdown text. */
  public static String toMarkdown(RunReport report) {
    StringBuilder md = new StringBuilder();
    md.append("## h1proof: ").append(Text.markdown(report.target())).append("\n\n");
    if (report.incomplete() != null) {
      md.append("> **Incomplete run:** ").append(Text.markdown(report.incomplete()));
      md.append("; scenarios without a verdict are counted as skipped.\n\n");
    }
    md.append(
        !report.gatePassed()
            ? "**Gate failed**"
            : report.incomplete() != null ? "**Gate not decided**" : "**Gate passed**");
    md.append(" (fail on ").append(report.failOn()).append(" and above): `");
    md.append(report.closingLine()).append("`\n\n");
    md.append(Text.markdown(report.countsExplained())).append("\n\n");
    if (report.notUsable() != null) {
      md.append("> **The target is not usable:** ");
      md.append(Text.markdown(report.notUsable())).append("\n\n");
    }
    counts(md, report);
    gateFailures(md, report);
    warnings(md, report);
    unexpectedPasses(md, report);
    md.append("<sub>").append(Text.markdown(report.tool())).append(", started ");
    md.append(report.started()).append(", ").append(report.durationMillis()).append(" ms</sub>\n");
    return md.toString();
  }

  private static void counts(StringBuilder md, RunReport report) {
    Map<Verdict, Integer> counts = report.counts();
    StringBuilder head = new StringBuilder("|");
    StringBuilder rule = new StringBuilder("|");
    StringBuilder values = new StringBuilder("|");
    for (Map.Entry<Verdict, Integer> e : counts.entrySet()) {
      head.append(' ').append(e.getKey()).append(" |");
      rule.append(" ---: |");
      values.append(' ').append(e.getValue()).append(" |");
    }
    md.append(head).append('\n').append(rule).append('\n').append(values).append("\n\n");
  }

  private static void gateFailures(StringBuilder md, RunReport report) {
    List<ScenarioResult> failures = report.gateFailures();
    if (failures.isEmpty()) {
      return;
    }
    md.append("### Failures that break the gate\n\n");
    table(md, failures);
  }

  private static void warnings(StringBuilder md, RunReport report) {
    List<ScenarioResult> warns =
        report.results().stream().filter(r -> r.verdict() == Verdict.WARN).toList();
    if (warns.isEmpty()) {
      return;
    }
    md.append("<details><summary>").append(warns.size());
    md.append(" WARN (permitted, not preferred)</summary>\n\n");
    table(md, warns);
    md.append("</details>\n\n");
  }

  private static void unexpectedPasses(StringBuilder md, RunReport report) {
    if (report.unexpectedPasses().isEmpty()) {
      return;
    }
    md.append("### Unexpected passes\n\nListed in the baseline but no longer failing:");
    md.append(" remove them from the baseline.\n\n");
    report.unexpectedPasses().forEach(id -> md.append("- ").append(Text.markdown(id)).append('\n'));
    md.append('\n');
  }

  private static void table(StringBuilder md, List<ScenarioResult> results) {
    md.append("| Rule | Level | Scenario | Reason |\n| --- | --- | --- | --- |\n");
    for (ScenarioResult r : results) {
      md.append("| [").append(Text.markdown(r.scenario().ruleId())).append("](");
      md.append(r.scenario().rfcLink()).append(") | ");
      md.append(r.scenario().level()).append(" | ");
      md.append(Text.markdown(r.scenario().title())).append(" | ");
      md.append(Text.markdown(r.judgement().reason())).append(" |\n");
    }
    md.append('\n');
  }
}
