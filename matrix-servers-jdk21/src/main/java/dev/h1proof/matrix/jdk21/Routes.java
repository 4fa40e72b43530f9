package dev.h1proof.matrix.jdk21;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The matrix routing table, the same as matrix-servers' {@code dev.h1proof.matrix.Routes} (this
 * module is built apart from the reactor, so it carries its own copy): GET/HEAD 200 {@code
 * hello\n}, POST/PUT 200 {@code ok\n}, OPTIONS 204 with Allow, DELETE 200 {@code deleted\n}, any
 * other method 405 with Allow.
 */
public record Routes(int status, byte[] body, boolean allow) {
  public static final String ALLOW = "GET, HEAD, POST, PUT, OPTIONS, DELETE";

  public static Routes of(String method) {
    return switch (method) {
      case "GET", "HEAD" -> new Routes(200, bytes("hello\n"), false);
      case "POST", "PUT" -> new Routes(200, bytes("ok\n"), false);
      case "OPTIONS" -> new Routes(204, new byte[0], true);
      case "DELETE" -> new Routes(200, bytes("deleted\n"), false);
      default -> new Routes(405, bytes("method not allowed\n"), true);
    };
  }

  public static boolean sendsBody(String method, int status) {
    return !"HEAD".equals(method) && status != 204;
  }

  /** A library version recorded at build time (helidon, ktor). */
  public static String version(String name) {
    Properties properties = new Properties();
    try (InputStream in = Routes.class.getResourceAsStream("/matrix-versions.properties")) {
      properties.load(in);
    } catch (IOException e) {
      return "?";
    }
    return properties.getProperty(name, "?");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
