package dev.h1proof.maven;

import dev.h1proof.rulebook.Verdict;
import dev.h1proof.runner.CliException;
import dev.h1proof.runner.ConformanceRun;
import dev.h1proof.runner.report.Format;
import dev.h1proof.runner.report.ReportException;
import dev.h1proof.runner.report.Reports;
import dev.h1proof.runner.result.RunReport;
import dev.h1proof.runner.result.ScenarioResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Runs the h1proof rulebook against a server and fails the build by the CLI's gate: a FAIL at or
 * above {@code failOn} that the baseline does not list. The server is either at {@code h1proof.url}
 * or started by this goal from {@code server.mainClass} on the project's test classpath, and
 * stopped afterwards.
 *
 * <p>Writes the CLI's reports (JSON, JUnit XML, HTML, Markdown and any format the runner adds) to
 * {@code target/h1proof/}, and the JUnit XML also as {@code
 * target/surefire-reports/TEST-h1proof.xml} for CI servers that collect Surefire reports.
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.INTEGRATION_TEST,
    requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class CheckMojo extends AbstractMojo {
  /** The server's URL (http:// or https://); its path is the scenarios' request target. */
  @Parameter(property = "h1proof.url")
  String url;

  /** Start this server instead of using {@code url} (see {@link ServerConfig}). */
  @Parameter ServerConfig server;

  /** The lowest level whose FAIL fails the build: MUST, SHOULD or MAY. */
  @Parameter(property = "h1proof.failOn", defaultValue = "MUST")
  String failOn;

  /**
   * Known failures ({@code h1proof run --write-baseline} writes one) that do not fail the build.
   */
  @Parameter(property = "h1proof.baseline")
  File baseline;

  /**
   * Only scenarios matching this cucumber tag expression, e.g. {@code @MUST and not @section-9}.
   */
  @Parameter(property = "h1proof.tags")
  String tags;

  /** Only these rule ids. */
  @Parameter(property = "h1proof.rules")
  List<String> rules;

  /** The target's echo endpoint, if it has one ({@code h1proof serve}: {@code /echo}). */
  @Parameter(property = "h1proof.echoPath")
  String echoPath;

  /** The longest silence awaited while a response is due, e.g. 2s or 500ms. */
  @Parameter(property = "h1proof.timeout", defaultValue = "2s")
  String timeout;

  /** Connections at once. */
  @Parameter(property = "h1proof.concurrency", defaultValue = "8")
  int concurrency;

  /** Accept any TLS certificate (self-signed test servers). */
  @Parameter(property = "h1proof.insecure", defaultValue = "false")
  boolean insecure;

  /** Skip this goal. */
  @Parameter(property = "h1proof.skip", defaultValue = "false")
  boolean skip;

  /** Maven's switch that skips compiling and running tests; this goal is skipped too. */
  @Parameter(property = "maven.test.skip", defaultValue = "false")
  boolean mavenTestSkip;

  /** As for Surefire: report the failures and let the build go on. */
  @Parameter(property = "maven.test.failure.ignore", defaultValue = "false")
  boolean testFailureIgnore;

  /** Where the reports are written. */
  @Parameter(
      property = "h1proof.reportDirectory",
      defaultValue = "${project.build.directory}/h1proof")
  File reportDirectory;

  /** Where {@code TEST-h1proof.xml} is written. */
  @Parameter(defaultValue = "${project.build.directory}/surefire-reports")
  File surefireReportsDirectory;

  @Parameter(defaultValue = "${project}", readonly = true)
  MavenProject project;

  /** The reports written: every format the runner has ({@link Reports#ALL}), SARIF included. */
  static final Set<Format> FORMATS = Reports.ALL;

  /** The file CI servers collect with the Surefire reports. */
  static final String SUREFIRE_FILE = "TEST-h1proof.xml";

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || mavenTestSkip) {
      getLog().info("h1proof: skipped (" + (skip ? "h1proof.skip" : "maven.test.skip") + ")");
      return;
    }
    if ((url == null || url.isBlank()) == (server == null)) {
      throw new MojoExecutionException(
          "h1proof: set exactly one of h1proof.url (a running server) and <server> (a main class to"
              + " start)");
    }
    ConformanceRun run;
    try {
      // Every option is checked, and the scenarios selected, before a server is started.
      run =
          configure(
              ConformanceRun.against(url != null && !url.isBlank() ? url : "http://127.0.0.1/"));
      run.scenarios();
    } catch (CliException e) {
      throw new MojoExecutionException("h1proof: " + e.getMessage());
    }
    RunReport report;
    try (ForkedServer started = server != null ? ForkedServer.start(server, this) : null) {
      if (started != null) {
        run.url(started.url());
      }
      getLog()
          .info("h1proof: running the rulebook against " + (started != null ? started.url() : url));
      report = run.run();
    } catch (CliException e) {
      throw new MojoExecutionException("h1proof: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("h1proof: interrupted");
    }
    writeReports(report);
    judge(report);
  }

  private ConformanceRun configure(ConformanceRun run) {
    run.failOn(failOn)
        .tags(tags)
        .timeout(ConformanceRun.duration(timeout, "timeout"))
        .concurrency(concurrency)
        .echoPath(echoPath)
        .insecure(insecure);
    if (rules != null && !rules.isEmpty()) {
      run.rules(rules);
    }
    if (baseline != null) {
      run.baseline(baseline.toPath());
    }
    return run;
  }

  private void writeReports(RunReport report) throws MojoExecutionException {
    Path dir = reportDirectory.toPath();
    List<Path> written;
    try {
      written = Reports.writeAll(report, dir, FORMATS);
      Path junit = dir.resolve(Format.JUNIT.fileName());
      Path surefire = surefireReportsDirectory.toPath();
      Files.createDirectories(surefire);
      Files.copy(junit, surefire.resolve(SUREFIRE_FILE), StandardCopyOption.REPLACE_EXISTING);
    } catch (ReportException e) {
      throw new MojoExecutionException("h1proof: " + e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "h1proof: cannot write " + surefireReportsDirectory + "/" + SUREFIRE_FILE + ": " + e);
    }
    for (Path p : written) {
      getLog().info("h1proof: report " + p);
    }
  }

  /**
   * The CLI's gate, from the CLI's report: the same rule decides the console line and the build.
   */
  private void judge(RunReport report) throws MojoExecutionException, MojoFailureException {
    getLog().info("h1proof: " + report.countsExplained());
    getLog().info("h1proof: " + report.closingLine());
    if (report.notUsable() != null) {
      // Nothing was judged: a setup problem, not a test failure, so failure.ignore does not apply.
      throw new MojoExecutionException("h1proof: target not usable: " + report.notUsable());
    }
    for (ScenarioResult r : report.failuresBelowGate()) {
      getLog().warn("h1proof: FAIL below " + report.failOn() + ": " + line(r));
    }
    for (ScenarioResult r : report.results()) {
      if (r.verdict() == Verdict.INCONCLUSIVE) {
        getLog().warn("h1proof: INCONCLUSIVE: " + line(r));
      }
    }
    if (report.gatePassed()) {
      getLog().info("h1proof: gate passed (fail on " + report.failOn() + " and above)");
      return;
    }
    List<String> lines = new ArrayList<>();
    for (ScenarioResult r : report.gateFailures()) {
      lines.add(line(r));
    }
    String message =
        "h1proof: gate failed (fail on "
            + report.failOn()
            + " and above): "
            + lines.size()
            + " failure(s)"
            + System.lineSeparator()
            + "  "
            + String.join(System.lineSeparator() + "  ", lines)
            + System.lineSeparator()
            + "See "
            + reportDirectory.toPath().resolve(Format.HTML.fileName());
    if (testFailureIgnore) {
      getLog().error(message);
      getLog().warn("h1proof: maven.test.failure.ignore is set: the build goes on");
      return;
    }
    throw new MojoFailureException(message);
  }

  private static String line(ScenarioResult r) {
    return r.scenario().ruleId()
        + " ["
        + r.scenario().level()
        + "] "
        + r.scenario().title()
        + ": "
        + r.judgement().reason();
  }
}
