package dev.h1proof.runner;

import dev.h1proof.rulebook.Level;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Rulebook;
import dev.h1proof.runner.result.RunReport;
import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import picocli.CommandLine.Option;

/**
 * Which rulebook, and which of its scenarios: shared by run, list and explain. Rule ids, sections
 * and levels are matched against each scenario's loaded {@link dev.h1proof.rulebook.Rule}.
 */
public final class Selection {
  @Option(
      names = "--features",
      paramLabel = "DIR",
      description = "Read the rulebook from DIR instead of the bundled one.")
  Path features;

  @Option(names = "--rule", paramLabel = "ID", description = "Only this rule id (repeatable).")
  List<String> rules = new ArrayList<>();

  @Option(
      names = "--section",
      paramLabel = "S",
      description = "Only rules of this section and its subsections, e.g. 5.1 or 9110:7.2.")
  List<String> sections = new ArrayList<>();

  @Option(
      names = "--tags",
      paramLabel = "EXPR",
      description =
          "Only scenarios matching this cucumber tag expression, e.g. '@MUST and not @control'.")
  String tags;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      description = "Only requirements at this level or stronger: must, should or may.")
  Level level;

  /** Loads the rulebook, bundled or from {@code --features}. */
  public Rulebook rulebook() {
    try {
      return features != null ? Rulebook.load(features) : BundledRulebook.get();
    } catch (Rulebook.RulebookException e) {
      throw new CliException(ExitCodes.USAGE, e.getMessage());
    }
  }

  /**
   * The selected scenarios; unknown rule ids, sections and bad tag expressions are usage errors.
   */
  public List<RuleScenario> select(Rulebook rulebook) {
    Predicate<RuleScenario> filter = s -> true;
    if (!rules.isEmpty()) {
      Set<String> known = rulebook.ruleIds();
      for (String id : rules) {
        if (!known.contains(id)) {
          throw new CliException(ExitCodes.USAGE, "unknown rule id: " + id + suggest(known, id));
        }
      }
      Set<String> wanted = Set.copyOf(rules);
      filter = filter.and(s -> wanted.contains(s.rule().id()));
    }
    if (!sections.isEmpty()) {
      List<String> wanted = List.copyOf(sections);
      for (String section : wanted) {
        if (rulebook.rules().stream().noneMatch(rule -> rule.inSection(section))) {
          throw new CliException(ExitCodes.USAGE, "no rule in section " + section);
        }
      }
      filter = filter.and(s -> wanted.stream().anyMatch(w -> s.rule().inSection(w)));
    }
    if (tags != null) {
      Expression expression;
      try {
        expression = TagExpressionParser.parse(tags);
      } catch (TagExpressionException e) {
        throw new CliException(
            ExitCodes.USAGE, "invalid tag expression '" + tags + "': " + e.getMessage());
      }
      filter = filter.and(Rulebook.tagFilter(expression));
    }
    if (level != null) {
      Level threshold = level;
      filter = filter.and(s -> RunReport.atOrAbove(s.rule().level(), threshold));
    }
    // The expansions of {each:SET} scenarios (the seed comparison, 123,942 requests) are opt-in:
    // only a tag expression that names a @seed tag selects them, so a run without it is unchanged.
    List<RuleScenario> selected =
        namesSeed(tags) ? rulebook.selectWithExpansions(filter) : rulebook.select(filter);
    if (selected.isEmpty()) {
      throw new CliException(ExitCodes.USAGE, "the selection matches no scenario");
    }
    return selected;
  }

  /**
   * True when a tag expression mentions the seed tags ({@code @seed}, {@code @seed-path}, …): only
   * then are the expansions candidates at all.
   */
  static boolean namesSeed(String tags) {
    return tags != null && tags.contains(RuleScenario.SEED_TAG);
  }

  private static String suggest(Set<String> known, String id) {
    String lower = id.toLowerCase(Locale.ROOT);
    return known.stream()
        .filter(
            k ->
                k.toLowerCase(Locale.ROOT).equals(lower)
                    || k.toLowerCase(Locale.ROOT).contains(lower))
        .findFirst()
        .map(k -> " (did you mean " + k + "?)")
        .orElse(" (h1proof list shows every rule)");
  }
}
