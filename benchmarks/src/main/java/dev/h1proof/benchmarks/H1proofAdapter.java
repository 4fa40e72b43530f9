package dev.h1proof.benchmarks;

import dev.h1proof.parser.BodyFraming;
import dev.h1proof.parser.ChunkedDecoder;
import dev.h1proof.parser.ParseStatus;
import dev.h1proof.parser.ParserConfig;
import dev.h1proof.parser.RequestHead;
import dev.h1proof.parser.RequestParser;

/**
 * h1proof's strict parser: one reused {@link RequestParser} and {@link ChunkedDecoder}, heads read
 * as offsets into the caller's array, no allocation per request.
 */
public final class H1proofAdapter extends ParserAdapter {

  private final RequestParser parser = new RequestParser(ParserConfig.strict());
  private final ChunkedDecoder chunked = new ChunkedDecoder(ParserConfig.strict());
  private byte[][] messages;

  @Override
  public String name() {
    return "h1proof";
  }

  @Override
  public void load(byte[][] messages) {
    this.messages = messages;
  }

  @Override
  public void parse(int message, RequestSink sink) {
    byte[] buf = messages[message];
    int end = buf.length;
    int pos = 0;
    while (pos < end) {
      parser.reset();
      ParseStatus status = parser.parse(buf, pos, end);
      if (status != ParseStatus.COMPLETE) {
        throw new IllegalStateException(
            "h1proof: " + status + " " + parser.violation() + " at " + parser.violationOffset());
      }
      RequestHead head = parser.head();
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
      pos += head.headLength();
      if (framing == BodyFraming.CONTENT_LENGTH) {
        long length = head.contentLength();
        sink.framing(Framing.CONTENT_LENGTH, length);
        if (length > end - pos) {
          throw new IllegalStateException("h1proof: content shorter than " + length);
        }
        if (length > 0) {
          sink.content((int) length);
        }
        pos += (int) length;
      } else if (framing == BodyFraming.CHUNKED) {
        sink.framing(Framing.CHUNKED, -1);
        pos = chunkedBody(buf, pos, end, sink);
      } else {
        sink.framing(Framing.NONE, -1);
      }
      sink.end();
    }
  }

  private int chunkedBody(byte[] buf, int pos, int end, RequestSink sink) {
    chunked.reset();
    while (true) {
      ChunkedDecoder.Status status = chunked.decode(buf, pos, end);
      pos += chunked.consumed();
      switch (status) {
        case DATA -> sink.content(chunked.dataLength());
        case COMPLETE -> {
          return pos;
        }
        default -> throw new IllegalStateException("h1proof: chunked body " + status);
      }
    }
  }
}
