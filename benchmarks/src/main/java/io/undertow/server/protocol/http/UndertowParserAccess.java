package io.undertow.server.protocol.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.BadRequestException;
import java.nio.ByteBuffer;
import org.xnio.OptionMap;

/**
 * Opens Undertow's package-private request-head parser ({@code RequestParser}, the RFC 9112 rewrite
 * in 2.4) to the benchmarks, the way Undertow's own parser tests drive it: bytes in, a fresh {@link
 * HttpServerExchange} per request, no connection.
 */
public final class UndertowParserAccess {

  private final RequestParser parser;
  private final RequestState state = new RequestState();

  /**
   * Creates the access with the given server options.
   *
   * @param options Undertow options, as a server would pass them
   */
  public UndertowParserAccess(OptionMap options) {
    parser = RequestParser.instance(options);
  }

  /** Forgets the current head, as the server does before each request. */
  public void reset() {
    state.reset();
  }

  /**
   * Parses (or continues) a request head from the buffer's position.
   *
   * @param buffer the bytes; its position moves past what was parsed
   * @param exchange receives the request-line and fields
   * @return true once the head is complete
   * @throws BadRequestException if Undertow rejects the head
   */
  public boolean parseHead(ByteBuffer buffer, HttpServerExchange exchange)
      throws BadRequestException {
    parser.handle(buffer, state, exchange);
    return state.isComplete();
  }
}
