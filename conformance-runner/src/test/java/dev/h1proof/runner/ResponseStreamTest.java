package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.rulebook.Notation;
import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.Observation.Reception;
import dev.h1proof.rulebook.TargetInfo;
import dev.h1proof.rulebook.Wire;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streaming framer: the same account of the bytes however they arrive, in bounded memory. */
class ResponseStreamTest {
  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Feeds the bytes in pieces of {@code size}; returns the stream. */
  private static ResponseStream fed(byte[] bytes, int size, List<String> methods) {
    ResponseStream stream = new ResponseStream(methods);
    for (int at = 0; at < bytes.length; at += size) {
      stream.feed(bytes, at, Math.min(size, bytes.length - at));
    }
    return stream;
  }

  private record Case(String bytes, List<String> methods, boolean closed, Reception reception) {}

  private static final List<Case> CASES =
      List.of(
          new Case(
              "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
              List.of("GET"),
              false,
              Reception.COMPLETE),
          new Case(
              "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;a=b\r\nhello\r\n0\r\n"
                  + "T: x\r\n\r\n",
              List.of("POST"),
              false,
              Reception.COMPLETE),
          new Case(
              "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n",
              List.of("POST"),
              false,
              Reception.COMPLETE),
          new Case(
              "HTTP/1.1 200 OK\nContent-Length: 2\n\nok",
              List.of("GET"),
              false,
              Reception.COMPLETE),
          // Content after a response to HEAD is framed by its Content-Length: the parser says so.
          new Case(
              "HTTP/1.1 400 Bad\r\nContent-Length: 3\r\n\r\nbadHTTP/1.1 200 OK\r\n"
                  + "Content-Length: 0\r\n\r\n",
              List.of("HEAD", "GET"),
              false,
              Reception.COMPLETE),
          new Case(
              "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the end",
              List.of("GET"),
              true,
              Reception.COMPLETE),
          new Case(
              "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the end",
              List.of("GET"),
              false,
              Reception.INCOMPLETE),
          new Case(
              "HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nshort",
              List.of("GET"),
              true,
              Reception.INCOMPLETE),
          new Case("HTTP/1.1 2", List.of("GET"), false, Reception.INCOMPLETE),
          new Case("", List.of("GET"), true, Reception.NOTHING),
          new Case("\u0000\u0001SSH-2.0-OpenSSH\r\n", List.of("GET"), true, Reception.NOT_HTTP),
          new Case("hello\n", List.of("GET"), true, Reception.NOT_HTTP),
          new Case(
              "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok\u0000garbage",
              List.of("GET"),
              false,
              Reception.NOT_HTTP),
          new Case("HTTP/1.1 2000 OK\r\n\r\n", List.of("GET"), false, Reception.NOT_HTTP),
          new Case(
              "HTTP/1.1 200 OK\r\nContent-Length: 1, 2\r\n\r\nok",
              List.of("GET"),
              false,
              Reception.NOT_HTTP),
          new Case(
              "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
              List.of("GET"),
              false,
              Reception.NOT_HTTP));

  @Test
  void everySplitGivesTheSameReception() {
    for (Case c : CASES) {
      byte[] bytes = ascii(c.bytes());
      for (int size = 1; size <= Math.max(1, bytes.length); size++) {
        ResponseStream stream = fed(bytes, size, c.methods());
        assertThat(stream.reception(c.closed()))
            .as("%s in pieces of %d", Notation.escape(bytes, false), size)
            .isEqualTo(c.reception());
        assertThat(stream.evidence()).isEqualTo(bytes);
        assertThat(stream.discarded()).isZero();
      }
    }
  }

  @Test
  void completeResponsesAreCompleteForTheResponseParserToo() {
    for (Case c : CASES) {
      byte[] bytes = ascii(c.bytes());
      if (c.reception() == Reception.COMPLETE && !c.methods().contains("HEAD")) {
        assertThat(Observer.parse(bytes, c.closed(), c.methods()).complete())
            .as(Notation.escape(bytes, false))
            .isTrue();
      }
    }
  }

  @Test
  void theExpectedResponsesAreInOnlyAtTheEndOfTheLast() {
    byte[] bytes =
        ascii("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    ResponseStream stream = new ResponseStream(List.of("POST"));
    for (int at = 0; at < bytes.length; at++) {
      assertThat(stream.answered(1)).as("after %d bytes", at).isFalse();
      stream.feed(bytes, at, 1);
    }
    assertThat(stream.answered(1)).isTrue();
    assertThat(stream.answered(2)).isFalse();
  }

  @Test
  void aLargeBodyIsFollowedToItsEndWhileOnlyThePrefixIsKept() {
    int length = 3 << 20;
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(ascii("HTTP/1.1 200 OK\r\nContent-Length: " + length + "\r\n\r\n"));
    byte[] body = new byte[length];
    Arrays.fill(body, (byte) 'x');
    all.writeBytes(body);
    all.writeBytes(ascii("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"));
    byte[] bytes = all.toByteArray();
    ResponseStream stream = fed(bytes, 8192, List.of("GET", "GET"));
    assertThat(stream.reception(false)).isEqualTo(Reception.COMPLETE);
    assertThat(stream.answered(2)).isTrue();
    assertThat(stream.closeAnnounced()).isTrue();
    assertThat(stream.evidence()).hasSize(ResponseStream.EVIDENCE_BYTES);
    assertThat(stream.discarded()).isEqualTo(bytes.length - ResponseStream.EVIDENCE_BYTES);
    List<Observation.Response> responses = stream.responses(false);
    assertThat(responses).extracting(Observation.Response::status).containsExactly(200, 204);
    assertThat(responses.get(0).body().length).isLessThanOrEqualTo(ResponseStream.EVIDENCE_BYTES);
  }

  @Test
  void aHeaderSectionPastTheBoundIsNoResponse() {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(ascii("HTTP/1.1 200 OK\r\n"));
    while (all.size() <= ResponseStream.HEADER_SECTION_BYTES) {
      all.writeBytes(ascii("X-Filler: 0123456789\r\n"));
    }
    ResponseStream stream = fed(all.toByteArray(), 1000, List.of("GET"));
    assertThat(stream.broken()).isTrue();
    assertThat(stream.reception(false)).isEqualTo(Reception.HEADER_SECTION_TOO_LARGE);
    assertThat(stream.deviations()).anySatisfy(d -> assertThat(d).contains("header section"));
  }

  @Test
  void unusableObservationsSayWhyAndWhetherTheBytesBrokeHttp() {
    Observation.Unusable notHttp =
        observation(Reception.NOT_HTTP, Observation.ConnectionState.CLOSED).unusable();
    assertThat(notHttp.broken()).isTrue();
    assertThat(notHttp.reason()).startsWith("not an HTTP/1.x response");
    assertThat(observation(Reception.INCOMPLETE, Observation.ConnectionState.OPEN).unusable())
        .extracting(Observation.Unusable::broken)
        .isEqualTo(false);
    assertThat(observation(Reception.INCOMPLETE, Observation.ConnectionState.CLOSED).unusable())
        .extracting(Observation.Unusable::broken)
        .isEqualTo(true);
    assertThat(observation(Reception.INCOMPLETE, Observation.ConnectionState.RESET).unusable())
        .extracting(Observation.Unusable::broken)
        .isEqualTo(false);
    assertThat(observation(Reception.COMPLETE, Observation.ConnectionState.OPEN).unusable())
        .isNull();
    assertThat(observation(Reception.NOTHING, Observation.ConnectionState.OPEN).unusable())
        .isNull();
  }

  private static Observation observation(Reception reception, Observation.ConnectionState state) {
    return new Observation(new byte[] {'H'}, List.of(), state, List.of(), 1, reception, 0);
  }

  @Test
  void fragmentationStopsAtItsBudgetAndKeepsTheScenariosOwnBreaks() {
    Wire wire =
        Notation.decode("GET / HTTP/1.1\\r\\n\n{pause}X-Long: {repeat:5000:a}\\r\\n\n\\r\\n")
            .render(new TargetInfo("h", "h", 80, "/", null));
    Wire fragmented = wire.fragmented(1, null, Wire.FRAGMENT_WRITES);
    assertThat(fragmented.bytes()).isEqualTo(wire.bytes());
    assertThat(fragmented.breaks().stream().filter(b -> b.kind() == Wire.BreakKind.FRAGMENT))
        .hasSize(Wire.FRAGMENT_WRITES - 1);
    assertThat(fragmented.breaks()).containsAll(wire.breaks());
    assertThat(wire.fragmented(1, null).breaks()).hasSize(wire.bytes().length - 1);
  }
}
