package dev.h1proof.runner;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.h1proof.rulebook.RuleIds;
import dev.h1proof.rulebook.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code h1proof matrix}: several targets' report.json files side by side, one row per rule. */
@Command(
    name = "matrix",
    mixinStandardHelpOptions = true,
    description =
        "Renders the compliance matrix of several targets as Markdown: one row per rule, one"
            + " column per target, each cell the worst verdict among the rule's scenarios. --svg"
            + " draws the same as a heat grid; --chart draws the parsers' speed against their"
            + " strictness.",
    header = "Puts several runs' report.json side by side, one row per rule (Markdown or SVG).")
public final class MatrixCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "NAME=REPORT",
      description = "A column: its name and the report.json of a run, e.g. nginx=out/report.json.")
  List<String> columns = new ArrayList<>();

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the Markdown or SVG here instead of standard output.")
  Path out;

  @Option(
      names = "--svg",
      description =
          "Draw the matrix as an SVG heat grid instead: one row per rule, one column per target,"
              + " each cell coloured by its worst verdict (its counts as a tooltip).")
  boolean svg;

  @Option(
      names = "--chart",
      paramLabel = "PARSERS.json",
      description = {
        "Draw the parsers' speed against their strictness as SVG instead, one point per parser,"
            + " from a JSON array (or an object whose \"parsers\" is one) of",
        "{\"name\": \"h1proof\", \"rulesEnforced\": 131, \"nsPerRequest\": 412.5}:"
            + " rules the parser enforces on the rulebook, and ns per request on the same inputs."
      })
  Path chart;

  /** Worst first: the cell shows the worst verdict of a rule's scenarios. */
  private static final List<Verdict> SEVERITY =
      List.of(Verdict.FAIL, Verdict.INCONCLUSIVE, Verdict.WARN, Verdict.SKIP, Verdict.PASS);

  /** One target's results: rule id to verdict counts, plus level and title per rule. */
  record Column(String name, String tool, Map<String, Map<Verdict, Integer>> rules) {}

  @Override
  public Integer call() {
    ObjectMapper json = new ObjectMapper();
    if (chart != null) {
      if (!columns.isEmpty() || svg) {
        throw new CliException(
            ExitCodes.USAGE, "--chart draws from its file alone: give no NAME=REPORT and no --svg");
      }
      return write(MatrixSvg.speedChart(readParsers(json, chart)));
    }
    if (columns.isEmpty()) {
      throw new CliException(
          ExitCodes.USAGE, "give at least one NAME=REPORT column, e.g. nginx=out/report.json");
    }
    List<Column> table = new ArrayList<>();
    Map<String, String> levels = new TreeMap<>();
    for (String column : columns) {
      int eq = column.indexOf('=');
      if (eq <= 0) {
        throw new CliException(
            ExitCodes.USAGE,
            "a column is NAME=REPORT, e.g. nginx=out/report.json, not '" + column + "'");
      }
      Path file = Path.of(column.substring(eq + 1));
      JsonNode root = readReport(json, file);
      Map<String, Map<Verdict, Integer>> rules = new LinkedHashMap<>();
      for (JsonNode r : root.path("results")) {
        String id = r.path("id").asText();
        levels.putIfAbsent(id, r.path("level").asText());
        rules
            .computeIfAbsent(id, k -> new EnumMap<>(Verdict.class))
            .merge(verdict(file, r.path("verdict").asText()), 1, Integer::sum);
      }
      table.add(new Column(column.substring(0, eq), root.path("tool").asText(), rules));
    }
    if (svg) {
      return write(MatrixSvg.heatGrid(table, ruleOrder(levels), levels));
    }
    return write(render(table, levels));
  }

  private int write(String text) {
    if (out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      try {
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CliException(
            ExitCodes.REPORT_NOT_WRITTEN,
            "cannot write " + out + " (" + UserErrors.io(e) + "): give --out a file you can write");
      }
    }
    return ExitCodes.OK;
  }

  /** The report.json at {@code file}, or a one-line usage error saying what is wrong with it. */
  static JsonNode readReport(ObjectMapper json, Path file) {
    String give = "; give the report.json that h1proof run wrote";
    if (Files.isDirectory(file)) {
      throw new CliException(ExitCodes.USAGE, file + " is a folder" + give);
    }
    JsonNode root = readJson(json, file, give);
    if (root == null
        || !root.path("schema").asText().startsWith("h1proof-report/")
        || !root.path("results").isArray()) {
      throw new CliException(ExitCodes.USAGE, file + " is not an h1proof report.json" + give);
    }
    return root;
  }

  private static Verdict verdict(Path file, String text) {
    for (Verdict v : Verdict.values()) {
      if (v.name().equals(text)) {
        return v;
      }
    }
    throw new CliException(
        ExitCodes.USAGE,
        file
            + " holds an unknown verdict '"
            + text
            + "'; give the report.json that h1proof run wrote");
  }

  static String render(List<Column> table, Map<String, String> levels) {
    StringBuilder sb = new StringBuilder();
    sb.append("# HTTP/1.1 compliance matrix\n\n");
    sb.append(
            "Each cell is the worst verdict among the rule's scenarios, with the number of scenarios ")
        .append(
            "that were not PASS. PASS: preferred behaviour; WARN: permitted, not preferred; FAIL: ")
        .append("not permitted; INCONCLUSIVE: no answer within the timeout; SKIP: not run.\n\n");
    sb.append("| target | PASS | WARN | FAIL | INCONCLUSIVE | SKIP | MUST rules failed |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Column c : table) {
      Map<Verdict, Integer> totals = new EnumMap<>(Verdict.class);
      int mustFailed = 0;
      for (Map.Entry<String, Map<Verdict, Integer>> rule : c.rules().entrySet()) {
        rule.getValue().forEach((v, n) -> totals.merge(v, n, Integer::sum));
        if (rule.getValue().containsKey(Verdict.FAIL) && "MUST".equals(levels.get(rule.getKey()))) {
          mustFailed++;
        }
      }
      sb.append("| ").append(c.name());
      for (Verdict v :
          List.of(Verdict.PASS, Verdict.WARN, Verdict.FAIL, Verdict.INCONCLUSIVE, Verdict.SKIP)) {
        sb.append(" | ").append(totals.getOrDefault(v, 0));
      }
      sb.append(" | ").append(mustFailed).append(" |\n");
    }
    sb.append("\n| rule | level |");
    table.forEach(c -> sb.append(' ').append(c.name()).append(" |"));
    sb.append("\n|---|---|");
    table.forEach(c -> sb.append("---|"));
    sb.append('\n');
    for (String id : ruleOrder(levels)) {
      sb.append("| [`").append(id).append("`](").append(RuleIds.link(id)).append(") | ");
      sb.append(levels.get(id)).append(" |");
      for (Column c : table) {
        sb.append(' ').append(cell(c.rules().get(id))).append(" |");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String cell(Map<Verdict, Integer> counts) {
    Verdict v = worst(counts);
    if (v == null) {
      return "–";
    }
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    int notPass = total - counts.getOrDefault(Verdict.PASS, 0);
    return v == Verdict.PASS ? "PASS" : v + " " + notPass + "/" + total;
  }

  /** The worst verdict among a rule's scenarios on one target; null when it did not run there. */
  static Verdict worst(Map<Verdict, Integer> counts) {
    if (counts != null) {
      for (Verdict v : SEVERITY) {
        if (counts.containsKey(v)) {
          return v;
        }
      }
    }
    return null;
  }

  /** The rule ids in RFC order. */
  private static List<String> ruleOrder(Map<String, String> levels) {
    List<String> ids = new ArrayList<>(levels.keySet());
    ids.sort(Comparator.comparing(MatrixCommand::sortKey));
    return ids;
  }

  /**
   * The speed-against-strictness chart of a parsers JSON file, as {@code matrix --chart} draws it:
   * for report generators that publish it beside their tables.
   *
   * @throws CliException with a one-line message when the file is not such a JSON
   */
  public static String speedChart(Path parsersJson) {
    return MatrixSvg.speedChart(readParsers(new ObjectMapper(), parsersJson));
  }

  /**
   * The JSON at {@code file}, or a one-line usage error saying what is wrong, ending with {@code
   * hint} (what to give instead).
   */
  private static JsonNode readJson(ObjectMapper json, Path file, String hint) {
    if (!Files.isRegularFile(file)) {
      throw new CliException(ExitCodes.USAGE, file + ": no such file" + hint);
    }
    try {
      return json.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new CliException(
          ExitCodes.USAGE,
          file
              + " is not valid JSON"
              + (at == null
                  ? ""
                  : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
              + hint);
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.USAGE, "cannot read " + file + " (" + UserErrors.io(e) + ")" + hint);
    }
  }

  /** The parsers of {@code --chart}, or a one-line usage error saying what is wrong. */
  static List<MatrixSvg.Parser> readParsers(ObjectMapper json, Path file) {
    String format =
        "; give a JSON array of {\"name\", \"rulesEnforced\", \"nsPerRequest\"} (see 'h1proof"
            + " matrix --help')";
    JsonNode root = readJson(json, file, format);
    JsonNode list = root != null && root.isObject() ? root.path("parsers") : root;
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new CliException(ExitCodes.USAGE, file + " holds no parser" + format);
    }
    List<MatrixSvg.Parser> parsers = new ArrayList<>();
    for (JsonNode p : list) {
      JsonNode name = p.path("name");
      JsonNode rules = p.path("rulesEnforced");
      JsonNode ns = p.path("nsPerRequest");
      if (!name.isTextual()
          || !rules.canConvertToInt()
          || !rules.isIntegralNumber()
          || rules.asInt() < 0
          || !ns.isNumber()
          || ns.asDouble() <= 0) {
        throw new CliException(
            ExitCodes.USAGE,
            file
                + ": parser "
                + (parsers.size() + 1)
                + " needs a name, a whole rulesEnforced of 0 or more and an nsPerRequest above 0"
                + format);
      }
      parsers.add(new MatrixSvg.Parser(name.asText(), rules.asInt(), ns.asDouble()));
    }
    return parsers;
  }

  /** RFC, then section numerically, then name. */
  private static String sortKey(String id) {
    StringBuilder key = new StringBuilder().append(RuleIds.rfc(id)).append('-');
    for (String part : RuleIds.section(id).split("\\.")) {
      key.append(String.format("%04d.", part.isEmpty() ? 0 : Integer.parseInt(part)));
    }
    return key.append(id).toString();
  }
}
