package dev.h1proof.server;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * The built-in reference server: one NIO selector thread driving a {@link ConnectionEngine} per
 * connection. It answers pipelined requests in order, enforces request and idle timeouts, and after
 * a final response that closes it shuts the output down first, so the client reads the response
 * before the FIN (RFC 9112 §9.6).
 */
public final class ReferenceServer implements Closeable {
  private final ServerOptions options;
  private final Selector selector;
  private final ServerSocketChannel listener;
  private final Thread loop;
  private volatile boolean running = true;

  private ReferenceServer(ServerOptions options, InetSocketAddress bind) throws IOException {
    this.options = options;
    this.selector = Selector.open();
    this.listener = ServerSocketChannel.open();
    listener.setOption(StandardSocketOptions.SO_REUSEADDR, true);
    listener.bind(bind, 512);
    listener.configureBlocking(false);
    listener.register(selector, SelectionKey.OP_ACCEPT);
    this.loop = new Thread(this::run, "h1proof-server-" + port());
    loop.setDaemon(true);
  }

  /** Starts a server on {@code bind} (port 0 picks an ephemeral port). */
  public static ReferenceServer start(ServerOptions options, InetSocketAddress bind)
      throws IOException {
    ReferenceServer server = new ReferenceServer(options, bind);
    server.loop.start();
    return server;
  }

  /** The bound port. */
  public int port() {
    return listener.socket().getLocalPort();
  }

  /** The bound address. */
  public InetSocketAddress address() {
    return (InetSocketAddress) listener.socket().getLocalSocketAddress();
  }

  /** Waits until the server stops. */
  public void await() throws InterruptedException {
    loop.join();
  }

  @Override
  public void close() throws IOException {
    running = false;
    selector.wakeup();
    try {
      loop.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    ByteBuffer read = ByteBuffer.allocate(64 * 1024);
    try {
      while (running) {
        selector.select(250);
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
          SelectionKey key = keys.next();
          keys.remove();
          try {
            if (!key.isValid()) {
              continue;
            }
            if (key.isAcceptable()) {
              accept();
            } else {
              Connection c = (Connection) key.attachment();
              if (key.isReadable()) {
                c.read(read);
              }
              if (key.isValid() && key.isWritable()) {
                c.flush();
              }
            }
          } catch (IOException e) {
            if (key.attachment() instanceof Connection c) {
              c.abort();
            }
          }
        }
        expire();
      }
    } catch (IOException e) {
      System.err.println("h1proof serve: selector failed: " + e.getMessage());
    } finally {
      for (SelectionKey key : selector.keys()) {
        try {
          key.channel().close();
        } catch (IOException ignored) {
          // closing anyway
        }
      }
      try {
        selector.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  private void accept() throws IOException {
    SocketChannel channel;
    while ((channel = listener.accept()) != null) {
      channel.configureBlocking(false);
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      Connection c = new Connection(channel);
      c.key = channel.register(selector, SelectionKey.OP_READ, c);
    }
  }

  private void expire() {
    long now = System.nanoTime();
    for (SelectionKey key : selector.keys()) {
      if (key.attachment() instanceof Connection c) {
        c.checkTimeouts(now);
      }
    }
  }

  /** One client connection. */
  private final class Connection {
    private final SocketChannel channel;
    private final ConnectionEngine engine = new ConnectionEngine(options);
    private final ArrayDeque<ByteBuffer> pending = new ArrayDeque<>();
    private SelectionKey key;
    private long lastActivity = System.nanoTime();
    private long messageStarted = -1;
    private boolean outputShut;

    Connection(SocketChannel channel) {
      this.channel = channel;
    }

    void read(ByteBuffer buf) throws IOException {
      buf.clear();
      int n = channel.read(buf);
      lastActivity = System.nanoTime();
      if (n < 0) {
        engine.endOfInput();
      } else if (n > 0) {
        if (messageStarted < 0) {
          messageStarted = lastActivity;
        }
        engine.receive(buf.array(), 0, n);
        if (!engine.midMessage()) {
          messageStarted = -1;
        }
      }
      collect();
      flush();
    }

    private void collect() {
      byte[] out = engine.drainOutput();
      if (out.length > 0) {
        pending.add(ByteBuffer.wrap(out));
      }
    }

    void flush() throws IOException {
      while (!pending.isEmpty()) {
        ByteBuffer head = pending.peek();
        channel.write(head);
        if (head.hasRemaining()) {
          key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
          return;
        }
        pending.poll();
      }
      if (engine.closed()) {
        finish();
      } else {
        key.interestOps(SelectionKey.OP_READ);
      }
    }

    /** All output written: half-close, then keep reading briefly so no RST destroys it. */
    private void finish() throws IOException {
      if (!outputShut) {
        outputShut = true;
        channel.shutdownOutput();
        lastActivity = System.nanoTime();
      }
      key.interestOps(SelectionKey.OP_READ);
      if (!channel.isOpen()) {
        return;
      }
      // Lingering read: discard what the client still sends until it closes or the linger ends.
      ByteBuffer sink = ByteBuffer.allocate(4096);
      int n;
      while ((n = channel.read(sink)) > 0) {
        sink.clear();
      }
      if (n < 0) {
        abort();
      }
    }

    void checkTimeouts(long now) {
      try {
        if (outputShut) {
          if (now - lastActivity > 2_000_000_000L) {
            abort();
          }
          return;
        }
        if (messageStarted >= 0 && now - messageStarted > options.requestTimeout().toNanos()) {
          engine.timeout();
          collect();
          flush();
        } else if (messageStarted < 0 && now - lastActivity > options.idleTimeout().toNanos()) {
          abort();
        }
      } catch (IOException e) {
        abort();
      }
    }

    void abort() {
      key.cancel();
      try {
        channel.close();
      } catch (IOException ignored) {
        // already gone
      }
    }
  }
}
