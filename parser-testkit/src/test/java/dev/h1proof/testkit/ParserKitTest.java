package dev.h1proof.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Rulebook;
import dev.h1proof.rulebook.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kit's mapping from parse results to verdicts, its applicability rule and its feedings. */
class ParserKitTest {
  private static final Rulebook RULEBOOK = Rulebook.bundled();

  private static RuleScenario scenario(String ruleId) {
    return RULEBOOK.scenarios().stream()
        .filter(s -> s.ruleId().equals(ruleId))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Accepts every connection's bytes as one request without a body: a parser that checks nothing.
   */
  static final class AcceptsAnything implements ParserUnderTest {
    @Override
    public String name() {
      return "accepts-anything";
    }

    @Override
    public ParseResult parse(List<byte[]> segments) {
      long n = segments.stream().mapToLong(b -> b.length).sum();
      return new ParseResult.Builder().request("GET", "/", ParseResult.Framing.NONE, -1, n).idle();
    }
  }

  @Test
  void aRejectionIsAStatusAndACloseAndWaitingIsSilence() {
    Observation rejected =
        ParserKit.observe(
            new ParseResult.Builder()
                .request("GET", "/", ParseResult.Framing.NONE, -1, 10)
                .rejected(0, "bad"));
    assertThat(rejected.responses())
        .extracting(Observation.Response::status)
        .containsExactly(200, 400);
    assertThat(rejected.connection().closed()).isTrue();
    Observation waiting = ParserKit.observe(new ParseResult.Builder().needsMore());
    assertThat(waiting.responses()).isEmpty();
    assertThat(waiting.connection().closed()).isFalse();
    Observation withStatus = ParserKit.observe(new ParseResult.Builder().rejected(431, "big"));
    assertThat(withStatus.responses().get(0).status()).isEqualTo(431);
  }

  @Test
  void whitespaceBeforeColonIsPassedByARejectionAndFailedByAnAcceptance() {
    RuleScenario s = scenario("RFC9112-5.1-whitespace-before-colon");
    assertThat(ParserKit.notApplicable(s)).isNull();
    assertThat(ParserKit.judge(s, new ParseResult.Builder().rejected(400, "x")).verdict())
        .isEqualTo(Verdict.PASS);
    Map<Feeding, ParserKit.FeedingResult> lenient = ParserKit.run(new AcceptsAnything(), s);
    assertThat(lenient.values()).allMatch(r -> r.verdict() == Verdict.FAIL);
    assertThat(lenient.get(Feeding.EVERY_SPLIT).detail()).startsWith("split at ");
    // a body the adapter cannot follow says nothing
    assertThat(ParserKit.judge(s, new ParseResult.Builder().bodyNotFollowed()).verdict())
        .isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void connectionManagementAndResponseRulesDoNotApply() {
    List<String> notApplicable = new ArrayList<>();
    int applicable = 0;
    for (RuleScenario s : RULEBOOK.scenarios()) {
      String why = ParserKit.notApplicable(s);
      if (why == null) {
        applicable++;
        assertThat(s.rfc() == 9112 && s.section().startsWith("9.")).as(s.ruleId()).isFalse();
      } else {
        notApplicable.add(s.ruleId());
      }
    }
    assertThat(applicable).isGreaterThan(100);
    assertThat(notApplicable)
        .contains("RFC9112-4-status-line-syntax")
        .anyMatch(id -> id.startsWith("RFC9112-9."));
  }

  @Test
  void aParserThatChecksNothingBreaksManyRules() {
    List<ParserKit.RuleFinding> findings = ParserKit.run(new AcceptsAnything(), RULEBOOK);
    assertThat(findings)
        .filteredOn(f -> f.enforcement() == ParserKit.Enforcement.NOT_ENFORCED)
        .extracting(ParserKit.RuleFinding::ruleId)
        .contains("RFC9112-5.1-whitespace-before-colon");
    assertThat(findings)
        .filteredOn(f -> f.enforcement() == ParserKit.Enforcement.NOT_ENFORCED)
        .hasSizeGreaterThan(20);
  }

  @Test
  void feedingsCoverEveryOffset() {
    assertThat(Feeding.splitOffsets(5)).containsExactly(1, 2, 3, 4);
    assertThat(Feeding.splitOffsets(1)).isEmpty();
    int[] big = Feeding.splitOffsets(100_000);
    assertThat(big).contains(1, 512, 99_999, 100_000 - 512).hasSizeGreaterThan(1024);
    byte[] bytes = "abcd".getBytes();
    assertThat(Feeding.BYTE_BY_BYTE.segmentations(bytes).get(0)).hasSize(4);
    assertThat(Feeding.EVERY_SPLIT.segmentations(bytes)).hasSize(3);
    assertThat(Feeding.WHOLE.segmentations(bytes))
        .singleElement()
        .satisfies(s -> assertThat(s).hasSize(1));
  }
}
