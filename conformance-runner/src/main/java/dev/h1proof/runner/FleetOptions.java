package dev.h1proof.runner;

import dev.h1proof.runner.report.Format;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * Options for running many targets or many machines at once: which slice of the scenarios to run,
 * which reports to write, and a stream of results in JSON Lines.
 */
public final class FleetOptions {
  @Option(
      names = "--shard",
      paramLabel = "I/N",
      description =
          "Run only slice I of N: the scenarios at positions I, I+N, I+2N, ... of the selection in"
              + " rulebook order. The N slices together run every scenario exactly once.")
  String shard;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      split = ",",
      description =
          "Reports to write (repeatable or comma-separated): json, junit, html, markdown, sarif"
              + " (files in --report-dir), jsonl (one result per line as each is known, to stdout"
              + " or to --jsonl-output). Default: every file report.")
  List<String> formats = new ArrayList<>();

  @Option(
      names = "--jsonl-output",
      paramLabel = "FILE",
      description =
          "Where --format jsonl streams (default: stdout, and the console output moves to stderr).")
  Path jsonlOutput;

  /** The slice to run. */
  Shard shard() {
    return shard == null ? Shard.ALL : Shard.parse(shard);
  }

  /** The file reports selected; every one when {@code --format} names none. */
  Set<Format> fileFormats() {
    Set<Format> files = EnumSet.noneOf(Format.class);
    boolean any = false;
    for (String f : formats) {
      String name = f.trim().toLowerCase(Locale.ROOT);
      if (name.equals("jsonl")) {
        any = true;
        continue;
      }
      Format format = parse(name);
      files.add(format);
      any = true;
    }
    return any ? files : EnumSet.allOf(Format.class);
  }

  /** True when results are streamed as JSON Lines. */
  boolean jsonl() {
    fileFormats(); // every name checked first
    boolean jsonl = formats.stream().anyMatch(f -> f.trim().equalsIgnoreCase("jsonl"));
    if (jsonlOutput != null && !jsonl) {
      throw new CliException(ExitCodes.USAGE, "--jsonl-output needs --format jsonl");
    }
    return jsonl;
  }

  /** True when the JSON Lines go to stdout. */
  boolean jsonlToStdout() {
    return jsonl() && jsonlOutput == null;
  }

  private static Format parse(String name) {
    for (Format format : Format.values()) {
      if (format.name().toLowerCase(Locale.ROOT).equals(name)) {
        return format;
      }
    }
    throw new CliException(
        ExitCodes.USAGE,
        "--format takes json, junit, html, markdown, sarif or jsonl, not '" + name + "'");
  }
}
