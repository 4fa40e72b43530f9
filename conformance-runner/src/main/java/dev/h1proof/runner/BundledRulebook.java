package dev.h1proof.runner;

import dev.h1proof.rulebook.Rulebook;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bundled rulebook, whose loading a process may start before the command line is set up: the
 * two overlap instead of following each other. The load started early serves the first caller only;
 * any later caller loads the rulebook again, as without an early start.
 */
final class BundledRulebook {
  /** The commands that read the bundled rulebook unless {@code --features} names another. */
  private static final Set<String> READERS = Set.of("run", "list", "explain");

  private static final AtomicReference<CompletableFuture<Rulebook>> EARLY = new AtomicReference<>();

  private BundledRulebook() {}

  /**
   * Starts loading the bundled rulebook in the background when {@code args} name a command that
   * will read it.
   */
  static void startFor(List<String> args) {
    if (args.isEmpty() || !READERS.contains(args.get(0))) {
      return;
    }
    for (String arg : args) {
      if (arg.equals("--features") || arg.startsWith("--features=")) {
        return;
      }
    }
    CompletableFuture<Rulebook> load = new CompletableFuture<>();
    if (EARLY.compareAndSet(null, load)) {
      Thread t =
          new Thread(
              () -> {
                try {
                  load.complete(Rulebook.bundled());
                } catch (RuntimeException | Error e) {
                  load.completeExceptionally(e);
                }
              },
              "h1proof-rulebook");
      t.setDaemon(true);
      t.start();
    }
  }

  /** True while a load started early waits for its caller. */
  static boolean loadingEarly() {
    return EARLY.get() != null;
  }

  /**
   * The bundled rulebook: the one loading since {@link #startFor}, or a fresh load.
   *
   * @throws Rulebook.RulebookException as {@link Rulebook#bundled()}
   */
  static Rulebook get() {
    CompletableFuture<Rulebook> early = EARLY.getAndSet(null);
    if (early == null) {
      return Rulebook.bundled();
    }
    try {
      return early.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
