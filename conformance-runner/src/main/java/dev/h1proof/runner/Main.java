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
      ProxyCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {"", "Run 'h1proof COMMAND --help' for a command's options."})
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
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    exitCodes(cli, ExitCodes.RUN);
    exitCodes(cli.getSubcommands().get("run"), ExitCodes.RUN);
    exitCodes(cli.getSubcommands().get("parse"), ExitCodes.PARSE);
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
          return ExitCodes.INTERNAL;
        });
    cli.setParameterExceptionHandler(
        (ex, args2) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr()
              .println(
                  "h1proof: "
                      + UserErrors.parameter(ex)
                      + " (see '"
                      + c.getCommandSpec().qualifiedName()
                      + " --help')");
          return ExitCodes.USAGE;
        });
    return cli.execute(args);
  }

  private static void exitCodes(CommandLine command, java.util.List<ExitCodes.Meaning> codes) {
    command
        .getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(ExitCodes.help(codes));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return BuildInfo.lines();
    }
  }

  /** This build's version. */
  static String version() {
    return BuildInfo.version();
  }
}
