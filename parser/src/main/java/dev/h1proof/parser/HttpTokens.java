package dev.h1proof.parser;

/**
 * The octet classes of the HTTP/1.1 grammar as one 256-entry table, shared by every scanning path.
 *
 * <p>Each entry is a bit set of the classes an octet belongs to. The ABNF of each class is written
 * next to its bit, with the RFC section it comes from. Scalar loops test {@code (CLASS[b & 0xFF] &
 * BIT) != 0}; a later SWAR or vector scanner derives its masks from the same table, so the paths
 * cannot disagree about what an octet is.
 */
final class HttpTokens {

  /**
   * {@code tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" /
   * "|" / "~" / DIGIT / ALPHA} (RFC 9110 §5.6.2). A token is {@code 1*tchar}.
   */
  static final int TCHAR = 1;

  /** {@code field-vchar = VCHAR / obs-text} (RFC 9110 §5.5), i.e. %x21-7E / %x80-FF. */
  static final int FIELD_VCHAR = 1 << 1;

  /**
   * An octet allowed inside a field value: {@code field-vchar / SP / HTAB} (RFC 9110 §5.5,
   * field-content). Leading and trailing SP/HTAB are OWS and trimmed by the caller.
   */
  static final int FIELD_CONTENT = 1 << 2;

  /** {@code obs-text = %x80-FF} (RFC 9110 §5.6.4). */
  static final int OBS_TEXT = 1 << 3;

  /**
   * Octets of an origin-form or absolute-form target other than {@code %}: {@code pchar / "/" /
   * "?"} where {@code pchar = unreserved / pct-encoded / sub-delims / ":" / "@"} (RFC 3986 §3.3,
   * §3.4; RFC 9112 §3.2.1). {@code "%"} is left out so the scanner stops on it and checks the two
   * HEXDIG of pct-encoded.
   */
  static final int TARGET = 1 << 4;

  /**
   * {@code HEXDIG = DIGIT / "A"-"F" / "a"-"f"} (RFC 5234 B.1; case-insensitive per RFC 9112 §7.1).
   */
  static final int HEXDIG = 1 << 5;

  /** {@code OWS = *( SP / HTAB )} members (RFC 9110 §5.6.3): SP and HTAB. */
  static final int OWS = 1 << 6;

  /**
   * {@code reg-name = *( unreserved / pct-encoded / sub-delims )} members other than {@code %} (RFC
   * 3986 §3.2.2).
   */
  static final int REG_NAME = 1 << 7;

  /** {@code DIGIT = %x30-39}. */
  static final int DIGIT = 1 << 8;

  /** {@code ALPHA = %x41-5A / %x61-7A}. */
  static final int ALPHA = 1 << 9;

  /**
   * The whitespace RFC 9112 §3 lets a lenient recipient split a request-line on: SP, HTAB, VT, FF
   * and bare CR.
   */
  static final int REQUEST_LINE_WS = 1 << 10;

  /**
   * {@code qdtext = HTAB / SP / %x21 / %x23-5B / %x5D-7E / obs-text} (RFC 9110 §5.6.4): the octets
   * of a quoted-string other than DQUOTE and backslash.
   */
  static final int QDTEXT = 1 << 11;

  /** {@code CTL = %x00-1F / %x7F} (RFC 5234 B.1). */
  static final int CTL = 1 << 12;

  /**
   * {@code quoted-pair = "\" ( HTAB / SP / VCHAR / obs-text )} (RFC 9110 §5.6.4): octets allowed
   * after the backslash.
   */
  static final int QUOTED_PAIR = 1 << 13;

  /**
   * {@code scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )} (RFC 3986 §3.1), after the first.
   */
  static final int SCHEME = 1 << 14;

  /** The class table, indexed by {@code octet & 0xFF}. */
  static final int[] CLASS = new int[256];

  /** The value of each HEXDIG octet, or -1. */
  static final byte[] HEX_VALUE = new byte[256];

  static {
    for (int b = 0; b < 256; b++) {
      int c = 0;
      boolean digit = b >= '0' && b <= '9';
      boolean alpha = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
      boolean ctl = b < 0x20 || b == 0x7F;
      boolean vchar = b >= 0x21 && b <= 0x7E;
      boolean obsText = b >= 0x80;
      boolean unreserved = digit || alpha || b == '-' || b == '.' || b == '_' || b == '~';
      boolean subDelim = "!$&'()*+,;=".indexOf(b) >= 0 && b != 0;
      if (digit || alpha || "!#$%&'*+-.^_`|~".indexOf(b) >= 0 && b != 0) {
        c |= TCHAR;
      }
      if (vchar || obsText) {
        c |= FIELD_VCHAR | FIELD_CONTENT;
      }
      if (b == ' ' || b == '\t') {
        c |= FIELD_CONTENT | OWS | QDTEXT | QUOTED_PAIR;
      }
      if (obsText) {
        c |= OBS_TEXT | QDTEXT | QUOTED_PAIR;
      }
      if (unreserved || subDelim || b == ':' || b == '@' || b == '/' || b == '?') {
        c |= TARGET;
      }
      if (digit || (b >= 'A' && b <= 'F') || (b >= 'a' && b <= 'f')) {
        c |= HEXDIG;
      }
      if (unreserved || subDelim) {
        c |= REG_NAME;
      }
      if (digit) {
        c |= DIGIT;
      }
      if (alpha) {
        c |= ALPHA;
      }
      if (b == ' ' || b == '\t' || b == 0x0B || b == 0x0C || b == '\r') {
        c |= REQUEST_LINE_WS;
      }
      if (vchar && b != '"' && b != '\\') {
        c |= QDTEXT;
      }
      if (vchar) {
        c |= QUOTED_PAIR;
      }
      if (ctl) {
        c |= CTL;
      }
      if (alpha || digit || b == '+' || b == '-' || b == '.') {
        c |= SCHEME;
      }
      CLASS[b] = c;
      HEX_VALUE[b] =
          (byte)
              (digit
                  ? b - '0'
                  : (b >= 'A' && b <= 'F')
                      ? b - 'A' + 10
                      : (b >= 'a' && b <= 'f') ? b - 'a' + 10 : -1);
    }
  }

  private HttpTokens() {}

  static boolean is(byte b, int cls) {
    return (CLASS[b & 0xFF] & cls) != 0;
  }

  static boolean isTchar(byte b) {
    return (CLASS[b & 0xFF] & TCHAR) != 0;
  }

  static boolean isOws(byte b) {
    return b == ' ' || b == '\t';
  }

  static int lower(int b) {
    return (b >= 'A' && b <= 'Z') ? b + 32 : b;
  }
}
