package dev.h1proof.examples.netty;

import dev.h1proof.junit.H1proof;
import java.net.URI;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole h1proof rulebook against this application's embedded Netty server, in {@code mvn test}:
 * one test per scenario, one container per rule. A FAIL at MUST level fails its test unless
 * h1proof-baseline.json lists the rule as a known failure; the reports land in target/h1proof.
 */
class HelloNettyHttp11Test {
  private static HelloNetty server;

  @BeforeAll
  static void start() throws InterruptedException {
    server = HelloNetty.start(0);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    server.close();
  }

  @TestFactory
  Stream<DynamicNode> http11() {
    return H1proof.target(URI.create("http://127.0.0.1:" + server.port() + "/"))
        .failOn("must")
        .baseline(Path.of("h1proof-baseline.json"))
        .reportDir(Path.of("target", "h1proof"))
        .scenarios();
  }
}
