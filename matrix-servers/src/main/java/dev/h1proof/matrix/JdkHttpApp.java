package dev.h1proof.matrix;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;

/**
 * The JDK's own {@code com.sun.net.httpserver}: the handler reads the request body to its end, then
 * answers as {@link Routes} says.
 */
final class JdkHttpApp {
  private JdkHttpApp() {}

  static String start(int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
    server.createContext("/", JdkHttpApp::handle);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.start();
    return "JDK " + System.getProperty("java.version") + " com.sun.net.httpserver (HttpHandler)";
  }

  private static void handle(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    String method = exchange.getRequestMethod();
    Routes route = Routes.of(method);
    if (route.allow()) {
      exchange.getResponseHeaders().set("Allow", Routes.ALLOW);
    }
    if (route.status() == 204) {
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", "text/plain");
    if (Routes.sendsBody(method, route.status())) {
      exchange.sendResponseHeaders(route.status(), route.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(route.body());
      }
    } else {
      exchange.getResponseHeaders().set("Content-Length", Integer.toString(route.body().length));
      exchange.sendResponseHeaders(route.status(), -1);
      exchange.close();
    }
  }
}
