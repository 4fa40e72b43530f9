package dev.h1proof.benchmarks;

import dev.h1proof.parser.ParseStatus;
import dev.h1proof.parser.ParserConfig;
import dev.h1proof.parser.RequestParser;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 * Heads shorter than one 64-octet block, where they are in a server: at the start of a read buffer
 * much larger than the request, against the same head in an array of exactly its size (as every
 * other benchmark here holds its input). On the vector path the parser's index reads a whole block
 * from an array with room past the input, and one masked block from an array shorter than a block;
 * either way what lies past the end is marked as stops.
 *
 * <ul>
 *   <li>{@code get-35}: {@code GET / HTTP/1.1}, Host {@code localhost}: a health check or a load
 *       generator's request;
 *   <li>{@code get-58}: {@code GET /plaintext HTTP/1.1}, Host {@code tfb-server}, {@code Accept:
 *       *}{@code /*}.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "--add-modules", "jdk.incubator.vector"})
@State(Scope.Thread)
public class ReadBufferBenchmark {

  /** The octets of a read buffer, as servers commonly allocate one per connection. */
  static final int READ_BUFFER = 8192;

  /** Which head. */
  @Param({"get-35", "get-58"})
  public String input;

  /** {@code exact}: an array of the head's size; {@code read-buffer}: an 8 KiB array. */
  @Param({"exact", "read-buffer"})
  public String array;

  private byte[] buf;
  private int length;
  private final RequestParser parser = new RequestParser(ParserConfig.strict());

  /**
   * Returns the head named {@code input}.
   *
   * @param input {@code get-35} or {@code get-58}
   * @return its octets
   * @throws IllegalArgumentException for another name
   */
  static byte[] head(String input) {
    String head =
        switch (input) {
          case "get-35" -> "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n";
          case "get-58" -> "GET /plaintext HTTP/1.1\r\nHost: tfb-server\r\nAccept: */*\r\n\r\n";
          default -> throw new IllegalArgumentException("no head named " + input);
        };
    return head.getBytes(StandardCharsets.US_ASCII);
  }

  /** Places the head and checks that it parses completely. */
  @Setup(Level.Trial)
  public void load() {
    byte[] head = head(input);
    length = head.length;
    buf =
        switch (array) {
          case "exact" -> head;
          case "read-buffer" -> Arrays.copyOf(head, READ_BUFFER);
          default -> throw new IllegalArgumentException("no array kind " + array);
        };
    parse();
  }

  /**
   * Parses the head once, on the default scanning path.
   *
   * @return the number of field lines, so the parse stays live
   */
  @Benchmark
  public int parse() {
    if (parser.parse(buf, 0, length) != ParseStatus.COMPLETE) {
      throw new IllegalStateException(input + " in " + array + ": " + parser.violation());
    }
    return parser.head().fieldCount();
  }
}
