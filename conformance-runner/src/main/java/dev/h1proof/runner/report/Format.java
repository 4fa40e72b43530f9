package dev.h1proof.runner.report;

import java.util.function.Supplier;

/** The report formats, each with its fixed file name inside the report folder. */
public enum Format {
  /** {@code report.json}: the source of truth, schema {@code h1proof-report/2}. */
  JSON(JsonReport::new),
  /** {@code junit.xml}: one testsuite per feature file, one testcase per scenario. */
  JUNIT(JunitReport::new),
  /** {@code report.html}: a self-contained page with the evidence of every scenario. */
  HTML(HtmlReport::new),
  /** {@code summary.md}: a short Markdown summary for a CI job summary. */
  MARKDOWN(MarkdownSummary::new),
  /** {@code report.sarif}: SARIF 2.1.0 for code-scanning dashboards. */
  SARIF(SarifReport::new);

  private final Supplier<ReportWriter> writer;

  Format(Supplier<ReportWriter> writer) {
    this.writer = writer;
  }

  /** A writer for this format. */
  public ReportWriter writer() {
    return writer.get();
  }

  /** The file name this format is written to. */
  public String fileName() {
    return writer().fileName();
  }
}
