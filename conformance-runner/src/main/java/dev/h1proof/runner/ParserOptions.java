package dev.h1proof.runner;

import dev.h1proof.parser.Leniency;
import dev.h1proof.parser.ParserConfig;
import dev.h1proof.server.ServerOptions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/** Parser leniency and deliberate tolerance, shared by parse and serve. */
public final class ParserOptions {
  @Option(
      names = "--lenient",
      split = ",",
      paramLabel = "OPTION",
      description = "Enable RFC-permitted leniencies, e.g. BARE_LF_LINE_ENDINGS,OBS_FOLD_TO_SP.")
  List<String> lenient = new ArrayList<>();

  @Option(
      names = "--tolerate",
      split = ",",
      paramLabel = "RULE-ID",
      description =
          "Break exactly these rules the way lenient servers do, parser rules and server"
              + " behaviours (Connection, 100-continue, response syntax) alike, for testing"
              + " test suites. An unknown rule id exits with 2. Never use in production.")
  List<String> tolerate = new ArrayList<>();

  /** The parser configuration these options describe. */
  public ParserConfig config() {
    return server(ServerOptions.strict()).parserConfig();
  }

  private ParserConfig lenientConfig(ParserConfig config) {
    if (!lenient.isEmpty()) {
      Set<Leniency> set = EnumSet.noneOf(Leniency.class);
      for (String name : lenient) {
        try {
          set.add(Leniency.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
          throw new CliException(
              ExitCodes.USAGE,
              "unknown leniency '" + name + "'; one of " + EnumSet.allOf(Leniency.class));
        }
      }
      config = config.withLeniencies(set);
    }
    return config;
  }

  /**
   * The reference server's options: these leniencies, and every rule in {@code --tolerate} broken
   * on purpose, in the parser and in the server's behaviour alike.
   */
  public ServerOptions server(ServerOptions base) {
    ServerOptions options = base.withParserConfig(lenientConfig(base.parserConfig()));
    try {
      return tolerate.isEmpty()
          ? options
          : options.tolerating(tolerate.stream().map(String::trim).toList());
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.USAGE, e.getMessage());
    }
  }
}
