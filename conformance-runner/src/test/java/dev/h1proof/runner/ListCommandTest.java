package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.h1proof.rulebook.Rule;
import dev.h1proof.rulebook.Rulebook;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code h1proof list} and {@code explain} read the loaded rules. */
class ListCommandTest {
  private static final Pattern ID = Pattern.compile("RFC(\\d{4})-(\\d+(?:\\.\\d+)*)-.+");

  @Test
  void listJsonGivesEachRuleOnceWithOneLevelAndTheSectionAndRfcOfItsId() throws IOException {
    // given the bundled rulebook
    Rulebook rulebook = Rulebook.bundled();

    // when
    CliTest.Run list = CliTest.cli("list", "--format", "json");

    // then
    assertThat(list.code()).as(list.err()).isZero();
    JsonNode rules = new ObjectMapper().readTree(list.out());
    Set<String> ids = new HashSet<>();
    List<String> titles = new ArrayList<>();
    for (JsonNode rule : rules) {
      String id = rule.path("id").asText();
      String level = rule.path("level").asText();
      assertThat(ids.add(id)).as("%s listed once", id).isTrue();
      assertThat(level).as(id).isIn("MUST", "SHOULD", "MAY");
      Matcher m = ID.matcher(id);
      assertThat(m.matches()).as(id).isTrue();
      assertThat(rule.path("rfc").asInt()).as(id).isEqualTo(Integer.parseInt(m.group(1)));
      assertThat(rule.path("section").asText()).as(id).isEqualTo(m.group(2));
      assertThat(rule.path("name").asText())
          .as(id)
          .startsWith("RFC " + m.group(1) + " §" + m.group(2) + " ");
      assertThat(rule.path("requirement").asText()).as(id).containsPattern("\\b" + level + "\\b");
      assertThat(rule.path("file").asText()).as(id).endsWith(".feature");
      assertThat(rule.path("line").asInt()).as(id).isPositive();
      assertThat(rule.path("scenarios").size()).as(id).isPositive();
      for (JsonNode scenario : rule.path("scenarios")) {
        List<String> levelTags = new ArrayList<>();
        List<String> idTags = new ArrayList<>();
        for (JsonNode tag : scenario.path("tags")) {
          String t = tag.asText();
          if (t.matches("@(MUST|SHOULD|MAY)")) {
            levelTags.add(t);
          } else if (t.startsWith("@RFC")) {
            idTags.add(t);
          }
        }
        assertThat(levelTags).as(id).containsExactly("@" + level);
        assertThat(idTags).as(id).containsExactly("@" + id);
        assertThat(scenario.path("file").asText()).isEqualTo(rule.path("file").asText());
        titles.add(scenario.path("title").asText());
      }
    }
    assertThat(ids).hasSize(rulebook.rules().size());
    assertThat(titles).hasSize(rulebook.scenarios().size()).doesNotHaveDuplicates();
  }

  @Test
  void explainPrintsTheRequirementSentenceOfTheRule() {
    Rule rule = Rulebook.bundled().rule("RFC9112-5.1-whitespace-before-colon").orElseThrow();

    CliTest.Run explain = CliTest.cli("explain", rule.id());

    assertThat(explain.code()).as(explain.err()).isZero();
    assertThat(explain.out().lines().limit(4))
        .containsExactly(
            "RFC9112-5.1-whitespace-before-colon  (MUST, RFC 9112 §5.1)",
            rule.name() + "   [" + rule.file() + ":" + rule.line() + "]",
            "Requirement: " + rule.requirement(),
            "https://www.rfc-editor.org/rfc/rfc9112.html#section-5.1");
    assertThat(rule.requirement()).contains("MUST");
    assertThat(explain.out()).contains("X-Test : 1\\r\\n").contains("PASS if: status 400");
  }

  @Test
  void listSelectsByTheRuleModel() throws IOException {
    // a split rule keeps one level: the MAY half is selected at MAY only
    CliTest.Run must = CliTest.cli("list", "--level", "must", "--format", "json");
    CliTest.Run all = CliTest.cli("list", "--section", "2.2", "--format", "json");
    Set<String> mustIds = new HashSet<>();
    new ObjectMapper().readTree(must.out()).forEach(r -> mustIds.add(r.path("id").asText()));
    Set<String> sectionIds = new HashSet<>();
    new ObjectMapper().readTree(all.out()).forEach(r -> sectionIds.add(r.path("id").asText()));
    assertThat(mustIds)
        .contains("RFC9112-2.2-no-processing-after-framing-error")
        .doesNotContain(
            "RFC9112-2.2-close-after-malformed-field-line", "RFC9112-2.2-leading-lone-LF");
    assertThat(sectionIds)
        .contains("RFC9112-2.2-leading-empty-line", "RFC9112-2.2-leading-lone-LF")
        .allMatch(id -> id.startsWith("RFC9112-2.2-") || id.startsWith("RFC9110-2.2-"));
  }
}
