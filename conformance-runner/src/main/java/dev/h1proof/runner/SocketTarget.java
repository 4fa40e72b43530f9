package dev.h1proof.runner;

import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.Outcome;
import dev.h1proof.rulebook.TargetInfo;
import dev.h1proof.rulebook.Wire;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * A real server over TCP or TLS. Each exchange opens its own connection, writes the bytes exactly,
 * honouring pauses and awaits, and reads with hard caps on bytes and time.
 */
public final class SocketTarget implements Target {
  /** The most bytes read from one exchange. */
  static final int MAX_RESPONSE_BYTES = 1 << 20;

  /** How long to wait for a FIN after responses that do not announce a close. */
  static final Duration CLOSE_GRACE = Duration.ofMillis(30);

  /** How long to wait for a FIN after an error response that does not announce a close. */
  static final Duration ERROR_CLOSE_GRACE = Duration.ofMillis(250);

  /** The pause written for {@code {pause}} and between fragments. */
  static final Duration PAUSE = Duration.ofMillis(100);

  private final TargetUrl url;
  private final TargetInfo info;
  private final Duration timeout;
  private final SSLContext tls;

  /**
   * A target.
   *
   * @param url where
   * @param hostHeader the Host value, or null for the URL's authority
   * @param echoPath the echo endpoint, or null
   * @param timeout the per-read timeout
   * @param tls the TLS context for https, or null for http
   */
  public SocketTarget(
      TargetUrl url, String hostHeader, String echoPath, Duration timeout, SSLContext tls) {
    this.url = url;
    this.info =
        new TargetInfo(
            hostHeader != null ? hostHeader : url.authority(),
            url.host(),
            url.port(),
            url.path(),
            echoPath);
    this.timeout = timeout;
    this.tls = tls;
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
    try (Socket s = connect()) {
      s.getOutputStream().flush();
    }
  }

  @Override
  public Observation exchange(Wire wire) throws IOException {
    long t0 = System.nanoTime();
    List<String> methods = Observer.requestMethods(wire.bytes());
    int expected = Math.max(1, methods.size());
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    Observation.ConnectionState state = Observation.ConnectionState.OPEN;
    try (Socket socket = connect()) {
      InputStream in = socket.getInputStream();
      state = write(socket, socket.getOutputStream(), in, wire, received);
      if (state == Observation.ConnectionState.OPEN) {
        state = read(socket, in, received, methods, expected);
      }
    }
    byte[] all = received.toByteArray();
    Observer.Parsed parsed = Observer.parse(all, state.closed(), methods);
    return new Observation(
        all, parsed.responses(), state, parsed.deviations(), (System.nanoTime() - t0) / 1_000_000);
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(url.host(), url.port()), (int) timeout.toMillis());
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
      ssl.setSoTimeout((int) timeout.toMillis());
      ssl.startHandshake();
      return ssl;
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  /** Writes the bytes with their breaks; returns CLOSED or RESET if the target hung up first. */
  private Observation.ConnectionState write(
      Socket socket, OutputStream out, InputStream in, Wire wire, ByteArrayOutputStream received)
      throws IOException {
    byte[] bytes = wire.bytes();
    int from = 0;
    try {
      for (Wire.Break b : wire.breaks()) {
        out.write(bytes, from, b.offset() - from);
        out.flush();
        from = b.offset();
        switch (b.kind()) {
          case PAUSE -> Thread.sleep(PAUSE.toMillis());
          case SHUTDOWN -> socket.shutdownOutput();
          case AWAIT -> {
            Observation.ConnectionState s = awaitBytes(socket, in, received);
            if (s != Observation.ConnectionState.OPEN) {
              return s;
            }
          }
        }
      }
      out.write(bytes, from, bytes.length - from);
      out.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    } catch (SocketException | SSLException e) {
      // The target closed while we were still writing: read whatever it said before that.
      return drain(socket, in, received);
    }
    return Observation.ConnectionState.OPEN;
  }

  private Observation.ConnectionState awaitBytes(
      Socket socket, InputStream in, ByteArrayOutputStream received) throws IOException {
    byte[] buf = new byte[8192];
    socket.setSoTimeout((int) timeout.toMillis());
    try {
      int n = in.read(buf);
      if (n < 0) {
        return Observation.ConnectionState.CLOSED;
      }
      received.write(buf, 0, n);
    } catch (SocketTimeoutException e) {
      // nothing arrived: go on writing, as a client that waited for 100-continue does
    } catch (SocketException e) {
      return Observation.ConnectionState.RESET;
    }
    return Observation.ConnectionState.OPEN;
  }

  private Observation.ConnectionState drain(
      Socket socket, InputStream in, ByteArrayOutputStream received) {
    byte[] buf = new byte[8192];
    try {
      socket.setSoTimeout((int) timeout.toMillis());
      int n;
      while (received.size() < MAX_RESPONSE_BYTES && (n = in.read(buf)) >= 0) {
        received.write(buf, 0, n);
      }
      return Observation.ConnectionState.CLOSED;
    } catch (SocketTimeoutException e) {
      return Observation.ConnectionState.OPEN;
    } catch (IOException e) {
      return Observation.ConnectionState.RESET;
    }
  }

  /**
   * Reads until the connection ends, the read timeout passes without a byte, or the expected
   * responses are complete and the close wait is over.
   */
  private Observation.ConnectionState read(
      Socket socket,
      InputStream in,
      ByteArrayOutputStream received,
      List<String> methods,
      int expected)
      throws IOException {
    byte[] buf = new byte[16384];
    long hardDeadline = System.nanoTime() + timeout.toNanos() * 4;
    int wait = (int) timeout.toMillis();
    if (received.size() > 0) {
      // Responses that arrived while we were still writing (an early answer, a 100) count too.
      Observer.Parsed early = Observer.parse(received.toByteArray(), false, methods);
      if (early.complete() && early.finals() >= expected) {
        wait = (int) closeWait(early).toMillis();
      }
    }
    while (received.size() < MAX_RESPONSE_BYTES) {
      long left = (hardDeadline - System.nanoTime()) / 1_000_000;
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
      received.write(buf, 0, n);
      Observer.Parsed parsed = Observer.parse(received.toByteArray(), false, methods);
      if (parsed.complete() && parsed.finals() >= expected) {
        wait = (int) closeWait(parsed).toMillis();
      }
    }
    return Observation.ConnectionState.OPEN;
  }

  /**
   * How long to wait for a FIN once the expected responses are in: the whole read timeout when a
   * response announced {@code Connection: close}, a longer grace after a syntax rejection or a
   * server error (servers often close after one without saying so), and a short one otherwise.
   */
  private Duration closeWait(Observer.Parsed parsed) {
    boolean error = false;
    for (Observation.Response r : parsed.responses()) {
      if (r.interim()) {
        continue;
      }
      error |= Outcome.NOT_ACCEPTED.contains(r.status());
      for (Observation.Field f : r.fields()) {
        if (f.name().equalsIgnoreCase("connection")
            && f.value().toLowerCase(Locale.ROOT).contains("close")) {
          return timeout;
        }
      }
    }
    Duration grace = error ? ERROR_CLOSE_GRACE : CLOSE_GRACE;
    return grace.compareTo(timeout) < 0 ? grace : timeout;
  }
}
