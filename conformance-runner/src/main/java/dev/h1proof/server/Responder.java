package dev.h1proof.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.h1proof.parser.Violation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * The reference server's application: a static hello, an echo of the parsed request, and exact
 * status codes for what it does not serve. It also writes the error responses.
 */
final class Responder {
  /** Methods this server implements (RFC 9110 §9); any other gets 501. */
  private static final Set<String> KNOWN =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE", "CONNECT", "PATCH");

  private static final byte[] HELLO = "hello\n".getBytes(StandardCharsets.US_ASCII);

  /** Escapes every non-ASCII character, so the echo is plain ASCII whatever the request held. */
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  private final ServerOptions options;

  Responder(ServerOptions options) {
    this.options = options;
  }

  /** Answers a complete request. Returns true when the connection must close afterwards. */
  boolean respond(ByteArrayOutputStream out, RequestInfo request) {
    boolean close = persistence(request);
    String method =
        options.tolerates(Misbehaviour.METHOD_CASE_FOLDED)
            ? request.method.toUpperCase(Locale.ROOT)
            : request.method;
    boolean head = method.equals("HEAD");
    int status;
    String contentType = "text/plain";
    byte[] body;
    String extra = "";
    if (!KNOWN.contains(method) && !options.tolerates(Misbehaviour.UNKNOWN_METHOD_SERVED)) {
      status = 501;
      body =
          ("method " + request.method + " not implemented\n").getBytes(StandardCharsets.ISO_8859_1);
    } else if (request.target.regionMatches(true, 0, "https://", 0, 8)
        && !options.tolerates(Misbehaviour.HTTPS_TARGET_SERVED_OVER_CLEARTEXT)) {
      // RFC 9110 §7.4: an https resource must not be served over an unsecured connection.
      status = 421;
      body = "https resources are not served over cleartext\n".getBytes(StandardCharsets.US_ASCII);
    } else if (method.equals("TRACE") || method.equals("CONNECT")) {
      status = 405;
      extra = "Allow: GET, HEAD, POST, PUT, DELETE, OPTIONS, PATCH\r\n";
      body = "method not allowed\n".getBytes(StandardCharsets.US_ASCII);
    } else if (request.path().equals(options.echoPath())) {
      status = 200;
      contentType = "application/json";
      body = echo(request);
    } else if (method.equals("OPTIONS")) {
      status = 204;
      extra = "Allow: GET, HEAD, POST, PUT, DELETE, OPTIONS, PATCH\r\n";
      body = new byte[0];
    } else if (method.equals("DELETE")) {
      // Nothing is stored, so there is nothing to delete: success with no content (RFC 9110
      // §9.3.5).
      status = 204;
      body = new byte[0];
    } else {
      status = 200;
      body =
          request.bodyLength == 0
              ? HELLO
              : ("received " + request.bodyLength + " bytes\n").getBytes(StandardCharsets.US_ASCII);
    }
    boolean chunked = options.tolerates(Misbehaviour.CL_WITH_TE_IN_RESPONSE);
    boolean closeDelimited = options.tolerates(Misbehaviour.CLOSE_DELIMITED_RESPONSE) && !chunked;
    StringBuilder headers = new StringBuilder();
    headers.append(statusLine(status));
    if (status != 204) {
      headers.append("Content-Type: ").append(contentType).append("\r\n");
      if (chunked) {
        headers.append("Transfer-Encoding: chunked\r\n");
      }
      if (!closeDelimited) {
        boolean wrongHeadLength =
            head && options.tolerates(Misbehaviour.HEAD_CONTENT_LENGTH_INCONSISTENT);
        headers
            .append("Content-Length: ")
            .append(body.length + (wrongHeadLength ? 1 : 0))
            .append("\r\n");
      }
    } else if (options.tolerates(Misbehaviour.LENGTH_IN_1XX_OR_204)) {
      headers.append("Content-Length: 0\r\n");
    }
    headers.append(extra).append(foldedServerField());
    if (closeDelimited) {
      close = true;
    } else if (close && announceClose()) {
      headers.append("Connection: close\r\n");
    } else if (request.versionMinor == 0
        && !options.tolerates(Misbehaviour.HTTP10_KEEP_ALIVE_UNANNOUNCED)) {
      headers.append("Connection: keep-alive\r\n");
    }
    headers.append("\r\n");
    out.writeBytes(headers.toString().getBytes(StandardCharsets.ISO_8859_1));
    if ((!head || options.tolerates(Misbehaviour.CONTENT_AFTER_HEAD)) && status != 204) {
      if (chunked && body.length > 0) {
        out.writeBytes(
            (Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
      } else if (!chunked) {
        out.writeBytes(body);
      }
      if (chunked) {
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      }
    }
    return close;
  }

  /**
   * Whether the connection closes after this response (RFC 9112 §9.3, §9.6), or as the tolerated
   * connection-management violations make it.
   */
  private boolean persistence(RequestInfo request) {
    if (request.mustClose) {
      return true;
    }
    if (request.connectionClose) {
      return !options.tolerates(Misbehaviour.CONNECTION_CLOSE_IGNORED);
    }
    if (request.versionMinor == 0) {
      return !request.keepAlive && !options.tolerates(Misbehaviour.HTTP10_KEPT_OPEN_BY_DEFAULT);
    }
    return !request.keepAlive || options.tolerates(Misbehaviour.HTTP11_CLOSED_BY_DEFAULT);
  }

  /** RFC 9112 §9.6: a response before a close says so, unless that rule is tolerated. */
  private boolean announceClose() {
    return !options.tolerates(Misbehaviour.CLOSE_NOT_ANNOUNCED);
  }

  /**
   * RFC 9110 §2.2 and RFC 9112 §5.2: a server must not generate obs-fold; when that rule is
   * tolerated every response carries a folded field line.
   */
  private String foldedServerField() {
    return options.tolerates(Misbehaviour.FOLDED_RESPONSE_FIELD)
        ? "Server: h1proof\r\n reference\r\n"
        : "";
  }

  private String statusLine(int status) {
    if (options.tolerates(Misbehaviour.MALFORMED_STATUS_LINE)) {
      return "HTTP/1.1 " + status + "\r\n";
    }
    return "HTTP/1.1 " + status + " " + reason(status) + "\r\n";
  }

  /** Answers a rejected message and announces the close (RFC 9112 §9.6). */
  void reject(ByteArrayOutputStream out, Violation violation, RequestInfo request) {
    simple(out, violation.status(), violation.ruleId() + ": " + violation.summary(), true);
  }

  /**
   * Whether a request opens a tunnel: a CONNECT (RFC 9110 §9.3.6) to this server's own host, the
   * name the Host field gives it, whatever the port. The tunnel leads back into this server, so the
   * reference needs no network and is no open proxy; a CONNECT elsewhere gets 405.
   */
  boolean opensTunnel(RequestInfo request) {
    if (!request.method.equals("CONNECT") || request.target.startsWith("/")) {
      return false;
    }
    String host = request.field("Host");
    String target = hostOf(request.target);
    return host != null && !target.isEmpty() && target.equalsIgnoreCase(hostOf(host.strip()));
  }

  /** The host of {@code uri-host [ ":" port ]}: an IP-literal with its brackets, or up to ':'. */
  private static String hostOf(String authority) {
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      return close < 0 ? authority : authority.substring(0, close + 1);
    }
    int colon = authority.indexOf(':');
    return colon < 0 ? authority : authority.substring(0, colon);
  }

  /** The 2xx to CONNECT, which carries neither Content-Length nor Transfer-Encoding (§9.3.6). */
  void tunnelEstablished(ByteArrayOutputStream out) {
    out.writeBytes((statusLine(200) + "\r\n").getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Whether a request switches to WebSocket (RFC 9110 §7.8, RFC 6455 §4.2): an HTTP/1.1 GET whose
   * Connection field lists {@code upgrade} and whose Upgrade field offers {@code websocket}, with
   * version 13 and a key. The tolerated upgrade violations drop one of these checks each.
   */
  boolean upgradesToWebSocket(RequestInfo request) {
    String upgrade = request.field("Upgrade");
    if (upgrade == null || !request.method.equals("GET")) {
      return false;
    }
    if (options.tolerates(Misbehaviour.UPGRADE_TO_UNOFFERED_PROTOCOL)) {
      return true;
    }
    return (request.versionMinor >= 1 || options.tolerates(Misbehaviour.UPGRADE_IN_HTTP10))
        && (request.lists("Connection", "upgrade")
            || options.tolerates(Misbehaviour.UPGRADE_WITHOUT_CONNECTION_OPTION))
        && request.lists("Upgrade", "websocket")
        && "13".equals(request.field("Sec-WebSocket-Version"))
        && request.field("Sec-WebSocket-Key") != null;
  }

  /**
   * Answers 101 (Switching Protocols) with the RFC 6455 handshake. The reference server has no
   * WebSocket application, so it then closes the WebSocket at once: a Close frame with status 1000
   * (normal closure), and the connection closes.
   */
  void switchToWebSocket(ByteArrayOutputStream out, RequestInfo request) {
    String key = request.field("Sec-WebSocket-Key");
    String head =
        statusLine(101)
            + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
            + webSocketAccept(key == null ? "" : key.strip())
            + "\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(new byte[] {(byte) 0x88, 0x02, 0x03, (byte) 0xE8});
  }

  /** RFC 6455 §4.2.2: base64 of the SHA-1 of the key and the protocol's GUID. */
  static String webSocketAccept(String key) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      byte[] digest =
          sha1.digest(
              (key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every Java platform", e);
    }
  }

  /** The interim response to {@code Expect: 100-continue}. */
  void interimContinue(ByteArrayOutputStream out) {
    String extra =
        options.tolerates(Misbehaviour.LENGTH_IN_1XX_OR_204) ? "Content-Length: 0\r\n" : "";
    out.writeBytes((statusLine(100) + extra + "\r\n").getBytes(StandardCharsets.US_ASCII));
  }

  /** A plain-text response. */
  void simple(ByteArrayOutputStream out, int status, String message, boolean close) {
    byte[] body = (message + "\n").getBytes(StandardCharsets.ISO_8859_1);
    String head =
        statusLine(status)
            + "Content-Type: text/plain\r\nContent-Length: "
            + body.length
            + "\r\n"
            + (close && announceClose() ? "Connection: close\r\n" : "")
            + foldedServerField()
            + "\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(body);
  }

  private static byte[] echo(RequestInfo request) {
    ObjectNode root = JSON.createObjectNode();
    root.put("h1proof", "echo");
    root.put("method", request.method);
    root.put("target", request.target);
    root.put("version", "HTTP/" + request.versionMajor + "." + request.versionMinor);
    ArrayNode fields = root.putArray("fields");
    for (String[] f : request.fields) {
      fields.addObject().put("name", f[0]).put("value", f[1]);
    }
    root.put("bodyLength", request.bodyLength);
    try {
      return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.US_ASCII);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the echo", e);
    }
  }

  static String reason(int status) {
    return switch (status) {
      case 100 -> "Continue";
      case 101 -> "Switching Protocols";
      case 200 -> "OK";
      case 204 -> "No Content";
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 408 -> "Request Timeout";
      case 411 -> "Length Required";
      case 413 -> "Content Too Large";
      case 414 -> "URI Too Long";
      case 417 -> "Expectation Failed";
      case 421 -> "Misdirected Request";
      case 431 -> "Request Header Fields Too Large";
      case 501 -> "Not Implemented";
      case 505 -> "HTTP Version Not Supported";
      default -> "Status";
    };
  }
}
