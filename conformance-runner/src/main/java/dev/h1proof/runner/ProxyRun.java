package dev.h1proof.runner;

import dev.h1proof.proxy.CaptureBackEnd;
import dev.h1proof.rulebook.BackEndObservation;
import dev.h1proof.rulebook.IntermediaryJudge;
import dev.h1proof.rulebook.Judgement;
import dev.h1proof.rulebook.Observation;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.TargetInfo;
import dev.h1proof.rulebook.Verdict;
import dev.h1proof.rulebook.Wire;
import dev.h1proof.runner.result.ScenarioResult;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs {@code @intermediary} scenarios through a proxy, one at a time: the client side goes to the
 * proxy (the target), the proxy forwards to the {@link CaptureBackEnd}, and each scenario is judged
 * on both sides by {@link IntermediaryJudge}. One at a time, because a proxy may carry several
 * client connections on one back-end connection: the back end closes every connection between
 * scenarios, so each byte it records belongs to the scenario that is running.
 */
public final class ProxyRun {
  /** How long the back end must stay quiet before a scenario's forwarding is taken as complete. */
  static final Duration QUIET = Duration.ofMillis(150);

  /** The longest wait for the back end to go quiet (a proxy that keeps trickling bytes). */
  static final Duration MAX_QUIET_WAIT = Duration.ofSeconds(3);

  private final ProxyClient client;
  private final CaptureBackEnd backEnd;
  private final String describe;
  private final InetSocketAddress address;
  private final Duration timeout;

  /**
   * Scenarios will go to the proxy at {@code url}, which forwards to {@code backEnd}.
   *
   * @param url the proxy; its path is the scenarios' request target
   * @param timeout the longest silence awaited; four of them bound one exchange
   */
  public ProxyRun(TargetUrl url, Duration timeout, CaptureBackEnd backEnd) {
    this.client =
        new ProxyClient(
            new InetSocketAddress(url.host(), url.port()),
            new TargetInfo(url.authority(), url.host(), url.port(), url.path(), "/echo"),
            timeout,
            backEnd);
    this.backEnd = backEnd;
    this.describe = url.text();
    this.address = new InetSocketAddress(url.host(), url.port());
    this.timeout = timeout;
  }

  /** How often the preflight asks again while the proxy answers a gateway error of its own. */
  static final int PREFLIGHT_TRIES = 10;

  /** The pause between two preflight tries. */
  static final Duration PREFLIGHT_PAUSE = Duration.ofMillis(500);

  /**
   * Proves the set-up: one plain GET through the proxy must reach the back end. Returns null when
   * it did, otherwise why not, in one line.
   *
   * <p>The back end starts with the run, so a proxy started before it may have found nothing there
   * and answer 502, 503 or 504 for a while (a peer marked down, an address still being resolved:
   * Squid answers its first request so). While it answers so and nothing reaches the back end, the
   * GET is sent again, up to {@value #PREFLIGHT_TRIES} times, {@link #PREFLIGHT_PAUSE} apart.
   */
  public String preflight() throws InterruptedException {
    String request =
        "GET /h1proof-preflight HTTP/1.1\r\nHost: " + client.info().hostHeader() + "\r\n\r\n";
    Observation o = null;
    for (int tries = 1; tries <= PREFLIGHT_TRIES; tries++) {
      if (tries > 1) {
        Thread.sleep(PREFLIGHT_PAUSE.toMillis());
      }
      backEnd.begin();
      try {
        o = client.exchange(request.getBytes(StandardCharsets.ISO_8859_1));
      } catch (IOException | RuntimeException e) {
        return "cannot reach the proxy at " + describe + ": " + e.getMessage();
      }
      backEnd.awaitQuiet(QUIET, MAX_QUIET_WAIT);
      if (!backEnd.snapshot().requests().isEmpty()) {
        return null;
      }
      if (!gatewayError(o)) {
        break;
      }
    }
    return "a GET sent to the proxy at "
        + describe
        + " never reached the capture back end at 127.0.0.1:"
        + backEnd.port()
        + " (the client got: "
        + o.summary()
        + "); configure the proxy to forward to it";
  }

  /** The proxy answered with a gateway error of its own: 502, 503 or 504. */
  private static boolean gatewayError(Observation o) {
    return o.finalResponses().stream()
        .anyMatch(r -> r.status() == 502 || r.status() == 503 || r.status() == 504);
  }

  /**
   * Runs the scenarios in order; {@code onResult} sees each result as it is judged.
   *
   * <p>A proxy can stop during the run (crash, be killed, close its listener). It then ends the
   * connection in flight without an answer and refuses the next one, and that close is its
   * stopping, not its answer to the scenario. So when a scenario's connection cannot be opened and
   * the proxy {@linkplain SocketTarget#refuses refuses connections}, the run ends there: the FAIL
   * before it, if it rests on a close with no complete response, becomes INCONCLUSIVE (reported
   * again), the scenarios not yet run are SKIPped, and the returned results say the proxy stopped,
   * which makes it not usable. Every verdict reached is kept.
   */
  public Execution.Results run(List<RuleScenario> scenarios, Consumer<ScenarioResult> onResult)
      throws InterruptedException {
    List<ScenarioResult> results = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      ScenarioResult r = runOne(scenarios.get(i));
      if (r.observation() == null && SocketTarget.refuses(address, timeout)) {
        return stopped(scenarios, results, r, onResult);
      }
      results.add(r);
      onResult.accept(r);
    }
    return new Execution.Results(List.copyOf(results), null);
  }

  private Execution.Results stopped(
      List<RuleScenario> scenarios,
      List<ScenarioResult> results,
      ScenarioResult refused,
      Consumer<ScenarioResult> onResult) {
    int unjudged = 0;
    int last = results.size() - 1;
    if (last >= 0 && Execution.endedUnanswered(results.get(last))) {
      ScenarioResult r = results.get(last);
      r =
          r.withJudgement(
              new Judgement(
                  Verdict.INCONCLUSIVE,
                  null,
                  "not judged, because the proxy stopped during the run (the next scenario's"
                      + " connection was refused): a proxy that stops ends its connections so too;"
                      + " the FAIL would have been: "
                      + r.judgement().reason()));
      results.set(last, r);
      onResult.accept(r);
      unjudged++;
    }
    results.add(refused);
    onResult.accept(refused);
    int notRun = 0;
    for (int i = results.size(); i < scenarios.size(); i++) {
      ScenarioResult r =
          new ScenarioResult(
              scenarios.get(i),
              Judgement.skipped("not run: the proxy stopped accepting connections during the run"),
              new byte[0],
              null,
              false);
      results.add(r);
      onResult.accept(r);
      notRun++;
    }
    return new Execution.Results(
        List.copyOf(results),
        "the proxy stopped accepting connections during the run (refused twice): "
            + (notRun + 1)
            + " scenario(s) could not be sent and "
            + unjudged
            + " FAIL(s) were left unjudged; every verdict reached is in the reports");
  }

  private ScenarioResult runOne(RuleScenario scenario) throws InterruptedException {
    if (!scenario.intermediary()) {
      throw new IllegalArgumentException(scenario.key() + " is not an @intermediary scenario");
    }
    backEnd.begin();
    Wire wire = scenario.request().render(client.info());
    Observation observed;
    try {
      observed = client.exchange(wire.bytes());
    } catch (IOException e) {
      backEnd.awaitQuiet(QUIET, MAX_QUIET_WAIT);
      return new ScenarioResult(
          scenario,
          new Judgement(
              Verdict.INCONCLUSIVE, null, "connection to the proxy failed: " + e.getMessage()),
          wire.bytes(),
          null,
          false,
          backEnd.snapshot());
    }
    backEnd.awaitQuiet(QUIET, MAX_QUIET_WAIT);
    BackEndObservation forwarded = backEnd.snapshot();
    return new ScenarioResult(
        scenario,
        IntermediaryJudge.judge(scenario, observed, forwarded),
        wire.bytes(),
        observed,
        false,
        forwarded);
  }
}
