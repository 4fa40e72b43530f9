package dev.h1proof.runner.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.h1proof.rulebook.BackEndObservation;
import dev.h1proof.rulebook.ForwardedMessages;
import dev.h1proof.rulebook.Level;
import dev.h1proof.rulebook.Notation;
import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.RuleIds;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Verdict;
import dev.h1proof.runner.result.RunReport;
import dev.h1proof.runner.result.ScenarioResult;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code report.json}, the source of truth (schema {@value #SCHEMA}). Each request and each
 * response is stored once, in the rulebook's notation (which {@code Notation.decode} reads back to
 * the exact octets); beyond {@value Evidence#PREFIX_OCTETS} octets only that prefix is kept, with
 * the length and a SHA-256 digest of the whole. README.md documents every field.
 */
public final class JsonReport extends JsonFile {
  /** The schema id; a change that breaks readers gets a new number. */
  public static final String SCHEMA = "h1proof-report/2";

  private static final ObjectMapper COMPACT = new ObjectMapper();

  /** The report.json writer. */
  public JsonReport() {
    super("report.json");
  }

  @Override
  JsonNode tree(RunReport report) {
    return toJson(report);
  }

  /** The report as a JSON tree. */
  public static ObjectNode toJson(RunReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("tool", report.tool());
    root.put("target", report.target());
    root.put("started", report.started() == null ? null : report.started().toString());
    root.put("durationMillis", report.durationMillis());
    root.put("failOn", report.failOn() == null ? null : report.failOn().name());
    root.put("complete", report.incomplete() == null);
    root.put("incomplete", report.incomplete());
    ObjectNode gate = root.putObject("gate");
    gate.put("passed", report.gatePassed());
    ArrayNode failures = gate.putArray("failures");
    Evidence.gateFailureIds(report).forEach(failures::add);
    ObjectNode counts = root.putObject("counts");
    for (Map.Entry<Verdict, Integer> e : report.counts().entrySet()) {
      counts.put(e.getKey().name(), e.getValue());
    }
    ObjectNode totals = root.putObject("totals");
    Map<Verdict, Integer> c = report.counts();
    totals.put("passed", c.get(Verdict.PASS) + c.get(Verdict.WARN));
    totals.put("failed", report.gateFailures().size());
    totals.put("skipped", c.get(Verdict.SKIP));
    totals.put("failedBelowGate", report.failuresBelowGate().size());
    totals.put("failedBaselined", report.baselinedFailures().size());
    totals.put("inconclusive", c.get(Verdict.INCONCLUSIVE));
    root.put("countsExplained", report.countsExplained());
    root.put("closingLine", report.closingLine());
    root.put("notUsable", report.notUsable());
    ArrayNode unexpected = root.putArray("unexpectedPasses");
    report.unexpectedPasses().forEach(unexpected::add);
    ArrayNode results = root.putArray("results");
    Set<ScenarioResult> breaking = Evidence.gateFailures(report);
    for (ScenarioResult result : report.results()) {
      results.add(result(result, breaking.contains(result)));
    }
    return root;
  }

  /**
   * One result as a single JSON line, for the results stream written while a run goes on. The
   * baseline is not applied yet there, so {@code breaksGate} reads "at or above {@code failOn}".
   */
  public static String line(ScenarioResult result, Level failOn) {
    boolean breaks =
        result.verdict() == Verdict.FAIL
            && !result.baselined()
            && RunReport.atOrAbove(result.scenario().level(), failOn);
    try {
      return COMPACT.writeValueAsString(result(result, breaks));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a result tree always serialises", e);
    }
  }

  private static ObjectNode result(ScenarioResult result, boolean breaksGate) {
    RuleScenario s = result.scenario();
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", s.ruleId());
    node.put("key", s.key());
    node.put("level", s.level() == null ? null : s.level().name());
    node.put("section", s.section());
    node.put("rfc", s.rfc());
    node.put("citation", RuleIds.citation(s.ruleId()));
    node.put("link", s.rfcLink());
    node.put("title", s.title());
    node.put("description", s.description());
    node.put("feature", s.feature());
    node.put("file", s.uri());
    node.put("line", s.line());
    ArrayNode tags = node.putArray("tags");
    new TreeSet<>(s.tags()).forEach(tags::add);
    node.put("control", s.control());
    node.put("verdict", result.verdict().name());
    node.put("baselined", result.baselined());
    node.put("breaksGate", breaksGate);
    node.put("reason", result.judgement().reason());
    node.put("matchedOutcome", Evidence.matched(result));
    ArrayNode expected = node.putArray("expected");
    Evidence.texts(s.expected()).forEach(expected::add);
    ArrayNode allowed = node.putArray("allowed");
    Evidence.texts(s.allowed()).forEach(allowed::add);
    node.put("canary", s.canary());
    node.put("requestTemplate", s.request().notation());
    node.set("evidence", evidence(result));
    return node;
  }

  private static ObjectNode evidence(ScenarioResult result) {
    ObjectNode node = MAPPER.createObjectNode();
    node.set("sent", octets(result.sent() == null ? new byte[0] : result.sent()));
    Observation o = result.observation();
    node.set("received", o == null ? null : octets(o.received()));
    node.put("connection", o == null ? null : o.connection().name());
    if (o == null) {
      node.putNull("elapsedMillis");
    } else {
      node.put("elapsedMillis", o.elapsedMillis());
    }
    ArrayNode responses = node.putArray("responses");
    ArrayNode deviations = node.putArray("deviations");
    if (o != null) {
      o.responses().forEach(r -> responses.add(response(r)));
      o.deviations().forEach(deviations::add);
    }
    if (result.forwarded() != null) {
      node.set("forwarded", forwarded(result.forwarded()));
    }
    return node;
  }

  /**
   * An intermediary scenario's other side: what the capture back end behind the proxy received,
   * connection by connection, and how a strict back end frames it.
   */
  private static ObjectNode forwarded(BackEndObservation backEnd) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("summary", backEnd.summary());
    node.put("truncated", backEnd.truncated());
    node.put("violation", backEnd.violation());
    ArrayNode connections = node.putArray("connections");
    java.util.List<ForwardedMessages> framed = backEnd.framed();
    for (int i = 0; i < backEnd.connections().size(); i++) {
      ObjectNode c = connections.addObject();
      c.set("received", octets(backEnd.connections().get(i)));
      c.put("requests", framed.get(i).requests().size());
      c.put("leftover", framed.get(i).leftover());
    }
    return node;
  }

  /** Bytes stored once: the notation of at most a prefix, the length, a digest when cut. */
  private static ObjectNode octets(byte[] bytes) {
    ObjectNode node = MAPPER.createObjectNode();
    int shown = Evidence.prefixLength(bytes);
    node.put("length", bytes.length);
    node.put("octets", Notation.escape(bytes, 0, shown, false));
    node.put("truncated", shown < bytes.length);
    if (shown < bytes.length) {
      node.put("sha256", Evidence.sha256(bytes));
    }
    return node;
  }

  /** The parsed response's shape; its field lines are in {@code received}, not stored twice. */
  private static ObjectNode response(Observation.Response response) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("status", response.status());
    node.put("interim", response.interim());
    node.put("fieldCount", response.fields().size());
    node.put("bodyLength", response.body() == null ? 0 : response.body().length);
    return node;
  }
}
