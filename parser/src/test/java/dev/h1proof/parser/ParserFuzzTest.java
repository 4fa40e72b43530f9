package dev.h1proof.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Coverage-guided fuzz targets for Jazzer: the request head, the chunked decoder and the response
 * parser. Without {@code JAZZER_FUZZ} they run as regression tests on the empty input and on every
 * file under {@code corpus/fuzz/<method>/} (copied to the test resources as {@code
 * ParserFuzzTestInputs/<method>/}); {@code parser/README.md} has the command for a campaign.
 *
 * <p>Each input is a message and eight control octets ({@link FuzzInput}). Every target checks that
 * the result is the same whichever way the message arrives (whole, at the fuzzer's split points,
 * one octet at a time when short, from a {@link ByteBuffer}), that it is a sane result (offsets
 * inside the input, nothing thrown), and, where the scanning paths take part, that the scalar, SWAR
 * and vector paths agree. Each input is bounded work: the message is cut at {@link
 * FuzzInput#MAX_MESSAGE} octets and the per-input timeout turns a hang into a failure.
 */
class ParserFuzzTest {

  /** Generous: one input takes well under a millisecond; libFuzzer gets it as -timeout. */
  private static final int INPUT_TIMEOUT_SECONDS = 10;

  /** At most this many pipelined messages per input. */
  private static final int MAX_PIPELINED = 64;

  /**
   * Jazzer replays only the empty input when it finds no inputs folder, which would pass quietly;
   * this fails instead when the build did not copy {@code corpus/fuzz} next to the class.
   */
  @ParameterizedTest
  @ValueSource(strings = {"requestHead", "chunkedBody", "responses"})
  void regressionCorpusIsReplayed(String target) throws Exception {
    URL folder = ParserFuzzTest.class.getResource("ParserFuzzTestInputs/" + target);
    assertThat(folder).as("corpus/fuzz/%s on the test class path", target).isNotNull();
    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
      assertThat(files.count()).as("inputs in corpus/fuzz/%s", target).isGreaterThanOrEqualTo(10);
    }
  }

  // ------------------------------------------------------------------ target 1: request head

  /**
   * The request head, fed every way on every scanning path; then every message of a pipelined input
   * (skipping Content-Length and chunked bodies) on every path.
   */
  @FuzzTest
  @Timeout(value = INPUT_TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
  void requestHead(byte[] data) {
    FuzzInput in = new FuzzInput(data);
    ParserConfig config = in.config();
    byte[] m = in.message;
    int n = m.length;
    String input = Bytes.escape(m) + " " + config;

    Outcome oracle = SplitFeeder.feed(config, m, new int[] {n}, ScalarScanner.INSTANCE);
    checkSane(config, m, oracle, input);
    int[] splits = in.splits(n);
    List<String> pipelined = pipeline(config, m, ScalarScanner.INSTANCE);
    for (ByteScanner path : Scanners.all()) {
      String on = " on " + path.name();
      same(oracle, SplitFeeder.feed(config, m, new int[] {n}, path), input, "whole" + on);
      same(
          oracle,
          SplitFeeder.feed(config, m, splits, path),
          input,
          "split at " + Arrays.toString(splits) + on);
      if (n > 0 && n <= FuzzInput.BYTEWISE_MAX) {
        same(
            oracle,
            SplitFeeder.feed(config, m, FuzzInput.bytewise(n), path),
            input,
            "octet at a time" + on);
      }
      assertThat(pipeline(config, m, path)).as("%s pipelined%s", input, on).isEqualTo(pipelined);
    }
    same(oracle, direct(config, m), input, "from a direct ByteBuffer");
  }

  private static void same(Outcome expected, Outcome actual, String input, String how) {
    assertThat(actual.toString()).as("%s fed %s", input, how).isEqualTo(expected.toString());
    assertThat(actual.bufferAfter)
        .as("%s buffer after feeding %s", input, how)
        .isEqualTo(expected.bufferAfter);
  }

  /** The result itself is sane: a status, offsets inside the input, bounded buffering. */
  private static void checkSane(ParserConfig config, byte[] m, Outcome o, String input) {
    int n = m.length;
    assertThat(o.status).as("%s status", input).isNotNull();
    switch (o.status) {
      case VIOLATION:
        assertThat(o.violation).as("%s violation", input).isNotNull();
        assertThat(o.offset).as("%s violation offset", input).isBetween(0, n);
        break;
      case COMPLETE:
        {
          RequestParser p = new RequestParser(config, ScalarScanner.INSTANCE);
          byte[] buf = m.clone();
          assertThat(p.parse(buf, 0, n)).isEqualTo(ParseStatus.COMPLETE);
          RequestHead h = p.head();
          int len = h.headLength();
          assertThat(len).as("%s head length", input).isBetween(1, n);
          assertThat(h.methodStart() + h.methodLength()).as("%s method", input).isLessThan(len);
          assertThat(h.targetStart() + h.targetLength()).as("%s target", input).isLessThan(len);
          for (int i = 0; i < h.fieldCount(); i++) {
            assertThat(h.fieldNameStart(i)).as("%s field %d", input, i).isNotNegative();
            assertThat(h.fieldValueStart(i) + h.fieldValueLength(i))
                .as("%s field %d", input, i)
                .isLessThanOrEqualTo(len);
          }
          assertThat(h.contentLength()).as("%s content length", input).isGreaterThanOrEqualTo(-1);
          break;
        }
      case NEED_MORE:
        if (config.tolerated().isEmpty()) {
          // A strict parser must decide within its limits: waiting for more after that would
          // buffer without bound. The slack covers line terminators and leading empty lines.
          int bound =
              config.maxRequestLineLength()
                  + config.maxHeaderSectionSize()
                  + 2 * config.maxLeadingEmptyLines()
                  + 64;
          assertThat(n).as("%s still NEED_MORE", input).isLessThanOrEqualTo(bound);
        }
        break;
      default:
        throw new AssertionError("status " + o.status);
    }
  }

  /**
   * Every head of a pipelined input on one path: skips a Content-Length body, decodes a chunked
   * body to find the next message, stops at anything else.
   */
  private static List<String> pipeline(ParserConfig config, byte[] m, ByteScanner path) {
    List<String> out = new ArrayList<>();
    RequestParser p = new RequestParser(config, path);
    byte[] buf = m.clone();
    int start = 0;
    while (start < buf.length && out.size() < MAX_PIPELINED) {
      p.reset();
      ParseStatus s = p.parse(buf, start, buf.length);
      Outcome o = new Outcome(p, s, buf, start, buf.length);
      out.add(o.toString());
      if (s != ParseStatus.COMPLETE) {
        break;
      }
      RequestHead h = p.head();
      start += h.headLength();
      if (h.bodyFraming() == BodyFraming.CONTENT_LENGTH) {
        start += (int) Math.min(h.contentLength(), buf.length - start);
      } else if (h.bodyFraming() == BodyFraming.CHUNKED) {
        ChunkedFeeder.Result r =
            ChunkedFeeder.feed(
                config, Arrays.copyOfRange(buf, start, buf.length), new int[] {buf.length - start});
        out.add("body " + r);
        if (r.status != ChunkedDecoder.Status.COMPLETE) {
          break;
        }
        start += r.consumed;
      }
    }
    out.add("buffer " + Bytes.escape(buf));
    return out;
  }

  private static Outcome direct(ParserConfig config, byte[] m) {
    int prefix = 5;
    RequestParser p = new RequestParser(config, ScalarScanner.INSTANCE);
    ByteBuffer bb = ByteBuffer.allocateDirect(prefix + m.length);
    bb.position(prefix);
    bb.put(m);
    bb.position(prefix);
    ParseStatus s = p.parse(bb);
    byte[] copy = new byte[bb.capacity()];
    bb.get(0, copy);
    return new Outcome(p, s, copy, prefix, copy.length);
  }

  // ------------------------------------------------------------------ target 2: chunked body

  /**
   * A chunked body with its trailer section, decoded whole, at the fuzzer's split points, one octet
   * at a time when short, and from heap and direct {@link ByteBuffer}s. When the input starts with
   * a complete request head framed as chunked (as {@code corpus/valid/chunked-*.http} do), that
   * head is parsed on every scanning path first, and the body starts after it; otherwise the whole
   * message is the body.
   */
  @FuzzTest
  @Timeout(value = INPUT_TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
  void chunkedBody(byte[] data) {
    FuzzInput in = new FuzzInput(data);
    ParserConfig config = in.config();
    byte[] m = in.message;
    String input = Bytes.escape(m) + " " + config;

    Outcome head = SplitFeeder.feed(config, m, new int[] {m.length}, ScalarScanner.INSTANCE);
    for (ByteScanner path : Scanners.fast()) {
      same(head, SplitFeeder.feed(config, m, new int[] {m.length}, path), input, path.name());
    }
    int bodyStart = 0;
    if (head.status == ParseStatus.COMPLETE) {
      RequestParser p = new RequestParser(config, ScalarScanner.INSTANCE);
      p.parse(m.clone(), 0, m.length);
      if (p.head().bodyFraming() == BodyFraming.CHUNKED) {
        bodyStart = p.head().headLength();
      }
    }
    byte[] body = Arrays.copyOfRange(m, bodyStart, m.length);
    int n = body.length;
    input = Bytes.escape(body) + " " + config;

    ChunkedFeeder.Result whole = ChunkedFeeder.feed(config, body, new int[] {n});
    checkSane(whole, n, input);
    String expected = whole.toString();
    int[] splits = in.splits(n);
    assertThat(ChunkedFeeder.feed(config, body, splits).toString())
        .as("%s split at %s", input, Arrays.toString(splits))
        .isEqualTo(expected);
    if (n > 0 && n <= FuzzInput.BYTEWISE_MAX) {
      assertThat(ChunkedFeeder.feed(config, body, FuzzInput.bytewise(n)).toString())
          .as("%s octet at a time", input)
          .isEqualTo(expected);
    }
    assertThat(decodeBuffer(config, body, false)).as("%s heap buffer", input).isEqualTo(expected);
    assertThat(decodeBuffer(config, body, true)).as("%s direct buffer", input).isEqualTo(expected);
  }

  private static void checkSane(ChunkedFeeder.Result r, int n, String input) {
    assertThat(r.status).as("%s status", input).isNotNull();
    assertThat(r.consumed).as("%s consumed", input).isBetween(0, n);
    assertThat(r.data.length).as("%s data", input).isLessThanOrEqualTo(r.consumed);
    switch (r.status) {
      case VIOLATION:
        assertThat(r.violation).as("%s violation", input).isNotNull();
        assertThat(r.offset).as("%s violation offset", input).isBetween(0L, (long) n);
        break;
      case NEED_MORE:
        assertThat(r.consumed).as("%s NEED_MORE consumes everything", input).isEqualTo(n);
        break;
      case COMPLETE:
        assertThat(r.violation).as("%s violation", input).isNull();
        break;
      default:
        throw new AssertionError(input + " ends in " + r.status);
    }
  }

  /** Decodes from a buffer whose position is advanced by the caller, as the Javadoc says. */
  private static String decodeBuffer(ParserConfig config, byte[] body, boolean direct) {
    int prefix = 3;
    ByteBuffer bb =
        direct
            ? ByteBuffer.allocateDirect(prefix + body.length)
            : ByteBuffer.allocate(prefix + body.length);
    bb.position(prefix);
    bb.put(body);
    bb.position(prefix);
    ChunkedDecoder d = new ChunkedDecoder(config);
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    ChunkedDecoder.Status s;
    while (true) {
      s = d.decode(bb);
      if (s == ChunkedDecoder.Status.DATA) {
        for (int k = 0; k < d.dataLength(); k++) {
          data.write(bb.get(d.dataStart() + k));
        }
      }
      if (s != ChunkedDecoder.Status.DATA) {
        break;
      }
    }
    return new ChunkedFeeder.Result(s, d, data.toByteArray(), bb.position() - prefix, prefix)
        .toString();
  }

  // ------------------------------------------------------------------ target 3: responses

  private static final String[] METHODS = {"GET", "HEAD", "POST", "CONNECT"};

  /**
   * What a server sent on one connection, observed by {@link ResponseParser} the way the runner
   * does: re-parsed as it grows. The responses complete in any prefix (at the fuzzer's split
   * points, and at every length for short inputs) must be those of the whole, and with the end of
   * the stream they stay the same; the result does not depend on where the bytes sit in the
   * caller's array. The response parser does not use the scanning paths.
   */
  @FuzzTest
  @Timeout(value = INPUT_TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
  void responses(byte[] data) {
    FuzzInput in = new FuzzInput(data);
    byte[] m = in.message;
    int n = m.length;
    List<String> methods = new ArrayList<>();
    int count = 1 + ((in.control(3) >>> 2) & 3);
    for (int k = 0; k < count; k++) {
      methods.add(METHODS[(in.control(0) >>> (2 * k)) & 3]);
    }
    boolean eof = (in.control(3) & 2) != 0;
    String input = Bytes.escape(m) + " eof=" + eof + " " + methods;

    ResponseSequence whole = new ResponseParser().parse(m, 0, n, eof, methods);
    checkSane(whole, n, input);
    String expected = describe(whole);
    for (byte poison : new byte[] {0, '\n', 'H'}) {
      byte[] buf = new byte[n + 13];
      Arrays.fill(buf, poison);
      System.arraycopy(m, 0, buf, 7, n);
      assertThat(describe(new ResponseParser().parse(buf, 7, n, eof, methods), 7))
          .as("%s at offset 7 amid 0x%02x", input, poison)
          .isEqualTo(expected);
    }
    ResponseSequence open = eof ? new ResponseParser().parse(m, 0, n, false, methods) : whole;
    if (eof) {
      consistent(open, whole, input + " without, then with the end of the stream");
    }
    List<Integer> cuts = new ArrayList<>();
    for (int p : in.splits(n)) {
      cuts.add(p);
    }
    if (n <= FuzzInput.BYTEWISE_MAX) {
      for (int p = 0; p < n; p++) {
        cuts.add(p);
      }
    }
    for (int p : cuts) {
      if (p < n) {
        ResponseSequence prefix = new ResponseParser().parse(m, 0, p, false, methods);
        checkSane(prefix, p, input + " prefix " + p);
        consistent(prefix, open, input + " prefix of " + p + " octets");
      }
    }
  }

  private static void checkSane(ResponseSequence s, int n, String input) {
    assertThat(s.unparsedOffset()).as("%s unparsed offset", input).isBetween(0, n);
    int previousEnd = 0;
    for (ParsedResponse r : s.responses()) {
      assertThat(r.startOffset()).as("%s start of %s", input, r).isBetween(previousEnd, n);
      assertThat(r.endOffset()).as("%s end of %s", input, r).isBetween(r.startOffset(), n);
      assertThat(r.bodyLength()).as("%s body of %s", input, r).isBetween(0L, (long) n);
      previousEnd = r.endOffset();
    }
    for (ResponseDeviation d : s.deviations()) {
      assertThat(d.offset()).as("%s offset of %s", input, d).isBetween(0, n);
    }
    if (s.complete()) {
      assertThat(s.trailingGarbage()).as("%s complete with garbage", input).isFalse();
    }
  }

  /**
   * Every response complete in {@code prefix} is the same response in {@code full}; its deviations
   * are a prefix of the full one's (octets after a HEAD response add one later).
   */
  private static void consistent(ResponseSequence prefix, ResponseSequence full, String input) {
    List<ParsedResponse> a = prefix.responses();
    List<ParsedResponse> b = full.responses();
    for (int i = 0; i < a.size(); i++) {
      ParsedResponse r = a.get(i);
      if (!r.complete()) {
        continue;
      }
      assertThat(i)
          .as("%s: response %d complete early, missing later", input, i)
          .isLessThan(b.size());
      ParsedResponse f = b.get(i);
      assertThat(describe(r, 0)).as("%s: response %d", input, i).isEqualTo(describe(f, 0));
      List<String> early = rules(r.deviations());
      List<String> late = rules(f.deviations());
      assertThat(late.subList(0, Math.min(late.size(), early.size())))
          .as("%s: deviations of response %d", input, i)
          .isEqualTo(early);
    }
  }

  private static List<String> rules(List<ResponseDeviation> deviations) {
    List<String> out = new ArrayList<>();
    for (ResponseDeviation d : deviations) {
      out.add(d.rule() + "@" + d.offset());
    }
    return out;
  }

  private static String describe(ParsedResponse r, int origin) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.versionText()).append(' ').append(r.versionMajor()).append('.');
    sb.append(r.versionMinor()).append(' ').append(r.status()).append(' ').append(r.reason());
    sb.append(" framing=").append(r.framing()).append(" body=").append(r.bodyLength());
    sb.append(" complete=").append(r.complete()).append(" method=").append(r.requestMethod());
    sb.append(" at ").append(r.startOffset() - origin).append('-').append(r.endOffset() - origin);
    for (int i = 0; i < r.fieldCount(); i++) {
      sb.append(" [").append(r.fieldName(i)).append(": ").append(r.fieldValue(i)).append(']');
    }
    return sb.toString();
  }

  private static String describe(ResponseSequence s) {
    return describe(s, 0);
  }

  /**
   * The sequence with every offset made relative to {@code origin}, the {@code off} parsed from.
   */
  private static String describe(ResponseSequence s, int origin) {
    StringBuilder sb = new StringBuilder();
    for (ParsedResponse r : s.responses()) {
      sb.append(describe(r, origin)).append('\n');
      for (ResponseDeviation d : r.deviations()) {
        sb.append("  ").append(d.rule()).append('@').append(d.offset() - origin).append(' ');
        sb.append(d.detail()).append('\n');
      }
    }
    for (ResponseDeviation d : s.deviations()) {
      sb.append(d.rule()).append('@').append(d.offset() - origin).append(' ').append(d.detail());
      sb.append('\n');
    }
    sb.append("complete=").append(s.complete()).append(" garbage=").append(s.trailingGarbage());
    sb.append(" tunnel=")
        .append(s.tunnel())
        .append(" unparsed=")
        .append(s.unparsedOffset() - origin);
    sb.append(" finals=").append(s.finalResponseCount());
    return sb.toString();
  }
}
