package dev.h1proof.runner;

import dev.h1proof.parser.BodyFraming;
import dev.h1proof.parser.BodyReader;
import dev.h1proof.parser.ParsedResponse;
import dev.h1proof.parser.ParserConfig;
import dev.h1proof.parser.ResponseDeviation;
import dev.h1proof.parser.ResponseParser;
import dev.h1proof.parser.ResponseSequence;
import dev.h1proof.parser.Violation;
import dev.h1proof.rulebook.Notation;
import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.Outcome;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Follows the framing of the responses on one connection as their bytes arrive, looking at each
 * byte once, and keeps a bounded prefix of them as evidence. Past the prefix, bytes are counted and
 * dropped while their framing (Content-Length, chunked, close-delimited) is still followed, so the
 * reader knows when the expected responses are complete and whatever a server sends costs bounded
 * memory.
 *
 * <p>Each header section is parsed once, when its empty line arrives, by the same {@link
 * ResponseParser} that judges whole exchanges; bodies are followed here.
 */
final class ResponseStream {
  /** The most bytes of one exchange kept as evidence. */
  static final int EVIDENCE_BYTES = 64 * 1024;

  /** The longest header section followed; a longer one is a header section that never ends. */
  static final int HEADER_SECTION_BYTES = 64 * 1024;

  /** The most responses recorded one by one when the evidence is a prefix; the rest are counted. */
  static final int RECORDED_RESPONSES = 64;

  private enum Phase {
    /** Reading a status-line and header section. */
    HEAD,
    /** Reading a body of known length. */
    FIXED,
    /** Reading a chunked body. */
    CHUNKED,
    /** Reading a body that ends with the connection. */
    UNTIL_CLOSE,
    /** After a 101 or a 2xx to CONNECT: the bytes are no longer HTTP/1.1. */
    TUNNEL,
    /** The bytes broke response syntax; nothing after them is followed. */
    BROKEN
  }

  private static final byte[] HTTP_NAME = {'H', 'T', 'T', 'P', '/'};

  private final List<String> methods;
  private final ByteArrayOutputStream evidence = new ByteArrayOutputStream(1024);
  private long total;

  private Phase phase = Phase.HEAD;
  private Observation.Reception brokenAs;
  private final ByteArrayOutputStream head = new ByteArrayOutputStream(256);
  private long headStart;
  private int lineLength;
  private boolean lastByteCr;
  private boolean headSeenLineEnd;

  private long headBody;

  /** The body being read: Content-Length or chunked, every octet consumed as it arrives. */
  private final BodyReader bodyReader = new BodyReader(ParserConfig.strict(), false);

  private ByteArrayOutputStream body;
  private ParsedResponse current;

  private int request;
  private int finals;
  private int responseCount;
  private boolean closeAnnounced;
  private boolean errorAnswered;
  private final List<Observation.Response> responses = new ArrayList<>();
  private final List<String> deviations = new ArrayList<>();
  private long bodyBytesKept;

  /** A stream for the responses to requests with these methods, in order. */
  ResponseStream(List<String> methods) {
    this.methods = methods;
  }

  /** Takes the next bytes the target sent. */
  void feed(byte[] buf, int off, int len) {
    int keep = (int) Math.min(len, Math.max(0, EVIDENCE_BYTES - total));
    evidence.write(buf, off, keep);
    int end = off + len;
    int at = off;
    while (at < end) {
      long position = total + (at - off);
      at =
          switch (phase) {
            case HEAD -> head(buf, at, end, position);
            case FIXED, CHUNKED -> body(buf, at, end, position);
            case UNTIL_CLOSE -> keepBody(buf, at, end - at);
            case TUNNEL, BROKEN -> end;
          };
    }
    total += len;
  }

  private int head(byte[] buf, int at, int end, long position) {
    if (head.size() == 0) {
      headStart = position;
      lineLength = 0;
      headSeenLineEnd = false;
    }
    int i = at;
    while (i < end) {
      byte b = buf[i++];
      int size = head.size();
      if (size < HTTP_NAME.length && b != HTTP_NAME[size]) {
        if (headBody >= size + 1) {
          // Content after a response to HEAD, framed by its Content-Length: a deviation the parser
          // reports, with the framing still known, so the next response is found after it.
          bodyReader.begin(BodyFraming.CONTENT_LENGTH, headBody - size - 1);
          headBody = 0;
          head.reset();
          phase = bodyReader.remaining() == 0 ? Phase.HEAD : Phase.FIXED;
          return i;
        }
        head.write(b);
        broken(
            Observation.Reception.NOT_HTTP,
            headStart,
            "not a status-line: \""
                + Notation.escape(head.toByteArray(), false)
                + Notation.escape(buf, i, Math.min(end - i, 32), false)
                + "\"");
        return end;
      }
      if (size >= HEADER_SECTION_BYTES) {
        broken(
            Observation.Reception.HEADER_SECTION_TOO_LARGE,
            headStart,
            "no end of the header section within " + HEADER_SECTION_BYTES + " bytes");
        return end;
      }
      head.write(b);
      if (b == '\n') {
        // An empty line ends the head: nothing or a lone CR before the LF, as the parser reads it.
        boolean empty = lineLength == 0 || (lineLength == 1 && lastByteCr);
        if (headSeenLineEnd && empty) {
          headEnded();
          return i;
        }
        headSeenLineEnd = true;
        lineLength = 0;
      } else {
        lineLength++;
        lastByteCr = b == '\r';
      }
    }
    return end;
  }

  private void headEnded() {
    byte[] bytes = head.toByteArray();
    head.reset();
    List<String> method = request < methods.size() ? List.of(methods.get(request)) : List.of();
    ResponseSequence seq = new ResponseParser().parse(bytes, 0, bytes.length, false, method);
    ParsedResponse r = seq.responses().isEmpty() ? null : seq.responses().get(0);
    for (ResponseDeviation d : seq.deviations()) {
      deviation(d.rule().ruleId(), headStart + d.offset(), d.detail());
    }
    if (r == null || r.status() < 0 || (seq.trailingGarbage() && !seq.tunnel())) {
      broken(Observation.Reception.NOT_HTTP, headStart, "the response head cannot be framed");
      return;
    }
    current = r;
    body = new ByteArrayOutputStream(0);
    if (!r.isInterim()) {
      request++;
      finals++;
      errorAnswered |= Outcome.NOT_ACCEPTED.contains(r.status());
      for (String option :
          String.join(",", r.fields("Connection")).toLowerCase(Locale.ROOT).split(",")) {
        closeAnnounced |= option.trim().equals("close");
      }
    }
    headBody = 0;
    if (!r.isInterim() && "HEAD".equals(r.requestMethod()) && r.field("Content-Length") != null) {
      headBody = Math.max(0, lengthOrMinusOne(r.field("Content-Length")));
    }
    if (seq.tunnel()) {
      responseEnded();
      phase = Phase.TUNNEL;
      return;
    }
    switch (r.framing()) {
      case CHUNKED -> {
        bodyReader.begin(BodyFraming.CHUNKED, -1);
        phase = Phase.CHUNKED;
      }
      case CONTENT_LENGTH -> {
        bodyReader.begin(BodyFraming.CONTENT_LENGTH, contentLength(r));
        phase = Phase.FIXED;
        if (bodyReader.remaining() == 0) {
          responseEnded();
        }
      }
      case CLOSE_DELIMITED -> phase = Phase.UNTIL_CLOSE;
      default -> responseEnded();
    }
  }

  /** The Content-Length the parser accepted (it stops on an invalid or conflicting one). */
  private static long contentLength(ParsedResponse r) {
    return Long.parseLong(r.fields("Content-Length").get(0).trim());
  }

  /** Reads the body from {@code at}; returns where reading stopped. */
  private int body(byte[] buf, int at, int end, long position) {
    bodyReader.position(at);
    while (true) {
      switch (bodyReader.read(buf, end)) {
        case DATA -> {
          if (current != null) {
            keepBody(buf, bodyReader.dataStart(), bodyReader.dataLength());
          }
        }
        case COMPLETE -> {
          if (current != null) {
            responseEnded();
          } else {
            phase = Phase.HEAD; // the content after a response to HEAD is skipped
          }
          return bodyReader.position();
        }
        case VIOLATION -> {
          Violation v = bodyReader.violation();
          broken(
              Observation.Reception.NOT_HTTP,
              position,
              v.ruleId() + ": chunked body: " + v.summary());
          return end;
        }
        default -> {
          return bodyReader.position();
        }
      }
    }
  }

  private static long lengthOrMinusOne(String value) {
    String t = value.trim();
    if (t.isEmpty() || t.length() > 18 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    return Long.parseLong(t);
  }

  private int keepBody(byte[] buf, int at, int n) {
    int keep = (int) Math.min(n, Math.max(0, EVIDENCE_BYTES - bodyBytesKept));
    body.write(buf, at, keep);
    bodyBytesKept += keep;
    return at + n;
  }

  private void responseEnded() {
    responseCount++;
    if (responses.size() < RECORDED_RESPONSES) {
      List<Observation.Field> fields = new ArrayList<>();
      for (int i = 0; i < current.fieldCount(); i++) {
        fields.add(new Observation.Field(current.fieldName(i), current.fieldValue(i)));
      }
      responses.add(
          new Observation.Response(
              current.status(), current.isInterim(), List.copyOf(fields), body.toByteArray()));
    }
    current = null;
    body = null;
    phase = Phase.HEAD;
  }

  private void broken(Observation.Reception reception, long offset, String detail) {
    if (phase != Phase.BROKEN) {
      phase = Phase.BROKEN;
      brokenAs = reception;
      deviation("RESPONSE", offset, detail);
    }
  }

  private void deviation(String rule, long offset, String detail) {
    if (deviations.size() < RECORDED_RESPONSES) {
      deviations.add(rule + " at " + offset + ": " + detail);
    }
  }

  /** True when every byte so far belongs to complete responses, of which {@code n} are final. */
  boolean answered(int n) {
    boolean boundary = phase == Phase.TUNNEL || (phase == Phase.HEAD && head.size() == 0);
    return boundary && finals >= n;
  }

  /** True once the bytes broke response syntax: reading on cannot change the verdict. */
  boolean broken() {
    return phase == Phase.BROKEN;
  }

  /** True when a final response carried the close connection option. */
  boolean closeAnnounced() {
    return closeAnnounced;
  }

  /**
   * True when a final response was a syntax rejection or a server error ({@link
   * Outcome#NOT_ACCEPTED}).
   */
  boolean errorAnswered() {
    return errorAnswered;
  }

  /** Every byte received, kept or not. */
  long total() {
    return total;
  }

  /** Bytes received past the evidence prefix. */
  long discarded() {
    return Math.max(0, total - EVIDENCE_BYTES);
  }

  /** The evidence: the first {@link #EVIDENCE_BYTES} bytes received. */
  byte[] evidence() {
    return evidence.toByteArray();
  }

  /**
   * What the bytes amount to, once reading is over; {@code closed} says the target ended the
   * connection (which completes a close-delimited body).
   */
  Observation.Reception reception(boolean closed) {
    if (total == 0) {
      return Observation.Reception.NOTHING;
    }
    return switch (phase) {
      case BROKEN -> brokenAs;
      case TUNNEL -> Observation.Reception.COMPLETE;
      case HEAD ->
          head.size() == 0 ? Observation.Reception.COMPLETE : Observation.Reception.INCOMPLETE;
      case UNTIL_CLOSE ->
          closed ? Observation.Reception.COMPLETE : Observation.Reception.INCOMPLETE;
      case FIXED, CHUNKED -> Observation.Reception.INCOMPLETE;
    };
  }

  /**
   * The responses followed, for when the evidence is only a prefix: complete ones, then a
   * close-delimited one the close ended.
   */
  List<Observation.Response> responses(boolean closed) {
    List<Observation.Response> all = new ArrayList<>(responses);
    if (phase == Phase.UNTIL_CLOSE && closed && all.size() < RECORDED_RESPONSES) {
      List<Observation.Field> fields = new ArrayList<>();
      for (int i = 0; i < current.fieldCount(); i++) {
        fields.add(new Observation.Field(current.fieldName(i), current.fieldValue(i)));
      }
      all.add(
          new Observation.Response(
              current.status(), current.isInterim(), List.copyOf(fields), body.toByteArray()));
    }
    return List.copyOf(all);
  }

  /** Deviations found in the heads and bodies followed, plus a note of what was not kept. */
  List<String> deviations() {
    List<String> all = new ArrayList<>(deviations);
    if (responseCount > responses.size()) {
      all.add(
          "RESPONSE: "
              + responseCount
              + " responses; the first "
              + responses.size()
              + " are recorded");
    }
    return List.copyOf(all);
  }
}
