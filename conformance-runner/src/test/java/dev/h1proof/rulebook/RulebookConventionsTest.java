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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rulebook's own rules: size, tags, coverage of the inventory, and the catalogue in sync. */
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
    assertThat(rulebook.ruleIds()).hasSizeGreaterThanOrEqualTo(120);
  }

  @Test
  void everyScenarioHasExactlyOneRuleIdAndOneLevel() {
    for (RuleScenario s : rulebook.scenarios()) {
      long ids = s.tags().stream().filter(t -> RuleIds.isRuleId(t.substring(1))).count();
      long levels =
          s.tags().stream()
              .filter(t -> t.equals("@MUST") || t.equals("@SHOULD") || t.equals("@MAY"))
              .count();
      assertThat(ids).as(s.uri() + ":" + s.line()).isEqualTo(1);
      assertThat(levels).as(s.uri() + ":" + s.line()).isEqualTo(1);
      assertThat(s.description()).as("description of " + s.uri() + ":" + s.line()).isNotBlank();
    }
  }

  @Test
  void exactlyOneBaselineScenario() {
    assertThat(rulebook.scenarios().stream().filter(RuleScenario::baseline)).hasSize(1);
  }

  @Test
  void scenarioTitlesAreUniquePerFeature() {
    Set<String> seen = new LinkedHashSet<>();
    List<String> duplicates = new ArrayList<>();
    for (RuleScenario s : rulebook.scenarios()) {
      if (!seen.add(s.uri() + " / " + s.title())) {
        duplicates.add(s.uri() + ":" + s.line() + " " + s.title());
      }
    }
    assertThat(duplicates).isEmpty();
  }

  /** The inventory's ids, as committed in features/requirement-ids.txt. */
  static Set<String> inventory() throws IOException {
    Set<String> ids = new TreeSet<>();
    for (String line : Files.readAllLines(features.resolve("requirement-ids.txt"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        ids.add(line.strip());
      }
    }
    return ids;
  }

  @Test
  void theCommittedInventoryMatchesTheSharedOneWhenPresent() throws IOException {
    Path shared = features.resolve("../../shared/rfc/requirements.md").normalize();
    if (!Files.exists(shared)) {
      return; // a clone without the shared folder: the committed list stands on its own
    }
    Set<String> fromShared = new TreeSet<>();
    Matcher m =
        Pattern.compile("(?m)^### (\\S+)")
            .matcher(Files.readString(shared, StandardCharsets.UTF_8));
    while (m.find()) {
      fromShared.add(m.group(1));
    }
    assertThat(inventory()).isEqualTo(fromShared);
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
      if (!rulebook.ruleIds().contains(id) && !untestable.contains("`" + id + "`")) {
        missing.add(id);
      }
    }
    assertThat(missing).as("ids neither tagged nor listed as untestable").isEmpty();
  }

  @Test
  void everyRuleIdTagIsInTheInventory() throws IOException {
    Set<String> unknown = new TreeSet<>(rulebook.ruleIds());
    unknown.removeAll(inventory());
    assertThat(unknown).as("rule id tags missing from the inventory (typos?)").isEmpty();
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
