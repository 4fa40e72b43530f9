package dev.h1proof.runner;

import dev.h1proof.proxy.CaptureBackEnd;
import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.TargetInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;

/**
 * The client side of an intermediary scenario. A proxy may answer more messages than a strict
 * parser frames in the bytes sent (it may accept and re-frame a lenient one, then forward the
 * canary on a new back-end connection after the first answer), so reading does not stop at the
 * count of strictly framed requests: it stops once the proxy and the back end have both been quiet
 * and every request the back end received has its answer, at the close, or at the deadline. After
 * an error or an announced close it waits for the close, bounded by {@link #CLOSE_WAIT}. At most
 * {@link #MAX_BYTES} are kept.
 */
final class ProxyClient {
  /** The most bytes of answers kept per exchange; reading stops there. */
  static final int MAX_BYTES = 1 << 20;

  /** Silence from the proxy after which its answers are taken as complete. */
  static final Duration SETTLE = Duration.ofMillis(300);

  /** How long a proxy that answered an error or announced a close is given to close. */
  static final Duration CLOSE_WAIT = Duration.ofSeconds(3);

  private static final int POLL_MILLIS = 50;

  private final InetSocketAddress address;
  private final TargetInfo info;
  private final Duration timeout;
  private final CaptureBackEnd backEnd;

  ProxyClient(
      InetSocketAddress address, TargetInfo info, Duration timeout, CaptureBackEnd backEnd) {
    this.address = address;
    this.info = info;
    this.timeout = timeout;
    this.backEnd = backEnd;
  }

  TargetInfo info() {
    return info;
  }

  /** Writes {@code sent} on a new connection and observes the answers. */
  Observation exchange(byte[] sent) throws IOException {
    long t0 = System.nanoTime();
    long deadline = t0 + timeout.toNanos() * 4;
    List<String> methods = Observer.requestMethods(sent);
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    Observation.ConnectionState state = Observation.ConnectionState.OPEN;
    Socket socket = new Socket();
    try {
      socket.connect(address, (int) Math.max(1, timeout.toMillis()));
    } catch (IOException e) {
      socket.close();
      throw e;
    }
    try (socket) {
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(POLL_MILLIS);
      socket.getOutputStream().write(sent);
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      byte[] buf = new byte[16 * 1024];
      long lastByte = System.nanoTime();
      long closingSince = -1;
      while (System.nanoTime() < deadline && received.size() < MAX_BYTES) {
        int n;
        try {
          n = in.read(buf, 0, Math.min(buf.length, MAX_BYTES - received.size()));
        } catch (SocketTimeoutException e) {
          n = 0;
        }
        long now = System.nanoTime();
        if (n < 0) {
          state = Observation.ConnectionState.CLOSED;
          break;
        }
        if (n > 0) {
          received.write(buf, 0, n);
          lastByte = now;
          continue;
        }
        if (received.size() == 0 || now - lastByte < SETTLE.toNanos()) {
          continue;
        }
        byte[] bytes = received.toByteArray();
        Observer.Parsed parsed = Observer.parse(bytes, false, methods);
        if (!parsed.complete()) {
          continue;
        }
        if (backEnd.snapshot().requests().size() > parsed.finals()) {
          continue; // the back end answered more than the proxy has passed on yet
        }
        if (!closing(parsed)) {
          break;
        }
        if (closingSince < 0) {
          closingSince = now;
        } else if (now - closingSince > CLOSE_WAIT.toNanos()) {
          break;
        }
      }
    } catch (SocketException e) {
      state = Observation.ConnectionState.RESET;
    }
    byte[] bytes = received.toByteArray();
    Observer.Parsed parsed = Observer.parse(bytes, state.closed(), methods);
    Observation.Reception reception =
        bytes.length == 0
            ? Observation.Reception.NOTHING
            : parsed.complete() ? Observation.Reception.COMPLETE : Observation.Reception.INCOMPLETE;
    return new Observation(
        bytes,
        parsed.responses(),
        state,
        parsed.deviations(),
        (System.nanoTime() - t0) / 1_000_000,
        reception,
        0);
  }

  /** An error answer or an announced close: the close is part of what is judged, so wait for it. */
  private static boolean closing(Observer.Parsed parsed) {
    for (Observation.Response r : parsed.responses()) {
      if (!r.interim() && r.status() >= 400) {
        return true;
      }
      for (Observation.Field f : r.fields()) {
        if (f.name().equalsIgnoreCase("connection")
            && f.value().toLowerCase(java.util.Locale.ROOT).contains("close")) {
          return true;
        }
      }
    }
    return false;
  }
}
