package dev.h1proof.runner.result;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that a reader sees the previous one or the complete new one, never half of it:
 * into a temporary file beside it, then moved over it (atomically where the file system can).
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** What fills the file. */
  @FunctionalInterface
  public interface Content {
    /** Writes the content to {@code out}; does not close it. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code file}, creating its folder when needed; returns it. */
  public static Path write(Path file, Content content) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = dir.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      // Buffered: a writer may write a character at a time (the XML writer does).
      try (OutputStream out =
          new BufferedOutputStream(
              Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
              1 << 16)) {
        content.writeTo(out);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      return file;
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
