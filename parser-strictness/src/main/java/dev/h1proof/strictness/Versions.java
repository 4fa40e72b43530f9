package dev.h1proof.strictness;

/** The version of the library a class comes from, from its jar's manifest. */
final class Versions {
  private Versions() {}

  static String of(Class<?> type) {
    Package p = type.getPackage();
    String v = p == null ? null : p.getImplementationVersion();
    return v != null ? v : "unknown";
  }
}
