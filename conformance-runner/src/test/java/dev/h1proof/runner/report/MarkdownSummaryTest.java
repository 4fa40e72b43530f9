package dev.h1proof.runner.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.runner.result.RunReport;
import org.junit.jupiter.api.Test;

class MarkdownSummaryTest {

  @Test
  void summaryHasTheClosingLineCountsFailuresAndFoldedWarnings() {
    // given
    RunReport report = ReportFixtures.run();

    // when
    String md = MarkdownSummary.toMarkdown(report);

    // then
    assertThat(md).contains(report.closingLine());
    assertThat(md)
        .contains("| PASS | WARN | FAIL | INCONCLUSIVE | SKIP |", "| 1 | 1 | 2 | 1 | 1 |");
    assertThat(md).contains("### Failures that break the gate");
    String failures = md.substring(md.indexOf("### Failures"), md.indexOf("<details>"));
    assertThat(failures).contains(ReportFixtures.GATE_FAILURE).contains("| MUST |");
    assertThat(failures).doesNotContain(ReportFixtures.SHOULD_FAILURE);
    String warnings = md.substring(md.indexOf("<details>"), md.indexOf("</details>"));
    assertThat(warnings).contains("1 WARN", ReportFixtures.WARNING);
  }

  @Test
  void textCannotBreakTheTable() {
    // given a title with a pipe (obs-fold … | with SP)
    String md = MarkdownSummary.toMarkdown(ReportFixtures.run());

    // then the pipe is escaped, so its row keeps five cell separators
    String row =
        md.lines().filter(l -> l.contains(ReportFixtures.WARNING)).findFirst().orElseThrow();
    assertThat(row).contains("replaced \\| with SP");
    assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(5);
    assertThat(Text.markdown("<script>`x`|a\nb")).isEqualTo("&lt;script&gt;\\`x\\`\\|a b");
  }
}
