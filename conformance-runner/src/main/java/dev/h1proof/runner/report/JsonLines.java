package dev.h1proof.runner.report;

import dev.h1proof.rulebook.Level;
import dev.h1proof.runner.result.ScenarioResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --format jsonl}: one result per line, written and flushed the moment it is known, to
 * stdout or to a file; the lines are those of {@code results.ndjson} ({@link JsonReport#line}). For
 * fleets: a batch engine reads the stream of each target without waiting for the reports. Safe to
 * call from several threads.
 */
public final class JsonLines implements AutoCloseable {
  private final Writer out;
  private final boolean closeAtEnd;
  private final Level failOn;
  private String failure;

  private JsonLines(Writer out, boolean closeAtEnd, Level failOn) {
    this.out = out;
    this.closeAtEnd = closeAtEnd;
    this.failOn = failOn;
  }

  /** Streams to {@code writer} (never closed here): for tests and embedding. */
  public static JsonLines to(Writer writer, Level failOn) {
    return new JsonLines(writer, false, failOn);
  }

  /** Creates (or empties) {@code file} and streams to it. */
  public static JsonLines create(Path file, Level failOn) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new JsonLines(
        new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8)), true, failOn);
  }

  /**
   * Writes one line and flushes; a write error stops the stream and is kept for {@link #failure}.
   */
  public synchronized void append(ScenarioResult result) {
    if (failure != null) {
      return;
    }
    try {
      out.write(JsonReport.line(result, failOn));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      failure = "cannot write the JSON Lines stream: " + e.getMessage();
    }
  }

  /** Why the stream stopped, or null. */
  public synchronized String failure() {
    return failure;
  }

  @Override
  public synchronized void close() {
    try {
      if (closeAtEnd) {
        out.close();
      } else {
        out.flush();
      }
    } catch (IOException e) {
      if (failure == null) {
        failure = "cannot write the JSON Lines stream: " + e.getMessage();
      }
    }
  }
}
