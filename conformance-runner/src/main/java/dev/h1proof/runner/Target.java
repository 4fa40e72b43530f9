package dev.h1proof.runner;

import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.TargetInfo;
import dev.h1proof.rulebook.Wire;
import java.io.IOException;

/** Where scenarios run: a server over a socket, or the parser in-process. */
public interface Target {
  /** What the placeholders stand for on this target. */
  TargetInfo info();

  /** True when the target is reached over TLS. */
  default boolean tls() {
    return false;
  }

  /** A description for reports, e.g. the URL. */
  String describe();

  /**
   * Sends the bytes on a new connection and observes what comes back.
   *
   * @throws IOException when the target cannot be reached at all
   */
  Observation exchange(Wire wire) throws IOException;
}
