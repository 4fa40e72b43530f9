package dev.h1proof.parser.lab;

import dev.h1proof.parser.ParserConfig;
import dev.h1proof.parser.Violation;
import java.util.Set;

/**
 * The package-private tolerance state of {@link ParserConfig}, as {@code ParserConfig} itself hands
 * it to this package (see {@link SharedSecrets}).
 */
public interface ParserConfigAccess {
  /**
   * Returns a copy of a configuration that tolerates exactly the given violations.
   *
   * @param config the configuration to copy
   * @param violations the violations to tolerate; replaces the previous set
   * @return the new configuration
   */
  ParserConfig withTolerated(ParserConfig config, Set<Violation> violations);

  /**
   * Returns the violations a configuration tolerates.
   *
   * @param config the configuration
   * @return an unmodifiable view
   */
  Set<Violation> tolerated(ParserConfig config);
}
