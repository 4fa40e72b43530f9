package dev.h1proof.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.h1proof.rulebook.OctetSets.OctetSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code {each:SET}} notation: the sets' sizes and members, and the expansions the loader makes
 * of the rulebook's seed-comparison scenarios (issue 14).
 */
class OctetSetsTest {
  private static final Rulebook RULEBOOK = Rulebook.load(Path.of("..", "features"));
  private static final TargetInfo TARGET =
      new TargetInfo("127.0.0.1:8080", "127.0.0.1", 8080, "/", null);

  @TempDir Path dir;

  @Test
  void everySetHasTheSizeItsGrammarGives() {
    Map<String, Integer> sizes = new TreeMap<>();
    OctetSets.all().forEach((name, set) -> sizes.put(name, set.size()));
    assertThat(sizes)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "ctl-but-htab", 32,
                "whitespace", 2,
                "hash-percent", 2,
                "not-uri-char", 139,
                "ctl-but-htab-lf", 31,
                "lf", 1,
                "name-delimiter-or-high", 144,
                "nul", 1,
                "ctl-but-nul-htab-cr-lf", 29,
                "bad-pct-pair", 61_692));
    assertThat(OctetSets.get("bad-pct-pair").width()).isEqualTo(2);
  }

  @Test
  void theSetsHoldTheRightOctets() {
    assertThat(singles("whitespace")).containsExactly(0x09, 0x20);
    assertThat(singles("hash-percent")).containsExactly((int) '#', (int) '%');
    assertThat(singles("lf")).containsExactly(0x0a);
    assertThat(singles("not-uri-char"))
        .contains((int) '"', (int) '<', (int) '>', (int) '[', (int) '\\', (int) ']', 0x80, 0xff)
        .doesNotContain((int) '/', (int) '?', (int) ':', (int) '@', (int) '~', (int) 'a');
    assertThat(singles("name-delimiter-or-high"))
        .contains((int) '(', (int) '"', (int) '@', (int) '{', 0x80)
        .doesNotContain((int) ':', (int) '!', (int) '#', (int) '|', (int) '~', 0x20, 0x7f);
    assertThat(singles("ctl-but-htab-lf")).contains(0x00, 0x0d, 0x7f).doesNotContain(0x09, 0x0a);
    assertThat(singles("ctl-but-nul-htab-cr-lf"))
        .contains(0x01, 0x0b, 0x1f, 0x7f)
        .doesNotContain(0x00, 0x09, 0x0a, 0x0d, 0x20);
    Set<String> pairs = new HashSet<>();
    OctetSets.get("bad-pct-pair").members().forEach(m -> pairs.add(OctetSets.hex(m)));
    assertThat(pairs)
        .hasSize(61_692)
        .contains("2020", "4720", "2041", "ff00")
        .doesNotContain("4141", "7a7a", "4730", "3030");
  }

  @Test
  void theSixCategoriesHaveTheComparedTestersCounts() {
    Map<String, Integer> counts = new TreeMap<>();
    for (RuleScenario s : RULEBOOK.expansions()) {
      for (String tag : s.tags()) {
        if (tag.startsWith(RuleScenario.SEED_TAG + "-")) {
          counts.merge(tag, 1, Integer::sum);
        }
      }
    }
    assertThat(counts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "@seed-path", 175,
                "@seed-query", 175,
                "@seed-field-name", 178,
                "@seed-field-value", 30,
                "@seed-pct-path", 61_692,
                "@seed-pct-query", 61_692));
    assertThat(RULEBOOK.expansions()).hasSize(123_942);
  }

  @Test
  void everyExpansionHasItsOwnKeyAndATitleNamingItsOctets() {
    Set<String> keys = new HashSet<>();
    RULEBOOK.expansions().forEach(s -> keys.add(s.key()));
    RULEBOOK.scenarios().forEach(s -> keys.add(s.key()));
    assertThat(keys).hasSize(RULEBOOK.expansions().size() + RULEBOOK.scenarios().size());
    RuleScenario pair =
        RULEBOOK.expansions().stream()
            .filter(s -> s.tags().contains("@seed-pct-query") && s.key().endsWith("#7b00"))
            .findFirst()
            .orElseThrow();
    assertThat(pair.title()).endsWith("[0x7b 0x00]");
    assertThat(pair.ruleId()).isEqualTo("RFC9112-3.2-fragment-or-bad-percent-encoding");
    assertThat(pair.request().render(TARGET).bytes())
        .isEqualTo(
            "GET /hello?%{\0 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
    RuleScenario name =
        RULEBOOK.expansions().stream()
            .filter(s -> s.tags().contains("@seed-field-name") && s.key().endsWith("#e9"))
            .findFirst()
            .orElseThrow();
    assertThat(name.title()).endsWith("[0xe9]");
    assertThat(name.ruleId()).isEqualTo("RFC9112-5-field-name-not-a-token");
    assertThat(name.request().render(TARGET).bytes())
        .isEqualTo(
            "GET /hello HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\u00e9: value\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
    RuleScenario value =
        RULEBOOK.expansions().stream()
            .filter(s -> s.tags().contains("@seed-field-value") && s.key().endsWith("#7f"))
            .findFirst()
            .orElseThrow();
    assertThat(value.level()).isEqualTo(Level.MAY);
    assertThat(value.request().render(TARGET).bytes())
        .isEqualTo(
            "GET /hello HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nname: \u007f\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void theDefaultScenariosLeaveTheFamiliesOut() {
    assertThat(RULEBOOK.scenarios()).noneMatch(s -> s.tags().contains(RuleScenario.SEED_TAG));
    assertThat(RULEBOOK.families())
        .hasSize(16)
        .allMatch(s -> s.tags().contains(RuleScenario.SEED_TAG));
    RuleScenario family = RULEBOOK.families().get(0);
    assertThat(RULEBOOK.familyAt(family.uri(), family.line())).containsSame(family);
    assertThat(RULEBOOK.expansionsOf(family)).allMatch(s -> s.line() == family.line());
  }

  @Test
  void theLoaderRefusesAnUntaggedFamilyAndAnUnknownSet() throws IOException {
    Files.writeString(dir.resolve("a.feature"), feature("", "{each:whitespace}"));
    assertThat(problems()).anyMatch(p -> p.contains("carries @seed"));
    Files.writeString(dir.resolve("a.feature"), feature("@seed", "{each:nothing}"));
    assertThat(problems()).anyMatch(p -> p.contains("unknown octet set 'nothing'"));
    Files.writeString(dir.resolve("a.feature"), feature("@seed", "{each:lf}{each:lf}"));
    assertThat(problems()).anyMatch(p -> p.contains("at most one {each:SET}"));
    Files.writeString(dir.resolve("a.feature"), feature("@seed", "{each:lf}"));
    Rulebook loaded = Rulebook.load(dir);
    assertThat(loaded.scenarios()).isEmpty();
    assertThat(loaded.expansions())
        .singleElement()
        .satisfies(s -> assertThat(s.key()).endsWith("#0a"));
  }

  @Test
  void aDocStringWithoutEachIsNoFamily() {
    assertThat(OctetSets.eachIn("GET / HTTP/1.1\\r\\n")).isNull();
    assertThat(OctetSets.substitute("a{each:lf}b", new byte[] {0x0a})).isEqualTo("a\\x0ab");
    assertThatThrownBy(() -> OctetSets.eachIn("a{each:}b"))
        .hasMessageContaining("needs a set name");
  }

  private List<String> problems() {
    try {
      Rulebook.load(dir);
    } catch (Rulebook.RulebookException e) {
      return e.problems();
    }
    throw new AssertionError("the rulebook loaded without a problem");
  }

  private static String feature(String tags, String each) {
    return """
        Feature: test

          @RFC9112-5.1-whitespace-before-colon @MUST
          Rule: RFC 9112 §5.1 whitespace before colon
            A server MUST reject whitespace before the colon.

            %s
            Scenario: a family
              The requirement.

              Given the request
                \"""
                GET / HTTP/1.1\\r\\n
                Host: {host}\\r\\n
                X-A: %s\\r\\n
                \\r\\n
                \"""
              When the request is sent
              Then expect status 400
        """
        .formatted(tags, each);
  }

  private static List<Integer> singles(String name) {
    OctetSet set = OctetSets.get(name);
    assertThat(set.width()).isEqualTo(1);
    return set.members().stream().map(m -> m[0] & 0xff).toList();
  }
}
