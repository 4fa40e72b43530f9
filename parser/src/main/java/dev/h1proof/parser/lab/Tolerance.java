package dev.h1proof.parser.lab;

import dev.h1proof.parser.ParserConfig;
import dev.h1proof.parser.Violation;
import java.util.Objects;
import java.util.Set;

/**
 * Makes the request parser and chunked decoder break chosen rules on purpose, the way common
 * lenient servers do; the "Tolerated:" paragraph of each {@link Violation} constant says how. This
 * exists only to check a conformance suite against a known-wrong server: several recoveries open
 * request-smuggling holes. Never use it in production.
 */
public final class Tolerance {
  private Tolerance() {}

  /**
   * Returns a copy of a configuration that tolerates exactly the given violations.
   *
   * @param config the configuration to copy
   * @param violations the violations to tolerate (copied); replaces the previous set
   * @return the new configuration
   */
  public static ParserConfig withTolerated(ParserConfig config, Set<Violation> violations) {
    Objects.requireNonNull(config, "config");
    return SharedSecrets.parserConfigAccess().withTolerated(config, violations);
  }

  /**
   * Returns the violations a configuration tolerates.
   *
   * @param config the configuration
   * @return an unmodifiable view, empty for every configuration built through the public API
   */
  public static Set<Violation> tolerated(ParserConfig config) {
    Objects.requireNonNull(config, "config");
    return SharedSecrets.parserConfigAccess().tolerated(config);
  }
}
