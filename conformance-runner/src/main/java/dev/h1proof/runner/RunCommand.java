package dev.h1proof.runner;

import dev.h1proof.parser.Level;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Rulebook;
import dev.h1proof.runner.baseline.Baseline;
import dev.h1proof.runner.baseline.BaselineException;
import dev.h1proof.runner.report.ConsoleReporter;
import dev.h1proof.runner.report.ReportException;
import dev.h1proof.runner.report.Reports;
import dev.h1proof.server.ReferenceServer;
import dev.h1proof.server.ServerOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
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
    description = {
      "Sends every selected scenario to the server at URL as raw bytes and gives each a verdict:",
      "PASS, WARN, FAIL, INCONCLUSIVE or SKIP. Without a URL it starts the built-in reference",
      "server on a loopback port and runs against that."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no FAIL at or above --fail-on (baselined failures excepted)",
      "1:the gate failed",
      "2:usage error (bad option, unknown rule or tag, malformed URL, unusable report folder)",
      "3:target unreachable or not usable (its baseline scenario did not pass), TLS failure, or"
          + " invalid baseline",
      "4:the run completed but a report could not be written"
    })
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

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "2s",
      description =
          "Longest silence awaited while a response is due, e.g. 2s or 500ms; each exchange ends"
              + " at the latest after 4 times this plus its pauses (default: ${DEFAULT-VALUE}).")
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
      defaultValue = "8",
      description = "Connections at once (default: ${DEFAULT-VALUE}).")
  int concurrency;

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
  String fragment;

  @Option(names = "--seed", defaultValue = "1", description = "Seed for --fragment random.")
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
  String failOn;

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

  @Option(names = "--no-color", description = "Plain console output even on a terminal.")
  boolean noColor;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Level threshold = Selection.parseLevel(failOn, "--fail-on");
    Duration readTimeout = Durations.parse(timeout, "--timeout");
    Duration closeWaitTime = Durations.parse(closeWait, "--close-wait");
    if (concurrency < 1 || concurrency > 256) {
      throw new CliException(ExitCodes.USAGE, "--concurrency takes 1 to 256");
    }
    Execution.Fragmentation fragmentation = fragmentation();
    Rulebook rulebook = selection.rulebook();
    List<RuleScenario> scenarios = selection.select(rulebook);
    Baseline known = readBaseline();
    checkReportDir();

    ReferenceServer builtIn = null;
    try {
      Target target;
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
      if (target instanceof SocketTarget socket) {
        try {
          preflight(socket);
        } catch (CliException e) {
          // An unreachable target is an unusable one: exit 3, with the reports all the same.
          unreachable = e.getMessage();
        }
      }
      return runAndReport(target, scenarios, fragmentation, threshold, known, out, unreachable);
    } finally {
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
      String unreachable)
      throws InterruptedException {
    boolean ansi = !noColor && System.console() != null && System.getenv("NO_COLOR") == null;
    ConsoleReporter console = new ConsoleReporter(out, ansi);
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    int[] done = {0};
    java.util.function.Consumer<ScenarioResult> onResult =
        r -> {
          synchronized (console) {
            console.result(r);
            console.progress(++done[0], scenarios.size());
          }
        };
    Execution.Results outcome =
        unreachable != null
            ? Execution.unreachable(scenarios, unreachable, onResult)
            : new Execution(target, concurrency, fragmentation, seed).run(scenarios, onResult);
    RunReport report =
        new RunReport(
            "h1proof " + Main.version(),
            target.describe(),
            started,
            (System.nanoTime() - t0) / 1_000_000,
            threshold,
            outcome.results(),
            List.of(),
            outcome.notUsable());
    if (known != null) {
      report = known.apply(report);
    }
    if (writeBaseline != null) {
      try {
        Baseline.fromRun(report.results(), "recorded by h1proof on " + started)
            .write(writeBaseline);
      } catch (IOException e) {
        throw new CliException(
            ExitCodes.REPORT_NOT_WRITTEN,
            "cannot write the baseline " + writeBaseline + ": " + e.getMessage());
      }
    }
    List<Path> written;
    int code = report.gatePassed() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    try {
      written = Reports.writeAll(report, reportDir, Reports.ALL);
    } catch (ReportException e) {
      written = e.written();
      console.summary(report, written);
      spec.commandLine().getErr().println("h1proof: " + e.getMessage());
      return ExitCodes.REPORT_NOT_WRITTEN;
    }
    console.summary(report, written);
    if (report.notUsable() != null) {
      // Whatever the baseline got, nothing else ran: the target is unusable, whatever the gate.
      spec.commandLine().getErr().println("h1proof: " + report.notUsable());
      return ExitCodes.TARGET_OR_BASELINE;
    }
    return code;
  }

  private Execution.Fragmentation fragmentation() {
    return switch (fragment) {
      case "none" -> Execution.Fragmentation.NONE;
      case "byte" -> Execution.Fragmentation.BYTE;
      case "random" -> Execution.Fragmentation.RANDOM;
      default ->
          throw new CliException(
              ExitCodes.USAGE, "--fragment takes none, byte or random, not '" + fragment + "'");
    };
  }

  private Baseline readBaseline() {
    if (baseline == null) {
      return null;
    }
    try {
      return Baseline.read(baseline);
    } catch (BaselineException e) {
      throw new CliException(ExitCodes.TARGET_OR_BASELINE, e.getMessage());
    }
  }

  /** Fails before the run, not after it, when reports cannot be written. */
  private void checkReportDir() {
    Path dir = reportDir.toAbsolutePath();
    try {
      Files.createDirectories(dir);
      Path probe = Files.createTempFile(dir, ".h1proof-", ".tmp");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      throw new CliException(
          ExitCodes.USAGE, "cannot write reports to " + dir + ": " + Execution.describe(e));
    }
  }

  private SocketTarget socketTarget(Duration readTimeout, Duration closeWaitTime) {
    TargetUrl target;
    try {
      target = TargetUrl.parse(url);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.USAGE, e.getMessage());
    }
    if (!target.tls() && (insecure || ca != null)) {
      throw new CliException(ExitCodes.USAGE, "--insecure and --ca apply to https:// URLs only");
    }
    SSLContext tls = target.tls() ? TlsContexts.create(insecure, ca) : null;
    return new SocketTarget(target, hostHeader, echoPath, readTimeout, closeWaitTime, tls);
  }

  private static void preflight(SocketTarget target) {
    try {
      target.probe();
    } catch (UnknownHostException e) {
      throw new CliException(ExitCodes.TARGET_OR_BASELINE, "unknown host: " + e.getMessage());
    } catch (ConnectException | NoRouteToHostException e) {
      throw new CliException(
          ExitCodes.TARGET_OR_BASELINE,
          "cannot connect to " + target.describe() + ": " + e.getMessage());
    } catch (SocketTimeoutException e) {
      throw new CliException(
          ExitCodes.TARGET_OR_BASELINE, "connecting to " + target.describe() + " timed out");
    } catch (SSLException e) {
      throw new CliException(
          ExitCodes.TARGET_OR_BASELINE,
          "TLS handshake with "
              + target.describe()
              + " failed: "
              + e.getMessage()
              + " (--insecure accepts a self-signed certificate, --ca FILE trusts a CA)");
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.TARGET_OR_BASELINE,
          "cannot reach " + target.describe() + ": " + Execution.describe(e));
    }
  }
}
