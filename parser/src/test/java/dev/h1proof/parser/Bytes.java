package dev.h1proof.parser;

import java.nio.charset.StandardCharsets;

/** Test helpers for raw octets. */
final class Bytes {
  private Bytes() {}

  /** The octets of a Java string whose chars are all below 256 (ISO-8859-1). */
  static byte[] of(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0xFF) {
        throw new IllegalArgumentException("not an octet string: " + s);
      }
    }
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Renders octets with C-style escapes, so assertion messages show CR, LF, NUL and obs-text. */
  static String escape(byte[] b) {
    return escape(b, 0, b.length);
  }

  static String escape(byte[] b, int from, int to) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = from; i < to; i++) {
      int c = b[i] & 0xFF;
      switch (c) {
        case '\r':
          sb.append("\\r");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\t':
          sb.append("\\t");
          break;
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        default:
          if (c < 0x20 || c >= 0x7F) {
            sb.append(String.format("\\x%02x", c));
          } else {
            sb.append((char) c);
          }
      }
      if (sb.length() > 400) {
        sb.append("...(").append(to - from).append(" octets)");
        break;
      }
    }
    return sb.append('"').toString();
  }

  static String escape(String s) {
    return escape(of(s));
  }
}
