package dev.h1proof.runner.report;

import dev.h1proof.runner.result.AtomicFile;
import dev.h1proof.runner.result.RunReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

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
    return AtomicFile.write(dir.resolve(fileName()), out -> render(report, out));
  }
}
