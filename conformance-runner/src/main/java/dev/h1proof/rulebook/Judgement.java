package dev.h1proof.rulebook;

/**
 * A verdict with its reason.
 *
 * @param verdict the verdict
 * @param matched the outcome that matched, or null when none did
 * @param reason one line: which outcome matched, or what was observed against what was permitted
 */
public record Judgement(Verdict verdict, Outcome matched, String reason) {

  /** A scenario that was not run. */
  public static Judgement skipped(String reason) {
    return new Judgement(Verdict.SKIP, null, reason);
  }
}
