package dev.h1proof.parser;

import static java.nio.ByteOrder.BIG_ENDIAN;
import static java.nio.ByteOrder.LITTLE_ENDIAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SWAR and vector scanners, and every path's twin for buffers without an array, must answer
 * exactly as the scalar one: octet by octet, on every corpus file, and on seeded mutations of valid
 * requests, from arrays and from direct buffers. Every path is instantiated directly, so one JVM
 * covers them all. Set {@code -Dh1proof.seed=N} to replay a reported seed.
 */
class ScannerDifferentialTest {

  private static final long SEED = Long.getLong("h1proof.seed", System.nanoTime());

  private interface Scan {
    int apply(ByteScanner s, byte[] a, int i, int e);
  }

  private interface BufferScan {
    int apply(BufferScanner s, Input in, int i, int e);
  }

  private static final String[] NAMES = {"token", "fieldContent", "target", "crLf"};
  private static final Scan[] SCANS = {
    ByteScanner::token, ByteScanner::fieldContent, ByteScanner::target, ByteScanner::crLf
  };
  private static final BufferScan[] BUFFER_SCANS = {
    BufferScanner::token, BufferScanner::fieldContent, BufferScanner::target, BufferScanner::crLf
  };

  /** Reused by {@link #check}: allocating a direct buffer per check would dominate the test. */
  private static final ByteBuffer DIRECT = ByteBuffer.allocateDirect(512);

  /** The input over {@link #DIRECT}, kept, as a parser keeps its own across calls. */
  private static final Input DIRECT_INPUT = new Input();

  /** An octet inside each scanned class, to fill the buffer around the probe. */
  private static final byte[] FILLER = {'a', 'a', 'a', 'a'};

  /**
   * An octet inside each class that the wide paths still treat as a suspect and hand to the table
   * (and, for CR/LF, any other octet), so that a block holds several suspects before the real stop.
   */
  private static final byte[] SUSPECT_FILLER = {'_', (byte) 0x80, '!', 0x0B};

  @Test
  void scannersAvailable() {
    assertThat(Scanners.all()).extracting(ByteScanner::name).contains("scalar", "swar");
  }

  /**
   * Every path has its own buffer twin on the JDKs the build runs on: JDK 17 and 18 load vectors
   * from a buffer, JDK 22 and later from a segment of it.
   */
  @Test
  void everyPathHasItsBufferTwin() {
    int feature = Runtime.version().feature();
    for (ByteScanner path : Scanners.all()) {
      if (!path.name().startsWith("vector") || feature <= 18 || feature >= 22) {
        assertThat(path.buffers().name()).as(path.name()).isEqualTo(path.name());
      }
    }
  }

  @Test
  void everyOctetAtEveryPositionStopsTheScanWhereTheTableSays() {
    everyOctetAtEveryPosition(FILLER);
  }

  @Test
  void everyOctetAfterValidSuspectsStopsTheScanWhereTheTableSays() {
    everyOctetAtEveryPosition(SUSPECT_FILLER);
  }

  private static void everyOctetAtEveryPosition(byte[] filler) {
    int n = 80;
    byte[] a = new byte[n];
    for (int m = 0; m < SCANS.length; m++) {
      for (int b = 0; b < 256; b++) {
        for (int p = 0; p < n; p++) {
          Arrays.fill(a, filler[m]);
          a[p] = (byte) b;
          for (int s : new int[] {0, p & ~7, Math.max(0, p - 33)}) {
            for (int e : new int[] {n, Math.min(n, p + 1)}) {
              check(m, a, s, e, "octet " + b + " at " + p);
            }
          }
        }
      }
    }
  }

  @Test
  void randomBuffersScanAlike() {
    SplittableRandom random = new SplittableRandom(SEED);
    byte[] common = Bytes.of("abcXYZ019-_.~/?=&:;@!$'()*+, \t%\"#<>[]\\^`{|}\r\n\u0000\u007f");
    for (int round = 0; round < 3000; round++) {
      byte[] a = new byte[random.nextInt(1, 300)];
      int oddOnes = random.nextInt(0, 4);
      for (int k = 0; k < a.length; k++) {
        a[k] = (byte) 'a';
      }
      for (int k = 0; k < oddOnes; k++) {
        int p = random.nextInt(a.length);
        a[p] =
            random.nextBoolean()
                ? common[random.nextInt(common.length)]
                : (byte) random.nextInt(256);
      }
      int s = random.nextInt(a.length);
      int e = random.nextInt(s, a.length + 1);
      for (int m = 0; m < SCANS.length; m++) {
        check(m, a, s, e, "seed " + SEED + " round " + round);
      }
    }
  }

  /**
   * Every path, on the array and on its buffer twin, against the scalar scan of the array. The
   * buffers hold the same octets at the same indices; their limit is {@code e}, so a read past the
   * range throws, and they are read in both byte orders, from a direct and a read-only buffer, with
   * the position at the scan's start or at 0.
   */
  private static void check(int m, byte[] a, int s, int e, String what) {
    int expected = SCANS[m].apply(ScalarScanner.INSTANCE, a, s, e);
    ByteBuffer direct = DIRECT.clear().put(a).order(e % 2 == 0 ? BIG_ENDIAN : LITTLE_ENDIAN);
    direct.limit(e).position((s & 1) == 0 ? s : 0);
    DIRECT_INPUT.set(direct);
    Input readOnly = new Input();
    readOnly.set(ByteBuffer.wrap(a, 0, e).slice().asReadOnlyBuffer().position(s));
    for (ByteScanner path : Scanners.all()) {
      int actual = path == ScalarScanner.INSTANCE ? expected : SCANS[m].apply(path, a, s, e);
      int fromDirect = BUFFER_SCANS[m].apply(path.buffers(), DIRECT_INPUT, s, e);
      int fromReadOnly = BUFFER_SCANS[m].apply(path.buffers(), readOnly, s, e);
      if (actual != expected || fromDirect != expected || fromReadOnly != expected) {
        assertThat(new int[] {actual, fromDirect, fromReadOnly})
            .as(
                "%s %s [%d, %d) %s (array, direct, read-only): %s",
                path.name(), NAMES[m], s, e, what, Bytes.escape(Arrays.copyOfRange(a, s, e)))
            .containsExactly(expected, expected, expected);
      }
    }
  }

  static Stream<Path> corpusFiles() throws IOException {
    return Stream.concat(CorpusTest.validFiles(), CorpusTest.malformedFiles());
  }

  @ParameterizedTest
  @MethodSource("corpusFiles")
  void corpusFileParsesAlikeOnEveryPath(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    List<String> expected = pipeline(bytes, ScalarScanner.INSTANCE, ParserConfig.strict());
    for (ByteScanner path : Scanners.all()) {
      if (path != ScalarScanner.INSTANCE) {
        assertThat(pipeline(bytes, path, ParserConfig.strict()))
            .as("%s on %s", path.name(), file)
            .isEqualTo(expected);
      }
      assertThat(pipelineBuffer(bytes, path, ParserConfig.strict()))
          .as("%s on %s from a direct buffer", path.name(), file)
          .isEqualTo(expected);
    }
  }

  /** Every head of a pipelined input, skipping Content-Length bodies; the outcome of each. */
  private static List<String> pipeline(byte[] bytes, ByteScanner path, ParserConfig config) {
    List<String> out = new ArrayList<>();
    RequestParser p = new RequestParser(config, path);
    byte[] buf = bytes.clone();
    int start = 0;
    while (start < buf.length && out.size() < 200) {
      p.reset();
      ParseStatus s = p.parse(buf, start, buf.length);
      Outcome o = new Outcome(p, s, buf, start, buf.length);
      out.add(o + " buffer=" + Bytes.escape(o.bufferAfter));
      if (s != ParseStatus.COMPLETE) {
        break;
      }
      start += p.head().headLength();
      if (p.head().bodyFraming() == BodyFraming.CONTENT_LENGTH) {
        start += (int) Math.min(p.head().contentLength(), buf.length - start);
      } else if (p.head().bodyFraming() == BodyFraming.CHUNKED) {
        break;
      }
    }
    return out;
  }

  /** As {@link #pipeline}, from a direct buffer through {@link RequestParser#parse(ByteBuffer)}. */
  private static List<String> pipelineBuffer(byte[] bytes, ByteScanner path, ParserConfig config) {
    List<String> out = new ArrayList<>();
    RequestParser p = new RequestParser(config, path);
    ByteBuffer buf = ByteBuffer.allocateDirect(bytes.length).put(bytes);
    int start = 0;
    while (start < bytes.length && out.size() < 200) {
      p.reset();
      buf.limit(bytes.length).position(start);
      ParseStatus s = p.parse(buf);
      byte[] now = new byte[bytes.length];
      buf.get(0, now);
      Outcome o = new Outcome(p, s, now, start, bytes.length);
      out.add(o + " buffer=" + Bytes.escape(o.bufferAfter));
      if (s != ParseStatus.COMPLETE) {
        break;
      }
      assertThat(buf.position()).as("position after the head").isEqualTo(p.headEnd());
      start += p.head().headLength();
      if (p.head().bodyFraming() == BodyFraming.CONTENT_LENGTH) {
        start += (int) Math.min(p.head().contentLength(), bytes.length - start);
      } else if (p.head().bodyFraming() == BodyFraming.CHUNKED) {
        break;
      }
    }
    return out;
  }

  @Test
  void mutatedRequestsParseAlikeOnEveryPath() throws IOException {
    List<byte[]> seeds = new ArrayList<>();
    try (Stream<Path> files = CorpusTest.validFiles()) {
      for (Path f : (Iterable<Path>) files::iterator) {
        byte[] b = Files.readAllBytes(f);
        seeds.add(Arrays.copyOf(b, Math.min(b.length, 2048)));
      }
    }
    if (seeds.isEmpty()) {
      seeds.add(Bytes.of("GET /a?b=c HTTP/1.1\r\nHost: example.com\r\nAccept: */*\r\n\r\n"));
    }
    System.out.println("ScannerDifferentialTest seed " + SEED + " (-Dh1proof.seed to replay)");
    SplittableRandom random = new SplittableRandom(SEED);
    byte[] pool = Bytes.of(" \t\r\n:;,%#?/@\"\\()<>[]{}=-_.~*!$&'+^`|\u0000\u000b\u007f");
    ParserConfig[] configs = {
      ParserConfig.strict(),
      ParserConfig.strict()
          .withLeniency(
              Leniency.BARE_LF_LINE_ENDINGS,
              Leniency.OBS_FOLD_TO_SP,
              Leniency.BARE_CR_TO_SP,
              Leniency.NUL_TO_SP,
              Leniency.REQUEST_LINE_WHITESPACE_RUNS)
    };
    for (int round = 0; round < 3000; round++) {
      byte[] m = mutate(seeds.get(random.nextInt(seeds.size())), random, pool);
      ParserConfig config = configs[random.nextInt(configs.length)];
      List<String> expected = pipeline(m, ScalarScanner.INSTANCE, config);
      if (m.length <= 700) {
        // The parser's one-pass shortcuts (taken when the input is whole) against its general
        // path (taken when it arrives an octet at a time).
        int[] steps = new int[m.length];
        for (int k = 0; k < m.length; k++) {
          steps[k] = k + 1;
        }
        Outcome whole = SplitFeeder.feed(config, m, new int[] {m.length}, ScalarScanner.INSTANCE);
        Outcome bytewise = SplitFeeder.feed(config, m, steps, ScalarScanner.INSTANCE);
        assertThat(bytewise.toString())
            .as("seed %d round %d, octet at a time: %s", SEED, round, Bytes.escape(m))
            .isEqualTo(whole.toString());
      }
      for (ByteScanner path : Scanners.all()) {
        List<String> actual = path == ScalarScanner.INSTANCE ? expected : pipeline(m, path, config);
        List<String> direct = pipelineBuffer(m, path, config);
        if (!actual.equals(expected) || !direct.equals(expected)) {
          assertThat(actual)
              .as("seed %d round %d, %s: %s", SEED, round, path.name(), Bytes.escape(m))
              .isEqualTo(expected);
          assertThat(direct)
              .as(
                  "seed %d round %d, %s from a direct buffer: %s",
                  SEED, round, path.name(), Bytes.escape(m))
              .isEqualTo(expected);
        }
      }
    }
  }

  private static byte[] mutate(byte[] in, SplittableRandom random, byte[] pool) {
    byte[] b = in;
    int edits = random.nextInt(1, 4);
    for (int k = 0; k < edits; k++) {
      int p = random.nextInt(b.length + 1);
      int kind = random.nextInt(3);
      byte v =
          random.nextInt(3) == 0 ? (byte) random.nextInt(256) : pool[random.nextInt(pool.length)];
      if (kind == 0 || p == b.length) {
        byte[] c = new byte[b.length + 1];
        System.arraycopy(b, 0, c, 0, p);
        c[p] = v;
        System.arraycopy(b, p, c, p + 1, b.length - p);
        b = c;
      } else if (kind == 1) {
        b = b.clone();
        b[p] = v;
      } else {
        byte[] c = new byte[b.length - 1];
        System.arraycopy(b, 0, c, 0, p);
        System.arraycopy(b, p + 1, c, p, b.length - p - 1);
        b = c;
      }
    }
    return b;
  }
}
