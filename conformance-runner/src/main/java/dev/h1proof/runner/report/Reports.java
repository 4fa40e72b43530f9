package dev.h1proof.runner.report;

import dev.h1proof.runner.result.RunReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writes the selected reports of a run into one folder. */
public final class Reports {
  /** Every format. */
  public static final Set<Format> ALL = Collections.unmodifiableSet(EnumSet.allOf(Format.class));

  private Reports() {}

  /**
   * Creates {@code dir} when needed and writes every selected format into it, each atomically. A
   * failure writing one report does not stop the others.
   *
   * @return the written files, in {@link Format} order
   * @throws ReportException when the folder cannot be used, or after all writes when any failed;
   *     its one-line message names each failed path
   */
  public static List<Path> writeAll(RunReport report, Path dir, Set<Format> formats) {
    EnumSet<Format> ordered = EnumSet.noneOf(Format.class);
    ordered.addAll(formats);
    List<ReportWriter> writers = new ArrayList<>();
    for (Format format : ordered) {
      writers.add(format.writer());
    }
    return writeAll(report, dir, writers);
  }

  /** As {@link #writeAll(RunReport, Path, Set)}, for any writers, in the order given. */
  public static List<Path> writeAll(RunReport report, Path dir, List<ReportWriter> writers) {
    prepareFolder(dir);
    List<Path> written = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (ReportWriter writer : writers) {
      Path target = dir.resolve(writer.fileName());
      try {
        written.add(writer.write(report, dir));
      } catch (IOException e) {
        failures.add("cannot write " + target + ": " + describe(e, target));
      } catch (UncheckedIOException e) {
        failures.add("cannot write " + target + ": " + describe(e.getCause(), target));
      } catch (RuntimeException e) {
        failures.add("cannot write " + target + ": " + e);
      }
    }
    if (!failures.isEmpty()) {
      throw new ReportException(String.join("; ", failures), written);
    }
    return List.copyOf(written);
  }

  private static void prepareFolder(Path dir) {
    String problem = null;
    try {
      Files.createDirectories(dir);
      if (!Files.isWritable(dir)) {
        problem = "the folder is not writable";
      }
    } catch (FileAlreadyExistsException e) {
      problem = "it exists and is not a folder";
    } catch (IOException e) {
      problem = describe(e, dir);
    }
    if (problem != null) {
      throw new ReportException("cannot write reports to " + dir + ": " + problem, List.of());
    }
  }

  /** Says in a few words why an I/O operation on {@code path} failed. */
  static String describe(IOException e, Path path) {
    String other = otherFile(e, path);
    if (e instanceof AccessDeniedException) {
      return "permission denied" + other;
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "a folder is in the way" + other;
    }
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return "a file is in the way" + other;
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder" + other;
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      String reason = fse.getReason().toLowerCase(Locale.ROOT);
      return (reason.equals("is a directory") ? "a folder is in the way" : reason) + other;
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private static String otherFile(IOException e, Path path) {
    if (e instanceof FileSystemException fse && fse.getFile() != null) {
      Path file = Path.of(fse.getFile());
      boolean sameFolder = path.getParent() != null && path.getParent().equals(file.getParent());
      if (!file.equals(path) && !sameFolder) {
        return " (" + file + ")";
      }
    }
    return "";
  }
}
