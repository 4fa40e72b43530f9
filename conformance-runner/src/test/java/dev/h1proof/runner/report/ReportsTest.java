package dev.h1proof.runner.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.h1proof.runner.result.RunReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {
  @TempDir Path temp;

  @Test
  void writesEveryFormatIntoANewFolder() throws IOException {
    // given a folder that does not exist yet
    Path dir = temp.resolve("reports/nested");

    // when
    List<Path> written = Reports.writeAll(ReportFixtures.run(), dir, EnumSet.allOf(Format.class));

    // then every report is there, in format order, and no temp file is left
    assertThat(written)
        .containsExactly(
            dir.resolve("report.json"),
            dir.resolve("junit.xml"),
            dir.resolve("report.html"),
            dir.resolve("summary.md"),
            dir.resolve("report.sarif"));
    assertThat(written).allSatisfy(p -> assertThat(p).isNotEmptyFile());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).hasSize(5);
    }
  }

  @Test
  void writesOnlyTheSelectedFormatsAndReplacesOldOnes() throws IOException {
    // given an old report
    Files.writeString(temp.resolve("summary.md"), "old");

    // when
    List<Path> written = Reports.writeAll(ReportFixtures.run(), temp, EnumSet.of(Format.MARKDOWN));

    // then
    assertThat(written).containsExactly(temp.resolve("summary.md"));
    assertThat(Files.readString(temp.resolve("summary.md"))).contains("2 passed, 1 failed");
    assertThat(temp.resolve("report.json")).doesNotExist();
  }

  @Test
  void aFileWhereTheFolderShouldBeIsOneClearError() throws IOException {
    // given a regular file in place of the folder
    Path dir = Files.writeString(temp.resolve("reports"), "not a folder");

    // when / then
    assertThatThrownBy(
            () -> Reports.writeAll(ReportFixtures.run(), dir, EnumSet.allOf(Format.class)))
        .isInstanceOf(ReportException.class)
        .hasMessage("cannot write reports to " + dir + ": it exists and is not a folder");
  }

  @Test
  void aFileWhereAParentFolderShouldBeIsOneClearError() throws IOException {
    // given
    Path file = Files.writeString(temp.resolve("file"), "x");
    Path dir = file.resolve("reports");

    // when
    ReportException e =
        catchThrowableOfType(
            ReportException.class,
            () -> Reports.writeAll(ReportFixtures.run(), dir, EnumSet.allOf(Format.class)));

    // then
    assertThat(e.getMessage())
        .startsWith("cannot write reports to " + dir + ": ")
        .doesNotContain("\n");
  }

  @Test
  void oneFailingReportDoesNotStopTheOthers() throws IOException {
    // given a non-empty folder where report.html should go
    Files.createDirectories(temp.resolve("report.html/occupied"));

    // when
    ReportException e =
        catchThrowableOfType(
            ReportException.class,
            () -> Reports.writeAll(ReportFixtures.run(), temp, EnumSet.allOf(Format.class)));

    // then the others are written, and the message names the one that failed
    assertThat(e.getMessage())
        .isEqualTo("cannot write " + temp.resolve("report.html") + ": a folder is in the way");
    assertThat(e.written())
        .containsExactly(
            temp.resolve("report.json"),
            temp.resolve("junit.xml"),
            temp.resolve("summary.md"),
            temp.resolve("report.sarif"));
    assertThat(temp.resolve("summary.md")).isNotEmptyFile();
    try (Stream<Path> files = Files.list(temp)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void everyFailureIsCollectedIntoOneLine() {
    // given two writers that fail
    ReportWriter broken = writer("a.txt", new IOException("disk full"));
    ReportWriter buggy = writer("b.txt", new IllegalStateException("bug"));

    // when
    ReportException e =
        catchThrowableOfType(
            ReportException.class,
            () ->
                Reports.writeAll(
                    ReportFixtures.run(), temp, List.of(broken, new JsonReport(), buggy)));

    // then
    assertThat(e.getMessage())
        .isEqualTo(
            "cannot write "
                + temp.resolve("a.txt")
                + ": disk full; cannot write "
                + temp.resolve("b.txt")
                + ": java.lang.IllegalStateException: bug");
    assertThat(e.written()).containsExactly(temp.resolve("report.json"));
    assertThat(temp.resolve("a.txt")).doesNotExist();
  }

  @Test
  void aFolderWithoutWritePermissionIsOneClearError() throws IOException {
    // given a read-only folder: a locked one, or where root may write anyway (CI runs as root),
    // /proc/self, which no one may create files in
    Path locked = Files.createDirectory(temp.resolve("locked"));
    assertThat(locked.toFile().setWritable(false, false)).isTrue();
    Path dir = Files.isWritable(locked) ? Path.of("/proc/self") : locked;
    assertThat(Files.isDirectory(dir)).as(dir.toString()).isTrue();

    // when / then
    assertThatThrownBy(
            () -> Reports.writeAll(ReportFixtures.run(), dir, EnumSet.allOf(Format.class)))
        .isInstanceOf(ReportException.class)
        .hasMessage("cannot write reports to " + dir + ": the folder is not writable");
  }

  @Test
  void theCommonCausesAreSaidInAFewWords() {
    // given
    Path target = temp.resolve("report.json");
    String file = target.toString();

    // then
    assertThat(Reports.describe(new AccessDeniedException(file), target))
        .isEqualTo("permission denied");
    assertThat(
            Reports.describe(new FileSystemException(file, null, "Read-only file system"), target))
        .isEqualTo("read-only file system");
    assertThat(
            Reports.describe(
                new FileSystemException("/mnt", null, "Read-only file system"), target))
        .isEqualTo("read-only file system (/mnt)");
    assertThat(Reports.describe(new NoSuchFileException(file), target))
        .isEqualTo("no such file or folder");
  }

  private static ReportWriter writer(String name, Exception failure) {
    return new ReportWriter() {
      @Override
      public String fileName() {
        return name;
      }

      @Override
      public void render(RunReport report, OutputStream out) throws IOException {
        out.write('x');
        if (failure instanceof IOException io) {
          throw io;
        }
        throw (RuntimeException) failure;
      }
    };
  }
}
