package dev.h1proof.strictness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.h1proof.runner.MatrixCommand;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * reports/parsers.md against reports/parsers.json, and the JSON against itself and the benchmark.
 */
class ParsersReportTest {
  private static final List<String> FIVE =
      List.of("h1proof", "netty", "jetty", "undertow", "tomcat");

  private final JsonNode json = Published.json();

  @Test
  void theMarkdownIsTheRenderingOfTheJson() throws Exception {
    String md = Files.readString(Published.REPORTS.resolve("parsers.md"), StandardCharsets.UTF_8);
    assertThat(md)
        .as(
            "reports/parsers.md is stale: mvn -B -pl parser-strictness -am process-classes -Pparsers-report")
        .isEqualTo(ParsersMarkdown.render(json));
  }

  @Test
  void theChartIsDrawnFromTheJson() throws Exception {
    Path chart = Published.REPORTS.resolve(ParsersMarkdown.CHART);
    String svg = Files.readString(chart, StandardCharsets.UTF_8);
    assertThat(svg)
        .as(
            "reports/parsers-chart.svg is stale: mvn -B -pl parser-strictness -am process-classes -Pparsers-report")
        .isEqualTo(MatrixCommand.speedChart(Published.REPORTS.resolve("parsers.json")));
    for (String name : FIVE) {
      assertThat(svg).as("a point for %s", name).contains(">" + name + "<");
    }
    assertThat(Files.readString(Published.REPORTS.resolve("parsers.md"), StandardCharsets.UTF_8))
        .contains("](" + ParsersMarkdown.CHART + ")");
  }

  @Test
  void theMarkdownNumbersAreTheJsonNumbers() throws Exception {
    String md = Files.readString(Published.REPORTS.resolve("parsers.md"), StandardCharsets.UTF_8);
    Pattern row =
        Pattern.compile(
            "^\\| (\\w+) \\| (\\S+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+\\.\\d\\d) \\|$",
            Pattern.MULTILINE);
    Matcher m = row.matcher(md);
    Map<String, String[]> rows = new HashMap<>();
    while (m.find()) {
      rows.put(
          m.group(1),
          new String[] {m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7)});
    }
    assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(FIVE);
    for (JsonNode p : json.path("parsers")) {
      String[] r = rows.get(p.path("name").asText());
      assertThat(r[0]).isEqualTo(p.path("version").asText());
      assertThat(Integer.parseInt(r[1])).isEqualTo(p.path("rulesEnforced").asInt());
      assertThat(Integer.parseInt(r[2])).isEqualTo(p.path("rulesNotEnforced").asInt());
      assertThat(Integer.parseInt(r[3])).isEqualTo(p.path("rulesNotApplicable").asInt());
      assertThat(Long.parseLong(r[4])).isEqualTo(p.path("nsPerRequest").asLong());
      assertThat(Double.parseDouble(r[5])).isEqualTo(p.path("timesH1proof").asDouble());
    }
    // one row per rule, one column per parser, each cell the JSON's word
    int ruleRows = 0;
    for (JsonNode rule : json.path("rules")) {
      List<String> cells = new ArrayList<>();
      for (String name : FIVE) {
        String word = rule.path("results").path(name).asText();
        cells.add(word.equals("not enforced") ? "**not enforced**" : word);
      }
      String line =
          "| `"
              + rule.path("id").asText()
              + "` | "
              + rule.path("level").asText()
              + " | "
              + String.join(" | ", cells)
              + " |";
      assertThat(md).contains(line + "\n");
      ruleRows++;
    }
    assertThat(ruleRows).isGreaterThan(100);
  }

  @Test
  void theCountsAreTheRuleCells() {
    for (JsonNode p : json.path("parsers")) {
      String name = p.path("name").asText();
      Map<String, Integer> counts = new HashMap<>();
      for (JsonNode rule : json.path("rules")) {
        counts.merge(rule.path("results").path(name).asText(), 1, Integer::sum);
        if (rule.path("results").path(name).asText().equals("not enforced")) {
          assertThat(rule.path("details").path(name).asText()).as(name).isNotBlank();
        }
      }
      assertThat(counts.getOrDefault("enforced", 0))
          .as(name)
          .isEqualTo(p.path("rulesEnforced").asInt());
      assertThat(counts.getOrDefault("not enforced", 0))
          .as(name)
          .isEqualTo(p.path("rulesNotEnforced").asInt());
      assertThat(counts.getOrDefault("n/a", 0))
          .as(name)
          .isEqualTo(p.path("rulesNotApplicable").asInt());
    }
  }

  @Test
  void theSpeedIsTheNamedBenchmarkRun() throws Exception {
    JsonNode bench = json.path("benchmark");
    Path source =
        Published.REPORTS
            .resolveSibling("benchmarks")
            .resolve("results")
            .resolve(Path.of(bench.path("source").asText()).getFileName());
    JsonNode jmh = new ObjectMapper().readTree(source.toFile());
    Map<String, Double> score = new HashMap<>();
    for (JsonNode b : jmh) {
      if (b.path("params").path("input").asText().equals(bench.path("input").asText())) {
        String name = b.path("benchmark").asText();
        score.put(
            name.substring(name.lastIndexOf('.') + 1),
            b.path("primaryMetric").path("score").asDouble());
      }
    }
    assertThat(bench.path("jdk").asText()).isEqualTo(jmh.get(0).path("jdkVersion").asText());
    double reference = score.get("h1proof");
    for (JsonNode p : json.path("parsers")) {
      double ns = score.get(p.path("name").asText());
      assertThat(p.path("nsPerRequest").asLong()).isEqualTo(Math.round(ns));
      assertThat(p.path("timesH1proof").asDouble())
          .isEqualTo(Math.round(ns / reference * 100) / 100.0);
    }
    assertThat(json.path("parsers")).hasSize(5);
  }
}
