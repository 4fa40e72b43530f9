package dev.h1proof.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The message API: {@link RequestReader} gives the same requests, content, trailers and violations
 * whole, split at every point, one octet at a time, and through heap and direct {@link ByteBuffer}s
 * that are compacted after every read; and the API details of the head parser.
 */
class RequestReaderTest {

  private static final String PIPELINE =
      "\r\nGET /a HTTP/1.1\r\nHost: example.com\r\nAccept: */*\r\n\r\n"
          + "POST /form HTTP/1.1\r\nHost: example.com\r\nContent-Length: 5\r\n\r\nhello"
          + "POST /up HTTP/1.1\r\nHost: example.com\r\nTransfer-Encoding: chunked\r\n\r\n"
          + "3\r\nabc\r\n4;ext=\"q\"\r\ndefg\r\n0\r\nChecksum:  1f \r\nX-Empty:\r\n\r\n"
          + "PUT /z HTTP/1.1\r\nHost: example.com\r\nContent-Length: 0\r\n\r\n"
          + "GET /b?q=1 HTTP/1.0\r\n\r\n";

  private static final List<String> EXPECTED =
      List.of(
          "HEAD GET /a HTTP/1.1 framing=NONE",
          "END content=\"\" trailers=[] next@53",
          "HEAD POST /form HTTP/1.1 framing=CONTENT_LENGTH",
          "END content=\"hello\" trailers=[] next@119",
          "HEAD POST /up HTTP/1.1 framing=CHUNKED",
          "END content=\"abcdefg\" trailers=[Checksum=1f, X-Empty=] next@243",
          "HEAD PUT /z HTTP/1.1 framing=CONTENT_LENGTH",
          "END content=\"\" trailers=[] next@300",
          "HEAD GET /b?q=1 HTTP/1.0 framing=NONE",
          "END content=\"\" trailers=[] next@323");

  @Test
  void pipelinedRequestsWhole() {
    byte[] b = Bytes.of(PIPELINE);
    assertThat(b).hasSize(323);
    assertThat(feed(b, new int[] {b.length})).isEqualTo(EXPECTED);
  }

  @Test
  void pipelinedRequestsSplitAtEveryPointAndOctetByOctet() {
    byte[] b = Bytes.of(PIPELINE);
    for (int k = 1; k < b.length; k++) {
      assertThat(feed(b, new int[] {k, b.length})).as("split at %d", k).isEqualTo(EXPECTED);
    }
    int[] steps = new int[b.length];
    for (int k = 0; k < b.length; k++) {
      steps[k] = k + 1;
    }
    assertThat(feed(b, steps)).as("octet by octet").isEqualTo(EXPECTED);
  }

  @Test
  void compactedByteBuffersGiveTheSameRequests() {
    byte[] b = Bytes.of(PIPELINE);
    for (int read : new int[] {1, 2, 7, 64, 4096}) {
      for (boolean direct : new boolean[] {false, true}) {
        assertThat(relative(compacting(b, read, direct)))
            .as("%d-octet reads, direct=%s", read, direct)
            .isEqualTo(relative(EXPECTED));
      }
    }
  }

  static Stream<Path> validFiles() throws IOException {
    return CorpusTest.validFiles();
  }

  /** Every valid corpus file reads the same whole and through small compacted reads. */
  @ParameterizedTest
  @MethodSource("validFiles")
  void corpusFilesReadAlikeHoweverTheyArrive(Path file) throws IOException {
    byte[] b = Files.readAllBytes(file);
    List<String> whole = feed(b, new int[] {b.length});
    assertThat(whole).as("%s", file).isNotEmpty();
    assertThat(whole.get(whole.size() - 1)).as("%s ends with a request", file).startsWith("END");
    for (int read : new int[] {1, 7, 4096}) {
      assertThat(relative(compacting(b, read, read == 7)))
          .as("%s in %d-octet reads", file, read)
          .isEqualTo(relative(whole));
    }
  }

  @Test
  void violationsCarryAbsoluteOffsets() {
    byte[] b = Bytes.of("xxGET / HTTP/1.1\r\nHost: a\r\nBad Name: v\r\n\r\n");
    RequestReader r = new RequestReader();
    r.position(2);
    assertThat(r.read(b, b.length)).isEqualTo(RequestReader.Event.VIOLATION);
    assertThat(r.violation()).isEqualTo(Violation.FIELD_NAME_NOT_TOKEN);
    assertThat(r.violationOffset()).isEqualTo(new String(b).indexOf("Bad Name") + 3);
    assertThat(r.head()).isNull();
    assertThat(r.read(b, b.length)).as("stays failed").isEqualTo(RequestReader.Event.VIOLATION);

    byte[] chunked =
        Bytes.of("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab");
    byte[] more = Arrays.copyOf(chunked, chunked.length + 10);
    System.arraycopy(Bytes.of("cdeXX"), 0, more, chunked.length, 5);
    RequestReader c = new RequestReader();
    assertThat(c.read(more, chunked.length)).isEqualTo(RequestReader.Event.HEAD);
    assertThat(c.read(more, chunked.length)).isEqualTo(RequestReader.Event.CONTENT);
    assertThat(c.read(more, chunked.length)).isEqualTo(RequestReader.Event.NEED_MORE);
    assertThat(c.read(more, chunked.length + 5)).isEqualTo(RequestReader.Event.CONTENT);
    assertThat(c.read(more, chunked.length + 5)).isEqualTo(RequestReader.Event.VIOLATION);
    assertThat(c.violation()).isEqualTo(Violation.CHUNK_DATA_LENGTH_MISMATCH);
    assertThat(c.violationOffset()).isEqualTo(chunked.length + 3);
  }

  @Test
  void headParserNeedsNoResetAndNeverThrowsForHead() {
    RequestParser p = new RequestParser();
    byte[] first = Bytes.of("GET /one HTTP/1.1\r\nHost: a\r\n");
    assertThat(p.parse(first, 0, first.length)).isEqualTo(ParseStatus.NEED_MORE);
    assertThat(p.head()).as("no head after NEED_MORE, and no exception").isNull();
    assertThat(p.headEnd()).isEqualTo(-1);
    byte[] whole = Bytes.of("GET /one HTTP/1.1\r\nHost: a\r\nX-A: 1\r\nx-a: 2\r\n\r\n");
    assertThat(p.parse(whole, 0, whole.length)).isEqualTo(ParseStatus.COMPLETE);
    RequestHead h = p.head();
    assertThat(h.version()).isEqualTo("HTTP/1.1");
    assertThat(h.field("x-A")).isEqualTo("1");
    assertThat(h.fields("X-a")).containsExactly("1", "2");
    assertThat(h.fields("absent")).isEmpty();
    assertThat(h.field("absent")).isNull();
    assertThat(p.headEnd()).isEqualTo(whole.length);
    // A new, shorter message at the same place right after COMPLETE: no reset, no exception.
    byte[] next = Bytes.of("GET /2 HTTP/1.0\r\n\r\n");
    assertThat(p.parse(next, 0, next.length)).isEqualTo(ParseStatus.COMPLETE);
    assertThat(p.head().target()).isEqualTo("/2");
    assertThat(p.head().version()).isEqualTo("HTTP/1.0");
    assertThat(ScannerInfo.path()).isIn("scalar", "swar", "vector256", "vector512");
  }

  @Test
  void parseByteBufferAdvancesThePositionAndSurvivesCompact() {
    RequestParser p = new RequestParser();
    ByteBuffer buf = ByteBuffer.allocate(64);
    buf.put(Bytes.of("GET /a HTTP/1.1\r\nHost: a\r\n\r\nGET /b HTTP/1.1\r\nHo"));
    buf.flip();
    assertThat(p.parse(buf)).isEqualTo(ParseStatus.COMPLETE);
    assertThat(buf.position()).isEqualTo(28);
    assertThat(p.head().target()).isEqualTo("/a");
    assertThat(p.parse(buf)).isEqualTo(ParseStatus.NEED_MORE);
    assertThat(buf.position()).as("a partial head stays unread").isEqualTo(28);
    buf.compact();
    buf.put(Bytes.of("st: b\r\n\r\n"));
    buf.flip();
    assertThat(p.parse(buf)).isEqualTo(ParseStatus.COMPLETE);
    assertThat(p.head().target()).isEqualTo("/b");
    assertThat(p.head().host()).isEqualTo("b");
    assertThat(p.head().targetStart()).as("an absolute index after compact()").isEqualTo(4);
    assertThat(buf.position()).isEqualTo(buf.limit());
  }

  @Test
  void chunkedDecoderAdvancesTheBufferPosition() {
    ChunkedDecoder d = new ChunkedDecoder();
    ByteBuffer buf = ByteBuffer.wrap(Bytes.of("--3\r\nabc\r\n0\r\n\r\nNEXT"));
    buf.position(2);
    assertThat(d.decode(buf)).isEqualTo(ChunkedDecoder.Status.DATA);
    assertThat(d.dataStart()).isEqualTo(5);
    assertThat(buf.position()).isEqualTo(8);
    assertThat(d.decode(buf)).isEqualTo(ChunkedDecoder.Status.COMPLETE);
    assertThat(buf.position()).isEqualTo(15);
  }

  /** Delivers the input in cumulative steps into one array, reading until NEED_MORE each time. */
  private static List<String> feed(byte[] message, int[] ends) {
    byte[] buf = new byte[message.length];
    Arrays.fill(buf, (byte) '#');
    RequestReader r = new RequestReader();
    Transcript t = new Transcript();
    int delivered = 0;
    for (int e : ends) {
      System.arraycopy(message, delivered, buf, delivered, e - delivered);
      delivered = e;
      RequestReader.Event ev;
      while ((ev = r.read(buf, delivered)) != RequestReader.Event.NEED_MORE) {
        if (!t.take(ev, r, ByteBuffer.wrap(buf), r.position())) {
          return t.lines;
        }
      }
    }
    return t.lines;
  }

  /**
   * Reads through a buffer (of 4 KiB + 1, or larger than the input) that is compacted after every
   * read of at most {@code read} octets.
   */
  private static List<String> compacting(byte[] message, int read, boolean direct) {
    int capacity = Math.max(4097, message.length + 1);
    ByteBuffer buf = direct ? ByteBuffer.allocateDirect(capacity) : ByteBuffer.allocate(capacity);
    RequestReader r = new RequestReader();
    Transcript t = new Transcript();
    int sent = 0;
    long consumed = 0;
    while (sent < message.length) {
      int n = Math.min(Math.min(read, buf.remaining()), message.length - sent);
      assertThat(n).as("room in the buffer after compact()").isPositive();
      buf.put(message, sent, n);
      sent += n;
      buf.flip();
      RequestReader.Event ev;
      while ((ev = r.read(buf)) != RequestReader.Event.NEED_MORE) {
        if (!t.take(ev, r, buf, (int) (consumed + buf.position()))) {
          return t.lines;
        }
      }
      consumed += buf.position();
      buf.compact();
    }
    return t.lines;
  }

  /** Offsets differ with compaction: drop them for comparing. */
  private static List<String> relative(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      out.add(l.replaceAll(" next@\\d+", ""));
    }
    return out;
  }

  private static final class Transcript {
    final List<String> lines = new ArrayList<>();
    final StringBuilder content = new StringBuilder();

    boolean take(RequestReader.Event ev, RequestReader r, ByteBuffer buf, int next) {
      switch (ev) {
        case HEAD:
          RequestHead h = r.head();
          lines.add(
              "HEAD "
                  + h.method()
                  + " "
                  + h.target()
                  + " "
                  + h.version()
                  + " framing="
                  + h.bodyFraming());
          content.setLength(0);
          return true;
        case CONTENT:
          for (int k = 0; k < r.contentLength(); k++) {
            content.append((char) (buf.get(r.contentStart() + k) & 0xFF));
          }
          return true;
        case END:
          List<String> trailers = new ArrayList<>();
          for (int k = 0; k < r.trailerCount(); k++) {
            trailers.add(r.trailerName(k) + "=" + r.trailerValue(k));
          }
          lines.add(
              "END content="
                  + Bytes.escape(content.toString())
                  + " trailers="
                  + trailers
                  + " next@"
                  + next);
          return true;
        default:
          lines.add("VIOLATION " + r.violation());
          return false;
      }
    }
  }
}
