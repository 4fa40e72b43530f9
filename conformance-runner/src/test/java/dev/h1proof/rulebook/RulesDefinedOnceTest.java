package dev.h1proof.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules are defined once, in the rulebook: every rule id that any other tracked text file names
 * (code, tests, reports, reviewed verdicts, scripts, documentation) must be one the rulebook
 * defines, so that no copy can name a rule that does not exist, or one that was renamed.
 */
class RulesDefinedOnceTest {
  /** A rule id wherever it stands in text: not glued to a preceding letter or digit. */
  private static final Pattern ID_IN_TEXT =
      Pattern.compile("(?<![A-Za-z0-9])RFC\\d{4}-\\d+(?:\\.\\d+)*-[A-Za-z0-9][A-Za-z0-9.-]*");

  private static final Set<String> TEXT =
      Set.of(
          "java",
          "md",
          "json",
          "txt",
          "sh",
          "feature",
          "xml",
          "yml",
          "yaml",
          "properties",
          "html",
          "py",
          "js",
          "conf",
          "csv",
          "jsonl");

  static final Path ROOT = Path.of(System.getProperty("h1proof.root", "..")).toAbsolutePath();

  @Test
  void everyRuleIdNamedOutsideTheRulebookIsDefinedInIt() throws IOException {
    Rulebook rulebook = Rulebook.load(ROOT.resolve("features"));
    Set<String> defined = new java.util.HashSet<>(rulebook.ruleIds());
    defined.addAll(rulebook.intermediaryRuleIds());
    List<Path> files = trackedTextFiles();
    assertThat(files).as("tracked text files below " + ROOT).hasSizeGreaterThan(100);
    Map<String, List<String>> unknown = new TreeMap<>();
    int named = 0;
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.ISO_8859_1);
      Matcher m = ID_IN_TEXT.matcher(text);
      while (m.find()) {
        String raw = m.group();
        if (raw.endsWith("-") || raw.endsWith("-...")) {
          continue; // a prefix standing for several ids, e.g. RFC9112-3.2-Host-*
        }
        String id = raw.replaceAll("\\.+$", "");
        named++;
        if (id.endsWith("-no-such-rule")) {
          continue; // a deliberately unknown id, in a test of the unknown-id error
        }
        String stem = id.replaceFirst("-\\d+$", "");
        if (!defined.contains(id) && !(stem.length() < id.length() && defined.contains(stem))) {
          unknown
              .computeIfAbsent(id, k -> new ArrayList<>())
              .add(ROOT.relativize(file) + ":" + lineOf(text, m.start()));
        }
      }
    }
    assertThat(named).as("rule ids named outside features/").isGreaterThan(100);
    assertThat(unknown)
        .as("rule ids that the rulebook does not define (where they are named)")
        .isEmpty();
  }

  /** The text files git tracks, outside features/ and build output. */
  static List<Path> trackedTextFiles() throws IOException {
    List<String> paths = new ArrayList<>();
    try {
      Process git =
          new ProcessBuilder("git", "ls-files", "-z")
              .directory(ROOT.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (git.waitFor() == 0) {
        for (String p : out.split("\0")) {
          if (!p.isEmpty()) {
            paths.add(p);
          }
        }
      }
    } catch (IOException | InterruptedException e) {
      paths.clear();
    }
    if (paths.isEmpty()) {
      // Not a git checkout (a source archive): every file below the root counts as tracked.
      try (Stream<Path> walk = Files.walk(ROOT)) {
        walk.filter(Files::isRegularFile)
            .map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
            .filter(p -> !p.startsWith(".git/"))
            .forEach(paths::add);
      }
    }
    Set<Path> files = new TreeSet<>();
    for (String p : paths) {
      String name = p.substring(p.lastIndexOf('/') + 1);
      String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
      if (p.startsWith("features/")
          || p.startsWith("target/")
          || p.contains("/target/")
          || !TEXT.contains(ext)) {
        continue;
      }
      Path file = ROOT.resolve(p);
      if (Files.isRegularFile(file)) {
        files.add(file);
      }
    }
    return List.copyOf(files);
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
