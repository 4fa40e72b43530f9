package dev.h1proof.driver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.rulebook.Judgement;
import dev.h1proof.rulebook.Notation;
import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.OctetSets;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Rulebook;
import dev.h1proof.rulebook.ScenarioBuilder;
import dev.h1proof.rulebook.Verdict;
import dev.h1proof.rulebook.Vocabulary;
import dev.h1proof.rulebook.Wire;
import dev.h1proof.runner.InProcessTarget;
import dev.h1proof.server.ServerOptions;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The step vocabulary bound for cucumber. The patterns are {@link Vocabulary}'s constants and each
 * step calls the same {@link ScenarioBuilder} method as the socket driver, so the two cannot
 * differ.
 */
public class RulebookSteps {
  private static final InProcessTarget STRICT = new InProcessTarget(ServerOptions.strict());

  /** The rulebook as h1proof loads it: the rule of each scenario comes from here. */
  private static final Rulebook RULEBOOK = Rulebook.load(java.nio.file.Path.of("../features"));

  /** Inputs up to this size are split at every offset; longer ones at {@link #SPLIT_SAMPLES}. */
  private static final int SPLIT_EVERYWHERE = 4096;

  private static final int SPLIT_SAMPLES = 64;

  private final ScenarioBuilder builder = new ScenarioBuilder();
  private Scenario scenario;

  /** Remembers the scenario, for its tags and name. */
  @Before
  public void begin(Scenario scenario) {
    this.scenario = scenario;
  }

  /** The bytes under test. */
  @Given(Vocabulary.REQUEST)
  public void request(String docString) {
    String each = OctetSets.eachIn(docString);
    // A scenario written with {each:SET} is checked through its first member here and through
    // every expansion, as the loader makes them, in judge().
    builder.request(
        each == null
            ? docString
            : OctetSets.substitute(docString, OctetSets.get(each).members().get(0)));
  }

  /** Pipelines the canary. */
  @Given(Vocabulary.CANARY)
  public void canary() {
    builder.canary();
  }

  /** The canary, once the server has answered. */
  @Given(Vocabulary.CANARY_AFTER_RESPONSE)
  public void canaryAfterResponse() {
    builder.canaryAfterResponse();
  }

  /** Marks the request as sent. */
  @When(Vocabulary.SEND)
  public void send() {
    builder.send();
  }

  /** A preferred outcome. */
  @Then(Vocabulary.EXPECT)
  public void expect(String outcome) {
    builder.expect(outcome);
  }

  /** A permitted outcome. */
  @Then(Vocabulary.ALLOW)
  public void allow(String outcome) {
    builder.allow(outcome);
  }

  /** What must have happened for the rule to apply. */
  @Then(Vocabulary.PRECONDITION)
  public void precondition(String outcome) {
    builder.precondition(outcome);
  }

  /** A rule whose controls must hold for a rejection to be judged. */
  @Then(Vocabulary.PRECONDITION_RULE)
  public void requireRule(String ruleId) {
    builder.requireRule(ruleId);
  }

  /** An outcome that decides nothing. */
  @Then(Vocabulary.INCONCLUSIVE)
  public void inconclusive(String outcome) {
    builder.inconclusive(outcome);
  }

  /**
   * Runs the completed scenario against the strict parser: it must PASS, and the same bytes
   * delivered one at a time, or split in two at any offset, must be observed exactly like a single
   * write.
   */
  @After
  public void judge() {
    if (scenario.isFailed()) {
      return;
    }
    String uri = fileName(scenario.getUri());
    int line = scenario.getLine() == null ? 0 : scenario.getLine();
    // The id and level are the loaded rule's: the driver reads the same model as the socket driver.
    RuleScenario loaded =
        RULEBOOK
            .scenarioAt(uri, line)
            .or(() -> RULEBOOK.familyAt(uri, line))
            .orElseThrow(() -> new AssertionError("no loaded scenario at " + uri + ":" + line));
    RuleScenario rule =
        builder.build(
            loaded.rule(),
            scenario.getName(),
            "",
            "",
            uri,
            line,
            java.util.Set.copyOf(scenario.getSourceTagNames()));
    assertThat(rule.request().notation())
        .as("the bytes cucumber gives %s:%d", uri, line)
        .isEqualTo(loaded.request().notation());
    Wire wire = rule.request().render(STRICT.info());
    Observation whole = STRICT.exchange(wire);
    Judgement judgement = rule.judge(whole);
    assertThat(judgement.verdict())
        .as(
            "%s %s%nsent:%n%s%nreceived:%n%s",
            rule.ruleId(),
            judgement.reason(),
            Notation.escape(wire.bytes(), true),
            Notation.escape(whole.received(), true))
        .isEqualTo(Verdict.PASS);
    assertSameObservation(whole, STRICT.exchange(wire.fragmented(1, null)), "one byte at a time");
    int length = wire.bytes().length;
    int step = length <= SPLIT_EVERYWHERE ? 1 : length / SPLIT_SAMPLES;
    for (int at = 1; at < length; at += step) {
      List<Wire.Break> breaks = new ArrayList<>(wire.breaks());
      breaks.add(new Wire.Break(at, Wire.BreakKind.PAUSE));
      breaks.sort(Comparator.comparingInt(Wire.Break::offset));
      assertSameObservation(
          whole, STRICT.exchange(new Wire(wire.bytes(), breaks)), "split at offset " + at);
    }
    if (RULEBOOK.familyAt(uri, line).isPresent()) {
      judgeExpansions(loaded);
    }
  }

  /**
   * Every expansion of an {@code {each:SET}} scenario, in this one cucumber scenario: each must
   * PASS against the strict parser when written whole (the splits above cover the family's bytes).
   */
  private static void judgeExpansions(RuleScenario family) {
    List<RuleScenario> expansions = RULEBOOK.expansionsOf(family);
    assertThat(expansions).as("the expansions of %s", family.key()).isNotEmpty();
    for (RuleScenario expansion : expansions) {
      Wire wire = expansion.request().render(STRICT.info());
      Observation observed = STRICT.exchange(wire);
      Judgement judgement = expansion.judge(observed);
      assertThat(judgement.verdict())
          .as(
              "%s %s %s%nsent:%n%s%nreceived:%n%s",
              expansion.key(),
              expansion.title(),
              judgement.reason(),
              Notation.escape(wire.bytes(), true),
              Notation.escape(observed.received(), true))
          .isEqualTo(Verdict.PASS);
    }
  }

  private static void assertSameObservation(Observation whole, Observation split, String how) {
    assertThat(Notation.escape(split.received(), true))
        .as("the same bytes delivered %s must give the same responses", how)
        .isEqualTo(Notation.escape(whole.received(), true));
    assertThat(split.connection()).as(how).isEqualTo(whole.connection());
  }

  private static String fileName(URI uri) {
    String path = uri.getPath() != null ? uri.getPath() : uri.getSchemeSpecificPart();
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
