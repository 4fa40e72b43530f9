package dev.h1proof.rulebook;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The rulebook's byte notation (see {@code features/README.md}): every octet visible and spelled
 * one way. Decoding turns a doc string into a {@link Template}; {@link #escape} renders bytes back
 * in the same notation for reports.
 */
public final class Notation {
  private Notation() {}

  /** Decodes a doc string. Line breaks are layout only and are not part of the bytes. */
  public static Template decode(String docString) {
    List<Template.Segment> segments = new ArrayList<>();
    ByteArrayOutputStream literal = new ByteArrayOutputStream();
    String[] lines = docString.split("\n", -1);
    for (int lineNo = 0; lineNo < lines.length; lineNo++) {
      String line = lines[lineNo];
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(line.length() - 1) == ' ')) {
        throw new NotationException(
            lineNo + 1, "a space at the start or end of a line is invisible: write \\s");
      }
      int i = 0;
      while (i < line.length()) {
        char c = line.charAt(i);
        if (c == '{') {
          int close = line.indexOf('}', i);
          if (close < 0) {
            throw new NotationException(lineNo + 1, "unclosed placeholder; a literal { is \\{");
          }
          flush(literal, segments);
          segments.add(placeholder(line.substring(i + 1, close), lineNo + 1));
          i = close + 1;
        } else if (c == '}') {
          throw new NotationException(lineNo + 1, "a literal } is written \\}");
        } else if (c == '\\') {
          i = unescape(line, i, literal, lineNo + 1);
        } else if (c >= 0x20 && c <= 0x7e) {
          literal.write(c);
          i++;
        } else {
          throw new NotationException(
              lineNo + 1, String.format("character U+%04X must be written as \\xHH", (int) c));
        }
      }
    }
    flush(literal, segments);
    return new Template(segments);
  }

  /** Decodes TEXT inside {@code {repeat:N:TEXT}}, which has escapes but no placeholders. */
  private static byte[] decodeLiteral(String text, int lineNo) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i = unescape(text, i, out, lineNo);
      } else if (c > 0x20 && c <= 0x7e && c != '{' && c != '}') {
        out.write(c);
        i++;
      } else if (c == ' ') {
        out.write(c);
        i++;
      } else {
        throw new NotationException(lineNo, "invalid character in repeat text: " + c);
      }
    }
    return out.toByteArray();
  }

  private static int unescape(String s, int i, ByteArrayOutputStream out, int lineNo) {
    if (i + 1 >= s.length()) {
      throw new NotationException(lineNo, "a lone \\ at the end of a line; a backslash is \\\\");
    }
    char e = s.charAt(i + 1);
    switch (e) {
      case 'r' -> out.write('\r');
      case 'n' -> out.write('\n');
      case 't' -> out.write('\t');
      case 's' -> out.write(' ');
      case '0' -> out.write(0);
      case '\\', '{', '}' -> out.write(e);
      case 'x' -> {
        if (i + 4 > s.length()
            || Character.digit(s.charAt(i + 2), 16) < 0
            || Character.digit(s.charAt(i + 3), 16) < 0) {
          throw new NotationException(lineNo, "\\x needs two hex digits");
        }
        out.write(Integer.parseInt(s.substring(i + 2, i + 4), 16));
        return i + 4;
      }
      default -> throw new NotationException(lineNo, "unknown escape \\" + e);
    }
    return i + 2;
  }

  private static Template.Segment placeholder(String body, int lineNo) {
    if (body.startsWith("repeat:")) {
      int colon = body.indexOf(':', 7);
      if (colon < 0) {
        throw new NotationException(lineNo, "repeat needs {repeat:N:TEXT}");
      }
      int count;
      try {
        count = Integer.parseInt(body.substring(7, colon));
      } catch (NumberFormatException e) {
        throw new NotationException(lineNo, "repeat count is not a number: " + body);
      }
      if (count < 1 || count > 16 * 1024 * 1024) {
        throw new NotationException(lineNo, "repeat count out of range: " + count);
      }
      byte[] unit = decodeLiteral(body.substring(colon + 1), lineNo);
      if (unit.length == 0 || (long) unit.length * count > 64L * 1024 * 1024) {
        throw new NotationException(lineNo, "repeat text empty or result too large");
      }
      byte[] bytes = new byte[unit.length * count];
      for (int k = 0; k < count; k++) {
        System.arraycopy(unit, 0, bytes, k * unit.length, unit.length);
      }
      return new Template.Literal(bytes, "{" + body + "}");
    }
    for (Template.Placeholder p : Template.Placeholder.values()) {
      if (p.token().equals(body)) {
        return p;
      }
    }
    throw new NotationException(lineNo, "unknown placeholder {" + body + "}");
  }

  private static void flush(ByteArrayOutputStream literal, List<Template.Segment> segments) {
    if (literal.size() > 0) {
      segments.add(new Template.Literal(literal.toByteArray(), null));
      literal.reset();
    }
  }

  /**
   * Renders bytes in the notation, so that every octet is visible: printable ASCII as itself, the
   * rest escaped. A line break is inserted after each LF when {@code breakLines} is set.
   */
  public static String escape(byte[] bytes, int off, int len, boolean breakLines) {
    return escape(bytes, off, len, breakLines, true, true);
  }

  /**
   * Like {@link #escape(byte[], int, int, boolean)}, for a piece of a longer line: a space at the
   * piece's start or end is only escaped when that is also the start or end of a line.
   */
  static String escape(
      byte[] bytes, int off, int len, boolean breakLines, boolean startIsEdge, boolean endIsEdge) {
    StringBuilder sb = new StringBuilder(len + 16);
    for (int i = off; i < off + len; i++) {
      int b = bytes[i] & 0xff;
      switch (b) {
        case '\r' -> sb.append("\\r");
        case '\n' -> sb.append(breakLines ? "\\n\n" : "\\n");
        case '\t' -> sb.append("\\t");
        case 0 -> sb.append("\\0");
        case '\\' -> sb.append("\\\\");
        case '{' -> sb.append("\\{");
        case '}' -> sb.append("\\}");
        default -> {
          if (b > 0x20 && b < 0x7f) {
            sb.append((char) b);
          } else if (b == ' ') {
            boolean edge =
                breakLines
                    && ((i == off ? startIsEdge : bytes[i - 1] == '\n')
                        || (i + 1 == off + len
                            ? endIsEdge
                            : bytes[i + 1] == '\r' || bytes[i + 1] == '\n'));
            sb.append(edge ? "\\s" : " ");
          } else {
            sb.append(String.format("\\x%02x", b));
          }
        }
      }
    }
    return sb.toString();
  }

  /** Shorthand for {@link #escape(byte[], int, int, boolean)} over a whole array. */
  public static String escape(byte[] bytes, boolean breakLines) {
    return escape(bytes, 0, bytes.length, breakLines);
  }

  /** A doc string that breaks the notation's rules; the message names the line. */
  public static final class NotationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    NotationException(int line, String message) {
      super("doc string line " + line + ": " + message);
    }
  }
}
