package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Rulebook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --shard, --format jsonl and --version, end to end through the CLI. */
class FleetTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void threeShardsRunEveryScenarioExactlyOnce() throws Exception {
    List<String> all = Rulebook.bundled().scenarios().stream().map(RuleScenario::key).toList();
    List<String> seen = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      CliTest.Run run =
          CliTest.cli(
              "run",
              "--shard",
              i + "/3",
              "--format",
              "jsonl",
              "--report-dir",
              tmp.resolve("r" + i).toString());
      assertThat(run.code()).as(run.err()).isZero();
      List<String> keys = new ArrayList<>();
      for (String line : run.out().strip().split("\n")) {
        JsonNode result = JSON.readTree(line); // stdout holds only the stream
        keys.add(result.path("key").asText());
      }
      // a slice is positions i-1, i-1+3, ... of the rulebook order
      List<String> expected = new ArrayList<>();
      for (int p = i - 1; p < all.size(); p += 3) {
        expected.add(all.get(p));
      }
      assertThat(keys).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(run.err()).contains("passed,"); // the console moved to stderr
      seen.addAll(keys);
    }
    assertThat(seen).hasSameSizeAs(all).containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  void badShardsAreUsageErrorsOnOneLine() {
    for (String bad : List.of("0/3", "4/3", "1/0", "x", "1/", "-1/2", "2/3/4", "1.5/3")) {
      CliTest.Run run = CliTest.cli("run", "--shard", bad, "--report-dir", tmp.toString());
      assertThat(run.code()).as(bad).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err().strip()).as(bad).doesNotContain("\n").contains("--shard");
      assertThat(run.err()).doesNotContain("Exception");
    }
    CliTest.Run tooMany =
        CliTest.cli(
            "run",
            "--rule",
            "RFC9112-2.1-baseline-valid-requests",
            "--shard",
            "1/999",
            "--report-dir",
            tmp.toString());
    assertThat(tooMany.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(tooMany.err().strip()).doesNotContain("\n").contains("at most");
  }

  @Test
  void shardSlicesAreDeterministic() {
    List<Integer> items = List.of(0, 1, 2, 3, 4, 5, 6);
    assertThat(Shard.parse("1/3").slice(items)).containsExactly(0, 3, 6);
    assertThat(Shard.parse("2/3").slice(items)).containsExactly(1, 4);
    assertThat(Shard.parse(" 3/3 ").slice(items)).containsExactly(2, 5);
    assertThat(Shard.parse("1/1").slice(items)).isEqualTo(items);
  }

  @Test
  void jsonlToAFileAndOnlyTheChosenReports() throws Exception {
    Path lines = tmp.resolve("out/results.jsonl");
    Path reports = tmp.resolve("reports");
    CliTest.Run run =
        CliTest.cli(
            "run",
            "--section",
            "5.1",
            "--format",
            "jsonl,sarif",
            "--format",
            "json",
            "--jsonl-output",
            lines.toString(),
            "--report-dir",
            reports.toString());
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("passed,"); // stdout keeps the console
    List<String> written = Files.readAllLines(lines);
    JsonNode report = JSON.readTree(reports.resolve("report.json").toFile());
    assertThat(written).hasSize(report.path("results").size()).isNotEmpty();
    for (String line : written) {
      assertThat(JSON.readTree(line).path("verdict").asText()).isIn("PASS", "WARN");
    }
    assertThat(reports.resolve("report.sarif")).exists();
    assertThat(reports.resolve("report.html")).doesNotExist();
    assertThat(reports.resolve("junit.xml")).doesNotExist();
  }

  @Test
  void badFormatsAreUsageErrors() {
    CliTest.Run run = CliTest.cli("run", "--format", "yaml", "--report-dir", tmp.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip()).doesNotContain("\n").contains("--format").contains("yaml");
    CliTest.Run orphan =
        CliTest.cli("run", "--jsonl-output", "x.jsonl", "--report-dir", tmp.toString());
    assertThat(orphan.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(orphan.err()).contains("--jsonl-output needs --format jsonl");
  }

  @Test
  void versionSaysVersionCommitRulebookJdkAndSimdPath() throws Exception {
    CliTest.Run run = CliTest.cli("--version");
    assertThat(run.code()).isZero();
    String[] lines = run.out().strip().split("\n");
    assertThat(lines).hasSize(5);
    assertThat(lines[0]).matches("h1proof \\S+");
    assertThat(lines[1]).matches("commit: ([0-9a-f]{40}|unknown)");
    Path features = Path.of(System.getProperty("h1proof.features", "../features"));
    assertThat(lines[2]).isEqualTo("rulebook: sha256:" + BuildInfo.digest(features));
    assertThat(lines[3]).startsWith("jdk: " + Runtime.version());
    assertThat(lines[4]).matches("simd: (vector512|vector256|swar|scalar)");
  }
}
