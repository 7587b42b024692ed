package org.depder.server.testing;

import java.net.http.HttpClient;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.depder.app.remote.CertificatePin;

/**
 * An HTTP client that trusts exactly one certificate, identified by its SHA-256: what a Depder
 * client does after enrolment (and, before it, with the fingerprint the administrator read out).
 */
public final class PinnedHttps {
  private PinnedHttps() {}

  public static HttpClient client(String sha256Hex) throws Exception {
    SSLContext tls = CertificatePin.pinnedContext(sha256Hex);
    return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(20)).build();
  }
}
