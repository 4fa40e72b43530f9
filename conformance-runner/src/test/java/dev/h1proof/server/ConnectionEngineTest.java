package dev.h1proof.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.parser.ParserConfig;
import dev.h1proof.parser.Violation;
import dev.h1proof.parser.lab.Tolerance;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reference engine's CONNECT tunnel and WebSocket upgrade, which no scenario reaches in strict
 * mode (the rulebook sends only CONNECT and Upgrade requests that must not succeed), and the
 * behaviours the upgrade and CONNECT mutants build on.
 */
class ConnectionEngineTest {
  private static final String HELLO = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n";

  private static ConnectionEngine engine() {
    return new ConnectionEngine(ServerOptions.strict());
  }

  private static ConnectionEngine engine(Violation tolerated) {
    return new ConnectionEngine(
        ServerOptions.strict()
            .withParserConfig(Tolerance.withTolerated(ParserConfig.strict(), Set.of(tolerated))));
  }

  private static ConnectionEngine engine(Misbehaviour misbehaviour) {
    return new ConnectionEngine(ServerOptions.strict().withMisbehaviours(Set.of(misbehaviour)));
  }

  private static String exchange(ConnectionEngine engine, String request) {
    byte[] bytes = request.getBytes(StandardCharsets.ISO_8859_1);
    engine.receive(bytes, 0, bytes.length);
    return new String(engine.drainOutput(), StandardCharsets.ISO_8859_1);
  }

  @Test
  void connectToItsOwnHostTunnelsBackIntoTheServer() {
    ConnectionEngine engine = engine();
    String out =
        exchange(
            engine,
            "CONNECT h1proof.test:80 HTTP/1.1\r\nHost: h1proof.test\r\n\r\n"
                + "GET / HTTP/1.1\r\nHost: h1proof.test\r\n\r\n");
    assertThat(out)
        .as("a 2xx to CONNECT has no framing fields")
        .startsWith("HTTP/1.1 200 OK\r\n\r\n");
    assertThat(out.substring("HTTP/1.1 200 OK\r\n\r\n".length()))
        .as("the request inside the tunnel")
        .startsWith(HELLO)
        .endsWith("hello\n");
    assertThat(engine.closed()).isFalse();
    assertThat(exchange(engine, "GET / HTTP/1.1\r\nHost: h1proof.test\r\n")).isEmpty();
    assertThat(engine.midMessage()).as("a head half-way through the tunnel").isTrue();
    engine.endOfInput();
    assertThat(engine.closed()).isTrue();
  }

  @Test
  void aRejectionInsideTheTunnelClosesTheConnection() {
    ConnectionEngine engine = engine();
    exchange(engine, "CONNECT [::1]:443 HTTP/1.1\r\nHost: [::1]:8080\r\n\r\n");
    String out = exchange(engine, "GET / HTTP/1.1\r\nHost : x\r\n\r\n");
    assertThat(out).startsWith("HTTP/1.1 400 ");
    assertThat(engine.closed()).isTrue();
  }

  @Test
  void connectElsewhereIsNotAllowed() {
    String out =
        exchange(engine(), "CONNECT example.com:443 HTTP/1.1\r\nHost: h1proof.test\r\n\r\n");
    assertThat(out).startsWith("HTTP/1.1 405 ");
  }

  @Test
  void anInvalidConnectPortIsRejectedUnlessTolerated() {
    String request = "CONNECT h1proof.test:99999 HTTP/1.1\r\nHost: h1proof.test\r\n\r\n";
    assertThat(exchange(engine(), request)).startsWith("HTTP/1.1 400 ");
    assertThat(exchange(engine(Violation.CONNECT_INVALID_PORT), request))
        .isEqualTo("HTTP/1.1 200 OK\r\n\r\n");
  }

  @Test
  void aWebSocketUpgradeSwitchesAndClosesNormally() {
    ConnectionEngine engine = engine();
    String out =
        exchange(
            engine,
            "GET /chat HTTP/1.1\r\nHost: h1proof.test\r\nConnection: keep-alive, Upgrade\r\n"
                + "Upgrade: websocket\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n");
    // The key and accept value are the worked example of RFC 6455 §1.3.
    assertThat(out)
        .isEqualTo(
            "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n"
                + "\u0088\u0002\u0003\u00e8");
    assertThat(engine.closed()).isTrue();
  }

  @Test
  void upgradeChecksAreDroppedOneByOneByTheirViolations() {
    String http10 =
        "GET / HTTP/1.0\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
            + "Sec-WebSocket-Key: a2V5a2V5a2V5a2V5a2V5aw==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    String noOption =
        "GET / HTTP/1.1\r\nHost: h1proof.test\r\nUpgrade: websocket\r\n"
            + "Sec-WebSocket-Key: a2V5a2V5a2V5a2V5a2V5aw==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    String unoffered =
        "GET / HTTP/1.1\r\nHost: h1proof.test\r\nConnection: upgrade\r\nUpgrade: foo\r\n\r\n";
    assertThat(exchange(engine(), http10)).startsWith("HTTP/1.1 200 ");
    assertThat(exchange(engine(), noOption)).startsWith("HTTP/1.1 200 ");
    assertThat(exchange(engine(), unoffered)).startsWith("HTTP/1.1 200 ");
    assertThat(exchange(engine(Misbehaviour.UPGRADE_IN_HTTP10), http10))
        .startsWith("HTTP/1.1 101 ");
    assertThat(exchange(engine(Misbehaviour.UPGRADE_WITHOUT_CONNECTION_OPTION), noOption))
        .startsWith("HTTP/1.1 101 ");
    assertThat(exchange(engine(Misbehaviour.UPGRADE_TO_UNOFFERED_PROTOCOL), unoffered))
        .startsWith("HTTP/1.1 101 ");
  }
}
