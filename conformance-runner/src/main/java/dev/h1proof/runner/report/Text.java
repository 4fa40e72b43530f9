package dev.h1proof.runner.report;

/** Makes text safe for each report's syntax; server bytes are already escaped by the notation. */
final class Text {
  private Text() {}

  /**
   * Replaces every character that XML 1.0 forbids ({@code Char ::= #x9 | #xA | #xD | [#x20-#xD7FF]
   * | [#xE000-#xFFFD] | [#x10000-#x10FFFF]}) with a visible {@code \}{@code uHHHH}.
   */
  static String xml(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              boolean legal =
                  c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || (c >= 0x20 && c <= 0xD7FF)
                      || (c >= 0xE000 && c <= 0xFFFD)
                      || c >= 0x10000;
              if (legal) {
                sb.appendCodePoint(c);
              } else {
                sb.append(String.format("\\u%04x", c));
              }
            });
    return sb.toString();
  }

  /**
   * Makes text inert inside a GitHub-flavoured Markdown table cell: line breaks become spaces,
   * ASCII punctuation that could start markup is backslash-escaped, and {@code < > &} become
   * entities so no HTML gets through.
   */
  static String markdown(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '\r', '\n', '\t' -> sb.append(' ');
        case '\\', '|', '`', '*', '_', '[', ']', '#', '!', '~' -> sb.append('\\').append(c);
        default -> sb.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return sb.toString();
  }

  /**
   * Makes control characters visible as {@code \xHH}, so no text can move a terminal's cursor,
   * change its colours, or hide in a page.
   */
  static String visible(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c)) {
        sb.append(String.format("\\x%02x", (int) c & 0xff));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** At most {@code max} characters, with a note of how much was left out. */
  static String clip(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    return s.substring(0, max)
        + "\n… "
        + (s.length() - max)
        + " more characters left out; report.json has every byte";
  }
}
