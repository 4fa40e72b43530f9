package dev.h1proof.parser;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * SIMD within a register: eight octets per {@code long}, read little-endian so the first octet is
 * the lowest byte. Per-byte masks (exact, without carries between bytes) mark the octets that may
 * be outside the class: exactly the outside ones for field-content and CR/LF, the uncommon ones for
 * tchar and the target; each marked octet is then decided by the {@link HttpTokens#CLASS} table, so
 * the answer is always the table's.
 */
final class SwarScanner extends ByteScanner {

  static final SwarScanner INSTANCE = new SwarScanner();

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long L = 0x0101010101010101L;
  private static final long H = 0x8080808080808080L;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

  private SwarScanner() {}

  /** The eight octets at {@code i}, the first in the lowest byte. */
  static long word(byte[] a, int i) {
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

  /** High bit set in each byte that is not ALPHA, DIGIT or "-" (candidates for the table). */
  private static long tokenSuspects(long x) {
    long x7 = x & LOW7;
    long folded = (x | 0x2020202020202020L) & LOW7;
    long good = range(folded, 'a', 'z') | range(x7, '0', '9') | eq(x, '-');
    return ~(good & ~x) & H;
  }

  /**
   * High bit set in each byte that is not a common target octet ("&'()*+,-./0-9:;", "?@A-Z", "a-z",
   * "_", "=", "~"); the table decides those.
   */
  private static long targetSuspects(long x) {
    long x7 = x & LOW7;
    long good =
        range(x7, '&', ';')
            | range(x7, '?', 'Z')
            | range(x7, 'a', 'z')
            | eq(x, '_')
            | eq(x, '=')
            | eq(x, '~');
    return ~(good & ~x) & H;
  }

  /** High bit set in each CTL byte other than HTAB: exactly the bytes outside field-content. */
  private static long contentSuspects(long x) {
    long below20 = ~ge(x & LOW7, 0x20) & ~x & H;
    return (below20 | eq(x, 0x7F)) & ~eq(x, '\t');
  }

  private static long crLfs(long x) {
    return eq(x, '\r') | eq(x, '\n');
  }

  private static final int TOKEN = 0;
  private static final int CONTENT = 1;
  private static final int TARGET = 2;

  private static long suspects(int kind, long x) {
    return kind == TOKEN
        ? tokenSuspects(x)
        : kind == CONTENT ? contentSuspects(x) : targetSuspects(x);
  }

  /** The first suspect octet of the word at {@code w} that the table rejects, or -1. */
  private static int firstOutside(byte[] a, int w, long suspects, int cls) {
    int[] table = HttpTokens.CLASS;
    while (suspects != 0) {
      int j = w + (Long.numberOfTrailingZeros(suspects) >>> 3);
      if ((table[a[j] & 0xFF] & cls) == 0) {
        return j;
      }
      suspects &= suspects - 1;
    }
    return -1;
  }

  /**
   * Scans word by word; the last partial word is read overlapping the previous octets (masked off),
   * so only arrays shorter than eight octets use the scalar loop.
   */
  private static int scan(byte[] a, int i, int e, int kind, int cls) {
    for (; i + 8 <= e; i += 8) {
      long s = suspects(kind, word(a, i));
      if (s != 0) {
        int j = firstOutside(a, i, s, cls);
        if (j >= 0) {
          return j;
        }
      }
    }
    if (i >= e) {
      return i;
    }
    int w = e - 8;
    if (w < 0) {
      return ScalarScanner.scan(a, i, e, cls);
    }
    long s = suspects(kind, word(a, w)) & (-1L << ((i - w) << 3));
    int j = s == 0 ? -1 : firstOutside(a, w, s, cls);
    return j >= 0 ? j : e;
  }

  static int scanToken(byte[] a, int i, int e) {
    return scan(a, i, e, TOKEN, HttpTokens.TCHAR);
  }

  static int scanFieldContent(byte[] a, int i, int e) {
    return scan(a, i, e, CONTENT, HttpTokens.FIELD_CONTENT);
  }

  static int scanTarget(byte[] a, int i, int e) {
    return scan(a, i, e, TARGET, HttpTokens.TARGET);
  }

  static int scanCrLf(byte[] a, int i, int e) {
    for (; i + 8 <= e; i += 8) {
      long hits = crLfs(word(a, i));
      if (hits != 0) {
        return i + (Long.numberOfTrailingZeros(hits) >>> 3);
      }
    }
    if (i >= e) {
      return i;
    }
    int w = e - 8;
    if (w < 0) {
      return ScalarScanner.scanCrLf(a, i, e);
    }
    long hits = crLfs(word(a, w)) & (-1L << ((i - w) << 3));
    return hits == 0 ? e : w + (Long.numberOfTrailingZeros(hits) >>> 3);
  }

  @Override
  int token(byte[] a, int i, int e) {
    int j = ScalarScanner.probe(a, i, e, HttpTokens.TCHAR);
    return j >= 0 ? j : scanToken(a, i + ScalarScanner.PROBE, e);
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
