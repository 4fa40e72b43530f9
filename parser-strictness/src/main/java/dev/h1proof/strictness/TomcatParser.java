package dev.h1proof.strictness;

import dev.h1proof.testkit.ParseResult;
import dev.h1proof.testkit.ParserUnderTest;
import java.io.IOException;
import java.util.List;
import org.apache.coyote.Request;
import org.apache.coyote.http11.TomcatParserAccess;
import org.apache.tomcat.util.buf.MessageBytes;

/**
 * Tomcat's {@code Http11InputBuffer} with its strict defaults, through the benchmarks' {@link
 * TomcatParserAccess}: each segment becomes what the next socket read returns, and the head is
 * parsed non-blocking as {@code Http11Processor} does. Bodies go through Tomcat's input filters,
 * which read blocking; this adapter does not drive them, so a request with content is reported as a
 * body it does not follow: rules about bodies are not judged for Tomcat.
 */
public final class TomcatParser implements ParserUnderTest {

  @Override
  public String name() {
    return "tomcat";
  }

  @Override
  public String version() {
    return Versions.of(Request.class);
  }

  @Override
  public ParseResult parse(List<byte[]> segments) {
    ParseResult.Builder out = new ParseResult.Builder();
    TomcatParserAccess parser = new TomcatParserAccess(65536);
    boolean partial = false;
    try {
      for (byte[] segment : segments) {
        parser.feed(segment);
        do {
          if (!parser.parseHead()) {
            partial = true;
            break;
          }
          partial = false;
          Request request = parser.request();
          MessageBytes transferEncoding = request.getMimeHeaders().getValue("transfer-encoding");
          // Tomcat decides the framing (and refuses conflicting lengths) in Http11Processor.
          int lengths = 0;
          for (int i = 0; i < request.getMimeHeaders().size(); i++) {
            if (request.getMimeHeaders().getName(i).equalsIgnoreCase("content-length")) {
              lengths++;
            }
          }
          if (transferEncoding != null || lengths > 1) {
            return out.bodyNotFollowed();
          }
          long contentLength = request.getContentLengthLong();
          if (contentLength > 0) {
            return out.bodyNotFollowed();
          }
          out.request(
              request.method().toString(),
              request.requestURI().toString(),
              contentLength == 0 ? ParseResult.Framing.CONTENT_LENGTH : ParseResult.Framing.NONE,
              contentLength == 0 ? 0 : -1,
              -1);
          parser.nextRequest();
        } while (!parser.exhausted());
      }
    } catch (IOException | RuntimeException e) {
      return out.rejected(400, String.valueOf(e));
    }
    return partial ? out.needsMore() : out.idle();
  }
}
