package dev.h1proof.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Group 12: observing server output. */
class ResponseParserTest {

  private static ResponseSequence parse(String raw, boolean eof, String... methods) {
    byte[] b = Bytes.of("xx" + raw);
    return new ResponseParser().parse(b, 2, b.length - 2, eof, List.of(methods));
  }

  private static List<Violation> rules(ResponseSequence s) {
    return s.deviations().stream().map(ResponseDeviation::rule).toList();
  }

  @Test
  void wellFormedPipelineHasNoDeviations() {
    String raw =
        "HTTP/1.1 100 Continue\r\n\r\n"
            + "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"
            + "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"
            + "HTTP/1.1 204 No Content\r\n\r\n"
            + "HTTP/1.1 200 \r\nContent-Length: 3\r\n\r\n";
    ResponseSequence s = parse(raw, false, "POST", "GET", "DELETE", "HEAD");
    assertThat(s.deviations()).as(Bytes.escape(raw)).isEmpty();
    assertThat(s.responses()).hasSize(5);
    assertThat(s.finalResponseCount()).isEqualTo(4);
    assertThat(s.responses().get(0).isInterim()).isTrue();
    assertThat(s.responses().get(1).bodyLength()).isEqualTo(5);
    assertThat(s.responses().get(2).framing()).isEqualTo(BodyFraming.CHUNKED);
    assertThat(s.responses().get(2).bodyLength()).isEqualTo(5);
    assertThat(s.responses().get(4).reason()).isEmpty();
    assertThat(s.responses().get(4).field("content-length")).isEqualTo("3");
    assertThat(s.complete()).isTrue();
    assertThat(s.unparsedOffset()).isEqualTo(2 + raw.length());
  }

  @Test
  void statusLineDefectsAreRecorded() {
    assertThat(rules(parse("HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n", false, "GET")))
        .containsExactly(Violation.RESPONSE_STATUS_LINE);
    assertThat(rules(parse("HTTP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n", false, "GET")))
        .containsExactly(Violation.RESPONSE_STATUS_LINE);
    assertThat(rules(parse("HTTP/1.1 200 OK\nContent-Length: 0\r\n\r\n", false, "GET")))
        .containsExactly(Violation.RESPONSE_STATUS_LINE);
    ResponseSequence s = parse("\u0000garbage\r\n\r\n", true, "GET");
    assertThat(rules(s)).containsExactly(Violation.RESPONSE_STATUS_LINE);
    assertThat(s.trailingGarbage()).isTrue();
    assertThat(s.complete()).isFalse();
  }

  @Test
  void headerSectionDefectsAreRecorded() {
    String[] bad = {
      "HTTP/1.1 200 OK\r\nX-A : b\r\nContent-Length: 0\r\n\r\n",
      "HTTP/1.1 200 OK\r\nX-A: b\rc\r\nContent-Length: 0\r\n\r\n",
      "HTTP/1.1 200 OK\r\n X-A: b\r\nContent-Length: 0\r\n\r\n",
      "HTTP/1.1 200 OK\r\nX-A: b\r\n c\r\nContent-Length: 0\r\n\r\n",
      "HTTP/1.1 200 OK\r\nX-A: b\u0001c\r\nContent-Length: 0\r\n\r\n",
      "HTTP/1.1 200 OK\r\nno colon\r\nContent-Length: 0\r\n\r\n",
      "HTTP/1.1 200 OK\r\nX-A: b\nContent-Length: 0\r\n\r\n"
    };
    for (String raw : bad) {
      assertThat(rules(parse(raw, false, "GET")))
          .as(Bytes.escape(raw))
          .containsExactly(Violation.RESPONSE_HEADER_SECTION_GRAMMAR);
    }
  }

  @Test
  void framingRulesAreChecked() {
    assertThat(rules(parse("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n", false, "GET")))
        .containsExactly(Violation.RESPONSE_TE_OR_CL_IN_1XX_OR_204);
    assertThat(
            rules(
                parse(
                    "HTTP/1.1 100 Continue\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
                    false,
                    "POST")))
        .containsExactly(Violation.RESPONSE_TE_OR_CL_IN_1XX_OR_204);
    assertThat(
            rules(
                parse(
                    "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked"
                        + "\r\n\r\n0\r\n\r\n",
                    false,
                    "GET")))
        .containsExactly(Violation.RESPONSE_CL_WITH_TE);
    ResponseSequence s = parse("HTTP/1.1 200 OK\r\n\r\nbody", true, "GET");
    assertThat(rules(s)).containsExactly(Violation.RESPONSE_NOT_SELF_DELIMITED);
    assertThat(s.responses().get(0).framing()).isEqualTo(BodyFraming.CLOSE_DELIMITED);
    assertThat(s.responses().get(0).bodyLength()).isEqualTo(4);
    assertThat(s.complete()).isTrue();
    s = parse("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nbody", false, "GET");
    assertThat(s.deviations()).isEmpty();
    assertThat(s.complete()).isFalse();
  }

  @Test
  void headResponseHasNoContent() {
    String ok =
        "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n"
            + "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";
    ResponseSequence s = parse(ok, false, "HEAD", "GET");
    assertThat(s.deviations()).isEmpty();
    assertThat(s.finalResponseCount()).isEqualTo(2);
    String bad =
        "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"
            + "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";
    s = parse(bad, false, "HEAD", "GET");
    assertThat(rules(s)).containsExactly(Violation.RESPONSE_CONTENT_AFTER_HEAD);
    assertThat(s.finalResponseCount()).isEqualTo(2);
  }

  @Test
  void extraFinalResponsesAreUnsolicited() {
    ResponseSequence s =
        parse(
            "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                + "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
            false,
            "GET");
    assertThat(rules(s)).containsExactly(Violation.RESPONSE_UNSOLICITED);
    assertThat(s.responses().get(1).requestMethod()).isNull();
  }

  @Test
  void switchingProtocolsEndsParsing() {
    ResponseSequence s =
        parse("HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n\u0000\u0000", false, "GET");
    assertThat(s.tunnel()).isTrue();
    assertThat(s.complete()).isTrue();
    assertThat(s.deviations()).isEmpty();
  }

  @Test
  void brokenChunkedBodyIsReported() {
    ResponseSequence s =
        parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", false, "GET");
    assertThat(rules(s)).containsExactly(Violation.CHUNK_SIZE_NOT_HEX);
    assertThat(s.deviations().get(0).offset()).isEqualTo(2 + 47);
  }
}
