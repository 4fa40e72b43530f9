package dev.h1proof.runner;

import dev.h1proof.rulebook.RuleScenario;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code h1proof list}: the catalogue of rules and scenarios. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description =
        "Prints the rulebook: a table of scenarios (rule id, level, section, title), or as json"
            + " one entry per rule (id, level, section, rfc, name, requirement, file, line) with its"
            + " scenarios, or the markdown catalogue.")
public final class ListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Selection selection;

  /** The output formats of {@code list}. */
  enum Format {
    TABLE,
    JSON,
    MARKDOWN;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, json or markdown (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    List<RuleScenario> scenarios = selection.select(selection.rulebook());
    String text =
        switch (format) {
          case TABLE -> Catalogue.table(scenarios);
          case JSON -> Catalogue.json(scenarios);
          case MARKDOWN -> Catalogue.markdown(scenarios);
        };
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
