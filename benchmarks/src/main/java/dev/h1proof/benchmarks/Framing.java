package dev.h1proof.benchmarks;

/**
 * How a request's content is delimited (RFC 9112 §6.3), as every adapter reports it. Kept apart
 * from the parser's own enum so the reference and the peers do not depend on h1proof.
 */
public enum Framing {
  /** Neither Content-Length nor Transfer-Encoding: no content. */
  NONE,
  /** A Content-Length field gives the content's size. */
  CONTENT_LENGTH,
  /** The chunked transfer coding delimits the content. */
  CHUNKED
}
