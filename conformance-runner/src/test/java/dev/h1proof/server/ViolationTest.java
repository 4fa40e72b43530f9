package dev.h1proof.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.h1proof.parser.ParserConfig;
import dev.h1proof.parser.Violation;
import dev.h1proof.parser.lab.Tolerance;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Rulebook;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parser's {@link Violation} and the reference server's {@link Misbehaviour} name rules of the
 * rulebook, which is the one place a rule's level and section are defined: every id they use is a
 * rule of {@code features/}, and neither carries a level or a section of its own.
 */
class ViolationTest {
  private static final Path FEATURES = Path.of("..", "features");
  private static Set<String> ruleIds;

  @BeforeAll
  static void loadTheRulebook() throws IOException {
    ruleIds =
        Rulebook.load(FEATURES).scenarios().stream()
            .map(RuleScenario::ruleId)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(ruleIds)
        .as("rule ids loaded from %s", FEATURES.toAbsolutePath())
        .hasSizeGreaterThan(100);
  }

  @Test
  void everyViolationIdIsARuleOfTheRulebook() {
    List<String> unknown = new ArrayList<>();
    for (Violation v : Violation.values()) {
      if (!ruleIds.contains(v.ruleId())) {
        unknown.add(v + " -> " + v.ruleId());
      }
    }
    assertThat(unknown).as("Violation constants whose rule id is no rule of features/").isEmpty();
    assertThat(Violation.values()).hasSizeGreaterThan(80);
  }

  @Test
  void everyMisbehaviourIdIsARuleOfTheRulebook() {
    List<String> unknown = new ArrayList<>();
    for (Misbehaviour m : Misbehaviour.values()) {
      if (!ruleIds.contains(m.ruleId())) {
        unknown.add(m + " -> " + m.ruleId());
      }
    }
    assertThat(unknown)
        .as("Misbehaviour constants whose rule id is no rule of features/")
        .isEmpty();
    assertThat(Misbehaviour.values()).hasSizeGreaterThan(30);
  }

  @Test
  void everyMisbehaviourIsDescribedAndFoundByItsId() {
    for (Misbehaviour m : Misbehaviour.values()) {
      assertThat(m.ruleId()).as(m.name()).matches("RFC9\\d{3}-[0-9.]+-[A-Za-z0-9.-]+");
      assertThat(m.summary()).as(m.name()).isNotBlank();
      assertThat(Misbehaviour.forRuleId(m.ruleId())).as(m.name()).contains(m);
    }
    assertThat(Misbehaviour.forRuleId("no-such-rule")).isEmpty();
  }

  @Test
  void neitherTableCarriesALevelOrASection() {
    assertThat(levelOrSectionMembers(Violation.class)).isEmpty();
    assertThat(levelOrSectionMembers(Misbehaviour.class)).isEmpty();
    // the check itself sees such a member when there is one
    assertThat(levelOrSectionMembers(Holder.class)).containsExactlyInAnyOrder("level", "section");
  }

  /** A class with the members the check must catch. */
  @SuppressWarnings("unused")
  private static final class Holder {
    private final String section = "RFC 9112 §5.1";

    dev.h1proof.rulebook.Level level() {
      return null;
    }
  }

  /**
   * The declared fields (constants aside), methods and constructors that name or carry a level or a
   * section.
   */
  private static List<String> levelOrSectionMembers(Class<?> type) {
    List<String> found = new ArrayList<>();
    for (Field f : type.getDeclaredFields()) {
      if (!f.isSynthetic()
          && !f.isEnumConstant()
          && (names(f.getName()) || carries(f.getGenericType()))) {
        found.add(f.getName());
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (!m.isSynthetic()
          && (names(m.getName())
              || carries(m.getGenericReturnType())
              || Stream.of(m.getGenericParameterTypes()).anyMatch(ViolationTest::carries))) {
        found.add(m.getName());
      }
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (Stream.of(c.getGenericParameterTypes()).anyMatch(ViolationTest::carries)) {
        found.add("constructor" + List.of(c.getParameterTypes()));
      }
    }
    return found;
  }

  private static boolean names(String member) {
    String name = member.toLowerCase(Locale.ROOT);
    return name.contains("level") || name.contains("section");
  }

  private static boolean carries(Type type) {
    return type.getTypeName().matches(".*\\bLevel\\b.*");
  }

  @Test
  void toleratingARuleIdBreaksItInTheParserAndTheServerAlike() {
    // given an id that is a parser limit and a server behaviour at once
    ServerOptions options =
        ServerOptions.strict().tolerating(List.of("RFC9110-5.4-fields-too-large"));

    // then the parser tolerates its violations and the server enables its misbehaviour
    assertThat(Tolerance.tolerated(options.parserConfig()))
        .containsExactlyInAnyOrder(Violation.HEADER_SECTION_TOO_LARGE, Violation.TOO_MANY_FIELDS);
    assertThat(options.misbehaviours())
        .containsExactly(Misbehaviour.OVERSIZED_HEADER_SECTION_DROPPED);
    assertThat(options.tolerates(Misbehaviour.OVERSIZED_HEADER_SECTION_DROPPED)).isTrue();
    assertThat(options.tolerates(Violation.TOO_MANY_FIELDS)).isTrue();
    assertThat(options.toleratedRuleIds()).containsExactly("RFC9110-5.4-fields-too-large");

    // and a pure server behaviour leaves the parser strict
    ServerOptions close =
        ServerOptions.strict().tolerating(List.of("RFC9112-9.6-request-Connection-close"));
    assertThat(close.parserConfig()).isEqualTo(ParserConfig.strict());
    assertThat(close.misbehaviours()).containsExactly(Misbehaviour.CONNECTION_CLOSE_IGNORED);
    assertThat(ServerOptions.strict().toleratedRuleIds()).isEmpty();

    // and an id with neither is refused
    assertThat(ServerOptions.isTolerable("RFC9112-no-such-rule")).isFalse();
    assertThatThrownBy(() -> ServerOptions.strict().tolerating(List.of("RFC9112-no-such-rule")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown rule id to tolerate: RFC9112-no-such-rule");
  }
}
