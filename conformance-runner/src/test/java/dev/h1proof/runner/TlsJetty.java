package dev.h1proof.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIServerName;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.io.ssl.SslHandshakeListener;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * Embedded Jetty serving HTTPS on loopback with a self-signed certificate made for the test by the
 * JDK's keytool.
 */
final class TlsJetty implements AutoCloseable {
  private final Server server = new Server();
  private final ServerConnector connector;
  private final Path certificate;

  private final List<String> serverNames = new CopyOnWriteArrayList<>();

  /** A server with a self-signed certificate for localhost and 127.0.0.1. */
  TlsJetty(Path dir) throws Exception {
    this(selfSigned(dir), dir.resolve("server.pem"));
  }

  /** A server presenting the key and chain in {@code keystore} (see {@link TestPki}). */
  TlsJetty(Path keystore, Path certificate) throws Exception {
    this.certificate = certificate;
    SslContextFactory.Server tls = new SslContextFactory.Server();
    tls.setKeyStorePath(keystore.toString());
    tls.setKeyStorePassword("changeit");
    tls.setKeyStoreType("PKCS12");
    // Serve the one certificate whatever name the client asks for: the client must judge it.
    tls.setSniRequired(false);
    HttpConfiguration config = new HttpConfiguration();
    config.setHttpCompliance(HttpCompliance.RFC9110);
    SecureRequestCustomizer customizer = new SecureRequestCustomizer();
    customizer.setSniHostCheck(false);
    customizer.setSniRequired(false);
    config.addCustomizer(customizer);
    connector =
        new ServerConnector(
            server, new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(config));
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    connector.addBean(
        new SslHandshakeListener() {
          @Override
          public void handshakeSucceeded(Event event) {
            if (event.getSSLEngine().getSession() instanceof ExtendedSSLSession session) {
              List<SNIServerName> names = session.getRequestedServerNames();
              serverNames.add(
                  names.isEmpty()
                      ? ""
                      : new String(names.get(0).getEncoded(), StandardCharsets.US_ASCII));
            }
          }
        });
    server.addConnector(connector);
    server.setHandler(new HelloHandler());
    server.start();
  }

  /** The SNI host name of each handshake, in order ("" for none). */
  List<String> serverNames() {
    return serverNames;
  }

  private static Path selfSigned(Path dir) throws Exception {
    Path keystore = dir.resolve("server.p12");
    Path certificate = dir.resolve("server.pem");
    keytool(
        "-genkeypair",
        "-alias",
        "server",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=localhost",
        "-ext",
        "SAN=dns:localhost,ip:127.0.0.1",
        "-validity",
        "2",
        "-storetype",
        "PKCS12",
        "-keystore",
        keystore.toString(),
        "-storepass",
        "changeit");
    keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        "server",
        "-keystore",
        keystore.toString(),
        "-storepass",
        "changeit",
        "-file",
        certificate.toString());
    return keystore;
  }

  private static void keytool(String... args) throws IOException, InterruptedException {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    // keytool is a short-lived JVM: the C1 compiler and the serial collector start it about
    // twice as fast, which adds up over the dozen certificates the TLS tests make.
    List<String> command =
        new java.util.ArrayList<>(
            List.of(keytool.toString(), "-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("keytool failed: " + output);
    }
  }

  String url() {
    return url("127.0.0.1");
  }

  /** The URL with {@code host} as its host, e.g. "localhost". */
  String url(String host) {
    return "https://" + host + ":" + connector.getLocalPort() + "/";
  }

  /** The server's certificate, PEM. */
  Path certificate() {
    return certificate;
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
