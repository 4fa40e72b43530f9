package dev.h1proof.parser;

import java.nio.ByteBuffer;
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
public final class RequestParser extends FramingDecision {

  private final RequestHead head = new RequestHead(this);

  /** Whether a buffer without accessible array is read through {@link Input#stage}. */
  private final boolean staging;

  /** While the current message is staged: the buffer index the stage holds its octets up to. */
  private int stagedTo;

  /** Whether the current message outgrew the stage and is read from the buffer in place. */
  private boolean inPlace;

  /**
   * The fewest octets staged when a message begins. Copying 1 KiB costs less than parsing a head
   * again from where a smaller stage ended (measured on {@code mix}, whose heads differ in size
   * from one request to the next).
   */
  private static final int FIRST_STAGE = 1024;

  /**
   * Octets staged when a message begins: {@value #FIRST_STAGE}, or a little more than the last head
   * when that was larger, since requests on one connection are alike (kept across {@link #reset()},
   * which forgets a message, not the connection). The stage doubles when the head goes on.
   */
  private int firstStage = FIRST_STAGE;

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
    this(config, scanner, true);
  }

  /**
   * Creates a parser with an explicit scanning path that reads buffers without accessible array in
   * place ({@code staging} false) or through the stage; for differential tests.
   */
  RequestParser(ParserConfig config, ByteScanner scanner, boolean staging) {
    super(config, scanner);
    this.staging = staging;
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
   * <p>A buffer without accessible array (a direct or a read-only one) is read through a copy: the
   * parser copies the head's octets, as far as it reads them, into an array of its own (at most
   * {@value Input#STAGE_MAX} octets of one message; a larger head is read in place from there on),
   * because its fast paths read arrays, about twice as fast as native memory. Nothing else changes:
   * offsets are buffer indices, little past the head is copied, and a leniency's SP is written into
   * the buffer.
   *
   * @param buf a heap or direct buffer
   * @return the status
   * @throws IllegalArgumentException if the limit is smaller than in the previous call for this
   *     message
   */
  public ParseStatus parse(ByteBuffer buf) {
    Objects.requireNonNull(buf, "buf");
    int start = buf.position();
    int limit = buf.limit();
    boolean staged = staging && !buf.hasArray();
    if (staged && !continues(start)) {
      stagedTo = start;
      inPlace = false;
    }
    // A staged parse that needs more than was staged stages more and goes on, up to the limit.
    ParseStatus s;
    int to;
    do {
      to = staged ? stage(buf, start, limit) : readInPlace(buf, limit);
      s = run(start, to);
    } while (s == ParseStatus.NEED_MORE && to < limit);
    if (s == ParseStatus.COMPLETE) {
      firstStage = Math.max(FIRST_STAGE, headEnd - start + 64);
      buf.position(headEnd);
    }
    return s;
  }

  /** Reads the buffer in place, up to its limit. */
  private int readInPlace(ByteBuffer buf, int limit) {
    in.set(buf);
    return limit;
  }

  /**
   * Stages the next part of a message in a buffer without accessible array ({@link Input#stage})
   * and returns where the parse may go to: the stage follows the parse, first {@link #firstStage}
   * octets, then twice what is staged at each step, so that little of what follows the head (a
   * body, the next pipelined requests) is copied. A message that outgrows {@link Input#STAGE_MAX}
   * is read in place from there on. The answers are those of one call with the whole range, since
   * an incremental parse answers alike however its input grows.
   */
  private int stage(ByteBuffer buf, int start, int limit) {
    int to = stagedTo;
    if (!inPlace && limit >= to) {
      int step = to > start ? to - start : firstStage;
      int upto = (int) Math.min(limit, Math.min((long) to + step, (long) start + Input.STAGE_MAX));
      if (upto > to || upto == limit) {
        in.stage(buf, start, to, upto);
        stagedTo = upto;
        return upto;
      }
      inPlace = true; // the stage is full and the head goes on
    }
    // In place; or the limit moved backwards, which run() reports.
    in.set(buf);
    return limit;
  }

  /** Forgets the current message; the next {@code parse} call starts a new one. */
  public void reset() {
    started = false;
    state = Step.DONE;
  }

  /**
   * Returns the parsed head after {@link ParseStatus#COMPLETE}, valid until the next {@code parse}
   * or {@link #reset()}; before that (after {@link ParseStatus#NEED_MORE} or {@link
   * ParseStatus#VIOLATION}) there is no head and this returns null. Never throws.
   *
   * @return the reusable head view, or null when the last result was not COMPLETE
   */
  public RequestHead head() {
    return state == Step.DONE && started ? head : null;
  }

  /**
   * Returns the rule the message broke, after {@link ParseStatus#VIOLATION}.
   *
   * @return the violation, or null if the last result was not VIOLATION
   */
  public Violation violation() {
    return state == Step.FAILED ? violation : null;
  }

  /**
   * Returns the index of the offending byte in the caller's buffer, after {@link
   * ParseStatus#VIOLATION}. Like every offset the parser reports, it is an absolute index into the
   * array (or {@link ByteBuffer}) passed to {@code parse}, not a distance from {@code start}.
   *
   * @return the absolute index, or -1 if the last result was not VIOLATION
   */
  public int violationOffset() {
    return state == Step.FAILED ? violationAt : -1;
  }

  /**
   * Returns the index just after the head's empty line, after {@link ParseStatus#COMPLETE}: where
   * the content, or the next message, starts.
   *
   * @return the absolute index, or -1 if the last result was not COMPLETE
   */
  public int headEnd() {
    return state == Step.DONE && started ? headEnd : -1;
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

  // ---------------------------------------------------------------------------- driver

  /** Whether a call with this {@code start} goes on with the current message. */
  private boolean continues(int start) {
    return started && start == this.start && state != Step.DONE && state != Step.FAILED;
  }

  private ParseStatus run(int start, int end) {
    if (!continues(start)) {
      begin(start);
    } else if (end < this.end) {
      throw new IllegalArgumentException("end moved backwards: " + end + " < " + this.end);
    }
    this.end = end;
    ParseStatus s = loop();
    if (s == ParseStatus.VIOLATION) {
      state = Step.FAILED;
    }
    return s;
  }

  private void begin(int start) {
    resetIndex(started && state == Step.DONE ? headEnd - this.start : 0);
    started = true;
    this.start = start;
    this.end = start;
    state = Step.START;
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
        case START:
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
            state = Step.REQUEST_LINE;
            continue;
          }
        case REQUEST_LINE:
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
            state = Step.LINE_START;
            continue;
          }
        case LINE_START:
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
                state = Step.SKIP_LINE;
                continue;
              }
              if (!sawFieldLine) {
                if (ignoreWhitespaceLines) {
                  lastLineDropped = true;
                  state = Step.SKIP_LINE;
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
            state = Step.FIELD_LINE;
            continue;
          }
        case SKIP_LINE:
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
            state = Step.LINE_START;
            continue;
          }
        case FIELD_LINE:
          {
            int r = fieldLine();
            if (r < 0) {
              return r == -1 ? ParseStatus.NEED_MORE : ParseStatus.VIOLATION;
            }
            continue;
          }
        case FIELD_END:
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
              state = Step.FIELD_LINE;
              continue;
            }
            if (!completeField()) {
              return ParseStatus.VIOLATION;
            }
            state = Step.LINE_START;
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
}
