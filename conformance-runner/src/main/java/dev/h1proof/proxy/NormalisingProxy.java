package dev.h1proof.proxy;

import dev.h1proof.parser.ParsedResponse;
import dev.h1proof.parser.ResponseParser;
import dev.h1proof.parser.ResponseSequence;
import dev.h1proof.parser.Violation;
import dev.h1proof.rulebook.ForwardedMessages;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * {@code h1proof serve --proxy}: a strict, normalising HTTP/1.1 reverse proxy built on the h1proof
 * parser, the conforming half of the calibration pair. Each request is framed by the strict parser;
 * any violation is answered with its status (400 for framing) and the connection closed, with
 * nothing forwarded. A valid request is forwarded on a new upstream connection in one canonical
 * form: the request-line re-written, the hop-by-hop fields dropped (Connection and every field it
 * names, Keep-Alive, Proxy-Connection, TE, Transfer-Encoding, Upgrade, Trailer), the content
 * de-chunked and sent with one {@code Content-Length}, and {@code Connection: close}. The answer is
 * framed strictly too and re-sent with one {@code Content-Length}; an upstream that cannot be
 * reached or answers with bytes that do not parse gives 502.
 */
public final class NormalisingProxy implements Closeable {
  /** The most bytes of requests buffered per client connection. */
  static final int MAX_REQUEST_BYTES = 1 << 20;

  /** The most bytes read from the upstream for one answer. */
  static final int MAX_RESPONSE_BYTES = 4 << 20;

  /** The most client connections served at once; more wait to be accepted. */
  static final int MAX_CLIENTS = 128;

  /** Fields that describe one connection only (RFC 9110 §7.6.1, RFC 9112 §6.1, §7.4). */
  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "keep-alive",
          "proxy-connection",
          "te",
          "transfer-encoding",
          "upgrade",
          "trailer",
          "content-length");

  private final ServerSocket server;
  private final InetSocketAddress upstream;
  private final Duration timeout;
  private final Semaphore clients = new Semaphore(MAX_CLIENTS);
  private volatile boolean closed;

  private NormalisingProxy(ServerSocket server, InetSocketAddress upstream, Duration timeout) {
    this.server = server;
    this.upstream = upstream;
    this.timeout = timeout;
    Thread t = new Thread(this::acceptLoop, "h1proof-proxy-accept");
    t.setDaemon(true);
    t.start();
  }

  /** Listens on {@code bind} and forwards to {@code upstream}. */
  public static NormalisingProxy start(
      InetSocketAddress bind, InetSocketAddress upstream, Duration timeout) throws IOException {
    ServerSocket server = new ServerSocket();
    try {
      server.setReuseAddress(true);
      server.bind(bind, 128);
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
    return new NormalisingProxy(server, upstream, timeout);
  }

  /** The port it listens on. */
  public int port() {
    return server.getLocalPort();
  }

  /** Blocks until closed. */
  public void await() throws InterruptedException {
    while (!closed) {
      Thread.sleep(200);
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        clients.acquire();
      } catch (InterruptedException e) {
        return;
      }
      Socket socket;
      try {
        socket = server.accept();
      } catch (IOException e) {
        clients.release();
        if (closed) {
          return;
        }
        continue;
      }
      Thread t =
          new Thread(
              null,
              () -> {
                try {
                  serve(socket);
                } finally {
                  clients.release();
                }
              },
              "h1proof-proxy",
              256 * 1024);
      t.setDaemon(true);
      t.start();
    }
  }

  /** Serves one client connection until it closes, errs or must close. */
  private void serve(Socket client) {
    byte[] buf = new byte[16 * 1024];
    int length = 0;
    int consumed = 0;
    try (client) {
      client.setSoTimeout((int) Math.max(1, timeout.toMillis() * 3));
      InputStream in = client.getInputStream();
      OutputStream out = client.getOutputStream();
      while (true) {
        int n;
        try {
          if (length == buf.length) {
            if (buf.length >= MAX_REQUEST_BYTES + 16 * 1024) {
              out.write(simple(413, "Content Too Large"));
              out.flush();
              return;
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
          }
          n = in.read(buf, length, buf.length - length);
        } catch (SocketTimeoutException e) {
          if (length > consumed) {
            out.write(simple(408, "Request Timeout"));
            out.flush();
          }
          return;
        }
        if (n < 0) {
          return;
        }
        length += n;
        ForwardedMessages framed = ForwardedMessages.parse(buf, consumed, length);
        for (ForwardedMessages.Request request : framed.requests()) {
          boolean close = mustClose(request);
          out.write(forward(request, close));
          out.flush();
          consumed = request.end();
          if (close) {
            return;
          }
        }
        if (framed.violation() != null) {
          Violation v = framed.violation();
          out.write(simple(v.status(), v.summary()));
          out.flush();
          client.shutdownOutput();
          return;
        }
        if (consumed == length) {
          consumed = 0;
          length = 0;
        } else if (consumed > 0) {
          System.arraycopy(buf, consumed, buf, 0, length - consumed);
          length -= consumed;
          consumed = 0;
        }
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  /** RFC 9112 §9.3, §9.6: close after this request? */
  private static boolean mustClose(ForwardedMessages.Request request) {
    Set<String> options = connectionOptions(request);
    if (options.contains("close")) {
      return true;
    }
    return request.versionMinor() == 0 && !options.contains("keep-alive");
  }

  private static Set<String> connectionOptions(ForwardedMessages.Request request) {
    Set<String> options = new HashSet<>();
    for (String value : request.values("Connection")) {
      for (String option : value.split(",")) {
        if (!option.isBlank()) {
          options.add(option.trim().toLowerCase(Locale.ROOT));
        }
      }
    }
    return options;
  }

  /** Forwards one request and returns the answer to send the client. */
  private byte[] forward(ForwardedMessages.Request request, boolean close) {
    Set<String> drop = new HashSet<>(HOP_BY_HOP);
    drop.addAll(connectionOptions(request));
    StringBuilder head = new StringBuilder();
    head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
    for (ForwardedMessages.Field f : request.fields()) {
      if (!drop.contains(f.name().toLowerCase(Locale.ROOT))) {
        head.append(f.name()).append(": ").append(f.value()).append("\r\n");
      }
    }
    boolean framed =
        request.chunked()
            || !request.values("Content-Length").isEmpty()
            || request.body().length > 0;
    if (framed) {
      head.append("Content-Length: ").append(request.body().length).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    try (Socket up = new Socket()) {
      up.connect(upstream, (int) Math.max(1, timeout.toMillis()));
      up.setSoTimeout((int) Math.max(1, timeout.toMillis()));
      OutputStream out = up.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(request.body());
      out.flush();
      InputStream in = up.getInputStream();
      byte[] buf = new byte[16 * 1024];
      int n;
      while ((n = in.read(buf)) >= 0) {
        if (answer.size() + n > MAX_RESPONSE_BYTES) {
          return simple(502, "upstream answer too large", close);
        }
        answer.write(buf, 0, n);
      }
    } catch (IOException e) {
      if (answer.size() == 0) {
        return simple(502, "upstream unreachable", close);
      }
    }
    return relay(answer.toByteArray(), request.method(), close);
  }

  /** Re-frames the upstream's final answer for the client, or 502 when it does not parse. */
  private static byte[] relay(byte[] bytes, String method, boolean close) {
    ResponseSequence seq =
        new ResponseParser().parse(bytes, 0, bytes.length, true, List.of(method));
    ParsedResponse response = null;
    for (ParsedResponse r : seq.responses()) {
      if (!r.isInterim() && r.complete()) {
        response = r;
        break;
      }
    }
    if (response == null || response.versionMajor() != 1) {
      return simple(502, "upstream answer does not parse", close);
    }
    byte[] body = response.content(bytes);
    Set<String> drop = new HashSet<>(HOP_BY_HOP);
    for (String value : response.fields("Connection")) {
      for (String option : value.split(",")) {
        drop.add(option.trim().toLowerCase(Locale.ROOT));
      }
    }
    StringBuilder head = new StringBuilder();
    head.append("HTTP/1.1 ")
        .append(response.status())
        .append(' ')
        .append(response.reason())
        .append("\r\n");
    for (int i = 0; i < response.fieldCount(); i++) {
      if (!drop.contains(response.fieldName(i).toLowerCase(Locale.ROOT))) {
        head.append(response.fieldName(i)).append(": ").append(response.fieldValue(i));
        head.append("\r\n");
      }
    }
    int status = response.status();
    boolean bodiless = status == 204 || status == 304 || status / 100 == 1;
    if (method.equals("HEAD")) {
      String length = response.field("Content-Length");
      if (length != null) {
        head.append("Content-Length: ").append(length.trim()).append("\r\n");
      }
      body = new byte[0];
    } else if (!bodiless) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    if (close) {
      head.append("Connection: close\r\n");
    }
    head.append("\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(body);
    return out.toByteArray();
  }

  private static byte[] simple(int status, String reason) {
    return simple(status, reason, true);
  }

  private static byte[] simple(int status, String text, boolean close) {
    String body = text + "\n";
    String reason =
        switch (status) {
          case 400 -> "Bad Request";
          case 408 -> "Request Timeout";
          case 413 -> "Content Too Large";
          case 414 -> "URI Too Long";
          case 431 -> "Request Header Fields Too Large";
          case 501 -> "Not Implemented";
          case 502 -> "Bad Gateway";
          case 505 -> "HTTP Version Not Supported";
          default -> "Error";
        };
    return ("HTTP/1.1 "
            + status
            + " "
            + reason
            + "\r\nContent-Type: text/plain\r\nContent-Length: "
            + body.length()
            + (close ? "\r\nConnection: close" : "")
            + "\r\n\r\n"
            + body)
        .getBytes(StandardCharsets.ISO_8859_1);
  }
}
