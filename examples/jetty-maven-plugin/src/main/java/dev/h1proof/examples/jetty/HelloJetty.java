package dev.h1proof.examples.jetty;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * An application embedding Jetty 12 in its strictest HTTP mode (RFC 9110 compliance), listening on
 * 127.0.0.1 at the port given as the only argument and answering "hello" to every request. The
 * build checks it with the h1proof Maven plugin (see this module's pom.xml).
 */
public final class HelloJetty {
  private HelloJetty() {}

  /** Starts the server on 127.0.0.1:{@code args[0]} and runs until the JVM is stopped. */
  public static void main(String[] args) throws Exception {
    if (args.length != 1 || !args[0].matches("\\d{1,5}")) {
      System.err.println("usage: HelloJetty PORT");
      System.exit(2);
    }
    Server server = start(Integer.parseInt(args[0]));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server)));
    server.join();
  }

  /** A started server on 127.0.0.1:{@code port} (0 picks a free port). */
  public static Server start(int port) throws Exception {
    HttpConfiguration config = new HttpConfiguration();
    config.setHttpCompliance(HttpCompliance.RFC9110);
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(config));
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(new Hello());
    server.start();
    return server;
  }

  private static void stop(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      System.err.println("HelloJetty: stopping: " + e);
    }
  }

  /** "hello" with 200 to any request. */
  static final class Hello extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      response.setStatus(200);
      response.write(
          true, ByteBuffer.wrap("hello\n".getBytes(StandardCharsets.US_ASCII)), callback);
      return true;
    }
  }
}
