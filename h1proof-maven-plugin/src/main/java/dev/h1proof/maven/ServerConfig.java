package dev.h1proof.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * A server for the check goal to start, in its own JVM on the project's test classpath, and stop
 * afterwards:
 *
 * <pre>{@code
 * <server>
 *   <mainClass>com.example.Main</mainClass>
 *   <arguments><argument>--port</argument><argument>{port}</argument></arguments>
 * </server>
 * }</pre>
 *
 * <p>{@code {port}} in an argument or JVM argument becomes the port; with no {@code port} set, a
 * free loopback port is picked. The goal waits until the port accepts connections.
 */
public class ServerConfig {
  /** The class whose {@code main} starts the server. Required. */
  String mainClass;

  /** The port the server listens on, on 127.0.0.1; 0 (default) picks a free one. */
  int port;

  /** The arguments of {@code main}; {@code {port}} is replaced by the port. */
  List<String> arguments = new ArrayList<>();

  /** Options for the server's JVM, e.g. {@code -Xmx256m}; {@code {port}} is replaced too. */
  List<String> jvmArguments = new ArrayList<>();

  /** The request target the scenarios use. */
  String path = "/";

  /** How long the server may take to accept connections, e.g. 30s. */
  String startupTimeout = "60s";

  /** For tests. */
  static ServerConfig of(String mainClass, List<String> arguments) {
    ServerConfig config = new ServerConfig();
    config.mainClass = mainClass;
    config.arguments = new ArrayList<>(arguments);
    return config;
  }
}
