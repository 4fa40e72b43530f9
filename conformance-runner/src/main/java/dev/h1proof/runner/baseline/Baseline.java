package dev.h1proof.runner.baseline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.h1proof.rulebook.RuleIds;
import dev.h1proof.rulebook.Verdict;
import dev.h1proof.runner.result.AtomicFile;
import dev.h1proof.runner.result.RunReport;
import dev.h1proof.runner.result.ScenarioResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The known failures a CI gate accepts, keyed by rule id (schema {@value #SCHEMA}):
 *
 * <pre>{@code
 * {"schema": "h1proof-baseline/1",
 *  "rules": {"RFC9112-5.1-whitespace-before-colon": {"expected": "FAIL", "reason": "…"}}}
 * }</pre>
 *
 * <p>A FAIL of a rule listed as {@code "expected": "FAIL"} is baselined and does not break the
 * gate; every other FAIL does, so the baseline never hides a new failure. A rule listed as {@code
 * WARN} documents a known permitted deviation and covers no FAIL. A listed rule that no longer
 * fails is an <em>unexpected pass</em>, so baselines shrink as servers improve. An entry may carry
 * an {@code "issue"} (a tracker link).
 *
 * @param rules the entries by rule id, sorted
 */
public record Baseline(Map<String, Entry> rules) {
  /** The schema id. */
  public static final String SCHEMA = "h1proof-baseline/1";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(SerializationFeature.INDENT_OUTPUT);
  private static final Set<String> ENTRY_KEYS = Set.of("expected", "reason", "issue");

  /** Creates a baseline; the entries are copied and sorted by rule id. */
  public Baseline {
    rules = Collections.unmodifiableSortedMap(new TreeMap<>(rules));
  }

  /**
   * One accepted rule.
   *
   * @param expected FAIL or WARN
   * @param reason why it is accepted; never blank
   * @param issue a tracker link, or null
   */
  public record Entry(Verdict expected, String reason, String issue) {
    /** Checks the entry. */
    public Entry {
      if (expected != Verdict.FAIL && expected != Verdict.WARN) {
        throw new IllegalArgumentException("expected must be FAIL or WARN, not " + expected);
      }
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a reason is required");
      }
    }
  }

  /**
   * The results with the baseline applied, and the listed rules that no longer fail.
   *
   * @param results every result, FAILs covered by the baseline marked baselined
   * @param unexpectedPasses listed rules that ran and did not fail as listed, in rule-id order
   */
  public record Applied(List<ScenarioResult> results, List<String> unexpectedPasses) {}

  /** Reads and checks a baseline file. */
  public static Baseline read(Path file) {
    String text = StrictJson.read(file, "baseline");
    return parse(text, file.toString());
  }

  /**
   * Parses a baseline from JSON text.
   *
   * @param source the file's name, for messages
   */
  public static Baseline parse(String text, String source) {
    JsonNode root = StrictJson.object(MAPPER, text, "baseline", source);
    JsonNode schema = root.get("schema");
    if (schema == null || !SCHEMA.equals(schema.asText())) {
      throw invalid(
          source,
          "unknown schema "
              + (schema == null ? "(none)" : schema.toString())
              + "; expected \""
              + SCHEMA
              + "\"");
    }
    JsonNode rules = root.get("rules");
    if (rules == null || !rules.isObject()) {
      throw invalid(source, "\"rules\" must be an object keyed by rule id");
    }
    return new Baseline(entries(rules, source));
  }

  private static Map<String, Entry> entries(JsonNode rules, String source) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    List<String> malformed = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : rules.properties()) {
      String ruleId = field.getKey();
      if (!RuleIds.isRuleId(ruleId)) {
        malformed.add(ruleId);
        continue;
      }
      entries.put(ruleId, entry(ruleId, field.getValue(), source));
    }
    if (!malformed.isEmpty()) {
      throw invalid(
          source, "not a rule id (RFC<number>-<section>-<name>): " + String.join(", ", malformed));
    }
    return entries;
  }

  private static Entry entry(String ruleId, JsonNode node, String source) {
    if (!node.isObject()) {
      throw invalid(source, ruleId + ": must be an object with \"expected\" and \"reason\"");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!ENTRY_KEYS.contains(name)) {
        throw invalid(source, ruleId + ": unknown key \"" + name + "\"; allowed: " + ENTRY_KEYS);
      }
    }
    String expected = text(node, "expected");
    if (!"FAIL".equals(expected) && !"WARN".equals(expected)) {
      throw invalid(source, ruleId + ": \"expected\" must be \"FAIL\" or \"WARN\"");
    }
    String reason = text(node, "reason");
    if (reason == null || reason.isBlank()) {
      throw invalid(source, ruleId + ": a \"reason\" is required");
    }
    return new Entry(Verdict.valueOf(expected), reason, text(node, "issue"));
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || !value.isTextual() ? null : value.asText();
  }

  private static BaselineException invalid(String source, String problem) {
    return new BaselineException("baseline " + source + ": " + problem);
  }

  /**
   * Marks every FAIL of a rule listed as {@code FAIL} as baselined (and every other result as not),
   * and finds the unexpected passes: listed rules that ran here (at least one PASS or WARN) and did
   * not fail as listed (no FAIL for an expected FAIL; no FAIL and no WARN for an expected WARN).
   */
  public Applied apply(List<ScenarioResult> results) {
    List<ScenarioResult> marked = new ArrayList<>(results.size());
    Map<String, Set<Verdict>> seen = new TreeMap<>();
    for (ScenarioResult r : results) {
      String ruleId = r.scenario().ruleId();
      Entry entry = rules.get(ruleId);
      boolean covered =
          entry != null && entry.expected() == Verdict.FAIL && r.verdict() == Verdict.FAIL;
      marked.add(r.baselined() == covered ? r : r.withBaselined(covered));
      seen.computeIfAbsent(ruleId, k -> new LinkedHashSet<>()).add(r.verdict());
    }
    List<String> unexpected = new ArrayList<>();
    seen.forEach(
        (ruleId, verdicts) -> {
          Entry entry = rules.get(ruleId);
          if (entry != null && passesNow(entry, verdicts)) {
            unexpected.add(ruleId);
          }
        });
    return new Applied(List.copyOf(marked), List.copyOf(unexpected));
  }

  private static boolean passesNow(Entry entry, Set<Verdict> verdicts) {
    boolean ran = verdicts.contains(Verdict.PASS) || verdicts.contains(Verdict.WARN);
    boolean stillDeviates =
        verdicts.contains(Verdict.FAIL)
            || (entry.expected() == Verdict.WARN && verdicts.contains(Verdict.WARN));
    return ran && !stillDeviates;
  }

  /** The report with the baseline applied: baselined FAILs marked, unexpected passes filled in. */
  public RunReport apply(RunReport report) {
    Applied applied = apply(report.results());
    return new RunReport(
        report.tool(),
        report.target(),
        report.started(),
        report.durationMillis(),
        report.failOn(),
        applied.results(),
        applied.unexpectedPasses(),
        report.notUsable());
  }

  /** Listed rule ids that are not among {@code knownRuleIds} (the rulebook's), for a warning. */
  public List<String> unknownRules(Collection<String> knownRuleIds) {
    Set<String> known = Set.copyOf(knownRuleIds);
    return rules.keySet().stream().filter(id -> !known.contains(id)).toList();
  }

  /** A baseline listing every rule with a FAIL in {@code results}, each with {@code reason}. */
  public static Baseline fromRun(List<ScenarioResult> results, String reason) {
    Map<String, Entry> entries = new TreeMap<>();
    for (ScenarioResult r : results) {
      if (r.verdict() == Verdict.FAIL) {
        entries.putIfAbsent(r.scenario().ruleId(), new Entry(Verdict.FAIL, reason, null));
      }
    }
    return new Baseline(entries);
  }

  /** The reason {@code --write-baseline} records: "recorded by h1proof on 2026-11-22". */
  public static String recordedReason(LocalDate date) {
    return "recorded by h1proof on " + date;
  }

  /** The baseline as JSON text, rules sorted by id so diffs stay small. */
  public String toJson() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    ObjectNode rulesNode = root.putObject("rules");
    rules.forEach(
        (ruleId, entry) -> {
          ObjectNode node = rulesNode.putObject(ruleId);
          node.put("expected", entry.expected().name());
          node.put("reason", entry.reason());
          if (entry.issue() != null) {
            node.put("issue", entry.issue());
          }
        });
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** Writes the baseline to {@code file} atomically, creating its folder when needed. */
  public void write(Path file) throws IOException {
    byte[] json = toJson().getBytes(StandardCharsets.UTF_8);
    AtomicFile.write(file, out -> out.write(json));
  }
}
