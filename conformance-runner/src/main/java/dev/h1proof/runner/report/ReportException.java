package dev.h1proof.runner.report;

import java.nio.file.Path;
import java.util.List;

/**
 * Reports could not be written. The message is one line naming every path that failed and why, fit
 * to show the user as is; {@link #written()} lists the reports that were written anyway.
 */
public final class ReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Reports written despite the failure. */
  private final transient List<Path> written;

  /** Creates the exception with its one-line message and the reports that were written. */
  public ReportException(String message, List<Path> written) {
    super(message);
    this.written = List.copyOf(written);
  }

  /** The reports that were written despite the failure, possibly none. */
  public List<Path> written() {
    return written;
  }
}
