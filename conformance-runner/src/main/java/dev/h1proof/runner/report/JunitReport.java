package dev.h1proof.runner.report;

import dev.h1proof.rulebook.Verdict;
import dev.h1proof.runner.result.RunReport;
import dev.h1proof.runner.result.ScenarioResult;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code junit.xml} in the Surefire shape CI servers read: one {@code <testsuite>} per feature
 * file, one {@code <testcase>} per scenario (classname = rule id).
 *
 * <p>A FAIL that breaks the gate is a {@code <failure>}, so the failure count is the closing line's
 * and CI cannot disagree with the exit code. Only a scenario that was not run (SKIP) is {@code
 * <skipped>}. A FAIL below {@code --fail-on}, a baselined FAIL and an INCONCLUSIVE ran and do not
 * break the gate: each is a testcase without a failure whose {@code <system-out>} starts with its
 * verdict and why it does not count, followed by the evidence. Every testcase carries its verdict
 * as a property, so a consumer can tell them from PASS and WARN.
 */
public final class JunitReport implements ReportWriter {

  @Override
  public String fileName() {
    return "junit.xml";
  }

  @Override
  public void render(RunReport report, OutputStream out) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      new Rendering(report, xml).suites();
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot render junit.xml: " + e.getMessage(), e);
    }
  }

  /** One rendering pass. */
  private static final class Rendering {
    private final RunReport report;
    private final XMLStreamWriter xml;
    private final Set<ScenarioResult> breaking;

    Rendering(RunReport report, XMLStreamWriter xml) {
      this.report = report;
      this.xml = xml;
      this.breaking = Evidence.gateFailures(report);
    }

    void suites() throws XMLStreamException {
      Map<String, List<ScenarioResult>> byFile = new LinkedHashMap<>();
      for (ScenarioResult r : report.results()) {
        byFile.computeIfAbsent(r.scenario().uri(), k -> new ArrayList<>()).add(r);
      }
      newline(0);
      xml.writeStartElement("testsuites");
      attribute("name", report.tool());
      counts(report.results());
      for (List<ScenarioResult> suite : byFile.values()) {
        suite(suite);
      }
      newline(0);
      xml.writeEndElement();
      newline(0);
    }

    private void suite(List<ScenarioResult> results) throws XMLStreamException {
      newline(1);
      xml.writeStartElement("testsuite");
      attribute("name", results.get(0).scenario().feature());
      attribute("file", results.get(0).scenario().uri());
      counts(results);
      if (report.started() != null) {
        attribute("timestamp", report.started().toString());
      }
      newline(2);
      xml.writeStartElement("properties");
      property(3, "target", report.target());
      property(3, "tool", report.tool());
      property(3, "failOn", String.valueOf(report.failOn()));
      newline(2);
      xml.writeEndElement();
      for (ScenarioResult r : results) {
        testcase(r);
      }
      newline(1);
      xml.writeEndElement();
    }

    private void counts(List<ScenarioResult> results) throws XMLStreamException {
      int failures = 0;
      int skipped = 0;
      long millis = 0;
      for (ScenarioResult r : results) {
        if (breaking.contains(r)) {
          failures++;
        } else if (isSkipped(r)) {
          skipped++;
        }
        millis += r.observation() == null ? 0 : r.observation().elapsedMillis();
      }
      attribute("tests", Integer.toString(results.size()));
      attribute("failures", Integer.toString(failures));
      attribute("errors", "0");
      attribute("skipped", Integer.toString(skipped));
      attribute("time", seconds(millis));
    }

    private static boolean isSkipped(ScenarioResult r) {
      return r.verdict() == Verdict.SKIP;
    }

    /** A result that ran and did not break the gate, yet is not a plain pass. */
    private boolean isNotCounted(ScenarioResult r) {
      return r.verdict() == Verdict.INCONCLUSIVE
          || (r.verdict() == Verdict.FAIL && !breaking.contains(r));
    }

    private void testcase(ScenarioResult r) throws XMLStreamException {
      newline(2);
      xml.writeStartElement("testcase");
      attribute("classname", r.scenario().ruleId());
      attribute("name", r.scenario().title() + " [" + r.scenario().line() + "]");
      attribute("file", r.scenario().uri());
      attribute("line", Integer.toString(r.scenario().line()));
      attribute("time", seconds(r.observation() == null ? 0 : r.observation().elapsedMillis()));
      properties(r);
      if (breaking.contains(r)) {
        newline(3);
        xml.writeStartElement("failure");
        attribute("message", r.judgement().reason());
        attribute("type", r.verdict().name());
        text(Evidence.plainText(r));
        xml.writeEndElement();
      } else if (isSkipped(r)) {
        newline(3);
        xml.writeEmptyElement("skipped");
        attribute("message", "SKIP: " + r.judgement().reason());
      } else if (isNotCounted(r)) {
        newline(3);
        xml.writeStartElement("system-out");
        text(notCountedMessage(r) + "\n\n" + Evidence.plainText(r));
        xml.writeEndElement();
      }
      newline(2);
      xml.writeEndElement();
    }

    private void properties(ScenarioResult r) throws XMLStreamException {
      newline(3);
      xml.writeStartElement("properties");
      property(4, "verdict", r.verdict().name());
      property(4, "level", String.valueOf(r.scenario().level()));
      property(4, "baselined", Boolean.toString(r.baselined()));
      property(4, "rfc", r.scenario().rfcLink());
      newline(3);
      xml.writeEndElement();
    }

    private String notCountedMessage(ScenarioResult r) {
      if (r.verdict() == Verdict.INCONCLUSIVE) {
        return "INCONCLUSIVE (no verdict could be reached; not a pass, not a gate failure): "
            + r.judgement().reason();
      }
      String why =
          r.baselined()
              ? "FAIL, listed in the baseline as known, so it does not break the gate"
              : "FAIL below --fail-on " + report.failOn() + ", so it does not break the gate";
      return why + ": " + r.judgement().reason();
    }

    private void property(int depth, String name, String value) throws XMLStreamException {
      newline(depth);
      xml.writeEmptyElement("property");
      attribute("name", name);
      attribute("value", value);
    }

    private void attribute(String name, String value) throws XMLStreamException {
      xml.writeAttribute(name, Text.xml(value));
    }

    private void text(String value) throws XMLStreamException {
      xml.writeCharacters(Text.xml(value));
    }

    private void newline(int depth) throws XMLStreamException {
      xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static String seconds(long millis) {
      return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
  }
}
