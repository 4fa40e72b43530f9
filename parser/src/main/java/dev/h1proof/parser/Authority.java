package dev.h1proof.parser;

/**
 * Syntax checks for {@code uri-host [ ":" port ]} (RFC 3986 §3.2.2–3.2.3), shared by the Host field
 * and the authority of absolute-form and authority-form targets. Results are small integer codes so
 * that each caller maps them to its own {@link Violation}.
 */
final class Authority {
  static final int OK_WITH_PORT = 0;
  static final int OK_NO_PORT = 1;
  static final int INVALID_CHAR = 2;
  static final int USERINFO = 3;
  static final int PATH = 4;
  static final int INVALID_PORT = 5;
  static final int EMPTY_PORT = 6;
  static final int PORT_RANGE = 7;
  static final int IP_LITERAL = 8;
  static final int COMMA = 9;
  static final int EMPTY_HOST = 10;

  private Authority() {}

  /**
   * Checks {@code [s, e)} of {@code in}; on error stores the offending index in {@code errAt[0]}.
   */
  static int check(Input in, int s, int e, int[] errAt) {
    int i = s;
    int hostEnd;
    boolean bracketed = false;
    int comma = -1;
    if (i < e && in.at(i) == '[') {
      bracketed = true;
      int close = -1;
      for (int k = i + 1; k < e; k++) {
        if (in.at(k) == ']') {
          close = k;
          break;
        }
      }
      if (close < 0) {
        errAt[0] = s;
        return IP_LITERAL;
      }
      if (!validIpLiteral(in, i + 1, close)) {
        errAt[0] = i + 1;
        return IP_LITERAL;
      }
      i = close + 1;
      if (i < e && in.at(i) != ':') {
        errAt[0] = i;
        return IP_LITERAL;
      }
      hostEnd = i;
    } else {
      byte[] arr = in.array;
      if (arr != null) {
        // Heap input: run over the plain reg-name octets (no comma) straight from the array; the
        // loop below takes over at the first other octet.
        int[] table = HttpTokens.CLASS;
        int off = in.base;
        while (i < e) {
          byte b = arr[off + i];
          if ((table[b & 0xFF] & HttpTokens.REG_NAME) == 0 || b == ',') {
            break;
          }
          i++;
        }
      }
      while (i < e) {
        byte b = in.at(i);
        if (HttpTokens.is(b, HttpTokens.REG_NAME)) {
          if (b == ',' && comma < 0) {
            comma = i;
          }
          i++;
          continue;
        }
        if (b == ':') {
          break;
        }
        int code;
        if (b == '%') {
          if (i + 2 < e
              && HttpTokens.is(in.at(i + 1), HttpTokens.HEXDIG)
              && HttpTokens.is(in.at(i + 2), HttpTokens.HEXDIG)) {
            i += 3;
            continue;
          }
          code = INVALID_CHAR;
        } else if (b == '@') {
          code = USERINFO;
        } else if (b == '/' || b == '?' || b == '#') {
          code = PATH;
        } else if (b == '[' || b == ']') {
          code = IP_LITERAL;
        } else {
          code = INVALID_CHAR;
        }
        if (comma >= 0) {
          errAt[0] = comma;
          return COMMA;
        }
        errAt[0] = i;
        return code;
      }
      hostEnd = i;
      if (comma >= 0) {
        errAt[0] = comma;
        return COMMA;
      }
    }
    if (!bracketed && i < e && looksLikeBareIpv6(in, s, hostEnd, e)) {
      errAt[0] = s;
      return IP_LITERAL;
    }
    if (hostEnd == s) {
      errAt[0] = s;
      return EMPTY_HOST;
    }
    if (i == e) {
      return OK_NO_PORT;
    }
    int p = i + 1;
    if (p == e) {
      errAt[0] = i;
      return EMPTY_PORT;
    }
    int value = 0;
    for (int q = p; q < e; q++) {
      byte b = in.at(q);
      if (b < '0' || b > '9') {
        errAt[0] = q;
        return INVALID_PORT;
      }
      value = Math.min(value * 10 + (b - '0'), 100_000);
    }
    // Above 65535, or written with leading zeros: both name no port unambiguously, and two
    // components comparing authorities as text would disagree about "a:080" and "a:80".
    if (value > 65535 || (e - p > 1 && in.at(p) == '0')) {
      errAt[0] = p;
      return PORT_RANGE;
    }
    return OK_WITH_PORT;
  }

  /** An unbracketed IPv6 address: a hex (or empty) first group and a second colon. */
  private static boolean looksLikeBareIpv6(Input in, int s, int hostEnd, int e) {
    for (int k = s; k < hostEnd; k++) {
      if (!HttpTokens.is(in.at(k), HttpTokens.HEXDIG)) {
        return false;
      }
    }
    int second = -1;
    for (int k = hostEnd + 1; k < e; k++) {
      if (in.at(k) == ':') {
        second = k;
        break;
      }
    }
    if (second < 0) {
      return false;
    }
    if (second == hostEnd + 1 || hostEnd == s) {
      return true;
    }
    for (int k = hostEnd + 1; k < second; k++) {
      byte b = in.at(k);
      if (b < '0' || b > '9') {
        return true;
      }
    }
    return false;
  }

  /** {@code IP-literal} contents: {@code IPv6address / IPvFuture} (RFC 3986 §3.2.2). */
  static boolean validIpLiteral(Input in, int s, int e) {
    if (s >= e) {
      return false;
    }
    byte first = in.at(s);
    if (first == 'v' || first == 'V') {
      // IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
      int i = s + 1;
      int h = i;
      while (i < e && HttpTokens.is(in.at(i), HttpTokens.HEXDIG)) {
        i++;
      }
      if (i == h || i >= e || in.at(i) != '.') {
        return false;
      }
      i++;
      if (i >= e) {
        return false;
      }
      for (; i < e; i++) {
        byte b = in.at(i);
        if (!HttpTokens.is(b, HttpTokens.REG_NAME) && b != ':') {
          return false;
        }
      }
      return true;
    }
    return validIpv6(in, s, e);
  }

  /** {@code IPv6address} (RFC 3986 §3.2.2): up to 8 h16 groups, one "::", optional ls32 IPv4. */
  private static boolean validIpv6(Input in, int s, int e) {
    int groups = 0;
    boolean doubleColon = false;
    int i = s;
    if (e - s >= 2 && in.at(s) == ':' && in.at(s + 1) == ':') {
      doubleColon = true;
      i = s + 2;
      if (i == e) {
        return true;
      }
    } else if (in.at(s) == ':') {
      return false;
    }
    while (i < e) {
      int g = i;
      while (i < e && HttpTokens.is(in.at(i), HttpTokens.HEXDIG) && i - g < 5) {
        i++;
      }
      if (i < e && in.at(i) == '.') {
        // ls32 as IPv4address, must be last
        if (!validIpv4(in, g, e)) {
          return false;
        }
        groups += 2;
        i = e;
        break;
      }
      int len = i - g;
      if (len == 0 || len > 4) {
        return false;
      }
      groups++;
      if (i == e) {
        break;
      }
      if (in.at(i) != ':') {
        return false;
      }
      i++;
      if (i < e && in.at(i) == ':') {
        if (doubleColon) {
          return false;
        }
        doubleColon = true;
        i++;
        if (i == e) {
          break;
        }
      } else if (i == e) {
        return false;
      }
    }
    return doubleColon ? groups <= 7 : groups == 8;
  }

  private static boolean validIpv4(Input in, int s, int e) {
    int parts = 0;
    int i = s;
    while (true) {
      int d = i;
      int value = 0;
      while (i < e && in.at(i) >= '0' && in.at(i) <= '9' && i - d < 3) {
        value = value * 10 + (in.at(i) - '0');
        i++;
      }
      int len = i - d;
      if (len == 0 || value > 255 || (len > 1 && in.at(d) == '0')) {
        return false;
      }
      parts++;
      if (i == e) {
        return parts == 4;
      }
      if (in.at(i) != '.' || parts == 4) {
        return false;
      }
      i++;
    }
  }
}
