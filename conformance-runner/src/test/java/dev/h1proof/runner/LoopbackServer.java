package dev.h1proof.runner;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A test server on an ephemeral loopback port that hands every connection to {@code behaviour} on a
 * daemon thread of its own: the hostile, slow and lingering servers the runner tests talk to.
 * Closing it closes the listening socket and every connection it accepted.
 */
final class LoopbackServer implements AutoCloseable {
  private final ServerSocket socket;
  private final List<Socket> connections = new ArrayList<>();

  LoopbackServer(Consumer<Socket> behaviour) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(
            () -> {
              while (!socket.isClosed()) {
                try {
                  Socket c = socket.accept();
                  synchronized (connections) {
                    connections.add(c);
                  }
                  Thread t = new Thread(() -> behaviour.accept(c));
                  t.setDaemon(true);
                  t.start();
                } catch (IOException closed) {
                  return;
                }
              }
            });
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The port it listens on. */
  int port() {
    return socket.getLocalPort();
  }

  /** {@code http://127.0.0.1:PORT/}. */
  String url() {
    return "http://127.0.0.1:" + port() + "/";
  }

  /** How many connections it has accepted. */
  int connections() {
    synchronized (connections) {
      return connections.size();
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
    synchronized (connections) {
      for (Socket c : connections) {
        c.close();
      }
    }
  }
}
