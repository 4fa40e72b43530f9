package dev.h1proof.rulebook;

/** The judgement on one scenario. */
public enum Verdict {
  /** The target did what the RFC prefers. */
  PASS,
  /** The target did something the RFC permits but does not prefer. */
  WARN,
  /** The target did something the RFC does not permit. */
  FAIL,
  /** The evidence cannot decide: silence within the timeout, or a check that needs an echo. */
  INCONCLUSIVE,
  /** Not run. */
  SKIP
}
