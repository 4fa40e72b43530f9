package dev.h1proof.parser;

/** The reference implementation: one {@link HttpTokens#CLASS} lookup per octet. */
final class ScalarScanner extends ByteScanner {

  static final ScalarScanner INSTANCE = new ScalarScanner();

  private ScalarScanner() {}

  /** Returns the first index in {@code [i, e)} whose octet is not in {@code cls}, or {@code e}. */
  static int scan(byte[] a, int i, int e, int cls) {
    int[] table = HttpTokens.CLASS;
    while (i < e && (table[a[i] & 0xFF] & cls) != 0) {
      i++;
    }
    return i;
  }

  /**
   * How many octets of a token the wide paths check one by one first: field names and methods are
   * almost always shorter, and for them the table loop measured faster than a word or vector step
   * (with 16, the 17-octet names of {@code large-headers-16k} took the wide path and were slower).
   */
  static final int PROBE = 32;

  /**
   * Scans at most {@link #PROBE} octets; returns the stop index, or -1 when all of them are in the
   * class and the caller continues at {@code i + PROBE}.
   */
  static int probe(byte[] a, int i, int e, int cls) {
    int stop = Math.min(e, i + PROBE);
    int j = scan(a, i, stop, cls);
    return j < stop || stop == e ? j : -1;
  }

  static int scanCrLf(byte[] a, int i, int e) {
    while (i < e) {
      byte b = a[i];
      if (b == '\n' || b == '\r') {
        return i;
      }
      i++;
    }
    return e;
  }

  @Override
  int token(byte[] a, int i, int e) {
    return scan(a, i, e, HttpTokens.TCHAR);
  }

  @Override
  int fieldContent(byte[] a, int i, int e) {
    return scan(a, i, e, HttpTokens.FIELD_CONTENT);
  }

  @Override
  int target(byte[] a, int i, int e) {
    return scan(a, i, e, HttpTokens.TARGET);
  }

  @Override
  int crLf(byte[] a, int i, int e) {
    return scanCrLf(a, i, e);
  }

  @Override
  String name() {
    return "scalar";
  }
}
