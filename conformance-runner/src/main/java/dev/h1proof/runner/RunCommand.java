package dev.h1proof.runner;

import dev.h1proof.rulebook.Judgement;
import dev.h1proof.rulebook.Level;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Rulebook;
import dev.h1proof.runner.baseline.Baseline;
import dev.h1proof.runner.baseline.BaselineException;
import dev.h1proof.runner.report.ConsoleReporter;
import dev.h1proof.runner.report.JsonLines;
import dev.h1proof.runner.report.ReportException;
import dev.h1proof.runner.report.Reports;
import dev.h1proof.runner.report.ResultStream;
import dev.h1proof.runner.result.RunReport;
import dev.h1proof.runner.result.ScenarioResult;
import dev.h1proof.server.ReferenceServer;
import dev.h1proof.server.ServerOptions;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code h1proof run [URL]}: the rulebook against a server, with reports and a CI gate. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description =
        "Sends every selected scenario to the server at URL as raw bytes and gives each a verdict:"
            + " PASS, WARN, FAIL, INCONCLUSIVE or SKIP. Without a URL it starts the built-in"
            + " reference server on a loopback port and runs against that.",
    header =
        "Runs the rulebook against a server (or the built-in one) and gates CI on the verdicts.")
public final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "URL",
      description =
          "http:// or https:// URL of the server; its path is the scenarios' request target.")
  String url;

  @Mixin Selection selection;

  @Mixin VerdictsOptions verdicts;

  @Mixin FleetOptions fleet;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "2s",
      description =
          "Longest silence awaited while a response is due, e.g. 2s or 500ms; a connection may"
              + " take twice this to open, and each exchange ends at the latest 4 times this plus"
              + " its pauses after that (default: ${DEFAULT-VALUE}).")
  String timeout;

  @Option(
      names = "--close-wait",
      paramLabel = "DURATION",
      defaultValue = "10s",
      description =
          "How long a server that announced a close, or answered with an error, is given to"
              + " close when the verdict depends on it; waited in the background (default:"
              + " ${DEFAULT-VALUE}).")
  String closeWait;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "8",
      description =
          "Connections at once exchanging requests, besides those waiting out a silence (default:"
              + " ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(
      names = "--wait-slots",
      paramLabel = "N",
      defaultValue = "" + Execution.DEFAULT_WAIT_SLOTS,
      description =
          "Connections at once that may wait out a read timeout, for the scenarios where silence is"
              + " a permitted outcome; they overlap so the run takes about one timeout (default:"
              + " ${DEFAULT-VALUE}).")
  int waitSlots;

  @Option(
      names = "--insecure",
      description = "Accept any TLS certificate (self-signed test servers).")
  boolean insecure;

  @Option(
      names = "--ca",
      paramLabel = "FILE",
      description = "Trust the PEM certificate(s) in FILE.")
  Path ca;

  @Option(
      names = "--host-header",
      paramLabel = "VALUE",
      description = "The Host value scenarios send (default: the URL's authority).")
  String hostHeader;

  @Option(
      names = "--echo-path",
      paramLabel = "PATH",
      description = "The target's echo endpoint, if it has one (h1proof serve: /echo).")
  String echoPath;

  @Option(
      names = "--fragment",
      defaultValue = "none",
      paramLabel = "MODE",
      description =
          "Split every request: none, byte (1-byte writes) or random, in at most 64 writes 5 ms"
              + " apart, the rest in the last (default: ${DEFAULT-VALUE}).")
  Execution.Fragmentation fragment;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "Seed for --fragment random.")
  long seed;

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      defaultValue = "h1proof-report",
      description = "Where reports are written (default: ${DEFAULT-VALUE}).")
  Path reportDir;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      defaultValue = "must",
      description =
          "Lowest level whose FAIL breaks the gate: must, should or may (default: ${DEFAULT-VALUE}).")
  Level failOn;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "Known failures (rule id and reason) that do not break the gate.")
  Path baseline;

  @Option(
      names = "--write-baseline",
      paramLabel = "FILE",
      description = "Write a baseline listing every rule that failed in this run.")
  Path writeBaseline;

  @Option(
      names = "--no-color",
      description = "No colour even on a terminal (as the NO_COLOR environment variable does).")
  boolean noColor;

  @Override
  public Integer call() throws Exception {
    // With --format jsonl on stdout, stdout carries only the stream; the console goes to stderr.
    PrintWriter out =
        fleet.jsonlToStdout() ? spec.commandLine().getErr() : spec.commandLine().getOut();
    Level threshold = failOn;
    Duration readTimeout = Durations.parse(timeout, "--timeout");
    Duration closeWaitTime = Durations.parse(closeWait, "--close-wait");
    if (concurrency < 1 || concurrency > 256) {
      throw new CliException(ExitCodes.USAGE, "--concurrency takes 1 to 256");
    }
    if (waitSlots < 1 || waitSlots > 256) {
      throw new CliException(ExitCodes.USAGE, "--wait-slots takes 1 to 256");
    }
    Execution.Fragmentation fragmentation = fragment;
    Rulebook rulebook = selection.rulebook();
    List<RuleScenario> scenarios = fleet.shard().slice(selection.select(rulebook));
    Baseline known = readBaseline();
    verdicts.load();
    OutputPaths.check(reportDir, writeBaseline);

    ReferenceServer builtIn = null;
    SocketTarget target = null;
    try {
      if (url == null) {
        builtIn =
            ReferenceServer.start(
                ServerOptions.strict(), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        String base = "http://127.0.0.1:" + builtIn.port() + "/";
        out.println("h1proof: started the reference server at " + base);
        target =
            new SocketTarget(
                TargetUrl.parse(base),
                hostHeader,
                echoPath != null ? echoPath : "/echo",
                readTimeout,
                closeWaitTime,
                null);
      } else {
        target = socketTarget(readTimeout, closeWaitTime);
      }
      String unreachable = null;
      try {
        preflight(target);
      } catch (CliException e) {
        // An unreachable target is an unusable one: exit 3, with the reports all the same.
        unreachable = e.getMessage();
      }
      return runAndReport(
          target, scenarios, fragmentation, threshold, known, out, rulebook, unreachable);
    } finally {
      if (target != null) {
        target.close();
      }
      if (builtIn != null) {
        builtIn.close();
      }
    }
  }

  private int runAndReport(
      Target target,
      List<RuleScenario> scenarios,
      Execution.Fragmentation fragmentation,
      Level threshold,
      Baseline known,
      PrintWriter out,
      Rulebook rulebook,
      String unreachable)
      throws InterruptedException {
    boolean terminal = Terminal.isTerminal();
    boolean colour = terminal && !noColor && Terminal.colourWanted(System.getenv("NO_COLOR"));
    ConsoleReporter console = new ConsoleReporter(out, terminal, colour);
    console.start(scenarios);
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    ResultStream stream;
    try {
      stream = ResultStream.open(reportDir.toAbsolutePath(), threshold);
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.USAGE, "cannot write reports to " + reportDir + ": " + Execution.describe(e));
    }
    Gathered gathered = new Gathered(scenarios);
    Finish finish =
        new Finish(
            target.describe(), started, t0, threshold, known, console, gathered, stream, rulebook);
    JsonLines lines = openJsonLines(threshold);
    Thread onSignal = new Thread(finish::interrupted, "h1proof-interrupted");
    Runtime.getRuntime().addShutdownHook(onSignal);
    Consumer<ScenarioResult> onResult =
        r -> {
          if (!gathered.record(r)) {
            return; // the run is being cut short: the reports are being written
          }
          stream.append(r);
          if (lines != null) {
            lines.append(r);
          }
          console.result(r);
        };
    try {
      Execution.Results outcome;
      try {
        outcome =
            unreachable != null
                ? Execution.unreachable(scenarios, unreachable, onResult)
                : new Execution(target, concurrency, waitSlots, fragmentation, seed)
                    .run(scenarios, onResult);
      } catch (RuntimeException e) {
        // Even a crash keeps what was gathered: the reports hold every verdict reached.
        finish.partial("the run stopped on an internal error: " + Execution.describe(e));
        throw e;
      }
      return finish.complete(outcome);
    } finally {
      stream.close();
      if (lines != null) {
        lines.close();
      }
      try {
        Runtime.getRuntime().removeShutdownHook(onSignal);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run; it decides the exit
      }
    }
  }

  /** The results as they arrive, by scenario position, so an interrupted run can be reported. */
  private static final class Gathered {
    private final List<RuleScenario> scenarios;
    private final Map<RuleScenario, Integer> positions = new IdentityHashMap<>();
    private final ScenarioResult[] results;
    private boolean stopped;

    Gathered(List<RuleScenario> scenarios) {
      this.scenarios = scenarios;
      this.results = new ScenarioResult[scenarios.size()];
      for (int i = 0; i < scenarios.size(); i++) {
        positions.putIfAbsent(scenarios.get(i), i);
      }
    }

    /** Keeps a result; false once the run has been stopped. */
    synchronized boolean record(ScenarioResult result) {
      if (stopped) {
        return false;
      }
      Integer at = positions.get(result.scenario());
      if (at != null) {
        results[at] = result;
      }
      return true;
    }

    /** Stops gathering; every scenario without a verdict becomes a SKIP that says why. */
    synchronized List<ScenarioResult> stop(String why) {
      stopped = true;
      List<ScenarioResult> all = new ArrayList<>(results.length);
      for (int i = 0; i < results.length; i++) {
        all.add(
            results[i] != null
                ? results[i]
                : new ScenarioResult(
                    scenarios.get(i),
                    Judgement.skipped("not run: " + why),
                    new byte[0],
                    null,
                    false));
      }
      return all;
    }
  }

  /**
   * Ends a run exactly once: normally, or from the shutdown hook on SIGINT or SIGTERM, whichever
   * comes first. Both write every report; the lock makes a signal during the normal ending wait for
   * the reports instead of cutting them off.
   */
  private final class Finish {
    private final String target;
    private final Instant started;
    private final long t0;
    private final Level threshold;
    private final Baseline known;
    private final ConsoleReporter console;
    private final Gathered gathered;
    private final ResultStream stream;
    private final Rulebook rulebook;
    private boolean ended;

    Finish(
        String target,
        Instant started,
        long t0,
        Level threshold,
        Baseline known,
        ConsoleReporter console,
        Gathered gathered,
        ResultStream stream,
        Rulebook rulebook) {
      this.target = target;
      this.started = started;
      this.t0 = t0;
      this.threshold = threshold;
      this.known = known;
      this.console = console;
      this.gathered = gathered;
      this.stream = stream;
      this.rulebook = rulebook;
    }

    private RunReport report(List<ScenarioResult> results, String notUsable) {
      return RunCommand.report(target, started, t0, threshold, results, notUsable, known);
    }

    /** The reports written, and why one could not be, or null. */
    private record Written(List<Path> paths, String problem) {}

    private Written write(RunReport report) {
      try {
        return new Written(Reports.writeAll(report, reportDir, fleet.fileFormats()), null);
      } catch (ReportException e) {
        return new Written(e.written(), e.getMessage());
      }
    }

    /** The shutdown hook: reports from the results so far, then exit 130 (as after Ctrl-C). */
    void interrupted() {
      synchronized (this) {
        if (ended) {
          return;
        }
        partial("interrupted by a signal");
      }
      Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
    }

    /** Writes the reports of a run cut short for {@code why}, marked incomplete. */
    synchronized void partial(String why) {
      if (ended) {
        return;
      }
      ended = true;
      RunReport report = report(gathered.stop(why), null).withIncomplete(why);
      stream.close();
      Written reports = write(report);
      String problem = reports.problem();
      console.summary(report, reports.paths());
      PrintWriter err = spec.commandLine().getErr();
      if (problem != null) {
        err.println("h1proof: " + problem);
      }
      err.flush();
    }

    /** The normal ending: reports, then the baseline, then the exit code. */
    synchronized int complete(Execution.Results outcome) {
      if (ended) {
        // A signal got here first and is writing the reports; it ends the process.
        return ExitCodes.INTERRUPTED;
      }
      ended = true;
      RunReport report = report(outcome.results(), outcome.notUsable());
      gathered.stop("the run was complete");
      PrintWriter err = spec.commandLine().getErr();
      int code = report.gatePassed() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
      Written reports = write(report);
      List<Path> written = reports.paths();
      String problem = reports.problem();
      if (problem == null && stream.failure() != null) {
        problem = stream.failure();
      }
      try {
        verdicts.draft(target, report, rulebook);
      } catch (CliException e) {
        problem = problem == null ? e.getMessage() : problem + "; " + e.getMessage();
      }
      if (writeBaseline != null) {
        try {
          Baseline.fromRun(report.results(), "recorded by h1proof on " + started)
              .write(writeBaseline);
        } catch (IOException e) {
          String line = "cannot write the baseline " + writeBaseline + ": " + e.getMessage();
          problem = problem == null ? line : problem + "; " + line;
        }
      }
      console.summary(report, written);
      if (problem != null) {
        err.println("h1proof: " + problem);
        return ExitCodes.REPORT_NOT_WRITTEN;
      }
      if (report.notUsable() != null) {
        // The baseline did not pass (nothing else ran), or the target stopped during the run (its
        // unanswered FAILs were left unjudged): the target is unusable, whatever the gate.
        err.println("h1proof: " + report.notUsable());
        return ExitCodes.TARGET_OR_BASELINE;
      }
      return verdicts.exitCode(
          code,
          report,
          rulebook,
          fleet.jsonlToStdout() ? spec.commandLine().getErr() : spec.commandLine().getOut());
    }
  }

  /** The JSON Lines stream of {@code --format jsonl}, or null without it. */
  private JsonLines openJsonLines(Level threshold) {
    if (!fleet.jsonl()) {
      return null;
    }
    if (fleet.jsonlOutput == null) {
      return JsonLines.to(spec.commandLine().getOut(), threshold);
    }
    try {
      return JsonLines.create(fleet.jsonlOutput, threshold);
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.USAGE,
          "cannot write --jsonl-output " + fleet.jsonlOutput + ": " + Execution.describe(e));
    }
  }

  private Baseline readBaseline() {
    return readBaseline(baseline);
  }

  /**
   * The report of a run against {@code target} that began at {@code started} ({@code t0} on the
   * nanosecond clock), with the baseline {@code known} applied when there is one.
   */
  static RunReport report(
      String target,
      Instant started,
      long t0,
      Level failOn,
      List<ScenarioResult> results,
      String notUsable,
      Baseline known) {
    RunReport report =
        new RunReport(
            "h1proof " + Main.version(),
            target,
            started,
            (System.nanoTime() - t0) / 1_000_000,
            failOn,
            results,
            List.of(),
            notUsable);
    return known != null ? known.apply(report) : report;
  }

  /** The known failures in {@code file}, or null without one; an unreadable file is exit 3. */
  static Baseline readBaseline(Path file) {
    if (file == null) {
      return null;
    }
    try {
      return Baseline.read(file);
    } catch (BaselineException e) {
      throw new CliException(ExitCodes.TARGET_OR_BASELINE, e.getMessage());
    }
  }

  private SocketTarget socketTarget(Duration readTimeout, Duration closeWaitTime) {
    SocketTarget target =
        socketTarget(
            url,
            new TlsTrust(insecure, ca, "--insecure and --ca"),
            hostHeader,
            echoPath,
            readTimeout,
            closeWaitTime);
    if (insecure) {
      spec.commandLine()
          .getErr()
          .println(
              "h1proof: --insecure: the server's certificate is neither verified nor matched to "
                  + TargetUrl.parse(url).host());
    }
    return target;
  }

  /**
   * What an https target is trusted with.
   *
   * @param insecure accept any certificate
   * @param ca a file of PEM certificates to trust, or null
   * @param named how the two options are named in a message ("--insecure and --ca")
   */
  record TlsTrust(boolean insecure, Path ca, String named) {}

  /**
   * The target at {@code url}, as run and {@link ConformanceRun} make it; a URL that is not one, or
   * TLS options for an http:// URL, is a usage error.
   */
  static SocketTarget socketTarget(
      String url,
      TlsTrust trust,
      String hostHeader,
      String echoPath,
      Duration readTimeout,
      Duration closeWait) {
    TargetUrl target;
    try {
      target = TargetUrl.parse(url);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.USAGE, e.getMessage());
    }
    if (!target.tls() && (trust.insecure() || trust.ca() != null)) {
      throw new CliException(ExitCodes.USAGE, trust.named() + " apply to https:// URLs only");
    }
    SSLContext tls = target.tls() ? TlsContexts.create(trust.insecure(), trust.ca()) : null;
    return new SocketTarget(target, hostHeader, echoPath, readTimeout, closeWait, tls);
  }

  static void preflight(SocketTarget target) {
    try {
      target.probe();
    } catch (UnknownHostException e) {
      throw new CliException(ExitCodes.TARGET_OR_BASELINE, "unknown host: " + e.getMessage());
    } catch (ConnectException | NoRouteToHostException e) {
      throw new CliException(
          ExitCodes.TARGET_OR_BASELINE,
          "cannot connect to "
              + target.describe()
              + " ("
              + (e.getMessage() == null
                  ? "no answer"
                  : e.getMessage().toLowerCase(java.util.Locale.ROOT))
              + "): start the server or check the URL's port");
    } catch (SocketTimeoutException e) {
      throw new CliException(
          ExitCodes.TARGET_OR_BASELINE, "connecting to " + target.describe() + " timed out");
    } catch (SSLException e) {
      throw new CliException(
          ExitCodes.TARGET_OR_BASELINE,
          "TLS handshake with "
              + target.describe()
              + " failed: "
              + TlsContexts.explain(e)
              + " (--insecure skips the certificate checks, --ca FILE trusts a CA)");
    } catch (EOFException | SocketException e) {
      // A TLS target that hangs up before the handshake ends, or a reset of a cleartext one.
      throw new CliException(
          ExitCodes.TARGET_OR_BASELINE,
          (target.tls() ? "TLS handshake with " : "connecting to ")
              + target.describe()
              + " failed: the server closed the connection ("
              + Execution.describe(e)
              + ")");
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.TARGET_OR_BASELINE,
          "cannot reach " + target.describe() + ": " + Execution.describe(e));
    }
  }
}
