package dev.h1proof.parser;

/**
 * Which byte-scanning path this JVM's parsers use: {@code vector512}, {@code vector256}, {@code
 * swar} or {@code scalar}, chosen once at class initialisation (see the parser README). For version
 * lines and diagnostics; the one place the path is reported.
 */
public final class ScannerInfo {
  private ScannerInfo() {}

  /**
   * Returns the name of the path every parser uses, for arrays, heap buffers and direct or
   * read-only buffers alike: each path has a twin that reads buffers without an array. The one
   * exception is a vector path on a JDK with no vector load from a buffer (JDK 17 and 18 have one,
   * and JDK 22 and later; JDK 19 to 21 may not): its buffers take SWAR, and the DEBUG line of the
   * {@code dev.h1proof.parser} logger says so.
   *
   * @return the path's name, as accepted by {@code -Dh1proof.simd}
   */
  public static String path() {
    return ScannerSelection.DEFAULT.name();
  }
}
