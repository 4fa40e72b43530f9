package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The exit codes are written once, in {@link ExitCodes}; the README and the help come from it. */
class ExitCodesTest {
  private static final Path README = Path.of("..", "README.md");

  @Test
  void theReadmeTableIsTheOneInExitCodes() throws IOException {
    String readme = Files.readString(README);
    String table = ExitCodes.markdownTable(ExitCodes.RUN);
    int at = readme.indexOf("| exit code | meaning |");
    assertThat(at).as("README.md has an exit-code table").isNotNegative();
    int end = readme.indexOf("\n\n", at);
    assertThat(readme.substring(at, end + 1))
        .as("README.md's exit-code table; paste ExitCodes.markdownTable(ExitCodes.RUN)")
        .isEqualTo(table);
  }

  @Test
  void theHelpListsEveryCodeWithItsMeaning() {
    CliTest.Run top = CliTest.cli("--help");
    CliTest.Run run = CliTest.cli("run", "--help");
    CliTest.Run parse = CliTest.cli("parse", "--help");
    for (ExitCodes.Meaning m : ExitCodes.RUN) {
      String firstWords = String.join(" ", java.util.Arrays.copyOf(m.plain().split(" "), 3));
      assertThat(top.out()).contains("\n  " + m.code() + " ").contains(firstWords);
      assertThat(run.out()).contains("\n  " + m.code() + " ").contains(firstWords);
    }
    for (ExitCodes.Meaning m : ExitCodes.PARSE) {
      assertThat(parse.out()).contains("\n  " + m.code() + " ").contains(m.plain());
    }
    assertThat(top.out()).doesNotContain("`");
  }

  @Test
  void everyCommandLineOfTheTopLevelHelpIsAWholeSentence() {
    String help = CliTest.cli("--help").out();
    String commands = help.substring(help.indexOf("Commands:"), help.indexOf("Exit codes:"));
    // each command's summary, its wrapped lines joined, ends a sentence
    String joined = commands.replaceAll("\n {13}", " ");
    for (String line : joined.split("\n")) {
      if (line.startsWith("  ") && !line.isBlank()) {
        assertThat(line.strip()).as(line).endsWith(".");
      }
    }
    assertThat(joined.lines().filter(l -> l.startsWith("  ")).count()).isGreaterThanOrEqualTo(7);
  }
}
