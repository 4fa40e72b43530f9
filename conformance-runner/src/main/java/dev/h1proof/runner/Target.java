package dev.h1proof.runner;

import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.TargetInfo;
import dev.h1proof.rulebook.Wire;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

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

  /**
   * Like {@link #exchange(Wire)}, for a scenario whose judgement may turn on whether the target
   * closes: {@code stakes} tells what the verdict makes of a close. A target may return as soon as
   * the responses are in and finish a long wait for the close in the background: the future
   * completes with the final observation.
   *
   * @throws IOException when the target cannot be reached at all
   */
  default CompletableFuture<Observation> exchange(Wire wire, CloseStakes stakes)
      throws IOException {
    return CompletableFuture.completedFuture(exchange(wire));
  }

  /**
   * True when the target refuses connections now: nothing listens where it did. Asked at the end of
   * a run some of whose results may rest on the target having stopped (connections that could not
   * be opened, FAILs with no response before a close). By default false: an in-process target
   * cannot stop.
   *
   * @return true only on proof, such as a refused TCP connection; a timeout is none
   * @throws InterruptedException if interrupted while asking
   */
  default boolean refusesConnections() throws InterruptedException {
    return false;
  }

  /**
   * The same server, for a second look at a scenario whose FAIL may rest on the wait: a target that
   * waits longer for a response that is due. By default this target itself.
   *
   * @return a target that waits at least as long as this one
   */
  default Target secondLook() {
    return this;
  }
}
