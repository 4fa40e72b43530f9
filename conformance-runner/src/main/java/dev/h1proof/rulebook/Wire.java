package dev.h1proof.rulebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The exact bytes a scenario sends, and where the writes break: at a pause, or to await the
 * server's first bytes ({@code Expect: 100-continue}).
 */
public record Wire(byte[] bytes, List<Break> breaks) {

  /** Why a write ends early. */
  public enum BreakKind {
    /** A short pause, so the bytes arrive in separate segments. */
    PAUSE,
    /** A write boundary added by fragmentation, with a shorter pause than {@link #PAUSE}. */
    FRAGMENT,
    /** Wait until the server has sent something, or the read timeout passes. */
    AWAIT,
    /** Half-close: shut the write side down (a FIN) and go on reading. Only at the end. */
    SHUTDOWN
  }

  /** True when the client half-closes after its last byte. */
  public boolean shutsDown() {
    return breaks.stream().anyMatch(b -> b.kind() == BreakKind.SHUTDOWN);
  }

  /** A break before {@code offset}. */
  public record Break(int offset, BreakKind kind) {}

  /** The most writes the runner's fragmentation makes of one scenario. */
  public static final int FRAGMENT_WRITES = 64;

  /**
   * The same bytes with an extra write boundary every {@code size} bytes (size 1: byte by byte),
   * or, when {@code random} is given, at random sizes of 1 to {@code size} bytes drawn from it.
   */
  public Wire fragmented(int size, Random random) {
    return fragmented(size, random, Integer.MAX_VALUE);
  }

  /**
   * Like {@link #fragmented(int, Random)}, in at most {@code maxWrites} writes: the boundaries are
   * added from the start, where the request line and the fields are, and the bytes past the last
   * one are coalesced into one write, so a large body costs no more than a small one.
   */
  public Wire fragmented(int size, Random random, int maxWrites) {
    if (size < 1) {
      throw new IllegalArgumentException("fragment size must be at least 1");
    }
    List<Break> all = new ArrayList<>(breaks);
    java.util.Set<Integer> taken = new java.util.HashSet<>();
    breaks.forEach(b -> taken.add(b.offset()));
    int at = 0;
    int added = 0;
    while (added < maxWrites - 1) {
      at += random == null ? size : 1 + random.nextInt(size);
      if (at >= bytes.length) {
        break;
      }
      if (taken.add(at)) {
        all.add(new Break(at, BreakKind.FRAGMENT));
        added++;
      }
    }
    all.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
    return new Wire(bytes, List.copyOf(all));
  }
}
