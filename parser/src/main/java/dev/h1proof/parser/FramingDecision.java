package dev.h1proof.parser;

/**
 * The end of the head: the Host requirement, the message body length (RFC 9112 §6.3) from
 * Transfer-Encoding and Content-Length, and the connection options.
 */
abstract class FramingDecision extends FieldLineParser {

  FramingDecision(ParserConfig config, ByteScanner scanner) {
    super(config, scanner);
  }

  ParseStatus finish(int emptyLineAt) {
    if (http11 && hostField < 0) {
      Violation v =
          absoluteAuthority() ? Violation.HOST_CHECKS_WITH_ABSOLUTE_FORM : Violation.HOST_MISSING;
      if (reject(v, emptyLineAt)) {
        return ParseStatus.VIOLATION;
      }
    }
    if (targetAuthorityStart >= 0
        && (targetForm == TargetForm.ABSOLUTE || targetForm == TargetForm.AUTHORITY)) {
      hostStart = targetAuthorityStart;
      hostEnd = targetAuthorityEnd;
    } else if (hostField >= 0) {
      hostStart = valueStart[hostField];
      hostEnd = valueEnd[hostField];
    }
    if (!framing()) {
      return ParseStatus.VIOLATION;
    }
    boolean close = false;
    boolean keepAliveOption = false;
    int options = (kindsSeen & (1 << KIND_CONNECTION | 1 << KIND_EXPECT)) != 0 ? fieldCount : 0;
    for (int f = 0; f < options; f++) {
      if (kind[f] == KIND_CONNECTION) {
        int vs = valueStart[f];
        int len = valueEnd[f] - vs;
        // The usual value is one option; the value has no OWS around it, so when it is exactly
        // "close" or "keep-alive" it is a list of that one member, and nothing more is searched.
        if (len == 10 && isKeepAlive(vs)) {
          keepAliveOption = true;
        } else if (len == 5 && in.equalsIgnoreCase(vs, len, "close")) {
          close = true;
        } else {
          close |= listContains(vs, valueEnd[f], "close");
          keepAliveOption |= listContains(vs, valueEnd[f], "keep-alive");
        }
      } else if (kind[f] == KIND_EXPECT && http11) {
        expectContinue |= listContains(valueStart[f], valueEnd[f], "100-continue");
      }
    }
    keepAlive = !mustClose && !close && (http11 || keepAliveOption);
    state = Step.DONE;
    pos = headEnd;
    return ParseStatus.COMPLETE;
  }

  /** Whether a {@code #element} list contains {@code member}, ignoring case (RFC 9110 §5.6.1). */
  static final long KEEP_ALI = 0x696c612d7065656bL; // "keep-ali" read little-endian

  static final long EP_ALIVE = 0x6576696c612d7065L; // "ep-alive"

  /**
   * Whether the ten octets at {@code s} are {@code keep-alive} in any case. On heap input two
   * overlapping words are compared with the case bit set: a letter's only other octet with that bit
   * set is its other case; {@code '-'}'s is CR, so the dash is compared exactly.
   */
  private boolean isKeepAlive(int s) {
    byte[] a = in.array;
    if (a == null) {
      return in.equalsIgnoreCase(s, 10, "keep-alive");
    }
    int i = in.base + s;
    return lower(a, i) == KEEP_ALI && lower(a, i + 2) == EP_ALIVE && a[i + 4] == '-';
  }

  boolean listContains(int s, int e, String member) {
    int i = s;
    while (i < e) {
      while (i < e && (HttpTokens.isOws(in.at(i)) || in.at(i) == ',')) {
        i++;
      }
      int m = i;
      while (i < e && in.at(i) != ',') {
        i++;
      }
      int me = i;
      while (me > m && HttpTokens.isOws(in.at(me - 1))) {
        me--;
      }
      if (me > m && in.equalsIgnoreCase(m, me - m, member)) {
        return true;
      }
    }
    return false;
  }

  /** Message body length for a request (RFC 9112 §6.3). */
  boolean framing() {
    if ((kindsSeen & (1 << KIND_TRANSFER_ENCODING | 1 << KIND_CONTENT_LENGTH)) == 0) {
      return true;
    }
    int te = -1;
    int cl = -1;
    for (int f = 0; f < fieldCount; f++) {
      if (kind[f] == KIND_TRANSFER_ENCODING && te < 0) {
        te = f;
      } else if (kind[f] == KIND_CONTENT_LENGTH && cl < 0) {
        cl = f;
      }
    }
    if (te >= 0) {
      if (!http11) {
        if (reject(Violation.TRANSFER_ENCODING_IN_HTTP10, nameStart[te])) {
          return false;
        }
        mustClose = true;
      }
      if (!transferEncoding()) {
        return false;
      }
      if (transferEncodingIgnored) {
        return cl < 0 || contentLengthFraming();
      }
      if (cl >= 0) {
        mustClose = true;
        if (!teOverridesCl) {
          if (reject(
              Violation.TRANSFER_ENCODING_WITH_CONTENT_LENGTH, nameStart[Math.max(te, cl)])) {
            return false;
          }
          if (!contentLength()) {
            return false;
          }
          framing = BodyFraming.CONTENT_LENGTH;
          return true;
        }
      }
      framing = BodyFraming.CHUNKED;
      return true;
    }
    return cl < 0 || contentLengthFraming();
  }

  boolean contentLengthFraming() {
    if (!contentLength()) {
      return false;
    }
    framing = BodyFraming.CONTENT_LENGTH;
    return true;
  }

  /** {@code Transfer-Encoding = #transfer-coding}; chunked must be final and appear once. */
  boolean transferEncoding() {
    transferEncodingIgnored = false;
    boolean any = false;
    boolean lastChunked = false;
    boolean sawChunked = false;
    int unknown = -1;
    int firstStart = -1;
    int lastMember = -1;
    for (int f = 0; f < fieldCount; f++) {
      if (kind[f] != KIND_TRANSFER_ENCODING) {
        continue;
      }
      int s = valueStart[f];
      int e = valueEnd[f];
      if (firstStart < 0) {
        firstStart = s;
      }
      int i = s;
      while (i < e) {
        byte b = in.at(i);
        if (HttpTokens.isOws(b) || b == ',') {
          i++;
          continue;
        }
        int t = scanToken(i, e);
        if (t == i) {
          if (reject(Violation.TRANSFER_ENCODING_MALFORMED, i)) {
            return false;
          }
          i = endOfMember(i, e);
          continue;
        }
        boolean chunked = in.equalsIgnoreCase(i, t - i, "chunked");
        int member = i;
        int j = skipOws(t, e);
        if (j < e && in.at(j) == ';') {
          if (reject(Violation.TRANSFER_ENCODING_PARAMETERS, j)) {
            return false;
          }
          j = skipParameters(j, e);
          if (j < 0) {
            if (reject(Violation.TRANSFER_ENCODING_MALFORMED, -j - 1)) {
              return false;
            }
            i = endOfMember(-j - 1, e);
            continue;
          }
        }
        if (j < e && in.at(j) != ',') {
          if (reject(Violation.TRANSFER_ENCODING_MALFORMED, j)) {
            return false;
          }
          i = endOfMember(j, e);
          continue;
        }
        if (chunked) {
          if (sawChunked && reject(Violation.TRANSFER_ENCODING_CHUNKED_TWICE, member)) {
            return false;
          }
          sawChunked = true;
        } else if (unknown < 0) {
          unknown = member;
        }
        any = true;
        lastChunked = chunked;
        lastMember = member;
        i = j;
      }
    }
    if (!any) {
      if (reject(Violation.TRANSFER_ENCODING_MALFORMED, firstStart)) {
        return false;
      }
      transferEncodingIgnored = true;
      return true;
    }
    if (!lastChunked) {
      if (reject(Violation.TRANSFER_ENCODING_CHUNKED_NOT_FINAL, lastMember)) {
        return false;
      }
      // The recovery: chunked anywhere in the list frames the body; without it the field is
      // ignored. Other codings are ignored either way.
      transferEncodingIgnored = !sawChunked;
      return true;
    }
    return unknown < 0 || !reject(Violation.TRANSFER_ENCODING_UNKNOWN_CODING, unknown);
  }

  /** The recovery for a malformed transfer-coding: it is skipped up to the next comma. */
  int endOfMember(int i, int e) {
    int comma = indexOf(',', i, e);
    return comma < 0 ? e : comma;
  }

  int skipOws(int i, int e) {
    while (i < e && HttpTokens.isOws(in.at(i))) {
      i++;
    }
    return i;
  }

  /**
   * Skips {@code *( OWS ";" OWS token BWS "=" BWS ( token / quoted-string ) )}; returns the index
   * after it, or {@code -(at + 1)} when malformed at {@code at}.
   */
  int skipParameters(int i, int e) {
    while (i < e && in.at(i) == ';') {
      i = skipOws(i + 1, e);
      int t = scanToken(i, e);
      if (t == i) {
        return -(i + 1);
      }
      i = skipOws(t, e);
      if (i >= e || in.at(i) != '=') {
        return -(i + 1);
      }
      i = skipOws(i + 1, e);
      if (i < e && in.at(i) == '"') {
        i++;
        while (true) {
          if (i >= e) {
            return -(e + 1);
          }
          byte b = in.at(i);
          if (b == '"') {
            i++;
            break;
          }
          if (b == '\\' && i + 1 < e) {
            i += 2;
            continue;
          }
          if (!HttpTokens.is(b, HttpTokens.QDTEXT)) {
            return -(i + 1);
          }
          i++;
        }
      } else {
        t = scanToken(i, e);
        if (t == i) {
          return -(i + 1);
        }
        i = t;
      }
      i = skipOws(i, e);
    }
    return i;
  }

  /** {@code Content-Length = 1*DIGIT} (RFC 9110 §8.6), with the list rules of RFC 9112 §6.3. */
  boolean contentLength() {
    long value = -1;
    for (int f = 0; f < fieldCount; f++) {
      if (kind[f] != KIND_CONTENT_LENGTH) {
        continue;
      }
      int s = valueStart[f];
      int e = valueEnd[f];
      if (s == e) {
        return fail(Violation.CONTENT_LENGTH_EMPTY, s);
      }
      boolean list = indexOf(',', s, e) >= 0;
      Violation invalid =
          list ? Violation.CONTENT_LENGTH_LIST_INVALID_MEMBER : Violation.CONTENT_LENGTH_INVALID;
      int i = s;
      while (i <= e) {
        i = skipOws(i, e);
        if (i == e || in.at(i) == ',') {
          if (list && reject(Violation.CONTENT_LENGTH_LIST_EMPTY_MEMBER, i)) {
            return false;
          }
          if (i == e) {
            break;
          }
          i++;
          continue;
        }
        int d0 = i;
        long v = 0;
        boolean overflow = false;
        int j;
        while (true) {
          while (i < e && isDigit(in.at(i))) {
            int d = in.at(i) - '0';
            if (v > (Long.MAX_VALUE - d) / 10 || v < 0) {
              overflow = true;
            }
            v = v * 10 + d;
            i++;
          }
          if (i == d0 && reject(invalid, i)) {
            return false;
          }
          j = skipOws(i, e);
          if (j < e && j > i && isDigit(in.at(j))) {
            if (reject(Violation.CONTENT_LENGTH_INTERNAL_WHITESPACE, i)) {
              return false;
            }
            i = j;
            continue;
          }
          break;
        }
        if (j < e && in.at(j) != ',') {
          if (reject(invalid, j)) {
            return false;
          }
          j = endOfMember(j, e); // the recovery, like atoi: the digits so far (or 0) are the value
        }
        if (overflow && reject(Violation.CONTENT_LENGTH_OVERFLOW, d0)) {
          return false;
        }
        if (config.tolerates(Violation.CONTENT_LENGTH_OVERFLOW)) {
          v &= 0xFFFF_FFFFL; // the recovery: an unchecked 32-bit accumulator, never negative
        }
        if (value == -1) {
          value = v;
        } else if (v != value) {
          if (reject(Violation.CONTENT_LENGTH_DIFFERENT_VALUES, d0)) {
            return false;
          }
        } else if (!identicalCl && reject(Violation.CONTENT_LENGTH_IDENTICAL_VALUES, d0)) {
          return false;
        }
        i = j + 1;
      }
    }
    if (value == -1) {
      int first = -1;
      for (int f = 0; f < fieldCount && first < 0; f++) {
        if (kind[f] == KIND_CONTENT_LENGTH) {
          first = valueStart[f];
        }
      }
      return fail(Violation.CONTENT_LENGTH_EMPTY, first);
    }
    contentLength = value;
    return true;
  }
}
