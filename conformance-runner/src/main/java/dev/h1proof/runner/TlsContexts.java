package dev.h1proof.runner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** The TLS client contexts the runner offers: the JDK's trust store, a CA file, or none at all. */
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
      throw new CliException(ExitCodes.USAGE, "--ca " + caFile + ": " + e.getMessage());
    } catch (GeneralSecurityException e) {
      throw new CliException(ExitCodes.USAGE, "TLS set-up failed: " + e.getMessage());
    }
  }

  /** Accepts any certificate: only for {@code --insecure}, against self-signed test servers. */
  private static final class TrustAll implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
