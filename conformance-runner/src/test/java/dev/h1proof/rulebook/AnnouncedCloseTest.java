package dev.h1proof.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.rulebook.Observation.ConnectionState;
import dev.h1proof.rulebook.Observation.Field;
import dev.h1proof.rulebook.Observation.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A server may close after any response in which it announced the close (RFC 9112 §9.6), so an
 * exchange it ended that way before a scenario's outcome could show is INCONCLUSIVE, never a FAIL.
 * What the responses it did send show still counts.
 */
class AnnouncedCloseTest {
  private static RuleScenario titled(String title) {
    return Rulebook.bundled().scenarios().stream()
        .filter(s -> s.title().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no scenario titled " + title));
  }

  private static Observation closedAfter(boolean announced, int... statuses) {
    List<Field> fields =
        announced ? List.of(new Field("Connection", "close")) : List.of(new Field("X-A", "1"));
    List<Response> responses =
        java.util.Arrays.stream(statuses)
            .mapToObj(s -> new Response(s, false, fields, new byte[0]))
            .toList();
    return new Observation(new byte[] {'H'}, responses, ConnectionState.CLOSED, List.of(), 1);
  }

  private static final String PIPELINED =
      "an empty line between two pipelined GET requests is skipped";
  private static final String REJECTION =
      "a space between field name and colon is rejected with 400";

  @Test
  void aServerThatAnnouncesTheCloseIsNotFailedForTheResponsesItNeverOwed() {
    Judgement j = titled(PIPELINED).judge(closedAfter(true, 200));
    assertThat(j.verdict()).as(j.reason()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(j.reason()).contains("RFC 9112 §9.6").contains("accepted then accepted");
  }

  @Test
  void anUnannouncedCloseStillFails() {
    Judgement j = titled(PIPELINED).judge(closedAfter(false, 200));
    assertThat(j.verdict()).as(j.reason()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void whatTheResponsesShowStillCounts() {
    // The second request was answered with an error: announcing the close excuses nothing there.
    Judgement wrongSecond = titled(PIPELINED).judge(closedAfter(true, 200, 500));
    assertThat(wrongSecond.verdict()).as(wrongSecond.reason()).isEqualTo(Verdict.FAIL);
    // Accepting what must be rejected is a FAIL however the connection ends.
    Judgement accepted = titled(REJECTION).judge(closedAfter(true, 200));
    assertThat(accepted.verdict()).as(accepted.reason()).isEqualTo(Verdict.FAIL);
  }
}
