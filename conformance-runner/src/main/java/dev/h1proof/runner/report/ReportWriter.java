package dev.h1proof.runner.report;

import dev.h1proof.runner.RunReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Renders a {@link RunReport} as one file. Every report is rendered from the same run, so the
 * verdicts, counts and closing line agree across formats.
 */
public interface ReportWriter {

  /** The file's name inside the report folder, e.g. {@code report.json}. */
  String fileName();

  /** Writes the rendering to {@code out}; does not close it. */
  void render(RunReport report, OutputStream out) throws IOException;

  /**
   * Writes the report into {@code dir} atomically: a reader sees the previous file or the complete
   * new one, never a half-written one.
   *
   * @return the written file
   */
  default Path write(RunReport report, Path dir) throws IOException {
    Path target = dir.resolve(fileName());
    Path temp = dir.resolve("." + fileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (OutputStream out =
          Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        render(report, out);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
