package dev.h1proof.rulebook;

/**
 * The strength of a rulebook rule, in the RFC 2119 sense; each rule has exactly one.
 *
 * <p>{@code MUST} also covers "MUST NOT" and {@code SHOULD} covers "SHOULD NOT" and "RECOMMENDED".
 * {@code MAY} is used where the RFC explicitly lets a recipient either accept or reject the
 * construct, and for advisory rules that carry no keyword at all.
 */
public enum Level {
  /** An absolute requirement. */
  MUST,
  /** A requirement that may be ignored only for a good, understood reason. */
  SHOULD,
  /** A truly optional behaviour, or advisory text without a keyword. */
  MAY
}
