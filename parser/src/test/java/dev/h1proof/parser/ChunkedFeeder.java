package dev.h1proof.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/** Feeds a chunked body to {@link ChunkedDecoder} whole, at every split point and byte by byte. */
final class ChunkedFeeder {
  private ChunkedFeeder() {}

  /** The observable result: final status, violation, decoded data, consumed octets, trailers. */
  static final class Result {
    final ChunkedDecoder.Status status;
    final Violation violation;
    final long offset;
    final byte[] data;
    final int consumed;
    final int trailers;

    Result(ChunkedDecoder.Status status, ChunkedDecoder d, byte[] data, int consumed) {
      this(status, d, data, consumed, 0);
    }

    /** With the violation offset made relative to {@code origin}, where the body starts. */
    Result(ChunkedDecoder.Status status, ChunkedDecoder d, byte[] data, int consumed, int origin) {
      this.status = status;
      this.violation = d.violation();
      this.offset = d.violationOffset() < 0 ? -1 : d.violationOffset() - origin;
      this.data = data;
      this.consumed = consumed;
      this.trailers = d.trailerFieldCount();
    }

    @Override
    public String toString() {
      return status
          + (violation != null ? " " + violation + "@" + offset : "")
          + " data="
          + Bytes.escape(data)
          + " consumed="
          + consumed
          + " trailers="
          + trailers;
    }
  }

  /**
   * Decodes the body whole, split at every point and one octet at a time, from arrays and from
   * direct buffers (which the decoder reads in place, through the buffer), and checks that every
   * way gives the same result; returns it.
   */
  static Result decode(ParserConfig config, byte[] body) {
    Result whole = feed(config, body, new int[] {body.length});
    String input = Bytes.escape(body);
    assertThat(feedDirect(config, body, new int[] {body.length}).toString())
        .as("%s from a direct buffer", input)
        .isEqualTo(whole.toString());
    for (int k = 1; k < body.length && body.length <= 2000; k++) {
      int[] split = {k, body.length};
      assertThat(feed(config, body, split).toString())
          .as("%s split at %d", input, k)
          .isEqualTo(whole.toString());
      assertThat(feedDirect(config, body, split).toString())
          .as("%s split at %d, direct buffer", input, k)
          .isEqualTo(whole.toString());
    }
    int[] steps = new int[body.length];
    for (int k = 0; k < body.length; k++) {
      steps[k] = k + 1;
    }
    assertThat(feed(config, body, steps).toString())
        .as("%s byte at a time", input)
        .isEqualTo(whole.toString());
    assertThat(feedDirect(config, body, steps).toString())
        .as("%s byte at a time, direct buffer", input)
        .isEqualTo(whole.toString());
    return whole;
  }

  /** Where {@link #feedDirect} puts the body in its buffer: not at 0, and not word-aligned. */
  private static final int DIRECT_ORIGIN = 5;

  /**
   * {@link #feed} from a direct buffer through {@link ChunkedDecoder#decode(ByteBuffer)}: the body
   * starts at index {@value #DIRECT_ORIGIN}, the limit is what has been delivered (the buffer
   * refuses any read past it), and octets past the limit are poisoned all the same.
   */
  static Result feedDirect(ParserConfig config, byte[] body, int[] ends) {
    ChunkedDecoder d = new ChunkedDecoder(config);
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    ByteBuffer buf = ByteBuffer.allocateDirect(DIRECT_ORIGIN + body.length + 4);
    while (buf.hasRemaining()) {
      buf.put((byte) '#');
    }
    buf.position(DIRECT_ORIGIN);
    int delivered = 0;
    ChunkedDecoder.Status s = ChunkedDecoder.Status.NEED_MORE;
    outer:
    for (int e : ends) {
      buf.limit(buf.capacity()).put(DIRECT_ORIGIN + delivered, body, delivered, e - delivered);
      delivered = e;
      buf.limit(DIRECT_ORIGIN + delivered);
      while (true) {
        s = d.decode(buf);
        if (s == ChunkedDecoder.Status.DATA) {
          for (int k = 0; k < d.dataLength(); k++) {
            data.write(buf.get(d.dataStart() + k));
          }
          continue;
        }
        if (s != ChunkedDecoder.Status.NEED_MORE) {
          break outer;
        }
        break;
      }
    }
    return new Result(s, d, data.toByteArray(), buf.position() - DIRECT_ORIGIN, DIRECT_ORIGIN);
  }

  /**
   * Delivers the body in cumulative steps; after each delivery decodes until NEED_MORE, keeping
   * unconsumed bytes, like a network loop. Bytes not yet delivered are poisoned.
   */
  static Result feed(ParserConfig config, byte[] body, int[] ends) {
    ChunkedDecoder d = new ChunkedDecoder(config);
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    byte[] buf = new byte[body.length + 4];
    Arrays.fill(buf, (byte) '#');
    int off = 0;
    int delivered = 0;
    ChunkedDecoder.Status s = ChunkedDecoder.Status.NEED_MORE;
    outer:
    for (int e : ends) {
      System.arraycopy(body, delivered, buf, delivered, e - delivered);
      delivered = e;
      while (true) {
        s = d.decode(buf, off, delivered);
        off += d.consumed();
        if (s == ChunkedDecoder.Status.DATA) {
          data.write(buf, d.dataStart(), d.dataLength());
          continue;
        }
        if (s != ChunkedDecoder.Status.NEED_MORE) {
          break outer;
        }
        break;
      }
    }
    return new Result(s, d, data.toByteArray(), off);
  }
}
