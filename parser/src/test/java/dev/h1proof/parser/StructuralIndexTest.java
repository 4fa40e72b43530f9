package dev.h1proof.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The structural index of the vector paths against the scalar oracle: the index itself on random
 * buffers (every search as the table answers, however the input grows and wherever the array
 * starts), and the parser with octets that matter placed at block edges (offsets 63, 64, 127, 128,
 * and past the ring at 4095, 4096, 8191, 8192), fed whole, split around every block edge and one
 * octet at a time, with the message starting at several offsets. Every outcome (status, violation,
 * offset, head, tolerated set, buffer after the leniencies) must equal the scalar path's with the
 * input fed whole. Set {@code -Dh1proof.seed=N} to replay a reported seed.
 */
class StructuralIndexTest {

  private static final long SEED = Long.getLong("h1proof.seed", System.nanoTime());

  /** The paths with a structural index; none when the vector module is not enabled. */
  private static List<ByteScanner> indexed() {
    List<ByteScanner> list = new ArrayList<>();
    for (ByteScanner s : Scanners.all()) {
      if (s.classifies()) {
        list.add(s);
      }
    }
    return list;
  }

  @Test
  void theVectorPathsHaveAnIndexAndTheOthersNone() {
    assertThat(ScalarScanner.INSTANCE.classifies()).isFalse();
    assertThat(SwarScanner.INSTANCE.classifies()).isFalse();
    // The test JVM always runs with the incubator module (see the pom's argLine).
    assertThat(indexed()).extracting(ByteScanner::name).contains("vector256", "vector512");
  }

  // ------------------------------------------------------------------------- the index itself

  @Test
  void everySearchAnswersAsTheTableHoweverTheInputGrows() {
    SplittableRandom random = new SplittableRandom(SEED);
    byte[] odd = Bytes.of(":_ \t\r\n\u0000\u007f\u0001@,;\"\u00ff\u0080-!~");
    for (ByteScanner path : indexed()) {
      StructuralIndex x = new StructuralIndex(path);
      for (int round = 0; round < 400; round++) {
        int n = random.nextInt(1, round % 10 == 0 ? 10_000 : 400);
        int base = random.nextInt(0, 80);
        byte[] a = new byte[base + n + random.nextInt(0, 70)];
        Arrays.fill(a, (byte) 'Z'); // outside [base, base + n) too: never to be read as input
        for (int k = 0; k < n; k++) {
          a[base + k] = random.nextInt(8) == 0 ? odd[random.nextInt(odd.length)] : (byte) 'a';
        }
        x.reset();
        int end = 0;
        int at = 0;
        while (end < n) {
          end = random.nextInt(4) == 0 ? n : Math.min(n, end + random.nextInt(1, 200));
          x.input(a, base, end);
          for (int q = 0; q < 6; q++) {
            // Mostly forward, as the parser asks, and sometimes back or far ahead.
            int pick = random.nextInt(10);
            at =
                pick == 0
                    ? random.nextInt(0, end + 1)
                    : Math.min(end, at + random.nextInt(0, pick == 1 ? 5000 : 90));
            String what =
                String.format(
                    "%s seed %d round %d base %d end %d at %d", path, SEED, round, base, end, at);
            assertThat(x.nextCtl(at))
                .as("nextCtl %s", what)
                .isEqualTo(
                    ScalarScanner.scan(a, base + at, base + end, HttpTokens.FIELD_CONTENT) - base);
            assertThat(x.tokenEnd(at))
                .as("tokenEnd %s", what)
                .isEqualTo(ScalarScanner.scan(a, base + at, base + end, HttpTokens.TCHAR) - base);
            assertThat(x.nextName(at))
                .as("nextName %s", what)
                .isEqualTo(alnumDash(a, base, at, end));
            assertThat(x.valueEnd(at))
                .as("valueEnd %s", what)
                .isEqualTo(
                    ScalarScanner.scan(a, base + at, base + end, HttpTokens.FIELD_CONTENT) - base);
          }
        }
      }
    }
  }

  /** The first buffer index in {@code [at, end)} not ALPHA, DIGIT or "-", or {@code end}. */
  private static int alnumDash(byte[] a, int base, int at, int end) {
    int i = at;
    while (i < end) {
      int b = a[base + i] & 0xFF;
      if (b != '-' && (HttpTokens.CLASS[b] & (HttpTokens.ALPHA | HttpTokens.DIGIT)) == 0) {
        break;
      }
      i++;
    }
    return i;
  }

  // ------------------------------------------------------------------------ the parser's walk

  /** Offsets (buffer indices) at which the interesting octet is placed. */
  private static final int[] EDGES = {63, 64, 127, 128, 2047, 2048, 4095, 4096, 8192};

  /** Where the message starts in the buffer. */
  private static final int[] PREFIXES = {0, 3, 61};

  /**
   * What is placed at the edge: the text before the edge ends a field line's value or name, and the
   * event starts at the edge. Each is {@code {name, where, event}}: {@code where} is "value" (the
   * event follows a value prefix) or "name" (it follows a name prefix), or "line" (it starts a
   * line).
   */
  private static final String[][] EVENTS = {
    {"CRLF", "value", "\r\n"},
    {"LF after CR", "value", "x\r\n"},
    {"bare LF", "value", "\n"},
    {"bare CR", "value", "\rx\r\n"},
    {"NUL", "value", "\u0000v\r\n"},
    {"DEL", "value", "\u007fv\r\n"},
    {"SOH", "value", "\u0001v\r\n"},
    {"HTAB", "value", "\tv\r\n"},
    {"obs-text", "value", "\u00ffv\r\n"},
    {"trailing OWS", "value", " \t\r\n"},
    {"colon", "name", ": v\r\n"},
    {"underscore", "name", "_n: v\r\n"},
    {"space before colon", "name", " : v\r\n"},
    {"at sign", "name", "@: v\r\n"},
    {"NUL in name", "name", "\u0000: v\r\n"},
    {"CR in name", "name", "\r: v\r\n"},
    {"LF in name", "name", "\n: v\r\n"},
    {"obs-fold", "line", " folded\r\n"},
    {"line without colon", "line", "nocolon\r\n"},
    {"empty line", "line", "\r\n"},
    {"bare LF empty line", "line", "\n"},
    {"Host", "line", "Host: b\r\n"},
  };

  private static final ParserConfig LENIENT =
      ParserConfig.strict()
          .withLeniency(
              Leniency.BARE_LF_LINE_ENDINGS,
              Leniency.OBS_FOLD_TO_SP,
              Leniency.BARE_CR_TO_SP,
              Leniency.NUL_TO_SP,
              Leniency.RETAIN_CTL_IN_FIELD_VALUE);

  static Stream<Object[]> edgeCases() {
    List<Object[]> cases = new ArrayList<>();
    for (int edge : EDGES) {
      for (String[] event : EVENTS) {
        cases.add(new Object[] {edge, event[0], event[1], event[2]});
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{1} at {0}")
  @MethodSource("edgeCases")
  void anOctetAtABlockEdgeParsesAsOnTheScalarPath(int edge, String title, String where, String ev) {
    for (int prefix : PREFIXES) {
      if (edge - prefix < 40) {
        continue; // the request-line and Host take the first 26 octets
      }
      byte[] message = Bytes.of(around(edge - prefix, where, ev));
      String what = title + " at " + edge + ", message at " + prefix;
      int[] splits = edgeSplits(message.length, prefix, edge);
      for (ParserConfig config : new ParserConfig[] {ParserConfig.strict(), LENIENT}) {
        assertAlike(config, message, prefix, splits, what);
      }
    }
  }

  /**
   * A request whose octet at message offset {@code at} starts {@code event}: filler field lines up
   * to shortly before it, then a line whose value (or name) is padded to reach it.
   */
  static String around(int at, String where, String event) {
    StringBuilder sb = new StringBuilder("GET /a HTTP/1.1\r\nHost: h\r\n");
    int filler = 0;
    while (sb.length() + 200 < at) { // about 70 lines up to 8 KiB, below the field limit
      sb.append(String.format("X-Filler-%04d: ", filler++));
      pad(sb, sb.length() + 100, 'f');
      sb.append("\r\n");
    }
    switch (where) {
      case "value":
        sb.append("X-Pad: ");
        pad(sb, at, 'v');
        break;
      case "name":
        sb.append("X-Name-");
        pad(sb, at, 'n');
        break;
      default:
        sb.append("X-Pad: ");
        pad(sb, at - 2, 'v');
        sb.append("\r\n");
        break;
    }
    assertThat(sb.length()).as("the event lands at %d", at).isEqualTo(at);
    sb.append(event);
    return sb + "Y: z\r\n\r\n";
  }

  private static void pad(StringBuilder sb, int to, char c) {
    while (sb.length() < to) {
      sb.append(c);
    }
  }

  /**
   * Split points (message offsets) around the block edges of the buffer within 200 octets of buffer
   * index {@code near}, and a few others.
   */
  private static int[] edgeSplits(int n, int prefix, int near) {
    TreeSet<Integer> at = new TreeSet<>();
    for (int edge = 64; edge < prefix + n + 64; edge += 64) {
      if (Math.abs(edge - near) > 200) {
        continue;
      }
      for (int d = -2; d <= 2; d++) {
        at.add(edge + d - prefix);
      }
    }
    at.add(1);
    at.add(n / 2);
    at.add(n - 1);
    return at.stream().mapToInt(Integer::intValue).filter(k -> k > 0 && k < n).toArray();
  }

  /**
   * Every path, fed whole, in two pieces at each split point, in 64 pieces of the message's octets
   * at a time ending mid-block, and one octet at a time, gives the scalar path's outcome for the
   * whole input.
   */
  private static void assertAlike(
      ParserConfig config, byte[] message, int prefix, int[] splits, String what) {
    String expected =
        feed(config, message, prefix, new int[] {message.length}, ScalarScanner.INSTANCE);
    String input = what + ": " + Bytes.escape(message);
    for (ByteScanner path : Scanners.fast()) {
      assertThat(feed(config, message, prefix, new int[] {message.length}, path))
          .as("%s whole on %s", input, path.name())
          .isEqualTo(expected);
      if (!path.classifies()) {
        continue;
      }
      assertThat(feed(config, message, prefix, new int[] {message.length}, path, 0, (byte) 0))
          .as("%s whole, ending its array, on %s", input, path.name())
          .isEqualTo(expected);
      for (int k : splits) {
        assertThat(feed(config, message, prefix, new int[] {k, message.length}, path))
            .as("%s split at %d on %s", input, k, path.name())
            .isEqualTo(expected);
      }
      int[] steps = new int[message.length];
      for (int k = 0; k < steps.length; k++) {
        steps[k] = k + 1;
      }
      assertThat(feed(config, message, prefix, steps, path))
          .as("%s octet at a time on %s", input, path.name())
          .isEqualTo(expected);
      int[] odd = new int[(message.length + 36) / 37];
      for (int k = 0; k < odd.length; k++) {
        odd[k] = Math.min(message.length, (k + 1) * 37);
      }
      assertThat(feed(config, message, prefix, odd, path))
          .as("%s 37 octets at a time on %s", input, path.name())
          .isEqualTo(expected);
    }
  }

  /**
   * Feeds the message at {@code prefix} in the given cumulative steps; the octets past each step's
   * end are poisoned with NUL while it is parsed. Returns the outcome and the buffer after it.
   */
  static String feed(
      ParserConfig config, byte[] message, int prefix, int[] ends, ByteScanner path) {
    return feed(config, message, prefix, ends, path, 70, (byte) 0);
  }

  /**
   * As {@link #feed(ParserConfig, byte[], int, int[], ByteScanner)}, in an array with {@code room}
   * octets past the message, poisoned with {@code poison} while a call parses. With none, the index
   * reads the last block overlapping the octets before it, or, for an array shorter than a block,
   * one masked block (512 bits) or octet by octet (256 bits); with 64 or more, a whole block.
   */
  static String feed(
      ParserConfig config,
      byte[] message,
      int prefix,
      int[] ends,
      ByteScanner path,
      int room,
      byte poison) {
    RequestParser p = new RequestParser(config, path);
    byte[] buf = new byte[prefix + message.length + room];
    Arrays.fill(buf, (byte) 'Z');
    ParseStatus s = null;
    int filled = 0;
    for (int e : ends) {
      System.arraycopy(message, filled, buf, prefix + filled, e - filled);
      filled = e;
      Arrays.fill(buf, prefix + filled, buf.length, poison);
      s = p.parse(buf, prefix, prefix + e);
      if (s != ParseStatus.NEED_MORE) {
        break;
      }
    }
    System.arraycopy(message, filled, buf, prefix + filled, message.length - filled);
    Outcome o = new Outcome(p, s, buf, prefix, prefix + message.length);
    return o + " buffer=" + Bytes.escape(o.bufferAfter);
  }

  /**
   * A heap buffer that is a slice of a larger array: its index 0 is array index 5, so the blocks
   * (counted from buffer index 0) are not the array's. Fed in pieces through {@code
   * parse(ByteBuffer)}, each vector path gives the scalar path's status, violation, offset and
   * head.
   */
  @Test
  void aSlicedHeapBufferIsIndexedFromItsOwnStart() throws IOException {
    List<byte[]> inputs = new ArrayList<>();
    for (int edge : new int[] {63, 64, 127, 128}) {
      inputs.add(Bytes.of(around(edge - 3, "value", "\u0000v\r\n")));
      inputs.add(Bytes.of(around(edge - 3, "value", "\r\n")));
      inputs.add(Bytes.of(around(edge - 3, "name", " : v\r\n")));
    }
    try (Stream<Path> files = CorpusTest.validFiles()) {
      files.limit(12).forEach(f -> inputs.add(read(f)));
    }
    for (byte[] m : inputs) {
      String expected = sliced(m, ScalarScanner.INSTANCE);
      for (ByteScanner path : indexed()) {
        assertThat(sliced(m, path)).as("%s: %s", path.name(), Bytes.escape(m)).isEqualTo(expected);
      }
    }
  }

  private static byte[] read(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String sliced(byte[] m, ByteScanner path) {
    byte[] array = new byte[5 + 3 + m.length + 10];
    Arrays.fill(array, (byte) 'Z');
    System.arraycopy(m, 0, array, 8, m.length);
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(array, 5, array.length - 5).slice();
    RequestParser p = new RequestParser(ParserConfig.strict(), path);
    ParseStatus s = null;
    for (int e = Math.min(m.length, 61); ; e = Math.min(m.length, e + 61)) {
      buf.limit(3 + e).position(3);
      s = p.parse(buf);
      if (s != ParseStatus.NEED_MORE || e == m.length) {
        break;
      }
    }
    return s
        + " "
        + p.violation()
        + "@"
        + p.violationOffset()
        + (s == ParseStatus.COMPLETE ? " " + Outcome.dump(p.head(), 3) : "");
  }

  /**
   * Heads shorter than one block, and a little longer, in an array that ends with them, that has a
   * few octets more, or that holds a whole block past them (as a server's read buffer does; the
   * index then reads the block whole), past the end poisoned with octets that would end a name or a
   * value or with one that would not: every way gives the scalar path's outcome.
   */
  @Test
  void aShortHeadParsesAlikeWhateverTheArrayHoldsPastIt() {
    String[] heads = {
      "GET / HTTP/1.1\r\nHost: a\r\n\r\n",
      "GET / HTTP/1.0\r\n\r\n",
      "GET / HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n\r\n",
      "GET / HTTP/1.1\r\nHost: a\r\nX: \u0000\r\n\r\n",
      "GET / HTTP/1.1\r\nHost: a\r\nX : y\r\n\r\n",
      "GET / HTTP/1.1\r\nHost: a\r\nX_y: z\r\n\r\n",
      "GET / HTTP/1.1\r\nHost: a\r\nX: y\n\r\n",
      "GET / HTTP/1.1\r\nHost: a\r\nX: y\r\n folded\r\n\r\n",
      "GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc",
      "GET / HTTP/1.1\r\nHost: a\r\nX-Long: " + "v".repeat(40) + "\r\n\r\n",
      "GET / HTTP/1.1\r\nHost: a\r\nX: y",
    };
    byte[] poisons = {'Z', '\r', ':', 0};
    for (String head : heads) {
      byte[] m = Bytes.of(head);
      for (int prefix : new int[] {0, 3}) {
        int[] whole = {m.length};
        String expected = feed(ParserConfig.strict(), m, prefix, whole, ScalarScanner.INSTANCE);
        for (ByteScanner path : indexed()) {
          for (int room : new int[] {0, 5, 64, 200}) {
            for (byte poison : poisons) {
              assertThat(feed(ParserConfig.strict(), m, prefix, whole, path, room, poison))
                  .as("%s on %s, %d octets of %d past it", Bytes.escape(m), path, room, poison)
                  .isEqualTo(expected);
            }
          }
        }
      }
    }
  }

  @Test
  void theEdgeCasesReallyHitTheEdges() {
    // A check on the generator: the NUL lands at the edge and the violation says so.
    for (int edge : EDGES) {
      byte[] m = Bytes.of(around(edge, "value", "\u0000v\r\n"));
      assertThat(m[edge]).isEqualTo((byte) 0);
      RequestParser p = new RequestParser(ParserConfig.strict(), indexed().get(0));
      assertThat(p.parse(m, 0, m.length)).isEqualTo(ParseStatus.VIOLATION);
      assertThat(p.violation()).isEqualTo(Violation.NUL_IN_FIELD_VALUE);
      assertThat(p.violationOffset()).isEqualTo(edge);
    }
  }

  // --------------------------------------------------------------- corpus and mutated inputs

  static Stream<Path> corpusFiles() throws IOException {
    return Stream.concat(CorpusTest.validFiles(), CorpusTest.malformedFiles());
  }

  @ParameterizedTest
  @MethodSource("corpusFiles")
  void corpusFileParsesAlikeFedEveryWay(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    // The first head only (pipelined inputs are compared message by message elsewhere).
    for (int prefix : PREFIXES) {
      int[] splits = new int[0];
      for (int near = 64; near < bytes.length + 64; near += 320) {
        int[] more = edgeSplits(bytes.length, prefix, near);
        int[] all = Arrays.copyOf(splits, splits.length + more.length);
        System.arraycopy(more, 0, all, splits.length, more.length);
        splits = all;
      }
      assertAlike(ParserConfig.strict(), bytes, prefix, splits, file.getFileName().toString());
    }
  }

  @Test
  void mutatedRequestsParseAlikeFedEveryWay() throws IOException {
    List<byte[]> seeds = new ArrayList<>();
    try (Stream<Path> files = CorpusTest.validFiles()) {
      for (Path f : (Iterable<Path>) files::iterator) {
        byte[] b = Files.readAllBytes(f);
        seeds.add(Arrays.copyOf(b, Math.min(b.length, 1500)));
      }
    }
    seeds.add(Bytes.of(around(120, "value", "\r\n")));
    System.out.println("StructuralIndexTest seed " + SEED + " (-Dh1proof.seed to replay)");
    SplittableRandom random = new SplittableRandom(SEED);
    byte[] pool = Bytes.of(" \t\r\n:;,%#?/@\"\\()<>[]{}=-_.~*!$&'+^`|\u0000\u000b\u007f\u00ff");
    ParserConfig[] configs = {ParserConfig.strict(), LENIENT};
    for (int round = 0; round < 300; round++) {
      byte[] m = seeds.get(random.nextInt(seeds.size()));
      int edits = random.nextInt(1, 4);
      for (int k = 0; k < edits; k++) {
        m = m.clone();
        byte v =
            random.nextInt(3) == 0 ? (byte) random.nextInt(256) : pool[random.nextInt(pool.length)];
        m[random.nextInt(m.length)] = v;
      }
      int prefix = PREFIXES[random.nextInt(PREFIXES.length)];
      int[] splits = {random.nextInt(1, m.length + 1), random.nextInt(1, m.length + 1)};
      int n = m.length;
      assertAlike(
          configs[random.nextInt(configs.length)],
          m,
          prefix,
          Arrays.stream(splits).filter(k -> k < n).toArray(),
          "seed " + SEED + " round " + round);
    }
  }

  // ------------------------------------------------------------------- every scenario's bytes

  /**
   * The request of every scenario in {@code features/}, read from its doc string with the byte
   * notation of {@code features/README.md}: placeholders get fixed values ({@code {host}} is {@code
   * example.com}, {@code {path}} is {@code /}), {@code {pause}}, {@code {await}} and {@code
   * {shutdown}} are dropped, an outline gets one request per Examples row, and a request with
   * {@code {each:SET}} one per octet 0x00-0xFF (a superset of every set). Each is {@code {name,
   * bytes}}.
   */
  static Stream<Object[]> scenarioRequests() throws IOException {
    String prop = System.getProperty("h1proof.features");
    Path dir = prop != null ? Path.of(prop) : Path.of("..", "features");
    List<Object[]> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(f -> f.toString().endsWith(".feature")).sorted().toList();
    }
    for (Path f : files) {
      List<String> lines = Files.readAllLines(f, java.nio.charset.StandardCharsets.UTF_8);
      String doc = null;
      int docLine = 0;
      boolean outline = false;
      List<String> header = null;
      for (int i = 0; i < lines.size(); i++) {
        String t = lines.get(i).trim();
        if (t.startsWith("Scenario") || t.startsWith("Rule:") || t.startsWith("Feature:")) {
          if (doc != null && !outline) {
            add(out, f.getFileName() + ":" + docLine, doc);
          }
          doc = null;
          header = null;
          outline = t.startsWith("Scenario Outline") || t.startsWith("Scenario Template");
        } else if (t.equals("\"\"\"")) {
          int indent = lines.get(i).indexOf('"');
          StringBuilder sb = new StringBuilder();
          docLine = i + 1;
          for (i++; !lines.get(i).trim().equals("\"\"\""); i++) {
            String l = lines.get(i);
            sb.append(l.length() > indent ? l.substring(indent) : l.trim());
          }
          doc = sb.toString();
        } else if (t.startsWith("|") && doc != null && outline) {
          List<String> cells = cells(t);
          if (header == null) {
            header = cells;
          } else {
            String d = doc;
            for (int c = 0; c < header.size() && c < cells.size(); c++) {
              d = d.replace("<" + header.get(c) + ">", cells.get(c));
            }
            add(out, f.getFileName() + ":" + (i + 1), d);
          }
        } else if (t.startsWith("Examples")) {
          header = null;
        }
      }
      if (doc != null && !outline) {
        add(out, f.getFileName() + ":" + docLine, doc);
      }
    }
    assertThat(out).as("requests read from %s", dir).hasSizeGreaterThan(300);
    return out.stream();
  }

  private static void add(List<Object[]> out, String where, String doc) {
    if (!doc.contains("{each:")) {
      out.add(new Object[] {where, decode(doc, -1)});
      return;
    }
    for (int b = 0; b < 256; b++) {
      out.add(new Object[] {where + String.format("#%02x", b), decode(doc, b)});
    }
  }

  /** The cells of an Examples row, with Gherkin's cell escapes undone. */
  private static List<String> cells(String row) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 1; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '\\' && i + 1 < row.length()) {
        char d = row.charAt(++i);
        if (d == 'n') {
          cell.append('\n');
        } else if (d == '\\' || d == '|') {
          cell.append(d);
        } else {
          cell.append('\\').append(d); // not a Gherkin escape: kept as written
        }
      } else if (c == '|') {
        cells.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    return cells;
  }

  /** The octets of a doc string in the byte notation; {@code each} replaces {@code {each:SET}}. */
  static byte[] decode(String s, int each) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        char e = s.charAt(++i);
        switch (e) {
          case 'r' -> out.write('\r');
          case 'n' -> out.write('\n');
          case 't' -> out.write('\t');
          case 's' -> out.write(' ');
          case '0' -> out.write(0);
          case 'x' -> {
            out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
            i += 2;
          }
          default -> out.write(e);
        }
      } else if (c == '{') {
        int j = i + 1;
        while (s.charAt(j) != '}') {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        String p = s.substring(i + 1, j);
        i = j;
        if (p.startsWith("repeat:")) {
          int colon = p.indexOf(':', 7);
          byte[] text = decode(p.substring(colon + 1), each);
          for (int n = Integer.parseInt(p.substring(7, colon)); n > 0; n--) {
            out.write(text, 0, text.length);
          }
        } else if (p.startsWith("each:")) {
          out.write(each);
        } else {
          String v =
              switch (p) {
                case "host", "hostname" -> "example.com";
                case "port" -> "80";
                case "path" -> "/";
                case "echo" -> "/echo";
                default -> ""; // pause, await, shutdown: timing only
              };
          out.write(Bytes.of(v), 0, v.length());
        }
      } else if (c != '\n') { // a line break inside a cell is layout, as in the doc string
        out.write(c);
      }
    }
    return out.toByteArray();
  }

  @Test
  void theNotationIsReadAsWritten() {
    assertThat(
            decode(
                "GET {path} HTTP/1.1\\r\\nHost:\\s{host}\\x7f{repeat:3:a\\}}{pause}{each:nul}", 0))
        .isEqualTo(Bytes.of("GET / HTTP/1.1\r\nHost: example.com\u007fa}a}a}\u0000"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarioRequests")
  void everyScenarioRequestParsesAlikeFedEveryWay(String where, byte[] request) {
    int n = request.length;
    int[] splits;
    if (n <= 700) {
      splits = new int[Math.max(0, n - 1)];
      for (int k = 1; k < n; k++) {
        splits[k - 1] = k;
      }
    } else {
      splits = edgeSplits(n, 3, 64);
    }
    for (ParserConfig config : new ParserConfig[] {ParserConfig.strict(), LENIENT}) {
      if (n > 20_000) {
        // Megabyte probes: whole and in coarse pieces, not an octet at a time.
        String expected = feed(config, request, 3, new int[] {n}, ScalarScanner.INSTANCE);
        for (ByteScanner path : Scanners.fast()) {
          assertThat(feed(config, request, 3, new int[] {n}, path))
              .as("%s on %s", where, path.name())
              .isEqualTo(expected);
          assertThat(feed(config, request, 3, new int[] {n / 3, n / 2, n - 1, n}, path))
              .as("%s in pieces on %s", where, path.name())
              .isEqualTo(expected);
        }
        continue;
      }
      assertAlike(config, request, 3, splits, where);
    }
  }
}
