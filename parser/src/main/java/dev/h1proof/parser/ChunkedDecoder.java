package dev.h1proof.parser;

import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.Objects;

/**
 * An incremental decoder for the chunked transfer coding (RFC 9112 §7.1), one octet at a time, so
 * the result never depends on how the input is split. chunk-data is returned as spans of the
 * caller's buffer; nothing is copied.
 *
 * <p>Most callers want {@link BodyReader} or {@link RequestReader}, which drive this decoder and
 * keep the position. Used directly: call {@link #decode(byte[], int, int)} with the unread bytes,
 * advance by {@link #consumed()} (or let {@link #decode(ByteBuffer)} advance the buffer's
 * position), process the span after {@link Status#DATA}, and repeat until {@link Status#COMPLETE}
 * (the bytes after it belong to the next message) or {@link Status#VIOLATION}.
 *
 * <p>Offsets follow the library's one convention: {@link #dataStart()}, {@link #violationOffset()}
 * and the trailer offsets are absolute indices into the caller's buffer.
 *
 * <p>Checked: chunk-size as 1*HEXDIG (either case, leading zeros allowed) with overflow detection
 * and {@link ParserConfig#maxChunkSizeDigits()}; chunk extensions with BWS around {@code ;} and
 * {@code =} and quoted-string values (RFC 9112 §7.1.1), limited by {@link
 * ParserConfig#maxChunkExtensionLength()}; CRLF after the size line, after the data and after the
 * trailer section; trailer field lines with the field-line grammar that request heads and responses
 * use too (RFC 9112 §7.1.2), every malformed line being {@link Violation#TRAILER_FIELD_MALFORMED}
 * except a bare CR ({@link Violation#BARE_CR_IN_FIELD_LINE}), counted against {@link
 * ParserConfig#maxFieldCount()} and {@link ParserConfig#maxHeaderSectionSize()} and never merged
 * into the head. {@link Leniency#BARE_LF_LINE_ENDINGS} applies to trailer lines only; an obs-fold
 * in a trailer is always rejected.
 */
public final class ChunkedDecoder {

  /** The outcome of one {@link #decode(byte[], int, int)} call. */
  public enum Status {
    /** All input was consumed without completing the body; call again with more bytes. */
    NEED_MORE,
    /** A span of chunk-data is available at {@link #dataStart()}, {@link #dataLength()} octets. */
    DATA,
    /** The last chunk, the trailer section and the final CRLF were consumed. */
    COMPLETE,
    /** The body breaks a rule; see {@link #violation()} and {@link #violationOffset()}. */
    VIOLATION
  }

  /** Where the decoder is in the chunked body; one value per part of the grammar. */
  private enum State {
    /** Before the first octet of a chunk-size. */
    SIZE_START,
    /** In the chunk-size's HEXDIG. */
    SIZE,
    /** In whitespace after the chunk-size. */
    SIZE_WS,
    /** After {@code ;}, before a chunk-ext-name. */
    EXT_START,
    /** In a chunk-ext-name. */
    EXT_NAME,
    /** In BWS after a chunk-ext-name. */
    EXT_NAME_WS,
    /** After {@code =}, before a chunk-ext-val. */
    EXT_VALUE_START,
    /** In a token chunk-ext-val. */
    EXT_TOKEN,
    /** In a quoted-string chunk-ext-val. */
    EXT_QUOTED,
    /** After a backslash in a quoted-string. */
    EXT_QUOTED_ESCAPE,
    /** After a chunk-ext-val. */
    EXT_AFTER_VALUE,
    /** Skipping the rest of a size line after a tolerated defect. */
    EXT_SKIP,
    /** After the CR of a size line. */
    SIZE_LF,
    /** In chunk-data. */
    DATA,
    /** After chunk-data, expecting CR. */
    DATA_CR,
    /** After chunk-data and CR, expecting LF. */
    DATA_LF,
    /** Skipping to the next LF after a tolerated chunk-data length mismatch. */
    RESYNC,
    /** At the start of a trailer field line or of the final CRLF. */
    TRAILER_START(true),
    /** In a trailer field name. */
    TRAILER_NAME(true),
    /** In whitespace after a trailer field name. */
    TRAILER_NAME_WS(true),
    /** In a trailer field value. */
    TRAILER_VALUE(true),
    /** After a CR in a trailer field line. */
    TRAILER_LF(true),
    /** Skipping the rest of a malformed trailer field line after a tolerated defect. */
    TRAILER_SKIP(true),
    /** After the CR of the line that ends the trailer section. */
    FINAL_LF(true),
    /** The body is complete. */
    DONE,
    /** The body broke a rule. */
    FAILED;

    /** Whether this state is inside the trailer section. */
    final boolean inTrailers;

    State() {
      this(false);
    }

    State(boolean inTrailers) {
      this.inTrailers = inTrailers;
    }
  }

  private final ParserConfig config;
  private final EnumSet<Violation> toleratedSeen = EnumSet.noneOf(Violation.class);
  private final boolean bareLf;
  private final int maxDigits;

  /** Whether an overflowing chunk-size is tolerated: the size is then masked after every digit. */
  private final boolean overflowMasked;

  private final int maxExtension;
  private final int maxTrailerFields;
  private final int maxTrailerSize;
  private final Input in = new Input();

  private State state;
  private long size;
  private int digits;
  private boolean limitsOff;
  private boolean overflowTolerated;
  private int extLength;
  private boolean crFromExtension;
  private long remaining;
  private boolean lastDataCr;
  private int trailerFields;
  private int trailerBytes;

  /** Whether a trailer section that is not complete is left unconsumed (see BodyReader). */
  private boolean keepTrailers;

  private int trailerSectionStart;
  private boolean limitsOffBeforeTrailers;
  private int[] trailer = new int[0];
  private int consumed;
  private int dataStart;
  private int dataLength;
  private Violation violation;
  private int violationAt;

  /** Creates a decoder with {@link ParserConfig#strict()}. */
  public ChunkedDecoder() {
    this(ParserConfig.strict());
  }

  /**
   * Creates a decoder with the given configuration (limits, {@link Leniency#BARE_LF_LINE_ENDINGS}
   * for trailer lines, and tolerated violations).
   *
   * @param config the configuration
   */
  public ChunkedDecoder(ParserConfig config) {
    Objects.requireNonNull(config, "config");
    this.config = config;
    bareLf = config.allows(Leniency.BARE_LF_LINE_ENDINGS);
    maxDigits = config.maxChunkSizeDigits();
    overflowMasked = config.tolerates(Violation.CHUNK_SIZE_OVERFLOW);
    maxExtension = config.maxChunkExtensionLength();
    maxTrailerFields = config.maxFieldCount();
    maxTrailerSize = config.maxHeaderSectionSize();
    reset();
  }

  /** Prepares for a new chunked body. */
  public void reset() {
    state = State.SIZE_START;
    size = 0;
    digits = 0;
    limitsOff = false;
    overflowTolerated = false;
    extLength = 0;
    remaining = 0;
    trailerFields = 0;
    trailerBytes = 0;
    consumed = 0;
    dataStart = -1;
    dataLength = 0;
    violation = null;
    toleratedSeen.clear();
  }

  /**
   * Decodes from {@code buf[off, end)}.
   *
   * @param buf the buffer
   * @param off the first unread byte
   * @param end the end of the available bytes
   * @return the status; {@link #consumed()} tells how many bytes this call used
   * @throws IndexOutOfBoundsException if the range is not inside {@code buf}
   */
  public Status decode(byte[] buf, int off, int end) {
    Objects.checkFromToIndex(off, end, Objects.requireNonNull(buf, "buf").length);
    in.set(buf);
    return run(off, end);
  }

  /**
   * Decodes the bytes between the buffer's position and limit and advances the position by what it
   * consumed ({@link #consumed()}); {@link #dataStart()} is an absolute buffer index.
   *
   * @param buf a heap or direct buffer
   * @return the status
   */
  public Status decode(ByteBuffer buf) {
    in.set(Objects.requireNonNull(buf, "buf"));
    Status s = run(buf.position(), buf.limit());
    buf.position(buf.position() + consumed);
    return s;
  }

  /**
   * Keeps a trailer section that is not complete unconsumed, so that it is read again, whole, with
   * the next bytes and its fields can be read after {@link Status#COMPLETE} from the caller's
   * buffer. The caller must then keep the unconsumed bytes, as it does for a request head.
   */
  void keepTrailers(boolean keep) {
    this.keepTrailers = keep;
  }

  /**
   * Returns how many input bytes the last call consumed; advance the offset by this amount.
   *
   * @return octets consumed by the last call
   */
  public int consumed() {
    return consumed;
  }

  /**
   * Returns where the chunk-data span starts, after {@link Status#DATA}.
   *
   * @return the absolute index in the caller's buffer
   */
  public int dataStart() {
    return dataStart;
  }

  /**
   * Returns the length of the chunk-data span, after {@link Status#DATA}.
   *
   * @return octets
   */
  public int dataLength() {
    return dataLength;
  }

  /**
   * Returns the rule the body broke, after {@link Status#VIOLATION}.
   *
   * @return the violation, or null
   */
  public Violation violation() {
    return state == State.FAILED ? violation : null;
  }

  /**
   * Returns the index of the offending byte in the caller's buffer, after {@link Status#VIOLATION}.
   *
   * @return the absolute index, or -1
   */
  public int violationOffset() {
    return state == State.FAILED ? violationAt : -1;
  }

  /**
   * Returns the number of trailer field lines seen so far.
   *
   * @return the trailer field count
   */
  public int trailerFieldCount() {
    return trailerFields;
  }

  /**
   * Returns the index of a trailer field name's first octet, after {@link Status#COMPLETE}. The
   * trailer offsets point into the caller's buffer, so they are meaningful while the trailer
   * section is still there: always when the decoder is driven by {@link BodyReader} or {@link
   * RequestReader}, which leave an incomplete trailer section unconsumed.
   *
   * @param i the trailer field index, from 0 to {@link #trailerFieldCount()} - 1
   * @return the absolute index
   */
  public int trailerNameStart(int i) {
    return trailer[4 * Objects.checkIndex(i, trailerFields)];
  }

  /**
   * Returns a trailer field name's length.
   *
   * @param i the trailer field index
   * @return octets
   */
  public int trailerNameLength(int i) {
    int k = 4 * Objects.checkIndex(i, trailerFields);
    return Math.max(0, trailer[k + 1] - trailer[k]);
  }

  /**
   * Returns the index of a trailer field value's first octet, after leading OWS.
   *
   * @param i the trailer field index
   * @return the absolute index
   */
  public int trailerValueStart(int i) {
    int k = 4 * Objects.checkIndex(i, trailerFields);
    return trailer[k + 2] >= 0 ? trailer[k + 2] : trailer[k + 1] + 1;
  }

  /**
   * Returns a trailer field value's length, without leading and trailing OWS.
   *
   * @param i the trailer field index
   * @return octets
   */
  public int trailerValueLength(int i) {
    int k = 4 * Objects.checkIndex(i, trailerFields);
    return trailer[k + 2] >= 0 ? trailer[k + 3] - trailer[k + 2] : 0;
  }

  /**
   * Returns a trailer field name as a String (allocates), from the buffer of the last call.
   *
   * @param i the trailer field index
   * @return the name
   */
  public String trailerName(int i) {
    return in.string(trailerNameStart(i), trailerNameLength(i));
  }

  /**
   * Returns a trailer field value as a String (allocates), from the buffer of the last call.
   *
   * @param i the trailer field index
   * @return the value
   */
  public String trailerValue(int i) {
    return in.string(trailerValueStart(i), trailerValueLength(i));
  }

  /**
   * Tells whether the body has been decoded completely.
   *
   * @return true after {@link Status#COMPLETE}
   */
  public boolean isComplete() {
    return state == State.DONE;
  }

  /**
   * Returns the violations tolerated in this body (per {@link ParserConfig#withTolerated}).
   *
   * @return a copy of the tolerated violations
   */
  java.util.Set<Violation> toleratedViolations() {
    return EnumSet.copyOf(
        toleratedSeen.isEmpty() ? EnumSet.noneOf(Violation.class) : toleratedSeen);
  }

  private Status run(int off, int end) {
    consumed = 0;
    dataLength = 0;
    if (state == State.DONE) {
      return Status.COMPLETE;
    }
    if (state == State.FAILED) {
      return Status.VIOLATION;
    }
    int i = off;
    if (keepTrailers && state == State.TRAILER_START) {
      trailerSectionStart = off; // a trailer section left unconsumed by the last call
    }
    while (i < end) {
      if (state == State.DATA) {
        int n = (int) Math.min(remaining, end - i);
        dataStart = i;
        dataLength = n;
        remaining -= n;
        i += n;
        if (remaining == 0) {
          state = State.DATA_CR;
          lastDataCr = n > 0 && in.at(i - 1) == '\r';
        }
        return finish(off, i, Status.DATA);
      }
      if (state == State.TRAILER_NAME || state == State.TRAILER_VALUE) {
        i = trailerRun(i, end);
        if (i == end) {
          break;
        }
      }
      if (state == State.SIZE_START || state == State.DATA_CR) {
        int next = plainLine(i, end);
        if (next > i) {
          i = next;
          continue;
        }
      }
      byte b = in.at(i);
      if (!step(b, i)) {
        state = State.FAILED;
        return finish(off, i, Status.VIOLATION);
      }
      i++;
      if (state == State.DONE) {
        return finish(off, i, Status.COMPLETE);
      }
    }
    if (keepTrailers && state.inTrailers) {
      // Not yet complete: leave the trailer section unconsumed and read it again, whole, next time.
      state = State.TRAILER_START;
      trailerFields = 0;
      trailerBytes = 0;
      limitsOff = limitsOffBeforeTrailers;
      return finish(off, Math.max(off, trailerSectionStart), Status.NEED_MORE);
    }
    return finish(off, i, Status.NEED_MORE);
  }

  /**
   * The common lines in one pass, without {@link #step}'s dispatch per octet: at {@link
   * State#SIZE_START}, a chunk-size of at most 15 HEXDIG (and no more than the configured limit)
   * followed by CR LF; at {@link State#DATA_CR}, the CR LF that ends chunk-data. Returns the index
   * after the line, having left the decoder exactly as {@link #step} would octet by octet, or
   * {@code i} when the input at {@code i} is not such a complete line (an extension, whitespace, a
   * bare line end, a limit, a line cut by the end of the input): {@link #step} then reads it.
   */
  private int plainLine(int i, int end) {
    if (state == State.DATA_CR) {
      if (i + 1 < end && in.at(i) == '\r' && in.at(i + 1) == '\n') {
        startSizeLine();
        return i + 2;
      }
      return i;
    }
    if (overflowMasked) {
      return i; // the tolerated-overflow recovery masks the size after every digit: step does it
    }
    int limit = Math.min(end, i + Math.min(maxDigits, 15));
    long v = 0;
    int k = i;
    while (k < limit) {
      byte b = in.at(k);
      if (!HttpTokens.is(b, HttpTokens.HEXDIG)) {
        break;
      }
      v = (v << 4) | HttpTokens.HEX_VALUE[b & 0xFF];
      k++;
    }
    if (k == i || k + 1 >= end || in.at(k) != '\r' || in.at(k + 1) != '\n') {
      return i;
    }
    size = v;
    digits = k - i;
    crFromExtension = false;
    sizeLineDone(k + 1);
    return k + 2;
  }

  private Status finish(int off, int i, Status s) {
    consumed = i - off;
    return s;
  }

  private boolean reject(Violation v, int at) {
    if (config.tolerates(v)) {
      toleratedSeen.add(v);
      return false;
    }
    violation = v;
    violationAt = at;
    return true;
  }

  private boolean fail(Violation v, int at) {
    violation = v;
    violationAt = at;
    return false;
  }

  private static boolean ows(byte b) {
    return b == ' ' || b == '\t';
  }

  /** Consumes one octet; returns false when the body fails. */
  private boolean step(byte b, int at) {
    switch (state) {
      case SIZE_START:
        if (HttpTokens.is(b, HttpTokens.HEXDIG)) {
          size = HttpTokens.HEX_VALUE[b & 0xFF];
          digits = 1;
          state = State.SIZE;
          return true;
        }
        if (ows(b)) {
          return !reject(Violation.CHUNK_SIZE_WHITESPACE, at);
        }
        return notHex(b, at);
      case SIZE:
        if (HttpTokens.is(b, HttpTokens.HEXDIG)) {
          digits++;
          if (digits > maxDigits && !limitsOff) {
            if (reject(Violation.CHUNK_SIZE_TOO_MANY_DIGITS, at)) {
              return false;
            }
            limitsOff = true;
          }
          if ((size >>> 59) != 0 && !overflowTolerated) {
            if (reject(Violation.CHUNK_SIZE_OVERFLOW, at)) {
              return false;
            }
            overflowTolerated = true;
          }
          size = (size << 4) | HttpTokens.HEX_VALUE[b & 0xFF];
          if (overflowMasked) {
            size &= 0xFFFF_FFFFL; // the recovery: an unchecked 32-bit accumulator, never negative
          }
          return true;
        }
        if (b == ';') {
          return extensionStart(at);
        }
        if (ows(b)) {
          state = State.SIZE_WS;
          return true;
        }
        return lineEnd(b, at, false) || (violation == null && notHex(b, at));
      case SIZE_WS:
        if (ows(b)) {
          return true;
        }
        if (b == ';') {
          return extensionStart(at);
        }
        if (b == '\r' || b == '\n') {
          if (reject(Violation.CHUNK_SIZE_WHITESPACE, at - 1)) {
            return false;
          }
          return lineEnd(b, at, false);
        }
        return notHex(b, at);
      case EXT_START:
        if (!countExtension(at)) {
          return false;
        }
        if (ows(b)) {
          return true;
        }
        if (HttpTokens.isTchar(b)) {
          state = State.EXT_NAME;
          return true;
        }
        return extensionError(b, at);
      case EXT_NAME:
        if (!countExtension(at)) {
          return false;
        }
        if (HttpTokens.isTchar(b)) {
          return true;
        }
        if (ows(b)) {
          state = State.EXT_NAME_WS;
          return true;
        }
        if (b == '=') {
          state = State.EXT_VALUE_START;
          return true;
        }
        if (b == ';') {
          state = State.EXT_START;
          return true;
        }
        return lineEnd(b, at, true) || violation == null && extensionError(b, at);
      case EXT_NAME_WS:
      case EXT_AFTER_VALUE:
        if (!countExtension(at)) {
          return false;
        }
        if (ows(b)) {
          return true;
        }
        if (b == '=' && state == State.EXT_NAME_WS) {
          state = State.EXT_VALUE_START;
          return true;
        }
        if (b == ';') {
          state = State.EXT_START;
          return true;
        }
        return lineEnd(b, at, true) || violation == null && extensionError(b, at);
      case EXT_VALUE_START:
        if (!countExtension(at)) {
          return false;
        }
        if (ows(b)) {
          return true;
        }
        if (b == '"') {
          state = State.EXT_QUOTED;
          return true;
        }
        if (HttpTokens.isTchar(b)) {
          state = State.EXT_TOKEN;
          return true;
        }
        return extensionError(b, at);
      case EXT_TOKEN:
        if (!countExtension(at)) {
          return false;
        }
        if (HttpTokens.isTchar(b)) {
          return true;
        }
        if (ows(b)) {
          state = State.EXT_AFTER_VALUE;
          return true;
        }
        if (b == ';') {
          state = State.EXT_START;
          return true;
        }
        return lineEnd(b, at, true) || violation == null && extensionError(b, at);
      case EXT_QUOTED:
        if (!countExtension(at)) {
          return false;
        }
        if (b == '"') {
          state = State.EXT_AFTER_VALUE;
          return true;
        }
        if (b == '\\') {
          state = State.EXT_QUOTED_ESCAPE;
          return true;
        }
        if (HttpTokens.is(b, HttpTokens.QDTEXT)) {
          return true;
        }
        return extensionControl(b, at);
      case EXT_QUOTED_ESCAPE:
        if (!countExtension(at)) {
          return false;
        }
        if (HttpTokens.is(b, HttpTokens.QUOTED_PAIR)) {
          state = State.EXT_QUOTED;
          return true;
        }
        return extensionControl(b, at);
      case EXT_SKIP:
        if (b == '\r' || b == '\n') {
          return lineEnd(b, at, true);
        }
        if (HttpTokens.is(b, HttpTokens.CTL) && b != '\t') {
          return extensionControl(b, at);
        }
        return countExtension(at);
      case SIZE_LF:
        if (b == '\n') {
          return sizeLineDone(at);
        }
        if (reject(
            crFromExtension ? Violation.CHUNK_EXTENSION_CONTROL : Violation.CHUNK_LINE_BARE_CR,
            at - 1)) {
          return false;
        }
        // The recovery: the lone CR is dropped and the octet after it read in the line it was in.
        state = crFromExtension ? State.EXT_SKIP : State.SIZE;
        return step(b, at);
      case DATA_CR:
        if (b == '\r') {
          state = State.DATA_LF;
          return true;
        }
        if (b == '\n' && !lastDataCr) {
          if (reject(Violation.CHUNK_LINE_BARE_LF, at)) {
            return false;
          }
          startSizeLine();
          return true;
        }
        if (reject(Violation.CHUNK_DATA_LENGTH_MISMATCH, at)) {
          return false;
        }
        state = State.RESYNC;
        return true;
      case DATA_LF:
        if (b == '\n') {
          startSizeLine();
          return true;
        }
        if (reject(Violation.CHUNK_LINE_BARE_CR, at - 1)) {
          return false;
        }
        // The recovery: the lone CR ends the chunk-data, and the octet after it starts a size line.
        startSizeLine();
        return step(b, at);
      case RESYNC:
        if (b == '\n') {
          startSizeLine();
        }
        return true;
      case TRAILER_START:
        return trailerLineStart(b, at);
      case TRAILER_NAME:
        if (!countTrailer(at)) {
          return false;
        }
        if (FieldLineGrammar.isNameOctet(b)) {
          return true;
        }
        if (b == ':') {
          trailer[4 * trailerFields - 3] = at;
          state = State.TRAILER_VALUE;
          return true;
        }
        if (FieldLineGrammar.isOws(b)) {
          trailer[4 * trailerFields - 3] = at;
          state = State.TRAILER_NAME_WS;
          return true;
        }
        return trailerError(at);
      case TRAILER_NAME_WS:
        if (!countTrailer(at)) {
          return false;
        }
        if (FieldLineGrammar.isOws(b)) {
          return true;
        }
        if (b == ':') { // WHITESPACE_BEFORE_COLON in a request head
          if (reject(Violation.TRAILER_FIELD_MALFORMED, at)) {
            return false;
          }
          state = State.TRAILER_VALUE;
          return true;
        }
        return trailerError(at);
      case TRAILER_VALUE:
        if (!countTrailer(at)) {
          return false;
        }
        if (FieldLineGrammar.isValueOctet(b)) {
          valueSpan(at, at + 1);
          return true;
        }
        if (b == '\r') {
          state = State.TRAILER_LF;
          return true;
        }
        if (b == '\n') {
          if (!bareLf && reject(Violation.TRAILER_BARE_LF, at)) {
            return false;
          }
          state = State.TRAILER_START;
          return true;
        }
        return !reject(Violation.TRAILER_FIELD_MALFORMED, at);
      case TRAILER_LF:
        if (!countTrailer(at)) {
          return false;
        }
        if (b == '\n') {
          state = State.TRAILER_START;
          return true;
        }
        if (reject(Violation.BARE_CR_IN_FIELD_LINE, at - 1)) {
          return false;
        }
        state = State.TRAILER_VALUE;
        return true;
      case TRAILER_SKIP:
        if (!countTrailer(at)) {
          return false;
        }
        if (b == '\n') {
          state = State.TRAILER_START;
        }
        return true;
      case FINAL_LF:
        if (b == '\n') {
          state = State.DONE;
          return true;
        }
        return fail(Violation.BARE_CR_LINE_TERMINATOR, at - 1);
      default:
        throw new IllegalStateException("state " + state);
    }
  }

  /** Extensions count towards one total per body (RFC 9112 §7.1.1: limit their total length). */
  private boolean extensionStart(int at) {
    state = State.EXT_START;
    return countExtension(at);
  }

  private boolean countExtension(int at) {
    if (++extLength > maxExtension && !limitsOff) {
      if (reject(Violation.CHUNK_EXTENSION_TOO_LONG, at)) {
        return false;
      }
      limitsOff = true;
    }
    return true;
  }

  /**
   * A chunk-size that is not hexadecimal. The recovery reads it like {@code strtol}: the hex digits
   * before the bad octet are the size (none reads as 0) and the rest of the line is skipped.
   */
  private boolean notHex(byte b, int at) {
    if (reject(Violation.CHUNK_SIZE_NOT_HEX, at)) {
      return false;
    }
    if (b == '\r' || b == '\n') {
      return lineEnd(b, at, false);
    }
    state = State.EXT_SKIP;
    return true;
  }

  /**
   * A control octet inside a chunk extension. The recovery skips the extension to the line's end; a
   * CR or LF ends the line even inside a quoted string, as in a parser that does not track quotes.
   */
  private boolean extensionControl(byte b, int at) {
    if (reject(Violation.CHUNK_EXTENSION_CONTROL, at)) {
      return false;
    }
    if (b == '\r' || b == '\n') {
      return lineEnd(b, at, true);
    }
    state = State.EXT_SKIP;
    return true;
  }

  private boolean extensionError(byte b, int at) {
    if (HttpTokens.is(b, HttpTokens.CTL) && b != '\t' && b != '\r' && b != '\n') {
      return extensionControl(b, at);
    }
    if (reject(Violation.CHUNK_EXTENSION_MALFORMED, at)) {
      return false;
    }
    if (b == '\r' || b == '\n') {
      return lineEnd(b, at, true);
    }
    state = State.EXT_SKIP;
    return true;
  }

  /**
   * Handles CR or LF ending a chunk-size line; returns false (with no violation set) when {@code b}
   * is neither.
   */
  private boolean lineEnd(byte b, int at, boolean fromExtension) {
    if (b == '\r') {
      crFromExtension = fromExtension;
      state = State.SIZE_LF;
      return true;
    }
    if (b == '\n') {
      if (reject(Violation.CHUNK_LINE_BARE_LF, at)) {
        return false;
      }
      return sizeLineDone(at);
    }
    return false;
  }

  private boolean sizeLineDone(int at) {
    if (size == 0) {
      state = State.TRAILER_START;
      trailerSectionStart = at + 1;
      limitsOffBeforeTrailers = limitsOff;
      return true;
    }
    remaining = size;
    state = State.DATA;
    return true;
  }

  private void startSizeLine() {
    state = State.SIZE_START;
    size = 0;
    digits = 0;
    overflowTolerated = false;
  }

  private boolean countTrailer(int at) {
    if (++trailerBytes > maxTrailerSize && !limitsOff) {
      if (reject(Violation.HEADER_SECTION_TOO_LARGE, at)) {
        return false;
      }
      limitsOff = true;
    }
    return true;
  }

  /**
   * Takes the run of field-name or field-value octets at {@code i} in one scan, as {@link #step}
   * would take them one by one, up to the octet that would pass the trailer section's size limit
   * (which {@link #step} then reports); returns where the run stops.
   */
  private int trailerRun(int i, int end) {
    int bound = limitsOff ? end : (int) Math.min(end, (long) i + maxTrailerSize - trailerBytes);
    int r;
    if (state == State.TRAILER_NAME) {
      r = FieldLineGrammar.nameEnd(in, i, bound);
    } else {
      r = FieldLineGrammar.valueEnd(in, i, bound);
      valueSpan(i, r);
    }
    trailerBytes += r - i;
    return r;
  }

  /** Adds {@code [s, e)}, all field-content, to the current trailer value, OWS trimmed. */
  private void valueSpan(int s, int e) {
    int ve = FieldLineGrammar.trimOws(in, s, e);
    if (ve > s) {
      int k = 4 * trailerFields;
      if (trailer[k - 2] < 0) {
        trailer[k - 2] = FieldLineGrammar.skipOws(in, s, ve);
      }
      trailer[k - 1] = ve;
    }
  }

  private boolean trailerLineStart(byte b, int at) {
    if (b == '\r') {
      state = State.FINAL_LF;
      return true;
    }
    if (b == '\n') {
      if (!bareLf && reject(Violation.TRAILER_BARE_LF, at)) {
        return false;
      }
      state = State.DONE;
      return true;
    }
    if (!countTrailer(at)) {
      return false;
    }
    if (FieldLineGrammar.isNameOctet(b)) {
      int k = 4 * ++trailerFields;
      if (k > trailer.length) {
        trailer = java.util.Arrays.copyOf(trailer, Math.max(16, 2 * trailer.length));
      }
      trailer[k - 4] = at;
      trailer[k - 3] = -1;
      trailer[k - 2] = -1;
      trailer[k - 1] = -1;
      if (trailerFields > maxTrailerFields && !limitsOff) {
        if (reject(Violation.TOO_MANY_FIELDS, at)) {
          return false;
        }
        limitsOff = true;
      }
      state = State.TRAILER_NAME;
      return true;
    }
    return trailerError(at);
  }

  private boolean trailerError(int at) {
    if (state == State.TRAILER_NAME && trailer[4 * trailerFields - 3] < 0) {
      trailer[4 * trailerFields - 3] = at;
    }
    if (reject(Violation.TRAILER_FIELD_MALFORMED, at)) {
      return false;
    }
    state = State.TRAILER_SKIP;
    return true;
  }
}
