package dev.h1proof.runner;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathBuilderException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The TLS client contexts the runner offers: the JDK's trust store, a CA file, or none at all. The
 * connection asks for the host name check (endpoint identification "HTTPS"); the trust managers
 * here decide whether it happens.
 */
final class TlsContexts {
  private TlsContexts() {}

  /**
   * A context for {@code --insecure} (trust any certificate) or {@code --ca FILE}, or the default.
   */
  static SSLContext create(boolean insecure, Path caFile) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      if (insecure) {
        context.init(null, new TrustManager[] {new TrustAll()}, null);
      } else if (caFile != null) {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(caFile)) {
          int i = 0;
          for (Certificate cert :
              CertificateFactory.getInstance("X.509").generateCertificates(in)) {
            store.setCertificateEntry("ca-" + i++, cert);
          }
          if (i == 0) {
            throw new CliException(ExitCodes.USAGE, "--ca " + caFile + ": no certificate found");
          }
        }
        TrustManagerFactory tmf =
            TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        context.init(null, tmf.getTrustManagers(), null);
      } else {
        context.init(null, null, null);
      }
      return context;
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.USAGE,
          "cannot read --ca "
              + caFile
              + " ("
              + UserErrors.io(e)
              + "): give a PEM certificate file");
    } catch (GeneralSecurityException e) {
      throw new CliException(ExitCodes.USAGE, "TLS set-up failed: " + e.getMessage());
    }
  }

  /**
   * Says in one line why a handshake failed: an expired or not yet valid certificate, one that does
   * not name the host, one no trusted CA signed, or the JDK's own words.
   */
  static String explain(SSLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CertificateExpiredException) {
        return "the server's certificate has expired (" + oneLine(t) + ")";
      }
      if (t instanceof CertificateNotYetValidException) {
        return "the server's certificate is not valid yet (" + oneLine(t) + ")";
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (t instanceof CertificateException
          && (m.startsWith("No subject alternative") || m.startsWith("No name matching"))) {
        return "the server's certificate is not for this host name (" + oneLine(t) + ")";
      }
      if (t instanceof CertPathBuilderException) {
        return "the server's certificate is not signed by a trusted CA";
      }
    }
    if (e.getCause() instanceof EOFException
        || String.valueOf(e.getMessage()).contains("terminated the handshake")) {
      return "the server closed the connection during the handshake";
    }
    return oneLine(e);
  }

  private static String oneLine(Throwable t) {
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.replaceAll("\\s+", " ").strip();
  }

  /**
   * Accepts any certificate for any name: only for {@code --insecure}, against self-signed test
   * servers. It is an {@link X509ExtendedTrustManager} on purpose: the JDK wraps a plain {@code
   * X509TrustManager} in one that still checks the host name, and {@code --insecure} skips both.
   */
  private static final class TrustAll extends X509ExtendedTrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
