package dev.h1proof.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.h1proof.parser.Leniency;
import dev.h1proof.parser.ParserConfig;
import dev.h1proof.parser.Violation;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Rulebook;
import dev.h1proof.rulebook.Verdict;
import dev.h1proof.server.Misbehaviour;
import dev.h1proof.server.ServerOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that every scenario tells right from wrong (issue 5). The whole rulebook runs in-process
 * against the strict engine, then against one mutant per rule id (the engine tolerating exactly
 * that rule's parser {@link Violation} constants and server {@link Misbehaviour} constants, as
 * {@code h1proof serve --tolerate} does) and one per {@link Leniency}. A scenario is
 * <em>killed</em> when some mutant changes its verdict. What is not killed, and what a mutant
 * changes besides its own rule, must be listed with a reason in {@code self-validation.txt}, and
 * the list must be exact, so it cannot hide a new gap.
 */
class SelfValidationTest {
  private static final Path FEATURES = Path.of("..", "features");
  private static final ServerOptions STRICT = ServerOptions.strict();

  private static List<RuleScenario> scenarios;
  private static Map<String, Verdict> strict;
  private static final Map<String, Map<String, Verdict>> MUTANTS = new TreeMap<>();
  private static final Map<Leniency, Map<String, Verdict>> LENIENT = new LinkedHashMap<>();
  private static Reviewed reviewed;
  private static long millis;

  /** The reviewed exceptions, read from {@code self-validation.txt}. */
  record Reviewed(
      Map<String, String> crossCutting,
      Map<String, String> collateral,
      Map<String, String> undistinguished,
      Map<String, String> untolerable,
      Map<String, String> ownSurvivors) {

    static Reviewed load() throws IOException {
      Reviewed r =
          new Reviewed(
              new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
      Path file = Path.of("src", "test", "resources", "self-validation.txt");
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] part = line.split("\\s*\\|\\s*");
        switch (part[0].strip()) {
          case "cross-cutting" -> r.crossCutting.put(part[1], part[2]);
          case "collateral" -> r.collateral.put(part[1] + " -> " + part[2], part[3]);
          case "undistinguished" -> r.undistinguished.put(part[1] + " | " + part[2], part[3]);
          case "untolerable" -> r.untolerable.put(part[1], part[2]);
          case "own-survivor" -> r.ownSurvivors.put(part[1], part[2]);
          default -> throw new IllegalArgumentException("unknown entry: " + line);
        }
      }
      return r;
    }
  }

  @BeforeAll
  static void runTheRulebookAgainstEveryMutant() throws IOException {
    long t0 = System.nanoTime();
    reviewed = Reviewed.load();
    scenarios = Rulebook.load(FEATURES).scenarios();
    strict = verdicts(STRICT);
    Set<String> ruleIds = new TreeSet<>();
    scenarios.forEach(s -> ruleIds.add(s.ruleId()));
    for (String ruleId : ruleIds) {
      if (ServerOptions.isTolerable(ruleId)) {
        MUTANTS.put(ruleId, verdicts(tolerating(ruleId)));
      }
    }
    for (Leniency leniency : Leniency.values()) {
      LENIENT.put(
          leniency,
          verdicts(STRICT.withParserConfig(ParserConfig.strict().withLeniency(leniency))));
    }
    millis = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf(
        "self-validation: %d scenarios x (1 strict + %d mutants + %d leniencies) in %d ms%n",
        scenarios.size(), MUTANTS.size(), LENIENT.size(), millis);
  }

  /** The options {@code h1proof serve --tolerate RULE-ID} builds. */
  static ServerOptions tolerating(String ruleId) {
    return STRICT.tolerating(List.of(ruleId));
  }

  private static Map<String, Verdict> verdicts(ServerOptions options) {
    InProcessTarget target = new InProcessTarget(options);
    Map<String, Verdict> verdicts = new ConcurrentHashMap<>();
    scenarios.parallelStream()
        .forEach(
            s ->
                verdicts.put(
                    s.key(),
                    s.judge(target.exchange(s.request().render(target.info()))).verdict()));
    return verdicts;
  }

  private static String name(RuleScenario s) {
    return s.ruleId() + " | " + s.title();
  }

  @Test
  void theStrictEngineGivesOnlyPass() {
    List<String> notPassing = new ArrayList<>();
    for (RuleScenario s : scenarios) {
      if (strict.get(s.key()) != Verdict.PASS) {
        notPassing.add(s.key() + " " + strict.get(s.key()));
      }
    }
    assertThat(notPassing).as("the strict engine must PASS every scenario").isEmpty();
  }

  @Test
  void everyRuleIdWithNonControlScenariosCanBeTolerated() {
    Set<String> untolerable = new TreeSet<>();
    for (RuleScenario s : scenarios) {
      if (!s.control() && !ServerOptions.isTolerable(s.ruleId())) {
        untolerable.add(s.ruleId());
      }
    }
    untolerable.forEach(id -> System.out.println("self-validation: untolerable " + id));
    assertThat(untolerable)
        .as("rule ids without a Violation or Misbehaviour, listed as 'untolerable' with a reason")
        .containsExactlyInAnyOrderElementsOf(reviewed.untolerable().keySet());
  }

  @Test
  void eachToleratedRuleBreaksItsOwnScenariosAndOnlyReviewedOthers() {
    List<String> problems = new ArrayList<>();
    Set<String> collateralSeen = new TreeSet<>();
    Set<String> ownSurvivors = new TreeSet<>();
    Map<String, Integer> crossCuttingCounts = new TreeMap<>();
    for (Map.Entry<String, Map<String, Verdict>> mutant : MUTANTS.entrySet()) {
      String ruleId = mutant.getKey();
      int own = 0;
      int ownChanged = 0;
      for (RuleScenario s : scenarios) {
        Verdict v = mutant.getValue().get(s.key());
        boolean changed = v != strict.get(s.key());
        if (s.ruleId().equals(ruleId)) {
          if (!s.control()) {
            own++;
            if (changed) {
              ownChanged++;
            } else {
              System.out.println("self-validation: " + ruleId + " survives: " + s.title());
            }
          }
        } else if (changed) {
          String pair = ruleId + " -> " + s.ruleId();
          if (reviewed.crossCutting().containsKey(ruleId)) {
            crossCuttingCounts.merge(ruleId, 1, Integer::sum);
          } else {
            System.out.printf("self-validation: collateral %s: %s %s%n", pair, s.title(), v);
            collateralSeen.add(pair);
            if (!reviewed.collateral().containsKey(pair)) {
              problems.add("unreviewed collateral " + pair + ": " + s.key() + " " + v);
            }
          }
        }
      }
      if (own > 0 && ownChanged == 0) {
        ownSurvivors.add(ruleId);
        if (!reviewed.ownSurvivors().containsKey(ruleId)) {
          problems.add(ruleId + ": tolerating it changes none of its " + own + " scenarios");
        }
      }
    }
    crossCuttingCounts.forEach(
        (id, n) ->
            System.out.printf("self-validation: cross-cutting %s changes %d others%n", id, n));
    Set<String> stale = new TreeSet<>(reviewed.collateral().keySet());
    stale.removeAll(collateralSeen);
    stale.forEach(p -> problems.add("reviewed collateral no longer happens: " + p));
    Set<String> fixed = new TreeSet<>(reviewed.ownSurvivors().keySet());
    fixed.removeAll(ownSurvivors);
    fixed.forEach(id -> problems.add("listed as own-survivor but its mutant now works: " + id));
    assertThat(problems).isEmpty();
  }

  @Test
  void eachLeniencyWarnsAndNeverFails() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<Leniency, Map<String, Verdict>> lenient : LENIENT.entrySet()) {
      int warns = 0;
      for (RuleScenario s : scenarios) {
        Verdict v = lenient.getValue().get(s.key());
        if (v == Verdict.WARN) {
          warns++;
        } else if (v != Verdict.PASS) {
          problems.add(lenient.getKey() + " gives " + v + " on " + s.key());
        }
      }
      if (warns == 0) {
        problems.add(lenient.getKey() + " makes no scenario WARN");
      }
    }
    assertThat(problems).as("an RFC-permitted leniency may WARN, never FAIL").isEmpty();
  }

  @Test
  void everyNonControlScenarioIsToldApartFromSomeWrongServer() {
    Map<String, RuleScenario> byKey = new HashMap<>();
    scenarios.forEach(s -> byKey.put(s.key(), s));
    Set<String> killed = new TreeSet<>();
    List<Map<String, Verdict>> all = new ArrayList<>(MUTANTS.values());
    all.addAll(LENIENT.values());
    for (Map<String, Verdict> verdicts : all) {
      verdicts.forEach(
          (key, v) -> {
            if (v != strict.get(key)) {
              killed.add(key);
            }
          });
    }
    Set<String> undistinguished = new TreeSet<>();
    int nonControl = 0;
    int nonControlKilled = 0;
    for (RuleScenario s : scenarios) {
      if (s.control()) {
        continue;
      }
      nonControl++;
      if (killed.contains(s.key())) {
        nonControlKilled++;
      } else {
        undistinguished.add(name(s));
      }
    }
    System.out.printf(
        "self-validation: mutation score %d/%d = %.1f%% of non-control scenarios (%d ms)%n",
        nonControlKilled, nonControl, 100.0 * nonControlKilled / nonControl, millis);
    undistinguished.forEach(n -> System.out.println("self-validation: undistinguished " + n));
    assertThat(undistinguished)
        .as("non-control scenarios no mutant tells apart must be exactly the reviewed list")
        .containsExactlyInAnyOrderElementsOf(reviewed.undistinguished().keySet());
  }
}
