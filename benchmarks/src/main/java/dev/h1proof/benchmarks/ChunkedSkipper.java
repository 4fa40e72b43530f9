package dev.h1proof.benchmarks;

import java.nio.ByteBuffer;

/**
 * Walks a chunked body (RFC 9112 §7.1) for parsers whose chunk decoding cannot run without a
 * connection (Undertow's lives in a channel conduit). It reports each chunk's size and expects the
 * corpus's shape: no trailer fields.
 */
final class ChunkedSkipper {

  private ChunkedSkipper() {}

  /**
   * Skips one chunked body from the buffer's position.
   *
   * @param buf the buffer, positioned at the first chunk-size
   * @param sink receives each chunk's size
   * @throws IllegalStateException if the body is malformed or incomplete
   */
  static void skip(ByteBuffer buf, RequestSink sink) {
    while (true) {
      long size = 0;
      int digits = 0;
      byte b;
      while (hexValue(b = buf.get()) >= 0) {
        size = (size << 4) | hexValue(b);
        digits++;
      }
      if (digits == 0 || digits > 15) {
        throw new IllegalStateException("chunk-size at " + buf.position());
      }
      while (b != '\r') {
        b = buf.get();
      }
      if (buf.get() != '\n') {
        throw new IllegalStateException("chunk line at " + buf.position());
      }
      if (size == 0) {
        if (buf.get() != '\r' || buf.get() != '\n') {
          throw new IllegalStateException("trailer section at " + buf.position());
        }
        return;
      }
      sink.content((int) size);
      buf.position(buf.position() + (int) size);
      if (buf.get() != '\r' || buf.get() != '\n') {
        throw new IllegalStateException("CRLF after chunk-data at " + buf.position());
      }
    }
  }

  private static int hexValue(byte b) {
    if (b >= '0' && b <= '9') {
      return b - '0';
    }
    if (b >= 'a' && b <= 'f') {
      return b - 'a' + 10;
    }
    if (b >= 'A' && b <= 'F') {
      return b - 'A' + 10;
    }
    return -1;
  }
}
