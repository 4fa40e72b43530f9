package dev.h1proof.parser;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * SIMD within a register: eight octets per {@code long}. Each word is tested with per-byte masks
 * that are exact for a subset of the class (the common octets); a word with any other octet is
 * finished by {@link ScalarScanner} with the {@link HttpTokens#CLASS} table, so the answer is
 * always the table's.
 */
final class SwarScanner extends ByteScanner {

  static final SwarScanner INSTANCE = new SwarScanner();

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long L = 0x0101010101010101L;
  private static final long H = 0x8080808080808080L;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

  private SwarScanner() {}

  private static long word(byte[] a, int i) {
    return (long) LONGS.get(a, i);
  }

  /** High bit of each byte set where the 7-bit byte {@code x7} is {@code >= n} (exact). */
  private static long ge(long x7, int n) {
    return ((x7 | H) - n * L) & H;
  }

  /** High bit of each byte set where {@code lo <= x7 <= hi} (exact, for 7-bit bytes). */
  private static long range(long x7, int lo, int hi) {
    return ge(x7, lo) & ~ge(x7, hi + 1);
  }

  /** High bit of each byte set where the byte equals {@code c} (exact). */
  private static long eq(long x, int c) {
    long z = x ^ (c * L);
    return ~(((z & LOW7) + LOW7) | z) & H;
  }

  /** Whether any byte is below {@code n} ({@code n <= 128}); bytes >= 0x80 never count. */
  private static boolean hasLess(long x, int n) {
    return ((x - n * L) & ~x & H) != 0;
  }

  private static boolean hasByte(long x, int c) {
    long z = x ^ (c * L);
    return ((z - L) & ~z & H) != 0;
  }

  /** All eight bytes are ALPHA, DIGIT or "-": tchar octets. */
  private static boolean tokenWord(long x) {
    long x7 = x & LOW7;
    long folded = (x | 0x2020202020202020L) & LOW7;
    long good = range(folded, 'a', 'z') | range(x7, '0', '9') | eq(x, '-');
    return (good & ~x & H) == H;
  }

  /** All eight bytes are common target octets: "&'()*+,-./0-9:;", "?@A-Z", "a-z", "_", "=", "~". */
  private static boolean targetWord(long x) {
    long x7 = x & LOW7;
    long good =
        range(x7, '&', ';')
            | range(x7, '?', 'Z')
            | range(x7, 'a', 'z')
            | eq(x, '_')
            | eq(x, '=')
            | eq(x, '~');
    return (good & ~x & H) == H;
  }

  /** No byte is a CTL (< 0x20 or 0x7F); HTAB counts as suspect and goes to the table. */
  private static boolean contentWord(long x) {
    return !hasLess(x, 0x20) && !hasByte(x, 0x7F);
  }

  private static boolean noCrLfWord(long x) {
    return !hasByte(x, '\r') && !hasByte(x, '\n');
  }

  static int scanToken(byte[] a, int i, int e) {
    while (true) {
      while (i + 8 <= e && tokenWord(word(a, i))) {
        i += 8;
      }
      int stop = Math.min(i + 8, e);
      int j = ScalarScanner.scan(a, i, stop, HttpTokens.TCHAR);
      if (j < stop || stop == e) {
        return j;
      }
      i = stop;
    }
  }

  static int scanFieldContent(byte[] a, int i, int e) {
    while (true) {
      while (i + 8 <= e && contentWord(word(a, i))) {
        i += 8;
      }
      int stop = Math.min(i + 8, e);
      int j = ScalarScanner.scan(a, i, stop, HttpTokens.FIELD_CONTENT);
      if (j < stop || stop == e) {
        return j;
      }
      i = stop;
    }
  }

  static int scanTarget(byte[] a, int i, int e) {
    while (true) {
      while (i + 8 <= e && targetWord(word(a, i))) {
        i += 8;
      }
      int stop = Math.min(i + 8, e);
      int j = ScalarScanner.scan(a, i, stop, HttpTokens.TARGET);
      if (j < stop || stop == e) {
        return j;
      }
      i = stop;
    }
  }

  static int scanCrLf(byte[] a, int i, int e) {
    while (i + 8 <= e && noCrLfWord(word(a, i))) {
      i += 8;
    }
    return ScalarScanner.scanCrLf(a, i, e);
  }

  @Override
  int token(byte[] a, int i, int e) {
    return scanToken(a, i, e);
  }

  @Override
  int fieldContent(byte[] a, int i, int e) {
    return scanFieldContent(a, i, e);
  }

  @Override
  int target(byte[] a, int i, int e) {
    return scanTarget(a, i, e);
  }

  @Override
  int crLf(byte[] a, int i, int e) {
    return scanCrLf(a, i, e);
  }

  @Override
  String name() {
    return "swar";
  }
}
