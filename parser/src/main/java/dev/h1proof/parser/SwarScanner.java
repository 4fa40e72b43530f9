package dev.h1proof.parser;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * SIMD within a register: eight octets per {@code long}, read little-endian so the first octet is
 * the lowest byte. A per-byte mask marks the octets that may be outside the class (the
 * <em>suspects</em>): every outside octet, plus, for tchar, the target and field-content, a few
 * inside ones that keep the mask cheap. Each suspect is then decided by the {@link
 * HttpTokens#CLASS} table, so the answer is always the table's.
 *
 * <p>How the masks stay cheap: a byte's low seven bits {@code b7} plus a constant {@code 0x80 - n}
 * has its high bit set exactly when {@code b7 >= n}, and never carries into the next byte. So "at
 * least n" is one addition and a range is two additions and an and-not, on the word once {@code x &
 * 0x7F7F…} has been taken. Bytes with the high bit set are handled by {@code x} itself. Every mask
 * is exact per byte (no borrow from a neighbour), so the same masks serve the little-endian words
 * of {@link BufferScanner} and could serve either byte order.
 *
 * <p>Why this shape (issue #16): on JDK 17 the first version lost to the scalar table loop on every
 * input (a quiet JMH run: {@code mix} 39.1 µs against 30.9 µs). It shared one word loop between the
 * classes, choosing the mask by a {@code kind} argument, and {@code -XX:+PrintInlining} showed C2
 * refusing to inline that loop at the parser's call sites ("already compiled into a big method"):
 * every scan paid a call and tested the kind on every word, and the masks took 20 to 48 operations
 * per word. Here each class has its own loop, inlined where the parser calls it, with masks of 5 to
 * 22 operations; in alternating runs on a loaded machine it was ahead of the table loop on every
 * corpus input (see {@code benchmarks/README.md} for the JMH run to repeat on a quiet machine).
 */
final class SwarScanner extends ByteScanner {

  static final SwarScanner INSTANCE = new SwarScanner();

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  static final long L = 0x0101010101010101L;
  static final long H = 0x8080808080808080L;
  static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

  private SwarScanner() {}

  /** The eight octets at {@code i}, the first in the lowest byte. */
  static long word(byte[] a, int i) {
    return (long) LONGS.get(a, i);
  }

  /** High bit of each byte of the 7-bit word {@code x7} set where that byte is {@code >= n}. */
  private static long atLeast(long x7, int n) {
    return x7 + (0x80 - n) * L;
  }

  /**
   * Field-content suspects: the CTLs (below 0x20, and 0x7F), so every octet outside field-content,
   * and HTAB, which the table lets through. Bytes of 0x80 and above are obs-text and never marked.
   */
  static long contentSuspects(long x) {
    long x7 = x & LOW7;
    return (~atLeast(x7, 0x20) | atLeast(x7, 0x7F)) & ~x & H;
  }

  /** CR/LF suspects: the octets below 0x0E (CR is 0x0D); the caller compares each one. */
  static long crLfSuspects(long x) {
    return ~atLeast(x & LOW7, 0x0E) & ~x & H;
  }

  /**
   * Target suspects: every octet outside {@code 0x21-0x7E}, and those in {@code 0x22-0x25}, {@code
   * 0x3C-0x3E}, {@code 0x5B-0x60} and {@code 0x7B-0x7E}, which hold all the printable octets the
   * target class leaves out ({@code " # % < > [ \ ] ^ ` { | }}) and only a few it allows ({@code $
   * = _ ~}).
   */
  static long targetSuspects(long x) {
    long x7 = x & LOW7;
    long low = ~atLeast(x7, 0x21);
    long r1 = atLeast(x7, 0x22) & ~atLeast(x7, 0x26);
    long r2 = atLeast(x7, 0x3C) & ~atLeast(x7, 0x3F);
    long r3 = atLeast(x7, 0x5B) & ~atLeast(x7, 0x61);
    return (low | r1 | r2 | r3 | atLeast(x7, 0x7B) | x) & H;
  }

  /**
   * Token suspects: every octet that is not a letter, a digit, {@code -} or {@code .} (all tchar);
   * the other tchar ({@code ! # $ % & ' * + ^ _ ` | ~}) are decided by the table.
   */
  static long tokenSuspects(long x) {
    long x7 = x & LOW7;
    long folded = x7 | 0x2020202020202020L;
    long letter = atLeast(folded, 'a') & ~atLeast(folded, 'z' + 1);
    long dashDot = atLeast(x7, '-') & ~atLeast(x7, '/');
    long digit = atLeast(x7, '0') & ~atLeast(x7, '9' + 1);
    return (~(letter | dashDot | digit) | x) & H;
  }

  /** The first suspect octet of the word at {@code w} that the table puts outside, or -1. */
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

  /** The first CR or LF among the suspects of the word at {@code w}, or -1. */
  private static int firstCrLf(byte[] a, int w, long suspects) {
    while (suspects != 0) {
      int j = w + (Long.numberOfTrailingZeros(suspects) >>> 3);
      byte b = a[j];
      if (b == '\r' || b == '\n') {
        return j;
      }
      suspects &= suspects - 1;
    }
    return -1;
  }

  /** The mask keeping the bytes of the word at {@code w} from index {@code i} on. */
  private static long from(int i, int w) {
    return -1L << ((i - w) << 3);
  }

  // One loop per class, each small enough to be inlined where the parser calls it. The last partial
  // word is read overlapping the octets before it, masked off; only a range in an array shorter
  // than eight octets takes the table loop.

  static int scanToken(byte[] a, int i, int e) {
    for (; i + 8 <= e; i += 8) {
      long s = tokenSuspects(word(a, i));
      if (s != 0) {
        int j = firstOutside(a, i, s, HttpTokens.TCHAR);
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
      return ScalarScanner.scan(a, i, e, HttpTokens.TCHAR);
    }
    int j = firstOutside(a, w, tokenSuspects(word(a, w)) & from(i, w), HttpTokens.TCHAR);
    return j >= 0 ? j : e;
  }

  static int scanFieldContent(byte[] a, int i, int e) {
    for (; i + 8 <= e; i += 8) {
      long s = contentSuspects(word(a, i));
      if (s != 0) {
        int j = firstOutside(a, i, s, HttpTokens.FIELD_CONTENT);
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
      return ScalarScanner.scan(a, i, e, HttpTokens.FIELD_CONTENT);
    }
    int j = firstOutside(a, w, contentSuspects(word(a, w)) & from(i, w), HttpTokens.FIELD_CONTENT);
    return j >= 0 ? j : e;
  }

  static int scanTarget(byte[] a, int i, int e) {
    for (; i + 8 <= e; i += 8) {
      long s = targetSuspects(word(a, i));
      if (s != 0) {
        int j = firstOutside(a, i, s, HttpTokens.TARGET);
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
      return ScalarScanner.scan(a, i, e, HttpTokens.TARGET);
    }
    int j = firstOutside(a, w, targetSuspects(word(a, w)) & from(i, w), HttpTokens.TARGET);
    return j >= 0 ? j : e;
  }

  static int scanCrLf(byte[] a, int i, int e) {
    for (; i + 8 <= e; i += 8) {
      long s = crLfSuspects(word(a, i));
      if (s != 0) {
        int j = firstCrLf(a, i, s);
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
      return ScalarScanner.scanCrLf(a, i, e);
    }
    int j = firstCrLf(a, w, crLfSuspects(word(a, w)) & from(i, w));
    return j >= 0 ? j : e;
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
