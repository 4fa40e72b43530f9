package dev.h1proof.runner;

import dev.h1proof.runner.report.Format;
import dev.h1proof.runner.report.ResultStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks, before the first request, that every file a run will write can be written: the report
 * folder, each report in it, the results stream and the {@code --write-baseline} file. A run that
 * took minutes must not end in "cannot write".
 */
final class OutputPaths {
  private OutputPaths() {}

  /**
   * Throws a usage error naming the first path that cannot be written.
   *
   * @param reportDir the report folder, created when missing
   * @param baseline the {@code --write-baseline} file, or null
   */
  static void check(Path reportDir, Path baseline) {
    Path dir = reportDir.toAbsolutePath();
    String problem = writableFolder(dir);
    if (problem != null) {
      throw new CliException(
          ExitCodes.USAGE,
          "cannot write reports to "
              + dir
              + " ("
              + problem
              + "): give --report-dir a folder you can write");
    }
    List<String> names = new ArrayList<>();
    for (Format format : Format.values()) {
      names.add(format.fileName());
    }
    names.add(ResultStream.FILE_NAME);
    for (String name : names) {
      Path file = dir.resolve(name);
      problem = replaceableFile(file);
      if (problem != null) {
        throw new CliException(
            ExitCodes.USAGE,
            "cannot write the report "
                + file
                + " ("
                + problem
                + "): move it or choose another --report-dir");
      }
    }
    if (baseline != null) {
      Path file = baseline.toAbsolutePath();
      problem = file.getParent() == null ? "no folder" : writableFolder(file.getParent());
      if (problem == null) {
        problem = replaceableFile(file);
      }
      if (problem != null) {
        throw new CliException(
            ExitCodes.USAGE,
            "cannot write the baseline "
                + baseline
                + " ("
                + problem
                + "): give --write-baseline a file you can write");
      }
    }
  }

  /** Null when files can be created in {@code dir} (created when missing), else why not. */
  private static String writableFolder(Path dir) {
    try {
      Files.createDirectories(dir);
      Path probe = Files.createTempFile(dir, ".h1proof-", ".tmp");
      Files.delete(probe);
      return null;
    } catch (IOException | SecurityException e) {
      return e instanceof IOException io ? describe(io) : "not allowed";
    }
  }

  /**
   * Null when a file at {@code file} can be (re)placed: reports are written to a temporary file and
   * moved over it, so only something of another kind in the way, or a file that cannot be appended
   * to, stops it.
   */
  private static String replaceableFile(Path file) {
    if (Files.isDirectory(file)) {
      return "a folder is in the way";
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      return "something other than a file is in the way";
    }
    return null;
  }

  private static String describe(IOException e) {
    return UserErrors.io(e);
  }
}
