package dev.h1proof.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The CLI in a JVM of its own, as a user starts it: for what only a separate process shows, such as
 * signals and exit codes, and for a server that blocks until it is stopped.
 */
final class ChildCli implements AutoCloseable {
  private final Process process;
  private final Path out;
  private final Path err;

  private ChildCli(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** Starts {@code h1proof ARGS} with a small heap; its output goes to files in {@code dir}. */
  static ChildCli start(Path dir, String... args) throws IOException {
    Files.createDirectories(dir);
    List<String> command = new ArrayList<>();
    if (sigintIgnored()) {
      // A shell starts a background job with SIGINT ignored, the JVM then installs no handler for
      // it, and the child inherits that: restore the default so the child hears Ctrl-C as a user's
      // foreground run would.
      command.addAll(List.of("env", "--default-signal=INT"));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    return new ChildCli(process, out, err);
  }

  /** Whether this JVM was started with SIGINT ignored (Linux only; elsewhere assumed not). */
  private static boolean sigintIgnored() {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return false;
    }
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("SigIgn:")) {
          long mask = Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16);
          return (mask & (1L << (2 - 1))) != 0; // SIGINT is signal 2, bit 1
        }
      }
    } catch (IOException | NumberFormatException e) {
      return false;
    }
    return false;
  }

  Process process() {
    return process;
  }

  String out() throws IOException {
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  String err() throws IOException {
    return Files.readString(err, StandardCharsets.UTF_8);
  }

  /** Sends a signal by name (INT, TERM) with kill(1). */
  void signal(String name) throws IOException, InterruptedException {
    Process kill =
        new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
            .redirectErrorStream(true)
            .start();
    if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
      throw new IOException("kill -" + name + " failed");
    }
  }

  /** Waits for the exit, at most {@code seconds}; the exit code, or -1 if it did not exit. */
  int await(int seconds) throws InterruptedException {
    return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
