package dev.h1proof.server;

import dev.h1proof.parser.ParserConfig;
import dev.h1proof.parser.Violation;
import dev.h1proof.parser.lab.Tolerance;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How the reference server behaves.
 *
 * @param parserConfig limits, leniency and tolerated violations of the parser
 * @param misbehaviours the server behaviours it breaks on purpose (empty for a correct server)
 * @param echoPath the path of the echo endpoint
 * @param requestTimeout how long a started message may take to arrive in full
 * @param idleTimeout how long an idle keep-alive connection is kept
 * @param directBuffers true to hand the parser what arrived in a direct {@link
 *     java.nio.ByteBuffer}, compacted after each read as an NIO server does, instead of an array
 */
public record ServerOptions(
    ParserConfig parserConfig,
    Set<Misbehaviour> misbehaviours,
    String echoPath,
    Duration requestTimeout,
    Duration idleTimeout,
    boolean directBuffers) {

  /** The defaults: a strict parser, echo at /echo, 10 s request and 30 s idle timeouts. */
  public static ServerOptions strict() {
    return new ServerOptions(
        ParserConfig.strict(), Set.of(), "/echo", Duration.ofSeconds(10), Duration.ofSeconds(30));
  }

  /** Options that hand the parser arrays. */
  public ServerOptions(
      ParserConfig parserConfig,
      Set<Misbehaviour> misbehaviours,
      String echoPath,
      Duration requestTimeout,
      Duration idleTimeout) {
    this(parserConfig, misbehaviours, echoPath, requestTimeout, idleTimeout, false);
  }

  /** Validates the options. */
  public ServerOptions {
    Objects.requireNonNull(parserConfig, "parserConfig");
    Objects.requireNonNull(misbehaviours, "misbehaviours");
    misbehaviours =
        misbehaviours.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(misbehaviours));
    Objects.requireNonNull(echoPath, "echoPath");
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("requestTimeout must be positive");
    }
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idleTimeout must be positive");
    }
  }

  /** True when the server deliberately misbehaves this way (see {@link Misbehaviour}). */
  public boolean tolerates(Misbehaviour misbehaviour) {
    return misbehaviours.contains(misbehaviour);
  }

  /** True when the parser deliberately accepts this violation (set through the parser's lab). */
  public boolean tolerates(Violation violation) {
    return Tolerance.tolerated(parserConfig).contains(violation);
  }

  /** The same options with another parser configuration. */
  public ServerOptions withParserConfig(ParserConfig config) {
    return new ServerOptions(
        config, misbehaviours, echoPath, requestTimeout, idleTimeout, directBuffers);
  }

  /** The same options misbehaving exactly these ways. */
  public ServerOptions withMisbehaviours(Set<Misbehaviour> set) {
    return new ServerOptions(
        parserConfig, set, echoPath, requestTimeout, idleTimeout, directBuffers);
  }

  /** The same options, handing the parser direct buffers ({@code true}) or arrays. */
  public ServerOptions withDirectBuffers(boolean direct) {
    return new ServerOptions(
        parserConfig, misbehaviours, echoPath, requestTimeout, idleTimeout, direct);
  }

  /**
   * The same options breaking exactly these rules on purpose, the way {@code h1proof serve
   * --tolerate} does: the parser tolerates each id's {@link Violation} constants and the server
   * enables each id's {@link Misbehaviour} constants; the other parser settings are kept.
   *
   * @throws IllegalArgumentException naming the first id that has neither
   */
  public ServerOptions tolerating(Collection<String> ruleIds) {
    Set<Violation> violations = EnumSet.noneOf(Violation.class);
    Set<Misbehaviour> behaviours = EnumSet.noneOf(Misbehaviour.class);
    for (String id : ruleIds) {
      if (!isTolerable(id)) {
        throw new IllegalArgumentException("unknown rule id to tolerate: " + id);
      }
      violations.addAll(Violation.forRuleId(id));
      behaviours.addAll(Misbehaviour.forRuleId(id));
    }
    return withParserConfig(Tolerance.withTolerated(parserConfig, violations))
        .withMisbehaviours(behaviours);
  }

  /** True when tolerating this rule id changes something: it has a violation or misbehaviour. */
  public static boolean isTolerable(String ruleId) {
    return !Violation.forRuleId(ruleId).isEmpty() || !Misbehaviour.forRuleId(ruleId).isEmpty();
  }

  /** The rule ids this server breaks on purpose, sorted; empty for a correct server. */
  public Set<String> toleratedRuleIds() {
    Set<String> ids = new java.util.TreeSet<>();
    Tolerance.tolerated(parserConfig).forEach(v -> ids.add(v.ruleId()));
    misbehaviours.forEach(m -> ids.add(m.ruleId()));
    return ids;
  }
}
