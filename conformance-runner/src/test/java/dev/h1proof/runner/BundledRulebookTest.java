package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Rulebook;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled rulebook loaded early, while the command line is set up, is the same rulebook. */
class BundledRulebookTest {
  private static List<String> keys(Rulebook rulebook) {
    return rulebook.scenarios().stream().map(RuleScenario::key).toList();
  }

  @Test
  void theRulebookLoadedEarlyServesTheFirstCallerOnly() {
    BundledRulebook.startFor(List.of("run", "http://127.0.0.1:1/"));
    assertThat(BundledRulebook.loadingEarly()).isTrue();
    Rulebook early = BundledRulebook.get();
    assertThat(BundledRulebook.loadingEarly()).isFalse();
    Rulebook again = BundledRulebook.get();
    assertThat(again).isNotSameAs(early);
    assertThat(keys(early)).isNotEmpty().isEqualTo(keys(again)).isEqualTo(keys(Rulebook.bundled()));
  }

  @Test
  void onlyCommandsThatReadTheBundledRulebookStartIt() {
    BundledRulebook.startFor(List.of("serve", "--port", "0"));
    BundledRulebook.startFor(List.of("run", "--features", "elsewhere"));
    BundledRulebook.startFor(List.of("list", "--features=elsewhere"));
    BundledRulebook.startFor(List.of());
    assertThat(BundledRulebook.loadingEarly()).isFalse();
  }
}
