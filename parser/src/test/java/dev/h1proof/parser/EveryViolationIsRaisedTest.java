package dev.h1proof.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A {@link Violation} is something a parser of this library reports: every constant is raised by
 * the request parser, the chunked decoder or the response parser on the bytes below, under the
 * strict configuration or a tighter limit. A constant nothing raises is a defect: it belongs to
 * whoever does raise it (the reference server's misbehaviours live in the runner).
 */
class EveryViolationIsRaisedTest {
  private static final String H = "GET / HTTP/1.1\r\nHost: a\r\n";
  private static final String P = "POST / HTTP/1.1\r\nHost: a\r\n";
  private static final String OK = "HTTP/1.1 200 OK\r\n";

  /** How one constant is raised: the violations the parser reports on the case's bytes. */
  private static final Map<Violation, Supplier<Set<Violation>>> CASES =
      new EnumMap<>(Violation.class);

  static {
    ParserConfig strict = ParserConfig.strict();
    // Group 1: message format
    request(Violation.NON_HTTP_OCTETS, strict, "\u0016\u0003\u0001\u0000\u00a5\u0001\u0000");
    request(Violation.BARE_LF_REQUEST_LINE, strict, "GET / HTTP/1.1\nHost: a\r\n\r\n");
    request(Violation.BARE_LF_FIELD_LINE, strict, H + "X-A: b\n\r\n");
    request(Violation.BARE_CR_IN_REQUEST_LINE, strict, "GET /a\rb HTTP/1.1\r\nHost: a\r\n\r\n");
    request(Violation.BARE_CR_IN_FIELD_LINE, strict, H + "X-A: b\rc\r\n\r\n");
    request(Violation.BARE_CR_LINE_TERMINATOR, strict, "\rGET / HTTP/1.1\r\nHost: a\r\n\r\n");
    request(
        Violation.LEADING_EMPTY_LINE_FLOOD,
        strict.withMaxLeadingEmptyLines(1),
        "\r\n\r\n" + H + "\r\n");
    request(Violation.WHITESPACE_BEFORE_FIRST_FIELD, strict, "GET / HTTP/1.1\r\n X-A: b\r\n\r\n");
    // Group 2: request-line
    request(Violation.REQUEST_LINE_SEPARATOR, strict, "GET  / HTTP/1.1\r\nHost: a\r\n\r\n");
    request(
        Violation.REQUEST_LINE_LEADING_WHITESPACE, strict, " GET / HTTP/1.1\r\nHost: a\r\n\r\n");
    request(
        Violation.REQUEST_LINE_TRAILING_WHITESPACE, strict, "GET / HTTP/1.1 \r\nHost: a\r\n\r\n");
    request(Violation.REQUEST_LINE_WORD_COUNT, strict, "GET HTTP/1.1\r\nHost: a\r\n\r\n");
    request(Violation.HTTP09_REQUEST_LINE, strict, "GET /\r\n\r\n");
    request(Violation.METHOD_NOT_TOKEN, strict, "G(T / HTTP/1.1\r\nHost: a\r\n\r\n");
    request(
        Violation.METHOD_TOO_LONG,
        strict.withMaxRequestLineLength(16),
        "M".repeat(40) + " / HTTP/1.1\r\nHost: a\r\n\r\n");
    request(
        Violation.REQUEST_LINE_TOO_LONG,
        strict.withMaxRequestLineLength(16),
        "GET /" + "a".repeat(40) + " HTTP/1.1\r\nHost: a\r\n\r\n");
    // Group 3: request-target
    request(Violation.TARGET_WHITESPACE, strict, "GET /a\tb HTTP/1.1\r\nHost: a\r\n\r\n");
    request(Violation.TARGET_DISALLOWED_OCTET, strict, "GET /<x> HTTP/1.1\r\nHost: a\r\n\r\n");
    request(
        Violation.TARGET_INVALID_AUTHORITY, strict, "GET http://[::1/ HTTP/1.1\r\nHost: a\r\n\r\n");
    request(Violation.TARGET_CTL, strict, "GET /a\u0001 HTTP/1.1\r\nHost: a\r\n\r\n");
    request(Violation.TARGET_FRAGMENT, strict, "GET /a#b HTTP/1.1\r\nHost: a\r\n\r\n");
    request(Violation.TARGET_BAD_PERCENT_ENCODING, strict, "GET /%zz HTTP/1.1\r\nHost: a\r\n\r\n");
    request(Violation.ORIGIN_FORM_WITHOUT_SLASH, strict, "GET a/b HTTP/1.1\r\nHost: a\r\n\r\n");
    request(Violation.TARGET_EMPTY_HOST, strict, "GET http:///x HTTP/1.1\r\nHost: a\r\n\r\n");
    request(Violation.TARGET_USERINFO, strict, "GET http://u@a/ HTTP/1.1\r\nHost: a\r\n\r\n");
    request(Violation.AUTHORITY_FORM_NOT_CONNECT, strict, "GET a:80 HTTP/1.1\r\nHost: a\r\n\r\n");
    request(Violation.CONNECT_INVALID_PORT, strict, "CONNECT a:x HTTP/1.1\r\nHost: a\r\n\r\n");
    request(
        Violation.CONNECT_TARGET_NOT_AUTHORITY, strict, "CONNECT / HTTP/1.1\r\nHost: a\r\n\r\n");
    request(Violation.ASTERISK_FORM_NOT_OPTIONS, strict, "GET * HTTP/1.1\r\nHost: a\r\n\r\n");
    // Group 4: HTTP-version
    request(Violation.HTTP_NAME_CASE, strict, "GET / http/1.1\r\nHost: a\r\n\r\n");
    request(Violation.HTTP_NAME_INVALID, strict, "GET / HTTPS/1.1\r\nHost: a\r\n\r\n");
    request(Violation.VERSION_DIGIT_FORMAT, strict, "GET / HTTP/1.10\r\nHost: a\r\n\r\n");
    request(Violation.VERSION_INTERNAL_WHITESPACE, strict, "GET / HTTP/ 1.1\r\nHost: a\r\n\r\n");
    request(Violation.UNSUPPORTED_MAJOR_VERSION, strict, "GET / HTTP/2.0\r\nHost: a\r\n\r\n");
    // Group 5: fields
    request(Violation.WHITESPACE_BEFORE_COLON, strict, H + "X-A : b\r\n\r\n");
    request(Violation.FIELD_NAME_NOT_TOKEN, strict, H + "X-A[]: b\r\n\r\n");
    request(Violation.FIELD_NAME_EMPTY, strict, H + ": b\r\n\r\n");
    request(Violation.FIELD_LINE_WITHOUT_COLON, strict, H + "X-A b\r\n\r\n");
    request(Violation.NUL_IN_FIELD_VALUE, strict, H + "X-A: b\u0000c\r\n\r\n");
    request(Violation.CTL_IN_FIELD_VALUE, strict, H + "X-A: b\u0001c\r\n\r\n");
    request(Violation.OBS_FOLD, strict, H + "X-A: b\r\n c\r\n\r\n");
    request(
        Violation.OBS_FOLD_IN_FRAMING_FIELD,
        strict.withLeniency(Leniency.OBS_FOLD_TO_SP),
        P + "Content-Length:\r\n 0\r\n\r\n");
    request(
        Violation.HEADER_SECTION_TOO_LARGE,
        strict.withMaxHeaderSectionSize(16),
        H + "X-A: " + "b".repeat(40) + "\r\n\r\n");
    request(Violation.TOO_MANY_FIELDS, strict.withMaxFieldCount(2), H + "X-A: b\r\nX-B: c\r\n\r\n");
    // Group 6: Host
    request(Violation.HOST_MISSING, strict, "GET / HTTP/1.1\r\n\r\n");
    request(Violation.HOST_DUPLICATE, strict, H + "Host: a\r\n\r\n");
    request(
        Violation.HOST_DUPLICATE_HTTP10, strict, "GET / HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n");
    request(Violation.HOST_INVALID_CHARACTER, strict, "GET / HTTP/1.1\r\nHost: a%zz\r\n\r\n");
    request(Violation.HOST_USERINFO, strict, "GET / HTTP/1.1\r\nHost: u@a\r\n\r\n");
    request(Violation.HOST_PATH_QUERY_FRAGMENT, strict, "GET / HTTP/1.1\r\nHost: a/b\r\n\r\n");
    request(Violation.HOST_INVALID_PORT, strict, "GET / HTTP/1.1\r\nHost: a:+80\r\n\r\n");
    request(Violation.HOST_EMPTY_PORT, strict, "GET / HTTP/1.1\r\nHost: a:\r\n\r\n");
    request(Violation.HOST_PORT_OUT_OF_RANGE, strict, "GET / HTTP/1.1\r\nHost: a:99999\r\n\r\n");
    request(Violation.HOST_INVALID_IP_LITERAL, strict, "GET / HTTP/1.1\r\nHost: [::1\r\n\r\n");
    request(Violation.HOST_COMMA_LIST, strict, "GET / HTTP/1.1\r\nHost: a,b\r\n\r\n");
    request(Violation.HOST_EMPTY, strict, "GET / HTTP/1.1\r\nHost:\r\n\r\n");
    request(Violation.HOST_CHECKS_WITH_ABSOLUTE_FORM, strict, "GET http://a/ HTTP/1.1\r\n\r\n");
    // Group 7: Content-Length
    request(Violation.CONTENT_LENGTH_INVALID, strict, P + "Content-Length: 1e1\r\n\r\n");
    request(Violation.CONTENT_LENGTH_EMPTY, strict, P + "Content-Length:\r\n\r\n");
    request(
        Violation.CONTENT_LENGTH_INTERNAL_WHITESPACE, strict, P + "Content-Length: 5 5\r\n\r\n");
    request(
        Violation.CONTENT_LENGTH_DIFFERENT_VALUES,
        strict,
        P + "Content-Length: 5\r\nContent-Length: 6\r\n\r\n");
    request(
        Violation.CONTENT_LENGTH_IDENTICAL_VALUES,
        strict,
        P + "Content-Length: 5\r\nContent-Length: 5\r\n\r\n");
    request(Violation.CONTENT_LENGTH_LIST_EMPTY_MEMBER, strict, P + "Content-Length: 5,\r\n\r\n");
    request(
        Violation.CONTENT_LENGTH_LIST_INVALID_MEMBER, strict, P + "Content-Length: 5, x\r\n\r\n");
    request(
        Violation.CONTENT_LENGTH_OVERFLOW,
        strict,
        P + "Content-Length: 99999999999999999999999\r\n\r\n");
    // Group 8: Transfer-Encoding
    request(
        Violation.TRANSFER_ENCODING_CHUNKED_NOT_FINAL,
        strict,
        P + "Transfer-Encoding: chunked, gzip\r\n\r\n");
    request(
        Violation.TRANSFER_ENCODING_MALFORMED, strict, P + "Transfer-Encoding: ch unked\r\n\r\n");
    request(
        Violation.TRANSFER_ENCODING_UNKNOWN_CODING,
        strict,
        P + "Transfer-Encoding: foo, chunked\r\n\r\n");
    request(
        Violation.TRANSFER_ENCODING_CHUNKED_TWICE,
        strict,
        P + "Transfer-Encoding: chunked, chunked\r\n\r\n");
    request(
        Violation.TRANSFER_ENCODING_PARAMETERS,
        strict,
        P + "Transfer-Encoding: chunked;a=b\r\n\r\n");
    request(
        Violation.TRANSFER_ENCODING_WITH_CONTENT_LENGTH,
        strict,
        P + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n");
    request(
        Violation.TRANSFER_ENCODING_IN_HTTP10,
        strict,
        "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n");
    // Group 9: chunked bodies
    body(Violation.CHUNK_SIZE_NOT_HEX, strict, "5g\r\nhello\r\n0\r\n\r\n");
    body(Violation.CHUNK_SIZE_WHITESPACE, strict, "5 \r\nhello\r\n0\r\n\r\n");
    body(Violation.CHUNK_SIZE_OVERFLOW, strict, "FFFFFFFFFFFFFFFF\r\nhello\r\n0\r\n\r\n");
    body(
        Violation.CHUNK_SIZE_TOO_MANY_DIGITS,
        strict.withMaxChunkSizeDigits(2),
        "0005\r\nhello\r\n0\r\n\r\n");
    body(Violation.CHUNK_DATA_LENGTH_MISMATCH, strict, "5\r\nhelloXX\r\n0\r\n\r\n");
    body(Violation.CHUNK_LINE_BARE_LF, strict, "5\nhello\r\n0\r\n\r\n");
    body(Violation.CHUNK_LINE_BARE_CR, strict, "5\rhello\r\n0\r\n\r\n");
    body(Violation.CHUNK_EXTENSION_MALFORMED, strict, "5;=x\r\nhello\r\n0\r\n\r\n");
    body(Violation.CHUNK_EXTENSION_CONTROL, strict, "5;a=b\u0000\r\nhello\r\n0\r\n\r\n");
    body(
        Violation.CHUNK_EXTENSION_TOO_LONG,
        strict.withMaxChunkExtensionLength(4),
        "5;abcdefgh\r\nhello\r\n0\r\n\r\n");
    body(Violation.TRAILER_FIELD_MALFORMED, strict, "0\r\nX-T : v\r\n\r\n");
    body(Violation.TRAILER_BARE_LF, strict, "0\r\nX-T: v\n\r\n");
    // Group 12: responses
    response(Violation.RESPONSE_STATUS_LINE, "HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n", "GET");
    response(
        Violation.RESPONSE_HEADER_SECTION_GRAMMAR,
        OK + "X-A : b\r\nContent-Length: 0\r\n\r\n",
        "GET");
    response(
        Violation.RESPONSE_TE_OR_CL_IN_1XX_OR_204,
        "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n",
        "GET");
    response(
        Violation.RESPONSE_CL_WITH_TE,
        OK + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        "GET");
    response(
        Violation.RESPONSE_CONTENT_AFTER_HEAD,
        OK + "Content-Length: 5\r\n\r\nhello" + OK + "Content-Length: 5\r\n\r\nhello",
        "HEAD",
        "GET");
    CASES.put(
        Violation.RESPONSE_NOT_SELF_DELIMITED,
        () -> rules(Bytes.of(OK + "\r\nbody"), true, List.of("GET")));
    response(
        Violation.RESPONSE_UNSOLICITED,
        "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n" + OK + "Content-Length: 0\r\n\r\n",
        "GET");
  }

  private static void request(Violation v, ParserConfig config, String raw) {
    put(
        v,
        () -> {
          Outcome o = SplitFeeder.parse(config, Bytes.of(raw));
          return o.status == ParseStatus.VIOLATION ? EnumSet.of(o.violation) : Set.of();
        });
  }

  private static void body(Violation v, ParserConfig config, String raw) {
    put(
        v,
        () -> {
          ChunkedFeeder.Result r = ChunkedFeeder.decode(config, Bytes.of(raw));
          return r.status == ChunkedDecoder.Status.VIOLATION ? EnumSet.of(r.violation) : Set.of();
        });
  }

  private static void response(Violation v, String raw, String... methods) {
    put(v, () -> rules(Bytes.of(raw), false, List.of(methods)));
  }

  private static Set<Violation> rules(byte[] raw, boolean eof, List<String> methods) {
    Set<Violation> rules = EnumSet.noneOf(Violation.class);
    new ResponseParser()
        .parse(raw, 0, raw.length, eof, methods)
        .deviations()
        .forEach(d -> rules.add(d.rule()));
    return rules;
  }

  private static void put(Violation v, Supplier<Set<Violation>> raise) {
    if (CASES.put(v, raise) != null) {
      throw new IllegalStateException("two cases for " + v);
    }
  }

  @Test
  void everyConstantHasACase() {
    assertThat(CASES.keySet())
        .as("constants without bytes that raise them")
        .containsExactlyInAnyOrder(Violation.values());
  }

  @ParameterizedTest
  @EnumSource(Violation.class)
  void theParserRaisesIt(Violation v) {
    assertThat(CASES).as("a case for %s", v).containsKey(v);
    assertThat(CASES.get(v).get()).as("what the parser reports for the %s case", v).containsOnly(v);
  }
}
