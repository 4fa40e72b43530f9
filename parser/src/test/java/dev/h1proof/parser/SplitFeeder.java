package dev.h1proof.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Feeds one input to a fresh {@link RequestParser} whole from an array, a direct {@link ByteBuffer}
 * (through the parser's copy of the head, and read in place) and a read-only one on every scanning
 * path, and from a heap buffer slice; then split in two at every point from an array and from a
 * direct buffer, and one byte at a time from an array and from a direct buffer both ways, on the
 * default path (which the build forces to each path in turn); and asserts that every strategy gives
 * the same {@link Outcome}. Bytes past {@code end} are poisoned during partial calls, so a parser
 * that reads beyond its range diverges. The message is placed after a prefix so offsets relative to
 * {@code start} are exercised.
 */
final class SplitFeeder {
  private static final int PREFIX = 3;

  private SplitFeeder() {}

  static Outcome parse(ParserConfig config, byte[] message) {
    Outcome whole = feed(config, message, new int[] {message.length});
    String input = Bytes.escape(message);
    int n = message.length;
    int[] all = {n};
    for (ByteScanner path : Scanners.all()) {
      assertSame(whole, feed(config, message, all, path), input, path.name());
      assertSame(
          whole, feedBuffer(config, message, all, path, DIRECT), input, "direct " + path.name());
      assertSame(
          whole,
          feedBuffer(config, message, all, path, IN_PLACE),
          input,
          "direct in place " + path.name());
      if (!writes(config)) {
        assertSame(
            whole,
            feedBuffer(config, message, all, path, READ_ONLY),
            input,
            "read-only " + path.name());
      }
    }
    assertSame(whole, feedBuffer(config, message, all, DEFAULT, HEAP), input, "heap ByteBuffer");
    int maxSplits = n <= 600 ? n : 0;
    for (int k = 1; k < maxSplits; k++) {
      int[] split = {k, n};
      assertSame(whole, feed(config, message, split), input, "split at " + k);
      assertSame(
          whole,
          feedBuffer(config, message, split, DEFAULT, DIRECT),
          input,
          "direct ByteBuffer split at " + k);
    }
    int[] steps;
    if (n <= 4096) {
      steps = new int[n];
      for (int k = 0; k < n; k++) {
        steps[k] = k + 1;
      }
    } else {
      steps = new int[] {n / 3, n / 2, n - 1, n};
    }
    String how = n <= 4096 ? "byte at a time" : "coarse steps";
    assertSame(whole, feed(config, message, steps), input, how);
    assertSame(whole, feedBuffer(config, message, steps, DEFAULT, DIRECT), input, "direct, " + how);
    assertSame(
        whole,
        feedBuffer(config, message, steps, DEFAULT, IN_PLACE),
        input,
        "direct in place, " + how);
    return whole;
  }

  /** Whether the configuration may write SP into the caller's buffer (then it must be writable). */
  static boolean writes(ParserConfig config) {
    return config.allows(Leniency.OBS_FOLD_TO_SP)
        || config.allows(Leniency.BARE_CR_TO_SP)
        || config.allows(Leniency.NUL_TO_SP);
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

  /** A direct buffer, the kind NIO servers read into; the parser copies the head to an array. */
  static final int DIRECT = 0;

  /** A direct buffer read in place, by the scanners' buffer twins (as a head past the stage is). */
  static final int IN_PLACE = 3;

  /** A read-only heap buffer: no accessible array, so read like a direct one. */
  static final int READ_ONLY = 1;

  /** A heap buffer slice, whose array offset is not 0. */
  static final int HEAP = 2;

  private static final ByteScanner DEFAULT = ScannerSelection.DEFAULT;

  /**
   * As {@link #feed(ParserConfig, byte[], int[], ByteScanner)}, through {@link
   * RequestParser#parse(ByteBuffer)} on a buffer of the given kind: the limit grows with each step,
   * and the octets past it are poisoned.
   */
  static Outcome feedBuffer(
      ParserConfig config, byte[] message, int[] ends, ByteScanner path, int kind) {
    RequestParser p = new RequestParser(config, path, kind != IN_PLACE);
    int capacity = PREFIX + message.length + 8;
    byte[] backing = new byte[capacity + 5];
    ByteBuffer buf;
    if (kind == DIRECT || kind == IN_PLACE) {
      buf = ByteBuffer.allocateDirect(capacity);
    } else {
      // A slice 5 octets into its array; the read-only view is made after each write below.
      buf = ByteBuffer.wrap(backing, 5, capacity).slice();
    }
    for (int k = 0; k < capacity; k++) {
      buf.put(k, (byte) 'Z');
    }
    ParseStatus s = null;
    int filled = 0;
    for (int e : ends) {
      buf.clear(); // the last call's limit would stop the absolute puts
      for (int k = filled; k < e; k++) {
        buf.put(PREFIX + k, message[k]);
      }
      filled = e;
      for (int k = PREFIX + filled; k < capacity; k++) {
        buf.put(k, (byte) 0);
      }
      ByteBuffer view = kind == READ_ONLY ? buf.asReadOnlyBuffer() : buf;
      view.limit(PREFIX + e).position(PREFIX);
      s = p.parse(view);
      if (s != ParseStatus.NEED_MORE) {
        break;
      }
    }
    buf.clear();
    for (int k = filled; k < message.length; k++) {
      buf.put(PREFIX + k, message[k]);
    }
    byte[] copy = new byte[capacity];
    for (int k = 0; k < capacity; k++) {
      copy[k] = buf.get(k);
    }
    return new Outcome(p, s, copy, PREFIX, PREFIX + message.length);
  }
}
