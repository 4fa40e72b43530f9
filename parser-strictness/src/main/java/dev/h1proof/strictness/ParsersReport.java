package dev.h1proof.strictness;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.h1proof.rulebook.Rulebook;
import dev.h1proof.runner.BuildInfo;
import dev.h1proof.runner.MatrixCommand;
import dev.h1proof.testkit.H1proofParser;
import dev.h1proof.testkit.ParserKit;
import dev.h1proof.testkit.ParserUnderTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code reports/parsers.json} (the kit on five parsers, with each parser's JMH time per
 * request on a named input) and renders {@code reports/parsers.md} from it.
 *
 * <p>Usage: {@code ParsersReport REPORTS_DIR BENCHMARK_JSON INPUT} to run the kit and write both,
 * or {@code ParsersReport --markdown REPORTS_DIR} to render the Markdown from the JSON alone.
 */
public final class ParsersReport {
  /** The JSON's schema id. */
  public static final String SCHEMA = "h1proof-parsers/1";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ParsersReport() {}

  /** The five adapters, h1proof first. */
  public static List<ParserUnderTest> parsers() {
    return List.of(
        new H1proofParser(),
        new NettyParser(),
        new JettyParser(),
        new UndertowParser(),
        new TomcatParser());
  }

  /** Entry point; see the class comment. */
  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("--markdown")) {
      Path dir = Path.of(args[1]);
      Files.writeString(
          dir.resolve("parsers.md"),
          ParsersMarkdown.render(JSON.readTree(dir.resolve("parsers.json").toFile())),
          StandardCharsets.UTF_8);
      writeChart(dir);
      return;
    }
    if (args.length != 3) {
      System.err.println(
          "usage: ParsersReport REPORTS_DIR BENCHMARK_JSON INPUT | --markdown REPORTS_DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    Path benchmark = Path.of(args[1]);
    ObjectNode report = build(Rulebook.bundled(), benchmark, args[2]);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("parsers.json"), toText(report), StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("parsers.md"), ParsersMarkdown.render(report), StandardCharsets.UTF_8);
    writeChart(dir);
  }

  /** {@code parsers-chart.svg}: speed against strictness, drawn from {@code parsers.json}. */
  static void writeChart(Path dir) throws IOException {
    Files.writeString(
        dir.resolve(ParsersMarkdown.CHART),
        MatrixCommand.speedChart(dir.resolve("parsers.json")),
        StandardCharsets.UTF_8);
  }

  /** The JSON as committed: two-space indent, a final newline. */
  public static String toText(JsonNode report) throws IOException {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    return JSON.writer(printer).writeValueAsString(report) + "\n";
  }

  /** Per parser, the findings of the kit, by rule id. */
  public static Map<String, Map<String, ParserKit.RuleFinding>> findings(Rulebook rulebook) {
    Map<String, Map<String, ParserKit.RuleFinding>> all = new LinkedHashMap<>();
    for (ParserUnderTest parser : parsers()) {
      Map<String, ParserKit.RuleFinding> byRule = new TreeMap<>();
      for (ParserKit.RuleFinding f : ParserKit.run(parser, rulebook)) {
        byRule.put(f.ruleId(), f);
      }
      all.put(parser.name(), byRule);
    }
    return all;
  }

  /** The finding's word in the report. */
  public static String word(ParserKit.Enforcement e) {
    return switch (e) {
      case ENFORCED -> "enforced";
      case NOT_ENFORCED -> "not enforced";
      case NOT_APPLICABLE -> "n/a";
    };
  }

  /** Runs the kit and reads the benchmark: the whole report. */
  public static ObjectNode build(Rulebook rulebook, Path benchmark, String input)
      throws IOException {
    Map<String, Map<String, ParserKit.RuleFinding>> findings = findings(rulebook);
    JsonNode jmh = JSON.readTree(benchmark.toFile());
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("rulebookDigest", BuildInfo.rulebookDigest());
    ObjectNode bench = root.putObject("benchmark");
    bench.put("source", "benchmarks/results/" + benchmark.getFileName());
    bench.put("input", input);
    bench.put("jdk", jmh.get(0).path("jdkVersion").asText());
    bench.put("unit", "ns per request (JMH average time of one input, one request)");
    Map<String, Double> ns = new LinkedHashMap<>();
    for (JsonNode b : jmh) {
      String benchmarkName = b.path("benchmark").asText();
      String parser = benchmarkName.substring(benchmarkName.lastIndexOf('.') + 1);
      if (input.equals(b.path("params").path("input").asText())) {
        ns.put(parser, b.path("primaryMetric").path("score").asDouble());
      }
    }
    Double reference = ns.get("h1proof");
    ArrayNode parsers = root.putArray("parsers");
    for (ParserUnderTest parser : parsers()) {
      Map<String, ParserKit.RuleFinding> byRule = findings.get(parser.name());
      ObjectNode p = parsers.addObject();
      p.put("name", parser.name());
      p.put("version", parser.version());
      p.put("rulesEnforced", count(byRule, ParserKit.Enforcement.ENFORCED));
      p.put("rulesNotEnforced", count(byRule, ParserKit.Enforcement.NOT_ENFORCED));
      p.put("rulesNotApplicable", count(byRule, ParserKit.Enforcement.NOT_APPLICABLE));
      Double time = ns.get(parser.name());
      if (time == null) {
        p.putNull("nsPerRequest");
        p.putNull("timesH1proof");
      } else {
        p.put("nsPerRequest", Math.round(time));
        p.put("timesH1proof", Math.round(time / reference * 100) / 100.0);
      }
    }
    ArrayNode rules = root.putArray("rules");
    Map<String, ParserKit.RuleFinding> first = findings.values().iterator().next();
    for (String ruleId : first.keySet()) {
      ObjectNode r = rules.addObject();
      r.put("id", ruleId);
      r.put("level", first.get(ruleId).level().name());
      ObjectNode results = r.putObject("results");
      ObjectNode details = r.putObject("details");
      for (Map.Entry<String, Map<String, ParserKit.RuleFinding>> e : findings.entrySet()) {
        ParserKit.RuleFinding f = e.getValue().get(ruleId);
        results.put(e.getKey(), word(f.enforcement()));
        if (f.enforcement() == ParserKit.Enforcement.NOT_ENFORCED) {
          details.put(e.getKey(), f.detail());
        }
      }
    }
    return root;
  }

  private static int count(Map<String, ParserKit.RuleFinding> byRule, ParserKit.Enforcement e) {
    return (int) byRule.values().stream().filter(f -> f.enforcement() == e).count();
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
