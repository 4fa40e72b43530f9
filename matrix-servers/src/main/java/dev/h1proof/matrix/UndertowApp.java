package dev.h1proof.matrix;

import io.undertow.Undertow;
import io.undertow.Version;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.StatusCodes;
import java.nio.ByteBuffer;

/**
 * Undertow core: the handler receives the whole body ({@code receiveFullBytes}), then answers as
 * {@link Routes} says. A body that cannot be read ends the exchange with 400.
 */
final class UndertowApp {
  private UndertowApp() {}

  static String start(int port) {
    Undertow server =
        Undertow.builder()
            .addHttpListener(port, "127.0.0.1")
            .setHandler(
                exchange ->
                    exchange
                        .getRequestReceiver()
                        .receiveFullBytes(
                            (done, body) -> answer(done),
                            (failed, error) -> {
                              failed.setStatusCode(StatusCodes.BAD_REQUEST);
                              failed.endExchange();
                            }))
            .build();
    server.start();
    return "Undertow " + Version.getVersionString() + " (embedded, core HttpHandler)";
  }

  private static void answer(HttpServerExchange exchange) {
    Routes route = Routes.of(exchange.getRequestMethod().toString());
    exchange.setStatusCode(route.status());
    if (route.allow()) {
      exchange.getResponseHeaders().put(new HttpString("Allow"), Routes.ALLOW);
    }
    if (route.status() == 204) {
      exchange.endExchange();
      return;
    }
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain");
    exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, route.body().length);
    exchange.getResponseSender().send(ByteBuffer.wrap(route.body()));
  }
}
