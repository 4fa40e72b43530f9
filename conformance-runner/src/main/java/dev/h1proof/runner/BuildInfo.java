package dev.h1proof.runner;

import dev.h1proof.parser.ScannerInfo;
import dev.h1proof.rulebook.Rulebook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * What {@code h1proof --version} prints: the version, the commit it was built from, a digest of the
 * bundled rulebook, the JDK and the parser's SIMD path.
 */
public final class BuildInfo {
  private static final String UNKNOWN = "unknown";

  private BuildInfo() {}

  /** The version lines, first the one {@code h1proof --version} always began with. */
  public static String[] lines() {
    Runtime.Version jdk = Runtime.version();
    return new String[] {
      "h1proof " + version(),
      "commit: " + commit(),
      "rulebook: sha256:" + rulebookDigest(),
      "jdk: "
          + jdk
          + " ("
          + System.getProperty("java.vendor", UNKNOWN)
          + ", "
          + System.getProperty("os.arch", UNKNOWN)
          + ")",
      "simd: " + ScannerInfo.path()
    };
  }

  /** This build's version, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String version() {
    String v = property("version");
    if (v == null) {
      v = BuildInfo.class.getPackage().getImplementationVersion();
    }
    return v != null ? v : "dev";
  }

  /** The full commit id this build was made from, or "unknown" outside git. */
  public static String commit() {
    String c = property("commit");
    return c != null && c.matches("[0-9a-f]{7,64}") ? c : UNKNOWN;
  }

  private static String property(String key) {
    try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
      if (in == null) {
        return null;
      }
      Properties p = new Properties();
      p.load(in);
      String value = p.getProperty(key);
      // An unfiltered placeholder means the build did not fill it in.
      return value == null || value.isBlank() || value.startsWith("${") ? null : value.trim();
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * SHA-256 over the bundled rulebook: every {@code .feature} file and the README, in path order,
   * each as its relative path, a NUL, its bytes and a NUL. Two builds with the same rules agree.
   */
  public static String rulebookDigest() {
    try {
      return digest(Rulebook.bundledFolder());
    } catch (Rulebook.RulebookException | IOException | UncheckedIOException e) {
      return UNKNOWN;
    }
  }

  /** The digest of a rulebook folder, as {@link #rulebookDigest()} defines it. */
  static String digest(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(
                  p -> {
                    String name = p.getFileName().toString();
                    return name.endsWith(".feature") || name.equals("README.md");
                  })
              .sorted((a, b) -> relative(dir, a).compareTo(relative(dir, b)))
              .toList();
    }
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    for (Path file : files) {
      sha.update(relative(dir, file).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(Files.readAllBytes(file));
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static String relative(Path dir, Path file) {
    return dir.relativize(file).toString().replace('\\', '/');
  }
}
