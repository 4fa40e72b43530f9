package dev.h1proof.strictness;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Renders {@code reports/parsers.md} from {@code reports/parsers.json}; nothing else goes in. */
public final class ParsersMarkdown {
  private ParsersMarkdown() {}

  /** The chart file beside the Markdown: speed against strictness, one point per parser. */
  public static final String CHART = "parsers-chart.svg";

  /** The Markdown for a parsers report. */
  public static String render(JsonNode report) {
    StringBuilder md = new StringBuilder();
    JsonNode bench = report.path("benchmark");
    md.append("# Parser strictness and speed\n\n");
    md.append(
        "The h1proof rulebook run in-process against five JVM HTTP/1.1 request parsers in their"
            + " strictest configuration by the parser test kit (`parser-testkit`): every applicable"
            + " scenario fed whole, byte by byte and split at every offset. Generated from"
            + " `parsers.json` by `mvn -B -pl parser-strictness -am process-classes -Pparsers-report`"
            + " (which runs the kit and writes both); do not edit by hand. Which scenarios"
            + " apply to a parser, and how its answers are judged, is in"
            + " [parser-testkit/README.md](../parser-testkit/README.md).\n\n");
    md.append("Speed: JMH, input `")
        .append(bench.path("input").asText())
        .append("`, JDK ")
        .append(bench.path("jdk").asText())
        .append(", from `")
        .append(bench.path("source").asText())
        .append("`.\n\n");
    md.append("![Speed against strictness: rules enforced against ns per request, one point per")
        .append(" parser; up is stricter, left is faster](")
        .append(CHART)
        .append(")\n\n");
    md.append(
        "| parser | version | rules enforced | not enforced | n/a | ns per request | × h1proof |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|\n");
    List<String> names = new ArrayList<>();
    for (JsonNode p : report.path("parsers")) {
      names.add(p.path("name").asText());
      md.append("| ")
          .append(p.path("name").asText())
          .append(" | ")
          .append(p.path("version").asText())
          .append(" | ")
          .append(p.path("rulesEnforced").asInt())
          .append(" | ")
          .append(p.path("rulesNotEnforced").asInt())
          .append(" | ")
          .append(p.path("rulesNotApplicable").asInt())
          .append(" | ")
          .append(p.path("nsPerRequest").isNull() ? "–" : p.path("nsPerRequest").asText())
          .append(" | ")
          .append(
              p.path("timesH1proof").isNull()
                  ? "–"
                  : String.format(java.util.Locale.ROOT, "%.2f", p.path("timesH1proof").asDouble()))
          .append(" |\n");
    }
    md.append("\n## By rule\n\n");
    md.append("| rule | level | ").append(String.join(" | ", names)).append(" |\n");
    md.append("|---|---|").append("---|".repeat(names.size())).append("\n");
    for (JsonNode rule : report.path("rules")) {
      md.append("| `").append(rule.path("id").asText()).append("` | ");
      md.append(rule.path("level").asText()).append(" |");
      for (String name : names) {
        String word = rule.path("results").path(name).asText();
        md.append(' ').append(word.equals("not enforced") ? "**not enforced**" : word).append(" |");
      }
      md.append('\n');
    }
    md.append("\n## Why each rule is not enforced\n\n");
    for (JsonNode rule : report.path("rules")) {
      JsonNode details = rule.path("details");
      for (String name : names) {
        if (details.has(name)) {
          md.append("- `")
              .append(rule.path("id").asText())
              .append("`, ")
              .append(name)
              .append(": ")
              .append(details.path(name).asText().replace("|", "\\|").replace("\n", " "))
              .append('\n');
        }
      }
    }
    return md.toString();
  }
}
