package dev.h1proof.runner.result;

import dev.h1proof.rulebook.BackEndObservation;
import dev.h1proof.rulebook.Judgement;
import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Verdict;

/**
 * One scenario's verdict with its evidence.
 *
 * @param scenario the scenario
 * @param judgement the verdict, the outcome that matched and the reason
 * @param sent the exact bytes written (empty when the scenario was not run)
 * @param observation what the target did, or null when the scenario was not run
 * @param baselined whether the baseline file lists this rule as an accepted failure
 * @param forwarded for an {@code @intermediary} scenario, what the capture back end behind the
 *     proxy received; null otherwise
 */
public record ScenarioResult(
    RuleScenario scenario,
    Judgement judgement,
    byte[] sent,
    Observation observation,
    boolean baselined,
    BackEndObservation forwarded) {

  /** A result judged on the client side only. */
  public ScenarioResult(
      RuleScenario scenario,
      Judgement judgement,
      byte[] sent,
      Observation observation,
      boolean baselined) {
    this(scenario, judgement, sent, observation, baselined, null);
  }

  /** The verdict. */
  public Verdict verdict() {
    return judgement.verdict();
  }

  /** The same exchange, judged otherwise. */
  public ScenarioResult withJudgement(Judgement value) {
    return new ScenarioResult(scenario, value, sent, observation, baselined, forwarded);
  }

  /** The same result, marked as covered (or not) by the baseline. */
  public ScenarioResult withBaselined(boolean value) {
    return new ScenarioResult(scenario, judgement, sent, observation, value, forwarded);
  }
}
