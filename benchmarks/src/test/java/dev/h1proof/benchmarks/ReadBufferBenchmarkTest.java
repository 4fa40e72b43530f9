package dev.h1proof.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ReadBufferBenchmark} parses the head it names, the same in either array. */
class ReadBufferBenchmarkTest {

  @ParameterizedTest
  @CsvSource({
    "get-35, exact, 35, 1",
    "get-35, read-buffer, 35, 1",
    "get-58, exact, 58, 2",
    "get-58, read-buffer, 58, 2"
  })
  void parsesTheNamedHeadAgainAndAgain(String input, String array, int octets, int fields) {
    ReadBufferBenchmark bench = new ReadBufferBenchmark();
    bench.input = input;
    bench.array = array;
    bench.load();
    assertEquals(octets, ReadBufferBenchmark.head(input).length, "head octets");
    for (int i = 0; i < 3; i++) {
      assertEquals(fields, bench.parse(), "field count, parse " + (i + 1));
    }
  }

  @Test
  void refusesAnUnknownHeadOrArray() {
    ReadBufferBenchmark bench = new ReadBufferBenchmark();
    bench.input = "get-99";
    bench.array = "exact";
    assertThrows(IllegalArgumentException.class, bench::load);
    bench.input = "get-35";
    bench.array = "ring";
    assertThrows(IllegalArgumentException.class, bench::load);
  }
}
