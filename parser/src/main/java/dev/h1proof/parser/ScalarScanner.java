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
