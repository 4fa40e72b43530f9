package dev.h1proof.parser;

/**
 * Which byte-scanning path this JVM's parsers use: {@code vector512}, {@code vector256}, {@code
 * swar} or {@code scalar}, chosen once at class initialisation (see the parser README). For version
 * lines and diagnostics.
 */
public final class ScannerInfo {
  private ScannerInfo() {}

  /**
   * Returns the name of the path every parser uses unless a test passes its own scanner.
   *
   * @return the path's name
   */
  public static String path() {
    return ScannerSelection.DEFAULT.name();
  }
}
