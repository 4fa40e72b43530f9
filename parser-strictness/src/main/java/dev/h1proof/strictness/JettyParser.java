package dev.h1proof.strictness;

import dev.h1proof.testkit.ParseResult;
import dev.h1proof.testkit.ParserUnderTest;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.http.HttpVersion;

/**
 * Jetty's {@link HttpParser} in {@link HttpCompliance#STRICT} mode, as the benchmarks drive it,
 * given each segment as one buffer (Jetty keeps partial tokens itself).
 */
public final class JettyParser implements ParserUnderTest {

  @Override
  public String name() {
    return "jetty";
  }

  @Override
  public String version() {
    return Versions.of(HttpParser.class);
  }

  @Override
  public ParseResult parse(List<byte[]> segments) {
    ParseResult.Builder out = new ParseResult.Builder();
    Handler handler = new Handler();
    HttpParser parser = new HttpParser(handler, 65536, HttpCompliance.STRICT);
    handler.parser = parser;
    long offset = 0;
    for (byte[] segment : segments) {
      ByteBuffer buf = ByteBuffer.wrap(segment);
      while (buf.hasRemaining()) {
        int before = buf.position();
        boolean complete = parser.parseNext(buf);
        if (handler.failure != null) {
          return out.rejected(handler.status, handler.failure);
        }
        if (complete) {
          out.request(
              handler.method,
              handler.uri,
              handler.framing,
              handler.length,
              offset + buf.position());
          parser.reset();
        } else if (buf.position() == before) {
          break;
        }
      }
      offset += segment.length;
    }
    return parser.isState(HttpParser.State.START) ? out.idle() : out.needsMore();
  }

  private static final class Handler implements HttpParser.RequestHandler {
    HttpParser parser;
    String method;
    String uri;
    boolean contentLength;
    ParseResult.Framing framing = ParseResult.Framing.NONE;
    long length = -1;
    String failure;
    int status;

    @Override
    public void startRequest(String method, String uri, HttpVersion version) {
      this.method = method;
      this.uri = uri;
      contentLength = false;
    }

    @Override
    public void parsedHeader(HttpField field) {
      if (field.getHeader() == HttpHeader.CONTENT_LENGTH) {
        contentLength = true;
      }
    }

    @Override
    public boolean headerComplete() {
      if (parser.isChunking()) {
        framing = ParseResult.Framing.CHUNKED;
        length = -1;
      } else if (contentLength) {
        framing = ParseResult.Framing.CONTENT_LENGTH;
        length = parser.getContentLength();
      } else {
        framing = ParseResult.Framing.NONE;
        length = -1;
      }
      return false;
    }

    @Override
    public boolean content(ByteBuffer content) {
      content.position(content.limit());
      return false;
    }

    @Override
    public boolean contentComplete() {
      return false;
    }

    @Override
    public boolean messageComplete() {
      return true;
    }

    @Override
    public void earlyEOF() {
      failure = "early EOF";
      status = 400;
    }

    @Override
    public void badMessage(HttpException failure) {
      this.failure = failure.getCode() + " " + failure.getReason();
      this.status = failure.getCode();
    }
  }
}
