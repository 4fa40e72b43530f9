package dev.h1proof.benchmarks;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.coyote.Request;
import org.apache.coyote.http11.TomcatParserAccess;
import org.apache.tomcat.util.buf.ByteChunk;
import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.http.MimeHeaders;
import org.apache.tomcat.util.net.ApplicationBufferHandler;

/**
 * Tomcat's {@code Http11InputBuffer} with its strict defaults, driven as {@code Http11Processor}
 * drives it: read from a (simulated) socket into Tomcat's buffer, parse the request-line and
 * headers, activate the identity or chunked input filter, read the content, then {@code
 * endRequest}/{@code nextRequest} (which compacts pipelined bytes). Heads are read zero-copy as
 * offsets into Tomcat's buffer.
 */
public final class TomcatAdapter extends ParserAdapter {

  private final TomcatParserAccess parser = new TomcatParserAccess(65536);
  private final BodyHandler body = new BodyHandler();
  private byte[][] messages;

  @Override
  public String name() {
    return "tomcat";
  }

  @Override
  public void load(byte[][] messages) {
    this.messages = messages;
  }

  @Override
  public void parse(int message, RequestSink sink) {
    parser.feed(messages[message]);
    try {
      do {
        if (!parser.parseHead()) {
          throw new IllegalStateException("tomcat: needs more input");
        }
        Request request = parser.request();
        requestLine(request, sink);
        MimeHeaders headers = request.getMimeHeaders();
        int count = headers.size();
        for (int i = 0; i < count; i++) {
          ByteChunk name = headers.getName(i).getByteChunk();
          ByteChunk value = headers.getValue(i).getByteChunk();
          sink.field(
              name.getBuffer(),
              name.getStart(),
              name.getLength(),
              value.getStart(),
              value.getLength());
        }
        MessageBytes transferEncoding = headers.getValue("transfer-encoding");
        long contentLength = request.getContentLengthLong();
        if (transferEncoding != null) {
          sink.framing(Framing.CHUNKED, -1);
          parser.activateBody(true);
          readBody(sink);
        } else if (contentLength >= 0) {
          sink.framing(Framing.CONTENT_LENGTH, contentLength);
          parser.activateBody(false);
          readBody(sink);
        } else {
          sink.framing(Framing.NONE, -1);
        }
        sink.end();
        parser.nextRequest();
      } while (!parser.exhausted());
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("tomcat rejected: " + e, e);
    }
  }

  private static void requestLine(Request request, RequestSink sink) {
    MessageBytes method = request.method();
    if (method.getType() == MessageBytes.T_BYTES) {
      ByteChunk bytes = method.getByteChunk();
      sink.method(bytes.getBuffer(), bytes.getStart(), bytes.getLength());
    } else {
      sink.method(request.getMethod());
    }
    ByteChunk uri = request.requestURI().getByteChunk();
    MessageBytes query = request.queryString();
    int targetLength =
        query.isNull() ? uri.getLength() : query.getByteChunk().getEnd() - uri.getStart();
    sink.target(uri.getBuffer(), uri.getStart(), targetLength);
    MessageBytes protocol = request.protocol();
    if (protocol.getType() == MessageBytes.T_BYTES) {
      ByteChunk bytes = protocol.getByteChunk();
      byte[] p = bytes.getBuffer();
      int at = bytes.getStart();
      sink.version(p[at + 5] - '0', p[at + 7] - '0');
    } else {
      String p = protocol.toString();
      sink.version(p.charAt(5) - '0', p.charAt(7) - '0');
    }
  }

  private void readBody(RequestSink sink) throws IOException {
    int n;
    while ((n = parser.readBody(body)) >= 0) {
      if (n > 0) {
        sink.content(n);
      }
    }
  }

  /** Receives content buffers the way the servlet input stream does. */
  private static final class BodyHandler implements ApplicationBufferHandler {
    private ByteBuffer buffer = ApplicationBufferHandler.EMPTY_BUFFER;

    @Override
    public void setByteBuffer(ByteBuffer buffer) {
      this.buffer = buffer;
    }

    @Override
    public ByteBuffer getByteBuffer() {
      return buffer;
    }

    @Override
    public void expand(int size) {}
  }
}
