package dev.h1proof.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 9112 §2.2, §5 and RFC 9110 §5: field lines, values, folding and limits. */
class FieldsTest extends RequestTesting {

  static Stream<Arguments> invalidFieldLines() {
    return Stream.of(
        Arguments.of("GET / HTTP/1.1\r\nHost : a\r\n\r\n", Violation.WHITESPACE_BEFORE_COLON),
        Arguments.of(
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length : 5\r\n\r\nhello",
            Violation.WHITESPACE_BEFORE_COLON),
        Arguments.of(
            "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding\t: chunked\r\n\r\n0\r\n\r\n",
            Violation.WHITESPACE_BEFORE_COLON),
        Arguments.of(
            "GET / HTTP/1.1\r\nHost: a\r\nX-A[]: b\r\n\r\n", Violation.FIELD_NAME_NOT_TOKEN),
        Arguments.of("GET / HTTP/1.1\r\nHost: a\r\n: b\r\n\r\n", Violation.FIELD_NAME_EMPTY),
        Arguments.of(
            "GET / HTTP/1.1\r\nHost: a\r\nX\u0000A: b\r\n\r\n", Violation.FIELD_NAME_NOT_TOKEN),
        Arguments.of("GET / HTTP/1.1\r\nHost: a\r\nX A: b\r\n\r\n", Violation.FIELD_NAME_NOT_TOKEN),
        Arguments.of(
            "GET / HTTP/1.1\r\nHost: a\r\nX\u007fA: b\r\n\r\n", Violation.FIELD_NAME_NOT_TOKEN),
        Arguments.of(
            "GET / HTTP/1.1\r\nHost: a\r\n\u00c3\u00a9: b\r\n\r\n", Violation.FIELD_NAME_NOT_TOKEN),
        Arguments.of(
            "GET / HTTP/1.1\r\nHost: a\r\nX\"A: b\r\n\r\n", Violation.FIELD_NAME_NOT_TOKEN),
        Arguments.of(
            "GET / HTTP/1.1\r\nHost: a\r\nX-A b\r\n\r\n", Violation.FIELD_LINE_WITHOUT_COLON),
        Arguments.of("GET / HTTP/1.1\r\nHost a\r\n\r\n", Violation.FIELD_LINE_WITHOUT_COLON),
        Arguments.of(
            "GET / HTTP/1.1\r\nHost: a\r\nBad Header\r\n\r\nGET /canary HTTP/1.1\r\n",
            Violation.FIELD_LINE_WITHOUT_COLON),
        Arguments.of(
            "GET / HTTP/1.1\r\nHost: a\r\nX-A: b\u0000c\r\n\r\n", Violation.NUL_IN_FIELD_VALUE),
        Arguments.of("GET / HTTP/1.1\r\nHost: a\u0000.evil\r\n\r\n", Violation.NUL_IN_FIELD_VALUE),
        Arguments.of(
            "GET / HTTP/1.1\r\nHost: a\r\nX-A: b\u0001c\r\n\r\n", Violation.CTL_IN_FIELD_VALUE),
        Arguments.of(
            "GET / HTTP/1.1\r\nHost: a\r\nX-A: b\u007fc\r\n\r\n", Violation.CTL_IN_FIELD_VALUE),
        Arguments.of(
            "GET / HTTP/1.1\r\nHost: a\r\nX-A: b\u001b[0mc\r\n\r\n", Violation.CTL_IN_FIELD_VALUE),
        Arguments.of(
            "GET / HTTP/1.1\r\nHost: a\r\nX-A: b\rc\r\n\r\n", Violation.BARE_CR_IN_FIELD_LINE),
        Arguments.of(
            "GET / HTTP/1.1\r\nHost: a\r\nX\rA: b\r\n\r\n", Violation.BARE_CR_IN_FIELD_LINE),
        Arguments.of("GET / HTTP/1.1\r\nHost: a\rX-A: b\r\n\r\n", Violation.BARE_CR_IN_FIELD_LINE),
        Arguments.of("GET / HTTP/1.1\rHost: a\r\r", Violation.BARE_CR_IN_REQUEST_LINE),
        Arguments.of("GET / HTTP/1.1\r\nHost: a\r\r", Violation.BARE_CR_IN_FIELD_LINE),
        Arguments.of("GET / HTTP/1.1\r\nHost: a\r\n\r\r", Violation.BARE_CR_LINE_TERMINATOR),
        Arguments.of("GET / HTTP/1.1\r\nHost: a\nX-A: b\r\n\r\n", Violation.BARE_LF_FIELD_LINE),
        Arguments.of("GET / HTTP/1.1\r\nHost: a\r\n\n", Violation.BARE_LF_FIELD_LINE),
        Arguments.of(
            "GET / HTTP/1.1\r\nHost: a\r\nX-A: a\nb\r\n\r\n", Violation.BARE_LF_FIELD_LINE),
        Arguments.of("GET / HTTP/1.1\r\n Host: a\r\n\r\n", Violation.WHITESPACE_BEFORE_FIRST_FIELD),
        Arguments.of(
            "GET / HTTP/1.1\r\n X-A: b\r\nHost: a\r\n\r\n",
            Violation.WHITESPACE_BEFORE_FIRST_FIELD),
        Arguments.of(
            "GET / HTTP/1.1\r\n\tHost: evil\r\nHost: a\r\n\r\n",
            Violation.WHITESPACE_BEFORE_FIRST_FIELD),
        Arguments.of("GET / HTTP/1.1\r\nHost: a\r\nX-A: b\r\n c\r\n\r\n", Violation.OBS_FOLD),
        Arguments.of("GET / HTTP/1.1\r\nHost: a\r\nX-A: b\r\n\tc\r\n\r\n", Violation.OBS_FOLD),
        Arguments.of(
            "GET / HTTP/1.1\r\nHost: a\r\n X-B: c\r\n\r\n", Violation.OBS_FOLD_IN_FRAMING_FIELD),
        Arguments.of(
            "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding:\r\n chunked\r\n\r\n0\r\n\r\n",
            Violation.OBS_FOLD_IN_FRAMING_FIELD),
        Arguments.of(
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length:\r\n 5\r\n\r\nhello",
            Violation.OBS_FOLD_IN_FRAMING_FIELD),
        Arguments.of(
            "GET / HTTP/1.1\r\nHost: a\r\nX-A: " + "a".repeat(1 << 20) + "\r\n\r\n",
            Violation.HEADER_SECTION_TOO_LARGE),
        Arguments.of(
            "GET / HTTP/1.1\r\nHost: a\r\n" + "X".repeat(100_000) + ": b\r\n\r\n",
            Violation.HEADER_SECTION_TOO_LARGE),
        Arguments.of(
            "GET / HTTP/1.1\r\nHost: a\r\n" + "X-A: b\r\n".repeat(10_000) + "\r\n",
            Violation.TOO_MANY_FIELDS));
  }

  @ParameterizedTest
  @MethodSource("invalidFieldLines")
  void invalidFieldLineIsRejected(String raw, Violation expected) {
    violation(raw, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET / HTTP/1.1\r\nX-A: \u00f0\r\nHost: a\r\n\r\n",
        "GET / HTTP/1.1\r\nX-A: \u00e2\u0080\r\nHost: a\r\n\r\n",
        "GET / HTTP/1.1\r\nhost: a\r\n\r\n",
        "GET / HTTP/1.1\r\nHost:a\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: \t a \t\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\nX-A: caf\u00e9\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\nX-A: a\tb  c\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\nX-Empty:\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\nContent_Length: 33\r\n\r\n"
      })
  void validFieldLinesAreAccepted(String raw) {
    complete(raw);
  }

  /**
   * OWS of every shape around a value (none, one octet, several, SP and HTAB, on either side, an
   * empty value), on a line between two ordinary ones: the value is the same whether the one-pass
   * walk reads it (the input fed whole) or the general path (fed an octet at a time), on every
   * path.
   */
  @ParameterizedTest
  @MethodSource("owsShapes")
  void owsShapesBetweenOrdinaryLinesKeepTheirValue(String line, String value) {
    RequestHead h = complete("GET / HTTP/1.1\r\nHost: a\r\n" + line + "\r\nX-Z: z\r\n\r\n");
    assertThat(h.fieldCount()).isEqualTo(3);
    assertThat(h.fieldName(1)).isEqualTo("X-A");
    assertThat(h.fieldValue(1)).isEqualTo(value);
    assertThat(h.fieldValue(2)).isEqualTo("z");
  }

  static Stream<Arguments> owsShapes() {
    return Stream.of(
        Arguments.of("X-A: b", "b"),
        Arguments.of("X-A:b", "b"),
        Arguments.of("X-A:\tb", "b"),
        Arguments.of("X-A:  b", "b"),
        Arguments.of("X-A: \tb", "b"),
        Arguments.of("X-A:\t\t b", "b"),
        Arguments.of("X-A: b ", "b"),
        Arguments.of("X-A: b\t", "b"),
        Arguments.of("X-A: b \t ", "b"),
        Arguments.of("X-A:b  ", "b"),
        Arguments.of("X-A: b c", "b c"),
        Arguments.of("X-A: b\tc", "b\tc"),
        Arguments.of("X-A:", ""),
        Arguments.of("X-A: ", ""),
        Arguments.of("X-A:\t", ""),
        Arguments.of("X-A:  ", ""),
        Arguments.of("X-A: \t ", ""),
        Arguments.of("X-A: caf\u00e9", "caf\u00e9"),
        Arguments.of("X-A: \u00e9 ", "\u00e9"));
  }

  @Test
  void fieldValuesAreTrimmedOfOws() {
    RequestHead h = complete("GET / HTTP/1.1\r\nHost: \t a \t\r\nX-A:\t b c \t\r\nX-B:\r\n\r\n");
    assertThat(h.fieldCount()).isEqualTo(3);
    assertThat(h.host()).isEqualTo("a");
    assertThat(h.fieldName(1)).isEqualTo("X-A");
    assertThat(h.fieldValue(1)).isEqualTo("b c");
    assertThat(h.fieldValue(2)).isEmpty();
    assertThat(h.indexOfField("x-a")).isEqualTo(1);
    assertThat(h.indexOfField("X-A")).isEqualTo(1);
    assertThat(h.indexOfField("x-c")).isEqualTo(-1);
    assertThat(h.indexOfField("host", 1)).isEqualTo(-1);
  }

  @Test
  void everyControlOctetInAFieldValueIsRejected() {
    for (int b = 0; b < 0x20; b++) {
      if (b == '\t' || b == '\n' || b == '\r') {
        continue;
      }
      String raw = "GET / HTTP/1.1\r\nHost: a\r\nX-A: b" + (char) b + "c\r\n\r\n";
      Violation expected = b == 0 ? Violation.NUL_IN_FIELD_VALUE : Violation.CTL_IN_FIELD_VALUE;
      Outcome o = violation(raw, expected);
      assertThat(o.offset).isEqualTo(31);
    }
    violation("GET / HTTP/1.1\r\nHost: a\r\nX-A: b\u007fc\r\n\r\n", Violation.CTL_IN_FIELD_VALUE);
  }

  @Test
  void everyObsTextAndVcharOctetInAFieldValueIsAccepted() {
    for (int b = 0x21; b < 0x100; b++) {
      if (b == 0x7F) {
        continue;
      }
      complete("GET / HTTP/1.1\r\nHost: a\r\nX-A: b" + (char) b + "c\r\n\r\n");
    }
  }

  @Test
  void everyNonTcharInAFieldNameIsRejected() {
    for (int b = 0; b < 256; b++) {
      if (HttpTokens.isTchar((byte) b) || b == ':' || b == '\n' || b == '\r') {
        continue;
      }
      String raw = "GET / HTTP/1.1\r\nHost: a\r\nX" + (char) b + "A: b\r\n\r\n";
      Outcome o = SplitFeeder.parse(Bytes.of(raw));
      assertThat(o.status).as(Bytes.escape(raw)).isEqualTo(ParseStatus.VIOLATION);
      assertThat(o.violation).as(Bytes.escape(raw)).isEqualTo(Violation.FIELD_NAME_NOT_TOKEN);
      assertThat(o.offset).as(Bytes.escape(raw)).isEqualTo(26);
    }
  }

  @Test
  void whitespaceBeforeColonIsReportedAtTheWhitespace() {
    violationAt("GET / HTTP/1.1\r\nHost : a\r\n\r\n", Violation.WHITESPACE_BEFORE_COLON, 20);
  }

  @Test
  void bareLfLeniencyAcceptsLfEverywhereInTheHead() {
    ParserConfig c = lenient(Leniency.BARE_LF_LINE_ENDINGS);
    RequestHead h = complete(c, "GET / HTTP/1.1\nHost: a\n\n");
    assertThat(h.headLength()).isEqualTo(24);
    complete(c, "GET / HTTP/1.1\r\nHost: a\nX-A: b\r\n\r\n");
    complete(c, "\nGET / HTTP/1.1\r\nHost: a\r\n\r\n");
    h = complete(c, "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\nhello");
    assertThat(h.headLength()).isEqualTo(46);
    assertThat(h.contentLength()).isEqualTo(5);
    // LF inside a value is then a terminator, and "b" a line without colon
    violation(
        c, "GET / HTTP/1.1\r\nHost: a\r\nX-A: a\nb\r\n\r\n", Violation.FIELD_LINE_WITHOUT_COLON);
  }

  @Test
  void obsFoldLeniencyWritesSpaceInPlace() {
    ParserConfig c = lenient(Leniency.OBS_FOLD_TO_SP);
    Parsed p = parsed(c, "GET / HTTP/1.1\r\nHost: a\r\nX-A: b\r\n c\r\n\r\n");
    assertThat(p.status).isEqualTo(ParseStatus.COMPLETE);
    assertThat(p.head().fieldValue(1)).isEqualTo("b   c");
    assertThat(new String(p.buf, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("GET / HTTP/1.1\r\nHost: a\r\nX-A: b   c\r\n\r\n");
    Parsed tabLed = parsed(c, "GET / HTTP/1.1\r\nHost: a\r\nX-A: b\r\n\tc\r\n\r\n");
    assertThat(tabLed.head().fieldValue(1)).as("the fold's HTAB is SP too").isEqualTo("b   c");
    violation(
        c,
        "POST / HTTP/1.1\r\nHost: a\r\nContent-Length:\r\n 5\r\n\r\nhello",
        Violation.OBS_FOLD_IN_FRAMING_FIELD);
  }

  @Test
  void bareCrAndNulLeniencyWriteSpaceInPlace() {
    Parsed p =
        parsed(lenient(Leniency.BARE_CR_TO_SP), "GET / HTTP/1.1\r\nHost: a\r\nX-A: b\rc\r\n\r\n");
    assertThat(p.head().fieldValue(1)).isEqualTo("b c");
    violation(
        lenient(Leniency.BARE_CR_TO_SP),
        "GET / HTTP/1.1\r\nHost: a\r\nX\rA: b\r\n\r\n",
        Violation.BARE_CR_IN_FIELD_LINE);
    violation(
        lenient(Leniency.BARE_CR_TO_SP),
        "GET / HTTP/1.1\r\nHost: a\rX-A: b\r\n\r\n",
        Violation.HOST_INVALID_CHARACTER);
    p = parsed(lenient(Leniency.NUL_TO_SP), "GET / HTTP/1.1\r\nHost: a\r\nX-A: b\u0000c\r\n\r\n");
    assertThat(p.head().fieldValue(1)).isEqualTo("b c");
    violation(
        lenient(Leniency.NUL_TO_SP),
        "GET / HTTP/1.1\r\nHost: a\u0000.evil\r\n\r\n",
        Violation.HOST_INVALID_CHARACTER);
    complete(
        lenient(Leniency.RETAIN_CTL_IN_FIELD_VALUE),
        "GET / HTTP/1.1\r\nHost: a\r\nX-A: b\u0001c\r\n\r\n");
  }

  @Test
  void whitespacePrecededLinesCanBeIgnored() {
    ParserConfig c = lenient(Leniency.IGNORE_WHITESPACE_PRECEDED_LINES);
    RequestHead h = complete(c, "GET / HTTP/1.1\r\n X-A: b\r\nHost: a\r\n\r\n");
    assertThat(h.fieldCount()).isEqualTo(1);
    h = complete(c, "GET / HTTP/1.1\r\n\tHost: evil\r\n more\r\nHost: a\r\n\r\n");
    assertThat(h.host()).isEqualTo("a");
    violation(c, "GET / HTTP/1.1\r\n Host: a\r\n\r\n", Violation.HOST_MISSING);
  }

  @Test
  void headerSectionLimitsGive431() {
    ParserConfig c = ParserConfig.strict().withMaxHeaderSectionSize(20).withMaxFieldCount(2);
    String ok = "GET / HTTP/1.1\r\nHost: a\r\nX-A: 12345\r\n\r\n"; // 9 + 12 + 2 = 23 > 20
    violation(c, ok, Violation.HEADER_SECTION_TOO_LARGE);
    ParserConfig c2 = ParserConfig.strict().withMaxHeaderSectionSize(23);
    complete(c2, ok);
    violation(
        ParserConfig.strict().withMaxHeaderSectionSize(22), ok, Violation.HEADER_SECTION_TOO_LARGE);
    violation(
        c.withMaxHeaderSectionSize(1000),
        "GET / HTTP/1.1\r\nHost: a\r\nX-A: 1\r\nX-B: 2\r\n\r\n",
        Violation.TOO_MANY_FIELDS);
    assertThat(Violation.TOO_MANY_FIELDS.status()).isEqualTo(431);
  }

  @Test
  void manyFieldsGrowTheTableUpToTheLimit() {
    RequestHead h = complete("GET / HTTP/1.1\r\nHost: a\r\n" + "X-A: b\r\n".repeat(99) + "\r\n");
    assertThat(h.fieldCount()).isEqualTo(100);
  }

  @Test
  void incompleteHeadNeedsMore() {
    needsMore(ParserConfig.strict(), "GET / HTTP/1.1\r\nHost: a\r\n");
    needsMore(ParserConfig.strict(), "GET / HTTP/1.1\r\nHost: a\r\nX-A: b");
    needsMore(ParserConfig.strict(), "GET / HTTP/1.1\r\nHos");
  }
}
