package dev.h1proof.proxy;

import dev.h1proof.rulebook.BackEndObservation;
import dev.h1proof.server.ConnectionEngine;
import dev.h1proof.server.ServerOptions;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The back end h1proof puts behind an intermediary: it records the exact bytes of every connection
 * the intermediary opens and answers them as the reference server does (strict, with its echo
 * endpoint). Recording is bounded: {@link #MAX_BYTES} per connection and {@link #MAX_CONNECTIONS}
 * per scenario; past either, the observation says it was truncated. Each scenario is one epoch:
 * {@link #begin()} closes the connections left from the last one, so bytes are never attributed to
 * the wrong scenario.
 */
public final class CaptureBackEnd implements Closeable {
  /** The most bytes kept per connection. */
  public static final int MAX_BYTES = 1 << 20;

  /** The most connections recorded per scenario; more are accepted and closed at once. */
  public static final int MAX_CONNECTIONS = 64;

  private final ServerSocket server;
  private final ServerOptions options;
  private final Thread acceptor;
  private final List<Capture> captures = new ArrayList<>();
  private boolean truncated;
  private long lastActivity = System.nanoTime();
  private volatile boolean closed;

  private CaptureBackEnd(ServerSocket server, ServerOptions options) {
    this.server = server;
    this.options = options;
    this.acceptor = new Thread(this::acceptLoop, "h1proof-capture-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Listens on {@code bind} (port 0 picks one). */
  public static CaptureBackEnd start(InetSocketAddress bind) throws IOException {
    ServerSocket server = new ServerSocket();
    try {
      server.setReuseAddress(true);
      server.bind(bind, 128);
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
    return new CaptureBackEnd(server, ServerOptions.strict());
  }

  /** The port it listens on. */
  public int port() {
    return server.getLocalPort();
  }

  /** The address it listens on. */
  public InetSocketAddress address() {
    return (InetSocketAddress) server.getLocalSocketAddress();
  }

  /** Starts a new scenario: closes every connection so far and forgets what they received. */
  public void begin() {
    List<Capture> old;
    synchronized (this) {
      old = new ArrayList<>(captures);
      captures.clear();
      truncated = false;
      lastActivity = System.nanoTime();
    }
    old.forEach(Capture::close);
  }

  /**
   * Waits until no byte arrived and no connection was opened for {@code quiet}, at most {@code
   * max}: the intermediary has forwarded what it will.
   */
  public void awaitQuiet(Duration quiet, Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (true) {
      long now = System.nanoTime();
      long idleUntil;
      synchronized (this) {
        idleUntil = lastActivity + quiet.toNanos();
      }
      if (now >= idleUntil || now >= deadline) {
        return;
      }
      Thread.sleep(Math.max(1, Math.min(idleUntil, deadline) - now) / 1_000_000 + 1);
    }
  }

  /** What the connections of this scenario received so far. */
  public synchronized BackEndObservation snapshot() {
    List<byte[]> bytes = new ArrayList<>();
    boolean cut = truncated;
    for (Capture c : captures) {
      synchronized (c) {
        bytes.add(c.recorded.toByteArray());
        cut |= c.truncated;
      }
    }
    return new BackEndObservation(List.copyOf(bytes), cut);
  }

  private synchronized void touch() {
    lastActivity = System.nanoTime();
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = server.accept();
      } catch (IOException e) {
        if (closed) {
          return;
        }
        continue;
      }
      Capture capture = null;
      synchronized (this) {
        lastActivity = System.nanoTime();
        if (captures.size() < MAX_CONNECTIONS) {
          capture = new Capture(socket);
          captures.add(capture);
        } else {
          truncated = true;
        }
      }
      if (capture == null) {
        closeQuietly(socket);
      } else {
        Thread t = new Thread(null, capture, "h1proof-capture", 256 * 1024);
        t.setDaemon(true);
        t.start();
      }
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    begin();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  /** One connection: its bytes as received, and a reference-server engine answering them. */
  private final class Capture implements Runnable {
    private final Socket socket;
    private final ByteArrayOutputStream recorded = new ByteArrayOutputStream();
    private boolean truncated;

    Capture(Socket socket) {
      this.socket = socket;
    }

    @Override
    public void run() {
      ConnectionEngine engine = new ConnectionEngine(options);
      byte[] buf = new byte[16 * 1024];
      try (socket) {
        socket.setSoTimeout((int) options.idleTimeout().toMillis());
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream();
        while (true) {
          int n = in.read(buf);
          if (n < 0) {
            engine.endOfInput();
            out.write(engine.drainOutput());
            out.flush();
            return;
          }
          synchronized (this) {
            int keep = Math.max(0, Math.min(n, MAX_BYTES - recorded.size()));
            recorded.write(buf, 0, keep);
            truncated |= keep < n;
          }
          touch();
          engine.receive(buf, 0, n);
          out.write(engine.drainOutput());
          out.flush();
          if (engine.closed()) {
            socket.shutdownOutput();
            drainAfterClose(in, buf);
            return;
          }
        }
      } catch (SocketException e) {
        // closed by begin() or by the intermediary
      } catch (IOException e) {
        // a timeout or a reset: the connection ends, what it sent is kept
      }
    }

    /**
     * After the engine closed (a rejection), what the intermediary still sends is recorded too: it
     * is part of what it forwarded. Reading stops at its close, the idle timeout or begin().
     */
    private void drainAfterClose(InputStream in, byte[] buf) throws IOException {
      while (true) {
        int n = in.read(buf);
        if (n < 0) {
          return;
        }
        synchronized (this) {
          int keep = Math.max(0, Math.min(n, MAX_BYTES - recorded.size()));
          recorded.write(buf, 0, keep);
          truncated |= keep < n;
        }
        touch();
      }
    }

    void close() {
      closeQuietly(socket);
    }
  }
}
