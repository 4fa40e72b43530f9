package dev.h1proof.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away certificate authority made with the JDK's keytool, and server key stores it signs:
 * for a name or another, valid or expired. The CA's certificate is what {@code --ca} trusts.
 */
final class TestPki {
  static final String PASSWORD = "changeit";
  private final Path dir;
  private final Path caStore;
  private final Path caCertificate;

  TestPki(Path dir) throws IOException, InterruptedException {
    this.dir = dir;
    this.caStore = dir.resolve("ca.p12");
    this.caCertificate = dir.resolve("ca.pem");
    keytool(
        "-genkeypair",
        "-alias",
        "ca",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=h1proof test CA",
        "-ext",
        "bc:c",
        "-validity",
        "30",
        "-storetype",
        "PKCS12",
        "-keystore",
        caStore.toString(),
        "-storepass",
        PASSWORD);
    keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        "ca",
        "-keystore",
        caStore.toString(),
        "-storepass",
        PASSWORD,
        "-file",
        caCertificate.toString());
  }

  /** The CA certificate, PEM, for {@code --ca}. */
  Path caCertificate() {
    return caCertificate;
  }

  /**
   * A PKCS12 key store (alias "server", password {@value #PASSWORD}) holding a key and its chain.
   *
   * @param name a file name for it
   * @param subjectAltNames e.g. "dns:localhost,ip:127.0.0.1"
   * @param startDate keytool's -startdate, e.g. "-10d", or null for now
   * @param validityDays how long it is valid from then
   */
  Path server(String name, String subjectAltNames, String startDate, int validityDays)
      throws IOException, InterruptedException {
    Path store = dir.resolve(name + ".p12");
    Path request = dir.resolve(name + ".csr");
    Path certificate = dir.resolve(name + ".pem");
    keytool(
        "-genkeypair",
        "-alias",
        "server",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=" + name,
        "-storetype",
        "PKCS12",
        "-keystore",
        store.toString(),
        "-storepass",
        PASSWORD);
    keytool(
        "-certreq",
        "-alias",
        "server",
        "-keystore",
        store.toString(),
        "-storepass",
        PASSWORD,
        "-file",
        request.toString());
    List<String> sign =
        new ArrayList<>(
            List.of(
                "-gencert",
                "-rfc",
                "-alias",
                "ca",
                "-keystore",
                caStore.toString(),
                "-storepass",
                PASSWORD,
                "-infile",
                request.toString(),
                "-outfile",
                certificate.toString(),
                "-ext",
                "SAN=" + subjectAltNames,
                "-validity",
                Integer.toString(validityDays)));
    if (startDate != null) {
      sign.addAll(List.of("-startdate", startDate));
    }
    keytool(sign.toArray(String[]::new));
    keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        "ca",
        "-file",
        caCertificate.toString(),
        "-keystore",
        store.toString(),
        "-storepass",
        PASSWORD);
    keytool(
        "-importcert",
        "-alias",
        "server",
        "-file",
        certificate.toString(),
        "-keystore",
        store.toString(),
        "-storepass",
        PASSWORD);
    return store;
  }

  static void keytool(String... args) throws IOException, InterruptedException {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    // keytool is a short-lived JVM: the C1 compiler and the serial collector start it about
    // twice as fast, which adds up over the dozen certificates the TLS tests make.
    List<String> command =
        new ArrayList<>(
            List.of(keytool.toString(), "-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException("keytool " + args[0] + " failed: " + output);
    }
  }
}
