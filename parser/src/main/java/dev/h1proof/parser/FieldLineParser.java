package dev.h1proof.parser;

/**
 * Field lines (RFC 9112 §5, RFC 9110 §5.5): names, values, obs-fold, the field table, the fast path
 * for ordinary lines, and the Host field (RFC 9112 §3.2).
 */
abstract class FieldLineParser extends RequestLineParser {

  FieldLineParser(ParserConfig config, ByteScanner scanner) {
    super(config, scanner);
  }

  int sectionLimit() {
    return sectionLimitAt;
  }

  /** Reports an over-long header section; returns true when the message fails. */
  boolean tooLarge() {
    if (reject(Violation.HEADER_SECTION_TOO_LARGE, sectionLimit())) {
      return true;
    }
    sectionLimitOff = true;
    sectionLimitAt = Integer.MAX_VALUE;
    return false;
  }

  /** Scans one physical field line; returns 0 when done, -1 for NEED_MORE, -2 for VIOLATION. */
  int fieldLine() {
    int i = pos;
    while (true) {
      int limit = sectionLimit();
      int bound = Math.min(end, limit);
      i = scanCrLf(i, bound);
      if (i >= bound) {
        if (bound == limit && end > limit) {
          if (tooLarge()) {
            return -2;
          }
          continue;
        }
        pos = i;
        return -1;
      }
      byte b = in.at(i);
      if (b == '\r') {
        if (i + 1 >= end) {
          pos = i;
          return -1;
        }
        if (in.at(i + 1) == '\n') {
          if (i + 1 >= limit && tooLarge()) {
            return -2;
          }
          return lineDone(i, i + 1);
        }
        boolean inValue = curFolded || indexOf(':', curPhysStart, i) >= 0;
        if (inValue && bareCrToSp) {
          in.put(i, (byte) ' ');
        } else if (reject(Violation.BARE_CR_IN_FIELD_LINE, i)) {
          return -2;
        }
        i++;
        continue;
      }
      if (!bareLf && reject(Violation.BARE_LF_FIELD_LINE, i)) {
        return -2;
      }
      return lineDone(i, i);
    }
  }

  /**
   * The common case, line after line in one loop: {@code token ":" OWS field-content CRLF}, all
   * before the end of input and the section limit, followed by a line that does not start with
   * whitespace (no obs-fold), within the field count limit. Each such line is entered in the field
   * table directly. Stops, having changed nothing for it, at the first line that is anything else
   * (the general path then decides, so this shortcut can only agree with it), and after a line
   * followed by the empty line. Returns false only when a Host field fails its check.
   *
   * <p>With a {@link StructuralIndex} the name's end and the value's end are found in its bitmaps,
   * else by the scanner. Either answer may lie past {@code bound} (the index marks every octet at
   * or past the end of the input), and every condition below checks it against {@code bound} before
   * reading the octet there, so both walks accept the same lines.
   */
  boolean simpleFieldLines() {
    byte[] a = in.array;
    int base = in.base;
    int bound = base + Math.min(end, sectionLimitAt);
    int limit = fieldLimitOff ? Integer.MAX_VALUE : maxFields;
    ByteScanner sc = scanner;
    StructuralIndex x = index();
    int p = base + pos;
    int start = p;
    int count = fieldCount;
    boolean ok = true;
    int span = (int) Math.min(Integer.MAX_VALUE, (long) base + this.start + StructuralIndex.SPAN);
    while (count < limit) {
      if (p >= span) {
        x = null; // past the index's span: scans from here on
      }
      // With the index, the line's end is looked up from its start: a name holds no CTL (one in
      // it ends the name before the colon, and the line is left to the general path), so the first
      // CTL of the line is the value's end. The next line's start then depends on this line's start
      // alone, not on its name, and consecutive lines' name checks overlap.
      int cr = x != null ? base + x.valueEnd(p - base) : -1;
      int n;
      if (x != null) {
        // The first octet that is not a letter, digit or "-" ends the name when it is the colon
        // (no tchar), which is the usual case; any other one goes to the table.
        n = base + x.nextName(p - base);
        if (n >= bound || a[n] != ':') {
          n = base + x.tokenEnd(n - base);
        }
      } else {
        n = sc.token(a, p, bound);
      }
      if (n == p || n >= bound || a[n] != ':') {
        break;
      }
      int vs = n + 1;
      while (vs < bound && (a[vs] == ' ' || a[vs] == '\t')) {
        vs++;
      }
      if (x == null) {
        cr = sc.fieldContent(a, vs, bound);
      }
      int next = cr + 2;
      if (next >= bound || a[cr] != '\r' || a[cr + 1] != '\n') {
        break;
      }
      byte b = a[next];
      if (b == ' ' || b == '\t') {
        break;
      }
      int ve = cr;
      while (ve > vs && (a[ve - 1] == ' ' || a[ve - 1] == '\t')) {
        ve--;
      }
      if (count == nameStart.length) {
        grow();
      }
      byte k = tokenKind(a, p, n - p);
      nameStart[count] = p - base;
      nameEnd[count] = n - base;
      valueStart[count] = vs - base;
      valueEnd[count] = ve - base;
      kind[count] = k;
      count++;
      p = next;
      if (k != KIND_OTHER) {
        kindsSeen |= 1 << k;
        if (k == KIND_HOST) {
          fieldCount = count;
          if (!hostField(count - 1)) {
            ok = false;
            break;
          }
        }
      }
      if (b == '\r' || b == '\n') {
        break;
      }
    }
    if (p != start) {
      fieldCount = count;
      sawFieldLine = true;
      lastLineDropped = false;
      pos = p - base;
    }
    return ok;
  }

  static final long LOWER = 0x2020202020202020L;
  // The names as read by SwarScanner.word: little-endian, so the first octet is the lowest byte.
  static final long HOST = 0x74736f68L; // "host"
  static final long EXPECT = 0x746365707865L; // "expect"
  static final long CONNECTI = 0x697463656e6e6f63L; // "connecti"
  static final long NNECTION = 0x6e6f697463656e6eL; // "nnection"
  static final long CONTENT_ = 0x2d746e65746e6f63L; // "content-"
  static final long T_LENGTH = 0x6874676e656c2d74L; // "t-length"
  static final long TRANSFER = 0x726566736e617274L; // "transfer"
  static final long ENCODING = 0x676e69646f636e65L; // "encoding"

  /**
   * {@link #kindOf} for a name known to be a token, by whole words: ORing 0x20 into a tchar octet
   * gives a lower-case letter or "-" only from that letter in either case or from "-" itself, so
   * the comparison is exact for tokens (it would not be for CR, which becomes "-"). Words may read
   * past a short name: {@link #simpleFieldLines} calls this only with the colon, a CRLF and one
   * more octet in the array after the name, so eight octets from its start are always there.
   */
  static byte tokenKind(byte[] a, int s, int len) {
    switch (len) {
      case 4:
        return (lower(a, s) & 0xFFFFFFFFL) == HOST ? KIND_HOST : KIND_OTHER;
      case 6:
        return (lower(a, s) & 0xFFFFFFFFFFFFL) == EXPECT ? KIND_EXPECT : KIND_OTHER;
      case 10:
        return lower(a, s) == CONNECTI && lower(a, s + 2) == NNECTION
            ? KIND_CONNECTION
            : KIND_OTHER;
      case 14:
        return lower(a, s) == CONTENT_ && lower(a, s + 6) == T_LENGTH
            ? KIND_CONTENT_LENGTH
            : KIND_OTHER;
      case 17:
        return lower(a, s) == TRANSFER && a[s + 8] == '-' && lower(a, s + 9) == ENCODING
            ? KIND_TRANSFER_ENCODING
            : KIND_OTHER;
      default:
        return KIND_OTHER;
    }
  }

  static long lower(byte[] a, int i) {
    return SwarScanner.word(a, i) | LOWER;
  }

  int indexOf(char c, int from, int to) {
    for (int k = from; k < to; k++) {
      if (in.at(k) == c) {
        return k;
      }
    }
    return -1;
  }

  int lineDone(int le, int lf) {
    curTermStart = le;
    curTermEnd = lf + 1;
    boolean ok = curFolded ? continuation(curPhysStart, le) : firstSegment(curPhysStart, le);
    if (!ok) {
      return -2;
    }
    pos = lf + 1;
    state = Step.FIELD_END;
    return 0;
  }

  boolean firstSegment(int s, int e) {
    if (curSkipLeadingWs) {
      s = FieldLineGrammar.skipOws(in, s, e);
    }
    int n = scanToken(s, e);
    int colon = FieldLineGrammar.colon(in, n, e);
    curNameStart = s;
    curNameEnd = n;
    switch (FieldLineGrammar.nameShape(in, s, n, colon)) {
      case TOKEN:
        break;
      case EMPTY:
        if (reject(Violation.FIELD_NAME_EMPTY, s)) {
          return false;
        }
        break;
      case NO_COLON:
        if (reject(Violation.FIELD_LINE_WITHOUT_COLON, s)) {
          return false;
        }
        curDropped = true;
        return true;
      case WHITESPACE_BEFORE_COLON:
        if (reject(Violation.WHITESPACE_BEFORE_COLON, n)) {
          return false;
        }
        break;
      default: // NOT_TOKEN
        if (reject(Violation.FIELD_NAME_NOT_TOKEN, n)) {
          return false;
        }
        curNameEnd = colon;
        break;
    }
    int vs = FieldLineGrammar.skipOws(in, colon + 1, e);
    int ve = FieldLineGrammar.trimOws(in, vs, e);
    curValueStart = vs;
    curValueEnd = ve;
    curValueEmpty = vs == ve;
    return fieldValue(vs, ve);
  }

  boolean continuation(int s, int e) {
    int vs = FieldLineGrammar.skipOws(in, s, e);
    int ve = FieldLineGrammar.trimOws(in, vs, e);
    if (vs < ve) {
      if (curValueEmpty) {
        curValueStart = vs;
        curValueEmpty = false;
      }
      curValueEnd = ve;
    }
    return curDropped || fieldValue(vs, ve);
  }

  /** {@code field-value = *field-content} (RFC 9110 §5.5), with the CTL alternatives of §5.5. */
  boolean fieldValue(int s, int e) {
    int i = s;
    while ((i = scanFieldContent(i, e)) < e) {
      switch (FieldLineGrammar.valueFault(in.at(i))) {
        case NUL:
          if (nulToSp) {
            in.put(i, (byte) ' ');
          } else if (reject(Violation.NUL_IN_FIELD_VALUE, i)) {
            return false;
          }
          break;
        case CR:
          if (reject(Violation.BARE_CR_IN_FIELD_LINE, i)) {
            return false;
          }
          break;
        default: // CTL
          if (!retainCtl && reject(Violation.CTL_IN_FIELD_VALUE, i)) {
            return false;
          }
          break;
      }
      i++;
    }
    return true;
  }

  boolean fold() {
    byte k = curDropped ? KIND_OTHER : kindOf(curNameStart, curNameEnd);
    if (k == KIND_HOST || k == KIND_CONTENT_LENGTH || k == KIND_TRANSFER_ENCODING) {
      if (reject(Violation.OBS_FOLD_IN_FRAMING_FIELD, pos)) {
        return false;
      }
      blankFold();
    } else if (obsFoldToSp) {
      blankFold();
    } else if (reject(Violation.OBS_FOLD, pos)) {
      return false;
    }
    return true;
  }

  void blankFold() {
    for (int k = curTermStart; k < curTermEnd; k++) {
      in.put(k, (byte) ' ');
    }
    in.put(pos, (byte) ' '); // the fold's first RWS octet: an HTAB becomes SP too (RFC 9112 §5.2)
  }

  boolean completeField() {
    if (curDropped) {
      lastLineDropped = true;
      return true;
    }
    lastLineDropped = false;
    sawFieldLine = true;
    if (fieldCount >= maxFields && !fieldLimitOff) {
      if (reject(Violation.TOO_MANY_FIELDS, curLineStart)) {
        return false;
      }
      fieldLimitOff = true;
    }
    if (fieldCount == nameStart.length) {
      grow();
    }
    int i = fieldCount++;
    nameStart[i] = curNameStart;
    nameEnd[i] = curNameEnd;
    valueStart[i] = curValueStart;
    valueEnd[i] = curValueEnd;
    byte k = kindOf(curNameStart, curNameEnd);
    kind[i] = k;
    kindsSeen |= 1 << k;
    if (k == KIND_HOST) {
      return hostField(i);
    }
    return true;
  }

  void grow() {
    int n = nameStart.length * 2;
    nameStart = java.util.Arrays.copyOf(nameStart, n);
    nameEnd = java.util.Arrays.copyOf(nameEnd, n);
    valueStart = java.util.Arrays.copyOf(valueStart, n);
    valueEnd = java.util.Arrays.copyOf(valueEnd, n);
    kind = java.util.Arrays.copyOf(kind, n);
  }

  /** The framing-relevant field names, told apart by length and first octet before comparing. */
  byte kindOf(int s, int e) {
    int len = e - s;
    int first = len >= 4 ? in.at(s) | 0x20 : 0;
    switch (len) {
      case 4:
        return first == 'h' && in.equalsIgnoreCase(s, len, "host") ? KIND_HOST : KIND_OTHER;
      case 14:
        return first == 'c' && in.equalsIgnoreCase(s, len, "content-length")
            ? KIND_CONTENT_LENGTH
            : KIND_OTHER;
      case 10:
        return first == 'c' && in.equalsIgnoreCase(s, len, "connection")
            ? KIND_CONNECTION
            : KIND_OTHER;
      case 17:
        return first == 't' && in.equalsIgnoreCase(s, len, "transfer-encoding")
            ? KIND_TRANSFER_ENCODING
            : KIND_OTHER;
      case 6:
        return first == 'e' && in.equalsIgnoreCase(s, len, "expect") ? KIND_EXPECT : KIND_OTHER;
      default:
        return KIND_OTHER;
    }
  }

  boolean absoluteAuthority() {
    return targetForm == TargetForm.ABSOLUTE && targetAuthorityStart >= 0;
  }

  boolean hostField(int i) {
    if (hostField >= 0) {
      Violation v =
          absoluteAuthority()
              ? Violation.HOST_CHECKS_WITH_ABSOLUTE_FORM
              : http11 ? Violation.HOST_DUPLICATE : Violation.HOST_DUPLICATE_HTTP10;
      return !reject(v, nameStart[i]);
    }
    hostField = i;
    int code = Authority.check(in, valueStart[i], valueEnd[i], errAt);
    Violation v;
    switch (code) {
      case Authority.OK_WITH_PORT:
      case Authority.OK_NO_PORT:
        return true;
      case Authority.INVALID_CHAR:
        v = Violation.HOST_INVALID_CHARACTER;
        break;
      case Authority.USERINFO:
        v = Violation.HOST_USERINFO;
        break;
      case Authority.PATH:
        v = Violation.HOST_PATH_QUERY_FRAGMENT;
        break;
      case Authority.INVALID_PORT:
        v = Violation.HOST_INVALID_PORT;
        break;
      case Authority.EMPTY_PORT:
        v = Violation.HOST_EMPTY_PORT;
        break;
      case Authority.PORT_RANGE:
        v = Violation.HOST_PORT_OUT_OF_RANGE;
        break;
      case Authority.IP_LITERAL:
        v = Violation.HOST_INVALID_IP_LITERAL;
        break;
      case Authority.COMMA:
        v = Violation.HOST_COMMA_LIST;
        break;
      default:
        v = Violation.HOST_EMPTY;
        break;
    }
    if (absoluteAuthority()) {
      v = Violation.HOST_CHECKS_WITH_ABSOLUTE_FORM;
    }
    return !reject(v, errAt[0]);
  }
}
