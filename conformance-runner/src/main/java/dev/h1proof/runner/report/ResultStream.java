package dev.h1proof.runner.report;

import dev.h1proof.rulebook.Level;
import dev.h1proof.runner.result.ScenarioResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code results.ndjson} in the report folder: one JSON line per result, appended and flushed the
 * moment the result is known, so that whatever ends the run (a signal, a crash, a killed CI job)
 * leaves every verdict reached so far on disk. The lines are the {@code results} entries of
 * report.json before the baseline is applied. Safe to call from several threads.
 */
public final class ResultStream implements AutoCloseable {
  /** The file's name inside the report folder. */
  public static final String FILE_NAME = "results.ndjson";

  private final Path file;
  private final Level failOn;
  private Writer out;
  private String failure;

  private ResultStream(Path file, Level failOn, Writer out) {
    this.file = file;
    this.failOn = failOn;
    this.out = out;
  }

  /** Creates (or empties) {@code results.ndjson} in {@code dir}. */
  public static ResultStream open(Path dir, Level failOn) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    Writer out =
        new BufferedWriter(
            Files.newBufferedWriter(
                file,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE));
    return new ResultStream(file, failOn, out);
  }

  /** The file written. */
  public Path file() {
    return file;
  }

  /**
   * Appends one result and flushes it. A write error does not stop the run (the reports are still
   * written at its end); it is kept for {@link #failure()} and later results are not appended.
   */
  public synchronized void append(ScenarioResult result) {
    if (out == null || failure != null) {
      return;
    }
    try {
      out.write(JsonReport.line(result, failOn));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      failure = "cannot append to " + file + ": " + Reports.describe(e, file);
    }
  }

  /** Why appending stopped, or null while every result has been written. */
  public synchronized String failure() {
    return failure;
  }

  @Override
  public synchronized void close() {
    if (out == null) {
      return;
    }
    try {
      out.close();
    } catch (IOException e) {
      if (failure == null) {
        failure = "cannot close " + file + ": " + Reports.describe(e, file);
      }
    }
    out = null;
  }
}
