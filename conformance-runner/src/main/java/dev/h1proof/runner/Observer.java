package dev.h1proof.runner;

import dev.h1proof.parser.ParsedResponse;
import dev.h1proof.parser.ParserConfig;
import dev.h1proof.parser.RequestReader;
import dev.h1proof.parser.ResponseDeviation;
import dev.h1proof.parser.ResponseParser;
import dev.h1proof.parser.ResponseSequence;
import dev.h1proof.rulebook.Observation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
    return framing(sent).methods();
  }

  /**
   * How many requests a strict parser frames in {@code sent} (at least the first, valid or not):
   * the responses a runner waits for before its short close grace.
   */
  public static int framedRequests(byte[] sent) {
    return framing(sent).framed();
  }

  /**
   * What the sent bytes hold, read once.
   *
   * @param methods as {@link #requestMethods(byte[])}
   * @param framed as {@link #framedRequests(byte[])}
   */
  public record Framing(List<String> methods, int framed) {}

  /** Both {@link #requestMethods(byte[])} and {@link #framedRequests(byte[])}, in one pass. */
  public static Framing framing(byte[] sent) {
    List<String> methods = new ArrayList<>();
    RequestReader reader = new RequestReader(ParserConfig.strict());
    int at = 0;
    boolean inBody = false;
    while (at < sent.length) {
      RequestReader.Event event = reader.read(sent, sent.length);
      if (event == RequestReader.Event.HEAD) {
        methods.add(reader.head().method());
        inBody = true;
      } else if (event == RequestReader.Event.END) {
        at = reader.position();
        inBody = false;
      } else if (event != RequestReader.Event.CONTENT) {
        if (!inBody) {
          break;
        }
        int framed = Math.max(1, methods.size());
        // A bad body: where it ends is the server's choice, so every request-line after it (the
        // canary, a request hidden in the body) may be answered without being unsolicited.
        if (event == RequestReader.Event.VIOLATION) {
          methods.addAll(requestLinesAfter(sent, reader.position()));
        }
        return new Framing(methods, framed);
      }
    }
    if (at < sent.length) {
      // The rest is not a valid request, but the target may still answer it (with a 400, say),
      // and, framing it its own way, any request-line after it.
      methods.add(firstToken(sent, at));
      int framed = methods.size();
      methods.addAll(requestLinesAfter(sent, at));
      return new Framing(methods, framed);
    }
    return new Framing(methods, Math.max(1, methods.size()));
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
      if (lineStart >= 0 && endsLikeRequestLine(sent, lineStart, i)) {
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

  /**
   * True when the line from {@code start} to {@code end} (its LF) ends as {@link #REQUEST_LINE}
   * requires, with "HTTP/", a digit, "." and a digit before an optional CR: only such lines are
   * worth a string and the pattern (a mebibyte of field lines has none).
   */
  private static boolean endsLikeRequestLine(byte[] sent, int start, int end) {
    int e = end > start && sent[end - 1] == '\r' ? end - 1 : end;
    if (e - start < 10) {
      return false;
    }
    return sent[e - 8] == 'H'
        && sent[e - 7] == 'T'
        && sent[e - 6] == 'T'
        && sent[e - 5] == 'P'
        && sent[e - 4] == '/'
        && Character.isDigit(sent[e - 3])
        && sent[e - 2] == '.'
        && Character.isDigit(sent[e - 1]);
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
      byte[] body = r.content(received);
      responses.add(new Observation.Response(r.status(), r.isInterim(), List.copyOf(fields), body));
    }
    for (ResponseDeviation d : sequence.deviations()) {
      deviations.add(d.rule().ruleId() + " at " + d.offset() + ": " + d.detail());
    }
    return new Parsed(List.copyOf(responses), List.copyOf(deviations), sequence.complete());
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
