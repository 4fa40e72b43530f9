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

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, json or markdown (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    List<RuleScenario> scenarios = selection.select(selection.rulebook());
    String text =
        switch (format) {
          case "table" -> Catalogue.table(scenarios);
          case "json" -> Catalogue.json(scenarios);
          case "markdown" -> Catalogue.markdown(scenarios);
          default ->
              throw new CliException(
                  ExitCodes.USAGE, "--format takes table, json or markdown, not '" + format + "'");
        };
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
