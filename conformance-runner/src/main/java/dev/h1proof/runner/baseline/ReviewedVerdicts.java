package dev.h1proof.runner.baseline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.h1proof.rulebook.RuleIds;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Verdict;
import dev.h1proof.runner.result.AtomicFile;
import dev.h1proof.runner.result.ScenarioResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The reviewed verdicts of one real server (schema {@value #SCHEMA}): every scenario whose verdict
 * is not PASS, with the verdict a reviewer checked against the RFC and a one-line reason.
 *
 * <pre>{@code
 * {"schema": "h1proof-reviewed/1",
 *  "server": "nginx/1.22.1 (Debian package)",
 *  "app": "serves the static file index.html; POST gets nginx's own 405",
 *  "scenarios": [
 *    {"rule": "RFC9112-3.2-Host-invalid-port", "title": "a Host value with a letter as port",
 *     "verdict": "FAIL", "reason": "nginx answers 200; RFC 9112 §3.2 requires 400"},
 *    {"rule": "RFC9112-3.1-method-not-a-token", "title": "a method containing a brace",
 *     "verdict": "FAIL", "varies": ["PASS"],
 *     "reason": "varies between runs: ..."}]}
 * }</pre>
 *
 * <p>A scenario is keyed by its rule id and title, never by its line: lines move when the rulebook
 * is edited, titles are unique. A scenario the file does not list is expected to PASS, so a new
 * scenario that does not pass is a difference too. Comparing a run with the file ({@link #compare})
 * turns every change of verdict into a line to review, which is what keeps the verdicts of real
 * servers reviewed: the file changes in the same commit as the rulebook change that caused it.
 *
 * <p>Some servers answer a scenario differently from run to run (a state one connection leaves
 * behind for another, a worker busy with a slow scenario). Such an entry lists the other verdicts
 * the reviewer saw in {@code "varies"} (PASS among them, when some runs pass), with a reason that
 * explains the variation; a run matches it with any of them, and the matrix can say which cells
 * vary instead of reporting a changed verdict after every run.
 *
 * <p>A draft written from a run ({@link #draft}) gives every new or changed entry the reason
 * {@value #UNREVIEWED}; {@link #requireReviewed} refuses such a file, so nothing unreviewed can be
 * used as the expectation.
 *
 * @param server the server and its version, as the reviewer ran it
 * @param app what the application behind the server does (routing, body handling)
 * @param entries the non-PASS verdicts by key, sorted by rule id and title
 */
public record ReviewedVerdicts(String server, String app, Map<Key, Entry> entries) {
  /** The schema id. */
  public static final String SCHEMA = "h1proof-reviewed/1";

  /** The reason of a drafted entry nobody has reviewed yet. */
  public static final String UNREVIEWED = "UNREVIEWED";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(SerializationFeature.INDENT_OUTPUT);
  private static final Set<String> TOP_KEYS = Set.of("schema", "server", "app", "scenarios");
  private static final Set<String> ENTRY_KEYS =
      Set.of("rule", "title", "verdict", "reason", "varies");

  /** Creates the file's content; the entries are copied and sorted. */
  public ReviewedVerdicts {
    entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
  }

  /**
   * A scenario's stable identity.
   *
   * @param rule the rule id
   * @param title the scenario's title
   */
  public record Key(String rule, String title) implements Comparable<Key> {
    private static final Comparator<Key> ORDER =
        Comparator.comparing(Key::rule).thenComparing(Key::title);

    /** The key of {@code scenario}. */
    public static Key of(RuleScenario scenario) {
      return new Key(scenario.ruleId(), scenario.title());
    }

    @Override
    public int compareTo(Key other) {
      return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
      return rule + " \"" + title + "\"";
    }
  }

  /**
   * One reviewed verdict.
   *
   * @param verdict the verdict expected from the server (never PASS: PASS is implied)
   * @param reason why, in one line
   * @param varies the other verdicts this scenario gets in other runs (PASS allowed), each
   *     reviewed; empty for a scenario that always gets {@code verdict}
   */
  public record Entry(Verdict verdict, String reason, Set<Verdict> varies) {
    /** Checks the entry; {@code varies} is copied, without {@code verdict} itself. */
    public Entry {
      if (verdict == Verdict.PASS) {
        throw new IllegalArgumentException("PASS is implied for unlisted scenarios");
      }
      java.util.EnumSet<Verdict> others = java.util.EnumSet.noneOf(Verdict.class);
      others.addAll(varies);
      others.remove(verdict);
      varies = Collections.unmodifiableSet(others);
    }

    /** An entry for a scenario that always gets {@code verdict}. */
    public Entry(Verdict verdict, String reason) {
      this(verdict, reason, Set.of());
    }

    /** Whether a run's verdict matches this entry: the reviewed verdict or one it varies to. */
    public boolean accepts(Verdict observed) {
      return observed == verdict || varies.contains(observed);
    }
  }

  /**
   * A scenario whose verdict is not the reviewed one.
   *
   * @param key the scenario
   * @param expected the reviewed verdict (PASS when the file does not list it)
   * @param varies the other verdicts the entry accepts (empty when it does not vary)
   * @param observed the verdict of this run, or null when the rulebook has no such scenario
   * @param reason the run's reason for the observed verdict, or why nothing was observed
   */
  public record Difference(
      Key key, Verdict expected, Set<Verdict> varies, Verdict observed, String reason) {
    Difference(Key key, Entry entry, Verdict observed, String reason) {
      this(
          key,
          entry == null ? Verdict.PASS : entry.verdict(),
          entry == null ? Set.of() : entry.varies(),
          observed,
          reason);
    }

    /** One line: key, expected, observed, reason. */
    public String line() {
      StringBuilder either = new StringBuilder(expected.name());
      varies.forEach(v -> either.append(" or ").append(v.name()));
      return key
          + ": expected "
          + either
          + ", observed "
          + (observed == null ? "nothing" : observed.name())
          + " ("
          + reason
          + ")";
    }
  }

  /** Reads and checks a reviewed-verdicts file (a draft with unreviewed reasons included). */
  public static ReviewedVerdicts read(Path file) {
    String text = StrictJson.read(file, "reviewed verdicts");
    return parse(text, file.toString());
  }

  /**
   * Parses the file's JSON text.
   *
   * @param source the file's name, for messages
   */
  public static ReviewedVerdicts parse(String text, String source) {
    JsonNode root = StrictJson.object(MAPPER, text, "reviewed verdicts", source);
    unknownKeys(root, TOP_KEYS, source, "the top level");
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
    String server = required(root, "server", source, "the top level");
    String app = required(root, "app", source, "the top level");
    JsonNode scenarios = root.get("scenarios");
    if (scenarios == null || !scenarios.isArray()) {
      throw invalid(source, "\"scenarios\" must be an array");
    }
    Map<Key, Entry> entries = new LinkedHashMap<>();
    int index = 0;
    for (JsonNode node : scenarios) {
      String where = "scenarios[" + index++ + "]";
      if (!node.isObject()) {
        throw invalid(source, where + ": must be an object with rule, title, verdict and reason");
      }
      unknownKeys(node, ENTRY_KEYS, source, where);
      String rule = required(node, "rule", source, where);
      if (!RuleIds.isRuleId(rule)) {
        throw invalid(source, where + ": not a rule id (RFC<number>-<section>-<name>): " + rule);
      }
      Key key = new Key(rule, required(node, "title", source, where));
      Verdict verdict = verdict(required(node, "verdict", source, where), source, where);
      Set<Verdict> varies = varies(node.get("varies"), verdict, source, where);
      Entry previous =
          entries.put(key, new Entry(verdict, required(node, "reason", source, where), varies));
      if (previous != null) {
        throw invalid(source, where + ": " + key + " is listed twice");
      }
    }
    return new ReviewedVerdicts(server, app, entries);
  }

  private static Verdict verdict(String text, String source, String where) {
    if ("PASS".equals(text)) {
      throw invalid(source, where + ": PASS is implied for unlisted scenarios; remove the entry");
    }
    try {
      return Verdict.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw invalid(
          source,
          where + ": verdict must be WARN, FAIL, INCONCLUSIVE or SKIP, not \"" + text + "\"");
    }
  }

  private static Set<Verdict> varies(JsonNode node, Verdict verdict, String source, String where) {
    if (node == null) {
      return Set.of();
    }
    if (!node.isArray() || node.isEmpty()) {
      throw invalid(
          source, where + ": \"varies\" must be a non-empty array of verdicts (PASS allowed)");
    }
    java.util.EnumSet<Verdict> varies = java.util.EnumSet.noneOf(Verdict.class);
    for (JsonNode v : node) {
      Verdict other = Verdict.PASS.name().equals(v.asText()) ? Verdict.PASS : null;
      if (other == null) {
        other = verdict(v.isTextual() ? v.asText() : v.toString(), source, where + ".varies");
      }
      if (other == verdict || !varies.add(other)) {
        throw invalid(source, where + ": \"varies\" repeats " + other);
      }
    }
    return varies;
  }

  private static void unknownKeys(JsonNode node, Set<String> allowed, String source, String where) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw invalid(
            source,
            where
                + ": unknown key \""
                + name
                + "\"; allowed: "
                + String.join(", ", sorted(allowed)));
      }
    }
  }

  private static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }

  private static String required(JsonNode node, String name, String source, String where) {
    JsonNode value = node.get(name);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw invalid(source, where + ": \"" + name + "\" must be a non-empty string");
    }
    return value.asText();
  }

  private static BaselineException invalid(String source, String problem) {
    return new BaselineException("reviewed verdicts " + source + ": " + problem);
  }

  /**
   * Refuses a file that still holds a drafted, unreviewed reason (or app description), so that no
   * unreviewed verdict becomes the expectation.
   *
   * @param source the file's name, for the message
   */
  public ReviewedVerdicts requireReviewed(String source) {
    List<Key> unreviewed =
        entries.entrySet().stream()
            .filter(e -> e.getValue().reason().contains(UNREVIEWED))
            .map(Map.Entry::getKey)
            .toList();
    if (!unreviewed.isEmpty()) {
      throw invalid(
          source,
          unreviewed.size()
              + " entr"
              + (unreviewed.size() == 1 ? "y" : "ies")
              + " still "
              + UNREVIEWED
              + ", first "
              + unreviewed.get(0)
              + "; review each and write its reason");
    }
    if (server.contains(UNREVIEWED) || app.contains(UNREVIEWED)) {
      throw invalid(source, "\"server\" or \"app\" is still " + UNREVIEWED + "; describe them");
    }
    return this;
  }

  /**
   * Compares a run with the reviewed verdicts.
   *
   * @param results the run's results
   * @param rulebook every scenario of the rulebook the run was selected from: a listed scenario
   *     missing from it is a difference, one merely not selected in this run is not
   * @return the differences, in the run's order, then listed scenarios the rulebook lacks
   */
  public List<Difference> compare(List<ScenarioResult> results, Collection<RuleScenario> rulebook) {
    List<Difference> differences = new ArrayList<>();
    for (ScenarioResult result : results) {
      Key key = Key.of(result.scenario());
      Entry entry = entries.get(key);
      if (entry == null ? result.verdict() != Verdict.PASS : !entry.accepts(result.verdict())) {
        differences.add(new Difference(key, entry, result.verdict(), result.judgement().reason()));
      }
    }
    Set<Key> known = new HashSet<>();
    rulebook.forEach(s -> known.add(Key.of(s)));
    entries.forEach(
        (key, entry) -> {
          if (!known.contains(key)) {
            differences.add(new Difference(key, entry, null, "the rulebook has no such scenario"));
          }
        });
    return List.copyOf(differences);
  }

  /**
   * A draft from a run: every non-PASS result listed with its verdict. An entry of {@code previous}
   * that accepts the run's verdict is kept as it is (a varying one too, also when this run passed);
   * every other non-PASS result gets an entry with {@value #UNREVIEWED}. When the old entry already
   * varied, the new one lists every verdict it accepted under {@code "varies"}, for the reviewer to
   * confirm or drop; a plain entry's old verdict is not carried over, since a verdict that changed
   * with the rulebook does not vary. Entries of {@code previous} for scenarios this run did not
   * select are kept as they are, and those for scenarios the rulebook no longer has are dropped.
   *
   * @param server the server, used when {@code previous} is null
   * @param results the run's results
   * @param previous the reviewed verdicts so far, or null
   * @param rulebook every scenario of the rulebook
   */
  public static ReviewedVerdicts draft(
      String server,
      List<ScenarioResult> results,
      ReviewedVerdicts previous,
      java.util.Collection<dev.h1proof.rulebook.RuleScenario> rulebook) {
    Map<Key, Entry> entries = new TreeMap<>();
    if (previous != null) {
      java.util.Set<Key> existing = new java.util.HashSet<>();
      rulebook.forEach(s -> existing.add(Key.of(s)));
      previous
          .entries()
          .forEach(
              (key, entry) -> {
                if (existing.contains(key)) {
                  entries.put(key, entry);
                }
              });
    }
    for (ScenarioResult result : results) {
      Key key = Key.of(result.scenario());
      Entry before = entries.remove(key);
      if (before != null && before.accepts(result.verdict())) {
        entries.put(key, before);
      } else if (result.verdict() != Verdict.PASS) {
        Set<Verdict> seen = java.util.EnumSet.noneOf(Verdict.class);
        if (before != null && !before.varies().isEmpty()) {
          seen.add(before.verdict());
          seen.addAll(before.varies());
        }
        entries.put(key, new Entry(result.verdict(), UNREVIEWED, seen));
      }
    }
    return previous == null
        ? new ReviewedVerdicts(server, UNREVIEWED + ": describe the app", entries)
        : new ReviewedVerdicts(previous.server(), previous.app(), entries);
  }

  /** The file as JSON text, entries sorted by rule id and title so diffs stay small. */
  public String toJson() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("server", server);
    root.put("app", app);
    ArrayNode list = root.putArray("scenarios");
    entries.forEach(
        (key, entry) -> {
          ObjectNode node = list.addObject();
          node.put("rule", key.rule());
          node.put("title", key.title());
          node.put("verdict", entry.verdict().name());
          if (!entry.varies().isEmpty()) {
            ArrayNode varies = node.putArray("varies");
            entry.varies().forEach(v -> varies.add(v.name()));
          }
          node.put("reason", entry.reason());
        });
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** Writes the file atomically, creating its folder when needed. */
  public void write(Path file) throws IOException {
    byte[] json = toJson().getBytes(StandardCharsets.UTF_8);
    AtomicFile.write(file, out -> out.write(json));
  }
}
