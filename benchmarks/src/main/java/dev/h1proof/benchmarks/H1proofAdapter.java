package dev.h1proof.benchmarks;

import dev.h1proof.parser.BodyFraming;
import dev.h1proof.parser.ParserConfig;
import dev.h1proof.parser.RequestHead;
import dev.h1proof.parser.RequestReader;
import dev.h1proof.parser.ScannerInfo;
import java.nio.ByteBuffer;

/**
 * h1proof's strict parser through its message API: one reused {@link RequestReader} reads head,
 * content and the end of each request, keeping the position itself; heads are read as offsets into
 * the caller's array, with no allocation per request.
 *
 * <p>{@link #direct()} makes the variant that reads each message from a direct {@link ByteBuffer},
 * as NIO servers hand one to a parser: one buffer per message, filled once at load, read with
 * {@link RequestReader#read(ByteBuffer)}. The message sits at index 0 of its buffer as of its
 * array, so the offsets are reported against the array.
 */
public final class H1proofAdapter extends ParserAdapter {

  static {
    // The parser logs its scanning path at DEBUG only; each fork says it here, once.
    System.out.println("h1proof parser: " + ScannerInfo.path() + " scanner (ScannerInfo.path())");
  }

  private final RequestReader reader = new RequestReader(ParserConfig.strict());
  private final boolean direct;
  private byte[][] messages;
  private ByteBuffer buffer;
  private byte[] all;
  private int[] starts;

  /** Reads from the caller's arrays. */
  public H1proofAdapter() {
    this(false);
  }

  private H1proofAdapter(boolean direct) {
    this.direct = direct;
  }

  /**
   * Returns the variant that reads from direct buffers.
   *
   * @return a new adapter
   */
  public static H1proofAdapter direct() {
    return new H1proofAdapter(true);
  }

  @Override
  public String name() {
    return direct ? "h1proof (direct ByteBuffer)" : "h1proof";
  }

  @Override
  public void load(byte[][] messages) {
    this.messages = messages;
    if (direct) {
      starts = new int[messages.length + 1];
      for (int i = 0; i < messages.length; i++) {
        starts[i + 1] = starts[i] + messages[i].length;
      }
      all = new byte[starts[messages.length]];
      for (int i = 0; i < messages.length; i++) {
        System.arraycopy(messages[i], 0, all, starts[i], messages[i].length);
      }
      buffer = ByteBuffer.allocateDirect(all.length).put(all);
    }
  }

  @Override
  public void parse(int message, RequestSink sink) {
    if (direct) {
      parseDirect(message, sink);
      return;
    }
    byte[] buf = messages[message];
    int end = buf.length;
    RequestReader reader = this.reader;
    reader.reset();
    reader.position(0);
    while (reader.position() < end) {
      switch (reader.read(buf, end)) {
        case HEAD -> head(buf, reader.head(), sink);
        case CONTENT -> sink.content(reader.contentLength());
        case END -> sink.end();
        default ->
            throw new IllegalStateException(
                "h1proof: " + reader.violation() + " at " + reader.violationOffset());
      }
    }
    if (reader.midMessage()) {
      // The content is complete only when the reader says so: a Content-Length body that ends
      // exactly at the end of the input still needs its END.
      if (reader.read(buf, end) != RequestReader.Event.END) {
        throw new IllegalStateException("h1proof: content shorter than announced");
      }
      sink.end();
    }
  }

  private void parseDirect(int message, RequestSink sink) {
    byte[] array = all;
    ByteBuffer buf = buffer;
    buf.limit(starts[message + 1]).position(starts[message]);
    RequestReader reader = this.reader;
    reader.reset();
    while (buf.hasRemaining()) {
      switch (reader.read(buf)) {
        case HEAD -> head(array, reader.head(), sink);
        case CONTENT -> sink.content(reader.contentLength());
        case END -> sink.end();
        default ->
            throw new IllegalStateException(
                "h1proof: " + reader.violation() + " at " + reader.violationOffset());
      }
    }
    if (reader.midMessage()) {
      if (reader.read(buf) != RequestReader.Event.END) {
        throw new IllegalStateException("h1proof: content shorter than announced");
      }
      sink.end();
    }
  }

  private static void head(byte[] buf, RequestHead head, RequestSink sink) {
    sink.method(buf, head.methodStart(), head.methodLength());
    sink.target(buf, head.targetStart(), head.targetLength());
    sink.version(head.versionMajor(), head.versionMinor());
    int fields = head.fieldCount();
    for (int i = 0; i < fields; i++) {
      sink.field(
          buf,
          head.fieldNameStart(i),
          head.fieldNameLength(i),
          head.fieldValueStart(i),
          head.fieldValueLength(i));
    }
    BodyFraming framing = head.bodyFraming();
    if (framing == BodyFraming.CONTENT_LENGTH) {
      sink.framing(Framing.CONTENT_LENGTH, head.contentLength());
    } else if (framing == BodyFraming.CHUNKED) {
      sink.framing(Framing.CHUNKED, -1);
    } else {
      sink.framing(Framing.NONE, -1);
    }
  }
}
