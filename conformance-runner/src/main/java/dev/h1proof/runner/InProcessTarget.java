package dev.h1proof.runner;

import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.TargetInfo;
import dev.h1proof.rulebook.Wire;
import dev.h1proof.server.ConnectionEngine;
import dev.h1proof.server.ServerOptions;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The parser in-process: the reference server's connection engine without sockets. Every write
 * break is honoured as a separate delivery, so fragmentation is exercised exactly as on a socket.
 */
public final class InProcessTarget implements Target {
  private static final TargetInfo INFO =
      new TargetInfo("h1proof.test", "h1proof.test", 80, "/", "/echo");
  private final ServerOptions options;

  /** A target running the engine with these options. */
  public InProcessTarget(ServerOptions options) {
    this.options = options;
  }

  @Override
  public TargetInfo info() {
    return INFO;
  }

  @Override
  public String describe() {
    return "in-process parser";
  }

  @Override
  public Observation exchange(Wire wire) {
    long t0 = System.nanoTime();
    ConnectionEngine engine = new ConnectionEngine(options);
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    byte[] bytes = wire.bytes();
    int from = 0;
    for (Wire.Break b : wire.breaks()) {
      engine.receive(bytes, from, b.offset() - from);
      if (b.kind() != Wire.BreakKind.SHUTDOWN) {
        // The half-close follows the last bytes without a wait, so it arrives with them.
        received.writeBytes(engine.drainOutput());
      }
      from = b.offset();
    }
    engine.receive(bytes, from, bytes.length - from);
    if (wire.shutsDown()) {
      engine.endOfInput();
    }
    received.writeBytes(engine.drainOutput());
    boolean closed = engine.closed();
    byte[] all = received.toByteArray();
    List<String> methods = Observer.requestMethods(bytes);
    Observer.Parsed parsed = Observer.parse(all, closed, methods);
    // The engine's output is judged by the same account of what arrived as a socket's.
    ResponseStream stream = new ResponseStream(methods);
    stream.feed(all, 0, all.length);
    return new Observation(
        all,
        parsed.responses(),
        closed ? Observation.ConnectionState.CLOSED : Observation.ConnectionState.OPEN,
        parsed.deviations(),
        (System.nanoTime() - t0) / 1_000_000,
        stream.reception(closed),
        0);
  }
}
