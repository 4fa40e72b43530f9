package dev.h1proof.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 9112 §2.2, §2.3, §3 and §3.2: message start, request-line, target and version. */
class RequestLineTest extends RequestTesting {

  @Test
  void baselineGetIsComplete() {
    // given a minimal HTTP/1.1 request
    String raw = "GET / HTTP/1.1\r\nHost: a\r\n\r\n";
    // when parsed
    RequestHead h = complete(raw);
    // then every part is exposed
    assertThat(h.method()).isEqualTo("GET");
    assertThat(h.isMethod("GET")).isTrue();
    assertThat(h.isMethod("get")).isFalse();
    assertThat(h.target()).isEqualTo("/");
    assertThat(h.targetForm()).isEqualTo(TargetForm.ORIGIN);
    assertThat(h.versionMajor()).isEqualTo(1);
    assertThat(h.versionMinor()).isEqualTo(1);
    assertThat(h.host()).isEqualTo("a");
    assertThat(h.headLength()).isEqualTo(raw.length());
    assertThat(h.bodyFraming()).isEqualTo(BodyFraming.NONE);
    assertThat(h.keepAlive()).isTrue();
    assertThat(h.mustClose()).isFalse();
  }

  static Stream<Arguments> invalidRequestLines() {
    return Stream.of(
        Arguments.of("GET / HTTP/1.1\rHost: a\r\n\r\n", Violation.BARE_CR_IN_REQUEST_LINE),
        Arguments.of("GET /a\rb HTTP/1.1\r\nHost: a\r\n\r\n", Violation.BARE_CR_IN_REQUEST_LINE),
        Arguments.of("GET / HTTP/1.1\nHost: a\r\n\r\n", Violation.BARE_LF_REQUEST_LINE),
        Arguments.of("\nGET / HTTP/1.1\r\nHost: a\r\n\r\n", Violation.BARE_LF_REQUEST_LINE),
        Arguments.of("\rGET / HTTP/1.1\r\nHost: a\r\n\r\n", Violation.BARE_CR_LINE_TERMINATOR),
        Arguments.of("GET  / HTTP/1.1\r\nHost: a\r\n\r\n", Violation.REQUEST_LINE_SEPARATOR),
        Arguments.of("GET\t/\tHTTP/1.1\r\nHost: a\r\n\r\n", Violation.REQUEST_LINE_SEPARATOR),
        Arguments.of(
            "GET\u000b/\u000cHTTP/1.1\r\nHost: a\r\n\r\n", Violation.REQUEST_LINE_SEPARATOR),
        Arguments.of("GET /  HTTP/1.1\r\nHost: a\r\n\r\n", Violation.REQUEST_LINE_SEPARATOR),
        Arguments.of(
            " GET / HTTP/1.1\r\nHost: a\r\n\r\n", Violation.REQUEST_LINE_LEADING_WHITESPACE),
        Arguments.of(
            "GET / HTTP/1.1 \r\nHost: a\r\n\r\n", Violation.REQUEST_LINE_TRAILING_WHITESPACE),
        Arguments.of(
            "GET / HTTP/1.1\t\r\nHost: a\r\n\r\n", Violation.REQUEST_LINE_TRAILING_WHITESPACE),
        Arguments.of("GET HTTP/1.1\r\nHost: a\r\n\r\n", Violation.REQUEST_LINE_WORD_COUNT),
        Arguments.of(" / HTTP/1.1\r\nHost: a\r\n\r\n", Violation.REQUEST_LINE_LEADING_WHITESPACE),
        Arguments.of("GET / HTTP/1.1 extra\r\nHost: a\r\n\r\n", Violation.REQUEST_LINE_WORD_COUNT),
        Arguments.of("HELLO\r\n\r\n", Violation.REQUEST_LINE_WORD_COUNT),
        Arguments.of("GET /\r\n\r\n", Violation.HTTP09_REQUEST_LINE),
        Arguments.of("GET /\r\nHost: a\r\n\r\n", Violation.HTTP09_REQUEST_LINE),
        Arguments.of("GE(T / HTTP/1.1\r\nHost: a\r\n\r\n", Violation.METHOD_NOT_TOKEN),
        Arguments.of("GET\u0000 / HTTP/1.1\r\nHost: a\r\n\r\n", Violation.METHOD_NOT_TOKEN),
        Arguments.of("G\u00c3\u0089T / HTTP/1.1\r\nHost: a\r\n\r\n", Violation.METHOD_NOT_TOKEN),
        Arguments.of(
            "\u0016\u0003\u0001\u0000\u00a5\u0001\u0000\u0000\u00a1\u0003\u0003",
            Violation.NON_HTTP_OCTETS),
        Arguments.of("\u0000\u0000\u0000\u0000\r\n\r\n", Violation.NON_HTTP_OCTETS),
        Arguments.of("GET /a b HTTP/1.1\r\nHost: a\r\n\r\n", Violation.TARGET_WHITESPACE),
        Arguments.of("GET /a\tb HTTP/1.1\r\nHost: a\r\n\r\n", Violation.TARGET_WHITESPACE),
        Arguments.of("GET /a HTTP/1.1 HTTP/1.1\r\nHost: a\r\n\r\n", Violation.TARGET_WHITESPACE),
        Arguments.of("GET /a\"b HTTP/1.1\r\nHost: a\r\n\r\n", Violation.TARGET_DISALLOWED_OCTET),
        Arguments.of("GET /<x> HTTP/1.1\r\nHost: a\r\n\r\n", Violation.TARGET_DISALLOWED_OCTET),
        Arguments.of(
            "GET /caf\u00c3\u00a9 HTTP/1.1\r\nHost: a\r\n\r\n", Violation.TARGET_DISALLOWED_OCTET),
        Arguments.of("GET /a\\b HTTP/1.1\r\nHost: a\r\n\r\n", Violation.TARGET_DISALLOWED_OCTET),
        Arguments.of("GET /a{b} HTTP/1.1\r\nHost: a\r\n\r\n", Violation.TARGET_DISALLOWED_OCTET),
        Arguments.of("GET /a|b HTTP/1.1\r\nHost: a\r\n\r\n", Violation.TARGET_DISALLOWED_OCTET),
        Arguments.of("GET /\u00ff HTTP/1.1\r\nHost: a\r\n\r\n", Violation.TARGET_DISALLOWED_OCTET),
        Arguments.of("GET /a\u0000b HTTP/1.1\r\nHost: a\r\n\r\n", Violation.TARGET_CTL),
        Arguments.of("GET /a\u0001 HTTP/1.1\r\nHost: a\r\n\r\n", Violation.TARGET_CTL),
        Arguments.of("GET /a\u007f HTTP/1.1\r\nHost: a\r\n\r\n", Violation.TARGET_CTL),
        Arguments.of("GET /a#b HTTP/1.1\r\nHost: a\r\n\r\n", Violation.TARGET_FRAGMENT),
        Arguments.of("GET http://a/x#y HTTP/1.1\r\nHost: a\r\n\r\n", Violation.TARGET_FRAGMENT),
        Arguments.of("GET /%zz HTTP/1.1\r\nHost: a\r\n\r\n", Violation.TARGET_BAD_PERCENT_ENCODING),
        Arguments.of("GET /%4 HTTP/1.1\r\nHost: a\r\n\r\n", Violation.TARGET_BAD_PERCENT_ENCODING),
        Arguments.of("GET /a% HTTP/1.1\r\nHost: a\r\n\r\n", Violation.TARGET_BAD_PERCENT_ENCODING),
        Arguments.of("GET a/b HTTP/1.1\r\nHost: a\r\n\r\n", Violation.ORIGIN_FORM_WITHOUT_SLASH),
        Arguments.of("GET ?q=1 HTTP/1.1\r\nHost: a\r\n\r\n", Violation.ORIGIN_FORM_WITHOUT_SLASH),
        Arguments.of("GET .. HTTP/1.1\r\nHost: a\r\n\r\n", Violation.ORIGIN_FORM_WITHOUT_SLASH),
        Arguments.of("GET http:///x HTTP/1.1\r\nHost: a\r\n\r\n", Violation.TARGET_EMPTY_HOST),
        Arguments.of("GET http://:80/ HTTP/1.1\r\nHost: a\r\n\r\n", Violation.TARGET_EMPTY_HOST),
        Arguments.of(
            "GET http://user:pw@a/ HTTP/1.1\r\nHost: a\r\n\r\n", Violation.TARGET_USERINFO),
        Arguments.of("GET http://evil@a/ HTTP/1.1\r\nHost: a\r\n\r\n", Violation.TARGET_USERINFO),
        Arguments.of(
            "GET 127.0.0.1:80 HTTP/1.1\r\nHost: a\r\n\r\n", Violation.AUTHORITY_FORM_NOT_CONNECT),
        Arguments.of(
            "POST 127.0.0.1:80 HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n",
            Violation.AUTHORITY_FORM_NOT_CONNECT),
        Arguments.of("CONNECT a HTTP/1.1\r\nHost: a\r\n\r\n", Violation.CONNECT_INVALID_PORT),
        Arguments.of("CONNECT a: HTTP/1.1\r\nHost: a\r\n\r\n", Violation.CONNECT_INVALID_PORT),
        Arguments.of("CONNECT a:xyz HTTP/1.1\r\nHost: a\r\n\r\n", Violation.CONNECT_INVALID_PORT),
        Arguments.of("CONNECT a:65536 HTTP/1.1\r\nHost: a\r\n\r\n", Violation.CONNECT_INVALID_PORT),
        Arguments.of(
            "CONNECT / HTTP/1.1\r\nHost: a\r\n\r\n", Violation.CONNECT_TARGET_NOT_AUTHORITY),
        Arguments.of(
            "CONNECT http://a:80/ HTTP/1.1\r\nHost: a\r\n\r\n",
            Violation.CONNECT_TARGET_NOT_AUTHORITY),
        Arguments.of(
            "CONNECT * HTTP/1.1\r\nHost: a\r\n\r\n", Violation.CONNECT_TARGET_NOT_AUTHORITY),
        Arguments.of("GET * HTTP/1.1\r\nHost: a\r\n\r\n", Violation.ASTERISK_FORM_NOT_OPTIONS),
        Arguments.of(
            "POST * HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n",
            Violation.ASTERISK_FORM_NOT_OPTIONS),
        Arguments.of("GET / http/1.1\r\nHost: a\r\n\r\n", Violation.HTTP_NAME_CASE),
        Arguments.of("GET / Http/1.1\r\nHost: a\r\n\r\n", Violation.HTTP_NAME_CASE),
        Arguments.of("GET / HTTPS/1.1\r\nHost: a\r\n\r\n", Violation.HTTP_NAME_INVALID),
        Arguments.of("GET / HTTP/1.10\r\nHost: a\r\n\r\n", Violation.VERSION_DIGIT_FORMAT),
        Arguments.of("GET / HTTP/01.1\r\nHost: a\r\n\r\n", Violation.VERSION_DIGIT_FORMAT),
        Arguments.of("GET / HTTP/1\r\nHost: a\r\n\r\n", Violation.VERSION_DIGIT_FORMAT),
        Arguments.of("GET / HTTP/1.\r\nHost: a\r\n\r\n", Violation.VERSION_DIGIT_FORMAT),
        Arguments.of("GET / HTTP/.1\r\nHost: a\r\n\r\n", Violation.VERSION_DIGIT_FORMAT),
        Arguments.of("GET / HTTP/1.1.1\r\nHost: a\r\n\r\n", Violation.VERSION_DIGIT_FORMAT),
        Arguments.of("GET / HTTP/11\r\nHost: a\r\n\r\n", Violation.VERSION_DIGIT_FORMAT),
        Arguments.of("GET / HTTP/1.a\r\nHost: a\r\n\r\n", Violation.VERSION_DIGIT_FORMAT),
        Arguments.of("GET / HTTP/1,1\r\nHost: a\r\n\r\n", Violation.VERSION_DIGIT_FORMAT),
        Arguments.of("GET / HTTP/ 1.1\r\nHost: a\r\n\r\n", Violation.VERSION_INTERNAL_WHITESPACE),
        Arguments.of("GET / HTTP /1.1\r\nHost: a\r\n\r\n", Violation.VERSION_INTERNAL_WHITESPACE),
        Arguments.of("GET / HTTP/1 .1\r\nHost: a\r\n\r\n", Violation.VERSION_INTERNAL_WHITESPACE),
        Arguments.of("GET / HTTP/2.0\r\nHost: a\r\n\r\n", Violation.UNSUPPORTED_MAJOR_VERSION),
        Arguments.of("GET / HTTP/3.0\r\nHost: a\r\n\r\n", Violation.UNSUPPORTED_MAJOR_VERSION),
        Arguments.of("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", Violation.UNSUPPORTED_MAJOR_VERSION),
        Arguments.of("GET / HTTP/0.9\r\nHost: a\r\n\r\n", Violation.UNSUPPORTED_MAJOR_VERSION));
  }

  @ParameterizedTest
  @MethodSource("invalidRequestLines")
  void invalidRequestLineIsRejected(String raw, Violation expected) {
    violation(raw, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET / HTTP/1.1\r\nHost: a\r\n\r\n",
        "\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n",
        "\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n",
        "HEAD / HTTP/1.1\r\nHost: a\r\n\r\n",
        "get / HTTP/1.1\r\nHost: a\r\n\r\n",
        "FOO / HTTP/1.1\r\nHost: a\r\n\r\n",
        "GET /a-._~!$&'()*+,;=:@/%20?x=/?y HTTP/1.1\r\nHost: a\r\n\r\n",
        "GET //double HTTP/1.1\r\nHost: a\r\n\r\n",
        "GET http://a/ HTTP/1.1\r\nHost: a\r\n\r\n",
        "GET http://a HTTP/1.1\r\nHost: a\r\n\r\n",
        "GET HTTP://A/ HTTP/1.1\r\nHost: a\r\n\r\n",
        "GET https://a/ HTTP/1.1\r\nHost: a\r\n\r\n",
        "OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n",
        "CONNECT a:443 HTTP/1.1\r\nHost: a:443\r\n\r\n",
        "CONNECT [::1]:443 HTTP/1.1\r\nHost: a\r\n\r\n",
        "GET / HTTP/1.2\r\nHost: a\r\n\r\n",
        "GET / HTTP/1.9\r\nHost: a\r\n\r\n",
        "GET / HTTP/1.0\r\n\r\n",
        "GET / HTTP/1.0\r\nHost: a\r\n\r\n",
        "!#$%&'*+-.^_`|~09azAZ / HTTP/1.1\r\nHost: a\r\n\r\n"
      })
  void validRequestLineIsComplete(String raw) {
    complete(raw);
  }

  @Test
  void requestLineOf8000OctetsIsAccepted() {
    complete("GET /" + "a".repeat(7980) + " HTTP/1.1\r\nHost: a\r\n\r\n");
  }

  @Test
  void overlongTargetGets414() {
    // given a target beyond the 8192 default
    String raw = "GET /" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: a\r\n\r\n";
    // then 414 at the first octet past the limit
    Outcome o = violation(raw, Violation.REQUEST_LINE_TOO_LONG);
    assertThat(o.offset).isEqualTo(8192);
    assertThat(o.violation.status()).isEqualTo(414);
  }

  @Test
  void requestLineExactlyAtLimitIsAccepted() {
    ParserConfig c = ParserConfig.strict().withMaxRequestLineLength(20);
    String line = "GET /" + "a".repeat(6) + " HTTP/1.1"; // 20 octets
    assertThat(line).hasSize(20);
    complete(c, line + "\r\nHost: a\r\n\r\n");
    violation(
        c,
        "GET /" + "a".repeat(7) + " HTTP/1.1\r\nHost: a\r\n\r\n",
        Violation.REQUEST_LINE_TOO_LONG);
  }

  @Test
  void overlongMethodGets501() {
    Outcome o =
        violation(
            "A".repeat(100_000) + " / HTTP/1.1\r\nHost: a\r\n\r\n", Violation.METHOD_TOO_LONG);
    assertThat(o.violation.status()).isEqualTo(501);
  }

  @Test
  void leadingEmptyLinesAreSkippedUpToTheLimit() {
    RequestHead h = complete("\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n");
    assertThat(h.headLength()).isEqualTo(4 + 27);
    assertThat(h.methodStart()).isEqualTo(4);
    violation(
        "\r\n".repeat(10_000) + "GET / HTTP/1.1\r\nHost: a\r\n\r\n",
        Violation.LEADING_EMPTY_LINE_FLOOD);
    complete(
        ParserConfig.strict().withMaxLeadingEmptyLines(20_000),
        "\r\n".repeat(10_000) + "GET / HTTP/1.1\r\nHost: a\r\n\r\n");
    violation(
        ParserConfig.strict().withMaxLeadingEmptyLines(0),
        "\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n",
        Violation.LEADING_EMPTY_LINE_FLOOD);
  }

  @Test
  void absoluteFormAuthorityOverridesHost() {
    RequestHead h = complete("GET http://a/ HTTP/1.1\r\nHost: other.example\r\n\r\n");
    assertThat(h.targetForm()).isEqualTo(TargetForm.ABSOLUTE);
    assertThat(h.host()).isEqualTo("a");
    h = complete("GET http://other.example:8080/x?y HTTP/1.1\r\nHost: a\r\n\r\n");
    assertThat(h.host()).isEqualTo("other.example:8080");
  }

  @Test
  void connectTargetIsTheAuthority() {
    RequestHead h = complete("CONNECT a:443 HTTP/1.1\r\nHost: b\r\n\r\n");
    assertThat(h.targetForm()).isEqualTo(TargetForm.AUTHORITY);
    assertThat(h.host()).isEqualTo("a:443");
  }

  @Test
  void asteriskFormWithOptions() {
    RequestHead h = complete("OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n");
    assertThat(h.targetForm()).isEqualTo(TargetForm.ASTERISK);
  }

  @Test
  void higherMinorVersionIsProcessedAsHttp11() {
    RequestHead h = complete("GET / HTTP/1.2\r\nHost: a\r\n\r\n");
    assertThat(h.versionMinor()).isEqualTo(2);
    assertThat(h.keepAlive()).isTrue();
    violation("GET / HTTP/1.2\r\n\r\n", Violation.HOST_MISSING);
  }

  @Test
  void everyNonTcharInTheMethodIsRejected() {
    for (int b = 0; b < 256; b++) {
      if (HttpTokens.isTchar((byte) b)
          || b == ' '
          || b == '\t'
          || b == 0x0B
          || b == 0x0C
          || b == '\r'
          || b == '\n') {
        continue;
      }
      String raw = "G" + (char) b + "T / HTTP/1.1\r\nHost: a\r\n\r\n";
      violation(raw, Violation.METHOD_NOT_TOKEN);
    }
  }

  @Test
  void everyOctetOutsidePcharInTheTargetIsRejected() {
    String allowed =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?";
    for (int b = 0; b < 256; b++) {
      if (allowed.indexOf(b) >= 0 || b == ' ' || b == '\n' || b == '%') {
        continue;
      }
      String raw = "GET /a" + (char) b + "b HTTP/1.1\r\nHost: a\r\n\r\n";
      Outcome o = SplitFeeder.parse(Bytes.of(raw));
      assertThat(o.status).as(Bytes.escape(raw)).isEqualTo(ParseStatus.VIOLATION);
      assertThat(o.offset).as(Bytes.escape(raw)).isEqualTo(6);
    }
    complete("GET /" + allowed + "%aF HTTP/1.1\r\nHost: a\r\n\r\n");
  }
}
