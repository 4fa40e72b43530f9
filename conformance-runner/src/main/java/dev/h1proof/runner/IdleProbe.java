package dev.h1proof.runner;

import dev.h1proof.rulebook.Observation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How long a target keeps an idle persistent connection open after a valid response, measured once
 * per target on a connection of its own, so that a close seen long after a scenario's response can
 * be told apart from a close caused by the scenario's request.
 *
 * <p>A server that closes every idle connection after, say, 5 s (Varnish's {@code timeout_idle})
 * also closes a scenario's connection 5 s after its response, whatever the request was. Counted as
 * a close, that says the server dropped the connection because of the request, which it did not.
 * The probe sends one valid GET, reads its response, and times how long the server then leaves the
 * connection idle before it closes it. It starts the first time a verdict may turn on a late close.
 */
final class IdleProbe {
  /** An idle close sooner than this is a server that does not keep connections, not a timeout. */
  static final long SHORTEST_IDLE_MILLIS = 1000;

  private static final long UNKNOWN = -1;
  private static final long LONGER = -2;
  private static final long NO_RESPONSE = Long.MIN_VALUE;

  private final AtomicBoolean started = new AtomicBoolean();
  private volatile boolean stopped;
  private volatile Socket connection;
  private final CompletableFuture<Long> idleMillis = new CompletableFuture<>();
  private final CompletableFuture<Long> responded = new CompletableFuture<>();

  /** Opens a connection to the target (TLS included), bounded by the given deadline in nanos. */
  interface Connector {
    Socket connect(long deadlineNanos) throws IOException;
  }

  /**
   * Starts the probe on {@code executor} unless it has started already.
   *
   * @param connector opens the probe's connection
   * @param request a valid request that the target answers without closing
   * @param timeout the longest silence awaited for the response
   * @param longest how long the connection may stay idle before the probe stops timing it
   */
  void startOnce(
      Executor executor, Connector connector, byte[] request, Duration timeout, Duration longest) {
    if (started.compareAndSet(false, true)) {
      try {
        executor.execute(
            () -> {
              idleMillis.complete(measure(connector, request, timeout, longest));
              responded.complete(
                  NO_RESPONSE); // no response, or the measure is done: nothing to wait for
            });
      } catch (RuntimeException rejected) {
        idleMillis.complete(UNKNOWN);
        responded.complete(NO_RESPONSE);
      }
    }
  }

  private long measure(Connector connector, byte[] request, Duration timeout, Duration longest) {
    long deadline = System.nanoTime() + timeout.multipliedBy(2).plus(longest).toNanos();
    try (Socket socket = connector.connect(deadline)) {
      connection = socket;
      if (stopped) {
        return UNKNOWN;
      }
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      InputStream in = socket.getInputStream();
      ResponseStream stream = new ResponseStream(List.of("GET"));
      byte[] buf = new byte[16384];
      socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
      while (!stream.answered(1)) {
        int n = in.read(buf);
        if (n < 0 || stream.broken()) {
          return UNKNOWN;
        }
        stream.feed(buf, 0, n);
      }
      if (stream.closeAnnounced() || stream.errorAnswered()) {
        return UNKNOWN;
      }
      long responded = System.nanoTime();
      this.responded.complete(responded);
      while (true) {
        long idle = (System.nanoTime() - responded) / 1_000_000;
        if (idle >= longest.toMillis()) {
          return LONGER;
        }
        socket.setSoTimeout((int) Math.max(1, longest.toMillis() - idle));
        if (in.read(buf) < 0) {
          return (System.nanoTime() - responded) / 1_000_000;
        }
      }
    } catch (SocketTimeoutException e) {
      return LONGER;
    } catch (IOException | RuntimeException e) {
      return UNKNOWN;
    }
  }

  /**
   * Stops the probe for good: closes its connection, so that its thread leaves the read it blocks
   * in (a JVM exiting waits a while for threads blocked in native code) and no later start opens
   * another. Call it once no exchange needs the measure.
   */
  void stop() {
    stopped = true;
    started.set(true);
    Socket socket = connection;
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing is best effort: the probe is over either way
      }
    }
  }

  /**
   * The idle close this is, or null: whether a connection that the target closed {@code
   * afterMillis} after its responses was closed at the target's idle timeout. Waits for the probe
   * only as long as it takes to tell: until its own connection has been idle longer than any idle
   * timeout that could match {@code afterMillis} (then it is not one), or until it closes; at most
   * {@code wait} for the probe's own response.
   */
  Observation.IdleClose idleClose(long afterMillis, Duration wait) {
    if (afterMillis < shortestMatching()) {
      return null; // too soon for any idle timeout this measure accepts: nothing to wait for
    }
    long idle;
    try {
      long respondedAt = responded.get(wait.toMillis(), TimeUnit.MILLISECONDS);
      if (respondedAt == NO_RESPONSE) {
        idle = idleMillis.getNow(UNKNOWN);
      } else {
        long ruledOutAt = respondedAt + longestMatching(afterMillis) * 1_000_000L;
        long left = Math.max(0, ruledOutAt - System.nanoTime());
        idle = idleMillis.get(left, TimeUnit.NANOSECONDS);
      }
    } catch (TimeoutException stillOpen) {
      // No response yet, or still idle past every timeout this close could match.
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException e) {
      return null;
    }
    return atIdleTimeout(afterMillis, idle) ? new Observation.IdleClose(afterMillis, idle) : null;
  }

  /**
   * The soonest close that {@link #atIdleTimeout} can match to any idle timeout: one at the
   * shortest idle timeout, less that timeout's tolerance (the tolerance grows slower than the
   * timeout, so longer timeouts match only later closes).
   */
  static long shortestMatching() {
    return SHORTEST_IDLE_MILLIS - tolerance(SHORTEST_IDLE_MILLIS);
  }

  /** The longest idle timeout that {@link #atIdleTimeout} matches to a close after this long. */
  static long longestMatching(long afterMillis) {
    // |after - idle| <= max(500, idle / 5) holds up to idle = max(after + 500, after * 5 / 4)
    return Math.max(afterMillis + 500, afterMillis * 5 / 4) + 100;
  }

  /** True when a close {@code afterMillis} after a response matches a measured idle timeout. */
  static boolean atIdleTimeout(long afterMillis, long idleMillis) {
    return idleMillis >= SHORTEST_IDLE_MILLIS
        && Math.abs(afterMillis - idleMillis) <= tolerance(idleMillis);
  }

  /** How far two closes at the same idle timeout may lie apart: timers tick coarsely. */
  static long tolerance(long idleMillis) {
    return Math.max(500, idleMillis / 5);
  }

  /** The probe's request: a plain GET of the target's path. */
  static byte[] request(String path, String hostHeader) {
    return ("GET " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }
}
