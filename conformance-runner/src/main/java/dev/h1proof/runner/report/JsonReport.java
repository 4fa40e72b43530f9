package dev.h1proof.runner.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.RuleIds;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Verdict;
import dev.h1proof.runner.RunReport;
import dev.h1proof.runner.ScenarioResult;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code report.json}, the lossless source of truth (schema {@value #SCHEMA}). Escaped texts are
 * for people; the {@code …Base64} fields carry the exact octets.
 */
public final class JsonReport implements ReportWriter {
  /** The schema id; a change that breaks readers gets a new number. */
  public static final String SCHEMA = "h1proof-report/1";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  @Override
  public String fileName() {
    return "report.json";
  }

  @Override
  public void render(RunReport report, OutputStream out) throws IOException {
    MAPPER.writeValue(out, toJson(report));
    out.write('\n');
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
    ObjectNode gate = root.putObject("gate");
    gate.put("passed", report.gatePassed());
    ArrayNode failures = gate.putArray("failures");
    Evidence.gateFailureIds(report).forEach(failures::add);
    ObjectNode counts = root.putObject("counts");
    for (Map.Entry<Verdict, Integer> e : report.counts().entrySet()) {
      counts.put(e.getKey().name(), e.getValue());
    }
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
    byte[] sent = result.sent() == null ? new byte[0] : result.sent();
    node.put("request", Evidence.request(result));
    node.put("requestBase64", Base64.getEncoder().encodeToString(sent));
    Observation o = result.observation();
    node.put("response", Evidence.response(result));
    node.put("responseBase64", o == null ? null : Base64.getEncoder().encodeToString(o.received()));
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
    return node;
  }

  private static ObjectNode response(Observation.Response response) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("status", response.status());
    node.put("interim", response.interim());
    ArrayNode fields = node.putArray("fields");
    for (Observation.Field f : response.fields()) {
      fields.addObject().put("name", f.name()).put("value", f.value());
    }
    node.put("bodyLength", response.body() == null ? 0 : response.body().length);
    return node;
  }
}
