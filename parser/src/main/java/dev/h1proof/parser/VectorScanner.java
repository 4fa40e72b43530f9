package dev.h1proof.parser;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API path ({@code jdk.incubator.vector}): 32 or 64 octets per step. Class membership
 * uses the nibble trick with tables from {@link HttpTokens#nibbleTables(int)}; comparison results
 * become {@code long} bit masks; the last partial block is read overlapping the octets before it
 * (masked off), and only arrays shorter than a vector go to {@link SwarScanner}.
 *
 * <p>Loaded only reflectively by {@link ScannerSelection}, and only when the module is readable, so
 * the parser never links against the incubator module otherwise. The species is a static constant
 * in each subclass so that C2 can intrinsify the operations.
 */
abstract class VectorScanner extends ByteScanner {

  static final byte[] TOKEN = HttpTokens.nibbleTables(HttpTokens.TCHAR);
  static final byte[] FIELD_CONTENT = HttpTokens.nibbleTables(HttpTokens.FIELD_CONTENT);
  static final byte[] TARGET = HttpTokens.nibbleTables(HttpTokens.TARGET);

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

  /** One nibble table (offset 0: low, 16: high) repeated across a vector. */
  static ByteVector table(VectorSpecies<Byte> species, byte[] tables, int offset) {
    byte[] lanes = new byte[species.length()];
    for (int k = 0; k < lanes.length; k++) {
      lanes[k] = tables[offset + (k & 15)];
    }
    return ByteVector.fromArray(species, lanes, 0);
  }

  /**
   * Returns the first index in {@code [i, e)} whose octet is outside the class, or {@code e}; when
   * the array holds fewer than a vector's octets before {@code e}, returns where the vector steps
   * stopped and the caller finishes with SWAR.
   */
  static int scanClass(
      VectorSpecies<Byte> species, ByteVector lo, ByteVector hi, byte[] a, int i, int e) {
    int step = species.length();
    for (; i + step <= e; i += step) {
      ByteVector v = ByteVector.fromArray(species, a, i);
      ByteVector loBits = v.and((byte) 0x0F).selectFrom(lo);
      ByteVector hiBits = v.lanewise(VectorOperators.LSHR, 4).and((byte) 0x0F).selectFrom(hi);
      long outside = loBits.and(hiBits).compare(VectorOperators.EQ, (byte) 0).toLong();
      if (outside != 0) {
        return i + Long.numberOfTrailingZeros(outside);
      }
    }
    int w = e - step;
    if (i >= e || w < 0) {
      return i;
    }
    // The last partial block, read overlapping octets already scanned and masked off.
    ByteVector v = ByteVector.fromArray(species, a, w);
    ByteVector loBits = v.and((byte) 0x0F).selectFrom(lo);
    ByteVector hiBits = v.lanewise(VectorOperators.LSHR, 4).and((byte) 0x0F).selectFrom(hi);
    long outside = loBits.and(hiBits).compare(VectorOperators.EQ, (byte) 0).toLong() >>> (i - w);
    return outside != 0 ? i + Long.numberOfTrailingZeros(outside) : e;
  }

  static int scanCrLf(VectorSpecies<Byte> species, byte[] a, int i, int e) {
    int step = species.length();
    for (; i + step <= e; i += step) {
      ByteVector v = ByteVector.fromArray(species, a, i);
      long hits =
          v.compare(VectorOperators.EQ, (byte) '\r')
              .or(v.compare(VectorOperators.EQ, (byte) '\n'))
              .toLong();
      if (hits != 0) {
        return i + Long.numberOfTrailingZeros(hits);
      }
    }
    int w = e - step;
    if (i >= e || w < 0) {
      return i;
    }
    ByteVector v = ByteVector.fromArray(species, a, w);
    long hits =
        v.compare(VectorOperators.EQ, (byte) '\r')
                .or(v.compare(VectorOperators.EQ, (byte) '\n'))
                .toLong()
            >>> (i - w);
    return hits != 0 ? i + Long.numberOfTrailingZeros(hits) : e;
  }

  /**
   * 256-bit vectors (AVX2). This class and {@link Vector512} are deliberate twins: the Vector API
   * is only intrinsified when the species and the lookup tables are compile-time constants, which
   * static finals per class are and an instance field shared by one generic class is not.
   */
  static final class Vector256 extends VectorScanner {
    private static final VectorSpecies<Byte> S = ByteVector.SPECIES_256;
    private static final ByteVector TOKEN_LO = table(S, TOKEN, 0);
    private static final ByteVector TOKEN_HI = table(S, TOKEN, 16);
    private static final ByteVector CONTENT_LO = table(S, FIELD_CONTENT, 0);
    private static final ByteVector CONTENT_HI = table(S, FIELD_CONTENT, 16);
    private static final ByteVector TARGET_LO = table(S, TARGET, 0);
    private static final ByteVector TARGET_HI = table(S, TARGET, 16);

    @Override
    int token(byte[] a, int i, int e) {
      int j = ScalarScanner.probe(a, i, e, HttpTokens.TCHAR);
      return j >= 0
          ? j
          : SwarScanner.scanToken(
              a, scanClass(S, TOKEN_LO, TOKEN_HI, a, i + ScalarScanner.PROBE, e), e);
    }

    @Override
    int fieldContent(byte[] a, int i, int e) {
      return SwarScanner.scanFieldContent(a, scanClass(S, CONTENT_LO, CONTENT_HI, a, i, e), e);
    }

    @Override
    int target(byte[] a, int i, int e) {
      return SwarScanner.scanTarget(a, scanClass(S, TARGET_LO, TARGET_HI, a, i, e), e);
    }

    @Override
    int crLf(byte[] a, int i, int e) {
      return SwarScanner.scanCrLf(a, scanCrLf(S, a, i, e), e);
    }

    @Override
    String name() {
      return "vector256";
    }
  }

  /** 512-bit vectors (AVX-512); correct but slow where the hardware lacks them. */
  static final class Vector512 extends VectorScanner {
    private static final VectorSpecies<Byte> S = ByteVector.SPECIES_512;
    private static final ByteVector TOKEN_LO = table(S, TOKEN, 0);
    private static final ByteVector TOKEN_HI = table(S, TOKEN, 16);
    private static final ByteVector CONTENT_LO = table(S, FIELD_CONTENT, 0);
    private static final ByteVector CONTENT_HI = table(S, FIELD_CONTENT, 16);
    private static final ByteVector TARGET_LO = table(S, TARGET, 0);
    private static final ByteVector TARGET_HI = table(S, TARGET, 16);

    @Override
    int token(byte[] a, int i, int e) {
      int j = ScalarScanner.probe(a, i, e, HttpTokens.TCHAR);
      return j >= 0
          ? j
          : SwarScanner.scanToken(
              a, scanClass(S, TOKEN_LO, TOKEN_HI, a, i + ScalarScanner.PROBE, e), e);
    }

    @Override
    int fieldContent(byte[] a, int i, int e) {
      return SwarScanner.scanFieldContent(a, scanClass(S, CONTENT_LO, CONTENT_HI, a, i, e), e);
    }

    @Override
    int target(byte[] a, int i, int e) {
      return SwarScanner.scanTarget(a, scanClass(S, TARGET_LO, TARGET_HI, a, i, e), e);
    }

    @Override
    int crLf(byte[] a, int i, int e) {
      return SwarScanner.scanCrLf(a, scanCrLf(S, a, i, e), e);
    }

    @Override
    String name() {
      return "vector512";
    }
  }
}
