package dev.h1proof.benchmarks;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.http.HttpVersion;

/**
 * Jetty's {@link HttpParser} in {@link HttpCompliance#STRICT} mode (stricter than {@code RFC9110}),
 * with the server's 1024-entry header cache and a minimal {@link HttpParser.RequestHandler}. The
 * cache is made case-sensitive: Jetty's case-insensitive default hands back a cached field whose
 * value differs in case from the wire ({@code Keep-Alive} becomes {@code keep-alive}), which the
 * exact comparison with the reference would reject.
 */
public final class JettyAdapter extends ParserAdapter {

  private final Handler handler = new Handler();
  private final HttpParser parser = new HttpParser(handler, 65536, HttpCompliance.STRICT);
  private ByteBuffer[] buffers;

  /** Creates the adapter. */
  public JettyAdapter() {
    parser.setHeaderCacheSize(1024);
    parser.setHeaderCacheCaseSensitive(true);
  }

  @Override
  public String name() {
    return "jetty";
  }

  @Override
  public void load(byte[][] messages) {
    buffers = wrap(messages);
  }

  @Override
  public void parse(int message, RequestSink sink) {
    ByteBuffer buf = buffers[message];
    buf.clear();
    handler.sink = sink;
    parser.reset();
    while (buf.hasRemaining()) {
      boolean complete = parser.parseNext(buf);
      if (handler.failure != null) {
        String failure = handler.failure;
        handler.failure = null;
        parser.reset();
        throw new IllegalStateException("jetty rejected: " + failure);
      }
      if (complete) {
        parser.reset();
      } else if (!buf.hasRemaining()) {
        throw new IllegalStateException("jetty: needs more input, state " + parser.getState());
      }
    }
  }

  private final class Handler implements HttpParser.RequestHandler {
    RequestSink sink;
    String failure;
    boolean contentLength;

    @Override
    public void startRequest(String method, String uri, HttpVersion version) {
      contentLength = false;
      int v = version.getVersion();
      sink.method(method);
      sink.target(uri, null);
      sink.version(v / 10, v % 10);
    }

    @Override
    public void parsedHeader(HttpField field) {
      if (field.getHeader() == HttpHeader.CONTENT_LENGTH) {
        contentLength = true;
      }
      sink.field(field.getName(), field.getValue());
    }

    @Override
    public boolean headerComplete() {
      if (parser.isChunking()) {
        sink.framing(Framing.CHUNKED, -1);
      } else if (contentLength) {
        sink.framing(Framing.CONTENT_LENGTH, parser.getContentLength());
      } else {
        sink.framing(Framing.NONE, -1);
      }
      return false;
    }

    @Override
    public boolean content(ByteBuffer content) {
      sink.content(content.remaining());
      return false;
    }

    @Override
    public boolean contentComplete() {
      return false;
    }

    @Override
    public boolean messageComplete() {
      sink.end();
      return true;
    }

    @Override
    public void earlyEOF() {
      failure = "early EOF";
    }

    @Override
    public void badMessage(HttpException failure) {
      this.failure = failure.getCode() + " " + failure.getReason();
    }
  }
}
