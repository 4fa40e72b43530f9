package dev.h1proof.parser;

import java.util.ArrayList;
import java.util.List;

/** Every scanning path this JVM can run: scalar, SWAR, and the vector paths when enabled. */
final class Scanners {

  private static final List<ByteScanner> ALL = build();

  private Scanners() {}

  static List<ByteScanner> all() {
    return ALL;
  }

  /** The paths other than the scalar oracle. */
  static List<ByteScanner> fast() {
    return ALL.subList(1, ALL.size());
  }

  private static List<ByteScanner> build() {
    List<ByteScanner> list = new ArrayList<>();
    list.add(ScalarScanner.INSTANCE);
    list.add(SwarScanner.INSTANCE);
    for (int bits : new int[] {256, 512}) {
      ByteScanner v = ScannerSelection.vector(bits);
      if (v != null) {
        list.add(v);
      }
    }
    return List.copyOf(list);
  }
}
