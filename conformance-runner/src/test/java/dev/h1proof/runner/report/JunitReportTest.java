package dev.h1proof.runner.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.runner.result.RunReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {
  private RunReport report;
  private byte[] xml;
  private Document dom;

  @BeforeEach
  void render() throws Exception {
    report = ReportFixtures.run();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JunitReport().render(report, out);
    xml = out.toByteArray();
    dom =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml));
  }

  private List<Element> elements(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagName(name);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  private Map<String, String> properties(Element testcase) {
    Map<String, String> props = new HashMap<>();
    for (Element p : elements(testcase, "property")) {
      props.put(p.getAttribute("name"), p.getAttribute("value"));
    }
    return props;
  }

  @Test
  void oneTestcasePerScenarioAndOneSuitePerFeatureFile() {
    // given a run of six scenarios over two feature files (rendered in @BeforeEach)
    Element root = dom.getDocumentElement();

    // then
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(elements(root, "testcase")).hasSize(report.results().size());
    assertThat(elements(root, "testsuite"))
        .extracting(s -> s.getAttribute("name"))
        .containsExactly("Field line parsing", "Message body length");
    assertThat(root.getAttribute("tests")).isEqualTo("6");
    assertThat(root.getAttribute("failures")).isEqualTo("1");
    assertThat(root.getAttribute("skipped")).isEqualTo("1");
    assertThat(root.getAttribute("errors")).isEqualTo("0");
    Element second = elements(root, "testsuite").get(1);
    assertThat(second.getAttribute("tests")).isEqualTo("4");
    assertThat(second.getAttribute("failures")).isEqualTo("1");
    assertThat(second.getAttribute("skipped")).isEqualTo("1");
    assertThat(second.getAttribute("time")).isEqualTo("0.126");
  }

  @Test
  void eachSuiteNamesTheTarget() {
    // when
    Element suite = elements(dom.getDocumentElement(), "testsuite").get(0);

    // then the suite's own properties come before its testcases
    Element first = (Element) suite.getElementsByTagName("properties").item(0);
    assertThat(first.getParentNode()).isEqualTo(suite);
    assertThat(elements(first, "property"))
        .extracting(p -> p.getAttribute("name") + "=" + p.getAttribute("value"))
        .contains("target=http://localhost:8080/", "failOn=MUST");
  }

  @Test
  void aGateFailureIsAFailureWithItsEvidence() {
    // when
    Element testcase = elements(dom.getDocumentElement(), "testcase").get(2);

    // then
    assertThat(testcase.getAttribute("classname")).isEqualTo(ReportFixtures.GATE_FAILURE);
    assertThat(testcase.getAttribute("name"))
        .isEqualTo("Transfer-Encoding with Content-Length [7]");
    List<Element> failures = elements(testcase, "failure");
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0).getAttribute("message"))
        .isEqualTo(report.results().get(2).judgement().reason());
    assertThat(failures.get(0).getTextContent())
        .contains("X-Evil: \\0\\x1b\\xff<img src=x onerror=alert(2)>")
        .contains(ReportFixtures.HOSTILE_BODY)
        .contains("expected: status 400, connection closed");
    assertThat(properties(testcase)).containsEntry("verdict", "FAIL");
  }

  @Test
  void everyVerdictMapsToItsJunitShape() {
    // when
    List<Element> cases = elements(dom.getDocumentElement(), "testcase");

    // then: every testcase has its verdict; WARN passes; only the scenario not run is skipped;
    // a FAIL below the gate and an INCONCLUSIVE ran, do not fail, and say so in system-out
    assertThat(cases).allSatisfy(c -> assertThat(properties(c)).containsKey("verdict"));
    Element warn = cases.get(1);
    assertThat(properties(warn)).containsEntry("verdict", "WARN");
    assertThat(elements(warn, "failure")).isEmpty();
    assertThat(elements(warn, "skipped")).isEmpty();
    assertThat(elements(warn, "system-out")).isEmpty();
    Element belowGate = cases.get(3);
    assertThat(elements(belowGate, "skipped")).isEmpty();
    assertThat(elements(belowGate, "failure")).isEmpty();
    assertThat(elements(belowGate, "system-out").get(0).getTextContent())
        .startsWith("FAIL below --fail-on MUST, so it does not break the gate: ");
    Element inconclusive = cases.get(4);
    assertThat(properties(inconclusive)).containsEntry("verdict", "INCONCLUSIVE");
    assertThat(elements(inconclusive, "skipped")).isEmpty();
    assertThat(elements(inconclusive, "failure")).isEmpty();
    assertThat(elements(inconclusive, "system-out").get(0).getTextContent())
        .startsWith("INCONCLUSIVE (no verdict could be reached");
    assertThat(elements(cases.get(5), "skipped").get(0).getAttribute("message"))
        .isEqualTo("SKIP: the baseline scenario failed");
  }

  @Test
  void noCharacterIllegalInXml10IsEmitted() {
    // then: only TAB, LF and CR below 0x20 (the deviation text carries a NUL and an ESC)
    for (byte b : xml) {
      int c = b & 0xff;
      assertThat(c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
          .as("byte 0x%02x in junit.xml", c)
          .isTrue();
    }
    assertThat(Text.xml("a\u0000b\u001bc\uFFFE")).isEqualTo("a\\u0000b\\u001bc\\ufffe");
  }
}
