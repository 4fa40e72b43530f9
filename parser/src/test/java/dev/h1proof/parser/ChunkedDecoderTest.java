package dev.h1proof.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** RFC 9112 §7.1: chunked transfer coding. */
class ChunkedDecoderTest {

  private static ChunkedFeeder.Result decode(ParserConfig c, String body) {
    return ChunkedFeeder.decode(c, Bytes.of(body));
  }

  static Stream<Arguments> validBodies() {
    return Stream.of(
        Arguments.of("5\r\nhello\r\n0\r\n\r\n", "hello", 0),
        Arguments.of("5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n", "hello world", 0),
        Arguments.of("0\r\n\r\n", "", 0),
        Arguments.of("a\r\n0123456789\r\n0\r\n\r\n", "0123456789", 0),
        Arguments.of("A\r\n0123456789\r\n0\r\n\r\n", "0123456789", 0),
        Arguments.of("0005\r\nhello\r\n000\r\n\r\n", "hello", 0),
        Arguments.of("5;foo=bar\r\nhello\r\n0\r\n\r\n", "hello", 0),
        Arguments.of("5;foo\r\nhello\r\n0\r\n\r\n", "hello", 0),
        Arguments.of("5;a=1;b=2\r\nhello\r\n0;last=yes\r\n\r\n", "hello", 0),
        Arguments.of("5;foo=\"bar baz\"\r\nhello\r\n0\r\n\r\n", "hello", 0),
        Arguments.of("5;foo=\"a;b=c\"\r\nhello\r\n0\r\n\r\n", "hello", 0),
        Arguments.of("5;foo=\"a\\\"b\"\r\nhello\r\n0\r\n\r\n", "hello", 0),
        Arguments.of("5 ;foo=bar\r\nhello\r\n0\r\n\r\n", "hello", 0),
        Arguments.of("5; foo = bar\r\nhello\r\n0\r\n\r\n", "hello", 0),
        Arguments.of("5\t;\tfoo\t=\tbar\r\nhello\r\n0\r\n\r\n", "hello", 0),
        Arguments.of("000\r\n\r\n", "", 0),
        Arguments.of("0;x=1\r\n\r\n", "", 0),
        Arguments.of("5\r\nhello\r\n0\r\nX-T: v\r\n\r\n", "hello", 1),
        Arguments.of("0\r\nX-A: 1\r\nX-B: 2\r\n\r\n", "", 2),
        Arguments.of("0\r\nContent-Length: 50\r\n\r\n", "", 1),
        Arguments.of("0\r\nHost: evil.example\r\n\r\n", "", 1),
        Arguments.of("7fffffffffffffff\r\n", "", 0));
  }

  @ParameterizedTest
  @MethodSource("validBodies")
  void validBodyDecodes(String body, String data, int trailers) {
    ChunkedFeeder.Result r = decode(ParserConfig.strict(), body);
    if (body.startsWith("7ff")) {
      assertThat(r.status).isEqualTo(ChunkedDecoder.Status.NEED_MORE);
      return;
    }
    assertThat(r.status)
        .as("%s -> %s", Bytes.escape(body), r)
        .isEqualTo(ChunkedDecoder.Status.COMPLETE);
    assertThat(new String(r.data, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo(data);
    assertThat(r.consumed).isEqualTo(body.length());
    assertThat(r.trailers).isEqualTo(trailers);
  }

  static Stream<Arguments> invalidBodies() {
    return Stream.of(
        Arguments.of("0x5\r\nhello\r\n0\r\n\r\n", Violation.CHUNK_SIZE_NOT_HEX, 1),
        Arguments.of("-5\r\nhello\r\n0\r\n\r\n", Violation.CHUNK_SIZE_NOT_HEX, 0),
        Arguments.of("\r\nhello\r\n0\r\n\r\n", Violation.CHUNK_SIZE_NOT_HEX, 0),
        Arguments.of("+5\r\nhello\r\n0\r\n\r\n", Violation.CHUNK_SIZE_NOT_HEX, 0),
        Arguments.of("5g\r\nhello\r\n0\r\n\r\n", Violation.CHUNK_SIZE_NOT_HEX, 1),
        Arguments.of("5_0\r\nhello\r\n0\r\n\r\n", Violation.CHUNK_SIZE_NOT_HEX, 1),
        Arguments.of("g\r\nhello\r\n0\r\n\r\n", Violation.CHUNK_SIZE_NOT_HEX, 0),
        Arguments.of(" 5\r\nhello\r\n0\r\n\r\n", Violation.CHUNK_SIZE_WHITESPACE, 0),
        Arguments.of("5 \r\nhello\r\n0\r\n\r\n", Violation.CHUNK_SIZE_WHITESPACE, 1),
        Arguments.of("5\t\r\nhello\r\n0\r\n\r\n", Violation.CHUNK_SIZE_WHITESPACE, 1),
        Arguments.of(
            "10000000000000005\r\nhello\r\n0\r\n\r\n", Violation.CHUNK_SIZE_TOO_MANY_DIGITS, 16),
        Arguments.of("FFFFFFFFFFFFFFFF\r\nhello\r\n0\r\n\r\n", Violation.CHUNK_SIZE_OVERFLOW, 15),
        Arguments.of("5\r\nhelloXX\r\n0\r\n\r\n", Violation.CHUNK_DATA_LENGTH_MISMATCH, 8),
        Arguments.of("5\r\nhell\r\n0\r\n\r\n", Violation.CHUNK_DATA_LENGTH_MISMATCH, 8),
        Arguments.of("5\r\nhello0\r\n\r\n", Violation.CHUNK_DATA_LENGTH_MISMATCH, 8),
        Arguments.of("3\r\nhello\r\n", Violation.CHUNK_DATA_LENGTH_MISMATCH, 6),
        Arguments.of("5\nhello\n0\n\n", Violation.CHUNK_LINE_BARE_LF, 1),
        Arguments.of("5\r\nhello\n0\r\n\r\n", Violation.CHUNK_LINE_BARE_LF, 8),
        Arguments.of("5;ext\nhello\r\n0\r\n\r\n", Violation.CHUNK_LINE_BARE_LF, 5),
        Arguments.of("0\n\n", Violation.CHUNK_LINE_BARE_LF, 1),
        Arguments.of("5\rhello\r\n0\r\n\r\n", Violation.CHUNK_LINE_BARE_CR, 1),
        Arguments.of("5\r\nhello\r\n0\r\r\n", Violation.CHUNK_LINE_BARE_CR, 11),
        Arguments.of("5;\r\nhello\r\n0\r\n\r\n", Violation.CHUNK_EXTENSION_MALFORMED, 2),
        Arguments.of(
            "5;foo=\"unterminated\r\nhello\r\n0\r\n\r\n", Violation.CHUNK_EXTENSION_CONTROL, 19),
        Arguments.of("5;fo o=bar\r\nhello\r\n0\r\n\r\n", Violation.CHUNK_EXTENSION_MALFORMED, 5),
        Arguments.of("5;=bar\r\nhello\r\n0\r\n\r\n", Violation.CHUNK_EXTENSION_MALFORMED, 2),
        Arguments.of("5;foo=\r\nhello\r\n0\r\n\r\n", Violation.CHUNK_EXTENSION_MALFORMED, 6),
        Arguments.of("5;foo=b\"ar\r\nhello\r\n0\r\n\r\n", Violation.CHUNK_EXTENSION_MALFORMED, 7),
        Arguments.of("5;foo=\"a\nb\"\r\nhello\r\n0\r\n\r\n", Violation.CHUNK_EXTENSION_CONTROL, 8),
        Arguments.of("5;foo=a\rb\r\nhello\r\n0\r\n\r\n", Violation.CHUNK_EXTENSION_CONTROL, 7),
        Arguments.of("5;foo=a\u0000\r\nhello\r\n0\r\n\r\n", Violation.CHUNK_EXTENSION_CONTROL, 7),
        Arguments.of(
            "5;" + "a".repeat(5000) + "\r\nhello\r\n0\r\n\r\n",
            Violation.CHUNK_EXTENSION_TOO_LONG,
            4097),
        Arguments.of("0\r\nX-T : v\r\n\r\n", Violation.TRAILER_FIELD_MALFORMED, 7),
        Arguments.of("0\r\nnot a field\r\n\r\n", Violation.TRAILER_FIELD_MALFORMED, 7),
        Arguments.of("0\r\nX-T: a\u0000b\r\n\r\n", Violation.TRAILER_FIELD_MALFORMED, 9),
        Arguments.of("0\r\nX-T: a\r\n b\r\n\r\n", Violation.TRAILER_FIELD_MALFORMED, 11),
        Arguments.of(
            "0\r\nGET /canary HTTP/1.1\r\nHost: a\r\n\r\n", Violation.TRAILER_FIELD_MALFORMED, 7),
        Arguments.of("0\r\nX-T: v\n\r\n", Violation.TRAILER_BARE_LF, 9),
        Arguments.of("0\r\nX-T: v\n\n", Violation.TRAILER_BARE_LF, 9));
  }

  @ParameterizedTest
  @MethodSource("invalidBodies")
  void invalidBodyIsRejected(String body, Violation expected, int offset) {
    ChunkedFeeder.Result r = decode(ParserConfig.strict(), body);
    assertThat(r.status)
        .as("%s -> %s", Bytes.escape(body), r)
        .isEqualTo(ChunkedDecoder.Status.VIOLATION);
    assertThat(r.violation).as("%s -> %s", Bytes.escape(body), r).isEqualTo(expected);
    assertThat(r.offset).as("%s -> %s", Bytes.escape(body), r).isEqualTo(offset);
  }

  @Test
  void bareLfLeniencyCoversTrailerLinesOnly() {
    ParserConfig c = ParserConfig.strict().withLeniency(Leniency.BARE_LF_LINE_ENDINGS);
    assertThat(decode(c, "0\r\nX-T: v\n\r\n").status).isEqualTo(ChunkedDecoder.Status.COMPLETE);
    assertThat(decode(c, "0\r\nX-T: v\n\n").status).isEqualTo(ChunkedDecoder.Status.COMPLETE);
    assertThat(decode(c, "0\n\n").violation).isEqualTo(Violation.CHUNK_LINE_BARE_LF);
  }

  @Test
  void completeLeavesTheNextMessageUnconsumed() {
    byte[] buf = Bytes.of("5\r\nhello\r\n0\r\n\r\nGET /canary HTTP/1.1\r\n");
    ChunkedDecoder d = new ChunkedDecoder();
    int off = 0;
    ChunkedDecoder.Status s;
    while ((s = d.decode(buf, off, buf.length)) == ChunkedDecoder.Status.DATA) {
      off += d.consumed();
    }
    off += d.consumed();
    assertThat(s).isEqualTo(ChunkedDecoder.Status.COMPLETE);
    assertThat(off).isEqualTo(15);
    assertThat(d.isComplete()).isTrue();
    d.reset();
    assertThat(d.isComplete()).isFalse();
  }

  @Test
  void largeChunkSizeIsNotWrapped() {
    ChunkedFeeder.Result r =
        decode(
            ParserConfig.strict().withMaxChunkSizeDigits(20),
            "10000000000000005\r\nhello\r\n0\r\n\r\n");
    assertThat(r.violation).isEqualTo(Violation.CHUNK_SIZE_OVERFLOW);
    r = decode(ParserConfig.strict(), "100000005\r\nhello\r\n0\r\n\r\n");
    assertThat(r.status).isEqualTo(ChunkedDecoder.Status.NEED_MORE);
    assertThat(r.data).hasSize(12);
  }

  @Test
  void trailerLimitsApply() {
    ParserConfig c = ParserConfig.strict().withMaxFieldCount(1);
    assertThat(decode(c, "0\r\nA: 1\r\nB: 2\r\n\r\n").violation)
        .isEqualTo(Violation.TOO_MANY_FIELDS);
    c = ParserConfig.strict().withMaxHeaderSectionSize(5);
    assertThat(decode(c, "0\r\nA: 123\r\n\r\n").violation)
        .isEqualTo(Violation.HEADER_SECTION_TOO_LARGE);
  }

  /**
   * Given a trailer section larger than the limit, the octet that passes it is blamed wherever it
   * falls (in a name, in OWS, in a value, on a CR), whether the decoder takes the run of name or
   * value octets in one scan (whole input) or octet by octet (split inputs, which the feeder
   * compares); tolerated, the field still reads whole.
   */
  @Test
  void trailerSizeLimitBlamesTheOctetThatPassesIt() {
    String section = "Name: \tvalue text \r\n";
    String body = "0\r\n" + section + "\r\n";
    for (int limit = 2; limit <= section.length() + 2; limit++) {
      ParserConfig c = ParserConfig.strict().withMaxHeaderSectionSize(limit);
      ChunkedFeeder.Result r = decode(c, body);
      if (limit < section.length()) {
        assertThat(r.violation)
            .as("limit %d: %s", limit, r)
            .isEqualTo(Violation.HEADER_SECTION_TOO_LARGE);
        assertThat(r.offset).as("limit %d", limit).isEqualTo(3 + limit);
      } else {
        assertThat(r.status).as("limit %d: %s", limit, r).isEqualTo(ChunkedDecoder.Status.COMPLETE);
      }
      ParserConfig tolerant =
          c.withTolerated(java.util.EnumSet.of(Violation.HEADER_SECTION_TOO_LARGE));
      assertThat(decode(tolerant, body).status).isEqualTo(ChunkedDecoder.Status.COMPLETE);
      ChunkedDecoder d = new ChunkedDecoder(tolerant);
      byte[] b = Bytes.of(body);
      assertThat(d.decode(b, 0, b.length)).isEqualTo(ChunkedDecoder.Status.COMPLETE);
      assertThat(d.trailerName(0)).isEqualTo("Name");
      assertThat(d.trailerValue(0)).isEqualTo("value text");
    }
  }

  /**
   * Given tolerated malformed trailer lines, the recovery skips the rest of a line whose name is
   * bad (a line without a name adds no field), and keeps only field-content in a value: a control
   * octet and the octet after a bare CR are left out. The result is the same whole, split and octet
   * by octet.
   */
  @Test
  void toleratedMalformedTrailerLinesAreSkipped() {
    ParserConfig c =
        ParserConfig.strict()
            .withTolerated(
                java.util.EnumSet.of(
                    Violation.TRAILER_FIELD_MALFORMED, Violation.BARE_CR_IN_FIELD_LINE));
    String body = "0\r\nA b: 1\r\nC\t: 2\r\n: 3\r\nD: x\ry\r\nE: 5\u0001\r\nF: 6\r\n\r\n";
    ChunkedFeeder.Result r = decode(c, body);
    assertThat(r.status).as(r.toString()).isEqualTo(ChunkedDecoder.Status.COMPLETE);
    ChunkedDecoder d = new ChunkedDecoder(c);
    byte[] b = Bytes.of(body);
    assertThat(d.decode(b, 0, b.length)).isEqualTo(ChunkedDecoder.Status.COMPLETE);
    StringBuilder read = new StringBuilder();
    for (int i = 0; i < d.trailerFieldCount(); i++) {
      read.append(d.trailerName(i)).append('=').append(Bytes.escape(d.trailerValue(i))).append(';');
    }
    assertThat(read.toString()).isEqualTo("A=\"\";C=\"2\";D=\"x\";E=\"5\";F=\"6\";");
    assertThat(d.toleratedViolations())
        .containsExactlyInAnyOrder(
            Violation.TRAILER_FIELD_MALFORMED, Violation.BARE_CR_IN_FIELD_LINE);
  }
}
