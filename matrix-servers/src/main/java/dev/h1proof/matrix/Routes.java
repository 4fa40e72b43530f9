package dev.h1proof.matrix;

import java.nio.charset.StandardCharsets;

/**
 * The one routing table every matrix app uses, after it has read the request body to the end.
 *
 * <ul>
 *   <li>GET, HEAD: 200 with the fixed body {@code hello\n} (HEAD: the header section only)
 *   <li>POST, PUT: 200 with {@code ok\n}
 *   <li>OPTIONS: 204 with Allow and no body
 *   <li>DELETE: 200 with {@code deleted\n}
 *   <li>anything else: 405 with Allow
 * </ul>
 *
 * Every answer but 204 carries {@code Content-Type: text/plain} and a Content-Length.
 */
public record Routes(int status, byte[] body, boolean allow) {

  /** The methods the apps route. */
  public static final String ALLOW = "GET, HEAD, POST, PUT, OPTIONS, DELETE";

  /** The answer to a request with this method. */
  public static Routes of(String method) {
    return switch (method) {
      case "GET", "HEAD" -> new Routes(200, bytes("hello\n"), false);
      case "POST", "PUT" -> new Routes(200, bytes("ok\n"), false);
      case "OPTIONS" -> new Routes(204, new byte[0], true);
      case "DELETE" -> new Routes(200, bytes("deleted\n"), false);
      default -> new Routes(405, bytes("method not allowed\n"), true);
    };
  }

  /** Whether the answer has a body section (HEAD answers and 204 have none). */
  public static boolean sendsBody(String method, int status) {
    return !"HEAD".equals(method) && status != 204;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
