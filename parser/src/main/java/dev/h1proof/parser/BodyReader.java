package dev.h1proof.parser;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Reads one message body by its framing (RFC 9112 §6.3): no content, {@code Content-Length} octets,
 * the chunked coding with its trailer section ({@link ChunkedDecoder}), or everything until the
 * connection closes. It keeps its own position, so the caller never adds up what was consumed: with
 * a {@link ByteBuffer} the buffer's position moves, with an array {@link #position()} does.
 *
 * <p>This is the body half of {@link RequestReader}; the response side ({@link ResponseParser})
 * reads bodies with it too. Content is returned as spans of the caller's buffer, nothing copied.
 *
 * <p>Offsets follow the library's one convention: every offset is an absolute index into the
 * caller's buffer.
 */
public final class BodyReader {

  /** The outcome of one {@code read} call. */
  public enum Status {
    /** Every available octet was used and the body is not complete; read again with more. */
    NEED_MORE,
    /** Content is available at {@link #dataStart()}, {@link #dataLength()} octets. */
    DATA,
    /** The body is complete; the position is where the next message starts. */
    COMPLETE,
    /** The body breaks a rule; see {@link #violation()} and {@link #violationOffset()}. */
    VIOLATION
  }

  private final ChunkedDecoder chunked;
  private BodyFraming framing = BodyFraming.NONE;
  private long remaining;
  private int position;
  private int dataStart = -1;
  private int dataLength;

  /** Creates a reader with {@link ParserConfig#strict()} that keeps trailer sections. */
  public BodyReader() {
    this(ParserConfig.strict(), true);
  }

  /**
   * Creates a reader.
   *
   * @param config limits, leniencies and tolerated violations for chunked bodies
   * @param keepTrailers true to leave a trailer section that is not complete unconsumed (the caller
   *     keeps it in its buffer, as it keeps a partial head) so that the trailer fields can be read
   *     after {@link Status#COMPLETE}; false to consume every octet as it arrives (for callers that
   *     do not keep bytes), trailers being validated and counted only
   */
  public BodyReader(ParserConfig config, boolean keepTrailers) {
    this.chunked = new ChunkedDecoder(Objects.requireNonNull(config, "config"));
    this.chunked.keepTrailers(keepTrailers);
  }

  /**
   * Starts a body.
   *
   * @param framing how the body is delimited
   * @param contentLength the length for {@link BodyFraming#CONTENT_LENGTH}, ignored otherwise
   */
  public void begin(BodyFraming framing, long contentLength) {
    this.framing = Objects.requireNonNull(framing, "framing");
    this.remaining = framing == BodyFraming.CONTENT_LENGTH ? Math.max(0, contentLength) : 0;
    this.dataStart = -1;
    this.dataLength = 0;
    if (framing == BodyFraming.CHUNKED) {
      chunked.reset();
    }
  }

  /**
   * Reads from {@link #position()} up to {@code end} and advances the position past what it used. A
   * close-delimited body never completes here: it ends when the connection does.
   *
   * @param buf the buffer
   * @param end the end of the available bytes
   * @return the status
   * @throws IndexOutOfBoundsException if {@code [position(), end)} is not inside {@code buf}
   */
  public Status read(byte[] buf, int end) {
    Objects.checkFromToIndex(position, end, Objects.requireNonNull(buf, "buf").length);
    dataLength = 0;
    switch (framing) {
      case NONE:
        return Status.COMPLETE;
      case CONTENT_LENGTH:
        return counted(end);
      case CLOSE_DELIMITED:
        return untilClose(end);
      default:
        return chunked(chunked.decode(buf, position, end));
    }
  }

  /**
   * Reads between the buffer's position and limit and advances the buffer's position past what it
   * used; {@link #dataStart()} is an absolute buffer index.
   *
   * @param buf a heap or direct buffer
   * @return the status
   */
  public Status read(ByteBuffer buf) {
    Objects.requireNonNull(buf, "buf");
    position = buf.position();
    int end = buf.limit();
    dataLength = 0;
    Status s;
    switch (framing) {
      case NONE:
        s = Status.COMPLETE;
        break;
      case CONTENT_LENGTH:
        s = counted(end);
        break;
      case CLOSE_DELIMITED:
        s = untilClose(end);
        break;
      default:
        int from = position;
        s = chunked(chunked.decode(buf)); // advances the buffer's position itself
        buf.position(from);
        break;
    }
    buf.position(position);
    return s;
  }

  private Status counted(int end) {
    if (remaining == 0) {
      return Status.COMPLETE;
    }
    int n = (int) Math.min(remaining, end - position);
    if (n == 0) {
      return Status.NEED_MORE;
    }
    dataStart = position;
    dataLength = n;
    position += n;
    remaining -= n;
    return Status.DATA;
  }

  private Status untilClose(int end) {
    int n = end - position;
    if (n == 0) {
      return Status.NEED_MORE;
    }
    dataStart = position;
    dataLength = n;
    position = end;
    return Status.DATA;
  }

  private Status chunked(ChunkedDecoder.Status s) {
    position += chunked.consumed();
    switch (s) {
      case DATA:
        dataStart = chunked.dataStart();
        dataLength = chunked.dataLength();
        return Status.DATA;
      case COMPLETE:
        return Status.COMPLETE;
      case VIOLATION:
        return Status.VIOLATION;
      default:
        return Status.NEED_MORE;
    }
  }

  /**
   * Returns the index of the next octet to read in the caller's array.
   *
   * @return the absolute index
   */
  public int position() {
    return position;
  }

  /**
   * Sets the index of the next octet to read, for a caller that moved its bytes (for example to the
   * front of its array).
   *
   * @param position the absolute index
   */
  public void position(int position) {
    if (position < 0) {
      throw new IllegalArgumentException("position " + position);
    }
    this.position = position;
  }

  /**
   * Returns the framing of the current body.
   *
   * @return the framing passed to {@link #begin}
   */
  public BodyFraming framing() {
    return framing;
  }

  /**
   * Returns how many content octets of a Content-Length body are still to come.
   *
   * @return octets, 0 for other framings
   */
  public long remaining() {
    return remaining;
  }

  /**
   * Returns where the content span starts, after {@link Status#DATA}.
   *
   * @return the absolute index
   */
  public int dataStart() {
    return dataStart;
  }

  /**
   * Returns the length of the content span, after {@link Status#DATA}; 0 after other results.
   *
   * @return octets
   */
  public int dataLength() {
    return dataLength;
  }

  /**
   * Returns the rule a chunked body broke, after {@link Status#VIOLATION}.
   *
   * @return the violation, or null
   */
  public Violation violation() {
    return framing == BodyFraming.CHUNKED ? chunked.violation() : null;
  }

  /**
   * Returns the index of the offending byte, after {@link Status#VIOLATION}.
   *
   * @return the absolute index, or -1
   */
  public int violationOffset() {
    return framing == BodyFraming.CHUNKED ? chunked.violationOffset() : -1;
  }

  /**
   * Returns the chunked decoder, for the trailer fields after {@link Status#COMPLETE} ({@link
   * ChunkedDecoder#trailerFieldCount()}, {@link ChunkedDecoder#trailerName(int)}, …) and the
   * tolerated violations.
   *
   * @return the decoder this reader drives
   */
  public ChunkedDecoder chunked() {
    return chunked;
  }
}
