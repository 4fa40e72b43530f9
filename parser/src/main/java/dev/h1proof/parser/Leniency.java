package dev.h1proof.parser;

/**
 * Alternatives that the RFCs explicitly permit a recipient to choose instead of rejecting.
 *
 * <p>Unlike a tolerated {@link Violation}, a leniency never makes the parser less safe than the RFC
 * allows, and no violation is recorded when it applies. All are off in {@link
 * ParserConfig#strict()}.
 */
public enum Leniency {
  /**
   * Accept a lone LF as the terminator of the request-line, of field lines (head and trailer) and
   * of the empty line ending a section, ignoring a CR before it (RFC 9112 §2.2 MAY). It does not
   * extend to chunk-size lines or the CRLF after chunk-data, which §2.2 does not cover.
   */
  BARE_LF_LINE_ENDINGS,
  /**
   * Replace each obs-fold in a field value with SP (RFC 9112 §5.2 lets a server either reject or
   * unfold). The parser writes SP over the CR and LF of the fold <em>in the caller's buffer</em>,
   * so the value becomes one contiguous span. Host, Content-Length and Transfer-Encoding are still
   * rejected when folded ({@link Violation#OBS_FOLD_IN_FRAMING_FIELD}).
   */
  OBS_FOLD_TO_SP,
  /**
   * Replace a bare CR inside a field value with SP (RFC 9112 §2.2 lets a recipient either reject or
   * replace it). The parser writes SP over the CR <em>in the caller's buffer</em>. A bare CR in a
   * field name or elsewhere is still rejected.
   */
  BARE_CR_TO_SP,
  /**
   * Replace a NUL inside a field value with SP (RFC 9110 §5.5 lets a recipient either reject or
   * replace it). The parser writes SP over the NUL <em>in the caller's buffer</em>.
   */
  NUL_TO_SP,
  /**
   * Keep CTL octets other than NUL, CR and LF inside field values (RFC 9110 §5.5 MAY retain them in
   * a safe context). Use only when the values are never echoed or interpreted unsafely.
   */
  RETAIN_CTL_IN_FIELD_VALUE,
  /**
   * Split the request-line on runs of SP, HTAB, VT, FF or bare CR, and ignore whitespace before the
   * method and after the version (RFC 9112 §3 MAY). Whitespace inside the target or version still
   * makes the line invalid.
   */
  REQUEST_LINE_WHITESPACE_RUNS,
  /**
   * Ignore lines that start with SP or HTAB right after the request-line, up to the next
   * well-formed field line, instead of rejecting the message (RFC 9112 §2.2, the alternative to
   * rejection).
   */
  IGNORE_WHITESPACE_PRECEDED_LINES,
  /**
   * When both Transfer-Encoding and Content-Length are present, frame the request by
   * Transfer-Encoding alone and report {@link RequestHead#mustClose()} (RFC 9112 §6.1 MAY process
   * by TE, MUST close afterwards). Content-Length is then ignored entirely, even if it is invalid.
   */
  TRANSFER_ENCODING_OVERRIDES_CONTENT_LENGTH,
  /**
   * Accept repeated identical Content-Length values ({@code 5, 5} or two lines of {@code 5}) as one
   * value (RFC 9110 §8.6 MAY replace the list with a single instance).
   */
  IDENTICAL_CONTENT_LENGTHS
}
