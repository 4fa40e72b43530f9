package dev.h1proof.runner;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code h1proof} command line. */
@Command(
    name = "h1proof",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "HTTP/1.1 syntax conformance: the RFC 9112 rulebook against any server, and a strict parser.",
    subcommands = {
      RunCommand.class,
      ListCommand.class,
      ExplainCommand.class,
      ParseCommand.class,
      ServeCommand.class,
      MatrixCommand.class,
      dev.h1proof.proxy.ProxyCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no FAIL at or above --fail-on",
      "1:the gate failed",
      "2:usage error (bad option, unknown rule or tag, malformed URL, unwritable output path)",
      "3:target unreachable or not usable, TLS failure, or invalid baseline",
      "4:the run completed but a report or the baseline could not be written",
      "130:run interrupted (SIGINT, SIGTERM); the reports hold the verdicts so far"
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the CLI and exits with its code. */
  public static void main(String[] args) {
    System.exit(
        execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the CLI with the given writers and returns the exit code; never throws. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof CliException cliEx) {
            commandLine.getErr().println("h1proof: " + cliEx.getMessage());
            return cliEx.exitCode();
          }
          commandLine
              .getErr()
              .println(
                  "h1proof: internal error: " + Execution.describe(ex) + " (please report it)");
          return 70;
        });
    cli.setParameterExceptionHandler(
        (ex, args2) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println("h1proof: " + ex.getMessage());
          c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
          return ExitCodes.USAGE;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"h1proof " + version()};
    }
  }

  /** This build's version. */
  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v != null ? v : "dev";
  }
}
