package dev.h1proof.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.h1proof.parser.RequestParser;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The paired comparison loads each build on its own and reports every input; bad use is one line.
 */
class PairedCompareTest {

  private static String where(Class<?> c) throws URISyntaxException {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  private record Outcome(int code, String out, String err) {}

  private static Outcome run(String... args) throws Throwable {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        PairedCompare.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void comparesABuildWithItself() throws Throwable {
    String build = where(PairedDriver.class) + File.pathSeparator + where(RequestParser.class);
    Outcome o =
        run(build, build, "--pairs", "4", "--warm-up", "0.1", "techempower-plaintext", "mix");
    assertEquals(2, o.code(), "mix is several messages, not one head: " + o.out());
    assertTrue(o.err().startsWith("paired-compare: input mix: "), o.err());

    o = run(build, build, "--pairs", "4", "--warm-up", "0.1", "techempower-plaintext");
    assertEquals(0, o.code(), o.err());
    String[] lines = o.out().strip().split("\n");
    assertEquals(2, lines.length, o.out());
    String[] cells = lines[1].trim().split("\\s+");
    assertEquals("techempower-plaintext", cells[0]);
    double a = Double.parseDouble(cells[1]);
    double b = Double.parseDouble(cells[2]);
    double ratio = Double.parseDouble(cells[3]);
    assertTrue(a > 0 && b > 0, lines[1]);
    // the same build on both sides: any difference is noise, never a factor of four
    assertTrue(ratio > 0.25 && ratio < 4, lines[1]);
    assertTrue(cells[cells.length - 1].matches("[0-4]/4"), lines[1]);
  }

  @Test
  void badUseIsOneLineAndExitTwo() throws Throwable {
    String build = where(PairedDriver.class) + File.pathSeparator + where(RequestParser.class);
    Outcome o = run(build);
    assertEquals(2, o.code());
    assertTrue(o.err().startsWith("usage: PairedCompare A.jar B.jar"), o.err());
    o = run(build, build, "--pairs", "1", "classic-703");
    assertEquals(2, o.code());
    assertEquals(
        "paired-compare: --pairs must be a whole number of at least 2, not 1", o.err().strip());
    o = run("/no/such.jar", build, "classic-703");
    assertEquals(2, o.code());
    assertEquals("paired-compare: no such jar or directory: /no/such.jar", o.err().strip());
    o = run(where(RequestParser.class), build, "classic-703");
    assertEquals(2, o.code());
    assertTrue(o.err().contains("has no usable PairedDriver"), o.err());
    o = run(build, build, "--fast", "classic-703");
    assertEquals(2, o.code());
    assertEquals("paired-compare: unknown option --fast", o.err().strip());
  }
}
