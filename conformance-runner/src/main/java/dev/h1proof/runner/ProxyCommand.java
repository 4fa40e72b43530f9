package dev.h1proof.runner;

import dev.h1proof.proxy.CaptureBackEnd;
import dev.h1proof.rulebook.Level;
import dev.h1proof.rulebook.RuleScenario;
import dev.h1proof.rulebook.Rulebook;
import dev.h1proof.runner.report.ReportException;
import dev.h1proof.runner.report.Reports;
import dev.h1proof.runner.result.RunReport;
import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code h1proof proxy URL}: judges an intermediary. h1proof starts its capture back end on
 * loopback, the proxy at URL forwards to it, and each {@code @intermediary} scenario is sent to the
 * proxy and judged on what the client got back and on what the back end received.
 */
@Command(
    name = "proxy",
    mixinStandardHelpOptions = true,
    description = {
      "Judges a proxy on both sides: what it answers and what it forwards.",
      "Starts the capture back end on loopback (--back-end), sends each @intermediary",
      "scenario to the proxy at URL, and judges what the client got back and the exact",
      "bytes the proxy forwarded. Configure the proxy to forward to the back-end address",
      "first; a preflight GET checks it."
    })
public final class ProxyCommand implements Callable<Integer> {
  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s)");

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "URL",
      description = "The proxy, e.g. http://127.0.0.1:8080/")
  String url;

  @Option(
      names = "--back-end",
      paramLabel = "HOST:PORT",
      defaultValue = "127.0.0.1:0",
      description =
          "Where the capture back end listens (loopback only; port 0 picks one and prints it;"
              + " default: ${DEFAULT-VALUE}).")
  String backEndAddress;

  @Option(names = "--rule", paramLabel = "ID", description = "Only this rule id (repeatable).")
  List<String> rules = new ArrayList<>();

  @Option(
      names = "--tags",
      paramLabel = "EXPR",
      description = "Only scenarios matching this cucumber tag expression.")
  String tags;

  @Option(
      names = "--features",
      paramLabel = "DIR",
      description = "Read the rulebook from DIR instead of the bundled one.")
  Path features;

  @Option(
      names = "--timeout",
      defaultValue = "5s",
      description = "Longest silence awaited from the proxy (default: ${DEFAULT-VALUE}).")
  String timeout;

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      defaultValue = "h1proof-proxy-report",
      description = "Where the reports go (default: ${DEFAULT-VALUE}).")
  Path reportDir;

  @Option(
      names = "--fail-on",
      defaultValue = "must",
      description = "Lowest level whose FAIL fails the gate: must, should or may.")
  String failOn;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Level threshold = level(failOn);
    Duration readTimeout = duration(timeout);
    TargetUrl target;
    try {
      target = TargetUrl.parse(url);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.USAGE, "invalid proxy URL '" + url + "': " + e.getMessage());
    }
    if (url.regionMatches(true, 0, "https:", 0, 6)) {
      throw new CliException(ExitCodes.USAGE, "h1proof proxy speaks to the proxy over http only");
    }
    List<RuleScenario> scenarios = select();
    InetSocketAddress bind = backEndBind();
    try (CaptureBackEnd backEnd = startBackEnd(bind)) {
      out.println(
          "h1proof: capture back end listening on "
              + hostPart(backEnd.address().getAddress())
              + ":"
              + backEnd.port()
              + " (the proxy must forward there)");
      out.flush();
      ProxyRun run = new ProxyRun(target, readTimeout, backEnd);
      String problem = run.preflight();
      if (problem != null) {
        spec.commandLine().getErr().println("h1proof: " + problem);
        return ExitCodes.TARGET_OR_BASELINE;
      }
      Instant started = Instant.now();
      long t0 = System.nanoTime();
      Execution.Results outcome =
          run.run(
              scenarios,
              r -> {
                out.println(
                    String.format(
                        Locale.ROOT,
                        "%-12s %-7s %s: %s",
                        r.verdict(),
                        r.scenario().level(),
                        r.scenario().ruleId(),
                        r.scenario().title()));
                out.flush();
              });
      RunReport report =
          new RunReport(
              "h1proof proxy",
              target.text() + " (forwarding to 127.0.0.1:" + backEnd.port() + ")",
              started,
              (System.nanoTime() - t0) / 1_000_000,
              threshold,
              outcome.results(),
              List.of(),
              outcome.notUsable());
      List<Path> written;
      try {
        written = Reports.writeAll(report, reportDir, Reports.ALL);
      } catch (ReportException e) {
        spec.commandLine().getErr().println("h1proof: " + e.getMessage());
        return ExitCodes.REPORT_NOT_WRITTEN;
      }
      out.println("h1proof: " + report.countsExplained());
      written.forEach(p -> out.println("  " + p));
      out.flush();
      if (report.notUsable() != null) {
        spec.commandLine().getErr().println("h1proof: " + report.notUsable());
        return ExitCodes.TARGET_OR_BASELINE;
      }
      return report.gatePassed() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }
  }

  private List<RuleScenario> select() {
    Rulebook rulebook;
    try {
      rulebook = features != null ? Rulebook.load(features) : Rulebook.bundled();
    } catch (Rulebook.RulebookException e) {
      throw new CliException(ExitCodes.USAGE, e.getMessage());
    }
    List<RuleScenario> all = rulebook.intermediary();
    Set<String> ids =
        all.stream().map(RuleScenario::ruleId).collect(java.util.stream.Collectors.toSet());
    for (String id : rules) {
      if (!ids.contains(id)) {
        throw new CliException(
            ExitCodes.USAGE, "unknown intermediary rule id: " + id + " (h1proof proxy --help)");
      }
    }
    Expression expression = null;
    if (tags != null) {
      try {
        expression = TagExpressionParser.parse(tags);
      } catch (TagExpressionException e) {
        throw new CliException(
            ExitCodes.USAGE, "invalid tag expression '" + tags + "': " + e.getMessage());
      }
    }
    List<RuleScenario> selected = new ArrayList<>();
    for (RuleScenario s : all) {
      if ((rules.isEmpty() || rules.contains(s.ruleId()))
          && (expression == null || expression.evaluate(List.copyOf(s.tags())))) {
        selected.add(s);
      }
    }
    if (selected.isEmpty()) {
      throw new CliException(ExitCodes.USAGE, "the selection matches no intermediary scenario");
    }
    return selected;
  }

  private InetSocketAddress backEndBind() {
    String text = backEndAddress.trim();
    int colon = text.lastIndexOf(':');
    if (colon <= 0) {
      throw new CliException(
          ExitCodes.USAGE, "--back-end takes HOST:PORT, e.g. 127.0.0.1:9090, not '" + text + "'");
    }
    String host = text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port;
    try {
      port = Integer.parseInt(text.substring(colon + 1));
    } catch (NumberFormatException e) {
      port = -1;
    }
    if (port < 0 || port > 65535) {
      throw new CliException(ExitCodes.USAGE, "--back-end: the port must be 0 to 65535");
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new CliException(ExitCodes.USAGE, "--back-end " + text + ": the host does not resolve");
    }
    if (!address.isLoopbackAddress()) {
      throw new CliException(ExitCodes.USAGE, "--back-end must be a loopback address, not " + host);
    }
    return new InetSocketAddress(address, port);
  }

  private static CaptureBackEnd startBackEnd(InetSocketAddress bind) {
    try {
      return CaptureBackEnd.start(bind);
    } catch (IOException | RuntimeException e) {
      throw new CliException(
          ExitCodes.USAGE,
          "cannot listen on "
              + hostPart(bind.getAddress())
              + ":"
              + bind.getPort()
              + " for the capture back end: "
              + e.getMessage());
    }
  }

  private static String hostPart(InetAddress address) {
    String text = address.getHostAddress();
    return text.contains(":") ? "[" + text + "]" : text;
  }

  private static Level level(String text) {
    try {
      return Level.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CliException(
          ExitCodes.USAGE, "--fail-on takes must, should or may, not '" + text + "'");
    }
  }

  private static Duration duration(String text) {
    Matcher m = DURATION.matcher(text.trim());
    if (!m.matches()) {
      throw new CliException(
          ExitCodes.USAGE, "--timeout takes a duration such as 2s or 500ms, not '" + text + "'");
    }
    long n = Long.parseLong(m.group(1));
    Duration d = m.group(2).equals("ms") ? Duration.ofMillis(n) : Duration.ofSeconds(n);
    if (d.toMillis() < 10 || d.toMinutes() > 10) {
      throw new CliException(ExitCodes.USAGE, "--timeout must be between 10ms and 10m");
    }
    return d;
  }
}
