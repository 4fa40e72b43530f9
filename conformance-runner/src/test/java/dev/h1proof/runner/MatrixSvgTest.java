package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * {@code h1proof matrix --svg} and {@code --chart}: well-formed inline SVG, drawn from the JSON.
 */
class MatrixSvgTest {
  @TempDir Path tmp;

  private static Document svg(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(doc.getElementsByTagName("foreignObject").getLength()).isZero();
    assertThat(text).doesNotContain("href", "<image", "url(");
    return doc;
  }

  private static List<Element> elements(Document doc, String tag) {
    NodeList nodes = doc.getElementsByTagName(tag);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  private Path report(String name, String json) throws IOException {
    return Files.writeString(
        tmp.resolve(name + ".json"),
        "{\"schema\":\"h1proof-report/2\",\"tool\":\"h1proof dev\",\"results\":[" + json + "]}");
  }

  private static String result(String id, String level, String verdict) {
    return String.format(
        "{\"id\":\"%s\",\"level\":\"%s\",\"verdict\":\"%s\"},", id, level, verdict);
  }

  @Test
  void theHeatGridHasOneCellPerRuleAndTargetColouredByTheWorstVerdict() throws Exception {
    String ws = "RFC9112-5.1-whitespace-before-colon";
    String host = "RFC9112-3.2-Host-missing-HTTP11";
    String fold = "RFC9112-5.2-obs-fold";
    Path strict =
        report(
            "strict",
            result(ws, "MUST", "PASS")
                + result(host, "MUST", "PASS")
                + result(fold, "MUST", "PASS").replaceAll(",$", ""));
    Path lenient =
        report(
            "lenient",
            result(ws, "MUST", "PASS")
                + result(ws, "MUST", "FAIL")
                + result(host, "MUST", "WARN").replaceAll(",$", ""));

    CliTest.Run run = CliTest.cli("matrix", "--svg", "strict=" + strict, "a<b&c=" + lenient);

    assertThat(run.code()).as(run.err()).isZero();
    Document doc = svg(run.out());
    List<Element> cells =
        elements(doc, "rect").stream().filter(r -> r.hasAttribute("data-verdict")).toList();
    assertThat(cells).hasSize(3 * 2);
    // rows in RFC order (§3.2, §5.1, §5.2), columns in the order given
    assertThat(cells)
        .extracting(c -> c.getAttribute("data-verdict"))
        .containsExactly("PASS", "WARN", "PASS", "FAIL", "PASS", "none");
    assertThat(cells.get(3).getAttribute("fill"))
        .isEqualTo(MatrixSvg.fill(dev.h1proof.rulebook.Verdict.FAIL));
    assertThat(cells.get(3).getTextContent()).isEqualTo(ws + " on a<b&c: 1 PASS, 1 FAIL");
    assertThat(cells.get(5).getTextContent()).isEqualTo(fold + " on a<b&c: not run");
    assertThat(elements(doc, "text"))
        .extracting(Element::getTextContent)
        .contains("a<b&c", "strict");
    assertThat(run.out()).contains("a&lt;b&amp;c").doesNotContain("a<b");
  }

  @Test
  void theChartHasOnePointPerParserPlacedBySpeedAndStrictness() throws Exception {
    Path fixture = Path.of("src", "test", "resources", "parsers-chart.json");
    Path out = tmp.resolve("chart.svg");

    CliTest.Run run = CliTest.cli("matrix", "--chart", fixture.toString(), "--out", out.toString());

    assertThat(run.code()).as(run.err()).isZero();
    Document doc = svg(Files.readString(out));
    List<Element> points = elements(doc, "circle");
    assertThat(points).hasSize(3);
    assertThat(points)
        .extracting(p -> p.getElementsByTagName("title").item(0).getTextContent())
        .containsExactly(
            "h1proof: 131 rules, 412.5 ns per request",
            "netty: 62 rules, 3900 ns per request",
            "<script>alert(1)</script> & co: 95 rules, 2800 ns per request");
    double[] x =
        points.stream().mapToDouble(p -> Double.parseDouble(p.getAttribute("cx"))).toArray();
    double[] y =
        points.stream().mapToDouble(p -> Double.parseDouble(p.getAttribute("cy"))).toArray();
    // faster is further left, stricter is higher up (SVG's y grows downwards)
    assertThat(x[0]).isLessThan(x[2]).isLessThan(x[1]);
    assertThat(y[0]).isLessThan(y[2]).isLessThan(y[1]);
    // the axes start at zero and end at a round number above the largest value: 5000 ns, 200 rules
    assertThat(elements(doc, "text"))
        .extracting(Element::getTextContent)
        .contains("0", "5000", "200");
    assertThat(MatrixSvg.niceCeiling(3900)).isEqualTo(5000);
    assertThat(MatrixSvg.niceCeiling(131)).isEqualTo(200);
    assertThat(MatrixSvg.niceCeiling(100)).isEqualTo(100);
  }

  @Test
  void aBadChartInputIsOneLineSayingWhatTheFormatIs() throws IOException {
    Path noName =
        Files.writeString(tmp.resolve("a.json"), "[{\"rulesEnforced\": 3, \"nsPerRequest\": 1}]");
    Path empty = Files.writeString(tmp.resolve("b.json"), "{\"parsers\": []}");
    Path zero =
        Files.writeString(
            tmp.resolve("c.json"), "[{\"name\":\"x\",\"rulesEnforced\":3,\"nsPerRequest\":0}]");
    for (Path file : List.of(noName, empty, zero, tmp.resolve("missing.json"))) {
      CliTest.Run run = CliTest.cli("matrix", "--chart", file.toString());
      assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err().strip())
          .startsWith("h1proof: ")
          .doesNotContain("\n")
          .endsWith(
              "give a JSON array of {\"name\", \"rulesEnforced\", \"nsPerRequest\"} (see 'h1proof matrix --help')");
    }
    CliTest.Run both = CliTest.cli("matrix", "--chart", noName.toString(), "--svg");
    assertThat(both.code()).isEqualTo(ExitCodes.USAGE);
    CliTest.Run none = CliTest.cli("matrix");
    assertThat(none.err().strip())
        .isEqualTo("h1proof: give at least one NAME=REPORT column, e.g. nginx=out/report.json");
  }
}
