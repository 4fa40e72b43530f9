package dev.h1proof.benchmarks;

import dev.h1proof.parser.ParseStatus;
import dev.h1proof.parser.ParserConfig;
import dev.h1proof.parser.RequestParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same work as picohttpparser's {@code filebench} ({@code ../shared/anchors/picohttpparser/}):
 * parse one complete request head held in memory, and nothing else. No field is copied or handed to
 * a sink (pico's loop does not touch its {@code phr_header} array either); the operation returns
 * the field count so that the parse cannot be eliminated. h1proof still validates every octet
 * strictly, which pico does not.
 *
 * <p>{@link ParserBenchmark} measures more: the whole message through the message API, with every
 * field handed to a sink. Compare pico with this class only, in one back-to-back run on one
 * machine: {@code java -jar benchmarks/target/benchmarks.jar HeadBenchmark} right before or after
 * {@code ../shared/anchors/picohttpparser/run.sh corpus/valid/<input>.http ...}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "--add-modules", "jdk.incubator.vector"})
@State(Scope.Thread)
public class HeadBenchmark {

  /** A file of {@code corpus/valid/} without {@code .http}: the inputs the pico table names. */
  @Param({
    "techempower-plaintext",
    "chrome-cookies-430",
    "classic-703",
    "browser-get-chrome",
    "large-headers-16k"
  })
  public String input;

  private byte[] head;
  private final RequestParser parser = new RequestParser(ParserConfig.strict());

  /** Loads the input and checks that it is exactly one complete, valid head. */
  @Setup(Level.Trial)
  public void load() {
    head = headOf(input);
  }

  /**
   * Returns the request head of a corpus input, checked to parse completely and strictly.
   *
   * @param input the corpus input
   * @return the head's octets (the body, if any, cut off)
   * @throws IllegalStateException if the input is not one valid request
   */
  static byte[] headOf(String input) {
    byte[][] messages = Corpus.load(input);
    if (messages.length != 1) {
      throw new IllegalStateException(input + ": " + messages.length + " messages, not one");
    }
    RequestParser p = new RequestParser(ParserConfig.strict());
    byte[] whole = messages[0];
    if (p.parse(whole, 0, whole.length) != ParseStatus.COMPLETE) {
      throw new IllegalStateException(input + ": " + p.violation() + " at " + p.violationOffset());
    }
    return java.util.Arrays.copyOf(whole, p.headEnd());
  }

  /**
   * Parses the head once, on the default scanning path.
   *
   * @return the number of field lines, so the parse stays live
   */
  @Benchmark
  public int h1proofHead() {
    byte[] buf = head;
    if (parser.parse(buf, 0, buf.length) != ParseStatus.COMPLETE) {
      throw new IllegalStateException(input + ": " + parser.violation());
    }
    return parser.head().fieldCount();
  }

  /**
   * The same on the forced scalar path.
   *
   * @return the number of field lines
   */
  @Benchmark
  @Fork(
      value = 1,
      jvmArgsAppend = {
        "-Xms1g",
        "-Xmx1g",
        "--add-modules",
        "jdk.incubator.vector",
        "-Dh1proof.simd=scalar"
      })
  public int h1proofHeadScalar() {
    return h1proofHead();
  }
}
