package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Rulebook;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed comparison's expansions are opt-in: only a tag expression naming @seed selects them. */
class SeedSelectionTest {
  private static final Rulebook RULEBOOK = Rulebook.load(Path.of("..", "features"));

  private static List<RuleScenario> select(String tags) {
    Selection selection = new Selection();
    selection.tags = tags;
    return selection.select(RULEBOOK);
  }

  @Test
  void theDefaultSelectionIsTheRulebooksScenariosAlone() {
    assertThat(select(null)).isEqualTo(RULEBOOK.scenarios());
    assertThat(select("not @control"))
        .hasSize((int) RULEBOOK.scenarios().stream().filter(s -> !s.control()).count())
        .noneMatch(s -> s.tags().contains(RuleScenario.SEED_TAG));
  }

  @Test
  void aTagExpressionNamingSeedSelectsTheExpansions() {
    assertThat(select("@seed")).hasSize(123_942);
    assertThat(select("@seed and @seed-field-value"))
        .hasSize(30)
        .allMatch(s -> s.key().contains("#"));
    assertThat(select("@seed-path")).hasSize(175);
    assertThat(select("@MUST and not @seed")).isEqualTo(select("@MUST"));
  }

  @Test
  void theExpansionsCanBeNarrowedByRule() {
    Selection selection = new Selection();
    selection.tags = "@seed";
    selection.rules = List.of("RFC9110-5.5-NUL-in-field-value");
    assertThat(selection.select(RULEBOOK))
        .singleElement()
        .satisfies(s -> assertThat(s.title()).endsWith("[0x00]"));
  }
}
