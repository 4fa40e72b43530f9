package dev.h1proof.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.runner.Catalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rulebook's own rules: size, one level and one requirement per rule, coverage of the RFC
 * inventory, and the catalogue in sync.
 */
class RulebookConventionsTest {
  static Path features;
  static Rulebook rulebook;

  @BeforeAll
  static void load() {
    features = Path.of(System.getProperty("h1proof.features", "../features"));
    rulebook = Rulebook.load(features);
  }

  @Test
  void atLeast300ScenariosOver120Rules() {
    assertThat(rulebook.scenarios()).hasSizeGreaterThanOrEqualTo(300);
    assertThat(rulebook.rules()).hasSizeGreaterThanOrEqualTo(120);
  }

  /** The server rules, then the intermediary rules. */
  private static List<Rule> allRules() {
    List<Rule> all = new ArrayList<>(rulebook.rules());
    all.addAll(rulebook.intermediaryRules());
    return all;
  }

  @Test
  void everyRuleStatesItsRequirementWithItsLevelWord() {
    assertThat(rulebook.intermediaryRules()).as("the intermediary rules").isNotEmpty();
    for (Rule rule : allRules()) {
      String where = rule.file() + ":" + rule.line() + " " + rule.id();
      assertThat(rule.name()).as(where).startsWith(rule.citation() + " ");
      assertThat(rule.requirement())
          .as("the requirement of " + where + " names its level")
          .containsPattern("\\b" + rule.level() + "\\b");
      assertThat(rule.scenarios()).as(where).isNotEmpty();
    }
  }

  @Test
  void everyScenarioInheritsExactlyItsRulesIdAndLevel() {
    List<RuleScenario> all = new ArrayList<>(rulebook.scenarios());
    all.addAll(rulebook.intermediary());
    for (RuleScenario s : all) {
      String where = s.uri() + ":" + s.line();
      assertThat(s.rule().scenarios()).as(where).contains(s);
      assertThat(s.tags().stream().filter(t -> RuleIds.isRuleId(t.substring(1))))
          .as(where)
          .containsExactly("@" + s.rule().id());
      assertThat(s.tags().stream().filter(t -> t.matches("@(MUST|SHOULD|MAY)")))
          .as(where)
          .containsExactly("@" + s.rule().level());
      assertThat(s.description()).as("description of " + where).isNotBlank();
    }
  }

  @Test
  void exactlyOneBaselineScenario() {
    assertThat(rulebook.scenarios().stream().filter(RuleScenario::baseline)).hasSize(1);
  }

  @Test
  void scenarioTitlesAndKeysAreUnique() {
    Set<String> titles = new LinkedHashSet<>();
    Set<String> keys = new LinkedHashSet<>();
    List<String> duplicates = new ArrayList<>();
    for (RuleScenario s : rulebook.scenarios()) {
      if (!titles.add(s.uri() + " / " + s.title()) || !keys.add(s.key())) {
        duplicates.add(s.uri() + ":" + s.line() + " " + s.title());
      }
    }
    assertThat(duplicates).isEmpty();
  }

  /**
   * The inventory's ids, from {@code shared/rfc/requirements.md} beside the clone (CI checks the
   * shared folder out there), or from {@code -Dh1proof.inventory=PATH}.
   */
  static Set<String> inventory() throws IOException {
    Path shared =
        Path.of(
                System.getProperty(
                    "h1proof.inventory",
                    features.resolve("../../shared/rfc/requirements.md").toString()))
            .toAbsolutePath()
            .normalize();
    assertThat(Files.isRegularFile(shared))
        .as(
            "the RFC inventory %s is missing: check the shared folder out beside the clone"
                + " (../shared/rfc/requirements.md) or pass -Dh1proof.inventory=PATH",
            shared)
        .isTrue();
    Set<String> ids = new TreeSet<>();
    Matcher m =
        Pattern.compile("(?m)^### (\\S+)")
            .matcher(Files.readString(shared, StandardCharsets.UTF_8));
    while (m.find()) {
      ids.add(m.group(1));
    }
    assertThat(ids).as("ids in " + shared).hasSizeGreaterThanOrEqualTo(120);
    return ids;
  }

  /** The rules split in two, from the table in CHANGELOG.md: new id to the id it came from. */
  static Map<String, String> splits() throws IOException {
    Path changelog = features.resolve("../CHANGELOG.md");
    Map<String, String> splits = new TreeMap<>();
    Matcher m =
        Pattern.compile("(?m)^\\| `(RFC[^`]+)` \\| (?:MUST|SHOULD|MAY) \\| `(RFC[^`]+)`")
            .matcher(Files.readString(changelog, StandardCharsets.UTF_8));
    while (m.find()) {
      splits.put(m.group(1), m.group(2));
    }
    return splits;
  }

  @Test
  void everyInventoryIdIsTestedOrListedAsUntestable() throws IOException {
    String readme = Files.readString(features.resolve("README.md"), StandardCharsets.UTF_8);
    int untestableSection = readme.indexOf("## Untestable requirements");
    assertThat(untestableSection)
        .as("features/README.md has an 'Untestable requirements' section")
        .isPositive();
    String untestable = readme.substring(untestableSection);
    List<String> missing = new ArrayList<>();
    for (String id : inventory()) {
      boolean listed = untestable.contains("`" + id + "`");
      boolean tested = rulebook.ruleIds().contains(id);
      if (!tested && !listed) {
        missing.add(id);
      }
    }
    assertThat(missing).as("ids neither tagged nor listed as untestable").isEmpty();
  }

  @Test
  void everyRuleIdIsInTheInventoryOrASplitOfOneInTheChangelog() throws IOException {
    Set<String> inventory = inventory();
    Map<String, String> splits = splits();
    assertThat(splits).as("the split table of CHANGELOG.md").isNotEmpty();
    List<String> unknown = new ArrayList<>();
    for (String id : rulebook.ruleIds()) {
      String from = splits.get(id);
      if (!inventory.contains(id) && (from == null || !inventory.contains(from))) {
        unknown.add(id);
      }
    }
    assertThat(unknown).as("rule ids missing from the inventory (typos?)").isEmpty();
    for (Map.Entry<String, String> split : splits.entrySet()) {
      assertThat(rulebook.ruleIds())
          .as("CHANGELOG.md split " + split)
          .contains(split.getKey(), split.getValue());
      assertThat(rulebook.rule(split.getKey()).orElseThrow().level())
          .as("a split gives the new id the other level: " + split)
          .isNotEqualTo(rulebook.rule(split.getValue()).orElseThrow().level());
    }
  }

  /**
   * The intermediary rules, from the table in CHANGELOG.md under "Intermediary rules": id to level.
   */
  static Map<String, String> intermediaryTable() throws IOException {
    String changelog =
        Files.readString(features.resolve("../CHANGELOG.md"), StandardCharsets.UTF_8);
    int start = changelog.indexOf("### Intermediary rules");
    assertThat(start).as("CHANGELOG.md has an 'Intermediary rules' section").isPositive();
    int end = changelog.indexOf("\n#", start + 1);
    Map<String, String> table = new TreeMap<>();
    Matcher m =
        Pattern.compile("(?m)^\\| `(RFC[^`]+)` \\| (MUST|SHOULD|MAY) \\| RFC ")
            .matcher(changelog.substring(start, end < 0 ? changelog.length() : end));
    while (m.find()) {
      table.put(m.group(1), m.group(2));
    }
    return table;
  }

  @Test
  void everyIntermediaryRuleIsListedInTheChangelogAndNotInTheInventory() throws IOException {
    Map<String, String> expected = new TreeMap<>();
    for (Rule rule : rulebook.intermediaryRules()) {
      expected.put(rule.id(), rule.level().name());
    }
    assertThat(expected).as("intermediary rules of the rulebook").isNotEmpty();
    assertThat(intermediaryTable())
        .as("the intermediary table of CHANGELOG.md (id and level)")
        .isEqualTo(expected);
    Set<String> clash = new TreeSet<>(expected.keySet());
    clash.retainAll(inventory());
    clash.addAll(expected.keySet().stream().filter(rulebook.ruleIds()::contains).toList());
    assertThat(clash).as("intermediary ids that are also inventory or server ids").isEmpty();
  }

  @Test
  void theCatalogueIsInSync() throws IOException {
    String expected = Catalogue.markdown(rulebook.scenarios());
    Path catalogue = features.resolve("CATALOGUE.md");
    if (Boolean.getBoolean("h1proof.updateCatalogue")) {
      Files.writeString(catalogue, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(catalogue) ? Files.readString(catalogue, StandardCharsets.UTF_8) : "")
        .as(
            "features/CATALOGUE.md is stale: regenerate it with "
                + "mvn -pl conformance-runner test -Dtest=RulebookConventionsTest -Dh1proof.updateCatalogue=true")
        .isEqualTo(expected);
  }
}
