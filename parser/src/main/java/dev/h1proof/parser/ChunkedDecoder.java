package dev.h1proof.parser;

import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.Objects;

/**
 * An incremental decoder for the chunked transfer coding (RFC 9112 §7.1), one octet at a time, so
 * the result never depends on how the input is split. chunk-data is returned as spans of the
 * caller's buffer; nothing is copied.
 *
 * <p>Usage: call {@link #decode(byte[], int, int)} with the unread bytes, advance by {@link
 * #consumed()}, process the span after {@link Status#DATA}, and repeat until {@link
 * Status#COMPLETE} (the bytes after it belong to the next message) or {@link Status#VIOLATION}.
 *
 * <p>Checked: chunk-size as 1*HEXDIG (either case, leading zeros allowed) with overflow detection
 * and {@link ParserConfig#maxChunkSizeDigits()}; chunk extensions with BWS around {@code ;} and
 * {@code =} and quoted-string values (RFC 9112 §7.1.1), limited by {@link
 * ParserConfig#maxChunkExtensionLength()}; CRLF after the size line, after the data and after the
 * trailer section; trailer field lines with the field-line grammar (RFC 9112 §7.1.2), counted
 * against {@link ParserConfig#maxFieldCount()} and {@link ParserConfig#maxHeaderSectionSize()} and
 * never merged into the head. {@link Leniency#BARE_LF_LINE_ENDINGS} applies to trailer lines only;
 * an obs-fold in a trailer is always rejected.
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

  private static final int SIZE_START = 0;
  private static final int SIZE = 1;
  private static final int SIZE_WS = 2;
  private static final int EXT_START = 3;
  private static final int EXT_NAME = 4;
  private static final int EXT_NAME_WS = 5;
  private static final int EXT_VALUE_START = 6;
  private static final int EXT_TOKEN = 7;
  private static final int EXT_QUOTED = 8;
  private static final int EXT_QUOTED_ESCAPE = 9;
  private static final int EXT_AFTER_VALUE = 10;
  private static final int EXT_SKIP = 11;
  private static final int SIZE_LF = 12;
  private static final int DATA = 13;
  private static final int DATA_CR = 14;
  private static final int DATA_LF = 15;
  private static final int RESYNC = 16;
  private static final int TRAILER_START = 17;
  private static final int TRAILER_NAME = 18;
  private static final int TRAILER_NAME_WS = 19;
  private static final int TRAILER_VALUE = 20;
  private static final int TRAILER_LF = 21;
  private static final int TRAILER_SKIP = 22;
  private static final int FINAL_LF = 23;
  private static final int DONE = 24;
  private static final int FAILED = 25;

  private final EnumSet<Violation> tolerated = EnumSet.noneOf(Violation.class);
  private final EnumSet<Violation> toleratedSeen = EnumSet.noneOf(Violation.class);
  private final boolean bareLf;
  private final int maxDigits;
  private final int maxExtension;
  private final int maxTrailerFields;
  private final int maxTrailerSize;
  private final Input in = new Input();

  private int state;
  private long total;
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
  private int consumed;
  private int dataStart;
  private int dataLength;
  private Violation violation;
  private long violationAt;

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
    tolerated.addAll(config.tolerated());
    bareLf = config.allows(Leniency.BARE_LF_LINE_ENDINGS);
    maxDigits = config.maxChunkSizeDigits();
    maxExtension = config.maxChunkExtensionLength();
    maxTrailerFields = config.maxFieldCount();
    maxTrailerSize = config.maxHeaderSectionSize();
    reset();
  }

  /** Prepares for a new chunked body. */
  public void reset() {
    state = SIZE_START;
    total = 0;
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
   * Decodes the bytes between the buffer's position and limit without moving the position; {@link
   * #dataStart()} is then an absolute buffer index.
   *
   * @param buf a heap or direct buffer
   * @return the status
   */
  public Status decode(ByteBuffer buf) {
    in.set(Objects.requireNonNull(buf, "buf"));
    return run(buf.position(), buf.limit());
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
    return state == FAILED ? violation : null;
  }

  /**
   * Returns the offset of the offending byte counted from the first byte of this body.
   *
   * @return the offset, or -1
   */
  public long violationOffset() {
    return state == FAILED ? violationAt : -1;
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
   * Tells whether the body has been decoded completely.
   *
   * @return true after {@link Status#COMPLETE}
   */
  public boolean isComplete() {
    return state == DONE;
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
    if (state == DONE) {
      return Status.COMPLETE;
    }
    if (state == FAILED) {
      return Status.VIOLATION;
    }
    int i = off;
    while (i < end) {
      if (state == DATA) {
        int n = (int) Math.min(remaining, end - i);
        dataStart = i;
        dataLength = n;
        remaining -= n;
        i += n;
        if (remaining == 0) {
          state = DATA_CR;
          lastDataCr = n > 0 && in.at(i - 1) == '\r';
        }
        return finish(off, i, Status.DATA);
      }
      byte b = in.at(i);
      long at = total + (i - off);
      if (!step(b, at)) {
        state = FAILED;
        return finish(off, i, Status.VIOLATION);
      }
      i++;
      if (state == DONE) {
        return finish(off, i, Status.COMPLETE);
      }
    }
    return finish(off, i, Status.NEED_MORE);
  }

  private Status finish(int off, int i, Status s) {
    consumed = i - off;
    total += consumed;
    return s;
  }

  private boolean reject(Violation v, long at) {
    if (tolerated.contains(v)) {
      toleratedSeen.add(v);
      return false;
    }
    violation = v;
    violationAt = at;
    return true;
  }

  private boolean fail(Violation v, long at) {
    violation = v;
    violationAt = at;
    return false;
  }

  private static boolean ows(byte b) {
    return b == ' ' || b == '\t';
  }

  /** Consumes one octet; returns false when the body fails. */
  private boolean step(byte b, long at) {
    switch (state) {
      case SIZE_START:
        if (HttpTokens.is(b, HttpTokens.HEXDIG)) {
          size = HttpTokens.HEX_VALUE[b & 0xFF];
          digits = 1;
          state = SIZE;
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
          if (tolerated.contains(Violation.CHUNK_SIZE_OVERFLOW)) {
            size &= 0xFFFF_FFFFL; // the recovery: an unchecked 32-bit accumulator, never negative
          }
          return true;
        }
        if (b == ';') {
          return extensionStart(at);
        }
        if (ows(b)) {
          state = SIZE_WS;
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
          state = EXT_NAME;
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
          state = EXT_NAME_WS;
          return true;
        }
        if (b == '=') {
          state = EXT_VALUE_START;
          return true;
        }
        if (b == ';') {
          state = EXT_START;
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
        if (b == '=' && state == EXT_NAME_WS) {
          state = EXT_VALUE_START;
          return true;
        }
        if (b == ';') {
          state = EXT_START;
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
          state = EXT_QUOTED;
          return true;
        }
        if (HttpTokens.isTchar(b)) {
          state = EXT_TOKEN;
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
          state = EXT_AFTER_VALUE;
          return true;
        }
        if (b == ';') {
          state = EXT_START;
          return true;
        }
        return lineEnd(b, at, true) || violation == null && extensionError(b, at);
      case EXT_QUOTED:
        if (!countExtension(at)) {
          return false;
        }
        if (b == '"') {
          state = EXT_AFTER_VALUE;
          return true;
        }
        if (b == '\\') {
          state = EXT_QUOTED_ESCAPE;
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
          state = EXT_QUOTED;
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
          return sizeLineDone();
        }
        if (reject(
            crFromExtension ? Violation.CHUNK_EXTENSION_CONTROL : Violation.CHUNK_LINE_BARE_CR,
            at - 1)) {
          return false;
        }
        // The recovery: the lone CR is dropped and the octet after it read in the line it was in.
        state = crFromExtension ? EXT_SKIP : SIZE;
        return step(b, at);
      case DATA_CR:
        if (b == '\r') {
          state = DATA_LF;
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
        state = RESYNC;
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
        if (HttpTokens.isTchar(b)) {
          return true;
        }
        if (b == ':') {
          state = TRAILER_VALUE;
          return true;
        }
        if (ows(b)) {
          state = TRAILER_NAME_WS;
          return true;
        }
        return trailerError(at);
      case TRAILER_NAME_WS:
        if (!countTrailer(at)) {
          return false;
        }
        if (ows(b)) {
          return true;
        }
        if (b == ':') {
          if (reject(Violation.TRAILER_FIELD_MALFORMED, at)) {
            return false;
          }
          state = TRAILER_VALUE;
          return true;
        }
        return trailerError(at);
      case TRAILER_VALUE:
        if (!countTrailer(at)) {
          return false;
        }
        if (HttpTokens.is(b, HttpTokens.FIELD_CONTENT)) {
          return true;
        }
        if (b == '\r') {
          state = TRAILER_LF;
          return true;
        }
        if (b == '\n') {
          if (!bareLf && reject(Violation.TRAILER_BARE_LF, at)) {
            return false;
          }
          state = TRAILER_START;
          return true;
        }
        return !reject(Violation.TRAILER_FIELD_MALFORMED, at);
      case TRAILER_LF:
        if (!countTrailer(at)) {
          return false;
        }
        if (b == '\n') {
          state = TRAILER_START;
          return true;
        }
        if (reject(Violation.BARE_CR_IN_FIELD_LINE, at - 1)) {
          return false;
        }
        state = TRAILER_VALUE;
        return true;
      case TRAILER_SKIP:
        if (!countTrailer(at)) {
          return false;
        }
        if (b == '\n') {
          state = TRAILER_START;
        }
        return true;
      case FINAL_LF:
        if (b == '\n') {
          state = DONE;
          return true;
        }
        return fail(Violation.BARE_CR_LINE_TERMINATOR, at - 1);
      default:
        throw new IllegalStateException("state " + state);
    }
  }

  /** Extensions count towards one total per body (RFC 9112 §7.1.1: limit their total length). */
  private boolean extensionStart(long at) {
    state = EXT_START;
    return countExtension(at);
  }

  private boolean countExtension(long at) {
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
  private boolean notHex(byte b, long at) {
    if (reject(Violation.CHUNK_SIZE_NOT_HEX, at)) {
      return false;
    }
    if (b == '\r' || b == '\n') {
      return lineEnd(b, at, false);
    }
    state = EXT_SKIP;
    return true;
  }

  /**
   * A control octet inside a chunk extension. The recovery skips the extension to the line's end; a
   * CR or LF ends the line even inside a quoted string, as in a parser that does not track quotes.
   */
  private boolean extensionControl(byte b, long at) {
    if (reject(Violation.CHUNK_EXTENSION_CONTROL, at)) {
      return false;
    }
    if (b == '\r' || b == '\n') {
      return lineEnd(b, at, true);
    }
    state = EXT_SKIP;
    return true;
  }

  private boolean extensionError(byte b, long at) {
    if (HttpTokens.is(b, HttpTokens.CTL) && b != '\t' && b != '\r' && b != '\n') {
      return extensionControl(b, at);
    }
    if (reject(Violation.CHUNK_EXTENSION_MALFORMED, at)) {
      return false;
    }
    if (b == '\r' || b == '\n') {
      return lineEnd(b, at, true);
    }
    state = EXT_SKIP;
    return true;
  }

  /**
   * Handles CR or LF ending a chunk-size line; returns false (with no violation set) when {@code b}
   * is neither.
   */
  private boolean lineEnd(byte b, long at, boolean fromExtension) {
    if (b == '\r') {
      crFromExtension = fromExtension;
      state = SIZE_LF;
      return true;
    }
    if (b == '\n') {
      if (reject(Violation.CHUNK_LINE_BARE_LF, at)) {
        return false;
      }
      return sizeLineDone();
    }
    return false;
  }

  private boolean sizeLineDone() {
    if (size == 0) {
      state = TRAILER_START;
      return true;
    }
    remaining = size;
    state = DATA;
    return true;
  }

  private void startSizeLine() {
    state = SIZE_START;
    size = 0;
    digits = 0;
    overflowTolerated = false;
  }

  private boolean countTrailer(long at) {
    if (++trailerBytes > maxTrailerSize && !limitsOff) {
      if (reject(Violation.HEADER_SECTION_TOO_LARGE, at)) {
        return false;
      }
      limitsOff = true;
    }
    return true;
  }

  private boolean trailerLineStart(byte b, long at) {
    if (b == '\r') {
      state = FINAL_LF;
      return true;
    }
    if (b == '\n') {
      if (!bareLf && reject(Violation.TRAILER_BARE_LF, at)) {
        return false;
      }
      state = DONE;
      return true;
    }
    if (!countTrailer(at)) {
      return false;
    }
    if (HttpTokens.isTchar(b)) {
      if (++trailerFields > maxTrailerFields && !limitsOff) {
        if (reject(Violation.TOO_MANY_FIELDS, at)) {
          return false;
        }
        limitsOff = true;
      }
      state = TRAILER_NAME;
      return true;
    }
    return trailerError(at);
  }

  private boolean trailerError(long at) {
    if (reject(Violation.TRAILER_FIELD_MALFORMED, at)) {
      return false;
    }
    state = TRAILER_SKIP;
    return true;
  }
}
