package dev.h1proof.parser.lab;

import dev.h1proof.parser.ParserConfig;
import java.util.Objects;

/**
 * Where classes of the exported package hand package-private capabilities to this one, the way the
 * JDK's {@code jdk.internal.access.SharedSecrets} works: {@link ParserConfig}'s static initializer
 * registers its {@link ParserConfigAccess}, once.
 */
public final class SharedSecrets {
  private static volatile ParserConfigAccess parserConfigAccess;

  private SharedSecrets() {}

  /**
   * Registers {@link ParserConfig}'s access; called once, by {@code ParserConfig} itself.
   *
   * @param access the access
   * @throws IllegalStateException if an access is already registered
   */
  public static synchronized void setParserConfigAccess(ParserConfigAccess access) {
    if (parserConfigAccess != null) {
      throw new IllegalStateException("ParserConfigAccess is already set");
    }
    parserConfigAccess = Objects.requireNonNull(access, "access");
  }

  /** The access {@link ParserConfig} registered, initializing that class first if need be. */
  static ParserConfigAccess parserConfigAccess() {
    ParserConfigAccess access = parserConfigAccess;
    if (access == null) {
      ParserConfig.strict(); // runs ParserConfig's static initializer, which registers it
      access = parserConfigAccess;
    }
    return access;
  }
}
