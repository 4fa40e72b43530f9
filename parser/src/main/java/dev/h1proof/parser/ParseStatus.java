package dev.h1proof.parser;

/** The outcome of one {@link RequestParser#parse(byte[], int, int)} call. */
public enum ParseStatus {
  /** The head is not complete yet: append bytes and call again with the same start. */
  NEED_MORE,
  /** A complete, valid request head was parsed; see {@link RequestParser#head()}. */
  COMPLETE,
  /**
   * The message breaks a rule that is not tolerated; see {@link RequestParser#violation()} and
   * {@link RequestParser#violationOffset()}. The connection should be answered with {@link
   * Violation#status()} and closed.
   */
  VIOLATION
}
