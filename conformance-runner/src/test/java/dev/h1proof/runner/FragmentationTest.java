package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --fragment byte} finishes: the largest requests (1 MiB fields, targets and chunk
 * extensions) go out in at most 64 writes, so they cost no more than small ones, and the reference
 * server still passes them.
 */
class FragmentationTest {
  @TempDir Path tmp;

  @Test
  void byteFragmentationOfTheLargestRequestsFinishesAndPasses() {
    long t0 = System.nanoTime();
    CliTest.Run run =
        CliTest.cli(
            "run",
            "--report-dir",
            tmp.resolve("r").toString(),
            "--fragment",
            "byte",
            "--rule",
            "RFC9112-2.1-baseline-valid-requests",
            "--rule",
            "RFC9112-3-target-too-long-414",
            "--rule",
            "RFC9110-5.4-fields-too-large",
            "--rule",
            "RFC9112-7.1.1-chunk-ext-length-limit",
            "--rule",
            "RFC9112-3-overlong-method-501");
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.lastLine()).as(run.out()).matches("1\\d passed, 0 failed");
    // Unbounded, 100 ms per byte, one 1 MiB request alone would take more than a day.
    assertThat(millis).as(run.out()).isLessThan(30_000);
  }
}
