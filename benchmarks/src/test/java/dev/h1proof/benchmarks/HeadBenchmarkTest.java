package dev.h1proof.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Proves that {@link HeadBenchmark} does pico's work: for each input the head it parses has the
 * length and the field count that picohttpparser's {@code filebench} prints for the same file
 * ({@code ../shared/anchors/picohttpparser/run.sh}), and the operation parses it again and again.
 */
class HeadBenchmarkTest {

  @ParameterizedTest
  @CsvSource({
    "techempower-plaintext, 165, 3",
    "chrome-cookies-430, 430, 9",
    "classic-703, 703, 9",
    "browser-get-chrome, 984, 17",
    "large-headers-16k, 16248, 77"
  })
  void parsesTheSameHeadAsPico(String input, int octets, int fields) {
    HeadBenchmark bench = new HeadBenchmark();
    bench.input = input;
    bench.load();
    assertEquals(octets, HeadBenchmark.headOf(input).length, "head octets");
    for (int i = 0; i < 3; i++) {
      assertEquals(fields, bench.h1proofHead(), "field count, parse " + (i + 1));
    }
    assertEquals(fields, bench.h1proofHeadScalar(), "field count on the scalar entry");
  }

  @Test
  void refusesAnInputOfManyFiles() {
    HeadBenchmark bench = new HeadBenchmark();
    bench.input = Corpus.MIX;
    assertThrows(IllegalStateException.class, bench::load);
  }

  @Test
  void takesTheFirstHeadOfAPipelinedFileAsPicoDoes() {
    // pico's filebench parses the first head of a file and ignores what follows it.
    assertEquals(
        HeadBenchmark.headOf("techempower-plaintext").length,
        HeadBenchmark.headOf("techempower-plaintext-pipelined-16").length);
  }
}
