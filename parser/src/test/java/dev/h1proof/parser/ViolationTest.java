package dev.h1proof.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rule table itself. That every id names a rule of the rulebook, and that no level or section
 * is kept here, is checked in the runner ({@code dev.h1proof.server.ViolationTest}), which loads
 * the rulebook.
 */
class ViolationTest {

  @Test
  void everyConstantIsDescribed() {
    for (Violation v : Violation.values()) {
      assertThat(v.ruleId()).as(v.name()).matches("RFC9\\d{3}-[0-9.]+-[A-Za-z0-9.-]+");
      assertThat(v.summary()).as(v.name()).isNotBlank();
      assertThat(v.status()).as(v.name()).isIn(400, 414, 431, 501, 502, 505);
      assertThat(v.status() == 502)
          .as("%s: 502 exactly for the response rules", v)
          .isEqualTo(v.name().startsWith("RESPONSE_"));
      assertThat(Violation.forRuleId(v.ruleId())).contains(v);
    }
    assertThat(Violation.forRuleId("no-such-rule")).isEmpty();
    assertThat(Violation.forRuleId("RFC9112-6.3-CL-empty-or-internal-whitespace"))
        .containsExactly(
            Violation.CONTENT_LENGTH_EMPTY, Violation.CONTENT_LENGTH_INTERNAL_WHITESPACE);
  }

  @Test
  void configIsValidatedAndImmutable() {
    ParserConfig c = ParserConfig.strict();
    assertThat(ParserConfig.defaults()).isSameAs(c);
    ParserConfig d = c.withMaxFieldCount(7).withLeniency(Leniency.OBS_FOLD_TO_SP);
    assertThat(c.maxFieldCount()).isEqualTo(100);
    assertThat(d.maxFieldCount()).isEqualTo(7);
    assertThat(d.allows(Leniency.OBS_FOLD_TO_SP)).isTrue();
    assertThat(c.allows(Leniency.OBS_FOLD_TO_SP)).isFalse();
    assertThat(d).isEqualTo(c.withMaxFieldCount(7).withLeniencies(Set.of(Leniency.OBS_FOLD_TO_SP)));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.withMaxFieldCount(0))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.leniencies().add(Leniency.NUL_TO_SP))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
