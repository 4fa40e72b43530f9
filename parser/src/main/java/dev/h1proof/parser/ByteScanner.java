package dev.h1proof.parser;

/**
 * The hot scanning loops of the request parser, behind one small interface so that a scalar, a SWAR
 * and a Vector API implementation can be swapped and differentially tested.
 *
 * <p>Every method takes absolute array indices and returns the first index in {@code [i, e)} whose
 * octet is outside the scanned class (or {@code e}). Each implementation derives its classes from
 * {@link HttpTokens#CLASS}, and may only differ from {@link ScalarScanner} in speed. The
 * implementation used by parsers is chosen once by {@link ScannerSelection}. Buffers without an
 * array are scanned by the path's {@link #buffers() twin}.
 */
abstract class ByteScanner {

  /** Returns the first index in {@code [i, e)} that is not a {@code tchar}, or {@code e}. */
  abstract int token(byte[] a, int i, int e);

  /**
   * Returns the first index in {@code [i, e)} that is not field-content ({@code field-vchar / SP /
   * HTAB}), or {@code e}: the CR, LF or other CTL that ends or breaks a field value.
   */
  abstract int fieldContent(byte[] a, int i, int e);

  /**
   * Returns the first index in {@code [i, e)} that is not a target octet ({@code pchar / "/" / "?"}
   * without {@code "%"}), or {@code e}.
   */
  abstract int target(byte[] a, int i, int e);

  /** Returns the first index in {@code [i, e)} holding CR or LF, or {@code e}. */
  abstract int crLf(byte[] a, int i, int e);

  /**
   * Whether this path fills a {@link StructuralIndex} ({@link #classify}); the vector paths do, and
   * the parser then walks bitmaps instead of calling the scans above for its one-pass loops.
   */
  boolean classifies() {
    return false;
  }

  /**
   * Whether {@link #classify} reads an array that holds less than one 64-octet block from its base
   * with a vector load. The 512-bit path does, with one masked load; the 256-bit path cannot (AVX2
   * has no masked load of bytes) and classifies such an array octet by octet, which costs more than
   * the index saves on a head that short, so the parser scans it instead.
   */
  boolean classifiesShortArrays() {
    return classifies();
  }

  /**
   * Classifies the {@code n} blocks of 64 octets from block {@code k} (buffer indices {@code 64k}
   * on, at array index {@code base + 64k}) into the bitmaps of {@link StructuralIndex}, at slot
   * {@code block & (name.length - 1)}; octets at or past buffer index {@code end} are never read
   * and their bits are set.
   */
  void classify(byte[] a, int base, int k, int n, int end, long[] name, long[] ctl) {
    throw new UnsupportedOperationException(name() + " has no structural index");
  }

  /** The path's name as accepted by {@code -Dh1proof.simd}. */
  abstract String name();

  private BufferScanner buffers;

  /**
   * The same path for a {@link java.nio.ByteBuffer} without an accessible array (direct, or
   * read-only): {@link BufferScanner#forPath} of this path's name, looked up once. A vector path
   * whose JDK offers no vector load from a buffer gets the SWAR twin.
   */
  final BufferScanner buffers() {
    BufferScanner b = buffers;
    if (b == null) {
      // Racy but benign: every thread computes the same stateless instance.
      b = BufferScanner.forPath(name());
      buffers = b;
    }
    return b;
  }
}
