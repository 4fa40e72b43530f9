package dev.h1proof.runner;

import dev.h1proof.rulebook.Judgement;
import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.Outcome;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Verdict;
import dev.h1proof.rulebook.Wire;
import dev.h1proof.runner.result.ScenarioResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs scenarios against a target, in parallel up to a cap, and returns their results in rulebook
 * order. The {@code @baseline} scenarios run first; if one FAILs or is INCONCLUSIVE, the rest are
 * skipped and the target is declared not usable.
 *
 * <p>A scenario for which silence is a permitted outcome, or whose request awaits an interim
 * response that a correct target need not send, may hold its connection for a whole read timeout
 * while doing nothing. Those run on a pool of their own, {@code waitSlots} wide, started first, so
 * their waits overlap each other and the busy exchanges instead of queueing behind them: the run
 * then takes about one read timeout plus the time to send everything else.
 *
 * <p>A FAIL may rest on the runner's own wait: the server left the connection open and had sent the
 * first responses a permitted outcome names, but not yet the next one (the canary's answer, say),
 * when the read timeout ran out. A server busy with the run's other exchanges can be that slow. So
 * such a scenario gets a second look once everything else is done: run again, {@value
 * #SECOND_LOOK_SLOTS} at a time, on a target that waits twice as long ({@link
 * Target#secondLook()}). Its verdict is the second attempt's, and its reason names both attempts. A
 * scenario whose connection could not be opened at all (nothing was sent) gets one too: a server
 * whose accept queue overflowed under the run's load is not unreachable once the rush is over. So
 * does a FAIL with no complete response before the connection ended, which a server that restarted
 * during the run also gives. At most {@value #MOST_SECOND_LOOKS} scenarios of a run get one, FAILs
 * first, so a hostile server cannot stretch the run without bound.
 *
 * <p>Before that, a run some of whose results may rest on the target having stopped (crashed, been
 * killed, closed its listener) asks whether it refuses connections now ({@link
 * Target#refusesConnections()}). If it does, a close with no complete response was its stopping,
 * not its answer: no FAIL is drawn from one, none awaits a second look, and the run says the target
 * stopped ({@link #stoppedDuringRun}).
 */
public final class Execution {
  /** How scenarios are split into fragments: not at all, byte by byte, or at random sizes. */
  public enum Fragmentation {
    NONE,
    BYTE,
    RANDOM
  }

  /** The default number of connections that may wait out a silence at once. */
  public static final int DEFAULT_WAIT_SLOTS = 64;

  /** How many second looks run at once. */
  static final int SECOND_LOOK_SLOTS = 4;

  /** The most scenarios of one run that get a second look. */
  static final int MOST_SECOND_LOOKS = 32;

  /** How the reason of a scenario whose connection could not be opened begins. */
  static final String CONNECTION_FAILED = "connection failed: ";

  private final Target target;
  private final int concurrency;
  private final int waitSlots;
  private final Fragmentation fragmentation;
  private final long seed;

  /**
   * An execution plan.
   *
   * @param target where the scenarios run
   * @param concurrency how many connections at once, besides those waiting out a silence
   * @param waitSlots how many connections may wait out a silence at once
   * @param fragmentation how writes are split
   * @param seed the seed for random fragmentation
   */
  public Execution(
      Target target, int concurrency, int waitSlots, Fragmentation fragmentation, long seed) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
    if (waitSlots < 1) {
      throw new IllegalArgumentException("waitSlots must be at least 1");
    }
    this.target = target;
    this.concurrency = concurrency;
    this.waitSlots = waitSlots;
    this.fragmentation = fragmentation;
    this.seed = seed;
  }

  /**
   * The outcome of a run.
   *
   * @param results one per scenario, in the order given
   * @param notUsable why the target is not usable, or null
   */
  public record Results(List<ScenarioResult> results, String notUsable) {}

  /**
   * Runs the scenarios; {@code onResult} sees each result as it completes, from several threads at
   * once.
   */
  public Results run(List<RuleScenario> scenarios, Consumer<ScenarioResult> onResult)
      throws InterruptedException {
    List<ScenarioResult> results = new ArrayList<>(scenarios.size());
    for (int i = 0; i < scenarios.size(); i++) {
      results.add(null);
    }
    String notUsable = null;
    for (int i = 0; i < scenarios.size(); i++) {
      RuleScenario s = scenarios.get(i);
      if (s.baseline() && notUsable == null) {
        ScenarioResult r = await(runOne(s));
        results.set(i, r);
        onResult.accept(r);
        boolean usable = r.verdict() == Verdict.PASS || r.verdict() == Verdict.WARN;
        if (!usable) {
          notUsable =
              "the baseline scenario '"
                  + s.title()
                  + "' did not pass ("
                  + r.judgement().reason()
                  + "): the target is not usable, so the other scenarios were skipped";
        }
      }
    }
    if (notUsable != null) {
      for (int i = 0; i < scenarios.size(); i++) {
        if (results.get(i) == null) {
          ScenarioResult r =
              new ScenarioResult(
                  scenarios.get(i),
                  Judgement.skipped("target not usable: the baseline scenario failed"),
                  new byte[0],
                  null,
                  false);
          results.set(i, r);
          onResult.accept(r);
        }
      }
      return new Results(List.copyOf(results), notUsable);
    }
    ExecutorService pool = probes(concurrency, "h1proof-probe");
    ExecutorService waiting = probes(waitSlots, "h1proof-silence-wait");
    try {
      // A pool thread runs an exchange until its responses are in; a long wait for the close may
      // then go on in the background, so the result completes later without holding the slot.
      List<CompletableFuture<ScenarioResult>> futures = new ArrayList<>();
      List<Integer> slots = new ArrayList<>();
      for (int i : longestFirst(scenarios)) {
        if (results.get(i) == null) {
          RuleScenario s = scenarios.get(i);
          futures.add(
              CompletableFuture.supplyAsync(() -> runOne(s), mayWait(s) ? waiting : pool)
                  .thenCompose(f -> f)
                  .thenApply(
                      r -> {
                        if (!deservesSecondLook(r)) {
                          onResult.accept(r);
                        }
                        return r;
                      }));
          slots.add(i);
        }
      }
      for (int k = 0; k < futures.size(); k++) {
        results.set(slots.get(k), await(futures.get(k)));
      }
    } finally {
      pool.shutdownNow();
      waiting.shutdownNow();
    }
    String stopped = stoppedDuringRun(results, onResult);
    if (stopped == null) {
      secondLooks(results, onResult);
    }
    return new Results(List.copyOf(RequiredRules.apply(results)), stopped);
  }

  /**
   * True for a FAIL on a connection that the target closed or reset before one complete response: a
   * server that stopped (crashed, was killed, closed its listener) ends its connections so too.
   */
  static boolean unanswered(ScenarioResult r) {
    return r.forwarded() == null && endedUnanswered(r);
  }

  /**
   * A FAIL on a connection the target closed or reset before any complete response, as a target
   * that stops ends the connections it holds; for a proxy too.
   */
  static boolean endedUnanswered(ScenarioResult r) {
    Observation o = r.observation();
    return r.verdict() == Verdict.FAIL
        && o != null
        && o.connection().closed()
        && (o.reception() == Observation.Reception.NOTHING
            || o.reception() == Observation.Reception.INCOMPLETE);
  }

  /**
   * Asks, when some results may rest on the target having stopped, whether it refuses connections
   * now; if it does, the target stopped during the run. Then no FAIL is drawn from a connection it
   * ended without a complete response, nor from a wait that a second look would have had to
   * confirm: those results become INCONCLUSIVE, the scenarios whose connection could not be opened
   * get no second look, and the returned line says so (the run then ends as for a target that is
   * not usable); the changed results are reported here. Returns null when the target is still
   * there, and {@link #secondLooks} then decides and reports them.
   */
  private String stoppedDuringRun(List<ScenarioResult> results, Consumer<ScenarioResult> onResult)
      throws InterruptedException {
    boolean suspect = results.stream().anyMatch(r -> notConnected(r) || unanswered(r));
    boolean stopped = suspect && target.refusesConnections();
    int unsent = 0;
    int unjudged = 0;
    for (int i = 0; i < results.size(); i++) {
      ScenarioResult r = results.get(i);
      if (stopped && deservesSecondLook(r)) {
        Judgement j = r.judgement();
        if (notConnected(r)) {
          unsent++;
          r = r.withJudgement(new Judgement(j.verdict(), j.matched(), j.reason() + STOPPED_NOTE));
        } else {
          unjudged++;
          r =
              r.withJudgement(
                  new Judgement(
                      Verdict.INCONCLUSIVE,
                      null,
                      "not judged, because the target stopped during the run: a server that"
                          + " stops ends its connections so too; the FAIL would have been: "
                          + j.reason()
                          + STOPPED_NOTE));
        }
        results.set(i, r);
        onResult.accept(r);
      }
    }
    if (!stopped) {
      return null;
    }
    return "the target stopped accepting connections during the run (refused at its end): "
        + unsent
        + " scenario(s) could not be sent and "
        + unjudged
        + " FAIL(s) were left unjudged; every verdict reached is in the reports";
  }

  /** Ends the reason of a result that {@link #stoppedDuringRun} changed. */
  private static final String STOPPED_NOTE =
      " (the target refused connections at the end of the run: no second look)";

  /**
   * A FAIL that may rest on the runner's own wait or on the target's having stopped for a moment
   * (no complete response before the connection ended), or a scenario whose connection could not be
   * opened (see the class comment). Such a result is reported once the run's exchanges are over.
   */
  static boolean deservesSecondLook(ScenarioResult r) {
    return notConnected(r) || unanswered(r) || stoppedByTheWait(r);
  }

  /** A FAIL drawn while the connection was still open and a permitted response still due. */
  private static boolean stoppedByTheWait(ScenarioResult r) {
    return r.verdict() == Verdict.FAIL
        && r.forwarded() == null
        && r.scenario().stoppedByTheWait(r.observation());
  }

  /** True for the result of an exchange whose connection could not be opened: nothing was sent. */
  static boolean notConnected(ScenarioResult r) {
    return r.verdict() == Verdict.INCONCLUSIVE
        && r.observation() == null
        && r.forwarded() == null
        && r.judgement().reason().startsWith(CONNECTION_FAILED);
  }

  /**
   * Runs again, on a target that waits longer and with no other exchange of the run going on, each
   * scenario whose result {@linkplain #deservesSecondLook deserves it}, and replaces its result (up
   * to {@value #MOST_SECOND_LOOKS} of them, FAILs first: a FAIL is an accusation, an unopened
   * connection only an INCONCLUSIVE; past that the first result stands and says why).
   */
  private void secondLooks(List<ScenarioResult> results, Consumer<ScenarioResult> onResult)
      throws InterruptedException {
    List<Integer> due = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      if (deservesSecondLook(results.get(i))) {
        due.add(i);
      }
    }
    if (due.isEmpty()) {
      return;
    }
    // Stable: each kind keeps the run's order.
    due.sort(Comparator.comparing(i -> results.get(i).verdict() != Verdict.FAIL));
    Target unhurried = target.secondLook();
    ExecutorService pool = probes(SECOND_LOOK_SLOTS, "h1proof-second-look");
    try {
      List<CompletableFuture<ScenarioResult>> looks = new ArrayList<>();
      for (int k = 0; k < due.size(); k++) {
        ScenarioResult first = results.get(due.get(k));
        if (k >= MOST_SECOND_LOOKS) {
          looks.add(CompletableFuture.completedFuture(notLookedAgain(first)));
        } else {
          looks.add(
              CompletableFuture.supplyAsync(() -> runOne(first.scenario(), unhurried), pool)
                  .thenCompose(f -> f)
                  .thenApply(second -> secondLook(first, second)));
        }
      }
      for (int k = 0; k < due.size(); k++) {
        ScenarioResult r = await(looks.get(k));
        results.set(due.get(k), r);
        onResult.accept(r);
      }
    } finally {
      pool.shutdownNow();
      if (unhurried != target && unhurried instanceof AutoCloseable closeable) {
        try {
          closeable.close();
        } catch (Exception ignored) {
          // only background waits end here; every result is already in
        }
      }
    }
  }

  /** The result of a second look, its reason naming the first attempt too. */
  static ScenarioResult secondLook(ScenarioResult first, ScenarioResult second) {
    Judgement j = second.judgement();
    boolean unconnected = notConnected(first);
    String firstAttempt =
        "the first attempt, among the run's other exchanges, "
            + whyLookAgain(first)
            + ": "
            + first.judgement().reason();
    // "Confirmed" only when the second attempt fails the same way: with no complete response
    // again, or again waiting with the connection open. A FAIL of another kind is the second
    // attempt's own finding, and its reason says what it is.
    boolean confirmed =
        j.verdict() == Verdict.FAIL
            && !unconnected
            && (unanswered(first) ? unanswered(second) : stoppedByTheWait(second));
    String attempt =
        confirmed
            ? "confirmed by a second attempt with nothing else running and twice the wait: "
            : "second attempt, with nothing else running and twice the wait: ";
    return second.withJudgement(
        new Judgement(j.verdict(), j.matched(), attempt + j.reason() + " (" + firstAttempt + ")"));
  }

  private static ScenarioResult notLookedAgain(ScenarioResult first) {
    Judgement j = first.judgement();
    return first.withJudgement(
        new Judgement(
            j.verdict(),
            j.matched(),
            j.reason()
                + (notConnected(first) ? " (" : " (" + whyLookAgain(first) + "; ")
                + "no second look: more than "
                + MOST_SECOND_LOOKS
                + " scenarios of this run needed one)"));
  }

  /** Why a result deserves a second look, as the first attempt's story. */
  private static String whyLookAgain(ScenarioResult first) {
    if (notConnected(first)) {
      return "could not open its connection";
    }
    if (unanswered(first)) {
      return "got no complete response before the connection ended";
    }
    return "stopped waiting with the connection open";
  }

  /**
   * The results of a run against a target that cannot be reached: every scenario skipped for {@code
   * reason}, which is also why the target is not usable.
   */
  public static Results unreachable(
      List<RuleScenario> scenarios, String reason, Consumer<ScenarioResult> onResult) {
    List<ScenarioResult> results = new ArrayList<>(scenarios.size());
    for (RuleScenario s : scenarios) {
      ScenarioResult r =
          new ScenarioResult(
              s, Judgement.skipped("target not usable: " + reason), new byte[0], null, false);
      results.add(r);
      onResult.accept(r);
    }
    return new Results(List.copyOf(results), reason);
  }

  private static ExecutorService probes(int threads, String name) {
    return Executors.newFixedThreadPool(
        threads,
        runnable -> {
          Thread t = new Thread(runnable, name);
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * True when a correct target may leave the scenario's connection silent for a read timeout:
   * silence is among its outcomes, or its request awaits the target's first bytes before it goes on
   * ({@code Expect: 100-continue}, a canary written after the response), which a target that sends
   * no interim response lets run out.
   */
  private boolean mayWait(RuleScenario scenario) {
    return mayWaitForSilence(scenario)
        || scenario.request().render(target.info()).breaks().stream()
            .anyMatch(b -> b.kind() == Wire.BreakKind.AWAIT);
  }

  /** True when silence is among the scenario's outcomes, so it may wait out a read timeout. */
  static boolean mayWaitForSilence(RuleScenario scenario) {
    return scenario.expected().stream().anyMatch(Outcome::expectsSilence)
        || scenario.allowed().stream().anyMatch(Outcome::expectsSilence);
  }

  private static ScenarioResult await(CompletableFuture<ScenarioResult> result)
      throws InterruptedException {
    try {
      return result.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("scenario crashed: " + e.getCause(), e.getCause());
    }
  }

  /**
   * Indexes in submission order: those that may have to wait out the read timeout (silence is one
   * of their outcomes, or they await the target's first bytes; they have a pool of their own), then
   * scenarios that may wait for a close after a response (that wait runs in the background, from
   * early on; first among them those whose request announces more body than it sends, since a
   * server that reads on to discard the body closes only when its timer for that runs out), then
   * the rest, so the waits overlap with everything else instead of ending the run late.
   */
  private List<Integer> longestFirst(List<RuleScenario> scenarios) {
    List<Integer> silent = new ArrayList<>();
    List<Integer> unsentBody = new ArrayList<>();
    List<Integer> closing = new ArrayList<>();
    List<Integer> rest = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      RuleScenario s = scenarios.get(i);
      List<Outcome> outcomes = new ArrayList<>(s.expected());
      outcomes.addAll(s.allowed());
      if (mayWait(s)) {
        silent.add(i);
      } else if (outcomes.stream()
          .anyMatch(o -> !o.items().isEmpty() && o.connection() == Outcome.Connection.CLOSED)) {
        (announcesUnsentBody(s.request().render(target.info()).bytes()) ? unsentBody : closing)
            .add(i);
      } else {
        rest.add(i);
      }
    }
    silent.addAll(unsentBody);
    silent.addAll(closing);
    silent.addAll(rest);
    return silent;
  }

  /**
   * True when the first head of {@code sent} has a Content-Length field whose value (digits only)
   * is more than the octets that follow the head: a server that reads the announced body waits for
   * the rest.
   */
  static boolean announcesUnsentBody(byte[] sent) {
    int end = -1;
    for (int i = 0; i + 1 < sent.length; i++) {
      if (sent[i] == '\n'
          && (sent[i + 1] == '\n'
              || (sent[i + 1] == '\r' && i + 2 < sent.length && sent[i + 2] == '\n'))) {
        end = sent[i + 1] == '\n' ? i + 2 : i + 3;
        break;
      }
    }
    if (end < 0) {
      return false;
    }
    String head = new String(sent, 0, end, java.nio.charset.StandardCharsets.ISO_8859_1);
    long after = sent.length - end;
    for (String line : head.split("\n")) {
      String l = line.strip();
      int colon = l.indexOf(':');
      if (colon > 0 && l.substring(0, colon).strip().equalsIgnoreCase("content-length")) {
        String value = l.substring(colon + 1).strip();
        if (!value.isEmpty()
            && value.length() <= 18
            && value.chars().allMatch(Character::isDigit)
            && Long.parseLong(value) > after) {
          return true;
        }
      }
    }
    return false;
  }

  private CompletableFuture<ScenarioResult> runOne(RuleScenario scenario) {
    return runOne(scenario, target);
  }

  private CompletableFuture<ScenarioResult> runOne(RuleScenario scenario, Target target) {
    if (target.tls() && scenario.cleartextOnly()) {
      return CompletableFuture.completedFuture(
          new ScenarioResult(
              scenario,
              Judgement.skipped("only meaningful over cleartext TCP; the target is https"),
              new byte[0],
              null,
              false));
    }
    Wire rendered = scenario.request().render(target.info());
    Wire wire =
        switch (fragmentation) {
          case NONE -> rendered;
          case BYTE -> rendered.fragmented(1, null, Wire.FRAGMENT_WRITES);
          case RANDOM ->
              rendered.fragmented(
                  16, new Random(seed ^ scenario.key().hashCode()), Wire.FRAGMENT_WRITES);
        };
    CompletableFuture<Observation> observation;
    try {
      observation = target.exchange(wire, stakes(scenario));
    } catch (IOException e) {
      return CompletableFuture.completedFuture(
          new ScenarioResult(
              scenario,
              new Judgement(Verdict.INCONCLUSIVE, null, CONNECTION_FAILED + describe(e)),
              wire.bytes(),
              null,
              false));
    }
    return observation.thenApply(
        o -> new ScenarioResult(scenario, judge(scenario, o), wire.bytes(), o, false));
  }

  /**
   * The judgement of an observation. A close at the target's idle timeout says nothing about the
   * request, so the evidence reads both ways, closed and open: the scenario gets the reading that
   * accuses the target less, and its reason says so. A FAIL therefore never rests on such a close.
   */
  static Judgement judge(RuleScenario scenario, Observation o) {
    Judgement asSeen = scenario.judge(o);
    if (o.idleClose() == null) {
      return asSeen;
    }
    Judgement asOpen = scenario.judge(o.withConnection(Observation.ConnectionState.OPEN));
    if (severity(asOpen.verdict()) >= severity(asSeen.verdict())) {
      return asSeen;
    }
    return new Judgement(
        asOpen.verdict(),
        asOpen.matched(),
        o.idleClose().describe()
            + ", which any idle connection would get, so the connection counts as open: "
            + asOpen.reason());
  }

  /** How strongly a verdict accuses the target: PASS least, FAIL most. */
  private static int severity(Verdict v) {
    return switch (v) {
      case PASS -> 0;
      case WARN -> 1;
      case SKIP, INCONCLUSIVE -> 2;
      case FAIL -> 3;
    };
  }

  /** What the scenario's verdict makes of a close, judged as {@link #judge} judges. */
  static CloseStakes stakes(RuleScenario scenario) {
    return new CloseStakes() {
      @Override
      public boolean closeDecides(Observation open) {
        Observation closed = open.withConnection(Observation.ConnectionState.CLOSED);
        return scenario.judge(open).verdict() != scenario.judge(closed).verdict();
      }

      @Override
      public boolean openAccusesLess(Observation closed) {
        Observation open = closed.withConnection(Observation.ConnectionState.OPEN);
        return severity(scenario.judge(open).verdict())
            < severity(scenario.judge(closed).verdict());
      }
    };
  }

  static String describe(Exception e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
