/**
 * A strict HTTP/1.1 request and response parser (RFC 9112), with no dependencies.
 *
 * <p>Everything public lives in the single exported package {@code dev.h1proof.parser}.
 */
module dev.h1proof.parser {
  exports dev.h1proof.parser;
}
