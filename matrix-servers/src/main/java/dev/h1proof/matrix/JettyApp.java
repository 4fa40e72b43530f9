package dev.h1proof.matrix;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Jetty;

/**
 * Jetty 12 core (no servlet layer): a blocking {@link Handler} that consumes the request content to
 * its end, then answers as {@link Routes} says. A body Jetty cannot frame fails the read and Jetty
 * answers with its own error.
 */
final class JettyApp {
  private JettyApp() {}

  static String start(int port) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback)
              throws Exception {
            Content.Source.consumeAll(request);
            Routes route = Routes.of(request.getMethod());
            response.setStatus(route.status());
            if (route.allow()) {
              response.getHeaders().put(HttpHeader.ALLOW, Routes.ALLOW);
            }
            if (route.status() == 204) {
              callback.succeeded();
              return true;
            }
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain");
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, route.body().length);
            response.write(true, ByteBuffer.wrap(route.body()), callback);
            return true;
          }
        });
    server.start();
    return "Jetty " + Jetty.VERSION + " (embedded, core Handler)";
  }
}
