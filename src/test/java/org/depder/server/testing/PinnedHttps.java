package org.depder.server.testing;

import java.net.Socket;
import java.net.http.HttpClient;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HexFormat;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * An HTTP client that trusts exactly one certificate, identified by its SHA-256: what a Depder
 * client does after enrolment (and, before it, with the fingerprint the administrator read out).
 */
public final class PinnedHttps {
  private PinnedHttps() {}

  public static HttpClient client(String sha256Hex) throws Exception {
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, new X509ExtendedTrustManager[] {new Pin(sha256Hex)}, null);
    return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(20)).build();
  }

  private static final class Pin extends X509ExtendedTrustManager {
    private final String expected;

    Pin(String expected) {
      this.expected = expected;
    }

    private void check(X509Certificate[] chain) throws CertificateException {
      try {
        String actual =
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded()));
        if (!actual.equals(expected)) {
          throw new CertificateException("certificate does not match the pinned fingerprint");
        }
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new CertificateException(e);
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      throw new CertificateException("not a server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      throw new CertificateException("not a server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      throw new CertificateException("not a server");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
