package dev.h1proof.rulebook;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Request bytes as written in a scenario: literal octets, target placeholders and write breaks. */
public record Template(List<Segment> segments) {

  /** One piece of a template. */
  public sealed interface Segment permits Literal, Placeholder {}

  /**
   * Literal octets. {@code source} is the notation it came from when that is shorter than the bytes
   * (a {@code {repeat:…}}), otherwise null.
   */
  public record Literal(byte[] bytes, String source) implements Segment {}

  /** A value of the target, or a break in the writes. */
  public enum Placeholder implements Segment {
    HOST("host"),
    HOSTNAME("hostname"),
    PORT("port"),
    PATH("path"),
    ECHO("echo"),
    PAUSE("pause"),
    AWAIT("await"),
    SHUTDOWN("shutdown");

    private final String token;

    Placeholder(String token) {
      this.token = token;
    }

    /** The name between the braces. */
    public String token() {
      return token;
    }
  }

  /** Appends another template (e.g. the canary) after this one. */
  public Template then(Template next) {
    List<Segment> all = new ArrayList<>(segments);
    all.addAll(next.segments);
    return new Template(List.copyOf(all));
  }

  /** Replaces the placeholders with the target's values. */
  public Wire render(TargetInfo target) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Wire.Break> breaks = new ArrayList<>();
    for (Segment segment : segments) {
      if (segment instanceof Literal literal) {
        out.writeBytes(literal.bytes());
      } else {
        Placeholder p = (Placeholder) segment;
        switch (p) {
          case HOST -> ascii(out, target.hostHeader());
          case HOSTNAME -> ascii(out, uriHost(target.hostname()));
          case PORT -> ascii(out, Integer.toString(target.port()));
          case PATH -> ascii(out, target.path());
          case ECHO -> ascii(out, target.echoPath() != null ? target.echoPath() : target.path());
          case PAUSE -> breaks.add(new Wire.Break(out.size(), Wire.BreakKind.PAUSE));
          case AWAIT -> breaks.add(new Wire.Break(out.size(), Wire.BreakKind.AWAIT));
          case SHUTDOWN -> breaks.add(new Wire.Break(out.size(), Wire.BreakKind.SHUTDOWN));
        }
      }
    }
    for (Wire.Break b : breaks) {
      if (b.kind() == Wire.BreakKind.SHUTDOWN && b.offset() != out.size()) {
        throw new IllegalArgumentException("{shutdown} ends the bytes: nothing can follow it");
      }
    }
    return new Wire(out.toByteArray(), List.copyOf(breaks));
  }

  /** The template in the notation, placeholders kept, for `explain` and reports. */
  public String notation() {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < segments.size(); k++) {
      Segment segment = segments.get(k);
      if (segment instanceof Literal literal) {
        boolean lineStart = sb.length() == 0 || sb.charAt(sb.length() - 1) == '\n';
        sb.append(
            literal.source() != null
                ? literal.source()
                : Notation.escape(
                    literal.bytes(),
                    0,
                    literal.bytes().length,
                    true,
                    lineStart,
                    k == segments.size() - 1));
      } else {
        sb.append('{').append(((Placeholder) segment).token()).append('}');
      }
    }
    return sb.toString();
  }

  /** True when the template needs the target's echo endpoint. */
  public boolean usesEcho() {
    return segments.contains(Placeholder.ECHO);
  }

  /**
   * The host as RFC 3986's uri-host, the form every {@code {hostname}} in the rulebook stands in (a
   * Host value, an absolute-form target, a CONNECT authority): an IPv6 address needs its brackets
   * there, or its colons would read as a port.
   */
  static String uriHost(String hostname) {
    return hostname.indexOf(':') >= 0 && !hostname.startsWith("[")
        ? "[" + hostname + "]"
        : hostname;
  }

  private static void ascii(ByteArrayOutputStream out, String value) {
    out.writeBytes(value.getBytes(StandardCharsets.US_ASCII));
  }
}
