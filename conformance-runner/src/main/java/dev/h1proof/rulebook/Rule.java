package dev.h1proof.rulebook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One rule of the rulebook, defined once as a Gherkin {@code Rule:} block: its id, its single
 * level, the RFC section it cites, the requirement in our words, and the scenarios that test it.
 * Every scenario reads its id and level from here; nothing else in h1proof stores them.
 */
public final class Rule {
  private final String id;
  private final Level level;
  private final String name;
  private final String requirement;
  private final String file;
  private final int line;
  private final List<RuleScenario> scenarios = new ArrayList<>();
  private final List<RuleScenario> view = Collections.unmodifiableList(scenarios);

  Rule(String id, Level level, String name, String requirement, String file, int line) {
    if (!RuleIds.isRuleId(id)) {
      throw new IllegalArgumentException("not a rule id: " + id);
    }
    this.id = id;
    this.level = level;
    this.name = name;
    this.requirement = requirement;
    this.file = file;
    this.line = line;
  }

  /**
   * A rule made outside a rulebook file, for a scenario built by hand (tests, fixtures): its name
   * is the citation and it has no requirement sentence.
   */
  public static Rule of(String id, Level level) {
    return new Rule(id, level, RuleIds.citation(id), "", "", 0);
  }

  void add(RuleScenario scenario) {
    scenarios.add(scenario);
  }

  /** The stable id, e.g. {@code RFC9112-5.1-whitespace-before-colon}. */
  public String id() {
    return id;
  }

  /** The requirement level: one per rule. */
  public Level level() {
    return level;
  }

  /** The section of the RFC, e.g. "5.1". */
  public String section() {
    return RuleIds.section(id);
  }

  /** The RFC number, e.g. 9112. */
  public int rfc() {
    return RuleIds.rfc(id);
  }

  /** "RFC 9112 §5.1". */
  public String citation() {
    return "RFC " + rfc() + " §" + section();
  }

  /** The section's address in the RFC Editor's HTML rendering. */
  public String link() {
    return RuleIds.link(id);
  }

  /** The rule's name, starting with its citation, e.g. "RFC 9112 §5.1 whitespace before colon". */
  public String name() {
    return name;
  }

  /** The requirement sentence, in our words, with its level word. */
  public String requirement() {
    return requirement;
  }

  /** The feature file that defines the rule, relative to the rulebook folder. */
  public String file() {
    return file;
  }

  /** The line of the {@code Rule:} keyword in that file. */
  public int line() {
    return line;
  }

  /** The scenarios beneath the rule, in file order. */
  public List<RuleScenario> scenarios() {
    return view;
  }

  /**
   * Whether the rule is an intermediary rule: its scenarios carry {@code @intermediary} (the loader
   * refuses a rule that mixes them with server scenarios) and are judged through a proxy.
   */
  public boolean intermediary() {
    return !scenarios.isEmpty() && scenarios.get(0).intermediary();
  }

  /**
   * Whether the rule falls under a section filter: "5.1" matches 5.1 and 5.1.x in either RFC;
   * "9110:7.2" or "RFC9110-7.2" only in that RFC.
   */
  public boolean inSection(String filter) {
    return RuleIds.inSection(id, filter);
  }

  @Override
  public String toString() {
    return id + " (" + level + ")";
  }
}
