package dev.h1proof.benchmarks;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.protocol.http.UndertowParserAccess;
import io.undertow.util.BadRequestException;
import io.undertow.util.HeaderMap;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import org.xnio.OptionMap;

/**
 * Undertow 2.4's RFC 9112 request-head parser with default server options (no unescaped characters
 * in URLs), one fresh {@link HttpServerExchange} per request as the server creates. Undertow
 * decodes the path and splits query parameters while parsing; that is part of its cost. Its chunk
 * decoder needs a channel, so chunked bodies are walked by {@link ChunkedSkipper}.
 */
public final class UndertowAdapter extends ParserAdapter {

  private final UndertowParserAccess parser = new UndertowParserAccess(OptionMap.EMPTY);
  private ByteBuffer[] buffers;

  @Override
  public String name() {
    return "undertow";
  }

  @Override
  public boolean keepsFieldOrder() {
    return false;
  }

  @Override
  public void load(byte[][] messages) {
    buffers = wrap(messages);
  }

  @Override
  public void parse(int message, RequestSink sink) {
    ByteBuffer buf = buffers[message];
    buf.clear();
    while (buf.hasRemaining()) {
      HttpServerExchange exchange = new HttpServerExchange(null);
      parser.reset();
      try {
        if (!parser.parseHead(buf, exchange)) {
          throw new IllegalStateException("undertow: needs more input at " + buf.position());
        }
      } catch (BadRequestException e) {
        throw new IllegalStateException("undertow rejected: " + e, e);
      }
      String query = exchange.getQueryString();
      sink.method(exchange.getRequestMethod().toString());
      sink.target(exchange.getRequestURI(), query.isEmpty() ? null : query);
      sink.version(1, exchange.isHttp10() ? 0 : 1);
      HeaderMap headers = exchange.getRequestHeaders();
      for (long c = headers.fastIterateNonEmpty(); c != -1L; c = headers.fiNextNonEmpty(c)) {
        HeaderValues values = headers.fiCurrent(c);
        String name = values.getHeaderName().toString();
        for (int i = 0; i < values.size(); i++) {
          sink.field(name, values.get(i));
        }
      }
      String contentLength = headers.getFirst(Headers.CONTENT_LENGTH);
      if (headers.contains(Headers.TRANSFER_ENCODING)) {
        sink.framing(Framing.CHUNKED, -1);
        ChunkedSkipper.skip(buf, sink);
      } else if (contentLength != null) {
        long length = Long.parseLong(contentLength);
        sink.framing(Framing.CONTENT_LENGTH, length);
        if (length > 0) {
          sink.content((int) length);
        }
        buf.position(buf.position() + (int) length);
      } else {
        sink.framing(Framing.NONE, -1);
      }
      sink.end();
    }
  }
}
