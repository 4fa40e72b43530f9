package dev.h1proof.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Feeds one input to a fresh {@link RequestParser} whole on every scanning path, split in two at
 * every point, one byte at a time and through a direct {@link ByteBuffer}, and asserts that every
 * strategy gives the same {@link Outcome}. Bytes past {@code end} are poisoned during partial
 * calls, so a parser that reads beyond its range diverges. The message is placed after a prefix so
 * offsets relative to {@code start} are exercised.
 */
final class SplitFeeder {
  private static final int PREFIX = 3;

  private SplitFeeder() {}

  static Outcome parse(ParserConfig config, byte[] message) {
    Outcome whole = feed(config, message, new int[] {message.length});
    String input = Bytes.escape(message);
    for (ByteScanner path : Scanners.all()) {
      assertSame(
          whole, feed(config, message, new int[] {message.length}, path), input, path.name());
    }
    int n = message.length;
    int maxSplits = n <= 600 ? n : 0;
    for (int k = 1; k < maxSplits; k++) {
      Outcome split = feed(config, message, new int[] {k, n});
      assertSame(whole, split, input, "split at " + k);
    }
    if (n <= 4096) {
      int[] steps = new int[n];
      for (int k = 0; k < n; k++) {
        steps[k] = k + 1;
      }
      assertSame(whole, feed(config, message, steps), input, "byte at a time");
    } else {
      int[] steps = {n / 3, n / 2, n - 1, n};
      assertSame(whole, feed(config, message, steps), input, "coarse steps");
    }
    assertSame(whole, feedDirect(config, message), input, "direct ByteBuffer");
    return whole;
  }

  static Outcome parse(byte[] message) {
    return parse(ParserConfig.strict(), message);
  }

  private static void assertSame(Outcome whole, Outcome other, String input, String how) {
    assertThat(other.toString()).as("%s fed %s", input, how).isEqualTo(whole.toString());
    assertThat(other.bufferAfter).as("%s buffer after %s", input, how).isEqualTo(whole.bufferAfter);
  }

  /** Feeds the message in the given cumulative steps and returns the outcome of the last call. */
  static Outcome feed(ParserConfig config, byte[] message, int[] ends) {
    return feed(config, message, ends, ScannerSelection.DEFAULT);
  }

  /** As {@link #feed(ParserConfig, byte[], int[])}, on the given scanning path. */
  static Outcome feed(ParserConfig config, byte[] message, int[] ends, ByteScanner path) {
    RequestParser p = new RequestParser(config, path);
    byte[] buf = new byte[PREFIX + message.length + 8];
    Arrays.fill(buf, (byte) 'Z');
    ParseStatus s = null;
    int filled = 0;
    for (int e : ends) {
      System.arraycopy(message, filled, buf, PREFIX + filled, e - filled);
      filled = e;
      Arrays.fill(buf, PREFIX + filled, buf.length, (byte) 0x00);
      s = p.parse(buf, PREFIX, PREFIX + e);
      if (s != ParseStatus.NEED_MORE) {
        break;
      }
    }
    System.arraycopy(message, filled, buf, PREFIX + filled, message.length - filled);
    return new Outcome(p, s, buf, PREFIX, PREFIX + message.length);
  }

  private static Outcome feedDirect(ParserConfig config, byte[] message) {
    RequestParser p = new RequestParser(config);
    ByteBuffer bb = ByteBuffer.allocateDirect(PREFIX + message.length);
    bb.position(PREFIX);
    bb.put(message);
    bb.position(PREFIX);
    ParseStatus s = p.parse(bb);
    byte[] copy = new byte[bb.capacity()];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = bb.get(i);
    }
    return new OutcomeFromDirect(p, s, bb, copy).outcome;
  }

  /** Builds an Outcome from a direct buffer whose contents were copied for comparison. */
  private static final class OutcomeFromDirect {
    final Outcome outcome;

    OutcomeFromDirect(RequestParser p, ParseStatus s, ByteBuffer bb, byte[] copy) {
      this.outcome = new Outcome(p, s, copy, PREFIX, copy.length);
    }
  }
}
