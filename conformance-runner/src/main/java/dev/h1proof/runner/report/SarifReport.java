package dev.h1proof.runner.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.h1proof.rulebook.Level;
import dev.h1proof.rulebook.RuleIds;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Verdict;
import dev.h1proof.runner.result.RunReport;
import dev.h1proof.runner.result.ScenarioResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code report.sarif}: the run as a SARIF 2.1.0 log, for code-scanning dashboards.
 *
 * <ul>
 *   <li>One reporting descriptor per rule that ran, its {@code id} the stable rule id; the
 *       requirement and the link to its RFC section are the rule's help.
 *   <li>One result per FAIL and per WARN. A FAIL's level follows the requirement: MUST gives {@code
 *       error}, SHOULD {@code warning}, MAY {@code note}; a WARN (a permitted outcome the RFC does
 *       not prefer) is always a {@code note}. A baselined FAIL carries an external suppression.
 *   <li>{@code partialFingerprints} hash the rule id and the scenario title, never the target or a
 *       line number, so the same finding keeps its fingerprint across runs and ports.
 *   <li>The target URL is a property of the run and of each result, not a location (code scanning
 *       accepts only repository files there); the location is the scenario in the rulebook,
 *       relative to the {@code H1PROOF_RULEBOOK} base.
 * </ul>
 */
public final class SarifReport extends JsonFile {
  /** The schema the log names. */
  public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

  /** The key of the fingerprint in {@code partialFingerprints}. */
  public static final String FINGERPRINT_KEY = "h1proofScenario/v1";

  /** The base of the rulebook locations. */
  public static final String RULEBOOK_BASE = "H1PROOF_RULEBOOK";

  /** The report.sarif writer. */
  public SarifReport() {
    super("report.sarif");
  }

  @Override
  JsonNode tree(RunReport report) {
    return toJson(report);
  }

  /** The SARIF level of a FAIL of a requirement at {@code level}. */
  public static String sarifLevel(Level level) {
    if (level == null) {
      return "warning";
    }
    return switch (level) {
      case MUST -> "error";
      case SHOULD -> "warning";
      case MAY -> "note";
    };
  }

  /** The log as a JSON tree. */
  public static ObjectNode toJson(RunReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$schema", SCHEMA_URI);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();

    ObjectNode driver = run.putObject("tool").putObject("driver");
    String tool = report.tool() == null ? "h1proof" : report.tool();
    driver.put("name", "h1proof");
    int space = tool.indexOf(' ');
    if (space > 0) {
      driver.put("version", tool.substring(space + 1));
    }
    driver.put("informationUri", "https://www.rfc-editor.org/rfc/rfc9112");
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    for (ScenarioResult result : report.results()) {
      RuleScenario s = result.scenario();
      if (ruleIndex.containsKey(s.ruleId())) {
        continue;
      }
      ruleIndex.put(s.ruleId(), ruleIndex.size());
      rules.add(rule(s));
    }

    ObjectNode base = run.putObject("originalUriBaseIds").putObject(RULEBOOK_BASE);
    base.putObject("description")
        .put("text", "The h1proof rulebook (the features/ folder of the h1proof sources).");

    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", report.incomplete() == null);
    if (report.started() != null) {
      invocation.put("startTimeUtc", report.started().toString());
    }
    ObjectNode invocationProperties = invocation.putObject("properties");
    invocationProperties.put("target", report.target());
    invocationProperties.put("gatePassed", report.gatePassed());
    invocationProperties.put("closingLine", report.closingLine());
    if (report.incomplete() != null) {
      invocationProperties.put("incomplete", report.incomplete());
    }
    if (report.notUsable() != null) {
      invocationProperties.put("notUsable", report.notUsable());
    }

    ArrayNode results = run.putArray("results");
    for (ScenarioResult result : report.results()) {
      if (result.verdict() == Verdict.FAIL || result.verdict() == Verdict.WARN) {
        results.add(result(result, ruleIndex.get(result.scenario().ruleId()), report.target()));
      }
    }
    run.putObject("properties").put("target", report.target());
    return root;
  }

  private static ObjectNode rule(RuleScenario s) {
    ObjectNode rule = MAPPER.createObjectNode();
    rule.put("id", s.ruleId());
    rule.put("name", s.ruleId());
    rule.putObject("shortDescription").put("text", s.title());
    String requirement =
        s.description() == null || s.description().isBlank() ? s.title() : s.description();
    rule.putObject("fullDescription").put("text", requirement);
    String citation = RuleIds.citation(s.ruleId());
    String link = s.rfcLink();
    ObjectNode help = rule.putObject("help");
    help.put("text", requirement + "\n" + citation + ": " + link);
    help.put("markdown", requirement + "\n\n[" + citation + "](" + link + ")");
    rule.put("helpUri", link);
    rule.putObject("defaultConfiguration").put("level", sarifLevel(s.level()));
    ObjectNode properties = rule.putObject("properties");
    properties.put("requirementLevel", s.level() == null ? null : s.level().name());
    properties.put("citation", citation);
    ArrayNode tags = properties.putArray("tags");
    tags.add("http1.1");
    tags.add("rfc" + s.rfc());
    if (s.level() != null) {
      tags.add(s.level().name());
    }
    return rule;
  }

  private static ObjectNode result(ScenarioResult result, int ruleIndex, String target) {
    RuleScenario s = result.scenario();
    ObjectNode node = MAPPER.createObjectNode();
    node.put("ruleId", s.ruleId());
    node.put("ruleIndex", ruleIndex);
    boolean fail = result.verdict() == Verdict.FAIL;
    node.put("kind", "fail");
    node.put("level", fail ? sarifLevel(s.level()) : "note");
    String reason = result.judgement().reason();
    node.putObject("message")
        .put(
            "text",
            result.verdict().name()
                + " ("
                + (s.level() == null ? "?" : s.level().name())
                + "): "
                + s.title()
                + (reason == null || reason.isBlank() ? "" : ". " + reason)
                + " Target: "
                + target
                + ".");
    ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    artifact.put("uri", s.uri());
    artifact.put("uriBaseId", RULEBOOK_BASE);
    if (s.line() > 0) {
      physical.putObject("region").put("startLine", s.line());
    }
    node.putObject("partialFingerprints").put(FINGERPRINT_KEY, fingerprint(s));
    if (fail && result.baselined()) {
      ObjectNode suppression = node.putArray("suppressions").addObject();
      suppression.put("kind", "external");
      suppression.put("justification", "listed in the baseline as a known failure");
    }
    ObjectNode properties = node.putObject("properties");
    properties.put("target", target);
    properties.put("verdict", result.verdict().name());
    properties.put("scenario", s.key());
    properties.put("matchedOutcome", Evidence.matched(result));
    properties.put("baselined", result.baselined());
    return node;
  }

  /** SHA-256 of the rule id and the scenario title: stable across runs, targets and line moves. */
  static String fingerprint(RuleScenario s) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest((s.ruleId() + "\n" + s.title()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
