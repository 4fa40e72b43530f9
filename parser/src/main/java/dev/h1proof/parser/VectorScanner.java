package dev.h1proof.parser;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API path ({@code jdk.incubator.vector}): 32 or 64 octets per step. Each step compares
 * the block against a few ranges and turns the result into a {@code long} bit mask of
 * <em>suspects</em>, the lanes that may be outside the class: exactly the outside ones for
 * field-content and CR/LF, the uncommon octets for tchar and the target. Each suspect is then
 * decided by the {@link HttpTokens#CLASS} table, so the answer is always the table's. The last
 * partial block is read overlapping the octets before it (masked off); only arrays shorter than a
 * vector go to the {@link ScalarScanner} loop.
 *
 * <p>Range compares were measured against a nibble lookup ({@code selectFrom} of two 16-entry
 * tables): on AVX2 the 32-lane byte shuffle is emulated across the two 128-bit halves, and the
 * compares were about three times faster for field values.
 *
 * <p>Loaded only reflectively by {@link ScannerSelection}, and only when the module is readable, so
 * the parser never links against the incubator module otherwise. The species is a static constant
 * in each subclass so that C2 can intrinsify the operations.
 */
abstract class VectorScanner extends ByteScanner {

  /**
   * Returns the implementation for {@code bits} (256 or 512), or for the preferred species when
   * {@code bits} is 0; null when that species is narrower than 256 bits.
   */
  static ByteScanner create(int bits) {
    int size = bits != 0 ? bits : ByteVector.SPECIES_PREFERRED.vectorBitSize();
    if (size >= 512) {
      return new Vector512();
    }
    if (size == 256) {
      return new Vector256();
    }
    return null;
  }

  /** The preferred species' width in bits on this machine. */
  static int preferredBits() {
    return ByteVector.SPECIES_PREFERRED.vectorBitSize();
  }

  // A range test is written out where it is used: x.sub((byte) (lo + 128)).compare(LT, (byte)
  // (count - 128)) gives the lanes of x in [lo, lo + count), count <= 128. The unsigned compare is
  // written as a signed one with the sign bit flipped, because its name differs between JDK 17
  // (UNSIGNED_LT) and later (ULT). It is not a helper method: once a compilation reaches C2's node
  // budget (NodeCountInliningCutoff), C2 inlines no more ordinary methods, however small, and a
  // helper taking a vector then boxes it, with every operation in it falling back to arrays (about
  // 190 B per request, seen on the parser's request-line loop). The Vector API's own methods are
  // always inlined (@ForceInline), so a loop made of them alone stays intrinsified whether or not
  // the scan itself is inlined into its caller.

  /** The first suspect lane of the block at {@code w} that the table puts outside {@code cls}. */
  private static int firstOutside(byte[] a, int w, long suspects, int cls) {
    int[] table = HttpTokens.CLASS;
    while (suspects != 0) {
      int j = w + Long.numberOfTrailingZeros(suspects);
      if ((table[a[j] & 0xFF] & cls) == 0) {
        return j;
      }
      suspects &= suspects - 1;
    }
    return -1;
  }

  /**
   * 256-bit vectors (AVX2). This class and {@link Vector512} are deliberate twins, line for line
   * but for the species: the Vector API is only intrinsified when the species is a compile-time
   * constant, which a static final of the class is. A shared method taking the species as a
   * parameter folds it only when inlined, and C2 stops inlining a method once it has been compiled
   * on its own into a large body; then every operation falls back to boxed vectors.
   *
   * <p>Each scan is one loop whose last block is read overlapping the octets before it, with those
   * lanes masked off, so the vector expression appears once. Nothing holding a vector is passed to
   * a call that might not be inlined (see the note on range tests above).
   */
  static final class Vector256 extends VectorScanner {
    private static final VectorSpecies<Byte> S = ByteVector.SPECIES_256;
    private static final int STEP = 32;

    /** Lanes that are not ALPHA, DIGIT or "-" are suspects for the tchar table. */
    @Override
    int token(byte[] a, int i, int e) {
      int last = e - STEP;
      if (last < 0) {
        return ScalarScanner.scan(a, i, e, HttpTokens.TCHAR);
      }
      while (i < e) {
        int w = Math.min(i, last);
        ByteVector v = ByteVector.fromArray(S, a, w);
        long suspects =
            v.or((byte) 0x20)
                    .sub((byte) ('a' + 128))
                    .compare(VectorOperators.LT, (byte) (26 - 128))
                    .or(v.sub((byte) ('0' + 128)).compare(VectorOperators.LT, (byte) (10 - 128)))
                    .or(v.compare(VectorOperators.EQ, '-'))
                    .not()
                    .toLong()
                & (-1L << (i - w));
        if (suspects != 0) {
          int j = firstOutside(a, w, suspects, HttpTokens.TCHAR);
          if (j >= 0) {
            return j;
          }
        }
        i = w + STEP;
      }
      return e;
    }

    /** The CTLs other than HTAB are exactly the octets outside field-content. */
    @Override
    int fieldContent(byte[] a, int i, int e) {
      int last = e - STEP;
      if (last < 0) {
        return ScalarScanner.scan(a, i, e, HttpTokens.FIELD_CONTENT);
      }
      while (i < e) {
        int w = Math.min(i, last);
        ByteVector v = ByteVector.fromArray(S, a, w);
        long outside =
            v.sub((byte) (0 + 128))
                    .compare(VectorOperators.LT, (byte) (0x20 - 128))
                    .andNot(v.compare(VectorOperators.EQ, '\t'))
                    .or(v.compare(VectorOperators.EQ, (byte) 0x7F))
                    .toLong()
                & (-1L << (i - w));
        if (outside != 0) {
          return w + Long.numberOfTrailingZeros(outside);
        }
        i = w + STEP;
      }
      return e;
    }

    /**
     * Lanes that are not a common target octet ("&'()*+,-./0-9:;", "=", "?@A-Z", "_", "a-z", "~")
     * are suspects for the target table.
     */
    @Override
    int target(byte[] a, int i, int e) {
      int last = e - STEP;
      if (last < 0) {
        return ScalarScanner.scan(a, i, e, HttpTokens.TARGET);
      }
      while (i < e) {
        int w = Math.min(i, last);
        ByteVector v = ByteVector.fromArray(S, a, w);
        long suspects =
            v.sub((byte) ('&' + 128))
                    .compare(VectorOperators.LT, (byte) (';' - '&' + 1 - 128))
                    .or(
                        v.sub((byte) ('?' + 128))
                            .compare(VectorOperators.LT, (byte) ('Z' - '?' + 1 - 128)))
                    .or(v.sub((byte) ('a' + 128)).compare(VectorOperators.LT, (byte) (26 - 128)))
                    .or(v.compare(VectorOperators.EQ, '_'))
                    .or(v.compare(VectorOperators.EQ, '='))
                    .or(v.compare(VectorOperators.EQ, '~'))
                    .not()
                    .toLong()
                & (-1L << (i - w));
        if (suspects != 0) {
          int j = firstOutside(a, w, suspects, HttpTokens.TARGET);
          if (j >= 0) {
            return j;
          }
        }
        i = w + STEP;
      }
      return e;
    }

    @Override
    int crLf(byte[] a, int i, int e) {
      int last = e - STEP;
      if (last < 0) {
        return ScalarScanner.scanCrLf(a, i, e);
      }
      while (i < e) {
        int w = Math.min(i, last);
        ByteVector v = ByteVector.fromArray(S, a, w);
        long hits =
            v.compare(VectorOperators.EQ, '\r').or(v.compare(VectorOperators.EQ, '\n')).toLong()
                & (-1L << (i - w));
        if (hits != 0) {
          return w + Long.numberOfTrailingZeros(hits);
        }
        i = w + STEP;
      }
      return e;
    }

    @Override
    boolean classifies() {
      return true;
    }

    @Override
    boolean classifiesShortArrays() {
      return false;
    }

    /**
     * Two 32-lane steps per 64-octet block. The block holding the end is read whole when the array
     * has room past the end (a server's read buffer usually has), else overlapping the octets
     * before it and shifted into place.
     */
    @Override
    void classify(byte[] a, int base, int k, int n, int end, long[] name, long[] ctl) {
      int slots = name.length - 1;
      for (int j = k; j < k + n; j++) {
        int w = j << 6;
        int have = end - w;
        // A block wholly in the input, or a whole one the array holds past the end (the octets
        // there are masked as stops below), is loaded where it is; the last block otherwise from
        // 64 octets before the end, shifted; input shorter than that octet by octet.
        boolean whole = have >= 64 || w + 64 <= a.length - base;
        if (have <= 0 || (!whole && end < 64)) {
          name[j & slots] = StructuralIndex.scalarBlock(a, base, j, end, ctl, j & slots);
          continue;
        }
        int at = whole ? w : end - 64;
        int shift = w - at;
        long stops = have >= 64 ? 0 : -1L << have;
        ByteVector v = ByteVector.fromArray(S, a, base + at);
        ByteVector u = ByteVector.fromArray(S, a, base + at + STEP);
        long nameLow =
            v.or((byte) 0x20)
                .sub((byte) ('a' + 128))
                .compare(VectorOperators.LT, (byte) (26 - 128))
                .or(v.sub((byte) ('0' + 128)).compare(VectorOperators.LT, (byte) (10 - 128)))
                .or(v.compare(VectorOperators.EQ, '-'))
                .not()
                .toLong();
        long nameHigh =
            u.or((byte) 0x20)
                .sub((byte) ('a' + 128))
                .compare(VectorOperators.LT, (byte) (26 - 128))
                .or(u.sub((byte) ('0' + 128)).compare(VectorOperators.LT, (byte) (10 - 128)))
                .or(u.compare(VectorOperators.EQ, '-'))
                .not()
                .toLong();
        long ctlLow =
            v.sub((byte) (0 + 128))
                .compare(VectorOperators.LT, (byte) (0x20 - 128))
                .andNot(v.compare(VectorOperators.EQ, '\t'))
                .or(v.compare(VectorOperators.EQ, (byte) 0x7F))
                .toLong();
        long ctlHigh =
            u.sub((byte) (0 + 128))
                .compare(VectorOperators.LT, (byte) (0x20 - 128))
                .andNot(u.compare(VectorOperators.EQ, '\t'))
                .or(u.compare(VectorOperators.EQ, (byte) 0x7F))
                .toLong();
        name[j & slots] = ((nameLow & 0xFFFFFFFFL | nameHigh << 32) >>> shift) | stops;
        ctl[j & slots] = ((ctlLow & 0xFFFFFFFFL | ctlHigh << 32) >>> shift) | stops;
      }
    }

    @Override
    String name() {
      return "vector256";
    }
  }

  /** 512-bit vectors (AVX-512); correct but slow where the hardware lacks them. */
  static final class Vector512 extends VectorScanner {
    private static final VectorSpecies<Byte> S = ByteVector.SPECIES_512;
    private static final int STEP = 64;

    /** Lanes that are not ALPHA, DIGIT or "-" are suspects for the tchar table. */
    @Override
    int token(byte[] a, int i, int e) {
      int last = e - STEP;
      if (last < 0) {
        return ScalarScanner.scan(a, i, e, HttpTokens.TCHAR);
      }
      while (i < e) {
        int w = Math.min(i, last);
        ByteVector v = ByteVector.fromArray(S, a, w);
        long suspects =
            v.or((byte) 0x20)
                    .sub((byte) ('a' + 128))
                    .compare(VectorOperators.LT, (byte) (26 - 128))
                    .or(v.sub((byte) ('0' + 128)).compare(VectorOperators.LT, (byte) (10 - 128)))
                    .or(v.compare(VectorOperators.EQ, '-'))
                    .not()
                    .toLong()
                & (-1L << (i - w));
        if (suspects != 0) {
          int j = firstOutside(a, w, suspects, HttpTokens.TCHAR);
          if (j >= 0) {
            return j;
          }
        }
        i = w + STEP;
      }
      return e;
    }

    /** The CTLs other than HTAB are exactly the octets outside field-content. */
    @Override
    int fieldContent(byte[] a, int i, int e) {
      int last = e - STEP;
      if (last < 0) {
        return ScalarScanner.scan(a, i, e, HttpTokens.FIELD_CONTENT);
      }
      while (i < e) {
        int w = Math.min(i, last);
        ByteVector v = ByteVector.fromArray(S, a, w);
        long outside =
            v.sub((byte) (0 + 128))
                    .compare(VectorOperators.LT, (byte) (0x20 - 128))
                    .andNot(v.compare(VectorOperators.EQ, '\t'))
                    .or(v.compare(VectorOperators.EQ, (byte) 0x7F))
                    .toLong()
                & (-1L << (i - w));
        if (outside != 0) {
          return w + Long.numberOfTrailingZeros(outside);
        }
        i = w + STEP;
      }
      return e;
    }

    /**
     * Lanes that are not a common target octet ("&'()*+,-./0-9:;", "=", "?@A-Z", "_", "a-z", "~")
     * are suspects for the target table.
     */
    @Override
    int target(byte[] a, int i, int e) {
      int last = e - STEP;
      if (last < 0) {
        return ScalarScanner.scan(a, i, e, HttpTokens.TARGET);
      }
      while (i < e) {
        int w = Math.min(i, last);
        ByteVector v = ByteVector.fromArray(S, a, w);
        long suspects =
            v.sub((byte) ('&' + 128))
                    .compare(VectorOperators.LT, (byte) (';' - '&' + 1 - 128))
                    .or(
                        v.sub((byte) ('?' + 128))
                            .compare(VectorOperators.LT, (byte) ('Z' - '?' + 1 - 128)))
                    .or(v.sub((byte) ('a' + 128)).compare(VectorOperators.LT, (byte) (26 - 128)))
                    .or(v.compare(VectorOperators.EQ, '_'))
                    .or(v.compare(VectorOperators.EQ, '='))
                    .or(v.compare(VectorOperators.EQ, '~'))
                    .not()
                    .toLong()
                & (-1L << (i - w));
        if (suspects != 0) {
          int j = firstOutside(a, w, suspects, HttpTokens.TARGET);
          if (j >= 0) {
            return j;
          }
        }
        i = w + STEP;
      }
      return e;
    }

    @Override
    int crLf(byte[] a, int i, int e) {
      int last = e - STEP;
      if (last < 0) {
        return ScalarScanner.scanCrLf(a, i, e);
      }
      while (i < e) {
        int w = Math.min(i, last);
        ByteVector v = ByteVector.fromArray(S, a, w);
        long hits =
            v.compare(VectorOperators.EQ, '\r').or(v.compare(VectorOperators.EQ, '\n')).toLong()
                & (-1L << (i - w));
        if (hits != 0) {
          return w + Long.numberOfTrailingZeros(hits);
        }
        i = w + STEP;
      }
      return e;
    }

    @Override
    boolean classifies() {
      return true;
    }

    /**
     * One step per 64-octet block. The block holding the end is read whole when the array has room
     * past the end, else overlapping the octets before it and shifted into place; an array shorter
     * than one block is one masked load.
     */
    @Override
    void classify(byte[] a, int base, int k, int n, int end, long[] name, long[] ctl) {
      if (a.length - base < STEP) {
        shortArray(a, base, k, n, end, name, ctl);
        return;
      }
      int slots = name.length - 1;
      for (int j = k; j < k + n; j++) {
        int w = j << 6;
        int have = end - w;
        // As on the 256-bit path: a whole block where the array holds one, else the last one
        // shifted (the array is never shorter than one block here).
        boolean whole = have >= STEP || w + STEP <= a.length - base;
        if (have <= 0) {
          name[j & slots] = StructuralIndex.scalarBlock(a, base, j, end, ctl, j & slots);
          continue;
        }
        int at = whole ? w : end - STEP;
        int shift = w - at;
        long stops = have >= STEP ? 0 : -1L << have;
        ByteVector v = ByteVector.fromArray(S, a, base + at);
        long nameBits =
            v.or((byte) 0x20)
                .sub((byte) ('a' + 128))
                .compare(VectorOperators.LT, (byte) (26 - 128))
                .or(v.sub((byte) ('0' + 128)).compare(VectorOperators.LT, (byte) (10 - 128)))
                .or(v.compare(VectorOperators.EQ, '-'))
                .not()
                .toLong();
        long ctlBits =
            v.sub((byte) (0 + 128))
                .compare(VectorOperators.LT, (byte) (0x20 - 128))
                .andNot(v.compare(VectorOperators.EQ, '\t'))
                .or(v.compare(VectorOperators.EQ, (byte) 0x7F))
                .toLong();
        name[j & slots] = (nameBits >>> shift) | stops;
        ctl[j & slots] = (ctlBits >>> shift) | stops;
      }
    }

    /**
     * {@link #classify} for an array that holds less than one block from {@code base}: block 0 is
     * one masked load (the lanes past the array read as 0 and are stops anyway), every later block
     * is past the end. A method of its own, so that the main loop stays as it was measured; the
     * expressions are written out as there, for the reason in the note on range tests above.
     */
    private static void shortArray(
        byte[] a, int base, int k, int n, int end, long[] name, long[] ctl) {
      int slots = name.length - 1;
      for (int j = k; j < k + n; j++) {
        if (j != 0 || end <= 0) {
          name[j & slots] = StructuralIndex.scalarBlock(a, base, j, end, ctl, j & slots);
          continue;
        }
        ByteVector v = ByteVector.fromArray(S, a, base, S.indexInRange(base, a.length));
        long stops = -1L << end;
        name[0] =
            v.or((byte) 0x20)
                    .sub((byte) ('a' + 128))
                    .compare(VectorOperators.LT, (byte) (26 - 128))
                    .or(v.sub((byte) ('0' + 128)).compare(VectorOperators.LT, (byte) (10 - 128)))
                    .or(v.compare(VectorOperators.EQ, '-'))
                    .not()
                    .toLong()
                | stops;
        ctl[0] =
            v.sub((byte) (0 + 128))
                    .compare(VectorOperators.LT, (byte) (0x20 - 128))
                    .andNot(v.compare(VectorOperators.EQ, '\t'))
                    .or(v.compare(VectorOperators.EQ, (byte) 0x7F))
                    .toLong()
                | stops;
      }
    }

    @Override
    String name() {
      return "vector512";
    }
  }
}
