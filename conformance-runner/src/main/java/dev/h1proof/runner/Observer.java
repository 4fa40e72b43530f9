package dev.h1proof.runner;

import dev.h1proof.parser.BodyFraming;
import dev.h1proof.parser.ChunkedDecoder;
import dev.h1proof.parser.ParseStatus;
import dev.h1proof.parser.ParsedResponse;
import dev.h1proof.parser.ParserConfig;
import dev.h1proof.parser.RequestHead;
import dev.h1proof.parser.RequestParser;
import dev.h1proof.parser.ResponseDeviation;
import dev.h1proof.parser.ResponseParser;
import dev.h1proof.parser.ResponseSequence;
import dev.h1proof.rulebook.Observation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes a target sent into an {@link Observation}, with the parser's response mode, which
 * records every deviation instead of stopping.
 */
public final class Observer {
  private Observer() {}

  /**
   * The methods of every request a server may answer in {@code sent}, in order: those a strict
   * parser frames and, where the framing is in doubt, every later request-line. A response beyond
   * these is unsolicited.
   */
  public static List<String> requestMethods(byte[] sent) {
    return methods(sent, true);
  }

  /**
   * How many requests a strict parser frames in {@code sent} (at least the first, valid or not):
   * the responses a runner waits for before its short close grace.
   */
  public static int framedRequests(byte[] sent) {
    return Math.max(1, methods(sent, false).size());
  }

  private static List<String> methods(byte[] sent, boolean possible) {
    List<String> methods = new ArrayList<>();
    RequestParser parser = new RequestParser(ParserConfig.strict());
    ChunkedDecoder chunked = new ChunkedDecoder(ParserConfig.strict());
    int at = 0;
    while (at < sent.length && parser.parse(sent, at, sent.length) == ParseStatus.COMPLETE) {
      RequestHead head = parser.head();
      methods.add(head.method());
      at += head.headLength();
      BodyFraming framing = head.bodyFraming();
      if (framing == BodyFraming.CONTENT_LENGTH) {
        at = (int) Math.min(sent.length, at + head.contentLength());
      } else if (framing == BodyFraming.CHUNKED) {
        chunked.reset();
        ChunkedDecoder.Status status;
        do {
          status = chunked.decode(sent, at, sent.length);
          at += chunked.consumed();
        } while (status == ChunkedDecoder.Status.DATA);
        if (status != ChunkedDecoder.Status.COMPLETE) {
          // A bad body: where it ends is the server's choice, so every request-line after it (the
          // canary, a request hidden in the body) may be answered without being unsolicited.
          if (possible) {
            methods.addAll(requestLinesAfter(sent, at));
          }
          return methods;
        }
      }
      parser.reset();
    }
    if (at < sent.length) {
      // The rest is not a valid request, but the target may still answer it (with a 400, say),
      // and, framing it its own way, any request-line after it.
      methods.add(firstToken(sent, at));
      if (possible) {
        methods.addAll(requestLinesAfter(sent, at));
      }
    }
    return methods;
  }

  private static final Pattern REQUEST_LINE =
      Pattern.compile("([!#$%&'*+.^_`|~0-9A-Za-z-]+) \\S+ HTTP/\\d\\.\\d\r?");

  /**
   * The methods of the lines after the one starting at {@code from} that look like request-lines:
   * the most requests a server could see in bytes whose framing is in doubt.
   */
  static List<String> requestLinesAfter(byte[] sent, int from) {
    List<String> methods = new ArrayList<>();
    int lineStart = -1;
    for (int i = from; i < sent.length; i++) {
      if (sent[i] != '\n') {
        continue;
      }
      if (lineStart >= 0) {
        String line = new String(sent, lineStart, i - lineStart, StandardCharsets.ISO_8859_1);
        Matcher m = REQUEST_LINE.matcher(line);
        if (m.matches()) {
          methods.add(m.group(1));
        }
      }
      lineStart = i + 1;
    }
    return methods;
  }

  /** The method-like first word of possibly malformed request bytes, or GET when there is none. */
  private static String firstToken(byte[] sent, int from) {
    int start = from;
    while (start < sent.length && (sent[start] == '\r' || sent[start] == '\n')) {
      start++;
    }
    int end = start;
    while (end < sent.length && end - start < 32 && sent[end] > 0x20 && sent[end] < 0x7f) {
      end++;
    }
    return end > start
        ? new String(sent, start, end - start, java.nio.charset.StandardCharsets.US_ASCII)
        : "GET";
  }

  /** Parses what the target sent; {@code eof} says the connection ended. */
  public static Parsed parse(byte[] received, boolean eof, List<String> methods) {
    ResponseSequence sequence =
        new ResponseParser().parse(received, 0, received.length, eof, methods);
    List<Observation.Response> responses = new ArrayList<>();
    List<String> deviations = new ArrayList<>();
    for (ParsedResponse r : sequence.responses()) {
      List<Observation.Field> fields = new ArrayList<>();
      for (int i = 0; i < r.fieldCount(); i++) {
        fields.add(new Observation.Field(r.fieldName(i), r.fieldValue(i)));
      }
      byte[] body = body(received, r);
      responses.add(new Observation.Response(r.status(), r.isInterim(), List.copyOf(fields), body));
    }
    for (ResponseDeviation d : sequence.deviations()) {
      deviations.add(d.rule().ruleId() + " at " + d.offset() + ": " + d.detail());
    }
    return new Parsed(List.copyOf(responses), List.copyOf(deviations), sequence.complete());
  }

  /** The body bytes of a response: the span before its end, decoded when chunked. */
  private static byte[] body(byte[] received, ParsedResponse r) {
    if (r.bodyLength() <= 0) {
      return new byte[0];
    }
    int end = Math.min(received.length, r.endOffset());
    if (r.framing() != BodyFraming.CHUNKED) {
      return Arrays.copyOfRange(
          received, (int) Math.max(r.startOffset(), end - r.bodyLength()), end);
    }
    int headEnd = indexOf(received, HEAD_END, r.startOffset(), end);
    if (headEnd < 0) {
      return new byte[0];
    }
    ChunkedDecoder decoder = new ChunkedDecoder(ParserConfig.strict());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int at = headEnd + HEAD_END.length;
    ChunkedDecoder.Status status;
    do {
      status = decoder.decode(received, at, end);
      if (status == ChunkedDecoder.Status.DATA) {
        out.write(received, decoder.dataStart(), decoder.dataLength());
      }
      at += decoder.consumed();
    } while (status == ChunkedDecoder.Status.DATA);
    return out.toByteArray();
  }

  private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};

  private static int indexOf(byte[] haystack, byte[] needle, int from, int to) {
    outer:
    for (int i = from; i <= to - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * Parsed responses.
   *
   * @param responses every response, 1xx included
   * @param deviations response-syntax deviations
   * @param complete whether the bytes end exactly at the end of a complete response
   */
  public record Parsed(
      List<Observation.Response> responses, List<String> deviations, boolean complete) {
    /** The number of final responses. */
    public int finals() {
      return (int) responses.stream().filter(r -> !r.interim()).count();
    }
  }
}
