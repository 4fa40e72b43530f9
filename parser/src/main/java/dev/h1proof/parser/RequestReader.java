package dev.h1proof.parser;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Reads requests message by message: the head ({@link RequestParser}), then the content by its
 * framing, Content-Length or chunked with trailers ({@link BodyReader}), up to where the next
 * pipelined request starts. The reader keeps its own position, so the caller never adds up what was
 * consumed: with a {@link ByteBuffer} the buffer's position moves, with an array {@link
 * #position()} does.
 *
 * <p>Each request gives {@link Event#HEAD}, zero or more {@link Event#CONTENT} spans and {@link
 * Event#END}; the next {@code read} starts the next request. {@link Event#NEED_MORE} asks for more
 * bytes: keep the unread ones (a partial head or trailer section stays unread until it is complete)
 * and call again. After {@link Event#VIOLATION} answer {@link Violation#status()} and close.
 *
 * <p>Offsets follow the library's one convention: every offset ({@link RequestHead}'s, {@link
 * #contentStart()}, {@link #violationOffset()}, the trailer offsets) is an absolute index into the
 * caller's buffer. They stay meaningful until the caller moves or overwrites those bytes, so read
 * what you need before compacting the buffer (compact only after {@link Event#NEED_MORE}).
 *
 * <p>Instances are not thread-safe; use one per connection.
 */
public final class RequestReader {

  /** What one {@code read} call found. */
  public enum Event {
    /** Every available octet was used (or a partial head is waiting); read again with more. */
    NEED_MORE,
    /** A request head is complete: see {@link #head()}. */
    HEAD,
    /** Content octets: {@link #contentLength()} of them at {@link #contentStart()}. */
    CONTENT,
    /** The request is complete, trailers included; the position is where the next one starts. */
    END,
    /** The request breaks a rule: see {@link #violation()} and {@link #violationOffset()}. */
    VIOLATION
  }

  private enum Phase {
    HEAD,
    BODY,
    FAILED
  }

  private final RequestParser parser;
  private final BodyReader body;
  private Phase phase = Phase.HEAD;
  private RequestHead head;
  private Violation violation;
  private int violationAt = -1;

  /** Creates a reader with {@link ParserConfig#strict()}. */
  public RequestReader() {
    this(ParserConfig.strict());
  }

  /**
   * Creates a reader with the given configuration, used for heads and bodies alike.
   *
   * @param config the configuration
   */
  public RequestReader(ParserConfig config) {
    this(new RequestParser(config));
  }

  RequestReader(RequestParser parser) {
    this.parser = parser;
    this.body = new BodyReader(parser.config(), true);
  }

  /**
   * Reads from {@link #position()} up to {@code end} and advances the position past what it used.
   *
   * @param buf the caller's array
   * @param end the index after the last byte received
   * @return the event
   * @throws IndexOutOfBoundsException if {@code [position(), end)} is not inside {@code buf}
   */
  public Event read(byte[] buf, int end) {
    Objects.checkFromToIndex(body.position(), end, Objects.requireNonNull(buf, "buf").length);
    switch (phase) {
      case HEAD:
        head = null;
        return head(parser.parse(buf, body.position(), end));
      case BODY:
        return body(body.read(buf, end));
      default:
        return Event.VIOLATION;
    }
  }

  /**
   * Reads between the buffer's position and limit, and advances the buffer's position past what it
   * used: past the head after {@link Event#HEAD}, past the span after {@link Event#CONTENT}, to the
   * next request after {@link Event#END}. A partial head or trailer section is left unread after
   * {@link Event#NEED_MORE}, so {@link ByteBuffer#compact()} keeps it.
   *
   * @param buf a heap or direct buffer
   * @return the event
   */
  public Event read(ByteBuffer buf) {
    Objects.requireNonNull(buf, "buf");
    Event e;
    switch (phase) {
      case HEAD:
        head = null;
        e = head(parser.parse(buf));
        break;
      case BODY:
        e = body(body.read(buf));
        break;
      default:
        return Event.VIOLATION;
    }
    body.position(buf.position());
    return e;
  }

  private Event head(ParseStatus s) {
    if (s == ParseStatus.COMPLETE) {
      head = parser.head();
      body.position(parser.headEnd());
      body.begin(head.bodyFraming(), head.contentLength());
      phase = Phase.BODY;
      return Event.HEAD;
    }
    if (s == ParseStatus.VIOLATION) {
      return fail(parser.violation(), parser.violationOffset());
    }
    return Event.NEED_MORE;
  }

  private Event body(BodyReader.Status s) {
    switch (s) {
      case DATA:
        return Event.CONTENT;
      case COMPLETE:
        phase = Phase.HEAD;
        return Event.END;
      case VIOLATION:
        return fail(body.violation(), body.violationOffset());
      default:
        return Event.NEED_MORE;
    }
  }

  private Event fail(Violation v, int at) {
    phase = Phase.FAILED;
    violation = v;
    violationAt = at;
    head = null;
    return Event.VIOLATION;
  }

  /**
   * Forgets the current request: the next {@code read} parses a head at the position. For a caller
   * that decides to leave content unread, or to go on after a violation it tolerates.
   */
  public void reset() {
    phase = Phase.HEAD;
    head = null;
    violation = null;
    violationAt = -1;
    parser.reset();
  }

  /**
   * Returns the index of the next octet to read in the caller's array (with a {@link ByteBuffer},
   * its position after the last call).
   *
   * @return the absolute index
   */
  public int position() {
    return body.position();
  }

  /**
   * Sets the index of the next octet to read, for a caller that moved its unread bytes (to the
   * front of its array, say) or skips some. A partial head is then read again from its new place.
   *
   * @param position the absolute index
   */
  public void position(int position) {
    body.position(position);
  }

  /**
   * Returns the current request's head, from {@link Event#HEAD} until the next {@code read} after
   * {@link Event#END}.
   *
   * @return the head, or null before {@link Event#HEAD} and after a violation
   */
  public RequestHead head() {
    return phase == Phase.BODY || (phase == Phase.HEAD && head != null) ? head : null;
  }

  /**
   * Tells whether a request's head has been read and its content is not complete.
   *
   * @return true between {@link Event#HEAD} and {@link Event#END}
   */
  public boolean midMessage() {
    return phase == Phase.BODY;
  }

  /**
   * Returns where the content span starts, after {@link Event#CONTENT}.
   *
   * @return the absolute index
   */
  public int contentStart() {
    return body.dataStart();
  }

  /**
   * Returns the length of the content span, after {@link Event#CONTENT}.
   *
   * @return octets
   */
  public int contentLength() {
    return body.dataLength();
  }

  /**
   * Returns the rule the request broke, after {@link Event#VIOLATION}.
   *
   * @return the violation, or null
   */
  public Violation violation() {
    return phase == Phase.FAILED ? violation : null;
  }

  /**
   * Returns the index of the offending byte in the caller's buffer, after {@link Event#VIOLATION}.
   *
   * @return the absolute index, or -1
   */
  public int violationOffset() {
    return phase == Phase.FAILED ? violationAt : -1;
  }

  /**
   * Returns the number of trailer fields of a chunked request, after {@link Event#END}.
   *
   * @return the count, 0 when there were none or the content was not chunked
   */
  public int trailerCount() {
    return head != null && head.bodyFraming() == BodyFraming.CHUNKED
        ? body.chunked().trailerFieldCount()
        : 0;
  }

  /**
   * Returns the index of a trailer field name's first octet, after {@link Event#END}.
   *
   * @param i the trailer index, from 0 to {@link #trailerCount()} - 1
   * @return the absolute index
   */
  public int trailerNameStart(int i) {
    return body.chunked().trailerNameStart(Objects.checkIndex(i, trailerCount()));
  }

  /**
   * Returns a trailer field name's length.
   *
   * @param i the trailer index
   * @return octets
   */
  public int trailerNameLength(int i) {
    return body.chunked().trailerNameLength(Objects.checkIndex(i, trailerCount()));
  }

  /**
   * Returns the index of a trailer field value's first octet, after leading OWS.
   *
   * @param i the trailer index
   * @return the absolute index
   */
  public int trailerValueStart(int i) {
    return body.chunked().trailerValueStart(Objects.checkIndex(i, trailerCount()));
  }

  /**
   * Returns a trailer field value's length, without leading and trailing OWS.
   *
   * @param i the trailer index
   * @return octets
   */
  public int trailerValueLength(int i) {
    return body.chunked().trailerValueLength(Objects.checkIndex(i, trailerCount()));
  }

  /**
   * Returns a trailer field name as a String (allocates).
   *
   * @param i the trailer index
   * @return the name
   */
  public String trailerName(int i) {
    return body.chunked().trailerName(Objects.checkIndex(i, trailerCount()));
  }

  /**
   * Returns a trailer field value as a String (allocates).
   *
   * @param i the trailer index
   * @return the value
   */
  public String trailerValue(int i) {
    return body.chunked().trailerValue(Objects.checkIndex(i, trailerCount()));
  }

  /**
   * Returns the value of the first trailer field with the given name (allocates).
   *
   * @param name the field name in any case (ASCII)
   * @return the value, or null
   */
  public String trailer(String name) {
    for (int i = 0; i < trailerCount(); i++) {
      if (trailerName(i).equalsIgnoreCase(name)) {
        return trailerValue(i);
      }
    }
    return null;
  }

  /**
   * Returns the configuration.
   *
   * @return the configuration this reader was created with
   */
  public ParserConfig config() {
    return parser.config();
  }
}
