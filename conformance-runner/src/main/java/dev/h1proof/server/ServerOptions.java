package dev.h1proof.server;

import dev.h1proof.parser.ParserConfig;
import dev.h1proof.parser.Violation;
import java.time.Duration;
import java.util.Objects;

/**
 * How the reference server behaves.
 *
 * @param parserConfig limits, leniency and tolerated violations of the parser
 * @param echoPath the path of the echo endpoint
 * @param requestTimeout how long a started message may take to arrive in full
 * @param idleTimeout how long an idle keep-alive connection is kept
 */
public record ServerOptions(
    ParserConfig parserConfig, String echoPath, Duration requestTimeout, Duration idleTimeout) {

  /** The defaults: a strict parser, echo at /echo, 10 s request and 30 s idle timeouts. */
  public static ServerOptions strict() {
    return new ServerOptions(
        ParserConfig.strict(), "/echo", Duration.ofSeconds(10), Duration.ofSeconds(30));
  }

  /** Validates the options. */
  public ServerOptions {
    Objects.requireNonNull(parserConfig, "parserConfig");
    Objects.requireNonNull(echoPath, "echoPath");
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("requestTimeout must be positive");
    }
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idleTimeout must be positive");
    }
  }

  /** True when the server deliberately breaks this rule (see {@link Violation}'s Group 13). */
  public boolean tolerates(Violation violation) {
    return parserConfig.tolerates(violation);
  }

  /** The same options with another parser configuration. */
  public ServerOptions withParserConfig(ParserConfig config) {
    return new ServerOptions(config, echoPath, requestTimeout, idleTimeout);
  }
}
