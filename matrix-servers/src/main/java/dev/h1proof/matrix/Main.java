package dev.h1proof.matrix;

import java.util.List;

/**
 * Starts one embedded server with the matrix app on a loopback port and blocks until killed.
 *
 * <p>Usage: {@code java -cp target/classes:target/lib/* dev.h1proof.matrix.Main NAME PORT}, NAME
 * one of {@link #NAMES}. Each app reads the request body to the end, then answers as {@link Routes}
 * says; parsing, framing and error answers are the server's own. Prints one line naming the server
 * and its version once it listens.
 */
public final class Main {

  /** The servers this module starts. */
  public static final List<String> NAMES =
      List.of("jetty12", "netty", "tomcat11", "undertow", "vertx", "jdkhttp");

  private Main() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2 || !NAMES.contains(args[0]) || !args[1].matches("[0-9]{1,5}")) {
      System.err.println("usage: Main " + String.join("|", NAMES) + " PORT");
      System.exit(2);
    }
    int port = Integer.parseInt(args[1]);
    String version =
        switch (args[0]) {
          case "jetty12" -> JettyApp.start(port);
          case "netty" -> NettyApp.start(port);
          case "tomcat11" -> TomcatApp.start(port);
          case "undertow" -> UndertowApp.start(port);
          case "vertx" -> VertxApp.start(port);
          default -> JdkHttpApp.start(port);
        };
    System.out.println("version: " + version);
    System.out.flush();
    Thread.currentThread().join();
  }
}
