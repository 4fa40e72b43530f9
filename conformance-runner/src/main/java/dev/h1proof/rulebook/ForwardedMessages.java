package dev.h1proof.rulebook;

import dev.h1proof.parser.BodyFraming;
import dev.h1proof.parser.ParserConfig;
import dev.h1proof.parser.RequestHead;
import dev.h1proof.parser.RequestReader;
import dev.h1proof.parser.Violation;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests in the bytes of one connection, framed by the strict h1proof parser (RFC 9112 with
 * no leniency): what a conforming back end makes of what an intermediary forwarded. Parsing stops
 * at the first violation, since a back end that frames strictly rejects there and one that does not
 * could frame the rest in any way.
 *
 * @param requests the complete requests, in order
 * @param violation the rule the bytes broke after the last complete request, or null
 * @param violationOffset where that violation was found, counted from the first byte
 * @param leftover how many bytes after the last complete request belong to no complete request (an
 *     incomplete message, or what followed a violation)
 */
public record ForwardedMessages(
    List<Request> requests, Violation violation, long violationOffset, int leftover) {

  /**
   * One request as a strict back end framed it.
   *
   * @param method the method
   * @param target the request target
   * @param versionMinor the minor version (HTTP/1.x)
   * @param fields every header field, name and value, in order
   * @param body the content, chunked coding removed
   * @param chunked whether the content was chunked
   * @param start the offset of its first byte
   * @param end the offset after its last byte
   */
  public record Request(
      String method,
      String target,
      int versionMinor,
      List<Field> fields,
      byte[] body,
      boolean chunked,
      int start,
      int end) {

    /** Every value of the fields with this name (case-insensitive), in order. */
    public List<String> values(String name) {
      List<String> values = new ArrayList<>();
      for (Field f : fields) {
        if (f.name().equalsIgnoreCase(name)) {
          values.add(f.value());
        }
      }
      return values;
    }
  }

  /** A header field as received. */
  public record Field(String name, String value) {}

  /** True when the bytes hold only complete, valid requests. */
  public boolean clean() {
    return violation == null && leftover == 0;
  }

  /** Frames {@code bytes[0, length)} strictly. */
  public static ForwardedMessages parse(byte[] bytes, int length) {
    return parse(bytes, 0, length);
  }

  /**
   * Frames {@code bytes[from, length)} strictly; offsets stay absolute, and {@code leftover} counts
   * the bytes from the end of the last complete request to {@code length}.
   */
  public static ForwardedMessages parse(byte[] bytes, int from, int length) {
    RequestReader reader = new RequestReader(ParserConfig.strict());
    reader.position(from);
    List<Request> requests = new ArrayList<>();
    int at = from;
    RequestHead head = null;
    List<Field> fields = List.of();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (at < length) {
      switch (reader.read(bytes, length)) {
        case HEAD -> {
          head = reader.head();
          List<Field> read = new ArrayList<>();
          for (int i = 0; i < head.fieldCount(); i++) {
            read.add(new Field(head.fieldName(i), head.fieldValue(i)));
          }
          fields = List.copyOf(read);
          body.reset();
        }
        case CONTENT -> body.write(bytes, reader.contentStart(), reader.contentLength());
        case END -> {
          int end = reader.position();
          requests.add(
              new Request(
                  head.method(),
                  head.target(),
                  head.versionMinor(),
                  fields,
                  body.toByteArray(),
                  head.bodyFraming() == BodyFraming.CHUNKED,
                  at,
                  end));
          at = end;
        }
        case VIOLATION -> {
          return new ForwardedMessages(
              requests, reader.violation(), reader.violationOffset(), length - at);
        }
        default -> {
          return new ForwardedMessages(requests, null, -1, length - at);
        }
      }
    }
    return new ForwardedMessages(List.copyOf(requests), null, -1, 0);
  }
}
