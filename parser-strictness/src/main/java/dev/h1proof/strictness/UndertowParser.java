package dev.h1proof.strictness;

import dev.h1proof.testkit.ParseResult;
import dev.h1proof.testkit.ParserUnderTest;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.protocol.http.UndertowParserAccess;
import io.undertow.util.BadRequestException;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.util.List;
import org.xnio.OptionMap;

/**
 * Undertow 2.4's request-head parser with default server options, through the benchmarks' {@link
 * UndertowParserAccess}, each segment as one buffer (Undertow keeps partial tokens in its state).
 * Undertow reads bodies in its connection code, not in this parser, so a request with content is
 * reported as a body this adapter does not follow: rules about bodies are not judged for Undertow.
 */
public final class UndertowParser implements ParserUnderTest {

  @Override
  public String name() {
    return "undertow";
  }

  @Override
  public String version() {
    return Versions.of(HttpServerExchange.class);
  }

  @Override
  public ParseResult parse(List<byte[]> segments) {
    ParseResult.Builder out = new ParseResult.Builder();
    UndertowParserAccess parser = new UndertowParserAccess(OptionMap.EMPTY);
    HttpServerExchange exchange = new HttpServerExchange(null);
    boolean partial = false;
    long offset = 0;
    for (byte[] segment : segments) {
      ByteBuffer buf = ByteBuffer.wrap(segment);
      while (buf.hasRemaining()) {
        boolean complete;
        try {
          complete = parser.parseHead(buf, exchange);
        } catch (BadRequestException | RuntimeException e) {
          return out.rejected(400, String.valueOf(e));
        }
        if (!complete) {
          partial = true;
          break;
        }
        partial = false;
        HeaderMap headers = exchange.getRequestHeaders();
        String target = exchange.getRequestURI();
        if (headers.contains(Headers.TRANSFER_ENCODING)) {
          return out.bodyNotFollowed();
        }
        String contentLength = headers.getFirst(Headers.CONTENT_LENGTH);
        // Undertow decides the framing (and refuses conflicting lengths) outside this parser.
        if (headers.count(Headers.CONTENT_LENGTH) > 1
            || contentLength != null && !contentLength.trim().equals("0")) {
          return out.bodyNotFollowed();
        }
        out.request(
            exchange.getRequestMethod().toString(),
            target,
            contentLength != null ? ParseResult.Framing.CONTENT_LENGTH : ParseResult.Framing.NONE,
            contentLength != null ? 0 : -1,
            offset + buf.position());
        parser.reset();
        exchange = new HttpServerExchange(null);
      }
      offset += segment.length;
    }
    return partial ? out.needsMore() : out.idle();
  }
}
