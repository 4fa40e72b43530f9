package dev.h1proof.runner.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Verdict;
import dev.h1proof.runner.baseline.ReviewedVerdicts.Difference;
import dev.h1proof.runner.baseline.ReviewedVerdicts.Entry;
import dev.h1proof.runner.baseline.ReviewedVerdicts.Key;
import dev.h1proof.runner.report.ReportFixtures;
import dev.h1proof.runner.result.ScenarioResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewedVerdictsTest {
  @TempDir Path temp;

  /** PASS, WARN, FAIL, FAIL, INCONCLUSIVE and SKIP, judged by real scenarios. */
  private static final List<ScenarioResult> RUN = ReportFixtures.results();

  private static final List<dev.h1proof.rulebook.RuleScenario> SCENARIOS =
      RUN.stream().map(ScenarioResult::scenario).toList();

  private static List<RuleScenario> rulebook() {
    return RUN.stream().map(ScenarioResult::scenario).toList();
  }

  /** Every non-PASS result of the fixture run, each with a reviewed reason. */
  private static ReviewedVerdicts matching() {
    Map<Key, Entry> entries = new TreeMap<>();
    for (ScenarioResult r : RUN) {
      if (r.verdict() != Verdict.PASS) {
        entries.put(Key.of(r.scenario()), new Entry(r.verdict(), "reviewed: " + r.verdict()));
      }
    }
    return new ReviewedVerdicts("fixture server 1.0", "answers 200 to everything", entries);
  }

  private static String json(String scenarios) {
    return "{\"schema\": \"h1proof-reviewed/1\", \"server\": \"s 1\", \"app\": \"a\", \"scenarios\": ["
        + scenarios
        + "]}";
  }

  @Test
  void aFileListingEveryNonPassVerdictMatchesTheRun() {
    // given the reviewed verdicts of exactly this run
    ReviewedVerdicts reviewed = matching();

    // when the run is compared with them
    List<Difference> differences = reviewed.compare(RUN, rulebook());

    // then nothing differs
    assertThat(differences).isEmpty();
    assertThat(reviewed.entries()).hasSize(5);
  }

  @Test
  void aChangedVerdictIsOneDifferenceNamingKeyExpectedObservedAndReason() {
    // given a reviewed file that claims the passing scenario FAILs
    ScenarioResult passing = RUN.get(0);
    assertThat(passing.verdict()).isEqualTo(Verdict.PASS);
    Map<Key, Entry> entries = new TreeMap<>(matching().entries());
    entries.put(Key.of(passing.scenario()), new Entry(Verdict.FAIL, "claimed to fail"));
    ReviewedVerdicts reviewed = new ReviewedVerdicts("s", "a", entries);

    // when the run is compared with it
    List<Difference> differences = reviewed.compare(RUN, rulebook());

    // then exactly that scenario differs, and its line says so
    assertThat(differences).hasSize(1);
    Difference d = differences.get(0);
    assertThat(d.expected()).isEqualTo(Verdict.FAIL);
    assertThat(d.observed()).isEqualTo(Verdict.PASS);
    assertThat(d.line())
        .startsWith(
            ReportFixtures.PASSING
                + " \"whitespace between field name and colon is rejected\": expected FAIL,"
                + " observed PASS (")
        .contains(passing.judgement().reason());
  }

  @Test
  void anUnlistedScenarioIsExpectedToPass() {
    // given a file that forgets the WARN of obs-fold
    Map<Key, Entry> entries = new TreeMap<>(matching().entries());
    Key warning = Key.of(RUN.get(1).scenario());
    assertThat(entries.remove(warning)).isNotNull();

    // when compared
    List<Difference> differences = new ReviewedVerdicts("s", "a", entries).compare(RUN, rulebook());

    // then the WARN is a difference from the implied PASS
    assertThat(differences)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.key()).isEqualTo(warning);
              assertThat(d.expected()).isEqualTo(Verdict.PASS);
              assertThat(d.observed()).isEqualTo(Verdict.WARN);
            });
  }

  @Test
  void aListedScenarioTheRulebookNoLongerHasIsADifference() {
    // given a file listing a scenario whose title was changed in the rulebook
    Map<Key, Entry> entries = new TreeMap<>(matching().entries());
    Key gone = new Key(ReportFixtures.GATE_FAILURE, "an old title");
    entries.put(gone, new Entry(Verdict.FAIL, "reviewed long ago"));

    // when compared
    List<Difference> differences = new ReviewedVerdicts("s", "a", entries).compare(RUN, rulebook());

    // then it is reported, with nothing observed
    assertThat(differences).singleElement().satisfies(d -> assertThat(d.key()).isEqualTo(gone));
    assertThat(differences.get(0).observed()).isNull();
    assertThat(differences.get(0).line())
        .isEqualTo(
            ReportFixtures.GATE_FAILURE
                + " \"an old title\": expected FAIL, observed nothing (the rulebook has no such"
                + " scenario)");
  }

  @Test
  void aListedScenarioNotSelectedInThisRunIsNoDifference() {
    // given a run of the first scenario only, against the whole rulebook
    List<Difference> differences = matching().compare(RUN.subList(0, 1), rulebook());

    // then the listed scenarios that did not run are not differences
    assertThat(differences).isEmpty();
  }

  @Test
  void aDraftListsEveryNonPassVerdictUnreviewedAndTheGuardRefusesIt() throws IOException {
    // given a draft written from the run and read back
    Path file = temp.resolve("reviewed/fixture.json");
    ReviewedVerdicts.draft("http://127.0.0.1:1/", RUN, null, SCENARIOS).write(file);
    ReviewedVerdicts read = ReviewedVerdicts.read(file);

    // then it lists the five non-PASS verdicts, every one UNREVIEWED
    assertThat(read.entries()).hasSize(5);
    assertThat(read.entries().values())
        .allMatch(e -> e.reason().equals(ReviewedVerdicts.UNREVIEWED));
    assertThat(read.compare(RUN, rulebook())).isEmpty();
    // and it cannot be used as the expectation
    assertThatThrownBy(() -> read.requireReviewed("fixture.json"))
        .isInstanceOf(BaselineException.class)
        .hasMessageStartingWith(
            "reviewed verdicts fixture.json: 5 entries still UNREVIEWED, first ");
  }

  @Test
  void aDraftOverReviewedVerdictsKeepsTheReasonsOfUnchangedEntriesOnly() {
    // given reviewed verdicts where the obs-fold WARN was reviewed as a FAIL
    Map<Key, Entry> entries = new TreeMap<>(matching().entries());
    Key warning = Key.of(RUN.get(1).scenario());
    entries.put(warning, new Entry(Verdict.FAIL, "was a FAIL"));
    ReviewedVerdicts previous = new ReviewedVerdicts("server 2", "app 2", entries);

    // when a draft is made from the run
    ReviewedVerdicts draft = ReviewedVerdicts.draft("ignored", RUN, previous, SCENARIOS);

    // then the changed entry is UNREVIEWED with the new verdict, the others keep their reasons
    assertThat(draft.server()).isEqualTo("server 2");
    assertThat(draft.entries().get(warning))
        .isEqualTo(new Entry(Verdict.WARN, ReviewedVerdicts.UNREVIEWED));
    assertThat(draft.entries()).hasSize(5);
    draft.entries().entrySet().stream()
        .filter(e -> !e.getKey().equals(warning))
        .forEach(e -> assertThat(e.getValue().reason()).startsWith("reviewed: "));
    assertThatThrownBy(() -> draft.requireReviewed("draft.json"))
        .hasMessageContaining("1 entry still UNREVIEWED, first " + warning);
  }

  @Test
  void aDraftDropsEntriesOfScenariosTheRulebookNoLongerHas() {
    Map<Key, Entry> entries = new TreeMap<>(matching().entries());
    Key gone = new Key("RFC9112-9.3-HTTP10-closes-by-default", "a scenario since removed");
    entries.put(gone, new Entry(Verdict.FAIL, "reviewed: an old reason"));
    ReviewedVerdicts previous = new ReviewedVerdicts("server", "app", entries);

    ReviewedVerdicts draft = ReviewedVerdicts.draft("ignored", RUN, previous, SCENARIOS);

    assertThat(draft.entries()).doesNotContainKey(gone);
    assertThat(draft.entries()).hasSize(matching().entries().size());
  }

  @Test
  void aVaryingEntryMatchesEachOfItsVerdictsAndNoOther() {
    // given the passing scenario reviewed as varying between FAIL and PASS, and the WARN one as
    // varying between INCONCLUSIVE and FAIL
    Key passing = Key.of(RUN.get(0).scenario());
    Key warning = Key.of(RUN.get(1).scenario());
    assertThat(RUN.get(1).verdict()).isEqualTo(Verdict.WARN);
    Map<Key, Entry> entries = new TreeMap<>(matching().entries());
    entries.put(
        passing, new Entry(Verdict.FAIL, "varies: state left by another", Set.of(Verdict.PASS)));
    entries.put(
        warning, new Entry(Verdict.INCONCLUSIVE, "varies: worker busy", Set.of(Verdict.FAIL)));
    ReviewedVerdicts reviewed = new ReviewedVerdicts("s", "a", entries);

    // when the run is compared with them
    List<Difference> differences = reviewed.compare(RUN, rulebook());

    // then the PASS matches its varying entry, the WARN matches neither of its verdicts
    assertThat(differences).hasSize(1);
    Difference d = differences.get(0);
    assertThat(d.key()).isEqualTo(warning);
    assertThat(d.expected()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(d.varies()).containsExactly(Verdict.FAIL);
    assertThat(d.line()).contains(": expected INCONCLUSIVE or FAIL, observed WARN (");
  }

  @Test
  void aDraftKeepsAVaryingEntryAndCarriesItsVerdictsIntoAChangedOne() {
    // given the passing scenario reviewed as varying (FAIL or PASS) and the WARN one as a plain
    // FAIL
    // that was also seen INCONCLUSIVE
    Key passing = Key.of(RUN.get(0).scenario());
    Key warning = Key.of(RUN.get(1).scenario());
    Map<Key, Entry> entries = new TreeMap<>(matching().entries());
    Entry varying = new Entry(Verdict.FAIL, "varies: reviewed", Set.of(Verdict.PASS));
    entries.put(passing, varying);
    entries.put(warning, new Entry(Verdict.FAIL, "was a FAIL", Set.of(Verdict.INCONCLUSIVE)));
    ReviewedVerdicts previous = new ReviewedVerdicts("server", "app", entries);

    // when a draft is made from the run, where the first passes and the second WARNs
    ReviewedVerdicts draft = ReviewedVerdicts.draft("ignored", RUN, previous, SCENARIOS);

    // then the varying entry stays as reviewed, although this run passed, and the WARN is drafted
    // UNREVIEWED with the verdicts the old entry accepted
    assertThat(draft.entries().get(passing)).isEqualTo(varying);
    assertThat(draft.entries().get(warning))
        .isEqualTo(
            new Entry(
                Verdict.WARN,
                ReviewedVerdicts.UNREVIEWED,
                Set.of(Verdict.FAIL, Verdict.INCONCLUSIVE)));
    assertThat(draft.compare(RUN, rulebook())).isEmpty();
    // and it survives the file: written, read back, equal
    ReviewedVerdicts read = ReviewedVerdicts.parse(draft.toJson(), "draft.json");
    assertThat(read).isEqualTo(draft);
    assertThat(draft.toJson()).contains("\"varies\" : [ \"PASS\" ]");
  }

  @Test
  void theJsonRoundTripIsExact() {
    ReviewedVerdicts reviewed = matching();
    assertThat(ReviewedVerdicts.parse(reviewed.toJson(), "x")).isEqualTo(reviewed);
  }

  @Test
  void malformedFilesAreRejectedWithOneLineNamingTheProblem() throws IOException {
    String entry =
        "{\"rule\": \"RFC9112-5.1-whitespace-before-colon\", \"title\": \"t\", \"verdict\":"
            + " \"FAIL\", \"reason\": \"r\"}";
    Map<String, String> cases = new TreeMap<>();
    cases.put("{ not json", "not valid JSON at line 1");
    cases.put("[]", "the top level must be a JSON object");
    cases.put("{\"schema\": \"h1proof-baseline/1\"}", "unknown schema \"h1proof-baseline/1\"");
    cases.put(json(entry).replace("\"app\": \"a\", ", ""), "the top level: \"app\" must be");
    cases.put(json(entry + "," + entry), "is listed twice");
    cases.put(json(entry.replace("FAIL", "PASS")), "PASS is implied");
    cases.put(json(entry.replace("FAIL", "BAD")), "verdict must be WARN, FAIL, INCONCLUSIVE");
    cases.put(json(entry.replace("\"r\"", "\" \"")), "\"reason\" must be a non-empty string");
    cases.put(json(entry.replace("RFC9112-5.1-whitespace-before-colon", "x")), "not a rule id");
    cases.put(json(entry.replace("\"title\"", "\"line\": 3, \"title\"")), "unknown key \"line\"");
    cases.put(json("3"), "scenarios[0]: must be an object");
    cases.put(json(entry.replace("\"reason\"", "\"varies\": [], \"reason\"")), "non-empty array");
    cases.put(
        json(entry.replace("\"reason\"", "\"varies\": [\"PASS\", \"PASS\"], \"reason\"")),
        "\"varies\" repeats PASS");
    cases.put(
        json(entry.replace("\"reason\"", "\"varies\": [\"FAIL\"], \"reason\"")),
        "\"varies\" repeats FAIL");
    cases.put(
        json(entry.replace("\"reason\"", "\"varies\": [\"MAYBE\"], \"reason\"")),
        "scenarios[0].varies: verdict must be");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      Path file = Files.writeString(temp.resolve("bad.json"), c.getKey());
      assertThatThrownBy(() -> ReviewedVerdicts.read(file))
          .as(c.getKey())
          .isInstanceOf(BaselineException.class)
          .hasMessageStartingWith("reviewed verdicts " + file + ": ")
          .hasMessageContaining(c.getValue())
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
    assertThatThrownBy(() -> ReviewedVerdicts.read(temp.resolve("missing.json")))
        .hasMessageEndingWith("missing.json: no such file");
  }
}
