package dev.h1proof.benchmarks;

import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of the parser in one JVM, timed in alternating batches: which is faster, per input, on
 * a machine whose speed drifts from one second to the next.
 *
 * <p>Each build is a {@code benchmarks.jar} (or a class path holding the parser and {@link
 * PairedDriver}), loaded in a class loader of its own, whose {@link PairedDriver} parses one head
 * in a loop (the work of {@link HeadBenchmark#h1proofHead}). After a warm-up, the two run batch
 * after batch of about 50 ms, in the order A B, then B A, and so on; each pair gives one ratio B ÷
 * A. A shared VM's speed changes over seconds, so both halves of a pair see nearly the same
 * machine, and the median ratio resolves changes of a few per cent where separate JMH runs, minutes
 * apart, cannot (benchmarks/RESULTS.md, rounds 8 and 9). It screens changes; the figures to publish
 * still come from JMH. One JVM compiles each build once, so run it in a few JVMs ({@code
 * benchmarks/scripts/paired-compare.sh} does) to sample the compiler's choices too.
 *
 * <p>Usage: {@code java --add-modules jdk.incubator.vector -cp benchmarks.jar
 * dev.h1proof.benchmarks.PairedCompare A.jar B.jar [--pairs N] [--warm-up SECONDS] INPUT...};
 * prints one line per input. Exit: 0 compared; 2 bad arguments or a build that cannot be loaded.
 */
public final class PairedCompare {
  private static final long BATCH_NANOS = 50_000_000L;
  private static final int WARM_UP_PAIRS = 20;

  private PairedCompare() {}

  /**
   * Runs the comparison.
   *
   * @param args two jars, then options and inputs
   * @throws Throwable if a build fails while it runs
   */
  public static void main(String[] args) throws Throwable {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws Throwable {
    List<String> inputs = new ArrayList<>();
    int pairs = 60;
    double warmUp = 3;
    List<String> builds = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      boolean option = args[i].startsWith("--");
      if (option && i + 1 < args.length && args[i].equals("--pairs")) {
        pairs = number(args[++i], 2);
        if (pairs < 0) {
          err.println(
              "paired-compare: --pairs must be a whole number of at least 2, not " + args[i]);
          return 2;
        }
      } else if (option && i + 1 < args.length && args[i].equals("--warm-up")) {
        warmUp = seconds(args[++i]);
        if (warmUp < 0) {
          err.println("paired-compare: --warm-up must be seconds, from 0 to 600, not " + args[i]);
          return 2;
        }
      } else if (option) {
        err.println("paired-compare: unknown option " + args[i]);
        return 2;
      } else if (builds.size() < 2) {
        builds.add(args[i]);
      } else {
        inputs.add(args[i]);
      }
    }
    if (builds.size() < 2 || inputs.isEmpty()) {
      err.println(
          "usage: PairedCompare A.jar B.jar [--pairs N] [--warm-up SECONDS] INPUT..."
              + " (a build may also be a class path)");
      return 2;
    }
    MethodHandle[] drivers = new MethodHandle[2];
    for (int b = 0; b < 2; b++) {
      try {
        drivers[b] = driver(builds.get(b));
      } catch (IllegalArgumentException e) {
        err.println("paired-compare: " + e.getMessage());
        return 2;
      } catch (ReflectiveOperationException | MalformedURLException | LinkageError e) {
        err.println("paired-compare: " + builds.get(b) + " has no usable PairedDriver: " + e);
        return 2;
      }
    }
    out.printf(
        Locale.ROOT,
        "%-24s %10s %10s %8s %15s %8s%n",
        "input",
        "A ns/op",
        "B ns/op",
        "B÷A",
        "B÷A quartiles",
        "B faster");
    for (String input : inputs) {
      byte[] head;
      try {
        head = HeadBenchmark.headOf(input);
      } catch (RuntimeException e) {
        err.println("paired-compare: input " + input + ": " + e.getMessage());
        return 2;
      }
      out.println(compare(input, head, drivers, pairs, (long) (warmUp * 1e9)));
      out.flush();
    }
    return 0;
  }

  /** The build's own copy of {@link PairedDriver#parse}, loaded from its class path alone. */
  private static MethodHandle driver(String classPath)
      throws ReflectiveOperationException, MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath.split(java.io.File.pathSeparator)) {
      Path p = Path.of(entry);
      if (!Files.exists(p)) {
        throw new IllegalArgumentException("no such jar or directory: " + entry);
      }
      urls.add(p.toUri().toURL());
    }
    @SuppressWarnings("resource") // lives as long as the comparison
    URLClassLoader loader =
        new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    Class<?> c = Class.forName(PairedDriver.class.getName(), true, loader);
    if (c.getClassLoader() != loader) {
      throw new IllegalArgumentException(classPath + " does not hold PairedDriver itself");
    }
    return MethodHandles.publicLookup()
        .findStatic(c, "parse", MethodType.methodType(long.class, byte[].class, int.class));
  }

  /** A whole number of at least {@code min}, or -1. */
  private static int number(String text, int min) {
    try {
      int n = Integer.parseInt(text);
      return n >= min ? n : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Seconds from 0 to 600, or -1. */
  private static double seconds(String text) {
    try {
      double s = Double.parseDouble(text);
      return s >= 0 && s <= 600 ? s : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String compare(
      String input, byte[] head, MethodHandle[] builds, int pairs, long warmUpNanos)
      throws Throwable {
    // Compiled code first (a few seconds of both), then batches sized from the compiled speed.
    int times = 10_000;
    long warm = System.nanoTime() + warmUpNanos;
    long took = 1;
    do {
      took = Math.max(1, batch(builds[0], head, times));
      batch(builds[1], head, times);
    } while (System.nanoTime() < warm);
    times = (int) Math.max(1, Math.min(Integer.MAX_VALUE, times * BATCH_NANOS / took));
    for (int i = 0; i < WARM_UP_PAIRS; i++) {
      batch(builds[0], head, times);
      batch(builds[1], head, times);
    }
    double[] a = new double[pairs];
    double[] b = new double[pairs];
    double[] ratio = new double[pairs];
    int bFaster = 0;
    for (int i = 0; i < pairs; i++) {
      if (i % 2 == 0) {
        a[i] = batch(builds[0], head, times);
        b[i] = batch(builds[1], head, times);
      } else {
        b[i] = batch(builds[1], head, times);
        a[i] = batch(builds[0], head, times);
      }
      ratio[i] = b[i] / a[i];
      if (b[i] < a[i]) {
        bFaster++;
      }
    }
    return String.format(
        Locale.ROOT,
        "%-24s %10.1f %10.1f %8.3f %7.3f–%-7.3f %4d/%d",
        input,
        quantile(a, 0.5) / times,
        quantile(b, 0.5) / times,
        quantile(ratio, 0.5),
        quantile(ratio, 0.25),
        quantile(ratio, 0.75),
        bFaster,
        pairs);
  }

  /** Nanoseconds for {@code times} parses by one build. */
  private static long batch(MethodHandle build, byte[] head, int times) throws Throwable {
    long t0 = System.nanoTime();
    long fields = (long) build.invokeExact(head, times);
    long t = System.nanoTime() - t0;
    if (fields < 0) {
      throw new IllegalStateException("negative field count");
    }
    return t;
  }

  private static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double at = q * (sorted.length - 1);
    int lo = (int) Math.floor(at);
    int hi = (int) Math.ceil(at);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
  }
}
