package dev.h1proof.rulebook;

import dev.h1proof.parser.BodyFraming;
import dev.h1proof.parser.ChunkedDecoder;
import dev.h1proof.parser.ParseStatus;
import dev.h1proof.parser.ParserConfig;
import dev.h1proof.parser.RequestHead;
import dev.h1proof.parser.RequestParser;
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
    RequestParser parser = new RequestParser(ParserConfig.strict());
    ChunkedDecoder decoder = new ChunkedDecoder(ParserConfig.strict());
    List<Request> requests = new ArrayList<>();
    int at = from;
    while (at < length) {
      parser.reset();
      ParseStatus status = parser.parse(bytes, at, length);
      if (status == ParseStatus.NEED_MORE) {
        return new ForwardedMessages(requests, null, -1, length - at);
      }
      if (status == ParseStatus.VIOLATION) {
        return new ForwardedMessages(
            requests, parser.violation(), at + (long) parser.violationOffset(), length - at);
      }
      RequestHead head = parser.head();
      List<Field> fields = new ArrayList<>();
      for (int i = 0; i < head.fieldCount(); i++) {
        fields.add(new Field(head.fieldName(i), head.fieldValue(i)));
      }
      String method = head.method();
      String target = head.target();
      int minor = head.versionMinor();
      int bodyStart = at + head.headLength();
      BodyFraming framing = head.bodyFraming();
      if (framing == BodyFraming.CONTENT_LENGTH && head.contentLength() > 0) {
        long want = head.contentLength();
        if (length - bodyStart < want) {
          return new ForwardedMessages(requests, null, -1, length - at);
        }
        int end = (int) (bodyStart + want);
        requests.add(
            new Request(
                method,
                target,
                minor,
                List.copyOf(fields),
                java.util.Arrays.copyOfRange(bytes, bodyStart, end),
                false,
                at,
                end));
        at = end;
      } else if (framing == BodyFraming.CHUNKED) {
        decoder.reset();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int pos = bodyStart;
        boolean done = false;
        while (!done) {
          ChunkedDecoder.Status s = decoder.decode(bytes, pos, length);
          if (s == ChunkedDecoder.Status.DATA) {
            body.write(bytes, decoder.dataStart(), decoder.dataLength());
          }
          pos += decoder.consumed();
          switch (s) {
            case COMPLETE -> done = true;
            case VIOLATION -> {
              return new ForwardedMessages(
                  requests,
                  decoder.violation(),
                  bodyStart + decoder.violationOffset(),
                  length - at);
            }
            case NEED_MORE -> {
              return new ForwardedMessages(requests, null, -1, length - at);
            }
            case DATA -> {}
          }
        }
        requests.add(
            new Request(
                method, target, minor, List.copyOf(fields), body.toByteArray(), true, at, pos));
        at = pos;
      } else {
        requests.add(
            new Request(
                method, target, minor, List.copyOf(fields), new byte[0], false, at, bodyStart));
        at = bodyStart;
      }
    }
    return new ForwardedMessages(List.copyOf(requests), null, -1, 0);
  }
}
