package dev.h1proof.runner;

import dev.h1proof.proxy.NormalisingProxy;
import dev.h1proof.server.ReferenceServer;
import dev.h1proof.server.ServerOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code h1proof serve}: the reference server, strict unless told otherwise. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the reference HTTP/1.1 server built on the h1proof parser: GET/HEAD /,",
      "an echo of the parsed request at /echo, keep-alive, pipelining, bodies and",
      "Expect: 100-continue. --tolerate RULE-ID makes it break that rule on purpose",
      "(parser rules and server behaviours alike) and prints a warning, to check a",
      "test suite against a server known to be wrong."
    },
    header = "Runs the reference HTTP/1.1 server, strict or with chosen rules broken on purpose.")
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "TCP port; 0 picks one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String bind;

  @Mixin ParserOptions parserOptions;

  @Option(
      names = "--direct-buffers",
      description =
          "Hand the parser what arrives in a direct ByteBuffer, compacted as an NIO server keeps"
              + " its read buffer (the parser's ByteBuffer path), instead of an array.")
  boolean directBuffers;

  @Option(
      names = "--proxy",
      paramLabel = "HOST:PORT",
      description =
          "Run a strict normalising reverse proxy instead, forwarding to HOST:PORT on loopback"
              + " (the conforming half of h1proof proxy's calibration pair).")
  String proxy;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new CliException(ExitCodes.USAGE, "--port takes 0 to 65535");
    }
    if (proxy != null) {
      return serveProxy();
    }
    ServerOptions options = serverOptions();
    InetAddress address = bindAddress();
    ReferenceServer server;
    try {
      server = ReferenceServer.start(options, new InetSocketAddress(address, port));
    } catch (IOException | RuntimeException e) {
      // A RuntimeException too: an address of another family or scope comes back unchecked.
      throw new CliException(
          ExitCodes.USAGE,
          "cannot listen on " + hostPart() + ":" + port + ": " + Execution.describe(e));
    }
    spec.commandLine()
        .getOut()
        .println(
            "h1proof: serving on http://"
                + TargetUrl.parse("http://" + hostPart() + ":" + server.port() + "/").authority()
                + "/ (Ctrl-C stops)");
    if (!options.toleratedRuleIds().isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(
              "h1proof: WARNING: deliberately breaking the rule(s) "
                  + String.join(",", options.toleratedRuleIds())
                  + "; this server is wrong on purpose, for testing test suites only");
      spec.commandLine().getErr().flush();
    }
    spec.commandLine().getOut().flush();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server)));
    server.await();
    return ExitCodes.OK;
  }

  /** {@code serve --proxy}: the normalising proxy in front of a loopback upstream. */
  private int serveProxy() throws InterruptedException {
    InetSocketAddress upstream = upstream();
    NormalisingProxy server;
    try {
      server =
          NormalisingProxy.start(
              new InetSocketAddress(bindAddress(), port), upstream, Duration.ofSeconds(10));
    } catch (IOException | RuntimeException e) {
      throw new CliException(
          ExitCodes.USAGE,
          "cannot listen on " + hostPart() + ":" + port + ": " + Execution.describe(e));
    }
    spec.commandLine()
        .getOut()
        .println(
            "h1proof: normalising proxy on http://"
                + TargetUrl.parse("http://" + hostPart() + ":" + server.port() + "/").authority()
                + "/ forwarding to "
                + proxy
                + " (Ctrl-C stops)");
    spec.commandLine().getOut().flush();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                  } catch (IOException ignored) {
                    // exiting anyway
                  }
                }));
    server.await();
    return ExitCodes.OK;
  }

  /** The --proxy upstream: HOST:PORT on loopback. */
  private InetSocketAddress upstream() {
    int colon = proxy.lastIndexOf(':');
    int upstreamPort = -1;
    if (colon > 0) {
      try {
        upstreamPort = Integer.parseInt(proxy.substring(colon + 1));
      } catch (NumberFormatException e) {
        upstreamPort = -1;
      }
    }
    if (upstreamPort < 1 || upstreamPort > 65535) {
      throw new CliException(
          ExitCodes.USAGE, "--proxy takes HOST:PORT, e.g. 127.0.0.1:9090, not '" + proxy + "'");
    }
    String host = proxy.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(host);
    } catch (UnknownHostException | SecurityException e) {
      throw new CliException(ExitCodes.USAGE, "--proxy " + proxy + ": the host does not resolve");
    }
    if (!address.isLoopbackAddress()) {
      throw new CliException(ExitCodes.USAGE, "--proxy forwards to loopback only, not " + host);
    }
    return new InetSocketAddress(address, upstreamPort);
  }

  /** The server options these command-line options describe. */
  ServerOptions serverOptions() {
    return parserOptions.server(ServerOptions.strict()).withDirectBuffers(directBuffers);
  }

  /** The address to listen on; a name that does not resolve is a usage error, not a crash. */
  private InetAddress bindAddress() {
    try {
      return InetAddress.getByName(bareBind());
    } catch (UnknownHostException | SecurityException e) {
      throw new CliException(
          ExitCodes.USAGE, "--bind " + bind + ": not an address or a host name that resolves");
    }
  }

  /** The --bind value without the brackets a user may copy from a URL ({@code [::1]}). */
  private String bareBind() {
    return bind.startsWith("[") && bind.endsWith("]") ? bind.substring(1, bind.length() - 1) : bind;
  }

  private String hostPart() {
    String bare = bareBind();
    return bare.contains(":") ? "[" + bare + "]" : bare;
  }

  private static void closeQuietly(ReferenceServer server) {
    try {
      server.close();
    } catch (IOException ignored) {
      // exiting anyway
    }
  }
}
