package dev.h1proof.runner;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A target URL: {@code http://} or {@code https://}, a host name, IPv4 or bracketed IPv6 address,
 * an optional port and an optional path that scenarios use as their request target.
 *
 * @param tls whether the scheme is https
 * @param host the host name or address, IPv6 without brackets
 * @param port the port, defaulted from the scheme
 * @param path the path (and query), at least "/"
 * @param text the URL as given
 */
public record TargetUrl(boolean tls, String host, int port, String path, String text) {

  /** Parses a URL; throws {@link IllegalArgumentException} with a one-line reason. */
  public static TargetUrl parse(String text) {
    if (!text.contains("://")) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a URL: write it with its scheme, e.g. http://"
              + text
              + (text.contains("/") ? "" : "/")
              + " or https://…");
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      String reason = e.getReason() == null ? "" : e.getReason();
      throw new IllegalArgumentException(
          "malformed URL '"
              + text
              + "': "
              + (reason.isEmpty()
                  ? reason
                  : Character.toLowerCase(reason.charAt(0)) + reason.substring(1)));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException(
          "malformed URL '" + text + "': the scheme must be http or https");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new IllegalArgumentException("malformed URL '" + text + "': no host");
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("malformed URL '" + text + "': userinfo is not supported");
    }
    if (uri.getRawFragment() != null) {
      throw new IllegalArgumentException("malformed URL '" + text + "': a fragment is not sent");
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    boolean tls = scheme.equals("https");
    int port = uri.getPort() == -1 ? (tls ? 443 : 80) : uri.getPort();
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("malformed URL '" + text + "': port out of range");
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) {
      path += "?" + uri.getRawQuery();
    }
    return new TargetUrl(tls, host, port, path, text);
  }

  /** True for an IPv4 or IPv6 address written as such, false for a host name. */
  public static boolean isAddressLiteral(String host) {
    return host.indexOf(':') >= 0 || host.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
  }

  /** The authority for {@code Host}: the port only when it is not the scheme's default. */
  public String authority() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    boolean defaultPort = port == (tls ? 443 : 80);
    return defaultPort ? h : h + ":" + port;
  }
}
