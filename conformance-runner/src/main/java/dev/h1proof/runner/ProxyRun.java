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
  }

  /**
   * Proves the set-up: one plain GET through the proxy must reach the back end. Returns null when
   * it did, otherwise why not, in one line.
   */
  public String preflight() throws InterruptedException {
    backEnd.begin();
    String request =
        "GET /h1proof-preflight HTTP/1.1\r\nHost: " + client.info().hostHeader() + "\r\n\r\n";
    Observation o;
    try {
      o = client.exchange(request.getBytes(StandardCharsets.ISO_8859_1));
    } catch (IOException | RuntimeException e) {
      return "cannot reach the proxy at " + describe + ": " + e.getMessage();
    }
    backEnd.awaitQuiet(QUIET, MAX_QUIET_WAIT);
    BackEndObservation seen = backEnd.snapshot();
    if (seen.requests().isEmpty()) {
      return "a GET sent to the proxy at "
          + describe
          + " never reached the capture back end at 127.0.0.1:"
          + backEnd.port()
          + " (the client got: "
          + o.summary()
          + "); configure the proxy to forward to it";
    }
    return null;
  }

  /** Runs the scenarios in order; {@code onResult} sees each result as it is judged. */
  public List<ScenarioResult> run(List<RuleScenario> scenarios, Consumer<ScenarioResult> onResult)
      throws InterruptedException {
    List<ScenarioResult> results = new ArrayList<>();
    for (RuleScenario s : scenarios) {
      ScenarioResult r = runOne(s);
      results.add(r);
      onResult.accept(r);
    }
    return List.copyOf(results);
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
