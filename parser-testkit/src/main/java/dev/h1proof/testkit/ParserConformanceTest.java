package dev.h1proof.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.h1proof.rulebook.Rulebook;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The rulebook as JUnit 5 tests for one parser. Extend it, return the adapter from {@link
 * #parser()}, and list in {@link #knownViolations()} the rules the parser is known not to enforce:
 *
 * <pre>{@code
 * class MyParserConformanceTest extends ParserConformanceTest {
 *   protected ParserUnderTest parser() { return new MyParserAdapter(); }
 *   protected Set<String> knownViolations() { return Set.of("RFC9112-5.1-whitespace-before-colon"); }
 * }
 * }</pre>
 *
 * <p>Every applicable scenario is fed whole, byte by byte and split at every offset. There is one
 * test per rule: an enforced rule passes unless it is listed as a known violation, a rule not
 * enforced fails unless it is listed (so a fixed rule, or a new break, shows up either way), and a
 * last test checks that every listed rule id exists and applies.
 */
public abstract class ParserConformanceTest {

  /**
   * Returns the adapter under test.
   *
   * @return the adapter
   */
  protected abstract ParserUnderTest parser();

  /**
   * Returns the rules the parser is known not to enforce (default: none).
   *
   * @return rule ids
   */
  protected Set<String> knownViolations() {
    return Set.of();
  }

  /**
   * Returns the rulebook to run (default: the one bundled with h1proof).
   *
   * @return the rulebook
   */
  protected Rulebook rulebook() {
    return Rulebook.bundled();
  }

  /**
   * One test per applicable rule, then the check of the known violations.
   *
   * @return the tests
   */
  @TestFactory
  Stream<DynamicNode> rulebookScenarios() {
    ParserUnderTest parser = parser();
    Set<String> known = knownViolations();
    List<ParserKit.RuleFinding> findings = ParserKit.run(parser, rulebook());
    List<DynamicNode> tests = new ArrayList<>();
    Set<String> applicable = new TreeSet<>();
    for (ParserKit.RuleFinding f : findings) {
      if (f.enforcement() == ParserKit.Enforcement.NOT_APPLICABLE) {
        continue;
      }
      applicable.add(f.ruleId());
      boolean enforced = f.enforcement() == ParserKit.Enforcement.ENFORCED;
      boolean listed = known.contains(f.ruleId());
      String name =
          f.ruleId() + (listed ? " is a known violation of " : " is enforced by ") + parser.name();
      tests.add(
          DynamicTest.dynamicTest(
              name,
              () -> {
                if (listed) {
                  assertTrue(
                      !enforced,
                      parser.name()
                          + " now enforces "
                          + f.ruleId()
                          + ": remove it from knownViolations()");
                } else {
                  assertTrue(enforced, parser.name() + " breaks " + f.ruleId() + ": " + f.detail());
                }
              }));
    }
    tests.add(
        DynamicTest.dynamicTest(
            "every known violation names an applicable rule",
            () -> {
              Set<String> unknown = new TreeSet<>(known);
              unknown.removeAll(applicable);
              assertEquals(Set.of(), unknown, "not applicable or not in the rulebook");
            }));
    return tests.stream();
  }
}
