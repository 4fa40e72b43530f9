package dev.h1proof.parser;

/**
 * The field-line grammar, one copy for the three places that read field lines: request heads
 * ({@link FieldLineParser}), trailer sections ({@link ChunkedDecoder}) and responses ({@link
 * ResponseParser}), so that they cannot drift apart.
 *
 * <pre>
 * field-line    = field-name ":" OWS field-value OWS     ; RFC 9112 §5
 * field-name    = token                                  ; RFC 9110 §5.1
 * field-value   = *field-content                         ; RFC 9110 §5.5
 * field-content = field-vchar [ 1*( SP / HTAB / field-vchar ) field-vchar ]
 * obs-fold      = OWS CRLF RWS                           ; RFC 9112 §5.2
 * </pre>
 *
 * <p>Every method is static and allocation-free and works on absolute index ranges of an {@link
 * Input}. The grammar says what a line is ({@link NameShape}, {@link ValueFault}); each reader maps
 * that to its own rule, because a head, a trailer section and a response answer the same defect
 * with different violations (a request head names the defect, a trailer section has one rule for
 * every malformed line, a response records a deviation instead of failing).
 */
final class FieldLineGrammar {

  private FieldLineGrammar() {}

  /** What the octets before the colon make of a field line (RFC 9112 §5.1, RFC 9110 §5.1). */
  enum NameShape {
    /** {@code token ":"}: a well-formed field name. */
    TOKEN,
    /** The line starts with the colon: the field name is empty. */
    EMPTY,
    /** A token, then only SP or HTAB before the colon: RFC 9112 §5.1 says reject with 400. */
    WHITESPACE_BEFORE_COLON,
    /** An octet other than tchar before the colon, not only whitespace after a token. */
    NOT_TOKEN,
    /** No colon in the line. */
    NO_COLON
  }

  /** What an octet that is not field-content is (RFC 9110 §5.5). */
  enum ValueFault {
    /** NUL, which RFC 9110 §5.5 lets a recipient replace with SP. */
    NUL,
    /** A CR not followed by LF (RFC 9112 §2.2: bare CR). */
    CR,
    /** Any other control octet (LF never gets here: it ends the line). */
    CTL
  }

  /** Whether {@code b} can be part of a field name: a tchar. */
  static boolean isNameOctet(byte b) {
    return HttpTokens.isTchar(b);
  }

  /** Whether {@code b} is field-content: field-vchar, SP or HTAB. */
  static boolean isValueOctet(byte b) {
    return HttpTokens.is(b, HttpTokens.FIELD_CONTENT);
  }

  /** Whether {@code b} is OWS: SP or HTAB. */
  static boolean isOws(byte b) {
    return HttpTokens.isOws(b);
  }

  /** Returns the first index in {@code [s, e)} that is not a tchar, or {@code e}. */
  static int nameEnd(Input in, int s, int e) {
    while (s < e && isNameOctet(in.at(s))) {
      s++;
    }
    return s;
  }

  /**
   * Returns the colon that ends the field name: {@code n} itself when the token stops at a colon,
   * else the first colon in {@code (n, e)}, or -1 when there is none.
   *
   * @param n where the tchar run from the line's start ends ({@link #nameEnd})
   */
  static int colon(Input in, int n, int e) {
    for (int k = n; k < e; k++) {
      if (in.at(k) == ':') {
        return k;
      }
    }
    return -1;
  }

  /**
   * Tells what {@code [s, colon)} is as a field name.
   *
   * @param s the line's first octet
   * @param n where the tchar run from {@code s} ends
   * @param colon the colon from {@link #colon}, or -1
   */
  static NameShape nameShape(Input in, int s, int n, int colon) {
    if (colon < 0) {
      return NameShape.NO_COLON;
    }
    if (colon == n) {
      return n == s ? NameShape.EMPTY : NameShape.TOKEN;
    }
    if (n == s) {
      return NameShape.NOT_TOKEN;
    }
    for (int k = n; k < colon; k++) {
      if (!isOws(in.at(k))) {
        return NameShape.NOT_TOKEN;
      }
    }
    return NameShape.WHITESPACE_BEFORE_COLON;
  }

  /** Returns the first index in {@code [s, e)} that is not OWS, or {@code e}: a value's start. */
  static int skipOws(Input in, int s, int e) {
    while (s < e && isOws(in.at(s))) {
      s++;
    }
    return s;
  }

  /** Returns the index after the last octet in {@code [s, e)} that is not OWS, or {@code s}. */
  static int trimOws(Input in, int s, int e) {
    while (e > s && isOws(in.at(e - 1))) {
      e--;
    }
    return e;
  }

  /** Returns the first index in {@code [s, e)} that is not field-content, or {@code e}. */
  static int valueEnd(Input in, int s, int e) {
    while (s < e && isValueOctet(in.at(s))) {
      s++;
    }
    return s;
  }

  /**
   * Tells what an octet that is not field-content is.
   *
   * @param b an octet for which {@link #isValueOctet} is false, not LF
   */
  static ValueFault valueFault(byte b) {
    if (b == 0) {
      return ValueFault.NUL;
    }
    return b == '\r' ? ValueFault.CR : ValueFault.CTL;
  }
}
