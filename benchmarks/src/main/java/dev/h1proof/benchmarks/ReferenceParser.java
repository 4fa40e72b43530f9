package dev.h1proof.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deliberately plain, slow and strict reading of RFC 9112 used as the yardstick every adapter is
 * checked against, and to prove each corpus file valid. It shares no code with any parser under
 * test.
 *
 * <p>It accepts only what all the benchmarked parsers must agree on: CRLF line endings, single SP
 * separators, a token method, an origin-, absolute- or asterisk-form target of visible ASCII,
 * HTTP/1.0 or HTTP/1.1, exactly one Host field, field values of VCHAR, SP and HTAB without
 * obs-fold, at most one of Content-Length (digits) and Transfer-Encoding (ending in chunked), and a
 * chunked body whose last-chunk has no trailer fields.
 */
public final class ReferenceParser {

  private final byte[] buf;
  private int pos;

  private ReferenceParser(byte[] buf) {
    this.buf = buf;
  }

  /**
   * Parses every request in {@code message}, back to back.
   *
   * @param message one or more complete requests
   * @return the requests in order
   * @throws IllegalArgumentException naming the offset and rule when the bytes are not valid
   */
  public static List<ParsedRequest> parseAll(byte[] message) {
    ReferenceParser p = new ReferenceParser(message);
    List<ParsedRequest> requests = new ArrayList<>();
    while (p.pos < message.length) {
      requests.add(p.request());
    }
    if (requests.isEmpty()) {
      throw new IllegalArgumentException("no request");
    }
    return requests;
  }

  private ParsedRequest request() {
    String line = line();
    String[] parts = line.split(" ", -1);
    require(parts.length == 3, "request-line must be method SP request-target SP HTTP-version");
    String method = parts[0];
    String target = parts[1];
    String version = parts[2];
    require(isToken(method), "method must be a token");
    require(!target.isEmpty(), "empty request-target");
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      require(
          isUriChar(c) && (c != '%' || isPctEncoded(target, i)),
          "request-target character 0x" + Integer.toHexString(c));
    }
    require(
        target.startsWith("/")
            || target.startsWith("http://")
            || target.startsWith("https://")
            || ("*".equals(target) && "OPTIONS".equals(method)),
        "request-target must be origin-, absolute- or asterisk-form");
    require("HTTP/1.1".equals(version) || "HTTP/1.0".equals(version), "HTTP-version " + version);
    int minor = version.charAt(7) - '0';

    List<ParsedRequest.Field> fields = new ArrayList<>();
    int hosts = 0;
    String contentLength = null;
    String transferEncoding = null;
    for (String fieldLine = line(); !fieldLine.isEmpty(); fieldLine = line()) {
      int colon = fieldLine.indexOf(':');
      require(colon > 0, "field line without a field-name: " + fieldLine);
      String name = fieldLine.substring(0, colon);
      require(isToken(name), "field-name must be a token: " + name);
      String value = trimOws(fieldLine.substring(colon + 1));
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        require(c == ' ' || c == '\t' || (c > 0x20 && c < 0x7f), "field-value octet in " + name);
      }
      fields.add(new ParsedRequest.Field(name, value));
      switch (name.toLowerCase(Locale.ROOT)) {
        case "host" -> hosts++;
        case "content-length" -> {
          require(contentLength == null, "more than one Content-Length");
          contentLength = value;
        }
        case "transfer-encoding" -> {
          require(transferEncoding == null, "more than one Transfer-Encoding line");
          transferEncoding = value;
        }
        default -> {}
      }
    }
    require(hosts == 1, "exactly one Host field is required, found " + hosts);
    require(
        contentLength == null || transferEncoding == null,
        "Content-Length together with Transfer-Encoding");

    Framing framing = Framing.NONE;
    long length = -1;
    long octets = 0;
    if (contentLength != null) {
      require(!contentLength.isEmpty() && contentLength.chars().allMatch(Character::isDigit), "CL");
      framing = Framing.CONTENT_LENGTH;
      length = Long.parseLong(contentLength);
      require(pos + length <= buf.length, "content shorter than Content-Length " + length);
      pos += (int) length;
      octets = length;
    } else if (transferEncoding != null) {
      String[] codings = transferEncoding.toLowerCase(Locale.ROOT).split(",");
      require(
          "chunked".equals(codings[codings.length - 1].trim()) && minor == 1,
          "Transfer-Encoding must end in chunked, in HTTP/1.1");
      framing = Framing.CHUNKED;
      octets = chunkedBody();
    }
    return new ParsedRequest(
        method, target, 1, minor, List.copyOf(fields), framing, length, octets);
  }

  private long chunkedBody() {
    long total = 0;
    while (true) {
      String sizeLine = line();
      int semicolon = sizeLine.indexOf(';');
      String hex = semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon);
      require(!hex.isEmpty() && hex.chars().allMatch(ReferenceParser::isHexDigit), "chunk-size");
      long size = Long.parseLong(hex, 16);
      if (size == 0) {
        require(line().isEmpty(), "trailer fields are not used in the corpus");
        return total;
      }
      require(pos + size + 2 <= buf.length, "chunk-data shorter than chunk-size " + size);
      pos += (int) size;
      require(buf[pos] == '\r' && buf[pos + 1] == '\n', "CRLF after chunk-data");
      pos += 2;
      total += size;
    }
  }

  private String line() {
    for (int i = pos; i + 1 < buf.length; i++) {
      if (buf[i] == '\n') {
        break;
      }
      if (buf[i] == '\r') {
        require(buf[i + 1] == '\n', "bare CR at " + i);
        String line = new String(buf, pos, i - pos, StandardCharsets.ISO_8859_1);
        require(line.indexOf('\n') < 0, "bare LF");
        pos = i + 2;
        return line;
      }
    }
    throw new IllegalArgumentException("line at offset " + pos + " does not end in CRLF");
  }

  private void require(boolean condition, String rule) {
    if (!condition) {
      throw new IllegalArgumentException("offset " + pos + ": " + rule);
    }
  }

  private static String trimOws(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && (s.charAt(from) == ' ' || s.charAt(from) == '\t')) {
      from++;
    }
    while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\t')) {
      to--;
    }
    return s.substring(from, to);
  }

  /** RFC 3986 unreserved, sub-delims, gen-delims allowed after the authority, and {@code %}. */
  private static boolean isUriChar(char c) {
    boolean alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return alnum || "-._~!$&'()*+,;=:@/?%".indexOf(c) >= 0;
  }

  private static boolean isPctEncoded(String s, int i) {
    return i + 2 < s.length() && isHexDigit(s.charAt(i + 1)) && isHexDigit(s.charAt(i + 2));
  }

  private static boolean isHexDigit(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /**
   * {@code tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" /
   * "|" / "~" / DIGIT / ALPHA}.
   */
  static boolean isToken(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!alnum && "!#$%&'*+-.^_`|~".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }
}
