package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixCommandTest {
  @TempDir Path tmp;

  private Path report(String name, String... idLevelVerdict) throws IOException {
    StringBuilder results = new StringBuilder();
    for (int i = 0; i < idLevelVerdict.length; i += 3) {
      if (i > 0) {
        results.append(',');
      }
      results.append(
          String.format(
              "{\"id\":\"%s\",\"level\":\"%s\",\"verdict\":\"%s\"}",
              idLevelVerdict[i], idLevelVerdict[i + 1], idLevelVerdict[i + 2]));
    }
    return Files.writeString(
        tmp.resolve(name + ".json"),
        "{\"schema\":\"h1proof-report/1\",\"tool\":\"h1proof dev\",\"results\":[" + results + "]}");
  }

  @Test
  void eachCellIsTheWorstVerdictOfTheRulesScenarios() throws IOException {
    Path strict =
        report(
            "strict",
            "RFC9112-5.1-whitespace-before-colon",
            "MUST",
            "PASS",
            "RFC9112-5.1-whitespace-before-colon",
            "MUST",
            "PASS",
            "RFC9112-3.2-Host-missing-HTTP11",
            "MUST",
            "PASS");
    Path lenient =
        report(
            "lenient",
            "RFC9112-5.1-whitespace-before-colon",
            "MUST",
            "PASS",
            "RFC9112-5.1-whitespace-before-colon",
            "MUST",
            "FAIL",
            "RFC9112-3.2-Host-missing-HTTP11",
            "MUST",
            "WARN");
    Path out = tmp.resolve("MATRIX.md");
    CliTest.Run run =
        CliTest.cli("matrix", "--out", out.toString(), "strict=" + strict, "lenient=" + lenient);
    assertThat(run.code()).as(run.err()).isZero();
    String md = Files.readString(out);
    assertThat(md)
        .contains("| strict | 3 | 0 | 0 | 0 | 0 | 0 |")
        .contains("| lenient | 1 | 1 | 1 | 0 | 0 | 1 |")
        .contains(
            "RFC9112-5.1-whitespace-before-colon`](https://www.rfc-editor.org/rfc/rfc9112.html#section-5.1) | MUST | PASS | FAIL 1/2 |")
        .contains(
            "RFC9112-3.2-Host-missing-HTTP11`](https://www.rfc-editor.org/rfc/rfc9112.html#section-3.2) | MUST | PASS | WARN 1/1 |");
    // Rows follow the RFC's order: section 3.2 before 5.1.
    assertThat(md.indexOf("Host-missing")).isLessThan(md.indexOf("whitespace-before-colon`]"));
  }

  @Test
  void aVersionTwoReportFromARunReadsBesideAVersionOneReport() throws IOException {
    // given a report.json written by a run today (h1proof-report/2) and a version 1 file
    Path reports = tmp.resolve("run");
    CliTest.Run run =
        CliTest.cli(
            "run",
            "--rule",
            "RFC9112-5.1-whitespace-before-colon",
            "--report-dir",
            reports.toString());
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    Path v1 = report("old", "RFC9112-5.1-whitespace-before-colon", "MUST", "FAIL");

    // when
    CliTest.Run matrix =
        CliTest.cli("matrix", "now=" + reports.resolve("report.json"), "old=" + v1);

    // then both columns are read
    assertThat(Files.readString(reports.resolve("report.json")))
        .contains("\"schema\" : \"h1proof-report/2\"");
    assertThat(matrix.code()).as(matrix.err()).isZero();
    assertThat(matrix.out()).contains("whitespace-before-colon").contains("| MUST | PASS | FAIL");
  }

  @Test
  void aFileThatIsNotAReportIsAUsageError() throws IOException {
    Path junk = Files.writeString(tmp.resolve("junk.json"), "{\"hello\":1}");
    assertThat(CliTest.cli("matrix", "x=" + junk).code()).isEqualTo(ExitCodes.USAGE);
    assertThat(CliTest.cli("matrix", "no-equals-sign").code()).isEqualTo(ExitCodes.USAGE);
  }
}
