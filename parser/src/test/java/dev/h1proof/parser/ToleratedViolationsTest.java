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

  @Test
  void malformedContentLengthIsReadLikeAtoi() {
    ParserConfig c = tolerating(Violation.CONTENT_LENGTH_INVALID);
    String head = "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: ";
    assertThat(complete(c, head + "5a\r\n\r\n").contentLength()).isEqualTo(5);
    assertThat(complete(c, head + "1e1\r\n\r\n").contentLength()).isEqualTo(1);
    assertThat(complete(c, head + "abc\r\n\r\n").contentLength()).isZero();
    assertThat(complete(c, head + "-1\r\n\r\n").contentLength()).isZero();
    violation(ParserConfig.strict(), head + "5a\r\n\r\n", Violation.CONTENT_LENGTH_INVALID);
  }

  @Test
  void transferEncodingWithoutFinalChunkedIsChunkedOrIgnored() {
    ParserConfig c = tolerating(Violation.TRANSFER_ENCODING_CHUNKED_NOT_FINAL);
    String head = "POST / HTTP/1.1\r\nHost: a\r\n";
    assertThat(complete(c, head + "Transfer-Encoding: chunked, gzip\r\n\r\n").bodyFraming())
        .isEqualTo(BodyFraming.CHUNKED);
    assertThat(complete(c, head + "Transfer-Encoding: gzip\r\n\r\n").bodyFraming())
        .isEqualTo(BodyFraming.NONE);
    RequestHead withLength =
        complete(c, head + "Transfer-Encoding: identity\r\nContent-Length: 3\r\n\r\n");
    assertThat(withLength.bodyFraming()).isEqualTo(BodyFraming.CONTENT_LENGTH);
    assertThat(withLength.contentLength()).isEqualTo(3);
  }

  @Test
  void malformedTransferCodingsAreSkipped() {
    ParserConfig c = tolerating(Violation.TRANSFER_ENCODING_MALFORMED);
    String head = "POST / HTTP/1.1\r\nHost: a\r\n";
    assertThat(complete(c, head + "Transfer-Encoding: \"x\", chunked\r\n\r\n").bodyFraming())
        .isEqualTo(BodyFraming.CHUNKED);
    assertThat(complete(c, head + "Transfer-Encoding: \"chunked\"\r\n\r\n").bodyFraming())
        .isEqualTo(BodyFraming.NONE);
    assertThat(complete(c, head + "Transfer-Encoding: ,\r\n\r\n").bodyFraming())
        .isEqualTo(BodyFraming.NONE);
  }

  @Test
  void malformedVersionIsReadLikeAtoi() {
    ParserConfig c = tolerating(Violation.VERSION_DIGIT_FORMAT);
    RequestHead ten = complete(c, "GET / HTTP/1.10\r\nHost: a\r\n\r\n");
    assertThat(ten.versionMajor()).isEqualTo(1);
    assertThat(ten.versionMinor()).isEqualTo(10);
    RequestHead one = complete(c, "GET / HTTP/1\r\n\r\n");
    assertThat(one.versionMinor()).isZero();
    assertThat(complete(c, "GET / HTTP/1.1.1\r\nHost: a\r\n\r\n").versionMinor()).isEqualTo(1);
    violation(c, "GET / HTTP/11\r\nHost: a\r\n\r\n", Violation.UNSUPPORTED_MAJOR_VERSION);
  }

  @Test
  void versionlessRequestLineIsTakenForHttp10() {
    ParserConfig c = tolerating(Violation.HTTP09_REQUEST_LINE);
    RequestHead h = complete(c, "GET /a\r\nX-A: b\r\n\r\n");
    assertThat(h.method()).isEqualTo("GET");
    assertThat(h.target()).isEqualTo("/a");
    assertThat(h.versionMinor()).isZero();
    assertThat(h.fieldCount()).isEqualTo(1);
    violation(ParserConfig.strict(), "GET /a\r\n\r\n", Violation.HTTP09_REQUEST_LINE);
  }

  private static String decoded(ParserConfig c, String body) {
    ChunkedFeeder.Result r = ChunkedFeeder.decode(c, Bytes.of(body));
    assertThat(r.status).as("%s", Bytes.escape(body)).isEqualTo(ChunkedDecoder.Status.COMPLETE);
    return new String(r.data, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  @Test
  void chunkSizeIsReadLikeStrtol() {
    ParserConfig c = tolerating(Violation.CHUNK_SIZE_NOT_HEX);
    assertThat(decoded(c, "5x\r\nhello\r\n0\r\n\r\n")).isEqualTo("hello");
    assertThat(decoded(c, "g\r\n\r\n")).isEmpty();
  }

  @Test
  void loneCrOnChunkLinesIsDropped() {
    ParserConfig c = tolerating(Violation.CHUNK_LINE_BARE_CR);
    assertThat(decoded(c, "5\r\nhello\r0\r\n\r\n")).isEqualTo("hello");
    assertThat(decoded(c, "5\r\nhello\r\n0\r\r\n\r\n")).isEqualTo("hello");
  }

  @Test
  void controlsInChunkExtensionsAreSkipped() {
    ParserConfig c = tolerating(Violation.CHUNK_EXTENSION_CONTROL);
    assertThat(decoded(c, "5;a=\"b\0c\"\r\nhello\r\n0\r\n\r\n")).isEqualTo("hello");
    assertThat(decoded(c, "5;a=\"b\rc\"\r\nhello\r\n0\r\n\r\n")).isEqualTo("hello");
  }
}
