package dev.h1proof.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 9112 §3.2 Host, §6 framing and §9.3 persistence. */
class HostAndFramingTest extends RequestTesting {

  static Stream<Arguments> invalidHosts() {
    return Stream.of(
        Arguments.of("GET / HTTP/1.1\r\n\r\n", Violation.HOST_MISSING),
        Arguments.of("GET / HTTP/1.1\r\nX-Host: a\r\n\r\n", Violation.HOST_MISSING),
        Arguments.of("GET / HTTP/1.2\r\n\r\n", Violation.HOST_MISSING),
        Arguments.of("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", Violation.HOST_DUPLICATE),
        Arguments.of("GET / HTTP/1.1\r\nHost: a\r\nHost: a\r\n\r\n", Violation.HOST_DUPLICATE),
        Arguments.of("GET / HTTP/1.1\r\nHost: a\r\nhOST: b\r\n\r\n", Violation.HOST_DUPLICATE),
        Arguments.of(
            "GET / HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n", Violation.HOST_DUPLICATE_HTTP10),
        Arguments.of("GET / HTTP/1.0\r\nHost: a b\r\n\r\n", Violation.HOST_INVALID_CHARACTER),
        Arguments.of("GET / HTTP/1.1\r\nHost: a b\r\n\r\n", Violation.HOST_INVALID_CHARACTER),
        Arguments.of("GET / HTTP/1.1\r\nHost: a\"b\r\n\r\n", Violation.HOST_INVALID_CHARACTER),
        Arguments.of(
            "GET / HTTP/1.1\r\nHost: caf\u00c3\u00a9.example\r\n\r\n",
            Violation.HOST_INVALID_CHARACTER),
        Arguments.of("GET / HTTP/1.1\r\nHost: a%zz\r\n\r\n", Violation.HOST_INVALID_CHARACTER),
        Arguments.of("GET / HTTP/1.1\r\nHost: user@a\r\n\r\n", Violation.HOST_USERINFO),
        Arguments.of("GET / HTTP/1.1\r\nHost: u:p@a\r\n\r\n", Violation.HOST_INVALID_PORT),
        Arguments.of("GET / HTTP/1.1\r\nHost: a@evil\r\n\r\n", Violation.HOST_USERINFO),
        Arguments.of("GET / HTTP/1.1\r\nHost: a/b\r\n\r\n", Violation.HOST_PATH_QUERY_FRAGMENT),
        Arguments.of("GET / HTTP/1.1\r\nHost: a?b\r\n\r\n", Violation.HOST_PATH_QUERY_FRAGMENT),
        Arguments.of("GET / HTTP/1.1\r\nHost: a#b\r\n\r\n", Violation.HOST_PATH_QUERY_FRAGMENT),
        Arguments.of("GET / HTTP/1.1\r\nHost: a:b\r\n\r\n", Violation.HOST_INVALID_PORT),
        Arguments.of("GET / HTTP/1.1\r\nHost: a:80:80\r\n\r\n", Violation.HOST_INVALID_PORT),
        Arguments.of("GET / HTTP/1.1\r\nHost: a:-1\r\n\r\n", Violation.HOST_INVALID_PORT),
        Arguments.of("GET / HTTP/1.1\r\nHost: a: 80\r\n\r\n", Violation.HOST_INVALID_PORT),
        Arguments.of("GET / HTTP/1.1\r\nHost: a:+80\r\n\r\n", Violation.HOST_INVALID_PORT),
        Arguments.of("GET / HTTP/1.1\r\nHost: a:\r\n\r\n", Violation.HOST_EMPTY_PORT),
        Arguments.of("GET / HTTP/1.1\r\nHost: a:99999\r\n\r\n", Violation.HOST_PORT_OUT_OF_RANGE),
        Arguments.of("GET / HTTP/1.1\r\nHost: a:0080\r\n\r\n", Violation.HOST_PORT_OUT_OF_RANGE),
        Arguments.of("GET / HTTP/1.1\r\nHost: [::1\r\n\r\n", Violation.HOST_INVALID_IP_LITERAL),
        Arguments.of("GET / HTTP/1.1\r\nHost: ::1\r\n\r\n", Violation.HOST_INVALID_IP_LITERAL),
        Arguments.of("GET / HTTP/1.1\r\nHost: [::1]x\r\n\r\n", Violation.HOST_INVALID_IP_LITERAL),
        Arguments.of("GET / HTTP/1.1\r\nHost: [zz::1]\r\n\r\n", Violation.HOST_INVALID_IP_LITERAL),
        Arguments.of(
            "GET / HTTP/1.1\r\nHost: [1:2:3:4:5:6:7:8:9]\r\n\r\n",
            Violation.HOST_INVALID_IP_LITERAL),
        Arguments.of("GET / HTTP/1.1\r\nHost: a, b\r\n\r\n", Violation.HOST_COMMA_LIST),
        Arguments.of("GET / HTTP/1.1\r\nHost: a,b\r\n\r\n", Violation.HOST_COMMA_LIST),
        Arguments.of("GET / HTTP/1.1\r\nHost:\r\n\r\n", Violation.HOST_EMPTY),
        Arguments.of("GET / HTTP/1.1\r\nHost: \r\n\r\n", Violation.HOST_EMPTY),
        Arguments.of("GET / HTTP/1.1\r\nHost: :80\r\n\r\n", Violation.HOST_EMPTY),
        Arguments.of("GET http://a/ HTTP/1.1\r\n\r\n", Violation.HOST_CHECKS_WITH_ABSOLUTE_FORM),
        Arguments.of(
            "GET http://a/ HTTP/1.1\r\nHost: a\r\nHost: a\r\n\r\n",
            Violation.HOST_CHECKS_WITH_ABSOLUTE_FORM),
        Arguments.of(
            "GET http://a/ HTTP/1.1\r\nHost: a b\r\n\r\n",
            Violation.HOST_CHECKS_WITH_ABSOLUTE_FORM));
  }

  @ParameterizedTest
  @MethodSource("invalidHosts")
  void invalidHostIsRejected(String raw, Violation expected) {
    violation(raw, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a:8080",
        "[::1]:8080",
        "A.",
        "127.0.0.1",
        "a_b.example",
        "xn--caf-dma.example",
        "[::1]",
        "[2001:db8::7]",
        "[::ffff:192.0.2.1]",
        "[v1.fe80::a+en1]",
        "[1:2:3:4:5:6:7:8]",
        "a%41b",
        "a-b.c~d"
      })
  void validHostFormsAreAccepted(String host) {
    RequestHead h = complete("GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
    assertThat(h.host()).isEqualTo(host);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "localhost:8080",
        "a:0",
        "a:1",
        "a:65535",
        "1.2.3.4:80",
        "shop.example.com",
        "a.b-c.d:443",
        "..",
        "abc:80",
        "Deadbeef:1"
      })
  void commonHostShapesAreAcceptedBetweenOtherLines(String host) {
    RequestHead h = complete("GET / HTTP/1.1\r\nX-A: b\r\nHost: " + host + "\r\nX-C: d\r\n\r\n");
    assertThat(h.host()).isEqualTo(host);
    assertThat(h.fieldCount()).isEqualTo(3);
  }

  static Stream<Arguments> hostsCloseToTheCommonShapes() {
    return Stream.of(
        Arguments.of("a:65536", Violation.HOST_PORT_OUT_OF_RANGE),
        Arguments.of("a:123456", Violation.HOST_PORT_OUT_OF_RANGE),
        Arguments.of("a:00", Violation.HOST_PORT_OUT_OF_RANGE),
        Arguments.of(":8080", Violation.HOST_EMPTY),
        Arguments.of("a.b:8x", Violation.HOST_INVALID_PORT),
        Arguments.of("a:8:", Violation.HOST_INVALID_PORT),
        Arguments.of("ab:cd:80", Violation.HOST_INVALID_IP_LITERAL),
        Arguments.of("a.b,c", Violation.HOST_COMMA_LIST),
        Arguments.of("a.b@c", Violation.HOST_USERINFO));
  }

  @ParameterizedTest
  @MethodSource("hostsCloseToTheCommonShapes")
  void hostsCloseToTheCommonShapesAreRejected(String host, Violation expected) {
    violation("GET / HTTP/1.1\r\nX-A: b\r\nHost: " + host + "\r\n\r\n", expected);
  }

  /**
   * Every scanning path answers alike for every Host value of up to five octets over the octets
   * that decide its syntax (letters, digits, "-", ".", ":", "[", "@", ",", "_"), offset included,
   * against the scalar path. A path-specific shortcut for common Host values (one was tried on the
   * structural index, see {@code benchmarks/RESULTS.md}, round 8) must keep this.
   */
  @Test
  void everyPathAnswersAlikeForEveryShortHostValue() {
    byte[] alphabet = Bytes.of("a0-.:9[@,_");
    int checked = 0;
    for (int len = 0; len <= 5; len++) {
      int combinations = (int) Math.pow(alphabet.length, len);
      for (int c = 0; c < combinations; c++) {
        int rest = c;
        StringBuilder value = new StringBuilder();
        for (int k = 0; k < len; k++) {
          value.append((char) alphabet[rest % alphabet.length]);
          rest /= alphabet.length;
        }
        byte[] m = Bytes.of("GET / HTTP/1.1\r\nHost: " + value + "\r\n\r\n");
        int[] whole = {m.length};
        String expected =
            SplitFeeder.feed(ParserConfig.strict(), m, whole, ScalarScanner.INSTANCE).toString();
        for (ByteScanner path : Scanners.fast()) {
          String actual = SplitFeeder.feed(ParserConfig.strict(), m, whole, path).toString();
          if (!actual.equals(expected)) {
            assertThat(actual).as("Host: %s on %s", value, path.name()).isEqualTo(expected);
          }
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(111_111);
  }

  @Test
  void http10WithoutHostHasNoAuthority() {
    RequestHead h = complete("GET / HTTP/1.0\r\n\r\n");
    assertThat(h.host()).isNull();
    assertThat(h.hostStart()).isEqualTo(-1);
    assertThat(h.hostLength()).isZero();
    assertThat(h.keepAlive()).isFalse();
  }

  static Stream<Arguments> invalidFraming() {
    String p = "POST / HTTP/1.1\r\nHost: a\r\n";
    return Stream.of(
        Arguments.of(p + "Content-Length: abc\r\n\r\n", Violation.CONTENT_LENGTH_INVALID),
        Arguments.of(p + "Content-Length: +5\r\n\r\nhello", Violation.CONTENT_LENGTH_INVALID),
        Arguments.of(p + "Content-Length: -1\r\n\r\n", Violation.CONTENT_LENGTH_INVALID),
        Arguments.of(p + "Content-Length: 0x5\r\n\r\n", Violation.CONTENT_LENGTH_INVALID),
        Arguments.of(p + "Content-Length: 5.0\r\n\r\n", Violation.CONTENT_LENGTH_INVALID),
        Arguments.of(p + "Content-Length: 5a\r\n\r\n", Violation.CONTENT_LENGTH_INVALID),
        Arguments.of(p + "Content-Length: 1e1\r\n\r\n", Violation.CONTENT_LENGTH_INVALID),
        Arguments.of(p + "Content-Length: -0\r\n\r\n", Violation.CONTENT_LENGTH_INVALID),
        Arguments.of(p + "Content-Length: \u00d9\u00a5\r\n\r\n", Violation.CONTENT_LENGTH_INVALID),
        Arguments.of(p + "Content-Length:\r\n\r\n", Violation.CONTENT_LENGTH_EMPTY),
        Arguments.of(
            p + "Content-Length: 5 5\r\n\r\nhello", Violation.CONTENT_LENGTH_INTERNAL_WHITESPACE),
        Arguments.of(
            p + "Content-Length: 1\t0\r\n\r\n0123456789",
            Violation.CONTENT_LENGTH_INTERNAL_WHITESPACE),
        Arguments.of(
            p + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!",
            Violation.CONTENT_LENGTH_DIFFERENT_VALUES),
        Arguments.of(
            p + "Content-Length: 5, 6\r\n\r\nhello!", Violation.CONTENT_LENGTH_DIFFERENT_VALUES),
        Arguments.of(
            p + "Content-Length: 6,5\r\n\r\nhello!", Violation.CONTENT_LENGTH_DIFFERENT_VALUES),
        Arguments.of(
            p + "Content-Length: 5\r\nContent-Length: 5\r\n\r\nhello",
            Violation.CONTENT_LENGTH_IDENTICAL_VALUES),
        Arguments.of(
            p + "Content-Length: 5, 5\r\n\r\nhello", Violation.CONTENT_LENGTH_IDENTICAL_VALUES),
        Arguments.of(
            p + "Content-Length: 5,5\r\n\r\nhello", Violation.CONTENT_LENGTH_IDENTICAL_VALUES),
        Arguments.of(
            p + "Content-Length: 5, abc\r\n\r\nhello",
            Violation.CONTENT_LENGTH_LIST_INVALID_MEMBER),
        Arguments.of(
            p + "Content-Length: 5,\r\n\r\nhello", Violation.CONTENT_LENGTH_LIST_EMPTY_MEMBER),
        Arguments.of(
            p + "Content-Length: , 5\r\n\r\nhello", Violation.CONTENT_LENGTH_LIST_EMPTY_MEMBER),
        Arguments.of(
            p + "Content-Length: 18446744073709551621\r\n\r\nhello",
            Violation.CONTENT_LENGTH_OVERFLOW),
        Arguments.of(
            p + "Content-Length: 9223372036854775808\r\n\r\n", Violation.CONTENT_LENGTH_OVERFLOW),
        Arguments.of(
            p + "Content-Length: 99999999999999999999999999999999\r\n\r\n",
            Violation.CONTENT_LENGTH_OVERFLOW),
        Arguments.of(
            p + "Transfer-Encoding: chunked, gzip\r\n\r\n0\r\n\r\n",
            Violation.TRANSFER_ENCODING_CHUNKED_NOT_FINAL),
        Arguments.of(
            p + "Transfer-Encoding: gzip\r\n\r\nxyz",
            Violation.TRANSFER_ENCODING_CHUNKED_NOT_FINAL),
        Arguments.of(
            p + "Transfer-Encoding: chunked\r\nTransfer-Encoding: gzip\r\n\r\n0\r\n\r\n",
            Violation.TRANSFER_ENCODING_CHUNKED_NOT_FINAL),
        Arguments.of(
            p + "Transfer-Encoding: identity\r\n\r\n",
            Violation.TRANSFER_ENCODING_CHUNKED_NOT_FINAL),
        Arguments.of(
            p + "Transfer-Encoding: xchunked\r\n\r\n",
            Violation.TRANSFER_ENCODING_CHUNKED_NOT_FINAL),
        Arguments.of(
            p + "Transfer-Encoding: chunked-false\r\n\r\n",
            Violation.TRANSFER_ENCODING_CHUNKED_NOT_FINAL),
        Arguments.of(
            p + "Transfer-Encoding:\r\n\r\n0\r\n\r\n", Violation.TRANSFER_ENCODING_MALFORMED),
        Arguments.of(p + "Transfer-Encoding: ,\r\n\r\n", Violation.TRANSFER_ENCODING_MALFORMED),
        Arguments.of(
            p + "Transfer-Encoding: \"chunked\"\r\n\r\n0\r\n\r\n",
            Violation.TRANSFER_ENCODING_MALFORMED),
        Arguments.of(
            p + "Transfer-Encoding: chunked\u000b\r\n\r\n0\r\n\r\n", Violation.CTL_IN_FIELD_VALUE),
        Arguments.of(
            p + "Transfer-Encoding: ch unked\r\n\r\n", Violation.TRANSFER_ENCODING_MALFORMED),
        Arguments.of(
            p + "Transfer-Encoding: foo, chunked\r\n\r\n0\r\n\r\n",
            Violation.TRANSFER_ENCODING_UNKNOWN_CODING),
        Arguments.of(
            p + "Transfer-Encoding: identity, chunked\r\n\r\n0\r\n\r\n",
            Violation.TRANSFER_ENCODING_UNKNOWN_CODING),
        Arguments.of(
            p + "Transfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n",
            Violation.TRANSFER_ENCODING_CHUNKED_TWICE),
        Arguments.of(
            p + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n",
            Violation.TRANSFER_ENCODING_CHUNKED_TWICE),
        Arguments.of(
            p + "Transfer-Encoding: chunked;foo=bar\r\n\r\n0\r\n\r\n",
            Violation.TRANSFER_ENCODING_PARAMETERS),
        Arguments.of(
            p + "Transfer-Encoding: chunked; q=1\r\n\r\n0\r\n\r\n",
            Violation.TRANSFER_ENCODING_PARAMETERS),
        Arguments.of(
            p + "Transfer-Encoding: gzip;level=9, chunked\r\n\r\n0\r\n\r\n",
            Violation.TRANSFER_ENCODING_PARAMETERS),
        Arguments.of(
            p + "Content-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nG",
            Violation.TRANSFER_ENCODING_WITH_CONTENT_LENGTH),
        Arguments.of(
            p + "Transfer-Encoding: chunked\r\nContent-Length: 0\r\n\r\n0\r\n\r\n",
            Violation.TRANSFER_ENCODING_WITH_CONTENT_LENGTH),
        Arguments.of(
            p + "Transfer-Encoding: chunked\r\nContent-Length: abc\r\n\r\n0\r\n\r\n",
            Violation.TRANSFER_ENCODING_WITH_CONTENT_LENGTH),
        Arguments.of(
            "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
            Violation.TRANSFER_ENCODING_IN_HTTP10),
        Arguments.of(
            "POST / HTTP/1.0\r\nConnection: keep-alive\r\nContent-Length: 5\r\n"
                + "Transfer-Encoding: chunked\r\n\r\nhello",
            Violation.TRANSFER_ENCODING_IN_HTTP10));
  }

  @ParameterizedTest
  @MethodSource("invalidFraming")
  void invalidFramingIsRejected(String raw, Violation expected) {
    violation(raw, expected);
  }

  @Test
  void contentLengthFramesTheBody() {
    String raw = "POST / HTTP/1.1\r\nHost: a\r\nContent-Length:\t 5 \t\r\n\r\nhello";
    RequestHead h = complete(raw);
    assertThat(h.bodyFraming()).isEqualTo(BodyFraming.CONTENT_LENGTH);
    assertThat(h.contentLength()).isEqualTo(5);
    assertThat(h.headLength()).isEqualTo(raw.length() - 5);
    assertThat(
            complete("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 010\r\n\r\n").contentLength())
        .isEqualTo(10);
    assertThat(
            complete(
                    "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 00000000000000000000005"
                        + "\r\n\r\n")
                .contentLength())
        .isEqualTo(5);
    assertThat(
            complete("POST / HTTP/1.1\r\nHOST: a\r\ncOnTeNt-LeNgTh: 5\r\n\r\nhello")
                .contentLength())
        .isEqualTo(5);
    assertThat(
            complete("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 9223372036854775807\r\n\r\n")
                .contentLength())
        .isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void framingFieldNamesAreRecognisedInAnyCase() {
    assertThat(
            complete("POST / HTTP/1.1\r\nhOsT: a\r\ntRaNsFeR-eNcOdInG: chunked\r\n\r\n")
                .bodyFraming())
        .isEqualTo(BodyFraming.CHUNKED);
    assertThat(complete("GET / HTTP/1.1\r\nHost: a\r\nCONNECTION: close\r\n\r\n").keepAlive())
        .isFalse();
    assertThat(
            complete(
                    "POST / HTTP/1.1\r\nHost: a\r\nExPeCt: 100-continue\r\nContent-Length: 1\r\n\r\n")
                .expectContinue())
        .isTrue();
    // Same lengths, one octet off: not the framing fields.
    assertThat(
            complete("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encodinh: chunked\r\n\r\n")
                .bodyFraming())
        .isEqualTo(BodyFraming.NONE);
    assertThat(complete("GET / HTTP/1.1\r\nHost: a\r\nConnectiom: close\r\n\r\n").keepAlive())
        .isTrue();
  }

  @Test
  void noContentLengthNoTransferEncodingMeansNoBody() {
    RequestHead h = complete("POST / HTTP/1.1\r\nHost: a\r\n\r\nGET /canary HTTP/1.1\r\n");
    assertThat(h.bodyFraming()).isEqualTo(BodyFraming.NONE);
    assertThat(h.contentLength()).isEqualTo(-1);
    assertThat(h.headLength()).isEqualTo(28);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "chunked",
        "Chunked",
        "CHUNKED",
        "\tchunked\t",
        "  chunked  ",
        ",chunked",
        "chunked,",
        " , chunked , "
      })
  void transferEncodingChunkedForms(String te) {
    RequestHead h = complete("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding:" + te + "\r\n\r\n");
    assertThat(h.bodyFraming()).isEqualTo(BodyFraming.CHUNKED);
    assertThat(h.mustClose()).isFalse();
  }

  @Test
  void transferEncodingCanOverrideContentLengthAndThenMustClose() {
    ParserConfig c = lenient(Leniency.TRANSFER_ENCODING_OVERRIDES_CONTENT_LENGTH);
    RequestHead h =
        complete(
            c,
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
    assertThat(h.bodyFraming()).isEqualTo(BodyFraming.CHUNKED);
    assertThat(h.contentLength()).isEqualTo(-1);
    assertThat(h.mustClose()).isTrue();
    assertThat(h.keepAlive()).isFalse();
    h =
        complete(
            c,
            "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n"
                + "Content-Length: abc\r\n\r\n0\r\n\r\n");
    assertThat(h.bodyFraming()).isEqualTo(BodyFraming.CHUNKED);
  }

  @Test
  void identicalContentLengthsCanBeMerged() {
    ParserConfig c = lenient(Leniency.IDENTICAL_CONTENT_LENGTHS);
    assertThat(
            complete(c, "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5, 5\r\n\r\n")
                .contentLength())
        .isEqualTo(5);
    assertThat(
            complete(
                    c,
                    "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n"
                        + "Content-Length: 5\r\n\r\n")
                .contentLength())
        .isEqualTo(5);
    violation(
        c,
        "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5, 6\r\n\r\n",
        Violation.CONTENT_LENGTH_DIFFERENT_VALUES);
  }

  @Test
  void persistenceFollowsConnectionOptions() {
    assertThat(complete("GET / HTTP/1.1\r\nHost: a\r\nConnection: , close\r\n\r\n").keepAlive())
        .isFalse();
    assertThat(
            complete(
                    "GET / HTTP/1.1\r\nHost: a\r\nConnection: keep-alive\r\n"
                        + "Connection: close\r\n\r\n")
                .keepAlive())
        .isFalse();
    assertThat(complete("GET / HTTP/1.1\r\nHost: a\r\nConnection: CLOSE\r\n\r\n").keepAlive())
        .isFalse();
    assertThat(
            complete("GET / HTTP/1.1\r\nHost: a\r\nConnection: keep-alive, Close\r\n\r\n")
                .keepAlive())
        .isFalse();
    assertThat(complete("GET / HTTP/1.1\r\nHost: a\r\nConnection: foo,close\r\n\r\n").keepAlive())
        .isFalse();
    assertThat(complete("GET / HTTP/1.1\r\nHost: a\r\nConnection: closed\r\n\r\n").keepAlive())
        .isTrue();
    assertThat(complete("GET / HTTP/1.0\r\n\r\n").keepAlive()).isFalse();
    assertThat(complete("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").keepAlive()).isTrue();
    assertThat(complete("GET / HTTP/1.0\r\nConnection: Keep-Alive, close\r\n\r\n").keepAlive())
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "keep-alive",
        "Keep-Alive",
        "KEEP-ALIVE",
        "kEeP-aLiVe",
        "keep-alivE",
        "Keep-alive"
      })
  void theKeepAliveOptionIsMatchedInAnyCase(String option) {
    assertThat(complete("GET / HTTP/1.0\r\nConnection: " + option + "\r\n\r\n").keepAlive())
        .as(option)
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "keep_alive",
        "keep.alive",
        "keep alive",
        "keep-alivf",
        "jeep-alive",
        "keep-aliv",
        "keep-alivee",
        "keep-ali\u00e5e",
        "kee\u00d0-alive",
        "keep\talive",
        "keep=alive"
      })
  void tenOctetLookAlikesOfKeepAliveAreNotTheOption(String option) {
    assertThat(complete("GET / HTTP/1.0\r\nConnection: " + option + "\r\n\r\n").keepAlive())
        .as(option)
        .isFalse();
  }

  @Test
  void expectContinueOnlyForHttp11() {
    assertThat(
            complete(
                    "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n"
                        + "Expect: 100-continue\r\n\r\n")
                .expectContinue())
        .isTrue();
    assertThat(
            complete(
                    "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n"
                        + "Expect: 100-Continue\r\n\r\n")
                .expectContinue())
        .isTrue();
    assertThat(
            complete(
                    "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n"
                        + "Expect: 100-continue, bar=1\r\n\r\nhello")
                .expectContinue())
        .isTrue();
    assertThat(
            complete("POST / HTTP/1.0\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n")
                .expectContinue())
        .isFalse();
    assertThat(complete("GET / HTTP/1.1\r\nHost: a\r\nExpect: foo\r\n\r\n").expectContinue())
        .isFalse();
  }

  @Test
  void underscoreLookalikesDoNotFrame() {
    RequestHead h =
        complete(
            "POST / HTTP/1.1\r\nHost: a\r\nContent_Length: 33\r\n"
                + "Transfer_Encoding: chunked\r\n\r\n");
    assertThat(h.bodyFraming()).isEqualTo(BodyFraming.NONE);
  }
}
