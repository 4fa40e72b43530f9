package dev.h1proof.parser;

import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An incremental, zero-copy, strict parser for HTTP/1.1 request heads (RFC 9112 §2–§6).
 *
 * <p>The caller keeps every byte of the current head in one buffer and calls {@link #parse(byte[],
 * int, int)} with the same {@code start} and a growing {@code end} as bytes arrive. The parser
 * resumes where it stopped, never reads outside {@code [start, end)}, never copies, and allocates
 * nothing per request once its field table has grown to the largest head seen. After {@link
 * ParseStatus#COMPLETE} the head is available through {@link #head()} as offsets into the caller's
 * buffer; after {@link ParseStatus#VIOLATION} through {@link #violation()} and {@link
 * #violationOffset()}. Malformed input never throws.
 *
 * <p>The leniencies {@link Leniency#OBS_FOLD_TO_SP}, {@link Leniency#BARE_CR_TO_SP} and {@link
 * Leniency#NUL_TO_SP} write SP into the caller's buffer, which must then be writable.
 *
 * <p>Instances are not thread-safe; use one per connection.
 */
public final class RequestParser {

  private static final int S_START = 0;
  private static final int S_REQUEST_LINE = 1;
  private static final int S_LINE_START = 2;
  private static final int S_FIELD_LINE = 3;
  private static final int S_FIELD_END = 4;
  private static final int S_SKIP_LINE = 5;
  private static final int S_DONE = 6;
  private static final int S_FAILED = 7;

  static final byte KIND_OTHER = 0;
  static final byte KIND_HOST = 1;
  static final byte KIND_CONTENT_LENGTH = 2;
  static final byte KIND_TRANSFER_ENCODING = 3;
  static final byte KIND_CONNECTION = 4;
  static final byte KIND_EXPECT = 5;

  private static final int MAX_WORDS = 16;

  private final ParserConfig config;
  private final EnumSet<Violation> tolerated;
  private final EnumSet<Violation> toleratedSeen = EnumSet.noneOf(Violation.class);
  private final Set<Violation> toleratedView = Collections.unmodifiableSet(toleratedSeen);
  private final boolean bareLf;
  private final boolean obsFoldToSp;
  private final boolean bareCrToSp;
  private final boolean nulToSp;
  private final boolean retainCtl;
  private final boolean whitespaceRuns;
  private final boolean ignoreWhitespaceLines;
  private final boolean teOverridesCl;
  private final boolean identicalCl;
  private final int maxRequestLine;
  private final int maxHeaderSection;
  private final int maxFields;

  final Input in = new Input();
  private final ByteScanner scanner;
  private final RequestHead head = new RequestHead(this);
  private final int[] wordStart = new int[MAX_WORDS];
  private final int[] wordEnd = new int[MAX_WORDS];
  private final int[] errAt = new int[1];

  private int state = S_DONE;
  private boolean started;
  int start;
  private int end;
  private int pos;
  private int lineStart;
  private int emptyLines;
  private boolean emptyLineLimitOff;
  private boolean lineLimitOff;
  private boolean sectionLimitOff;
  private boolean fieldLimitOff;
  private boolean sawFieldLine;
  private int headerSectionStart;
  private int sectionLimitAt;
  private Violation violation;
  private int violationAt;

  // request-line
  int methodStart;
  int methodEnd;
  int targetStart;
  int targetEnd;
  TargetForm targetForm;
  int versionMajor;
  int versionMinor;
  private boolean http11;

  /** Set by the recovery of a tolerated Transfer-Encoding error that leaves the field unused. */
  private boolean transferEncodingIgnored;

  private int targetAuthorityStart;
  private int targetAuthorityEnd;

  // field table
  int fieldCount;
  int[] nameStart = new int[16];
  int[] nameEnd = new int[16];
  int[] valueStart = new int[16];
  int[] valueEnd = new int[16];
  byte[] kind = new byte[16];

  /** Bit {@code 1 << k} for every field kind {@code k} present, so finishing skips absent ones. */
  private int kindsSeen;

  // field being parsed
  private int curLineStart;
  private int curPhysStart;
  private int curNameStart;
  private int curNameEnd;
  private int curValueStart;
  private int curValueEnd;
  private boolean curValueEmpty;
  private boolean curFolded;
  private boolean curDropped;
  private boolean curSkipLeadingWs;
  private int curTermStart;
  private int curTermEnd;
  private boolean lastLineDropped;

  // head results
  int headEnd;
  int hostField;
  int hostStart;
  int hostEnd;
  BodyFraming framing;
  long contentLength;
  boolean keepAlive;
  boolean expectContinue;
  boolean mustClose;

  /** Creates a parser with {@link ParserConfig#strict()}. */
  public RequestParser() {
    this(ParserConfig.strict());
  }

  /**
   * Creates a parser with the given configuration.
   *
   * @param config the configuration
   */
  public RequestParser(ParserConfig config) {
    this(config, ScannerSelection.DEFAULT);
  }

  /** Creates a parser with an explicit scanning path; for differential tests. */
  RequestParser(ParserConfig config, ByteScanner scanner) {
    this.config = Objects.requireNonNull(config, "config");
    this.scanner = Objects.requireNonNull(scanner, "scanner");
    this.tolerated = EnumSet.noneOf(Violation.class);
    this.tolerated.addAll(config.tolerated());
    this.bareLf = config.allows(Leniency.BARE_LF_LINE_ENDINGS);
    this.obsFoldToSp = config.allows(Leniency.OBS_FOLD_TO_SP);
    this.bareCrToSp = config.allows(Leniency.BARE_CR_TO_SP);
    this.nulToSp = config.allows(Leniency.NUL_TO_SP);
    this.retainCtl = config.allows(Leniency.RETAIN_CTL_IN_FIELD_VALUE);
    this.whitespaceRuns = config.allows(Leniency.REQUEST_LINE_WHITESPACE_RUNS);
    this.ignoreWhitespaceLines = config.allows(Leniency.IGNORE_WHITESPACE_PRECEDED_LINES);
    this.teOverridesCl = config.allows(Leniency.TRANSFER_ENCODING_OVERRIDES_CONTENT_LENGTH);
    this.identicalCl = config.allows(Leniency.IDENTICAL_CONTENT_LENGTHS);
    this.maxRequestLine = config.maxRequestLineLength();
    this.maxHeaderSection = config.maxHeaderSectionSize();
    this.maxFields = config.maxFieldCount();
  }

  /**
   * Returns the configuration.
   *
   * @return the configuration this parser was created with
   */
  public ParserConfig config() {
    return config;
  }

  /**
   * Parses (or continues parsing) the request head in {@code buf[start, end)}.
   *
   * <p>Call again with the same {@code start} and a larger {@code end} after {@link
   * ParseStatus#NEED_MORE}; the bytes already passed must not change (the array itself may be
   * replaced by a copy). A different {@code start} begins the message again from there (after the
   * caller moved its bytes, for example). After {@link ParseStatus#COMPLETE} or {@link
   * ParseStatus#VIOLATION} the next call begins a new message: no {@link #reset()} is needed.
   *
   * @param buf the buffer holding the head
   * @param start index of the first byte of the message
   * @param end index after the last byte received so far
   * @return the status
   * @throws IndexOutOfBoundsException if the range is not inside {@code buf}
   * @throws IllegalArgumentException if {@code end} is smaller than in the previous call for this
   *     message
   */
  public ParseStatus parse(byte[] buf, int start, int end) {
    Objects.checkFromToIndex(start, end, Objects.requireNonNull(buf, "buf").length);
    in.set(buf);
    return run(start, end);
  }

  /**
   * Parses (or continues parsing) the request head between the buffer's position and limit,
   * following {@link ByteBuffer} conventions: after {@link ParseStatus#COMPLETE} the position has
   * advanced past the head (to the content or the next message); after {@link
   * ParseStatus#NEED_MORE} and {@link ParseStatus#VIOLATION} it is unchanged, so the partial head
   * stays in the buffer. The buffer may be {@link ByteBuffer#compact() compacted} between calls:
   * when the position has moved, the message is read again from its new place. Offsets reported by
   * the head are absolute buffer indices.
   *
   * @param buf a heap or direct buffer
   * @return the status
   * @throws IllegalArgumentException if the limit is smaller than in the previous call for this
   *     message
   */
  public ParseStatus parse(ByteBuffer buf) {
    in.set(Objects.requireNonNull(buf, "buf"));
    ParseStatus s = run(buf.position(), buf.limit());
    if (s == ParseStatus.COMPLETE) {
      buf.position(headEnd);
    }
    return s;
  }

  /**
   * Returns the name of the scanning path this parser uses: {@code vector512}, {@code vector256},
   * {@code swar} or {@code scalar} (see the parser README). The default path is chosen once per JVM
   * and also logged at DEBUG level on the {@code dev.h1proof.parser} {@link System.Logger}.
   *
   * @return the path name
   */
  public String scanningPath() {
    return scanner.name();
  }

  /** Forgets the current message; the next {@code parse} call starts a new one. */
  public void reset() {
    started = false;
    state = S_DONE;
  }

  /**
   * Returns the parsed head after {@link ParseStatus#COMPLETE}, valid until the next {@code parse}
   * or {@link #reset()}; before that (after {@link ParseStatus#NEED_MORE} or {@link
   * ParseStatus#VIOLATION}) there is no head and this returns null. Never throws.
   *
   * @return the reusable head view, or null when the last result was not COMPLETE
   */
  public RequestHead head() {
    return state == S_DONE && started ? head : null;
  }

  /**
   * Returns the rule the message broke, after {@link ParseStatus#VIOLATION}.
   *
   * @return the violation, or null if the last result was not VIOLATION
   */
  public Violation violation() {
    return state == S_FAILED ? violation : null;
  }

  /**
   * Returns the index of the offending byte in the caller's buffer, after {@link
   * ParseStatus#VIOLATION}. Like every offset the parser reports, it is an absolute index into the
   * array (or {@link ByteBuffer}) passed to {@code parse}, not a distance from {@code start}.
   *
   * @return the absolute index, or -1 if the last result was not VIOLATION
   */
  public int violationOffset() {
    return state == S_FAILED ? violationAt : -1;
  }

  /**
   * Returns the index just after the head's empty line, after {@link ParseStatus#COMPLETE}: where
   * the content, or the next message, starts.
   *
   * @return the absolute index, or -1 if the last result was not COMPLETE
   */
  public int headEnd() {
    return state == S_DONE && started ? headEnd : -1;
  }

  /**
   * Returns the violations tolerated (per {@link ParserConfig#withTolerated(Set)}) in the current
   * message. The set is reused and cleared when a new message starts.
   *
   * @return an unmodifiable view of the tolerated violations
   */
  Set<Violation> toleratedViolations() {
    return toleratedView;
  }

  // ------------------------------------------------------------------------------ driver

  private ParseStatus run(int start, int end) {
    if (!started || start != this.start || state == S_DONE || state == S_FAILED) {
      begin(start);
    } else if (end < this.end) {
      throw new IllegalArgumentException("end moved backwards: " + end + " < " + this.end);
    }
    this.end = end;
    ParseStatus s = loop();
    if (s == ParseStatus.VIOLATION) {
      state = S_FAILED;
    }
    return s;
  }

  private void begin(int start) {
    started = true;
    this.start = start;
    this.end = start;
    state = S_START;
    pos = start;
    emptyLines = 0;
    emptyLineLimitOff = false;
    lineLimitOff = false;
    sectionLimitOff = false;
    fieldLimitOff = false;
    sawFieldLine = false;
    lastLineDropped = false;
    violation = null;
    if (!toleratedSeen.isEmpty()) {
      toleratedSeen.clear();
    }
    fieldCount = 0;
    kindsSeen = 0;
    hostField = -1;
    hostStart = -1;
    hostEnd = -1;
    targetAuthorityStart = -1;
    targetAuthorityEnd = -1;
    framing = BodyFraming.NONE;
    contentLength = -1;
    keepAlive = false;
    expectContinue = false;
    mustClose = false;
  }

  private ParseStatus loop() {
    while (true) {
      switch (state) {
        case S_START:
          {
            if (pos >= end) {
              return ParseStatus.NEED_MORE;
            }
            byte b = in.at(pos);
            if (b == '\r') {
              if (pos + 1 >= end) {
                return ParseStatus.NEED_MORE;
              }
              if (in.at(pos + 1) != '\n') {
                if (reject(Violation.BARE_CR_LINE_TERMINATOR, pos)) {
                  return ParseStatus.VIOLATION;
                }
                pos++;
                continue;
              }
              if (!leadingEmptyLine(pos)) {
                return ParseStatus.VIOLATION;
              }
              pos += 2;
              continue;
            }
            if (b == '\n') {
              if (!bareLf && reject(Violation.BARE_LF_REQUEST_LINE, pos)) {
                return ParseStatus.VIOLATION;
              }
              if (!leadingEmptyLine(pos)) {
                return ParseStatus.VIOLATION;
              }
              pos++;
              continue;
            }
            lineStart = pos;
            if (!HttpTokens.is(b, HttpTokens.TCHAR | HttpTokens.REQUEST_LINE_WS)
                && reject(Violation.NON_HTTP_OCTETS, pos)) {
              return ParseStatus.VIOLATION;
            }
            state = S_REQUEST_LINE;
            continue;
          }
        case S_REQUEST_LINE:
          {
            int lf = scanRequestLine();
            if (lf < 0) {
              return lf == -1 ? ParseStatus.NEED_MORE : ParseStatus.VIOLATION;
            }
            int le = lf;
            if (lf > lineStart && in.at(lf - 1) == '\r') {
              le = lf - 1;
            } else if (!bareLf && reject(Violation.BARE_LF_REQUEST_LINE, lf)) {
              return ParseStatus.VIOLATION;
            }
            if (!originFormLine(lineStart, le) && !requestLine(lineStart, le)) {
              return ParseStatus.VIOLATION;
            }
            pos = lf + 1;
            headerSectionStart = pos;
            sectionLimitAt = (int) Math.min(Integer.MAX_VALUE, (long) pos + maxHeaderSection);
            state = S_LINE_START;
            continue;
          }
        case S_LINE_START:
          {
            if (pos >= end) {
              return ParseStatus.NEED_MORE;
            }
            if (pos >= sectionLimit() && tooLarge()) {
              return ParseStatus.VIOLATION;
            }
            byte b = in.at(pos);
            if (b == '\r') {
              if (pos + 1 >= end) {
                return ParseStatus.NEED_MORE;
              }
              if (in.at(pos + 1) == '\n') {
                if (pos + 1 >= sectionLimit() && tooLarge()) {
                  return ParseStatus.VIOLATION;
                }
                headEnd = pos + 2;
                return finish(pos);
              }
              if (reject(Violation.BARE_CR_LINE_TERMINATOR, pos)) {
                return ParseStatus.VIOLATION;
              }
              pos++;
              continue;
            }
            if (b == '\n') {
              if (!bareLf && reject(Violation.BARE_LF_FIELD_LINE, pos)) {
                return ParseStatus.VIOLATION;
              }
              headEnd = pos + 1;
              return finish(pos);
            }
            if (b != ' ' && b != '\t' && in.array != null) {
              int from = pos;
              if (!simpleFieldLines()) {
                return ParseStatus.VIOLATION;
              }
              if (pos != from) {
                continue;
              }
            }
            curSkipLeadingWs = false;
            if (b == ' ' || b == '\t') {
              if (lastLineDropped) {
                state = S_SKIP_LINE;
                continue;
              }
              if (!sawFieldLine) {
                if (ignoreWhitespaceLines) {
                  lastLineDropped = true;
                  state = S_SKIP_LINE;
                  continue;
                }
                if (reject(Violation.WHITESPACE_BEFORE_FIRST_FIELD, pos)) {
                  return ParseStatus.VIOLATION;
                }
                curSkipLeadingWs = true;
              }
            }
            curLineStart = pos;
            curPhysStart = pos;
            curFolded = false;
            curDropped = false;
            state = S_FIELD_LINE;
            continue;
          }
        case S_SKIP_LINE:
          {
            int bound = Math.min(end, sectionLimit());
            int i = scanLineEnd(pos, bound);
            if (i >= bound) {
              pos = i;
              if (bound < end) {
                if (tooLarge()) {
                  return ParseStatus.VIOLATION;
                }
                continue;
              }
              return ParseStatus.NEED_MORE;
            }
            pos = i + 1;
            state = S_LINE_START;
            continue;
          }
        case S_FIELD_LINE:
          {
            int r = fieldLine();
            if (r < 0) {
              return r == -1 ? ParseStatus.NEED_MORE : ParseStatus.VIOLATION;
            }
            continue;
          }
        case S_FIELD_END:
          {
            if (pos >= end) {
              return ParseStatus.NEED_MORE;
            }
            if (pos >= sectionLimit() && tooLarge()) {
              return ParseStatus.VIOLATION;
            }
            byte b = in.at(pos);
            if ((b == ' ' || b == '\t') && !curDropped) {
              if (!fold()) {
                return ParseStatus.VIOLATION;
              }
              curFolded = true;
              curPhysStart = pos;
              state = S_FIELD_LINE;
              continue;
            }
            if (!completeField()) {
              return ParseStatus.VIOLATION;
            }
            state = S_LINE_START;
            continue;
          }
        default:
          throw new IllegalStateException("state " + state);
      }
    }
  }

  private boolean leadingEmptyLine(int at) {
    emptyLines++;
    if (emptyLines > config.maxLeadingEmptyLines() && !emptyLineLimitOff) {
      if (reject(Violation.LEADING_EMPTY_LINE_FLOOD, at)) {
        return false;
      }
      emptyLineLimitOff = true;
    }
    return true;
  }

  /**
   * Records a tolerated violation and returns false, or fails the message and returns true. The
   * code after a false return is the recovery.
   */
  private boolean reject(Violation v, int at) {
    if (tolerated.contains(v)) {
      toleratedSeen.add(v);
      return false;
    }
    violation = v;
    violationAt = at;
    return true;
  }

  /** Fails the message whatever the tolerated set says; returns false for use in checks. */
  private boolean fail(Violation v, int at) {
    violation = v;
    violationAt = at;
    return false;
  }

  // ------------------------------------------------------------------------------ request-line

  /** Returns the index of the LF ending the request-line, -1 for NEED_MORE, -2 for VIOLATION. */
  private int scanRequestLine() {
    int i = pos;
    while (i < end) {
      // Octets that are neither CTL nor at the length limit need no decision: skip them in bulk.
      int quiet = lineLimitOff ? end : (int) Math.min(end, (long) lineStart + maxRequestLine);
      if (i < quiet) {
        i = scanFieldContent(i, quiet);
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

  private int indexOfWhitespace(int from, int to) {
    for (int k = from; k < to; k++) {
      if (HttpTokens.is(in.at(k), HttpTokens.REQUEST_LINE_WS)) {
        return k;
      }
    }
    return -1;
  }

  /** Which rule a control octet at {@code at} breaks, by the request-line part it falls in. */
  private Violation controlInRequestLine(int at) {
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

  private boolean isLineWs(byte b) {
    return HttpTokens.is(b, HttpTokens.REQUEST_LINE_WS);
  }

  private static final long HTTP_1_1 = 0x312e312f50545448L; // "HTTP/1.1" read little-endian
  private static final long HTTP_1_0 = 0x302e312f50545448L; // "HTTP/1.0"

  /**
   * The most common request-line in one pass, on a heap array: {@code token SP origin-form SP
   * HTTP/1.1} (or 1.0), the target made of target octets only (no pct-encoding) and the method not
   * CONNECT. Returns true having parsed it; false, having recorded nothing, for any other line,
   * which {@link #requestLine} then parses. Every line accepted here is one that {@code
   * requestLine} accepts with the same result.
   */
  private boolean originFormLine(int ls, int le) {
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

  private boolean requestLine(int ls, int le) {
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
  private boolean versionlessLine(int le) {
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
  private int simpleWords(int ls, int le) {
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
  private boolean separator(int s, int e) {
    if (e - s == 1 && in.at(s) == ' ') {
      return true;
    }
    if (whitespaceRuns) {
      return true;
    }
    int at = in.at(s) == ' ' ? s + 1 : s;
    return !reject(Violation.REQUEST_LINE_SEPARATOR, at);
  }

  private boolean startsWithIgnoreCase(int s, int e, String prefix) {
    return e - s >= prefix.length() && in.equalsIgnoreCase(s, prefix.length(), prefix);
  }

  private boolean isVersionShaped(int s, int e) {
    return e - s == 8
        && in.equalsExactly(s, 5, "HTTP/")
        && isDigit(in.at(s + 5))
        && in.at(s + 6) == '.'
        && isDigit(in.at(s + 7));
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  /** {@code HTTP-version = HTTP-name "/" DIGIT "." DIGIT} (RFC 9112 §2.3). */
  private boolean version(int vs, int ve, boolean skipWs) {
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
  private boolean malformedVersion(int[] p, int count, int at) {
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

  // ------------------------------------------------------------------------------ request-target

  private boolean target(int ts, int te) {
    boolean connect = in.equalsExactly(methodStart, methodEnd - methodStart, "CONNECT");
    if (te - ts == 1 && in.at(ts) == '*') {
      targetForm = TargetForm.ASTERISK;
      if (connect) {
        return !reject(Violation.CONNECT_TARGET_NOT_AUTHORITY, ts);
      }
      return in.equalsExactly(methodStart, methodEnd - methodStart, "OPTIONS")
          || !reject(Violation.ASTERISK_FORM_NOT_OPTIONS, ts);
    }
    boolean slashOrQuery = false;
    boolean colon = false;
    for (int k = ts; k < te; k++) {
      byte b = in.at(k);
      if (b == '/' || b == '?' || b == '#') {
        slashOrQuery = true;
        break;
      }
      if (b == ':') {
        colon = true;
      }
    }
    if (connect) {
      if (!slashOrQuery) {
        targetForm = TargetForm.AUTHORITY;
        return authorityForm(ts, te, true);
      }
      if (reject(Violation.CONNECT_TARGET_NOT_AUTHORITY, ts)) {
        return false;
      }
    }
    if (in.at(ts) == '/') {
      targetForm = TargetForm.ORIGIN;
      return pathAndQuery(ts, te);
    }
    int schemeEnd = schemeEnd(ts, te);
    boolean absolute =
        schemeEnd > 0 && (schemeEnd + 1 < te && !isDigit(in.at(schemeEnd + 1)) || slashOrQuery);
    if (!absolute && colon && !slashOrQuery) {
      if (reject(Violation.AUTHORITY_FORM_NOT_CONNECT, ts)) {
        return false;
      }
      targetForm = TargetForm.AUTHORITY;
      return authorityForm(ts, te, false);
    }
    if (absolute) {
      targetForm = TargetForm.ABSOLUTE;
      return absoluteForm(ts, schemeEnd, te);
    }
    if (reject(Violation.ORIGIN_FORM_WITHOUT_SLASH, ts)) {
      return false;
    }
    targetForm = TargetForm.ORIGIN;
    return pathAndQuery(ts, te);
  }

  /** Returns the index of the ':' after {@code scheme}, or -1. */
  private int schemeEnd(int s, int e) {
    if (s >= e || !HttpTokens.is(in.at(s), HttpTokens.ALPHA)) {
      return -1;
    }
    for (int k = s + 1; k < e; k++) {
      byte b = in.at(k);
      if (b == ':') {
        return k;
      }
      if (!HttpTokens.is(b, HttpTokens.SCHEME)) {
        return -1;
      }
    }
    return -1;
  }

  private boolean absoluteForm(int ts, int colon, int te) {
    boolean http =
        in.equalsIgnoreCase(ts, colon - ts, "http") || in.equalsIgnoreCase(ts, colon - ts, "https");
    int p = colon + 1;
    if (p + 1 < te && in.at(p) == '/' && in.at(p + 1) == '/') {
      int as = p + 2;
      int ae = as;
      while (ae < te) {
        byte b = in.at(ae);
        if (b == '/' || b == '?' || b == '#') {
          break;
        }
        ae++;
      }
      int atSign = -1;
      for (int k = as; k < ae; k++) {
        if (in.at(k) == '@') {
          atSign = k;
        }
      }
      if (atSign >= 0) {
        if (reject(Violation.TARGET_USERINFO, as)) {
          return false;
        }
        as = atSign + 1;
      }
      int code = Authority.check(in, as, ae, errAt);
      if (code == Authority.EMPTY_HOST) {
        if (http && reject(Violation.TARGET_EMPTY_HOST, as)) {
          return false;
        }
      } else {
        if (code != Authority.OK_WITH_PORT
            && code != Authority.OK_NO_PORT
            && code != Authority.EMPTY_PORT
            && code != Authority.COMMA
            && reject(Violation.TARGET_INVALID_AUTHORITY, errAt[0])) {
          return false;
        }
        targetAuthorityStart = as;
        targetAuthorityEnd = ae;
      }
      return pathAndQuery(ae, te);
    }
    if (http && reject(Violation.TARGET_EMPTY_HOST, p)) {
      return false;
    }
    return pathAndQuery(p, te);
  }

  private boolean authorityForm(int ts, int te, boolean connect) {
    int code = Authority.check(in, ts, te, errAt);
    Violation v;
    switch (code) {
      case Authority.OK_WITH_PORT:
        v = null;
        break;
      case Authority.OK_NO_PORT:
        v = Violation.CONNECT_INVALID_PORT;
        errAt[0] = te;
        break;
      case Authority.EMPTY_PORT:
      case Authority.INVALID_PORT:
      case Authority.PORT_RANGE:
        v = Violation.CONNECT_INVALID_PORT;
        break;
      case Authority.USERINFO:
        v = Violation.TARGET_USERINFO;
        break;
      case Authority.EMPTY_HOST:
        v = Violation.TARGET_EMPTY_HOST;
        break;
      default:
        v = Violation.TARGET_INVALID_AUTHORITY;
        break;
    }
    if (v != null && (connect || v != Violation.CONNECT_INVALID_PORT) && reject(v, errAt[0])) {
      return false;
    }
    targetAuthorityStart = ts;
    targetAuthorityEnd = te;
    return true;
  }

  /** Validates {@code *( pchar / "/" / "?" )} with pct-encoding (RFC 3986 §3.3–3.4). */
  private boolean pathAndQuery(int s, int e) {
    int i = s;
    while ((i = scanTarget(i, e)) < e) {
      byte b = in.at(i);
      if (b == '%') {
        if (i + 2 < e
            && HttpTokens.is(in.at(i + 1), HttpTokens.HEXDIG)
            && HttpTokens.is(in.at(i + 2), HttpTokens.HEXDIG)) {
          i += 3;
          continue;
        }
        if (reject(Violation.TARGET_BAD_PERCENT_ENCODING, i)) {
          return false;
        }
        i++;
        continue;
      }
      Violation v;
      if (b == '#') {
        v = Violation.TARGET_FRAGMENT;
      } else if (isLineWs(b)) {
        v = Violation.TARGET_WHITESPACE;
      } else if (HttpTokens.is(b, HttpTokens.CTL)) {
        v = Violation.TARGET_CTL;
      } else {
        v = Violation.TARGET_DISALLOWED_OCTET;
      }
      if (reject(v, i)) {
        return false;
      }
      i++;
    }
    return true;
  }

  // ------------------------------------------------------------------------------ hot loops

  // Heap input goes to the scanner with array indices; a direct buffer is read octet by octet.

  /** Returns the first index in {@code [i, e)} that is not a target octet (pchar, "/", "?"). */
  private int scanTarget(int i, int e) {
    byte[] a = in.array;
    if (a != null) {
      int base = in.base;
      return scanner.target(a, base + i, base + e) - base;
    }
    return scanClass(i, e, HttpTokens.TARGET);
  }

  /** Returns the first index in {@code [i, e)} that is not a tchar. */
  private int scanToken(int i, int e) {
    byte[] a = in.array;
    if (a != null) {
      int base = in.base;
      return scanner.token(a, base + i, base + e) - base;
    }
    return scanClass(i, e, HttpTokens.TCHAR);
  }

  /** Returns the first index in {@code [i, e)} that is not field-content (VCHAR, obs-text, WS). */
  private int scanFieldContent(int i, int e) {
    byte[] a = in.array;
    if (a != null) {
      int base = in.base;
      return scanner.fieldContent(a, base + i, base + e) - base;
    }
    return scanClass(i, e, HttpTokens.FIELD_CONTENT);
  }

  private int scanClass(int i, int e, int cls) {
    while (i < e && (HttpTokens.CLASS[in.at(i) & 0xFF] & cls) != 0) {
      i++;
    }
    return i;
  }

  /** Returns the first index in {@code [i, e)} holding CR or LF, or {@code e}. */
  private int scanCrLf(int i, int e) {
    byte[] a = in.array;
    if (a != null) {
      int base = in.base;
      return scanner.crLf(a, base + i, base + e) - base;
    }
    while (i < e) {
      byte b = in.at(i);
      if (b == '\n' || b == '\r') {
        return i;
      }
      i++;
    }
    return e;
  }

  /** Returns the first index in {@code [i, e)} holding LF, or {@code e}. */
  private int scanLineEnd(int i, int e) {
    while (i < e && in.at(i) != '\n') {
      i++;
    }
    return i;
  }

  // ------------------------------------------------------------------------------ fields

  private int sectionLimit() {
    return sectionLimitAt;
  }

  /** Reports an over-long header section; returns true when the message fails. */
  private boolean tooLarge() {
    if (reject(Violation.HEADER_SECTION_TOO_LARGE, sectionLimit())) {
      return true;
    }
    sectionLimitOff = true;
    sectionLimitAt = Integer.MAX_VALUE;
    return false;
  }

  /** Scans one physical field line; returns 0 when done, -1 for NEED_MORE, -2 for VIOLATION. */
  private int fieldLine() {
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
   */
  private boolean simpleFieldLines() {
    byte[] a = in.array;
    int base = in.base;
    int bound = base + Math.min(end, sectionLimitAt);
    int limit = fieldLimitOff ? Integer.MAX_VALUE : maxFields;
    ByteScanner sc = scanner;
    int p = base + pos;
    int start = p;
    int count = fieldCount;
    boolean ok = true;
    while (count < limit) {
      int n = sc.token(a, p, bound);
      if (n == p || n >= bound || a[n] != ':') {
        break;
      }
      int vs = n + 1;
      while (vs < bound && (a[vs] == ' ' || a[vs] == '\t')) {
        vs++;
      }
      int cr = sc.fieldContent(a, vs, bound);
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

  private static final long LOWER = 0x2020202020202020L;
  // The names as read by SwarScanner.word: little-endian, so the first octet is the lowest byte.
  private static final long HOST = 0x74736f68L; // "host"
  private static final long EXPECT = 0x746365707865L; // "expect"
  private static final long CONNECTI = 0x697463656e6e6f63L; // "connecti"
  private static final long NNECTION = 0x6e6f697463656e6eL; // "nnection"
  private static final long CONTENT_ = 0x2d746e65746e6f63L; // "content-"
  private static final long T_LENGTH = 0x6874676e656c2d74L; // "t-length"
  private static final long TRANSFER = 0x726566736e617274L; // "transfer"
  private static final long ENCODING = 0x676e69646f636e65L; // "encoding"

  /**
   * {@link #kindOf} for a name known to be a token, by whole words: ORing 0x20 into a tchar octet
   * gives a lower-case letter or "-" only from that letter in either case or from "-" itself, so
   * the comparison is exact for tokens (it would not be for CR, which becomes "-"). Words may read
   * past a short name: {@link #simpleFieldLines} calls this only with the colon, a CRLF and one
   * more octet in the array after the name, so eight octets from its start are always there.
   */
  private static byte tokenKind(byte[] a, int s, int len) {
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

  private static long lower(byte[] a, int i) {
    return SwarScanner.word(a, i) | LOWER;
  }

  private int indexOf(char c, int from, int to) {
    for (int k = from; k < to; k++) {
      if (in.at(k) == c) {
        return k;
      }
    }
    return -1;
  }

  private int lineDone(int le, int lf) {
    curTermStart = le;
    curTermEnd = lf + 1;
    boolean ok = curFolded ? continuation(curPhysStart, le) : firstSegment(curPhysStart, le);
    if (!ok) {
      return -2;
    }
    pos = lf + 1;
    state = S_FIELD_END;
    return 0;
  }

  private boolean firstSegment(int s, int e) {
    if (curSkipLeadingWs) {
      while (s < e && HttpTokens.isOws(in.at(s))) {
        s++;
      }
    }
    int n = scanToken(s, e);
    int colon;
    curNameStart = s;
    if (n < e && in.at(n) == ':') {
      colon = n;
      curNameEnd = n;
      if (n == s && reject(Violation.FIELD_NAME_EMPTY, s)) {
        return false;
      }
    } else {
      colon = indexOf(':', n, e);
      if (colon < 0) {
        if (reject(Violation.FIELD_LINE_WITHOUT_COLON, s)) {
          return false;
        }
        curDropped = true;
        return true;
      }
      boolean onlyWs = n > s;
      for (int k = n; k < colon && onlyWs; k++) {
        onlyWs = HttpTokens.isOws(in.at(k));
      }
      if (onlyWs) {
        if (reject(Violation.WHITESPACE_BEFORE_COLON, n)) {
          return false;
        }
        curNameEnd = n;
      } else {
        if (reject(Violation.FIELD_NAME_NOT_TOKEN, n)) {
          return false;
        }
        curNameEnd = colon;
      }
    }
    int vs = colon + 1;
    while (vs < e && HttpTokens.isOws(in.at(vs))) {
      vs++;
    }
    int ve = e;
    while (ve > vs && HttpTokens.isOws(in.at(ve - 1))) {
      ve--;
    }
    curValueStart = vs;
    curValueEnd = ve;
    curValueEmpty = vs == ve;
    return fieldValue(vs, ve);
  }

  private boolean continuation(int s, int e) {
    int vs = s;
    while (vs < e && HttpTokens.isOws(in.at(vs))) {
      vs++;
    }
    int ve = e;
    while (ve > vs && HttpTokens.isOws(in.at(ve - 1))) {
      ve--;
    }
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
  private boolean fieldValue(int s, int e) {
    int i = s;
    while ((i = scanFieldContent(i, e)) < e) {
      byte b = in.at(i);
      if (b == 0) {
        if (nulToSp) {
          in.put(i, (byte) ' ');
        } else if (reject(Violation.NUL_IN_FIELD_VALUE, i)) {
          return false;
        }
      } else if (b == '\r') {
        if (reject(Violation.BARE_CR_IN_FIELD_LINE, i)) {
          return false;
        }
      } else if (!retainCtl && reject(Violation.CTL_IN_FIELD_VALUE, i)) {
        return false;
      }
      i++;
    }
    return true;
  }

  private boolean fold() {
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

  private void blankFold() {
    for (int k = curTermStart; k < curTermEnd; k++) {
      in.put(k, (byte) ' ');
    }
    in.put(pos, (byte) ' '); // the fold's first RWS octet: an HTAB becomes SP too (RFC 9112 §5.2)
  }

  private boolean completeField() {
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

  private void grow() {
    int n = nameStart.length * 2;
    nameStart = java.util.Arrays.copyOf(nameStart, n);
    nameEnd = java.util.Arrays.copyOf(nameEnd, n);
    valueStart = java.util.Arrays.copyOf(valueStart, n);
    valueEnd = java.util.Arrays.copyOf(valueEnd, n);
    kind = java.util.Arrays.copyOf(kind, n);
  }

  /** The framing-relevant field names, told apart by length and first octet before comparing. */
  private byte kindOf(int s, int e) {
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

  private boolean absoluteAuthority() {
    return targetForm == TargetForm.ABSOLUTE && targetAuthorityStart >= 0;
  }

  private boolean hostField(int i) {
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

  // ------------------------------------------------------------------------------ end of head

  private ParseStatus finish(int emptyLineAt) {
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
        close |= listContains(valueStart[f], valueEnd[f], "close");
        keepAliveOption |= listContains(valueStart[f], valueEnd[f], "keep-alive");
      } else if (kind[f] == KIND_EXPECT && http11) {
        expectContinue |= listContains(valueStart[f], valueEnd[f], "100-continue");
      }
    }
    keepAlive = !mustClose && !close && (http11 || keepAliveOption);
    state = S_DONE;
    pos = headEnd;
    return ParseStatus.COMPLETE;
  }

  /** Whether a {@code #element} list contains {@code member}, ignoring case (RFC 9110 §5.6.1). */
  private boolean listContains(int s, int e, String member) {
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
  private boolean framing() {
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

  private boolean contentLengthFraming() {
    if (!contentLength()) {
      return false;
    }
    framing = BodyFraming.CONTENT_LENGTH;
    return true;
  }

  /** {@code Transfer-Encoding = #transfer-coding}; chunked must be final and appear once. */
  private boolean transferEncoding() {
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
  private int endOfMember(int i, int e) {
    int comma = indexOf(',', i, e);
    return comma < 0 ? e : comma;
  }

  private int skipOws(int i, int e) {
    while (i < e && HttpTokens.isOws(in.at(i))) {
      i++;
    }
    return i;
  }

  /**
   * Skips {@code *( OWS ";" OWS token BWS "=" BWS ( token / quoted-string ) )}; returns the index
   * after it, or {@code -(at + 1)} when malformed at {@code at}.
   */
  private int skipParameters(int i, int e) {
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
  private boolean contentLength() {
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
        if (tolerated.contains(Violation.CONTENT_LENGTH_OVERFLOW)) {
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
