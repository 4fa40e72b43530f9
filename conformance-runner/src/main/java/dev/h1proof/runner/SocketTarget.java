package dev.h1proof.runner;

import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.TargetInfo;
import dev.h1proof.rulebook.Wire;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * A real server over TCP or TLS. Each exchange opens its own connection, writes the bytes exactly,
 * honouring pauses and awaits, and reads under one deadline for the whole exchange. What arrives is
 * followed as it comes ({@link ResponseStream}): a bounded prefix is kept as evidence, the rest is
 * counted, so any server costs bounded memory and time.
 *
 * <p>Waits: {@code timeout} is the longest silence tolerated while a response is awaited. Opening
 * the connection (TCP and TLS) may take up to {@link #CONNECT_TIMEOUTS} times that, because a
 * server with a full accept queue finishes new handshakes only after it accepts again; the exchange
 * (writes, pauses, reads) then ends at the latest {@link #DEADLINE_TIMEOUTS} times the timeout
 * after the connection is up, plus its pauses. Once the expected responses are in, a close
 * announced by them, or an error response when the scenario needs to see a close, gets a separate,
 * longer close wait, run in the background so it does not hold a concurrency slot.
 */
public final class SocketTarget implements Target, AutoCloseable {
  /** How many read timeouts make the deadline of a whole exchange (pauses are added on top). */
  static final int DEADLINE_TIMEOUTS = 4;

  /**
   * How many read timeouts an exchange's connection may take to open. A server busy with the run's
   * other connections may let its accept queue fill; the kernel then leaves new handshakes
   * unfinished until the server accepts again, and retries them on timers of half a second and
   * more, so a connection can open well after one read timeout.
   */
  static final int CONNECT_TIMEOUTS = 2;

  /** How long to wait for a FIN after responses that do not announce a close. */
  static final Duration CLOSE_GRACE = Duration.ofMillis(30);

  /** How long to wait for a FIN after an error response that does not announce a close. */
  static final Duration ERROR_CLOSE_GRACE = Duration.ofMillis(250);

  /**
   * The default close wait: long enough for a lingering close (nginx, having rejected a request
   * whose announced body has not all arrived, reads on to discard it and closes only when its 5 s
   * timer for that runs out).
   */
  public static final Duration DEFAULT_CLOSE_WAIT = Duration.ofSeconds(10);

  /** The pause written for {@code {pause}}. */
  static final Duration PAUSE = Duration.ofMillis(100);

  /** The pause between the writes of a fragmented request. */
  static final Duration FRAGMENT_PAUSE = Duration.ofMillis(5);

  /** The most close waits run in the background at once; past it, they run in the caller. */
  static final int BACKGROUND_WAITS = 256;

  /** How long after the deadline the watchdog closes a socket that is still busy. */
  static final Duration WATCHDOG_SLACK = Duration.ofMillis(100);

  private static final ScheduledExecutorService WATCHDOG = watchdog();

  private final TargetUrl url;
  private final TargetInfo info;
  private final Duration timeout;
  private final Duration closeWait;
  private final SSLContext tls;
  private final Semaphore waitSlots = new Semaphore(BACKGROUND_WAITS);
  private final IdleProbe idleProbe;
  private final ExecutorService waiters =
      Executors.newCachedThreadPool(
          r -> {
            // Waiters only block in reads; a small stack keeps hundreds of them cheap.
            Thread t = new Thread(null, r, "h1proof-close-wait", 256 * 1024);
            t.setDaemon(true);
            return t;
          });

  /**
   * A target with the default close wait.
   *
   * @param url where
   * @param hostHeader the Host value, or null for the URL's authority
   * @param echoPath the echo endpoint, or null
   * @param timeout the longest silence awaited while a response is due
   * @param tls the TLS context for https, or null for http
   */
  public SocketTarget(
      TargetUrl url, String hostHeader, String echoPath, Duration timeout, SSLContext tls) {
    this(url, hostHeader, echoPath, timeout, DEFAULT_CLOSE_WAIT, tls);
  }

  /**
   * A target.
   *
   * @param url where
   * @param hostHeader the Host value, or null for the URL's authority
   * @param echoPath the echo endpoint, or null
   * @param timeout the longest silence awaited while a response is due
   * @param closeWait how long a server that announced or owes a close is given to close
   * @param tls the TLS context for https, or null for http
   */
  public SocketTarget(
      TargetUrl url,
      String hostHeader,
      String echoPath,
      Duration timeout,
      Duration closeWait,
      SSLContext tls) {
    this.url = url;
    this.info =
        new TargetInfo(
            hostHeader != null ? hostHeader : url.authority(),
            url.host(),
            url.port(),
            url.path(),
            echoPath);
    this.timeout = timeout;
    this.closeWait = closeWait;
    this.tls = tls;
    this.idleProbe = new IdleProbe();
  }

  /**
   * A copy of {@code of} that waits {@code timeout} for a due response; the idle probe is shared.
   */
  private SocketTarget(SocketTarget of, Duration timeout) {
    this.url = of.url;
    this.info = of.info;
    this.timeout = timeout;
    this.closeWait = of.closeWait;
    this.tls = of.tls;
    this.idleProbe = of.idleProbe;
  }

  /** The same server, waiting twice as long for a response that is due. */
  @Override
  public Target secondLook() {
    return new SocketTarget(this, timeout.multipliedBy(2));
  }

  private static ScheduledExecutorService watchdog() {
    ScheduledThreadPoolExecutor s =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "h1proof-deadline");
              t.setDaemon(true);
              return t;
            });
    s.setRemoveOnCancelPolicy(true);
    return s;
  }

  @Override
  public TargetInfo info() {
    return info;
  }

  @Override
  public boolean tls() {
    return tls != null;
  }

  @Override
  public String describe() {
    return url.text();
  }

  /** Opens and closes one connection (and TLS handshake): proves the target is reachable. */
  public void probe() throws IOException {
    long now = System.nanoTime();
    Socket raw = new Socket();
    try (raw;
        Socket s =
            connect(raw, now + timeout.toNanos(), now + timeout.toNanos() * DEADLINE_TIMEOUTS)) {
      s.getOutputStream().flush();
    }
  }

  /**
   * Two plain TCP connections, 100 ms apart, both refused: the server's port has nothing listening
   * (its process ended or closed the listener). Any other outcome, a timeout among them, is no
   * proof: a server with a full accept queue lets a connection time out, never refuses it.
   */
  @Override
  public boolean refusesConnections() throws InterruptedException {
    return refuses(new InetSocketAddress(url.host(), url.port()), timeout);
  }

  /** {@link #refusesConnections()} for any address; {@code timeout} bounds each connect. */
  static boolean refuses(InetSocketAddress address, Duration timeout) throws InterruptedException {
    for (int attempt = 0; attempt < 2; attempt++) {
      if (attempt > 0) {
        Thread.sleep(100);
      }
      try (Socket s = new Socket()) {
        s.connect(address, (int) Math.max(1, timeout.toMillis()));
        return false;
      } catch (ConnectException refused) {
        // nothing listens there now; ask once more
      } catch (IOException e) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Observation exchange(Wire wire) throws IOException {
    return exchange(wire, CloseStakes.NONE).join();
  }

  @Override
  public CompletableFuture<Observation> exchange(Wire wire, CloseStakes stakes) throws IOException {
    long t0 = System.nanoTime();
    Socket raw = new Socket();
    Socket socket = connectPatiently(raw, t0 + timeout.toNanos() * CONNECT_TIMEOUTS);
    // The exchange's own deadline starts once the connection is up: a slow accept is the
    // server's load, not its answer, and must not shorten the silence a scenario waits out.
    long deadline = System.nanoTime() + budget(wire).toNanos();
    Observer.Framing framing = Observer.framing(wire.bytes());
    Exchange x = new Exchange(framing.methods(), framing.framed(), t0, deadline, stakes);
    // Writes and the TLS layer have no timeout of their own: the watchdog closes the socket just
    // after the deadline (reads end at it by themselves), which ends any blocked call.
    ScheduledFuture<?> watch = watch(raw, deadline, x.expired);
    boolean handedOver = false;
    try {
      Observation.ConnectionState state;
      InputStream in = null;
      try {
        in = socket.getInputStream();
        state = write(socket, socket.getOutputStream(), in, wire, x);
        if (state == Observation.ConnectionState.OPEN) {
          state = read(in, socket, x);
        }
      } catch (IOException e) {
        // The socket failed under us (or the watchdog closed it): what arrived still counts.
        state = Observation.ConnectionState.RESET;
      }
      watch.cancel(false);
      if (in != null
          && state == Observation.ConnectionState.OPEN
          && !x.expired.get()
          && x.stream.answered(x.expected)
          && longCloseWait(x)) {
        startIdleProbe();
        InputStream input = in;
        if (waitSlots.tryAcquire()) {
          handedOver = true;
          return CompletableFuture.supplyAsync(
              () -> {
                try {
                  return x.observe(awaitClose(input, socket, x));
                } finally {
                  closeQuietly(socket);
                  waitSlots.release();
                }
              },
              waiters);
        }
        state = awaitClose(in, socket, x);
      }
      return CompletableFuture.completedFuture(x.observe(state));
    } finally {
      watch.cancel(false);
      if (!handedOver) {
        closeQuietly(raw);
      }
    }
  }

  /**
   * Ends what may still go on in the background once every exchange is over: the idle probe's
   * connection (its thread would otherwise block in a read for up to the close wait, and an exiting
   * JVM waits a while for such threads) and the idle close waiters.
   */
  @Override
  public void close() {
    idleProbe.stop();
    waiters.shutdown();
  }

  /**
   * Starts timing how long the target keeps an idle connection (once per target), so that a close
   * at the end of a long close wait can be told from one at the target's idle timeout.
   */
  private void startIdleProbe() {
    idleProbe.startOnce(
        waiters,
        deadline -> connect(new Socket(), deadline, deadline),
        IdleProbe.request(info.path(), info.hostHeader()),
        timeout,
        closeWait.plus(Duration.ofMillis(IdleProbe.tolerance(closeWait.toMillis()))));
  }

  /** The deadline of the whole exchange: a few read timeouts plus the pauses it writes. */
  Duration budget(Wire wire) {
    Duration budget = timeout.multipliedBy(DEADLINE_TIMEOUTS);
    for (Wire.Break b : wire.breaks()) {
      budget =
          budget.plus(
              switch (b.kind()) {
                case PAUSE -> PAUSE;
                case FRAGMENT -> FRAGMENT_PAUSE;
                case AWAIT -> timeout;
                case SHUTDOWN -> Duration.ZERO;
              });
    }
    return budget;
  }

  /** What one exchange has seen so far. */
  private final class Exchange {
    final List<String> methods;
    final int expected;
    final long t0;
    final long deadline;
    final ResponseStream stream;
    final CloseStakes stakes;
    final AtomicBoolean expired = new AtomicBoolean();

    /** How long after the responses the target closed, during a long close wait; else -1. */
    volatile long closeAfterMillis = -1;

    Exchange(List<String> methods, int expected, long t0, long deadline, CloseStakes stakes) {
      this.methods = methods;
      this.stakes = stakes;
      this.expected = expected;
      this.t0 = t0;
      this.deadline = deadline;
      this.stream = new ResponseStream(methods);
    }

    /**
     * The observation. When the evidence is whole, the response parser reads it once, as it reads
     * any exchange; when it is a prefix, the responses are those the stream followed. A close seen
     * during a long close wait is set against the target's idle timeout only when the verdict may
     * turn on it: when the connection read as open would accuse the target less.
     */
    Observation observe(Observation.ConnectionState reported) {
      // A socket closed by the deadline says nothing about the target: it had not closed.
      Observation.ConnectionState state =
          expired.get() ? Observation.ConnectionState.OPEN : reported;
      boolean closed = state.closed();
      byte[] evidence = stream.evidence();
      List<Observation.Response> responses;
      List<String> deviations;
      if (stream.discarded() == 0) {
        Observer.Parsed parsed = Observer.parse(evidence, closed, methods);
        responses = parsed.responses();
        deviations = parsed.deviations();
      } else {
        responses = stream.responses(closed);
        deviations = stream.deviations();
      }
      Observation seen =
          new Observation(
              evidence,
              responses,
              state,
              deviations,
              (System.nanoTime() - t0) / 1_000_000,
              stream.reception(closed),
              stream.discarded(),
              null);
      if (state != Observation.ConnectionState.CLOSED
          || closeAfterMillis < 0
          || !stakes.openAccusesLess(seen)) {
        return seen;
      }
      Observation.IdleClose idleClose = idleProbe.idleClose(closeAfterMillis, timeout);
      return idleClose == null
          ? seen
          : new Observation(
              evidence,
              responses,
              state,
              deviations,
              seen.elapsedMillis(),
              seen.reception(),
              seen.discarded(),
              idleClose);
    }
  }

  /**
   * Connects {@code raw} for an exchange, waiting for the connection until {@code connectBy}. The
   * target was reachable when the run began ({@link #probe()}), so a connection that takes longer
   * than one read timeout is most likely a server whose accept queue is full (see {@link
   * #CONNECT_TIMEOUTS}); waiting for it keeps a busy server's scenarios judged instead of
   * INCONCLUSIVE. On failure the socket is closed and the cause thrown.
   */
  private Socket connectPatiently(Socket raw, long connectBy) throws IOException {
    AtomicBoolean expired = new AtomicBoolean();
    ScheduledFuture<?> watch = watch(raw, connectBy, expired);
    try {
      return connect(raw, connectBy, connectBy);
    } catch (IOException e) {
      closeQuietly(raw);
      if (expired.get()) {
        throw new SocketTimeoutException("connecting took longer than the deadline");
      }
      throw e;
    } finally {
      watch.cancel(false);
    }
  }

  /** Sets {@code expired} and closes {@code socket} just after {@code deadline} (nanos). */
  private static ScheduledFuture<?> watch(Socket socket, long deadline, AtomicBoolean expired) {
    return WATCHDOG.schedule(
        () -> {
          expired.set(true);
          closeQuietly(socket);
        },
        Math.max(0, deadline - System.nanoTime()) + WATCHDOG_SLACK.toNanos(),
        TimeUnit.NANOSECONDS);
  }

  /**
   * Connects {@code socket}, waiting for TCP until {@code connectBy}, and, for https, shakes hands
   * over it, each read of the handshake waiting one read timeout at most and ending by {@code
   * deadline}; returns the socket to use.
   */
  private Socket connect(Socket socket, long connectBy, long deadline) throws IOException {
    int connectMillis = (int) Math.max(1, millisLeft(connectBy));
    socket.connect(new InetSocketAddress(url.host(), url.port()), connectMillis);
    socket.setTcpNoDelay(true);
    if (tls == null) {
      return socket;
    }
    SSLSocket ssl =
        (SSLSocket) tls.getSocketFactory().createSocket(socket, url.host(), url.port(), true);
    SSLParameters params = ssl.getSSLParameters();
    // RFC 6066 §3: SNI carries host names only, never an address literal.
    List<SNIServerName> serverNames = List.of();
    if (!TargetUrl.isAddressLiteral(url.host())) {
      try {
        serverNames = List.of(new SNIHostName(url.host()));
      } catch (IllegalArgumentException notADnsName) {
        // e.g. an underscore: a name SNI cannot carry is sent without SNI
      }
    }
    params.setServerNames(serverNames);
    // The certificate must name the host (RFC 9110 §4.3.4); --insecure's trust manager skips it.
    params.setEndpointIdentificationAlgorithm("HTTPS");
    params.setApplicationProtocols(new String[] {"http/1.1"});
    ssl.setSSLParameters(params);
    ssl.setSoTimeout((int) Math.max(1, Math.min(timeout.toMillis(), millisLeft(deadline))));
    ssl.startHandshake();
    return ssl;
  }

  /** Writes the bytes with their breaks; returns CLOSED or RESET if the target hung up first. */
  private Observation.ConnectionState write(
      Socket socket, OutputStream out, InputStream in, Wire wire, Exchange x) throws IOException {
    byte[] bytes = wire.bytes();
    int from = 0;
    try {
      for (Wire.Break b : wire.breaks()) {
        out.write(bytes, from, b.offset() - from);
        out.flush();
        from = b.offset();
        switch (b.kind()) {
          case PAUSE -> pause(PAUSE, x.deadline);
          case FRAGMENT -> pause(FRAGMENT_PAUSE, x.deadline);
          case SHUTDOWN -> socket.shutdownOutput();
          case AWAIT -> {
            Observation.ConnectionState s = awaitBytes(socket, in, x);
            if (s != Observation.ConnectionState.OPEN) {
              return s;
            }
          }
        }
        if (x.expired.get()) {
          return Observation.ConnectionState.OPEN;
        }
      }
      out.write(bytes, from, bytes.length - from);
      out.flush();
    } catch (SocketException | SSLException e) {
      // The target closed while we were still writing: read whatever it said before that.
      return x.expired.get() ? Observation.ConnectionState.OPEN : drain(socket, in, x);
    }
    return Observation.ConnectionState.OPEN;
  }

  private static void pause(Duration pause, long deadline) throws IOException {
    long millis = Math.min(pause.toMillis(), millisLeft(deadline));
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
  }

  private Observation.ConnectionState awaitBytes(Socket socket, InputStream in, Exchange x)
      throws IOException {
    byte[] buf = new byte[8192];
    long left = millisLeft(x.deadline);
    if (left <= 0) {
      return Observation.ConnectionState.OPEN;
    }
    socket.setSoTimeout((int) Math.max(1, Math.min(timeout.toMillis(), left)));
    try {
      int n = in.read(buf);
      if (n < 0) {
        return Observation.ConnectionState.CLOSED;
      }
      x.stream.feed(buf, 0, n);
    } catch (SocketTimeoutException e) {
      // nothing arrived: go on writing, as a client that waited for 100-continue does
    } catch (SocketException e) {
      return Observation.ConnectionState.RESET;
    }
    return Observation.ConnectionState.OPEN;
  }

  /** Reads what a target said before it hung up on our writes, until the end or the deadline. */
  private Observation.ConnectionState drain(Socket socket, InputStream in, Exchange x) {
    byte[] buf = new byte[16384];
    try {
      while (true) {
        long left = millisLeft(x.deadline);
        if (left <= 0) {
          return Observation.ConnectionState.OPEN;
        }
        socket.setSoTimeout((int) Math.max(1, Math.min(timeout.toMillis(), left)));
        int n = in.read(buf);
        if (n < 0) {
          return Observation.ConnectionState.CLOSED;
        }
        x.stream.feed(buf, 0, n);
      }
    } catch (SocketTimeoutException e) {
      return Observation.ConnectionState.OPEN;
    } catch (IOException e) {
      return Observation.ConnectionState.RESET;
    }
  }

  /**
   * Reads until the connection ends, the bytes stop being HTTP, the read timeout passes without a
   * byte, the deadline passes, or the expected responses are complete and the short close grace is
   * over. Returns OPEN early, with the responses complete, when a long close wait is due.
   */
  private Observation.ConnectionState read(InputStream in, Socket socket, Exchange x)
      throws IOException {
    byte[] buf = new byte[16384];
    while (!x.stream.broken()) {
      long wait = timeout.toMillis();
      if (x.stream.answered(x.expected)) {
        if (longCloseWait(x)) {
          return Observation.ConnectionState.OPEN;
        }
        wait = closeGrace(x).toMillis();
      }
      long left = millisLeft(x.deadline);
      if (left <= 0) {
        return Observation.ConnectionState.OPEN;
      }
      socket.setSoTimeout((int) Math.max(1, Math.min(wait, left)));
      int n;
      try {
        n = in.read(buf);
      } catch (SocketTimeoutException e) {
        return Observation.ConnectionState.OPEN;
      } catch (SSLException e) {
        return Observation.ConnectionState.CLOSED;
      } catch (SocketException e) {
        return Observation.ConnectionState.RESET;
      }
      if (n < 0) {
        return Observation.ConnectionState.CLOSED;
      }
      x.stream.feed(buf, 0, n);
    }
    return Observation.ConnectionState.OPEN;
  }

  /**
   * The long close wait, after the expected responses: reads on (more bytes are still evidence)
   * until the target closes or the close wait passes.
   */
  private Observation.ConnectionState awaitClose(InputStream in, Socket socket, Exchange x) {
    byte[] buf = new byte[16384];
    long start = System.nanoTime();
    long end = start + closeWait.toNanos();
    try {
      while (!x.stream.broken()) {
        long left = millisLeft(end);
        if (left <= 0) {
          return Observation.ConnectionState.OPEN;
        }
        socket.setSoTimeout((int) Math.max(1, left));
        int n = in.read(buf);
        if (n < 0) {
          x.closeAfterMillis = (System.nanoTime() - start) / 1_000_000;
          return Observation.ConnectionState.CLOSED;
        }
        x.stream.feed(buf, 0, n);
      }
      return Observation.ConnectionState.OPEN;
    } catch (SocketTimeoutException e) {
      return Observation.ConnectionState.OPEN;
    } catch (SSLException e) {
      return Observation.ConnectionState.CLOSED;
    } catch (IOException e) {
      return Observation.ConnectionState.RESET;
    }
  }

  /**
   * A long close wait is due when a response announced {@code Connection: close} (the server may
   * linger before it closes) or was an error (servers often close after one without saying so), and
   * the verdict turns on whether the target closes.
   */
  private boolean longCloseWait(Exchange x) {
    return closeWait.compareTo(timeout) > 0
        && (x.stream.closeAnnounced() || x.stream.errorAnswered())
        && x.stakes.closeDecides(x.observe(Observation.ConnectionState.OPEN));
  }

  /**
   * How long to wait for a FIN once the expected responses are in and no long wait is due: a grace
   * after an error or a response that announced the close, a shorter one otherwise.
   */
  private Duration closeGrace(Exchange x) {
    boolean closing = x.stream.closeAnnounced() || x.stream.errorAnswered();
    Duration grace = closing ? ERROR_CLOSE_GRACE : CLOSE_GRACE;
    return grace.compareTo(timeout) < 0 ? grace : timeout;
  }

  private static long millisLeft(long deadline) {
    return (deadline - System.nanoTime()) / 1_000_000;
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing is best effort: the exchange is over either way
    }
  }
}
