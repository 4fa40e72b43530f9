package dev.h1proof.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tolerated-violation mechanism: each rule broken on purpose, the way lenient servers do. */
class ToleratedViolationsTest extends RequestTesting {

  private static ParserConfig tolerating(Violation... v) {
    return ParserConfig.strict().withTolerated(EnumSet.of(v[0], v));
  }

  private static Set<Violation> toleratedIn(ParserConfig c, String raw) {
    Parsed p = parsed(c, raw);
    assertThat(p.status).as("%s", Bytes.escape(raw)).isEqualTo(ParseStatus.COMPLETE);
    return p.parser.toleratedViolations();
  }

  @Test
  void whitespaceBeforeColonIsTrimmedAndKept() {
    ParserConfig c = tolerating(Violation.WHITESPACE_BEFORE_COLON);
    RequestHead h = complete(c, "GET / HTTP/1.1\r\nHost : a\r\n\r\n");
    assertThat(h.host()).isEqualTo("a");
    assertThat(h.fieldName(0)).isEqualTo("Host");
    assertThat(toleratedIn(c, "GET / HTTP/1.1\r\nHost : a\r\n\r\n"))
        .containsExactly(Violation.WHITESPACE_BEFORE_COLON);
  }

  @Test
  void contentLengthIsUsedDespiteTransferEncoding() {
    ParserConfig c = tolerating(Violation.TRANSFER_ENCODING_WITH_CONTENT_LENGTH);
    RequestHead h =
        complete(
            c,
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 6\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\nG");
    assertThat(h.bodyFraming()).isEqualTo(BodyFraming.CONTENT_LENGTH);
    assertThat(h.contentLength()).isEqualTo(6);
    assertThat(h.mustClose()).isTrue();
  }

  @Test
  void invalidHostIsAccepted() {
    ParserConfig c =
        tolerating(
            Violation.HOST_INVALID_CHARACTER, Violation.HOST_DUPLICATE, Violation.HOST_MISSING);
    assertThat(complete(c, "GET / HTTP/1.1\r\nHost: a b\r\n\r\n").host()).isEqualTo("a b");
    assertThat(complete(c, "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n").host()).isEqualTo("a");
    assertThat(complete(c, "GET / HTTP/1.1\r\n\r\n").host()).isNull();
  }

  @Test
  void obsFoldIsKeptAsIs() {
    ParserConfig c = tolerating(Violation.OBS_FOLD);
    RequestHead h = complete(c, "GET / HTTP/1.1\r\nHost: a\r\nX-A: b\r\n c\r\n\r\n");
    assertThat(h.fieldValue(1)).isEqualTo("b\r\n c");
  }

  @Test
  void bareLfIsAccepted() {
    ParserConfig c = tolerating(Violation.BARE_LF_REQUEST_LINE, Violation.BARE_LF_FIELD_LINE);
    assertThat(toleratedIn(c, "GET / HTTP/1.1\nHost: a\n\n"))
        .containsExactlyInAnyOrder(Violation.BARE_LF_REQUEST_LINE, Violation.BARE_LF_FIELD_LINE);
  }

  @Test
  void tooLongLineIsAccepted() {
    ParserConfig c = tolerating(Violation.REQUEST_LINE_TOO_LONG).withMaxRequestLineLength(16);
    assertThat(
            complete(c, "GET /" + "a".repeat(40) + " HTTP/1.1\r\nHost: a\r\n\r\n").targetLength())
        .isEqualTo(41);
  }

  @Test
  void contentLengthOverflowWraps() {
    ParserConfig c = tolerating(Violation.CONTENT_LENGTH_OVERFLOW);
    assertThat(
            complete(
                    c,
                    "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 18446744073709551621"
                        + "\r\n\r\nhello")
                .contentLength())
        .isEqualTo(5);
  }

  @Test
  void requestLineLeniencyViolationsAreRecovered() {
    ParserConfig c =
        tolerating(
            Violation.REQUEST_LINE_SEPARATOR,
            Violation.REQUEST_LINE_LEADING_WHITESPACE,
            Violation.REQUEST_LINE_TRAILING_WHITESPACE,
            Violation.TARGET_WHITESPACE);
    RequestHead h = complete(c, " GET  /a b   HTTP/1.1 \r\nHost: a\r\n\r\n");
    assertThat(h.method()).isEqualTo("GET");
    assertThat(h.target()).isEqualTo("/a b");
  }

  @Test
  void toleratedSetIsClearedForTheNextMessage() {
    RequestParser p = new RequestParser(tolerating(Violation.WHITESPACE_BEFORE_COLON));
    byte[] buf = Bytes.of("GET / HTTP/1.1\r\nHost : a\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n");
    assertThat(p.parse(buf, 0, buf.length)).isEqualTo(ParseStatus.COMPLETE);
    assertThat(p.toleratedViolations()).containsExactly(Violation.WHITESPACE_BEFORE_COLON);
    int next = p.head().headLength();
    assertThat(p.parse(buf, next, buf.length)).isEqualTo(ParseStatus.COMPLETE);
    assertThat(p.toleratedViolations()).isEmpty();
  }

  @Test
  void chunkedDecoderToleratesToo() {
    ParserConfig c = tolerating(Violation.CHUNK_SIZE_WHITESPACE, Violation.CHUNK_LINE_BARE_LF);
    ChunkedFeeder.Result r = ChunkedFeeder.decode(c, Bytes.of(" 5 \r\nhello\n0\r\n\r\n"));
    assertThat(r.status).isEqualTo(ChunkedDecoder.Status.COMPLETE);
    assertThat(new String(r.data, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("hello");
  }

  @Test
  void nonToleratedRulesStillFail() {
    violation(
        tolerating(Violation.WHITESPACE_BEFORE_COLON),
        "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
        Violation.HOST_DUPLICATE);
  }
}
