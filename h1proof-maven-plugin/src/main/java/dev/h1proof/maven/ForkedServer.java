package dev.h1proof.maven;

import dev.h1proof.runner.ConformanceRun;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;

/** A server started in its own JVM for one check, and stopped (then killed if need be) after it. */
final class ForkedServer implements AutoCloseable {
  private static final String PORT = "{port}";
  private final Process process;
  private final int port;
  private final String path;
  private final CheckMojo mojo;

  private ForkedServer(Process process, int port, String path, CheckMojo mojo) {
    this.process = process;
    this.port = port;
    this.path = path;
    this.mojo = mojo;
  }

  /** Starts the configured server and waits until its port accepts connections. */
  static ForkedServer start(ServerConfig config, CheckMojo mojo) throws MojoExecutionException {
    if (config.mainClass == null || config.mainClass.isBlank()) {
      throw new MojoExecutionException("h1proof: <server> needs a <mainClass>");
    }
    if (config.port < 0 || config.port > 65535) {
      throw new MojoExecutionException("h1proof: <server><port> takes 0 to 65535");
    }
    String path = config.path == null || config.path.isEmpty() ? "/" : config.path;
    if (!path.startsWith("/")) {
      throw new MojoExecutionException("h1proof: <server><path> must start with /, not " + path);
    }
    Duration startup;
    try {
      startup = ConformanceRun.duration(config.startupTimeout, "startupTimeout");
    } catch (RuntimeException e) {
      throw new MojoExecutionException("h1proof: <server>: " + e.getMessage());
    }
    int port = config.port != 0 ? config.port : freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String option : config.jvmArguments) {
      command.add(option.replace(PORT, Integer.toString(port)));
    }
    command.add("-cp");
    command.add(classpath(mojo));
    command.add(config.mainClass);
    for (String argument : config.arguments) {
      command.add(argument.replace(PORT, Integer.toString(port)));
    }
    Path log = mojo.reportDirectory.toPath().resolve("server.log");
    Process process;
    try {
      Files.createDirectories(log.getParent());
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .directory(mojo.project.getBasedir())
              .start();
    } catch (IOException e) {
      throw new MojoExecutionException(
          "h1proof: cannot start " + config.mainClass + ": " + e.getMessage());
    }
    mojo.getLog()
        .info("h1proof: started " + config.mainClass + " on port " + port + " (log: " + log + ")");
    ForkedServer server = new ForkedServer(process, port, path, mojo);
    server.awaitPort(startup, log);
    return server;
  }

  /** The URL the scenarios go to. */
  String url() {
    return "http://127.0.0.1:" + port + path;
  }

  private void awaitPort(Duration startup, Path log) throws MojoExecutionException {
    long deadline = System.nanoTime() + startup.toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw new MojoExecutionException(
            "h1proof: the server exited with code "
                + process.exitValue()
                + " before it accepted connections on port "
                + port
                + "; its output: "
                + tail(log));
      }
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
        return;
      } catch (IOException notYet) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) {
        close();
        throw new MojoExecutionException(
            "h1proof: the server did not accept connections on port "
                + port
                + " within "
                + startup.toMillis()
                + " ms; its output: "
                + tail(log));
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new MojoExecutionException("h1proof: interrupted while the server started");
      }
    }
  }

  /** Stops the server: a normal termination first, then a kill after 10 s. */
  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    mojo.getLog().info("h1proof: stopped the server on port " + port);
  }

  private static String classpath(CheckMojo mojo) throws MojoExecutionException {
    try {
      return String.join(File.pathSeparator, mojo.project.getTestClasspathElements());
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("h1proof: the test classpath is not resolved", e);
    }
  }

  private static int freePort() throws MojoExecutionException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new MojoExecutionException("h1proof: cannot find a free port: " + e.getMessage());
    }
  }

  /** The last lines of the server's output, on one line, for an error message. */
  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      List<String> last = lines.subList(Math.max(0, lines.size() - 5), lines.size());
      return last.isEmpty() ? "(none)" : String.join(" | ", last);
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }
}
