package dev.h1proof.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader yields one {@link Rule} per Rule block and refuses every other place for metadata. */
class RulebookLoaderTest {
  @TempDir Path dir;

  private static final String STEPS =
      """
            Given the request
              \"""
              GET {path} HTTP/1.1\\r\\n
              Host: {host}\\r\\n
              X-Test%s: 1\\r\\n
              \\r\\n
              \"""
            When the request is sent
            Then expect status 400
      """;

  /** A scenario beneath a rule, indented for a Rule block. */
  private static String scenario(String tags, String title, String spacing) {
    return (tags.isEmpty() ? "" : "    " + tags + "\n")
        + "    Scenario: "
        + title
        + "\n      The requirement, cited.\n\n"
        + STEPS.formatted(spacing).indent(-2);
  }

  private static final String RULE_HEAD =
      """
        @RFC9112-5.1-whitespace-before-colon @MUST
        Rule: RFC 9112 §5.1 whitespace before colon
          A server MUST reject whitespace between a field name and its colon with 400.

      """;

  private static final String ID = "RFC9112-5.1-whitespace-before-colon";

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private List<String> problems() {
    try {
      Rulebook.load(dir);
    } catch (Rulebook.RulebookException e) {
      return e.problems();
    }
    throw new AssertionError("the rulebook loaded without a problem");
  }

  @Test
  void aRuleBlockGivesOneRuleWhoseScenariosInheritItsIdAndLevel() throws IOException {
    // given a rule with a scenario and an outline of two rows
    write(
        "a.feature",
        "@section-5\nFeature: fields\n\n"
            + RULE_HEAD
            + scenario("@control", "one space", " ")
            + "\n"
            + """
                Scenario Outline: <title>
                  The requirement, cited.

                  Given the request
                    \"""
                    GET {path} HTTP/1.1\\r\\n
                    Host: {host}\\r\\n
                    X-Test<bytes>: 1\\r\\n
                    \\r\\n
                    \"""
                  When the request is sent
                  Then expect status 400

                  Examples:
                    | title   | bytes |
                    | a tab   | \\t    |
                    | two SPs | \\s\\s  |
            """);

    // when
    Rulebook rulebook = Rulebook.load(dir);

    // then
    assertThat(rulebook.rules()).hasSize(1);
    Rule rule = rulebook.rules().get(0);
    assertThat(rule.id()).isEqualTo("RFC9112-5.1-whitespace-before-colon");
    assertThat(rule.level()).isEqualTo(Level.MUST);
    assertThat(rule.section()).isEqualTo("5.1");
    assertThat(rule.rfc()).isEqualTo(9112);
    assertThat(rule.name()).isEqualTo("RFC 9112 §5.1 whitespace before colon");
    assertThat(rule.requirement())
        .isEqualTo("A server MUST reject whitespace between a field name and its colon with 400.");
    assertThat(rule.file()).isEqualTo("a.feature");
    assertThat(rule.line()).isEqualTo(5);
    assertThat(rule.scenarios())
        .extracting(RuleScenario::title)
        .containsExactly("one space", "a tab", "two SPs");
    assertThat(rulebook.scenarios()).isEqualTo(rule.scenarios());
    for (RuleScenario s : rule.scenarios()) {
      assertThat(s.rule()).isSameAs(rule);
      assertThat(s.ruleId()).isEqualTo(rule.id());
      assertThat(s.level()).isEqualTo(Level.MUST);
      assertThat(s.tags()).contains("@RFC9112-5.1-whitespace-before-colon", "@MUST", "@section-5");
    }
    assertThat(rule.scenarios().get(0).control()).isTrue();
    assertThat(rule.scenarios().get(1).control()).isFalse();
    // each Examples row has its own line, so its own key
    assertThat(rule.scenarios())
        .extracting(RuleScenario::key)
        .doesNotHaveDuplicates()
        .allMatch(k -> k.startsWith("RFC9112-5.1-whitespace-before-colon:a.feature:"));
    assertThat(rule.scenarios().get(2).line()).isEqualTo(rule.scenarios().get(1).line() + 1);
    assertThat(rule.scenarios().get(1).request().notation())
        .contains("X-Test\\t: 1\\r\\n")
        .doesNotContain("<bytes>");
    assertThat(rulebook.rule("RFC9112-5.1-whitespace-before-colon")).containsSame(rule);
    assertThat(rulebook.scenarioAt("a.feature", rule.scenarios().get(2).line()))
        .containsSame(rule.scenarios().get(2));
  }

  /** An intermediary scenario: the client-side outcome paired with what the back end receives. */
  private static String intermediaryScenario(String title) {
    return scenario("@intermediary", title, " ") + "      And the back end receives nothing\n";
  }

  @Test
  void intermediaryRulesAreKeptApartFromTheServerRules() throws IOException {
    // given a server rule and an intermediary rule
    write(
        "a.feature",
        "Feature: fields\n\n"
            + RULE_HEAD
            + scenario("", "one space", " ")
            + "\n"
            + """
              @RFC9112-5.1-proxy-whitespace-before-colon @MUST
              Rule: RFC 9112 §5.1 a proxy forwards no whitespace before a colon
                A proxy MUST reject it and forward nothing.

            """
            + intermediaryScenario("through a proxy"));

    // when
    Rulebook rulebook = Rulebook.load(dir);

    // then the server lists hold only the server rule, the intermediary lists only the other
    assertThat(rulebook.rules()).extracting(Rule::id).containsExactly(ID);
    assertThat(rulebook.ruleIds()).containsExactly(ID);
    assertThat(rulebook.scenarios()).extracting(RuleScenario::title).containsExactly("one space");
    assertThat(rulebook.intermediaryRules())
        .extracting(Rule::id)
        .containsExactly("RFC9112-5.1-proxy-whitespace-before-colon");
    assertThat(rulebook.intermediaryRuleIds())
        .containsExactly("RFC9112-5.1-proxy-whitespace-before-colon");
    assertThat(rulebook.intermediary())
        .extracting(RuleScenario::title)
        .containsExactly("through a proxy");
    assertThat(rulebook.intermediary().get(0).forwarded()).hasSize(1);
    assertThat(rulebook.rule("RFC9112-5.1-proxy-whitespace-before-colon").orElseThrow().level())
        .isEqualTo(Level.MUST);
    assertThat(rulebook.rules().get(0).intermediary()).isFalse();
    assertThat(rulebook.intermediaryRules().get(0).intermediary()).isTrue();
  }

  @Test
  void aRuleMixingIntermediaryAndServerScenariosIsAnError() throws IOException {
    // given one rule with a server scenario and an intermediary scenario
    write(
        "a.feature",
        "Feature: fields\n\n"
            + RULE_HEAD
            + scenario("", "one space", " ")
            + "\n"
            + intermediaryScenario("through a proxy"));

    // when / then
    assertThat(problems())
        .singleElement()
        .asString()
        .contains(
            "a.feature:4: rule " + ID + " mixes @intermediary scenarios with server scenarios");
  }

  @Test
  void anIdTagOnAScenarioIsAnError() throws IOException {
    write(
        "a.feature",
        "Feature: f\n\n"
            + RULE_HEAD
            + scenario("@RFC9112-5.1-whitespace-before-colon", "one space", " "));
    assertThat(problems())
        .singleElement()
        .asString()
        .startsWith("a.feature:")
        .contains("@RFC9112-5.1-whitespace-before-colon on scenario 'one space'")
        .contains("belong on the Rule alone");
  }

  @Test
  void aLevelTagOnAScenarioOrOnTheFeatureIsAnError() throws IOException {
    write("a.feature", "@SHOULD\nFeature: f\n\n" + RULE_HEAD + scenario("@MAY", "one space", " "));
    assertThat(problems())
        .hasSize(2)
        .anySatisfy(p -> assertThat(p).startsWith("a.feature:1: @SHOULD on the Feature"))
        .anySatisfy(p -> assertThat(p).contains("@MAY on scenario 'one space'"));
  }

  @Test
  void anIdOrLevelTagOnExamplesIsAnError() throws IOException {
    write(
        "a.feature",
        "Feature: f\n\n"
            + RULE_HEAD
            + """
                Scenario Outline: <title>
                  The requirement, cited.

                  Given the request
                    \"""
                    GET {path} HTTP/1.1\\r\\n
                    Host: {host}\\r\\n
                    X-Test<bytes>: 1\\r\\n
                    \\r\\n
                    \"""
                  When the request is sent
                  Then expect status 400

                  @MUST
                  Examples:
                    | title | bytes |
                    | a tab | \\t    |
            """);
    assertThat(problems())
        .singleElement()
        .asString()
        .contains("@MUST on the Examples of scenario '<title>'");
  }

  @Test
  void aScenarioOutsideARuleIsAnError() throws IOException {
    write(
        "a.feature",
        "Feature: f\n\n"
            + scenario("", "a stray scenario", " ").indent(-2)
            + "\n"
            + RULE_HEAD
            + scenario("", "one space", " "));
    assertThat(problems())
        .singleElement()
        .asString()
        .isEqualTo(
            "a.feature:3: scenario 'a stray scenario' is outside a rule: every scenario sits"
                + " beneath the Rule of its id");
  }

  @Test
  void aRuleIdDefinedTwiceIsAnError() throws IOException {
    write("a.feature", "Feature: a\n\n" + RULE_HEAD + scenario("", "one space", " "));
    write("b.feature", "Feature: b\n\n" + RULE_HEAD + scenario("", "a tab", "\\t"));
    assertThat(problems())
        .singleElement()
        .asString()
        .isEqualTo(
            "b.feature:4: rule RFC9112-5.1-whitespace-before-colon is defined twice, first at"
                + " a.feature:4");
  }

  @Test
  void aRuleWithoutScenariosIsAnError() throws IOException {
    write(
        "a.feature",
        "Feature: f\n\n"
            + RULE_HEAD
            + scenario("", "one space", " ")
            + """

              @RFC9112-5.2-obs-fold @MUST
              Rule: RFC 9112 §5.2 obs fold
                A server MUST reject or unfold an obs-fold.
            """);
    assertThat(problems())
        .singleElement()
        .asString()
        .contains("rule 'RFC 9112 §5.2 obs fold' has no scenarios");
  }

  @Test
  void aRuleNameCitingAnotherSectionIsAnError() throws IOException {
    write(
        "a.feature",
        "Feature: f\n\n"
            + RULE_HEAD.replace("RFC 9112 §5.1 whitespace", "RFC 9112 §5 whitespace")
            + scenario("", "one space", " "));
    assertThat(problems())
        .singleElement()
        .asString()
        .contains(
            "the name of rule RFC9112-5.1-whitespace-before-colon must start with its section,"
                + " 'RFC 9112 §5.1', not 'RFC 9112 §5 whitespace before colon'");
  }

  @Test
  void aRuleNeedsExactlyOneIdAndOneLevel() throws IOException {
    write(
        "a.feature",
        "Feature: f\n\n"
            + RULE_HEAD.replace("@MUST", "@MUST @SHOULD")
            + scenario("", "one space", " ")
            + "\n  Rule: RFC 9112 §5.2 obs fold\n\n"
            + scenario("", "a fold", " "));
    assertThat(problems())
        .hasSize(3)
        .anySatisfy(p -> assertThat(p).contains("exactly one level tag").contains("[MUST, SHOULD]"))
        .anySatisfy(p -> assertThat(p).contains("exactly one rule id tag, found []"))
        .anySatisfy(p -> assertThat(p).contains("exactly one level tag").contains("found []"));
  }
}
