package example.toy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deliberately lenient HTTP/1.1 request parser, the kind a weekend project starts with: lines end
 * at LF (a CR before it is dropped), the request-line is split on any whitespace, a field line is
 * split at its first colon and both sides trimmed, lines without a colon are skipped, the last
 * Content-Length wins, and any Transfer-Encoding that mentions "chunked" means chunked. It checks
 * nothing else.
 */
public final class ToyParser {

  /** One request read. */
  public record Request(
      String method, String target, String framing, long contentLength, int end) {}

  /** What the parser made of a connection's bytes so far. */
  public record Result(List<Request> requests, boolean idle, String error) {}

  private final ByteArrayOutputStream received = new ByteArrayOutputStream();

  /** Appends bytes that arrived. */
  public void receive(byte[] bytes) {
    received.writeBytes(bytes);
  }

  /** Parses everything received so far from the start. */
  public Result parse() {
    byte[] buf = received.toByteArray();
    List<Request> requests = new ArrayList<>();
    int pos = 0;
    while (pos < buf.length) {
      int headEnd = headEnd(buf, pos);
      if (headEnd < 0) {
        return new Result(requests, false, null);
      }
      String[] lines = new String(buf, pos, headEnd - pos, StandardCharsets.ISO_8859_1).split("\n");
      String[] requestLine = lines[0].trim().split("\\s+");
      if (requestLine.length < 2) {
        return new Result(requests, false, "no request-line");
      }
      long contentLength = -1;
      boolean chunked = false;
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon < 0) {
          continue;
        }
        String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = lines[i].substring(colon + 1).trim();
        if (name.equals("content-length")) {
          try {
            contentLength = Long.parseLong(value);
          } catch (NumberFormatException e) {
            return new Result(requests, false, "bad Content-Length");
          }
        } else if (name.equals("transfer-encoding")
            && value.toLowerCase(Locale.ROOT).contains("chunked")) {
          chunked = true;
        }
      }
      pos = headEnd;
      if (chunked) {
        int end = skipChunks(buf, pos);
        if (end == -2) {
          return new Result(requests, false, "bad chunk size");
        }
        if (end < 0) {
          return new Result(requests, false, null);
        }
        pos = end;
        requests.add(new Request(requestLine[0], requestLine[1], "chunked", -1, pos));
      } else if (contentLength > 0) {
        if (buf.length - pos < contentLength) {
          return new Result(requests, false, null);
        }
        pos += (int) contentLength;
        requests.add(new Request(requestLine[0], requestLine[1], "length", contentLength, pos));
      } else {
        requests.add(
            new Request(
                requestLine[0],
                requestLine[1],
                contentLength == 0 ? "length" : "none",
                contentLength,
                pos));
      }
    }
    return new Result(requests, true, null);
  }

  /** The offset past the empty line ending a head that starts at {@code from}, or -1. */
  private static int headEnd(byte[] buf, int from) {
    for (int i = from; i < buf.length; i++) {
      if (buf[i] == '\n') {
        int next = i + 1;
        if (next < buf.length && buf[next] == '\r') {
          next++;
        }
        if (next < buf.length && buf[next] == '\n') {
          return next + 1;
        }
      }
    }
    return -1;
  }

  /** The offset past a chunked body starting at {@code pos}; -1 when incomplete, -2 when bad. */
  private static int skipChunks(byte[] buf, int pos) {
    while (true) {
      int lf = indexOf(buf, pos, (byte) '\n');
      if (lf < 0) {
        return -1;
      }
      String line = new String(buf, pos, lf - pos, StandardCharsets.ISO_8859_1);
      int semicolon = line.indexOf(';');
      String hex = (semicolon < 0 ? line : line.substring(0, semicolon)).trim();
      long size;
      try {
        size = Long.parseLong(hex, 16);
      } catch (NumberFormatException e) {
        return -2;
      }
      pos = lf + 1;
      if (size == 0) {
        // trailers, up to an empty line
        while (true) {
          int end = indexOf(buf, pos, (byte) '\n');
          if (end < 0) {
            return -1;
          }
          boolean empty = end == pos || end == pos + 1 && buf[pos] == '\r';
          pos = end + 1;
          if (empty) {
            return pos;
          }
        }
      }
      if (size < 0 || buf.length - pos < size) {
        return size < 0 ? -2 : -1;
      }
      pos += (int) size;
      int end = indexOf(buf, pos, (byte) '\n');
      if (end < 0) {
        return -1;
      }
      pos = end + 1;
    }
  }

  private static int indexOf(byte[] buf, int from, byte b) {
    for (int i = from; i < buf.length; i++) {
      if (buf[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
