package dev.h1proof.proxy;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The unsafe half of the calibration pair: a TCP relay that forwards every byte unchanged, both
 * ways, and closes both sides when either ends. It frames nothing, so it forwards every ambiguous
 * message as it came; every non-control {@code @intermediary} scenario must FAIL through it.
 */
final class VerbatimRelay implements Closeable {
  private final ServerSocket server;

  VerbatimRelay(int upstreamPort) throws IOException {
    this(upstreamPort, Integer.MAX_VALUE, 0);
  }

  /**
   * A relay that stops, as a crashed proxy does, when connection number {@code stopAfter + 1}
   * arrives: it closes its listener, so later connections are refused, and closes that connection
   * unanswered once it has read from it.
   */
  static VerbatimRelay stoppingAfter(int upstreamPort, int stopAfter) throws IOException {
    return new VerbatimRelay(upstreamPort, stopAfter, 0);
  }

  /**
   * A relay that answers its first {@code connections} connections 502 itself, as a proxy that has
   * not yet found its upstream does, and relays from then on.
   */
  static VerbatimRelay warmingUp(int upstreamPort, int connections) throws IOException {
    return new VerbatimRelay(upstreamPort, Integer.MAX_VALUE, connections);
  }

  private VerbatimRelay(int upstreamPort, int stopAfter, int badGatewayFirst) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t =
        new Thread(
            () -> {
              int accepted = 0;
              while (!server.isClosed()) {
                try {
                  Socket client = server.accept();
                  if (++accepted > stopAfter) {
                    server.close();
                    try (client) {
                      client.getInputStream().read(new byte[8192]);
                    }
                    return;
                  }
                  if (accepted <= badGatewayFirst) {
                    try (client) {
                      client.getInputStream().read(new byte[8192]);
                      client
                          .getOutputStream()
                          .write(
                              "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n"
                                  .getBytes(StandardCharsets.ISO_8859_1));
                    }
                    continue;
                  }
                  Socket up = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                  pump(client, up);
                  pump(up, client);
                } catch (IOException e) {
                  // closed, or the upstream refused: the next connection is tried
                }
              }
            },
            "verbatim-relay");
    t.setDaemon(true);
    t.start();
  }

  int port() {
    return server.getLocalPort();
  }

  InetSocketAddress address() {
    return (InetSocketAddress) server.getLocalSocketAddress();
  }

  private static void pump(Socket from, Socket to) {
    Thread t =
        new Thread(
            () -> {
              byte[] buf = new byte[8192];
              try (from;
                  to) {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                int n;
                while ((n = in.read(buf)) >= 0) {
                  out.write(buf, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // one side went away; closing both ends the relay of this connection
              }
            },
            "verbatim-pump");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
