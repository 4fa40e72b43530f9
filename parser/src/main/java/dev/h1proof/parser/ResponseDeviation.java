package dev.h1proof.parser;

import java.util.Objects;

/**
 * One deviation observed in a server's output by {@link ResponseParser}.
 *
 * @param rule the broken rule
 * @param offset the absolute index of the offending byte in the array passed to {@link
 *     ResponseParser#parse}
 * @param detail a human-readable explanation (server bytes escaped)
 */
public record ResponseDeviation(Violation rule, int offset, String detail) {
  /**
   * Validates the components.
   *
   * @param rule the broken rule
   * @param offset the offset of the offending byte
   * @param detail a human-readable explanation
   */
  public ResponseDeviation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(detail, "detail");
  }
}
