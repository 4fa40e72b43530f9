package dev.h1proof.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark inputs: files of {@code corpus/valid/}, packed into the jar under {@code
 * /corpus/valid/} at build time so the benchmarks run from any directory.
 */
public final class Corpus {

  /** The input that stands for every file of {@code corpus/valid/mix/}, parsed in name order. */
  public static final String MIX = "mix";

  /** Every benchmark input, in the order of the README table; {@link #MIX} is the last. */
  public static final List<String> INPUTS =
      List.of(
          "techempower-plaintext",
          "techempower-plaintext-pipelined-16",
          "browser-get-chrome",
          "chrome-cookies-430",
          "classic-703",
          "large-headers-16k",
          "chunked-post-events",
          MIX);

  private static final String ROOT = "/corpus/valid/";

  private Corpus() {}

  /**
   * Loads an input: one message for a named file, one per file for {@link #MIX}.
   *
   * @param input a name from {@link #INPUTS}
   * @return the messages, each holding one or more requests back to back
   */
  public static byte[][] load(String input) {
    if (MIX.equals(input)) {
      List<String> names = mixFiles();
      byte[][] messages = new byte[names.size()][];
      for (int i = 0; i < messages.length; i++) {
        messages[i] = read(MIX + "/" + names.get(i));
      }
      return messages;
    }
    return new byte[][] {read(input + ".http")};
  }

  /**
   * Returns the octets of an input, summed over its messages.
   *
   * @param input a name from {@link #INPUTS}
   * @return the octets per benchmark operation
   */
  public static long octets(String input) {
    long total = 0;
    for (byte[] message : load(input)) {
      total += message.length;
    }
    return total;
  }

  /**
   * Reads one file of {@code corpus/valid/}.
   *
   * @param relativePath the path below {@code corpus/valid/}
   * @return the file's octets
   */
  public static byte[] read(String relativePath) {
    try (InputStream in = Corpus.class.getResourceAsStream(ROOT + relativePath)) {
      if (in == null) {
        throw new IllegalArgumentException("no corpus file corpus/valid/" + relativePath);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lists the files of {@code corpus/valid/mix/} by name, from the class path or the jar.
   *
   * @return the sorted file names
   */
  public static List<String> mixFiles() {
    URL url = Corpus.class.getResource(ROOT + MIX);
    if (url == null) {
      throw new IllegalStateException("corpus/valid/mix is not on the class path");
    }
    try {
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return list(Path.of(uri));
      }
      FileSystem fs;
      try {
        fs = FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException e) {
        fs = FileSystems.getFileSystem(uri);
      }
      return list(fs.getPath(ROOT + MIX));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".http"))
              .sorted()
              .toList();
      if (names.isEmpty()) {
        throw new IllegalStateException("corpus/valid/mix is empty");
      }
      return names;
    }
  }
}
