package dev.h1proof.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the kit hands a scenario's bytes to a parser. The same bytes must get the same decision
 * whichever way they arrive.
 */
public enum Feeding {
  /** All bytes in one segment. */
  WHOLE,
  /** One byte per segment (the first {@value #MAX_BYTEWISE} bytes; the rest in one segment). */
  BYTE_BY_BYTE,
  /**
   * Two segments, split at every offset from 1 to length-1 (each split a separate parse). Beyond
   * {@value #MAX_EVERY_SPLIT} bytes: every offset in the first and last {@value #EDGE} bytes and
   * {@value #EDGE} offsets evenly spaced between.
   */
  EVERY_SPLIT;

  /** Longest input split byte by byte in full. */
  public static final int MAX_BYTEWISE = 65_536;

  /** Longest input split at every single offset. */
  public static final int MAX_EVERY_SPLIT = 4_096;

  /** See {@link #EVERY_SPLIT}. */
  public static final int EDGE = 512;

  /** The segmentations of {@code bytes} this feeding tries, each one parse. */
  public List<List<byte[]>> segmentations(byte[] bytes) {
    int n = bytes.length;
    List<List<byte[]>> all = new ArrayList<>();
    switch (this) {
      case WHOLE -> all.add(List.of(bytes.clone()));
      case BYTE_BY_BYTE -> {
        List<byte[]> one = new ArrayList<>();
        int bytewise = Math.min(n, MAX_BYTEWISE);
        for (int i = 0; i < bytewise; i++) {
          one.add(new byte[] {bytes[i]});
        }
        if (bytewise < n) {
          one.add(Arrays.copyOfRange(bytes, bytewise, n));
        }
        all.add(one);
      }
      case EVERY_SPLIT -> {
        for (int k : splitOffsets(n)) {
          all.add(List.of(Arrays.copyOfRange(bytes, 0, k), Arrays.copyOfRange(bytes, k, n)));
        }
      }
    }
    return all;
  }

  /** The offsets {@link #EVERY_SPLIT} splits an input of {@code n} bytes at, ascending. */
  public static int[] splitOffsets(int n) {
    if (n < 2) {
      return new int[0];
    }
    if (n <= MAX_EVERY_SPLIT) {
      int[] all = new int[n - 1];
      for (int k = 1; k < n; k++) {
        all[k - 1] = k;
      }
      return all;
    }
    java.util.TreeSet<Integer> offsets = new java.util.TreeSet<>();
    for (int k = 1; k <= EDGE; k++) {
      offsets.add(k);
      offsets.add(n - k);
    }
    for (int i = 1; i <= EDGE; i++) {
      offsets.add((int) ((long) n * i / (EDGE + 1)));
    }
    return offsets.stream().filter(k -> k > 0 && k < n).mapToInt(Integer::intValue).toArray();
  }
}
