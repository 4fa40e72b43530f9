package dev.h1proof.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One field-line grammar for request heads, trailer sections and responses (RFC 9112 §5, §7.1.2,
 * RFC 9110 §5.5): the same line is classified once by {@link FieldLineGrammar}, and each reader
 * blames the same octet for it under its own rule.
 */
class FieldLineGrammarTest {

  private static final String HEAD = "GET / HTTP/1.1\r\nHost: a\r\n";
  private static final String TRAILER = "0\r\n";
  private static final String RESPONSE = "HTTP/1.1 200 OK\r\n";

  private static Input input(String line) {
    Input in = new Input();
    in.set(Bytes.of(line));
    return in;
  }

  /**
   * Given one malformed field line, when it stands in a request head, a trailer section and a
   * response, then each reader blames the octet its rule names: the head and the response name the
   * same defect at the same octet, the trailer section gives its one rule for a malformed line.
   *
   * @param line the field line without its CRLF
   * @param shape what the grammar makes of the name, or null when the name is a token
   * @param head the request head's violation
   * @param headAt where in the line the head blames
   * @param trailer the trailer section's violation
   * @param trailerAt where in the line the trailer section blames
   * @param response the response's deviation detail (its rule is always the header-section rule)
   * @param responseAt where in the line the response blames
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedLines")
  void theSameLineIsBlamedAlikeInEveryReader(
      String line,
      FieldLineGrammar.NameShape shape,
      Violation head,
      int headAt,
      Violation trailer,
      int trailerAt,
      String response,
      int responseAt) {
    String escaped = Bytes.escape(line);
    if (shape != null) {
      Input in = input(line);
      int n = FieldLineGrammar.nameEnd(in, 0, line.length());
      int colon = FieldLineGrammar.colon(in, n, line.length());
      assertThat(FieldLineGrammar.nameShape(in, 0, n, colon)).as(escaped).isEqualTo(shape);
    }

    Outcome h = RequestTesting.violation(HEAD + line + "\r\n\r\n", head);
    assertThat(h.offset - HEAD.length()).as("head %s", escaped).isEqualTo(headAt);

    ChunkedFeeder.Result t =
        ChunkedFeeder.decode(ParserConfig.strict(), Bytes.of(TRAILER + line + "\r\n\r\n"));
    assertThat(t.violation).as("trailer %s -> %s", escaped, t).isEqualTo(trailer);
    assertThat(t.offset - TRAILER.length()).as("trailer %s", escaped).isEqualTo(trailerAt);

    String raw = RESPONSE + line + "\r\nContent-Length: 0\r\n\r\n";
    byte[] b = Bytes.of(raw);
    ResponseSequence s = new ResponseParser().parse(b, 0, b.length, false, List.of("GET"));
    assertThat(s.deviations()).as("response %s", escaped).hasSize(1);
    ResponseDeviation d = s.deviations().get(0);
    assertThat(d.rule()).isEqualTo(Violation.RESPONSE_HEADER_SECTION_GRAMMAR);
    assertThat(d.detail()).as("response %s", escaped).startsWith(response);
    assertThat(d.offset() - RESPONSE.length()).as("response %s", escaped).isEqualTo(responseAt);
  }

  static Stream<Arguments> malformedLines() {
    Violation malformed = Violation.TRAILER_FIELD_MALFORMED;
    return Stream.of(
        Arguments.of(
            "X-A : b",
            FieldLineGrammar.NameShape.WHITESPACE_BEFORE_COLON,
            Violation.WHITESPACE_BEFORE_COLON,
            3,
            malformed,
            4,
            "whitespace before colon",
            3),
        Arguments.of(
            "X-A\t\t: b",
            FieldLineGrammar.NameShape.WHITESPACE_BEFORE_COLON,
            Violation.WHITESPACE_BEFORE_COLON,
            3,
            malformed,
            5,
            "whitespace before colon",
            3),
        Arguments.of(
            ": b",
            FieldLineGrammar.NameShape.EMPTY,
            Violation.FIELD_NAME_EMPTY,
            0,
            malformed,
            0,
            "empty field name",
            0),
        Arguments.of(
            "X@A: b",
            FieldLineGrammar.NameShape.NOT_TOKEN,
            Violation.FIELD_NAME_NOT_TOKEN,
            1,
            malformed,
            1,
            "field name is not a token",
            1),
        Arguments.of(
            "X-A b: c",
            FieldLineGrammar.NameShape.NOT_TOKEN,
            Violation.FIELD_NAME_NOT_TOKEN,
            3,
            malformed,
            4,
            "field name is not a token",
            3),
        Arguments.of(
            "\"X\": b",
            FieldLineGrammar.NameShape.NOT_TOKEN,
            Violation.FIELD_NAME_NOT_TOKEN,
            0,
            malformed,
            0,
            "field name is not a token",
            0),
        Arguments.of(
            "no colon",
            FieldLineGrammar.NameShape.NO_COLON,
            Violation.FIELD_LINE_WITHOUT_COLON,
            0,
            malformed,
            3,
            "field line without colon",
            0),
        Arguments.of(
            "X-A: a\u0000b",
            null,
            Violation.NUL_IN_FIELD_VALUE,
            6,
            malformed,
            6,
            "octet 0x00 in a field value",
            6),
        Arguments.of(
            "X-A: a\u0001b",
            null,
            Violation.CTL_IN_FIELD_VALUE,
            6,
            malformed,
            6,
            "octet 0x01 in a field value",
            6),
        Arguments.of(
            "X-A: \u007f",
            null,
            Violation.CTL_IN_FIELD_VALUE,
            5,
            malformed,
            5,
            "octet 0x7f in a field value",
            5),
        Arguments.of(
            "X-A: a\rb",
            null,
            Violation.BARE_CR_IN_FIELD_LINE,
            6,
            Violation.BARE_CR_IN_FIELD_LINE,
            6,
            "bare CR",
            6),
        Arguments.of("X-A: a\r\n b", null, Violation.OBS_FOLD, 8, malformed, 8, "obs-fold", 8));
  }

  /**
   * Given a well-formed line with OWS around the value, obs-text and inner whitespace, then the
   * head, the trailer section and the response read the same name and value.
   */
  @Test
  void aWellFormedLineReadsTheSameEverywhere() {
    String line = "X-Ok: \t caf\u00e9  au\tlait \t";
    String value = "caf\u00e9  au\tlait";

    RequestHead h = RequestTesting.complete(HEAD + line + "\r\n\r\n");
    assertThat(h.fieldName(1)).isEqualTo("X-Ok");
    assertThat(h.fieldValue(1)).isEqualTo(value);

    byte[] body = Bytes.of(TRAILER + line + "\r\n\r\n");
    ChunkedFeeder.Result t = ChunkedFeeder.decode(ParserConfig.strict(), body);
    assertThat(t.status).as(t.toString()).isEqualTo(ChunkedDecoder.Status.COMPLETE);
    ChunkedDecoder d = new ChunkedDecoder();
    assertThat(d.decode(body, 0, body.length)).isEqualTo(ChunkedDecoder.Status.COMPLETE);
    assertThat(d.trailerName(0)).isEqualTo("X-Ok");
    assertThat(d.trailerValue(0)).isEqualTo(value);
    assertThat(d.trailerValueStart(0)).isEqualTo(TRAILER.length() + line.indexOf('c'));

    byte[] b = Bytes.of(RESPONSE + line + "\r\nContent-Length: 0\r\n\r\n");
    ResponseSequence s = new ResponseParser().parse(b, 0, b.length, false, List.of("GET"));
    assertThat(s.deviations()).isEmpty();
    assertThat(s.responses().get(0).fieldName(0)).isEqualTo("X-Ok");
    assertThat(s.responses().get(0).fieldValue(0)).isEqualTo(value);
  }

  /**
   * Given whitespace before the colon, which a response records and a lenient head tolerates, then
   * both read the name without the whitespace and the value after the colon (the response parser
   * used to start the value at the whitespace, giving ": b").
   */
  @Test
  void aNameWithWhitespaceBeforeTheColonReadsTheSameInAHeadAndAResponse() {
    String line = "X-A \t: b";
    ParserConfig tolerant =
        ParserConfig.strict()
            .withTolerated(java.util.EnumSet.of(Violation.WHITESPACE_BEFORE_COLON));
    RequestHead h = RequestTesting.complete(tolerant, HEAD + line + "\r\n\r\n");
    assertThat(h.fieldName(1)).isEqualTo("X-A");
    assertThat(h.fieldValue(1)).isEqualTo("b");

    byte[] b = Bytes.of(RESPONSE + line + "\r\nContent-Length: 0\r\n\r\n");
    ParsedResponse r =
        new ResponseParser().parse(b, 0, b.length, false, List.of("GET")).responses().get(0);
    assertThat(r.fieldName(0)).isEqualTo("X-A");
    assertThat(r.fieldValue(0)).isEqualTo("b");
  }

  /** The grammar's octet classes are the ABNF's, octet by octet. */
  @Test
  void octetClassesFollowTheAbnf() {
    for (int o = 0; o < 256; o++) {
      byte b = (byte) o;
      boolean ctl = o < 0x20 || o == 0x7F;
      boolean ows = o == ' ' || o == '\t';
      assertThat(FieldLineGrammar.isOws(b)).as("0x%02x", o).isEqualTo(ows);
      assertThat(FieldLineGrammar.isValueOctet(b)).as("0x%02x", o).isEqualTo(!ctl || o == '\t');
      boolean tchar =
          o < 0x80 && (Character.isLetterOrDigit((char) o) || "!#$%&'*+-.^_`|~".indexOf(o) >= 0);
      assertThat(FieldLineGrammar.isNameOctet(b)).as("0x%02x", o).isEqualTo(tchar);
      if (!FieldLineGrammar.isValueOctet(b) && o != '\n') {
        FieldLineGrammar.ValueFault expected =
            o == 0
                ? FieldLineGrammar.ValueFault.NUL
                : o == '\r' ? FieldLineGrammar.ValueFault.CR : FieldLineGrammar.ValueFault.CTL;
        assertThat(FieldLineGrammar.valueFault(b)).as("0x%02x", o).isEqualTo(expected);
      }
    }
  }

  /** OWS is trimmed on both sides and nothing else; scans stop at the first octet outside. */
  @Test
  void rangesAreScannedWithinTheirBounds() {
    String text = "ab  \t c\t ";
    Input in = input(text);
    assertThat(FieldLineGrammar.skipOws(in, 2, text.length())).isEqualTo(6);
    assertThat(FieldLineGrammar.trimOws(in, 0, text.length())).isEqualTo(7);
    assertThat(FieldLineGrammar.trimOws(in, 2, 6)).isEqualTo(2);
    assertThat(FieldLineGrammar.nameEnd(in, 0, text.length())).isEqualTo(2);
    assertThat(FieldLineGrammar.nameEnd(in, 0, 1)).isEqualTo(1);
    Input value = input("a b\u0000c");
    assertThat(FieldLineGrammar.valueEnd(value, 0, 5)).isEqualTo(3);
    assertThat(FieldLineGrammar.valueEnd(value, 0, 2)).isEqualTo(2);
    assertThat(FieldLineGrammar.colon(input("a b:c:"), 1, 6)).isEqualTo(3);
    assertThat(FieldLineGrammar.colon(input("a b:c:"), 1, 3)).isEqualTo(-1);
  }
}
