package dev.h1proof.benchmarks;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * Drives one parser over prepared messages and reports what it extracts to a {@link RequestSink}.
 *
 * <p>{@link #load} runs once per trial and may convert the input into the parser's preferred
 * container; {@link #parse} is the timed path and parses every request of one message, skipping or
 * decoding each body the way the parser's own server would.
 */
public abstract class ParserAdapter {

  /**
   * Returns the name used for the benchmark method and in reports.
   *
   * @return the parser's name
   */
  public abstract String name();

  /**
   * Tells whether the parser reports field lines in wire order. Undertow's header map does not (it
   * keeps the order only among the values of one name).
   *
   * @return true if field order is significant when comparing
   */
  public boolean keepsFieldOrder() {
    return true;
  }

  /**
   * Prepares the messages; called once per trial, before any {@link #parse}.
   *
   * @param messages the messages, each holding one or more complete requests back to back
   */
  public abstract void load(byte[][] messages);

  /**
   * Parses every request of one prepared message.
   *
   * @param message the index of a message passed to {@link #load}
   * @param sink receives the extracted items
   * @throws IllegalStateException if the parser rejects the message
   */
  public abstract void parse(int message, RequestSink sink);

  /**
   * Parses a message once, recording what the parser extracted; for verification only.
   *
   * @param message the index of a loaded message
   * @return the recorded requests
   */
  public final List<ParsedRequest> record(int message) {
    RecordingSink sink = new RecordingSink();
    parse(message, sink);
    return sink.requests();
  }

  /**
   * Wraps every message in a heap buffer of its own, for the parsers that read a {@link
   * ByteBuffer}.
   *
   * @param messages the messages
   * @return one buffer per message, over the same arrays
   */
  protected static ByteBuffer[] wrap(byte[][] messages) {
    ByteBuffer[] buffers = new ByteBuffer[messages.length];
    for (int i = 0; i < messages.length; i++) {
      buffers[i] = ByteBuffer.wrap(messages[i]);
    }
    return buffers;
  }
}
