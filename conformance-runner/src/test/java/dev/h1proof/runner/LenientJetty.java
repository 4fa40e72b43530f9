package dev.h1proof.runner;

import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Embedded Jetty on loopback, with a chosen HTTP compliance mode, answering "hello" to anything.
 */
final class LenientJetty implements AutoCloseable {
  private final Server server = new Server();
  private final ServerConnector connector;

  LenientJetty(HttpCompliance compliance) throws Exception {
    HttpConfiguration config = new HttpConfiguration();
    config.setHttpCompliance(compliance);
    connector = new ServerConnector(server, new HttpConnectionFactory(config));
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(new HelloHandler());
    server.start();
  }

  /** Jetty accepting whitespace between field name and colon. */
  static LenientJetty acceptingWhitespaceBeforeColon() throws Exception {
    return new LenientJetty(
        HttpCompliance.RFC9110.with(
            "h1proof-lenient", HttpCompliance.Violation.WHITESPACE_AFTER_FIELD_NAME));
  }

  /** Jetty in its strictest mode. */
  static LenientJetty strict() throws Exception {
    return new LenientJetty(HttpCompliance.RFC9110);
  }

  String url() {
    return "http://127.0.0.1:" + connector.getLocalPort() + "/";
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
