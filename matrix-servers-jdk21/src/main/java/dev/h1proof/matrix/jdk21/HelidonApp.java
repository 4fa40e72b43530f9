package dev.h1proof.matrix.jdk21;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Helidon 4 SE (its own HTTP/1.1 server on virtual threads): one handler for every method and path
 * reads the request entity to its end, then answers as {@link Routes} says.
 *
 * <p>Usage: {@code java -cp target/classes:target/lib/* dev.h1proof.matrix.jdk21.HelidonApp PORT}
 */
public final class HelidonApp {
  private HelidonApp() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    WebServer.builder()
        .host("127.0.0.1")
        .port(port)
        .routing(HttpRouting.builder().any(HelidonApp::handle))
        .build()
        .start();
    System.out.println("version: Helidon " + Routes.version("helidon") + " SE (embedded, routing handler)");
    System.out.flush();
  }

  private static void handle(ServerRequest request, ServerResponse response) throws Exception {
    try (InputStream in = request.content().inputStream()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    String method = request.prologue().method().text();
    Routes route = Routes.of(method);
    response.status(Status.create(route.status()));
    if (route.allow()) {
      response.header(HeaderNames.ALLOW, Routes.ALLOW);
    }
    if (route.status() == 204) {
      response.send();
      return;
    }
    response.header(HeaderNames.CONTENT_TYPE, "text/plain");
    if (Routes.sendsBody(method, route.status())) {
      response.send(route.body());
    } else {
      response.header(HeaderNames.CONTENT_LENGTH, Integer.toString(route.body().length));
      response.send();
    }
  }
}
