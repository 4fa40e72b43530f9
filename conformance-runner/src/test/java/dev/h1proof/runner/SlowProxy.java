package dev.h1proof.runner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP relay that holds every answer back for a while before passing it on: any server
 * behind it becomes a slow one, with its verdicts intact.
 */
final class SlowProxy implements AutoCloseable {
  private final ServerSocket listener;
  private final InetSocketAddress upstream;
  private final Duration delay;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile boolean held;

  SlowProxy(InetSocketAddress upstream, Duration delay) throws IOException {
    this.upstream = upstream;
    this.delay = delay;
    this.listener = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "slow-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /**
   * From now on no answer is passed on at all (the connections stay open until closed), so a run
   * behind the proxy cannot finish before its read timeouts: a test can act on a run that is
   * certainly still going.
   */
  void holdAnswers() {
    held = true;
  }

  String url() {
    return "http://127.0.0.1:" + listener.getLocalPort() + "/";
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket(upstream.getAddress(), upstream.getPort());
        open.add(client);
        open.add(server);
        pump(client, server, Duration.ZERO, false);
        pump(server, client, delay, true);
      } catch (IOException closed) {
        return;
      }
    }
  }

  /**
   * Copies {@code from} to {@code to} after {@code wait}; passes the end of stream on. An answer
   * ({@code holdable}) is not passed on while {@link #holdAnswers} is in force.
   */
  private void pump(Socket from, Socket to, Duration wait, boolean holdable) {
    Thread t =
        new Thread(
            () -> {
              byte[] buf = new byte[16384];
              try {
                Thread.sleep(wait.toMillis());
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                int n;
                while ((n = in.read(buf)) >= 0) {
                  while (holdable && held && !to.isClosed()) {
                    Thread.sleep(50);
                  }
                  out.write(buf, 0, n);
                  out.flush();
                }
                to.shutdownOutput();
              } catch (IOException | InterruptedException e) {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "slow-proxy-pump");
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // already gone
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    open.forEach(SlowProxy::closeQuietly);
  }
}
