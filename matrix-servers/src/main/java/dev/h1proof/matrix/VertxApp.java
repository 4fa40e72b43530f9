package dev.h1proof.matrix;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.impl.VertxImpl;

/**
 * Vert.x core HTTP server: {@code request.body()} collects the whole body, then the app answers as
 * {@link Routes} says; a body that cannot be read gets 400 and a close. Vert.x answers {@code
 * Expect: 100-continue} itself ({@code handle100ContinueAutomatically}), as the other servers do.
 */
final class VertxApp {
  private VertxApp() {}

  static String start(int port) throws Exception {
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
    HttpServerOptions options =
        new HttpServerOptions()
            .setHost("127.0.0.1")
            .setPort(port)
            .setHandle100ContinueAutomatically(true);
    vertx
        .createHttpServer(options)
        .requestHandler(VertxApp::handle)
        .listen()
        .toCompletionStage()
        .toCompletableFuture()
        .get();
    return "Vert.x " + VertxImpl.version() + " (embedded, core HttpServer)";
  }

  private static void handle(HttpServerRequest request) {
    request
        .body()
        .onComplete(
            read -> {
              HttpServerResponse response = request.response();
              if (read.failed()) {
                response.setStatusCode(400).putHeader("Connection", "close").end();
                return;
              }
              String method = request.method().name();
              Routes route = Routes.of(method);
              response.setStatusCode(route.status());
              if (route.allow()) {
                response.putHeader("Allow", Routes.ALLOW);
              }
              if (route.status() == 204) {
                response.end();
                return;
              }
              response.putHeader("Content-Type", "text/plain");
              response.putHeader("Content-Length", Integer.toString(route.body().length));
              if (Routes.sendsBody(method, route.status())) {
                response.end(Buffer.buffer(route.body()));
              } else {
                response.end();
              }
            });
  }
}
