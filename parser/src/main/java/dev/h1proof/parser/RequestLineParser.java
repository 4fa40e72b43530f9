package dev.h1proof.parser;

/** The request-line (RFC 9112 §3): method, request-target, HTTP-version, and its fast path. */
abstract class RequestLineParser extends RequestTargetParser {

  RequestLineParser(ParserConfig config, ByteScanner scanner) {
    super(config, scanner);
  }

  /** Returns the index of the LF ending the request-line, -1 for NEED_MORE, -2 for VIOLATION. */
  int scanRequestLine() {
    int i = pos;
    StructuralIndex x = index();
    while (i < end) {
      // Octets that are neither CTL nor at the length limit need no decision: skip them in bulk.
      // The index may mark an octet that a leniency has since overwritten: it is checked below.
      int quiet = lineLimitOff ? end : (int) Math.min(end, (long) lineStart + maxRequestLine);
      if (i < quiet) {
        i = x != null ? Math.min(x.nextCtl(i), quiet) : scanFieldContent(i, quiet);
        if (i >= end) {
          break;
        }
      }
      byte b = in.at(i);
      if (b == '\n') {
        pos = i;
        return i;
      }
      if (!lineLimitOff && i - lineStart >= maxRequestLine) {
        if (b == '\r') {
          if (i + 1 >= end) {
            pos = i;
            return -1;
          }
          if (in.at(i + 1) == '\n') {
            pos = i + 1;
            return i + 1;
          }
        }
        Violation v =
            indexOfWhitespace(lineStart, i) < 0
                ? Violation.METHOD_TOO_LONG
                : Violation.REQUEST_LINE_TOO_LONG;
        if (reject(v, i)) {
          return -2;
        }
        lineLimitOff = true;
      }
      if ((b & 0xFF) < 0x20 || b == 0x7F) {
        if (b == '\r') {
          if (i + 1 >= end) {
            pos = i;
            return -1;
          }
          if (in.at(i + 1) != '\n'
              && !whitespaceRuns
              && reject(Violation.BARE_CR_IN_REQUEST_LINE, i)) {
            return -2;
          }
        } else if (b != '\t' && b != 0x0B && b != 0x0C && reject(controlInRequestLine(i), i)) {
          return -2;
        }
      }
      i++;
    }
    pos = i;
    return -1;
  }

  int indexOfWhitespace(int from, int to) {
    for (int k = from; k < to; k++) {
      if (HttpTokens.is(in.at(k), HttpTokens.REQUEST_LINE_WS)) {
        return k;
      }
    }
    return -1;
  }

  /** Which rule a control octet at {@code at} breaks, by the request-line part it falls in. */
  Violation controlInRequestLine(int at) {
    int words = 0;
    boolean inWord = false;
    for (int k = lineStart; k < at; k++) {
      boolean ws = HttpTokens.is(in.at(k), HttpTokens.REQUEST_LINE_WS);
      if (!ws && !inWord) {
        words++;
      }
      inWord = !ws;
    }
    int part = inWord ? words - 1 : words;
    if (part <= 0) {
      return at == lineStart ? Violation.NON_HTTP_OCTETS : Violation.METHOD_NOT_TOKEN;
    }
    if (part == 1) {
      return Violation.TARGET_CTL;
    }
    return Violation.VERSION_DIGIT_FORMAT;
  }

  static final long HTTP_1_1 = 0x312e312f50545448L; // "HTTP/1.1" read little-endian
  static final long HTTP_1_0 = 0x302e312f50545448L; // "HTTP/1.0"

  /**
   * The most common request-line in one pass, on a heap array: {@code token SP origin-form SP
   * HTTP/1.1} (or 1.0), the target made of target octets only (no pct-encoding) and the method not
   * CONNECT. Returns true having parsed it; false, having recorded nothing, for any other line,
   * which {@link #requestLine} then parses. Every line accepted here is one that {@code
   * requestLine} accepts with the same result.
   */
  boolean originFormLine(int ls, int le) {
    byte[] a = in.array;
    int len = le - ls;
    if (a == null || len < 12) {
      return false;
    }
    int base = in.base;
    int ve = base + le - 8;
    long version = SwarScanner.word(a, ve);
    if ((version != HTTP_1_1 && version != HTTP_1_0) || a[ve - 1] != ' ') {
      return false;
    }
    int l = base + ls;
    int m = scanner.token(a, l, ve - 1);
    int t = m + 1;
    if (m == l
        || a[m] != ' '
        || a[t] != '/'
        || scanner.target(a, t, ve - 1) != ve - 1
        || (m - l == 7 && in.equalsExactly(ls, 7, "CONNECT"))) {
      return false;
    }
    methodStart = ls;
    methodEnd = m - base;
    targetStart = t - base;
    targetEnd = ve - 1 - base;
    targetForm = TargetForm.ORIGIN;
    versionMajor = 1;
    versionMinor = version == HTTP_1_1 ? 1 : 0;
    http11 = version == HTTP_1_1;
    return true;
  }

  boolean requestLine(int ls, int le) {
    int n = simpleWords(ls, le);
    int i = n == 0 ? ls : le;
    while (i < le) {
      while (i < le && isLineWs(in.at(i))) {
        i++;
      }
      if (i >= le) {
        break;
      }
      int s = i;
      while (i < le && !isLineWs(in.at(i))) {
        i++;
      }
      int slot = Math.min(n, MAX_WORDS - 1);
      wordStart[slot] = s;
      wordEnd[slot] = i;
      n++;
    }
    if (n == 0) {
      return fail(Violation.REQUEST_LINE_WORD_COUNT, ls);
    }
    if (isLineWs(in.at(ls))
        && !whitespaceRuns
        && reject(Violation.REQUEST_LINE_LEADING_WHITESPACE, ls)) {
      return false;
    }
    if (n >= 2 && !separator(wordEnd[0], wordStart[1])) {
      return false;
    }
    int last = Math.min(n, MAX_WORDS) - 1;
    int ts;
    int te;
    int vs;
    int ve;
    boolean versionWs = false;
    if (n == 1) {
      return fail(Violation.REQUEST_LINE_WORD_COUNT, le);
    } else if (n == 2) {
      if (startsWithIgnoreCase(wordStart[1], wordEnd[1], "HTTP/")) {
        return fail(Violation.REQUEST_LINE_WORD_COUNT, wordStart[1]);
      }
      if (reject(Violation.HTTP09_REQUEST_LINE, le)) {
        return false;
      }
      return versionlessLine(le);
    } else if (n == 3) {
      if (!separator(wordEnd[1], wordStart[2])) {
        return false;
      }
      ts = wordStart[1];
      te = wordEnd[1];
      vs = wordStart[2];
      ve = wordEnd[2];
    } else if (isVersionShaped(wordStart[last], wordEnd[last])) {
      if (reject(Violation.TARGET_WHITESPACE, wordEnd[1])) {
        return false;
      }
      ts = wordStart[1];
      te = wordEnd[last - 1];
      vs = wordStart[last];
      ve = wordEnd[last];
    } else if (startsWithIgnoreCase(wordStart[2], wordEnd[2], "HTTP")
        && !isVersionShaped(wordStart[2], wordEnd[2])) {
      if (reject(Violation.VERSION_INTERNAL_WHITESPACE, wordEnd[2])) {
        return false;
      }
      ts = wordStart[1];
      te = wordEnd[1];
      vs = wordStart[2];
      ve = wordEnd[last];
      versionWs = true;
    } else {
      if (reject(Violation.REQUEST_LINE_WORD_COUNT, wordStart[3])) {
        return false;
      }
      ts = wordStart[1];
      te = wordEnd[1];
      vs = wordStart[last];
      ve = wordEnd[last];
    }
    methodStart = wordStart[0];
    methodEnd = wordEnd[0];
    int bad = scanToken(methodStart, methodEnd);
    if (bad < methodEnd && reject(Violation.METHOD_NOT_TOKEN, bad)) {
      return false;
    }
    targetStart = ts;
    targetEnd = te;
    // The version first: a request for another major version (e.g. the HTTP/2 preface "PRI *
    // HTTP/2.0") deserves 505, whatever its target.
    if (!version(vs, ve, versionWs)) {
      return false;
    }
    if (!target(ts, te)) {
      return false;
    }
    if (isLineWs(in.at(le - 1)) && !whitespaceRuns) {
      int t = le;
      while (t > ls && isLineWs(in.at(t - 1))) {
        t--;
      }
      if (reject(Violation.REQUEST_LINE_TRAILING_WHITESPACE, t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The recovery for a request-line without a version: it is taken for an HTTP/1.0 request-line,
   * its two words the method and the target, and a header section follows as usual.
   */
  boolean versionlessLine(int le) {
    methodStart = wordStart[0];
    methodEnd = wordEnd[0];
    int bad = scanToken(methodStart, methodEnd);
    if (bad < methodEnd && reject(Violation.METHOD_NOT_TOKEN, bad)) {
      return false;
    }
    targetStart = wordStart[1];
    targetEnd = wordEnd[1];
    versionMajor = 1;
    versionMinor = 0;
    http11 = false;
    return target(targetStart, targetEnd);
  }

  /**
   * Splits the common {@code token SP target SP HTTP/d.d} line without a per-octet loop; returns 3,
   * or 0 (having recorded nothing) when the line needs the general split. The words are exactly
   * those the general split finds: no octet of a token, a target octet or the version is
   * whitespace.
   */
  int simpleWords(int ls, int le) {
    int ve = le - 8;
    if (le - ls < 12 || in.at(ve - 1) != ' ' || !isVersionShaped(ve, le)) {
      return 0;
    }
    int m = scanToken(ls, ve);
    if (m == ls || in.at(m) != ' ' || m + 1 >= ve - 1 || scanTarget(m + 1, ve - 1) != ve - 1) {
      return 0;
    }
    wordStart[0] = ls;
    wordEnd[0] = m;
    wordStart[1] = m + 1;
    wordEnd[1] = ve - 1;
    wordStart[2] = ve;
    wordEnd[2] = le;
    return 3;
  }

  /** A request-line separator must be exactly one SP unless whitespace runs are allowed. */
  boolean separator(int s, int e) {
    if (e - s == 1 && in.at(s) == ' ') {
      return true;
    }
    if (whitespaceRuns) {
      return true;
    }
    int at = in.at(s) == ' ' ? s + 1 : s;
    return !reject(Violation.REQUEST_LINE_SEPARATOR, at);
  }

  boolean startsWithIgnoreCase(int s, int e, String prefix) {
    return e - s >= prefix.length() && in.equalsIgnoreCase(s, prefix.length(), prefix);
  }

  boolean isVersionShaped(int s, int e) {
    return e - s == 8
        && in.equalsExactly(s, 5, "HTTP/")
        && isDigit(in.at(s + 5))
        && in.at(s + 6) == '.'
        && isDigit(in.at(s + 7));
  }

  /** {@code HTTP-version = HTTP-name "/" DIGIT "." DIGIT} (RFC 9112 §2.3). */
  boolean version(int vs, int ve, boolean skipWs) {
    int[] p = wordStart; // reuse as scratch: positions of significant bytes
    int count = 0;
    for (int k = vs; k < ve && count < 9; k++) {
      if (skipWs && isLineWs(in.at(k))) {
        continue;
      }
      p[count++] = k;
    }
    String name = "HTTP/";
    int matchExact = 0;
    boolean matchIgnoreCase = true;
    for (int k = 0; k < 5; k++) {
      if (k >= count) {
        matchIgnoreCase = false;
        break;
      }
      int c = in.at(p[k]) & 0xFF;
      if (c == name.charAt(k) && matchExact == k) {
        matchExact++;
      }
      if (HttpTokens.lower(c) != HttpTokens.lower(name.charAt(k))) {
        matchIgnoreCase = false;
        break;
      }
    }
    if (matchExact < 5) {
      if (!matchIgnoreCase) {
        int at = matchExact < count ? p[matchExact] : ve;
        return fail(Violation.HTTP_NAME_INVALID, at);
      }
      if (reject(Violation.HTTP_NAME_CASE, p[matchExact])) {
        return false;
      }
    }
    if (count < 6 || !isDigit(in.at(p[5]))) {
      return malformedVersion(p, count, count < 6 ? ve : p[5]);
    }
    if (count < 7 || in.at(p[6]) != '.') {
      return malformedVersion(p, count, count < 7 ? ve : p[6]);
    }
    if (count < 8 || !isDigit(in.at(p[7]))) {
      return malformedVersion(p, count, count < 8 ? ve : p[7]);
    }
    if (count > 8) {
      return malformedVersion(p, count, p[8]);
    }
    versionMajor = in.at(p[5]) - '0';
    versionMinor = in.at(p[7]) - '0';
    if (versionMajor != 1 && reject(Violation.UNSUPPORTED_MAJOR_VERSION, p[5])) {
      return false;
    }
    http11 = versionMajor > 1 || (versionMajor == 1 && versionMinor >= 1);
    return true;
  }

  /**
   * A version that is not {@code DIGIT "." DIGIT}. The recovery reads it like {@code atoi}: the
   * digits after {@code HTTP/} are the major version, the digits after the next {@code .} the
   * minor, a missing number is 0, and whatever follows is ignored ({@code HTTP/1.10} is 1.10,
   * {@code HTTP/1} is 1.0, {@code HTTP/1.1.1} is 1.1).
   */
  boolean malformedVersion(int[] p, int count, int at) {
    if (reject(Violation.VERSION_DIGIT_FORMAT, at)) {
      return false;
    }
    int k = 5;
    int major = 0;
    for (; k < count && isDigit(in.at(p[k])); k++) {
      major = Math.min(major * 10 + in.at(p[k]) - '0', 999);
    }
    int minor = 0;
    if (k < count && in.at(p[k]) == '.') {
      for (k++; k < count && isDigit(in.at(p[k])); k++) {
        minor = Math.min(minor * 10 + in.at(p[k]) - '0', 999);
      }
    }
    versionMajor = major;
    versionMinor = minor;
    if (versionMajor != 1 && reject(Violation.UNSUPPORTED_MAJOR_VERSION, at)) {
      return false;
    }
    http11 = versionMajor > 1 || (versionMajor == 1 && versionMinor >= 1);
    return true;
  }
}
